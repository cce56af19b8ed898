// Legal provisions that rules cite. Each hook is defined once here and referenced by the rules.
// `requirement` is our own one-sentence summary; `source` names the provision's official text and
// where that text was actually read (public copies). Titles and URLs live in src/core/legal/sources.ts.
// Only add a hook after reading the provision's text; a wrong citation is a product bug.
import { COPY, COPY_ADDRESS_UNKNOWN, LAW, official } from '../../legal/sources';
import type { LegalHook } from '../ruleSchema';

const gdpr = (provision: string): string => official(LAW.GDPR, provision);
const GDPR_ART_13_TEXT = `${COPY.GDPR_HUB_ART_13} (also https://k8s-stage.betterregulation.com/document/236156)`;
const GDPR_ART_14_TEXT = `${COPY.GDPR_HUB_ART_14} (also https://streamlex.eu/articles/gdpr-en-art-14)`;
// The research notes recorded this copy (a TypeScript file mapping GDPR articles, quoting them verbatim)
// only by a search-index number; its repository could not be established, so no URL is given.
const GDPR_ARTICLE_MAPPING = `${COPY_ADDRESS_UNKNOWN} (a GDPR article-by-article mapping quoting the text)`;

/** Art. 5(1)(b): purpose limitation. */
export const GDPR_ART_5_1_B: LegalHook = {
  citation: 'GDPR Art. 5(1)(b)',
  requirement: 'Personal data may only be collected for specified, explicit and legitimate purposes and must not be further processed in a way incompatible with them.',
  source: `${gdpr('Art. 5(1)(b)')}; text read in: ${GDPR_ARTICLE_MAPPING}, item 5.1.b; first clause also at https://gdprfine.com/articles/article-5-data-minimisation`,
};

/** Art. 5(1)(c): data minimisation. */
export const GDPR_ART_5_1_C: LegalHook = {
  citation: 'GDPR Art. 5(1)(c)',
  requirement: 'Personal data must be adequate, relevant and limited to what is necessary for the purposes for which they are processed.',
  source: `${gdpr('Art. 5(1)(c)')}; text read in: https://gdprfine.com/articles/article-5-data-minimisation and ${GDPR_ARTICLE_MAPPING}, item 5.1.c`,
};

/** Art. 5(1)(e): storage limitation. */
export const GDPR_ART_5_1_E: LegalHook = {
  citation: 'GDPR Art. 5(1)(e)',
  requirement: 'Personal data must be kept in a form that identifies the data subject for no longer than is necessary for the purposes of the processing.',
  source: `${gdpr('Art. 5(1)(e)')}; text read in: http://www.commonaccord.org/i.php?v=d&f=/S/Index/DataSharing/Principles.md&k=GDPR-Article5:1.5.sec and ${GDPR_ARTICLE_MAPPING}, item 5.1.e`,
};

/** Art. 6(1)(f): legitimate interests, with the balancing against the data subject's interests. */
export const GDPR_ART_6_1_F: LegalHook = {
  citation: 'GDPR Art. 6(1)(f)',
  requirement:
    'Processing for legitimate interests is lawful only where it is necessary for those interests and they are not overridden by the interests or fundamental rights and freedoms of the data subject.',
  source: `${gdpr('Art. 6(1)(f)')}; text read in: https://gdpr-ccpa.org/gdpr-articles/gdpr-article-6-lawfulness-of-processing and ${GDPR_ARTICLE_MAPPING}, item 6.1.f`,
};

/** Art. 6(3): a legal-obligation basis must be laid down by Union or Member State law. */
export const GDPR_ART_6_3: LegalHook = {
  citation: 'GDPR Art. 6(3)',
  requirement:
    'Where processing relies on a legal obligation (Art. 6(1)(c)) or a public task (Art. 6(1)(e)), that basis must be laid down by Union law or by Member State law to which the controller is subject.',
  source: `${gdpr('Art. 6(3)')}; text read in: https://gdpr-ccpa.org/gdpr-articles/gdpr-article-6-lawfulness-of-processing`,
};

/** Art. 12(1): concise, transparent, intelligible information in clear and plain language. */
export const GDPR_ART_12_1: LegalHook = {
  citation: 'GDPR Art. 12(1)',
  requirement: 'The information required by Articles 13 and 14 must be given in a concise, transparent, intelligible and easily accessible form, using clear and plain language.',
  source: `${gdpr('Art. 12(1)')}; text read in: ${COPY.GDPR_HUB_ART_12_PREV} and ${GDPR_ARTICLE_MAPPING}, item 12.1`,
};

/** Art. 13(1)(c): purposes and legal basis. */
export const GDPR_ART_13_1_C: LegalHook = {
  citation: 'GDPR Art. 13(1)(c)',
  requirement: 'When collecting personal data from the data subject, the controller must state the purposes for which the data are intended and the legal basis for the processing.',
  source: `${gdpr('Art. 13(1)(c)')}; text read in: ${GDPR_ART_13_TEXT} and ${GDPR_ARTICLE_MAPPING}, item 13.1.c`,
};

/** Art. 13(1)(d): the legitimate interests pursued. */
export const GDPR_ART_13_1_D: LegalHook = {
  citation: 'GDPR Art. 13(1)(d)',
  requirement: 'Where processing is based on legitimate interests (Art. 6(1)(f)), the controller must state which legitimate interests it or a third party pursues.',
  source: `${gdpr('Art. 13(1)(d)')}; text read in: ${GDPR_ART_13_TEXT} and ${GDPR_ARTICLE_MAPPING}, item 13.1.d`,
};

/** Art. 13(1)(e): recipients or categories of recipients. */
export const GDPR_ART_13_1_E: LegalHook = {
  citation: 'GDPR Art. 13(1)(e)',
  requirement: 'When collecting personal data, the controller must name the recipients or categories of recipients of the data, if there are any.',
  source: `${gdpr('Art. 13(1)(e)')}; text read in: ${GDPR_ART_13_TEXT} and ${GDPR_ARTICLE_MAPPING}, item 13.1.e`,
};

/** Art. 13(1)(f): transfers to third countries. */
export const GDPR_ART_13_1_F: LegalHook = {
  citation: 'GDPR Art. 13(1)(f)',
  requirement:
    'Where the controller intends to transfer personal data to a third country or international organisation, it must say so and state whether an adequacy decision exists or, for transfers under safeguards, refer to those safeguards and say how to obtain a copy of them or where they are available.',
  source: `${gdpr('Art. 13(1)(f)')}; text read in: ${GDPR_ART_13_TEXT} and ${GDPR_ARTICLE_MAPPING}, item 13.1.f`,
};

/** Art. 13(2)(a): storage period or the criteria for it. */
export const GDPR_ART_13_2_A: LegalHook = {
  citation: 'GDPR Art. 13(2)(a)',
  requirement: 'The controller must state how long the personal data will be stored or, if that is not possible, the criteria used to determine that period.',
  source: `${gdpr('Art. 13(2)(a)')}; text read in: ${GDPR_ART_13_TEXT} and ${GDPR_ARTICLE_MAPPING}, item 13.2.a`,
};

/** Art. 13(3): further processing for another purpose. */
export const GDPR_ART_13_3: LegalHook = {
  citation: 'GDPR Art. 13(3)',
  requirement: 'Before processing personal data for a purpose other than the one they were collected for, the controller must inform the data subject of that other purpose.',
  source: `${gdpr('Art. 13(3)')}; text read in: ${GDPR_ART_13_TEXT} and ${GDPR_ARTICLE_MAPPING}, item 13.3`,
};

/** Art. 14(1)(d): categories of personal data (data not obtained from the data subject). */
export const GDPR_ART_14_1_D: LegalHook = {
  citation: 'GDPR Art. 14(1)(d)',
  requirement: 'Where personal data were not obtained from the data subject, the controller must state the categories of personal data concerned.',
  source: `${gdpr('Art. 14(1)(d)')}; text read in: ${GDPR_ART_14_TEXT} and ${GDPR_ARTICLE_MAPPING}, item 14.1.d`,
};

/** Art. 14(2)(f): the source of the data. */
export const GDPR_ART_14_2_F: LegalHook = {
  citation: 'GDPR Art. 14(2)(f)',
  requirement: 'Where personal data were not obtained from the data subject, the controller must say from which source they originate and, if applicable, whether it was a publicly accessible source.',
  source: `${gdpr('Art. 14(2)(f)')}; text read in: ${GDPR_ARTICLE_MAPPING}, item 14.2.f (Art. 14(1)-(2)(a) context checked at ${COPY.GDPR_HUB_ART_14})`,
};

/** CCPA §1798.100(a)(1): notice at collection of categories and purposes. */
export const CCPA_1798_100_A_1: LegalHook = {
  citation: 'Cal. Civ. Code §1798.100(a)(1) (CCPA)',
  requirement:
    'A business that controls the collection of personal information must, at or before collection, tell consumers the categories of personal information to be collected, the purposes for which they are collected or used, and whether that information is sold or shared.',
  source: `${official(LAW.US_CA_CCPA, '§ 1798.100(a), as amended by the CPRA')}; text read in: ${COPY.CA_DESKBOOK_P18} (GDPR and US States General Privacy Laws Deskbook, p. 18) and https://proteuscyber.com/privacy-database/tag/cpra/categories`,
};

/** Every hook, for tests and for listing in documentation. */
export const LEGAL_HOOKS: readonly LegalHook[] = [
  GDPR_ART_5_1_B,
  GDPR_ART_5_1_C,
  GDPR_ART_5_1_E,
  GDPR_ART_6_1_F,
  GDPR_ART_6_3,
  GDPR_ART_12_1,
  GDPR_ART_13_1_C,
  GDPR_ART_13_1_D,
  GDPR_ART_13_1_E,
  GDPR_ART_13_1_F,
  GDPR_ART_13_2_A,
  GDPR_ART_13_3,
  GDPR_ART_14_1_D,
  GDPR_ART_14_2_F,
  CCPA_1798_100_A_1,
];
