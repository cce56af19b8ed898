// The legal bases a policy names, by the words policies use for them. The names are those of the
// six lawful bases listed in the GDPR's article on lawfulness of processing (Regulation (EU)
// 2016/679, https://eur-lex.europa.eu/eli/reg/2016/679/oj); no article number is shown to users.
import { normaliseForHash } from '../normalise';

const BASES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'consent', pattern: /\b(?:your|with|based on|on the basis of|rely on|relying on|where you have given|you have given us)\s(?:\w+\s)?consent\b/i },
  { name: 'performance of a contract', pattern: /\b(?:performance of (?:a|the|our|your) contract|necessary (?:for|to perform) (?:the|a|our) contract|contractual necessity)\b/i },
  { name: 'legal obligation', pattern: /\blegal obligations?\b/i },
  { name: 'vital interests', pattern: /\bvital interests?\b/i },
  { name: 'public interest or official authority', pattern: /\b(?:task carried out in the public interest|public task|exercise of official authority)\b/i },
  { name: 'legitimate interests', pattern: /\blegitimate (?:business )?interests?\b/i },
];

/** The bases named anywhere in the text, in the order above. */
export function namedLegalBases(text: string): string[] {
  const normal = normaliseForHash(text);
  return BASES.filter((basis) => basis.pattern.test(normal)).map((basis) => basis.name);
}
