// Public sources that provenance strings name, each written once. Every `source` a user can see
// (letters, jurisdictions, legal hooks) names the official title of the law with the provision and,
// where one is known, an official URL; where the text was actually read in a secondary copy, that
// copy's public URL follows. test/unit/publicSources.test.ts holds every source to that rule.

/** A law (or official instrument) by its official title and, where known, its official URL. */
export interface OfficialSource {
  readonly title: string;
  /** Official publication: EUR-Lex, legislation.gov.uk, fedlex, a legislature or gazette site. */
  readonly url?: string;
}

export const LAW = {
  GDPR: {
    title: 'Regulation (EU) 2016/679 (GDPR)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  // The official German and French titles of the GDPR (as in the Official Journal; read in several
  // matching public copies, one of them the title EUR-Lex/publications.europa.eu returns for CELEX 32016R0679).
  GDPR_DE: {
    title:
      'Verordnung (EU) 2016/679 des Europäischen Parlaments und des Rates vom 27. April 2016 zum Schutz natürlicher Personen bei der Verarbeitung personenbezogener Daten, zum freien Datenverkehr und zur Aufhebung der Richtlinie 95/46/EG (Datenschutz-Grundverordnung)',
    url: 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679',
  },
  GDPR_FR: {
    title:
      'Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel et à la libre circulation de ces données, et abrogeant la directive 95/46/CE (règlement général sur la protection des données)',
    url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679',
  },
  REG_1182_71: {
    title: 'Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time limits',
    url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
  },
  UK_GDPR: {
    title: 'UK GDPR (Regulation (EU) 2016/679 as it forms part of the law of the United Kingdom)',
    url: 'https://www.legislation.gov.uk/eur/2016/679',
  },
  UK_DPA_2018: {
    title: 'Data Protection Act 2018 (c. 12)',
    url: 'https://www.legislation.gov.uk/ukpga/2018/12',
  },
  UK_DUAA_2025: {
    title: 'Data (Use and Access) Act 2025 (c. 18)',
    url: 'https://www.legislation.gov.uk/ukpga/2025/18',
  },
  CH_FADP: {
    title: 'Federal Act on Data Protection of 25 September 2020 (FADP / DSG, SR 235.1)',
    url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/de',
  },
  US_CA_CCPA: {
    title: 'California Consumer Privacy Act of 2018, Cal. Civ. Code § 1798.100 et seq.',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5',
  },
  US_CA_CCPA_REGS: {
    title: 'California Consumer Privacy Act Regulations, Cal. Code Regs. tit. 11',
    url: 'https://cppa.ca.gov/regulations/',
  },
  US_VA_VCDPA: {
    title: 'Virginia Consumer Data Protection Act, Va. Code § 59.1-575 et seq.',
    url: 'https://law.lis.virginia.gov/vacode/title59.1/chapter53/',
  },
  US_CO_CPA: {
    title: 'Colorado Privacy Act, C.R.S. § 6-1-1301 et seq. (enacted by SB 21-190)',
    url: 'https://leg.colorado.gov/bills/sb21-190',
  },
  BR_LGPD: {
    title: 'Lei nº 13.709, de 14 de agosto de 2018 (Lei Geral de Proteção de Dados Pessoais, LGPD)',
    url: 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
  },
  CA_PIPEDA: {
    title: 'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
  },
  CA_QC_P39_1: {
    title: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1)',
    url: 'https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1',
  },
  JP_APPI: {
    title: 'Act on the Protection of Personal Information (Act No. 57 of 2003)',
    url: 'https://laws.e-gov.go.jp/law/415AC0000000057',
  },
  KR_PIPA: {
    title: 'Personal Information Protection Act (Republic of Korea)',
    url: 'https://www.law.go.kr/LSW/eng/engLsSc.do?menuId=2&section=lawNm&query=Personal+Information+Protection+Act',
  },
  KR_PIPA_DECREE: {
    title: 'Enforcement Decree of the Personal Information Protection Act (Republic of Korea)',
  },
  IN_DPDP: {
    title: 'Digital Personal Data Protection Act, 2023 (No. 22 of 2023)',
    url: 'https://www.meity.gov.in/static/uploads/2024/06/2bf1f0e9f04e6fb4f8fef35e82c42aa5.pdf',
  },
  AU_PRIVACY_ACT: {
    title: 'Privacy Act 1988 (Cth)',
    url: 'https://www.legislation.gov.au/C2004A03712/latest/text',
  },
  SG_PDPA: {
    title: 'Personal Data Protection Act 2012 (Singapore)',
    url: 'https://sso.agc.gov.sg/Act/PDPA2012',
  },
  SG_PDPC_KEY_CONCEPTS: {
    title: 'PDPC Advisory Guidelines on Key Concepts in the Personal Data Protection Act',
  },
  CN_PIPL: {
    title: "Personal Information Protection Law of the People's Republic of China (2021)",
    url: 'http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml',
  },
  ZA_POPIA: {
    title: 'Protection of Personal Information Act 4 of 2013 (POPIA)',
    url: 'https://www.gov.za/documents/protection-personal-information-act',
  },
  ZA_POPIA_REGS: {
    title: 'Regulations relating to the Protection of Personal Information, 2018 (GN R1383)',
  },
  EDPB_GUIDELINES_01_2022: {
    title: 'EDPB Guidelines 01/2022 on data subject rights - Right of access',
  },
} as const satisfies Record<string, OfficialSource>;

/** Every official title above; a user-visible `source` must contain one of them or a URL. */
export const OFFICIAL_TITLES: readonly string[] = Object.values(LAW).map((law: OfficialSource) => law.title);

/** "Title, provision, URL": the official part of a source string. */
export function official(law: OfficialSource, provision?: string): string {
  const named = provision ? `${law.title}, ${provision}` : law.title;
  return law.url ? `${named}, ${law.url}` : named;
}

/** Official URL of one section of the California Civil Code. */
export function caCivilCodeSection(section: string): string {
  return `https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=${section}`;
}

/**
 * Said of a text read only in a public copy whose web address could not be established afterwards:
 * the research recorded such copies by an internal index number, which is not an address a reader can open.
 */
export const COPY_ADDRESS_UNKNOWN = 'a public copy whose web address was not recorded';
export const COPIES_ADDRESS_UNKNOWN = 'public copies whose web addresses were not recorded';
/** The same, in German, for the German rules' legal hooks (shown in a German sentence: "Wortlaut gelesen in …"). */
export const COPY_ADDRESS_UNKNOWN_DE = 'einer öffentlichen Abschrift, deren Webadresse nicht festgehalten wurde';
export const COPIES_ADDRESS_UNKNOWN_DE = 'öffentlichen Abschriften, deren Webadressen nicht festgehalten wurden';

/** Public copies in which provision texts were read (secondary copies of official texts, or regulator pages). */
export const COPY = {
  GDPR_HUB_ART_12: 'https://gdprhub.eu/index.php?title=Article_12_GDPR&oldid=22982',
  GDPR_HUB_ART_12_PREV: 'https://gdprhub.eu/index.php?direction=prev&oldid=22963&title=Article_12_GDPR',
  GDPR_HUB_ART_13: 'https://gdprhub.eu/index.php?title=Article_13_GDPR&oldid=20196',
  GDPR_HUB_ART_14: 'https://gdprhub.eu/index.php?title=Article_14_GDPR&oldid=32264',
  GDPR_HUB_ART_21: 'https://gdprhub.eu/index.php?oldid=32851&title=Article_21_GDPR',
  ICO_RIGHT_TO_OBJECT: 'https://ico.org.uk/for-organisations-2/guide-to-data-protection/guide-to-the-general-data-protection-regulation-gdpr/individual-rights/right-to-object',
  UK_GDPR_ART_12: 'https://www.legislation.gov.uk/eur/2016/679/chapter/III/section/1/data.html',
  CA_DESKBOOK_P18: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page18.html',
  VA_DESKBOOK_P392: 'https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page392.html',
  CO_CASETEXT_6_1_1306:
    'https://casetext.com/statute/colorado-revised-statutes/title-6-consumer-and-commercial-affairs/fair-trade-and-restraint-of-trade/article-1-colorado-consumer-protection-act/part-13-colorado-privacy-act/section-6-1-1306-consumer-personal-data-rights-repeal',
  QC_LEGISQUEBEC_28_1: 'http://www.legisquebec.gouv.qc.ca/fr/version/lc/P-39.1?code=se:28_1&historique=20240326',
  JP_ESORA_ART_35: 'https://esora-law.com/law/jouhou/utilizationcease',
  ZA_POPIA_CO_ZA: 'https://popia.co.za/category/direct-marketing/',
  ZA_REGS_LAWLIBRARY: 'https://lawlibrary.org.za/akn/za/act/gn/2018/r1383',
} as const;
