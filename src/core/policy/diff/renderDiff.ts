// The vagueness diff as text (terminal), JSON (tools) and Markdown (to insert into an analysis).
// Policy text in the Markdown report is escaped and quoted, so it stays text wherever it is pasted.
import { escapeMarkdown } from '../../text/markdownEscape';
import { CATEGORY_LABELS } from '../../vague/ruleSchema';
import type { DiffFinding, VagueDiff } from './vagueDiff';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export function renderDiff(diff: VagueDiff, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  return format === 'markdown' ? renderMarkdown(diff) : renderText(diff);
}

function summary(diff: VagueDiff): string {
  const { added, removed, unchanged } = diff.totals;
  return `${added} vague phrase(s) added, ${removed} removed, ${unchanged} unchanged`;
}

function renderText(diff: VagueDiff): string {
  const lines = [`${diff.old} → ${diff.new}: ${summary(diff)}.`];
  const item = (sign: string, finding: DiffFinding) => `  ${sign} "${finding.phrase}" (${finding.ruleId}, ${finding.severity}): ${finding.sentence}`;
  for (const group of diff.categories) {
    if (group.added.length + group.removed.length === 0) continue;
    lines.push('', `${CATEGORY_LABELS[group.category]}: +${group.added.length} −${group.removed.length} (${group.unchanged.length} unchanged)`);
    for (const finding of group.added) lines.push(item('+', finding));
    for (const finding of group.removed) lines.push(item('-', finding));
  }
  if (diff.legalBasesNewlyNamed.length > 0) lines.push('', `Legal bases named for the first time: ${diff.legalBasesNewlyNamed.join(', ')}`);
  if (diff.legalBasesNoLongerNamed.length > 0) lines.push('', `Legal bases no longer named: ${diff.legalBasesNoLongerNamed.join(', ')}`);
  if (diff.sections.added.length > 0) lines.push('', 'Sections added:', ...diff.sections.added.map((heading) => `  + ${heading}`));
  if (diff.sections.removed.length > 0) lines.push('', 'Sections removed:', ...diff.sections.removed.map((heading) => `  - ${heading}`));
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(diff: VagueDiff): string {
  const lines = [`## What changed in vagueness: ${escapeMarkdown(diff.old)} → ${escapeMarkdown(diff.new)}`, '', `${summary(diff)}.`];
  const item = (finding: DiffFinding) => `- **${escapeMarkdown(finding.phrase)}** (\`${finding.ruleId}\`): ${escapeMarkdown(finding.sentence)}`;
  if (diff.legalBasesNewlyNamed.length > 0) lines.push('', `**Legal bases named for the first time:** ${diff.legalBasesNewlyNamed.map(escapeMarkdown).join(', ')}`);
  if (diff.legalBasesNoLongerNamed.length > 0) lines.push('', `**Legal bases no longer named:** ${diff.legalBasesNoLongerNamed.map(escapeMarkdown).join(', ')}`);
  for (const group of diff.categories) {
    lines.push('', `### ${CATEGORY_LABELS[group.category]}`, '', `${group.added.length} added, ${group.removed.length} removed, ${group.unchanged.length} unchanged.`);
    if (group.added.length > 0) lines.push('', 'Added:', '', ...group.added.map(item));
    if (group.removed.length > 0) lines.push('', 'Removed:', '', ...group.removed.map(item));
  }
  if (diff.sections.added.length + diff.sections.removed.length > 0) {
    lines.push('', '### Sections');
    if (diff.sections.added.length > 0) lines.push('', 'Added:', '', ...diff.sections.added.map((heading) => `- ${escapeMarkdown(heading)}`));
    if (diff.sections.removed.length > 0) lines.push('', 'Removed:', '', ...diff.sections.removed.map((heading) => `- ${escapeMarkdown(heading)}`));
  }
  return `${lines.join('\n')}\n`;
}
