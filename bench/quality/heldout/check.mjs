// Checks the held-out set's stored ranges: every marked phrase and every judgment must point at the
// text it names (text === file.slice(start, end), UTF-16 offsets as JavaScript counts them).
// Run: node bench/quality/heldout/check.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
const texts = new Map(sources.filter((s) => s.file).map((s) => [s.file, readFileSync(join(dir, s.file), 'utf8')]));
let checked = 0;
const problems = [];
for (const folder of ['marked', 'judgments']) {
  if (!existsSync(join(dir, folder))) continue;
  for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.jsonl'))) {
    const lines = readFileSync(join(dir, folder, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    lines.forEach((line, index) => {
      const item = JSON.parse(line);
      const text = texts.get(item.file);
      checked++;
      if (text === undefined) problems.push(`${folder}/${name}:${index + 1}: unknown file ${item.file}`);
      else if (item.text !== undefined && text.slice(item.start, item.end) !== item.text)
        problems.push(`${folder}/${name}:${index + 1}: range ${item.start}-${item.end} is “${text.slice(item.start, item.end)}”, not “${item.text}”`);
      else if (folder === 'judgments' && !['TP', 'FP', 'UNSURE'].includes(item.judgment)) problems.push(`${folder}/${name}:${index + 1}: judgment ${item.judgment}`);
    });
  }
}
for (const p of problems) console.error(p);
console.log(`${checked} ranges checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
