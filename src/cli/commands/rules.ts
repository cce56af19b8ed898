// `right-to-object rules [--format json|text]`: the catalogue (id, category, severity, message, patterns).
import { parseArgs } from 'node:util';
import { CATALOGUE } from '../../core/vague/catalogue';
import { EXIT_OK, isUsageError, UsageError, type CliCommand } from '../io';
import { oneOf } from '../args';

export const rulesCommand: CliCommand = async (args, io) => {
  let format: 'json' | 'text';
  try {
    const { values } = parseArgs({ args, options: { format: { type: 'string' } } });
    format = oneOf(values.format ?? 'text', ['json', 'text'] as const, '--format');
  } catch (error) {
    throw isUsageError(error) ? error : new UsageError(error instanceof Error ? error.message : String(error));
  }
  const rules = CATALOGUE.map(({ id, category, severity, message, patterns }) => ({ id, category, severity, message, patterns }));
  io.stdout(format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : rules.map((rule) => `${rule.id}\t${rule.category}\t${rule.severity}\t${rule.message}\n`).join(''));
  return EXIT_OK;
};
