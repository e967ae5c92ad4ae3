// The files of drift's pull request: accepted drift (patched code) and import blocks, by
// repository-relative path. Only paths inside the workspace are offered.
import { isAbsolute, join, relative } from 'node:path';
import type { GeneratedFile } from '../action/generated';
import type { DriftReport } from './types';

/**
 * Files of each drift report's pull request (accepted drift, import blocks), kept beside the report
 * by the drift command. A module without heavy imports: the Action reads it without loading drift.
 */
export const driftFiles = new WeakMap<DriftReport, Map<string, string>>();

export function driftPullRequestFiles(report: DriftReport, dir: string, workspace: string): GeneratedFile[] {
  const files = driftFiles.get(report);
  if (!files) return [];
  const out: GeneratedFile[] = [];
  for (const [path, content] of files) {
    const rel = relative(workspace, join(dir, path)).split('\\').join('/');
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) continue;
    out.push({ path: rel, content });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
