// Dates in letter bodies as each language writes them in a letter ("30 April 2026", "30. April
// 2026", "1er mai 2026", "30 kwietnia 2026 r."). Month names are spelt out here rather than taken
// from Intl, so the text is the same in every runtime (Node, web worker) whatever its ICU data.
// The letter marker keeps ISO dates (YYYY-MM-DD): only the body is localised.
import { parseDate, type DateInput } from './dates';
import type { Language } from './schema';

const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  // Genitive forms, as a Polish date is written ("30 kwietnia").
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

/** The date as written in a letter in `language`. */
export function formatLetterDate(input: DateInput, language: Language): string {
  const { year, month, day } = parseDate(input);
  const name = MONTHS[language][month - 1] ?? '';
  switch (language) {
    case 'de':
      return `${day}. ${name} ${year}`;
    case 'fr':
      return `${day === 1 ? '1er' : day} ${name} ${year}`;
    case 'it':
      return `${day === 1 ? '1°' : day} ${name} ${year}`;
    case 'es':
    case 'pt':
      return `${day} de ${name} de ${year}`;
    case 'pl':
      return `${day} ${name} ${year} r.`;
    default:
      return `${day} ${name} ${year}`;
  }
}
