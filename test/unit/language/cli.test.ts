// `right-to-object lint --language auto|en|de|fr` (#14): findings carry their block's language in
// JSON, JSONL and SARIF; languages without rules are reported once per file in every format.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { useTestRuleModules } from './testRuleModules';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readFile: async (path) => readFileSync(path, 'utf8'), cwd };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const ANALYSIS = [
  '# Analysis',
  '',
  'We quote the German policy of the company here, with our comments below it.',
  '',
  '> Wir geben Ihre personenbezogenen Daten an Dritte weiter, soweit dies zur Wahrung unserer berechtigten Interessen erforderlich ist.',
  '',
  '> Wij delen uw persoonsgegevens met derden wanneer dat nodig is voor onze diensten en voor onze partners in de hele wereld.',
  '',
  '> We share your data with service providers.',
  '',
].join('\n');

interface JsonFinding {
  ruleId: string;
  language: string;
  text: string;
}

describe('command line: lint --language', () => {
  useTestRuleModules();
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rto-cli-language-'));
    writeFileSync(join(dir, 'analysis.md'), ANALYSIS);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('JSON findings carry the language of their block, and the file lists the languages not checked', async () => {
    const run = await cli(['lint', '--format', 'json', '--fail-on', 'never', 'analysis.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    const [file] = JSON.parse(run.stdout) as { findings: JsonFinding[]; notChecked: { language: string; line: number; blocks: number; message: string }[] }[];
    assert.deepEqual(
      file!.findings.map((finding) => `${finding.language}:${finding.ruleId}:${finding.text}`),
      ['de:de-dritte:Dritte', 'de:de-berechtigte-interessen:berechtigten Interessen', 'en:service-providers:service providers'],
    );
    assert.deepEqual(
      file!.notChecked.map((notice) => [notice.language, notice.line, notice.blocks]),
      [['nl', 7, 1]],
    );
    assert.match(file!.notChecked[0]!.message, /^Not checked: Dutch/);
  });

  it('--language en reads every block with the English rules and reports nothing unchecked', async () => {
    // "partners" in the Dutch quote is lowered (no English verb gives it data): shown with showLowered.
    writeFileSync(join(dir, 'lowered.json'), JSON.stringify({ diagnostics: { showLowered: true } }));
    const run = await cli(['lint', '--format', 'json', '--fail-on', 'never', '--language', 'en', '--config', 'lowered.json', 'analysis.md'], dir);
    const [file] = JSON.parse(run.stdout) as { findings: JsonFinding[]; notChecked?: unknown }[];
    assert.ok(file!.findings.every((finding) => finding.language === 'en'));
    assert.ok(
      file!.findings.some((finding) => finding.text === 'partners'),
      'the Dutch quote is read with the English rules',
    );
    assert.equal(file!.notChecked, undefined);
    const german = await cli(['lint', '--format', 'jsonl', '--fail-on', 'never', '--language', 'de', 'analysis.md'], dir);
    const records = german.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as JsonFinding);
    assert.ok(records.length >= 2 && records.every((record) => record.language === 'de'));
  });

  it('prints the notice in text output and in SARIF, and rejects an unknown language', async () => {
    const text = await cli(['lint', '--fail-on', 'never', 'analysis.md'], dir);
    assert.match(text.stdout, /^analysis\.md:7:1 information not-checked Not checked: Dutch \(1 block; there are no rules for Dutch\)$/m);
    const sarif = JSON.parse((await cli(['lint', '--format', 'sarif', '--fail-on', 'never', 'analysis.md'], dir)).stdout) as {
      runs: {
        results: { ruleId: string; properties: { language: string } }[];
        tool: { driver: { rules: { id: string; properties: { language: string } }[] } };
        invocations: { toolExecutionNotifications: { message: { text: string }; properties: { language: string } }[] }[];
      }[];
    };
    const [run] = sarif.runs;
    assert.deepEqual(
      run!.results.map((result) => result.properties.language),
      ['de', 'de', 'en'],
    );
    assert.equal(run!.tool.driver.rules.find((rule) => rule.id === 'de-dritte')!.properties.language, 'de');
    assert.equal(run!.invocations[0]!.toolExecutionNotifications[0]!.properties.language, 'nl');
    const bad = await cli(['lint', '--language', 'sv', 'analysis.md'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--language must be one of auto, en, de, fr/);
  });
});
