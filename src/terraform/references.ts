// References in hcl2json output: hcl2json keeps expressions as template source ("${aws_x.y.id}",
// "hello ${var.a}"), so references are read from the `${…}` / `%{…}` parts of every string, with
// string literals inside expressions skipped and escaped `$${` / `%%{` left alone (they are text).

/** The expression parts of one template string (nested templates inside quoted literals included). */
export function templateExpressions(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if ((two === '$$' || two === '%%') && text[i + 2] === '{') {
      i += 3; // escaped: literal text
      continue;
    }
    if ((two === '${' || two === '%{') && text[i - 1] !== two[0]) {
      const end = matchBrace(text, i + 2);
      const inner = text.slice(i + 2, end);
      const { code, strings } = splitStrings(inner);
      out.push(code);
      for (const s of strings) out.push(...templateExpressions(s));
      i = end + 1;
      continue;
    }
    i++;
  }
  return out;
}

/** Index of the `}` closing an expression opened just before `start`, skipping quoted strings. */
function matchBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      i = skipString(text, i);
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}

/** Index of the closing quote of the string starting at `start` (with nested templates). */
function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '"') return i;
    else if ((ch === '$' || ch === '%') && text[i + 1] === '{' && text[i - 1] !== ch) i = matchBrace(text, i + 2);
  }
  return text.length;
}

/** Expression source with quoted literals removed (returned separately: they may hold templates). */
function splitStrings(expr: string): { code: string; strings: string[] } {
  let code = '';
  const strings: string[] = [];
  for (let i = 0; i < expr.length; i++) {
    if (expr[i] === '"') {
      const end = skipString(expr, i);
      strings.push(expr.slice(i + 1, end));
      code += '""';
      i = end;
    } else code += expr[i];
  }
  return { code, strings };
}

/** Provider prefixes of resource types we recognize as references (a for-expression variable never matches). */
const RESOURCE_PREFIXES = ['aws', 'random', 'tls', 'null', 'archive', 'time', 'local', 'http', 'cloudinit', 'external'];
const REF = new RegExp(
  String.raw`(?<![\w.\]"])(?:(data)\.([a-z][\w-]*)\.([\w-]+)|(var|local|module)\.([\w-]+)|((?:${RESOURCE_PREFIXES.join('|')})_[\w-]+)\.([\w-]+))`,
  'g',
);

export interface Reference {
  /** e.g. var.project, aws_vpc.main, data.aws_caller_identity.current, module.net, local.tags */
  target: string;
  kind: 'var' | 'local' | 'module' | 'data' | 'resource';
}

/** References made by an expression source. */
export function referencesIn(code: string): Reference[] {
  const out: Reference[] = [];
  for (const m of code.matchAll(REF)) {
    if (m[1]) out.push({ kind: 'data', target: `data.${m[2]}.${m[3]}` });
    else if (m[4]) out.push({ kind: m[4] as 'var' | 'local' | 'module', target: `${m[4]}.${m[5]}` });
    else if (m[6]) out.push({ kind: 'resource', target: `${m[6]}.${m[7]}` });
  }
  return out;
}

/** Every reference in a hcl2json value tree. */
export function collectReferences(value: unknown, into: Reference[] = []): Reference[] {
  if (typeof value === 'string') {
    for (const e of templateExpressions(value)) into.push(...referencesIn(e));
  } else if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectReferences(v, into);
  }
  return into;
}
