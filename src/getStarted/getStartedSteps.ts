// The Get Started steps whose buttons run through rightToObject.runGetStartedStep: which command
// each runs, whether it needs a Markdown editor, and when it succeeded. A step is ticked through
// its context key (package.json: "completionEvents": ["onContext:<key>"]), which is set only after
// success; "onCommand:" events would tick the step even when the command did nothing (#20).
import { COMMANDS } from '../platform/constants';

export interface GetStartedStep {
  /** The step id in package.json's walkthrough. */
  id: string;
  command: string;
  /** Runs against the last active Markdown editor, or a new untitled Markdown document. */
  needsMarkdownEditor: boolean;
  /** Whether the command's result means it did its job (undefined: cancelled, refused or failed). */
  succeeded(result: unknown): boolean;
}

const returnedSomething = (result: unknown): boolean => result !== undefined && result !== null && result !== false;

export const GET_STARTED_STEPS: readonly GetStartedStep[] = [
  { id: 'findVagueLanguage', command: COMMANDS.openSampleWalkthrough, needsMarkdownEditor: false, succeeded: returnedSomething },
  {
    id: 'checkWorkspace',
    command: COMMANDS.lintWorkspace,
    needsMarkdownEditor: false,
    succeeded: (result) => typeof result === 'object' && result !== null && (result as { cancelled?: unknown }).cancelled === false,
  },
  { id: 'insertObjectionLetter', command: COMMANDS.insertObjectionLetter, needsMarkdownEditor: true, succeeded: returnedSomething },
  { id: 'insertFollowUp', command: COMMANDS.insertFollowUp, needsMarkdownEditor: true, succeeded: returnedSomething },
  { id: 'previewWalkthrough', command: COMMANDS.openWalkthroughPreviewToSide, needsMarkdownEditor: true, succeeded: (result) => result === true },
  { id: 'exportWalkthrough', command: COMMANDS.exportWalkthroughHtml, needsMarkdownEditor: true, succeeded: returnedSomething },
];

/** The context key that ticks a step, e.g. "rightToObject.getStarted.insertObjectionLetter.done". */
export function doneContextKey(stepId: string): string {
  return `rightToObject.getStarted.${stepId}.done`;
}

export function stepById(id: unknown): GetStartedStep | undefined {
  return GET_STARTED_STEPS.find((step) => step.id === id);
}
