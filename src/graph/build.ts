// The resource graph: one node per resource (count / for_each instances folded into one node
// with an instance count), edges from references — including references made inside local
// modules — and a placement of every node in a network boundary (VPC, subnet) or a service.
import { baseAddress, resolveReference, resourceIndex } from '../cost/engine';
import type { CostEstimate } from '../cost/types';
import type { LoadedTerraform } from '../terraform/model';
import { NETWORK_CARRIERS, serviceOf, SUBNET_TYPES, VPC_TYPES } from './services';

export interface GraphNode {
  id: string;
  type: string;
  module: string;
  /** Number of count / for_each instances (1 for a plain resource). */
  instances: number;
  service: string;
  /** VPC node id the resource sits in, when known. */
  vpc?: string;
  /** Subnet node id the resource sits in, when it references exactly one subnet resource. */
  subnet?: string;
  file: string;
  line: number;
  /** Known monthly cost of all its instances (when an estimate was given and something is priced). */
  monthlyCost?: number;
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface ResourceGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function buildGraph(loaded: LoadedTerraform, opts: { includeData?: boolean; estimate?: CostEstimate } = {}): ResourceGraph {
  const resources = loaded.resources.filter((r) => r.kind === 'resource' || opts.includeData);
  const nodes = new Map<string, GraphNode>();
  for (const r of resources) {
    const id = baseAddress(r.address);
    const existing = nodes.get(id);
    if (existing) {
      existing.instances++;
      continue;
    }
    nodes.set(id, { id, type: r.type, module: r.modulePath, instances: 1, service: serviceOf(r.type), file: r.pos.file, line: r.pos.line });
  }
  const index = resourceIndex(resources);
  const edgeKeys = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const r of resources) {
    const from = baseAddress(r.address);
    for (const ref of r.references) {
      const target = resolveReference(index, r, ref);
      if (!target) continue;
      const to = baseAddress(target.address);
      const key = `${from}\u0000${to}`;
      if (to === from || edgeKeys.has(key) || !nodes.has(to)) continue;
      edgeKeys.add(key);
      edges.push({ from, to });
    }
  }
  placeInNetwork(nodes, edges);
  for (const r of opts.estimate?.resources ?? []) {
    const n = nodes.get(baseAddress(r.address));
    if (n && r.monthlyCost !== null) n.monthlyCost = Math.round(((n.monthlyCost ?? 0) + r.monthlyCost) * 100) / 100;
  }
  return { nodes: [...nodes.values()], edges };
}

/**
 * VPC membership flows along references: a subnet referencing a VPC is in it, an instance
 * referencing that subnet or a security group of the VPC is in it too. Iterated to a fixpoint
 * so chains (instance → subnet group → subnet → VPC) resolve whatever order they come in.
 */
function placeInNetwork(nodes: Map<string, GraphNode>, edges: GraphEdge[]): void {
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  for (const n of nodes.values()) if (VPC_TYPES.has(n.type)) n.vpc = n.id;
  for (let changed = true, rounds = 0; changed && rounds < 10; rounds++) {
    changed = false;
    for (const n of nodes.values()) {
      if (n.vpc) continue;
      for (const to of out.get(n.id) ?? []) {
        const t = nodes.get(to)!;
        if (t.vpc && (VPC_TYPES.has(t.type) || NETWORK_CARRIERS.has(t.type))) {
          n.vpc = t.vpc;
          changed = true;
          break;
        }
      }
    }
  }
  for (const n of nodes.values()) {
    if (SUBNET_TYPES.has(n.type)) {
      n.subnet = n.id;
      continue;
    }
    const subnets = (out.get(n.id) ?? []).filter((to) => SUBNET_TYPES.has(nodes.get(to)!.type));
    if (subnets.length === 1 && nodes.get(subnets[0])!.vpc === n.vpc) n.subnet = subnets[0];
  }
}
