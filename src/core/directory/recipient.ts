// What a letter needs from a company record: the recipient block, and what the user must know
// before sending. The block carries no labels ("E-mail:"), so it suits a letter in any language.
import type { Company, Medium } from './schema';
import { ownValue } from '../ownKeys';
import { escapeMarkdownLine } from '../text/markdownEscape';

/**
 * The suggested way to send: the one source of truth for the company picker's row, the notes shown
 * before writing and the hover, so they cannot contradict each other. The record's own medium, else
 * the source's default: e-mail when there is an address, else a letter.
 */
export function suggestedMedium(company: Company): Medium {
  return company.medium ?? (company.email ? 'email' : 'letter');
}

/** The other ways the record gives, besides the suggested one (e-mail, web form; a letter is always possible). */
export function otherMedia(company: Company): Medium[] {
  const route = suggestedMedium(company);
  const others: Medium[] = [];
  if (company.email && route !== 'email') others.push('email');
  if (company.webform && route !== 'webform') others.push('webform');
  return others;
}

/** CommonMark's e-mail autolink; other addresses (IDN) are written as escaped text. */
const AUTOLINK_EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * The recipient block as Markdown lines joined by hard line breaks: name, postal address, privacy
 * e-mail, web form. No trailing newline.
 */
export function recipientBlock(company: Company): string {
  const lines = [company.name, ...company.address.split('\n')].map((line) => escapeMarkdownLine(line.trim())).filter((line) => line !== '');
  if (company.email) lines.push(AUTOLINK_EMAIL.test(company.email) ? `<${company.email}>` : escapeMarkdownLine(company.email));
  if (company.webform) lines.push(`<${company.webform}>`);
  return lines.join('  \n');
}

const LANGUAGE_NAMES: Record<string, string> = {
  bg: 'Bulgarian',
  cs: 'Czech',
  da: 'Danish',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  et: 'Estonian',
  fi: 'Finnish',
  fr: 'French',
  hr: 'Croatian',
  hu: 'Hungarian',
  is: 'Icelandic',
  it: 'Italian',
  lt: 'Lithuanian',
  lv: 'Latvian',
  mt: 'Maltese',
  nl: 'Dutch',
  no: 'Norwegian',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  sk: 'Slovak',
  sl: 'Slovenian',
  sv: 'Swedish',
};

/** "German (de)"; the bare code for a language without a name here. */
export const languageName = (code: string): string => (ownValue(LANGUAGE_NAMES, code) ? `${ownValue(LANGUAGE_NAMES, code)} (${code})` : code);

export interface NoticeOptions {
  /** ISO 639-1 language of the letter; a different request language in the record is pointed out. */
  letterLanguage?: string;
}

/** What the user must know before sending to this company, most important first; empty when nothing. */
export function companyNotices(company: Company, options: NoticeOptions = {}): string[] {
  const notices: string[] = [];
  const name = company.name;
  if (company.needsIdDocument) {
    notices.push(`${name} demands an ID document with every request (directory record). Have a copy ready.`);
  }
  const medium = suggestedMedium(company);
  if (medium === 'webform') {
    notices.push(
      company.webform
        ? `The suggested route is ${name}'s web form: ${company.webform}. Paste the letter there and keep a copy of what you sent.`
        : `The suggested route is ${name}'s web form, but the record has no address for it; look for it in the privacy notice.`,
    );
  } else if (medium === 'letter') {
    notices.push(
      company.email || company.webform
        ? `The suggested route is a postal letter to the address in the recipient block.`
        : `No privacy e-mail address or web form is known for ${name}: send the letter by post.`,
    );
  } else if (medium === 'fax') {
    notices.push(`The suggested route is fax; the directory ships no fax number, so take it from ${name}'s privacy notice.`);
  }
  if (options.letterLanguage && company.language && company.language !== options.letterLanguage) {
    notices.push(`${name} asks for requests in ${languageName(company.language)}; this letter is in ${languageName(options.letterLanguage)}.`);
  }
  if (company.quality === 'scraped') {
    notices.push(`This record was collected by a program and not checked by a person: confirm the contact details in ${name}'s privacy notice before sending.`);
  }
  return notices;
}
