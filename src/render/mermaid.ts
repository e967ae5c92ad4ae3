// Mermaid output GitHub renders: a flowchart of the resource graph (grouped by network boundary,
// then by service), folded when it would exceed GitHub's limits, and a pie chart of costs.
import type { GraphEdge, ResourceGraph } from '../graph/build';
import { collapseGraph, type CollapsedNode, type CollapseLevel } from '../graph/collapse';

/** GitHub's Mermaid defaults: 50,000 characters of text and 500 edges; 100 nodes keeps it legible. */
export const MERMAID_LIMITS = { maxNodes: 100, maxChars: 50_000, maxEdges: 500 };

/** Text inside a quoted Mermaid label: quotes, angle brackets, backticks and # become entity codes. */
export function escapeLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/[\r\n]+/g, ' ');
}

/** Data stores are drawn as cylinders. */
const DATA_TYPES = new Set([
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_rds_cluster_instance',
  'aws_dynamodb_table',
  'aws_elasticache_cluster',
  'aws_elasticache_replication_group',
  'aws_elasticache_serverless_cache',
  'aws_docdb_cluster',
  'aws_docdb_cluster_instance',
  'aws_redshift_cluster',
  'aws_s3_bucket',
  'aws_efs_file_system',
  'aws_opensearch_domain',
  'aws_elasticsearch_domain',
]);

function nodeLine(id: string, n: CollapsedNode): string {
  const name = n.label ?? n.id.slice(n.module ? n.module.length + 1 : 0);
  const count = n.members > 1 ? ` ×${n.members}` : n.instances > 1 ? ` ×${n.instances}` : '';
  const module = n.module ? `<br/>${escapeLabel(n.module)}` : '';
  const cost = n.monthlyCost ? `<br/>$${n.monthlyCost.toFixed(2)}/mo` : '';
  const label = `${escapeLabel(name)}${count}${module}${cost}`;
  return DATA_TYPES.has(n.type) && n.members === 1 ? `${id}[("${label}")]` : `${id}["${label}"]`;
}

interface Layout {
  nodes: CollapsedNode[];
  edges: GraphEdge[];
}

function renderLayout(layout: Layout, direction: 'LR' | 'TB'): string {
  const ids = new Map<string, string>();
  layout.nodes.forEach((n, i) => ids.set(n.id, `n${i}`));
  const lines = [`flowchart ${direction}`];
  let sg = 0;
  const emit = (n: CollapsedNode, indent: string) => lines.push(`${indent}${nodeLine(ids.get(n.id)!, n)}`);
  const vpcs = [...new Set(layout.nodes.map((n) => n.vpc).filter((v): v is string => !!v))].sort();
  for (const vpc of vpcs) {
    const inside = layout.nodes.filter((n) => n.vpc === vpc);
    lines.push(`  subgraph sg${sg++}["VPC ${escapeLabel(vpc)}"]`);
    const subnets = [...new Set(inside.map((n) => n.subnet).filter((s): s is string => !!s))].sort();
    for (const subnet of subnets) {
      lines.push(`    subgraph sg${sg++}["Subnet ${escapeLabel(subnet)}"]`);
      for (const n of inside.filter((m) => m.subnet === subnet)) emit(n, '      ');
      lines.push('    end');
    }
    for (const n of inside.filter((m) => !m.subnet)) emit(n, '    ');
    lines.push('  end');
  }
  const outside = layout.nodes.filter((n) => !n.vpc);
  const services = [...new Set(outside.map((n) => n.service))].sort();
  for (const service of services) {
    lines.push(`  subgraph sg${sg++}["${escapeLabel(service)}"]`);
    for (const n of outside.filter((m) => m.service === service)) emit(n, '    ');
    lines.push('  end');
  }
  for (const e of layout.edges) lines.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  return lines.join('\n') + '\n';
}

export interface FlowchartResult {
  mermaid: string;
  collapsed: CollapseLevel;
  /** Edges left out to stay within the limits (only when even the service level is too big). */
  droppedEdges: number;
}

export function renderFlowchart(graph: ResourceGraph, limits = MERMAID_LIMITS, direction: 'LR' | 'TB' = 'LR'): FlowchartResult {
  // The text of a layout that fits, else undefined; counts are checked first so an oversized
  // graph is never rendered just to be thrown away.
  const fitting = (l: Layout): string | undefined => {
    if (l.nodes.length > limits.maxNodes || l.edges.length > limits.maxEdges) return undefined;
    const text = renderLayout(l, direction);
    return text.length <= limits.maxChars ? text : undefined;
  };
  const plain: Layout = { nodes: graph.nodes.map((n) => ({ ...n, members: 1 })), edges: graph.edges };
  const whole = fitting(plain);
  if (whole !== undefined) return { mermaid: whole, collapsed: 'none', droppedEdges: 0 };
  let layout: Layout = plain;
  let level: CollapseLevel = 'none';
  for (const next of ['type', 'service'] as const) {
    layout = collapseGraph(graph, next);
    level = next;
    const folded = fitting(layout);
    if (folded !== undefined) return { mermaid: folded, collapsed: level, droppedEdges: 0 };
  }
  // Still too large: keep every node and as many edges as the limits allow.
  const total = layout.edges.length;
  let edges = layout.edges.slice(0, limits.maxEdges);
  let text = renderLayout({ nodes: layout.nodes, edges }, direction);
  while (text.length > limits.maxChars && edges.length > 0) {
    edges = edges.slice(0, Math.floor(edges.length / 2));
    text = renderLayout({ nodes: layout.nodes, edges }, direction);
  }
  return { mermaid: text, collapsed: level, droppedEdges: total - edges.length };
}

/** Pie chart of monthly cost per slice; zero and unknown slices are left out (a pie cannot show them). */
export function renderCostPie(slices: { label: string; monthlyCost: number }[], title = 'Monthly cost by service (USD)'): string | null {
  const positive = slices.filter((s) => s.monthlyCost > 0).sort((a, b) => b.monthlyCost - a.monthlyCost);
  if (positive.length === 0) return null;
  const lines = [`pie showData`, `  title ${title.replace(/[\r\n]+/g, ' ')}`];
  for (const s of positive) lines.push(`  "${s.label.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}" : ${s.monthlyCost.toFixed(2)}`);
  return lines.join('\n') + '\n';
}
