// Every legal fact the letters rely on, one regime per entry, each with where it was read.
// A `source` is shown to users: it names the official title of the law with the provision and its
// official URL where one is known (titles and URLs are written once, in src/core/legal/sources.ts),
// then the public copies in which the text was actually read. "primary" = statute or regulator text
// as stored; "secondary" = a source quoting or paraphrasing it. The facts come from the project's two
// research passes (a jurisdiction reference table and a later verification pass, which wins).
// Some copies were recorded there only by a search-index number that could not be turned into a web
// address; such sources say so (COPY_ADDRESS_UNKNOWN) instead of naming the number.
// A fact marked verified: false, or listed under `unverified`, must never appear in a letter;
// test/unit/letters/catalogue.test.ts enforces that.
import { caCivilCodeSection, COPY, COPY_ADDRESS_UNKNOWN, COPIES_ADDRESS_UNKNOWN, LAW, official } from '../legal/sources';
import type { Jurisdiction } from './schema';

/** GDPR provisions whose text was read in the gdprhub copy of Art. 21 and in a public article mapping. */
const gdprRead = (provision?: string): string => `${official(LAW.GDPR, provision)}; text read in: ${COPY.GDPR_HUB_ART_21} (EU text of Art. 21) and ${COPY_ADDRESS_UNKNOWN} (a GDPR article mapping)`;
/** GDPR Art. 12 provisions, read in the gdprhub copy of Art. 12(1)–(3). */
const gdprArt12 = (provision: string): string => `${official(LAW.GDPR, provision)}; text read in: ${COPY.GDPR_HUB_ART_12} (EU text of Art. 12(1)–(3))`;
const UK_ART12 = `${LAW.UK_GDPR.title}, Art. 12 as amended; text read at ${COPY.UK_GDPR_ART_12}`;
const ICO_OBJECT = `ICO guidance "Right to object", ${COPY.ICO_RIGHT_TO_OBJECT}`;
/** UK GDPR Art. 21 as the regulator states it; the retained article text itself was not read. */
const ukArt21 = (provision: string): string => `${official(LAW.UK_GDPR, provision)}; read in the regulator's guidance: ${COPY.ICO_RIGHT_TO_OBJECT} (the article text itself was not read)`;
const ICO_COUNTING =
  'ICO guidance on time limits as quoted by Eversheds, http://online.eversheds.com/global/en/what/articles/index.page?ArticleID=en/Data-Protection/ico-updates-guidance-timescales-160819, and by the University of Edinburgh, https://information-compliance.ed.ac.uk/guidance/requests/subject-access/calculate-response-date';
const FADP_READ = `${COPY_ADDRESS_UNKNOWN} (German text of Arts. 30–31 with an English gloss)`;
const CCPA_READ = `${COPY_ADDRESS_UNKNOWN} (an abridged copy of §§ 1798.120–1798.140)`;
const VA_577 = 'https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-577/';
const VA_READ = `https://self-law.org/code/va/title-59-1/chapter-53/59-1-577 (research copy of the statute) and ${COPY.VA_DESKBOOK_P392}`;
const brRead = (provision: string): string => `${official(LAW.BR_LGPD, provision)}; text read in: ${COPY_ADDRESS_UNKNOWN} (verbatim art. 18, citing planalto.gov.br as its source)`;
const PIPEDA_TEMPLATE = `${COPY_ADDRESS_UNKNOWN} (a DPA template quoting the clause)`;
const PIPL_TRANSLATION = `unofficial English translation read in: ${COPY_ADDRESS_UNKNOWN} (article-by-article)`;
const POPIA_READ = `text read in: ${COPY.ZA_POPIA_CO_ZA} (a public copy of the Act that renders its numbering as a list)`;
const PRIVACY_SKILL_PACK = 'https://github.com/mukul975/Privacy-Data-Protection-Skills/tree/9b2ef9eae161c00a17241d42a388571321b33e9f';
/**
 * GDPR Art. 17 and 18, read in each letter language (the official text as reproduced on the public
 * pages named); the official language versions are on EUR-Lex under CELEX 32016R0679.
 */
const gdpr1718 = (provision: string): string =>
  `${official(LAW.GDPR, provision)} (language versions: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679, likewise /DE/, /FR/, /NL/, /ES/, /IT/, /PL/); text read in: https://gdprhub.eu/Article_17_GDPR (EN), https://cortina-consult.com/dsgvo/artikel-17 and https://www.datenschutz-wiki.de/index.php?title=DSGVO:Art_18 (DE), https://gdpr-text.com/fr/read/article-18/ (FR), https://eprodat.com/recht-op-gegevenswissing-voor-de-betrokkene/ and https://avgb.nl/art-18-avg (NL), https://gdpr-text.com/hu/read/article-18/?col=1&lang1=pl&lang2=en&lang3=de (PL), https://studiomartelli.it/gdpr-diritto-di-limitazione-al-trattamento (IT), and for ES and FR Art. 17 ${COPIES_ADDRESS_UNKNOWN}`;
/** California state holidays as CalHR lists them (Govt. Code 19853). */
const CALHR_HOLIDAYS = 'CalHR, State holidays (Govt. Code 19853 and 19854), https://www.calhr.ca.gov/employees/Pages/holidays.aspx';

export const JURISDICTIONS: readonly Jurisdiction[] = [
  {
    id: 'eu-gdpr',
    name: 'European Union',
    law: {
      name: 'Regulation (EU) 2016/679, the General Data Protection Regulation',
      shortName: 'GDPR',
      verified: true,
      evidence: 'primary',
      source: gdprRead(),
    },
    provisions: [
      {
        id: 'gdpr',
        citation: 'Regulation (EU) 2016/679 (GDPR)',
        summary: 'The regulation itself, named in letters by its number.',
        role: 'law',
        numbers: ['2016/679'],
        verified: true,
        evidence: 'primary',
        source: gdprRead(),
      },
      {
        id: 'gdpr-21-1',
        citation: 'GDPR Art. 21(1)',
        summary:
          'Right to object "on grounds relating to his or her particular situation, at any time" to processing based on Art. 6(1)(e) or (f), including profiling; the controller must stop unless it demonstrates compelling legitimate grounds which override the data subject\'s interests, rights and freedoms, or for legal claims.',
        role: 'object',
        reasonsRequired: 'yes',
        responseDeadline: { status: 'rule', rule: 'gdpr-12-3' },
        numbers: ['21', '1', '6'],
        verified: true,
        evidence: 'primary',
        source: gdprRead('Art. 21(1)'),
        note: "The GDPR has no article specific to AI training; where training relies on Art. 6(1)(f), the route is this objection (an inference from the text, not a regulator's statement).",
      },
      {
        id: 'gdpr-21-2-3',
        citation: 'GDPR Art. 21(2)–(3)',
        summary:
          'Right to object at any time to processing for direct marketing, including profiling related to it; after the objection the data "shall no longer be processed for such purposes". The text sets no grounds requirement.',
        role: 'object',
        reasonsRequired: 'no',
        responseDeadline: { status: 'rule', rule: 'gdpr-12-3' },
        numbers: ['21', '2', '3'],
        verified: true,
        evidence: 'primary',
        source: gdprRead('Art. 21(2)–(3)'),
      },
      {
        id: 'gdpr-21-5',
        citation: 'GDPR Art. 21(5)',
        summary: 'In the context of information society services, the right to object may be exercised by automated means using technical specifications.',
        role: 'procedure',
        numbers: ['21', '5'],
        verified: true,
        evidence: 'primary',
        source: gdprRead('Art. 21(5)'),
      },
      {
        id: 'gdpr-7-3',
        citation: 'GDPR Art. 7(3)',
        summary: 'Right to withdraw consent at any time; withdrawal does not affect earlier processing; "It shall be as easy to withdraw as to give consent."',
        role: 'withdraw-consent',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'none',
          note: 'Art. 7(3) sets no response period, and the one-month period of Art. 12(3) covers requests under Articles 15 to 22, which do not include Art. 7.',
          source: `${official(LAW.GDPR, 'Arts. 7(3) and 12(3)')}; text read in: https://law-reg.org/gdpr-en/regulation_translate/55 (Art. 7(3)) and ${COPY.GDPR_HUB_ART_12} (Art. 12(1)–(3))`,
        },
        numbers: ['7', '3'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.GDPR, 'Art. 7(3)')}; text read in: https://law-reg.org/gdpr-en/regulation_translate/55 and ${COPY_ADDRESS_UNKNOWN} (a GDPR article mapping)`,
      },
      {
        id: 'gdpr-18-1-d',
        citation: 'GDPR Art. 18(1)(d)',
        summary:
          'Right to restriction of processing where "the data subject has objected to processing pursuant to Article 21(1) pending the verification whether the legitimate grounds of the controller override those of the data subject".',
        role: 'restrict',
        reasonsRequired: 'no',
        numbers: ['18', '1', '21'],
        verified: true,
        evidence: 'primary',
        source: gdpr1718('Art. 18(1)(d)'),
      },
      {
        id: 'gdpr-17-1-c',
        citation: 'GDPR Art. 17(1)(c)',
        summary:
          'Erasure without undue delay where "the data subject objects to the processing pursuant to Article 21(1) and there are no overriding legitimate grounds for the processing, or the data subject objects to the processing pursuant to Article 21(2)".',
        role: 'erase',
        reasonsRequired: 'no',
        numbers: ['17', '1', '21'],
        verified: true,
        evidence: 'primary',
        source: gdpr1718('Art. 17(1)(c)'),
      },
      {
        id: 'gdpr-17-1-b',
        citation: 'GDPR Art. 17(1)(b)',
        summary:
          'Erasure without undue delay where "the data subject withdraws consent on which the processing is based according to point (a) of Article 6(1), or point (a) of Article 9(2), and where there is no other legal ground for the processing". Withdrawal alone (Art. 7(3)) deletes nothing.',
        role: 'erase',
        reasonsRequired: 'no',
        numbers: ['17', '1'],
        verified: true,
        evidence: 'primary',
        source: gdpr1718('Art. 17(1)(b)'),
        note: "ES: Art. 17 was read in the Spanish Government's Galician and Valencian versions (https://sede.agenciatributaria.gob.es/Sede/gl_es/todas-gestiones/procedimientos-no-tributarios/tratamiento-datos-personales/tratamiento-datos-personales/informacion-interesado-sobre-proteccion-datos/4-ejercicio-derechos/4_4-derecho-supresion.html) and Spanish paraphrases; the terms used (supresión, limitación del tratamiento, fundamento jurídico) match the Spanish Art. 18 text read.",
      },
      {
        id: 'gdpr-12-2',
        citation: 'GDPR Art. 12(2)',
        summary: 'The controller shall facilitate the exercise of data subject rights under Articles 15 to 22.',
        role: 'procedure',
        numbers: ['12', '2', '15', '22'],
        verified: true,
        evidence: 'primary',
        source: gdprArt12('Art. 12(2)'),
      },
      {
        id: 'gdpr-12-3',
        citation: 'GDPR Art. 12(3)',
        summary:
          'Information on action taken on a request under Articles 15 to 22 "without undue delay and in any event within one month of receipt"; extendable by two further months where necessary, with notice and reasons within the first month.',
        role: 'procedure',
        numbers: ['12', '3'],
        verified: true,
        evidence: 'primary',
        source: gdprArt12('Art. 12(3)'),
        note: 'Spanish wording in the ES letters ("sin dilación indebida y, en cualquier caso, en el plazo de un mes a partir de la recepción de la solicitud"; "otros dos meses en caso necesario") checked against the Spanish text as quoted in a compliance file citing the official version (a public copy whose web address was not recorded) and the start of Art. 12(3) on https://www.iberley.es/temas/derecho-transparencia-informacion-lopdgdd-rgpd-62754; official text: https://eur-lex.europa.eu/legal-content/ES/TXT/?uri=CELEX:32016R0679. Matches; secondary only.',
      },
      {
        id: 'gdpr-12-4',
        citation: 'GDPR Art. 12(4)',
        summary:
          'If the controller does not take action, it must inform the data subject without delay and at the latest within one month of receipt of the reasons and of the possibility of lodging a complaint with a supervisory authority and seeking a judicial remedy.',
        role: 'procedure',
        numbers: ['12', '4'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.GDPR, 'Art. 12(4)')}; text read in: https://www.law-reg.org/gdpr-en1/regulations/obligations-of-the-controller-when-the-data-subject-request-is-unadopted and https://dataprotection.ie/en/individuals/know-your-rights/how-long-will-it-take`,
      },
      {
        id: 'gdpr-77',
        citation: 'GDPR Art. 77(1)',
        summary: 'Right to lodge a complaint with a supervisory authority, "in particular in the Member State of his or her habitual residence, place of work or place of the alleged infringement".',
        role: 'complaint',
        numbers: ['77', '1', '2'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.GDPR, 'Art. 77(1)')}; text read in: https://legalviz.eu/gdpr/article/77 and https://gdprhub.eu/Article%2077%20GDPR`,
      },
    ],
    deadlineRules: [
      {
        id: 'gdpr-12-3',
        citation: 'GDPR Art. 12(3)',
        description: 'one month from receipt',
        period: { amount: 1, unit: 'months' },
        rollForward: true,
        rollForwardBasis: 'Reg. (EEC, Euratom) No 1182/71 Art. 3(4), as commonly applied to the GDPR; the GDPR itself does not say so',
        holidays: {
          calendar: 'controller-country',
          basis:
            'Reg. (EEC, Euratom) No 1182/71 Art. 3(4) and Art. 2(1) (public holidays of the Member State where the action is to be taken), applied by analogy under the same common reading as the weekend roll-over; the GDPR itself does not say so',
          source: `${official(LAW.REG_1182_71, 'Art. 3(4) and 2(1)')}; text read as quoted on http://wordscope.be/anglais/francais/ended+last+june.html; holiday dates: date-holidays data (CC BY-SA 3.0), https://github.com/commenthol/date-holidays`,
        },
        extension: {
          amount: 2,
          unit: 'months',
          condition: 'where necessary, taking into account the complexity and number of the requests, if the controller says so within one month of receipt, with reasons',
        },
        numbers: ['12', '3'],
        verified: true,
        evidence: 'primary',
        source: `${gdprArt12('Art. 12(3)')}; counting: ${official(LAW.REG_1182_71, 'Art. 3(2)(c) and 3(4)')}, text read in: http://wordscope.be/engels/nederlands/X-hour+week.html and http://wordscope.be/anglais/francais/ended+last+june.html`,
        note: "Reg. 1182/71 Art. 1 names acts \"of the Council or Commission\"; applying it to GDPR Art. 12(3) is the regulators' and practitioners' reading. The EDPB's own counting text (Guidelines 01/2022 §5.3) was not read.",
      },
    ],
    authority: {
      name: 'A supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (GDPR Art. 77(1))',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.GDPR, 'Art. 77(1)')}; text read in: https://legalviz.eu/gdpr/article/77`,
      note: 'No authority web address was read; the user names the authority.',
    },
    unverified: [
      {
        statement: 'The EDPB applies Reg. 1182/71 (start day, month end, weekends) to GDPR Art. 12(3).',
        note: 'EDPB Guidelines 01/2022 §5.3 not read.',
        source: `${LAW.EDPB_GUIDELINES_01_2022.title} (version 2.1): copy found at https://overview.legal/posts/38055, without the text of §5.3`,
        forbidden: ['EDPB', '01/2022', '1182/71'],
      },
      {
        statement: "The URL of Meta's AI-training objection form, any DPC decision on it, and the text of EDPB Opinion 28/2024.",
        note: "The DPC statement of 21 May 2025 was read (https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai) and is named in the AI letter's notes; the form URL, a DPC decision and the Opinion text itself were not. Letters stay company-neutral.",
        source:
          "Not found in the public pages read on Meta's AI-training objection, e.g. https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu and https://www.dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai",
        forbidden: ['facebook.com', 'instagram.com', 'Meta AI'],
      },
    ],
  },
  {
    id: 'uk-gdpr',
    name: 'United Kingdom',
    law: {
      name: 'UK GDPR and Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025',
      shortName: 'UK GDPR',
      verified: true,
      evidence: 'primary',
      source: UK_ART12,
    },
    provisions: [
      {
        id: 'uk-gdpr-21',
        citation: 'UK GDPR Art. 21',
        summary:
          'ICO: "Article 21 of the UK GDPR gives individuals the right to object to the processing of their personal data at any time"; outside direct marketing the controller "may be able to continue processing if you can show that you have a compelling reason for doing so".',
        role: 'object',
        reasonsRequired: 'unverified',
        responseDeadline: { status: 'rule', rule: 'uk-gdpr-12a' },
        numbers: ['21'],
        verified: true,
        evidence: 'primary',
        source: ukArt21('Art. 21'),
        note: 'Whether the retained Art. 21(1) still requires "grounds relating to his or her particular situation" was not read on legislation.gov.uk; UK letters ask for reasons without quoting that wording. A third-party compliance file quotes UK GDPR Art. 21(1) as retrieved from https://www.legislation.gov.uk/eur/2016/679/article/21 on 2026-08-06: "on grounds relating to his or her particular situation … based on point (e), (ea) or (f) of Article 6(1)", i.e. the objection covers the new "recognised legitimate interests" basis that DUAA 2025 s.70(2) inserted as Art. 6(1)(ea) (s.70 text read: https://www.legislation.gov.uk/id/ukpga/2025/18/section/70; in force 5 Feb 2026 per SI 2026/82 reg. 2(c), read as reproduced at https://crimeline.co.uk/legislationdisplay/?leg=%2Fuksi%2F2026%2F82%2Fregulation%2F2%2Fmade). Secondary for the Art. 21(1) wording, so letters do not cite it yet.',
      },
      {
        id: 'uk-gdpr-21-direct-marketing',
        citation: 'UK GDPR Art. 21 (direct marketing)',
        summary: 'ICO: "Individuals have an absolute right to stop their data being used for direct marketing."',
        role: 'object',
        reasonsRequired: 'no',
        responseDeadline: { status: 'rule', rule: 'uk-gdpr-12a' },
        numbers: ['21'],
        verified: true,
        evidence: 'primary',
        source: ukArt21('Art. 21 (direct marketing)'),
        note: 'Paragraph numbers (21(2), 21(3)) appear only in secondary sources for the UK text.',
      },
      {
        id: 'uk-gdpr-12-2',
        citation: 'UK GDPR Art. 12(2)',
        summary: 'The controller shall facilitate the exercise of data subject rights arising under or by virtue of Articles 15 to 22D.',
        role: 'procedure',
        numbers: ['12', '2'],
        verified: true,
        evidence: 'primary',
        source: UK_ART12,
      },
      {
        id: 'uk-gdpr-12-3',
        citation: 'UK GDPR Art. 12(3)',
        summary: 'Information on action taken "without undue delay and in any event before the end of the applicable time period (see Article 12A)".',
        role: 'procedure',
        numbers: ['12', '3', '12A'],
        verified: true,
        evidence: 'primary',
        source: UK_ART12,
      },
      {
        id: 'uk-gdpr-12-4',
        citation: 'UK GDPR Art. 12(4)',
        summary:
          'If the controller does not take action it must say why, without undue delay and before the end of the applicable time period, and tell the data subject about "the possibility of lodging a complaint with the Commissioner and seeking a judicial remedy".',
        role: 'procedure',
        numbers: ['12', '4'],
        verified: true,
        evidence: 'primary',
        source: UK_ART12,
      },
      {
        id: 'uk-dpa-164a',
        citation: 'DPA 2018 s.164A',
        summary:
          'A data subject may complain to the controller about an infringement of the UK GDPR; the controller must acknowledge receipt "within the period of 30 days beginning when the complaint is received" and respond without undue delay.',
        role: 'complaint',
        numbers: ['164A', '2018', '30'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.UK_DPA_2018, 's.164A')}, inserted by ${LAW.UK_DUAA_2025.title}, s.103; text read at https://www.legislation.gov.uk/id/ukpga/2025/18/section/103; in force 19 June 2026 per SI 2026/82 reg. 3 (secondary: https://bratby.law/data-use-and-access-act-2025-commencement/)`,
        note: 'The statute does not require this step before going to the ICO; the ICO is reported to expect it in most cases (secondary: https://www.linklaters.com/en/insights/blogs/digilinks/2026/may/uk-updates-to-privacy-notices).',
      },
    ],
    deadlineRules: [
      {
        id: 'uk-gdpr-12a',
        citation: 'UK GDPR Art. 12(3) and 12A; ICO guidance',
        description: 'one calendar month from receipt',
        period: { amount: 1, unit: 'months' },
        rollForward: true,
        rollForwardBasis: 'ICO guidance on time limits',
        holidays: {
          calendar: 'controller-country',
          basis: 'ICO guidance on time limits: a deadline falling "on a weekend or a public holiday" runs to the next working day; bank holidays of the UK nation where the controller is established',
          source: `${ICO_COUNTING}; bank holiday dates: date-holidays data (CC BY-SA 3.0), https://github.com/commenthol/date-holidays`,
        },
        extension: {
          amount: 2,
          unit: 'months',
          condition: 'where the request is complex or numerous, if the controller says so, with reasons, before the first month ends',
        },
        numbers: ['12', '3', '12A'],
        verified: true,
        evidence: 'primary',
        source: `${ICO_OBJECT} ("You have one calendar month to respond to an objection"); counting: ${ICO_COUNTING}; ${UK_ART12}`,
        note: 'The text of Art. 12A (in force 5 Feb 2026 with DUAA s.76, SI 2026/82 reg. 2(h)) was not read. It pauses the clock while the controller waits for clarification or identity information (secondary: https://www.ashfords.co.uk/insights/articles/the-data-use-and-access-act-changes-for-data-subject-access-requests), so the real date can be later. The extension is taken from secondary summaries of the Act (Bevan Brittan 2025). UNVERIFIED: whether Art. 12A counts "one month beginning with" the day of receipt, as DPA 2018 s.54 does for law-enforcement processing; under that wording the period would end a day before the date given here (ICO guidance, which this rule follows, says a request received on 3 September is due on 3 October).',
      },
    ],
    authority: {
      name: "Information Commissioner's Office (ICO)",
      verified: true,
      evidence: 'primary',
      source: `${UK_ART12} (Art. 12(4): "the Commissioner"); ${ICO_OBJECT}`,
      note: 'The Data (Use and Access) Act 2025 replaces the ICO with an "Information Commission": s.117 (the Information Commission) is in force since 20 Aug 2025 except s.117(4)(a) (SI 2025/904 reg. 2(r), https://www.legislation.gov.uk/uksi/2025/904/regulation/2/made); the transfer of functions (s.119) had no commencement date in any text read, and SI 2026/386 (consequential amendments) takes effect only when s.119 is fully in force (https://www.legislation.gov.uk/uksi/2026/386/body/made). Letters keep "ICO" until that date is verified. No complaint page address was read.',
    },
    unverified: [
      {
        statement: 'DPA 2018 s.21 is a "right to object".',
        note: 'Cited only by one secondary source; doubtful.',
        source: `secondary only: https://github.com/ThomasMoreAI/legal-skills-open/blob/main/general/data-protection/skills/right-to-object/references/standards.md ("Section 21 — Right to object"); ${official(LAW.UK_DPA_2018, 's.21')} not read`,
        forbidden: ['section 21', 's.21', 's. 21'],
      },
      {
        statement: 'The retained UK GDPR Art. 21(1) requires "grounds relating to his or her particular situation".',
        note: 'Only the EU text was read.',
        source: `${official(LAW.UK_GDPR, 'Art. 21(1)')}: not read; EU text read in ${COPY.GDPR_HUB_ART_21}; ${ICO_OBJECT}`,
        forbidden: ['21(1)', '21(2)', '21(3)', 'particular situation'],
      },
      {
        statement: 'UK GDPR Art. 12A counts the one month "beginning with" the day of receipt (ending a day earlier than the ICO reading).',
        note: 'Art. 12A text not read; DPA 2018 s.54 (Part 3 only) uses "beginning with".',
        source: `${official(LAW.UK_DPA_2018, 's.54(3C)')}; text read at https://www.legislation.gov.uk/ukpga/2018/12/section/54/data.html`,
        forbidden: ['beginning with'],
      },
      {
        statement: 'The date on which the Information Commission takes over from the ICO (DUAA s.119).',
        note: 'No commencement of s.119 was found in the texts read.',
        source: 'https://www.legislation.gov.uk/uksi/2026/386/body/made',
        forbidden: ['Information Commission '],
      },
      {
        statement: 'UK GDPR Art. 77 is the basis for complaints to the ICO after the DUAA.',
        note: 'A secondary source suggests the DUAA changed Art. 77 UK GDPR; not read.',
        source: 'https://bratby.law/data-use-and-access-act-2025-commencement/ (excerpt cut off)',
        forbidden: ['Article 77', 'Art. 77'],
      },
    ],
  },
  {
    id: 'ch-fadp',
    name: 'Switzerland',
    law: {
      name: 'Federal Act on Data Protection (revised FADP; Datenschutzgesetz, DSG)',
      shortName: 'FADP',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.CH_FADP)}; text read in: ${FADP_READ}`,
    },
    provisions: [
      {
        id: 'ch-fadp-30-2-b',
        citation: 'FADP Art. 30 para. 2 let. b',
        summary:
          'Processing "entgegen der ausdrücklichen Willenserklärung der betroffenen Person" (contrary to the express wishes of the data subject; non-binding English) is a violation of personality. Only an express declaration is needed; no grounds requirement appears in the text.',
        role: 'object',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'unverified',
          note: 'No deadline for acting on an objection appears in the text read.',
          source: `${official(LAW.CH_FADP, 'Arts. 30–31')}; text read in: ${FADP_READ}; no deadline appears there`,
        },
        numbers: ['30', '2'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.CH_FADP, 'Art. 30 para. 2 let. b')}; text read in: ${FADP_READ}`,
      },
      {
        id: 'ch-fadp-31-1',
        citation: 'FADP Art. 31 para. 1',
        summary: 'A violation of personality is unlawful unless justified by consent, an overriding private or public interest, or law.',
        role: 'procedure',
        numbers: ['31', '1'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.CH_FADP, 'Art. 31 para. 1')}; text read in: ${FADP_READ}`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Federal Data Protection and Information Commissioner (FDPIC / EDÖB)',
      verified: true,
      evidence: 'secondary',
      source: `secondary: named, with the address https://www.edoeb.admin.ch, in a Swiss privacy policy read in ${COPY_ADDRESS_UNKNOWN}`,
      note: 'Whether the FDPIC takes individual complaints or only reports is unverified, so no complaint letter is offered.',
    },
    unverified: [
      {
        statement: 'Deadline for access requests (FADP Art. 25).',
        note: 'The text was not read.',
        source: `${official(LAW.CH_FADP, 'Art. 25')}: not read`,
        forbidden: ['Art. 25', 'Article 25', '30 days'],
      },
    ],
  },
  {
    id: 'us-ca',
    name: 'California (USA)',
    law: {
      name: 'California Consumer Privacy Act as amended by the California Privacy Rights Act (Cal. Civ. Code § 1798.100 ff.)',
      shortName: 'CCPA',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.US_CA_CCPA)}; text read in: ${CCPA_READ}`,
    },
    provisions: [
      {
        id: 'us-ca-1798-120',
        citation: 'Cal. Civ. Code § 1798.120(a)',
        summary: 'Consumers have "the right, at any time, to direct a business that sells or shares personal information about the consumer to third parties not to sell or share" it.',
        role: 'opt-out',
        reasonsRequired: 'no',
        responseDeadline: { status: 'rule', rule: 'us-ca-7026' },
        numbers: ['1798.120'],
        verified: true,
        evidence: 'primary',
        source: `${LAW.US_CA_CCPA.title}, § 1798.120(a), ${caCivilCodeSection('1798.120')}; text read in: ${CCPA_READ}`,
      },
      {
        id: 'us-ca-1798-121',
        citation: 'Cal. Civ. Code § 1798.121(a)',
        summary:
          '"Consumers\' Right to Limit Use and Disclosure of Sensitive Personal Information": a consumer may, at any time, direct a business to "limit its use of the consumer\'s sensitive personal information" to the uses listed in subdivision (a); under (b), a business that "has received direction from a consumer not to use or disclose" it may not use or disclose it for any other purpose afterwards unless the consumer later consents.',
        role: 'restrict',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'unverified',
          note: '11 CCR § 7027(g) is the compliance subsection, but its "15 business days" wording was cut off in the text read.',
          source: `${official(LAW.US_CA_CCPA_REGS, '§ 7027(g)')}; text read in: https://law.cornell.edu/regulations/california/11-CCR-7027 and https://online.flipbuilder.com/bzaa/mvgs/files/basic-html/page88.html (cut off)`,
        },
        numbers: ['1798.121'],
        verified: true,
        evidence: 'primary',
        source: `${LAW.US_CA_CCPA.title}, § 1798.121 (heading, (a), (b)), ${caCivilCodeSection('1798.121')}; text read in: ${CCPA_READ} and two other ${COPIES_ADDRESS_UNKNOWN}`,
      },
      {
        id: 'us-ca-7026',
        citation: 'Cal. Code Regs. tit. 11, § 7026',
        summary:
          'Requests to opt-out of sale/sharing. Its predecessor § 999.315(e) required compliance "as soon as feasibly possible, but no later than 15 business days from the date the business receives the request".',
        role: 'procedure',
        numbers: ['11', '7026', '15'],
        verified: true,
        evidence: 'secondary',
        source: `${official(LAW.US_CA_CCPA_REGS, '§ 7026')}; title and subsection (a) read in: https://www.law.cornell.edu/regulations/california/11-CCR-7026; renumbering from § 999.315: https://regulations.justia.com/states/california/title-11/division-1/chapter-20/article-3/section-999-315/`,
        note: 'The 15-business-day text was read in the former § 999.315(e); that it now sits in § 7026(f) is supported only by secondary sources.',
      },
    ],
    deadlineRules: [
      {
        id: 'us-ca-7026',
        citation: 'Cal. Code Regs. tit. 11, § 7026',
        description: 'no later than 15 business days from receipt',
        period: { amount: 15, unit: 'business-days' },
        rollForward: false,
        holidays: {
          calendar: 'US-CA',
          basis: 'California state holidays (the days CalHR lists under Govt. Code 19853) treated as non-business days; the regulation\'s own definition of "business day" was not read',
          source: `${CALHR_HOLIDAYS} (read: the list and the Sunday/Saturday rules)`,
        },
        numbers: ['15', '7026', '11'],
        verified: true,
        evidence: 'secondary',
        source: `${official(LAW.US_CA_CCPA_REGS, '§ 7026, formerly § 999.315(e)')}; text of § 999.315(e) read in: ${COPY_ADDRESS_UNKNOWN}; renumbering: https://regulations.justia.com/states/california/title-11/division-1/chapter-20/article-3/section-999-315/; subsection (f) per secondary sources only, e.g. https://cookiebeam.com/guides/how-to-process-opt-out-do-not-sell-request-2026`,
        note: 'Skips weekends and the California state holidays on CalHR\'s list (incl. Thanksgiving and the day after). Gov. Code § 6700 names further "holidays in this state" (e.g. Lincoln Day, Admission Day, Native American Day); they are not skipped, so the date stays on the early side (§ 6700 text: https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=6700, read as quoted on leginfo SB 383 and FindLaw).',
      },
    ],
    authority: {
      name: 'California Privacy Protection Agency (CPPA, "CalPrivacy")',
      url: 'https://privacy.ca.gov/submit-a-complaint',
      verified: true,
      evidence: 'primary',
      source:
        'CalPrivacy complaint page, https://privacy.ca.gov/submit-a-complaint; complaint form https://cppa.ca.gov/webapplications/complaint, read in an archived copy: https://megalodon.jp/ref/2026-0115-1333-20/https://cppa.ca.gov:443/webapplications/complaint',
      note: 'The agency "does not represent individual consumers"; the Attorney General also enforces the CCPA.',
    },
    unverified: [
      {
        statement: 'Civ. Code § 1798.135(c)(2) sets the 15 business days.',
        note: 'No statute text supports it.',
        source: `${LAW.US_CA_CCPA.title}, § 1798.135, ${caCivilCodeSection('1798.135')}: no text read supports it; attributed to it only by public code files`,
        forbidden: ['1798.135(c)(2)'],
      },
      {
        statement: 'The 15 business days sit in 11 CCR § 7026(f)(1); § 7027(g)(1) gives the same period for limit requests.',
        note: 'Subsection texts not read.',
        source: `${official(LAW.US_CA_CCPA_REGS, '§§ 7026(f) and 7027(g)')}: subsection texts not read (https://www.law.cornell.edu/regulations/california/11-CCR-7026, https://law.cornell.edu/regulations/california/11-CCR-7027)`,
        forbidden: ['7026(f)', '7027'],
      },
      {
        statement: 'The Attorney General consumer-complaint portal address.',
        note: 'Secondary only.',
        source: 'secondary only: a privacy-tools guide published at https://theluckystrike.github.io (page address not recorded)',
        forbidden: ['oag.ca.gov'],
      },
    ],
  },
  {
    id: 'us-va',
    name: 'Virginia (USA)',
    law: {
      name: 'Virginia Consumer Data Protection Act (Va. Code § 59.1-575 ff.)',
      shortName: 'VCDPA',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.US_VA_VCDPA)}; text read in: https://self-law.org/code/va/title-59-1/chapter-53/59-1-577 (research copy of the statute)`,
    },
    provisions: [
      {
        id: 'us-va-59-1-577-a-5',
        citation: 'Va. Code § 59.1-577(A)(5)',
        summary:
          'Right "To opt out of the processing of the personal data for purposes of (i) targeted advertising, (ii) the sale of personal data, or (iii) profiling in furtherance of decisions that produce legal or similarly significant effects concerning the consumer"; may be invoked at any time.',
        role: 'opt-out',
        reasonsRequired: 'no',
        responseDeadline: { status: 'rule', rule: 'us-va-45' },
        numbers: ['59.1-577', '5'],
        verified: true,
        evidence: 'primary',
        source: `${LAW.US_VA_VCDPA.title}, § 59.1-577(A)(5), ${VA_577}; text read in: ${VA_READ}`,
      },
      {
        id: 'us-va-59-1-577-b',
        citation: 'Va. Code § 59.1-577(B)(1)–(2)',
        summary:
          'Respond "without undue delay, but in all cases within 45 days of receipt"; extendable once by 45 days when reasonably necessary, with notice and reason within the first 45 days; a refusal must give the justification and appeal instructions within 45 days.',
        role: 'procedure',
        numbers: ['59.1-577', '45', '1', '2'],
        verified: true,
        evidence: 'primary',
        source: `${LAW.US_VA_VCDPA.title}, § 59.1-577(B)(1)–(2), ${VA_577}; text read in: ${COPY.VA_DESKBOOK_P392}`,
      },
    ],
    deadlineRules: [
      {
        id: 'us-va-45',
        citation: 'Va. Code § 59.1-577(B)(1)',
        description: 'within 45 days of receipt',
        period: { amount: 45, unit: 'calendar-days' },
        rollForward: false,
        extension: {
          amount: 45,
          unit: 'calendar-days',
          condition: 'once, when reasonably necessary given the complexity and number of the requests, if the controller says so within the initial 45 days, with the reason',
        },
        numbers: ['45', '59.1-577'],
        verified: true,
        evidence: 'primary',
        source: `${LAW.US_VA_VCDPA.title}, § 59.1-577(B)(1), ${VA_577}; text read in: ${COPY.VA_DESKBOOK_P392}`,
      },
    ],
    authority: {
      name: 'Attorney General of Virginia (exclusive enforcement; no private right of action)',
      verified: true,
      evidence: 'secondary',
      source:
        'secondary: a public compliance summary (web address not recorded) and https://dailyprogress.com/news/state-and-regional/govt-and-politics/virginia-s-new-big-tech-backed-data-privacy-law-is-the-nation-s-second-critics/article_d0ea75ca-918a-11eb-8985-5fb980c5cdf3.html',
      note: 'No consumer complaint channel was read, so no complaint letter is offered.',
    },
    unverified: [
      {
        statement: 'The controller must answer an appeal within 60 days (§ 59.1-577(C)).',
        note: 'Subsection (C) was cut off in the text read; secondary only.',
        source: `${LAW.US_VA_VCDPA.title}, § 59.1-577(C), ${VA_577}: cut off in the text read; secondary sources only`,
        forbidden: ['60 days', '59.1-577(C)'],
      },
    ],
  },
  {
    id: 'us-co',
    name: 'Colorado (USA)',
    law: {
      name: 'Colorado Privacy Act (C.R.S. § 6-1-1301 ff.)',
      shortName: 'CPA',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.US_CO_CPA)}; text read in: ${COPY.CO_CASETEXT_6_1_1306}`,
    },
    provisions: [
      {
        id: 'us-co-6-1-1306-1-a',
        citation: 'C.R.S. § 6-1-1306(1)(a)(I)',
        summary:
          'Right to opt out of the processing of personal data for (A) targeted advertising, (B) the sale of personal data, or (C) profiling in furtherance of decisions that produce legal or similarly significant effects. Requests go through "the methods specified by the controller in the privacy notice"; no new account may be required.',
        role: 'opt-out',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'unverified',
          note: 'A 45-day period in § 6-1-1306(2)(a) is reported by secondary sources only; the subsection was not read.',
          source: `${official(LAW.US_CO_CPA, '§ 6-1-1306(2)(a)')}: not read; secondary: ${COPIES_ADDRESS_UNKNOWN}`,
        },
        numbers: ['6-1-1306', '1'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.US_CO_CPA, '§ 6-1-1306(1)(a)')}; text read in: ${COPY.CO_CASETEXT_6_1_1306} and https://law.counselstack.com/statute/co/06/6-1-1306`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Colorado Attorney General',
      verified: true,
      evidence: 'secondary',
      source: `secondary: public compliance summaries (web addresses not recorded); the enforcement provisions of the ${official(LAW.US_CO_CPA)} were not read`,
      note: 'No consumer complaint channel was read, so no complaint letter is offered.',
    },
    unverified: [
      {
        statement: 'The controller must respond within 45 days, extendable once by 45 days (§ 6-1-1306(2)(a)).',
        note: 'Secondary only.',
        source: `${official(LAW.US_CO_CPA, '§ 6-1-1306(2)(a)')}: not read; secondary: ${COPIES_ADDRESS_UNKNOWN}`,
        forbidden: ['45 days', 'forty-five', '6-1-1306(2)'],
      },
    ],
  },
  {
    id: 'br-lgpd',
    name: 'Brazil',
    law: {
      name: 'Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018)',
      shortName: 'LGPD',
      verified: true,
      evidence: 'primary',
      source: brRead('art. 18'),
    },
    provisions: [
      {
        id: 'br-lgpd',
        citation: 'Lei nº 13.709/2018 (LGPD)',
        summary: 'The statute, named in letters by its number.',
        role: 'law',
        numbers: ['13.709/2018'],
        verified: true,
        evidence: 'primary',
        source: brRead('art. 18'),
      },
      {
        id: 'br-lgpd-18-2',
        citation: 'LGPD art. 18, § 2º',
        summary:
          '"O titular pode opor-se a tratamento realizado com fundamento em uma das hipóteses de dispensa de consentimento, em caso de descumprimento ao disposto nesta Lei." The objection is tied to non-compliance with the Law.',
        role: 'object',
        reasonsRequired: 'yes',
        responseDeadline: {
          status: 'unverified',
          note: 'Art. 18 § 5º refers deadlines to a regulation ("nos prazos e nos termos previstos em regulamento"); one source reports the ANPD had not issued it by 2026-08-11.',
          source: brRead('art. 18, § 5º'),
        },
        numbers: ['18', '2'],
        verified: true,
        evidence: 'primary',
        source: brRead('art. 18, § 2º'),
      },
      {
        id: 'br-lgpd-18-6',
        citation: 'LGPD art. 18, VI',
        summary:
          'Right to "eliminação dos dados pessoais tratados com o consentimento do titular, exceto nas hipóteses previstas no art. 16". Art. 8, § 5º: revocation leaves earlier processing "ratificados … enquanto não houver requerimento de eliminação, nos termos do inciso VI do caput do art. 18", so revocation alone deletes nothing.',
        role: 'erase',
        reasonsRequired: 'no',
        numbers: ['18', '16', '8', '5'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.BR_LGPD, 'art. 8, § 5º and art. 18, VI')}; text read in: ${COPY_ADDRESS_UNKNOWN} (quoting planalto.gov.br with its compiled-text notes of 2026-08-11)`,
      },
      {
        id: 'br-lgpd-18-9',
        citation: 'LGPD art. 18, IX',
        summary: 'Right to revocation of consent, as provided in art. 8, § 5º.',
        role: 'withdraw-consent',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'unverified',
          note: 'Same as art. 18 § 5º: deadlines are left to a regulation.',
          source: brRead('art. 18, § 5º'),
        },
        numbers: ['18', '8', '5'],
        verified: true,
        evidence: 'primary',
        source: brRead('art. 18, IX'),
      },
      {
        id: 'br-lgpd-18-3-5',
        citation: 'LGPD art. 18, §§ 3º to 5º',
        summary:
          'Rights are exercised by express request to the agent (§ 3º); if immediate action is impossible, the controller replies giving "as razões de fato ou de direito" (§ 4º); requests are met free of charge, "nos prazos e nos termos previstos em regulamento" (§ 5º).',
        role: 'procedure',
        numbers: ['18', '3', '4', '5'],
        verified: true,
        evidence: 'primary',
        source: brRead('art. 18, §§ 3º to 5º'),
      },
      {
        id: 'br-lgpd-18-1',
        citation: 'LGPD art. 18, § 1º',
        summary: 'The data subject may petition against the controller "perante a autoridade nacional".',
        role: 'complaint',
        numbers: ['18', '1'],
        verified: true,
        evidence: 'primary',
        source: brRead('art. 18, § 1º'),
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Autoridade Nacional de Proteção de Dados (ANPD)',
      url: 'https://gov.br/anpd/pt-br/canais_atendimento/cidadao-titular-de-dados/peticao-de-titular-contra-controlador-de-dados/reclamacao',
      verified: true,
      evidence: 'primary',
      source:
        'ANPD, "Denúncias ou Petições de titular": https://gov.br/anpd/pt-br/canais_atendimento/cidadao-titular-de-dados/peticao-de-titular-contra-controlador-de-dados/reclamacao (read: since 08/07/2024 petitions go through the gov.br service "Abrir requerimento relacionado à LGPD", with GOV.BR login, type "Petição"; not anonymous; the content may be shared with the controller\'s encarregado)',
      note: 'Art. 18 § 8º also allows petitions before consumer-protection bodies. The ANPD expects the request to have been made to the controller first (secondary: https://adequaintegridade.com.br/peticao-de-titular-contra-controlador-de-dados).',
    },
    unverified: [
      {
        statement: 'A 15-day deadline applies to objections or revocations.',
        note: '15 days appears for access (art. 19) and in ANPD SCC clause 15.3 only (secondary).',
        source: `${official(LAW.BR_LGPD, 'arts. 18–19')}; 15 days appears only in secondary sources, ${COPIES_ADDRESS_UNKNOWN}`,
        forbidden: ['15 dias', '15 days', 'quinze'],
      },
    ],
  },
  {
    id: 'ca-pipeda',
    name: 'Canada (federal)',
    law: {
      name: 'Personal Information Protection and Electronic Documents Act (PIPEDA), Schedule 1',
      shortName: 'PIPEDA',
      verified: true,
      evidence: 'secondary',
      source: `${official(LAW.CA_PIPEDA, 'Schedule 1')}; secondary: clause 4.3.8 read in ${PIPEDA_TEMPLATE}`,
    },
    provisions: [
      {
        id: 'ca-pipeda-4-3-8',
        citation: 'PIPEDA Sch. 1, cl. 4.3.8',
        summary: '"Individuals may withdraw consent at any time, subject to legal or contractual restrictions and reasonable notice" (as quoted; the rest of the clause was not read).',
        role: 'withdraw-consent',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'none',
          note: 'The clause speaks of "reasonable notice"; no fixed period appears in the text read.',
          source: `${official(LAW.CA_PIPEDA, 'Schedule 1, cl. 4.3.8')}; secondary: read in ${PIPEDA_TEMPLATE}`,
        },
        numbers: ['4.3.8', '1'],
        verified: true,
        evidence: 'secondary',
        source: `${official(LAW.CA_PIPEDA, 'Schedule 1, cl. 4.3.8')}; secondary: read in ${PIPEDA_TEMPLATE}`,
        note: 'The wording also appears, unattributed, in many Canadian privacy notices; the statute page itself was not read.',
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Office of the Privacy Commissioner of Canada (OPC)',
      url: 'https://www.priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-business/file-a-complaint-under-pipeda',
      verified: true,
      evidence: 'primary',
      source:
        'OPC complaint page, https://www.priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-business/file-a-complaint-under-pipeda; https://priv.gc.ca/en/report-a-concern/report-a-privacy-breach-at-your-organization/ps_pb-pa_pdf',
      note: 'The OPC encourages trying to resolve the concern with the organization first (not mandatory). For Quebec businesses the provincial law and the CAI are often the right route.',
    },
    unverified: [
      {
        statement: 'A 30-day deadline for acting on a withdrawal.',
        note: '30 days is the access deadline (Principle 4.9, paraphrase); nothing fixes a period for withdrawals.',
        source: `${official(LAW.CA_PIPEDA, 'Schedule 1, cl. 4.9')}; secondary: paraphrased in ${PIPEDA_TEMPLATE}`,
        forbidden: ['30 days'],
      },
    ],
  },
  {
    id: 'ca-qc',
    name: 'Quebec (Canada)',
    law: {
      name: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25',
      shortName: 'Quebec private-sector Act',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.CA_QC_P39_1)}; text read at ${COPY.QC_LEGISQUEBEC_28_1}`,
    },
    provisions: [
      {
        id: 'ca-qc-28-1',
        citation: 'CQLR c. P-39.1, s. 28.1',
        summary:
          'A person may require an enterprise to cease disseminating personal information about them, or to de-index any hyperlink attached to their name, "lorsque la diffusion de ce renseignement contrevient à la loi ou à une ordonnance judiciaire" (a second paragraph adds a serious-prejudice test, not relied on here).',
        role: 'restrict',
        reasonsRequired: 'yes',
        responseDeadline: {
          status: 'unverified',
          note: 's. 28.1 applies ss. 30, 32 and 34; the text of s. 32 (a 30-day limit is reported) was not read.',
          source: `${official(LAW.CA_QC_P39_1, 'ss. 30, 32 and 34')}: not read; s. 28.1 refers to them (${COPY.QC_LEGISQUEBEC_28_1})`,
        },
        numbers: ['28.1', '39.1'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.CA_QC_P39_1, 's. 28.1')}; text read at ${COPY.QC_LEGISQUEBEC_28_1}`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: "Commission d'accès à l'information du Québec (CAI)",
      verified: true,
      evidence: 'secondary',
      source: `secondary: named in a Quebec business privacy policy (${COPY_ADDRESS_UNKNOWN}) and in secondary summaries; its role under the ${official(LAW.CA_QC_P39_1)} was not checked`,
      note: 'The web address appears only in secondary sources and was not read.',
    },
    unverified: [
      {
        statement: 'The enterprise must answer within 30 days (s. 32).',
        note: 'The text was not read.',
        source: `${official(LAW.CA_QC_P39_1, 's. 32')}: not read`,
        forbidden: ['30 days', 's. 32'],
      },
      {
        statement: 'A general section giving a right to withdraw consent.',
        note: 'Only the information duty in s. 8 and the prospection rule in s. 22 (secondary) were found.',
        source: `${official(LAW.CA_QC_P39_1, 's. 8')}: text read at http://legisquebec.gouv.qc.ca/en/showversion/cs/P-39.1?code=se:8&pointInTime=20190212; s. 22 only in secondary sources, e.g. https://watchdogsecurity.io/law25/withdrawal-of-consent-for-prospection`,
        forbidden: [],
      },
    ],
  },
  {
    id: 'jp-appi',
    name: 'Japan',
    law: {
      name: 'Act on the Protection of Personal Information (APPI; 個人情報の保護に関する法律)',
      shortName: 'APPI',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.JP_APPI)}; text read in: ${COPY.JP_ESORA_ART_35} (statute text quoted by a law firm)`,
    },
    provisions: [
      {
        id: 'jp-appi-35-1',
        citation: 'APPI Art. 35(1)–(2)',
        summary:
          'A person may request cessation of use or erasure of retained personal data that is handled in violation of Art. 18 or 19, or was acquired in violation of Art. 20; if the request is found to have reason, the business must act "違反を是正するために必要な限度で、遅滞なく" (to the extent necessary to correct the violation, without delay), unless it is very costly or otherwise difficult and the business takes necessary alternative measures to protect the person\'s rights and interests (35(2) proviso). Before April 2022 this was Art. 30.',
        role: 'restrict',
        reasonsRequired: 'yes',
        responseDeadline: {
          status: 'none',
          note: 'Art. 35(2): "without delay" (遅滞なく); no day count.',
          source: `${official(LAW.JP_APPI, 'Art. 35(2)')}; text read in: ${COPY.JP_ESORA_ART_35}`,
        },
        numbers: ['35', '1', '2', '18', '19', '20'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.JP_APPI, 'Art. 35(1)–(2)')}; text read in: ${COPY.JP_ESORA_ART_35} (35(2) with its proviso); former Art. 30: https://saitama-bengoshi.com/oyakudachi/20220715-5`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Personal Information Protection Commission (PPC, 個人情報保護委員会)',
      verified: true,
      evidence: 'secondary',
      source: `secondary: named as the complaints body in a privacy policy read in ${COPY_ADDRESS_UNKNOWN}; not checked in the ${official(LAW.JP_APPI)}`,
    },
    unverified: [
      {
        statement: 'The 2020-amendment triggers (data no longer needed, leak, harm to rights) sit in Art. 35(5).',
        note: 'The text was not read.',
        source: `${official(LAW.JP_APPI, 'Art. 35(5)')}: not read; the triggers are listed only by a secondary source (kp-lo.jp)`,
        forbidden: ['35(5)', 'no longer needed'],
      },
    ],
  },
  {
    id: 'kr-pipa',
    name: 'South Korea',
    law: {
      name: 'Personal Information Protection Act (PIPA; 개인정보 보호법)',
      shortName: 'PIPA',
      verified: true,
      evidence: 'secondary',
      source: `${official(LAW.KR_PIPA)}; secondary: Art. 37 cited in public-body privacy policies, ${COPIES_ADDRESS_UNKNOWN}`,
    },
    provisions: [
      {
        id: 'kr-pipa-37',
        citation: 'PIPA Art. 37',
        summary: '"개인정보의 처리정지 등" (suspension of processing of personal information); refusal grounds in Art. 37(2).',
        role: 'restrict',
        reasonsRequired: 'unverified',
        responseDeadline: {
          status: 'unverified',
          note: 'Enforcement Decree Art. 44(2) gave 10 days in its 2020 text; renumbering by the 2023 revision was not checked.',
          source: `${LAW.KR_PIPA_DECREE.title}, Art. 44(2) (2020 text); text read in: https://itwiki.kr/w/개인정보_보호법_시행령_제44조`,
        },
        numbers: ['37'],
        verified: true,
        evidence: 'secondary',
        source: `${official(LAW.KR_PIPA, 'Art. 37')}; secondary: cited in Korean privacy policies, ${COPIES_ADDRESS_UNKNOWN}`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Personal Information Protection Commission (PIPC)',
      verified: true,
      evidence: 'secondary',
      source: `secondary: named in Korean privacy policies, ${COPIES_ADDRESS_UNKNOWN}; not checked in the ${official(LAW.KR_PIPA)}`,
      note: 'Policies also name the Personal Information Dispute Mediation Committee and the KISA report centre; no complaint letter is offered.',
    },
    unverified: [
      {
        statement: 'A 10-day response deadline under the current Enforcement Decree.',
        note: 'Only the 2020 text was read.',
        source: `${LAW.KR_PIPA_DECREE.title}, Art. 44(2): only the 2020 text was read, https://itwiki.kr/w/개인정보_보호법_시행령_제44조`,
        forbidden: ['10 days', 'ten days', '44(2)'],
      },
      {
        statement: 'Art. 37-2 (automated decisions) and Art. 15(1)(6) (legitimate interest).',
        note: 'Secondary only.',
        source: `${official(LAW.KR_PIPA, 'Arts. 15(1) and 37-2')}: not read; secondary only: ${PRIVACY_SKILL_PACK}`,
        forbidden: ['37-2', '15(1)'],
      },
    ],
  },
  {
    id: 'in-dpdp',
    name: 'India',
    law: {
      name: 'Digital Personal Data Protection Act, 2023',
      shortName: 'DPDP Act',
      verified: true,
      evidence: 'secondary',
      source: `${official(LAW.IN_DPDP)}; secondary: ${COPIES_ADDRESS_UNKNOWN}, quoting the gazette text, and https://www.apnilaw.com/bare-act/dpdp/section-6-digital-personal-data-protection-act-dpdp-consent`,
    },
    provisions: [
      {
        id: 'in-dpdp-6-4',
        citation: 'DPDP Act 2023, s. 6(4)',
        summary:
          '"Where consent given by the Data Principal is the basis of processing of personal data, such Data Principal shall have the right to withdraw her consent at any time, with the ease of doing so being comparable to the ease with which such consent was given." s. 6(6): the fiduciary must cease processing "within a reasonable time".',
        role: 'withdraw-consent',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'none',
          note: 's. 6(6): "within a reasonable time"; no day count.',
          source: `${official(LAW.IN_DPDP, 's. 6(6)')}; secondary: quoted in ${COPY_ADDRESS_UNKNOWN}`,
        },
        numbers: ['6', '4'],
        verified: true,
        evidence: 'secondary',
        source: `${official(LAW.IN_DPDP, 's. 6(4)')}; secondary: the same wording, numbered s. 6(4), in three ${COPIES_ADDRESS_UNKNOWN}`,
        note: 'One file labels the sentence s. 6(2) and one s. 6(6); most quote it as s. 6(4). There is no objection right for "legitimate uses" (s. 7).',
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Data Protection Board of India',
      verified: true,
      evidence: 'secondary',
      source: `secondary: the s. 6(2) illustration at https://www.apnilaw.com/bare-act/dpdp/section-6-digital-personal-data-protection-act-dpdp-consent mentions "the Data Protection Board of India"; ${official(LAW.IN_DPDP)}`,
    },
    unverified: [
      {
        statement: 'Section 6 is in force today.',
        note: 'One public file computes commencement as 2027-05-13 (DPDP Rules 2025, phased); not verified, so no Indian letter is offered yet.',
        source: `secondary: ${COPY_ADDRESS_UNKNOWN} ("commencement: computed-2027-05-13"); the commencement notifications under the ${official(LAW.IN_DPDP)} were not read`,
        forbidden: [],
      },
    ],
  },
  {
    id: 'au-privacy',
    name: 'Australia',
    law: {
      name: 'Privacy Act 1988 (Cth), Schedule 1 (Australian Privacy Principles)',
      shortName: 'Privacy Act',
      verified: true,
      evidence: 'secondary',
      source: `${official(LAW.AU_PRIVACY_ACT, 'Schedule 1')}; secondary: https://fls.org.au/app/uploads/LHB_2024_Flipbook/1103 (Law Handbook 2024); Schedule 1 overview at http://beta.worldlii.org/au/legis/cth/consol_act/pa1988108/sch1.html`,
    },
    provisions: [
      {
        id: 'au-app-7',
        citation: 'Australian Privacy Principle 7',
        summary:
          'Direct marketing: the organisation must provide a simple means to request not to receive direct marketing; an individual can ask it to stop, and it must stop "within a reasonable period" and not charge for it.',
        role: 'opt-out',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'none',
          note: '"Within a reasonable period", free of charge (Law Handbook 2024); no day count.',
          source: `${official(LAW.AU_PRIVACY_ACT, 'Schedule 1, APP 7')}; secondary: https://fls.org.au/app/uploads/LHB_2024_Flipbook/1103 (Law Handbook 2024)`,
        },
        numbers: ['7', '1', '1988'],
        verified: true,
        evidence: 'secondary',
        source: `${official(LAW.AU_PRIVACY_ACT, 'Schedule 1, APP 7')}; secondary: https://fls.org.au/app/uploads/LHB_2024_Flipbook/1103 (Law Handbook 2024) and a paraphrase in ${COPY_ADDRESS_UNKNOWN}`,
        note: 'The Spam Act 2003 and the Do Not Call Register Act override APP 7 for their channels (Law Handbook 2024).',
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Office of the Australian Information Commissioner (OAIC)',
      verified: true,
      evidence: 'secondary',
      source: `secondary: ${PRIVACY_SKILL_PACK} and a privacy policy read in ${COPY_ADDRESS_UNKNOWN}; not checked in the ${official(LAW.AU_PRIVACY_ACT)}`,
    },
    unverified: [
      {
        statement: 'The sub-numbers APP 7.6 and 7.7.',
        note: 'The text was not read.',
        source: `${official(LAW.AU_PRIVACY_ACT, 'Schedule 1, APP 7')}: sub-numbers not read; one paraphrase places the heading above 7.6 (https://www.workingwiththelaw.net/australian-privacy-principle-7)`,
        forbidden: ['7.6', '7.7'],
      },
      {
        statement: 'A 5-business-day unsubscribe period.',
        note: 'Probably a Spam Act figure; not read.',
        source: `secondary only: ${PRIVACY_SKILL_PACK}; the Spam Act 2003 was not read`,
        forbidden: ['5 business days', 'five business days', 'Spam Act'],
      },
    ],
  },
  {
    id: 'sg-pdpa',
    name: 'Singapore',
    law: {
      name: 'Personal Data Protection Act 2012 (PDPA)',
      shortName: 'PDPA',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.SG_PDPA, 's. 16')}; text read in: https://proteuscyber.com/privacy-database/singapore-pdpa-16`,
    },
    provisions: [
      {
        id: 'sg-pdpa-16',
        citation: 'PDPA s. 16',
        summary:
          '(1) On reasonable notice, an individual may at any time withdraw any consent given or deemed given; (2) the organisation shall inform the individual of the likely consequences; (3) it shall not prohibit withdrawal; (4) it shall cease (and cause its data intermediaries and agents to cease) collecting, using or disclosing the data unless required or authorised by law.',
        role: 'withdraw-consent',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'none',
          note: 'The Act requires "reasonable notice"; the PDPC Advisory Guidelines (¶12.41, as quoted) consider at least ten business days reasonable. That is guidance, not a statutory deadline.',
          source: `${LAW.SG_PDPC_KEY_CONCEPTS.title}, ¶12.41, as quoted in ${COPY_ADDRESS_UNKNOWN}`,
        },
        numbers: ['16', '1', '2', '4', '2012'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.SG_PDPA, 's. 16')}; text read in: https://proteuscyber.com/privacy-database/singapore-pdpa-16`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Personal Data Protection Commission (PDPC)',
      verified: true,
      evidence: 'secondary',
      source: `secondary: ${LAW.SG_PDPC_KEY_CONCEPTS.title}, ch. 12, as quoted in ${COPY_ADDRESS_UNKNOWN}`,
    },
    unverified: [],
  },
  {
    id: 'cn-pipl',
    name: "China (People's Republic)",
    law: {
      name: 'Personal Information Protection Law (PIPL, 2021), unofficial English translation',
      shortName: 'PIPL',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.CN_PIPL)} (Chinese); ${PIPL_TRANSLATION}`,
    },
    provisions: [
      {
        id: 'cn-pipl-44',
        citation: 'PIPL Art. 44',
        summary:
          'Individuals have the right to know and to decide, and "the right to restrict or refuse others from processing their personal information; except as otherwise provided by laws or administrative regulations".',
        role: 'restrict',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'unverified',
          note: 'No statutory day count appears in the text read (Art. 50 requires a "convenient mechanism").',
          source: `${official(LAW.CN_PIPL, 'Art. 50')} (Chinese); ${PIPL_TRANSLATION}`,
        },
        numbers: ['44'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.CN_PIPL, 'Art. 44')} (Chinese); ${PIPL_TRANSLATION}`,
      },
      {
        id: 'cn-pipl-50',
        citation: 'PIPL Art. 50',
        summary: 'Processors must establish a convenient mechanism for requests; where a request is refused, "the reasons shall be explained"; the individual may sue in the People\'s Court.',
        role: 'procedure',
        numbers: ['50'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.CN_PIPL, 'Art. 50')} (Chinese); ${PIPL_TRANSLATION}`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Departments performing personal information protection duties, coordinated by the national cyberspace administration (CAC) (PIPL Arts. 60, 65)',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.CN_PIPL, 'Arts. 60 and 65')} (Chinese); ${PIPL_TRANSLATION}`,
      note: 'No complaint channel or address was read, so no complaint letter is offered.',
    },
    unverified: [],
  },
  {
    id: 'za-popia',
    name: 'South Africa',
    law: {
      name: 'Protection of Personal Information Act 4 of 2013 (POPIA)',
      shortName: 'POPIA',
      verified: true,
      evidence: 'primary',
      source: `${official(LAW.ZA_POPIA)}; ${POPIA_READ}`,
    },
    provisions: [
      {
        id: 'za-popia',
        citation: 'Protection of Personal Information Act 4 of 2013',
        summary: 'The Act, named in letters by its number.',
        role: 'law',
        numbers: ['4', '2013'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.ZA_POPIA)}; ${POPIA_READ}`,
      },
      {
        id: 'za-popia-11-3-a',
        citation: 'POPIA s. 11(3)(a)',
        summary:
          'A data subject may object, at any time, to processing under s. 11(1)(d) to (f), "in the prescribed manner, on reasonable grounds relating to his, her or its particular situation, unless legislation provides for such processing". After an objection the responsible party may no longer process the information.',
        role: 'object',
        reasonsRequired: 'yes',
        responseDeadline: {
          status: 'unverified',
          note: 'No day count in s. 11; none read elsewhere.',
          source: `${official(LAW.ZA_POPIA, 's. 11')}; ${POPIA_READ}`,
        },
        numbers: ['11', '3', '1'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.ZA_POPIA, 's. 11(3)(a)')}; ${POPIA_READ}`,
        note: 'The consequence ("may no longer process") is read as s. 11(4); that sub-number is inferred from the page layout, so letters do not cite it.',
      },
      {
        id: 'za-popia-11-3-b',
        citation: 'POPIA s. 11(3)(b)',
        summary:
          'A data subject may object, at any time, to processing "for purposes of direct marketing other than direct marketing by means of unsolicited electronic communications as referred to in section 69".',
        role: 'object',
        reasonsRequired: 'no',
        responseDeadline: {
          status: 'unverified',
          note: 'No day count in s. 11; none read elsewhere.',
          source: `${official(LAW.ZA_POPIA, 's. 11')}; ${POPIA_READ}`,
        },
        numbers: ['11', '3', '69'],
        verified: true,
        evidence: 'primary',
        source: `${official(LAW.ZA_POPIA, 's. 11(3)(b)')}; ${POPIA_READ}`,
      },
      {
        id: 'za-popia-reg-2',
        citation: 'POPIA Regulations, 2018, reg. 2',
        summary:
          '"A data subject who wishes to object to the processing of personal information in terms of section 11(3)(a) of the Act, must submit the objection to the responsible party on Form 1"; the responsible party must give reasonable assistance, free of charge.',
        role: 'procedure',
        numbers: ['2', '1', '2018', '11', '3'],
        verified: true,
        evidence: 'primary',
        source: `${LAW.ZA_POPIA_REGS.title}, reg. 2; text read in: ${COPY.ZA_REGS_LAWLIBRARY}`,
      },
    ],
    deadlineRules: [],
    authority: {
      name: 'Information Regulator (South Africa)',
      verified: true,
      evidence: 'primary',
      source: `${LAW.ZA_POPIA_REGS.title}, read in ${COPY.ZA_REGS_LAWLIBRARY} (regulations made by "The Information Regulator"); also named in ${COPY_ADDRESS_UNKNOWN}`,
      note: 'No complaint letter is offered: the complaint form (s. 74, Regulations) was not read.',
    },
    unverified: [
      {
        statement: 'The sub-numbers s. 11(4) and s. 11(2)(b) (withdrawal of consent).',
        note: 'The statute page renders numbering as a list; sub-numbers were inferred.',
        source: `${official(LAW.ZA_POPIA, 's. 11')}; ${POPIA_READ}`,
        forbidden: ['11(4)', '11(2)'],
      },
      {
        statement: 'A response deadline for objections.',
        note: 'None found.',
        source: `${official(LAW.ZA_POPIA, 's. 11')}; ${POPIA_READ}`,
        forbidden: ['days'],
      },
    ],
  },
];
