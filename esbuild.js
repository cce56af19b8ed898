// @ts-check
// Builds the bundles: the extension for Node (dist/extension.js), the extension for the web worker
// (dist/web/extension.js), the command line (dist/cli.js) and, with --tests, the test bundles (out/).
// Flags: --production minifies and drops source maps; --watch rebuilds on change and prints
// problem-matcher-friendly lines ("[watch] build started/finished", "✘ [ERROR] file:line:col").
// Type checking is separate: `npm run check-types` (tsc --noEmit).
const esbuild = require('esbuild');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

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
 * Browser bundles: a module with a sibling `NAME.web.ts` is replaced by it (as package.json's
 * "browser" field does for packages), for the few adapters that need Node in the desktop host.
 * @type {import('esbuild').Plugin}
 */
const webVariantsPlugin = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const variant = join(args.resolveDir, `${args.path}.web.ts`);
      return existsSync(variant) ? { path: variant } : undefined;
    });
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
  plugins: [problemMatcherPlugin, jsonAsStringPlugin],
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
        external: ['vscode', 'mocha', 'fast-check', 'esbuild'],
      },
      {
        ...common,
        // The web-worker extension host: browser platform, no Node built-ins.
        entryPoints: ['test/web/index.ts'],
        outfile: 'out/test/web/index.js',
        platform: 'browser',
        plugins: [...common.plugins, webVariantsPlugin],
        format: 'cjs',
        target: 'es2022',
        external: ['vscode'],
      },
      // Extension-host suites: trusted (test/integration) and untrusted (test/untrusted) workspaces.
      ...['integration', 'untrusted'].map((suite) => ({
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
      },
      {
        ...common,
        entryPoints: ['src/extension.ts'],
        outfile: 'dist/web/extension.js',
        platform: 'browser',
        plugins: [...common.plugins, webVariantsPlugin],
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
      {
        ...common,
        entryPoints: ['src/cli/main.ts'],
        outfile: 'dist/cli.js',
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        define: importMetaShim.define,
        banner: { js: `#!/usr/bin/env node\n${importMetaShim.banner.js}` },
      },
    ];

async function main() {
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  if (results.some((result) => result.status === 'rejected')) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
