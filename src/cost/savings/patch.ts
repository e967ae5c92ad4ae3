// Patches are shown to people in PR comments: a small, exact "replace this line with that" diff,
// located with the loader's attribute positions.
import { hclString } from '../../terraform/hcl-escape';
import { isUnknown, type TfResource, type TfValue } from '../../terraform/model';
import type { Patch } from './types';

export type PatchValue = string | number | boolean | { hcl: string };

/** HCL text of a scalar: strings through the shared HCL escaper (JSON quoting leaves `${` live). */
const scalar = (v: string | number | boolean | null): string => (typeof v === 'string' ? hclString(v) : JSON.stringify(v));

const render = (v: PatchValue): string => (typeof v === 'object' ? v.hcl : scalar(v));

/** HCL text of an evaluated literal (for the "-" line when the source had no expression). */
function literal(v: TfValue | undefined): string | undefined {
  if (v === undefined || isUnknown(v)) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return scalar(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
    return `[${v.map((x) => scalar(x as string | number)).join(', ')}]`;
  return undefined;
}

function replaceOrAdd(
  r: TfResource,
  key: string,
  name: string,
  before: string | undefined,
  value: PatchValue,
  header: string,
  indent: string,
): Patch {
  const pos = r.attributePos?.[key];
  if (pos && before !== undefined)
    return { file: pos.file, line: pos.line, diff: `-${indent}${name} = ${before}\n+${indent}${name} = ${render(value)}` };
  return { file: pos?.file ?? r.pos.file, line: pos?.line ?? r.pos.line, diff: ` ${header}\n+${indent}${name} = ${render(value)}` };
}

/** "${var.x}" → "var.x": the expression as written in HCL. */
const unwrap = (expr: string) => expr.replace(/^"?\$\{([\s\S]*)\}"?$/, '$1');

/**
 * Set a top-level attribute: replace its line when it exists, else add it after the block header.
 * When the value comes from an expression (a variable, each.value, a local), replacing it with a
 * literal would break the other instances: the patch points at where the value is defined instead.
 */
export function setAttributePatch(r: TfResource, name: string, value: PatchValue): Patch {
  const expr = r.expressions?.[name];
  const pos = r.attributePos?.[name];
  if (expr !== undefined && pos) {
    const shown = unwrap(expr);
    return {
      file: pos.file,
      line: pos.line,
      diff: `-  ${name} = ${shown}\n+  ${name} = ${shown} # make this evaluate to ${render(value)} where the value is defined`,
    };
  }
  return replaceOrAdd(r, name, name, literal(r.attributes[name]), value, `resource "${r.type}" "${r.name}" {`, '  ');
}

/** Change an attribute inside the first nested block (e.g. root_block_device.volume_type). */
export function setNestedPatch(r: TfResource, block: string, name: string, value: PatchValue): Patch {
  const items = r.attributes[block];
  const first =
    Array.isArray(items) && items[0] && typeof items[0] === 'object' && !Array.isArray(items[0])
      ? (items[0] as Record<string, TfValue>)
      : {};
  const key = r.attributePos?.[`${block}[0].${name}`] ? `${block}[0].${name}` : `${block}.${name}`;
  const patch = replaceOrAdd(r, key, name, literal(first[name]), value, `${block} {`, '    ');
  if (!r.attributePos?.[key] && r.attributePos?.[block])
    return { ...patch, file: r.attributePos[block].file, line: r.attributePos[block].line };
  return patch;
}

/** Add a new block of HCL after the resource. */
export function addBlockPatch(r: TfResource, hcl: string): Patch {
  return {
    file: r.pos.file,
    line: r.pos.line,
    diff: hcl
      .split('\n')
      .map((l) => `+${l}`)
      .join('\n'),
  };
}

export function removeResourcePatch(r: TfResource): Patch {
  return { file: r.pos.file, line: r.pos.line, diff: `-resource "${r.type}" "${r.name}" { … }` };
}
