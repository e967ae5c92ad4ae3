// Alert labels → AWS resources, as data: the label names exporters and rules commonly use
// (CloudWatch exporter, YACE, ECS/Prometheus service discovery, hand-written rules).
import { targetKey, targetsInText, type Target } from '../agent/targets';
import type { Limits } from '../agent/investigate';

interface LabelMapping {
  type: Target['type'];
  /** Label names, tried in order (case-insensitive). */
  labels: readonly string[];
  /** Second label for two-part ids (ECS cluster). */
  with?: readonly string[];
}

export const LABEL_MAPPINGS: readonly LabelMapping[] = [
  {
    type: 'ecs-service',
    labels: ['ecs_service', 'service_name', 'servicename', 'dimension_servicename', 'service'],
    with: ['ecs_cluster', 'cluster_name', 'clustername', 'dimension_clustername', 'cluster'],
  },
  {
    type: 'rds-instance',
    labels: ['dbinstance_identifier', 'dbinstanceidentifier', 'dimension_dbinstanceidentifier', 'db_instance', 'rds_instance'],
  },
  { type: 'lambda-function', labels: ['function_name', 'functionname', 'dimension_functionname', 'lambda'] },
  { type: 'target-group', labels: ['target_group', 'targetgroup', 'dimension_targetgroup'] },
  { type: 'ec2-instance', labels: ['instance_id', 'instanceid', 'dimension_instanceid', 'ec2_instance', 'instance'] },
];

function pick(labels: Record<string, string>, names: readonly string[]): string | undefined {
  const lower = Object.fromEntries(Object.entries(labels).map(([k, v]) => [k.toLowerCase(), v]));
  for (const n of names) if (lower[n]?.trim()) return lower[n].trim();
  return undefined;
}

export function targetsFromLabels(labels: Record<string, string>): Target[] {
  const out: Target[] = [];
  const add = (t: Target) => {
    if (!out.some((o) => targetKey(o) === targetKey(t))) out.push(t);
  };
  for (const m of LABEL_MAPPINGS) {
    const v = pick(labels, m.labels);
    if (!v) continue;
    switch (m.type) {
      case 'ecs-service': {
        const cluster = pick(labels, m.with ?? []);
        if (cluster) add({ type: 'ecs-service', cluster: cluster.split('/').pop()!, service: v.split('/').pop()! });
        break;
      }
      case 'target-group': {
        // CloudWatch dimension form: targetgroup/NAME/ID
        const name = /targetgroup\/([^/]+)/.exec(v)?.[1] ?? v;
        add(v.startsWith('arn:') ? { type: 'target-group', arn: v } : { type: 'target-group', name });
        break;
      }
      case 'ec2-instance': {
        const id = /\bi-[0-9a-f]{8,17}\b/.exec(v)?.[0];
        if (id) add({ type: 'ec2-instance', id });
        break;
      }
      case 'rds-instance':
        add({ type: 'rds-instance', id: v });
        break;
      case 'lambda-function':
        add({ type: 'lambda-function', name: v.split(':').pop()! });
        break;
    }
  }
  for (const t of targetsInText(Object.values(labels).join(' '))) add(t);
  return out;
}

/** Severity decides how deep the investigation goes (and what it may cost). */
export const SEVERITY_LIMITS: Record<string, Partial<Limits>> = {
  critical: { maxIterations: 16, maxCalls: 60, maxCostUsd: 1 },
  page: { maxIterations: 16, maxCalls: 60, maxCostUsd: 1 },
  high: { maxIterations: 12, maxCalls: 40, maxCostUsd: 0.5 },
  error: { maxIterations: 12, maxCalls: 40, maxCostUsd: 0.5 },
  warning: { maxIterations: 8, maxCalls: 25, maxCostUsd: 0.25 },
  medium: { maxIterations: 8, maxCalls: 25, maxCostUsd: 0.25 },
  info: { maxIterations: 4, maxCalls: 12, maxCostUsd: 0.1 },
  low: { maxIterations: 4, maxCalls: 12, maxCostUsd: 0.1 },
};

export function limitsForSeverity(severity: string | undefined): Partial<Limits> {
  return SEVERITY_LIMITS[(severity ?? 'warning').toLowerCase()] ?? SEVERITY_LIMITS.warning;
}
