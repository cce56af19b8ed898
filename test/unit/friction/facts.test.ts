import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { COLUMNS, frictionRow, parseWalkthrough, SAMPLE_WALKTHROUGHS, sortRows, waitingText } from '../../../src/core/friction';
import { rowOf } from './helpers';

const root = join(__dirname, '..', '..', '..', '..');

describe('friction comparison: facts', () => {
  it('reads every fact from the tags of one walkthrough', () => {
    const row = rowOf(
      'Object',
      [
        '[find] Find the notice.',
        '[link] Open the form.',
        '[country][email][justify] Fill it in.',
        '[otp] Enter the code.',
        '[id-upload] Upload ID.',
        '[account] Log in.',
        '[wait:30d] Wait.',
        '[confirm][discretion] Submit.',
      ],
      'Example Ltd',
    );
    assert.equal(row.company, 'Example Ltd');
    assert.equal(row.title, 'Object');
    assert.equal(row.steps, 8);
    assert.equal(row.fields, 3);
    assert.equal(row.oneTimeCodes, 1);
    assert.equal(row.idUploads, 1);
    assert.equal(row.verifications, 2);
    assert.equal(row.justificationDemanded, true);
    assert.equal(row.accountRequired, true);
    assert.equal(row.outcomeAtDiscretion, true);
    assert.equal(waitingText(row), '30 days (step 7)');
  });

  it('says "No" and "None stated" when nothing is tagged, and uses the title without a controller', () => {
    const row = rowOf('Toggle it', ['Open settings.', 'Turn it off.']);
    assert.equal(row.company, 'Toggle it');
    assert.deepEqual(
      ['steps', 'fields', 'verifications', 'justificationDemanded', 'accountRequired', 'outcomeAtDiscretion', 'waiting'].map((id) => COLUMNS[id as keyof typeof COLUMNS].text(row)),
      ['2', '0', '0', 'No', 'No', 'No', 'None stated'],
    );
  });

  it('counts a [wait] without a duration as waiting, duration not stated', () => {
    assert.equal(waitingText(rowOf('W', ['[wait] Wait for the reply.'])), 'Yes, duration not stated');
  });

  it('puts the shipped Meta sample first in the default order: five steps, a one-time code, a justification, discretion', () => {
    const files = [...SAMPLE_WALKTHROUGHS];
    const rows = files.map((file) => frictionRow(parseWalkthrough(readFileSync(join(root, 'samples', file), 'utf8')), file));
    for (const [i, file] of files.entries()) {
      const walkthrough = parseWalkthrough(readFileSync(join(root, 'samples', file), 'utf8'));
      assert.deepEqual(
        walkthrough.problems.map((p) => p.message),
        [],
        `${file} has problems`,
      );
      assert.ok((walkthrough.frontMatter.sources ?? []).length >= 2, `${file} lists sources`);
      assert.match(readFileSync(join(root, 'samples', file), 'utf8'), /processes? change/i, `${file} says processes change`);
      assert.match(readFileSync(join(root, 'samples', file), 'utf8'), /retrieved \d{4}-\d{2}-\d{2}/, `${file} dates its sources`);
      assert.ok(rows[i]);
    }
    const [first] = sortRows(rows);
    assert.equal(first?.file, 'meta-ai-objection.md');
    assert.deepEqual([first?.steps, first?.oneTimeCodes, first?.justificationDemanded, first?.outcomeAtDiscretion], [5, 1, true, true]);
  });

  it('ships the same samples in media/samples (what the .vsix holds), and lists every one', () => {
    assert.deepEqual(readdirSync(join(root, 'media', 'samples')).sort(), [...SAMPLE_WALKTHROUGHS].sort());
    for (const file of SAMPLE_WALKTHROUGHS) {
      assert.equal(readFileSync(join(root, 'media', 'samples', file), 'utf8'), readFileSync(join(root, 'samples', file), 'utf8'), `copy samples/${file} to media/samples/`);
    }
  });
});

describe('friction comparison: what counts as a walkthrough', () => {
  it('needs steps, and a front-matter title or a friction tag', async () => {
    const { isWalkthrough } = await import('../../../src/core/friction');
    assert.equal(isWalkthrough(parseWalkthrough('---\ntitle: T\n---\n\n1. a\n')), true);
    assert.equal(isWalkthrough(parseWalkthrough('# Readme\n\n1. [link] a\n')), true);
    assert.equal(isWalkthrough(parseWalkthrough('# Readme\n\n1. Install\n2. Run\n')), false);
    assert.equal(isWalkthrough(parseWalkthrough('---\ntitle: T\n---\n\nNo steps.\n')), false);
  });
});
