// A Mermaid flowchart of the recommended components: internet → edge → compute → data, with the
// access edges the module wires (compute → the datastores and queues it may use).
import { CATALOG, DATASTORE_SERVES as DATASTORE_IDS } from './catalog';
import type { Component, ComponentKind } from './vocabulary';

const TIER: Partial<Record<ComponentKind, 'edge' | 'compute' | 'data' | 'shared'>> = {
  alb: 'edge',
  cloudfront: 'edge',
  'api-gateway-http': 'edge',
  'ecs-fargate-service': 'compute',
  'lambda-function': 'compute',
  's3-static-site': 'data',
  'rds-postgresql': 'data',
  'rds-mysql': 'data',
  'rds-sqlserver': 'data',
  'aurora-serverless-v2': 'data',
  'elasticache-redis': 'data',
  'dynamodb-table': 'data',
  documentdb: 'data',
  opensearch: 'data',
  'sqs-queue': 'data',
  'sns-topic': 'data',
  secrets: 'data',
  'ecr-repository': 'shared',
};

/** Labels are our own catalog labels plus sanitized service names; quotes and brackets are removed. */
const label = (s: string) =>
  s
    .replace(/["[\]{}()<>|`#;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function mermaidDiagram(components: Component[], serviceDatastores: Record<string, string[]> = {}): string {
  const ids = new Map<Component, string>();
  components.forEach((c, i) => ids.set(c, `c${i}`));
  const lines = ['flowchart LR', '  internet((Internet))'];
  const groups: Record<string, string[]> = { edge: [], compute: [], data: [] };
  for (const c of components) {
    const tier = TIER[c.kind];
    if (!tier || tier === 'shared') continue;
    const text = label(`${CATALOG[c.kind].label}${c.service ? `: ${c.service}` : ''}`);
    groups[tier]!.push(`    ${ids.get(c)}["${text}"]`);
  }
  if (groups.edge!.length) lines.push('  subgraph edge[Edge]', ...groups.edge!, '  end');
  if (groups.compute!.length) lines.push('  subgraph compute[Compute - private subnets]', ...groups.compute!, '  end');
  if (groups.data!.length) lines.push('  subgraph data[Data and messaging]', ...groups.data!, '  end');
  const bySvc = (kind: ComponentKind, service?: string) => components.find((c) => c.kind === kind && c.service === service);
  const perService = Object.values(serviceDatastores).some((d) => d.length > 0);
  for (const c of components) {
    const id = ids.get(c)!;
    if (c.kind === 'alb' || c.kind === 'cloudfront' || c.kind === 'api-gateway-http') lines.push(`  internet --> ${id}`);
    // One load balancer per environment: an edge to every public service (an older per-service ALB: its own).
    if (c.kind === 'alb') {
      const targets = c.service
        ? [bySvc('ecs-fargate-service', c.service)]
        : components.filter((s) => s.kind === 'ecs-fargate-service' && s.wiring?.role === 'web');
      for (const t of targets) pushEdge(lines, id, t, ids);
    }
    if (c.kind === 'api-gateway-http') pushEdge(lines, id, bySvc('lambda-function', c.service), ids);
    if (c.kind === 'cloudfront') pushEdge(lines, id, bySvc('s3-static-site', c.service), ids);
    if (c.kind === 'ecs-fargate-service' || c.kind === 'lambda-function') {
      const uses = new Set(serviceDatastores[c.service ?? ''] ?? []);
      for (const d of components) {
        if (TIER[d.kind] !== 'data' || d.kind === 's3-static-site') continue;
        const serves = DATASTORE_IDS[d.kind];
        if (serves && perService && !serves.some((x) => uses.has(x))) continue;
        pushEdge(lines, id, d, ids);
      }
    }
  }
  return lines.join('\n');
}

function pushEdge(lines: string[], from: string, to: Component | undefined, ids: Map<Component, string>): void {
  if (to) lines.push(`  ${from} --> ${ids.get(to)}`);
}
