// "Insert Objection Letter…": pick a letter (or take it from the argument), address it from the
// company directory (src/directory: the company, and for a complaint the authority), fill in what
// is known and insert it at the cursor as a snippet whose tab stops are the remaining fields.
import * as vscode from 'vscode';
import { targetEditor } from '../platform/targetEditor';
import type { Letter, LetterSelection } from '../core/lettersEngine';
import { addressLetter, directoryRequest } from '../directory/letterAddressing';
import { lettersEngine } from '../platform/lazyModules';
import { documentContext, knownValues } from './documentContext';
import { askControllerCountry, askReceipt, controllerCountry } from './deadlineContext';
import { captureTarget, insertSnippetSafely } from './insertSnippetSafely';
import type { LetterSettingsReader } from './letterSettings';
import { pickLetter, selectionOf } from './pickLetter';
import type { PickMemory } from './pickMemory';

/**
 * The command's optional argument (keybindings, tests): a complete selection skips the pickers,
 * e.g. `{ "jurisdiction": "eu-gdpr", "kind": "object-legitimate-interests", "language": "de" }`.
 * It may add `"company": "zalando"` (a directory slug; without it a complete selection skips the
 * company step), `"companyQuery": "zalando"` (opens the company picker with that typed in) and,
 * for a complaint, `"authority": "frcnil"` (see src/directory/letterAddressing.ts), and
 * `"received": "same-day" | "YYYY-MM-DD"` (without it the letter gives the earliest possible end).
 */
export function selectionFromArgument(argument: unknown): LetterSelection | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { jurisdiction, kind, language } = argument as Record<string, unknown>;
  if (typeof jurisdiction !== 'string' || typeof kind !== 'string' || typeof language !== 'string') return undefined;
  return { jurisdiction, kind, language };
}

/** The company step follows the three letter pickers (jurisdiction, kind, language). */
const COMPANY_STEP = 4;

/** Returns the inserted letter's id, or undefined when nothing was inserted. */
export async function insertObjectionLetter(argument: unknown, memory: PickMemory, settings: LetterSettingsReader): Promise<string | undefined> {
  const editor = targetEditor(['markdown', 'plaintext']);
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
      void vscode.window.showErrorMessage(vscode.l10n.t('There is no {0} letter of kind {1} in language {2}.', requested.jurisdiction, requested.kind, requested.language));
      return undefined;
    }
  } else {
    const last = memory.last();
    letter = await pickLetter(
      letters,
      {
        jurisdictions: [context.jurisdiction, last.jurisdiction, engine.jurisdictionForCountry(context.country)],
        kinds: [last.kind],
        languages: [last.language, engine.languageForCountry(context.country), 'en'],
      },
      COMPANY_STEP,
    );
    if (!letter) return undefined;
  }

  await memory.remember(selectionOf(letter));
  const addressed = await addressLetter(letter, letters, context, {
    interactive: !requested,
    request: directoryRequest(argument),
    companyStep: true,
    ...(requested ? {} : { firstStep: COMPANY_STEP }),
    title: vscode.l10n.t('Insert Objection Letter'),
  });
  if (!addressed) return undefined;
  const received = requested ? receivedFromArgument(argument) : await askReceipt(addressed.letter, vscode.l10n.t('Insert Objection Letter'));
  if (received === undefined) return undefined;
  let country = controllerCountry(context, addressed.companyAddress);
  if (country === undefined && !requested && received !== 'unknown') {
    const asked = await askControllerCountry(addressed.letter);
    if (asked === undefined) return undefined;
    if (asked !== 'unknown') country = asked;
  }
  const deadline = { ...(received !== 'unknown' ? { received } : {}), ...(country !== undefined ? { controllerCountry: country } : {}) };
  const body = engine.toSnippetBody(
    addressed.letter,
    { ...knownValues(context), ...addressed.values },
    {
      today: context.today,
      deadline,
      ...(context.grammaticalGender ? { gender: context.grammaticalGender } : {}),
    },
  );
  return (await insertSnippetSafely(target, body, 'selection')) ? addressed.letter.id : undefined;
}

/** `received` of the command argument: "same-day" or a date; anything else leaves it unknown. */
function receivedFromArgument(argument: unknown): string | 'unknown' {
  const received = typeof argument === 'object' && argument !== null ? (argument as Record<string, unknown>)['received'] : undefined;
  return typeof received === 'string' && (received === 'same-day' || lettersEngine().isIsoDate(received)) ? received : 'unknown';
}
