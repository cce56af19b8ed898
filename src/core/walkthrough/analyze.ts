// The shared first pass behind parseWalkthrough and the renderers: front matter, markdown-it
// tokens, the steps list and each step's tags. Kept internal so the public API stays small.
import type { Token } from 'markdown-it';
import type { Env } from './markdown';
import { readFrontMatter, type FrontMatterResult } from './frontMatter';
import { lineIndex, type LineIndex } from '../text/lineIndex';
import { locateSteps, type ListItemTokens, type StepsLocation } from './locateSteps';
import { createEnv, markdownEngine, type MarkdownSettings } from './markdown';
import { makeProblem, type Problem } from './problems';
import { scanTagRun } from './stepTags';
import type { TagId } from './tags';
import { detectWaitInText, type StatedWait } from './waits';

export interface StepDraft {
  item: ListItemTokens;
  tags: TagId[];
  /** Tags the format does not know, as written (`[sparkle]`); the preview shows them as problems. */
  unknownTags: string[];
  wait: StatedWait | undefined;
  fields: number;
  /** Markdown of the step without marker and tags, continuation lines dedented. */
  text: string;
}

export interface Analysis {
  index: LineIndex;
  frontMatter: FrontMatterResult;
  /** Tokens of the body; the front matter lines are blanked so token maps keep document lines. */
  tokens: Token[];
  env: Env;
  location: StepsLocation;
  steps: StepDraft[];
  /** Problems about the body (steps and tags); front-matter problems are in `frontMatter`. */
  problems: Problem[];
}

// The marker of an ordered list item, after any indentation and block-quote ">" markers.
const ITEM_MARKER = /^([ \t>]*)\d{1,9}[.)]([ \t]*)/;

// The preview parses a document (parseWalkthrough) and then renders it (renderWalkthroughBody):
// both analyse the same text. The front matter does not depend on the render settings, so the last
// one read is kept and YAML is parsed once per render, not twice (#19).
let lastFrontMatter: { text: string; result: FrontMatterResult } | undefined;

function frontMatterOf(index: LineIndex): FrontMatterResult {
  if (lastFrontMatter?.text !== index.text) lastFrontMatter = { text: index.text, result: readFrontMatter(index) };
  return lastFrontMatter.result;
}

export function analyze(text: string, settings: MarkdownSettings): Analysis {
  const index = lineIndex(text);
  const frontMatter = frontMatterOf(index);
  const bodyStartLine = frontMatter.block.bodyStartLine;
  const body = '\n'.repeat(bodyStartLine) + text.slice(index.lineStart(bodyStartLine));
  const env = createEnv(settings);
  const tokens = markdownEngine().parse(body, env);
  const location = locateSteps(tokens);
  const problems: Problem[] = [];
  const steps = (location.list?.items ?? []).map((item) => readStep(index, tokens, item, problems));

  if (location.stepsHeading && !location.headingHasList) {
    const start = index.lineStart(location.stepsHeading.startLine);
    problems.push(
      makeProblem(
        index,
        'steps-heading-without-list',
        'warning',
        location.list ? 'The "Steps" heading has no numbered list under it; the first numbered list in the document is used instead.' : 'The "Steps" heading has no numbered list under it.',
        start,
        index.lineEnd(location.stepsHeading.startLine),
      ),
    );
  }
  if (!location.list) {
    const start = index.lineStart(bodyStartLine);
    problems.push(
      makeProblem(
        index,
        'no-steps',
        'error',
        'No steps found. Write the steps as a numbered list ("1. ...", "2. ..."), under a heading named "Steps" if the document has other numbered lists.',
        start,
        Math.max(start, index.lineEnd(bodyStartLine)),
      ),
    );
  }
  return { index, frontMatter, tokens, env, location, steps, problems };
}

function readStep(index: LineIndex, tokens: Token[], item: ListItemTokens, problems: Problem[]): StepDraft {
  const lineText = index.lineText(item.startLine);
  const marker = ITEM_MARKER.exec(lineText);
  const prefix = marker?.[1] ?? '';
  const quoteDepth = prefix.split('>').length - 1;
  const markerWidth = (marker?.[0].length ?? 0) - (prefix.lastIndexOf('>') + 1);
  const restIsBlank = marker !== null && lineText.slice(marker[0].length).trim() === '';
  const indent = restIsBlank ? markerWidth + 1 : markerWidth;

  // Where the step's content starts: after the marker, or on the first line of its paragraph
  // when the marker stands alone on its line.
  let contentLine = item.startLine;
  let contentStart = index.lineStart(item.startLine) + (marker?.[0].length ?? 0);
  const first = tokens[item.openIndex + 1];
  if (first?.type === 'paragraph_open' && first.map && first.map[0] !== item.startLine) {
    contentLine = first.map[0];
    const lead = /^[ \t>]*/.exec(index.lineText(contentLine))?.[0].length ?? 0;
    contentStart = index.lineStart(contentLine) + lead;
  }

  let tags: TagId[] = [];
  let unknownTags: string[] = [];
  let wait: StatedWait | undefined;
  let fields = 0;
  let textStart = contentStart;
  const inline = tokens[item.openIndex + 2];
  if (first?.type === 'paragraph_open' && inline?.type === 'inline') {
    const run = scanTagRun(index, contentStart);
    const runText = index.text.slice(contentStart, run.end);
    if (runText.length > 0 && stripLeadingText(inline, runText)) {
      ({ tags, wait, fields, unknown: unknownTags } = run);
      textStart = run.end;
      problems.push(...run.problems);
    }
  }

  const stepText = sourceOf(index, textStart, contentLine, item.endLine, quoteDepth, indent);
  return { item, tags, unknownTags, wait: wait ?? detectWaitInText(stepText), fields, text: stepText };
}

/**
 * Removes the tags from the step's first inline token, so the rendered step shows only its text.
 * Returns false (and changes nothing) when the tokens do not start with exactly that text.
 */
function stripLeadingText(inline: Token, runText: string): boolean {
  const children = inline.children ?? [];
  const visible = runText.trimEnd();
  let leading = '';
  for (const child of children) {
    if (child.type !== 'text') break;
    leading += child.content;
    if (leading.length >= runText.length) break;
  }
  const cut = leading.startsWith(runText) ? runText.length : leading.startsWith(visible) ? visible.length : -1;
  if (cut < 0 || !inline.content.startsWith(visible)) return false;
  let remaining = cut;
  for (const child of children) {
    if (remaining === 0) break;
    const take = Math.min(remaining, child.content.length);
    child.content = child.content.slice(take);
    remaining -= take;
  }
  inline.content = inline.content.slice(Math.min(cut, inline.content.length));
  return true;
}

/** The item's Markdown from `start` to the end of the item, without list indentation. */
function sourceOf(index: LineIndex, start: number, startLine: number, endLine: number, quoteDepth: number, indent: number): string {
  const lines = [index.text.slice(start, index.lineEnd(startLine))];
  const quote = new RegExp(`^(?:[ \\t]{0,3}>[ \\t]?){0,${quoteDepth}}`);
  const indentation = new RegExp(`^(?:\\t| {1,${Math.max(1, indent)}})`);
  for (let line = startLine + 1; line < endLine; line++) {
    lines.push(index.lineText(line).replace(quote, '').replace(indentation, ''));
  }
  while (lines.length > 1 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  return lines.join('\n').trim();
}
