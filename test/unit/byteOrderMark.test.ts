// A document that starts with a byte-order mark (as editors on Windows save UTF-8) has its front
// matter read as front matter at every entry point: the linter, the CLI, the walkthrough and the
// letters' controller line, their markers and the CLI's lint, walkthrough and friction commands,
// which give the same results as for the file without the mark. Once, the linter and the
// walkthrough used two finders and disagreed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LINT_CONFIG } from '../../src/core/vague/lintConfig';
import { lintDocument } from '../../src/core/vague/lintDocument';
import { parseWalkthrough } from '../../src/core/walkthrough/parse';
import { frontMatterString } from '../../src/core/markdown/frontMatterValue';
import { findFrontMatter } from '../../src/core/text/frontMatter';
import { fillLetter } from '../../src/core/letters/fill';
import { followUpsInText } from '../../src/core/letters/followUp';
import { findSentLetters, insertedLetterRanges } from '../../src/core/letters/marker';
import { getLetter } from '../../src/core/letters/registry';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

const BOM = '\uFEFF';
const doc = `${BOM}---\ntitle: Opt out of partners' tracking\ncontroller: ExampleCorp\nnote: shared with partners\n---\n\n# Steps\n\n1. [link] Open the settings.\n\nWe may share data with third parties.\n`;

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
  it('letters: every front-matter field a letter takes is read', () => {
    const withFields = `${BOM}---\ncontroller: ExampleCorp\njurisdiction: eu-gdpr\ncontroller-country: FR\n---\n`;
    assert.deepEqual(
      ['controller', 'jurisdiction', 'controller-country'].map((key) => frontMatterString(withFields, key)),
      ['ExampleCorp', 'eu-gdpr', 'FR'],
    );
  });
  it('letters: an inserted letter is found by its marker, planned for a follow-up and not linted, as without the mark', () => {
    const letter = fillLetter(getLetter('eu-gdpr-21-1-ai-en'), { controller: 'Meta Platforms Ireland Limited', name: 'Ada', grounds: 'My photos.' }, '2026-12-04');
    const plain = `---\ncontroller: Meta Platforms Ireland Limited\nnote: shared with partners\n---\n\n# Letter\n\n${letter}\nWe may share data with third parties.\n`;
    const marked = `${BOM}${plain}`;
    const shift = <T extends { start: number; end: number }>(items: T[]) => items.map((item) => ({ ...item, start: item.start - 1, end: item.end - 1 }));
    assert.equal(findSentLetters(marked).length, 1);
    assert.deepEqual(shift(findSentLetters(marked)), findSentLetters(plain));
    assert.deepEqual(shift(insertedLetterRanges(marked)), insertedLetterRanges(plain));
    const plans = (text: string) => followUpsInText(text, '2026-12-10').map(({ letter: l, plan, skipped }) => ({ id: l?.id, plan, skipped }));
    assert.equal(plans(marked)[0]?.id, 'eu-gdpr-21-1-ai-en');
    assert.ok(plans(marked)[0]?.plan, 'a follow-up is planned');
    assert.deepEqual(plans(marked), plans(plain));
    const lint = (text: string) => lintDocument(text, { kind: 'markdown', config: { ...DEFAULT_LINT_CONFIG, scope: 'prose' } }).map((f) => [f.ruleId, text.slice(f.start, f.end)]);
    assert.deepEqual(lint(marked), lint(plain));
    assert.deepEqual(
      lint(marked),
      [
        ['may-share', 'may share'],
        ['third-parties', 'third parties'],
      ],
      'only the sentence after the letter; not the letter, not the front matter',
    );
  });
  describe('CLI: the same results with and without the mark', () => {
    let dir = '';
    const plain = doc.slice(1);
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'rto-bom-'));
      writeFileSync(join(dir, 'marked.md'), doc);
      writeFileSync(join(dir, 'plain.md'), plain);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
      const result = { code: 0, out: '', err: '' };
      const io: CliIo = {
        stdout: (text) => void (result.out += text),
        stderr: (text) => void (result.err += text),
        readFile: async (path) => readFileSync(path, 'utf8'),
        cwd: dir,
      };
      result.code = await runCli(args, io);
      return result;
    }
    /** Both runs, with the file names made equal; offsets into the marked file are one more. */
    async function both(...args: string[]): Promise<[{ code: number; out: string; err: string }, { code: number; out: string; err: string }]> {
      const marked = await cli(...args.map((arg) => arg.replace('FILE', 'marked.md')));
      const unmarked = await cli(...args.map((arg) => arg.replace('FILE', 'plain.md')));
      const rename = (r: typeof marked) => ({ ...r, out: r.out.replaceAll('marked.md', 'FILE'), err: r.err.replaceAll('marked.md', 'FILE') });
      const renamePlain = (r: typeof marked) => ({ ...r, out: r.out.replaceAll('plain.md', 'FILE'), err: r.err.replaceAll('plain.md', 'FILE') });
      return [rename(marked), renamePlain(unmarked)];
    }
    const unshift = (value: unknown): unknown => JSON.parse(JSON.stringify(value), (key, v: unknown) => ((key === 'start' || key === 'end') && typeof v === 'number' ? v - 1 : v));

    it('lint: the front matter left alone, the body flagged, the same lines and columns', async () => {
      const [marked, unmarked] = await both('lint', 'FILE');
      assert.match(marked.out, /^FILE:11:24 information third-parties /m);
      assert.doesNotMatch(marked.out, /partners/);
      assert.deepEqual(marked, unmarked);
      const [markedJson, plainJson] = await both('lint', '--format', 'json', 'FILE');
      const texts = (JSON.parse(markedJson.out) as { findings: { text: string }[] }[])[0]!.findings.map((finding) => finding.text);
      assert.ok(texts.includes('third parties'), texts.join(' | '));
      assert.ok(!texts.includes('partners'), texts.join(' | '));
      assert.deepEqual(unshift(JSON.parse(markedJson.out)), JSON.parse(plainJson.out));
    });

    it('walkthrough: the title from the front matter, the same page, JSON and problems', async () => {
      const [markedHtml, plainHtml] = await both('walkthrough', 'FILE');
      assert.equal(markedHtml.code, 0);
      assert.match(markedHtml.out, /<h1 class="rto-title">Opt out of partners&#39; tracking<\/h1>/);
      assert.deepEqual(markedHtml, plainHtml);
      const [markedJson, plainJson] = await both('walkthrough', '--format', 'json', 'FILE');
      assert.equal((JSON.parse(markedJson.out) as { title: string }).title, "Opt out of partners' tracking");
      assert.deepEqual(unshift(JSON.parse(markedJson.out)), JSON.parse(plainJson.out));
      assert.equal(markedJson.err, plainJson.err);
    });

    it('friction: the same row', async () => {
      const [marked, unmarked] = await both('friction', '--format', 'json', 'FILE');
      assert.equal(marked.code, 0, marked.err);
      assert.equal((JSON.parse(marked.out) as { rows: { company: string }[] }).rows[0]?.company, 'ExampleCorp');
      assert.deepEqual(marked, unmarked);
    });
  });
});
