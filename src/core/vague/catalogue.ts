// TEMPORARY until catalogue/index.ts lands (being authored in parallel); delete this file then.
import type { Rule } from './ruleSchema';
export const CATALOGUE: readonly Rule[] = [
  {
    id: 'legitimate-interests',
    patterns: ['legitimate interest(s|)'],
    category: 'vague-legal-basis',
    severity: 'warning',
    message: 'Vague legal basis: “legitimate interests” without saying which interests.',
    explanation: 'x'.repeat(20),
    question: 'Which legitimate interests, for which purpose?',
  },
];
