// Reports are written to files first (markdown, JSON, SARIF where the command has findings), so a
// failed upload or comment never loses a result; their paths become action outputs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render, type DispatchResult } from '../commands/dispatch';
import type { Settings } from '../settings';

export interface ReportFiles {
  markdown?: string;
  json?: string;
  sarif?: string;
}

export async function writeReportFiles(
  dir: string,
  settings: Settings,
  result: DispatchResult,
  relocate: (text: string) => string = (t) => t,
): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files: ReportFiles = {};
  const base = join(dir, `inframate-${settings.command}`);
  if (result.markdown) {
    files.markdown = `${base}.md`;
    await writeFile(files.markdown, result.markdown);
  }
  if (result.report) {
    files.json = `${base}.json`;
    await writeFile(files.json, relocate(render({ ...settings, format: 'json' }, result.command, result.report)));
    // A command that threw left no findings to put in SARIF (dispatch renders an empty log for it).
    if (result.command.renderSarif && !result.partial) {
      files.sarif = `${base}.sarif`;
      await writeFile(files.sarif, relocate(render({ ...settings, format: 'sarif' }, result.command, result.report)));
    }
  }
  return files;
}

type Obj = Record<string, unknown>;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The monthly cost a report states, wherever its command keeps it (optimize, analyze, auto). */
export function monthlyCostOf(report: unknown): number | undefined {
  const r = (report ?? {}) as Obj;
  const direct = num(r.totalMonthlyCost);
  if (direct !== undefined) return direct;
  const rec = num(((r.recommendation ?? {}) as Obj).estimatedMonthlyCost);
  if (rec !== undefined) return rec;
  for (const key of ['optimize', 'cost', 'costs']) {
    const nested = r[key];
    if (nested && typeof nested === 'object') {
      const v = monthlyCostOf(nested);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}
