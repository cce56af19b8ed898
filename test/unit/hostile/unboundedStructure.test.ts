// Issue #19, unbounded structure: documents and settings whose size is the attack.
import assert from 'node:assert/strict';
import { DEFAULT_LINT_CONFIG, LIMITS, mergeLintConfigs, parseLintConfig } from '../../../src/core/vague/lintConfig';
import { MAX_WORKSPACE_FILE_CHARS, parseWorkspaceFile } from '../../../src/core/config/workspaceFile';
import { lintDocument } from '../../../src/core/vague/lintDocument';
import { parseWalkthrough, renderWalkthroughBody } from '../../../src/core/walkthrough';
import { assertLinearGrowth, medianCpuMs } from './growth';
import { DocumentLintState } from '../../../src/core/vague/documentLintState';

const pause = () => Promise.resolve();

describe('hostile input: unbounded structure (#19)', () => {
  it('an 800 KB tight list (200k lines) (no blank line) is linted in slices without overflowing the stack', async () => {
    const text = `We share data with service providers.\n${'- a\n'.repeat(200_000)}`;
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

describe('hostile input: walkthrough size (#19)', () => {
  it('front matter with thousands of keys is read in about linear time, and only 200 keys are looked at', () => {
    const build = (n: number) => `---\ntitle: T\n${Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\n1. Step\n`;
    assertLinearGrowth('front-matter keys', build, (text) => parseWalkthrough(text), 3_000);
    const walkthrough = parseWalkthrough(build(3_000));
    assert.equal(walkthrough.title, 'T');
    assert.ok(walkthrough.problems.some((p) => p.code === 'front-matter-too-large' && /only the first 200/.test(p.message)));
    assert.ok(walkthrough.problems.filter((p) => p.code === 'front-matter-unknown-key').length < 200);
  });

  it('still reports a duplicate top-level key', () => {
    const walkthrough = parseWalkthrough('---\ntitle: A\ntitle: B\n---\n1. Step\n');
    assert.ok(walkthrough.problems.some((p) => p.code === 'yaml-syntax' && /unique/.test(p.message)));
  });

  it('front matter over 64 KB (30k keys) is refused at once with a message', () => {
    const text = `---\ntitle: T\n${Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\n1. Step\n`;
    const spent = medianCpuMs(() => parseWalkthrough(text));
    assert.ok(spent < 500, `${spent} ms`);
    assert.ok(parseWalkthrough(text).problems.some((p) => p.code === 'front-matter-too-large' && /64 KB/.test(p.message)));
  });

  it('a 12 MB walkthrough gets a message in the preview instead of seconds of work', () => {
    const text = `---\ntitle: Big\n---\n${'1. Open the [form](https://example.org) and **click**.\n'.repeat(230_000)}`;
    assert.ok(text.length > 12_000_000);
    let html = '';
    const spent = medianCpuMs(() => {
      html = renderWalkthroughBody(parseWalkthrough(text), text, { mode: 'preview', today: '2026-12-04' });
    });
    assert.ok(spent < 200, `${spent} ms`);
    assert.match(html, /walkthroughs are read up to 512 KB/);
    assert.equal(parseWalkthrough(text).problems[0]?.code, 'too-large');
  });
});
