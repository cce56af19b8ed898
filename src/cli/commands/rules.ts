// `right-to-object rules [--format json|text]`: the catalogue (id, category, severity, message, patterns).
import { CATALOGUE } from '../../core/vague/catalogue';
import { EXIT_OK, type CliCommand } from '../io';
import { oneOf, parseCommandArgs } from '../args';

export const rulesCommand: CliCommand = async (args, io) => {
  const { values } = parseCommandArgs({ args, options: { format: { type: 'string' } } });
  const format = oneOf(values.format ?? 'text', ['json', 'text'] as const, '--format');
  const rules = CATALOGUE.map(({ id, category, severity, message, patterns }) => ({ id, category, severity, message, patterns }));
  io.stdout(format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : rules.map((rule) => `${rule.id}\t${rule.category}\t${rule.severity}\t${rule.message}\n`).join(''));
  return EXIT_OK;
};
