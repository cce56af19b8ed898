// What the editor shows of a document's findings. Findings that carry no squiggle (later repeats of
// a phrase in its section, and terms the text clarifies right after them) are lowered: shown as
// hints when `showLowered` is on, left out otherwise. Off by default because measured on real
// policies such hints were worth reading 3 times in 13 (#12: hints are ≥ 50% precise or off); the
// first occurrence of a repeat still carries the count, and its hover lists every line.
import type { Finding } from '../finding';

export function asShownInEditor(findings: readonly Finding[], showLowered: boolean): Finding[] {
  const shown: Finding[] = [];
  for (const finding of findings) {
    // A rule that is a hint by its measured precision repeats like any other: one mark per section.
    const laterRepeat = finding.group !== undefined && finding.group.index > 1;
    if (laterRepeat) {
      if (showLowered) shown.push({ ...finding, severity: 'hint', lowered: 'repeat' });
    } else if (!finding.clarified || showLowered) shown.push(finding);
  }
  return shown;
}
