// The problems banner at the top of the preview (also in the Problems panel), with positions the
// webview can send back to the editor.
import { escapeHtml } from '../text/htmlEscape';
import type { Problem } from './problems';

const SEVERITY_LABELS: Readonly<Record<Problem['severity'], string>> = {
  error: 'Error',
  warning: 'Warning',
  information: 'Note',
};

export function renderProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const items = problems
    .map(
      (p) =>
        `<li class="rto-problem rto-problem-${p.severity}" data-code="${escapeHtml(p.code)}" data-line="${p.line}" ` +
        `data-character="${p.character}" data-start="${p.start}" data-end="${p.end}">` +
        `<span class="rto-problem-severity">${SEVERITY_LABELS[p.severity]}</span> ` +
        `<span class="rto-problem-location">Line ${p.line + 1}, column ${p.character + 1}</span> ` +
        `<span class="rto-problem-message">${escapeHtml(p.message)}</span></li>`,
    )
    .join('\n');
  const worst = problems.some((p) => p.severity === 'error') ? 'error' : problems.some((p) => p.severity === 'warning') ? 'warning' : 'information';
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return (
    `<section class="rto-problems rto-problems-${worst}" aria-labelledby="rto-problems-heading">\n` +
    `<h2 class="rto-section-title" id="rto-problems-heading">Problems in this document (${count})</h2>\n` +
    `<ul class="rto-problem-list">\n${items}\n</ul>\n</section>\n`
  );
}
