// What a letter's deadline needs besides its dates: the day the recipient got the letter and the
// controller's country of establishment, whose public holidays count. Asked in the insert flow
// (with "same day" for e-mail and web forms first) and, for a follow-up whose letter marker has no
// `received=`, asked for instead of assumed.
import * as vscode from 'vscode';
import type { DeadlineContext, Letter } from '../core/lettersEngine';
import { lettersEngine } from '../platform/lazyModules';
import type { DocumentContext } from './documentContext';
import { pickOne } from '../platform/quickPick';

/**
 * The controller's country: front matter `controller-country:`, else the last line of the
 * directory record's address. Undefined when neither names a known calendar.
 */
export function controllerCountry(context: DocumentContext, companyAddress: string | undefined): string | undefined {
  const engine = lettersEngine();
  const named = context.controllerCountry;
  if (named !== undefined && engine.holidayCalendar(named)) return named.toUpperCase();
  return companyAddress !== undefined ? engine.countryFromAddress(companyAddress) : undefined;
}

/** How the letter is sent, for a new letter with a deadline; undefined when the user cancelled. */
export async function askReceipt(letter: Letter, title: string): Promise<DeadlineContext['received'] | 'unknown' | undefined> {
  if (!letter.deadlineRule) return 'unknown';
  return pickOne<DeadlineContext['received'] | 'unknown'>(
    [
      {
        label: vscode.l10n.t('$(mail) By e-mail or web form'),
        description: vscode.l10n.t('received the same day: the deadline counts from the letter’s date'),
        value: 'same-day',
      },
      {
        label: vscode.l10n.t('$(package) By post or another way'),
        description: vscode.l10n.t('receipt date not known yet: the letter gives the earliest possible end'),
        value: 'unknown',
      },
    ],
    { title, placeholder: vscode.l10n.t('How will you send it? The reply deadline runs from receipt.'), showSingle: true },
  );
}

/**
 * The receipt date of a sent letter whose marker has none, typed by the user (the sending date is
 * offered). It must be a date from the sending date to today. Undefined when the user cancelled
 * (Escape); "unknown" when they leave it empty (the earliest possible end is used).
 */
export async function askReceivedDate(sentDate: string, today: string): Promise<string | 'unknown' | undefined> {
  const { receivedDateProblem } = lettersEngine();
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('When did the company receive your letter?'),
    prompt: vscode.l10n.t('YYYY-MM-DD. E-mail and web forms: the day you sent it ({0}). Leave empty if you do not know: the earliest possible end is used. Escape cancels.', sentDate),
    value: sentDate,
    validateInput: (value) => {
      const problem = receivedDateProblem(value, sentDate, today);
      switch (problem) {
        case undefined:
          return undefined;
        case 'format':
          return vscode.l10n.t('A date in the form YYYY-MM-DD, or empty');
        case 'before-sent':
          return vscode.l10n.t('The letter cannot have arrived before it was sent ({0}).', sentDate);
        case 'future':
          return vscode.l10n.t('That day has not come yet (today is {0}); leave it empty until the letter has arrived.', today);
      }
    },
  });
  if (typed === undefined) return undefined;
  return typed.trim() === '' ? 'unknown' : typed.trim();
}

/**
 * The controller's country, typed by the user, for a letter whose deadline skips the holidays of
 * the controller's country of establishment and where neither front matter nor the directory named
 * it. Undefined when cancelled; "unknown" when left empty (weekends only, and the letter's
 * deadline explanation says so).
 */
export async function askControllerCountry(letter: Letter): Promise<string | 'unknown' | undefined> {
  if (letter.deadlineRule?.holidays?.calendar !== 'controller-country') return 'unknown';
  const { holidayCalendar } = lettersEngine();
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Where is the company established?'),
    prompt: vscode.l10n.t(
      'Country code whose public holidays extend the deadline, e.g. FR, IE, DE; for the UK GB-ENG, GB-WLS, GB-SCT or GB-NIR. Leave empty to count weekends only. Tip: front matter "controller-country: FR" skips this question.',
    ),
    validateInput: (value) =>
      value.trim() === '' || holidayCalendar(value.trim()) ? undefined : vscode.l10n.t('No holiday calendar for this code; use an EU/EEA country code or GB-ENG, GB-WLS, GB-SCT, GB-NIR'),
  });
  if (typed === undefined) return undefined;
  return typed.trim() === '' ? 'unknown' : typed.trim().toUpperCase();
}
