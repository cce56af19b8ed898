// Issue #19, unbounded structure: documents and settings whose size is the attack.
import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG, LIMITS, mergeLintConfigs, parseLintConfig } from '../../../src/core/config/lintConfig';
import { MAX_WORKSPACE_FILE_CHARS, parseWorkspaceFile } from '../../../src/core/config/workspaceFile';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { DocumentLintState } from '../../../src/core/vague/documentLintState';

const pause = () => Promise.resolve();

describe('hostile input: unbounded structure (#19)', () => {
  it('a 2 MB tight list (no blank line) is linted in slices without overflowing the stack', async () => {
    const text = `We share data with partners.\n${'- a\n'.repeat(500_000)}`;
    const state = await DocumentLintState.createInSlices(text, 'markdown', DEFAULT_LINT_CONFIG, { sliceSize: 64 * 1024, pause, cancelled: () => false });
    assert.ok(state, 'not cancelled');
    assert.ok(state.findings.length > 0, 'the finding in the first line is reported');
  });
});

describe('hostile input: settings limits and validation (#19)', () => {
  it('refuses more extra phrases than the limit, quickly and with a message naming it', () => {
    const extraPhrases = Array.from({ length: 60_000 }, (_, i) => ({ phrase: `phrase number ${i}`, message: 'm' }));
    const started = process.cpuUsage();
    const { config, problems } = parseLintConfig({ extraPhrases }, 'rightToObject.diagnostics.');
    const spent = process.cpuUsage(started);
    assert.equal(config.extraPhrases, undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, new RegExp(`more than ${LIMITS.extraPhrases} phrases`));
    assert.ok((spent.user + spent.system) / 1000 < 2_000, 'validated in under 2 s of CPU');
  });

  it('refuses an extra phrase made only of punctuation, which the matcher cannot compile', () => {
    for (const phrase of ['--', ' - ', '- -']) {
      const { config, problems } = parseLintConfig({ extraPhrases: [{ phrase, message: 'm' }] }, 'p.');
      assert.equal(config.extraPhrases, undefined, phrase);
      assert.match(problems[0]?.message ?? '', /at least one letter or digit/, phrase);
    }
    // And what the validator accepts, the linter compiles.
    const ok = parseLintConfig({ extraPhrases: [{ phrase: 'e.g. x', message: 'm' }] }, 'p.').config;
    assert.doesNotThrow(() => lintDocument('e.g. x', { kind: 'plaintext', config: mergeLintConfigs(ok) }));
  });

  it('ignores a .right-to-object.json over the size limit, with a message', () => {
    const text = `{"diagnostics":{"allowList":[${'"x",'.repeat(MAX_WORKSPACE_FILE_CHARS / 4)}"x"]}}`;
    const contents = parseWorkspaceFile(text);
    assert.deepEqual(contents.diagnostics, {});
    assert.match(contents.problems[0]?.message ?? '', /larger than 2 MB/);
  });
});
