// The policy importer, built as its own bundle (dist/policyEngine.js) and loaded on first use by
// the editor (src/policies/policyEngineLoader.ts): it carries the HTML parser, Readability,
// turndown and the Public Suffix List, which the linter and the letters never need. The command
// line bundles it directly. Only types may be imported from here by the editor adapters.
export { importPolicy, type PageInput, type PolicySnapshot } from './policy/importPolicy';
export { checkPolicyUrl, fetchPolicyPage, PolicyFetchError, MAX_BYTES, TIMEOUT_MS, type FetchedPage, type FetchOptions } from './policy/fetchPolicy';
export { registrableDomain } from './policy/registrableDomain';
export { checkSnapshots, trackedSources, isFetchableSource, type CheckOptions, type CheckOutcome, type CheckReport, type TrackedSnapshot, type TrackedSource } from './policy/checkSnapshots';
