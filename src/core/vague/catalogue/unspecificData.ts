// Unspecific data: wording that refers to data without saying which data.
import type { Rule } from '../ruleSchema';
import { CCPA_1798_100_A_1, GDPR_ART_14_1_D, GDPR_ART_14_2_F, GDPR_ART_5_1_C } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'information-about-you',
    patterns: ['(information|data|details) (about|concerning|regarding|on) you', '(information|data) (relating|related|pertaining) to you'],
    category: 'unspecific-data',
    // Hint: 7/12 judged findings true (58%) as information on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Unspecific data: “information about you” does not say which data.',
    explanation: 'Almost any data can be “about you”. The phrase should be replaced by a list of the categories of data concerned.',
    question: 'Which categories of data about me do you hold, listed one by one?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'other-information',
    patterns: [
      'other (information|data|details|personal information|personal data|metadata)',
      'such other (information|data|details)',
      'other (communication|communications|profile|account) data',
      'information about usage',
    ],
    // Measured on real policies: "any other information you decide to provide in your message" is
    // what the user chooses to write, not data the company keeps to itself ("optional information"
    // likewise: 0 of 3 judged true, dropped from the patterns).
    notFollowedBy: '^\\s+(?:that\\s+)?you\\s+(?:decide\\s+to\\s+|choose\\s+to\\s+|may\\s+)?(?:provide|give|send|include|enter|share)\\b',
    category: 'unspecific-data',
    // Hint: 11/20 judged findings true (55%) as information on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Unspecific data: “other information” does not say which data.',
    explanation: 'After a list of data, “other information” adds everything that was not listed.',
    question: 'Which other information exactly? Please list it.',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'other-data-of-a-kind',
    // A list of data closed by a kind instead of items ("unique device identifiers and other diagnostic data",
    // "or other identifying information", "and other such information"; #12). Bare "other information" stays
    // with other-information; the kind word and the "and"/"or" that ends a list carry the context here.
    patterns: ['(and|or) other (diagnostic|technical|usage|device|log|traffic|identifying|such|similar|communication|browsing|analytics|tracking) (data|information)'],
    category: 'unspecific-data',
    // Hint: 7 judged findings of its own (7 true, batch-24b), fewer than 10, so it takes its category's tier:
    // unspecific-data 59% (103/176) with the phrases hidden alone counted (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “and other diagnostic data” ends a list of data without saying what else is collected.',
    explanation: 'After a few named items, “other diagnostic data” or “other such information” adds everything else of that kind. The reader cannot tell where the list stops.',
    question: 'Which other data of this kind do you collect? Please list them.',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'any-information',
    patterns: ['any (information|data|details|content|personal information|personal data)', 'any and all (information|data|content|personal information|personal data)'],
    category: 'unspecific-data',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/8 judged true); a setting turns it on.
    severity: 'off',
    message: 'Unspecific data: “any information” sets no limit on the data concerned.',
    explanation: 'Referring to any data at all is the opposite of limiting data to what is needed for a purpose.',
    question: 'Which data do you actually collect or use here, and why is each item needed?',
    legalHook: GDPR_ART_5_1_C,
  },
  {
    id: 'data-we-collect',
    patterns: ['(data|information|personal data|personal information) (we|that we|which we) (collect|receive|obtain|hold|process|gather)'],
    category: 'unspecific-data',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/8 judged true); a setting turns it on.
    severity: 'off',
    message: 'Unspecific data: “the data we collect” refers to data without naming it.',
    explanation: 'Referring to “the data we collect” is only meaningful if the categories are listed somewhere and the reference is clear. Often it covers everything.',
    question: 'Which categories of data does this sentence refer to?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'certain-information',
    patterns: [
      // Not "limited information" or "basic information": on the development set the list of what is collected follows
      // (3 of 3 judged not vague, one settled in adjudicated.jsonl); "limited personal information" and "basic profile information" stay.
      '(certain|some|various) (information|data|details)',
      '(certain|some|various|limited) personal (information|data)',
      '(certain|some|various) (profile|account|user|usage|technical|device) (information|data)',
      'certain user personal information',
      // "We may ask you to provide us with certain personally identifiable information" (a generated template, #12).
      '(certain|some|various) personally identifiable (information|data)',
      // "automatically collect certain types of usage information", "Some payment information may be related to
      // your account" (#12): the same unnamed subset, of a named domain.
      '(certain|some|various) (types|kinds) of (usage|technical|device|log) (information|data)',
      '(certain|some|various) (payment|billing|transaction) (information|data|details)',
      'basic (profile|account) information',
      // "Fleet may share limited user data with trusted service providers"; bare "limited information" stays out (above).
      'limited (user|usage|sampled|account|technical) (data|information)',
    ],
    category: 'unspecific-data',
    // Hint: 26/43 (60%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'hint',
    message: 'Unspecific data: “certain information” does not say which data.',
    explanation: 'The words suggest a specific set of data, but the set is not given.',
    question: 'Which information exactly? Please list it.',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'additional-information',
    patterns: ['(additional|further|supplemental|supplementary|extra) (information|data|details)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (6 findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “additional information” does not say which data are collected.',
    explanation: 'Collecting “additional” data extends the list of data without saying what is added.',
    question: 'Which additional data do you collect, and when?',
    legalHook: CCPA_1798_100_A_1,
    notPrecededBy: '\\bfor\\s+$',
    // Also a pointer to more of the policy ("Further details can be found under no. 4 and 5"): not data about the user.
    notFollowedBy:
      '^\\s*(?:[,:.]|about\\s+(?:this|these|our|how|the)\\b|on\\s+(?:this|these|our|how|the)\\b)|^\\s+(?:(?:can|may|will)\\s+be\\s+found|(?:is|are)\\s+(?:available|given|set\\s+out|described)\\s+(?:in|under|at|below))\\b',
  },
  {
    id: 'information-you-provide',
    patterns: ['(information|data|content) (you|that you) (provide|give|submit|share|upload|post|send|make available)', '(information|data) provided by you'],
    category: 'unspecific-data',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/7 judged true); a setting turns it on.
    severity: 'off',
    message: 'Unspecific data: “information you provide” names a source, not the data.',
    explanation: 'What you provide can range from an email address to documents and messages. The categories should be listed.',
    question: 'Which categories of the information I provide do you keep and use, and for what?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'received-from-others',
    patterns: ['(information|data) (we receive|we obtain|received|obtained|collected) from (third parties|others|partners|our partners|third party sources)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “information we receive from third parties” does not say which data.',
    explanation: 'Data obtained from others is data you did not give. You need to know which categories are involved.',
    question: 'Which categories of data about me do you receive from others, and from whom?',
    legalHook: GDPR_ART_14_1_D,
  },
  {
    id: 'other-sources',
    patterns: [
      'other sources',
      '(various|multiple|different|external|third party|commercially available|outside) sources',
      // Sources named and then left open ("LinkedIn, GitHub or other public social media profiles", #12).
      'other (public social media|social media|social network|social networking|online) (profile|profiles|account|accounts)',
    ],
    category: 'unspecific-data',
    // Warning: 9/10 (90%) judged findings true on the 60 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Unspecific data: “other sources” does not say where the data come from.',
    explanation: 'Data from unnamed sources cannot be traced or corrected at the source.',
    question: 'From which sources, by name, do you obtain data about me, and which data from each?',
    legalHook: GDPR_ART_14_2_F,
  },
  {
    id: 'publicly-available-information',
    patterns: ['publicly (available|accessible) (information|data|sources)', 'public (sources|records)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “publicly available information” does not say which data or which sources.',
    explanation: 'Public availability does not remove data protection. The policy should say which sources and which data.',
    question: 'Which public sources do you collect data about me from, and which data?',
    legalHook: GDPR_ART_14_2_F,
    // "When you feature a post on your profile, that is also publicly available information": the user's data made public, not data taken from public sources (#12, wrong match).
    notPrecededBy: '\\b(?:is|are|becomes?|be)\\s+(?:also\\s+|then\\s+)?$',
  },
  {
    id: 'similar-technologies',
    patterns: [
      'similar technolog(y|ies)',
      '(and|or) similar technolog(y|ies)',
      '(similar|other|related) tracking (tool|tools|technology|technologies|mechanism|mechanisms)',
      'tracking technolog(y|ies)',
      'related technolog(y|ies)',
      'other technolog(y|ies)',
      'other tools',
    ],
    category: 'unspecific-data',
    // Hint: 24/41 (59%) judged findings true on the 60 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'hint',
    message: 'Unspecific data: “similar technologies” does not say which trackers are used.',
    explanation: 'Pixels, SDKs, fingerprinting and local storage all count as “similar technologies”. Each collects different data.',
    question: 'Which tracking technologies exactly do you use, from which providers, and what does each collect?',
  },
  {
    id: 'related-information',
    // Not "metadata" alone: a named kind of data ("the metadata cache", "metadata contained in the package"),
    // judged specific in 8 of 9 findings on the development set; "other metadata" is other-information's.
    patterns: ['(related|associated|relevant|ancillary|linked) (information|data)'],
    category: 'unspecific-data',
    // "the relevant data controller" is a role, not data.
    notFollowedBy: '^\\s+(?:controller|processor|protection)',
    // "privacy-related information", "tax-related data": a compound that names the topic of the information.
    notPrecededBy: '\\p{L}-$',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “related information” does not say which data.',
    explanation: 'Data that are merely related or associated can be almost anything.',
    question: 'Which related data exactly? Please list them.',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'inferences',
    patterns: [
      'inference(s|)',
      'inferred (information|data|interests|characteristics|preferences)',
      '(enrich|enriches|enriching) (data|your data|information|the data|profiles|your profile)',
      '(information|data) we (infer|derive)',
      'derived (information|data)',
    ],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “inferences” does not say what is inferred about you.',
    explanation: 'Inferences can reveal sensitive traits you never disclosed. The policy should say what is inferred.',
    question: 'What do you infer about me, from which data, and what do you use the inferences for?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'aggregated-data',
    patterns: ['aggregate(d|) (information|data|statistics)', '(in|on an) (aggregate|aggregated) (form|basis)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “aggregated data” does not say how it is aggregated or who receives it.',
    explanation: 'Aggregation can be strong or weak. Small groups and detailed aggregates can still identify people.',
    question: 'How is the data aggregated, how large are the groups, and who receives the aggregated data?',
  },
  {
    id: 'de-identified-data',
    patterns: ['(de identified|deidentified|anonymised|anonymized|pseudonymised|pseudonymized|anonymous) (information|data)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “de-identified data” does not say how it was de-identified.',
    explanation: 'Pseudonymised data is still personal data, and “anonymised” data is often re-identifiable. The method matters.',
    question: 'Which method do you use to de-identify or anonymise my data, and who receives the result?',
  },
  {
    id: 'non-personal-data',
    patterns: ['(non personal|nonpersonal|non identifying|non identifiable|non personally identifiable) (information|data)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “non-personal information” is a claim, not a description of the data.',
    explanation: 'Device identifiers, IP addresses and usage data are often labelled non-personal although they can identify a person. The categories should be named.',
    question: 'Which data do you treat as non-personal, and how do you make sure it cannot be linked to me?',
  },
  {
    id: 'profiles',
    patterns: ['(build|create|develop|building|creating|developing|maintain) (a profile|profiles|user profiles)', '(interest|user|customer|behavioural|behavioral|marketing|advertising) profile(s|)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “profiles” does not say what the profile contains.',
    explanation: 'A profile combines data into a picture of you. The policy should say what goes into it and what it is used for.',
    question: 'What does my profile contain, which data feed it, and can I see it?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'identifiers',
    // Not "unique identifier": on the development set it names one technical value (0 of 2 judged true).
    patterns: ['(online|device|other|persistent|advertising) identifier(s|)', '(device|advertising) (id|ids)'],
    category: 'unspecific-data',
    // Off by default: 0 of 7 judged findings true on the development set, and 0 of 10 where another vague phrase
    // raised it to information ("device identifier (such as the Google Advertising ID …)" names the identifier;
    // 2026-12-07, bench:quality --propose and --company); a setting turns it on.
    severity: 'off',
    message: 'Unspecific data: “unique identifiers” does not say which identifiers.',
    explanation: 'Identifiers range from a session cookie to a persistent advertising ID shared across apps.',
    question: 'Which identifiers exactly do you collect, and are any of them shared with others?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'usage-data',
    patterns: ['(usage|technical|log|logging|device|diagnostic|performance) (data|information)', '(activity|interaction|behavioural|behavioral) (data|information)'],
    category: 'unspecific-data',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 1/10 judged true); a setting turns it on.
    severity: 'off',
    message: 'Unspecific data: “usage data” does not say which data.',
    explanation: 'Usage or technical data can include precise identifiers, location and every action in the app.',
    question: 'Which usage or technical data exactly do you collect, and how detailed is it?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'automatically-collected',
    patterns: [
      '(information|data) (collected|gathered|obtained|recorded) automatically',
      'automatically (collected|gathered|recorded) (information|data)',
      '(collect|collects|collected) automatically',
    ],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “information collected automatically” does not say which data.',
    explanation: 'Automatic collection happens without you noticing. You need to know exactly what is captured.',
    question: 'Which data exactly are collected automatically, and with which technologies?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'information-about-your-use',
    patterns: [
      '(information|data) about your (use|usage|interactions|activity|activities|visits|browsing)',
      '(information|data) about how you (use|interact|access)',
      // The same scope with another preposition ("usage information regarding your interactions with it"; a miss on the development set, #12).
      '(information|data) (regarding|concerning|relating to|related to) your (use|usage|interactions|activity|activities|visits|browsing)',
      '(information|data) (regarding|concerning|relating to|related to) how you (use|interact|access)',
      // Started at "usage", so the off rule usage-data's shorter "usage information" does not hide it.
      '(usage|activity) (information|data) (about|regarding|concerning|relating to|related to) your (use|usage|interactions|activity|activities|visits|browsing)',
    ],
    category: 'unspecific-data',
    // Off: 5/12 (42%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'off',
    message: 'Unspecific data: “information about your use” does not say which data.',
    explanation: 'Information about your use can mean anything from login times to every click and keystroke.',
    question: 'Which data about my use exactly do you record, and at what level of detail?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'online-activity',
    patterns: [
      '(online|internet|browsing|network|electronic network) activit(y|ies)',
      '(browsing|search) (history|behaviour|behavior)',
      '(record|records|recording|track|tracks|tracking|monitor|monitors|monitoring|log|logs|logging) your (activity|activities|behaviour|behavior)',
      // "information relating to the actions that you perform", "activity under your profile": which
      // actions are recorded is left open (#12).
      '(information|data) (relating to|related to|about|on) the actions (that you|you) (perform|take)',
      'activity (under|in|on) your (profile|account)',
      // "the pages you visit, the links you click, and other actions you take on the Site": the list of
      // tracked actions is left open (#12; 2 of 2 on the development set marked, common in generated policies).
      'other actions (you|that you) (take|perform) (on|in|within|through|when using|while using)',
      // Activity followed beyond the service (#12): "information about your use of the Services and other
      // websites and applications", "on our Services or other websites or platforms", "information collected
      // across different websites, online services, and other devices" (advertising-network templates).
      'other (websites|web sites|sites) (and|or) (applications|apps|platforms|online services|mobile applications)',
      'across (different|other|multiple) (websites|web sites|sites|online services|apps|applications|devices)',
    ],
    // Not a link disclaimer: "you are able to link to other websites and applications which are not under our control".
    notPrecededBy: '\\b(?:links?|linked|linking)\\s+(?:to\\s+)?$',
    category: 'unspecific-data',
    // Information: 7 of 10 judged findings true (70%) on the 38 development policies
    // (2026-12-07, bench:quality --propose: a rule with 10 or more judged findings takes its own tier).
    severity: 'information',
    message: 'Unspecific data: “online activity” does not say what is tracked, or where.',
    explanation: 'Online activity may include activity on other websites and apps, tracked across services.',
    question: 'Which of my online activities do you record, on which sites or apps, and through which tools?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'data-points',
    patterns: ['data (point|points|element|elements)', '(piece|pieces|bit|bits|item|items) of (information|data|personal information|personal data)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “data points” does not say which data.',
    explanation: 'Counting data in points or pieces hides what they are.',
    question: 'Which data points exactly? Please list them.',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'information-necessary',
    patterns: ['(information|data|personal data|personal information) (necessary|needed|required|reasonably necessary) (to|for)'],
    category: 'unspecific-data',
    // Off by default (npm run bench:quality: 0 of 3 judged true on the development set, category 23%): the purpose that
    // follows ("the data required to perform a rapid test") usually says which data; a setting turns it on.
    severity: 'off',
    message: 'Unspecific data: “the information necessary to” does not say which data.',
    explanation: 'What is necessary is decided by the company. The data should be listed for each purpose.',
    question: 'Which data exactly do you consider necessary for this purpose?',
    legalHook: GDPR_ART_5_1_C,
  },
  {
    id: 'identifying-information',
    patterns: ['(information|data) that (identifies|could identify|can identify|may identify) you', '(information|data) that (can|could) be used to identify you', 'identifying information'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “information that identifies you” does not say which data.',
    explanation: 'Many kinds of data can identify a person. The categories should be named.',
    question: 'Which identifying data exactly do you collect?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'demographic-data',
    patterns: ['demographic (information|data|details|characteristics|attributes)'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (5 findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “demographic information” does not say which characteristics.',
    explanation: 'Demographics can include age and gender but also sensitive traits such as ethnicity.',
    question: 'Which demographic characteristics exactly do you collect or infer about me?',
    legalHook: CCPA_1798_100_A_1,
  },
  {
    id: 'location-data',
    patterns: ['(location|geolocation|geographic|geographical) (information|data)', '(approximate|general|precise) location'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “location information” does not say how precise it is or how often it is collected.',
    explanation: 'Location can mean a country from an IP address or a continuous GPS trace. The difference is large.',
    question: 'How precise is the location data you collect, how often, and is it collected in the background?',
    legalHook: CCPA_1798_100_A_1,
    // "approximate location based on IP address", "general location information such as city, state or geographic area": the precision is said (#12).
    notFollowedBy:
      '^\\s*(?:information\\s+)?(?:\\(?(?:based\\s+on|derived\\s+from|inferred\\s+from|from)\\s+(?:your\\s+|the\\s+)?IP\\b|,?\\s*such\\s+as\\s+(?:your\\s+)?(?:city|country|state|region|town|post\\s?code|zip\\s+code))',
  },
  {
    id: 'sort-of-information',
    patterns: ['of the (sort|sorts|kind|kinds|type|types) (that|which) (web browsers|browsers|devices|servers|apps|applications)', 'typically make available', 'interaction signals'],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “information of the sort that browsers make available” describes data by its kind, not by what it is.',
    explanation: 'A description by kind (“the sort of information browsers typically make available”) leaves the list to the reader’s guess. Browsers and devices can make a great deal available.',
    question: 'Which data exactly do you collect from my browser or device? Please list them.',
    legalHook: GDPR_ART_5_1_C,
  },
  {
    id: 'collected-technical-data',
    patterns: [
      // Collecting data named only by its domain ("may also collect system information"); the bare
      // nouns (usage-data) are off by default, so only the act of collecting them is flagged.
      '(collect|collects|collecting|collected|gather|gathers|gathering|record|records|recording|log|logs|logging) (system|technical|usage|device|diagnostic) (information|data)',
      // Starts at the modal so it wins over may-collect, which would otherwise take the overlap.
      '(may|may also|might|can|will|will also) (collect|gather|record|log) (system|technical|usage|device|diagnostic) (information|data)',
      'technical information about your (device|computer|browser)',
      'usage analytics',
    ],
    category: 'unspecific-data',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: unspecific-data 64% (78/121) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unspecific data: “collect system information” does not say which data are collected.',
    explanation: '“System”, “technical” or “usage” information can mean a version number or a detailed record of everything you do. The categories should be listed.',
    question: 'Which system, technical or usage data exactly do you collect, and how long do you keep them?',
    legalHook: GDPR_ART_5_1_C,
  },
];
