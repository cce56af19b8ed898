// "Company…": a quick pick that searches the directory as the user types (names, web domains,
// services a company runs, typos), using the directory's own ranking. The picker opens at once and
// shows itself busy while the directory loads. VS Code's own filtering is kept out of the way: every
// item is always shown, and the label sort is switched off where the host supports it.
import * as vscode from 'vscode';
import type { Company, CompanyMatch } from '../core/directoryEngine';
import { companyDescription, companyDetail } from './describeCompany';
import type { DirectoryService, LoadedDirectory } from './directoryService';
import { logError } from '../platform/log';
import { escapeIcons } from '../core/text/markdownEscape';
import { trackPick } from '../platform/pickProbe';

export interface CompanyPickOptions {
  title: string;
  step?: number;
  totalSteps?: number;
  /** Typed into the input when the picker opens (it searches at once). */
  query?: string;
  /** The document's controller: offered first, and active, when the directory knows the name. */
  preferredName?: string;
  /** Offer "No company (fill in by hand)", which resolves to null. */
  allowNone: boolean;
}

interface CompanyItem extends vscode.QuickPickItem {
  company?: Company;
  none?: boolean;
}

/** The row shown when nothing matches: Enter on it keeps the picker open with the text to correct (#20). */
function noMatchRow(value: string): CompanyItem {
  return {
    label: vscode.l10n.t('$(search-stop) No match for “{0}”', escapeIcons(value.trim())),
    description: vscode.l10n.t('try another spelling, a service (Instagram) or the web domain (zalando.de)'),
    alwaysShow: true,
  };
}

const RESULTS = 25;

/** The chosen company; null for "no company"; undefined when the picker was dismissed. */
export async function pickCompany(service: DirectoryService, options: CompanyPickOptions): Promise<Company | null | undefined> {
  const pick = vscode.window.createQuickPick<CompanyItem>();
  pick.title = options.title;
  pick.step = options.step;
  pick.totalSteps = options.totalSteps;
  pick.placeholder = vscode.l10n.t('Type a company name or web domain, e.g. zalando.de');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  // Proposed API (quickPickSortByLabel), without a runtime check in the hosts this runs in: keeps
  // the directory's ranking instead of re-sorting by label match. Ignored where not supported.
  (pick as { sortByLabel?: boolean }).sortByLabel = false;
  pick.busy = true;
  pick.value = options.query ?? '';
  const none: CompanyItem = {
    label: vscode.l10n.t('$(edit) No company (fill in by hand)'),
    description: options.preferredName ? vscode.l10n.t('keeps “{0}” from the front matter', escapeIcons(options.preferredName)) : undefined,
    alwaysShow: true,
    none: true,
  };
  let loaded: LoadedDirectory | undefined;
  let preferred: Company | undefined;
  let disposed = false;
  const listeners: vscode.Disposable[] = [];

  const itemFor = (match: Pick<CompanyMatch, 'company' | 'via' | 'matched'>, note?: string): CompanyItem => ({
    label: escapeIcons(match.company.name),
    description: companyDescription(match.company),
    detail: companyDetail(match.company, { via: match.via, matched: match.matched, source: loaded?.workspaceSources.get(match.company.slug), note }),
    alwaysShow: true,
    company: match.company,
  });

  const show = async (value: string) => {
    if (!loaded) return; // shown once the directory is ready
    let items: CompanyItem[];
    if (value.trim() === '') {
      const first = preferred ? [itemFor({ company: preferred, via: 'name', matched: preferred.name }, vscode.l10n.t('From the front matter'))] : [];
      items = options.allowNone ? [...first, none] : first;
    } else {
      const { matches } = await service.search(value, RESULTS);
      if (disposed || pick.value !== value) return; // typed on meanwhile
      // Nothing found: say so first, so that Enter does not quietly take "no company".
      items = [...(matches.length === 0 ? [noMatchRow(value)] : matches.map((match) => itemFor(match))), ...(options.allowNone ? [none] : [])];
    }
    pick.items = items;
    pick.activeItems = items.slice(0, 1);
  };

  try {
    return await new Promise<Company | null | undefined>((resolve) => {
      listeners.push(
        pick.onDidChangeValue((value) => void show(value)),
        pick.onDidAccept(() => {
          const item = pick.selectedItems[0] ?? pick.activeItems[0];
          if (!item || (!item.company && !item.none)) return; // nothing to accept yet, or "no match"
          resolve(item.none ? null : (item.company ?? null));
          pick.hide();
        }),
        pick.onDidHide(() => resolve(undefined)),
        trackPick(pick, (value) => void show(value)),
      );
      pick.show();
      service.searchable().then(
        async (ready) => {
          if (disposed) return;
          if (options.preferredName) preferred = await service.companyNamed(options.preferredName);
          loaded = ready;
          pick.busy = false;
          await show(pick.value);
        },
        (error: unknown) => {
          logError('Loading the company directory', error);
          void vscode.window.showErrorMessage(vscode.l10n.t('The company directory could not be loaded. Details are in the output "Right to Object".'));
          // Without the directory a letter can still be written by hand: "no company".
          resolve(options.allowNone ? null : undefined);
          pick.hide();
        },
      );
    });
  } finally {
    disposed = true;
    for (const listener of listeners) listener.dispose();
    pick.dispose();
  }
}
