// Today's date where the user is, as YYYY-MM-DD: a letter is dated by the writer's calendar, and
// near midnight UTC would be a day off.
export function todayLocal(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
