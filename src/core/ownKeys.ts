// Keys that come from users (settings, .right-to-object.json, records, command-line words, rule
// ids, tag names) are looked up only as own properties: "constructor", "toString" or "__proto__"
// must never reach Object.prototype (#19).

/** `record[key]` when `key` is the record's own property, else undefined. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty object with no prototype, so any key, "__proto__" included, is just data. */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A null-prototype copy of `record`'s own enumerable entries. */
export function toNullRecord<T>(record: Readonly<Record<string, T>> | undefined): Record<string, T> {
  const copy = nullRecord<T>();
  if (record) for (const key of Object.keys(record)) copy[key] = record[key]!;
  return copy;
}
