// @ts-check
// Fails when the unit tests' coverage of a folder drops below a floor. Reads the json-summary that
// `c8` wrote (coverage/coverage-summary.json; see .c8rc.json) and sums the files below the folder.
// c8's own --include cannot do this for bundled tests: it filters before the source maps are
// applied, so it sees only the bundles. Run by `npm run coverage`.
// Usage: node scripts/coverage-floor.mjs FOLDER [--lines N] [--statements N] [--branches N] [--functions N]
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { root } from './paths.mjs';

const [folder, ...rest] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/coverage-floor.mjs FOLDER [--lines N] [--statements N] [--branches N] [--functions N]');
  process.exit(2);
}
/** @type {Record<string, number>} */
const floors = {};
for (let i = 0; i < rest.length; i += 2) {
  const metric = rest[i]?.replace(/^--/, '') ?? '';
  const value = Number(rest[i + 1]);
  if (!['lines', 'statements', 'branches', 'functions'].includes(metric) || !Number.isFinite(value)) {
    console.error(`coverage-floor: bad option ${rest[i]} ${rest[i + 1] ?? ''}`);
    process.exit(2);
  }
  floors[metric] = value;
}

/** @type {Record<string, Record<string, { total: number; covered: number }>>} */
const summary = JSON.parse(readFileSync(join(root, 'coverage', 'coverage-summary.json'), 'utf8'));
const prefix = `${folder.replace(/\/$/, '')}/`;
const files = Object.entries(summary).filter(([file]) => file !== 'total' && relative(root, file).split(sep).join('/').startsWith(prefix));
if (files.length === 0) {
  console.error(`coverage-floor: no covered file below ${folder}`);
  process.exit(1);
}
let failed = false;
const figures = [];
for (const metric of ['lines', 'statements', 'branches', 'functions']) {
  const total = files.reduce((sum, [, file]) => sum + (file[metric]?.total ?? 0), 0);
  const covered = files.reduce((sum, [, file]) => sum + (file[metric]?.covered ?? 0), 0);
  const percent = total === 0 ? 100 : (100 * covered) / total;
  figures.push(`${metric} ${percent.toFixed(2)}% (${covered}/${total})`);
  const floor = floors[metric];
  if (floor !== undefined && percent < floor) {
    console.error(`coverage-floor: ${folder} ${metric} ${percent.toFixed(2)}% is below the floor of ${floor}%`);
    failed = true;
  }
}
console.log(`${folder} (${files.length} files): ${figures.join(', ')}`);
process.exit(failed ? 1 : 0);
