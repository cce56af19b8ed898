// The linter's configuration: the same shape for VS Code settings (rightToObject.diagnostics.*)
// and for the workspace file .right-to-object.json (key "diagnostics"). Each key is validated on
// its own, so one bad value produces one clear problem naming it, and only that key falls back to
// its default.
import { array, boolean, enum as enumOf, maxLength, minLength, object, optional, partialRecord, record, refine, string, type ZodMiniType } from 'zod/mini';
import { isMatchablePhrase } from '../match/phraseMatcher';
import { SEVERITIES, type Severity } from '../severity';
import { CATEGORIES, type Category } from './ruleSchema';
import { LINT_SCOPES, type LintScope } from '../markdown/scope';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../language/languages';
import { nullRecord, toNullRecord } from '../ownKeys';
import { appendAll } from '../appendAll';

export type SeveritySetting = Severity | 'off';

export interface ExtraPhrase {
  phrase: string;
  message: string;
  severity: Severity;
  category: Category;
}

export interface LintConfig {
  enabled: boolean;
  scope: LintScope;
  categorySeverity: Partial<Record<Category, SeveritySetting>>;
  ruleSeverity: Record<string, SeveritySetting>;
  extraPhrases: ExtraPhrase[];
  allowList: string[];
  /** Flag phrases in headings, table labels and bold list labels too (default: not). */
  labels: boolean;
  /** Flag phrases quoted or in code in the author's own prose too (default: not; they are mentions). */
  mentions: boolean;
  /** Show findings that their sentence defuses (negated, a right of yours, …) as hints with the reason (default: hidden). */
  showLowered: boolean;
  /** 'auto': each block linted with the rules of its detected language; 'en', 'de', 'fr': every block with that language's rules. */
  language: LanguageSetting;
}

export const DEFAULT_LINT_CONFIG: LintConfig = {
  enabled: true,
  scope: 'auto',
  categorySeverity: {},
  ruleSeverity: {},
  extraPhrases: [],
  allowList: [],
  labels: false,
  mentions: false,
  showLowered: false,
  language: 'auto',
};

/**
 * Limits that keep a hostile settings file from costing minutes and gigabytes (60k extra phrases
 * took 55 s and 4.9 GB, #19). Each is far above what a team writes by hand.
 */
export const LIMITS = { extraPhrases: 1_000, messageLength: 1_000, allowList: 5_000, allowEntryLength: 255 } as const;

/**
 * One schema per key: validated independently. Built on first use: a lint with the default settings
 * (the command line without a settings file) never validates, and building them cost its start-up ~2 ms.
 */
let keySchemas: { [K in keyof LintConfig]: ZodMiniType } | undefined;
function schemaFor(key: keyof LintConfig): ZodMiniType {
  keySchemas ??= buildKeySchemas();
  return keySchemas[key];
}

function buildKeySchemas(): { [K in keyof LintConfig]: ZodMiniType } {
  const severitySetting = enumOf([...SEVERITIES, 'off']);
  const extraPhraseSchema = object({
    phrase: string().check(minLength(2), refine(isMatchablePhrase, 'may contain only letters, digits, spaces, hyphens, apostrophes, "." and "/", and at least one letter or digit')),
    message: string().check(minLength(1), maxLength(LIMITS.messageLength, `is longer than ${LIMITS.messageLength} characters`)),
    severity: optional(enumOf(SEVERITIES)),
    category: optional(enumOf(CATEGORIES)),
  });
  return {
    enabled: boolean(),
    scope: enumOf(LINT_SCOPES),
    categorySeverity: partialRecord(enumOf(CATEGORIES), severitySetting),
    ruleSeverity: record(string(), severitySetting),
    extraPhrases: array(extraPhraseSchema).check(maxLength(LIMITS.extraPhrases, `has more than ${LIMITS.extraPhrases} phrases`)),
    allowList: array(string().check(minLength(1), maxLength(LIMITS.allowEntryLength, `is longer than ${LIMITS.allowEntryLength} characters`))).check(
      maxLength(LIMITS.allowList, `has more than ${LIMITS.allowList} entries`),
    ),
    labels: boolean(),
    mentions: boolean(),
    showLowered: boolean(),
    language: enumOf(LANGUAGE_SETTINGS),
  };
}

export interface ConfigProblem {
  /** The setting as the user wrote it, e.g. "rightToObject.diagnostics.scope". */
  setting: string;
  message: string;
}

/**
 * Validates raw values (from settings or the JSON file). `prefix` names settings in messages
 * ("rightToObject.diagnostics." or ".right-to-object.json: diagnostics.").
 */
/** Unknown settings named one by one; the rest are counted in one line. */
const MAX_UNKNOWN_REPORTED = 20;
const KNOWN_KEYS = Object.keys(DEFAULT_LINT_CONFIG).join(', ');

export function parseLintConfig(raw: unknown, prefix: string): { config: Partial<LintConfig>; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: Partial<LintConfig> = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [{ setting: prefix.replace(/\.$/, ''), message: 'must be an object; using the defaults' }] };
  }
  let unknown = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(DEFAULT_LINT_CONFIG, key)) {
      // The first few by name; thousands of one message each only bury the list (and grew super-linearly with the garbage).
      if (++unknown <= MAX_UNKNOWN_REPORTED) problems.push({ setting: prefix + key, message: `is not a known setting (known: ${KNOWN_KEYS})` });
      continue;
    }
    const typedKey = key as keyof LintConfig;
    const result = schemaFor(typedKey).safeParse(value);
    if (result.success) {
      const data = typedKey === 'extraPhrases' ? normaliseExtraPhrases(result.data as ExtraPhraseInput[]) : result.data;
      // Maps keyed by rule ids and categories hold user keys: no prototype behind them.
      (config as Record<string, unknown>)[key] = typedKey === 'ruleSeverity' || typedKey === 'categorySeverity' ? toNullRecord(data as Record<string, unknown>) : data;
    } else {
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? `[${issue.path.map(String).join('.')}]` : '';
      problems.push({ setting: prefix + key + where, message: `${describeIssue(issue?.message)}; using the default (${JSON.stringify(DEFAULT_LINT_CONFIG[typedKey])})` });
    }
  }
  if (unknown > MAX_UNKNOWN_REPORTED) problems.push({ setting: prefix.replace(/\.$/, ''), message: `and ${unknown - MAX_UNKNOWN_REPORTED} more settings that are not known; ignored` });
  return { config, problems };
}

/** Layers configurations: later ones win per key; allow-lists and extra phrases add up. */
export function mergeLintConfigs(...layers: Partial<LintConfig>[]): LintConfig {
  const merged: LintConfig = { ...DEFAULT_LINT_CONFIG, categorySeverity: nullRecord(), ruleSeverity: nullRecord(), extraPhrases: [], allowList: [] };
  for (const layer of layers) {
    if (layer.enabled !== undefined) merged.enabled = layer.enabled;
    if (layer.scope !== undefined) merged.scope = layer.scope;
    if (layer.labels !== undefined) merged.labels = layer.labels;
    if (layer.mentions !== undefined) merged.mentions = layer.mentions;
    if (layer.showLowered !== undefined) merged.showLowered = layer.showLowered;
    if (layer.language !== undefined) merged.language = layer.language;
    // Copied key by key into null-prototype objects: Object.assign would run the __proto__ setter.
    for (const [key, value] of Object.entries(layer.categorySeverity ?? {})) (merged.categorySeverity as Record<string, SeveritySetting>)[key] = value;
    for (const [key, value] of Object.entries(layer.ruleSeverity ?? {})) merged.ruleSeverity[key] = value;
    appendAll(merged.extraPhrases, layer.extraPhrases ?? []);
    appendAll(merged.allowList, layer.allowList ?? []);
  }
  return merged;
}

type ExtraPhraseInput = { phrase: string; message: string; severity?: Severity; category?: Category };
function normaliseExtraPhrases(input: ExtraPhraseInput[]): ExtraPhrase[] {
  return input.map((entry) => ({ phrase: entry.phrase, message: entry.message, severity: entry.severity ?? 'warning', category: entry.category ?? 'open-purposes' }));
}

function describeIssue(message: string | undefined): string {
  return message ? message.replace(/^Invalid input: /, '') : 'is not valid';
}
