// Today's date where the user is, as YYYY-MM-DD: a letter is dated, a deadline is counted and a
// comparison is stamped by the reader's own calendar (near midnight, the UTC date would be a day
// off). The one home for it: the editor, the letters and the CLI all use this.
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
