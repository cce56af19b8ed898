// The friction facts of one walkthrough, as one row of the comparison: counts and yes/no facts
// read from the step tags (summarizeFriction), nothing weighed and nothing scored.
import { formatWait, summarizeFriction, type StepWait, type Walkthrough } from '../walkthrough';

export interface FrictionRow {
  /** The walkthrough's title. */
  title: string;
  /** The company, from the front matter's `controller`; else the title. */
  company: string;
  /** Where the walkthrough was read from, as shown to the user (a relative path or a name). */
  file: string;
  steps: number;
  /** Form fields to fill: country, email, justification and `[field:N]`. */
  fields: number;
  /** One-time codes plus ID uploads. */
  verifications: number;
  oneTimeCodes: number;
  idUploads: number;
  justificationDemanded: boolean;
  accountRequired: boolean;
  outcomeAtDiscretion: boolean;
  /** Steps that make the person wait (tagged `[wait]` or stating a waiting time). */
  stepsWithWaiting: number;
  /** Waiting times as stated, in step order. */
  waits: StepWait[];
  /** Public http(s) sources from the front matter. */
  sources: string[];
}

/**
 * Whether a parsed document is a walkthrough to compare: it has numbered steps, and a title in its
 * front matter or at least one friction tag. A README with a numbered list is not one.
 */
export function isWalkthrough(walkthrough: Walkthrough): boolean {
  if (walkthrough.steps.length === 0) return false;
  return walkthrough.frontMatter.title !== undefined || walkthrough.steps.some((step) => step.tags.length > 0);
}

export function frictionRow(walkthrough: Walkthrough, file: string): FrictionRow {
  const summary = summarizeFriction(walkthrough);
  return {
    title: walkthrough.title,
    company: walkthrough.frontMatter.controller ?? walkthrough.title,
    file,
    steps: summary.steps,
    fields: summary.fieldsToFill,
    verifications: summary.verifications,
    oneTimeCodes: summary.oneTimeCodes,
    idUploads: summary.idUploads,
    justificationDemanded: summary.justificationDemanded,
    accountRequired: summary.accountRequired,
    outcomeAtDiscretion: summary.outcomeAtDiscretion,
    stepsWithWaiting: summary.stepsWithWaiting,
    waits: summary.waits,
    sources: walkthrough.frontMatter.sources ?? [],
  };
}

/** "30 days (step 4)", "Yes, duration not stated", or "None stated". */
export function waitingText(row: Pick<FrictionRow, 'waits' | 'stepsWithWaiting'>): string {
  if (row.waits.length > 0) return row.waits.map((wait) => `${formatWait(wait)} (step ${wait.step + 1})`).join(', ');
  return row.stepsWithWaiting > 0 ? 'Yes, duration not stated' : 'None stated';
}
