// Markdown helpers shared by every renderer.

/**
 * A value made safe for one cell of a markdown table: pipes escaped, line breaks folded to spaces.
 * With `max`, the text is also trimmed and cut to that many characters (ending with "…").
 */
export function tableCell(value: unknown, opts: { max?: number } = {}): string {
  const one = String(value ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|');
  if (opts.max === undefined) return one;
  const trimmed = one.trim();
  return trimmed.length > opts.max ? `${trimmed.slice(0, opts.max - 1)}…` : trimmed;
}
