// The choices of "Insert Follow-up…": for each letter found in the document, its reminder and its
// complaint, named by the letter's title and its recipient (never by catalogue ids), with the
// sending date, the reply deadline and when the follow-up becomes true.
import * as vscode from 'vscode';
import type { FollowUpPlan, Letter, SentLetter } from '../core/lettersEngine';
import { lettersEngine } from '../platform/lazyModules';
import { escapeIcons } from '../core/text/markdownEscape';
import type { Option } from '../platform/quickPick';

export type FollowUpKind = 'reminder' | 'complaint';

export interface FollowUpChoice {
  kind: FollowUpKind;
  plan: FollowUpPlan;
  /** The letter to insert: in the sent letter's language when there is one, else English. */
  followUp: Letter;
}

/** Every follow-up on offer, letters in document order, reminder before complaint. */
export function followUpChoices(found: readonly SentLetter[]): FollowUpChoice[] {
  const choices: FollowUpChoice[] = [];
  for (const { plan } of found) {
    if (!plan) continue;
    const reminder = plan.reminders[0];
    const complaint = plan.complaints[0];
    if (reminder) choices.push({ kind: 'reminder', plan, followUp: reminder });
    if (complaint) choices.push({ kind: 'complaint', plan, followUp: complaint });
  }
  return choices;
}

/** The company the earlier letter went to (its marker's `to=`), when known. */
export function recipientOf(plan: FollowUpPlan): string | undefined {
  return plan.values['controller'];
}

/** Quick-pick items with a separator naming each sent letter by its title, date and recipient. */
export function followUpOptions(choices: readonly FollowUpChoice[], today: string): Option<FollowUpChoice | undefined>[] {
  const options: Option<FollowUpChoice | undefined>[] = [];
  let lastPlan: FollowUpPlan | undefined;
  for (const choice of choices) {
    const { plan, followUp } = choice;
    const recipient = recipientOf(plan);
    if (plan !== lastPlan) {
      lastPlan = plan;
      // Short: VS Code draws the first separator's label on the first row, over its text.
      options.push({ kind: vscode.QuickPickItemKind.Separator, label: vscode.l10n.t('sent {0}', plan.sentDate), value: undefined });
    }
    const label =
      choice.kind === 'reminder'
        ? recipient !== undefined
          ? vscode.l10n.t('$(bell) Reminder to {0}', escapeIcons(recipient))
          : vscode.l10n.t('$(bell) Reminder about your letter of {0}', plan.sentDate)
        : recipient !== undefined
          ? vscode.l10n.t('$(law) Complaint about {0}', escapeIcons(recipient))
          : vscode.l10n.t('$(law) Complaint about your letter of {0}', plan.sentDate);
    options.push({
      label,
      // When it is due comes first on the line under the label, where it is read whole: as the
      // description, beside a long recipient, it was cut to "not due before 2027-01-0…". Then what
      // is followed up: the earlier letter's title (the label names the recipient).
      detail: `${status(choice, today)} · ${escapeIcons(vscode.l10n.t('About: {0}', plan.letter.title))}`,
      keywords: [choice.kind, followUp.title],
      more: [`${followUp.title} (${followUp.languageName}).`, ...followUp.notes].join(' '),
      value: choice,
    });
  }
  return options;
}

/** "reply was due 2026-02-05: overdue", "not due before 2027-01-05 (reply due 2027-01-04)" and the like. */
export function status(choice: Pick<FollowUpChoice, 'plan' | 'followUp'>, today: string): string {
  const { plan, followUp } = choice;
  const due = plan.deadline?.due;
  const timing = lettersEngine().followUpTiming(plan, followUp, today);
  if (due === undefined) return timing.dueNow ? vscode.l10n.t('sent {0}, no verified reply deadline', plan.sentDate) : vscode.l10n.t('dated {0}: not sent yet', plan.sentDate);
  const earliest = plan.receivedDate === undefined ? vscode.l10n.t(' (earliest; receipt date not known)') : '';
  if (plan.overdue) return vscode.l10n.t('reply was due {0}{1}: overdue', due, earliest);
  if (timing.dueNow) return vscode.l10n.t('reply due {0}{1}: not yet overdue', due, earliest);
  return vscode.l10n.t('not due before {0} (reply due {1}{2})', timing.from ?? due, due, earliest);
}
