// Instance family moves: previous generation → current generation, x86 → Graviton. Which
// family maps to which is data in the price table (successor / gravitonEquivalent).
import { type TfValue } from '../../terraform/model';
import { attr, str } from '../components';
import {
  AURORA_FAMILIES,
  DOCDB_FAMILIES,
  EC2_FAMILIES,
  ELASTICACHE_FAMILIES,
  OPENSEARCH_FAMILIES,
  RDS_FAMILIES,
  splitInstanceType,
  type FamilyPrice,
} from '../prices/instances';
import { difference } from './common';
import { setAttributePatch } from './patch';
import type { SavingsContext, SavingsRule } from './types';

/** Where the instance type lives for each resource type, and which family table applies. */
export const INSTANCE_ATTRIBUTES: Record<
  string,
  { attribute: string; table: Record<string, FamilyPrice>; suffix?: string; list?: boolean }
> = {
  aws_instance: { attribute: 'instance_type', table: EC2_FAMILIES },
  aws_launch_template: { attribute: 'instance_type', table: EC2_FAMILIES },
  aws_eks_node_group: { attribute: 'instance_types', table: EC2_FAMILIES, list: true },
  aws_db_instance: { attribute: 'instance_class', table: RDS_FAMILIES },
  aws_rds_cluster_instance: { attribute: 'instance_class', table: AURORA_FAMILIES },
  aws_docdb_cluster_instance: { attribute: 'instance_class', table: DOCDB_FAMILIES },
  aws_elasticache_cluster: { attribute: 'node_type', table: ELASTICACHE_FAMILIES },
  aws_elasticache_replication_group: { attribute: 'node_type', table: ELASTICACHE_FAMILIES },
  aws_opensearch_domain: { attribute: 'cluster_config.instance_type', table: OPENSEARCH_FAMILIES, suffix: '.search' },
};

function currentType(ctx: SavingsContext): string | undefined {
  const spec = INSTANCE_ATTRIBUTES[ctx.resource.type];
  const v = attr(ctx.resource, spec.attribute);
  const s = str(spec.list && Array.isArray(v) ? v[0] : v);
  return typeof s === 'string' ? s.replace(/\.(search|elasticsearch)$/, '') : undefined;
}

function withType(ctx: SavingsContext, type: string): Record<string, TfValue> {
  const spec = INSTANCE_ATTRIBUTES[ctx.resource.type];
  const attrs = { ...ctx.resource.attributes };
  const value = spec.suffix ? type + spec.suffix : type;
  if (spec.attribute === 'cluster_config.instance_type') {
    const cc = Array.isArray(attrs.cluster_config) ? (attrs.cluster_config[0] as Record<string, TfValue>) : {};
    attrs.cluster_config = [{ ...cc, instance_type: value }];
  } else attrs[spec.attribute] = spec.list ? [value] : value;
  return attrs;
}

/** Managed engines run on Graviton without any change on the user's side. */
export const MANAGED_ENGINES = new Set([
  'aws_db_instance',
  'aws_rds_cluster_instance',
  'aws_docdb_cluster_instance',
  'aws_elasticache_cluster',
  'aws_elasticache_replication_group',
  'aws_opensearch_domain',
]);

export function familyMove(
  id: string,
  title: string,
  pick: (f: FamilyPrice) => string | undefined,
  why: (from: string, to: string, resourceType: string) => string,
): SavingsRule {
  return {
    id,
    title,
    resourceTypes: Object.keys(INSTANCE_ATTRIBUTES),
    evaluate(ctx) {
      const spec = INSTANCE_ATTRIBUTES[ctx.resource.type];
      const type = currentType(ctx);
      const parts = type ? splitInstanceType(type) : null;
      const family = parts ? spec.table[parts.family] : undefined;
      const target = family ? pick(family) : undefined;
      if (!type || !parts || !target) return [];
      const to = `${target}.${parts.size}`;
      const saving = difference(ctx.cost, ctx.reprice(withType(ctx, to)));
      // A launch template is priced through its groups: report the move without a figure.
      if (ctx.resource.type === 'aws_launch_template') {
        return [
          { message: why(type, to, ctx.resource.type), monthlySavings: null, patch: setAttributePatch(ctx.resource, spec.attribute, to) },
        ];
      }
      if (saving === null || saving <= 0) return [];
      const attrName = spec.attribute.split('.').pop()!;
      const value = spec.suffix ? to + spec.suffix : to;
      return [
        {
          message: why(type, to, ctx.resource.type),
          monthlySavings: saving,
          patch: setAttributePatch(ctx.resource, attrName, spec.list ? { hcl: `["${value}"]` } : value),
        },
      ];
    },
  };
}
