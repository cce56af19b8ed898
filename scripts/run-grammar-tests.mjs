// @ts-check
// Runs the TextMate grammar fixtures (test/grammar/*.test.md) with vscode-tmgrammar-test against
// VS Code's own Markdown grammar (from the provisioned code-server) with our injection on top.
// Records the fixture files passed and failed for the test summary (scripts/testResults.cjs).
// Usage: node scripts/run-grammar-tests.mjs
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuiltinGrammars, provisionOrExit } from './provision.mjs';
import { root } from './paths.mjs';
import { recordResults } from './testResults.cjs';

// Only VS Code's own grammar files are needed here, not a runnable VS Code.
provisionOrExit('grammar', 'grammars');
const grammars = ensureBuiltinGrammars();
const fixtures = readdirSync(join(root, 'test', 'grammar')).filter((name) => name.endsWith('.test.md'));
const result = spawnSync('npx', ['vscode-tmgrammar-test', ...grammars.flatMap((grammar) => ['-g', grammar]), 'test/grammar/*.test.md'], { cwd: root, encoding: 'utf8', timeout: 4 * 60_000 });
process.stdout.write(result.stdout ?? '');
// The tool warns about grammars it does not need ("grammar not found for source.…"): not failures.
process.stderr.write(
  (result.stderr ?? '')
    .split('\n')
    .filter((line) => line && !/grammar not found/i.test(line))
    .join('\n'),
);
const passed = (result.stdout ?? '').split('\n').filter((line) => /run successful?ly/.test(line)).length;
const failed = Math.max(fixtures.length - passed, result.status === 0 ? 0 : 1);
console.log(`\n  ${passed} fixture file(s) passed${failed > 0 ? `, ${failed} failed` : ''}\n`);
recordResults('grammar', { passes: passed, failures: failed, pending: 0 });
process.exit(result.status ?? 1);
