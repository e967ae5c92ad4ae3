// Markdown helpers shared by every renderer: the one escaping point for text that comes from a
// repository, a pull request or a model (file names, tags, notes, explanations). Such text must
// never change the structure of a report or comment: no new lines (headings, list items, table
// rows, fences), no HTML, no links or images of its own.

/** Inline text: line breaks folded, HTML and markdown syntax escaped (links, emphasis, code, headings). */
export function markdownText(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()#!|~])/g, '\\$1');
}

/**
 * An inline code span holding `value` verbatim (line breaks folded): the fence is one backtick longer
 * than the longest run inside, so the value cannot close it. Pipes are escaped for table cells.
 */
export function markdownCode(value: unknown): string {
  const one = String(value ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') || one === '' ? ' ' : '';
  return `${fence}${pad}${one.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/**
 * A value made safe for one cell of a markdown table (or any inline place): line breaks folded,
 * pipes, HTML and link syntax escaped, so repository or model text cannot add rows, tags or links.
 * With `max`, the text is also trimmed and cut to that many characters (ending with "…").
 */
export function tableCell(value: unknown, opts: { max?: number } = {}): string {
  return trustedCell(value, opts)
    .replace(/&(?![a-zA-Z]+;|#\d+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\]\(/g, ']\\(')
    .replace(/\]\[/g, ']\\[')
    .replace(/!\[/g, '!\\[');
}

/**
 * Only the table structure kept safe (line breaks folded, pipes escaped): for markdown Inframate
 * builds itself (its own links), never for text from a repository, a pull request or a model.
 */
export function trustedCell(value: unknown, opts: { max?: number } = {}): string {
  let one = String(value ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ');
  if (opts.max !== undefined) {
    one = one.trim();
    if (one.length > opts.max) one = `${one.slice(0, opts.max - 1)}…`;
  }
  return one.replace(/\|/g, '\\|');
}

/**
 * Multi-line text placed in a fenced block (a patch, a log excerpt): the fence is longer than any
 * backtick run inside, so the text cannot end the block early.
 */
export function fencedBlock(text: string, lang = '', indent = ''): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${indent}${fence}${lang}`, ...text.split(/\r?\n/).map((l) => `${indent}${l}`), `${indent}${fence}`];
}
