// A French interface (#14): an English analysis quoting a French policy, and a German analysis
// quoting a German one, show their findings in French (see hovers.ts).
import { checkFindingsIn, checkLoweredIn } from './hovers';

describe('French interface: findings and hovers in French', () => {
  it('an English analysis of a French policy', async () => {
    await checkFindingsIn('fr', 'languages/french-quoted.md', 'fr', ['fr-tiers:des tiers', 'fr-partenaires-commerciaux:partenaires commerciaux']);
  });

  it('a German analysis of a German policy', async () => {
    await checkFindingsIn('fr', 'languages/german-analysis.md', 'de', ['de-an-dritte:an Dritte', 'de-berechtigtes-interesse:berechtigten Interessen']);
  });

  it('says in French why a finding its sentence lowers is shown as a hint', async () => {
    await checkLoweredIn('fr', '---\nlang: fr\n---\n# Analyse\n\n> Nous ne transmettons jamais vos données à des tiers.\n');
  });
});
