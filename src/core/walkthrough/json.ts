// walkthroughToJson: the machine-readable form printed by the CLI.
import { summarizeFriction, type FrictionSummary } from './friction';
import type { FrontMatter } from './frontMatterSchema';
import type { Problem } from './problems';
import type { Step, Walkthrough } from './types';

export interface WalkthroughJson {
  title: string;
  frontMatter: FrontMatter;
  steps: Step[];
  friction: FrictionSummary;
  problems: Problem[];
}

export function walkthroughToJson(walkthrough: Walkthrough): WalkthroughJson {
  return {
    title: walkthrough.title,
    frontMatter: walkthrough.frontMatter,
    steps: walkthrough.steps,
    friction: summarizeFriction(walkthrough),
    problems: walkthrough.problems,
  };
}
