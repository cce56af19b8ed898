// Activation stays light only if the heavy modules (the rule catalogue, markdown-it, yaml, zod, the
// letters and walkthrough cores, the company directory) are reached from the entry point through
// lazy require() calls alone. This builds the real bundle graph with esbuild and checks that none
// of them is in the eagerly imported part.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';

const root = join(__dirname, '..', '..', '..');

const HEAVY = [
  /^node_modules\/markdown-it\//,
  /^node_modules\/yaml\//,
  /^node_modules\/zod\//,
  /^src\/core\/vague\/catalogue\//,
  /^src\/core\/letters\/catalogue\//,
  /^src\/core\/walkthrough\/(?!escape\.ts|previewCsp\.ts)/,
  /^src\/core\/directory\/data\//,
];

async function bundleGraph(): Promise<{ eager: Set<string>; inputs: string[]; text: string }> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/extension.ts'],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    external: ['vscode'],
    logLevel: 'silent',
  });
  const text = result.outputFiles?.map((file) => file.text).join('\n') ?? '';
  const inputs = (result.metafile as Metafile).inputs;
  const eager = new Set<string>();
  const visit = (path: string) => {
    if (eager.has(path) || !inputs[path]) return;
    eager.add(path);
    for (const imported of inputs[path]!.imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit('src/extension.ts');
  return { eager, inputs: Object.keys(inputs), text };
}

describe('lazy loading', function () {
  this.timeout(60_000);

  it('keeps the heavy modules out of what activation loads', async () => {
    const { eager } = await bundleGraph();
    const offenders = [...eager].filter((path) => HEAVY.some((pattern) => pattern.test(path)));
    assert.deepEqual(offenders, [], `loaded at activation: ${offenders.join(', ')}`);
    assert.ok(eager.has('src/extension.ts') && eager.size > 5, 'the graph was really walked');
    // Each feature's adapters are loaded at activation (they register providers), through the shared platform.
    for (const adapter of [
      'src/vague/registerVagueLanguage.ts',
      'src/letters/registerLetters.ts',
      'src/directory/registerDirectory.ts',
      'src/preview/registerWalkthroughPreview.ts',
      'src/platform/lazyModules.ts',
    ]) {
      assert.ok(eager.has(adapter), `${adapter} is not reached from the entry point`);
    }
  });

  it('keeps the policy importer out of the extension bundle entirely: dist/policyEngine.js is read on first import', async () => {
    const { eager, inputs } = await bundleGraph();
    const importer = [
      /^node_modules\/(linkedom|@mozilla\/readability|turndown|tldts)/,
      /^src\/core\/policyEngine\.ts$/,
      /^src\/core\/policy\/(importPolicy|htmlToMarkdown|cleanDom|fetchPolicy|checkSnapshots)\.ts$/,
    ];
    assert.deepEqual(
      inputs.filter((path) => importer.some((pattern) => pattern.test(path))),
      [],
    );
    // The adapter is registered at activation; the diff (YAML reader, linter) is behind a lazy require.
    assert.ok(eager.has('src/policies/registerPolicies.ts'));
    assert.ok(inputs.includes('src/core/policyDiffEngine.ts') && !eager.has('src/core/policyDiffEngine.ts'), 'policyDiffEngine is loaded at activation');
  });

  it('keeps the German and French rules out of the extension bundles until a document needs them (#14)', async () => {
    const { eager, inputs } = await bundleGraph();
    assert.ok(inputs.includes('src/core/vague/catalogue/de/index.ts') && inputs.includes('src/core/vague/catalogue/fr/index.ts'), 'the rule modules are reachable (lazily)');
    const offenders = [...eager].filter((path) => /^src\/core\/vague\/(?:catalogue\/(?:de|fr)\/|ruleModules\.ts$)/.test(path) || path.startsWith('src/core/language/'));
    assert.deepEqual(offenders, [], `loaded at activation: ${offenders.join(', ')}`);
    // The release build: the engines file (dist/engines.js) requires dist/catalogue/LANG.js on first use and holds none of their rules.
    const buildScript = join(root, 'esbuild.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ruleModuleBundle, enginesBundle } = require(buildScript) as { ruleModuleBundle: (outdir: string) => BuildOptions; enginesBundle: () => BuildOptions };
    const engines = await build({ ...enginesBundle(), write: false, sourcemap: false, minify: false });
    const text = engines.outputFiles.map((file) => file.text).join('\n');
    assert.match(text, /require\("\.\/catalogue\/de\.js"\)/);
    assert.match(text, /require\("\.\/catalogue\/fr\.js"\)/);
    assert.ok(text.includes('legitimate-interests'), 'the English rules are in the engines file');
    assert.ok(!text.includes('de-berechtigte-interessen') && !text.includes('fr-interet-legitime'), 'a German or French rule is inside the engines file');
    const modules = await build({ ...ruleModuleBundle('out-unused'), write: false, sourcemap: false });
    const files = modules.outputFiles.map((file) => file.path.replace(/\\/g, '/'));
    assert.ok(files.some((path) => path.endsWith('/catalogue/de.js')) && files.some((path) => path.endsWith('/catalogue/fr.js')), files.join(', '));
  });

  it('the desktop bundle holds only the adapters: the heavy cores are dist/engines.js, read on first use (#18)', async () => {
    const buildScript = join(root, 'esbuild.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { enginesAsFilePlugin, enginesBundle } = require(buildScript) as { enginesAsFilePlugin: Plugin; enginesBundle: () => BuildOptions };
    const desktop = await build({
      absWorkingDir: root,
      entryPoints: ['src/extension.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      external: ['vscode'],
      logLevel: 'silent',
      plugins: [enginesAsFilePlugin],
    });
    const text = desktop.outputFiles.map((file) => file.text).join('\n');
    assert.match(text, /require\("\.\/engines\.js"\)/);
    const inside = Object.keys((desktop.metafile as Metafile).inputs);
    assert.ok(inside.includes('src/vague/registerVagueLanguage.ts'), 'the adapters are in the desktop bundle');
    const heavy = inside.filter(
      (path) =>
        HEAVY.some((pattern) => pattern.test(path)) || /^src\/core\/(lintEngine|lettersEngine|directoryEngine|policyDiffEngine|engines)\.ts$/.test(path) || path.startsWith('src/core/vague/context/'),
    );
    assert.deepEqual(heavy, [], `in the desktop bundle: ${heavy.join(', ')}`);
    const engines = await build({ ...enginesBundle(), write: false, sourcemap: false, metafile: true });
    const cores = Object.keys((engines.metafile as Metafile).inputs);
    for (const core of [
      'src/core/lintEngine.ts',
      'src/core/lettersEngine.ts',
      'src/core/directoryEngine.ts',
      'src/core/policyDiffEngine.ts',
      'src/core/friction/index.ts',
      'src/core/walkthrough/index.ts',
    ]) {
      assert.ok(cores.includes(core), `${core} is not in dist/engines.js`);
    }
    assert.ok(!cores.some((path) => path.startsWith('src/vague/') || path === 'src/extension.ts'), 'an adapter is in dist/engines.js');
  });

  it('ships no benchmark instrumentation: the step clocks stay in test/support', async () => {
    const { inputs, text } = await bundleGraph();
    assert.ok(inputs.length > 5, 'the graph was really built');
    assert.deepEqual(
      inputs.filter((path) => !path.startsWith('src/') && !path.startsWith('node_modules/')),
      [],
    );
    assert.ok(!text.includes('schedstat') && !text.includes('cpuUsage'), 'a CPU clock is in the bundle');
  });
});
