// The options of the three letter pickers (jurisdiction → kind → language), built from the
// catalogue so only combinations that exist are offered, each list with the preferred entries
// first (the document's front matter, the last choice, the user's country).
import type { Letter } from '../letters/registry';
import type { LetterKind } from '../letters/schema';

export interface JurisdictionChoice {
  id: string;
  name: string;
  law: string;
  authority: string;
  /** Names the row answers to without showing them: the id's words ("eu gdpr", "us ca"). */
  keywords: string[];
}

export interface KindChoice {
  kind: LetterKind;
  label: string;
  /** The kind's own words ("object ai training"), so typing "AI" finds it by a whole word. */
  keywords: string[];
  /** The letter whose notes and deadline describe this kind: in a preferred language if there is one. */
  sample: Letter;
}

export interface LetterSelection {
  jurisdiction: string;
  kind: string;
  language: string;
}

/** `items` with those whose key is in `preferred` first (in the order of `preferred`), the rest in their order. */
export function preferredFirst<T>(items: readonly T[], key: (item: T) => string, preferred: readonly (string | undefined)[]): T[] {
  const rank = (item: T) => {
    const index = preferred.indexOf(key(item));
    return index < 0 ? preferred.length : index;
  };
  // Array.prototype.sort is stable, so equal ranks keep catalogue order.
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** "eu-gdpr" → "eu gdpr": the README's names for the laws are the words of their ids. */
function idWords(id: string): string {
  return id.replace(/-/g, ' ');
}

/** Regimes that have at least one letter, in catalogue order (EU first) unless preferred. */
export function jurisdictionChoices(letters: readonly Letter[], preferred: readonly (string | undefined)[] = []): JurisdictionChoice[] {
  const seen = new Map<string, JurisdictionChoice>();
  for (const letter of letters) {
    if (!seen.has(letter.jurisdiction)) {
      seen.set(letter.jurisdiction, { id: letter.jurisdiction, name: letter.jurisdictionName, law: letter.law, authority: letter.authority.name, keywords: [idWords(letter.jurisdiction)] });
    }
  }
  return preferredFirst([...seen.values()], (choice) => choice.id, preferred);
}

/** Letter kinds of one regime, in catalogue order unless preferred. */
export function kindChoices(
  letters: readonly Letter[],
  jurisdiction: string,
  preferredKinds: readonly (string | undefined)[] = [],
  preferredLanguages: readonly (string | undefined)[] = [],
): KindChoice[] {
  const byKind = new Map<LetterKind, Letter[]>();
  for (const letter of letters) {
    if (letter.jurisdiction !== jurisdiction) continue;
    byKind.set(letter.kind, [...(byKind.get(letter.kind) ?? []), letter]);
  }
  const choices: KindChoice[] = [];
  for (const [kind, variants] of byKind) {
    const sample = preferredFirst(variants, (l) => l.language, preferredLanguages)[0];
    if (sample) choices.push({ kind, label: sample.kindLabel, keywords: [idWords(kind)], sample });
  }
  return preferredFirst(choices, (choice) => choice.kind, preferredKinds);
}

/** The languages one regime offers for one kind, as the letters themselves. */
export function languageChoices(letters: readonly Letter[], jurisdiction: string, kind: string, preferredLanguages: readonly (string | undefined)[] = []): Letter[] {
  const variants = letters.filter((l) => l.jurisdiction === jurisdiction && l.kind === kind);
  return preferredFirst(variants, (l) => l.language, preferredLanguages);
}

/** The letter for a complete selection, or undefined when the catalogue has no such combination. */
export function letterFor(letters: readonly Letter[], selection: LetterSelection): Letter | undefined {
  return letters.find((l) => l.jurisdiction === selection.jurisdiction && l.kind === selection.kind && l.language === selection.language);
}
