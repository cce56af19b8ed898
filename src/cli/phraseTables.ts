// The command line's precompiled matchers: dist/phrase-tables.bin, one folder up from the command
// files (dist/cli/NAME.js), read with one call when the first linter is created. Where it is
// missing (a test bundle), the linter compiles the catalogue instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setCatalogueTableSource } from '../core/vague/catalogueTables';

export function usePhraseTablesBesideBundle(): void {
  setCatalogueTableSource(() => readFileSync(join(__dirname, '..', 'phrase-tables.bin')));
}
