// Large graphs are folded so GitHub still renders them: nodes of one type (or one service) in
// one module become a single node carrying a count, and their edges are merged.
import type { GraphEdge, GraphNode, ResourceGraph } from './build';

export type CollapseLevel = 'none' | 'type' | 'service';

export interface CollapsedNode extends GraphNode {
  /** How many resources (not instances) the node stands for. */
  members: number;
  label?: string;
}

export function collapseGraph(graph: ResourceGraph, level: Exclude<CollapseLevel, 'none'>): { nodes: CollapsedNode[]; edges: GraphEdge[] } {
  const keyOf = (n: GraphNode) => `${n.module}|${level === 'type' ? n.type : n.service}`;
  const groups = new Map<string, CollapsedNode>();
  const mapping = new Map<string, string>();
  for (const n of graph.nodes) {
    const key = keyOf(n);
    mapping.set(n.id, key);
    const g = groups.get(key);
    if (!g) {
      const what = level === 'type' ? n.type : n.service;
      groups.set(key, { ...n, id: `${n.module ? `${n.module}.` : ''}${what}`, members: 1, label: what });
      continue;
    }
    g.members++;
    g.instances += n.instances;
    if (n.monthlyCost !== undefined) g.monthlyCost = Math.round(((g.monthlyCost ?? 0) + n.monthlyCost) * 100) / 100;
    // A folded node stays in a network boundary only when every member shares it.
    if (g.vpc !== n.vpc) g.vpc = undefined;
    if (g.subnet !== n.subnet) g.subnet = undefined;
  }
  const edgeKeys = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const e of graph.edges) {
    const from = groups.get(mapping.get(e.from)!)!.id;
    const to = groups.get(mapping.get(e.to)!)!.id;
    const key = `${from}\u0000${to}`;
    if (from === to || edgeKeys.has(key)) continue;
    edgeKeys.add(key);
    edges.push({ from, to });
  }
  const nodes = [...groups.values()];
  // Boundaries point at node ids that may have been folded away: re-point them to the folded ids.
  for (const n of nodes) {
    if (n.vpc) n.vpc = groups.get(mapping.get(n.vpc)!)?.id;
    if (n.subnet) n.subnet = groups.get(mapping.get(n.subnet)!)?.id;
  }
  return { nodes, edges };
}
