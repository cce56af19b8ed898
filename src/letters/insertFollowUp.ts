// "Insert Follow-up…": finds the letters inserted in the document (their sent-letter markers),
// offers the reminder or the complaint for one of them, and appends that letter at the end of the
// document, with the earlier letter's sending date and deadline filled in. The end, not the cursor:
// a follow-up comes after the letter in time, and the cursor is often inside that letter. A
// complaint is addressed to the supervisory authority from the company directory (src/directory).
import * as vscode from 'vscode';
import { targetEditor } from '../platform/targetEditor';
import { addressLetter, directoryRequest } from '../directory/letterAddressing';
import { directoryEngine, lettersEngine } from '../platform/lazyModules';
import { askReceivedDate, controllerCountry } from './deadlineContext';
import { documentContext, knownValues } from './documentContext';
import { followUpChoices, followUpOptions, recipientOf, type FollowUpChoice, type FollowUpKind } from './followUpOptions';
import { directoryService } from '../directory/directoryService';
import { logError } from '../platform/log';
import type { Letter } from '../core/lettersEngine';
import { captureTarget, insertSnippetSafely } from './insertSnippetSafely';
import type { LetterSettingsReader } from './letterSettings';
import { pickOne } from '../platform/quickPick';

/**
 * The command's optional argument (keybindings, tests), which skips the picker:
 * `{ "followUp": "reminder" | "complaint", "letterId"?: string, "sentDate"?: "YYYY-MM-DD" }`.
 * Without letterId/sentDate the last letter in the document that has such a follow-up is used.
 * A complaint may add `"authority": "frcnil"` (a directory slug) to skip the authority picker.
 */
interface FollowUpRequest {
  followUp: FollowUpKind;
  letterId?: string;
  sentDate?: string;
  /** The receipt date for a marker without `received=` (what the input box asks for interactively). */
  received?: string;
}

export function followUpRequest(argument: unknown): FollowUpRequest | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { followUp, letterId, sentDate, received } = argument as Record<string, unknown>;
  if (followUp !== 'reminder' && followUp !== 'complaint') return undefined;
  return {
    followUp,
    ...(typeof letterId === 'string' ? { letterId } : {}),
    ...(typeof sentDate === 'string' ? { sentDate } : {}),
    ...(typeof received === 'string' && lettersEngine().isIsoDate(received) ? { received } : {}),
  };
}

/** Returns the inserted letter's id, or undefined when nothing was inserted. */
export async function insertFollowUp(argument: unknown, settings: LetterSettingsReader): Promise<string | undefined> {
  const editor = targetEditor(['markdown', 'plaintext']);
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the document that holds your letter first.'));
    return undefined;
  }
  const target = captureTarget(editor);
  const context = documentContext(editor.document, settings);
  const found = lettersEngine().followUpsInText(editor.document.getText(), context.today);
  const choices = followUpChoices(found);
  // A marker with an impossible date is skipped with a note; the other letters stay on offer.
  const skipped = found.filter((letter) => letter.skipped !== undefined && letter.letter !== undefined);
  if (skipped.length > 0 && choices.length > 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Skipped {0} letter marker(s): {1}', skipped.length, skipped[0]!.skipped!));
  }
  if (choices.length === 0) {
    void vscode.window.showInformationMessage(noChoicesMessage(found.length));
    return undefined;
  }

  const request = followUpRequest(argument);
  const choice = request
    ? matching(choices, request)
    : await pickOne(followUpOptions(choices, context.today), {
        title: vscode.l10n.t('Insert Follow-up'),
        placeholder: vscode.l10n.t('Which letter do you follow up, and how?'),
        showSingle: true,
      });
  if (!choice) {
    if (request) {
      void vscode.window.showInformationMessage(
        request.followUp === 'reminder' ? vscode.l10n.t('No letter in this document has a reminder on offer.') : vscode.l10n.t('No letter in this document has a complaint on offer.'),
      );
    }
    return undefined;
  }

  // A letter without a receipt date: ask for it rather than assume it arrived the day it was sent.
  let plan = choice.plan;
  const country = plan.controllerCountry ?? controllerCountry(context, undefined);
  if (plan.deadline && plan.receivedDate === undefined) {
    const received = request ? (request.received ?? 'unknown') : await askReceivedDate(plan.sentDate, context.today);
    if (received === undefined) return undefined;
    if (received !== 'unknown') {
      const recipient = recipientOf(plan);
      plan = lettersEngine().planFollowUp(plan.letter, plan.sentDate, context.today, {
        receivedDate: received,
        ...(country !== undefined ? { controllerCountry: country } : {}),
        ...(recipient !== undefined ? { recipient } : {}),
      });
    }
  }
  // A reminder (or a deadline complaint) before the deadline would say a period "ended" that has
  // not: it is dated on the first day it is true, and the user is told to send it then.
  const timing = lettersEngine().followUpTiming(plan, choice.followUp, context.today);
  if (!timing.dueNow) {
    void vscode.window.showInformationMessage(
      plan.deadline
        ? vscode.l10n.t('The reply period of your letter ends on {0}, so this letter is dated {1}, the first day it is true. Send it on or after that day.', plan.deadline.due, timing.letterDate)
        : vscode.l10n.t('The letter you follow up is dated {0}, so this letter is dated {0} too. Send it after that letter.', plan.sentDate),
    );
  }

  let followUp = choice.followUp;
  let addressedValues: Record<string, string> = {};
  if (choice.kind === 'reminder') {
    const addressed = await addressToRecipient(followUp, recipientOf(plan));
    followUp = addressed.letter;
    addressedValues = addressed.values;
  } else {
    const addressed = await addressLetter(choice.followUp, lettersEngine().listLetters(), context, {
      interactive: !request,
      request: directoryRequest(argument),
      companyStep: false,
      title: vscode.l10n.t('Insert Follow-up'),
    });
    if (!addressed) return undefined;
    followUp = addressed.letter;
    addressedValues = addressed.values;
  }
  const values = { ...knownValues(context), ...plan.values, ...addressedValues, date: timing.letterDate };
  const deadline = country !== undefined ? { controllerCountry: country } : {};
  const body = lettersEngine().toSnippetBody(followUp, values, {
    today: timing.letterDate,
    deadline,
    ...(context.grammaticalGender ? { gender: context.grammaticalGender } : {}),
  });
  return (await insertSnippetSafely(target, body, 'end')) ? followUp.id : undefined;
}

/**
 * The reminder addressed like the earlier letter: the company of its marker (`to=`), with the
 * directory's recipient block when the directory has a record of that exact name. Without a
 * record, the name alone fills the addressee line; without a recipient nothing changes.
 */
async function addressToRecipient(letter: Letter, recipient: string | undefined): Promise<{ letter: Letter; values: Record<string, string> }> {
  if (recipient === undefined) return { letter, values: {} };
  try {
    const engine = directoryEngine();
    const company = await directoryService().companyNamed(recipient);
    const addressed = company && company.name === recipient ? engine.addressedLetter(letter, 'controller') : undefined;
    if (!company || !addressed) return { letter, values: {} };
    return { letter: addressed, values: { [engine.RECIPIENT_BLOCK_FIELD]: engine.recipientBlock(company) } };
  } catch (error) {
    logError('Addressing the follow-up from the company directory', error);
    return { letter, values: {} };
  }
}

function matching(choices: readonly FollowUpChoice[], request: FollowUpRequest): FollowUpChoice | undefined {
  const fits = choices.filter(
    (c) => c.kind === request.followUp && (request.letterId === undefined || c.plan.letter.id === request.letterId) && (request.sentDate === undefined || c.plan.sentDate === request.sentDate),
  );
  return fits[fits.length - 1];
}

function noChoicesMessage(markers: number): string {
  return markers === 0
    ? vscode.l10n.t('This document holds no letter inserted by Right to Object (they start with a "right-to-object:letter" comment).')
    : vscode.l10n.t(
        'No reminder or complaint is on offer for the letters in this document. Some letters have none (a withdrawal of consent has no reply deadline); otherwise check that each "sent=" date is a real date (YYYY-MM-DD).',
      );
}
