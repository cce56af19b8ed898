// Vague legal bases: wording that invokes the law or an interest without saying which legal basis
// covers which processing.
import type { Rule } from '../ruleSchema';
import { GDPR_ART_13_1_C, GDPR_ART_13_1_D, GDPR_ART_6_1_F, GDPR_ART_6_3 } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'legitimate-interests',
    patterns: ['legitimate interest(s|)'],
    category: 'vague-legal-basis',
    // Information, though its own precision would make it a hint (13/22, 59%, on the 57 development policies, 2026-12-07): the
    // one exception to the per-rule tiers. It is the basis the user can object to, the phrase this extension exists for, and
    // readers split on it (a bare mention in a legal-basis table is judged both ways); a hint is not shown by default.
    severity: 'information',
    message: 'Vague legal basis: “legitimate interests” does not say which interests.',
    explanation: 'Relying on legitimate interests requires naming the interest pursued and weighing it against yours. A bare reference names neither, and it is the basis you can object to.',
    question: 'Which legitimate interest, exactly, do you pursue for each processing purpose, and how did you weigh it against my interests?',
    legalHook: GDPR_ART_13_1_D,
  },
  {
    id: 'legitimate-business-interests',
    patterns: ['legitimate (business|commercial|economic) interest(s|)', '(business|commercial|economic) interest(s|)'],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “legitimate business interests” does not say which interests.',
    explanation: 'A business interest is any interest of the company, including profit. It must be named and balanced against your rights, not just invoked.',
    question: 'Which specific business interest justifies each use of my data, and how did you weigh it against my interests?',
    legalHook: GDPR_ART_13_1_D,
  },
  {
    id: 'legitimate-business-purposes',
    patterns: ['legitimate (business|commercial|operational) purpose(s|)'],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “legitimate business purposes” names neither the purpose nor the legal basis.',
    explanation: 'The phrase borrows the language of a legal basis without stating one, and describes no actual purpose.',
    question: 'Which purposes exactly, and which legal basis applies to each?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'where-permitted-by-law',
    patterns: [
      '(where|when|if|as|to the extent) (permitted|allowed|authorised|authorized) (by|under) (law|applicable law|applicable laws|local law|the law)',
      '(permitted|allowed|authorised|authorized) (by|under) (law|applicable law|applicable laws|local law|the law)',
      '(where|as|when|if) (the law|applicable law|law) (permits|allows)',
    ],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (9 findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “where permitted by law” does not say which law or which legal basis.',
    explanation: 'Permission by law is a condition, not a legal basis. The reader is not told which law, in which country, permits what.',
    question: 'Which law, by name and provision, permits this processing, and which legal basis do you rely on?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'unless-prohibited-by-law',
    patterns: ['(unless|except where|except as|except if) (prohibited|restricted|forbidden) by (law|applicable law|applicable laws)'],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “unless prohibited by law” treats everything not forbidden as allowed.',
    explanation: 'Data protection law works the other way round: processing needs a legal basis. The absence of a prohibition is not one.',
    question: 'Which legal basis do you rely on for this processing, given that the absence of a prohibition is not a legal basis?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'as-required-by-law',
    patterns: [
      '(as|when|where|if|to the extent) (required|mandated) (by|under) (law|applicable law|applicable laws|local law|the law)',
      '(required|mandated) (by|under) (law|applicable law|applicable laws|local law|the law)',
      '(as|where|when|if) (the law|law|applicable law) requires',
      'required to do so (by|under) (law|applicable law)',
      '(legally|lawfully) (required|obliged|obligated|compelled|bound)',
    ],
    category: 'vague-legal-basis',
    // Off by default: 7 of 17 judged findings true (41%) on the 38 development policies
    // (2026-12-07, bench:quality --propose: a rule with 10 or more judged findings takes its own tier).
    severity: 'off',
    message: 'Vague legal basis: “as required by law” does not say which law.',
    explanation: 'A legal obligation can justify processing only if it is laid down in a specific law. The reader is not told which law, or which processing it requires.',
    question: 'Which law, by name and provision, requires this processing, and what exactly does it require?',
    legalHook: GDPR_ART_6_3,
  },
  {
    id: 'legal-obligations',
    patterns: [
      '(legal|regulatory|statutory) (obligation|obligations|requirement|requirements|duty|duties)',
      'legal and regulatory (obligations|requirements)',
      'legal retention periods',
      'legal liability',
    ],
    category: 'vague-legal-basis',
    // Off by default: 16 of 38 judged findings true (42%) on the 51 development policies, and where another vague
    // phrase raised it to information 11 of 34 (32%): "to comply with legal obligations" names the legal-obligation
    // ground, which readers judged specific enough (2026-12-07, bench:quality --propose and --company). Below half
    // either way, so off by default (#12 item 4); a setting turns it on.
    severity: 'off',
    message: 'Vague legal basis: “legal obligations” does not say which obligations.',
    explanation: 'Each legal obligation comes from a specific law. Without it, the reader cannot check whether the obligation exists or what it covers.',
    question: 'Which legal obligations, under which laws, require you to process my data, and which data?',
    legalHook: GDPR_ART_6_3,
  },
  {
    id: 'comply-with-law',
    patterns: ['(comply|complying|compliance) with (applicable law|applicable laws|the law|laws|law|applicable regulations|regulations|legal process|our legal obligations)'],
    category: 'vague-legal-basis',
    // Off by default (npm run bench:quality --set en, 2026-12-07: 0 of 3 judged true at information, after 0 of 2 as a
    // warning): policies name this basis beside the processing it covers ("to comply with our legal obligations, this is
    // mandatory"), and the reader did not find it worth questioning; a setting turns it on.
    severity: 'off',
    message: 'Vague legal basis: “to comply with the law” does not say which law.',
    explanation: 'Compliance with unnamed laws can justify almost anything. The specific laws should be named.',
    question: 'Which laws, by name and provision, do you need my data to comply with?',
    legalHook: GDPR_ART_6_3,
  },
  {
    id: 'lawful-requests',
    patterns: ['(lawful|valid|legitimate|legal|official) request(s|)', 'legal process(es|)', 'government request(s|)'],
    category: 'vague-legal-basis',
    // Off by default: right less than half the time on the development set (npm run bench:quality, 2026-12-04: 0/4 judged true); a setting turns it on.
    severity: 'off',
    message: 'Vague legal basis: “lawful requests” does not say from whom or under which law.',
    explanation: 'Whether a request is lawful depends on the law and the country. The policy should say which requests it honours and whether it checks them.',
    question: 'Which requests, from which authorities and under which laws, do you comply with, and do you publish how many?',
    legalHook: GDPR_ART_6_3,
    notFollowedBy: '^\\s+(?:from|by)\\s+you\\b',
  },
  {
    id: 'protect-our-rights',
    patterns: [
      "(protect|defend|enforce|exercise|establish) (our|its|the company's) (rights|legal rights|interests|property)",
      '(rights|safety) (and|or) property',
      'or those of (third parties|others|our users|other users|the public)',
      // "to protect the rights, property, or safety of Canonical, our customers, or others": a comma ends a match.
      '(protect|defend|enforce) the rights',
      // "to protect ours or others rights, property, or safety" (a common template, #12).
      "(protect|defend|enforce) (ours|our) (or|and) (others|others'|other people's) rights",
      // "Prevent or investigate possible wrongdoing in connection with the Service" (a generated template, #12):
      // which wrongdoing, suspected by whom, is left open.
      '(possible|potential|suspected|alleged) wrongdoing',
    ],
    category: 'vague-legal-basis',
    // Information: 35/42 (83%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'information',
    message: 'Vague legal basis: “to protect our rights” does not say which rights or which processing.',
    explanation: 'Protecting the company’s rights is an interest, not a description. It can justify broad retention and disclosure unless the cases are stated.',
    question: 'Which rights, in which situations, require my data, and which data do you keep for this?',
    legalHook: GDPR_ART_13_1_D,
  },
  {
    id: 'potential-disputes',
    // Not bare "legal claims": the GDPR's own words for the exemption ("the establishment, exercise or defence of legal claims");
    // on the development set 0 of 2 judged true (npm run bench:quality), and the extension's own letters quote it.
    patterns: [
      '(potential|possible|anticipated|threatened|future) (claim|claims|litigation|dispute|disputes|proceedings)',
      // "if we reasonably believe there is a prospect of litigation" (a common retention template, #12).
      'prospect of (litigation|legal proceedings|proceedings|legal action|a claim|claims|a dispute|disputes)',
    ],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “potential claims” can justify keeping data for disputes that may never arise.',
    explanation: 'Retaining data for hypothetical disputes has no natural end. The policy should say which claims and for how long.',
    question: 'Which claims do you keep my data for, and how long does that retention last?',
  },
  {
    id: 'consent-by-use',
    patterns: [
      'by (using|continuing to use|accessing|browsing|visiting) (our|the|this) (service|services|website|site|app|platform)',
      '(implied|deemed|implicit) consent',
      'by (using|accessing|continuing to access|continuing to use) (our|the|this|these) (websites|sites|services|spaces|mailing list service|service|software)',
      'by (using|accessing) any part of (our|the) (websites|sites|services|service)',
      'by (accessing or using|using or accessing|continuing to access or use|continuing to use or access)',
      'continued use of (our|the|this) (service|services|website|websites|site|sites|app|platform)',
      // The same with the service's own name ("Your continued use of arXiv following the posting of changes…
      // will be deemed…", #12); the longer match above wins where both fit.
      'continued use of',
      '(constitute|constitutes|will constitute) (your|its) acceptance',
      '(constitute|constitutes|will constitute) acceptance',
      // The same with other verbs ("your use of the Service indicates your acceptance", #12).
      '(signifies|signify|indicates|indicate|confirms|confirm) (your|its) (acceptance|agreement|consent)',
      'you acknowledge and agree',
      'you (agree|consent) to this (privacy policy|policy|privacy notice|notice)',
      'you (agree|consent) to the terms of this (privacy policy|policy|privacy notice|notice)',
      'by (giving|providing|submitting) us (your|any) (information|personal information|personal data)',
      'by (giving|providing|submitting) (your|any) (information|personal information|personal data)',
    ],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Vague legal basis: “by using our services you consent” treats use as consent.',
    explanation: 'Using a service is not a clear, specific agreement to a particular processing. Consent assumed from use leaves the real legal basis unstated.',
    question: 'Which legal basis do you actually rely on for each processing, and where did I give specific consent?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'contractual-necessity',
    patterns: ['(performance of|to perform|performing|fulfilment of|fulfillment of|to fulfil|to fulfill) (a|the|our|your) contract', 'contractual (necessity|obligations|purposes|reasons)'],
    category: 'vague-legal-basis',
    // Information: 1 of 3 judged findings true as a warning (development set, 2026-12-05): the contract basis is usually named with its contract.
    // Off by default: 1 of 6 true as information (33 policies, 2026-12-07), and none of the 10
    // on three policies new that day ("necessary for the performance of a contract with you, namely
    // our Terms of Service"): naming the basis is what Art. 13(1)(c) asks for.
    severity: 'off',
    message: 'Vague legal basis: “performance of a contract” does not say which processing the contract needs.',
    explanation: 'Only processing that is actually needed to deliver what you signed up for fits this basis. The policy should say which processing that is.',
    question: 'Which processing is strictly necessary to perform my contract, and which relies on another basis?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'unspecified-legal-basis',
    patterns: [
      '(appropriate|applicable|relevant|valid|one or more|any|a) (legal|lawful) bas(is|es)',
      '(legal|lawful) ground(s|)',
      // "the Company will gladly help to clarify the specific legal basis that applies" (a generated template, #12):
      // the basis for each processing is left to a request.
      'clarify the (specific|applicable|relevant) (legal|lawful) bas(is|es)',
    ],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (2 findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “an appropriate legal basis” does not say which one.',
    explanation: 'Saying that a legal basis exists is not the same as stating it. Each processing purpose needs its own stated basis.',
    question: 'Which legal basis applies to each processing purpose?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'basis-depends',
    patterns: [
      '(legal|lawful) bas(is|es) (depends|depend|may vary|varies|vary|will depend)',
      'depending on the (legal|lawful) basis',
      // "we may process your personal data for more than one lawful ground depending on the specific purpose" (#12).
      '(more than one|multiple) (legal|lawful) (basis|bases|ground|grounds)',
    ],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “the legal basis depends” leaves the basis for each case unstated.',
    explanation: 'If the basis depends on the situation, the policy should list the situations and the basis for each.',
    question: 'Which legal basis applies in which situation, for each purpose?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'consent-or-legitimate-interests',
    patterns: ['consent (or|and/or) legitimate interest(s|)', 'legitimate interest(s|) (or|and/or) consent'],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “consent or legitimate interests” does not say which applies.',
    explanation: 'Consent and legitimate interests give you different rights: withdrawal in one case, objection in the other. You need to know which one applies.',
    question: 'For each purpose, do you rely on consent or on legitimate interests, and how do I withdraw or object?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'consent-where-required',
    patterns: ['consent (where|when|if|as) (required|necessary|applicable|appropriate)'],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “with your consent where required” does not say when consent is used.',
    explanation: 'The reader cannot tell which processing relies on consent and which does not, and therefore which processing they can stop by withdrawing consent.',
    question: 'Which processing relies on my consent, and which relies on another legal basis?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'otherwise-permitted',
    patterns: [
      '(as|where|when|unless|except as) otherwise (permitted|required|allowed|authorised|authorized|provided)',
      // "unless we have your consent or are otherwise required or permitted to by law" (#12).
      'otherwise (required|permitted) (or|and) (required|permitted)',
    ],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “as otherwise permitted” refers to permissions that are not stated.',
    explanation: 'An exception for what is “otherwise permitted” points to rules the reader is not shown.',
    question: 'What exactly is otherwise permitted, and by which law or agreement?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'permitted-purposes',
    patterns: ['permitted (purpose|purposes|use|uses)', '(purposes|uses) permitted by (law|applicable law)'],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “permitted purposes” does not say which purposes are permitted, or by what.',
    explanation: 'A purpose described only as permitted is neither named nor tied to a legal basis.',
    question: 'Which purposes exactly, and which legal basis permits each?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'balancing-claim',
    patterns: [
      '(balanced|weighed|balancing|weighing) (our|these|those|such|its) interests',
      "(not|do not|don't|does not|doesn't) override your (interests|rights|fundamental rights)",
      'balancing test',
    ],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “we have balanced our interests” asserts a balancing test without showing it.',
    explanation: 'Legitimate interests only apply if your interests and rights do not override them. A bare claim that the balance was made gives you nothing to check or contest.',
    question: 'Please send me the balancing test for this processing: which interests did you weigh, and why do mine not override them?',
    legalHook: GDPR_ART_6_1_F,
  },
  {
    id: 'applicable-law',
    patterns: ['applicable (law|laws|legislation|regulation|regulations|data protection law|data protection laws|privacy law|privacy laws)', '(local|relevant) (law|laws|legislation)'],
    category: 'vague-legal-basis',
    // Off by default: 4 of 10 judged findings true (40%) on the development set, and where another vague phrase
    // raised it to information 3 of 16 (19%; 2026-12-07, bench:quality --propose and --company): below half
    // either way (#12 item 4); a setting turns it on.
    severity: 'off',
    message: 'Vague legal basis: “applicable law” does not say which law applies.',
    explanation: 'The reader usually cannot tell which country’s law is meant, or which provision.',
    question: 'Which laws, by name, do you consider applicable to the processing of my data?',
  },
  {
    id: 'in-accordance-with-law',
    patterns: ['(in accordance with|in compliance with|consistent with|subject to|pursuant to) (applicable law|applicable laws|the law|local law|law)'],
    category: 'vague-legal-basis',
    // Off, like applicable-law: right less than half the time, 95% upper bound under 50% (0/4 shown on the 57 development
    // policies; 0/5 at the first lint of the policies added since 2026-12-01), which bench:quality flags; the phrase mostly
    // says the company will obey the law in a sentence whose practice is stated elsewhere (#12, 2026-12-07).
    severity: 'off',
    message: 'Vague legal basis: “in accordance with applicable law” does not say which law or basis.',
    explanation: 'A reference to the law in general does not state a legal basis for any specific processing.',
    question: 'Which law and which legal basis apply to this processing?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'public-interest',
    patterns: ['public interest', 'in the public interest'],
    category: 'vague-legal-basis',
    // Off: 6/13 (46%) judged findings true on the 60 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'off',
    message: 'Vague legal basis: “public interest” does not say which task or law.',
    explanation: 'A public-interest basis needs a task laid down by law. A private company invoking the public interest should say which law gives it that task.',
    question: 'Which law gives you this public-interest task, and which processing does it cover?',
    legalHook: GDPR_ART_6_3,
  },
  {
    id: 'legal-reasons',
    patterns: ['legal (reason|reasons|purpose|purposes)', 'compliance (purpose|purposes|reason|reasons)'],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “legal reasons” does not say which reasons or which law.',
    explanation: 'Legal reasons can range from tax law to defending lawsuits. Each should be named.',
    question: 'Which legal reasons exactly, under which laws, and which data do they concern?',
    legalHook: GDPR_ART_13_1_C,
  },
  {
    id: 'safety-of-others',
    patterns: [
      '(safety|rights|property|security) of (others|other users|the public|any person|our users)',
      // The open "… or others" at the end of the usual clause ("the rights, property or safety of our users or
      // others"; a miss on the development set, #12): started at the same word, so the longer match covers it.
      '(safety|rights|property|security) of our (users|customers|members|employees|visitors) (or|and) others',
      // The same tail after a company name ("… safety of Acme, our users or others"). Patterns cannot hold a
      // comma, so "our customers, or others" stays unmatched.
      'our (users|customers|members|employees|visitors) (or|and) others',
      // The same open tail in other words ("the rights of our employees, users, or other individuals";
      // "protect our, your or others’ rights", #12).
      '(or|and) other (individuals|persons|people)',
      "others' (rights|safety|property)",
    ],
    category: 'vague-legal-basis',
    // Information: fewer than 10 judged findings of its own (6 findings on the development set), so it takes its category's
    // tier: vague-legal-basis 73% (107/147) over the 38 development policies (2026-12-07, bench:quality --propose).
    severity: 'information',
    message: 'Vague legal basis: “the safety of others” does not say which situations justify disclosure.',
    explanation: 'Protecting others is a real concern, but the clause should say which situations and which data.',
    question: 'In which situations do you disclose my data to protect others, and to whom?',
    // "cares very much about the privacy and security of our users": a commitment, not a ground for disclosure (#12, wrong match).
    notPrecededBy: '\\bprivacy\\s+(?:and|&)\\s+$',
  },
  {
    id: 'agreement-by-use',
    patterns: [
      // Agreement read into visiting or reading: "By visiting a Canonical website you are accepting and
      // consenting…", "You agree that we have the right to share…", a contract "by using our services".
      'you are (accepting|consenting|agreeing)',
      'you (agree|accept|acknowledge|consent) that we (have the right|may|can|are entitled|are permitted|will be entitled)',
      'you (agree|consent) to (the practices|our practices|the collection|the use|the processing|the transfer|the sharing)',
      'contract with us by (using|visiting|accessing)',
      // The same read into other acts and words (#12): "If you use the site, you understand and agree that…",
      // "your submission of such information represents your agreement to that transfer", "you are deemed to
      // have accepted the terms … on your first use", "a user is bound by any changes … when he or she uses the
      // Services", "you are giving the Company permission to use, share, and store it", "By creating an account
      // …, you consent".
      'you understand and (agree|accept|consent)',
      '(represents|represent) (your|its) (acceptance|agreement|consent)',
      'you (are|will be|shall be) deemed to (have accepted|accept|have agreed|agree|have consented|consent)',
      '(is|are|be) bound by (any|all|such) changes',
      'you are giving (us|the company) (permission|consent|your consent)',
      'by (creating|opening|registering) (an|a|your) (account|profile)',
    ],
    category: 'vague-legal-basis',
    // Warning: 20/21 (95%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Vague legal basis: agreement read into use (“you are accepting and consenting”) is not a stated legal basis.',
    explanation: 'Visiting a site or using a service is not a clear, specific agreement to a particular processing. Agreement assumed this way leaves the real legal basis unstated.',
    question: 'Which legal basis do you actually rely on for each processing, and where did I give specific consent?',
    legalHook: GDPR_ART_13_1_C,
  },
];
