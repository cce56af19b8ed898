// Module aliases shared by esbuild.js and scripts/generate-notices.mjs, so the notices list exactly
// what the bundles hold. turndown's browser build reads the DOM node it is given (linkedom's), so
// its Node build's own parser (domino) is not bundled; linkedom's optional `canvas` is its shim, and
// its CSS parser (only for style.sheet, which the importer never reads) a stub.
module.exports = {
  turndown: 'turndown/lib/turndown.browser.es.js',
  canvas: './node_modules/linkedom/commonjs/canvas-shim.cjs',
  'cssomnom/parse': './src/core/policy/noStyleSheets.ts',
};
