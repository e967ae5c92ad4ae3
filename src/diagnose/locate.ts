// Fixes that fit the code: a diagnosis that names a resource (or a file and line) is tied to the
// place in the repository where it is declared, using the shared Terraform loader.
import { posix } from 'node:path';
import type { LoadedTerraform, TfResource } from '../terraform/model';
import { addressWithoutIndex, typeAndName } from './address';
import type { Diagnosis } from './types';

function findResource(loaded: LoadedTerraform, address: string): TfResource | undefined {
  const wanted = addressWithoutIndex(address);
  const exact = loaded.resources.find((r) => addressWithoutIndex(r.address) === wanted);
  if (exact) return exact;
  // Logs from a module run elsewhere, or `in resource "T" "N"` without the module path: accept a unique type.name.
  const tn = typeAndName(address);
  const candidates = loaded.resources.filter((r) => typeAndName(r.address) === tn);
  const declared = new Set(candidates.map((r) => `${r.pos.file}:${r.pos.line}`));
  return declared.size === 1 ? candidates[0] : undefined;
}

function argumentName(d: Diagnosis): string | null {
  return /An argument named "([^"]+)"/.exec(d.excerpt)?.[1] ?? null;
}

/** Adds `location` and a first fix pointing at it; returns how many diagnoses were located. */
export function locateInRepository(diagnoses: Diagnosis[], loaded: LoadedTerraform): number {
  let located = 0;
  const files = new Set(loaded.files.map((f) => posix.normalize(f)));
  for (const d of diagnoses) {
    let where: { file: string; line: number } | null = null;
    let what = '';
    const resource = d.resource && !d.resource.startsWith('module.') ? findResource(loaded, d.resource) : undefined;
    if (resource) {
      const arg = argumentName(d);
      where = (arg && resource.attributePos?.[arg]) || resource.pos;
      what = `\`${resource.address.replace(/\[[^\]]*\]$/, '')}\``;
    } else if (d.file && files.has(posix.normalize(d.file)) && d.line) {
      where = { file: posix.normalize(d.file), line: d.line };
      what = 'the code';
    }
    if (!where) {
      d.location = null;
      continue;
    }
    d.location = { file: where.file, line: where.line };
    located++;
    d.fixes.unshift(`In this repository: ${what} is declared at ${where.file}:${where.line} — apply the fix there.`);
  }
  return located;
}
