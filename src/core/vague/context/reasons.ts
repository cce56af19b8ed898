// Why the context of a finding changes it. Each reason has one sentence for the hover and the CLI,
// so a lowered or dropped finding always says why.

/** Reasons that lower a finding to a hint: the phrase is there, but the sentence defuses it. */
export const LOWERING_REASONS = [
  'negated',
  'user-rights',
  'other-subject',
  'acts-alone',
  'user-chosen',
  'not-personal-data',
  'definition',
  'specific-example',
  'named-beside',
  'interest-stated',
  'cited',
  'legal-process',
  'basis-named',
  'listed-above',
  'permission-needed',
  'user-triggered',
  'recipient-duties',
  'not-a-recipient',
  'named-in-section',
  'goal-not-data',
  'user-entered',
  'policy-overview',
  'listed-below',
  'not-about-data',
  'counts-no-data',
  'period-bound',
  'message-to-you',
  'transfer-mechanism',
  'shown-before-transfer',
  'others-practice',
  'deleted-in-time',
  'cause-not-purpose',
  'refers-back',
  'examples-before',
  'business-transfer',
  'repeat',
  'said-above',
  'instruments-named',
  'defined-in-place',
  'compelled-disclosure',
  'services-described',
  'event-ends',
  'listed-inline',
  'contract-named',
  'list-item',
  'protection-by-law',
  'not-retroactive',
  'security-need',
  'tracker-defined',
  'corporate-events-named',
  'listed-next',
  'kept-without-limit',
  'notice-ahead',
  'change-notified',
  'security-measures',
  'identification-risk',
  'accuracy-upkeep',
  'contact-channel',
  'emergency-named',
  'counts-ways',
  'users-choice',
  'advice-to-user',
  'data-protected',
  'rest-user-chosen',
  'means-named',
  'duty-to-you',
  'security-aim-named',
  'deleted-outright',
  'umbrella-lead',
  'security-disclaimer',
  'alone',
] as const;
/** Reasons that drop a finding by default (a setting shows them): not the policy's own use of the phrase. */
export const DROPPING_REASONS = ['label', 'mention'] as const;
export type LoweringReason = (typeof LOWERING_REASONS)[number];
export type DroppingReason = (typeof DROPPING_REASONS)[number];
export type ContextReason = LoweringReason | DroppingReason;

export const REASON_EXPLANATIONS: Record<ContextReason, string> = {
  negated: 'The sentence denies or limits this use ("we do not…", "never", "only"), so the phrase does not open anything up here.',
  'user-rights': 'The sentence describes what you can do (your rights, your choices), not what the company does with your data.',
  'other-subject': 'The hedge is about what someone else does (you, another company), not about what this company does with your data.',
  'acts-alone': 'The sentence says what others may do on their own (collect, access, analyse or index data), not what the company does with your data or gives them.',
  'user-chosen': 'You give the data to this recipient or choose the recipient yourself; the company does not pick it.',
  'not-personal-data': 'The sentence is about anonymised, de-identified or aggregate information, not data about you.',
  definition: 'The phrase stands in a definition or in quoted law, which names a concept rather than describing what the company does.',
  'specific-example': 'The phrase is followed by specific, named examples, so a reader learns what it covers.',
  'named-beside': 'The recipient is named right beside the phrase or in the next sentence (a name or a link), so a reader learns who it is.',
  'interest-stated': 'The same passage states what the legitimate interest is, which is what the law asks a company to say.',
  'legal-process': 'The disclosure or obligation is tied to a named legal process (a subpoena, court order or warrant), so a reader learns when it happens.',
  'basis-named': 'The sentence introduces the list of legal bases or names them (consent, a contract, legitimate interests), so the law or contract it mentions is not left open here.',
  'listed-above': 'The phrase points back to a list of purposes the policy gives just above it, so a reader finds them a few lines up.',
  'permission-needed': 'The sentence says this use happens only with your permission or consent, so you decide whether it happens.',
  'user-triggered': 'The hedge says what may happen when you do something ("if you contact us, we may keep a record"): a possibility tied to your own action.',
  'recipient-duties':
    'The sentence is about the duties put on these recipients (a contract, an agreement), not about which data goes to whom; the sentences that share data with them are checked on their own.',
  'not-a-recipient':
    'The sentence does not say that your data goes to them (shared with, disclosed to, or handled by them): they are named for another reason, such as a request they send, a link to their sites or where users come from.',
  'named-in-section': 'The section this phrase stands in names the recipients (a list, a table, subheadings or links to them), so a reader learns who they are a few lines away.',
  'goal-not-data': 'The effort or intention is about something other than your data (a bug-free app, a feature), so it promises nothing about how your data is handled.',
  'user-entered': 'You enter or record this information yourself (in an app or a form); the sentence says what you do, not what the company collects on its own.',
  'refers-back': 'The phrase points back at what the text has just described (“these circumstances”, “some of these tools”), so a reader finds it in the sentences before.',
  'examples-before': 'The phrase closes a list of specific items named right before it, which shows what kind of thing is meant.',
  'policy-overview': 'The sentence announces what the policy covers (“This policy explains how we collect, use and share…”); the sections it announces give the details and are checked on their own.',
  'listed-below': 'The sentence, or the one right after it, leads into a list below (“We process the following personal data:”) that names what the phrase leaves open.',
  'not-about-data':
    'The sentence says nothing about personal data, the policy or your account (“entry rules are subject to change”), so the vague time, amount or change does not open up what the company does with your data.',
  'counts-no-data': 'The vague amount counts parts of the app or activities on offer (features, surveys), not data, recipients or purposes, so it leaves nothing open about your data.',
  'period-bound': 'The same sentence, or the next one, gives a concrete limit (“no longer than 10 years”, “within a week”), so a reader knows the longest it can take.',
  'message-to-you':
    'The phrase is about when, why or how the company writes to you (an e-mail, a confirmation), which you see when it happens; it leaves nothing open about what is done with your data.',
  'transfer-mechanism':
    'The sentence names the legal mechanism for transfers abroad (an adequacy decision of the European Commission, Standard Contractual Clauses), which says what “adequate” means here.',
  'shown-before-transfer': 'This sentence or the next says the specific recipient is shown to you (in the app) before anything is sent, so you learn who it is when it matters.',
  'others-practice': 'The sentence describes what other companies do in general (“some DNS providers sell data…”), not what this company does with your data.',
  'deleted-in-time': 'The sentence only says when this data is deleted, with a concrete period (“deleted after 21 days”): a limit on keeping it, not an open use of it.',
  'cause-not-purpose': 'The phrase gives a cause (“due to the further development of our website”), not a purpose your data is used for.',
  'business-transfer': 'The recipient is whoever buys or takes over the business (a merger, acquisition or sale), which cannot be named in advance; the sentence says when it happens.',
  cited: 'The sentence cites the article of the law the legal basis rests on, so the basis is named.',
  repeat: 'The same phrase was already flagged earlier in this section; the first occurrence carries the count.',
  alone: 'Nothing else in this sentence is vague. On real policies this phrase was worth questioning when other vague phrases stood beside it (7 times in 10), alone less than half the time.',
  label: 'The phrase is a heading, a table label or a bold list label: a title for what follows, not a statement.',
  mention: 'The phrase stands in quotation marks or code in your own prose: you are mentioning it, not using it.',
  'said-above':
    'The sentence restates what the policy has already said (“As we mentioned”, “as described above”); the passage it repeats is where a reader learns the details, and it is checked on its own.',
  'instruments-named': 'The phrase closes a list of legal instruments (a subpoena, a court order, a warrant), which shows what kind of legal order is meant.',
  'defined-in-place':
    'The sentence turns the phrase into a term right after it (“personally identifying information, or PII”, “hereinafter referred to as usage data”): the policy names a concept it goes on to use.',
  'compelled-disclosure':
    'The sentence is about a disclosure the law compels and names the legal instruments (a subpoena, court order or warrant): what is disclosed, and to which authority, is what the order demands.',
  'services-described':
    'The recipients are described by the services they provide (“who provide us with email, document management and storage services”), so a reader learns what kind of recipient they are.',
  'event-ends': 'The sentence ties the end to a one-off event (“no longer require them for processing your inquiry”), so a reader learns when the data goes.',
  'listed-inline': 'The phrase leads into a list the same sentence gives (“It may include the following: first name, last name; …”), which says what the data is.',
  'contract-named':
    'The contract is named by the service it is for, right after the phrase (“to perform our contract with you (e.g. to provide the RubyGems service)”), so a reader learns which contract.',
  'list-item': 'The phrase is one item in the middle of a list of concrete items (“traffic data, location data, weblogs”), so it names a kind of data rather than leaving the list open.',
  'protection-by-law':
    'The law is the measure of the level of protection the company promises your data (“the same level of protection as required under applicable law”): a floor for your protection, not a condition on using or sharing your data.',
  'not-retroactive':
    'The policy says its changes do not apply to data collected before them (“the changes will not be retroactive”), so a change cannot widen what is done with what you already gave.',
  'security-need':
    'The condition is tied to checking who you are or keeping access secure (“as necessary to identity proof an individual”, “authenticate access (where required)”), so the need is named.',
  'tracker-defined':
    'The sentence says what a cookie, web beacon or similar technology is in general (“Cookies are small data files placed on your computer by websites …”), not what the company does with your data.',
  'corporate-events-named':
    'The sentence names the corporate events in which your data would change hands (a reorganization, merger, acquisition or sale of assets), so a reader learns when it happens.',
  'listed-next': 'The next sentence lists what the data includes (“This includes information about the device, browser, …, your IP address, …”), so a reader learns what it is.',
  'kept-without-limit':
    'The policy says plainly that this data is kept without a time limit (“All content sent to mailing lists is archived indefinitely”): a clear, if long, period rather than a vague one. Whether that is lawful is a question of its own.',
  'notice-ahead': 'The policy promises to tell you of a change a set time before it applies (“we will email you … 7 days before we make those changes”), so you learn of it in time.',
  'change-notified': 'The policy promises to tell you about its changes (“we will email you … 7 days before we make those changes”), so a change does not reach you unannounced.',
  'security-measures':
    'The phrase lists or counts the security measures that protect your data (encryption, hashed passwords, firewalls): it says how your data is protected, not who gets it, for what or for how long.',
  'identification-risk':
    'The sentence warns you that data can point to who you are (“someone may use them to figure out who you are”): it explains a risk to you, not what the company does with your data.',
  'accuracy-upkeep':
    'The sentence is about correcting or removing data that is wrong or incomplete (“rectify, update or remove inaccurate information”): keeping your data accurate, not a use or disclosure of it.',
  'contact-channel':
    'The open list is of the ways you and the company reach each other (“by phone, e-mail or otherwise”, “by other means, including postal mail”): it leaves the channel open, not what is done with your data.',
  'emergency-named':
    'The clause names the emergency in which it applies (“in an emergency to protect the personal safety of our users”, “to prevent imminent and serious bodily harm”), so a reader learns when it happens.',
  'counts-ways': 'The vague amount counts the ways your data is collected (“in a number of different ways”), which the policy then goes through; the data itself is checked on its own.',
  'users-choice':
    'The phrase is part of what you choose to give, allow or set (“if you choose to fill in optional fields”, “depending on the settings you establish”): you decide, so it leaves nothing of the company’s own practice open.',
  'advice-to-user':
    'The sentence advises you what to do yourself (“please delete … when you no longer need them”, “we encourage you to review the Privacy Policy”): guidance to you, not what the company does with your data.',
  'data-protected':
    'The phrase is what the company protects (“measures to help protect information about you from loss, theft, misuse”): it says how your data is kept safe, not which data is used or shared.',
  'rest-user-chosen': 'The data is listed concretely, and the one open item is what you choose to give (“and any other information you choose to provide”): you decide the rest.',
  'means-named':
    'The open purpose is followed at once by the concrete activities that carry it out (“by improving the performance of …”, “including remembering the devices you logged in from”), so you learn what is done.',
  'duty-to-you':
    'What the law requires here is owed to you (“required by law to inform you of a breach”, “provide access to … as required by law”): it gives you notice or access, and is no open basis for using or sharing your data.',
  'security-aim-named': 'Security is named together with the fraud it guards against (“for fraud detection, prevention, and security purposes”), so a reader learns what the security is for.',
  'deleted-outright': 'The sentence only says that this data is deleted (“All other personal data is deleted”, “is securely erased after the event”): a limit on keeping it, not an open use of it.',
  'umbrella-lead':
    'The phrase stands for all the data about you, in a sentence that leads into the ways, sources or purposes the policy then goes through (“We collect information about you in various ways”): the count of ways or purposes is checked on its own.',
  'security-disclaimer':
    'The effort is named only to say what cannot be promised (“Although we strive to protect your data, we cannot guarantee its security”): a disclaimer about the limits of security, not a hedge on what is done with your data.',
};
