// Identifiers shared by the manifest (package.json) and the code. A unit test checks that every
// command declared here is contributed in package.json and the other way round.
export const EXTENSION_ID = 'right-to-object.right-to-object';
export const CONFIG_SECTION = 'rightToObject';
export const DIAGNOSTIC_SOURCE = 'Right to Object';

export const COMMANDS = {
  lintActiveDocument: 'rightToObject.lintActiveDocument',
  lintWorkspace: 'rightToObject.lintWorkspace',
  /** Internal: behind quick fixes (hidden from the palette). */
  applyTextEdits: 'rightToObject.applyTextEdits',
  allowPhrase: 'rightToObject.allowPhrase',
  /** Opt-out walkthrough preview (src/preview). */
  openWalkthroughPreview: 'rightToObject.openWalkthroughPreview',
  openWalkthroughPreviewToSide: 'rightToObject.openWalkthroughPreviewToSide',
  exportWalkthroughHtml: 'rightToObject.exportWalkthroughHtml',
  openSampleWalkthrough: 'rightToObject.openSampleWalkthrough',
  /** Objection letters (src/letters). selectPlaceholder is internal, behind a quick fix. */
  insertObjectionLetter: 'rightToObject.insertObjectionLetter',
  insertFollowUp: 'rightToObject.insertFollowUp',
  selectPlaceholder: 'rightToObject.selectPlaceholder',
  /** Company directory (src/directory): fills the front matter's `controller:` from a record (also the unknown-controller quick fix). */
  chooseControllerFromDirectory: 'rightToObject.chooseControllerFromDirectory',
  /** Behind the Get Started buttons (src/getStarted): runs a step's command and ticks it on success. */
  runGetStartedStep: 'rightToObject.runGetStartedStep',
  /** Opt-out friction comparison (src/friction). sortFrictionComparison is internal, behind the panel's column headers. */
  compareFriction: 'rightToObject.compareFriction',
  sortFrictionComparison: 'rightToObject.sortFrictionComparison',
  exportFrictionHtml: 'rightToObject.exportFrictionHtml',
  exportFrictionMarkdown: 'rightToObject.exportFrictionMarkdown',
  insertFrictionTable: 'rightToObject.insertFrictionTable',
  openSampleWalkthroughs: 'rightToObject.openSampleWalkthroughs',
  /** Policy snapshots and their vagueness diff (src/policies). */
  importPolicy: 'rightToObject.importPolicy',
  checkPolicyChanges: 'rightToObject.checkPolicyChanges',
  comparePolicyVersions: 'rightToObject.comparePolicyVersions',
  comparePolicyWithPrevious: 'rightToObject.comparePolicyWithPrevious',
  insertPolicyDiffReport: 'rightToObject.insertPolicyDiffReport',
  refreshPolicyVersions: 'rightToObject.refreshPolicyVersions',
} as const;

/** The walkthrough preview's webview type (also in package.json's activationEvents). */
export const WALKTHROUGH_PREVIEW_VIEW_TYPE = 'rightToObject.walkthroughPreview';

/** Languages whose documents are checked for vague language. */
export const LINTED_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];
/**
 * The scheme of the extension's own read-only reports (the vagueness diff of two policy versions).
 * They are the extension's output, not the user's text: no check runs on them (isUserDocument).
 */
export const POLICY_DIFF_REPORT_SCHEME = 'right-to-object-policy-diff';
/** A document selector (vscode.DocumentFilter[]) for those languages. */
export const LINTED_SELECTOR = LINTED_LANGUAGES.map((language) => ({ language }));
