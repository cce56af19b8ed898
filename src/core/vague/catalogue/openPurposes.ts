// Open-ended or unnamed purposes: wording that gives a reason for processing without saying what is done.
import type { Rule } from '../ruleSchema';
import { CCPA_1798_100_A_1, GDPR_ART_13_1_C, GDPR_ART_13_1_E, GDPR_ART_13_3, GDPR_ART_5_1_B } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'improve-services',
    patterns: [
      '(improve|improving|improvement of) (our|the) (service|services|product|products|website|site|platform|app|apps|offering|offerings)',
      '(enhance|enhancing|optimise|optimize|optimising|optimizing) (our|the) (service|services|product|products|website|site|platform|app|apps)',
      '(improve|improving|enhance|enhancing) (our|the) (websites|sites|site and services|sites and services|website and services|products and services|programs|programmes)',
      '(improve|improving) (it|them|our work)',
      // A bare list bullet ("- Improve services and ensure system security") says no more than "our services".
      '(improve|improving) (services|products|services and products|products and services)',
      '(evaluate and improve|improve and evaluate) (programs|programmes|our programs|our programmes)',
      // "to improve the quality of our services" (#12: purposes phrased around the service).
      '(improve|improving|enhance|enhancing) the quality of (our|the) (service|services|product|products|website|site|platform|app)',
      '(provide|providing|offer|offering|deliver|delivering) (a better|better|an improved|improved) (service|services|products)',
      // Not "make our service better": enhance-experience's.
      'make (our|the) (services|website|site|products|platform|app) better',
      // "to help us make improvements": improvements to what, with which data (#12).
      '(help|helps) us (make|to make) improvements',
      'make improvements to (our|the) (service|services|website|site|product|products|platform|app)',
      // Generated policies' "to provide and improve Service", "to improve and analyze our Service", "to improve the
      // functionality of our Service", "to improve the quality or scope of our Services" (#12): improving, named no closer.
      '(improve|improving) service',
      '(improve|improving) and (analyse|analyze|analysing|analyzing|evaluate|evaluating) (our|the) (service|services|product|products|website|site|platform|app)',
      '(improve|improving|enhance|enhancing) the (functionality|effectiveness) of (our|the) (service|services|products|website|websites|site|platform|platforms|app|offerings)',
      '(improve|improving) the (quality or scope|scope) of (our|the) (service|services|products|website|site|platform|app)',
      '(improve|improving) what we do',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “to improve our services” does not say what is done with the data.',
    explanation: 'Almost any use of data can be described as improving a service, from bug fixing to training new products. The phrase does not tell you which processing takes place.',
    question: 'Which specific improvements use my data, which data do they use, and on what legal basis?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'business-purposes',
    patterns: [
      'business purpose(s|)',
      '(general|other|various) business purpose(s|)',
      // The same purpose as a use ("for longer if it is required for business use", #12); "business needs" is commercial-purposes'.
      '(required|needed|necessary) for business use',
    ],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “business purposes” covers anything the company does.',
    explanation: 'Everything a company does is for business purposes. Unless the purposes are listed, the phrase sets no limit on how the data are used.',
    question: 'Which business purposes, listed one by one, is my data used for?',
    legalHook: GDPR_ART_5_1_B,
  },
  {
    id: 'internal-purposes',
    patterns: [
      'internal (purpose|purposes|use|uses|operations)',
      'internal business purpose(s|)',
      '(for|our) internal (analysis|analytics)',
      // "IP address: technical analyses, usage statistics" names a kind of analysis, not what is analysed (#12).
      'technical (analysis|analyses)',
      // "for internal and external purposes", "other internal and lawful uses", "internal administrative and auditing
      // purposes", "internal record keeping" (#12); "internal administrative purposes" stays operational-purposes'.
      'internal and (external|lawful) (purpose|purposes|use|uses)',
      'internal (administrative|administration) and (auditing|audit)',
      'internal record keeping',
    ],
    category: 'open-purposes',
    // Warning: 12/13 (92%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Open purpose: “internal purposes” does not say what the data are used for.',
    explanation: '“Internal” says where the processing happens, not why. Profiling, model training and product research can all be internal.',
    question: 'Which internal purposes, concretely, is my data used for, and who inside the company uses it?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'other-purposes',
    patterns: [
      'other purpose(s|)',
      'other (lawful|legal|legitimate|valid|related|similar|additional) purpose(s|)',
      // Generated policies' "for other related website statistics", "in any other way we may describe when you provide
      // the information" (#12).
      'other related (statistics|website statistics)',
      'in any other way we (may describe|describe)',
      'such other purpose(s|)',
      // "for certain purposes where required by applicable law" (a miss on the development set).
      '(certain|some|various) purpose(s|)',
      // Purposes left to a notice outside the policy ("or as otherwise disclosed at the time of collection",
      // "in accordance with privacy notices made known at the time of collection", #12).
      '(disclosed|described|explained|made known|notified) at the time of collection',
      '(disclosed|described|explained|made known) to you at the time of collection',
      '(disclosed|described|explained|made known) to you at the time (the information|your information|your data|the data) (was|is) collected',
    ],
    category: 'open-purposes',
    // Information: 10 of 12 judged findings true (83%) on the 38 development policies
    // (2026-12-07, bench:quality --propose: a rule with 10 or more judged findings takes its own tier).
    severity: 'information',
    message: 'Open purpose: “other purposes” leaves the list of uses open.',
    explanation: 'A catch-all for “other purposes” lets the company use the data for anything it has not listed, which defeats the purpose of listing purposes.',
    question: 'What are these other purposes, and will you tell me before you use my data for a purpose not listed here?',
    legalHook: GDPR_ART_13_3,
  },
  {
    id: 'compatible-purposes',
    patterns: ['compatible purpose(s|)', '(purpose|purposes) (compatible|consistent) with', 'not incompatible with', '(related|similar|ancillary) purpose(s|)', '(and|or) similar purpose(s|)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “compatible purposes” announces further uses without naming them.',
    explanation: 'Whether a new purpose is compatible is a judgement the company makes for itself. The reader cannot know which later uses it has in mind.',
    question: 'Which further purposes do you consider compatible, and will you inform me before using my data for them?',
    legalHook: GDPR_ART_13_3,
  },
  {
    id: 'personalise-experience',
    patterns: [
      '(personalise|personalize|personalising|personalizing) (your|the) (experience|content|service|services)',
      '(tailor|tailoring|customise|customize|customising|customizing) (your|the) experience',
      'personali(s|z)ation',
      'tailor (communications|our communications|content|our content) to (you|your interests)',
      // The example of poor practice ("to offer personalised services"); not cited to users, whose hover names no source for it.
      '(offer|provide|deliver|show) (personalised|personalized|tailored) (services|content|offers|experiences|products)',
      '(offer|provide|deliver|show) you (personalised|personalized|tailored) (services|content|offers|experiences|products)',
    ],
    category: 'open-purposes',
    // Hint: 7/11 judged findings true (64%) as a warning on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Open purpose: “to personalise your experience” does not say what is personalised or how.',
    explanation: 'Personalisation can mean remembering your language or building a detailed behavioural profile for advertising. The phrase hides which one.',
    question: 'What exactly is personalised, which data are used for it, and can I use the service without it?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'enhance-experience',
    patterns: [
      '(enhance|enhancing|improve|improving|optimise|optimize|optimising|optimizing) (your|the user|the) experience',
      '(better|improved|enhanced|seamless) (experience|user experience)',
      '(enhance|enhancing|improve|improving|optimise|optimize) (your|the) user experience',
      'make (interactions|your interactions|our service|the service) (easy|easier|better|more useful|meaningful)',
      // "to enhance your online experience", "to improve and personalize your experience" (#12).
      '(enhance|enhancing|improve|improving|optimise|optimize) your (online|browsing) experience',
      '(enhance|enhancing|improve|improving) and (personalise|personalize|customise|customize|tailor) your experience',
    ],
    category: 'open-purposes',
    // Hint: 8/12 (67%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'hint',
    message: 'Open purpose: “to enhance your experience” does not say what is done with the data.',
    explanation: 'A better experience is a goal, not a processing purpose. The phrase can justify almost any collection.',
    question: 'Which processing, concretely, enhances my experience, and which data does it need?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'as-described-in-policy',
    patterns: [
      'as (described|set out|outlined|explained|detailed) in this (policy|notice|statement|privacy policy|privacy notice|privacy statement)',
      'as (described|set out|outlined|explained|detailed) (above|below|herein)',
    ],
    category: 'open-purposes',
    // Off by default: 3 of 14 judged findings true (95% CI 8-48%) on the 57 development policies, mostly the policy
    // pointing to itself in a harmless clause ("we are the controller when we use it as described in this Privacy
    // Notice", "as detailed below"; 2026-12-07, bench:quality --propose); a setting turns it on.
    severity: 'off',
    message: 'Open purpose: “as described in this policy” points elsewhere instead of stating the purpose.',
    explanation: 'A cross-reference is only useful if the place it points to is specific. Often the policy never ties each use of data to a stated purpose, so the reference goes in a circle.',
    question: 'Where exactly in the policy is this purpose described, and which data and legal basis does it cover?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'purposes-described-elsewhere',
    patterns: [
      '(purpose|purposes) (described|set out|outlined|listed|mentioned|specified) (above|below|herein|elsewhere)',
      'purposes (described|set out|outlined|listed) in this (policy|notice|section)',
    ],
    category: 'open-purposes',
    // Off: 1/10 (10%; 95% CI 2–40%) judged findings true on the 69 development policies (2026-12-07, bench:quality's list of rules
    // right less than half the time: the whole interval lies below the hint tier).
    severity: 'off',
    message: 'Open purpose: “the purposes described above” does not say which purpose applies here.',
    explanation: 'Referring to a whole list of purposes at once hides which purpose applies to this particular data or recipient.',
    question: 'Which of the listed purposes apply to this particular processing?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'research-and-development',
    patterns: [
      'research and development',
      'research purpose(s|)',
      '(internal|market|product) research',
      // Research named without a subject ("- For research", "for research activities, including…"): the
      // Article 29 Working Party's transparency guidelines (WP260 rev.01, para. 12) give "for research
      // purposes" as poor practice; the bare forms say no more (#12).
      '(for|conduct|conducting) research',
      'research (activities|activity)',
    ],
    category: 'open-purposes',
    // Information: 12/16 judged findings true (75%) as a warning on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'information',
    message: 'Open purpose: “research and development” does not say what research is done.',
    explanation: 'Research can mean anything from usage statistics to developing new products or AI models. The scope of the research and the data it uses are left open.',
    question: 'What research or development uses my data, which data does it use, and are the results shared?',
    legalHook: GDPR_ART_13_1_C,
    // "…for research. This data is completely anonymised…": research on data that is said next to be anonymous.
    notFollowedBy: '^[.;]?\\s+(?:this|the|such|that) (?:data|information) (?:is|are|will be) (?:completely |fully |always )?(?:anonymi[sz]ed|de-identified)',
  },
  {
    id: 'product-development',
    patterns: [
      '(product|service|feature) development',
      '(develop|developing) new (products|services|features|offerings)',
      'develop our (products|services|products and services)',
      '(future|further|ongoing) development of',
      'product (performance|performance and development)',
    ],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “developing new products” allows uses that do not exist yet.',
    explanation: 'A purpose for products that do not yet exist cannot be specific. You cannot judge a use of your data that has not been defined.',
    question: 'Which new products or features are developed with my data, and will you ask me before using it for them?',
    legalHook: GDPR_ART_5_1_B,
  },
  {
    id: 'train-models',
    patterns: [
      '(train|training) (our|the) (model|models|algorithm|algorithms|ai|artificial intelligence|machine learning models)',
      'improve our (ai|models|algorithms|artificial intelligence)',
      '(develop|improve|develop and improve) (ai|artificial intelligence|our ai)',
    ],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “training our models” does not say which models or which data.',
    explanation: 'Training AI models on personal data can be hard to reverse. The policy should say which models, which data, whether outputs can reveal your data, and how to object.',
    question: 'Which models are trained on my data, which data are used, and how can I object or opt out?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'analytics-purposes',
    patterns: ['(analytics|analytical|statistical) purpose(s|)', 'for analytics'],
    category: 'open-purposes',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/7 judged true); a setting turns it on.
    severity: 'off',
    message: 'Open purpose: “analytics purposes” does not say what is analysed or why.',
    explanation: 'Analytics ranges from counting page views to detailed behavioural profiling. The phrase does not say which.',
    question: 'What do you analyse about me, with which data, and is the analysis used to profile me?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'marketing-purposes',
    patterns: [
      '(marketing|promotional|advertising) purpose(s|)',
      'marketing and promotional purpose(s|)',
      '(improve|target|better target|tailor|optimise|optimize) our marketing',
      'marketing and sales',
    ],
    category: 'open-purposes',
    // Hint: 4 of 12 judged findings true (33%, 95% CI 14-61%) on the 42 development policies: below
    // information, not clearly below a hint (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open purpose: “marketing purposes” does not say what marketing is done with the data.',
    explanation: 'Marketing can mean an occasional newsletter or targeted advertising across other sites. The channel, the data used and any profiling are left open.',
    question: 'Which marketing uses my data (email, targeted ads, profiling), and how do I object to each?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'send-you-information',
    // "The email address you provide may be used to send you information" (#12): what is sent, and how often, is left open.
    patterns: [
      'send you (information|communications|materials|updates|news)',
      'send you (other|further|additional|more) (information|communications|materials)',
      // Not "other non-marketing communications", "informative communications" or "general information about other
      // goods": an independent reader judged all 5 such findings not vague on the development set (batch-24a: service
      // mail, or the company's own similar products with an opt-out).
    ],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (6 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “to send you information” does not say what is sent or why.',
    explanation: 'Information sent to you can be service notices you need or marketing you never asked for. The phrase does not say which, how often, or whether you can refuse it.',
    question: 'What information do you send me, how often, is any of it marketing, and how do I stop it?',
    legalHook: GDPR_ART_13_1_C,
    // "send you information about your order" or "… about the status of your request" says what is sent.
    notFollowedBy: '^\\s+(?:about|on|regarding|concerning|related to)\\s+(?:your|the status|the progress)\\b',
  },
  {
    id: 'operational-purposes',
    patterns: [
      '(operational|administrative) purpose(s|)',
      // The same purpose split by a list ("for administrative, security and fraud prevention purposes";
      // "for other administrative, analytical, and marketing purposes", #12): a comma ends a match.
      '(for|for other|for our) administrative',
      '(operate|operating|run|running|manage|managing) (our|the) business',
      // "trusted third parties who assist us in operating our site, conducting our business" (#12).
      '(conduct|conducting) (our|the) business',
      '(grow|growing|develop|developing|expand|expanding) our business',
      // Managing "our relationships" names no processing: which data, kept how long, for which contacts (#12).
      '(manage|managing|maintain|maintaining|develop and maintain|developing and maintaining) our (relationships|business relationship|business relationships|commercial relationship|commercial relationships|customer relationships)',
      'business development',
      'our own internal functions',
      'internal functions',
      'administrative (reasons|needs|functions|tasks)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “operating our business” does not say which processing takes place.',
    explanation: 'Operating a business covers every activity of the company, so the phrase sets no real limit on processing.',
    question: 'Which business operations, concretely, use my data, and which data does each use?',
    legalHook: GDPR_ART_13_1_C,
    // "our business development team" names a department, not a purpose.
    notFollowedBy: '^\\s+(?:team|teams|staff|department|manager|managers|representatives?)\\b',
  },
  {
    id: 'support-operations',
    patterns: [
      '(support|supporting) (our|the) (business|operations|business operations)',
      'business operations',
      // "For our business activities, including…", "to help with our business activities" (#12); not "information about our
      // business activities", nor "expanding our business activities", operational-purposes' warning.
      '(for|with|support|supporting) our business activities',
    ],
    category: 'open-purposes',
    // Information (npm run bench:quality --set en, 2026-12-06: 0 of 1 judged true as a warning, and no marked phrase relied on its warning; was warning).
    severity: 'information',
    message: 'Open purpose: “to support our business operations” does not say what the data are used for.',
    explanation: 'Supporting operations is a description of the company, not of the processing. The data could be used for almost anything under it.',
    question: 'Which operations use my data, and for which specific tasks?',
    legalHook: GDPR_ART_13_1_C,
    // "only … information that is reasonably necessary for our business activities": a limit, not a purpose.
    notPrecededBy: '\\b(?:necessary|needed|required|appropriate)\\s+$',
  },
  {
    id: 'provide-services',
    patterns: ['(provide|providing|deliver|delivering) (our|the) (service|services)', 'provision of (our|the) (service|services)'],
    category: 'open-purposes',
    // Off by default (npm run bench:quality --set en, 2026-12-07: 0 of 2 judged true, none of the reader's marked
    // phrases found by it alone): "to provide the Services you have subscribed to" is the contract purpose, named as
    // such; a setting turns it on.
    severity: 'off',
    message: 'Open purpose: “to provide our services” may cover more than the service you asked for.',
    explanation:
      'Providing the service is a real purpose, but companies often define “the services” broadly enough to include advertising or analytics. Check which processing is actually needed for what you use.',
    question: 'Which data are strictly needed to provide the service I use, and which uses go beyond that?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'security-purposes',
    patterns: ['(security|safety|integrity) purpose(s|)', 'safety and security'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Open purpose: “security purposes” does not say which security measures use the data.',
    explanation: 'Security is a legitimate purpose, but it is also often used to justify broad monitoring and long retention. The policy should say which data and which measures.',
    question: 'Which security measures use my data, which data do they use, and for how long is it kept for this purpose?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'any-purpose',
    patterns: ['any purpose(s|)', 'any (lawful|legal|legitimate|other) purpose(s|)', 'all purposes', 'whatever purpose(s|)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “any purpose” removes any limit on use.',
    explanation: 'Allowing use for any purpose is the opposite of a specified purpose. It lets the company do anything with the data.',
    question: 'Which specific purposes do you actually use my data for?',
    legalHook: GDPR_ART_5_1_B,
  },
  {
    id: 'lawful-purposes',
    patterns: ['(lawful|legitimate|permissible) purpose(s|)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “legitimate purposes” describes the purpose as lawful without saying what it is.',
    explanation: 'Saying a purpose is lawful does not say what it is. Lawfulness is the minimum, not a description.',
    question: 'What are these purposes, listed one by one, and what legal basis applies to each?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'own-purposes',
    patterns: ['(our|its|their) own purpose(s|)', 'for (our|its|their) own (use|uses|benefit)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “their own purposes” lets recipients use the data as they wish.',
    explanation: 'When a recipient may use data for its own purposes, it becomes a separate controller with purposes that this policy does not describe.',
    question: 'Which recipients use my data for their own purposes, what are those purposes, and where are they described?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'better-understand',
    patterns: [
      // Understanding the people, not how they use a site: "how users use the docs" was judged a
      // bounded analytics purpose on the development set (0 of 5 true, npm run bench:quality, 2026-12-05).
      'better understand (you|our users|our customers|our audience)',
      'understand (you|our users|our customers) better',
      'better serve (you|our users|our customers|our community|our members)',
      'serve (you|our users|our customers) better',
      'understand our audience',
      // What the people need or are interested in ("to better understand your needs and interests", "the interests of
      // our customers", #12): a profile, not a count of visits.
      'better understand (your|their|the) (needs|interests|needs and interests|preferences)',
      'better understand the (needs|interests|needs and interests|preferences) of',
      'understand (your|the) needs and interests',
      // Who the users are, not what they asked for ("to better understand who our users are", Modrinth, #12, 2026-12-07).
      'better understand who (our users|our customers|you|our visitors|our members) are',
    ],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “to better understand you” does not say what is learned about you.',
    explanation: 'Understanding users is usually a polite way of describing analysis and profiling. The phrase does not say what is inferred or how it is used.',
    question: 'What do you infer about me to “understand” me, and what do you use those inferences for?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'relevant-content',
    patterns: [
      'relevant (content|ads|advertising|advertisements|offers|products|recommendations)',
      'tailored (content|ads|advertising|advertisements|offers|recommendations)',
      '(interest based|personalised|personalized|targeted) (ads|advertising|advertisements)',
      // Targeting named as what is done, and advertising shown on other sites ("to deliver and target advertising",
      // "to serve You with ads on third-party websites"; Comma.ai, iNaturalist, #12, 2026-12-07).
      '(deliver and target|target and deliver|to target) (ads|advertising|advertisements)',
      '(serve|show|display|deliver) (you|you with) (ads|advertising|advertisements) on (third party|other|other third party) (websites|sites)',
      // "to provide custom content and information" from tracking data (#12).
      '(provide|deliver|show|serve|offer) (custom|customised|customized) (content|ads|advertising|offers)',
      '(provide|deliver|show|serve|offer) you (custom|customised|customized) (content|ads|advertising|offers)',
    ],
    category: 'open-purposes',
    // Information (npm run bench:quality --set en, 2026-12-06: 2 of 4 judged true as a warning, and no marked phrase relied on its warning; was warning).
    severity: 'information',
    message: 'Open purpose: “relevant ads” is a euphemism for profiling that is not described.',
    explanation: 'Showing “relevant” content requires a profile of your interests. The policy should say what goes into the profile and who else sees it.',
    question: 'What profile of me is used to choose content or ads, which data feed it, and how do I switch it off?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'of-interest-to-you',
    patterns: ['(offers|products|services|content|information) (that|which) (may|might) (interest you|be of interest)', 'of interest to you'],
    category: 'open-purposes',
    // Warning: 13/14 (93%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Open purpose: “offers that may interest you” does not say what is sent or how it is chosen.',
    explanation: 'The phrase hides both the marketing and the profiling needed to guess what interests you.',
    question: 'What marketing do you send me, how do you decide what interests me, and how do I stop it?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'commercial-purposes',
    patterns: ['commercial purpose(s|)', '(business|commercial) (reason|reasons|need|needs)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “commercial purposes” does not say what the data are used for.',
    explanation: 'A commercial purpose is any purpose that earns the company money, including selling or licensing the data. The phrase needs to be broken down.',
    question: 'Which commercial purposes, concretely, is my data used for, and is it sold or licensed?',
    legalHook: GDPR_ART_5_1_B,
  },
  {
    id: 'in-connection-with',
    patterns: ['in connection with (our|the) (service|services|business|operations|products)', 'in relation to (our|the) (service|services|business)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “in connection with our services” is a link, not a purpose.',
    explanation: 'Any use that has some connection to the business fits this wording. It does not say what is done with the data.',
    question: 'What specific processing takes place “in connection with” the services, and for which purpose?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'other-reasons',
    patterns: ['other reason(s|)', 'for (a|any) reason', 'for any other reason'],
    category: 'open-purposes',
    // Off: 1/9 (11%; 95% CI 2–44%) judged findings true on the 69 development policies (2026-12-07, bench:quality's list of rules
    // right less than half the time: the whole interval lies below the hint tier).
    severity: 'off',
    message: 'Open purpose: “other reasons” leaves the purposes open.',
    explanation: 'Adding “other reasons” to a list of purposes means the list is not complete.',
    question: 'What are these other reasons, and which data are used for them?',
    legalHook: GDPR_ART_13_3,
  },
  {
    id: 'corporate-transactions',
    patterns: [
      '(corporate|business) transaction(s|)',
      'merger(s|)',
      'reorgani(s|z)ation(s|)',
      '(restructuring|divestiture|bankruptcy|insolvency)',
      'change of (control|ownership)',
      'sale of (assets|all or part of our business|our business|all or substantially all)',
      // The deal left open (#12): "when we do a business deal, or negotiate a business deal", "sale, assignment,
      // transfer, or other disposition of all or any portion of our business" (a catch-all like "business transaction").
      '(negotiate|negotiating|negotiation of) a (business deal|deal|transaction)',
      'other disposition of',
    ],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “corporate transactions” allows disclosure in deals that are not described.',
    explanation: 'Corporate transaction clauses allow your data to change hands with the business. They rarely say whether you will be told, or whether the new owner is bound by this policy.',
    question: 'If the business is sold or merged, will you notify me before my data is transferred, and will the new owner be bound by this policy?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'disclosed-at-collection',
    patterns: ['(purposes|as) disclosed (to you|at the time of collection|at collection|when we collect)', 'otherwise disclosed to you'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “as disclosed at collection” refers to a notice the reader may never have seen.',
    explanation: 'A purpose “disclosed at collection” is not stated in the policy itself. It points to screens and forms that the reader usually cannot check later.',
    question: 'Which purposes were disclosed when my data were collected, and where can I read that notice now?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'quality-purposes',
    patterns: ['quality (assurance|control|improvement) purpose(s|)', 'quality and training purpose(s|)', 'training and quality purpose(s|)', 'quality purpose(s|)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “quality purposes” does not say what is reviewed, by whom, or for how long.',
    explanation: 'Quality and training purposes often justify recording calls or chats. The policy should say what is recorded, who reviews it and how long it is kept.',
    question: 'What is recorded or reviewed for quality purposes, who listens or reads it, and how long is it kept?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'understand-behaviour',
    patterns: [
      // A grammatical shape, not a sentence: getting "a better idea of" something, or analysing
      // "trends" or "behaviour" with no object that bounds it. "How visitors use our website" is not
      // here: judged a bounded analytics purpose on the development set (0 of 5 true).
      '(get|gain|have|develop) a better (idea|understanding|picture|sense) of',
      '(analyse|analyze|analysing|analyzing|identify|identifying|monitor|monitoring|spot|spotting) trends',
      // The same with usage trends as the object ("to monitor and analyze usage and trends", #12); not "usage of disk space".
      '(analyse|analyze|analysing|analyzing) (usage and trends|trends and usage|usage trends|usage patterns)',
      // "to understand the usage trends of our users" (Hack Club, #12, 2026-12-07).
      '(understand|understanding|identify|identifying|monitor|monitoring) the usage trends of',
      '(understand|understanding|analyse|analyze|analysing|analyzing|study|studying|track|tracking) (user|users|visitor|visitors|customer|customers) (behaviour|behavior)',
      '(help|helps) us understand how to',
      // Insights with no object that bounds them ("to generate insights", #12).
      '(generate|generating|derive|deriving|gain|gaining|obtain|obtaining) (insights|business insights)',
      '(help|helps) us to understand how to',
      // Measuring "campaign effectiveness" with no campaign or measure named ("understand usage and campaign effectiveness", #12).
      '(understand|understanding|measure|measuring|analyse|analyze|analysing|analyzing|track|tracking|evaluate|evaluating|assess|assessing) (usage and campaign effectiveness|campaign effectiveness)',
      '(understand|understanding|measure|measuring|evaluate|evaluating|assess|assessing) the effectiveness of our (campaigns|marketing|advertising|ads|emails|communications)',
      // Generated policies' "to gather analysis or valuable information so that we can improve our Service" (#12).
      'gather analysis or valuable information',
    ],
    category: 'open-purposes',
    // Warning: 11/12 (92%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Open purpose: “to get a better idea of user behaviour” does not say what is analysed or what it is used for.',
    explanation:
      'Analysing behaviour or trends can mean counting page views or building a profile of each visitor. The phrase does not say which data are analysed, at what level of detail, or what the results are used for.',
    question: 'What exactly do you analyse about my behaviour, with which data, and is the result tied to me?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'keep-you-updated',
    patterns: ['(to|just|or|and) keep you (up to date|updated|informed|in the loop)'],
    category: 'open-purposes',
    // Information: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: open-purposes 77% (116/151) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Open purpose: “to keep you up to date” does not say what you will be sent.',
    explanation: 'Keeping someone “up to date” can mean service notices or regular marketing. The phrase hides which messages are sent, how often, and on what basis.',
    question: 'Which messages do you send me to keep me up to date, how often, and how do I stop them?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'good-experience',
    patterns: [
      '(provide you with|give you|offer you|provide|ensure|for) (a|the) (good|great|best|smooth|optimal|positive) (experience|user experience)',
      '(provide you with|give you|offer you|provide|ensure|for) (a|the) (good|great|best|smooth|optimal|positive) (browsing|online) experience',
      // Not "the best possible (service and) experience": both findings on the development set open a list of
      // the purposes (judged not vague by an independent reader, batch-24a).
      '(make|making) (interactions|your interactions) with (our|the) (service|services|site|website|websites)',
    ],
    category: 'open-purposes',
    severity: 'information',
    message: 'Open purpose: “to provide you with a good experience” is a goal, not a processing purpose.',
    explanation: 'A good experience is what every service wants. The phrase can justify almost any collection and does not say what is done with the data.',
    question: 'Which processing, concretely, gives me a “good experience”, and which data does it need?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'prospective-customers',
    patterns: ['(identify|identifying|engage with|engaging with|target|targeting|find|finding) (prospective|potential|new) (customers|clients|buyers|leads)', 'lead generation'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Open purpose: “to identify prospective customers” is sales prospecting that is not described.',
    explanation:
      'Identifying prospects usually means enriching visitor data, often with other companies’ databases, to find out who is behind a visit. The phrase does not say which data are used or combined.',
    question: 'How do you identify prospective customers from my data, which sources do you combine it with, and how do I object?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'monitoring-purposes',
    patterns: ['(training and monitoring|monitoring and training|monitoring|training) purpose(s|)'],
    category: 'open-purposes',
    severity: 'information',
    message: 'Open purpose: “training and monitoring purposes” does not say what is monitored, by whom, or for how long.',
    explanation: 'Monitoring and training purposes often justify recording calls or chats. The policy should say what is recorded, who reviews it and how long it is kept.',
    question: 'What is recorded or monitored, who reviews it, and how long is it kept?',
    legalHook: GDPR_ART_13_1_C,
  },
];
