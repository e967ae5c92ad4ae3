import { scanTerraform, type ScanOptions } from '../../src/checks/engine';
import { loadTerraformFiles } from '../../src/terraform/load';

/** Load in-memory files through the real loader and scan them. */
export async function scanFiles(files: Record<string, string>, opts: ScanOptions & { vars?: Record<string, string> } = {}) {
  const loaded = await loadTerraformFiles('/virtual', new Map(Object.entries(files)), { vars: opts.vars });
  return { loaded, ...scanTerraform(loaded, opts) };
}
