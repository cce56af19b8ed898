// Stands in for linkedom's CSS parser (cssomnom, ~200 kB) in the bundles: the importer removes
// <style> elements and never reads a style sheet, so `style.sheet` is never asked for (esbuild.js).
export function parse(): never {
  throw new Error('Style sheets are not parsed by the policy importer.');
}
