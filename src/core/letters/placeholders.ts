// Template placeholder syntax and the "unfilled placeholder" marker.
//
// Templates write a field as {{name}}: two braces, a camelCase ASCII name, two braces; no spaces,
// no filters, no escapes (letters never contain a literal "{{"). When a letter is inserted as a
// snippet, each field the user has not supplied becomes a tab stop whose default text is the
// marker [[name: label]]. If the user skips the tab stop, the marker stays in the document,
// stays readable, and findUnfilledPlaceholders() finds it again.

/** Matches one {{name}} placeholder; group 1 is the name. */
export const PLACEHOLDER_PATTERN = /\{\{([a-z][A-Za-z0-9]*)\}\}/g;

/** Matches one [[name: label]] marker; group 1 is the name, group 2 the label. */
const MARKER_PATTERN = /\[\[([a-z][A-Za-z0-9]*): ([^[\]\r\n]+?)\]\]/g;

/** Field names in order of first use. */
export function templateFields(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The text left in the document for a field nobody filled in: "[[grounds: describe your particular situation]]". */
export function unfilledMarker(name: string, label: string): string {
  return `[[${name}: ${label}]]`;
}

/** A marker still present in a document. Offsets are UTF-16 code units, as editors count them. */
export interface UnfilledPlaceholder {
  field: string;
  label: string;
  /** Offset of the first "[". */
  start: number;
  /** Offset just past the last "]". */
  end: number;
}

/** Every [[field: label]] marker in `text`, in document order. */
export function findUnfilledPlaceholders(text: string): UnfilledPlaceholder[] {
  const found: UnfilledPlaceholder[] = [];
  for (const match of text.matchAll(MARKER_PATTERN)) {
    const [whole, field, label] = match;
    if (field === undefined || label === undefined || match.index === undefined) continue;
    found.push({ field, label, start: match.index, end: match.index + whole.length });
  }
  return found;
}
