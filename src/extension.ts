// Entry point for both extension hosts (Node and web worker). Activation only wires things up:
// the catalogue is compiled on the first lint, and nothing runs per keystroke but a timer reset.
// Each feature has one folder (src/vague, src/letters, src/directory, src/preview, src/policies…); what they
// share is in src/platform; editor-free logic is in src/core.
import type * as vscode from 'vscode';
// First: its clock starts when the bundle starts to evaluate.
import { loadStartedAt } from './platform/loadClock';
import { disposeLog, recentLoggedErrors } from './platform/log';
import { diagnosticWrites } from './platform/diagnosticUpdates';
import { faults, type FaultInjection } from './platform/faults';
import { trackActiveEditor } from './platform/targetEditor';
import { registerVagueLanguage } from './vague/registerVagueLanguage';
import type { LintStepWatch } from './vague/vagueLanguageDiagnostics';
import { registerWalkthroughPreview, type WalkthroughPreviewApi } from './preview/registerWalkthroughPreview';
import { registerLetters } from './letters/registerLetters';
import { registerDirectory } from './directory/registerDirectory';
import { registerGetStarted } from './getStarted/registerGetStarted';
import { pickerProbe, type PickerProbe } from './platform/pickProbe';
import { registerFriction } from './friction/registerFriction';
import { registerPolicies, type PoliciesApi } from './policies/registerPolicies';

/** Every module above has been evaluated (the host calls activate() after more work of its own). */
const evaluatedAt = performance.now();

export interface RightToObjectApi {
  /** For tests and other extensions: lint a document immediately. */
  lintNow(document: vscode.TextDocument): Promise<readonly vscode.Diagnostic[]>;
  /** The opt-out walkthrough preview (for tests). */
  walkthroughPreview: WalkthroughPreviewApi;
  /** Tests only: make a feature fail once, read what was logged, watch the lint's synchronous steps, drive the letter pickers. */
  readonly testing: {
    faults: FaultInjection;
    recentErrors(): readonly string[];
    watchLintSteps(watch: LintStepWatch): { dispose(): void };
    diagnosticWrites(uri: vscode.Uri): number;
    picker: PickerProbe;
    policies: PoliciesApi;
    /** performance.now() marks: the bundle's evaluation, start to end, and activate(), start to end. */
    activation: { loadStartedAt: number; evaluatedAt: number; activateStartedAt: number; activatedAt: number };
  };
}

export function activate(context: vscode.ExtensionContext): RightToObjectApi {
  const activateStartedAt = performance.now();
  context.subscriptions.push({ dispose: disposeLog }, trackActiveEditor());
  const diagnostics = registerVagueLanguage(context);
  const walkthroughPreview = registerWalkthroughPreview(context);
  registerLetters(context);
  registerDirectory(context);
  registerFriction(context);
  // Policy comparisons and the Versions view lint with the diagnostics' own settings.
  const policies = registerPolicies(context, diagnostics.config);
  registerGetStarted(context);
  // Disposing a watch removes only that watch, so a test that ends late cannot stop the next one's.
  const watchLintSteps = (watch: LintStepWatch) => {
    diagnostics.stepWatch = watch;
    return {
      dispose: () => {
        if (diagnostics.stepWatch === watch) diagnostics.stepWatch = undefined;
      },
    };
  };
  const activation = { loadStartedAt, evaluatedAt, activateStartedAt, activatedAt: performance.now() };
  return {
    lintNow: (document) => diagnostics.lintNow(document),
    walkthroughPreview,
    testing: { faults, recentErrors: recentLoggedErrors, watchLintSteps, diagnosticWrites, picker: pickerProbe, policies, activation },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
