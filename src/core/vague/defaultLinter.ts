// The linter for the shipped catalogue, compiled on first use (not at activation): building the
// automaton is the expensive part, and a session that never opens a Markdown file never pays it.
import { CATALOGUE } from './catalogue';
import { createLinter, type Linter } from './linter';

let linter: Linter | undefined;

export function defaultLinter(): Linter {
  linter ??= createLinter(CATALOGUE);
  return linter;
}
