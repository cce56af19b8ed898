// Open lists and generalisation: wording that turns a list into a set of examples, or widens a
// statement beyond what it names.
import type { Rule } from '../ruleSchema';
import { GDPR_ART_12_1 } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'such-as',
    patterns: ['such as', 'such things as', 'things like'],
    category: 'open-lists',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 1/11 judged true); a setting turns it on.
    severity: 'off',
    message: 'Open list: “such as” gives examples instead of the full list.',
    explanation: 'Examples show what is included but not what else is. The reader cannot tell how far the list goes.',
    question: 'What is the complete list, not just the examples?',
  },
  {
    id: 'including-but-not-limited-to',
    patterns: ['including but not limited to', 'including without limitation', 'including but without limitation', 'including and not limited to'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “including but not limited to” says outright that the list is incomplete.',
    explanation: 'This formula turns any list into examples. Whatever follows, the company keeps the right to include more.',
    question: 'What else is included beyond the items listed? Please give the complete list.',
    legalHook: GDPR_ART_12_1,
  },
  {
    id: 'not-limited-to',
    patterns: ['(is|are|be|was|were) not limited to', 'but not limited to', '(is|are) not restricted to', 'without limitation', 'without being limited to'],
    category: 'open-lists',
    // Warning (npm run bench:quality --set en, 2026-12-06: 1 of 1 judged true, 3 of 3 findings on marked phrases; was information): the reader marked what it flags as vague, so a squiggle that is right.
    // Information: 7/10 judged findings true (70%) as a warning on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'information',
    message: 'Open list: “not limited to” leaves the list open.',
    explanation: 'A list that is expressly not limited gives the reader no boundary.',
    question: 'What is the complete list?',
    legalHook: GDPR_ART_12_1,
  },
  {
    id: 'including',
    patterns: ['including'],
    category: 'open-lists',
    // Off by default (npm run bench:quality: 0 of 10 judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Open list: “including” may introduce only part of the list.',
    explanation: '“Including” usually introduces examples. Check whether the items named are all there is.',
    question: 'Is this the complete list, or are there other items?',
  },
  {
    id: 'may-include',
    patterns: ['(may|can|might|could) include', '(may|can|might|could) also include', '(typically|generally|usually|often) include(s|)'],
    category: 'open-lists',
    // Hint: 24/36 (67%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'hint',
    message: 'Open list: “may include” lists possibilities, not what is actually included.',
    explanation: 'A list of what “may” be included neither confirms that the items are included nor excludes other items.',
    question: 'Which of these items are actually included in my case, and is anything else included?',
  },
  {
    id: 'etc',
    patterns: ['etc.', 'etc', 'et cetera', 'etcetera'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “etc.” leaves the rest of the list to the reader’s imagination.',
    explanation: '“Etc.” means “and other things”. It is the shortest way to leave a list open.',
    question: 'What does “etc.” stand for here? Please list the remaining items.',
    legalHook: GDPR_ART_12_1,
  },
  {
    id: 'and-so-on',
    patterns: ['and so (on|forth)', 'and the like', 'or the like'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “and so on” leaves the list open.',
    explanation: 'Phrases like “and so on” end a list without closing it.',
    question: 'What else does this list contain?',
    legalHook: GDPR_ART_12_1,
  },
  {
    id: 'and-similar',
    patterns: ['(and|or) similar', '(and|or) comparable', 'and suchlike'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “and similar” extends the list to anything the company considers similar.',
    explanation: 'Similarity is a judgement made by the company. The reader cannot tell what else is covered.',
    question: 'Which other items do you consider similar? Please name them.',
  },
  {
    id: 'and-or',
    patterns: ['and/or'],
    category: 'open-lists',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/7 judged true); a setting turns it on.
    severity: 'off',
    message: 'Open list: “and/or” does not say which combination applies.',
    explanation: '“And/or” covers one, the other or both. The reader cannot tell which actually happens.',
    question: 'Which applies in practice: the first, the second, or both?',
  },
  {
    id: 'among-other-things',
    patterns: ['(among|amongst) other things', '(among|amongst) others', 'inter alia'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (5 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “among other things” says that unnamed items exist.',
    explanation: 'The phrase admits that the list is incomplete without saying what is missing.',
    question: 'What are the other things? Please give the complete list.',
    legalHook: GDPR_ART_12_1,
  },
  {
    id: 'for-example',
    patterns: ['for (example|instance)', 'e.g.', 'by way of example'],
    category: 'open-lists',
    // Off by default (npm run bench:quality: 1 of 15 judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Open list: “for example” gives examples instead of the full list.',
    explanation: 'Examples help understanding, but a privacy policy must say what actually happens, not only illustrate it.',
    question: 'Besides these examples, what else does this cover?',
  },
  {
    id: 'and-others',
    patterns: ['(and|or) others'],
    category: 'open-lists',
    // Off by default (npm run bench:quality: hint-level rules as a group: 4% judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Open list: “and others” adds unnamed items to the list.',
    explanation: 'Ending a list with “and others” includes items that are not named.',
    question: 'Which others are meant here?',
  },
  {
    id: 'such-other',
    patterns: ['such other', 'such further'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “such other” adds unnamed items at the company’s choice.',
    explanation: '“Such other” items are whatever the company later decides to include.',
    question: 'Which other items are meant, and who decides?',
  },
  {
    id: 'other-types-of',
    patterns: ['other (type|types|kind|kinds|form|forms|category|categories) of'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “other types of” refers to categories that are not named.',
    explanation: 'Naming some types and then referring to “other types” leaves the list open.',
    question: 'Which other types are meant? Please name them.',
  },
  {
    id: 'in-particular',
    patterns: ['in particular', 'notably', 'especially', 'particularly'],
    category: 'open-lists',
    // Off by default (npm run bench:quality: 0 of 5 judged true on the development set); a setting turns it on.
    severity: 'off',
    message: 'Open list: “in particular” highlights some items and leaves the rest unnamed.',
    explanation: 'Emphasising some items implies that others exist. The policy should list all of them.',
    question: 'Besides the items named, what else is covered?',
  },
  {
    id: 'any-of-the-following',
    patterns: ['(any|some|one or more|all or some|any combination) of the following', '(any|some|all) of the above'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “any of the following” does not say which items apply.',
    explanation: 'Offering a menu of items without saying which apply in practice leaves the reader to assume the worst.',
    question: 'Which of the listed items actually apply to my data?',
  },
  {
    id: 'any-combination',
    patterns: ['any combination (thereof|of these|of them)', '(and|or) combinations thereof'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “any combination thereof” multiplies the cases without describing them.',
    explanation: 'Allowing any combination makes the possible processing far larger than the list suggests.',
    question: 'Which combinations actually occur with my data?',
  },
  {
    id: 'or-otherwise',
    patterns: ['(or|and) otherwise'],
    category: 'open-lists',
    // Off: 4/12 (33%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'off',
    message: 'Open list: “or otherwise” extends the sentence to anything else.',
    explanation: '“Share or otherwise disclose” or “use or otherwise process” covers every form of the activity, named or not.',
    question: 'What else does “otherwise” cover here?',
  },
  {
    id: 'other-means',
    patterns: [
      '(other|any other) (means|method|methods|channel|channels)',
      'other (way|ways)',
      '(take|use|apply|implement) other (measures|steps|safeguards|tools|mechanisms)',
      // Safeguards named and then left open ("encryption and other safeguards", #12).
      '(and|or) other (safeguards|security measures|protective measures|protections|security controls)',
    ],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “other means” does not say how the data are collected or shared.',
    explanation: 'Naming some channels and adding “other means” leaves the rest unknown.',
    question: 'Which other means or channels are used?',
  },
  {
    id: 'other-unlawful-activity',
    // "to prevent fraud or other crime", "to investigate fraud or other unlawful activity" (misses on the
    // development set, #12): one named wrong, then an open class of suspicions that justify the processing.
    patterns: ['(or|and) other (crime|crimes|criminal activity|criminal activities|illegal activity|illegal activities|unlawful activity|unlawful activities|wrongdoing|misconduct)'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “or other unlawful activity” does not say which suspicions lead to processing or disclosure.',
    explanation: 'Naming fraud and adding “other crime” leaves open which suspected activities justify monitoring your data or passing it on, and who decides that they are suspected.',
    question: 'Which activities, besides the one named, lead you to process or disclose my data, and on what evidence?',
  },
  {
    id: 'in-any-manner',
    patterns: ['in any (form|format|manner|way|medium)', '(by|through) any (means|medium|channel)'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “in any manner” removes every limit on how data are handled.',
    explanation: 'A permission “in any manner” is a generalisation without limits.',
    question: 'In which forms and through which channels do you actually handle my data?',
  },
  {
    id: 'directly-or-indirectly',
    patterns: ['directly or indirectly', 'indirectly'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “directly or indirectly” widens the statement to indirect routes that are not described.',
    explanation: 'Indirect collection or sharing goes through intermediaries the reader is not told about.',
    question: 'Which indirect routes are meant, and through which intermediaries?',
  },
  {
    id: 'online-or-offline',
    patterns: ['online (or|and) offline', 'offline (or|and) online'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “online or offline” covers every context without describing any.',
    explanation: 'The phrase extends collection or use to all contexts, including ones the reader would not expect.',
    question: 'Which offline sources or uses are involved, concretely?',
  },
  {
    id: 'and-more',
    patterns: ['and (more|much more|many more)'],
    // "easier and more secure", "faster and more reliable": a comparative, not the end of a list
    // ("and more personal data" stays an open list).
    notFollowedBy:
      '^\\s+(?:secure(?:ly)?|safe(?:ly)?|easil?y|efficient(?:ly)?|reliabl[ey]|convenient(?:ly)?|transparent(?:ly)?|effective(?:ly)?|accessible|accurate(?:ly)?|quickly|useful|private)\\b(?![ \\t]+(?:data|information|content|details|services?)\\b)',
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “and more” announces items that are not listed.',
    explanation: 'The phrase says the list is incomplete.',
    question: 'What else is included?',
  },
  {
    id: 'non-exhaustive',
    patterns: [
      '(non exhaustive|nonexhaustive)',
      '(is|are) not exhaustive',
      'not an exhaustive list',
      '(this|the|that|these|our) list(s|) (is|are) not (comprehensive|complete)',
      'not a (comprehensive|complete) list',
      'illustrative (purposes|only|examples|list)',
      // "not intended to be exhaustive", "examples of the types of information we collect" (#12).
      'not intended to be (exhaustive|complete|comprehensive)',
      'examples of the (type|types|kind|kinds|categories) of',
    ],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “non-exhaustive” says the list is incomplete.',
    explanation: 'An explicitly non-exhaustive list tells the reader that other items exist, without naming them.',
    question: 'Please give the exhaustive list.',
    legalHook: GDPR_ART_12_1,
  },
  {
    id: 'to-name-a-few',
    patterns: ['to name (a few|but a few|just a few)'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “to name a few” says the list goes on.',
    explanation: 'The phrase admits that only a sample of the items is named.',
    question: 'What is the complete list?',
  },
  {
    id: 'in-whole-or-in-part',
    patterns: ['in whole or in part', 'in whole or part', 'in part or in whole'],
    category: 'open-lists',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: open-lists 67% (49/73) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Open list: “in whole or in part” does not say how much of the data is involved.',
    explanation: 'The phrase covers every possible portion of the data without saying which portion is actually used or shared.',
    question: 'Which part of my data is involved in practice?',
  },
  {
    id: 'broad-data-such-as',
    patterns: [
      // An open list after a broad data noun ("we may ask for personal information such as…"): the
      // examples do not bound what is collected. Narrow nouns ("contact information, such as your
      // email address") are harmless examples and are not here.
      '(personal|technical|operational|technical and operational|usage|sensitive|more sensitive|other) (information|data) such as',
      '(ask for|ask you for|collect|collects|request|obtain|receive) (information|data) such as',
      // What a log or a script carries ("crash logs contain information such as", "submits information such as", #12).
      '(contain|contains|submit|submits|send|sends|transmit|transmits) (information|data) such as',
      // The same after other verbs of handling ("Google Analytics stores information such as what pages you visit", #12).
      '(store|stores|stored|record|records|recorded|log|logs|logged|gather|gathers|gathered|track|tracks|tracked|process|processes|processed|collected|received|obtained) (information|data) such as',
      '(information|data) (related|relating) to (web traffic|your use|your activity) such as',
      '(purpose|purposes) such as',
    ],
    category: 'open-lists',
    // Warning (npm run bench:quality --set en, 2026-12-06: 7 of 8 judged true (the false one negated), 6 on marked phrases; was information): the reader marked what it flags as vague, so a squiggle that is right.
    severity: 'warning',
    message: 'Open list: “personal information such as …” gives examples, not the list of what is collected.',
    explanation: 'Examples after a broad category leave the category open: more than the examples may be collected or used. The policy should give the complete list.',
    question: 'What is the complete list of data (or purposes) covered here?',
    legalHook: GDPR_ART_12_1,
  },
];
