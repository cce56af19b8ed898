// Loaded by the extension host (extensionTestsPath) for the untrusted-workspace suite: the same
// runner as test/integration, which runs every *.test.js next to its own bundle.
export { run } from '../integration/index';
