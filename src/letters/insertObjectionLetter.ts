// "Insert Objection Letter…": pick a letter (or take it from the argument), fill in what is known
// and insert it at the cursor as a snippet whose tab stops are the remaining fields.
import * as vscode from 'vscode';
import type { Letter, LetterSelection } from '../core/lettersEngine';
import { lettersEngine } from '../lazyModules';
import { documentContext, knownValues } from './documentContext';
import { captureTarget, insertSnippetSafely } from './insertSnippetSafely';
import type { LetterSettingsReader } from './letterSettings';
import { pickLetter, selectionOf } from './pickLetter';
import type { PickMemory } from './pickMemory';

/**
 * The command's optional argument (keybindings, tests): a complete selection skips the pickers,
 * e.g. `{ "jurisdiction": "eu-gdpr", "kind": "object-legitimate-interests", "language": "de" }`.
 */
export function selectionFromArgument(argument: unknown): LetterSelection | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { jurisdiction, kind, language } = argument as Record<string, unknown>;
  if (typeof jurisdiction !== 'string' || typeof kind !== 'string' || typeof language !== 'string') return undefined;
  return { jurisdiction, kind, language };
}

/** Returns the inserted letter's id, or undefined when nothing was inserted. */
export async function insertObjectionLetter(argument: unknown, memory: PickMemory, settings: LetterSettingsReader): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text document first, then insert the letter where the cursor is.'));
    return undefined;
  }
  const target = captureTarget(editor);
  const engine = lettersEngine();
  const letters = engine.listLetters();
  const context = documentContext(editor.document, settings);

  let letter: Letter | undefined;
  const requested = selectionFromArgument(argument);
  if (requested) {
    letter = engine.letterFor(letters, requested);
    if (!letter) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('There is no {0} letter of kind {1} in language {2}.', requested.jurisdiction, requested.kind, requested.language),
      );
      return undefined;
    }
  } else {
    const last = memory.last();
    letter = await pickLetter(letters, {
      jurisdictions: [context.jurisdiction, last.jurisdiction, engine.jurisdictionForCountry(context.country)],
      kinds: [last.kind],
      languages: [last.language, engine.languageForCountry(context.country), 'en'],
    });
    if (!letter) return undefined;
  }

  await memory.remember(selectionOf(letter));
  const body = engine.toSnippetBody(letter, knownValues(context), { today: context.today });
  return (await insertSnippetSafely(target, body, 'selection')) ? letter.id : undefined;
}
