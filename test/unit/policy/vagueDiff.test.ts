import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG } from '../../../src/core/vague/lintConfig';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { vagueDiff, type VersionInput } from '../../../src/core/policy/diff/vagueDiff';
import { renderDiff } from '../../../src/core/policy/diff/renderDiff';

const version = (label: string, text: string): VersionInput => ({ label, text, findings: lintDocument(text, { kind: 'markdown', config: DEFAULT_LINT_CONFIG }) });

const OLD = `# Privacy Policy

## Sharing

We may share your personal data with our partners to provide the service.

## Retention

We keep your data for as long as necessary.

## Your rights

You can ask us for a copy of your data.
`;

// The same policy, with the two paragraphs moved and re-wrapped, one emphasis added, a new section
// and a new sentence that names legitimate interests.
const NEW = `# Privacy Policy

## Retention

We keep *your data* for as long
as necessary.

## Sharing

We may share your personal data with our
partners to provide the service.

## Artificial intelligence

We use your posts to train our AI models on the basis of our legitimate interests.
`;

describe('vagueness diff', () => {
  it('aligns findings by sentence: moved and re-wrapped paragraphs are unchanged; the new finding is added; the dropped section removed', () => {
    const diff = vagueDiff(version('2024-03-01.md', OLD), version('2024-06-01.md', NEW));
    const added = diff.categories.flatMap((group) => group.added);
    assert.ok(added.length >= 1, JSON.stringify(diff, null, 2));
    assert.ok(
      added.every((finding) => finding.sentence.includes('legitimate interests')),
      JSON.stringify(added, null, 2),
    );
    assert.ok(added.some((finding) => finding.ruleId === 'legitimate-interests'));
    assert.equal(diff.totals.removed, 0, JSON.stringify(diff.categories, null, 2));
    assert.ok(diff.totals.unchanged >= 2);
    assert.deepEqual(diff.sections, { added: ['Artificial intelligence'], removed: ['Your rights'] });
    assert.deepEqual(diff.legalBasesNewlyNamed, ['legitimate interests']);
  });

  it('reports a removed vague phrase with its sentence, and a hint that loses its vague company with it', () => {
    const diff = vagueDiff(version('old', OLD), version('new', OLD.replace('with our partners', 'with Stripe, Inc.')));
    const removed = diff.categories.flatMap((group) => group.removed);
    // "may share" is a hint by its measured precision, shown only beside another vague phrase
    // (context/vagueCompany.ts): with "partners" gone it stands alone and is no longer reported.
    assert.deepEqual(
      removed.map((finding) => finding.phrase.toLowerCase()),
      ['partners', 'may share'],
    );
    assert.match(removed[0]!.sentence, /^We may share your personal data with our partners/);
    assert.equal(diff.totals.added, 0);
    assert.ok(diff.categories.flatMap((group) => group.unchanged).some((finding) => finding.phrase === 'as long as necessary'));
  });

  it('renders text, JSON and Markdown; policy text in Markdown stays text', () => {
    const diff = vagueDiff(version('old', OLD), version('new', NEW.replace('AI models', 'AI <script>alert(1)</script> models')));
    assert.match(renderDiff(diff, 'text'), /Legal bases named for the first time: legitimate interests/);
    assert.deepEqual(JSON.parse(renderDiff(diff, 'json')).legalBasesNewlyNamed, ['legitimate interests']);
    const markdown = renderDiff(diff, 'markdown');
    assert.match(markdown, /^## What changed in vagueness/);
    assert.match(markdown, /\\<script\\>/);
    assert.doesNotMatch(markdown, /(?:^|[^\\])<script/m);
  });
});
