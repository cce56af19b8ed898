// Cross-checks between the jurisdiction data and the letters that the schemas alone cannot
// express. The registry refuses to load when any check fails, and the unit tests run the same
// checks against broken fixtures so each check is known to bite.
import { PLACEHOLDER_PATTERN, templateFields } from './placeholders';
import { jurisdictionSchema, letterDefinitionSchema, type Jurisdiction, type LetterDefinition, type LetterKind } from './schema';

/** Kinds that follow up on an earlier letter rather than exercise a right themselves. */
export const FOLLOW_UP_KINDS: readonly LetterKind[] = ['reminder', 'complaint', 'reply-web-form'];

/**
 * Numbers written in a text: article and section numbers ("21", "1798.120", "59.1-577",
 * "2016/679", "12A"). Placeholders are removed first, so dates filled in later do not count.
 */
export function numberTokens(text: string): string[] {
  const withoutFields = text.replace(PLACEHOLDER_PATTERN, ' ');
  return withoutFields.match(/\d+(?:[./-]\d+)*[A-Z]?/g) ?? [];
}

function schemaProblems(label: string, result: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }): string[] {
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue) => `${label}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

function checkJurisdiction(jurisdiction: Jurisdiction): string[] {
  const problems = schemaProblems(`jurisdiction ${jurisdiction.id}`, jurisdictionSchema.safeParse(jurisdiction));
  const where = `jurisdiction ${jurisdiction.id}`;
  const ruleIds = new Set<string>();
  for (const rule of jurisdiction.deadlineRules) {
    if (ruleIds.has(rule.id)) problems.push(`${where}: duplicate deadline rule ${rule.id}`);
    ruleIds.add(rule.id);
    if (rule.rollForward && !rule.rollForwardBasis) problems.push(`${where}: rule ${rule.id} rolls forward without saying why`);
    if (rule.verified && rule.evidence === 'none') problems.push(`${where}: rule ${rule.id} is verified without evidence`);
  }
  const provisionIds = new Set<string>();
  for (const provision of jurisdiction.provisions) {
    if (provisionIds.has(provision.id)) problems.push(`${where}: duplicate provision ${provision.id}`);
    provisionIds.add(provision.id);
    if (provision.verified && provision.evidence === 'none') {
      problems.push(`${where}: provision ${provision.id} is verified without evidence`);
    }
    const deadline = provision.responseDeadline;
    if (deadline?.status === 'rule' && !ruleIds.has(deadline.rule)) {
      problems.push(`${where}: provision ${provision.id} names unknown deadline rule ${deadline.rule}`);
    }
  }
  if (jurisdiction.authority.verified && jurisdiction.authority.evidence === 'none') {
    problems.push(`${where}: authority is verified without evidence`);
  }
  return problems;
}

function checkPlaceholders(letter: LetterDefinition, where: string): string[] {
  const problems: string[] = [];
  const declared = [...letter.placeholders.map((p) => p.name), ...letter.computed.map((c) => c.name)];
  const duplicates = declared.filter((name, index) => declared.indexOf(name) !== index);
  for (const name of new Set(duplicates)) problems.push(`${where}: field ${name} declared twice`);

  const used = templateFields(letter.body);
  for (const name of used) if (!declared.includes(name)) problems.push(`${where}: {{${name}}} is used but not declared`);
  for (const name of declared) if (!used.includes(name)) problems.push(`${where}: ${name} is declared but never used`);

  const date = letter.placeholders.find((p) => p.name === 'date');
  if (!date || date.kind !== 'date' || !date.required) problems.push(`${where}: needs a required "date" field for the sent-letter marker`);

  for (const placeholder of letter.placeholders) {
    const hasOptions = (placeholder.options?.length ?? 0) > 0;
    if (placeholder.kind === 'choice' && (placeholder.options?.length ?? 0) < 2) {
      problems.push(`${where}: choice ${placeholder.name} needs at least two options`);
    }
    if (placeholder.kind !== 'choice' && hasOptions) problems.push(`${where}: ${placeholder.name} has options but is not a choice`);
  }
  for (const computed of letter.computed) {
    const source = letter.placeholders.find((p) => p.name === computed.from);
    if (!source || source.kind !== 'date' || !source.required) {
      problems.push(`${where}: computed ${computed.name} must count from a required date field, not "${computed.from}"`);
    }
    if (!letter.deadline) problems.push(`${where}: computed ${computed.name} needs a deadline rule`);
  }

  const stray = letter.body.replace(PLACEHOLDER_PATTERN, '');
  for (const token of ['{{', '}}', '[[', ']]', '<!--', '-->']) {
    if (stray.includes(token)) problems.push(`${where}: body contains a stray "${token}"`);
  }
  return problems;
}

function checkLetter(letter: LetterDefinition, jurisdictions: ReadonlyMap<string, Jurisdiction>): string[] {
  const where = `letter ${letter.id}`;
  const problems = schemaProblems(where, letterDefinitionSchema.safeParse(letter));
  if (problems.length > 0) return problems;

  if (!letter.id.endsWith(`-${letter.language}`)) problems.push(`${where}: id does not end in its language "${letter.language}"`);
  if (letter.id.split('-')[0] !== letter.jurisdiction.split('-')[0]) {
    problems.push(`${where}: id does not start like its jurisdiction ${letter.jurisdiction}`);
  }
  const jurisdiction = jurisdictions.get(letter.jurisdiction);
  if (!jurisdiction) return [...problems, `${where}: unknown jurisdiction ${letter.jurisdiction}`];

  const allowedNumbers = new Set<string>();
  for (const id of letter.citations) {
    const provision = jurisdiction.provisions.find((p) => p.id === id);
    if (!provision) {
      problems.push(`${where}: cites unknown provision ${id}`);
      continue;
    }
    if (!provision.verified) problems.push(`${where}: cites unverified provision ${id}`);
    for (const n of provision.numbers) allowedNumbers.add(n);
    const needsGrounds = provision.reasonsRequired === 'yes' && !FOLLOW_UP_KINDS.includes(letter.kind);
    const grounds = letter.placeholders.find((p) => p.name === 'grounds');
    if (needsGrounds && (!grounds || !grounds.required || grounds.kind !== 'multiline')) {
      problems.push(`${where}: ${provision.citation} requires reasons, so a required multiline "grounds" field is needed`);
    }
  }
  if (letter.deadline) {
    const rule = jurisdiction.deadlineRules.find((r) => r.id === letter.deadline);
    if (!rule) problems.push(`${where}: unknown deadline rule ${letter.deadline}`);
    else if (!rule.verified) problems.push(`${where}: uses unverified deadline rule ${rule.id}`);
    else for (const n of rule.numbers) allowedNumbers.add(n);
  }
  if (letter.kind === 'reminder' && !letter.deadline) problems.push(`${where}: a reminder needs a deadline rule`);

  const texts = [letter.body, ...letter.placeholders.flatMap((p) => p.options ?? [])];
  for (const text of texts) {
    for (const token of numberTokens(text)) {
      if (!allowedNumbers.has(token)) problems.push(`${where}: the number "${token}" is not backed by any cited provision`);
    }
  }
  const lowerBody = letter.body.toLowerCase();
  for (const fact of jurisdiction.unverified) {
    for (const phrase of fact.forbidden) {
      if (lowerBody.includes(phrase.toLowerCase())) {
        problems.push(`${where}: states an unverified fact ("${phrase}": ${fact.statement})`);
      }
    }
  }
  return [...problems, ...checkPlaceholders(letter, where)];
}

/** All problems in the data; an empty list means the catalogue is consistent. */
export function checkCatalogue(jurisdictions: readonly Jurisdiction[], letters: readonly LetterDefinition[]): string[] {
  const problems = jurisdictions.flatMap(checkJurisdiction);
  const byId = new Map<string, Jurisdiction>();
  for (const jurisdiction of jurisdictions) {
    if (byId.has(jurisdiction.id)) problems.push(`duplicate jurisdiction ${jurisdiction.id}`);
    byId.set(jurisdiction.id, jurisdiction);
  }
  const seen = new Set<string>();
  for (const letter of letters) {
    if (seen.has(letter.id)) problems.push(`duplicate letter id ${letter.id}`);
    seen.add(letter.id);
    problems.push(...checkLetter(letter, byId));
  }
  return problems;
}
