// A copy of a string that shares no memory with the string it was cut from. In V8, a slice of 13 or
// more characters (and a template built from one) points into its source rather than copying it:
// a finding's message quoting a phrase of a slice's masked copy kept that whole copy alive, so a
// 5 MB lint held tens of megabytes of masked text until it ended. Concatenating and slicing again
// makes V8 write the characters into a new string of their own.
export function detachedCopy(text: string): string {
  return (' ' + text).slice(1);
}
