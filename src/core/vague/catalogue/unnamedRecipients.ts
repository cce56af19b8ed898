// Unnamed recipients: wording that says data go "somewhere" without saying to whom.
import type { Rule } from '../ruleSchema';
import { GDPR_ART_13_1_E, GDPR_ART_13_1_F } from './legalHooks';

export const RULES: Rule[] = [
  {
    id: 'third-parties',
    patterns: ['third part(y|ies)', '3rd part(y|ies)'],
    category: 'unnamed-recipients',
    // Information: 2 of 10 judged findings true as a warning on the development set (npm run bench:quality, 2026-12-05); the issue ties severity to measured precision.
    // Hint: 25/41 judged findings true (61%) as information on the development set of 33 policies (2026-12-07,
    // npm run bench:quality -- --propose: a rule with 10 or more judged findings takes the tier its precision earns).
    severity: 'hint',
    message: 'Unnamed recipients: “third parties” does not say who receives the data.',
    explanation: '“Third parties” covers every organisation other than you and the company. Without names or at least precise categories, you cannot tell who holds your data or whom to ask about it.',
    question: 'Which third parties receive my data, by name, and for which purpose does each receive it?',
    legalHook: GDPR_ART_13_1_E,
    // Measured on real policies: security sentences ("unauthorised access by third parties") and the user proving something are not recipients.
    notPrecededBy: '\\b(?:access|accessed|interception|intercepted|disclosure|loss|misuse|attacks?) by\\s+$|\\bprove to\\s+$',
    // "third-party websites" and "a third-party secured site" are other places the user goes, not recipients.
    // "third party vendors", "third-party service providers": the recipient noun's own rule reports the phrase once.
    notFollowedBy: '^[\\s-]*(?:secured?\\s+)?(?:sites?|websites?|links?)\\b|^[\\s-]+(?:vendors?|suppliers?|(?:service\\s+)?providers?|(?:sub-?)?processors?|partners?|contractors?)\\b',
  },
  {
    id: 'recipients-such-as',
    patterns: [
      // Recipients given only by example ("3rd party platforms such as", "third-party services such as Stripe",
      // "third-parties such as": misses on the development set, #12). The examples leave open who else receives the data.
      '(third party|3rd party|third parties|3rd parties) (such as|like)',
      '(third party|3rd party) (platform|service|tool|provider|service provider|vendor|partner|processor|payment processor|email provider|analytics provider)(s|) (such as|like|including)',
      '(third party|3rd party) compan(y|ies) (such as|like|including)',
      '(service providers|vendors|suppliers|partners) (such as|like)',
    ],
    category: 'unnamed-recipients',
    severity: 'information',
    message: 'Unnamed recipients: “third parties such as …” gives examples, not the list of recipients.',
    explanation: 'Naming a few recipients “such as” these leaves open who else receives the data. The examples do not bound the list, so you cannot tell everyone who holds your data.',
    question: 'Which recipients receive my data, all of them by name, not only the examples?',
    legalHook: GDPR_ART_13_1_E,
    // "unlike platforms such as Google Analytics": a contrast, not a recipient.
    notPrecededBy: '\\bunlike\\s+$',
  },
  {
    id: 'other-parties',
    patterns: ['other part(y|ies)', 'other recipient(s|)', 'such other (parties|third parties|recipients|persons)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “other parties” leaves the recipients open.',
    explanation: '“Other parties” or “other recipients” adds an open-ended group to whatever recipients were named before. It lets the company share with anyone not yet listed.',
    question: 'Who exactly are these other parties or recipients, and what data does each of them receive?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'partners',
    patterns: ['partner(s|)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “partners” does not say which companies receive the data.',
    explanation: '“Partners” is a commercial relationship, not a recipient. It can mean advertisers, resellers, data brokers or joint-venture companies, and the policy does not say which.',
    question: 'Which partners receive my data, by name, what kind of partner is each, and what does each do with it?',
    legalHook: GDPR_ART_13_1_E,
    notPrecededBy: '\\b(?:your|my|his|her|life|domestic)\\s+$',
    // "partner agencies" (a government service's client agencies) and "partnering" are not unnamed recipients, nor
    // the verb: "Login.gov partners with agencies" ("our partners with whom…" stays).
    notFollowedBy: '^\\s*(?:agenc(?:y|ies)|ing)\\b|^\\s+with\\s+(?!wh)',
  },
  {
    id: 'trusted-partners',
    patterns: [
      '(trusted|selected|carefully selected|select|preferred|reputable) partner(s|)',
      '(trusted|selected|carefully selected|reputable) third part(y|ies)',
      // The same recipients as companies ("we share data with selected companies", #12).
      '(trusted|selected|carefully selected|reputable) (companies|businesses|organisations|organizations)',
    ],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “trusted partners” reassures without naming anyone.',
    explanation: 'Adjectives such as “trusted” or “carefully selected” describe the company’s opinion of the recipients, not who they are. They give you no way to check the trust or the selection.',
    question: 'Who are these trusted or selected partners by name, and by what criteria were they selected?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'business-partners',
    patterns: ['(business|commercial|strategic|technology|integration|channel|data) partner(s|)'],
    category: 'unnamed-recipients',
    // Warning: 10/10 (100%) judged findings true on the 60 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'warning',
    message: 'Unnamed recipients: “business partners” does not say who receives the data.',
    explanation: 'A “business partner” can be almost any company the business deals with. The label gives neither names nor the role each partner plays in processing your data.',
    question: 'Which business partners receive my data, by name, and what is each allowed to do with it?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'advertising-partners',
    patterns: ['(advertising|ad|marketing|media|promotional) partner(s|)', '(joint marketing|co branded|cobranded) partner(s|)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “advertising partners” does not name the ad companies that get your data.',
    explanation: 'Advertising and marketing partners often include ad networks, exchanges and measurement firms that pass data on further. Without names you cannot object to, or ask, any of them.',
    question: 'Which advertising or marketing partners receive my data, by name, and do any of them pass it on further?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'research-partners',
    patterns: ['research (partner|partners|institution|institutions|collaborator|collaborators)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “research partners” does not say which organisations receive the data.',
    explanation: 'Research partners can be universities, commercial labs or other companies. The policy should say which, and what research they do with your data.',
    question: 'Which research partners or institutions receive my data, by name, and for which research projects?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'affiliates',
    patterns: ['affiliate(s|)', 'affiliated (company|companies|entity|entities|business|businesses)', 'affiliated organi(s|z)ation(s|)'],
    category: 'unnamed-recipients',
    // Information: 10/13 (77%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'information',
    message: 'Unnamed recipients: “affiliates” does not say which group companies receive the data.',
    explanation: 'Large groups can have hundreds of affiliates in many countries. “Affiliates” does not say which of them get your data or where they are.',
    question: 'Which affiliates receive my data, by legal name and country, and what does each do with it?',
    legalHook: GDPR_ART_13_1_E,
    notFollowedBy: '^\\s+(?:link|links|program|programs|programme|programmes|marketing|commission|commissions)\\b',
  },
  {
    id: 'group-companies',
    patterns: ['group compan(y|ies)', '(group|family) of companies', 'corporate (family|group)', 'members of our group', 'companies (within|in) our group'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “group companies” does not say which companies of the group receive the data.',
    explanation: 'A corporate group can include many legal entities with different activities and locations. Referring to the group as a whole hides which entity actually holds your data.',
    question: 'Which companies of your group receive my data, by legal name and country, and why does each need it?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'subsidiaries',
    patterns: ['subsidiar(y|ies)', 'parent compan(y|ies)', 'sister compan(y|ies)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “subsidiaries” does not say which related companies receive the data.',
    explanation: 'Subsidiaries, parent and sister companies are separate legal entities. Each one that receives your data is a recipient that should be named.',
    question: 'Which subsidiaries or parent companies receive my data, by legal name and country?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'service-providers',
    patterns: [
      'service (provider|providers|partner|partners)',
      'third party provider(s|)',
      // The same recipients described, not labelled ("companies that provide services on our behalf", #12).
      '(companies|businesses|organisations|organizations|entities|parties|vendors) (that|who|which) (provide|perform) services (on our behalf|for us|to us)',
      // Providers named by the service they give, not by name ("its hosting providers", "our cloud hosting provider", #12).
      '(hosting|cloud|cloud hosting|web hosting|infrastructure|email) provider(s|)',
    ],
    category: 'unnamed-recipients',
    // Information: 12 of 17 judged findings true (71%) on the 38 development policies
    // (2026-12-07, bench:quality --propose: a rule with 10 or more judged findings takes its own tier).
    severity: 'information',
    message: 'Unnamed recipients: “service providers” does not say who processes the data.',
    explanation: '“Service providers” can mean hosting, payment, analytics, advertising or support companies. A category this wide tells you little about who holds your data.',
    question: 'Which service providers process my data, by name, and what service does each provide?',
    legalHook: GDPR_ART_13_1_E,
    // "internet service provider" is a kind of data (the user's ISP), not a recipient.
    notPrecededBy: '\\binternet\\s+$',
  },
  {
    id: 'processors',
    patterns: ['(sub|)processor(s|)', 'sub processor(s|)', 'data processor(s|)'],
    category: 'unnamed-recipients',
    // Off by default: 0 of 3 judged findings true as a warning (development set, 2026-12-05),
    // then 0 of 6 as information (33 policies, 2026-12-07): "payment processors", "processors such as Stripe".
    severity: 'off',
    message: 'Unnamed recipients: “processors” does not say which companies process the data.',
    explanation: 'Processors and sub-processors act on the company’s behalf, but they still receive your data. Policies often refer to them only as a class.',
    question: 'Which processors and sub-processors handle my data, by name, and where is the list kept up to date?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'vendors',
    patterns: ['vendor(s|)', 'supplier(s|)'],
    category: 'unnamed-recipients',
    // Information: 9/12 (75%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'information',
    message: 'Unnamed recipients: “vendors” does not say who receives the data.',
    explanation: '“Vendors” and “suppliers” are anyone the company buys from. The words do not say which of them get your data, or what they do with it.',
    question: 'Which vendors or suppliers receive my data, by name, and what does each do with it?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'contractors',
    patterns: ['(sub|)contractor(s|)', 'consultant(s|)'],
    category: 'unnamed-recipients',
    // Information: 8/11 (73%) judged findings true on the 57 development policies (2026-12-07, bench:quality --propose --every-move:
    // a rule with 10 or more judged findings takes the tier its own precision earns; see bench/quality/README.md).
    severity: 'information',
    message: 'Unnamed recipients: “contractors” does not say who has access to the data.',
    explanation: 'Contractors and consultants are outside people or firms with access to your data. The policy should say who they are or at least what kind of work they do.',
    question: 'Which contractors or consultants have access to my data, and what work do they do with it?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'professional-advisers',
    patterns: ['professional advis(e|o)r(s|)', '(legal|financial|tax) advis(e|o)r(s|)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “professional advisers” does not say who receives the data or when.',
    explanation: 'Lawyers, auditors and other advisers may legitimately need data, but the policy should say which kinds of adviser, in which situations, and what data.',
    question: 'Which advisers receive my data, in which situations, and which data do they receive?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'other-companies',
    patterns: [
      'other (company|companies|business|businesses|organisation|organisations|organization|organizations|entity|entities|firm|firms)',
      'another (company|business|organisation|organization|entity)',
    ],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (5 findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “other companies” does not say who receives the data.',
    explanation: '“Other companies” could be any business at all. It gives you no way to know who holds your data or to exercise your rights against them.',
    question: 'Which other companies receive my data, by name, and for what purpose?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'with-others',
    // A miss on the development set ("share … with others"); only after "with"/"to", where "others" receives something.
    patterns: ['(with|to) others'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “with others” does not say who receives the data.',
    explanation: '“Others” could be anyone: other users, other companies, the public. The reader cannot tell who sees the data.',
    question: 'Who exactly are these others, and what do they receive?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'outside-parties',
    patterns: ['(outside|external) part(y|ies)', 'external (company|companies|organisation|organisations|organization|organizations|entity|entities)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “outside parties” does not say who receives the data.',
    explanation: '“Outside” or “external” only says the recipient is not the company itself. It does not say who it is.',
    question: 'Which outside parties receive my data, by name, and what does each do with it?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'non-affiliates',
    patterns: ['(non affiliated|nonaffiliated|unaffiliated) (company|companies|party|parties|third party|third parties|entity|entities)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “non-affiliated companies” does not say who receives the data.',
    explanation: 'Non-affiliated companies are simply all companies outside the group. The phrase marks a boundary but names no recipient.',
    question: 'Which non-affiliated companies receive my data, by name, and for what purpose?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'any-recipient',
    patterns: ['any (person|persons|entity|entities|organisation|organization)', 'any third part(y|ies)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “any person” allows disclosure to anyone.',
    explanation: 'Allowing disclosure to “any” person or third party removes every limit on who can receive your data.',
    question: 'To whom, concretely, would you disclose my data under this clause, and in which situations?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'companies-we-work-with',
    patterns: ['(companies|businesses|organisations|organizations|partners|people|those|others) (we|that we|who we) work with'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “companies we work with” does not say who receives the data.',
    explanation: 'Working with the company is not a description of a recipient. The phrase can cover every supplier, customer and partner it has.',
    question: 'Which companies you work with receive my data, by name, and what does each do with it?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'data-brokers',
    patterns: ['data (broker|brokers|reseller|resellers|aggregator|aggregators|provider|providers)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “data brokers” names a trade, not the companies involved.',
    explanation: 'Data brokers buy, combine and resell personal data. If the company deals with them, you need their names to follow your data and object.',
    question: 'Which data brokers or data providers do you exchange my data with, by name, and in which direction?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'analytics-providers',
    patterns: ['analytics (provider|providers|partner|partners|service|services|company|companies|vendor|vendors)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “analytics providers” does not name who measures your use.',
    explanation: 'Analytics providers often see every page you visit and may use the data for their own purposes. The policy should name them.',
    question: 'Which analytics providers receive data about me, by name, and may they use it for their own purposes?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'advertisers',
    patterns: ['advertiser(s|)', '(ad|advertising) network(s|)', '(adtech|ad tech) compan(y|ies)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “advertisers” does not say which ad companies receive data about you.',
    explanation: 'Advertisers and ad networks form long chains of recipients. A generic reference hides how many companies see your data.',
    question: 'Which advertisers and ad networks receive data about me, by name, and what data does each receive?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'social-media-platforms',
    patterns: ['social media (platform|platforms|company|companies|provider|providers|network|networks|site|sites)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (1 finding on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “social media platforms” does not say which platforms receive the data.',
    explanation: 'Sharing with social media platforms, for example through pixels or custom audiences, sends data to large companies that combine it with their own. They should be named.',
    question: 'Which social media platforms receive my data, by name, and through which tools (pixels, SDKs, customer lists)?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'acquirers',
    patterns: ['(potential|prospective|future) (buyer|buyers|acquirer|acquirers|purchaser|purchasers|investor|investors)', 'successor(s|) in interest', 'any (buyer|acquirer|purchaser|successor)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “potential buyers” allows disclosure to companies that are not yet known.',
    explanation: 'Clauses about buyers, investors and successors let the company hand over your data in a deal, sometimes before any deal is made. The recipients and safeguards are left open.',
    question: 'Would my data be shown to potential buyers or investors before a deal, and will you tell me who receives it?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'public-authorities',
    patterns: [
      '(government|public|regulatory|competent|relevant|governmental) authorit(y|ies)',
      'government (agency|agencies|body|bodies|official|officials|entity|entities)',
      'another (agency|authority)',
      'other (agencies|authorities)',
      // "the authorities" after a verb or preposition of passing on ("disclose it to the authorities", #12); not
      // "allow the authorities to respond", where they act (judged not vague on the development set).
      '(to|with|inform|notify) the authorities',
    ],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (4 findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “public authorities” does not say which authorities or on what basis.',
    explanation: 'Disclosure to authorities can be lawful, but “public authorities” gives neither the type of authority, the country, nor the legal basis for each disclosure.',
    question: 'Which authorities, in which countries, receive my data, and under which legal provisions?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'law-enforcement',
    patterns: ['law enforcement (agency|agencies|authority|authorities|official|officials|body|bodies)', 'law enforcement'],
    // "to meet national security or law enforcement requirements": a kind of requirement, not a recipient.
    notFollowedBy: '^\\s+(?:requirements?|needs)\\b',
    category: 'unnamed-recipients',
    // Off by default: 1 of 10 judged findings true (95% CI 2-40%) on the 57 development policies ("courts, tribunals,
    // regulatory authorities, and law enforcement officers, as required by law": recipients by legal role, judged
    // specific enough; 2026-12-07, bench:quality --propose); a setting turns it on.
    severity: 'off',
    message: 'Unnamed recipients: “law enforcement” does not say which agencies or under what conditions.',
    explanation: '“Law enforcement” can include police and agencies of any country. The policy should say in which countries, and whether disclosures require a court order.',
    question: 'Which law enforcement agencies, in which countries, can receive my data, and do you require a court order?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'resellers',
    patterns: ['(distributor|distributors|reseller|resellers|franchisee|franchisees|licensee|licensees)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (no findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “resellers” does not say who receives the data.',
    explanation: 'Distributors, resellers, franchisees and licensees are independent businesses. Each one that gets your data is a recipient you are entitled to know.',
    question: 'Which distributors, resellers or franchisees receive my data, by name, and for what purpose?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'sponsors',
    patterns: ['sponsor(s|)', 'co (sponsor|sponsors|promoter|promoters)'],
    category: 'unnamed-recipients',
    // Hint: fewer than 10 judged findings of its own (3 findings on the development set), so it takes its category's
    // tier: unnamed-recipients 68% (92/135) over the 33 development policies (2026-12-07, bench:quality --propose).
    severity: 'hint',
    message: 'Unnamed recipients: “sponsors” does not say who receives the data.',
    explanation: 'Sponsors and co-promoters of contests or events often receive entrants’ data for their own marketing. They should be named where the data are collected.',
    question: 'Which sponsors or co-promoters receive my data, by name, and may they use it for their own marketing?',
    legalHook: GDPR_ART_13_1_E,
  },
  {
    id: 'unnamed-countries',
    patterns: [
      'other countr(y|ies)',
      'other jurisdiction(s|)',
      // The GDPR's term in the plural names no country ("transferred to third countries, in particular the
      // US"; a miss on the development set, #12); "a third country" in the law's own sentences is left alone.
      'third countries',
      // Storage or transfer "in various countries" (#12); not "users from different countries".
      '(located|stored|processed|hosted|held|transferred|maintained) (in|to) (various|several|multiple|many|different|numerous) (countries|jurisdictions)',
      '(any|another) (country|jurisdiction)',
      '(around|throughout) the world',
      'wherever we (operate|do business)',
      'countries where we (operate|do business)',
      'outside (of the|the) (european union|eu|european economic area|eea|united kingdom|uk)',
      'out of and within the (european union|eu|european economic area|eea)',
      // Destinations left open by other words (#12): "transferred to the United States or other locations",
      // "in a country other than the one in which it was collected", "in any other places where the parties
      // involved in the processing are located" (a generated template).
      'or other locations',
      '(a|any) country other than',
      'countries other than',
      'any other places where',
    ],
    category: 'unnamed-recipients',
    severity: 'warning',
    message: 'Unnamed recipients: “other countries” does not say where the data go.',
    explanation: 'Transfers abroad change which laws protect your data. A policy should name the countries, or at least say whether they lack an adequacy decision and which safeguards apply.',
    question: 'To which countries is my data transferred, and which safeguards apply to each transfer?',
    legalHook: GDPR_ART_13_1_F,
  },
];
