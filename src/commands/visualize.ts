// visualize [DIR]: the resource graph (JSON, contracts §3.4) and a Mermaid flowchart GitHub
// renders, plus a Mermaid pie of the monthly cost by service.
import { estimateCosts } from '../cost/engine';
import { loadTerraformInput, requirementsIfAny } from '../cost/terraform-input';
import { filesNotScanned, renderNotScannedMarkdown } from '../terraform/not-scanned';
import type { CostEstimate } from '../cost/types';
import { buildGraph, type GraphEdge } from '../graph/build';
import type { CollapseLevel } from '../graph/collapse';
import { serviceOf } from '../graph/services';
import { costRegion } from './optimize';
import { renderCostPie, renderFlowchart } from '../render/mermaid';
import type { LoadedTerraform } from '../terraform/model';
import type { BaseReport, CommandContext, CommandModule } from './types';

export interface VisualizeNode {
  id: string;
  type: string;
  module: string;
  service: string;
  instances: number;
  vpc: string | null;
  subnet: string | null;
  file: string;
  line: number;
  /** Known monthly cost of the node's instances; null when nothing of it is priced. */
  monthlyCost: number | null;
}

export interface VisualizeReport extends BaseReport {
  command: 'visualize';
  nodes: VisualizeNode[];
  edges: GraphEdge[];
  mermaid: string;
  /** How the flowchart was folded to stay within GitHub's limits. */
  collapsed: CollapseLevel;
  droppedEdges: number;
  /** Mermaid pie of the monthly cost by service; null when nothing has a known cost. */
  costChart: string | null;
  costByService: { service: string; monthlyCost: number }[];
}

export function costByService(estimate: CostEstimate): { service: string; monthlyCost: number }[] {
  const sums = new Map<string, number>();
  for (const r of estimate.resources) {
    if (r.monthlyCost === null) continue;
    const s = serviceOf(r.type);
    sums.set(s, (sums.get(s) ?? 0) + r.monthlyCost);
  }
  return [...sums.entries()]
    .map(([service, c]) => ({ service, monthlyCost: Math.round(c * 100) / 100 }))
    .sort((a, b) => b.monthlyCost - a.monthlyCost);
}

export async function visualizeDirectory(
  ctx: CommandContext,
  dir: string,
  estimate?: CostEstimate,
  preloaded?: LoadedTerraform,
): Promise<VisualizeReport> {
  const loaded = preloaded ?? (await loadTerraformInput(ctx, dir, 'visualize'));
  let costs = estimate;
  if (!costs) {
    const req = await requirementsIfAny(ctx);
    const region = costRegion(ctx, req, loaded);
    costs = await ctx.step('cost.estimate', () => estimateCosts(loaded, { region }), {
      fallback: () => undefined,
      strategy: 'skip-cost-chart',
    });
  }
  const graph = await ctx.step('graph.build', () => buildGraph(loaded, { estimate: costs }));
  const chart = await ctx.step('graph.render-mermaid', () => renderFlowchart(graph));
  const byService = costs ? costByService(costs) : [];
  return {
    schemaVersion: 1,
    command: 'visualize',
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      module: n.module,
      service: n.service,
      instances: n.instances,
      vpc: n.vpc ?? null,
      subnet: n.subnet ?? null,
      file: n.file,
      line: n.line,
      monthlyCost: n.monthlyCost ?? null,
    })),
    edges: graph.edges,
    mermaid: chart.mermaid,
    collapsed: chart.collapsed,
    droppedEdges: chart.droppedEdges,
    costChart: renderCostPie(byService.map((s) => ({ label: s.service, monthlyCost: s.monthlyCost }))),
    costByService: byService,
    filesNotScanned: filesNotScanned(loaded),
    errors: ctx.supervisor.report(),
  };
}

export function renderVisualizeMarkdown(r: VisualizeReport, heading = '#'): string {
  const lines = [`${heading} inframate visualize`, '', `${r.nodes.length} resources, ${r.edges.length} references.`];
  if (r.collapsed !== 'none')
    lines.push(
      `The diagram groups resources by ${r.collapsed} to stay within GitHub's Mermaid limits${r.droppedEdges ? ` (${r.droppedEdges} edges left out)` : ''}.`,
    );
  lines.push('', '```mermaid', r.mermaid.trimEnd(), '```', '');
  if (r.costChart) lines.push(`${heading}# Monthly cost by service`, '', '```mermaid', r.costChart.trimEnd(), '```', '');
  lines.push(...renderNotScannedMarkdown(r.filesNotScanned, `${heading}#`));
  return lines.join('\n');
}

const visualize: CommandModule<VisualizeReport> = {
  name: 'visualize',
  usage: 'visualize [DIR]',
  summary: 'resource graph and cost breakdown',
  available: true,
  formats: ['markdown', 'json'],
  run: (ctx: CommandContext) => visualizeDirectory(ctx, ctx.settings.dir),
  renderMarkdown: (r) => renderVisualizeMarkdown(r),
};

export default visualize;
