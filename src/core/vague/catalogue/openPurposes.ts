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
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “to improve our services” does not say what is done with the data.',
    explanation:
      'Almost any use of data can be described as improving a service, from bug fixing to training new products. The phrase does not tell you which processing takes place.',
    question: 'Which specific improvements use my data, which data do they use, and on what legal basis?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'business-purposes',
    patterns: ['business purpose(s|)', '(general|other|various) business purpose(s|)'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “business purposes” covers anything the company does.',
    explanation:
      'Everything a company does is for business purposes. Unless the purposes are listed, the phrase sets no limit on how the data are used.',
    question: 'Which business purposes, listed one by one, is my data used for?',
    legalHook: GDPR_ART_5_1_B,
  },
  {
    id: 'internal-purposes',
    patterns: ['internal (purpose|purposes|use|uses|operations)', 'internal business purpose(s|)'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “internal purposes” does not say what the data are used for.',
    explanation:
      '“Internal” says where the processing happens, not why. Profiling, model training and product research can all be internal.',
    question: 'Which internal purposes, concretely, is my data used for, and who inside the company uses it?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'other-purposes',
    patterns: [
      'other purpose(s|)',
      'other (lawful|legal|legitimate|related|similar|additional) purpose(s|)',
      'such other purpose(s|)',
      // "for certain purposes where required by applicable law" (a miss on the development set).
      '(certain|some|various) purpose(s|)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “other purposes” leaves the list of uses open.',
    explanation:
      'A catch-all for “other purposes” lets the company use the data for anything it has not listed, which defeats the purpose of listing purposes.',
    question: 'What are these other purposes, and will you tell me before you use my data for a purpose not listed here?',
    legalHook: GDPR_ART_13_3,
  },
  {
    id: 'compatible-purposes',
    patterns: [
      'compatible purpose(s|)',
      '(purpose|purposes) compatible with',
      'not incompatible with',
      '(related|similar|ancillary) purpose(s|)',
      '(and|or) similar purpose(s|)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “compatible purposes” announces further uses without naming them.',
    explanation:
      'Whether a new purpose is compatible is a judgement the company makes for itself. The reader cannot know which later uses it has in mind.',
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
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “to personalise your experience” does not say what is personalised or how.',
    explanation:
      'Personalisation can mean remembering your language or building a detailed behavioural profile for advertising. The phrase hides which one.',
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
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “to enhance your experience” does not say what is done with the data.',
    explanation:
      'A better experience is a goal, not a processing purpose. The phrase can justify almost any collection.',
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
    severity: 'warning',
    message: 'Open purpose: “as described in this policy” points elsewhere instead of stating the purpose.',
    explanation:
      'A cross-reference is only useful if the place it points to is specific. Often the policy never ties each use of data to a stated purpose, so the reference goes in a circle.',
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
    severity: 'warning',
    message: 'Open purpose: “the purposes described above” does not say which purpose applies here.',
    explanation:
      'Referring to a whole list of purposes at once hides which purpose applies to this particular data or recipient.',
    question: 'Which of the listed purposes apply to this particular processing?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'research-and-development',
    patterns: ['research and development', 'research purpose(s|)', '(internal|market|product) research'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “research and development” does not say what research is done.',
    explanation:
      'Research can mean anything from usage statistics to developing new products or AI models. The scope of the research and the data it uses are left open.',
    question: 'What research or development uses my data, which data does it use, and are the results shared?',
    legalHook: GDPR_ART_13_1_C,
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
    severity: 'warning',
    message: 'Open purpose: “developing new products” allows uses that do not exist yet.',
    explanation:
      'A purpose for products that do not yet exist cannot be specific. You cannot judge a use of your data that has not been defined.',
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
    severity: 'warning',
    message: 'Open purpose: “training our models” does not say which models or which data.',
    explanation:
      'Training AI models on personal data can be hard to reverse. The policy should say which models, which data, whether outputs can reveal your data, and how to object.',
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
    explanation:
      'Analytics ranges from counting page views to detailed behavioural profiling. The phrase does not say which.',
    question: 'What do you analyse about me, with which data, and is the analysis used to profile me?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'marketing-purposes',
    patterns: ['(marketing|promotional|advertising) purpose(s|)', 'marketing and promotional purpose(s|)', '(improve|target|better target|tailor|optimise|optimize) our marketing', 'marketing and sales'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “marketing purposes” does not say what marketing is done with the data.',
    explanation:
      'Marketing can mean an occasional newsletter or targeted advertising across other sites. The channel, the data used and any profiling are left open.',
    question: 'Which marketing uses my data (email, targeted ads, profiling), and how do I object to each?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'operational-purposes',
    patterns: [
      '(operational|administrative) purpose(s|)',
      '(operate|operating|run|running|manage|managing) (our|the) business',
      'our own internal functions',
      'internal functions',
      'administrative (reasons|needs|functions|tasks)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “operating our business” does not say which processing takes place.',
    explanation:
      'Operating a business covers every activity of the company, so the phrase sets no real limit on processing.',
    question: 'Which business operations, concretely, use my data, and which data does each use?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'support-operations',
    patterns: [
      '(support|supporting) (our|the) (business|operations|business operations)',
      'business operations',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “to support our business operations” does not say what the data are used for.',
    explanation:
      'Supporting operations is a description of the company, not of the processing. The data could be used for almost anything under it.',
    question: 'Which operations use my data, and for which specific tasks?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'provide-services',
    patterns: [
      '(provide|providing|deliver|delivering) (our|the) (service|services)',
      'provision of (our|the) (service|services)',
    ],
    category: 'open-purposes',
    severity: 'information',
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
    explanation:
      'Security is a legitimate purpose, but it is also often used to justify broad monitoring and long retention. The policy should say which data and which measures.',
    question: 'Which security measures use my data, which data do they use, and for how long is it kept for this purpose?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'any-purpose',
    patterns: [
      'any purpose(s|)',
      'any (lawful|legal|legitimate|other) purpose(s|)',
      'all purposes',
      'whatever purpose(s|)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “any purpose” removes any limit on use.',
    explanation:
      'Allowing use for any purpose is the opposite of a specified purpose. It lets the company do anything with the data.',
    question: 'Which specific purposes do you actually use my data for?',
    legalHook: GDPR_ART_5_1_B,
  },
  {
    id: 'lawful-purposes',
    patterns: ['(lawful|legitimate|permissible) purpose(s|)'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “legitimate purposes” describes the purpose as lawful without saying what it is.',
    explanation:
      'Saying a purpose is lawful does not say what it is. Lawfulness is the minimum, not a description.',
    question: 'What are these purposes, listed one by one, and what legal basis applies to each?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'own-purposes',
    patterns: ['(our|its|their) own purpose(s|)', 'for (our|its|their) own (use|uses|benefit)'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “their own purposes” lets recipients use the data as they wish.',
    explanation:
      'When a recipient may use data for its own purposes, it becomes a separate controller with purposes that this policy does not describe.',
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
      'understand our audience',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “to better understand you” does not say what is learned about you.',
    explanation:
      'Understanding users is usually a polite way of describing analysis and profiling. The phrase does not say what is inferred or how it is used.',
    question: 'What do you infer about me to “understand” me, and what do you use those inferences for?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'relevant-content',
    patterns: [
      'relevant (content|ads|advertising|advertisements|offers|products|recommendations)',
      'tailored (content|ads|advertising|advertisements|offers|recommendations)',
      '(interest based|personalised|personalized|targeted) (ads|advertising|advertisements)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “relevant ads” is a euphemism for profiling that is not described.',
    explanation:
      'Showing “relevant” content requires a profile of your interests. The policy should say what goes into the profile and who else sees it.',
    question: 'What profile of me is used to choose content or ads, which data feed it, and how do I switch it off?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'of-interest-to-you',
    patterns: [
      '(offers|products|services|content|information) (that|which) (may|might) (interest you|be of interest)',
      'of interest to you',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “offers that may interest you” does not say what is sent or how it is chosen.',
    explanation:
      'The phrase hides both the marketing and the profiling needed to guess what interests you.',
    question: 'What marketing do you send me, how do you decide what interests me, and how do I stop it?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'commercial-purposes',
    patterns: ['commercial purpose(s|)', '(business|commercial) (reason|reasons|need|needs)'],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “commercial purposes” does not say what the data are used for.',
    explanation:
      'A commercial purpose is any purpose that earns the company money, including selling or licensing the data. The phrase needs to be broken down.',
    question: 'Which commercial purposes, concretely, is my data used for, and is it sold or licensed?',
    legalHook: GDPR_ART_5_1_B,
  },
  {
    id: 'in-connection-with',
    patterns: [
      'in connection with (our|the) (service|services|business|operations|products)',
      'in relation to (our|the) (service|services|business)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “in connection with our services” is a link, not a purpose.',
    explanation:
      'Any use that has some connection to the business fits this wording. It does not say what is done with the data.',
    question: 'What specific processing takes place “in connection with” the services, and for which purpose?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'other-reasons',
    patterns: ['other reason(s|)', 'for (a|any) reason', 'for any other reason'],
    category: 'open-purposes',
    severity: 'warning',
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
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “corporate transactions” allows disclosure in deals that are not described.',
    explanation:
      'Corporate transaction clauses allow your data to change hands with the business. They rarely say whether you will be told, or whether the new owner is bound by this policy.',
    question: 'If the business is sold or merged, will you notify me before my data is transferred, and will the new owner be bound by this policy?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'disclosed-at-collection',
    patterns: [
      '(purposes|as) disclosed (to you|at the time of collection|at collection|when we collect)',
      'otherwise disclosed to you',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “as disclosed at collection” refers to a notice the reader may never have seen.',
    explanation:
      'A purpose “disclosed at collection” is not stated in the policy itself. It points to screens and forms that the reader usually cannot check later.',
    question: 'Which purposes were disclosed when my data were collected, and where can I read that notice now?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'quality-purposes',
    patterns: [
      'quality (assurance|control|improvement) purpose(s|)',
      'quality and training purpose(s|)',
      'training and quality purpose(s|)',
      'quality purpose(s|)',
    ],
    category: 'open-purposes',
    severity: 'warning',
    message: 'Open purpose: “quality purposes” does not say what is reviewed, by whom, or for how long.',
    explanation:
      'Quality and training purposes often justify recording calls or chats. The policy should say what is recorded, who reviews it and how long it is kept.',
    question: 'What is recorded or reviewed for quality purposes, who listens or reads it, and how long is it kept?',
    legalHook: GDPR_ART_13_1_C,
  },
];
