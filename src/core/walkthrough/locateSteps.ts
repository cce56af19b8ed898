// Picks the list of steps out of the markdown-it token stream: the first numbered list under a
// heading named "Steps" when there is one, otherwise the first numbered list in the document.
// Lists nested inside other lists never count; a list inside a block quote does.
import type { Token } from 'markdown-it';

export interface ListItemTokens {
  openIndex: number;
  closeIndex: number;
  /** 0-based document line of the item's marker. */
  startLine: number;
  /** Line just past the item. */
  endLine: number;
}

export interface StepsList {
  openIndex: number;
  closeIndex: number;
  items: ListItemTokens[];
}

export interface StepsLocation {
  list: StepsList | undefined;
  /** Lines of a "Steps" heading, if the document has one. */
  stepsHeading: { startLine: number; endLine: number } | undefined;
  /** False when the "Steps" heading has no numbered list before the next heading of its rank. */
  headingHasList: boolean;
}

const STEPS_HEADING = /^steps\s*:?$/i;

export function locateSteps(tokens: readonly Token[]): StepsLocation {
  const openers = topLevelOrderedLists(tokens);
  const headingIndex = tokens.findIndex((token, i) => token.type === 'heading_open' && STEPS_HEADING.test(tokens[i + 1]?.content.trim() ?? ''));
  const heading = tokens[headingIndex];
  if (headingIndex < 0 || !heading) {
    return { list: listAt(tokens, openers[0]), stepsHeading: undefined, headingHasList: false };
  }
  const sectionEnd = nextHeadingOfRank(tokens, headingIndex, heading.tag);
  const underHeading = openers.find((i) => i > headingIndex && i < sectionEnd);
  const stepsHeading = heading.map ? { startLine: heading.map[0], endLine: heading.map[1] } : undefined;
  if (underHeading !== undefined) return { list: listAt(tokens, underHeading), stepsHeading, headingHasList: true };
  return { list: listAt(tokens, openers[0]), stepsHeading, headingHasList: false };
}

function topLevelOrderedLists(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  let depth = 0;
  tokens.forEach((token, i) => {
    if (token.type === 'ordered_list_open' || token.type === 'bullet_list_open') {
      if (depth === 0 && token.type === 'ordered_list_open') found.push(i);
      depth++;
    } else if (token.type === 'ordered_list_close' || token.type === 'bullet_list_close') {
      depth--;
    }
  });
  return found;
}

/** Index of the next heading of the same or a higher rank (h2 ends at the next h1 or h2). */
function nextHeadingOfRank(tokens: readonly Token[], from: number, tag: string): number {
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === 'heading_open' && token.tag <= tag) return i;
  }
  return tokens.length;
}

function listAt(tokens: readonly Token[], openIndex: number | undefined): StepsList | undefined {
  if (openIndex === undefined) return undefined;
  const open = tokens[openIndex];
  if (!open) return undefined;
  const closeIndex = findClose(tokens, openIndex, 'ordered_list_close');
  const items: ListItemTokens[] = [];
  for (let i = openIndex + 1; i < closeIndex; i++) {
    const token = tokens[i];
    if (token?.type !== 'list_item_open' || token.level !== open.level + 1) continue;
    const itemClose = findClose(tokens, i, 'list_item_close');
    const map = token.map ?? [0, 0];
    items.push({ openIndex: i, closeIndex: itemClose, startLine: map[0], endLine: map[1] });
    i = itemClose;
  }
  return { openIndex, closeIndex, items };
}

function findClose(tokens: readonly Token[], openIndex: number, closeType: string): number {
  const level = tokens[openIndex]?.level ?? 0;
  for (let i = openIndex + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === closeType && token.level === level) return i;
  }
  return tokens.length;
}
