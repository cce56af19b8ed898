// @ts-check
// ESLint rule: what a file under src/ may import, by folder (README "Project layout").
// - src/core is editor-free: no `vscode` import, and nothing from outside src/core.
// - The folders form layers, and an import goes only to a lower layer (or within its folder), so
//   no two folders can import each other, directly or round a loop:
//     core < platform, cli < vague, directory, preview, getStarted, friction, policies < letters < extension (src/extension.ts)
//   Features of the same layer stay independent of each other.
// - Inside src/core, the subfolders (and the files directly in src/core) import each other in no
//   loop either: an import is refused when its target already reaches the importing folder back.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

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

/** The part of src/core a path is in: its subfolder, or the file's name for a file directly in src/core. */
function coreUnitOf(/** @type {string} */ file, /** @type {string} */ root) {
  const parts = relative(join(root, 'src', 'core'), file).split(sep);
  if (parts[0] === '..' || parts[0] === undefined) return undefined;
  return parts.length === 1 ? parts[0].replace(/\.[cm]?[jt]s$/, '') : parts[0];
}

/** @type {Map<string, Map<string, Set<string>>>} */
const coreGraphs = new Map();
const RELATIVE_IMPORT = /(?:\bfrom|\bimport\(|\brequire\()\s*['"](\.{1,2}\/[^'"]*)['"]/g;

/** Which part of src/core imports which, read once per lint run from the files on disk. */
function coreGraph(/** @type {string} */ root) {
  let graph = coreGraphs.get(root);
  if (graph) return graph;
  graph = new Map();
  const walk = (/** @type {string} */ folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name)) {
        const from = /** @type {string} */ (coreUnitOf(path, root));
        for (const match of readFileSync(path, 'utf8').matchAll(RELATIVE_IMPORT)) {
          const to = coreUnitOf(resolve(dirname(path), /** @type {string} */ (match[1])), root);
          if (to === undefined || to === from) continue;
          if (!graph.has(from)) graph.set(from, new Set());
          graph.get(from)?.add(to);
        }
      }
    }
  };
  walk(join(root, 'src', 'core'));
  coreGraphs.set(root, graph);
  return graph;
}

/** The path of parts of src/core from `from` to `to` (both included), or undefined when there is none. */
function corePath(/** @type {string} */ root, /** @type {string} */ from, /** @type {string} */ to) {
  const graph = coreGraph(root);
  /** @type {Map<string, string | undefined>} */
  const cameFrom = new Map([[from, undefined]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = /** @type {string} */ (queue.shift());
    if (at === to) {
      const path = [];
      for (let step = /** @type {string | undefined} */ (at); step !== undefined; step = cameFrom.get(step)) path.unshift(step);
      return path;
    }
    for (const next of graph.get(at) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/core free of the editor, and the folders of src/ and of src/core free of cycles' },
    schema: [],
    messages: {
      vscodeInCore: 'src/core is editor-free: no "vscode" import (put the adapter outside src/core).',
      outsideCore: 'src/core imports only src/core: "{{specifier}}" is in src/{{target}}.',
      upward: 'src/{{source}} (layer {{sourceLayer}}) may not import src/{{target}} (layer {{targetLayer}}): imports go to lower layers only (scripts/eslint/importBoundaries.mjs).',
      unknownFolder: 'src/{{folder}} has no layer: add it to LAYERS in scripts/eslint/importBoundaries.mjs.',
      coreCycle: 'src/core/{{source}} may not import src/core/{{target}}, which imports it back ({{loop}}): give the shared code one home that both import.',
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
      const resolved = resolve(dirname(file), specifier);
      const target = folderOf(resolved, root);
      if (target === undefined) return;
      if (target === source) {
        if (source !== 'core') return;
        const [from, to] = [coreUnitOf(file, root), coreUnitOf(resolved, root)];
        if (from === undefined || to === undefined || from === to) return;
        const back = corePath(root, to, from);
        if (back) context.report({ node, messageId: 'coreCycle', data: { source: from, target: to, loop: [from, ...back].join(' → ') } });
        return;
      }
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
