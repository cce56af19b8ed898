// Hedged modality: "may", "might", "reserve the right" and similar wording that says what could
// happen instead of what does happen.
import type { Rule } from '../ruleSchema';
import { CCPA_1798_100_A_1, GDPR_ART_12_1, GDPR_ART_13_1_C, GDPR_ART_13_1_E, GDPR_ART_13_2_A } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'may',
    patterns: ['may', 'may or may not'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: 0 of 33 judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “may” says what could happen, not what does happen.',
    explanation: '“May” leaves open whether the processing happens at all, how often, and to whom. A privacy policy should describe what the company actually does.',
    question: 'Do you actually do this with my data, and if so, always or only in which cases?',
    legalHook: GDPR_ART_12_1,
    notFollowedBy: '^[\\s,]*\\d',
    notPrecededBy: '\\d(?:st|nd|rd|th)?\\s*$',
  },
  {
    id: 'might',
    patterns: ['might'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “might” does not say whether this happens.',
    explanation: '“Might” describes a possibility. The reader cannot tell whether, when or how often it happens.',
    question: 'Does this actually happen with my data, and in which cases?',
  },
  {
    id: 'could',
    patterns: ['could'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “could” does not say whether this happens.',
    explanation: '“Could” describes a possibility. The policy should say whether the processing takes place.',
    question: 'Does this actually happen with my data, and under which conditions?',
    notFollowedBy: "^(?:\\s+not\\b|n['’]t\\b)",
  },
  {
    id: 'may-share',
    patterns: [
      'may (share|disclose|transfer|sell|rent|trade|exchange|release|transmit|pass on|make available)',
      'may also (share|disclose|transfer|sell)',
      '(can|could|might) (share|disclose|transfer|sell)',
    ],
    category: 'hedged-modality',
    // Hint: 14/23 judged findings true (61%) as information on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Hedged modality: “may share” does not say whether, when or with whom data are shared.',
    explanation: 'A permission to share is not a description of sharing. It hides whether any sharing takes place today, how often and with whom.',
    question: 'Do you currently share my data, with whom, how often, and which data exactly?',
    legalHook: GDPR_ART_13_1_E,
    // "so we can share announcements and updates with you": news sent to the user, not data disclosed (#12, wrong match).
    notFollowedBy: '^\\s+(?:our\\s+)?(?:news|announcements?|updates?|newsletters?|tips|offers)(?:\\s+(?:and|or)\\s+(?:news|announcements?|updates?|newsletters?|tips|offers))?\\s+with\\s+you\\b',
  },
  {
    id: 'may-collect',
    patterns: ['may (collect|obtain|receive|gather|record|access)', 'may also (collect|obtain|receive|gather|record)', '(can|could|might) (collect|obtain|gather)'],
    category: 'hedged-modality',
    // Off by default: 10 of 23 judged findings true as information (development set, 33
    // policies, 2026-12-07). Readers judge "we may collect your name, email address…" plain; a
    // vague object ("information about you") has findings of its own.
    severity: 'off',
    message: 'Hedged modality: “may collect” does not say which data are actually collected.',
    explanation: 'A list of data the company “may” collect does not tell you what it holds about you. It reads as a list of possibilities.',
    question: 'Which of these data do you actually collect about me, and from which sources?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'may-use',
    patterns: ['may (use|process|analyse|analyze|combine|link|associate|aggregate)', 'may also (use|process|combine|analyse|analyze)', '(can|could|might) (use|process|combine)'],
    category: 'hedged-modality',
    // Hint: 15/25 judged findings true (60%) as information on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Hedged modality: “may use” does not say how the data are actually used.',
    explanation: 'A permission to use data in some way is not a statement that it is used. The reader cannot tell which uses are real.',
    question: 'Do you actually use my data in this way, for which purpose, and on what legal basis?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'may-retain',
    patterns: ['may (retain|keep|store|preserve|archive)', 'may continue to (retain|store|keep|hold|use)', '(can|could|might) (retain|keep|store)'],
    category: 'hedged-modality',
    // Hint: 11/16 (69%) judged findings true on the 60 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'hint',
    message: 'Hedged modality: “may retain” does not say whether or how long data are kept.',
    explanation: 'A permission to keep data says nothing about the actual retention period. It often hides retention beyond what the user expects.',
    question: 'Do you keep my data in this case, for how long exactly, and when is it deleted?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'may-be-shared',
    patterns: [
      // Not "may be provided": on real policies that is the user or a host providing data, not the company sharing it.
      // Not "can be …": it says what is possible for someone ("can be viewed by anyone by visiting…"), not the company
      // hedging its own practice (the "can" forms: 0 of 3 judged true on the development set, here and in the two rules below).
      '(may|might|could) be (shared|disclosed|transferred|sold|made available|passed on)',
      '(may|might|could) be (accessed|viewed) by',
    ],
    category: 'hedged-modality',
    // Hint: 9/13 judged findings true (69%) as information on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Hedged modality: “may be shared” hides both whether data are shared and by whom.',
    explanation: 'The passive voice removes the actor, and “may” removes the certainty. The reader learns neither who shares the data nor whether it happens.',
    question: 'Who shares my data, with whom, and does this actually happen?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'may-be-used',
    patterns: ['(may|might|could) be (used|processed|combined|analysed|analyzed|linked|aggregated)'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Hedged modality: “may be used” does not say who uses the data or whether it happens.',
    explanation: 'The passive “may be used” hides both the user of the data and whether the use is real.',
    question: 'Who uses my data in this way, for which purpose, and does this actually happen?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'may-be-retained',
    patterns: ['(may|might|could|can) be (retained|kept|stored|preserved|archived)'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Hedged modality: “may be retained” does not say whether or how long data are kept.',
    explanation: 'The sentence allows retention without saying whether it happens or for how long.',
    question: 'Is my data retained in this case, for how long, and why?',
    legalHook: GDPR_ART_13_2_A,
  },
  {
    id: 'may-be-collected',
    patterns: ['(may|might|could) be (collected|obtained|gathered|recorded|captured)'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Hedged modality: “may be collected” does not say whether data are collected, or by whom.',
    explanation: 'Passive, hedged wording about collection hides both the collector and whether the collection happens.',
    question: 'Who collects this data about me, does it happen in my case, and how can I prevent it?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'may-change-policy',
    patterns: ['may (change|update|modify|amend|revise|replace)', '(may|might|could) (be changed|be updated|be modified|be amended|be revised|change)'],
    category: 'hedged-modality',
    // Information: 14/20 (70%) judged findings true on the 60 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'information',
    message: 'Hedged modality: “may change” announces changes without saying how you will be told.',
    explanation: 'A policy that may change at the company’s choice gives little certainty. What matters is how changes are announced and whether you can object first.',
    question: 'How will you notify me of changes before they take effect, and can I object or refuse them?',
  },
  {
    id: 'reserve-the-right',
    patterns: ['reserve(s|) the right', 'reserve (our|its) right', 'reserving the right'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Hedged modality: “we reserve the right” claims a power without saying when it is used.',
    explanation: 'Reserving a right says the company might do something, not whether it does. It can hide a practice that is common in fact.',
    question: 'Do you actually exercise this right, how often, and in which situations?',
  },
  {
    id: 'sole-discretion',
    patterns: [
      '(at|in) (our|its) (sole|absolute|own|reasonable) discretion',
      '(at|in) (our|its) discretion',
      '(sole|absolute|complete) discretion',
      // The same judgement by another name ("in our sole judgment", #12).
      '(in|according to) (our|its) (judgment|judgement)',
      '(in|according to) (our|its) (sole|own|reasonable) (judgment|judgement)',
    ],
    category: 'hedged-modality',
    // Information: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: hedged-modality 70% (96/137) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Hedged modality: “at our sole discretion” leaves the decision entirely to the company.',
    explanation: 'Discretion means there are no stated criteria. The reader cannot predict what the company will do.',
    question: 'What criteria do you use to make this decision, and can I challenge it?',
  },
  {
    id: 'as-we-deem-fit',
    patterns: [
      'as we (see|deem|consider|think) (fit|appropriate|necessary)',
      '(we|it) (deem|deems|consider|considers) (appropriate|necessary|fit)',
      '(necessary|required) or appropriate',
      'appropriate or necessary',
      'otherwise deemed (significant|necessary|appropriate|relevant)',
    ],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Hedged modality: “as we deem appropriate” makes the company’s opinion the only limit.',
    explanation: 'When processing depends on what the company “deems” appropriate, there is no objective limit the reader can check.',
    question: 'What objective criteria decide when you consider this appropriate or necessary?',
  },
  {
    id: 'if-we-believe',
    patterns: [
      '(if|where|when|whenever) we (believe|think|consider|determine|decide|suspect)',
      '(reasonably|in good faith) believe(s|)',
      'good faith belief',
      '(believe|believes) in good faith',
      // The same condition without "if" (#12): "unless … we believe it's needed to enforce our Terms", "or we
      // believe sharing will help to protect the safety…".
      "we believe (it is|it's|that it is|that it's) (needed|necessary|required|appropriate|reasonably necessary|warranted)",
      'we believe (sharing|disclosure|disclosing|such disclosure|that disclosure|release|such action|that such action) (is|will|would)',
    ],
    category: 'hedged-modality',
    // Warning (npm run bench:quality --set en, 2026-12-06: 3 of 3 findings on marked phrases; was information): the reader marked what it flags as vague, so a squiggle that is right.
    severity: 'warning',
    message: 'Hedged modality: “if we believe” makes disclosure depend on the company’s own judgement.',
    explanation: 'A condition based on the company’s belief cannot be checked from outside. It allows disclosure whenever the company thinks it is justified.',
    question: 'What facts or criteria trigger this belief, and will you tell me when you act on it?',
  },
  {
    id: 'subject-to-change',
    patterns: ['subject to change', 'can change at any time'],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Hedged modality: “subject to change” means the statement may not hold tomorrow.',
    explanation: 'A commitment that is subject to change without a stated process is not a firm commitment.',
    question: 'How and when will you notify me of a change, and will the old terms apply to data already collected?',
  },
  {
    id: 'possibly',
    patterns: ['possibly', 'potentially', 'perhaps', 'it is possible'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “possibly” does not say whether this happens.',
    explanation: 'Words of possibility describe what could happen, not the company’s actual practice.',
    question: 'Does this actually happen with my data, and when?',
  },
  {
    id: 'likely',
    patterns: ['(is|are) (likely|unlikely) to', 'in all likelihood', 'most likely'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “likely” gives a probability instead of a fact.',
    explanation: 'A statement of likelihood does not tell you what actually happens to your data.',
    question: 'What actually happens in my case, rather than what is likely?',
  },
  {
    id: 'generally',
    patterns: ['generally', 'in general', 'as a general rule', 'for the most part'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “generally” implies exceptions that are not stated.',
    explanation: 'A general rule has exceptions. The policy should say what they are.',
    question: 'What are the exceptions to this rule, and when do they apply to my data?',
    notFollowedBy: '^\\s+accepted\\b',
  },
  {
    id: 'typically',
    patterns: ['typically', 'usually', 'normally', 'ordinarily', 'as a rule'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “typically” implies cases that are not described.',
    explanation: 'What typically happens is not what always happens. The atypical cases are left out.',
    question: 'In which cases do you depart from this, and what happens to my data then?',
  },
  {
    id: 'in-some-cases',
    // Not "in some instances": as the longer match it hid certain-circumstances' "some instances",
    // which is on (a rule that is off still wins the overlap; "In some instances, a User ID is generated").
    patterns: ['in (most|many|some|certain|rare|limited|exceptional) cases'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “in some cases” does not say which cases.',
    explanation: 'Cases that are not described cannot be checked. The reader cannot tell whether they are one of them.',
    question: 'Which cases exactly, and how do I know whether my data fall under them?',
  },
  {
    id: 'tend-to',
    patterns: ['tend(s|) to'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “tend to” describes a tendency, not a practice.',
    explanation: 'A tendency leaves room for exceptions that are not described.',
    question: 'When do you not do this, and what happens to my data then?',
  },
  {
    id: 'there-may-be',
    patterns: ['there (may|might|could) be'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “there may be” does not say whether this exists.',
    explanation: 'The wording mentions a possibility without committing to whether it exists in fact.',
    question: 'Does this exist in fact, and does it concern my data?',
  },
  {
    id: 'not-necessarily',
    patterns: ['not necessarily', 'not always'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “not necessarily” hides when the exception applies.',
    explanation: 'A denial that is “not necessarily” true leaves open when it is false.',
    question: 'In which cases does the opposite happen?',
  },
  {
    id: 'we-try',
    patterns: [
      '(try|tries|strive|strives|attempt|attempts) to',
      'endeavo(u|)r(s|) to',
      'aim to (protect|keep|ensure|limit|minimise|minimize)',
      // Effort, not a result, for a deletion (#12): "We take steps to remove that information from Our servers",
      // "we will work to remove public references".
      '(take|takes) steps to (remove|delete|erase)',
      '(we|will) work to (remove|delete|erase)',
    ],
    category: 'hedged-modality',
    severity: 'information',
    message: 'Hedged modality: “we try to” promises effort, not a result.',
    explanation: 'An effort is not an obligation. The wording lets the company fall short without breaking its own policy.',
    question: 'What exactly do you commit to, and what happens if you do not achieve it?',
  },
  {
    id: 'best-efforts',
    patterns: [
      'best effort(s|)',
      '(every|all) reasonable effort(s|)',
      'commercially reasonable (effort|efforts|measures|steps)',
      'good faith effort(s|)',
      // "While We strive to use commercially acceptable means to protect Your Personal Data" (a generated template, #12).
      'commercially acceptable (means|effort|efforts|measures|steps)',
    ],
    category: 'hedged-modality',
    // Warning: 10/11 (91%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Hedged modality: “reasonable efforts” promises effort, not a result.',
    explanation: 'Effort clauses set a soft standard that is hard to hold the company to.',
    question: 'Which concrete measures do these efforts consist of?',
  },
  {
    id: 'designed-to',
    patterns: [
      '(designed|intended|meant) to (protect|safeguard|secure|help|prevent|limit)',
      // "takes measures to help protect your personal information": the measures only help (#12).
      '(measures|steps|safeguards) to help (protect|safeguard|secure)',
    ],
    category: 'hedged-modality',
    // Hint: 5/10 (50%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'hint',
    message: 'Hedged modality: “designed to protect” describes an intention, not a guarantee.',
    explanation: 'Saying that a measure is designed to protect says nothing about whether it does.',
    question: 'Which measures are used, and how do you check that they actually protect my data?',
  },
  {
    id: 'may-be-required',
    patterns: ['(may|might|could) be (required|necessary|needed)'],
    category: 'hedged-modality',
    // Off by default (npm run bench:quality: 0 of 2 judged true on the development set, hedged-modality 49%): "it may be necessary to
    // change this policy" is about the company's plans, not its data practice; a setting turns it on.
    severity: 'off',
    message: 'Hedged modality: “may be required” does not say when it is required.',
    explanation: 'A requirement that only “may” apply is not described. The reader cannot tell when it applies.',
    question: 'When exactly is this required, and by what?',
  },
  {
    id: 'may-notify',
    patterns: [
      // A hedge on telling the user: "We may notify you when we receive information about you from them",
      // "We will usually inform you (before collecting your data)".
      '(may|might) (notify|inform|tell|alert) you',
      '(may|might) also (notify|inform|tell|alert) you',
      '(may|might) (provide|send|give) (notification|notice|you notice)',
      '(may|might) also (provide|send|give) (notification|notice|you notice)',
      '(will|would|shall) (usually|normally|generally|typically|ordinarily) (inform|notify|tell|ask|contact) you',
    ],
    category: 'hedged-modality',
    // Information: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: hedged-modality 70% (96/137) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Hedged modality: “we may notify you” does not promise that you will be told.',
    explanation: 'Whether you are told is left to the company. Where the law requires information (new sources, new purposes, changes), the policy should say that you will be told, when and how.',
    question: 'In which cases will you tell me, in which will you not, and how will I be told?',
    legalHook: GDPR_ART_13_1_C,
  },
];
