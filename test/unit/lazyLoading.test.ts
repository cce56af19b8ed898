// Activation stays light only if the heavy modules (the rule catalogue, markdown-it, yaml, zod, the
// letters and walkthrough cores, the company directory) are reached from the entry point through
// lazy require() calls alone. This builds the real bundle graph with esbuild and checks that none
// of them is in the eagerly imported part.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

const root = join(__dirname, '..', '..', '..');

const HEAVY = [/^node_modules\/markdown-it\//, /^node_modules\/yaml\//, /^node_modules\/zod\//, /^src\/core\/vague\/catalogue\//, /^src\/core\/letters\/catalogue\//, /^src\/core\/walkthrough\/(?!escape\.ts|previewCsp\.ts)/, /^src\/core\/directory\/data\//];

async function eagerModules(): Promise<Set<string>> {
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
  const inputs = (result.metafile as Metafile).inputs;
  const eager = new Set<string>();
  const visit = (path: string) => {
    if (eager.has(path) || !inputs[path]) return;
    eager.add(path);
    for (const imported of inputs[path]!.imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit('src/extension.ts');
  return eager;
}

describe('lazy loading', function () {
  this.timeout(60_000);

  it('keeps the heavy modules out of what activation loads', async () => {
    const eager = await eagerModules();
    const offenders = [...eager].filter((path) => HEAVY.some((pattern) => pattern.test(path)));
    assert.deepEqual(offenders, [], `loaded at activation: ${offenders.join(', ')}`);
    assert.ok(eager.has('src/extension.ts') && eager.size > 5, 'the graph was really walked');
  });
});
