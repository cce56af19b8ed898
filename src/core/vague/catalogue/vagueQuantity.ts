// Vague quantity and degree: "some", "certain", "reasonable", "appropriate" and other words that
// stand in for a number, a list or a standard.
import type { Rule } from '../ruleSchema';
import { GDPR_ART_5_1_C } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'some',
    patterns: ['some'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague quantity: “some” does not say which or how many.',
    explanation: '“Some” stands in for a list the reader does not get to see.',
    question: 'Which ones exactly?',
  },
  {
    id: 'some-of',
    // Misses on the development set ("some of our websites", "some of the app's features"); bare "some" stays off.
    patterns: [
      'some of (our|the|your|its|their|these|those)',
      // The other end of the same scale: "almost all of our mailing lists are public" names no exception (#12).
      '(almost|nearly|virtually) (all|every)',
      // "We may have received some kind of benefit in return for sharing personal information" (the CCPA
      // definition of a sale in generated policies, #12): which benefit is not said.
      'some (kind|sort|form) of (benefit|benefits|compensation|consideration|value|payment)',
    ],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague quantity: “some of” does not say which part.',
    explanation: 'A part that is not named leaves the reader unable to tell whether it covers them.',
    question: 'Which ones exactly? Please name them.',
  },
  {
    id: 'certain',
    patterns: ['certain'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: 0 of 10 judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague quantity: “certain” refers to items that are not named.',
    explanation: '“Certain” suggests the company has specific items in mind but does not name them.',
    question: 'Which ones exactly? Please name them.',
    notPrecededBy: '\\b(?:make|makes|made|making|for|be|are|is|am|feel|felt)\\s+$',
    notFollowedBy: '^\\s+(?:that|whether)\\b',
  },
  {
    id: 'various',
    patterns: ['various', 'varied', 'diverse'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague quantity: “various” does not say which or how many.',
    explanation: '“Various” signals a list without giving it.',
    question: 'Which ones exactly? Please list them.',
  },
  {
    id: 'a-range-of',
    patterns: ['a (wide|broad) (range|variety|array) of', 'a (range|variety|host|array|multitude) of'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague quantity: “a range of” announces many items without listing them.',
    explanation: 'The phrase emphasises breadth while hiding the contents.',
    question: 'What does this range consist of? Please list the items.',
  },
  {
    id: 'a-number-of',
    patterns: ['a number of', 'any number of'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague quantity: “a number of” does not give the number.',
    explanation: '“A number of” could be two or two hundred.',
    question: 'How many, and which ones?',
  },
  {
    id: 'several',
    patterns: ['several', 'multiple', 'numerous', 'many', 'a lot of', 'lots of', 'plenty of'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague quantity: “several” does not say which or how many.',
    explanation: 'An indefinite plural hides the actual list.',
    question: 'How many exactly, and which ones?',
  },
  {
    id: 'a-few',
    patterns: ['a few', 'a couple of', 'a handful of'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague quantity: “a few” does not say which or how many.',
    explanation: 'A small indefinite number still hides which items are meant.',
    question: 'Which ones exactly?',
  },
  {
    id: 'majority',
    patterns: ['most of', 'the (majority|vast majority|bulk) of'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague quantity: “most of” implies exceptions that are not named.',
    explanation: 'If most items are covered, some are not. The policy should say which.',
    question: 'Which ones are not covered, and what happens to them?',
  },
  {
    id: 'a-portion-of',
    patterns: ['a (portion|part|subset|fraction) of', 'portions of'],
    category: 'vague-quantity',
    // Off by default: 0 of 6 judged findings true (development set, 33 policies, 2026-12-07),
    // nearly all in business-transfer boilerplate ("all or a portion of our business").
    severity: 'off',
    message: 'Vague quantity: “a portion of” does not say which part.',
    explanation: 'A portion of the data can be small or almost all of it. The reader cannot tell which part is meant.',
    question: 'Which part exactly?',
  },
  {
    id: 'to-some-extent',
    patterns: ['to (some|a certain|a limited|a large|a great|a significant) (extent|degree)'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague degree: “to some extent” does not say how far.',
    explanation: 'An extent without measure cannot be checked.',
    question: 'To what extent exactly, and where does it stop?',
  },
  {
    id: 'reasonable',
    patterns: ['reasonabl(e|y)'],
    category: 'vague-quantity',
    // Warning: 6 of 6 judged findings true (development set, 2026-12-05; 95% CI 61-100%).
    // Information: 22/28 judged findings true (79%) as a warning on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'information',
    // The law's wording of identifiability and verification ("could reasonably be linked", "not
    // reasonably capable of being associated", "reasonably verify" a requester: CCPA) sets its own standard.
    notFollowedBy: '^\\s+(?:be\\s+)?(?:linked|associated|capable|identifi\\w*|used\\s+to\\s+(?:infer|identify|re-?identify)|likely\\s+to\\s+be\\s+used|verify|anticipated)\\b',
    message: 'Vague degree: “reasonable” leaves the standard to the company.',
    explanation: 'What is reasonable is decided first by the company, and a reader cannot check it. The policy should give the actual standard, period or measure.',
    question: 'What concretely do you consider reasonable here: which period, measure or amount?',
  },
  {
    id: 'appropriate',
    patterns: ['appropriate(ly|)', 'suitabl(e|y)', 'proper(ly|)'],
    category: 'vague-quantity',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 2/10 judged true); a setting turns it on.
    severity: 'off',
    message: 'Vague degree: “appropriate” does not say what is actually done.',
    explanation: 'Calling a measure appropriate is a judgement, not a description. The reader cannot check whether it is appropriate without knowing what it is.',
    question: 'What exactly are these measures, and why do you consider them appropriate?',
  },
  {
    id: 'adequate',
    // "sufficient" alone was not vague in any judged sentence ("an e-mail address is sufficient", 2026-12-05: 0/3): only
    // sufficiency of protection is kept.
    patterns: ['adequate(ly|)', 'sufficient (safeguards|protection|security|measures)', 'sufficiently (protected|secure|secured|safeguarded)'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague degree: “adequate” does not say what is actually done.',
    explanation: 'Calling something adequate states a conclusion without the facts behind it. (The GDPR term “adequate level of protection” for countries is not flagged.)',
    question: 'What exactly is done, and against what standard did you judge it adequate?',
    notFollowedBy: '^\\s+level\\s+of\\s+(?:data\\s+)?protection',
    // "a country … considered adequate": the adequacy decision's legal term, not the company's claim.
    notPrecededBy: '\\b(?:considered|deemed|found|recognised|recognized)\\s+(?:to\\s+be\\s+)?$',
  },
  {
    id: 'small-amount',
    patterns: ['(limited|small|minimal|modest) (amount|amounts|quantity|quantities|number|set) of'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague quantity: “a limited amount of” does not say how much or which data.',
    explanation: 'Calling an amount small or limited reassures without giving the contents.',
    question: 'Which data exactly, and how much?',
  },
  {
    id: 'large-amount',
    patterns: ['(large|significant|substantial|considerable|vast|huge) (amount|amounts|quantity|quantities|number|volume|volumes) of'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague quantity: “large amounts of” does not say how much or which data.',
    explanation: 'A large but unstated amount of data hides the scale of the processing.',
    question: 'Which data, and how much of it?',
  },
  {
    id: 'significant',
    patterns: ['significant(ly|)', 'substantial(ly|)', 'considerabl(e|y)'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague degree: “significant” does not give a threshold.',
    explanation: 'Without a threshold, the company decides what counts as significant.',
    question: 'What threshold do you use to decide what is significant?',
  },
  {
    id: 'material-changes',
    patterns: [
      '(material|significant|substantial|major|minor) (change|changes|modification|modifications|update|updates|revision|revisions)',
      'materially (change|changes|alter|alters|affect|affects)',
      // "changes that we believe will substantially alter your rights" (#12).
      '(substantially|significantly) (change|changes|alter|alters|affect|affects)',
      // "whenever this privacy statement is changed in a material way" (#12): the same undefined threshold.
      'in a (material|significant|substantial) (way|manner|respect)',
    ],
    category: 'vague-quantity',
    // Warning (npm run bench:quality -- --set en --rule-value, 2026-12-07: 6 of 6 judged findings true at information,
    // 4 marked phrases only it finds; was information).
    severity: 'warning',
    message: 'Vague degree: “material changes” lets the company decide which changes you hear about.',
    explanation: 'If only “material” changes are announced, the company decides which changes matter. Changes it considers minor may affect you without notice.',
    question: 'Which kinds of change do you consider material, and how will you notify me of the others?',
  },
  {
    id: 'industry-standard',
    patterns: [
      'industry (standard|standards|practice|practices)',
      'best practice(s|)',
      '(generally|commonly|widely) accepted (standard|standards|practice|practices)',
      // "arXiv follows standard practices to protect against the loss … of the information" (#12): whose standard?
      'standard (security|data protection|privacy) (practices|measures|procedures|precautions)',
      '(follow|follows|use|uses|apply|applies|employ|employs) standard (practices|procedures|precautions)',
    ],
    category: 'vague-quantity',
    // Warning: 11/11 (100%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Vague degree: “industry standard” names no standard.',
    explanation: 'An unnamed standard cannot be checked. The policy should name the standard or describe the measures.',
    question: 'Which standards exactly (by name and version) do you follow, and are you certified?',
  },
  {
    id: 'strong-security',
    patterns: [
      '(robust|strong|rigorous|advanced|strict|stringent) (security|safeguards|protection|protections|measures|controls)',
      'state of the art',
      // Policies described by their strictness ("strict internal data-handling policies", #12).
      '(strict|stringent|rigorous|robust) (policies|procedures|data handling policies|data protection policies|security policies|privacy policies)',
      '(strict|stringent|rigorous|robust) internal (policies|procedures|data handling policies|data protection policies|security policies|privacy policies)',
    ],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague degree: “robust security” describes the measures by their quality, not their content.',
    explanation: 'Adjectives of strength are claims. The reader needs to know which measures are used.',
    question: 'Which security measures protect my data (for example encryption at rest and in transit, access control)?',
  },
  {
    id: 'kinds-of-safeguards',
    // "We have physical, electronic, and procedural safeguards", "administrative, technical and physical
    // precautions" (#12): the kinds of measure stand in for the measures. Patterns cannot hold commas, so the
    // match is the end of the list ("and procedural safeguards"), kept only after two kinds and a comma: the
    // two-item "technical and organisational measures" (GDPR Art. 32's own words) is left alone.
    patterns: [
      '(and|or) (procedural|managerial|administrative|organizational|organisational|physical|technical|electronic|personnel) (safeguards|measures|procedures|controls|precautions|protections)',
    ],
    notPrecededBy:
      '(?<!\\b(?:physical|technical|electronic|administrative|managerial|organi[sz]ational|procedural|personnel),\\s+(?:physical|technical|electronic|administrative|managerial|organi[sz]ational|procedural|personnel),?\\s*)$',
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague measures: “physical, electronic and procedural safeguards” names kinds of measure, not the measures.',
    explanation: 'Every security measure is physical, technical or organisational. Listing the kinds says nothing about what is actually done to protect the data.',
    question: 'Which safeguards of each kind do you use (for example encryption, access control, staff training)?',
  },
  {
    id: 'high-standards',
    patterns: ['(high|highest|the highest) (standard|standards|level|levels|degree) of'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague degree: “high standards of” names no standard.',
    explanation: 'A level described as high is a claim without a benchmark.',
    question: 'Which standard or level exactly, and how is it checked?',
  },
  {
    id: 'necessary-measures',
    patterns: ['(necessary|all necessary|reasonable and necessary) (measures|steps|precautions|safeguards)'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague degree: “necessary measures” does not say which measures.',
    explanation: 'The company decides what is necessary. The reader learns nothing about what is done.',
    question: 'Which measures exactly do you take?',
  },
  {
    id: 'minimum-necessary',
    patterns: ['only (what|as much as) (is necessary|is needed|is required|we need)', 'minimum (amount of data|amount of information|data|information) (necessary|needed|required)'],
    category: 'vague-quantity',
    severity: 'information',
    message: 'Vague quantity: “only what is necessary” does not say which data that is.',
    explanation: 'A promise to collect only what is necessary is welcome but cannot be checked unless the necessary data are listed for each purpose.',
    question: 'Which data do you consider necessary for each purpose, listed one by one?',
    legalHook: GDPR_ART_5_1_C,
  },
  {
    id: 'approximately',
    patterns: ['approximately', 'roughly', 'circa', 'or so'],
    category: 'vague-quantity',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Vague quantity: “approximately” gives an estimate instead of a figure.',
    explanation: 'An approximate figure, for example for a retention period, leaves room on both sides.',
    question: 'What is the exact figure?',
  },
  {
    id: 'unnamed-some-various',
    patterns: [
      // "some applications", "Some project websites", "various community websites", "a few other
      // parameters": an unnamed subset of systems, sites or data, where the bare words are off by default.
      '(some|various|several|certain) (applications|apps|websites|sites|project websites|community websites|databases|systems|tools|platforms|parameters|signals|members|community members)',
      '(a few|several|some|various|a number of|a couple of) other',
      // Unnamed bodies that receive or publish the data ("Some councils use FixMyStreet on their own websites", #12).
      '(some|certain|various|several) (councils|authorities|public authorities|agencies|government agencies|organisations|organizations)',
      // "We collect information about you in various ways": which ways, from which sources (#12).
      '(in|through) (various|several|different) ways',
      'other (websites|sites|services|apps|applications|products) (we|that we) (operate|provide|offer|own|run)',
    ],
    category: 'vague-quantity',
    // Warning (npm run bench:quality --set en, 2026-12-06: 8 of 8 judged true, 7 of its 8 findings on marked phrases; was information): the reader marked what it flags as vague, so a squiggle that is right.
    // Information: 10/12 judged findings true (83%) as a warning on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'information',
    message: 'Vague quantity: “some applications” does not say which ones.',
    explanation: 'An unnamed subset (“some websites”, “various databases”, “a few other parameters”) leaves the reader unable to tell where the data go or what is covered.',
    question: 'Which ones exactly? Please name them.',
    legalHook: GDPR_ART_5_1_C,
  },
];
