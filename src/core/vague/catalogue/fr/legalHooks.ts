// Legal hooks of the French rules: the provisions of the French language version of the GDPR
// (règlement (UE) 2016/679, RGPD) that make the vague wording a problem. `requirement` is our own
// one-sentence summary in French; `source` names the official French text on EUR-Lex and the public
// copies of that French text actually read (the EUR-Lex page itself was not reachable from the
// session that wrote these; the copies reproduce the official French wording). Only provisions
// whose French text was read are used here; rules without a read provision carry no hook.
import { LAW, official } from '../../../legal/sources';
import type { LegalHook } from '../../ruleSchema';

/** The official French version on EUR-Lex (same CELEX number as the English text). */
const EUR_LEX_FR = 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679';
const rgpd = (provision: string): string => `${official(LAW.GDPR, provision)}; version française officielle : ${EUR_LEX_FR}`;
const ART_13_READ = 'texte français lu dans : https://portail-rgpd.com/rgpd/article-13 et https://www.leto.legal/articles-rgpd/article-13 (aussi https://privacy-gdpr.eu/fr/article-13-rgpd)';
const ART_6_READ = 'texte français lu dans : https://www.leto.legal/articles-rgpd/article-6 et https://gdprinfo.eu/fr/fr-article-6';

/** Art. 6(1)(f) : « le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les intérêts ou les libertés et droits fondamentaux de la personne concernée […] ». */
export const RGPD_ART_6_1_F: LegalHook = {
  citation: 'RGPD art. 6, paragraphe 1, point f)',
  requirement:
    'Le traitement fondé sur l’intérêt légitime n’est licite que s’il est nécessaire aux intérêts légitimes poursuivis et que ne prévalent pas les intérêts ou les libertés et droits fondamentaux de la personne concernée.',
  source: `${rgpd('Art. 6(1)(f)')}; ${ART_6_READ}`,
};

/** Art. 13(1)(c) : « les finalités du traitement auquel sont destinées les données à caractère personnel ainsi que la base juridique du traitement ». */
export const RGPD_ART_13_1_C: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point c)',
  requirement: 'Lors de la collecte, le responsable du traitement indique les finalités du traitement auquel sont destinées les données ainsi que la base juridique du traitement.',
  source: `${rgpd('Art. 13(1)(c)')}; ${ART_13_READ}`,
};

/** Art. 13(1)(d) : « lorsque le traitement est fondé sur l’article 6, paragraphe 1, point f), les intérêts légitimes poursuivis par le responsable du traitement ou par un tiers ». */
export const RGPD_ART_13_1_D: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point d)',
  requirement: 'Lorsque le traitement est fondé sur l’intérêt légitime, le responsable du traitement indique quels intérêts légitimes il poursuit, lui ou un tiers.',
  source: `${rgpd('Art. 13(1)(d)')}; ${ART_13_READ}`,
};

/** Art. 13(1)(e) : « les destinataires ou les catégories de destinataires des données à caractère personnel, s’ils existent ». */
export const RGPD_ART_13_1_E: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point e)',
  requirement: 'Lors de la collecte, le responsable du traitement indique les destinataires ou les catégories de destinataires des données, s’ils existent.',
  source: `${rgpd('Art. 13(1)(e)')}; ${ART_13_READ}`,
};

/** Art. 13(1)(f) : transfert vers un pays tiers, décision d’adéquation, « la référence aux garanties appropriées ou adaptées et les moyens d’en obtenir une copie ». */
export const RGPD_ART_13_1_F: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point f)',
  requirement:
    'En cas de transfert vers un pays tiers, le responsable du traitement le signale, indique s’il existe une décision d’adéquation ou, à défaut, fait référence aux garanties appropriées ou adaptées et aux moyens d’en obtenir une copie.',
  source: `${rgpd('Art. 13(1)(f)')}; ${ART_13_READ}`,
};

/** Art. 13(2)(a) : « la durée de conservation des données à caractère personnel ou, lorsque ce n’est pas possible, les critères utilisés pour déterminer cette durée ». */
export const RGPD_ART_13_2_A: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 2, point a)',
  requirement: 'Le responsable du traitement indique la durée de conservation des données ou, lorsque ce n’est pas possible, les critères utilisés pour déterminer cette durée.',
  source: `${rgpd('Art. 13(2)(a)')}; ${ART_13_READ}`,
};

/** Every French hook, for tests. */
export const FR_LEGAL_HOOKS: readonly LegalHook[] = [RGPD_ART_6_1_F, RGPD_ART_13_1_C, RGPD_ART_13_1_D, RGPD_ART_13_1_E, RGPD_ART_13_1_F, RGPD_ART_13_2_A];
