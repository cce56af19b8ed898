// A deterministic policy-like Markdown document built only from text this project owns (the
// samples, the fixtures and the catalogue's own messages), so the benchmark needs no download and
// gives the same input on every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../src/core/vague/catalogue';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildCorpus(root: string, targetBytes: number, seed = 20261129): string {
  const owned = [
    readFileSync(join(root, 'samples', 'policy-analysis.md'), 'utf8'),
    readFileSync(join(root, 'test', 'fixtures', 'workspace', 'quoted-policy.md'), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
    ...CATALOGUE.flatMap((rule) => [rule.message, rule.explanation, rule.question]),
  ].join('\n');
  const sentences = owned
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) => sentence.replace(/^[#>\-*\s]+/, '').trim())
    .filter((sentence) => sentence.length > 20 && !sentence.includes('```'));
  const random = mulberry32(seed);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const paragraph = (count: number) => Array.from({ length: count }, pick).join(' ');
  const blocks: string[] = ['---\ntitle: Benchmark policy analysis\ncontroller: ExampleCorp\n---', '# Benchmark policy analysis'];
  let size = blocks.join('\n\n').length;
  while (size < targetBytes) {
    const roll = random();
    let block: string;
    if (roll < 0.45) block = paragraph(3 + Math.floor(random() * 4));
    else if (roll < 0.7)
      block = paragraph(2 + Math.floor(random() * 3))
        .replace(/(.{1,78})(\s|$)/g, '> $1\n')
        .trimEnd();
    else if (roll < 0.82) block = Array.from({ length: 3 }, () => `- ${pick()} \`inline code\` [a link](https://example.org/policy)`).join('\n');
    else if (roll < 0.9) block = `## ${pick().slice(0, 60)}`;
    else if (roll < 0.96) block = `\`\`\`\n${pick()}\n${pick()}\n\`\`\``;
    else block = `| Term | Meaning |\n|---|---|\n| ${pick().slice(0, 40)} | ${pick().slice(0, 60)} |`;
    blocks.push(block);
    size += block.length + 2;
  }
  return `${blocks.join('\n\n')}\n`;
}
