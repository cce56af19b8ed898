// Which Markdown documents are walkthroughs, for the Problems panel: a walkthrough's problems are
// worth a diagnostic, an analysis or a letter's "missing title" is not. The format has no marker of
// its own, so the friction tags are the sign: a step that carries a known tag, or front matter with
// a title whose steps carry tags the format does not know (a misspelt tag is still a walkthrough).
import type { Walkthrough } from './types';

export function isWalkthrough(walkthrough: Walkthrough): boolean {
  if (walkthrough.steps.some((step) => step.tags.length > 0)) return true;
  const badTags = walkthrough.problems.some((problem) => problem.code === 'unknown-tag' || problem.code === 'bad-tag-parameter');
  return badTags && walkthrough.frontMatter.title !== undefined;
}
