// Detection accuracy on real text: every paragraph (blank-line separated block) of 20 or more
// words of the evaluation texts (eval/, labelled by file; sources.json) and of the English
// development policies (../quality/en/policies), none of them used to build the profile.
// A paragraph is right when detectLanguage() clearly names its file's language.
// Printed by `npm run bench:language` (bench/language.bench.ts) and checked by test/unit/languageDetect.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../src/core/language/detect';
import { forEachWord } from '../../src/core/language/words';
import { cleanForLanguage } from './clean';

export interface AccuracyResult {
  paragraphs: number;
  right: number;
  byLanguage: Record<string, { paragraphs: number; right: number }>;
  wrong: { file: string; expected: string; got: string; text: string }[];
}

/** The files measured: [path, language]. `root` is the repository's root. */
export function evaluationFiles(root: string): [string, string][] {
  const here = join(root, 'bench', 'language');
  const sources = JSON.parse(readFileSync(join(here, 'sources.json'), 'utf8')) as { eval: { file: string; language: string }[] };
  const english = readdirSync(join(root, 'bench', 'quality', 'en', 'policies'))
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [join(root, 'bench', 'quality', 'en', 'policies', name), 'en']);
  return [...english, ...sources.eval.map((entry): [string, string] => [join(here, entry.file), entry.language])];
}

export function measureAccuracy(root: string, minWords = 20): AccuracyResult {
  const result: AccuracyResult = { paragraphs: 0, right: 0, byLanguage: {}, wrong: [] };
  for (const [path, language] of evaluationFiles(root)) {
    const text = cleanForLanguage(readFileSync(path, 'utf8'));
    for (const paragraph of text.split(/\n[ \t>]*\n/)) {
      if (forEachWord(paragraph, 0, paragraph.length, minWords, () => undefined) < minWords) continue;
      const got = detectLanguage(paragraph) ?? 'unclear';
      const entry = (result.byLanguage[language] ??= { paragraphs: 0, right: 0 });
      entry.paragraphs++;
      result.paragraphs++;
      if (got === language) {
        entry.right++;
        result.right++;
      } else {
        result.wrong.push({ file: path.slice(root.length + 1), expected: language, got, text: paragraph.replace(/\s+/g, ' ').slice(0, 160) });
      }
    }
  }
  return result;
}

export function formatAccuracy(result: AccuracyResult): string {
  const percent = (right: number, all: number) => `${((100 * right) / Math.max(1, all)).toFixed(2)}%`;
  const lines = [`Language detection, paragraphs of 20+ words: ${result.right}/${result.paragraphs} right (${percent(result.right, result.paragraphs)})`];
  for (const [language, entry] of Object.entries(result.byLanguage)) lines.push(`  ${language}: ${entry.right}/${entry.paragraphs} (${percent(entry.right, entry.paragraphs)})`);
  for (const wrong of result.wrong) lines.push(`  wrong: ${wrong.file}: expected ${wrong.expected}, got ${wrong.got}: ${wrong.text}`);
  return lines.join('\n');
}
