// The German rules module (LanguageRuleModule in ../../context/languageContext.ts): rules written
// from how German privacy policies phrase things, their English and French UI texts, and the German
// context tables. Loaded only for German text. Order: category order of CATEGORIES.
import type { Rule } from '../../ruleSchema';
import type { LanguageContextTables, LanguageRuleModule } from '../../context/languageContext';
import { RULES as UNNAMED_RECIPIENTS, UI as UNNAMED_RECIPIENTS_UI } from './unnamedRecipients';
import { RULES as OPEN_PURPOSES, UI as OPEN_PURPOSES_UI } from './openPurposes';
import { RULES as HEDGED_MODALITY, UI as HEDGED_MODALITY_UI } from './hedgedModality';
import { RULES as OPEN_LISTS, UI as OPEN_LISTS_UI } from './openLists';
import { RULES as VAGUE_QUANTITY, UI as VAGUE_QUANTITY_UI } from './vagueQuantity';
import { RULES as VAGUE_TIME, UI as VAGUE_TIME_UI } from './vagueTime';
import { RULES as UNSPECIFIC_DATA, UI as UNSPECIFIC_DATA_UI } from './unspecificData';
import { RULES as VAGUE_LEGAL_BASIS, UI as VAGUE_LEGAL_BASIS_UI } from './vagueLegalBasis';
import { CONTEXT as GERMAN_CONTEXT } from './context';

export const CATALOGUE: readonly Rule[] = [...UNNAMED_RECIPIENTS, ...OPEN_PURPOSES, ...HEDGED_MODALITY, ...OPEN_LISTS, ...VAGUE_QUANTITY, ...VAGUE_TIME, ...UNSPECIFIC_DATA, ...VAGUE_LEGAL_BASIS];

export const UI_TEXT: LanguageRuleModule<Rule>['UI_TEXT'] = {
  ...UNNAMED_RECIPIENTS_UI,
  ...OPEN_PURPOSES_UI,
  ...HEDGED_MODALITY_UI,
  ...OPEN_LISTS_UI,
  ...VAGUE_QUANTITY_UI,
  ...VAGUE_TIME_UI,
  ...UNSPECIFIC_DATA_UI,
  ...VAGUE_LEGAL_BASIS_UI,
};

export const CONTEXT: LanguageContextTables = GERMAN_CONTEXT;
