// Activation stays light only if the heavy modules (the rule catalogue, markdown-it, yaml, zod, the
// letters and walkthrough cores, the company directory) are reached from the entry point through
// lazy require() calls alone. This builds the real bundle graph with esbuild and checks that none
// of them is in the eagerly imported part.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

const root = join(__dirname, '..', '..', '..');

const HEAVY = [/^node_modules\/markdown-it\//, /^node_modules\/yaml\//, /^node_modules\/zod\//, /^src\/core\/vague\/catalogue\//, /^src\/core\/letters\/catalogue\//, /^src\/core\/walkthrough\/(?!escape\.ts|previewCsp\.ts)/, /^src\/core\/directory\/data\//];

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
    for (const adapter of ['src/vague/registerVagueLanguage.ts', 'src/letters/registerLetters.ts', 'src/directory/registerDirectory.ts', 'src/preview/registerWalkthroughPreview.ts', 'src/platform/lazyModules.ts']) {
      assert.ok(eager.has(adapter), `${adapter} is not reached from the entry point`);
    }
  });

  it('keeps the policy importer out of the extension bundle entirely: dist/policyEngine.js is read on first import', async () => {
    const { eager, inputs } = await bundleGraph();
    const importer = [/^node_modules\/(linkedom|@mozilla\/readability|turndown|tldts)/, /^src\/core\/policyEngine\.ts$/, /^src\/core\/policy\/(importPolicy|htmlToMarkdown|cleanDom|fetchPolicy|checkSnapshots)\.ts$/];
    assert.deepEqual(inputs.filter((path) => importer.some((pattern) => pattern.test(path))), []);
    // The adapter is registered at activation; the diff (YAML reader, linter) is behind a lazy require.
    assert.ok(eager.has('src/policies/registerPolicies.ts'));
    assert.ok(inputs.includes('src/core/policyDiffEngine.ts') && !eager.has('src/core/policyDiffEngine.ts'), 'policyDiffEngine is loaded at activation');
  });

  it('ships no benchmark instrumentation: the step clocks stay in test/support', async () => {
    const { inputs, text } = await bundleGraph();
    assert.ok(inputs.length > 5, 'the graph was really built');
    assert.deepEqual(inputs.filter((path) => !path.startsWith('src/') && !path.startsWith('node_modules/')), []);
    assert.ok(!text.includes('schedstat') && !text.includes('cpuUsage'), 'a CPU clock is in the bundle');
  });
});
