// The rule catalogue: every vague-language rule, grouped by category in the files next to this one.
// Rules are plain data; the matcher compiles their patterns. Order: category order of CATEGORIES.
import type { Rule } from '../ruleSchema';
import { RULES as UNNAMED_RECIPIENTS } from './unnamedRecipients';
import { RULES as OPEN_PURPOSES } from './openPurposes';
import { RULES as HEDGED_MODALITY } from './hedgedModality';
import { RULES as OPEN_LISTS } from './openLists';
import { RULES as VAGUE_QUANTITY } from './vagueQuantity';
import { RULES as VAGUE_TIME } from './vagueTime';
import { RULES as UNSPECIFIC_DATA } from './unspecificData';
import { RULES as VAGUE_LEGAL_BASIS } from './vagueLegalBasis';

export { LEGAL_HOOKS } from './legalHooks';

export const CATALOGUE: readonly Rule[] = [...UNNAMED_RECIPIENTS, ...OPEN_PURPOSES, ...HEDGED_MODALITY, ...OPEN_LISTS, ...VAGUE_QUANTITY, ...VAGUE_TIME, ...UNSPECIFIC_DATA, ...VAGUE_LEGAL_BASIS];
