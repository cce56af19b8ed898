// Issue #19: the catalogue's notFollowedBy / notPrecededBy filters are regular expressions built at
// run time (new RegExp), which scripts/check-patterns.mjs cannot see. They only ever run on a
// window of at most 48 characters (FILTER_WINDOW in linter.ts), so polynomial backtracking is
// bounded; exponential backtracking is not, and none may have it.
import assert from 'node:assert/strict';
import { analyse } from 'scslre';
import { CATALOGUE } from '../../../src/core/vague/catalogue';

describe('hostile input: catalogue filter patterns (#19)', () => {
  it('no notFollowedBy / notPrecededBy pattern can backtrack exponentially', () => {
    const exponential: string[] = [];
    let checked = 0;
    for (const rule of CATALOGUE) {
      for (const source of [rule.notFollowedBy, rule.notPrecededBy]) {
        if (source === undefined) continue;
        checked++;
        const { reports } = analyse({ source, flags: 'iu' });
        if (reports.some((report) => report.exponential)) exponential.push(`${rule.id}: /${source}/`);
      }
    }
    assert.ok(checked > 0, 'the catalogue has filters to check');
    assert.deepEqual(exponential, []);
  });

  it('the check itself flags an exponential pattern', () => {
    assert.ok(analyse({ source: '(?:\\w+\\s?)*$', flags: 'iu' }).reports.some((report) => report.exponential));
  });
});
