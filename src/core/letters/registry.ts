// The letter catalogue as the rest of the extension sees it: definitions joined with their
// jurisdiction's provisions and deadline rule, checked once when first used.
import { LETTER_DEFINITIONS } from './catalogue/index';
import { describeDeadlineRule } from './deadline';
import { JURISDICTIONS } from './jurisdictions';
import { LETTER_END_MARKER, letterMarker } from './marker';
import {
  LANGUAGE_NAMES,
  LETTER_KIND_LABELS,
  type Authority,
  type ComputedField,
  type DeadlineRule,
  type Evidence,
  type Jurisdiction,
  type Language,
  type LetterDefinition,
  type LetterKind,
  type Placeholder,
} from './schema';
import { checkCatalogue } from './validate';

/** A provision a letter relies on, with where its text was read. */
export interface Citation {
  provisionId: string;
  /** e.g. "GDPR Art. 21(1)". */
  citation: string;
  summary: string;
  source: string;
  evidence: Evidence;
}

/** A letter ready to fill or insert. */
export interface Letter {
  /** e.g. "eu-gdpr-21-1-en". */
  id: string;
  jurisdiction: string;
  /** e.g. "European Union". */
  jurisdictionName: string;
  /** e.g. "GDPR". */
  law: string;
  kind: LetterKind;
  kindLabel: string;
  language: Language;
  languageName: string;
  /** English title for pickers. */
  title: string;
  citations: Citation[];
  /** The rule for computed dates and follow-ups; absent when no deadline is verified. */
  deadlineRule?: DeadlineRule;
  /** The rule in words, e.g. "one month from receipt (GDPR Art. 12(3)), …". */
  deadlineDescription?: string;
  /** The period and its citation only, e.g. "one month from receipt (GDPR Art. 12(3))": one line in a picker. */
  deadlineSummary?: string;
  placeholders: Placeholder[];
  computed: ComputedField[];
  /** Full Markdown template: the sent-letter marker line, then the body. */
  template: string;
  /** Advice for the user, never part of the letter. */
  notes: string[];
  authority: Authority;
}

/** Thrown by getLetter for an id that is not in the catalogue. */
export class UnknownLetterError extends Error {
  constructor(readonly letterId: string) {
    super(`Unknown letter: ${letterId}`);
    this.name = 'UnknownLetterError';
  }
}

function buildLetter(definition: LetterDefinition, jurisdiction: Jurisdiction): Letter {
  const citations = definition.citations.map((id): Citation => {
    const provision = jurisdiction.provisions.find((p) => p.id === id);
    if (!provision) throw new Error(`Letter ${definition.id} cites unknown provision ${id}`);
    return {
      provisionId: provision.id,
      citation: provision.citation,
      summary: provision.summary,
      source: provision.source,
      evidence: provision.evidence,
    };
  });
  const letter: Letter = {
    id: definition.id,
    jurisdiction: jurisdiction.id,
    jurisdictionName: jurisdiction.name,
    law: jurisdiction.law.shortName,
    kind: definition.kind,
    kindLabel: LETTER_KIND_LABELS[definition.kind],
    language: definition.language,
    languageName: LANGUAGE_NAMES[definition.language],
    title: definition.title,
    citations,
    placeholders: definition.placeholders,
    computed: definition.computed,
    // Between the two markers: the letter's extent, which the linter leaves alone.
    template: `${letterMarker(definition.id, '{{date}}')}\n${definition.body.trimEnd()}\n${LETTER_END_MARKER}\n`,
    notes: definition.notes,
    authority: jurisdiction.authority,
  };
  const rule = jurisdiction.deadlineRules.find((r) => r.id === definition.deadline);
  if (rule) {
    letter.deadlineRule = rule;
    letter.deadlineDescription = describeDeadlineRule(rule);
    letter.deadlineSummary = `${rule.description} (${rule.citation})`;
  }
  return letter;
}

let cache: { letters: readonly Letter[]; byId: ReadonlyMap<string, Letter> } | undefined;

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const problems = checkCatalogue(JURISDICTIONS, LETTER_DEFINITIONS);
  if (problems.length > 0) throw new Error(`The letter catalogue is inconsistent:\n${problems.join('\n')}`);
  const jurisdictions = new Map(JURISDICTIONS.map((j) => [j.id, j]));
  const letters = LETTER_DEFINITIONS.map((definition) => {
    const jurisdiction = jurisdictions.get(definition.jurisdiction);
    if (!jurisdiction) throw new Error(`Letter ${definition.id} names unknown jurisdiction ${definition.jurisdiction}`);
    return buildLetter(definition, jurisdiction);
  });
  cache = { letters, byId: new Map(letters.map((l) => [l.id, l])) };
  return cache;
}

/** Every letter, EU first, in catalogue order. */
export function listLetters(): readonly Letter[] {
  return load().letters;
}

/** The letter with this id; throws {@link UnknownLetterError} when there is none. */
export function getLetter(id: string): Letter {
  const letter = load().byId.get(id);
  if (!letter) throw new UnknownLetterError(id);
  return letter;
}

/** The letter with this id, or undefined. */
export function findLetter(id: string): Letter | undefined {
  return load().byId.get(id);
}

/** All jurisdictions, including those without letters (India) and their unverified facts. */
export function listJurisdictions(): readonly Jurisdiction[] {
  return JURISDICTIONS;
}
