// Problems found while reading a walkthrough, with positions the editor and the CLI can show.
import type { Severity } from '../severity';
import type { LineIndex } from '../text/lineIndex';

export type ProblemSeverity = Exclude<Severity, 'hint'>;

/** Stable ids, so the editor adapter can offer fixes per kind of problem. */
export type ProblemCode =
  | 'yaml-syntax'
  | 'front-matter-unclosed'
  | 'front-matter-misplaced'
  | 'front-matter-not-a-map'
  | 'front-matter-invalid'
  | 'front-matter-unknown-key'
  | 'front-matter-too-large'
  | 'too-large'
  | 'missing-title'
  | 'no-steps'
  | 'steps-heading-without-list'
  | 'unknown-tag'
  | 'bad-tag-parameter'
  | 'internal-error';

export interface Problem {
  code: ProblemCode;
  message: string;
  severity: ProblemSeverity;
  /** UTF-16 offset into the whole document text (front matter included). */
  start: number;
  /** UTF-16 offset just past the flagged text. */
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** 0-based UTF-16 column of `start`. */
  character: number;
  /** 0-based line of `end`. */
  endLine: number;
  /** 0-based UTF-16 column of `end`. */
  endCharacter: number;
}

export function makeProblem(index: LineIndex, code: ProblemCode, severity: ProblemSeverity, message: string, start: number, end: number): Problem {
  const from = Math.max(0, Math.min(start, index.text.length));
  const to = Math.max(from, Math.min(end, index.text.length));
  const a = index.positionAt(from);
  const b = index.positionAt(to);
  return { code, message, severity, start: from, end: to, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character };
}
