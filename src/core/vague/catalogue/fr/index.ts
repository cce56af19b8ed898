// The French rules module (LanguageRuleModule in ../../context/languageContext.ts): the rules, written
// from how French privacy policies phrase things, their messages in the other interface languages,
// and the French context tables. Rules are plain data validated against ruleSchema; order: CATEGORIES.
import type { LanguageRuleModule } from '../../context/languageContext';
import type { Rule } from '../../ruleSchema';
import { RULES as UNNAMED_RECIPIENTS } from './unnamedRecipients';
import { RULES as OPEN_PURPOSES } from './openPurposes';
import { RULES as HEDGED_MODALITY } from './hedgedModality';
import { RULES as OPEN_LISTS } from './openLists';
import { RULES as VAGUE_QUANTITY } from './vagueQuantity';
import { RULES as VAGUE_TIME } from './vagueTime';
import { RULES as UNSPECIFIC_DATA } from './unspecificData';
import { RULES as VAGUE_LEGAL_BASIS } from './vagueLegalBasis';
import { UI_TEXT } from './uiText';
import { CONTEXT } from './context';

export const CATALOGUE: readonly Rule[] = [...UNNAMED_RECIPIENTS, ...OPEN_PURPOSES, ...HEDGED_MODALITY, ...OPEN_LISTS, ...VAGUE_QUANTITY, ...VAGUE_TIME, ...UNSPECIFIC_DATA, ...VAGUE_LEGAL_BASIS];

export { UI_TEXT, CONTEXT };
export { FR_LEGAL_HOOKS } from './legalHooks';

/** The module as the plumbing loads it. */
export const FRENCH_RULES: LanguageRuleModule<Rule> = { CATALOGUE, UI_TEXT, CONTEXT };
