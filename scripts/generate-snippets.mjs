// @ts-check
// Regenerates snippets/letters.code-snippets from the letters catalogue (the one place the letter
// text lives), so the snippets and the insert command never drift apart. Every build runs it after
// compiling the letter files (esbuild.js); a unit test fails when the committed file differs.
// Usage alone: node scripts/generate-snippets.mjs
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './paths.mjs';

const SNIPPETS_FILE = join(root, 'snippets', 'letters.code-snippets');

/**
 * Writes the snippets file when its text differs from what the letters give.
 * @returns {Promise<boolean>} whether the file was written
 */
export async function writeLetterSnippets() {
  const scratch = mkdtempSync(join(tmpdir(), 'rto-snippets-'));
  try {
    const bundle = join(scratch, 'snippetsJson.cjs');
    await build({ entryPoints: [join(root, 'src/core/letters/snippetsJson.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
    const { renderLetterSnippetsFile } = createRequire(import.meta.url)(bundle);
    const text = renderLetterSnippetsFile();
    let before = '';
    try {
      before = readFileSync(SNIPPETS_FILE, 'utf8');
    } catch {
      // no file yet
    }
    if (text === before) return false;
    writeFileSync(SNIPPETS_FILE, text);
    return true;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeLetterSnippets();
  console.log('snippets/letters.code-snippets written');
}
