// Every letter definition, in the order pickers show them. Validated by ../validate.ts.
import type { LetterDefinition } from '../schema';
import { BR_LETTERS } from './br';
import { EU_DE } from './eu-de';
import { EU_EN } from './eu-en';
import { EU_ES } from './eu-es';
import { EU_FR } from './eu-fr';
import { EU_IT } from './eu-it';
import { EU_NL } from './eu-nl';
import { EU_PL } from './eu-pl';
import { OTHER_LETTERS } from './other';
import { UK_LETTERS } from './uk';
import { US_LETTERS } from './us';

export const LETTER_DEFINITIONS: readonly LetterDefinition[] = [
  ...EU_EN,
  ...EU_DE,
  ...EU_FR,
  ...EU_NL,
  ...EU_ES,
  ...EU_IT,
  ...EU_PL,
  ...UK_LETTERS,
  ...US_LETTERS,
  ...BR_LETTERS,
  ...OTHER_LETTERS,
];
