// The evaluated resource inventory of a generated module: every resource and data source the loader
// evaluates (in the root and in every module instance), as its type and its evaluated settings, with
// addresses left out. Two layouts of the same infrastructure (one file per component, or local
// modules called with for_each) have the same inventory: same resources, same settings, per unit.
import { isUnknown, type TfValue } from '../../src/terraform/model';
import { loadTerraformFiles } from '../../src/terraform/load';

/**
 * A stable form of a value: object keys sorted, unknown values as "(unknown)", null arguments and
 * empty lists left out (Terraform treats `x = null` as not set; a dynamic block with no element is no block), and the lists whose order carries no meaning sorted
 * (a container's `environment` and `secrets`, by name). The same form is applied to the inventories
 * captured before the module layout when they are compared.
 */
export function stable(v: unknown, key = ''): unknown {
  if (v === undefined || v === null) return null;
  if (isUnknown(v as TfValue)) return '(unknown)';
  if (Array.isArray(v)) {
    const items = v.map((x) => stable(x));
    if (key === 'environment' || key === 'secrets') items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return items;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = stable((v as Record<string, unknown>)[k], k);
      if (x !== null && !(Array.isArray(x) && x.length === 0)) out[k] = x;
    }
    return out;
  }
  return v;
}

/**
 * One layout change in names, not in infrastructure: the description of a rule between two
 * services names the other unit by its name (grpc-currency-servic) where the one-file layout used
 * its Terraform identifier (grpc_currency_servic).
 */
export function normalizeLine(line: string): string {
  const entry = JSON.parse(line) as { settings: Record<string, unknown> };
  const d = entry.settings?.description;
  if (typeof d === 'string' && / \(Service Connect\)$/.test(d)) entry.settings.description = d.replace(/-/g, '_');
  return JSON.stringify(stable(entry));
}

export interface InventoryEntry {
  type: string;
  kind: 'resource' | 'data';
  settings: unknown;
}

/** The sorted inventory (one JSON line per resource instance) of the .tf files of a module. */
export async function inventory(files: Map<string, string>): Promise<string[]> {
  const tf = new Map([...files].filter(([f]) => f.endsWith('.tf')));
  const loaded = await loadTerraformFiles('/inventory', tf);
  if (loaded.errors.length) throw new Error(`module does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.resources
    .map((r) =>
      normalizeLine(JSON.stringify({ kind: r.kind, type: r.type, settings: stable(r.attributes), documents: stable(r.documents ?? {}) })),
    )
    .sort();
}
