// Addresses a letter from the directory, after the letter itself is chosen: "Company…" (a search
// over the directory, the front matter's controller first), what the directory says the user must
// know before sending (ID document demanded, web form suggested, another language, an unchecked
// record), and for a complaint the supervisory authority (from the user's country setting or the
// company's country; a pick when several cover it, as the 26 German ones do) and its language.
// The addressee line of the letter ("To: …") gets the recipient block; the name goes everywhere else.
import * as vscode from 'vscode';
import type { Authority, AuthorityGroup, Company } from '../core/directoryEngine';
import type { Letter } from '../core/lettersEngine';
import { directoryEngine } from '../platform/lazyModules';
import { logError } from '../platform/log';
import { pickOne, type Option } from '../platform/quickPick';
import { pickCompany } from './companyPicker';
import { directoryService } from './directoryService';
import { escapeIcons } from '../core/text/markdownEscape';

/** What addressing reads from the letter's document context (letters/documentContext.ts). */
interface AddressingContext {
  controller?: string;
  country?: string;
}

/**
 * What the command's argument may add to a complete letter selection (keybindings, tests):
 * `company` (a directory slug) skips the company picker, `companyQuery` opens it with that text
 * typed in, `authority` (a slug) skips the authority picker.
 */
export interface DirectoryRequest {
  company?: string;
  companyQuery?: string;
  authority?: string;
}

export function directoryRequest(argument: unknown): DirectoryRequest {
  if (typeof argument !== 'object' || argument === null) return {};
  const { company, companyQuery, authority } = argument as Record<string, unknown>;
  return {
    ...(typeof company === 'string' && company.trim() !== '' ? { company: company.trim() } : {}),
    ...(typeof companyQuery === 'string' ? { companyQuery } : {}),
    ...(typeof authority === 'string' && authority.trim() !== '' ? { authority: authority.trim() } : {}),
  };
}

export interface AddressingOptions {
  /** The user is choosing in pickers (not a keybinding's complete selection): offer "Company…". */
  interactive: boolean;
  request: DirectoryRequest;
  /** Whether this command offers the company step (the insert command) or only reads the front matter (follow-ups). */
  companyStep: boolean;
  /** Step number of the company step in the multi-step pick, when it continues one. */
  firstStep?: number;
  title: string;
}

export interface AddressedLetter {
  /** The letter to insert: another language version when the user took the one offered. */
  letter: Letter;
  /** Values to add to the letter's known values (controller, authority, the recipient block). */
  values: Record<string, string>;
  /** The company's postal address from its record, whose last line names its country. */
  companyAddress?: string;
}

/**
 * The addressed letter, or undefined when the user cancelled (nothing is to be inserted). When the
 * directory cannot be loaded, the letter is returned as it is (its fields stay to fill in by hand).
 */
export async function addressLetter(letter: Letter, letters: readonly Letter[], context: AddressingContext, options: AddressingOptions): Promise<AddressedLetter | undefined> {
  try {
    return await address(letter, letters, context, options);
  } catch (error) {
    logError('Addressing the letter from the company directory', error);
    void vscode.window.showWarningMessage(vscode.l10n.t('The company directory could not be loaded, so the letter is not addressed from it. Details are in the output "Right to Object".'));
    return { letter, values: {} };
  }
}

async function address(letter: Letter, letters: readonly Letter[], context: AddressingContext, options: AddressingOptions): Promise<AddressedLetter | undefined> {
  const { request } = options;
  const complaint = hasField(letter, 'authority');
  const offerCompany = options.companyStep && hasField(letter, 'controller') && (options.interactive || request.company !== undefined || request.companyQuery !== undefined);
  if (!offerCompany && !complaint) return { letter, values: {} };

  const service = directoryService();
  service.warmUp();
  const engine = directoryEngine();
  const values: Record<string, string> = {};
  // The company is the last numbered step of its flow, so the count is the same whatever the
  // letter (it used to grow by one for a complaint midway); the authority and the other questions
  // that depend on the answers have titles of their own.
  const steps = options.firstStep === undefined ? undefined : { company: options.firstStep };
  const totalSteps = options.firstStep;

  // 1. The company.
  let company: Company | undefined;
  let chosenCompany = false;
  if (request.company !== undefined) {
    company = (await service.directory()).directory.getCompany(request.company);
    if (!company) {
      void vscode.window.showErrorMessage(vscode.l10n.t('There is no company “{0}” in the directory (give its slug, e.g. "zalando").', request.company));
      return undefined;
    }
    chosenCompany = true;
  } else if (offerCompany) {
    const chosen = await pickCompany(service, {
      title: options.title,
      ...(steps ? { step: steps.company, totalSteps } : {}),
      ...(request.companyQuery !== undefined ? { query: request.companyQuery } : {}),
      ...(context.controller ? { preferredName: context.controller } : {}),
      allowNone: true,
    });
    if (chosen === undefined) return undefined;
    company = chosen ?? undefined;
    chosenCompany = company !== undefined;
  } else if (context.controller) {
    company = await service.companyNamed(context.controller); // only for the company's country
  }
  if (company && chosenCompany) values['controller'] = company.name;

  let current = letter;
  // 2. What to know before writing to the company (not for a complaint, which goes to the authority).
  if (company && chosenCompany && !complaint && engine.isAddressedTo(current, 'controller')) {
    const notices = engine.companyNotices(company, { letterLanguage: current.language });
    if (notices.length > 0) {
      const other = company.language && company.language !== current.language ? sameLetterIn(letters, current, company.language) : undefined;
      const choice = await confirmNotices(company, notices, current, other);
      if (choice === undefined) return undefined;
      if (choice === 'switch' && other) current = other;
    }
    const addressed = engine.addressedLetter(current, 'controller');
    if (addressed) {
      current = addressed;
      values[engine.RECIPIENT_BLOCK_FIELD] = engine.recipientBlock(company);
    }
  }

  // 3. The authority, for a complaint.
  if (complaint) {
    const authority = await chooseAuthority(context, company, options);
    if (authority === undefined) return undefined;
    if (authority !== 'none') {
      const switched = await offerAuthorityLanguage(authority, current, letters);
      if (switched === undefined) return undefined;
      current = switched;
      values['authority'] = authority.name;
      const addressed = engine.addressedLetter(current, 'authority');
      if (addressed) {
        current = addressed;
        values[engine.RECIPIENT_BLOCK_FIELD] = engine.recipientBlock(authority);
      }
    }
  }
  return { letter: current, values, ...(company ? { companyAddress: company.address } : {}) };
}

function hasField(letter: Letter, field: string): boolean {
  return letter.placeholders.some((p) => p.name === field);
}

/** The same letter (regime and kind) in another language, if the catalogue has it. */
function sameLetterIn(letters: readonly Letter[], letter: Letter, language: string): Letter | undefined {
  return letters.find((l) => l.jurisdiction === letter.jurisdiction && l.kind === letter.kind && l.language === language);
}

type NoticeChoice = 'continue' | 'switch' | 'cancel' | 'notice';

/** A step listing the directory's notes, with Continue first; undefined when the user cancels. */
async function confirmNotices(company: Company, notices: readonly string[], letter: Letter, other: Letter | undefined): Promise<'continue' | 'switch' | undefined> {
  const options: Option<NoticeChoice>[] = [
    { label: vscode.l10n.t('$(check) Continue'), description: vscode.l10n.t('insert the {0} letter', letter.languageName), value: 'continue' },
    ...(other ? [{ label: vscode.l10n.t('$(globe) Use the {0} letter instead', other.languageName), description: other.id, value: 'switch' as const }] : []),
    { label: vscode.l10n.t('$(close) Cancel'), description: vscode.l10n.t('insert nothing'), value: 'cancel' },
    { kind: vscode.QuickPickItemKind.Separator, label: vscode.l10n.t('What the directory says'), value: 'notice' },
    ...notices.map((notice): Option<NoticeChoice> => {
      const [head, rest] = firstSentence(notice);
      return { label: `$(info) ${escapeIcons(head)}`, ...(rest ? { detail: escapeIcons(rest) } : {}), value: 'notice' };
    }),
  ];
  for (;;) {
    const choice = await pickOne(options, {
      title: vscode.l10n.t('Before you write to {0}', company.name),
      placeholder: vscode.l10n.t('Read the notes below, then continue'),
      showSingle: true,
    });
    if (choice === undefined || choice === 'cancel') return undefined;
    if (choice !== 'notice') return choice;
  }
}

/** "First sentence." and the rest (a notice is one to three sentences; URLs and "e.g." stay whole). */
function firstSentence(text: string): [string, string] {
  const match = /^(.+?[.!?:])\s+(?=[A-Z])/.exec(text);
  if (!match || (match[1]?.length ?? 0) < 20) return [text, ''];
  return [match[1] ?? text, text.slice(match[0].length)];
}

type AuthorityValue = { authority: Authority } | { none: true };

/**
 * The authority the complaint goes to: the argument's, the only candidate, or the user's pick.
 * 'none' leaves the field to fill in by hand; undefined means cancelled.
 */
async function chooseAuthority(context: AddressingContext, company: Company | undefined, options: AddressingOptions): Promise<Authority | 'none' | undefined> {
  const engine = directoryEngine();
  const { directory } = await directoryService().directory();
  if (options.request.authority !== undefined) {
    const wanted = options.request.authority.toLowerCase();
    const found = directory.authorities.find((a) => a.slug === wanted);
    if (!found) void vscode.window.showErrorMessage(vscode.l10n.t('There is no authority “{0}” in the directory (give its slug, e.g. "frcnil").', options.request.authority));
    return found;
  }
  const group = engine.complaintAuthorities(directory.authorities, { userCountry: context.country, companyCountries: company?.countries });
  if (group?.authorities.length === 1) return group.authorities[0];
  if (!group && !options.interactive) return 'none';
  const items: Option<AuthorityValue>[] = group ? groupOptions(group, company) : allAuthorityOptions(directory.authorities);
  items.push({ label: vscode.l10n.t('$(edit) None (fill in by hand)'), value: { none: true } });
  const placeholder = group
    ? vscode.l10n.t('Which supervisory authority do you complain to? Several cover this country.')
    : vscode.l10n.t('Which supervisory authority do you complain to? Type a country code, e.g. FR (set rightToObject.letters.country to narrow this down)');
  const chosen = await pickOne(items, { title: vscode.l10n.t('{0}: the authority for your complaint', options.title), placeholder, showSingle: true });
  if (chosen === undefined) return undefined;
  return 'authority' in chosen ? chosen.authority : 'none';
}

function authorityOption(authority: Authority): Option<AuthorityValue> {
  const reach = [authority.email, authority.webform].filter((part): part is string => part !== undefined);
  return {
    label: escapeIcons(authority.name),
    description: escapeIcons([authority.countries.map((c) => c.toUpperCase()).join(', '), ...reach.slice(0, 1)].join(' · ')),
    detail: escapeIcons(
      authority.address
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(', '),
    ),
    value: { authority },
  };
}

function groupOptions(group: AuthorityGroup, company: Company | undefined): Option<AuthorityValue>[] {
  const country = group.country.toUpperCase();
  const label = group.origin === 'user' || !company ? vscode.l10n.t('Where you live ({0}, from rightToObject.letters.country)', country) : vscode.l10n.t('Where {0} is ({1})', company.name, country);
  return [{ kind: vscode.QuickPickItemKind.Separator, label, value: { none: true } }, ...group.authorities.map(authorityOption)];
}

function allAuthorityOptions(authorities: readonly Authority[]): Option<AuthorityValue>[] {
  return [...authorities].sort((a, b) => (a.countries[0] ?? '').localeCompare(b.countries[0] ?? '') || a.slug.localeCompare(b.slug)).map(authorityOption);
}

/**
 * When the authority takes complaints in another language than the letter's, says so, and offers
 * that language's letter if the catalogue has one. The letter to insert; undefined when cancelled.
 */
async function offerAuthorityLanguage(authority: Authority, letter: Letter, letters: readonly Letter[]): Promise<Letter | undefined> {
  if (!authority.language || authority.language === letter.language) return letter;
  const language = directoryEngine().languageName(authority.language);
  const other = sameLetterIn(letters, letter, authority.language);
  if (!other) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        '{0} takes complaints in {1}. The catalogue has no {1} complaint, so the letter stays in {2}; check whether the authority accepts it.',
        authority.name,
        language,
        letter.languageName,
      ),
    );
    return letter;
  }
  const choice = await pickOne(
    [
      { label: vscode.l10n.t('$(globe) Use the {0} letter', other.languageName), description: other.id, detail: other.title, value: 'switch' as const },
      { label: vscode.l10n.t('Keep the {0} letter', letter.languageName), description: letter.id, value: 'keep' as const },
    ],
    {
      title: vscode.l10n.t('{0} takes complaints in {1}; this letter is in {2}', authority.name, language, letter.languageName),
      placeholder: vscode.l10n.t('Which language should the complaint be in?'),
      showSingle: true,
    },
  );
  if (choice === undefined) return undefined;
  return choice === 'switch' ? other : letter;
}
