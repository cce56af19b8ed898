// Waiting times: stated in a tag (`[wait:30d]`) or in the step's own words ("wait up to 30 days").
import { regex, safeParse, string } from 'zod/mini';

export type WaitUnit = 'minute' | 'hour' | 'day' | 'week' | 'month';

export interface StatedWait {
  amount: number;
  unit: WaitUnit;
  /** Where the duration was read: the tag parameter or the step text. */
  source: 'tag' | 'text';
}

const PARAMETER_UNITS: Readonly<Record<string, WaitUnit>> = { min: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month' };

export const durationParameterSchema = string().check(regex(/^\d{1,4}(?:min|h|d|w|mo)$/, 'Write the duration as a number and a unit: min, h, d, w or mo (e.g. 30d).'));

/** `30d` → 30 days; undefined when the parameter is not a duration. */
export function parseDurationParameter(parameter: string): Omit<StatedWait, 'source'> | undefined {
  if (!safeParse(durationParameterSchema, parameter).success) return undefined;
  const match = /^(\d+)([a-z]+)$/.exec(parameter);
  const unit = match?.[2] === undefined ? undefined : PARAMETER_UNITS[match[2]];
  if (!match || unit === undefined) return undefined;
  return { amount: Number(match[1]), unit };
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const TEXT_UNITS: ReadonlyArray<[RegExp, WaitUnit]> = [
  [/^min/i, 'minute'],
  [/^(?:hour|hr)/i, 'hour'],
  [/^day/i, 'day'],
  [/^week/i, 'week'],
  [/^month/i, 'month'],
];

// "wait 30 days", "wait up to two weeks", "waiting for about 24 hours"
const WAIT_IN_TEXT =
  /\bwait(?:s|ing)?\s+(?:for\s+)?(?:up\s+to\s+|about\s+|around\s+|roughly\s+|at\s+least\s+)?(\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b/i;

/** The first waiting time stated in words in a step, if any. */
export function detectWaitInText(text: string): StatedWait | undefined {
  const match = WAIT_IN_TEXT.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const amount = /^\d/.test(match[1]) ? Number(match[1]) : NUMBER_WORDS[match[1].toLowerCase()];
  const unitWord = match[2];
  const unit = TEXT_UNITS.find(([pattern]) => pattern.test(unitWord))?.[1];
  if (amount === undefined || unit === undefined) return undefined;
  return { amount, unit, source: 'text' };
}

/** "30 days", "1 month". */
export function formatWait(wait: Pick<StatedWait, 'amount' | 'unit'>): string {
  return `${wait.amount} ${wait.unit}${wait.amount === 1 ? '' : 's'}`;
}
