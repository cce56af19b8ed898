// The catalogues whose matchers the build precompiles into dist/phrase-tables.bin (esbuild.js,
// catalogueTables.ts): English, German and French. Add a language's catalogue here and its linter
// loads its table instead of compiling its patterns; a catalogue left out still works, compiled on
// first use. Only the build imports this module: it pulls in every catalogue (the extension and the
// command line load German and French only when a document needs them, ruleModules.ts).
import { CATALOGUE } from './catalogue';
import { CATALOGUE as GERMAN } from './catalogue/de';
import { CATALOGUE as FRENCH } from './catalogue/fr';
import { encodeCatalogueTables, type PatternRule } from './catalogueTables';

export const SHIPPED_CATALOGUES: readonly (readonly PatternRule[])[] = [CATALOGUE, GERMAN, FRENCH];

/** The bytes of dist/phrase-tables.bin. */
export function shippedCatalogueTables(): Uint8Array {
  return encodeCatalogueTables(SHIPPED_CATALOGUES);
}
