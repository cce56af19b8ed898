// Property-based tests (fast-check): whatever the input, the parsers and the linter never throw,
// every range they report lies inside the text and points at what they say, and the arithmetic
// round-trips. Seeds are fixed so a failure reproduces; the run counts are in each test's name.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_LINT_CONFIG, mergeLintConfigs, parseLintConfig } from '../../src/core/vague/lintConfig';
import { parseWorkspaceFile } from '../../src/core/config/workspaceFile';
import { lintDocument, normalisePhrase } from '../../src/core/vague/lintDocument';
import { parseWalkthrough } from '../../src/core/walkthrough';
import { addBusinessDays, addCalendarDays, addCalendarMonths, compareDates, formatDate, isWeekend, parseDate } from '../../src/core/letters';
import { findUnfilledPlaceholders } from '../../src/core/letters';

const RUNS = 500;

/** Text mixing policy phrases, Markdown syntax, line endings and tricky Unicode with random noise. */
const textArbitrary = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'legitimate interests',
        'third parties',
        'may share',
        'such as',
        'partners, namely X',
        '> ',
        '- ',
        '1. [otp] ',
        '# ',
        '`code`',
        '```\n',
        '<!-- c -->',
        '[l](u)',
        '---\n',
        '\n',
        '\r\n',
        '\r',
        '\n\n',
        ' ',
        '\u0000',
        '\uFFFD',
        'é',
        'e\u0301',
        '😀',
        '\u202Eטקסט\u202C',
        'مرحبا',
        '[[grounds: x]]',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('properties', () => {
  it(`the linter never throws and every finding's range matches its phrase (${RUNS} runs × 3 scopes)`, () => {
    for (const scope of ['prose', 'quotes', 'everything'] as const) {
      const config = mergeLintConfigs({ scope });
      fc.assert(
        fc.property(textArbitrary, fc.constantFrom('markdown', 'plaintext') as fc.Arbitrary<'markdown' | 'plaintext'>, (text, kind) => {
          const findings = lintDocument(text, { kind, config });
          let previousStart = -1;
          for (const finding of findings) {
            assert.ok(finding.start >= 0 && finding.start < finding.end && finding.end <= text.length, `range ${finding.start}-${finding.end} in ${text.length}`);
            assert.ok(finding.start >= previousStart, 'findings are in document order');
            previousStart = finding.start;
            // The phrase at the range is a real word sequence: no mask or code characters inside.
            assert.doesNotMatch(text.slice(finding.start, finding.end), /[\u0000`]/);
          }
        }),
        { numRuns: RUNS, seed: 11 },
      );
    }
  });

  it(`the walkthrough parser never throws and its problems point inside the text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(textArbitrary, (body) => {
        for (const text of [body, `---\ntitle: T\n${body}\n---\n${body}`]) {
          const walkthrough = parseWalkthrough(text);
          for (const problem of walkthrough.problems) assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= text.length);
          for (const step of walkthrough.steps) assert.equal(typeof step.key, 'string');
        }
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it(`the settings and .right-to-object.json parsers never throw, whatever the JSON (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseLintConfig(value, 'x.');
        assert.ok(Array.isArray(parsed.problems));
        const merged = mergeLintConfigs(parsed.config);
        assert.equal(typeof merged.enabled, 'boolean');
        const file = parseWorkspaceFile(JSON.stringify({ diagnostics: value }));
        assert.ok(Array.isArray(file.problems));
      }),
      { numRuns: RUNS, seed: 13 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        assert.ok(Array.isArray(parseWorkspaceFile(text).problems));
      }),
      { numRuns: RUNS, seed: 14 },
    );
  });

  it(`valid settings round-trip through the parser unchanged (${RUNS} runs)`, () => {
    const severity = fc.constantFrom('error', 'warning', 'information', 'hint', 'off');
    const config = fc.record({
      enabled: fc.boolean(),
      scope: fc.constantFrom('prose', 'quotes', 'everything'),
      ruleSeverity: fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{1,15}$/), severity, { noNullPrototype: true }),
      allowList: fc.array(fc.stringMatching(/^[a-z][a-z ]{0,20}$/), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(config, (value) => {
        const parsed = parseLintConfig(value, 'x.');
        assert.deepEqual(parsed.problems, []);
        // Compare as JSON: fast-check may build objects without a prototype.
        assert.deepEqual(JSON.parse(JSON.stringify(parsed.config)), JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: RUNS, seed: 15 },
    );
  });

  it(`an allow-listed phrase is never reported, however it is spaced or cased (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.constantFrom('third parties', 'legitimate interests', 'partners'), fc.constantFrom(' ', '  ', '\n', '-'), fc.boolean(), (phrase, gap, upper) => {
        const written = phrase.replace(/ /g, gap);
        const text = `We rely on ${upper ? written.toUpperCase() : written} here.`;
        const config = mergeLintConfigs({ allowList: [phrase] });
        const findings = lintDocument(text, { kind: 'plaintext', config });
        assert.ok(findings.every((f) => normalisePhrase(text.slice(f.start, f.end)) !== normalisePhrase(phrase)));
      }),
      { numRuns: RUNS, seed: 16 },
    );
  });

  const dateArbitrary = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

  it(`deadline arithmetic: formatting round-trips, days add up, months land on the same or last day (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 36 }), (date, a, b, months) => {
        assert.equal(formatDate(parseDate(date)), date);
        assert.equal(formatDate(addCalendarDays(addCalendarDays(date, a), b)), formatDate(addCalendarDays(date, a + b)));
        const later = parseDate(addCalendarMonths(date, months));
        const start = parseDate(date);
        const expectedMonth = ((start.month - 1 + months) % 12) + 1;
        assert.equal(later.month, expectedMonth);
        const lastDay = new Date(Date.UTC(later.year, later.month, 0)).getUTCDate();
        assert.equal(later.day, Math.min(start.day, lastDay));
        assert.ok(compareDates(addCalendarMonths(date, months), date) >= 0);
      }),
      { numRuns: RUNS, seed: 17 },
    );
  });

  it(`business days never land on a weekend and advance by the right count (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 1, max: 60 }), (date, count) => {
        const due = addBusinessDays(date, count);
        assert.equal(isWeekend(due), false);
        let working = 0;
        for (let day = addCalendarDays(date, 1); compareDates(day, due) <= 0; day = addCalendarDays(day, 1)) if (!isWeekend(day)) working++;
        assert.equal(working, count);
      }),
      { numRuns: RUNS, seed: 18 },
    );
  });

  it(`unfilled-placeholder ranges always cover a [[...]] marker (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        for (const placeholder of findUnfilledPlaceholders(text)) {
          const slice = text.slice(placeholder.start, placeholder.end);
          assert.ok(slice.startsWith('[[') && slice.endsWith(']]'), slice);
        }
      }),
      { numRuns: RUNS, seed: 19 },
    );
  });

  it('default config is not mutated by any of the above', () => {
    assert.deepEqual(DEFAULT_LINT_CONFIG, {
      enabled: true,
      scope: 'auto',
      categorySeverity: {},
      ruleSeverity: {},
      extraPhrases: [],
      allowList: [],
      labels: false,
      mentions: false,
      showLowered: false,
      language: 'auto',
    });
  });
});
