// English letters for the other regimes with a verified right: Switzerland, Canada (PIPEDA),
// Quebec, Japan, South Korea, China, South Africa, Australia, Singapore. None of them has a
// verified day count, so none computes a reply date or offers a reminder.
import type { LetterDefinition, Placeholder } from '../schema';
import { SENDER_BLOCK } from './eu';
import { F, relabel, required } from './fields';

const SENDER = [F.name, F.postalAddress, F.email, F.date];
const HEAD = `${SENDER_BLOCK}

To: {{controller}}`;
const REF = 'Customer or account reference: {{reference}}';

const choice = (name: string, label: string, options: string[]): Placeholder => ({
  name,
  label,
  kind: 'choice',
  required: true,
  options,
});

export const OTHER_LETTERS: LetterDefinition[] = [
  {
    id: 'ch-fadp-30-2-b-en',
    jurisdiction: 'ch-fadp',
    kind: 'stop-processing',
    language: 'en',
    title: 'Switzerland FADP Art. 30 para. 2 let. b: express objection to processing',
    citations: ['ch-fadp-30-2-b', 'ch-fadp-31-1'],
    placeholders: [...SENDER, F.controller, F.reference, required(F.processing)],
    computed: [],
    notes: [
      'The Swiss Act has no GDPR-style right to object: processing against your express wishes is a violation of personality unless justified (Art. 31). Say clearly which processing you refuse.',
      'The statute was read in German; the English wording of the provisions is not official.',
    ],
    body: `${HEAD}

**Objection to the processing of my personal data (Art. 30 para. 2 let. b FADP)**

${REF}

Dear Sir or Madam,

I expressly declare that I do not want you to process my personal data as follows, and I object to that processing:

{{processing}}

Under Art. 30 para. 2 let. b of the Federal Act on Data Protection (FADP), processing personal data against the express wishes of the data subject violates their personality. Under Art. 31 para. 1 FADP such a violation is unlawful unless it is justified by consent, by an overriding private or public interest, or by law.

Please stop this processing and confirm to me that you have done so, or tell me which justification you rely on.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'ca-pipeda-4-3-8-en',
    jurisdiction: 'ca-pipeda',
    kind: 'withdraw-consent',
    language: 'en',
    title: 'PIPEDA Schedule 1, clause 4.3.8: withdrawal of consent',
    citations: ['ca-pipeda-4-3-8'],
    placeholders: [...SENDER, F.controller, F.reference, F.consentScope],
    computed: [],
    notes: [
      'Clause 4.3.8 allows withdrawal "subject to legal or contractual restrictions and reasonable notice"; no fixed period applies.',
      'The clause wording was read in a secondary source, not on the statute page.',
    ],
    body: `${HEAD}

**Withdrawal of consent (PIPEDA, Schedule 1, clause 4.3.8)**

${REF}

Dear Sir or Madam,

Under clause 4.3.8 of Schedule 1 to the Personal Information Protection and Electronic Documents Act (PIPEDA), I withdraw my consent to the collection, use and disclosure of my personal information for the following: {{consentScope}}

Please stop collecting, using and disclosing my personal information for these purposes, confirm to me that you have done so, and inform me of any implications of this withdrawal.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'ca-qc-28-1-en',
    jurisdiction: 'ca-qc',
    kind: 'stop-processing',
    language: 'en',
    title: 'Quebec private-sector Act s. 28.1: cease dissemination or de-index',
    citations: ['ca-qc-28-1'],
    placeholders: [
      ...SENDER,
      F.controller,
      choice('remedy', 'what you require', [
        'cease disseminating the personal information described below',
        'de-index the hyperlinks attached to my name described below',
        'cease disseminating the personal information and de-index the hyperlinks described below',
      ]),
      choice('trigger', 'why the dissemination is unlawful', ['contravenes the law', 'contravenes a court order']),
      relabel(required(F.processing), 'the information or hyperlinks concerned'),
      relabel(F.grounds, 'which law or court order, and how'),
    ],
    computed: [],
    notes: [
      's. 28.1 applies only where dissemination contravenes the law or a court order (a second paragraph adds a serious-prejudice test, not used here). Quebec businesses may prefer French.',
      'No response deadline is computed: s. 32, to which s. 28.1 refers, was not read.',
    ],
    body: `${HEAD}

**Request under section 28.1 of the Act respecting the protection of personal information in the private sector (CQLR c. P-39.1)**

Dear Sir or Madam,

Under section 28.1 of the Act respecting the protection of personal information in the private sector, I require you to {{remedy}}, because its dissemination {{trigger}}.

The information or hyperlinks concerned:

{{processing}}

Details:

{{grounds}}

Please confirm to me what you have done.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'jp-appi-35-en',
    jurisdiction: 'jp-appi',
    kind: 'stop-processing',
    language: 'en',
    title: 'Japan APPI Art. 35: request to cease use of or erase retained personal data',
    citations: ['jp-appi-35-1'],
    placeholders: [
      ...SENDER,
      F.controller,
      F.reference,
      choice('remedy', 'what you request', ['cease using', 'erase']),
      choice('breach', 'the breach of the Act', [
        'is being handled in violation of Article 18 of the Act',
        'is being handled in violation of Article 19 of the Act',
        'was acquired in violation of Article 20 of the Act',
      ]),
      relabel(F.grounds, 'facts showing the breach'),
    ],
    computed: [],
    notes: [
      'Art. 35(1) ties the request to a breach of Arts. 18, 19 or 20: describe the facts. The business must act "without delay" once it finds the request has reason; no day count applies.',
      'The statute was read in Japanese; article titles are not repeated in the letter because their English wording was not verified.',
      'UNVERIFIED, not used in the letter: the 2020 amendment (in force April 2022) is reported to have added further grounds for a request (the business no longer needs the data, a leak, a likely harm to your rights or legitimate interests); the paragraph of Art. 35 that holds them was not read.',
    ],
    body: `${HEAD}

**Request under Article 35 of the Act on the Protection of Personal Information**

${REF}

Dear Sir or Madam,

Under Article 35(1) of the Act on the Protection of Personal Information (APPI), I request that you {{remedy}} the retained personal data concerning me, because that data {{breach}}.

The facts are as follows:

{{grounds}}

Under Article 35(2) APPI, where such a request is found to have reason, the business must act on it without delay, to the extent necessary to correct the violation. If acting on it would be very costly or otherwise difficult, the business may instead take the necessary alternative measures to protect my rights and interests; if you rely on that, please tell me which measures you take. Please confirm to me what you have done.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'kr-pipa-37-en',
    jurisdiction: 'kr-pipa',
    kind: 'stop-processing',
    language: 'en',
    title: 'South Korea PIPA Art. 37: request to suspend processing',
    citations: ['kr-pipa-37'],
    placeholders: [...SENDER, F.controller, F.reference, F.processing, relabel({ ...F.grounds, required: false }, 'your reasons, if any')],
    computed: [],
    notes: [
      'The article is cited from Korean privacy policies, not from the statute text. The response period in the Enforcement Decree was not verified for the current text, so none is stated.',
    ],
    body: `${HEAD}

**Request to suspend the processing of my personal information (PIPA Article 37)**

${REF}

Dear Sir or Madam,

Under Article 37 of the Personal Information Protection Act (PIPA), I request that you suspend the processing of my personal information.

This request concerns in particular: {{processing}}

My reasons: {{grounds}}

Please inform me of the action you have taken. If you refuse this request, please tell me the reasons.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'cn-pipl-44-en',
    jurisdiction: 'cn-pipl',
    kind: 'stop-processing',
    language: 'en',
    title: 'China PIPL Art. 44: restrict or refuse processing',
    citations: ['cn-pipl-44', 'cn-pipl-50'],
    placeholders: [...SENDER, F.controller, F.reference, F.processing],
    computed: [],
    notes: [
      'Cited from an unofficial English translation. Chinese businesses may expect a request in Chinese through their own request mechanism (Art. 50).',
    ],
    body: `${HEAD}

**Request to restrict or refuse the processing of my personal information (PIPL Article 44)**

${REF}

Dear Sir or Madam,

Under Article 44 of the Personal Information Protection Law (PIPL), I exercise my right to restrict and refuse the processing of my personal information by you.

This request concerns in particular: {{processing}}

Please confirm to me what you have done. If you refuse this request, Article 50 PIPL requires you to explain the reasons.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'za-popia-11-3-a-en',
    jurisdiction: 'za-popia',
    kind: 'object-legitimate-interests',
    language: 'en',
    title: 'POPIA s. 11(3)(a): objection on reasonable grounds (cover letter for Form 1)',
    citations: ['za-popia', 'za-popia-11-3-a', 'za-popia-reg-2'],
    placeholders: [...SENDER, F.controller, F.reference, F.processing, relabel(F.grounds, 'your reasonable grounds from your particular situation')],
    computed: [],
    notes: [
      'Regulation 2(1) requires s. 11(3)(a) objections on Form 1: fill in Form 1 and send it with this letter. The responsible party must help you free of charge (reg. 2(2)).',
      'No response period was found, so none is stated.',
    ],
    body: `${HEAD}

**Objection in terms of section 11(3)(a) of POPIA**

${REF}

Dear Sir or Madam,

In terms of section 11(3)(a) of the Protection of Personal Information Act 4 of 2013 (POPIA), I object to the processing of my personal information that you carry out under section 11(1)(d) to (f) of POPIA.

This objection concerns in particular: {{processing}}

My reasonable grounds relating to my particular situation are as follows:

{{grounds}}

As regulation 2(1) of the Regulations relating to the Protection of Personal Information, 2018 requires, I also submit this objection on Form 1, which is attached. Once a data subject has objected in terms of section 11(3), the responsible party may no longer process the personal information. Please confirm to me that you have stopped the processing.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'za-popia-11-3-b-en',
    jurisdiction: 'za-popia',
    kind: 'object-direct-marketing',
    language: 'en',
    title: 'POPIA s. 11(3)(b): objection to direct marketing',
    citations: ['za-popia', 'za-popia-11-3-b'],
    placeholders: [...SENDER, F.controller, F.reference],
    computed: [],
    notes: ['Direct marketing by unsolicited electronic communications (e-mail, SMS) falls under section 69, which is consent-based, not under s. 11(3)(b).'],
    body: `${HEAD}

**Objection to direct marketing in terms of section 11(3)(b) of POPIA**

${REF}

Dear Sir or Madam,

In terms of section 11(3)(b) of the Protection of Personal Information Act 4 of 2013 (POPIA), I object to the processing of my personal information for purposes of direct marketing. Once a data subject has objected in terms of section 11(3), the responsible party may no longer process the personal information.

Please stop processing my personal information for direct marketing and confirm to me that you have done so.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'au-app-7-en',
    jurisdiction: 'au-privacy',
    kind: 'object-direct-marketing',
    language: 'en',
    title: 'Australia APP 7: request not to receive direct marketing',
    citations: ['au-app-7'],
    placeholders: [...SENDER, F.controller, F.reference],
    computed: [],
    notes: [
      'Cited as APP 7 without sub-numbers, which were not verified. E-mail and SMS marketing are also governed by the Spam Act 2003, and calls by the Do Not Call Register Act.',
    ],
    body: `${HEAD}

**Request not to receive direct marketing (Australian Privacy Principle 7)**

${REF}

Dear Sir or Madam,

Under Australian Privacy Principle 7 in Schedule 1 to the Privacy Act 1988 (Cth), I request that you stop using or disclosing my personal information for direct marketing, stop sending me direct marketing communications, and stop using my personal information to facilitate direct marketing by other organisations.

Please give effect to this request within a reasonable period, free of charge, and confirm to me that you have done so.

Yours faithfully,

{{name}}
`,
  },
  {
    id: 'sg-pdpa-16-en',
    jurisdiction: 'sg-pdpa',
    kind: 'withdraw-consent',
    language: 'en',
    title: 'Singapore PDPA s. 16: withdrawal of consent',
    citations: ['sg-pdpa-16'],
    placeholders: [...SENDER, F.controller, F.reference, F.consentScope],
    computed: [],
    notes: [
      'The Act requires "reasonable notice"; the PDPC Advisory Guidelines (as quoted in a secondary source) consider at least ten business days reasonable. Withdrawal does not by itself require deletion.',
    ],
    body: `${HEAD}

**Notice of withdrawal of consent (PDPA section 16)**

${REF}

Dear Sir or Madam,

Under section 16(1) of the Personal Data Protection Act 2012 (PDPA), I give you notice that I withdraw my consent to the collection, use and disclosure of my personal data for the following: {{consentScope}}

Under section 16(2) PDPA, please inform me of the likely consequences of this withdrawal. Under section 16(4) PDPA you must then cease, and cause your data intermediaries and agents to cease, collecting, using or disclosing my personal data for these purposes, unless this is required or authorised under the PDPA or other written law.

Yours faithfully,

{{name}}
`,
  },
];
