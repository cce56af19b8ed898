// @ts-check
// A stand-in VS Code language pack, so code-server runs in German or French offline (#14).
//
// Offline there is no language pack for VS Code itself, and without one code-server falls back to
// English whatever --locale says. The stand-in is an extension that contributes the localization
// with no translations at all: VS Code then runs in that language (its own texts stay English, as
// every missing translation does) and extensions get their texts in it (package.nls.LANG.json,
// l10n/bundle.l10n.LANG.json). Used by the browser tests and the extension-host runner.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NAMES = { de: ['German', 'Deutsch'], fr: ['French', 'Français'] };

/**
 * Writes the stand-in pack for `locale` into `extensionsDir`, describes it in the server's
 * `userDataDir` (languagepacks.json: the server resolves a locale through it, and writes it only
 * when a pack is installed through the server) and makes `locale` the display language (argv.json,
 * where "Configure Display Language" keeps it; read on every page load).
 * @param {{ extensionsDir: string, userDataDir: string, locale: 'de' | 'fr' }} options
 */
export function installStandInLanguagePack({ extensionsDir, userDataDir, locale }) {
  const [languageName, localizedLanguageName] = NAMES[locale];
  const id = `language-pack-${locale}`;
  const dir = join(extensionsDir, `rto-test.${id}-0.0.1`);
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const translations = join(dir, 'translations', 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: id,
      publisher: 'rto-test',
      version: '0.0.1',
      engines: { vscode: '*' },
      contributes: { localizations: [{ languageId: locale, languageName, localizedLanguageName, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
    }),
  );
  writeFileSync(
    join(userDataDir, 'languagepacks.json'),
    JSON.stringify({
      [locale]: {
        hash: `rto-test-${locale}-0.0.1`,
        extensions: [{ extensionIdentifier: { id: `rto-test.${id}` }, version: '0.0.1' }],
        translations: { vscode: translations },
        label: localizedLanguageName,
      },
    }),
  );
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale }));
}
