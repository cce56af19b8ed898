// The friction summary: countable facts about what the company asks of the person, taken from
// the step tags. Deliberately no overall score: any weighting would be an invented judgement.
import { TAG_IDS, type TagId } from './tags';
import type { Walkthrough } from './types';
import type { StatedWait } from './waits';

export interface StepWait extends StatedWait {
  /** 0-based index of the step that states it. */
  step: number;
}

export interface FrictionSummary {
  steps: number;
  /** Form fields to fill: country, email, justification and `[field:N]`. */
  fieldsToFill: number;
  /** One-time codes plus identity-document uploads. */
  verifications: number;
  oneTimeCodes: number;
  idUploads: number;
  justificationDemanded: boolean;
  outcomeAtDiscretion: boolean;
  accountRequired: boolean;
  /** Steps where the entry point has to be found first. */
  hiddenEntryPoints: number;
  linksToFollow: number;
  confirmations: number;
  /** Steps tagged `[wait]` or stating a waiting time in words. */
  stepsWithWaiting: number;
  /** Waiting times as stated, in step order; empty when none is stated. */
  waits: StepWait[];
  /** How many steps carry each tag. */
  tagCounts: Record<TagId, number>;
}

export function summarizeFriction(walkthrough: Walkthrough): FrictionSummary {
  const tagCounts = Object.fromEntries(TAG_IDS.map((id) => [id, 0])) as Record<TagId, number>;
  let fieldsToFill = 0;
  let stepsWithWaiting = 0;
  const waits: StepWait[] = [];
  for (const step of walkthrough.steps) {
    for (const tag of step.tags) tagCounts[tag] += 1;
    fieldsToFill += step.fields;
    if (step.tags.includes('wait') || step.wait) stepsWithWaiting += 1;
    if (step.wait) waits.push({ ...step.wait, step: step.index });
  }
  return {
    steps: walkthrough.steps.length,
    fieldsToFill,
    verifications: tagCounts.otp + tagCounts['id-upload'],
    oneTimeCodes: tagCounts.otp,
    idUploads: tagCounts['id-upload'],
    justificationDemanded: tagCounts.justify > 0,
    outcomeAtDiscretion: tagCounts.discretion > 0,
    accountRequired: tagCounts.account > 0,
    hiddenEntryPoints: tagCounts.find,
    linksToFollow: tagCounts.link,
    confirmations: tagCounts.confirm,
    stepsWithWaiting,
    waits,
    tagCounts,
  };
}
