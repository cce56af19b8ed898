/**
 * Opt-out walkthroughs: Markdown guides with YAML front matter whose numbered steps carry friction
 * tags (`1. [link][email] Open the form ...`). Editor-free: no `vscode`, no Node built-ins, so this
 * runs in the CLI, the unit tests and the web-worker extension alike. The format is documented in
 * docs/walkthrough-format.md.
 *
 * API
 * - `parseWalkthrough(text)` → `Walkthrough` { frontMatter, title, steps, problems }. Never throws.
 *   Problems carry UTF-16 `start`/`end` offsets into the whole text plus 0-based line/character.
 * - `summarizeFriction(walkthrough)` → `FrictionSummary`: counts and yes/no facts, no score.
 * - `deadlineState(deadline, today)` → 'none' | 'past' | 'soon' (≤ 14 days) | 'ok'. Pure.
 * - `renderWalkthroughBody(walkthrough, text, { mode, today, resolveImage? })` → HTML fragment for
 *   the webview ('preview') or a page ('export'). Pass the same `text` the walkthrough was parsed
 *   from. Safe for untrusted documents: no raw HTML, links limited to http(s)/mailto/#anchor,
 *   images to https or `resolveImage`, no inline styles, scripts or event handlers.
 * - `renderStandaloneHtml(walkthrough, text, { today })` → complete self-contained HTML document.
 * - `walkthroughToJson(walkthrough)` → plain object for `JSON.stringify` (CLI output).
 * - `suggestTagReplacement('[explian]')` → '[justify]': the "did you mean" for an unknown tag.
 *
 * Markup contract for the webview script: see renderSteps.ts (checklist), renderProblems.ts
 * (problem items with data-line/data-character) and renderFriction.ts.
 */
export { parseWalkthrough, UNTITLED } from './parse';
export { summarizeFriction, type FrictionSummary, type StepWait } from './friction';
export { deadlineState, daysUntil, DEADLINE_SOON_DAYS, type DeadlineState } from './deadline';
export { renderWalkthroughBody } from './renderBody';
export { renderStandaloneHtml, STANDALONE_CSP } from './standalone';
export { walkthroughToJson, type WalkthroughJson } from './json';
export { nearestTag, suggestTagReplacement } from './suggestTag';
export { TAGS, TAG_IDS, TAG_ALIASES, resolveTagId, type TagId, type TagDefinition, type FrictionMeasure } from './tags';
export { frontMatterSchema, FRONT_MATTER_KEYS, type FrontMatter } from './frontMatterSchema';
export { stepKeyFor } from './stepKey';
export { isWalkthrough } from './recognise';
export { formatWait, type StatedWait, type WaitUnit } from './waits';
export type { Problem, ProblemCode, ProblemSeverity } from './problems';
export type { RenderOptions } from './renderOptions';
export type { Step, Walkthrough } from './types';
export { DEFAULT_PREVIEW_SETTINGS, parsePreviewSettings, type PreviewSettings } from './previewSettings';
