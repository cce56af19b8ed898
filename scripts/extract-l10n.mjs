// @ts-check
// Writes l10n/bundle.l10n.json: every message the extension passes to vscode.l10n.t(...) in
// src/**/*.ts, as { "message": "message" }, keys sorted, so the output never depends on file order.
// A stand-in for `npx @vscode/l10n-dev export --outDir ./l10n ./src` that needs no extra package;
// it understands the forms the code uses: l10n.t('…'), l10n.t("…") and l10n.t(`…`) without ${}.
//
// Usage: node scripts/extract-l10n.mjs            write l10n/bundle.l10n.json
//        node scripts/extract-l10n.mjs --check    exit 1 when the committed bundle is out of date
//        node scripts/extract-l10n.mjs --stdout   print the bundle instead of writing it
// Any l10n.t call whose first argument is not a plain string literal is an error (exit 2): its
// message could not be translated.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src');
const bundlePath = join(root, 'l10n', 'bundle.l10n.json');

/** Every `l10n.t(` call, whatever follows it. */
const CALL = /\bl10n\.t\(\s*/g;
/** A string literal at the start of the rest: '…', "…" or `…` without substitutions. */
const LITERAL = /^(?:'((?:[^'\\\n]|\\[^])*)'|"((?:[^"\\\n]|\\[^])*)"|`((?:[^`\\$]|\\[^]|\$(?!\{))*)`)/;

/** @returns {string[]} the .ts files below dir, sorted, as paths relative to the repository */
function listSources(/** @type {string} */ dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return listSources(full);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
    });
}

/** The value of a JavaScript string literal's body (the text between its quotes). */
export function unescapeLiteral(/** @type {string} */ body) {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[^])/g, (_, escape) => {
    if (escape.startsWith('u{')) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (escape.length > 1 && (escape[0] === 'u' || escape[0] === 'x')) return String.fromCharCode(parseInt(escape.slice(1), 16));
    switch (escape) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case '0': return '\0';
      case '\n':
      case '\r\n':
        return ''; // a line continuation
      default: return escape;
    }
  });
}

/**
 * @returns {{ messages: string[], problems: string[] }} the distinct messages, sorted, and one line
 * per call that could not be read ("src/file.ts:12: …")
 */
export function extractMessages() {
  /** @type {Set<string>} */
  const messages = new Set();
  /** @type {string[]} */
  const problems = [];
  for (const file of listSources(sourceDir)) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(CALL)) {
      const start = (call.index ?? 0) + call[0].length;
      const literal = LITERAL.exec(text.slice(start));
      const line = text.slice(0, call.index).split('\n').length;
      const where = `${relative(root, file).split(sep).join('/')}:${line}`;
      if (!literal) {
        problems.push(`${where}: the first argument of l10n.t is not a string literal`);
        continue;
      }
      const body = literal[1] ?? literal[2] ?? literal[3] ?? '';
      const message = unescapeLiteral(body);
      if (message.trim() === '') problems.push(`${where}: empty message`);
      else messages.add(message);
    }
  }
  return { messages: [...messages].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), problems };
}

/** The bundle's text, exactly as committed. */
export function bundleText(/** @type {readonly string[]} */ messages) {
  /** @type {Record<string, string>} */
  const bundle = {};
  for (const message of messages) bundle[message] = message;
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

function main() {
  const { messages, problems } = extractMessages();
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(2);
  }
  const text = bundleText(messages);
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text);
    return;
  }
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(bundlePath, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (committed !== text) {
      console.error('l10n/bundle.l10n.json is out of date: run node scripts/extract-l10n.mjs (then translate the new messages in l10n/bundle.l10n.*.json)');
      process.exit(1);
    }
    console.log(`l10n/bundle.l10n.json is up to date (${messages.length} messages)`);
    return;
  }
  mkdirSync(dirname(bundlePath), { recursive: true });
  writeFileSync(bundlePath, text);
  console.log(`wrote l10n/bundle.l10n.json (${messages.length} messages)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
