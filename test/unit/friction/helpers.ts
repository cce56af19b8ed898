// Walkthroughs for the friction tests, written inline so each test shows the tags it counts.
import { frictionRow, parseWalkthrough, type FrictionRow } from '../../../src/core/friction';

export function walkthroughText(title: string, steps: string[], controller?: string): string {
  const front = [`title: ${JSON.stringify(title)}`, ...(controller === undefined ? [] : [`controller: ${JSON.stringify(controller)}`])];
  return `---\n${front.join('\n')}\n---\n\n## Steps\n\n${steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}\n`;
}

export function rowOf(title: string, steps: string[], controller?: string): FrictionRow {
  return frictionRow(parseWalkthrough(walkthroughText(title, steps, controller)), `${title}.md`);
}

/** WCAG relative luminance and contrast ratio of #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
