// Every letter definition, in the order pickers show them. The letters themselves are Markdown
// files (../templates/<jurisdiction>/<id>.md); scripts/generate-letters.cjs checks them (see
// compile.ts) and writes generated.json, GENERATED, never edited by hand; every build regenerates
// it and the bundles embed it. The cast is checked: the registry validates every definition
// against letterDefinitionSchema (validate.ts) before any is used.
import type { LetterDefinition } from '../schema';
import generated from './generated.json';

export const LETTER_DEFINITIONS = generated as readonly LetterDefinition[];
