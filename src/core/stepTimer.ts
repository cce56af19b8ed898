// Generators that build something large in steps (the matcher's automaton, the linter's phrases)
// pause after a few milliseconds of work, counted in time rather than in items: the same count of
// phrases or states took 1 ms or 40 ms depending on the phrases and the machine.

/** Milliseconds of work between two pauses. */
export const STEP_MS = 6;

/** A clock for a generator's steps: `due()` is true once `budgetMs` passed since the last `resumed()`. */
export function stepTimer(budgetMs = STEP_MS): { due(): boolean; resumed(): void } {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= budgetMs,
    resumed: () => {
      since = performance.now();
    },
  };
}
