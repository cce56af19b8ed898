// The EU GDPR letter set. Ids, citations, fields and notes are defined once here; each language
// file supplies only the wording (catalogue/eu-*.ts), so a translation cannot drift from the
// legal structure of the English letter.
import type { Language, LetterDefinition, LetterKind, Placeholder, ComputedField } from '../schema';
import { EARLIER_DUE, F, RESPONSE_DUE, BR } from './fields';

export type EuLetterKey = 'object' | 'marketing' | 'ai' | 'consent' | 'reminder' | 'complaint' | 'webForm';

/** The wording of the seven EU letters in one language. */
export type EuBodies = Record<EuLetterKey, string>;

interface EuSpec {
  idStem: string;
  kind: LetterKind;
  title: string;
  citations: string[];
  deadline?: string;
  placeholders: Placeholder[];
  computed: ComputedField[];
  notes: string[];
}

const SENDER = [F.name, F.postalAddress, F.email, F.date];

const EU_SPECS: Record<EuLetterKey, EuSpec> = {
  object: {
    idStem: 'eu-gdpr-21-1',
    kind: 'object-legitimate-interests',
    title: 'GDPR Art. 21(1): objection to processing based on legitimate interests or a public task',
    citations: ['gdpr', 'gdpr-21-1', 'gdpr-18-1-d', 'gdpr-17-1-c', 'gdpr-12-3', 'gdpr-12-4'],
    deadline: 'gdpr-12-3',
    placeholders: [...SENDER, F.controller, F.reference, F.processing, F.grounds],
    computed: [RESPONSE_DUE],
    notes: [
      'Art. 21(1) requires grounds relating to your particular situation: say concretely why this processing affects you. The letter cannot be produced without them.',
      'Send it to the privacy or data-protection contact named in the privacy notice and keep proof of the date sent. The reply date assumes the letter arrives on its date.',
      'It also asks for restriction while the objection is assessed (Art. 18(1)(d)) and for erasure once it is upheld (Art. 17(1)(c)).',
    ],
  },
  marketing: {
    idStem: 'eu-gdpr-21-2',
    kind: 'object-direct-marketing',
    title: 'GDPR Art. 21(2)–(3): objection to direct marketing and related profiling',
    citations: ['gdpr', 'gdpr-21-2-3', 'gdpr-12-3'],
    deadline: 'gdpr-12-3',
    placeholders: [...SENDER, F.controller, F.reference],
    computed: [RESPONSE_DUE],
    notes: ['Art. 21(2) sets no grounds requirement; after the objection the data may no longer be processed for direct marketing (Art. 21(3)).'],
  },
  ai: {
    idStem: 'eu-gdpr-21-1-ai',
    kind: 'object-ai-training',
    title: 'GDPR Art. 21(1): objection to the use of personal data for training AI models',
    citations: ['gdpr', 'gdpr-21-1', 'gdpr-18-1-d', 'gdpr-17-1-c', 'gdpr-7-3', 'gdpr-12-3', 'gdpr-12-4'],
    deadline: 'gdpr-12-3',
    placeholders: [...SENDER, F.controller, F.reference, F.aiSystem, F.grounds],
    computed: [RESPONSE_DUE],
    notes: [
      'The GDPR has no article specific to AI training. Where a company trains models on legitimate interests (Art. 6(1)(f)), the route is an Art. 21(1) objection, which needs grounds relating to your particular situation.',
      'If the company relies on consent instead, the letter also withdraws that consent (Art. 7(3)).',
      'It also asks for restriction while the objection is assessed (Art. 18(1)(d)) and for erasure once it is upheld (Art. 17(1)(c)).',
      'Meta (Facebook, Instagram): the Irish DPC said on 21 May 2025 that Meta planned to begin training its generative AI models on 27 May 2025 using public content shared by adults on Facebook and Instagram across the EU/EEA, after reassessing its plans following the EDPB Opinion of December 2024 (DPC statement on Meta AI: https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai). You can use the company\'s own objection form in parallel with this letter; keep proof of both.',
      'EDPB Opinion 28/2024 on AI models (adopted 17 December 2024; secondary sources only: https://clydeco.com/en/insights/2025/03/artificial-intelligence-and-data-protection-the-ed, https://www.enz.ai/en/post/european-data-protection-board-adopts-opinion-on-ai-models; the EDPB page was not read) sets the criteria authorities use for legitimate interests in AI training.',
      'Where another authority leads (for Meta the Irish DPC), you can still complain to your own: Art. 77(1) names in particular the Member State of your habitual residence, place of work or place of the alleged infringement.',
    ],
  },
  consent: {
    idStem: 'eu-gdpr-7-3',
    kind: 'withdraw-consent',
    title: 'GDPR Art. 7(3): withdrawal of consent',
    citations: ['gdpr', 'gdpr-7-3', 'gdpr-17-1-b', 'gdpr-21-2-3'],
    placeholders: [...SENDER, F.controller, F.reference, F.consentScope],
    computed: [],
    notes: [
      'Art. 7(3) sets no reply deadline (Art. 12(3) covers requests under Articles 15 to 22), so no due date or reminder is computed.',
      'The letter also objects to direct marketing under Art. 21(2), in case the company uses the data for that on another basis.',
      'Withdrawal alone deletes nothing (earlier processing stays lawful), so the letter also asks for erasure under Art. 17(1)(b) where no other legal ground remains.',
    ],
  },
  reminder: {
    idStem: 'eu-gdpr-12-3-reminder',
    kind: 'reminder',
    title: 'GDPR Art. 12(3)–(4): reminder after the one-month deadline for an objection',
    citations: ['gdpr', 'gdpr-21-1', 'gdpr-21-2-3', 'gdpr-12-3', 'gdpr-12-4', 'gdpr-77'],
    deadline: 'gdpr-12-3',
    placeholders: [...SENDER, F.controller, F.reference, F.sentDate],
    computed: [EARLIER_DUE],
    notes: [
      'Do not send it if the company told you within the first month that it extends the period by two further months, with reasons (Art. 12(3)); the deadline is then three months from receipt.',
      'The deadline is counted from the day the objection was sent, as if it arrived that day.',
    ],
  },
  complaint: {
    idStem: 'eu-gdpr-77',
    kind: 'complaint',
    title: 'GDPR Art. 77: complaint to a supervisory authority about an ignored objection',
    citations: ['gdpr', 'gdpr-77', 'gdpr-21-1', 'gdpr-21-2-3', 'gdpr-12-3'],
    deadline: 'gdpr-12-3',
    placeholders: [...SENDER, F.authority, F.controller, F.sentDate, F.facts],
    computed: [EARLIER_DUE],
    notes: [
      'You may complain to a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (Art. 77(1)).',
      'Attach your objection and any reply. Many authorities provide complaint forms; this text can be pasted into them.',
    ],
  },
  webForm: {
    idStem: 'eu-gdpr-12-2',
    kind: 'reply-web-form',
    title: 'GDPR Art. 12(2): reply to a company that accepts objections only through its web form',
    citations: ['gdpr', 'gdpr-21-1', 'gdpr-21-2-3', 'gdpr-12-2', 'gdpr-12-3'],
    deadline: 'gdpr-12-3',
    placeholders: [...SENDER, F.controller, F.reference, F.sentDate, F.channel],
    computed: [EARLIER_DUE],
    notes: [
      'Strongest when your objection went to a contact the company itself gives for privacy matters. A law-firm summary of the EDPB access guidelines says a controller need not act on requests sent to channels clearly not meant for them (secondary: insideprivacy.com).',
    ],
  },
};

/** Builds the seven EU letter definitions for one language. */
export function euLetters(language: Language, bodies: EuBodies): LetterDefinition[] {
  return (Object.keys(EU_SPECS) as EuLetterKey[]).map((key) => {
    const spec = EU_SPECS[key];
    const definition: LetterDefinition = {
      id: `${spec.idStem}-${language}`,
      jurisdiction: 'eu-gdpr',
      kind: spec.kind,
      language,
      title: spec.title,
      citations: spec.citations,
      placeholders: spec.placeholders,
      computed: spec.computed,
      body: bodies[key],
      notes: spec.notes,
    };
    if (spec.deadline) definition.deadline = spec.deadline;
    return definition;
  });
}

/** Sender block shared by every language: name, optional address and e-mail, date. */
export const SENDER_BLOCK = `{{name}}${BR}
{{postalAddress}}${BR}
{{email}}

{{date}}`;
