// The controller's country of establishment from the last line of a postal address ("Ireland",
// "Deutschland", "FRANCE"), for choosing the holiday calendar when the user has not named one.
// Names come from Intl.DisplayNames in the EU/EEA languages, so no name list is kept here; a few
// common English variants the directory uses ("The Netherlands", "Czech Republic") are added.
import { knownCalendarIds } from './calendars';

const LANGUAGES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'pt', 'da', 'sv', 'fi', 'cs', 'sk', 'sl', 'hr', 'hu', 'ro', 'bg', 'el', 'et', 'lv', 'lt', 'mt', 'ga', 'nb', 'is'];
const EXTRA: Record<string, string> = { uk: 'GB', 'great britain': 'GB', 'united kingdom': 'GB', usa: 'US', 'czech republic': 'CZ' };

let names: Map<string, string> | undefined;

function nameMap(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(EXTRA));
  const codes = new Set(knownCalendarIds().map((id) => id.slice(0, 2)));
  for (const language of LANGUAGES) {
    const display = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of codes) {
      const name = display.of(code);
      if (name) names.set(name.toLowerCase(), code);
    }
  }
  return names;
}

/** ISO code of the country on the address's last non-empty line, or undefined. */
export function countryFromAddress(address: string): string | undefined {
  const last = address
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .pop();
  if (!last) return undefined;
  const code = nameMap().get(
    last
      .replace(/[.,]$/, '')
      .replace(/^the\s+/i, '')
      .toLowerCase(),
  );
  // "US" alone is no calendar; California is the only US calendar and is fixed by its rule.
  return code === 'US' ? undefined : code;
}
