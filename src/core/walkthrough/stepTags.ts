// Reads the friction tags at the start of a step: `[find]`, `[link][email]`, `[wait:30d]`.
// Works on the document source so that problems point at the exact tag.
import { regex, safeParse, string } from 'zod/mini';
import type { LineIndex } from '../text/lineIndex';
import { makeProblem, type Problem } from './problems';
import { suggestTagReplacement } from './suggestTag';
import { resolveTagId, TAG_IDS, TAGS, type TagId } from './tags';
import { parseDurationParameter, type StatedWait } from './waits';

export interface TagRun {
  tags: TagId[];
  /** From a `[wait:...]` parameter. */
  wait?: StatedWait;
  /** Tags the format does not know, as written (`[sparkle]`): not counted, shown as problems. */
  unknown: string[];
  /** Form fields these tags add (country, email, justify: one each; `[field:N]`: N). */
  fields: number;
  /** Offset just past the tags and the blanks after them: where the step's own text begins. */
  end: number;
  problems: Problem[];
}

// One bracketed word, optionally with a parameter. Not followed by "(" (an inline link) or ":"
// (a reference definition), which are Markdown, not tags.
const TAG = /\[([A-Za-z][A-Za-z0-9_-]*)(?::([^\]\s]*))?\](?![(:])[ \t]*/y;
// A GitHub task-list box "[ ]" / "[x]"; the preview draws its own checkbox, so it is dropped.
const TASK_BOX = /\[[ xX]\][ \t]+/y;

const countParameterSchema = string().check(regex(/^[1-9]\d{0,2}$/, 'Write the number of fields, e.g. [field:3].'));

export function scanTagRun(index: LineIndex, start: number): TagRun {
  const text = index.text;
  const run: TagRun = { tags: [], unknown: [], fields: 0, end: start, problems: [] };
  let pos = start;
  TASK_BOX.lastIndex = pos;
  if (TASK_BOX.test(text)) pos = TASK_BOX.lastIndex;
  run.end = pos;
  for (;;) {
    TAG.lastIndex = pos;
    const match = TAG.exec(text);
    if (!match?.[1]) break;
    const tagStart = pos;
    const tagEnd = tagStart + match[0].trimEnd().length;
    pos = TAG.lastIndex;
    run.end = pos;
    const id = resolveTagId(match[1]);
    if (id === undefined) {
      const written = text.slice(tagStart, tagEnd);
      const suggestion = suggestTagReplacement(written);
      const didYouMean = suggestion === undefined ? '' : ` Did you mean ${suggestion}?`;
      run.unknown.push(written);
      run.problems.push(
        makeProblem(
          index,
          'unknown-tag',
          'warning',
          `Unknown friction tag "${written}".${didYouMean} Known tags: ${TAG_IDS.join(', ')}. To start a step with text in brackets, write "\\[".`,
          tagStart,
          tagEnd,
        ),
      );
      continue;
    }
    const parameter = match[2];
    const parameterStart = tagStart + 1 + match[1].length + 1;
    if (!run.tags.includes(id)) {
      run.tags.push(id);
      if (id === 'country' || id === 'email' || id === 'justify') run.fields += 1;
    }
    if (parameter === undefined) {
      if (id === 'field') run.fields += 1;
      continue;
    }
    const problem = applyParameter(run, id, parameter);
    if (problem !== undefined) {
      run.problems.push(makeProblem(index, 'bad-tag-parameter', 'warning', problem, parameterStart, parameterStart + parameter.length));
      if (id === 'field') run.fields += 1;
    }
  }
  return run;
}

/** Applies `[tag:parameter]`; returns a message when the parameter is not valid for the tag. */
function applyParameter(run: TagRun, id: TagId, parameter: string): string | undefined {
  const kind = TAGS[id].parameter;
  if (kind === 'duration') {
    const wait = parseDurationParameter(parameter);
    if (wait === undefined) return `"${parameter}" is not a duration. Write a number and a unit: min, h, d, w or mo (e.g. [wait:30d]).`;
    run.wait = { ...wait, source: 'tag' };
    return undefined;
  }
  if (kind === 'count') {
    const parsed = safeParse(countParameterSchema, parameter);
    if (!parsed.success) return `"${parameter}" is not a number of fields. Write e.g. [field:3].`;
    run.fields += Number(parameter);
    return undefined;
  }
  return `The tag [${id}] takes no parameter; write [${id}].`;
}
