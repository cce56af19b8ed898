// A document that starts with a byte-order mark (as editors on Windows save UTF-8) has its front
// matter read as front matter at every entry point: the linter, the CLI, the walkthrough and the
// letters' controller line. Once, the linter and the walkthrough used two finders and disagreed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LINT_CONFIG } from '../../src/core/config/lintConfig';
import { lintDocument } from '../../src/core/vague/lintDocument';
import { parseWalkthrough } from '../../src/core/walkthrough/parse';
import { frontMatterString } from '../../src/core/markdown/frontMatterValue';
import { findFrontMatter } from '../../src/core/markdown/frontMatter';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

const BOM = '\uFEFF';
const doc = `${BOM}---\ntitle: Opt out of partners' tracking\ncontroller: ExampleCorp\nnote: shared with partners\n---\n\n# Steps\n\n1. [link] Open the settings.\n\nWe share data with third parties.\n`;

describe('a byte-order mark before the front matter', () => {
  it('is found by the one front-matter finder, starting after the mark', () => {
    const block = findFrontMatter(doc);
    assert.ok(block);
    assert.equal(block.start, 1);
    assert.ok(doc.slice(block.contentStart, block.contentEnd).startsWith('title:'));
  });
  it('lint: nothing in the front matter is flagged, the body is', () => {
    const findings = lintDocument(doc, { kind: 'markdown', config: { ...DEFAULT_LINT_CONFIG, scope: 'prose' } });
    const flagged = findings.map((finding) => doc.slice(finding.start, finding.end));
    assert.ok(flagged.includes('third parties'), flagged.join(' | '));
    assert.ok(!flagged.includes('partners'), flagged.join(' | '));
  });
  it('walkthrough: reads the title from the front matter', () => {
    const walkthrough = parseWalkthrough(doc);
    assert.equal(walkthrough.frontMatter.title, "Opt out of partners' tracking");
  });
  it('letters: read the controller line', () => {
    assert.equal(frontMatterString(doc, 'controller'), 'ExampleCorp');
  });
  it('CLI: lint leaves the front matter alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rto-bom-'));
    try {
      writeFileSync(join(dir, 'guide.md'), doc);
      let stdout = '';
      const io: CliIo = { stdout: (text) => void (stdout += text), stderr: () => undefined, readFile: async (path) => readFileSync(path, 'utf8'), cwd: dir };
      await runCli(['lint', '--format', 'json', 'guide.md'], io);
      const texts = (JSON.parse(stdout) as { findings: { text: string }[] }[])[0]!.findings.map((finding) => finding.text);
      assert.ok(texts.includes('third parties'), texts.join(' | '));
      assert.ok(!texts.includes('partners'), texts.join(' | '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
