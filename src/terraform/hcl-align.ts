// `terraform fmt` alignment for generated HCL, so a module passes `terraform fmt -check` in the
// user's CI. Like hclwrite, consecutive single-line `name = value` lines at one indentation level
// form a group whose `=` signs line up; a blank line, a comment, a block header, a closing brace
// or an attribute whose value spans several lines ends the group (that attribute keeps one space).

const ATTRIBUTE = /^(\s*)("(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*)\s*=(?!=)\s*(.*)$/;

/** Brackets opened minus closed in an expression, ignoring quoted strings. */
function openBrackets(value: string): number {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '"') {
      for (i++; i < value.length && value[i] !== '"'; i++) if (value[i] === '\\') i++;
    } else if (ch === '#' || (ch === '/' && value[i + 1] === '/')) break;
    else if (ch === '{' || ch === '[' || ch === '(') depth++;
    else if (ch === '}' || ch === ']' || ch === ')') depth--;
  }
  return depth;
}

export function alignHcl(text: string): string {
  const lines = text.split('\n');
  const out = [...lines];
  let group: { index: number; indent: string; key: string; value: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...group.map((g) => g.key.length));
    for (const g of group) out[g.index] = `${g.indent}${g.key.padEnd(width)} = ${g.value}`;
    group = [];
  };
  let heredoc: string | undefined;
  lines.forEach((line, index) => {
    if (heredoc) {
      if (line.trim() === heredoc) heredoc = undefined;
      return;
    }
    const m = ATTRIBUTE.exec(line);
    if (!m) {
      flush();
      return;
    }
    const [, indent, key, value] = m as unknown as [string, string, string, string];
    const marker = /<<-?([A-Za-z_]+)\s*$/.exec(value);
    if (marker) heredoc = marker[1];
    if (group.length && group[0]!.indent !== indent) flush();
    if (openBrackets(value) > 0 || marker) {
      flush();
      out[index] = `${indent}${key} = ${value}`;
      return;
    }
    group.push({ index, indent, key, value });
  });
  flush();
  return out.join('\n');
}
