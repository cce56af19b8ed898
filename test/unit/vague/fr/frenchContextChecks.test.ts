// The French context tables read by context/languageChecks.ts, run the way the editor runs them:
// lintDocument on a document whose front matter says `lang: fr`. Each check both ways: the sentence
// it defuses, and a near one it must leave flagged (#14, first lint of batch-4).
import { expectIn } from '../languageExpect';

const { assertLowered, assertKept } = expectIn('fr');

describe('French context checks (languageChecks.ts, through lintDocument)', () => {
  it('lowers phrases in a definition quoted from the GDPR or of what a cookie is, keeps the organisation’s own sentence', () => {
    assertLowered(
      '- « Personne(s) concernée(s) » désigne une personne physique qui peut être identifiée, directement ou indirectement, notamment par référence à un identifiant, tel qu’un nom ou un identifiant en ligne.',
      'notamment',
      'definition',
    );
    assertLowered('Les cookies sont des informations relatives à la navigation de votre terminal (ordinateur, tablette, smartphone, etc.) sur le Site.', 'etc', 'definition');
    assertKept('Nous collectons des informations relatives à la navigation de votre terminal (ordinateur, tablette, smartphone, etc.) sur le Site.', 'etc');
    assertKept('Nous utilisons vos données, notamment par référence à votre identifiant en ligne, pour vous proposer des offres.', 'notamment');
  });

  it('lowers an open list that opens onto provisions of the law, keeps one that opens onto practices', () => {
    assertLowered('L’ADEME s’engage à respecter la règlementation applicable (notamment les articles 5 et 6 du RGPD) à l’ensemble des traitements.', 'notamment', 'cited');
    assertLowered('Le traitement respecte la réglementation applicable et notamment les dispositions de la loi « Informatique et libertés ».', 'notamment', 'cited');
    assertKept('Nous partageons vos données avec des tiers, notamment les annonceurs et les régies publicitaires.', 'notamment');
  });

  it('lowers a vague retention whose period its section gives right after, keeps one left open', () => {
    const open = '## Durée de conservation\n\nVos données sont conservées jusqu’à la durée nécessaire à l’accomplissement du traitement de votre demande.';
    assertLowered(`${open} Elles sont supprimées au plus tard cinq (5) ans après le dernier contact.`, 'la durée nécessaire', 'period-bound');
    assertKept(`${open}\n\n## Sécurité\n\nLes journaux sont gardés six mois.`, 'la durée nécessaire');
  });

  it('lowers the amounts, data and recipients a rights section speaks of, unless « nous » act in the sentence', () => {
    const heading = '## Comment sont exercés les droits reconnus aux Personnes concernées ?\n\n';
    assertLowered(`${heading}Au titre du droit d’accès, l’organisme pourra demander le paiement de frais raisonnables pour toute copie supplémentaire.`, 'raisonnables', 'user-rights');
    assertLowered(`${heading}Les demandes sont accompagnées du nom ainsi que de toute autre information nécessaire à la confirmation de l’identité.`, 'toute autre information', 'user-rights');
    assertKept(`${heading}Nous pouvons transmettre toute autre information à nos partenaires.`, 'toute autre information');
    assertKept('## Données collectées\n\nLes demandes sont accompagnées du nom ainsi que de toute autre information utile.', 'toute autre information');
  });
});
