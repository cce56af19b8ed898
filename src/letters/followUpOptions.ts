// The choices of "Insert Follow-up…": for each letter found in the document, its reminder and its
// complaint, described with the sending date, the computed due date and whether it has passed.
import * as vscode from 'vscode';
import type { FollowUpPlan, Letter, SentLetter } from '../core/lettersEngine';
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

/** Quick-pick items with a separator naming each sent letter. */
export function followUpOptions(choices: readonly FollowUpChoice[], today: string): (Option<FollowUpChoice | undefined>)[] {
  const options: Option<FollowUpChoice | undefined>[] = [];
  let lastPlan: FollowUpPlan | undefined;
  for (const choice of choices) {
    if (choice.plan !== lastPlan) {
      lastPlan = choice.plan;
      options.push({ kind: vscode.QuickPickItemKind.Separator, label: `${choice.plan.letter.id} · ${choice.plan.sentDate}`, value: undefined });
    }
    options.push({
      label: choice.kind === 'reminder' ? vscode.l10n.t('$(bell) Reminder to {0}', choice.plan.letter.id) : vscode.l10n.t('$(law) Complaint about {0}', choice.plan.letter.id),
      description: status(choice.plan, today),
      detail: `${choice.followUp.title} (${choice.followUp.languageName}). ${choice.followUp.notes.join(' ')}`,
      value: choice,
    });
  }
  return options;
}

/** "sent 2026-01-05, reply was due 2026-02-05: overdue" and the like. */
export function status(plan: FollowUpPlan, today: string): string {
  const due = plan.deadline?.due;
  if (due === undefined) return vscode.l10n.t('sent {0}, no verified reply deadline', plan.sentDate);
  if (plan.overdue) return vscode.l10n.t('sent {0}, reply was due {1}: overdue', plan.sentDate, due);
  return due === today
    ? vscode.l10n.t('sent {0}, reply due today ({1})', plan.sentDate, due)
    : vscode.l10n.t('sent {0}, reply due {1}: not yet overdue', plan.sentDate, due);
}
