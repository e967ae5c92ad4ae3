// The files of drift's pull request: accepted drift (patched code) and import blocks, by
// repository-relative path. Only paths inside the workspace are offered.
import { isAbsolute, join, relative } from 'node:path';
import type { GeneratedFile } from '../action/generated';
import { driftFiles } from '../commands/drift';
import type { DriftReport } from './types';

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
