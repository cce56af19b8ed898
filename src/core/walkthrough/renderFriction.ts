// The friction summary as a definition list of facts. Facts that add to the person's burden get
// the class "rto-fact-burden" so the stylesheet can make them stand out; there is no score.
import { escapeHtml } from '../text/htmlEscape';
import type { FrictionSummary } from './friction';
import { formatWait } from './waits';

interface Fact {
  name: string;
  label: string;
  value: string;
  burden: boolean;
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function waitingText(summary: FrictionSummary): string {
  if (summary.waits.length > 0) {
    return summary.waits.map((wait) => `${formatWait(wait)} (step ${wait.step + 1})`).join(', ');
  }
  return summary.stepsWithWaiting > 0 ? 'Yes, duration not stated' : 'None stated';
}

export function frictionFacts(summary: FrictionSummary): Fact[] {
  const verificationParts: string[] = [];
  if (summary.oneTimeCodes > 0) verificationParts.push(`one-time codes: ${summary.oneTimeCodes}`);
  if (summary.idUploads > 0) verificationParts.push(`ID uploads: ${summary.idUploads}`);
  const verifications = verificationParts.length > 0 ? `${summary.verifications} (${verificationParts.join(', ')})` : '0';
  return [
    { name: 'steps', label: 'Steps', value: String(summary.steps), burden: false },
    { name: 'fieldsToFill', label: 'Fields to fill', value: String(summary.fieldsToFill), burden: summary.fieldsToFill > 0 },
    { name: 'verifications', label: 'Verifications', value: verifications, burden: summary.verifications > 0 },
    { name: 'justificationDemanded', label: 'Written justification demanded', value: yesNo(summary.justificationDemanded), burden: summary.justificationDemanded },
    { name: 'accountRequired', label: 'Account or login required', value: yesNo(summary.accountRequired), burden: summary.accountRequired },
    { name: 'outcomeAtDiscretion', label: "Outcome at the company's discretion", value: yesNo(summary.outcomeAtDiscretion), burden: summary.outcomeAtDiscretion },
    { name: 'hiddenEntryPoints', label: 'Hidden entry points', value: String(summary.hiddenEntryPoints), burden: summary.hiddenEntryPoints > 0 },
    { name: 'linksToFollow', label: 'Links to follow', value: String(summary.linksToFollow), burden: false },
    { name: 'confirmations', label: 'Confirmations', value: String(summary.confirmations), burden: false },
    { name: 'waiting', label: 'Waiting', value: waitingText(summary), burden: summary.stepsWithWaiting > 0 },
  ];
}

export function renderFriction(summary: FrictionSummary): string {
  const items = frictionFacts(summary)
    .map((fact) => `<div class="rto-fact${fact.burden ? ' rto-fact-burden' : ''}" data-fact="${escapeHtml(fact.name)}">` + `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`)
    .join('\n');
  return (
    '<section class="rto-friction" aria-labelledby="rto-friction-heading">\n' +
    '<h2 class="rto-section-title" id="rto-friction-heading">What the company asks of you</h2>\n' +
    `<dl class="rto-facts">\n${items}\n</dl>\n</section>\n`
  );
}
