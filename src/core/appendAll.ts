// `target.push(...items)` passes every item as an argument, and a few hundred thousand of them
// overflow the stack (a 1 MB tight list gave one slice that many line starts, #19). A loop does not.

/** Appends `items` to `target` one by one; returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[], from = 0): T[] {
  for (let i = from; i < items.length; i++) target.push(items[i]!);
  return target;
}
