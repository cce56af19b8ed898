// Vague time, retention and condition: wording that leaves open when, how often, for how long or
// under which conditions something happens.
import type { Rule } from '../ruleSchema';
import { GDPR_ART_13_2_A, GDPR_ART_5_1_E } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'from-time-to-time',
    patterns: ['from time to time'],
    category: 'vague-time',
    // Information: 21/29 (72%) judged findings true on the 60 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'information',
    message: 'Vague time: “from time to time” does not say when or how often.',
    explanation: 'The phrase gives neither a frequency nor a trigger. The reader cannot tell when it happens.',
    question: 'How often does this happen, and what triggers it?',
  },
  {
    id: 'periodically',
    patterns: ['periodic(ally|)', 'regularly', 'at (regular|periodic) intervals', 'on a (regular|periodic|recurring|continuous|ongoing) basis'],
    category: 'vague-time',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/8 judged true); a setting turns it on.
    severity: 'off',
    message: 'Vague time: “periodically” does not give the interval.',
    explanation: 'A regular interval that is not stated could be daily or once every few years.',
    question: 'At what interval exactly does this happen?',
  },
  {
    id: 'occasionally',
    patterns: ['occasional(ly|)', 'now and (then|again)', 'every so often', 'at times', '(rarely|seldom|infrequently)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague time: “occasionally” does not say when or how often.',
    explanation: 'An occasional event has no stated trigger or frequency.',
    question: 'In which situations, and how often, does this happen?',
  },
  {
    id: 'as-long-as-necessary',
    patterns: [
      'as long as (necessary|needed|required|reasonably necessary|is necessary|is needed|is required|is reasonably necessary)',
      'as long as (we need it|we need them|we need to|it is necessary|it is needed|appropriate|relevant|useful)',
      // Retention that ends when the company changes its tools or partners (a miss the issue names: "for as long as we use Salesforce").
      'as long as we (use|work with|rely on|continue to use|keep using)',
      // "for the period necessary" (#12): the same open period without "as long as".
      '(for|during) the (period|time) (necessary|needed|required|reasonably necessary)',
      // "for the length of time needed to fulfill the purposes outlined in this Privacy Notice" (a common template, #12).
      '(for|during) the (length of time|period of time|time period|amount of time) (necessary|needed|required|reasonably necessary)',
    ],
    category: 'vague-time',
    // Warning: 23 of 23 judged findings true (95% CI 86-100%) on the 57 development policies, six of them at their
    // first lint: the interval lies wholly in the warning tier (2026-12-07, bench:quality --propose).
    severity: 'warning',
    message: 'Vague retention: “as long as necessary” gives no retention period.',
    explanation: 'The company decides what is necessary, so the phrase sets no limit the reader can check. The policy should give a period, or the criteria that determine it, for each kind of data.',
    question: 'How long exactly do you keep each category of my data, or by which criteria is each period set?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'no-longer-than-necessary',
    patterns: ['(no|not) longer than (necessary|needed|required|is necessary|is needed|is required)', '(no|not) longer than (reasonably necessary|is reasonably necessary|we need)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “no longer than necessary” repeats the legal principle instead of giving a period.',
    explanation: 'Storage limitation is a legal duty, not a retention period. Quoting the principle does not tell the reader how long their data are actually kept.',
    question: 'What is the actual retention period for each category of my data?',
    legalHook: GDPR_ART_5_1_E,
  },
  {
    id: 'unspecified-period',
    patterns: [
      'for a period of time',
      'for a (limited|certain|reasonable|specified|set|defined|given) (period|time)',
      'for (some|a) while',
      'for some time',
      'after a (period|while|certain period|certain time)',
      'after some time',
      // "Usage Data is generally retained for a shorter period of time, except when…" (a generated template, #12): shorter than what?
      'for a shorter (period|time|period of time|time period)',
      // "we may maintain residual copies for a brief time period" (#12): how brief?
      // Not "for a short time": the off rule temporarily holds it (0 of 6 judged true).
      'for a brief (period|time|period of time|time period)',
    ],
    // Retention, not a step of processing: "the data will be processed for a brief time" during an update
    // says the processing is transient (#12).
    notPrecededBy: '\\b(?:processed|processing|process|used|displayed|shown|cached)\\s+$',
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “for a period of time” does not say how long.',
    explanation: 'A period without a length or an end point is not a retention period.',
    question: 'How long exactly is this period, and what ends it?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'longer-periods',
    patterns: [
      '(longer|extended|additional) period(s|)',
      '(longer|extended|further) (retention|storage)',
      'retain (it|them|your data|your information) longer',
      'for longer (if|where|when|than that)',
      // "we are legally obligated to retain this data for longer time periods" (a generated template, #12).
      'longer (time|retention|storage) period(s|)',
      // Starts at the hedge, so it wins over may-retain's shorter match ("the banks may retain them for longer", #12).
      '(may|might|could) (retain|keep|store|hold) (it|them|your data|your information|this data|the data|this information) (for longer|longer)',
    ],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “longer periods” allows longer retention without saying how long.',
    explanation: 'An extension of retention without a limit makes the stated period meaningless.',
    question: 'How much longer, in which cases, and why?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'at-least-duration',
    patterns: [
      'at least (1|2|3|4|5|6|7|8|9|10|12|15|18|20|24|25|30|36|50|60|90) (day|week|month|year)(s|)',
      'at least (one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|ninety) (day|week|month|year)(s|)',
    ],
    // "at least 16 years old" is about age, not retention.
    notFollowedBy: '^\\s+(?:old|of age)\\b',
    category: 'vague-time',
    // Information: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: vague-time 71% (62/87) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague retention: “at least 5 years” sets a minimum, not a limit.',
    explanation: 'A minimum period says how long data are kept at the least. The reader still does not learn when they are deleted.',
    question: 'What is the longest you keep my data, and what happens at the end of that period?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'indefinitely',
    patterns: ['indefinite(ly|)', 'in perpetuity', 'forever', 'without (a time limit|time limit|limit of time)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “indefinitely” sets no end to retention.',
    explanation: 'Keeping data with no end date is hard to reconcile with a duty to keep data only as long as needed.',
    question: 'Why do you need to keep my data without a time limit, and which data does this concern?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'temporarily',
    patterns: ['temporar(y|ily)', 'for a short (time|period|period of time)'],
    category: 'vague-time',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/6 judged true); a setting turns it on.
    severity: 'off',
    message: 'Vague retention: “temporarily” does not say for how long.',
    explanation: 'Temporary storage can mean seconds or months. The policy should say which.',
    question: 'For how long exactly is this data kept?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'where-applicable',
    patterns: ['(where|wherever|if|when|as) applicable'],
    category: 'vague-time',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/4 judged true); a setting turns it on.
    severity: 'off',
    message: 'Vague condition: “where applicable” does not say when it applies.',
    explanation: 'The phrase makes a statement conditional without saying on what. The reader cannot tell whether it applies to them.',
    question: 'In which cases exactly does this apply, and does it apply to me?',
  },
  {
    id: 'when-required',
    patterns: ['(when|where|if|whenever|wherever|as) (required|needed|necessary)'],
    category: 'vague-time',
    // Hint: 11 of 16 judged findings true (69%) on the 38 development policies
    // (2026-12-07, bench:quality --propose: a rule with 10 or more judged findings takes its own tier).
    severity: 'hint',
    message: 'Vague condition: “when required” does not say required by what.',
    explanation: 'A condition with no stated source or trigger cannot be checked.',
    question: 'When exactly is this required, and by what rule or circumstance?',
    // "if required to do so by law", "where necessary under applicable law": the source is named (judged so on the
    // development set); which law is the rule "legal-obligations"' question, not this one's.
    notFollowedBy: '^\\s+(?:to\\s+do\\s+so\\s+)?(?:by|under)\\s+(?:(?:the|applicable|relevant)\\s+)?(?:law|statute|legislation|regulation)',
  },
  {
    id: 'as-appropriate',
    patterns: ['(as|where|when|if|whenever|wherever) (appropriate|relevant)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague condition: “where appropriate” leaves the condition to the company.',
    explanation: 'What is appropriate or relevant is decided by the company. The reader cannot tell when it applies.',
    question: 'In which cases exactly do you consider this appropriate?',
  },
  {
    id: 'where-possible',
    patterns: [
      '(where|wherever|when|whenever|if) (possible|feasible|practicable|practical)',
      'as (far|much) as (possible|practicable|feasible|reasonably possible)',
      'to the extent (possible|feasible|practicable|reasonably possible|reasonably practicable)',
    ],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague condition: “where possible” turns a commitment into an intention.',
    explanation: 'A promise that applies only where possible does not say when it does not apply.',
    question: 'In which cases is this not possible, and what happens to my data then?',
  },
  {
    id: 'to-the-extent-necessary',
    patterns: ['to the extent (necessary|needed|required|reasonably necessary|appropriate|relevant)', '(insofar|in so far) as (necessary|required|needed|relevant)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague condition: “to the extent necessary” does not say what extent that is.',
    explanation: 'The extent is decided by the company and not stated. The reader cannot tell what is covered.',
    question: 'What exactly is necessary here, and which data does it concern?',
  },
  {
    id: 'at-any-time',
    patterns: ['at any (time|given time|moment)'],
    category: 'vague-time',
    // Off: 6/13 (46%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'off',
    message: 'Vague time: “at any time” gives the company an unlimited window.',
    explanation: 'When the company may act “at any time”, the reader has no notice period and no way to plan. (Your own rights to withdraw or object “at any time” are not flagged.)',
    question: 'Will you notify me in advance, and how long before it takes effect?',
    notPrecededBy: '\\b(?:withdraw\\w*|object\\w*|unsubscrib\\w*|revok\\w*|opt(?:\\s+|-)?out|cancel\\w*|delete\\s+your\\s+account|change\\s+your\\s+(?:mind|settings|preferences))\\b[^.;]*$',
  },
  {
    id: 'without-notice',
    patterns: [
      'without (notice|prior notice|further notice|advance notice|notifying you|informing you)',
      // Changes that apply once posted, with the reader left to look for them (#12): "Changes to this Privacy
      // Policy are effective when they are posted on this page" (a generated template), "will become effective
      // immediately upon posting", "it is your responsibility to review this Privacy Policy periodically".
      'effective (when|once|as soon as) (they are|it is|they have been|it has been) posted',
      'effective (immediately upon|upon) (posting|our posting|being posted|its posting)',
      "(it is|it's) your responsibility to (review|check)",
    ],
    category: 'vague-time',
    // Hint: 6/11 (55%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'hint',
    message: 'Vague time: “without notice” means you may not learn about the change.',
    explanation: 'Changes without notice leave you unable to object or leave before they take effect.',
    question: 'How will I learn about changes that affect my data, and can I object before they apply?',
  },
  {
    id: 'promptly',
    patterns: ['promptly', 'in a timely (manner|fashion)', 'timely', '(in|at) due (course|time)'],
    category: 'vague-time',
    // Off: 1/9 (11%; 95% CI 2–44%) judged findings true on the 69 development policies (2026-12-07, bench:quality's list of rules
    // right less than half the time: the whole interval lies below the hint tier).
    severity: 'off',
    message: 'Vague time: “promptly” gives no deadline.',
    explanation: 'A response “promptly” or “in due course” has no date the reader can hold the company to.',
    question: 'By what deadline, in days, will you act?',
  },
  {
    id: 'as-soon-as-possible',
    patterns: ['as soon as (possible|practicable|feasible|reasonably possible|reasonably practicable)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague time: “as soon as possible” gives no deadline.',
    explanation: 'What is possible is decided by the company. The reader gets no date.',
    question: 'What is the maximum time, in days, before you act?',
  },
  {
    id: 'within-a-reasonable-time',
    patterns: ['within a reasonable (time|period|timeframe|time frame|period of time)', '(in|after) a reasonable (time|period|timeframe)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague time: “within a reasonable time” gives no deadline.',
    explanation: 'A reasonable time is whatever the company considers reasonable.',
    question: 'Within how many days exactly?',
  },
  {
    id: 'in-the-future',
    patterns: ['in the future', 'at (a|some) later (date|time|stage|point)', 'at some point'],
    category: 'vague-time',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague time: “in the future” does not say when.',
    explanation: 'Future processing that is not described cannot be assessed now.',
    question: 'When, and what exactly will happen then?',
  },
  {
    id: 'no-longer-needed',
    patterns: ['no longer (needed|necessary|required|relevant|useful)', '(when|once) we no longer need', 'no longer (need|require) (it|them|the data|your data|your information|your personal data)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “when no longer needed” makes deletion depend on the company’s own view.',
    explanation: 'The company decides when data are no longer needed. The reader gets no date or criterion.',
    question: 'By which criteria, and after how long, do you decide my data are no longer needed?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'upon-request',
    patterns: ['(on|upon) (request|demand)'],
    category: 'vague-time',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague condition: “upon request” moves information out of the policy.',
    explanation: 'Information available only on request is not in the policy. Check whether it should be stated here.',
    question: 'Please send me this information now: where is it, and why is it not in the policy?',
  },
  {
    id: 'certain-circumstances',
    patterns: [
      '(certain|limited|some|specific|exceptional|particular|special|other) (circumstances|situations|instances|conditions)',
      '(where|when|if) (circumstances|the circumstances) (require|warrant|permit)',
      '(certain|some) events',
      '(rare|exigent|exceptional) circumstances',
      'there may be (circumstances|cases|situations|instances)',
    ],
    category: 'vague-time',
    // Hint: 10/16 judged findings true (62%) as information on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Vague condition: “in certain circumstances” does not say which circumstances.',
    explanation: 'Circumstances that are not described cannot be checked. The reader cannot tell whether they apply.',
    question: 'Which circumstances exactly, and how will I know when they apply to me?',
  },
  {
    id: 'depending-on',
    patterns: [
      'depending (on|upon) (the|your) (context|circumstances|situation|jurisdiction|location|country|region|settings|service|services)',
      '(it|this) depends on',
      '(may|will|can) vary',
      'depends on the nature of',
      '(will|may) be determined taking into account',
      'depending (on|upon) the (type|types|kind|kinds|category|categories) of',
    ],
    category: 'vague-time',
    // Information: fewer than 10 judged findings of its own (7 findings on the development set), so it takes its category's
    // tier: vague-time 71% (62/87) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague condition: “depending on the circumstances” does not say what happens in each case.',
    explanation: 'A dependency that is not spelled out leaves every case open.',
    question: 'What happens in each case, and which case applies to me?',
  },
  {
    id: 'backups',
    patterns: ['(backup|back up|residual|archived|archive) cop(y|ies)', '(backup|back up) (system|systems|media|archives|storage)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “backup copies” may outlive deletion, and the policy does not say for how long.',
    explanation: 'Data deleted from live systems often remain in backups. The policy should say how long backups are kept.',
    question: 'How long do my data remain in backups or archives after deletion?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'duration-of-relationship',
    patterns: ['(duration|course|lifetime|length) of (our|the|your) (relationship|business relationship)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “for the duration of our relationship” does not say when the relationship ends.',
    explanation: 'A relationship may be deemed to continue long after you stop using the service. The end point should be defined.',
    question: 'When do you consider our relationship to have ended, and how long do you keep my data after that?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'limitation-periods',
    patterns: ['(statute|statutes) of limitation(s|)', '(applicable|relevant|statutory) limitation period(s|)', 'limitation period(s|)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “applicable limitation periods” points to periods the policy does not state.',
    explanation: 'Limitation periods differ by country and type of claim. The policy should say which ones apply and how long they are.',
    question: 'Which limitation periods apply to my data, and how long are they?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'inactivity',
    patterns: ['(period|periods) of inactivity', '(prolonged|extended) inactivity', '(inactive|dormant) (account|accounts|user|users)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “a period of inactivity” does not say how long.',
    explanation: 'Deletion after inactivity is only meaningful if the length of the inactivity is stated.',
    question: 'After how many months of inactivity is my account deleted, and what counts as activity?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'retention-policy',
    patterns: ['(our|standard|normal|usual|internal|applicable) retention (period|periods|policy|policies|schedule|schedules)', 'in accordance with our retention'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “our retention policy” refers to a document the reader cannot see.',
    explanation: 'An internal retention schedule is not information given to you unless its periods are stated in the policy.',
    question: 'What periods does your retention policy set for each category of my data?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'may-be-deleted',
    patterns: ['(may|might|could) be (deleted|erased|removed|purged|destroyed)', '(may|might|could) (delete|erase|purge|destroy) (it|them|your data|your information|your account|the data)'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “may be deleted” does not say that the data will be deleted.',
    explanation: '“May be deleted after 12 months” sets no retention period: the data may equally be kept. The policy should say when the data are deleted.',
    question: 'When exactly are my data deleted, and what is kept after that?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'ongoing-operation',
    patterns: ['(on going|ongoing|continued|continuing) operation(s|) of'],
    category: 'vague-time',
    severity: 'information',
    message: 'Vague retention: “unless required for the on-going operation of services” sets no end.',
    explanation: 'Keeping data while it is needed for the operation of a service ties retention to the company’s own judgement, with no period and no criterion the reader can check.',
    question: 'For how long exactly are my data kept for this, and by which criterion do you decide?',
    legalHook: GDPR_ART_13_2_A,
  },
];
