// Which environment a configuration describes, for rules that treat production differently.
// Read from what the code says: an `environment`/`env`/`stage` variable's default, else the
// most common Environment tag. Undefined when the code does not say.
import { isUnknown, type LoadedTerraform, type TfValue } from '../terraform/model';

const VARIABLE_NAMES = ['environment', 'env', 'stage', 'environment_name', 'env_name'];
const TAG_KEYS = ['Environment', 'environment', 'Env', 'env', 'Stage', 'stage'];

export function detectEnvironment(loaded: LoadedTerraform): string | undefined {
  for (const name of VARIABLE_NAMES) {
    const v = Object.entries(loaded.variables).find(([k, val]) => (k === name || k.endsWith(`.${name}`)) && val.modulePath === '');
    const d = v?.[1].default;
    if (typeof d === 'string' && d.trim()) return d.trim();
  }
  const counts = new Map<string, number>();
  for (const r of loaded.resources) {
    for (const field of ['tags', 'tags_all']) {
      const tags = r.attributes[field] as TfValue | undefined;
      if (!tags || typeof tags !== 'object' || Array.isArray(tags) || isUnknown(tags)) continue;
      for (const key of TAG_KEYS) {
        const val = (tags as Record<string, TfValue>)[key];
        if (typeof val === 'string' && val.trim()) counts.set(val.trim(), (counts.get(val.trim()) ?? 0) + 1);
      }
    }
  }
  let best: string | undefined;
  for (const [k, n] of counts) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
}
