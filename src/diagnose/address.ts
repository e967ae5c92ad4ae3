// Terraform resource addresses as they appear in logs: `with ADDR,`, `* ADDR:` (0.11), `vertex "ADDR"`,
// `in resource "TYPE" "NAME"`. Old 0.11 indexes (`name.2`) are written as `name[2]`.

const MODULE = String.raw`module\.[A-Za-z0-9_-]+(?:\[[^\]\s]+\])?\.`;
const TYPE = String.raw`[a-z][a-z0-9]*_[a-z0-9_]+`;
const NAME = String.raw`[A-Za-z_][A-Za-z0-9_-]*`;
const INDEX = String.raw`(?:\[[^\]\s]+\]|\.\d+)?`;
export const ADDRESS = String.raw`(?:${MODULE})*(?:data\.)?${TYPE}\.${NAME}${INDEX}`;

export const ADDRESS_RE = new RegExp(`^${ADDRESS}$`);
const WITH_RE = new RegExp(String.raw`\bwith (${ADDRESS}),`);
const VERTEX_RE = new RegExp(String.raw`\bvertex "(${ADDRESS})"`);
const IN_BLOCK_RE = /\bin (resource|data|module) "([^"]+)"(?: "([^"]+)")?/;
const DIAG_ADDRESS_RE = new RegExp(String.raw`"address":\s*"(${ADDRESS})"`);

export function normalizeAddress(address: string): string {
  return address.replace(/\.(\d+)$/, '[$1]');
}

/** The address without instance keys, for matching against the configuration. */
export function addressWithoutIndex(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

/** Type and name of the last element ("aws_s3_bucket.logs"), without module path or index. */
export function typeAndName(address: string): string {
  const plain = addressWithoutIndex(normalizeAddress(address));
  const parts = plain.split('.');
  const dataAt = parts.lastIndexOf('data');
  return dataAt >= 0 && dataAt === parts.length - 3 ? parts.slice(-3).join('.') : parts.slice(-2).join('.');
}

export function resourceTypeOf(address: string | null): string | null {
  if (!address) return null;
  const tn = typeAndName(address).split('.');
  return tn[0] === 'data' ? (tn[1] ?? null) : (tn[0] ?? null);
}

export interface FoundAddress {
  address: string;
  /** How it was found; "block" means only `in resource "T" "N"` was given (no module path or index). */
  how: 'with' | 'vertex' | 'header' | 'block' | 'json';
}

/** The first resource address named by explicit markers in the lines (not by headers). */
export function explicitAddress(lines: readonly string[]): FoundAddress | null {
  for (const re of [WITH_RE, VERTEX_RE, DIAG_ADDRESS_RE] as const) {
    for (const line of lines) {
      const m = re.exec(line);
      if (m) return { address: normalizeAddress(m[1]), how: re === WITH_RE ? 'with' : re === VERTEX_RE ? 'vertex' : 'json' };
    }
  }
  return null;
}

/** `in resource "aws_eip" "nat"` → aws_eip.nat; `in data "…" "…"` → data.…; `in module "x"` → module.x. */
export function blockAddress(lines: readonly string[]): FoundAddress | null {
  for (const line of lines) {
    const m = IN_BLOCK_RE.exec(line);
    if (!m) continue;
    if (m[1] === 'module') return { address: `module.${m[2]}`, how: 'block' };
    if (!m[3]) continue;
    return { address: m[1] === 'data' ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`, how: 'block' };
  }
  return null;
}
