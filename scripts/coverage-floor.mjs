// @ts-check
// Fails when the unit tests' coverage of a folder drops below a floor. Reads the json-summary that
// `c8` wrote (coverage/coverage-summary.json; see .c8rc.json) and sums the files below the folder.
// c8's own --include cannot do this for bundled tests: it filters before the source maps are
// applied, so it sees only the bundles. Run by the unit layer (scripts/run-unit-tests.mjs).
// Usage by hand: node scripts/coverage-floor.mjs [FOLDER [--lines N] [--statements N] [--branches N] [--functions N]]
// (no arguments: the floors below).
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './paths.mjs';

/**
 * The floors of `npm test`, a little under what the unit tests reach, so a change that leaves new
 * core code untested fails. Measured 2026-12-06 (README, Tests): src/core lines 99.53%,
 * statements 99.53%, branches 93.17%, functions 98.50%.
 */
export const FLOORS = { folder: 'src/core', lines: 99, statements: 99, branches: 92, functions: 98 };

const METRICS = /** @type {const} */ (['lines', 'statements', 'branches', 'functions']);

/**
 * Sums the covered files below `folder` and compares each metric with its floor.
 * @param {string} folder
 * @param {Partial<Record<typeof METRICS[number], number>>} floors
 * @returns {{ summary: string, failures: string[] }}
 */
export function checkFloors(folder, floors) {
  /** @type {Record<string, Record<string, { total: number; covered: number }>>} */
  const summary = JSON.parse(readFileSync(join(root, 'coverage', 'coverage-summary.json'), 'utf8'));
  const prefix = `${folder.replace(/\/$/, '')}/`;
  const files = Object.entries(summary).filter(([file]) => file !== 'total' && relative(root, file).split(sep).join('/').startsWith(prefix));
  if (files.length === 0) return { summary: `${folder}: no covered file`, failures: [`coverage-floor: no covered file below ${folder}`] };
  const failures = [];
  const figures = [];
  for (const metric of METRICS) {
    const total = files.reduce((sum, [, file]) => sum + (file[metric]?.total ?? 0), 0);
    const covered = files.reduce((sum, [, file]) => sum + (file[metric]?.covered ?? 0), 0);
    const percent = total === 0 ? 100 : (100 * covered) / total;
    const floor = floors[metric];
    figures.push(`${metric} ${percent.toFixed(2)}% (${covered}/${total}${floor === undefined ? '' : `, floor ${floor}%`})`);
    if (floor !== undefined && percent < floor) failures.push(`coverage-floor: ${folder} ${metric} ${percent.toFixed(2)}% is below the floor of ${floor}%`);
  }
  return { summary: `${folder} (${files.length} files): ${figures.join(', ')}`, failures };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder, ...rest] = process.argv.slice(2);
  /** @type {Partial<Record<typeof METRICS[number], number>>} */
  const floors = {};
  for (let i = 0; i < rest.length; i += 2) {
    const metric = /** @type {typeof METRICS[number]} */ (rest[i]?.replace(/^--/, '') ?? '');
    const value = Number(rest[i + 1]);
    if (!METRICS.includes(metric) || !Number.isFinite(value)) {
      console.error(`coverage-floor: bad option ${rest[i]} ${rest[i + 1] ?? ''}`);
      process.exit(2);
    }
    floors[metric] = value;
  }
  const { summary, failures } = folder === undefined ? checkFloors(FLOORS.folder, FLOORS) : checkFloors(folder, floors);
  console.log(summary);
  for (const failure of failures) console.error(failure);
  process.exit(failures.length === 0 ? 0 : 1);
}
