// A German interface (#14): a German analysis quoting a German policy, and an English analysis
// quoting a French one, show their findings in German (see hovers.ts).
import { checkFindingsIn, checkLoweredIn } from './hovers';

describe('German interface: findings and hovers in German', () => {
  it('a German analysis of a German policy', async () => {
    await checkFindingsIn('de', 'languages/german-analysis.md', 'de', ['de-an-dritte:an Dritte', 'de-berechtigtes-interesse:berechtigten Interessen']);
  });

  it('an English analysis of a French policy', async () => {
    await checkFindingsIn('de', 'languages/french-quoted.md', 'fr', ['fr-tiers:des tiers', 'fr-partenaires-commerciaux:partenaires commerciaux']);
  });

  it('says in German why a finding its sentence lowers is shown as a hint', async () => {
    await checkLoweredIn('de', '---\nlang: de\n---\n# Analyse\n\n> Wir geben Ihre personenbezogenen Daten niemals an Dritte weiter.\n');
  });
});
