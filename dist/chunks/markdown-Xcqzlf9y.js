import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
function markdownCode(value) {
  const one = String(value ?? "").replace(/[\r\n\u2028\u2029]+/g, " ");
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = one.startsWith("`") || one.endsWith("`") || one === "" ? " " : "";
  return `${fence}${pad}${one.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function tableCell(value, opts = {}) {
  return trustedCell(value, opts).replace(/&(?![a-zA-Z]+;|#\d+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\]\(/g, "]\\(").replace(/\]\[/g, "]\\[").replace(/!\[/g, "!\\[");
}
function trustedCell(value, opts = {}) {
  let one = String(value ?? "").replace(/[\r\n\u2028\u2029]+/g, " ");
  if (opts.max !== void 0) {
    one = one.trim();
    if (one.length > opts.max) one = `${one.slice(0, opts.max - 1)}\u2026`;
  }
  return one.replace(/\|/g, "\\|");
}
function fencedBlock(text, lang = "", indent = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return [`${indent}${fence}${lang}`, ...text.split(/\r?\n/).map((l) => `${indent}${l}`), `${indent}${fence}`];
}

export { trustedCell as a, fencedBlock as f, markdownCode as m, tableCell as t };
