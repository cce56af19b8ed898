// The steps list as a checklist. Structure (the webview script relies on it):
//   <ol class="rto-steps" data-step-count="N">
//     <li class="rto-step" id="rto-step-KEY" data-step-key="KEY" data-step-index="I" [data-line="L"]>
//       <div class="rto-step-head">
//         <input type="checkbox" class="rto-step-check" id="rto-check-KEY" data-step-key="KEY"
//                aria-describedby="rto-step-text-KEY">
//         <label class="rto-step-label" for="rto-check-KEY">Step I+1</label>
//         <span class="rto-step-tags"><span class="rto-tag rto-tag-otp">One-time code</span>…</span>
//           (preview only: <span class="rto-tag rto-tag-unknown" data-tag="[sparkle]">Unknown tag [sparkle]</span>)
//       </div>
//       <div class="rto-step-text" id="rto-step-text-KEY">…step Markdown as HTML…</div>
//     </li>
//   </ol>
import type { Analysis, StepDraft } from './analyze';
import { escapeHtml } from '../text/htmlEscape';
import { markdownEngine } from './markdown';
import { uniqueStepKeys } from './stepKey';
import { TAGS } from './tags';
import { formatWait } from './waits';

export function renderChecklist(analysis: Analysis, mode: 'preview' | 'export'): string {
  const md = markdownEngine();
  const keys = uniqueStepKeys(analysis.steps.map((step) => step.text));
  const items = analysis.steps.map((step, i) => {
    const key = escapeHtml(keys[i] ?? `s-${i}`);
    const line = mode === 'preview' ? ` data-line="${step.item.startLine}"` : '';
    const body = md.renderer.render(analysis.tokens.slice(step.item.openIndex + 1, step.item.closeIndex), md.options, analysis.env);
    return (
      `<li class="rto-step" id="rto-step-${key}" data-step-key="${key}" data-step-index="${i}"${line}>\n` +
      '<div class="rto-step-head">' +
      `<input type="checkbox" class="rto-step-check" id="rto-check-${key}" data-step-key="${key}" aria-describedby="rto-step-text-${key}">` +
      `<label class="rto-step-label" for="rto-check-${key}">Step ${i + 1}</label>` +
      renderBadges(step, mode) +
      '</div>\n' +
      `<div class="rto-step-text" id="rto-step-text-${key}">\n${body}</div>\n</li>`
    );
  });
  const progress =
    mode === 'preview' ? `<p class="rto-progress" aria-live="polite"><span class="rto-progress-done">0</span> of <span class="rto-progress-total">${items.length}</span> steps done</p>\n` : '';
  return `${progress}<ol class="rto-steps" data-step-count="${items.length}">\n${items.join('\n')}\n</ol>\n`;
}

function renderBadges(step: StepDraft, mode: 'preview' | 'export'): string {
  const badges = step.tags.filter((tag) => !(tag === 'wait' && step.wait)).map((tag) => `<span class="rto-tag rto-tag-${tag}">${escapeHtml(TAGS[tag].label)}</span>`);
  if (step.wait) {
    badges.push(`<span class="rto-tag rto-tag-wait">${escapeHtml(`${TAGS.wait.label}: ${formatWait(step.wait)}`)}</span>`);
  }
  // A misspelt tag is not dropped silently: the person writing the guide sees it at its step (it
  // counts for nothing, and the Problems panel says why). An exported page leaves it out.
  if (mode === 'preview') {
    for (const written of step.unknownTags) {
      badges.push(`<span class="rto-tag rto-tag-unknown" data-tag="${escapeHtml(written)}" title="Not a friction tag: not counted">${escapeHtml(`Unknown tag ${written}`)}</span>`);
    }
  }
  return badges.length > 0 ? ` <span class="rto-step-tags">${badges.join(' ')}</span>` : '';
}
