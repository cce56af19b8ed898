// Legal hooks of the French rules: the provisions of the French language version of the GDPR
// (règlement (UE) 2016/679, RGPD) that make the vague wording a problem. `requirement` quotes the
// official French wording in « … » (so a French finding's hover quotes the French version, not an
// English summary); `source` names the act by its official French title with its French EUR-Lex
// address, then the public copies in which that wording was actually read (the EUR-Lex page itself
// was not reachable from the sessions that wrote these; the copies agree word for word). Only
// provisions whose French text was read are used here; rules without a read provision carry no hook.
import { LAW, official } from '../../../legal/sources';
import type { LegalHook } from '../../ruleSchema';

/** "Règlement (UE) 2016/679 … (règlement général sur la protection des données), <provision>, <French EUR-Lex address>". */
const rgpd = (provision: string): string => official(LAW.GDPR_FR, provision);
const ART_13_READ = 'texte français lu dans : https://portail-rgpd.com/rgpd/article-13, https://www.leto.legal/articles-rgpd/article-13 et https://privacy-gdpr.eu/fr/article-13-rgpd';
const ART_6_READ = 'texte français lu dans : https://gdprinfo.eu/fr/fr-article-6 et https://www.ergpd.net/evaluation-de-l-interet-legitime/';

/** Art. 6(1)(f) : l’intérêt légitime et la mise en balance. */
export const RGPD_ART_6_1_F: LegalHook = {
  citation: 'RGPD art. 6, paragraphe 1, point f)',
  requirement:
    'Le traitement n’est licite que s’il est « nécessaire aux fins des intérêts légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les intérêts ou les libertés et droits fondamentaux de la personne concernée qui exigent une protection des données à caractère personnel ».',
  source: `${rgpd('article 6, paragraphe 1, point f)')} ; ${ART_6_READ}`,
};

/** Art. 13(1)(c) : finalités et base juridique. */
export const RGPD_ART_13_1_C: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point c)',
  requirement:
    'Lors de la collecte, le responsable du traitement fournit à la personne concernée « les finalités du traitement auquel sont destinées les données à caractère personnel ainsi que la base juridique du traitement ».',
  source: `${rgpd('article 13, paragraphe 1, point c)')} ; ${ART_13_READ}`,
};

/** Art. 13(1)(d) : les intérêts légitimes poursuivis. */
export const RGPD_ART_13_1_D: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point d)',
  requirement:
    'Le responsable du traitement fournit, « lorsque le traitement est fondé sur l’article 6, paragraphe 1, point f), les intérêts légitimes poursuivis par le responsable du traitement ou par un tiers ».',
  source: `${rgpd('article 13, paragraphe 1, point d)')} ; ${ART_13_READ}`,
};

/** Art. 13(1)(e) : destinataires ou catégories de destinataires. */
export const RGPD_ART_13_1_E: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point e)',
  requirement:
    'Lors de la collecte, le responsable du traitement fournit à la personne concernée « les destinataires ou les catégories de destinataires des données à caractère personnel, s’ils existent ».',
  source: `${rgpd('article 13, paragraphe 1, point e)')} ; ${ART_13_READ}`,
};

/** Art. 13(1)(f) : transfert vers un pays tiers. */
export const RGPD_ART_13_1_F: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 1, point f)',
  requirement:
    'Le responsable du traitement fournit « le cas échéant, le fait que le responsable du traitement a l’intention d’effectuer un transfert de données à caractère personnel vers un pays tiers ou à une organisation internationale, et l’existence ou l’absence d’une décision d’adéquation rendue par la Commission » ou, pour les transferts sous garanties, « la référence aux garanties appropriées ou adaptées et les moyens d’en obtenir une copie ou l’endroit où elles ont été mises à disposition ».',
  source: `${rgpd('article 13, paragraphe 1, point f)')} ; ${ART_13_READ}`,
};

/** Art. 13(2)(a) : durée de conservation ou critères. */
export const RGPD_ART_13_2_A: LegalHook = {
  citation: 'RGPD art. 13, paragraphe 2, point a)',
  requirement:
    'Le responsable du traitement fournit « la durée de conservation des données à caractère personnel ou, lorsque ce n’est pas possible, les critères utilisés pour déterminer cette durée ».',
  source: `${rgpd('article 13, paragraphe 2, point a)')} ; ${ART_13_READ}`,
};

/** Every French hook, for tests. */
export const FR_LEGAL_HOOKS: readonly LegalHook[] = [RGPD_ART_6_1_F, RGPD_ART_13_1_C, RGPD_ART_13_1_D, RGPD_ART_13_1_E, RGPD_ART_13_1_F, RGPD_ART_13_2_A];
