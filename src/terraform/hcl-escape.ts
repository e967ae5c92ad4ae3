// Escaping for values inserted into generated HCL. Handlebars' HTML escaping is wrong for HCL
// (it would turn `&` into `&amp;` and leave `${` alone), so templates run with noEscape and every
// insertion goes through one of these functions.

/**
 * A value as the body of an HCL quoted string (without the surrounding quotes): backslashes,
 * quotes and control characters are escaped, and template sequences `${` / `%{` are doubled so
 * Terraform reads them literally instead of interpolating.
 */
export function escapeHclStringBody(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const next = value[i + 1];
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if ((ch === '$' || ch === '%') && next === '{') out += `${ch}${ch}`;
    else if (ch < ' ' || ch === '\u2028' || ch === '\u2029') out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** A complete HCL quoted string literal. */
export function hclString(value: unknown): string {
  return `"${escapeHclStringBody(value === undefined || value === null ? '' : String(value))}"`;
}

const IDENT_START = /^[A-Za-z_]/;

/**
 * A Terraform identifier (resource / variable / output name): letters, digits, `_` and `-`,
 * starting with a letter or `_`. Anything else becomes `_`; lowercase keeps generated names uniform.
 */
export function tfIdent(value: unknown): string {
  let s = String(value ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (s === '') s = 'main';
  if (!IDENT_START.test(s)) s = `_${s}`;
  return s.slice(0, 64);
}

/** An AWS-friendly resource name fragment: lowercase letters, digits and dashes. */
export function awsName(value: unknown, max = 32): string {
  const s = String(value ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return /^[a-z]/.test(s) ? s : `app-${s}`.replace(/-+$/, '').slice(0, max);
}

/** A number or boolean as an HCL literal; anything else is rejected so a template cannot emit raw text. */
export function hclLiteral(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  if (typeof value === 'string') return hclString(value);
  if (Array.isArray(value)) return `[${value.map(hclLiteral).join(', ')}]`;
  throw new Error(`cannot render ${typeof value} as an HCL literal`);
}

/** A string map as an HCL object literal with quoted keys, one entry per line. */
export function hclMap(map: Record<string, unknown>, indent = '  '): string {
  const entries = Object.entries(map ?? {});
  if (entries.length === 0) return '{}';
  const width = Math.max(...entries.map(([k]) => hclString(k).length));
  const body = entries.map(([k, v]) => `${indent}  ${hclString(k).padEnd(width)} = ${hclLiteral(v)}`).join('\n');
  return `{\n${body}\n${indent}}`;
}

/** Markdown-safe text for the README (not HCL): strips characters that would start markup injection. */
export function markdownText(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>`|]/g, (c) => `\\${c}`);
}
