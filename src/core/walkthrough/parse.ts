// parseWalkthrough: text in, Walkthrough out. Never throws; anything wrong becomes a Problem.
import type { Token } from 'markdown-it';
import { analyze } from './analyze';
import { plainText } from './markdown';
import { makeProblem, type Problem } from './problems';
import { uniqueStepKeys } from './stepKey';
import type { Step, Walkthrough } from './types';

export const UNTITLED = 'Untitled walkthrough';

/**
 * Walkthroughs are read up to this size. A guide is a few KB; a 12 MB one took 11 s and 1.4 GB in
 * the preview (#19), in one step that cannot be sliced, so larger documents get a message instead.
 */
export const MAX_WALKTHROUGH_CHARS = 512 * 1024;

/** The message for a document over MAX_WALKTHROUGH_CHARS. */
export function tooLargeMessage(length: number): string {
  return `This document has ${(length / 1024 / 1024).toFixed(1)} million characters; walkthroughs are read up to ${MAX_WALKTHROUGH_CHARS / 1024} KB. Split it into smaller guides.`;
}

export function parseWalkthrough(text: string): Walkthrough {
  const source = typeof text === 'string' ? text : '';
  if (source.length > MAX_WALKTHROUGH_CHARS) {
    const problem: Problem = { code: 'too-large', message: tooLargeMessage(source.length), severity: 'error', start: 0, end: 0, line: 0, character: 0, endLine: 0, endCharacter: 0 };
    return { frontMatter: {}, title: UNTITLED, steps: [], problems: [problem] };
  }
  try {
    return fromAnalysis(source);
  } catch (error) {
    // A bug must not take the editor or the CLI down with it; report it where the user looks.
    const message = error instanceof Error ? error.message : String(error);
    const problem: Problem = {
      code: 'internal-error',
      message: `Could not read this walkthrough: ${message}`,
      severity: 'error',
      start: 0,
      end: 0,
      line: 0,
      character: 0,
      endLine: 0,
      endCharacter: 0,
    };
    return { frontMatter: {}, title: UNTITLED, steps: [], problems: [problem] };
  }
}

function fromAnalysis(text: string): Walkthrough {
  const analysis = analyze(text, { mode: 'export' });
  const { frontMatter, index } = analysis;
  const keys = uniqueStepKeys(analysis.steps.map((step) => step.text));
  const steps: Step[] = analysis.steps.map((draft, i) => {
    const step: Step = {
      index: i,
      key: keys[i] ?? `s-${i}`,
      tags: draft.tags,
      text: draft.text,
      line: draft.item.startLine,
      fields: draft.fields,
    };
    if (draft.wait) step.wait = draft.wait;
    return step;
  });

  const problems = [...frontMatter.problems, ...analysis.problems];
  const unclosed = problems.some((p) => p.code === 'front-matter-unclosed');
  const misplaced = frontMatter.block.present || unclosed ? undefined : misplacedFrontMatter(text);
  if (misplaced) {
    problems.push(
      makeProblem(
        index,
        'front-matter-misplaced',
        'error',
        'The front matter must start on the first line: remove the blank line(s) before "---". As it is, the block is read as text and the walkthrough has no title.',
        misplaced.start,
        misplaced.end,
      ),
    );
  } else if (!frontMatter.hasTitleKey && !unclosed) {
    const { block } = frontMatter;
    const end = block.present ? block.fenceEnd : Math.max(block.fenceStart, index.lineEnd(0));
    problems.push(
      makeProblem(
        index,
        'missing-title',
        'error',
        block.present
          ? 'The front matter has no "title". Add a line such as "title: Object to AI training".'
          : 'Missing front matter with a title. Start the document with "---", "title: ...", "---".',
        block.fenceStart,
        end,
      ),
    );
  }
  problems.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    frontMatter: frontMatter.fields,
    title: frontMatter.fields.title ?? firstHeading(analysis.tokens) ?? UNTITLED,
    steps,
    problems,
  };
}

/**
 * A "---" fence after nothing but blank lines (a common slip when pasting): front matter only counts
 * on the first line, so say that instead of "missing front matter".
 */
const LEADING_BLANK_THEN_FENCE = /^\uFEFF?(?:[ \t]*\r?\n)+(---)[ \t]*(?:\r?\n|$)/;

function misplacedFrontMatter(text: string): { start: number; end: number } | undefined {
  const match = LEADING_BLANK_THEN_FENCE.exec(text);
  if (!match) return undefined;
  const start = match[0].lastIndexOf('---');
  return { start, end: start + 3 };
}

function firstHeading(tokens: readonly Token[]): string | undefined {
  const i = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  const inline = i >= 0 ? tokens[i + 1] : undefined;
  const text = inline?.children ? plainText(inline.children).trim() : '';
  return text === '' ? undefined : text;
}
