// optimize [DIR]: monthly cost estimate, savings with patches, and (--compare BASE_DIR) the
// per-resource cost difference against another tree.
import { diffCosts, type CostDiff } from '../cost/diff';
import { estimateCosts } from '../cost/engine';
import { detectEnvironment } from '../cost/environment';
import { narrateSavings, type SavingsNarrative } from '../cost/narrative';
import { renderCostDiffMarkdown, renderEstimateMarkdown } from '../cost/render';
import { findSavings, type Saving } from '../cost/savings';
import { loadTerraformInput, requirementsIfAny } from '../cost/terraform-input';
import type { CostEstimate, UsageMap } from '../cost/types';
import { parseUsage } from '../cost/usage';
import type { UsageWarning } from '../cost/types';
import type { Requirements } from '../spec/types';
import { FileTooLargeError, readTextBounded } from '../core/read-bounded';
import { InputError } from '../supervisor/errors';
import { tableCell } from '../core/markdown';
import { filesNotScanned, renderNotScannedMarkdown } from '../terraform/not-scanned';
import type { LoadedTerraform } from '../terraform/model';
import type { BaseReport, CommandContext, CommandModule } from './types';

export interface OptimizeReport extends BaseReport, CostEstimate {
  command: 'optimize';
  /** Environment the savings rules assumed (from inframate.md, variables or tags). */
  environment: string | null;
  savings: Saving[];
  totalMonthlySavings: number;
  compare?: CostDiff;
  narrative?: SavingsNarrative;
  /** Usage-file keys that were ignored (unknown to every resource type, lists), with file and line. */
  usageWarnings?: UsageWarning[];
}

export async function readUsage(ctx: CommandContext): Promise<UsageMap | undefined> {
  const file = ctx.settings.usageFile;
  if (!file) return undefined;
  const text = await ctx.step(
    'usage.read',
    async () => {
      try {
        return await readTextBounded(file);
      } catch (error) {
        if (error instanceof FileTooLargeError) throw error;
        throw new InputError(`cannot read usage file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file });
      }
    },
    { dependency: 'fs' },
  );
  const usage = await ctx.step('usage.parse', () => parseUsage(file, text));
  for (const w of usage.warnings ?? []) ctx.log.warn(`${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  return usage;
}

/** The region of the root module's default aws provider block, when it is a known string. */
export function providerRegion(loaded: LoadedTerraform): string | undefined {
  const provider = (loaded.providers ?? []).find((p) => p.name === 'aws' && !p.alias && p.modulePath === '');
  const region = provider?.attributes.region;
  return typeof region === 'string' && /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region) ? region : undefined;
}

/** The region prices are looked up in: --region, then inframate.md, then the root aws provider, else us-east-1. */
export function costRegion(ctx: CommandContext, req: Requirements | null, loaded: LoadedTerraform): string {
  return ctx.settings.region ?? req?.region ?? providerRegion(loaded) ?? 'us-east-1';
}

/** Run the cost analysis of one directory (also used by auto on generated Terraform). */
export async function optimizeDirectory(ctx: CommandContext, dir: string, preloaded?: LoadedTerraform): Promise<OptimizeReport> {
  const req = await requirementsIfAny(ctx);
  const usage = await readUsage(ctx);
  const loaded = preloaded ?? (await loadTerraformInput(ctx, dir, 'optimize'));
  const region = costRegion(ctx, req, loaded);
  const estimate = await ctx.step('cost.estimate', () => estimateCosts(loaded, { region, usage }));
  const environment = req?.environment ?? detectEnvironment(loaded) ?? null;
  const savings = await ctx.step('cost.savings', () => findSavings(loaded, estimate, { usage, environment: environment ?? undefined }), {
    fallback: () => [] as Saving[],
    strategy: 'skip-savings',
  });
  const report: OptimizeReport = {
    schemaVersion: 1,
    command: 'optimize',
    ...estimate,
    environment,
    savings,
    totalMonthlySavings: Math.round(savings.reduce((s, x) => s + (x.monthlySavings ?? 0), 0) * 100) / 100,
    ...(usage?.warnings?.length ? { usageWarnings: usage.warnings } : {}),
    filesNotScanned: filesNotScanned(loaded),
    errors: ctx.supervisor.report(),
  };
  const compareDir = ctx.settings.compare;
  if (compareDir) {
    const base = await loadTerraformInput(ctx, compareDir, 'optimize.compare');
    const baseEstimate = await ctx.step('cost.estimate-compare', () => estimateCosts(base, { region, usage }));
    report.compare = diffCosts(baseEstimate, estimate);
  }
  if (ctx.settings.ai.enabled && savings.length > 0) {
    const narrative = await narrateSavings(ctx, report);
    if (narrative) report.narrative = narrative;
  }
  return report;
}

export function renderOptimizeMarkdown(r: OptimizeReport, heading = '#'): string {
  const parts = [`${heading} inframate optimize`, ''];
  // Model text: escaped so it cannot add headings, HTML or links to the report.
  if (r.narrative) parts.push(tableCell(r.narrative.summary), '');
  parts.push(renderEstimateMarkdown(r, r.savings, { heading: `${heading}#` }));
  if (r.compare) parts.push(renderCostDiffMarkdown(r.compare));
  if (r.usageWarnings?.length) {
    parts.push('', `${heading}# Usage file warnings`, '');
    for (const w of r.usageWarnings) parts.push(`- ${tableCell(`${w.file}${w.line ? `:${w.line}` : ''}`)}: ${tableCell(w.message)}`);
  }
  parts.push(...renderNotScannedMarkdown(r.filesNotScanned, `${heading}#`));
  return parts.join('\n');
}

const optimize: CommandModule<OptimizeReport> = {
  name: 'optimize',
  usage: 'optimize [DIR]',
  summary: 'monthly cost estimate and savings',
  available: true,
  formats: ['markdown', 'json'],
  run: (ctx) => optimizeDirectory(ctx, ctx.settings.dir),
  renderMarkdown: (r) => renderOptimizeMarkdown(r),
};

export default optimize;
