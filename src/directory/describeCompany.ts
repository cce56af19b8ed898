// How a directory record is shown: one line of description and detail in the company picker, and
// the full record in the hover on a document's `controller:` line. Record text is escaped, so a
// record (shipped or the user's) is shown as written and can never run a command or load anything.
import * as vscode from 'vscode';
import type { Company, CompanyMatch } from '../core/directoryEngine';
import { directoryEngine } from '../platform/lazyModules';
import { escapeIcons, escapeMarkdown as escape, markdownLink } from '../core/text/markdownEscape';

/** "zalando.de · DE", "google.com · all countries". */
export function companyDescription(company: Company): string {
  const domains = (company.domains ?? []).slice(0, 2);
  return escapeIcons([...domains, countriesText(company.countries)].join(' · '));
}

export interface DetailOptions {
  via?: CompanyMatch['via'];
  matched?: string;
  /** The workspace file the record comes from, when it is the user's. */
  source?: string | undefined;
  /** Shown first, e.g. "From the front matter". */
  note?: string | undefined;
}

/** What the picker shows under the name: why it matched, how to reach the company, what to know. */
export function companyDetail(company: Company, options: DetailOptions = {}): string {
  const parts: string[] = [];
  if (options.note) parts.push(options.note);
  if (options.via === 'runs' && options.matched) parts.push(vscode.l10n.t('runs {0}', options.matched));
  // The route comes from suggestedMedium, as in the notes shown next ("The suggested route is …").
  const { otherMedia, suggestedMedium } = directoryEngine();
  const route = suggestedMedium(company);
  parts.push(route === 'email' && company.email ? vscode.l10n.t('suggested route: e-mail to {0}', company.email) : vscode.l10n.t('suggested route: {0}', mediumText(route)));
  const others = otherMedia(company);
  if (others.length > 0) parts.push(vscode.l10n.t('also: {0}', others.map(mediumText).join(', ')));
  if (company.needsIdDocument) parts.push(vscode.l10n.t('demands an ID document'));
  if (options.source) parts.push(vscode.l10n.t('workspace record ({0})', options.source));
  return escapeIcons(parts.join(' · '));
}

/** The hover on a `controller:` line: the whole record, and where it comes from. */
export function companyHover(company: Company, source: string | undefined): vscode.MarkdownString {
  const { suggestedMedium } = directoryEngine();
  const markdown = new vscode.MarkdownString(undefined, false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  markdown.appendMarkdown(`**${escape(company.name)}** · ${escape(vscode.l10n.t('company directory'))} \`${company.slug}\`\n\n`);
  markdown.appendMarkdown(
    `${company.address
      .split('\n')
      .map((line) => escape(line.trim()))
      .filter((line) => line !== '')
      .join('  \n')}\n\n`,
  );
  const rows: [string, string][] = [];
  rows.push([vscode.l10n.t('Privacy e-mail'), company.email ? (markdownLink(company.email, `mailto:${company.email}`) ?? escape(company.email)) : escape(vscode.l10n.t('none known'))]);
  rows.push([vscode.l10n.t('Web form'), company.webform ? link(company.webform) : escape(vscode.l10n.t('none known'))]);
  if (company.domains?.length) rows.push([vscode.l10n.t('Web'), company.domains.map(escape).join(', ')]);
  rows.push([vscode.l10n.t('Countries'), escape(countriesText(company.countries))]);
  rows.push([vscode.l10n.t('ID document demanded'), escape(company.needsIdDocument ? vscode.l10n.t('yes, with every request') : vscode.l10n.t('no'))]);
  rows.push([vscode.l10n.t('Suggested route'), escape(mediumText(suggestedMedium(company)))]);
  if (company.language) rows.push([vscode.l10n.t('Request language'), escape(directoryEngine().languageName(company.language))]);
  rows.push([vscode.l10n.t('Record quality'), escape(qualityText(company))]);
  if (company.runs?.length) {
    const shown = company.runs.slice(0, 8).map(escape).join(', ');
    rows.push([vscode.l10n.t('Runs'), company.runs.length > 8 ? vscode.l10n.t('{0} and {1} more', shown, company.runs.length - 8) : shown]);
  }
  markdown.appendMarkdown(rows.map(([label, value]) => `${escape(label)}: ${value}`).join('  \n'));
  markdown.appendMarkdown('\n\n');
  markdown.appendMarkdown(
    source
      ? `*${escape(vscode.l10n.t('Source: your workspace record in {0} (it replaces any shipped record of this slug).', source))}*`
      : `*${escape(vscode.l10n.t('Source: {0}', 'datenanfragen.de, CC0'))}* ([${escape(vscode.l10n.t('licence'))}](https://creativecommons.org/publicdomain/zero/1.0/), [${escape(vscode.l10n.t('data'))}](https://github.com/datenanfragen/data))`,
  );
  return markdown;
}

function countriesText(countries: readonly string[]): string {
  return countries.includes('all') ? vscode.l10n.t('all countries') : countries.map((c) => c.toUpperCase()).join(', ');
}

function mediumText(medium: NonNullable<Company['medium']>): string {
  switch (medium) {
    case 'email':
      return vscode.l10n.t('e-mail');
    case 'letter':
      return vscode.l10n.t('postal letter');
    case 'fax':
      return vscode.l10n.t('fax');
    case 'webform':
      return vscode.l10n.t('web form');
  }
}

function qualityText(company: Company): string {
  switch (company.quality) {
    case 'tested':
      return vscode.l10n.t('tested (someone has sent a request with these details successfully)');
    case 'verified':
    case undefined:
      return vscode.l10n.t('verified (a person has checked the details)');
    case 'imported':
      return vscode.l10n.t('imported from another data set, checked by a person outside the project');
    case 'scraped':
      return vscode.l10n.t('scraped by a program, not checked: confirm before sending');
  }
}

function link(url: string): string {
  return (/^https?:/i.test(url) ? markdownLink(url, url) : undefined) ?? escape(url);
}
