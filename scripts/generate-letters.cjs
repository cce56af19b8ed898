// @ts-check
// Compiles the letter files, src/core/letters/templates/<jurisdiction>/<id>.md and the shared
// blocks in templates/partials/, into src/core/letters/catalogue/generated.json, the data every
// bundle embeds (no bundle reads the Markdown files at run time). The files are checked on the
// way (zod/mini schemas, then the catalogue's cross-checks); a problem stops with
// "path:line: what is wrong". esbuild.js runs this before every build; CONTRIBUTING.md explains
// the file format.
// Usage: node scripts/generate-letters.cjs [--check] [--templates DIR]
//   --check      write nothing; exit 1 when generated.json is not what the files give
//   --templates  read the letter files from DIR instead (used by the unit tests)
const esbuild = require('esbuild');
const { readdirSync, readFileSync, statSync, writeFileSync, existsSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

const ROOT = join(__dirname, '..');
const TEMPLATES = join(ROOT, 'src', 'core', 'letters', 'templates');
const GENERATED = join(ROOT, 'src', 'core', 'letters', 'catalogue', 'generated.json');
const COMPILER = join(ROOT, 'src', 'core', 'letters', 'catalogue', 'compile.ts');

/** @returns {string[]} every *.md file below dir, sorted */
function listMarkdown(/** @type {string} */ dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return listMarkdown(full);
      return name.endsWith('.md') ? [full] : [];
    });
}

/** The letter files as the compiler takes them: path relative to the repository, "/"-separated. */
function readLetterFiles(/** @type {string} */ dir = TEMPLATES) {
  return listMarkdown(dir).map((file) => ({ path: relative(ROOT, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));
}

/** @type {{ compileLetterFiles: (files: { path: string; text: string }[]) => { definitions: unknown[]; problems: string[] } } | undefined} */
let compiler;

/** compile.ts, bundled by esbuild and loaded in this process. */
function loadCompiler() {
  if (compiler) return compiler;
  const result = esbuild.buildSync({ entryPoints: [COMPILER], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild produced nothing for ${COMPILER}`);
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  compiler = /** @type {NonNullable<typeof compiler>} */ (module.exports);
  return compiler;
}

/** The text of generated.json for these definitions: data only (it says where it comes from in catalogue/index.ts). */
function renderGenerated(/** @type {unknown[]} */ definitions) {
  return `${JSON.stringify(definitions, null, 2)}\n`;
}

/**
 * Compiles the letter files. Writes generated.json when it changed (not with `check`).
 * @param {{ check?: boolean; templates?: string }} [options]
 * @returns {{ problems: string[]; changed: boolean; count: number }}
 */
function generateLetters(options = {}) {
  const { definitions, problems } = loadCompiler().compileLetterFiles(readLetterFiles(options.templates));
  if (problems.length > 0) return { problems, changed: false, count: definitions.length };
  const text = renderGenerated(definitions);
  const changed = !existsSync(GENERATED) || readFileSync(GENERATED, 'utf8') !== text;
  if (changed && !options.check) writeFileSync(GENERATED, text);
  return { problems, changed, count: definitions.length };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const at = args.indexOf('--templates');
  const templates = at >= 0 ? args[at + 1] : undefined;
  const { problems, changed, count } = generateLetters({ check, ...(templates ? { templates } : {}) });
  if (problems.length > 0) {
    console.error(`The letter files have ${problems.length} problem${problems.length > 1 ? 's' : ''}:`);
    for (const problem of problems) console.error(`✘ [ERROR] ${problem}`);
    process.exit(1);
  }
  if (check && changed) {
    console.error('src/core/letters/catalogue/generated.json is out of date: run node scripts/generate-letters.cjs');
    process.exit(1);
  }
  console.log(check ? `${count} letters: generated.json is up to date` : `${count} letters${changed ? ': generated.json written' : ''}`);
}

module.exports = { generateLetters, readLetterFiles, renderGenerated, TEMPLATES };
