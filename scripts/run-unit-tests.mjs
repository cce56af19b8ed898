// @ts-check
// The unit layer of `npm test`: mocha (.mocharc.json, whose reporter records the counts) under c8,
// then the coverage floors of scripts/coverage-floor.mjs, in the one run. Fails when a test fails,
// when no coverage was written, or when a floor is not reached. `--html` also writes
// coverage/index.html (`npm run coverage`); without it only the summaries are written.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { checkFloors, FLOORS } from './coverage-floor.mjs';
import { root } from './paths.mjs';

const require = createRequire(import.meta.url);
const c8 = require.resolve('c8/bin/c8.js');
const mocha = require.resolve('mocha/bin/mocha.js');
const reporters = ['text-summary', 'json-summary', ...(process.argv.includes('--html') ? ['html'] : [])];

const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, [c8, ...reporters.map((name) => `--reporter=${name}`), process.execPath, mocha, '--config', '.mocharc.json'], { cwd: root, stdio: 'inherit' });
  child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});

let floorsMet = false;
try {
  const { summary, failures } = checkFloors(FLOORS.folder, FLOORS);
  console.log(`[coverage] ${summary}`);
  for (const failure of failures) console.error(`[coverage] ${failure}`);
  floorsMet = failures.length === 0;
} catch (error) {
  console.error(`[coverage] no coverage summary: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(code !== 0 ? code : floorsMet ? 0 : 1);
