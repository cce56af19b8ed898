// Provisions the German rules cite, quoted from the German language version of the GDPR
// (Datenschutz-Grundverordnung, DSGVO). `requirement` quotes or closely follows the German text;
// `source` names the act by its official German title with its German EUR-Lex address (so a German
// finding's hover names the German version, not the English one) and then the public copies in
// which the German wording was actually read. The EUR-Lex page itself was not opened in the session
// that wrote these hooks: the wording was read in the copies named, and agreed between them where
// more than one is given. Only add a hook after reading the provision's German text.
import { COPIES_ADDRESS_UNKNOWN_DE, COPY_ADDRESS_UNKNOWN_DE, LAW, official } from '../../../legal/sources';
import type { LegalHook } from '../../ruleSchema';

/** "Verordnung (EU) 2016/679 … (Datenschutz-Grundverordnung), <provision>, <German EUR-Lex address>". */
const dsgvo = (provision: string): string => official(LAW.GDPR_DE, provision);

/** A statute collection (DSGVO – BDSG – TTDSG) whose page quotes Art. 14 (1) and (2) (a)–(c) in German. */
const STATUTE_BOOK_ART_14 = 'https://litres.pl/book/raznoe/dsgvo-bdsg-ttdsg-67147074/read/page-67';
/** gdpr-text.com: Art. 13 (1) introduction and points (a)–(c) in German. */
const GDPR_TEXT_ART_13 = 'https://gdpr-text.com/de/read/article-13/?col=1&lang1=rumain&lang2=en&lang3=ukr';
/**
 * A German privacy policy in the development set that quotes Art. 6 (1) (a)–(f) and Art. 15 (1) in
 * full (JoinUs4Health, GPL-3.0).
 */
const JOINUS4HEALTH_DE = 'https://github.com/JoinUs4Health/Organisation/blob/fc1f5561932ff42720ef18a4e7379f2ce76c81d8/technical/homepage/pages/privacy_statement_de.md';

/** Two pages quoting Art. 5 Abs. 1 lit. c and e word for word (in „…“), in agreement. */
const ART_5_QUOTED = 'https://datenschutz-datensicherheit.online/Kurse/die-sechs-grundsaetze-der-dsgvo-2 und http://alt.astendo.de/Datenschutz/Grundsaetze.php';

/** Art. 5 Abs. 1 lit. b: Zweckbindung. */
export const DSGVO_ART_5_1_B: LegalHook = {
  citation: 'DSGVO Art. 5 Abs. 1 lit. b',
  requirement:
    'Personenbezogene Daten müssen „für festgelegte, eindeutige und legitime Zwecke erhoben werden“ und dürfen nicht in einer mit diesen Zwecken nicht zu vereinbarenden Weise weiterverarbeitet werden.',
  source: `${dsgvo('Art. 5 Abs. 1 lit. b')}; Wortlaut gelesen in ${COPIES_ADDRESS_UNKNOWN_DE} (zwei übereinstimmende Abschriften des Art. 5 auf Deutsch)`,
};

/** Art. 5 Abs. 1 lit. c: Datenminimierung. */
export const DSGVO_ART_5_1_C: LegalHook = {
  citation: 'DSGVO Art. 5 Abs. 1 lit. c',
  requirement: 'Personenbezogene Daten müssen „dem Zweck angemessen und erheblich sowie auf das für die Zwecke der Verarbeitung notwendige Maß beschränkt sein“ (Datenminimierung).',
  source: `${dsgvo('Art. 5 Abs. 1 lit. c')}; Wortlaut gelesen in ${ART_5_QUOTED} und ${COPIES_ADDRESS_UNKNOWN_DE} (übereinstimmend)`,
};

/** Art. 5 Abs. 1 lit. e: Speicherbegrenzung. */
export const DSGVO_ART_5_1_E: LegalHook = {
  citation: 'DSGVO Art. 5 Abs. 1 lit. e',
  requirement:
    'Personenbezogene Daten müssen in einer Form gespeichert werden, die die Identifizierung der betroffenen Personen „nur so lange ermöglicht, wie es für die Zwecke, für die sie verarbeitet werden, erforderlich ist“.',
  source: `${dsgvo('Art. 5 Abs. 1 lit. e')}; Wortlaut gelesen in ${ART_5_QUOTED} und ${COPIES_ADDRESS_UNKNOWN_DE} (eine vollständige und eine gekürzte Abschrift, übereinstimmend)`,
};

/** Art. 6 Abs. 1 lit. f: berechtigte Interessen, mit der Abwägung. */
export const DSGVO_ART_6_1_F: LegalHook = {
  citation: 'DSGVO Art. 6 Abs. 1 lit. f',
  requirement:
    'Die Verarbeitung ist nur rechtmäßig, wenn sie „zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten erforderlich“ ist, „sofern nicht die Interessen oder Grundrechte und Grundfreiheiten der betroffenen Person, die den Schutz personenbezogener Daten erfordern, überwiegen“.',
  source: `${dsgvo('Art. 6 Abs. 1 lit. f')}; Wortlaut gelesen in ${JOINUS4HEALTH_DE} (Abschnitt „Rechtmäßigkeit der Verarbeitung“) und in ${COPY_ADDRESS_UNKNOWN_DE}`,
};

/** Art. 6 Abs. 3: Rechtsgrundlage für rechtliche Verpflichtungen. */
export const DSGVO_ART_6_3: LegalHook = {
  citation: 'DSGVO Art. 6 Abs. 3',
  requirement:
    'Die Rechtsgrundlage für Verarbeitungen zur Erfüllung einer rechtlichen Verpflichtung (Abs. 1 lit. c) oder einer Aufgabe im öffentlichen Interesse (lit. e) „wird festgelegt durch a) Unionsrecht oder b) das Recht der Mitgliedstaaten, dem der Verantwortliche unterliegt“.',
  source: `${dsgvo('Art. 6 Abs. 3')}; Wortlaut gelesen in ${COPY_ADDRESS_UNKNOWN_DE}`,
};

/** Art. 13 Abs. 1 lit. c: Zwecke und Rechtsgrundlage. */
export const DSGVO_ART_13_1_C: LegalHook = {
  citation: 'DSGVO Art. 13 Abs. 1 lit. c',
  requirement: 'Bei der Erhebung teilt der Verantwortliche „die Zwecke, für die die personenbezogenen Daten verarbeitet werden sollen, sowie die Rechtsgrundlage für die Verarbeitung“ mit.',
  source: `${dsgvo('Art. 13 Abs. 1 lit. c')}; Wortlaut gelesen in ${GDPR_TEXT_ART_13}, gleichlautend in Art. 14 Abs. 1 lit. c bei ${STATUTE_BOOK_ART_14}`,
};

/** Art. 13 Abs. 1 lit. d: die verfolgten berechtigten Interessen. */
export const DSGVO_ART_13_1_D: LegalHook = {
  citation: 'DSGVO Art. 13 Abs. 1 lit. d',
  requirement: 'Beruht die Verarbeitung auf Art. 6 Abs. 1 lit. f, teilt der Verantwortliche „die berechtigten Interessen, die von dem Verantwortlichen oder einem Dritten verfolgt werden“ mit.',
  source: `${dsgvo('Art. 13 Abs. 1 lit. d')}; Wortlaut gelesen in ${COPIES_ADDRESS_UNKNOWN_DE}, gleichlautend in Art. 14 Abs. 2 lit. b bei ${STATUTE_BOOK_ART_14}`,
};

/** Art. 13 Abs. 1 lit. e: Empfänger oder Kategorien von Empfängern. */
export const DSGVO_ART_13_1_E: LegalHook = {
  citation: 'DSGVO Art. 13 Abs. 1 lit. e',
  requirement: 'Bei der Erhebung teilt der Verantwortliche „gegebenenfalls die Empfänger oder Kategorien von Empfängern der personenbezogenen Daten“ mit.',
  source: `${dsgvo('Art. 13 Abs. 1 lit. e')}; Wortlaut gelesen in ${COPIES_ADDRESS_UNKNOWN_DE}, gleichlautend in Art. 14 Abs. 1 lit. e bei ${STATUTE_BOOK_ART_14}`,
};

/** Art. 13 Abs. 2 lit. a: Speicherdauer oder Kriterien. */
export const DSGVO_ART_13_2_A: LegalHook = {
  citation: 'DSGVO Art. 13 Abs. 2 lit. a',
  requirement: 'Der Verantwortliche teilt „die Dauer, für die die personenbezogenen Daten gespeichert werden, oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer“ mit.',
  source: `${dsgvo('Art. 13 Abs. 2 lit. a')}; Wortlaut gelesen in ${COPY_ADDRESS_UNKNOWN_DE}, gleichlautend (ohne Komma) in Art. 14 Abs. 2 lit. a bei ${STATUTE_BOOK_ART_14}`,
};

/** Art. 14 Abs. 1 lit. d: Kategorien personenbezogener Daten. */
export const DSGVO_ART_14_1_D: LegalHook = {
  citation: 'DSGVO Art. 14 Abs. 1 lit. d',
  requirement: 'Werden Daten nicht bei der betroffenen Person erhoben, teilt der Verantwortliche „die Kategorien personenbezogener Daten, die verarbeitet werden“ mit.',
  source: `${dsgvo('Art. 14 Abs. 1 lit. d')}; Wortlaut gelesen in ${STATUTE_BOOK_ART_14}`,
};

/** Every German hook, for tests. */
export const LEGAL_HOOKS_DE: readonly LegalHook[] = [
  DSGVO_ART_5_1_B,
  DSGVO_ART_5_1_C,
  DSGVO_ART_5_1_E,
  DSGVO_ART_6_1_F,
  DSGVO_ART_6_3,
  DSGVO_ART_13_1_C,
  DSGVO_ART_13_1_D,
  DSGVO_ART_13_1_E,
  DSGVO_ART_13_2_A,
  DSGVO_ART_14_1_D,
];
