// The hover of a lowered finding says why in the interface language (#14): every reason has a German
// and a French sentence, read as German or French by the project's own language detector.
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/core/language/detect';
import { DROPPING_REASONS, LOWERING_REASONS, REASON_EXPLANATIONS } from '../../../src/core/vague/context/reasons';
import { reasonExplanationIn } from '../../../src/core/vague/context/reasonTexts';

const REASONS = [...LOWERING_REASONS, ...DROPPING_REASONS];

describe('why a finding was lowered, in the interface language', () => {
  it('keeps the English sentences for an English interface', () => {
    for (const reason of REASONS) assert.equal(reasonExplanationIn(reason, 'en'), REASON_EXPLANATIONS[reason]);
  });

  for (const ui of ['de', 'fr'] as const) {
    it(`says why in ${ui} for every reason, each sentence its own`, () => {
      const texts = REASONS.map((reason) => reasonExplanationIn(reason, ui));
      for (const [index, reason] of REASONS.entries()) {
        const text = texts[index]!;
        assert.notEqual(text, REASON_EXPLANATIONS[reason], `${reason} is English in ${ui}`);
        assert.equal(detectLanguage(text), ui, `${reason} does not read as ${ui}: ${text}`);
      }
      assert.equal(new Set(texts).size, REASONS.length);
    });
  }
});
