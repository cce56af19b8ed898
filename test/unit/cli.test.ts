import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => readFileSync(path, 'utf8'),
    cwd,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('command line: lint', () => {
  let dir: string;
  const policy = '# Notes\n\n> We rely on our legitimate interests 😀 and share with partners.\n\n`partners` in code is ignored.\n';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rto-cli-'));
    mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'policy.md'), policy);
    writeFileSync(join(dir, 'docs', 'sub', 'notes.txt'), 'They share data with service providers.\r\nNone.\r\n');
    writeFileSync(join(dir, 'docs', 'sub', 'ignored.json'), '{"partners": 1}');
    writeFileSync(join(dir, 'clean.md'), 'We share your email with Stripe, Inc. for 30 days.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON whose offsets, text, lines and columns agree with the file', async () => {
    const run = await cli(['lint', '--format', 'json', 'docs/policy.md'], dir);
    assert.equal(run.code, 0);
    const [file] = JSON.parse(run.stdout) as {
      file: string;
      findings: { text: string; start: number; end: number; line: number; column: number; endLine: number; endColumn: number; ruleId: string }[];
    }[];
    assert.equal(file!.file, join('docs', 'policy.md'));
    assert.ok(file!.findings.length >= 2);
    for (const finding of file!.findings) {
      assert.equal(policy.slice(finding.start, finding.end), finding.text);
      const lines = policy.split('\n');
      assert.equal(lines[finding.line - 1]!.slice(finding.column - 1, finding.column - 1 + finding.text.length), finding.text);
    }
    const texts = file!.findings.map((finding) => finding.text.toLowerCase());
    assert.ok(texts.includes('legitimate interests'));
    assert.equal(texts.filter((text) => text === 'partners').length, 1, 'inline code must not be linted');
  });

  it('recurses into folders, skipping other file types, and prints file:line:col', async () => {
    const run = await cli(['lint', 'docs'], dir);
    assert.match(run.stdout, new RegExp(`^${join('docs', 'sub', 'notes.txt').replace(/[/\\]/g, '[/\\\\]')}:1:\\d+ \\w+ \\S+ `, 'm'));
    assert.doesNotMatch(run.stdout, /ignored\.json/);
  });

  it('expands globs itself', async () => {
    const run = await cli(['lint', '--format', 'json', 'docs/**/*.txt'], dir);
    const files = (JSON.parse(run.stdout) as { file: string }[]).map((entry) => entry.file);
    assert.deepEqual(files, [join('docs', 'sub', 'notes.txt')]);
  });

  it('exits 1 when a finding reaches --fail-on, 0 when none does', async () => {
    // "legitimate interests" is information by default: it reaches --fail-on information, not warning.
    assert.equal((await cli(['lint', '--fail-on', 'information', 'docs/policy.md'], dir)).code, 1);
    assert.equal((await cli(['lint', '--fail-on', 'warning', 'docs/policy.md'], dir)).code, 0);
    assert.equal((await cli(['lint', '--fail-on', 'never', 'docs/policy.md'], dir)).code, 0);
    assert.equal((await cli(['lint', '--fail-on', 'information', 'clean.md'], dir)).code, 0);
  });

  it('exits 2 with one line on stderr for bad usage or unreadable input', async () => {
    for (const args of [['lint'], ['lint', '--format', 'xml', 'clean.md'], ['lint', 'missing.md'], ['lint', '--bogus', 'clean.md'], ['frobnicate']]) {
      const run = await cli(args, dir);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /\bat .*:\d+:\d+/, 'no stack trace');
    }
  });

  it('reads .right-to-object.json from the working folder, and --config', async () => {
    writeFileSync(join(dir, '.right-to-object.json'), JSON.stringify({ diagnostics: { allowList: ['partners'] } }));
    try {
      const run = await cli(['lint', '--format', 'json', 'docs/policy.md'], dir);
      const texts = (JSON.parse(run.stdout) as { findings: { text: string }[] }[])[0]!.findings.map((f) => f.text.toLowerCase());
      assert.ok(!texts.includes('partners'));
      writeFileSync(join(dir, 'bad.json'), '{ "diagnostics": { "scope": 1 } }');
      const bad = await cli(['lint', '--config', 'bad.json', 'clean.md'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /bad\.json: diagnostics\.scope/);
    } finally {
      rmSync(join(dir, '.right-to-object.json'));
    }
  });

  it('lints the readable text of binary files and invalid UTF-8 without crashing', async () => {
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 0xff, 0xfe, 0x00]), Buffer.from(' we share data with service providers '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0])]);
    writeFileSync(join(dir, 'binary.md'), binary);
    writeFileSync(join(dir, 'invalid.txt'), Buffer.concat([Buffer.from([0x61, 0xe2, 0x28, 0xa1]), Buffer.from(' we share data with service providers')]));
    const run = await cli(['lint', '--format', 'json', 'binary.md', 'invalid.txt'], dir);
    assert.equal(run.stderr, '');
    const results = JSON.parse(run.stdout) as { file: string; findings: { text: string }[] }[];
    assert.deepEqual(
      results.map((r) => r.findings.map((f) => f.text)),
      [['service providers'], ['service providers']],
    );
  });

  it('prints SARIF 2.1.0 with rules and 1-based regions', async () => {
    const run = await cli(['lint', '--format', 'sarif', 'docs/policy.md'], dir);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    const [sarifRun] = sarif.runs;
    assert.equal(sarifRun.tool.driver.name, 'right-to-object');
    const ruleIds = sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id);
    for (const result of sarifRun.results) {
      assert.equal(ruleIds[result.ruleIndex], result.ruleId);
      const region = result.locations[0].physicalLocation.region;
      const line = policy.split('\n')[region.startLine - 1]!;
      assert.equal(line.slice(region.startColumn - 1, region.endColumn - 1), region.snippet.text);
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'docs/policy.md');
    }
  });
});

describe('command line: rules', () => {
  it('lists the catalogue as JSON', async () => {
    const run = await cli(['rules', '--format', 'json'], tmpdir());
    const rules = JSON.parse(run.stdout) as { id: string; category: string; severity: string; message: string; patterns: string[] }[];
    assert.ok(rules.length >= 200, `only ${rules.length} rules`);
    assert.ok(rules.every((rule) => rule.id && rule.category && rule.severity && rule.message && rule.patterns.length > 0));
  });
});
