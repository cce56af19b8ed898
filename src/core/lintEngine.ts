// Everything the editor adapter needs from the vague-language engine, in one module so the adapter
// can load it on first use (see src/platform/lazyModules.ts) instead of at activation: the catalogue,
// markdown-it and zod are most of the bundle's start-up cost.
export { CATEGORY_LABELS } from './vague/ruleSchema';
export { categoryLabelIn } from './vague/categoryLabels';
export { lintDocument, lintDocumentWithLanguages, linterFor, prepareLinter } from './vague/lintDocument';
export { messageIn, explanationIn } from './vague/localisedText';
export { uiLanguageOf } from './language/languages';
export { DocumentLintState } from './vague/documentLintState';
export { asShownInEditor } from './vague/context/asShown';
export { REASON_EXPLANATIONS } from './vague/context/reasons';
export { reasonExplanationIn } from './vague/context/reasonTexts';
export { DEFAULT_LINT_CONFIG, mergeLintConfigs, parseLintConfig } from './vague/lintConfig';
export { addToAllowList, parseWorkspaceFile, WORKSPACE_FILE_NAME } from './config/workspaceFile';
export { disableFileEdit, disableLineEdit, questionNoteEdits, QUESTION_FORMATS } from './vague/quickFixEdits';
export { lineIndex } from './text/lineIndex';
export { countWords, densityPerThousandWords } from './text/wordCount';
