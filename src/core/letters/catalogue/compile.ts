// Turns the letter files (src/core/letters/templates/**/*.md: YAML front matter, then the letter's
// Markdown) into the letter definitions the registry loads. Run at build time by
// scripts/generate-letters.cjs, which writes catalogue/generated.json, and by the unit tests; never
// in the extension, which only embeds the result. Every problem names the file, the line where it
// can be found and the field, so a reviewer who edits a letter knows what to fix.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { array, boolean, enum as enumOf, optional, strictObject, string, minLength, unknown, type infer as Infer } from 'zod/mini';
import { findFrontMatter } from '../../text/frontMatter';
import { lineIndex } from '../../text/lineIndex';
import { JURISDICTIONS } from '../jurisdictions';
import { LANGUAGES, LETTER_KINDS, letterDefinitionSchema, placeholderSchema, type ComputedField, type Jurisdiction, type LetterDefinition, type Placeholder } from '../schema';
import { checkCatalogue } from '../validate';
import { COMPUTED, F } from './fields';

/** One file as read from disk: its path as shown in messages ("/"-separated) and its text. */
export interface LetterSourceFile {
  path: string;
  text: string;
}

export interface CompiledLetters {
  /** The letters in picker order (see {@link REGIME_ORDER}); incomplete when there are problems. */
  definitions: LetterDefinition[];
  /** "path:line: message" for every problem found; empty when the files are consistent. */
  problems: string[];
}

/**
 * The order in which pickers, the CLI and the snippets list the regimes. A regime not listed here
 * comes after these, by id. Within a regime: the letters that are not translations, by kind
 * (the order of LETTER_KINDS), then each language's translations, by language and kind.
 */
export const REGIME_ORDER = [
  'eu-gdpr',
  'uk-gdpr',
  'us-ca',
  'us-va',
  'us-co',
  'br-lgpd',
  'ch-fadp',
  'ca-pipeda',
  'ca-qc',
  'jp-appi',
  'kr-pipa',
  'cn-pipl',
  'za-popia',
  'au-privacy',
  'sg-pdpa',
] as const;

/** `{{> name}}` in a letter: the text of templates/partials/name.md. */
const PARTIAL_PATTERN = /\{\{>\s*([a-z][a-z0-9-]*)\s*\}\}/g;
const PARTIALS_FOLDER = 'partials';

const shape = letterDefinitionSchema.shape;
const fieldOverrideSchema = strictObject({
  label: optional(placeholderSchema.shape.label),
  kind: optional(placeholderSchema.shape.kind),
  required: optional(boolean()),
  options: optional(array(string().check(minLength(1)))),
});
type FieldOverride = Infer<typeof fieldOverrideSchema>;

/** Front matter of a letter that is not a translation: everything but the body. */
const letterFrontMatterSchema = strictObject({
  id: shape.id,
  jurisdiction: shape.jurisdiction,
  kind: shape.kind,
  language: shape.language,
  title: shape.title,
  citations: shape.citations,
  deadline: shape.deadline,
  /** Shared field names (catalogue/fields.ts), or `name: {label, kind, required, options}`. */
  fields: array(unknown()),
  computed: optional(array(string())),
  notes: shape.notes,
});

/** Front matter of a shared block (templates/partials/NAME.md): what it is for. */
const partialFrontMatterSchema = strictObject({ description: string().check(minLength(10)) });

/** Front matter of a translation: the rest (citations, fields, notes…) comes from the letter it translates. */
const translationFrontMatterSchema = strictObject({
  id: shape.id,
  language: enumOf(LANGUAGES),
  translationOf: shape.id,
});

interface ParsedFile {
  path: string;
  /** Folder the file is in (the jurisdiction for a letter). */
  folder: string;
  /** File name without ".md". */
  stem: string;
  frontMatter: Record<string, unknown> | undefined;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Line of a front-matter value by its path ("citations", 2), for messages. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

type Issue = { code: string; path: readonly PropertyKey[]; expected?: unknown; values?: readonly unknown[]; keys?: readonly string[]; pattern?: unknown; minimum?: unknown; origin?: unknown };

/** The value at `path` in `value`, or undefined. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A zod issue in words (zod/mini carries no messages of its own); `source` is the value checked. */
function describeIssue(issue: Issue, source: unknown, shownPath: readonly PropertyKey[] = issue.path): string {
  const field = fieldPath(shownPath);
  const where = field ? `field "${field}"` : 'front matter';
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(source, issue.path) === undefined ? `${where} is missing` : `${where} must be ${String(issue.expected) === 'array' ? 'a list' : `a ${String(issue.expected)}`}`;
    case 'invalid_value':
      return `${where} must be one of: ${(issue.values ?? []).map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `${where} has unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return `${where} does not have the expected form (${String(issue.pattern)})`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${where} needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : `${where} is too short (at least ${String(issue.minimum)} characters)`;
    default:
      return `${where}: ${issue.code}`;
  }
}

function parseFile(file: LetterSourceFile, problems: string[]): ParsedFile {
  const segments = file.path.split('/');
  const name = segments.at(-1) ?? '';
  const parsed: ParsedFile = {
    path: file.path,
    folder: segments.at(-2) ?? '',
    stem: name.replace(/\.md$/, ''),
    frontMatter: undefined,
    body: '',
    bodyLine: 1,
    lineOf: () => 1,
  };
  // A file saved with Windows line endings gives the same letter.
  const text = file.text.replace(/\r\n?/g, '\n');
  const block = findFrontMatter(text);
  if (!block) {
    problems.push(`${file.path}:1: no front matter: the file must start with a line "---", the YAML fields, and a closing line "---"`);
    return parsed;
  }
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const lines = lineIndex(text);
  const yamlStartLine = lines.positionAt(block.contentStart).line + 1;
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of document.errors) {
    const line = yamlStartLine + (lineCounter.linePos(error.pos[0]).line - 1);
    problems.push(`${file.path}:${line}: the front matter is not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
  }
  parsed.lineOf = (path) => {
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return yamlStartLine + (lineCounter.linePos(node.range[0]).line - 1);
      // A key without a usable value: point at the key.
      const pair = length === 1 && typeof path[0] === 'string' ? findKeyLine(document, lineCounter, path[0]) : undefined;
      if (pair !== undefined) return yamlStartLine + pair - 1;
    }
    return Math.max(1, yamlStartLine - 1);
  };
  if (document.errors.length === 0) {
    const value: unknown = document.toJS();
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${file.path}:${yamlStartLine}: the front matter must be YAML fields ("id: …", "title: …")`);
    } else parsed.frontMatter = value as Record<string, unknown>;
  }
  // The body starts after the blank lines that follow the front matter.
  const rest = text.slice(block.end);
  const leading = /^(?:[ \t]*\n)*/.exec(rest)?.[0] ?? '';
  parsed.body = rest.slice(leading.length);
  parsed.bodyLine = lines.positionAt(block.end + leading.length).line + 1;
  return parsed;
}

function findKeyLine(document: Document, lineCounter: LineCounter, key: string): number | undefined {
  const contents = document.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  const item = contents?.items?.find((pair) => pair.key?.value === key);
  return item?.key?.range ? lineCounter.linePos(item.key.range[0]).line : undefined;
}

/** Reports schema problems of `value` against `schema`, each with the line of its field. */
function schemaProblems(file: ParsedFile, source: unknown, result: { success: boolean; error?: { issues: readonly Issue[] } }): string[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue) => {
    // An unknown field is shown at its own line, not at the start of the front matter.
    const at = issue.code === 'unrecognized_keys' && issue.keys?.[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
    return `${file.path}:${file.lineOf(at)}: ${describeIssue(issue, source)}`;
  });
}

/** The placeholder declarations of a letter's `fields` list. */
function resolveFields(file: ParsedFile, entries: readonly unknown[], problems: string[]): Placeholder[] {
  const shared = F as Readonly<Record<string, Placeholder>>;
  const known = Object.keys(shared).join(', ');
  const result: Placeholder[] = [];
  entries.forEach((entry, index) => {
    const at = `${file.path}:${file.lineOf(['fields', index])}: field "fields[${index}]"`;
    if (typeof entry === 'string') {
      const placeholder = shared[entry];
      if (placeholder) result.push(placeholder);
      else problems.push(`${at}: "${entry}" is not a shared field (${known}); declare it as "${entry}: {label, kind, required}"`);
      return;
    }
    const keys = entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? Object.keys(entry) : [];
    const name = keys[0];
    if (keys.length !== 1 || name === undefined) {
      problems.push(`${at}: write a shared field name, or one "name:" followed by its label, kind, required and options`);
      return;
    }
    const override = fieldOverrideSchema.safeParse((entry as Record<string, unknown>)[name] ?? {});
    if (!override.success) {
      problems.push(
        ...schemaProblems(file, file.frontMatter, { success: false, error: { issues: override.error.issues.map((issue) => ({ ...issue, path: ['fields', index, name, ...issue.path] })) } }),
      );
      return;
    }
    const base = shared[name];
    const merged = mergeField(name, base, override.data);
    if (!merged) {
      problems.push(`${at}: "${name}" is not a shared field, so it needs a label, a kind and "required"`);
      return;
    }
    result.push(merged);
  });
  return result;
}

/** A shared field with some properties changed, or a new field declared in full; in the key order of catalogue/fields.ts. */
function mergeField(name: string, base: Placeholder | undefined, override: FieldOverride): Placeholder | undefined {
  const label = override.label ?? base?.label;
  const kind = override.kind ?? base?.kind;
  const required = override.required ?? base?.required;
  const options = override.options ?? base?.options;
  if (label === undefined || kind === undefined || required === undefined) return undefined;
  return options ? { name, label, kind, required, options } : { name, label, kind, required };
}

function resolveComputed(file: ParsedFile, names: readonly string[], problems: string[]): ComputedField[] {
  const computed = COMPUTED as Readonly<Record<string, ComputedField>>;
  return names.flatMap((name, index) => {
    const field = computed[name];
    if (field) return [field];
    problems.push(`${file.path}:${file.lineOf(['computed', index])}: field "computed[${index}]": "${name}" is not a computed date (${Object.keys(computed).join(', ')})`);
    return [];
  });
}

/** The body with every `{{> name}}` replaced by its partial; unknown names are problems. */
function expandPartials(file: ParsedFile, partials: ReadonlyMap<string, string>, used: Set<string>, problems: string[]): string {
  const lines = file.body.split('\n');
  return lines
    .map((line, index) =>
      line.replace(PARTIAL_PATTERN, (whole, name: string) => {
        const partial = partials.get(name);
        if (partial !== undefined) {
          used.add(name);
          return partial;
        }
        problems.push(`${file.path}:${file.bodyLine + index}: unknown shared block ${whole}: there is no templates/partials/${name}.md`);
        return whole;
      }),
    )
    .join('\n');
}

function sortKey(definition: LetterDefinition, isTranslation: boolean): [number, string, number, number, number, string] {
  const regime = (REGIME_ORDER as readonly string[]).indexOf(definition.jurisdiction);
  return [
    regime < 0 ? REGIME_ORDER.length : regime,
    regime < 0 ? definition.jurisdiction : '',
    isTranslation ? 1 : 0,
    isTranslation ? LANGUAGES.indexOf(definition.language) : 0,
    LETTER_KINDS.indexOf(definition.kind),
    definition.id,
  ];
}

function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/**
 * Compiles the letter files and the shared blocks (files in a folder named "partials") into
 * letter definitions, then runs the catalogue's cross-checks (validate.ts) against the
 * jurisdictions, reporting each problem at the file of the letter it concerns.
 */
export function compileLetterFiles(files: readonly LetterSourceFile[], jurisdictions: readonly Jurisdiction[] = JURISDICTIONS): CompiledLetters {
  const problems: string[] = [];
  const parsed = files.map((file) => parseFile(file, problems));

  const partials = new Map<string, string>();
  const partialFiles = parsed.filter((file) => file.folder === PARTIALS_FOLDER);
  for (const file of partialFiles) {
    if (!/^[a-z][a-z0-9-]*$/.test(file.stem)) problems.push(`${file.path}:1: a shared block's file name must be lower-case letters, digits and "-"`);
    // A shared block is used inside a line: its final line break is not part of it.
    const text = file.body.replace(/\n$/, '');
    if (file.frontMatter) problems.push(...schemaProblems(file, file.frontMatter, partialFrontMatterSchema.safeParse(file.frontMatter)));
    if (/\{\{>/.test(text)) problems.push(`${file.path}:${file.bodyLine}: a shared block cannot include another one`);
    partials.set(file.stem, text);
  }
  const usedPartials = new Set<string>();

  interface Entry {
    file: ParsedFile;
    definition: LetterDefinition;
    translationOf?: string;
  }
  const entries: Entry[] = [];
  const letterFiles = parsed.filter((file) => file.folder !== PARTIALS_FOLDER && file.frontMatter);
  const bases = new Map<string, { file: ParsedFile; frontMatter: Infer<typeof letterFrontMatterSchema> }>();
  const translations: { file: ParsedFile; frontMatter: Infer<typeof translationFrontMatterSchema> }[] = [];
  /** Letters whose own problems are reported: their translations are not reported again. */
  const broken = new Set<string>();

  for (const file of letterFiles) {
    const frontMatter = file.frontMatter ?? {};
    if ('translationOf' in frontMatter) {
      const result = translationFrontMatterSchema.safeParse(frontMatter);
      if (!result.success) {
        const inherited = Object.keys(frontMatter).filter((key) => !['id', 'language', 'translationOf'].includes(key));
        if (inherited.length > 0) {
          problems.push(
            `${file.path}:${file.lineOf([inherited[0]!])}: a translation has only id, language and translationOf; ${inherited.map((k) => `"${k}"`).join(', ')} come${inherited.length > 1 ? '' : 's'} from the letter it translates (${String(frontMatter['translationOf'])})`,
          );
        }
        problems.push(...schemaProblems(file, frontMatter, { success: false, error: { issues: result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys') } }));
        continue;
      }
      translations.push({ file, frontMatter: result.data });
      continue;
    }
    const result = letterFrontMatterSchema.safeParse(frontMatter);
    if (!result.success) {
      problems.push(...schemaProblems(file, frontMatter, result));
      if (typeof frontMatter['id'] === 'string') broken.add(frontMatter['id']);
      continue;
    }
    if (bases.has(result.data.id)) problems.push(`${file.path}:${file.lineOf(['id'])}: field "id": another file already has the id ${result.data.id}`);
    bases.set(result.data.id, { file, frontMatter: result.data });
  }

  // `fields` entries are strings or one-key maps; the schema above only checks that it is a list.
  for (const { file, frontMatter } of bases.values()) {
    const placeholders = resolveFields(file, (file.frontMatter?.['fields'] as unknown[] | undefined) ?? [], problems);
    const computed = resolveComputed(file, frontMatter.computed ?? [], problems);
    const definition: LetterDefinition = {
      id: frontMatter.id,
      jurisdiction: frontMatter.jurisdiction,
      kind: frontMatter.kind,
      language: frontMatter.language,
      title: frontMatter.title,
      citations: frontMatter.citations,
      placeholders,
      computed,
      body: expandPartials(file, partials, usedPartials, problems),
      notes: frontMatter.notes,
    };
    if (frontMatter.deadline !== undefined) definition.deadline = frontMatter.deadline;
    entries.push({ file, definition });
  }
  for (const { file, frontMatter } of translations) {
    const base = bases.get(frontMatter.translationOf);
    if (!base && broken.has(frontMatter.translationOf)) continue;
    if (!base) {
      problems.push(
        `${file.path}:${file.lineOf(['translationOf'])}: field "translationOf": there is no letter ${frontMatter.translationOf} (a translation names a letter that is not itself a translation)`,
      );
      continue;
    }
    const source = entries.find((entry) => entry.definition.id === base.frontMatter.id);
    if (!source) continue; // its own problems are reported
    if (frontMatter.language === source.definition.language) {
      problems.push(`${file.path}:${file.lineOf(['language'])}: field "language": a translation of ${source.definition.id} cannot be in the same language`);
    }
    // Everything but the id, the language and the text comes from the letter translated.
    const definition: LetterDefinition = {
      ...source.definition,
      id: frontMatter.id,
      language: frontMatter.language,
      body: expandPartials(file, partials, usedPartials, problems),
    };
    entries.push({ file, translationOf: source.definition.id, definition });
  }

  const ids = new Map<string, ParsedFile>();
  for (const { file, definition } of entries) {
    const other = ids.get(definition.id);
    if (other && other !== file) problems.push(`${file.path}:${file.lineOf(['id'])}: field "id": ${other.path} already has the id ${definition.id}`);
    ids.set(definition.id, file);
    if (file.stem !== definition.id) problems.push(`${file.path}:${file.lineOf(['id'])}: field "id": the file must be named after its id, ${definition.id}.md`);
    if (file.folder !== definition.jurisdiction) {
      problems.push(`${file.path}:${file.lineOf(['id'])}: the file must be in the folder of its jurisdiction, templates/${definition.jurisdiction}/`);
    }
    const checked = letterDefinitionSchema.safeParse(definition);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const [key, index] = issue.path;
        if (key === 'body') problems.push(`${file.path}:${file.bodyLine}: the letter's text after the front matter is missing or too short (at least 50 characters)`);
        else if (key === 'placeholders') problems.push(`${file.path}:${file.lineOf(['fields', index ?? 0])}: ${describeIssue(issue, definition, ['fields', ...issue.path.slice(1)])}`);
        else problems.push(`${file.path}:${file.lineOf(issue.path)}: ${describeIssue(issue, definition)}`);
      }
    }
  }
  for (const name of partials.keys()) {
    if (!usedPartials.has(name)) problems.push(`${partialFiles.find((f) => f.stem === name)?.path ?? name}:1: the shared block "${name}" is not used by any letter`);
  }

  entries.sort((a, b) => compareKeys(sortKey(a.definition, a.translationOf !== undefined), sortKey(b.definition, b.translationOf !== undefined)));
  const definitions = entries.map((entry) => entry.definition);

  // The catalogue's own checks (citations, numbers, unverified facts, fields used and declared),
  // reported at the letter's file: "letter ID: …" → "path:line: …".
  if (problems.length === 0) {
    const fileOf = new Map(entries.map((entry) => [entry.definition.id, entry.file]));
    for (const problem of checkCatalogue(jurisdictions, definitions)) {
      const match = /^letter (\S+): (.*)$/s.exec(problem);
      const file = match ? fileOf.get(match[1]!) : undefined;
      if (!file || !match) {
        problems.push(problem);
        continue;
      }
      const message = match[2]!;
      const key = /\bcites\b|provision/.test(message) ? 'citations' : /deadline rule/.test(message) ? 'deadline' : /declared|choice|options|"date" field|computed/.test(message) ? 'fields' : undefined;
      problems.push(`${file.path}:${key ? file.lineOf([key]) : file.bodyLine}: ${message}`);
    }
  }
  return { definitions, problems };
}
