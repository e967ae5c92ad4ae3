// Patches are shown to people in PR comments: a small, exact "replace this line with that" diff.
import type { TfResource } from '../../terraform/model';
import type { Patch } from './types';

const hclString = (v: string) => JSON.stringify(v);

/** Set a top-level attribute: replace its line when it exists, else add it after the block header. */
export function setAttributePatch(r: TfResource, name: string, value: string | number | boolean | { hcl: string }, indent = '  '): Patch {
  const rendered = typeof value === 'object' ? value.hcl : typeof value === 'string' ? hclString(value) : String(value);
  const pos = r.attributePos?.[name];
  const before = r.expressions?.[name];
  if (pos && before !== undefined) {
    return { file: pos.file, line: pos.line, diff: `-${indent}${name} = ${before}\n+${indent}${name} = ${rendered}` };
  }
  return { file: r.pos.file, line: r.pos.line, diff: ` resource "${r.type}" "${r.name}" {\n+${indent}${name} = ${rendered}` };
}

/** Change an attribute inside a nested block (e.g. root_block_device.volume_type). */
export function setNestedPatch(r: TfResource, block: string, name: string, value: string): Patch {
  const pos = r.attributePos?.[block] ?? r.pos;
  return { file: pos.file, line: pos.line, diff: ` ${block} {\n+    ${name} = ${hclString(value)}` };
}

/** Add a new block of HCL after the resource. */
export function addBlockPatch(r: TfResource, hcl: string): Patch {
  return { file: r.pos.file, line: r.pos.line, diff: hcl.split('\n').map((l) => `+${l}`).join('\n') };
}

export function removeResourcePatch(r: TfResource): Patch {
  return { file: r.pos.file, line: r.pos.line, diff: `-resource "${r.type}" "${r.name}" { … }` };
}
