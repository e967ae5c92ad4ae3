// Ordering that is the same on every machine: UTF-16 code-unit order, never the user's locale
// (String.prototype.localeCompare follows LANG, so a Turkish or Swedish locale reorders output).
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
