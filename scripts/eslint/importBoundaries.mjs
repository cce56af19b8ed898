// @ts-check
// ESLint rule: what a file under src/ may import, by folder (README "Project layout").
// - src/core is editor-free: no `vscode` import, and nothing from outside src/core.
// - The folders form layers, and an import goes only to a lower layer (or within its folder), so
//   no two folders can import each other, directly or round a loop:
//     core < platform, cli < vague, directory, preview, getStarted, friction, policies < letters < extension (src/extension.ts)
//   Features of the same layer stay independent of each other.
import { dirname, relative, resolve, sep } from 'node:path';

/** The layer of each folder of src/ (src/extension.ts counts as the folder "extension"). */
export const LAYERS = /** @type {const} */ ({
  core: 0,
  platform: 1,
  cli: 1,
  vague: 2,
  directory: 2,
  preview: 2,
  getStarted: 2,
  friction: 2,
  policies: 2,
  letters: 3,
  extension: 4,
});

/** The folder of src/ that a path is in (a file directly in src/ by its name), or undefined outside src/. */
function folderOf(/** @type {string} */ file, /** @type {string} */ root) {
  const parts = relative(root, file).split(sep);
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return parts.length === 2 ? parts[1]?.replace(/\.[cm]?[jt]s$/, '') : parts[1];
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/core free of the editor and the folders of src/ free of cycles' },
    schema: [],
    messages: {
      vscodeInCore: 'src/core is editor-free: no "vscode" import (put the adapter outside src/core).',
      outsideCore: 'src/core imports only src/core: "{{specifier}}" is in src/{{target}}.',
      upward: 'src/{{source}} (layer {{sourceLayer}}) may not import src/{{target}} (layer {{targetLayer}}): imports go to lower layers only (scripts/eslint/importBoundaries.mjs).',
      unknownFolder: 'src/{{folder}} has no layer: add it to LAYERS in scripts/eslint/importBoundaries.mjs.',
    },
  },
  create(context) {
    const file = context.filename;
    const root = context.cwd;
    const source = folderOf(file, root);
    if (source === undefined) return {};
    const layers = /** @type {Record<string, number>} */ (LAYERS);
    const check = (/** @type {import('estree').Node} */ node, /** @type {unknown} */ specifier) => {
      if (typeof specifier !== 'string') return;
      if (specifier === 'vscode') {
        if (source === 'core') context.report({ node, messageId: 'vscodeInCore' });
        return;
      }
      if (!specifier.startsWith('.')) return; // a package
      const target = folderOf(resolve(dirname(file), specifier), root);
      if (target === undefined || target === source) return;
      if (source === 'core') {
        context.report({ node, messageId: 'outsideCore', data: { specifier, target } });
        return;
      }
      for (const folder of [source, target]) {
        if (!(folder in layers)) {
          context.report({ node, messageId: 'unknownFolder', data: { folder } });
          return;
        }
      }
      if (/** @type {number} */ (layers[target]) >= /** @type {number} */ (layers[source])) {
        context.report({ node, messageId: 'upward', data: { source, target, sourceLayer: String(layers[source]), targetLayer: String(layers[target]) } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      // The lazy require() calls of src/platform/lazyModules.ts and the like.
      CallExpression: (node) => {
        const [argument] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && argument?.type === 'Literal') check(node, argument.value);
      },
    };
  },
};

export default { rules: { 'import-boundaries': importBoundaries } };
