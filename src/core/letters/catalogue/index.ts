// Every letter definition, in the order pickers show them. The letters themselves are Markdown
// files (../templates/<jurisdiction>/<id>.md); scripts/generate-letters.cjs checks them and writes
// generated.ts, which every bundle embeds. The registry validates them again when first used.
export { LETTER_DEFINITIONS } from './generated';
