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
    // The release build: the desktop bundle requires dist/catalogue/LANG.js on first use and holds none of their rules.
    const buildScript = join(root, 'esbuild.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ruleModuleBundle } = require(buildScript) as { ruleModuleBundle: (outdir: string) => BuildOptions };
    const desktop = await build({
      absWorkingDir: root,
      entryPoints: ['src/extension.ts'],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      external: ['vscode'],
      logLevel: 'silent',
      plugins: [ruleModulesPlugin()],
    });
    const text = desktop.outputFiles.map((file) => file.text).join('\n');
    assert.match(text, /require\("\.\/catalogue\/de\.js"\)/);
    assert.match(text, /require\("\.\/catalogue\/fr\.js"\)/);
    assert.ok(!text.includes('de-berechtigte-interessen') && !text.includes('fr-interet-legitime'), 'a German or French rule is inside the desktop bundle');
    const modules = await build({ ...ruleModuleBundle('out-unused'), write: false, sourcemap: false });
    const files = modules.outputFiles.map((file) => file.path.replace(/\\/g, '/'));
    assert.ok(files.some((path) => path.endsWith('/catalogue/de.js')) && files.some((path) => path.endsWith('/catalogue/fr.js')), files.join(', '));
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

/** The release build's rewrite of the rule modules' require (esbuild.js), taken from the build script itself. */
function ruleModulesPlugin(): Plugin {
  // A computed path: esbuild must not bundle the build script into this test.
  const buildScript = join(root, 'esbuild.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ruleModulesAsFilesPlugin } = require(buildScript) as { ruleModulesAsFilesPlugin: (fromOutput: string) => Plugin };
  return ruleModulesAsFilesPlugin('./catalogue');
}
