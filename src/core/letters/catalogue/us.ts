// United States letters: California (CCPA/CPRA), Virginia (VCDPA), Colorado (CPA).
import type { LetterDefinition, Placeholder } from '../schema';
import { SENDER_BLOCK } from './eu';
import { EARLIER_DUE, F, RESPONSE_DUE, required } from './fields';

const SENDER = [F.name, F.postalAddress, F.email, F.date];
const HEAD = `${SENDER_BLOCK}

To: {{controller}}`;
const REF = 'Account or customer reference: {{reference}}';
const MATCH = 'Identifiers you may use to find my information: {{identifiers}}';

const CA_REQUEST: Placeholder = {
  name: 'request',
  label: 'which request you made',
  kind: 'choice',
  required: true,
  options: [
    'a request to opt out of the sale and sharing of my personal information (Civil Code section 1798.120)',
    'a request to limit the use of my sensitive personal information (Civil Code section 1798.121)',
  ],
};

export const US_LETTERS: LetterDefinition[] = [
  {
    id: 'us-ca-1798-120-en',
    jurisdiction: 'us-ca',
    kind: 'opt-out-sale-sharing',
    language: 'en',
    title: 'CCPA § 1798.120: opt-out of the sale and sharing of personal information',
    citations: ['us-ca-1798-120', 'us-ca-7026'],
    deadline: 'us-ca-7026',
    placeholders: [...SENDER, F.controller, F.reference, F.identifiers],
    computed: [RESPONSE_DUE],
    notes: [
      'The 15-business-day period counts Monday to Friday only; California public holidays are not taken into account.',
      'Browsers that send an opt-out preference signal such as Global Privacy Control also opt you out (11 CCR § 7025), but a letter gives you a dated record.',
    ],
    body: `${HEAD}

**Request to opt out of the sale and sharing of my personal information (Cal. Civ. Code § 1798.120)**

${REF}

Dear Sir or Madam,

I am a California resident. Under section 1798.120 of the California Civil Code, I direct you not to sell or share my personal information.

${MATCH}

Under Cal. Code Regs. tit. 11, § 7026, a business must comply with a request to opt out of sale/sharing no later than 15 business days from the date it receives the request; counted from the date of this letter, that is {{responseDue}}. Please confirm to me when you have done so.

Sincerely,

{{name}}
`,
  },
  {
    id: 'us-ca-1798-121-en',
    jurisdiction: 'us-ca',
    kind: 'limit-sensitive-pi',
    language: 'en',
    title: 'CCPA § 1798.121: limit the use and disclosure of sensitive personal information',
    citations: ['us-ca-1798-121'],
    placeholders: [...SENDER, F.controller, F.reference, F.identifiers],
    computed: [],
    notes: [
      'No deadline is computed: the compliance period for limit requests (11 CCR § 7027) was not verified.',
    ],
    body: `${HEAD}

**Request to limit the use and disclosure of my sensitive personal information (Cal. Civ. Code § 1798.121)**

${REF}

Dear Sir or Madam,

I am a California resident. Under section 1798.121 of the California Civil Code, I direct you to limit the use and disclosure of my sensitive personal information to the uses authorized by subdivision (a) of that section. Under subdivision (b), once you have received this direction you may not use or disclose my sensitive personal information for any other purpose unless I later consent to it.

${MATCH}

Please confirm to me when you have done so.

Sincerely,

{{name}}
`,
  },
  {
    id: 'us-ca-7026-reminder-en',
    jurisdiction: 'us-ca',
    kind: 'reminder',
    language: 'en',
    title: 'CCPA: reminder after the 15-business-day deadline for an opt-out of sale/sharing',
    citations: ['us-ca-1798-120', 'us-ca-7026'],
    deadline: 'us-ca-7026',
    placeholders: [...SENDER, F.controller, F.reference, F.sentDate],
    computed: [EARLIER_DUE],
    notes: ['Counts Monday to Friday only; California public holidays are not taken into account, so allow a day or two.'],
    body: `${HEAD}

**Reminder: my request of {{sentDate}} to opt out of the sale and sharing of my personal information**

${REF}

Dear Sir or Madam,

On {{sentDate}} I directed you, under section 1798.120 of the California Civil Code, not to sell or share my personal information. Under Cal. Code Regs. tit. 11, § 7026, you had to comply no later than 15 business days from the date you received the request; counted from the day I sent it, that period ended on {{dueDate}}. I have not received confirmation that you have complied.

Please comply with my request now and confirm this to me. Otherwise I will submit a complaint to the California Privacy Protection Agency.

Sincerely,

{{name}}
`,
  },
  {
    id: 'us-ca-cppa-complaint-en',
    jurisdiction: 'us-ca',
    kind: 'complaint',
    language: 'en',
    title: 'CCPA: complaint to the California Privacy Protection Agency',
    citations: ['us-ca-1798-120', 'us-ca-1798-121'],
    placeholders: [F.name, F.postalAddress, F.email, F.date, F.controller, CA_REQUEST, F.sentDate, required(F.facts)],
    computed: [],
    notes: [
      'The agency takes complaints through its online or paper form (privacy.ca.gov/submit-a-complaint); paste this text into it. It does not act as your lawyer.',
    ],
    body: `${SENDER_BLOCK}

To: California Privacy Protection Agency

**Complaint about {{controller}}**

On {{sentDate}} I sent {{controller}} {{request}}.

{{controller}} has not complied:

{{facts}}

I ask the Agency to look into this.

{{name}}
`,
  },
  {
    id: 'us-va-59-1-577-en',
    jurisdiction: 'us-va',
    kind: 'opt-out-processing',
    language: 'en',
    title: 'VCDPA § 59.1-577(A)(5): opt-out of targeted advertising, sale and profiling',
    citations: ['us-va-59-1-577-a-5', 'us-va-59-1-577-b'],
    deadline: 'us-va-45',
    placeholders: [...SENDER, F.controller, F.reference],
    computed: [RESPONSE_DUE],
    notes: ['The controller may extend the 45 days once by 45 more if it tells you within the first 45 days, with the reason.'],
    body: `${HEAD}

**Request to opt out under Va. Code § 59.1-577(A)(5)**

${REF}

Dear Sir or Madam,

I am a Virginia resident. Under Va. Code § 59.1-577(A)(5), I opt out of the processing of my personal data for purposes of (i) targeted advertising, (ii) the sale of personal data, and (iii) profiling in furtherance of decisions that produce legal or similarly significant effects concerning me.

Under Va. Code § 59.1-577(B)(1), you must respond to me without undue delay, and in all cases within 45 days of receipt of this request; counted from the date of this letter, that is {{responseDue}}. If you decline to take action, § 59.1-577(B)(2) requires you to tell me, within the same 45 days, the justification for declining and how to appeal the decision.

Sincerely,

{{name}}
`,
  },
  {
    id: 'us-va-59-1-577-reminder-en',
    jurisdiction: 'us-va',
    kind: 'reminder',
    language: 'en',
    title: 'VCDPA: reminder after the 45-day deadline for an opt-out',
    citations: ['us-va-59-1-577-a-5', 'us-va-59-1-577-b'],
    deadline: 'us-va-45',
    placeholders: [...SENDER, F.controller, F.reference, F.sentDate],
    computed: [EARLIER_DUE],
    notes: ['Do not send it if the controller told you within the first 45 days that it extends the period, with the reason.'],
    body: `${HEAD}

**Reminder: my opt-out request of {{sentDate}} under Va. Code § 59.1-577(A)(5)**

${REF}

Dear Sir or Madam,

On {{sentDate}} I opted out, under Va. Code § 59.1-577(A)(5), of the processing of my personal data for targeted advertising, the sale of personal data and profiling. Under Va. Code § 59.1-577(B)(1), you had to respond within 45 days of receipt; counted from the day I sent it, that period ended on {{dueDate}}. I have received neither a response nor a notice extending the period.

Please comply with my request now and confirm this to me.

Sincerely,

{{name}}
`,
  },
  {
    id: 'us-co-6-1-1306-en',
    jurisdiction: 'us-co',
    kind: 'opt-out-processing',
    language: 'en',
    title: 'Colorado Privacy Act § 6-1-1306(1)(a): opt-out of targeted advertising, sale and profiling',
    citations: ['us-co-6-1-1306-1-a'],
    placeholders: [...SENDER, F.controller, F.reference],
    computed: [],
    notes: [
      'The Act lets controllers specify the methods for requests in their privacy notice: send this through one of them. They may not require you to create a new account.',
      'No deadline is computed: the response period was not verified.',
    ],
    body: `${HEAD}

**Request to opt out under C.R.S. § 6-1-1306(1)(a)**

${REF}

Dear Sir or Madam,

I am a Colorado resident. Under C.R.S. § 6-1-1306(1)(a)(I), I opt out of the processing of personal data concerning me for purposes of targeted advertising, the sale of personal data, and profiling in furtherance of decisions that produce legal or similarly significant effects concerning me.

Please confirm to me when you have acted on this request.

Sincerely,

{{name}}
`,
  },
];
