import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_LINT_CONFIG, mergeLintConfigs } from '../../src/core/vague/lintConfig';
import { DocumentLintState } from '../../src/core/vague/documentLintState';
import { lintDocument, type DocumentKind } from '../../src/core/vague/lintDocument';
import { resolveScope } from '../../src/core/markdown/scope';

/** Pieces of policy-analysis Markdown, including every construct the incremental path must respect. */
const FRAGMENTS = [
  'We may share information about you with our partners.',
  'We keep data for as long as necessary',
  'legitimate',
  'interests',
  'such as',
  '\n',
  '\n\n',
  '> ',
  '- ',
  '1. ',
  '# ',
  '`partners`',
  '```',
  '~~~',
  '    ',
  '<!-- right-to-object-disable-line partners -->',
  '<!-- right-to-object-disable -->',
  '<div>',
  '[third parties](http://x.example)',
  '[x][ref]',
  '[ref]: http://partners.example',
  '---',
  '| a | partners |',
  '|---|---|',
  ', namely Stripe',
  'May 2024',
  'service\nproviders',
  '\r\n',
  'é😀',
  // Verdicts that read beyond their paragraph or beside the phrase.
  'our legitimate interest.',
  '**Legitimate interests:**',
  'Our legitimate interest is to answer you.',
  'Our partner Fastly',
  'the relevant Partner',
  // Recipients named by their section (context/sectionResolved.ts): a verdict that reads the whole section.
  '## Sharing\n\n',
  '- Stripe: payments\n',
  '- Mailchimp: email\n',
  'processed by Postmark',
];

const documentArbitrary = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const editArbitrary = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.array(fc.constantFrom(...FRAGMENTS, 'x', ' ', 'a'), { maxLength: 3 }).map((parts) => parts.join('')),
});

function applyEdit(text: string, edit: { at: number; remove: number; insert: string }) {
  const start = Math.min(edit.at, text.length);
  const end = Math.min(text.length, start + edit.remove);
  const next = text.slice(0, start) + edit.insert + text.slice(end);
  return { next, region: { start, unchangedSuffix: text.length - end } };
}

// The sentence span is kept on each finding and moved with it on edits (vagueCompany.ts reads it).
const summary = (findings: readonly { ruleId: string; start: number; end: number; severity: string; clarified: boolean; sentenceStart?: number; sentenceEnd?: number }[]) =>
  findings.map((f) => `${f.ruleId}@${f.start}-${f.end}:${f.severity}${f.clarified ? '*' : ''} in ${f.sentenceStart}-${f.sentenceEnd}`);

describe('DocumentLintState', () => {
  for (const kind of ['markdown', 'plaintext'] as DocumentKind[]) {
    for (const scope of ['prose', 'quotes', 'auto'] as const) {
      if (kind === 'plaintext' && scope !== 'prose') continue;
      it(`after any sequence of edits equals a full lint (${kind}, ${scope}) [property]`, () => {
        const config = mergeLintConfigs({ scope });
        fc.assert(
          fc.property(documentArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 5 }), (initial, edits) => {
            const state = new DocumentLintState(initial, kind, config);
            let text = initial;
            for (const edit of edits) {
              const { next, region } = applyEdit(text, edit);
              state.update(next, region);
              text = next;
              assert.deepEqual(summary(state.findings), summary(lintDocument(text, { kind, config })));
            }
          }),
          { numRuns: 300, seed: 4242 },
        );
      });
    }
  }

  it("keeps 'auto' decided as a full read of the text would, from the lines each edit touches [property]", () => {
    // Documents where one edit can tip the share of quoted lines either way: quotes, indented
    // markers (a fourth space makes code), blank and carriage-return-only lines.
    const lines = ['> quoted', '   > three spaces', '    > code', '\t> tab', 'prose', '', ' ', '\r', '>', 'a > b'];
    const docs = fc.array(fc.constantFrom(...lines), { maxLength: 30 }).map((parts) => parts.join('\n'));
    const edits = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.array(fc.constantFrom('\n', '>', ' ', 'x', '\r\n', '\n> q\n'), { maxLength: 4 }).map((parts) => parts.join('')) });
    const config = mergeLintConfigs({ scope: 'auto' });
    fc.assert(
      fc.property(docs, fc.array(edits, { minLength: 1, maxLength: 8 }), (initial, sequence) => {
        const state = new DocumentLintState(initial, 'markdown', config);
        let text = initial;
        for (const edit of sequence) {
          const { next, region } = applyEdit(text, edit);
          state.update(next, region);
          text = next;
          assert.equal(state.appliedScope, resolveScope(text, 'auto'), JSON.stringify(text));
        }
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('takes the incremental path for most prose edits, and still equals a full lint [property]', () => {
    // Only constructs the incremental path handles itself, so it is really exercised.
    const prose = ['We may share information about you with our partners.', 'legitimate interests', 'such as', ' ', '\n', '\n\n', '> ', '- ', '# ', ', namely Stripe', 'May 2024', 'x'];
    const docs = fc.array(fc.constantFrom(...prose), { minLength: 10, maxLength: 60 }).map((parts) => parts.join(''));
    const edits = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.array(fc.constantFrom(...prose), { maxLength: 2 }).map((parts) => parts.join('')) });
    let incremental = 0;
    let total = 0;
    fc.assert(
      fc.property(docs, fc.array(edits, { minLength: 1, maxLength: 4 }), (initial, sequence) => {
        const state = new DocumentLintState(initial, 'markdown', DEFAULT_LINT_CONFIG);
        let text = initial;
        for (const edit of sequence) {
          const { next, region } = applyEdit(text, edit);
          state.update(next, region);
          text = next;
          total++;
          if (state.lastUpdate === 'incremental') incremental++;
          assert.deepEqual(summary(state.findings), summary(lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    assert.ok(incremental / total > 0.5, `only ${incremental} of ${total} updates were incremental`);
  });

  it('updates a one-character edit in a paragraph without a full re-parse', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: we may share data with partners.`).join('\n\n');
    const state = new DocumentLintState(paragraphs, 'markdown', DEFAULT_LINT_CONFIG);
    const at = paragraphs.indexOf('Paragraph 25') + 10;
    const next = `${paragraphs.slice(0, at)}X${paragraphs.slice(at)}`;
    state.update(next, { start: at, unchangedSuffix: paragraphs.length - at });
    assert.equal(state.lastUpdate, 'incremental');
    assert.deepEqual(summary(state.findings), summary(lintDocument(next, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
  });

  it('re-judges a finding whose stated interest is edited two paragraphs below', () => {
    const text = 'The legal basis is our legitimate interest.\n\nSee below.\n\nOur legitimate interest is to answer you.\n';
    const state = new DocumentLintState(text, 'markdown', DEFAULT_LINT_CONFIG);
    assert.deepEqual(summary(state.findings), [], 'the stated interest lowers the finding (hidden by default)');
    const at = text.indexOf('is to answer');
    const next = `${text.slice(0, at)}was${text.slice(at + 'is to answer you'.length)}`;
    state.update(next, { start: at, unchangedSuffix: text.length - at - 'is to answer you'.length });
    assert.deepEqual(summary(state.findings), summary(lintDocument(next, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
    assert.ok(
      state.findings.some((f) => f.ruleId === 'legitimate-interests' && f.start < 50),
      'the first paragraph is flagged again',
    );
  });

  it('re-judges recipient phrases when a name is edited into or out of their section, as a full lint does', () => {
    const text = '## Sharing\n\nWe share data with service providers.\n\nMore text here.\n\n- Stripe: payments\n- Postmark: receipts\n- Email: newsletters\n\n## Other\n\nUnrelated.\n';
    const flagged = (findings: readonly { ruleId: string }[]) => findings.some((f) => f.ruleId === 'service-providers');
    const state = new DocumentLintState(text, 'markdown', DEFAULT_LINT_CONFIG);
    assert.equal(flagged(state.findings), true, 'two names are not enough');
    // Typing a second name into the list, two paragraphs below the phrase.
    const at = text.indexOf('Email');
    const named = `${text.slice(0, at)}Mailchimp${text.slice(at + 'Email'.length)}`;
    state.update(named, { start: at, unchangedSuffix: text.length - at - 'Email'.length });
    assert.equal(state.lastUpdate, 'incremental');
    assert.deepEqual(summary(state.findings), summary(lintDocument(named, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
    assert.equal(flagged(state.findings), false, 'the section now names three recipients');
    // And out again.
    state.update(text, { start: at, unchangedSuffix: named.length - at - 'Mailchimp'.length });
    assert.equal(state.lastUpdate, 'incremental');
    assert.deepEqual(summary(state.findings), summary(lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
    assert.equal(flagged(state.findings), true);
  });

  it('stays incremental beside a list, whose blank line after it markdown-it counts as its own', () => {
    const text = 'Intro: we share it with service providers.\n\n- We may share data with partners.\n- More text.\n\n> A quote about partners.\n\nEnd.\n';
    const config = mergeLintConfigs({ scope: 'prose' });
    const state = new DocumentLintState(text, 'markdown', config);
    const at = text.indexOf('share it');
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    state.update(next, { start: at, unchangedSuffix: text.length - at });
    assert.equal(state.lastUpdate, 'incremental');
    assert.deepEqual(summary(state.findings), summary(lintDocument(next, { kind: 'markdown', config })));
    // Typing into that blank line joins the list and the quote: only a full lint gets that right.
    const blank = next.indexOf('text.\n') + 'text.\n'.length;
    const joined = `${next.slice(0, blank)}  joined${next.slice(blank)}`;
    state.update(joined, { start: blank, unchangedSuffix: next.length - blank });
    assert.deepEqual(summary(state.findings), summary(lintDocument(joined, { kind: 'markdown', config })));
  });

  it('stays incremental where blocks touch without a blank line (a heading over its paragraph, a table under its lead-in)', () => {
    const text =
      'Intro paragraph.\n\n## Sharing\nWe may share data with partners.\nThe partners are:\n| Name | Use |\n|---|---|\n| Stripe | payments |\n## Keeping\nWe keep it for as long as necessary.\n\nEnd.\n';
    const config = mergeLintConfigs({ scope: 'prose' });
    const state = new DocumentLintState(text, 'markdown', config);
    for (const word of ['share data', 'keep it', 'payments']) {
      const current = state.currentText;
      const at = current.indexOf(word);
      const next = `${current.slice(0, at)}x${current.slice(at)}`;
      state.update(next, { start: at, unchangedSuffix: current.length - at });
      assert.equal(state.lastUpdate, 'incremental', word);
      assert.deepEqual(summary(state.findings), summary(lintDocument(next, { kind: 'markdown', config })), word);
    }
  });

  it('stays incremental in a nested list indented by four spaces, and re-parses whole when an edit makes indented code', () => {
    const text = 'Intro.\n\n- Cookies:\n    - We use cookies to remember your choices.\n    - We may share data with partners.\n\nEnd.\n';
    const config = mergeLintConfigs({ scope: 'prose' });
    const state = new DocumentLintState(text, 'markdown', config);
    const at = text.indexOf('share data');
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    state.update(next, { start: at, unchangedSuffix: text.length - at });
    assert.equal(state.lastUpdate, 'incremental');
    assert.deepEqual(summary(state.findings), summary(lintDocument(next, { kind: 'markdown', config })));
    // Removing the outer item's marker leaves indented lines after a blank line: code, which may join other code.
    const marker = next.indexOf('- Cookies');
    const code = `${next.slice(0, marker)}Cookies:\n\n${next.slice(marker + '- Cookies:\n'.length)}`;
    state.update(code, { start: marker, unchangedSuffix: next.length - (marker + '- Cookies:\n'.length) });
    assert.equal(state.lastUpdate, 'full');
    assert.deepEqual(summary(state.findings), summary(lintDocument(code, { kind: 'markdown', config })));
  });

  it('sees a disable comment that one typed character completes, and one deleted character undoes', () => {
    for (const kind of ['markdown', 'plaintext'] as DocumentKind[]) {
      const text = 'We share it with service providers. <!- right-to-object-disable-line -->\n\nThey share it with service providers.\n';
      const state = new DocumentLintState(text, kind, DEFAULT_LINT_CONFIG);
      assert.equal(state.findings.length, 2);
      const at = text.indexOf('<!-') + 3;
      const completed = `${text.slice(0, at)}-${text.slice(at)}`;
      state.update(completed, { start: at, unchangedSuffix: text.length - at });
      assert.deepEqual(summary(state.findings), summary(lintDocument(completed, { kind, config: DEFAULT_LINT_CONFIG })));
      assert.equal(state.findings.length, 1, `${kind}: the comment now disables the first line's finding`);
      state.update(text, { start: at, unchangedSuffix: text.length - at });
      assert.equal(state.findings.length, 2, `${kind}: undone`);
    }
  });

  for (const kind of ['markdown', 'plaintext'] as DocumentKind[]) {
    it(`sees a disable comment completed, typed or removed by an edit, one character at a time (${kind}) [property]`, () => {
      // The state skips the filters' reading of the text while it holds no "<!--": a character typed
      // beside "<!-", "!--" or "<--" completes one, and a deleted one leaves none.
      const pieces = ['<', '!', '-', '-', ' right-to-object-disable-line -->', '<!-- right-to-object-disable service-providers -->', ' We share it with service providers.', '\n', '\n\n'];
      const docs = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((parts) => parts.join(''));
      const edits = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.constantFrom('', '<', '!', '-', '<!--', ' service providers') });
      fc.assert(
        fc.property(docs, fc.array(edits, { minLength: 1, maxLength: 8 }), (initial, sequence) => {
          const state = new DocumentLintState(initial, kind, DEFAULT_LINT_CONFIG);
          let text = initial;
          for (const edit of sequence) {
            const { next, region } = applyEdit(text, edit);
            state.update(next, region);
            text = next;
            assert.deepEqual(summary(state.findings), summary(lintDocument(text, { kind, config: DEFAULT_LINT_CONFIG })), JSON.stringify(text));
          }
        }),
        { numRuns: 400, seed: 7122026 },
      );
    });
  }

  it('falls back to a full lint when an edit opens a code fence', () => {
    const text = 'One: we share it with service providers.\n\nTwo: we share it with service providers.\n\nThree: we share it with service providers.\n';
    const state = new DocumentLintState(text, 'markdown', DEFAULT_LINT_CONFIG);
    const at = text.indexOf('Two');
    const next = `${text.slice(0, at)}\`\`\`\n${text.slice(at)}`;
    state.update(next, { start: at, unchangedSuffix: text.length - at });
    assert.equal(state.lastUpdate, 'full');
    assert.equal(state.findings.length, 1, 'only the paragraph before the fence is prose now');
  });
});

describe('DocumentLintState.createInSlices', () => {
  const pause = () => Promise.resolve();
  for (const kind of ['markdown', 'plaintext'] as DocumentKind[]) {
    it(`gives the same findings as a whole-document lint, with tiny slices (${kind}) [property]`, async () => {
      // Reference definitions are left out: they only apply within their own slice (documented).
      const withoutReferences = FRAGMENTS.filter((fragment) => !fragment.includes(']['));
      const docs = fc.array(fc.constantFrom(...withoutReferences, '\n\nNew paragraph with partners.\n\n'), { maxLength: 60 }).map((parts) => parts.join(''));
      await fc.assert(
        fc.asyncProperty(docs, fc.integer({ min: 1, max: 200 }), async (text, sliceSize) => {
          const state = await DocumentLintState.createInSlices(text, kind, DEFAULT_LINT_CONFIG, { sliceSize, pause, cancelled: () => false });
          assert.ok(state);
          assert.deepEqual(summary(state.findings), summary(lintDocument(text, { kind, config: DEFAULT_LINT_CONFIG })));
        }),
        { numRuns: 300, seed: 21 },
      );
    });
  }

  it("really slices, reports each slice's time and stops when cancelled", async () => {
    const text = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} shares data with service providers.`).join('\n\n');
    const times: number[] = [];
    const state = await DocumentLintState.createInSlices(text, 'markdown', DEFAULT_LINT_CONFIG, { sliceSize: 500, pause, cancelled: () => false, onSlice: (_chars, ms) => times.push(ms) });
    assert.ok(times.length > 10, `${times.length} slices`);
    assert.equal(state!.findings.length, 200);
    let calls = 0;
    const cancelled = await DocumentLintState.createInSlices(text, 'markdown', DEFAULT_LINT_CONFIG, { sliceSize: 500, pause, cancelled: () => ++calls > 3 });
    assert.equal(cancelled, undefined);
  });

  it('adapts the slice size to the time budget, with the same findings', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} shares data with service providers.`).join('\n\n');
    const sizing = { budgetMs: 16, firstSize: 2048, minSize: 512, maxSize: 16384 };
    const run = async (msPerCall: number) => {
      // A clock that advances by msPerCall at every reading: each slice "takes" that long.
      let clock = 0;
      const sizes: number[] = [];
      const state = await DocumentLintState.createInSlices(text, 'markdown', DEFAULT_LINT_CONFIG, {
        sliceSize: sizing,
        pause,
        cancelled: () => false,
        now: () => (clock += msPerCall),
        onSlice: (chars) => sizes.push(chars),
      });
      assert.deepEqual(summary(state!.findings), summary(lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
      return sizes;
    };
    // Fast slices grow twofold each time up to the maximum (slices end at a paragraph, so a little over).
    const fast = await run(1);
    assert.ok(fast[0]! >= 2048 && fast[0]! < 2048 + 50, `first ${fast[0]}`);
    assert.ok(fast[1]! >= 4096 && fast[1]! < 4096 + 50, `second ${fast[1]}`);
    assert.ok(
      fast.slice(4, -1).every((size) => size >= 16384 && size < 16384 + 50),
      fast.join(','),
    );
    // Slow slices (20 ms each, over half the budget) shrink at once to what fits half the budget
    // at that speed (8 ms of 20 for the first slice's characters), then to the minimum.
    const slow = await run(20);
    const fitting = Math.floor((slow[0]! * 8) / 20);
    assert.ok(slow[1]! >= fitting && slow[1]! < fitting + 50, `first ${slow[0]}, second ${slow[1]}`);
    assert.ok(
      slow.slice(2, -1).every((size) => size >= 512 && size < 512 + 50),
      slow.join(','),
    );
  });

  it('continues incrementally after being built in slices', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} shares data with service providers.`).join('\n\n');
    const state = (await DocumentLintState.createInSlices(text, 'markdown', DEFAULT_LINT_CONFIG, { sliceSize: 300, pause, cancelled: () => false }))!;
    const at = text.indexOf('Paragraph 20');
    const next = `${text.slice(0, at)}Third parties. ${text.slice(at)}`;
    const updated = state.update(next, { start: at, unchangedSuffix: text.length - at }, false);
    assert.ok(updated, 'an edit inside prose should not need a full re-lint');
    assert.deepEqual(summary(updated), summary(lintDocument(next, { kind: 'markdown', config: DEFAULT_LINT_CONFIG })));
  });
});

describe('DocumentLintState.createInSlices with maxFindings', () => {
  it('stops after enough findings, keeps the first ones in order, and rebuilds on the next edit', async () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} shares data with service providers.`).join('\n\n');
    const state = (await DocumentLintState.createInSlices(text, 'markdown', DEFAULT_LINT_CONFIG, { sliceSize: 200, pause: () => Promise.resolve(), cancelled: () => false, maxFindings: 50 }))!;
    assert.equal(state.findings.length, 50);
    assert.ok(state.truncatedAt !== undefined && state.truncatedAt < text.length);
    const full = lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG });
    assert.deepEqual(summary(state.findings), summary(full.slice(0, 50)));
    assert.equal(state.update(`${text} x`, { start: text.length, unchangedSuffix: 0 }, false), undefined, 'a truncated state asks for a rebuild');
  });
});
