// UK letters. Only what was read is cited: Article 21 UK GDPR as the ICO describes it (its
// paragraph wording was not read), Article 12(2)–(4) UK GDPR as amended, s.164A DPA 2018.
import type { LetterDefinition } from '../schema';
import { SENDER_BLOCK } from './eu';
import { EARLIER_DUE, F, RESPONSE_DUE, relabel } from './fields';

const SENDER = [F.name, F.postalAddress, F.email, F.date];
const REASONS = relabel(F.grounds, 'your reasons for objecting, from your own circumstances');
const J = 'uk-gdpr';
const RULE = 'uk-gdpr-12a';

const HEAD = `${SENDER_BLOCK}

To: {{controller}}`;
const REF = 'Customer or account reference: {{reference}}';
const DEADLINE = `Under Article 12(3) UK GDPR you must provide me with information on the action taken without undue delay and in any event before the end of the applicable time period (see Article 12A UK GDPR). The Information Commissioner's Office gives organisations one calendar month to respond to an objection; counted from the date of this letter, that is {{responseDue}}.`;
const NO_ACTION = `If you do not take action on my objection, Article 12(4) UK GDPR requires you to tell me why, within the same period, and to inform me of the possibility of lodging a complaint with the Commissioner and seeking a judicial remedy.`;

const OBJECTION_NOTES = [
  'Whether the UK text still speaks of "grounds relating to your particular situation" was not verified, so the letter asks for your reasons without quoting it. Giving concrete reasons does no harm.',
  'The one-month date follows ICO guidance. Since 5 February 2026 the clock stops while the organisation waits for information it reasonably asks you for (Article 12A, summarised by secondary sources), so the real deadline can be later.',
];

export const UK_LETTERS: LetterDefinition[] = [
  {
    id: 'uk-gdpr-21-en',
    jurisdiction: J,
    kind: 'object-legitimate-interests',
    language: 'en',
    title: 'UK GDPR Art. 21: objection to processing based on legitimate interests',
    citations: ['uk-gdpr-21', 'uk-gdpr-12-3', 'uk-gdpr-12-4'],
    deadline: RULE,
    placeholders: [...SENDER, F.controller, F.reference, F.processing, REASONS],
    computed: [RESPONSE_DUE],
    notes: OBJECTION_NOTES,
    body: `${HEAD}

**Objection under Article 21 of the UK GDPR**

${REF}

Dear Sir or Madam,

Under Article 21 of the UK General Data Protection Regulation (UK GDPR), I object to your processing of my personal data, in particular processing that you base on your legitimate interests.

This objection concerns in particular: {{processing}}

My reasons for objecting are as follows:

{{grounds}}

Please stop this processing and confirm that you have done so. If you intend to continue it, please set out the compelling reason for doing so on which you rely.

${DEADLINE} ${NO_ACTION}

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'uk-gdpr-21-dm-en',
    jurisdiction: J,
    kind: 'object-direct-marketing',
    language: 'en',
    title: 'UK GDPR Art. 21: objection to direct marketing',
    citations: ['uk-gdpr-21-direct-marketing', 'uk-gdpr-12-3'],
    deadline: RULE,
    placeholders: [...SENDER, F.controller, F.reference],
    computed: [RESPONSE_DUE],
    notes: ['The ICO calls this an absolute right: no reasons are needed and no balancing applies.'],
    body: `${HEAD}

**Objection to direct marketing under Article 21 of the UK GDPR**

${REF}

Dear Sir or Madam,

Under Article 21 of the UK General Data Protection Regulation (UK GDPR), I object to the use of my personal data for direct marketing, including any profiling connected with direct marketing. The Information Commissioner's Office describes this as an absolute right to stop personal data being used for direct marketing.

Please stop using my personal data for direct marketing and confirm that you have done so. ${DEADLINE}

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'uk-gdpr-21-ai-en',
    jurisdiction: J,
    kind: 'object-ai-training',
    language: 'en',
    title: 'UK GDPR Art. 21: objection to the use of personal data for training AI models',
    citations: ['uk-gdpr-21', 'uk-gdpr-12-3', 'uk-gdpr-12-4'],
    deadline: RULE,
    placeholders: [...SENDER, F.controller, F.reference, F.aiSystem, REASONS],
    computed: [RESPONSE_DUE],
    notes: OBJECTION_NOTES,
    body: `${HEAD}

**Objection under Article 21 of the UK GDPR to the use of my personal data for training AI models**

${REF}

Dear Sir or Madam,

Under Article 21 of the UK General Data Protection Regulation (UK GDPR), I object to the processing of my personal data for developing, training, fine-tuning or otherwise improving artificial intelligence models and systems, in so far as you base that processing on your legitimate interests. This covers data I have provided to you, content I have published on your services and data about me that you have obtained from others.

AI model or product concerned: {{aiSystem}}

My reasons for objecting are as follows:

{{grounds}}

Please confirm that my personal data will not be processed for these purposes. If you intend to continue, please set out the compelling reason for doing so on which you rely.

${DEADLINE} ${NO_ACTION}

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'uk-gdpr-12-3-reminder-en',
    jurisdiction: J,
    kind: 'reminder',
    language: 'en',
    title: 'UK GDPR Art. 12(3): reminder after the deadline for an objection, with a s.164A complaint',
    citations: ['uk-gdpr-21', 'uk-gdpr-12-3', 'uk-dpa-164a'],
    deadline: RULE,
    placeholders: [...SENDER, F.controller, F.reference, F.sentDate],
    computed: [EARLIER_DUE],
    notes: [
      'Do not send it if the organisation asked you for information to identify you or your request (the clock stops until you answer) or told you it extends the period.',
      'Section 164A DPA 2018 (in force since 19 June 2026, per secondary sources) lets you complain to the organisation itself; the ICO is reported to expect that step before it looks at a complaint.',
    ],
    body: `${HEAD}

**Reminder and complaint: my objection of {{sentDate}} under Article 21 of the UK GDPR**

${REF}

Dear Sir or Madam,

On {{sentDate}} I sent you an objection under Article 21 of the UK General Data Protection Regulation (UK GDPR). Under Article 12(3) UK GDPR you had to provide me with information on the action taken without undue delay and in any event before the end of the applicable time period (see Article 12A UK GDPR). The Information Commissioner's Office gives organisations one calendar month to respond to an objection; counted from the day I sent it, that period ended on {{dueDate}}. I have received neither an answer, nor a request for further information, nor a notice extending the period.

Please act on my objection now and confirm this to me without further delay.

Please also treat this letter as a complaint to you under section 164A of the Data Protection Act 2018. That section requires you to acknowledge receipt of the complaint within 30 days of receiving it and to respond to it without undue delay. If I do not receive a satisfactory answer, I will complain to the Information Commissioner.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'uk-ico-complaint-en',
    jurisdiction: J,
    kind: 'complaint',
    language: 'en',
    title: "Complaint to the Information Commissioner's Office about an ignored UK GDPR objection",
    citations: ['uk-gdpr-21', 'uk-dpa-164a'],
    deadline: RULE,
    placeholders: [...SENDER, F.controller, F.sentDate, F.complaintDate, F.facts],
    computed: [EARLIER_DUE],
    notes: [
      'The ICO usually expects you to have complained to the organisation first (secondary source); the reminder letter does that under s.164A DPA 2018.',
      'No ICO complaint address was verified; use the complaint route on the ICO website and paste this text.',
    ],
    body: `${SENDER_BLOCK}

To: Information Commissioner's Office

**Complaint about {{controller}}: objection under Article 21 of the UK GDPR not dealt with**

Dear Sir or Madam,

I wish to complain about how {{controller}} has dealt with my objection under Article 21 of the UK General Data Protection Regulation (UK GDPR).

- On {{sentDate}} I sent {{controller}} an objection under Article 21 of the UK GDPR (a copy is attached).
- The Information Commissioner's Office gives organisations one calendar month to respond to an objection; counted from the day I sent it, that period ended on {{dueDate}}.
- On {{complaintDate}} I complained to {{controller}} under section 164A of the Data Protection Act 2018 (a copy is attached).
- {{facts}}

I ask the Commissioner to consider this complaint and to take the action available to ensure that my objection is respected.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'uk-gdpr-12-2-en',
    jurisdiction: J,
    kind: 'reply-web-form',
    language: 'en',
    title: 'UK GDPR Art. 12(2): reply to an organisation that accepts objections only through its web form',
    citations: ['uk-gdpr-21', 'uk-gdpr-12-2', 'uk-gdpr-12-3'],
    deadline: RULE,
    placeholders: [...SENDER, F.controller, F.reference, F.sentDate, F.channel],
    computed: [EARLIER_DUE],
    notes: ['Strongest when your objection went to a contact the organisation itself gives for privacy matters.'],
    body: `${HEAD}

**Your reply to my objection of {{sentDate}} under Article 21 of the UK GDPR: your web form**

${REF}

Dear Sir or Madam,

On {{sentDate}} I objected under Article 21 of the UK General Data Protection Regulation (UK GDPR) to the processing of my personal data, {{channel}}. You replied that objections can only be made through your web form.

Article 12(2) UK GDPR requires you to facilitate the exercise of my rights; refusing to deal with an objection because it did not arrive through your form does the opposite. My objection has reached you, and under Article 12(3) UK GDPR you must provide me with information on the action taken without undue delay and in any event before the end of the applicable time period (see Article 12A UK GDPR). The Information Commissioner's Office gives organisations one calendar month to respond to an objection; counted from the day I sent it, that period ends on {{dueDate}}.

Please process my objection as submitted and confirm this to me. You are free to enter it into your own system yourselves.

Yours faithfully,

{{name}}
`,
  },
];
