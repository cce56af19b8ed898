// @ts-check
// Builds the bundles: the extension for Node (dist/extension.js), the extension for the web worker
// (dist/web/extension.js), the command line (dist/cli.js) and, with --tests, the test bundles (out/).
// Flags: --production minifies and drops source maps; --watch rebuilds on change and prints
// problem-matcher-friendly lines ("[watch] build started/finished", "✘ [ERROR] file:line:col").
// Type checking is separate: `npm run check-types` (tsc --noEmit).
const esbuild = require('esbuild');
const { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { watch: watchFs } = require('node:fs');
const { generateLetters, TEMPLATES: LETTER_TEMPLATES } = require('./scripts/generate-letters.cjs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** @type {import('esbuild').Plugin} */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * Large JSON data (the company directory) is bundled as a string passed to JSON.parse: V8 reads a
 * string literal far faster than the equivalent object literal, which keeps loading the bundle
 * (activation) fast; the data is only parsed when first used.
 * @type {import('esbuild').Plugin}
 */
const jsonAsStringPlugin = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]directory[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      const text = await require('node:fs/promises').readFile(args.path, 'utf8');
      JSON.parse(text); // fail the build on malformed data
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/**
 * markdown-it's `import … from 'entities'` loads src/core/markdown/lazyEntities.ts, which loads the
 * package when markdown-it first decodes an entity rather than when the bundle is loaded; its
 * `import … from 'linkify-it'` loads src/core/markdown/lazyLinkify.ts, which loads the package when a
 * parser first looks for links.
 * @type {import('esbuild').Plugin}
 */
const lazyMarkdownImportsPlugin = {
  name: 'lazy-markdown-imports',
  setup(build) {
    const shim = join(__dirname, 'src', 'core', 'markdown', 'lazyEntities.ts');
    build.onResolve({ filter: /^entities$/ }, (args) => {
      if (args.importer === shim) return { path: join(__dirname, 'node_modules', 'entities', 'lib', 'esm', 'decode.js') };
      return /[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer) ? { path: shim } : undefined;
    });
    // The same for linkify-it (src/core/markdown/lazyLinkify.ts): built by every markdown-it, used only where links are found.
    const linkifyShim = join(__dirname, 'src', 'core', 'markdown', 'lazyLinkify.ts');
    build.onResolve({ filter: /^linkify-it$/ }, (args) => {
      if (args.importer === linkifyShim) return { path: join(__dirname, 'node_modules', 'linkify-it', 'index.mjs') };
      return /[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer) ? { path: linkifyShim } : undefined;
    });
  },
};

/**
 * One import of the `vscode` API for the whole bundle. esbuild turns each module's
 * `import * as vscode from 'vscode'` into a copy of the API's every property (its CommonJS interop,
 * __toESM): 66 modules, 66 copies, 9 ms of the extension's 18 ms activation in the host
 * (bench:editor, RTO_BENCH_PROFILE). Every module imports this one ES module instead, which
 * re-exports the API once.
 * @type {import('esbuild').Plugin}
 */
const vscodeOncePlugin = {
  name: 'vscode-once',
  setup(build) {
    const once = 'vscode-once';
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.importer === once ? { path: 'vscode', external: true } : { path: once, namespace: once }));
    build.onLoad({ filter: /.*/, namespace: once }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  // Prefer packages' ES module sources: markdown-it's CommonJS build defines every token field
  // through a Babel helper, several times slower on large documents.
  mainFields: ['module', 'main'],
  define: { __VERSION__: JSON.stringify(require('./package.json').version) },
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  external: ['vscode'],
  alias: require('./scripts/bundleAliases.cjs'),
  logLevel: 'silent',
  plugins: [problemMatcherPlugin, jsonAsStringPlugin, lazyMarkdownImportsPlugin, vscodeOncePlugin],
};

/** ESM dependencies (tinyglobby's fdir) read import.meta.url; give CommonJS bundles a real one. */
const importMetaShim = {
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
};

/** @returns {string[]} every *.ts file below dir */
function listTs(/** @type {string} */ dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listTs(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The company directory's records (src/core/directory/data/NAME.json). */
const DIRECTORY_DATA = /^\.\/data\/(companies|authorities|meta)\.json$/;

/**
 * Node bundles (the desktop extension and the command line): the directory's records stay JSON
 * files of their own, OUTDIR/directory/NAME.json, read by require() when the directory is first
 * used, so the bundles that never need them neither ship nor scan 650 kB of it. (The web worker
 * cannot require a file: its bundle keeps them inline, see jsonAsStringPlugin.)
 * @param {string} fromOutput the folder dist/directory as seen from the bundle's output file
 * @returns {import('esbuild').Plugin}
 */
function directoryDataAsFilesPlugin(fromOutput) {
  return {
    name: 'directory-data-as-files',
    setup(build) {
      build.onResolve({ filter: DIRECTORY_DATA }, (args) => {
        if (!/[\\/]src[\\/]core[\\/]directory$/.test(args.resolveDir)) return undefined;
        return { path: `${fromOutput}/${args.path.slice('./data/'.length)}`, external: true };
      });
    },
  };
}

/** Copies the directory's records next to the Node bundles (see directoryDataAsFilesPlugin), checked. */
function copyDirectoryData(/** @type {string} */ outdir) {
  const from = join(__dirname, 'src', 'core', 'directory', 'data');
  mkdirSync(join(outdir, 'directory'), { recursive: true });
  for (const name of readdirSync(from).filter((file) => file.endsWith('.json'))) {
    const text = readFileSync(join(from, name), 'utf8');
    JSON.parse(text); // fail the build on malformed data
    writeFileSync(join(outdir, 'directory', name), text);
  }
}

/** The languages whose rule modules (src/core/vague/catalogue/LANG/index.ts) are files of their own. */
const RULE_MODULES = ['de', 'fr'];

/**
 * Node bundles: `require('./catalogue/de')` in src/core/vague/ruleModules.ts loads the file
 * OUTDIR/catalogue/de.js, built on its own (ruleModuleBundle), so the German and French rules are
 * read only when a document has a block in that language. (The web worker cannot require a file:
 * its bundle keeps them inline, initialised on that first call.)
 * @param {string} fromOutput the folder dist/catalogue as seen from the bundle's output file
 * @returns {import('esbuild').Plugin}
 */
function ruleModulesAsFilesPlugin(fromOutput) {
  return {
    name: 'rule-modules-as-files',
    setup(build) {
      build.onResolve({ filter: /^\.\/catalogue\/[a-z]{2}$/ }, (args) => {
        const language = args.path.slice('./catalogue/'.length);
        if (!/[\\/]src[\\/]core[\\/]vague$/.test(args.resolveDir) || !RULE_MODULES.includes(language)) return undefined;
        return { path: `${fromOutput}/${language}.js`, external: true };
      });
    },
  };
}

/**
 * The German and French rule modules: OUTDIR/catalogue/LANG.js, CommonJS with no Node built-ins,
 * so any host can evaluate them.
 * @param {string} outdir
 * @returns {import('esbuild').BuildOptions}
 */
function ruleModuleBundle(outdir) {
  return {
    ...common,
    absWorkingDir: __dirname,
    entryPoints: Object.fromEntries(RULE_MODULES.map((language) => [language, `src/core/vague/catalogue/${language}/index.ts`])),
    outdir: join(outdir, 'catalogue'),
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'es2022',
  };
}

/**
 * Desktop bundle: `require('../core/engines')` in src/platform/engines.ts loads the file
 * dist/engines.js, built on its own (enginesBundle), so activation reads and parses only the
 * adapters; the linter, letters, directory, walkthrough and their libraries are read on first use.
 * (The web worker cannot require a file: its bundle keeps them inline.)
 * @type {import('esbuild').Plugin}
 */
const enginesAsFilePlugin = {
  name: 'engines-as-file',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/core\/engines$/ }, (args) => {
      if (!/[\\/]src[\\/]platform$/.test(args.resolveDir)) return undefined;
      return { path: './engines.js', external: true };
    });
  },
};

/**
 * dist/engines.js: the editor's heavy cores (src/core/engines.ts) for the desktop extension, next to
 * dist/extension.js; reads the directory records and the German and French rule modules as files.
 * @returns {import('esbuild').BuildOptions}
 */
function enginesBundle() {
  return {
    ...common,
    absWorkingDir: __dirname,
    entryPoints: ['src/core/engines.ts'],
    outfile: 'dist/engines.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [problemMatcherPlugin, lazyMarkdownImportsPlugin, directoryDataAsFilesPlugin('./directory'), ruleModulesAsFilesPlugin('./catalogue')],
  };
}

/** The precompiled matchers of the shipped catalogues (src/core/vague/shippedCatalogues.ts), next to the bundles. */
const PHRASE_TABLES_FILE = 'phrase-tables.bin';

/**
 * Builds OUTDIR/phrase-tables.bin: bundles src/core/vague/shippedCatalogues.ts in memory, runs it
 * and writes the bytes it returns, on every build and every watch rebuild, so the tables always
 * match the catalogues in the bundles (the linter also checks each table's fingerprint and
 * compiles instead if a table does not match).
 * @param {string} outdir
 * @returns {import('esbuild').BuildOptions}
 */
function phraseTablesBuild(outdir) {
  return {
    ...common,
    absWorkingDir: __dirname,
    entryPoints: ['src/core/vague/shippedCatalogues.ts'],
    outfile: join(outdir, 'phrase-tables.js'),
    write: false,
    sourcemap: false,
    minify: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [
      problemMatcherPlugin,
      {
        name: 'phrase-tables',
        setup(build) {
          build.onEnd((result) => {
            const output = result.outputFiles?.[0];
            if (result.errors.length > 0 || !output) return;
            const module = { exports: /** @type {{ shippedCatalogueTables?: () => Uint8Array }} */ ({}) };
            new Function('module', 'exports', 'require', output.text)(module, module.exports, require);
            if (!module.exports.shippedCatalogueTables) throw new Error('shippedCatalogues.ts exports no shippedCatalogueTables()');
            mkdirSync(outdir, { recursive: true });
            writeFileSync(join(outdir, PHRASE_TABLES_FILE), module.exports.shippedCatalogueTables());
          });
        },
      },
    ],
  };
}

/** Writes OUTDIR/phrase-tables.bin once (tests that build the command line into a folder of their own). */
async function writePhraseTables(/** @type {string} */ outdir) {
  const result = await esbuild.build(phraseTablesBuild(outdir));
  if (result.errors.length > 0) throw new Error('phrase tables: build failed');
}

/** The command line's parts: each command (and the glob library) is a file loaded when first used. */
const CLI_PARTS = {
  lint: 'src/cli/commands/lint.ts',
  rules: 'src/cli/commands/rules.ts',
  letters: 'src/cli/commands/letters.ts',
  letter: 'src/cli/commands/letter.ts',
  company: 'src/cli/commands/company.ts',
  walkthrough: 'src/cli/commands/walkthrough.ts',
  friction: 'src/cli/commands/friction.ts',
  diff: 'src/cli/commands/diff.ts',
  import: 'src/cli/commands/import.ts',
  check: 'src/cli/commands/check.ts',
  glob: require.resolve('tinyglobby'),
  // lint --jobs N: the worker threads' script.
  lintWorker: 'src/cli/lintWorker.ts',
  // ... started from this one, which loads it with the code cache.
  lintWorkerStart: 'src/cli/lintWorkerStart.ts',
};

/**
 * Makes the command line's lazy require() calls load separate files: `require('./commands/NAME')`
 * in src/cli/main.ts loads the file dist/cli/NAME.js (with V8's code cache, src/cli/codeCache.ts),
 * and `require('tinyglobby')` in a command `require('./glob.js')`. A lazy require of code in the
 * same bundle would still be read and parsed at start-up; a file of its own is not read at all
 * until the command runs.
 * @returns {import('esbuild').Plugin}
 */
const cliPartsPlugin = {
  name: 'cli-parts',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/\w+$/ }, (args) => {
      const name = args.path.slice('./commands/'.length);
      if (!/[\\/]src[\\/]cli$/.test(args.resolveDir) || !(name in CLI_PARTS)) return undefined;
      return { path: name, namespace: 'cli-part' };
    });
    build.onLoad({ filter: /.*/, namespace: 'cli-part' }, (args) => ({
      contents: `const { requireWithCodeCache } = require('./codeCache');\nmodule.exports = requireWithCodeCache(require('node:path').join(__dirname, 'cli', ${JSON.stringify(`${args.path}.js`)}));\n`,
      resolveDir: join(__dirname, 'src', 'cli'),
      loader: 'js',
    }));
    build.onResolve({ filter: /^tinyglobby$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: './glob.js', external: true }));
  },
};

/**
 * The command line: dist/cli.js (argument dispatch and --help only) and dist/cli/NAME.js per part.
 * Exported for the unit test that checks what each part holds.
 * @param {string} outdir
 * @returns {import('esbuild').BuildOptions[]}
 */
function cliBundles(outdir) {
  const node = { ...common, absWorkingDir: __dirname, platform: /** @type {const} */ ('node'), format: /** @type {const} */ ('cjs'), target: 'node20', define: importMetaShim.define };
  return [
    { ...node, entryPoints: ['src/cli/main.ts'], outfile: join(outdir, 'cli.js'), plugins: [problemMatcherPlugin, cliPartsPlugin], banner: { js: '#!/usr/bin/env node' } },
    {
      ...node,
      entryPoints: Object.fromEntries(Object.entries(CLI_PARTS).map(([name, path]) => [name, path])),
      outdir: join(outdir, 'cli'),
      plugins: [problemMatcherPlugin, lazyMarkdownImportsPlugin, cliPartsPlugin, directoryDataAsFilesPlugin('../directory'), ruleModulesAsFilesPlugin('../catalogue')],
      banner: importMetaShim.banner,
    },
    // Shared with the desktop extension (dist/catalogue/LANG.js).
    ruleModuleBundle(outdir),
  ];
}

/** @type {import('esbuild').BuildOptions[]} */
const bundles = tests
  ? [
      {
        ...common,
        entryPoints: listTs('test/unit'),
        ...importMetaShim,
        outdir: 'out/test/unit',
        outbase: 'test/unit',
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode', 'mocha', 'fast-check', 'esbuild', 'eslint', '@typescript-eslint/parser'],
      },
      {
        ...common,
        // The web-worker extension host: browser platform, no Node built-ins.
        entryPoints: ['test/web/index.ts'],
        outfile: 'out/test/web/index.js',
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
      },
      // Extension-host suites: trusted (test/integration) and untrusted (test/untrusted) workspaces,
      // and a German and a French workbench (test/uiLanguage).
      ...['integration', 'untrusted', 'uiLanguage'].map((suite) => ({
        ...common,
        entryPoints: listTs(`test/${suite}`),
        outdir: `out/test/${suite}`,
        outbase: `test/${suite}`,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode', 'mocha'],
      })),
    ]
  : [
      {
        ...common,
        entryPoints: ['src/extension.ts'],
        outfile: 'dist/extension.js',
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        plugins: [problemMatcherPlugin, lazyMarkdownImportsPlugin, enginesAsFilePlugin, vscodeOncePlugin],
      },
      enginesBundle(),
      {
        ...common,
        entryPoints: ['src/extension.ts'],
        outfile: 'dist/web/extension.js',
        platform: 'browser',
        format: 'cjs',
        target: 'es2022',
        // The web worker has no Node built-ins: a stray import must fail the build, not load a shim.
        define: { ...common.define, 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
      },
      {
        ...common,
        // The policy importer (HTML parser, Readability, turndown, Public Suffix List): one file
        // for both hosts, loaded on first use (src/policies/policyEngineLoader.ts). No Node
        // built-ins, so the web worker can evaluate the same file.
        entryPoints: ['src/core/policyEngine.ts'],
        outfile: 'dist/policyEngine.js',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        format: 'cjs',
        target: 'es2022',
      },
      ...cliBundles('dist'),
      phraseTablesBuild('dist'),
    ];

/**
 * The letters are Markdown files (src/core/letters/templates); the bundles embed what
 * scripts/generate-letters.cjs compiles from them. A malformed file stops the build with
 * "path:line: what is wrong"; in watch mode it is reported and the files are watched.
 * @returns {boolean} whether the letter files are valid
 */
function generateLetterCatalogue() {
  const { problems } = generateLetters();
  for (const problem of problems) console.error(`✘ [ERROR] ${problem}`);
  return problems.length === 0;
}

/** The snippets file follows the letter files too (scripts/generate-snippets.mjs), so adding a letter is adding its Markdown file. */
async function generateLetterSnippets() {
  const { writeLetterSnippets } = await import('./scripts/generate-snippets.mjs');
  if (await writeLetterSnippets()) console.log('snippets/letters.code-snippets written');
}

/** Watch mode: a changed letter file regenerates the catalogue, which esbuild then rebuilds from. */
function watchLetterTemplates() {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const folders = [
    LETTER_TEMPLATES,
    ...readdirSync(LETTER_TEMPLATES)
      .map((name) => join(LETTER_TEMPLATES, name))
      .filter((path) => statSync(path).isDirectory()),
  ];
  // One watcher per folder: Node 20's recursive watch on Linux loses files that editors replace.
  for (const folder of folders) {
    watchFs(folder, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (generateLetterCatalogue()) generateLetterSnippets().catch((error) => console.error(error));
      }, 100);
    });
  }
}

async function main() {
  // A test file deleted or moved in src would otherwise keep running from its old bundle.
  if (tests) rmSync('out/test', { recursive: true, force: true });
  const lettersValid = generateLetterCatalogue();
  if (!lettersValid && !watch) process.exit(1);
  if (lettersValid) await generateLetterSnippets();
  if (watch) watchLetterTemplates();
  if (!tests) copyDirectoryData('dist');
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  if (results.some((result) => result.status === 'rejected')) process.exit(1);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { cliBundles, copyDirectoryData, enginesAsFilePlugin, enginesBundle, ruleModuleBundle, ruleModulesAsFilesPlugin, writePhraseTables, PHRASE_TABLES_FILE };
