// @ts-check
// Rejects regular expressions that can take super-linear time (#19): eslint-plugin-regexp's
// backtracking rules, and only those, over every source file. Fast (a few seconds), so it can run
// before the unit tests. Exit code 1 and one line per pattern when any is flagged.
//   node scripts/check-patterns.mjs [file...]   (default: src/**/*.ts and media/**/*.js)
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.mjs', '**/*.js'],
      languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
      plugins: { regexp },
      linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
      rules: {
        // A pattern whose own quantifiers can backtrack exponentially or polynomially.
        'regexp/no-super-linear-backtracking': 'error',
        // A pattern that, retried at every start position (as matchAll and replace do), is quadratic.
        'regexp/no-super-linear-move': ['error', { ignoreSticky: true, ignorePartial: false }],
      },
    },
  ],
});

// The code that reads documents, settings and records; build scripts read only our own output.
const files = process.argv.slice(2);
const results = await eslint.lintFiles(files.length > 0 ? files : ['src/**/*.ts', 'media/**/*.js']);
let count = 0;
for (const result of results) {
  for (const message of result.messages) {
    if (message.severity < 2) continue; // e.g. "inline config ignored": inline disabling is off on purpose
    count++;
    const where = `${result.filePath.slice(process.cwd().length + 1)}:${message.line}:${message.column}`;
    console.log(`${where} ${message.ruleId ?? 'parse'}: ${message.message}`);
  }
}
console.log(count === 0 ? `patterns: ${results.length} files, no super-linear pattern` : `patterns: ${count} problem(s)`);
process.exit(count === 0 ? 0 : 1);
