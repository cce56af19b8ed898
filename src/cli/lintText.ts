// One file's lint for the command line, in the main thread and in lint workers alike: the editor's
// pipeline (lintDocumentWithLanguages), and for a large file the editor's sliced path
// (DocumentLintState.createInSlices, the same findings a slice at a time), so markdown-it's tokens
// and the masked copy of the text exist for one slice at a time, not for the whole file: a 5 MB
// policy's peak memory drops by tens of megabytes.
import type { LintConfig } from '../core/vague/lintConfig';
import { DocumentLintState } from '../core/vague/documentLintState';
import type { Finding } from '../core/vague/finding';
import type { NotChecked } from '../core/vague/languagePlan';
import { stopYoungGenerationGrowth } from './v8Flags';
import { lintDocumentWithLanguages, type DocumentKind } from '../core/vague/lintDocument';

/** From this size (as in the editor, LARGE_DOCUMENT_CHARS in src/vague/vagueLanguageDiagnostics.ts) a file is linted in slices. */
export const LARGE_FILE_CHARS = 512 * 1024;
/** Characters per slice: large enough that the per-slice overhead is small, small enough to keep memory low. */
const SLICE_CHARS = 64 * 1024;

export interface TextLint {
  findings: readonly Finding[];
  notChecked: readonly NotChecked[];
}

export async function lintText(text: string, kind: DocumentKind, config: LintConfig): Promise<TextLint> {
  if (text.length < LARGE_FILE_CHARS || !config.enabled) return lintDocumentWithLanguages(text, { kind, config });
  stopYoungGenerationGrowth();
  const state = await DocumentLintState.createInSlices(text, kind, config, { sliceSize: SLICE_CHARS, pause: () => Promise.resolve(), cancelled: () => false });
  if (!state) throw new Error('the sliced lint was cancelled'); // cannot happen: nothing cancels it
  return { findings: state.findings, notChecked: state.notChecked };
}
