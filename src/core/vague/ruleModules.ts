// The German and French rule modules (catalogue/de, catalogue/fr), loaded the first time a
// document has a block in that language, not before. In the Node bundles each is a file of its
// own (dist/catalogue/de.js, read by this require only then; esbuild.js rewrites the path); the web
// worker cannot read a file, so its bundle keeps them inline, evaluated only on this first call.
// Each module is checked against the rule schema and the context-table shape when loaded: a
// malformed one fails with a message naming the rule, not somewhere in the matcher.
import type { LanguageContextTables, LanguageRuleModule } from './context/languageContext';
import { ruleSchema, type Rule } from './ruleSchema';
import type { UiLanguage } from '../language/languages';

export type RuleModule = LanguageRuleModule<Rule>;
export type OtherRuleLanguage = 'de' | 'fr';

const loaded = new Map<OtherRuleLanguage, RuleModule>();

function requireModule(language: OtherRuleLanguage): unknown {
  /* eslint-disable @typescript-eslint/no-require-imports -- lazy requires: each catalogue is loaded when a document first needs it (see above) */
  return language === 'de' ? require('./catalogue/de') : require('./catalogue/fr');
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export function ruleModule(language: OtherRuleLanguage): RuleModule {
  let module = loaded.get(language);
  if (!module) {
    module = validated(language, requireModule(language));
    loaded.set(language, module);
  }
  return module;
}

/** Whether the module of `language` has been loaded in this process (tests of lazy loading). */
export function isRuleModuleLoaded(language: OtherRuleLanguage): boolean {
  return loaded.has(language);
}

/** Bumped whenever a module is replaced, so compiled linters of the old one are not reused. */
let generation = 0;

export function ruleModulesGeneration(): number {
  return generation;
}

/**
 * Tests only: lints `language` with `module` (validated like a shipped one) instead of the shipped
 * module; undefined goes back to the shipped one. Lets the plumbing's tests use small rule sets of
 * their own, whatever the shipped catalogues hold.
 */
export function replaceRuleModuleForTests(language: OtherRuleLanguage, module: RuleModule | undefined): void {
  if (module) loaded.set(language, validated(language, module));
  else loaded.delete(language);
  generation++;
}

const TABLE_KEYS: readonly (keyof LanguageContextTables)[] = ['clauseBreak', 'trigger', 'pseudoTrigger', 'negatedPredicate', 'userActing', 'clarifier'];

function validated(language: string, raw: unknown): RuleModule {
  const module = raw as Partial<RuleModule> | undefined;
  if (!module || !Array.isArray(module.CATALOGUE) || typeof module.UI_TEXT !== 'object' || typeof module.CONTEXT !== 'object') {
    throw new Error(`The ${language} rule module does not export CATALOGUE, UI_TEXT and CONTEXT`);
  }
  for (const rule of module.CATALOGUE) {
    const result = ruleSchema().safeParse(rule);
    if (!result.success) throw new Error(`The ${language} rule ${JSON.stringify((rule as { id?: unknown } | undefined)?.id)} is malformed: ${result.error.issues[0]?.message ?? 'invalid'}`);
  }
  for (const key of TABLE_KEYS) {
    if (!(module.CONTEXT[key] instanceof RegExp)) throw new Error(`The ${language} context table ${key} is not a regular expression`);
  }
  return module as RuleModule;
}

/** The context tables of a block's language (undefined: English, whose tables stay in context/*.ts). */
export function contextTables(language: string | undefined): LanguageContextTables | undefined {
  return language === 'de' || language === 'fr' ? ruleModule(language).CONTEXT : undefined;
}

/**
 * A German or French rule's message and explanation in the interface language `ui`, when the
 * module gives them (the rule's own language: its own texts).
 */
export function uiTextOf(language: string | undefined, ruleId: string, ui: UiLanguage): { message: string; explanation: string } | undefined {
  if (language !== 'de' && language !== 'fr') return undefined;
  const module = ruleModule(language);
  if (ui === language) {
    const rule = module.CATALOGUE.find((candidate) => candidate.id === ruleId);
    return rule ? { message: rule.message, explanation: rule.explanation } : undefined;
  }
  return module.UI_TEXT[ruleId]?.[ui];
}
