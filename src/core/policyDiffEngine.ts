// What the editor's policy adapter (src/policies) needs besides the importer: reading a snapshot's
// front matter and the vagueness diff with its reports. In the extension's own bundle but loaded on
// first use (src/policies/policyModules.ts), since the YAML parser and the linter are behind it.
export { readSnapshotMeta } from './policy/snapshotMeta';
export { vagueDiff, type VagueDiff, type DiffFinding } from './policy/diff/vagueDiff';
export { renderDiff } from './policy/diff/renderDiff';
