// @ts-check
// Regenerates snippets/letters.code-snippets from the letters catalogue (the one place the letter
// text lives), so the snippets and the insert command never drift apart. A unit test fails when
// the committed file differs. Usage: node scripts/generate-snippets.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './paths.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'rto-snippets-'));
try {
  const bundle = join(scratch, 'snippetsJson.cjs');
  await build({ entryPoints: [join(root, 'src/core/letters/snippetsJson.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
  const { renderLetterSnippetsFile } = createRequire(import.meta.url)(bundle);
  writeFileSync(join(root, 'snippets', 'letters.code-snippets'), renderLetterSnippetsFile());
  console.log('snippets/letters.code-snippets written');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
