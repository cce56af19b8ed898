// rightToObject.runGetStartedStep: what the Get Started buttons run. It puts the step's command in
// front of a Markdown editor when the command needs one (MarkdownTarget), runs it, and ticks the
// step (sets its context key) only when the command reports success. Returns that success.
import * as vscode from 'vscode';
import { COMMANDS } from '../platform/constants';
import { registerSafeCommand } from '../platform/faults';
import { doneContextKey, stepById } from './getStartedSteps';
import { MarkdownTarget } from './markdownTarget';

export function registerGetStarted(context: vscode.ExtensionContext): void {
  const target = new MarkdownTarget();
  context.subscriptions.push(
    target,
    registerSafeCommand(COMMANDS.runGetStartedStep, async (stepId: unknown, ...args: unknown[]): Promise<boolean> => {
      const step = stepById(stepId);
      if (!step) return false;
      if (step.needsMarkdownEditor) await target.show();
      // Further arguments go to the step's command (tests use them to skip its pickers).
      const result = await vscode.commands.executeCommand(step.command, ...args);
      if (!step.succeeded(result)) return false;
      await vscode.commands.executeCommand('setContext', doneContextKey(step.id), true);
      return true;
    }),
  );
}
