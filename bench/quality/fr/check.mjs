// Checks the French sets' stored ranges (development and held-out): every marked phrase and every
// judgment names exactly the text at its range (UTF-16 offsets as JavaScript counts them).
// Run: node bench/quality/fr/check.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const quality = join(dirname(fileURLToPath(import.meta.url)), '..');
let checked = 0;
const problems = [];
for (const set of ['fr', 'fr-heldout']) {
  const dir = join(quality, set);
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  const texts = new Map(sources.filter((s) => s.file).map((s) => [s.file, readFileSync(join(dir, s.file), 'utf8')]));
  for (const folder of ['marked', 'judgments']) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.jsonl'))) {
      readFileSync(join(dir, folder, name), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .forEach((line, index) => {
          const item = JSON.parse(line);
          const text = texts.get(item.file);
          checked++;
          const where = `${set}/${folder}/${name}:${index + 1}`;
          if (text === undefined) problems.push(`${where}: unknown file ${item.file}`);
          else if (text.slice(item.start, item.end) !== item.text) problems.push(`${where}: range ${item.start}-${item.end} is “${text.slice(item.start, item.end)}”, not “${item.text}”`);
          else if (folder === 'judgments' && !['TP', 'FP', 'UNSURE'].includes(item.judgment)) problems.push(`${where}: judgment ${item.judgment}`);
        });
    }
  }
}
for (const p of problems) console.error(p);
console.log(`${checked} ranges checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
