// The evaluated resource inventory of a generated module: every resource and data source the loader
// evaluates (in the root and in every module instance), as its type and its evaluated settings, with
// addresses left out. Two layouts of the same infrastructure (one file per component, or local
// modules called with for_each) have the same inventory: same resources, same settings, per unit.
import { isUnknown, type TfValue } from '../../src/terraform/model';
import { loadTerraformFiles } from '../../src/terraform/load';

/** A stable text of a value: object keys sorted, unknown values as "(unknown)". */
function stable(v: TfValue | undefined): unknown {
  if (v === undefined) return null;
  if (isUnknown(v)) return '(unknown)';
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = stable((v as Record<string, TfValue>)[k]);
    return out;
  }
  return v;
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
      JSON.stringify({
        kind: r.kind,
        type: r.type,
        settings: stable(r.attributes),
        documents: stable((r.documents ?? {}) as TfValue),
      }),
    )
    .sort();
}
