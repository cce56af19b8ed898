import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyAdjudications, countsForRecall, disagreements, type Adjudication } from '../../../bench/quality/adjudication';
import { keyOf, type Judgment, type Marked } from '../../../bench/quality/score';

const mark = (start: number, end: number, text = 'x'): Marked => ({ file: 'p.md', start, end, text });
const judged = (start: number, end: number, judgment: Judgment['judgment']): [string, Judgment] => [keyOf({ file: 'p.md', start, end }), { file: 'p.md', start, end, judgment, reason: 'r' }];
const settle = (start: number, end: number, vague: boolean): Adjudication => ({ file: 'p.md', start, end, text: 'x', vague, reason: 'why' });

describe('Quality bench: settling marks and judgments that disagree', () => {
  it('finds a mark overlapping a finding judged not vague, and not one judged true or elsewhere', () => {
    const judgments = new Map([judged(10, 20, 'FP'), judged(40, 45, 'TP'), judged(70, 80, 'UNSURE')]);
    const found = disagreements([mark(5, 15), mark(40, 50), mark(60, 69), mark(75, 90)], judgments);
    assert.deepEqual(
      found.map((d) => [d.mark.start, d.judgment.judgment]),
      [
        [5, 'FP'],
        [75, 'UNSURE'],
      ],
    );
  });

  it('drops a mark settled as not vague, and makes findings on a phrase settled as vague true', () => {
    const judgments = new Map([judged(10, 20, 'FP'), judged(30, 35, 'FP'), judged(32, 34, 'TP')]);
    const result = applyAdjudications([mark(5, 15), mark(30, 40)], judgments, [settle(5, 15, false), settle(30, 40, true)]);
    assert.deepEqual(
      result.marked.map((m) => m.start),
      [30],
    );
    assert.equal(result.judgments.get(keyOf({ file: 'p.md', start: 10, end: 20 }))?.judgment, 'FP', 'a finding on a phrase settled as not vague keeps its judgment');
    assert.equal(result.judgments.get(keyOf({ file: 'p.md', start: 30, end: 35 }))?.judgment, 'TP');
    assert.match(result.judgments.get(keyOf({ file: 'p.md', start: 30, end: 35 }))?.reason ?? '', /^adjudicated: why/);
    assert.equal(disagreements(result.marked, result.judgments).length, 0);
    // The raw judgments are not changed.
    assert.equal(judgments.get(keyOf({ file: 'p.md', start: 30, end: 35 }))?.judgment, 'FP');
  });

  it('keeps both a mark and a wrong match inside it settled as such: the finding stays false and does not find the mark', () => {
    const judgments = new Map([judged(10, 14, 'FP'), judged(20, 24, 'FP')]);
    const wrongMatch: Adjudication = { ...settle(5, 30, true), wrongMatch: { start: 10, end: 14 } };
    const result = applyAdjudications([mark(5, 30)], judgments, [wrongMatch]);
    assert.deepEqual(
      result.marked.map((m) => m.start),
      [5],
    );
    assert.equal(result.judgments.get(keyOf({ file: 'p.md', start: 10, end: 14 }))?.judgment, 'FP');
    // The other false finding on the mark is still a disagreement to settle.
    assert.deepEqual(
      disagreements(result.marked, result.judgments).map((d) => d.judgment.start),
      [20],
    );
    const findings = [
      { file: 'p.md', start: 10, end: 14 },
      { file: 'p.md', start: 40, end: 44 },
    ];
    assert.deepEqual(
      countsForRecall(findings, result.judgments).map((f) => f.start),
      [40],
    );
  });

  it('reports an adjudication whose mark is gone', () => {
    const result = applyAdjudications([mark(5, 15)], new Map(), [settle(6, 15, false)]);
    assert.equal(result.unmatched.length, 1);
    assert.equal(result.marked.length, 1);
  });
});

describe('Quality bench data: the development sets agree with themselves', () => {
  const readJsonl = <T>(file: string): T[] =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as T);
  for (const set of ['en', 'de', 'fr']) {
    it(`${set}: every mark that overlaps a finding judged not vague is settled, and every settlement names a mark`, () => {
      const dir = join('bench', 'quality', set);
      const marked = readdirSync(join(dir, 'marked')).flatMap((name) => readJsonl<Marked>(join(dir, 'marked', name)));
      const judgments = new Map(readdirSync(join(dir, 'judgments')).flatMap((name) => readJsonl<Judgment>(join(dir, 'judgments', name)).map((j) => [keyOf(j), j] as const)));
      const adjudicated = join(dir, 'adjudicated.jsonl');
      const settled = applyAdjudications(marked, judgments, existsSync(adjudicated) ? readJsonl<Adjudication>(adjudicated) : []);
      assert.deepEqual(settled.unmatched, []);
      const left = disagreements(settled.marked, settled.judgments).map((d) => `${d.mark.file}:${d.mark.start} “${d.mark.text}”`);
      assert.deepEqual(left, []);
    });
  }
});
