// The hover's "Category: …" line follows the interface language (#14): German and French names for
// every category, none left in English.
import assert from 'node:assert/strict';
import { categoryLabelIn } from '../../../src/core/vague/categoryLabels';
import { CATEGORIES, CATEGORY_LABELS } from '../../../src/core/vague/ruleSchema';

describe('category names in the interface language', () => {
  it('keeps the English names for an English interface', () => {
    for (const category of CATEGORIES) assert.equal(categoryLabelIn(category, 'en'), CATEGORY_LABELS[category]);
  });

  for (const ui of ['de', 'fr'] as const) {
    it(`names every category in ${ui}, distinct and not the English name`, () => {
      const labels = CATEGORIES.map((category) => categoryLabelIn(category, ui));
      for (const [index, category] of CATEGORIES.entries()) assert.notEqual(labels[index], CATEGORY_LABELS[category], `${category} is English in ${ui}`);
      assert.equal(new Set(labels).size, CATEGORIES.length);
    });
  }

  it('names the categories as a German or French reader expects', () => {
    assert.equal(categoryLabelIn('unnamed-recipients', 'de'), 'Nicht benannte Empfänger');
    assert.equal(categoryLabelIn('vague-legal-basis', 'fr'), 'Bases juridiques vagues');
  });
});
