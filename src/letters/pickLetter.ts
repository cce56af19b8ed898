// The three pickers of "Insert Objection Letter…": jurisdiction, then kind, then language, each
// offering only combinations the catalogue has, preferred entries first. The kind step shows the
// letter's notes and the authority to complain to, so the user reads them before inserting.
import * as vscode from 'vscode';
import type { KindChoice, Letter, LetterSelection } from '../core/lettersEngine';
import { lettersEngine } from '../platform/lazyModules';
import { pickOne, type Option } from '../platform/quickPick';

export interface LetterPreferences {
  /** In order of precedence, e.g. [front matter, last used, country]. */
  jurisdictions: (string | undefined)[];
  kinds: (string | undefined)[];
  languages: (string | undefined)[];
}

/**
 * The letter the user chose, or undefined when a picker was dismissed. `totalSteps` is the number
 * of steps in all when more follow these three (the company step of "Insert Objection Letter…").
 */
export async function pickLetter(letters: readonly Letter[], preferences: LetterPreferences, totalSteps = 3): Promise<Letter | undefined> {
  const engine = lettersEngine();
  const title = vscode.l10n.t('Insert Objection Letter');

  const jurisdictions = engine.jurisdictionChoices(letters, preferences.jurisdictions);
  const jurisdiction = await pickOne(
    jurisdictions.map((choice) => ({ label: choice.name, description: choice.law, detail: vscode.l10n.t('Complaints: {0}', choice.authority), keywords: choice.keywords, value: choice.id })),
    { title, placeholder: vscode.l10n.t('Which law applies to the company?'), step: 1, totalSteps },
  );
  if (jurisdiction === undefined) return undefined;

  const kinds = engine.kindChoices(letters, jurisdiction, preferences.kinds, preferences.languages);
  const kind = await pickOne(kinds.map(kindOption), { title, placeholder: vscode.l10n.t('What do you want to do?'), step: 2, totalSteps });
  if (kind === undefined) return undefined;

  const variants = engine.languageChoices(letters, jurisdiction, kind, preferences.languages);
  return pickOne(
    variants.map((letter) => ({ label: letter.languageName, description: letter.title, keywords: [letter.language], value: letter })),
    { title, placeholder: vscode.l10n.t('Which language should the letter be in?'), step: 3, totalSteps },
  );
}

/**
 * A kind's row: its title and, on one line, the reply period. The long text (notes, how the period
 * is counted, where to complain) is the same paragraph for most kinds, so it is shown once, under
 * the input, for the active row only.
 */
function kindOption(choice: KindChoice): Option<string> {
  const letter = choice.sample;
  const summary = letter.deadlineSummary ? vscode.l10n.t('Reply deadline: {0}.', letter.deadlineSummary) : vscode.l10n.t('No verified reply deadline.');
  const deadline = letter.deadlineDescription ? vscode.l10n.t('Reply deadline: {0}.', letter.deadlineDescription) : vscode.l10n.t('No verified reply deadline.');
  const authority = vscode.l10n.t('Complaints: {0}.', letter.authority.name);
  return { label: choice.label, description: letter.title, detail: summary, keywords: choice.keywords, more: [...letter.notes, deadline, authority].join(' '), value: choice.kind };
}

/** The selection a letter stands for, to remember it. */
export function selectionOf(letter: Letter): LetterSelection {
  return { jurisdiction: letter.jurisdiction, kind: letter.kind, language: letter.language };
}
