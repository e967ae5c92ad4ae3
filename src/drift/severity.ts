// How much a drift matters: the resource's role (network foundation, identity, data, compute…),
// what changed (security-relevant paths outrank tags), the kind of drift, and how many resources
// depend on it in the state graph. Data, not judgement calls spread through code.
import { createHash } from 'node:crypto';
import { SEVERITIES, type Severity } from '../core/types';
import type { RawDrift } from './plan';
import type { DriftItem } from './types';

type Role = 'foundation' | 'identity' | 'data' | 'edge' | 'compute' | 'messaging' | 'other';

const ROLES: Array<[RegExp, Role]> = [
  [
    /^aws_(vpc|subnet|internet_gateway|nat_gateway|route_table|route|route_table_association|vpc_endpoint|network_acl|eip|vpc_peering_connection|transit_gateway.*)$/,
    'foundation',
  ],
  [
    /^aws_(security_group|security_group_rule|vpc_security_group_(ingress|egress)_rule|iam_.*|kms_.*|acm_certificate|secretsmanager_secret.*|wafv2_.*)$/,
    'identity',
  ],
  [
    /^aws_(db_instance|rds_cluster.*|db_.*|elasticache_.*|dynamodb_table|s3_bucket.*|efs_.*|ebs_volume|opensearch_.*|docdb_.*|backup_.*)$/,
    'data',
  ],
  [/^aws_(lb|alb|lb_listener.*|lb_target_group.*|cloudfront_.*|route53_.*|api_gateway.*|apigatewayv2_.*)$/, 'edge'],
  [/^aws_(instance|ecs_.*|lambda_.*|autoscaling_.*|launch_template|eks_.*|apprunner_.*)$/, 'compute'],
  [/^aws_(sqs_.*|sns_.*|cloudwatch_.*|kinesis_.*|mq_.*)$/, 'messaging'],
];

export function roleOf(type: string): Role {
  return ROLES.find(([re]) => re.test(type))?.[1] ?? 'other';
}

/** Paths whose change weakens or opens something. */
const SECURITY_PATH =
  /(^|\.)(ingress|egress|cidr_blocks|ipv6_cidr_blocks|policy|assume_role_policy|inline_policy|managed_policy_arns|publicly_accessible|block_public_.*|restrict_public_buckets|ignore_public_acls|acl|server_side_encryption.*|kms_key_id|encrypted|storage_encrypted|deletion_protection|iam_instance_profile|map_public_ip_on_launch|associate_public_ip_address|security_groups|vpc_security_group_ids|http_tokens)(\.|\[|$)/;
const TAG_PATH = /^(tags|tags_all)(\.|$)/;

const BASE: Record<DriftItem['driftType'], Record<Role, Severity>> = {
  missing: {
    foundation: 'critical',
    identity: 'high',
    data: 'critical',
    edge: 'high',
    compute: 'high',
    messaging: 'medium',
    other: 'medium',
  },
  replaced: {
    foundation: 'high',
    identity: 'high',
    data: 'critical',
    edge: 'high',
    compute: 'medium',
    messaging: 'medium',
    other: 'medium',
  },
  modified: { foundation: 'medium', identity: 'medium', data: 'medium', edge: 'medium', compute: 'medium', messaging: 'low', other: 'low' },
  unmanaged: { foundation: 'medium', identity: 'medium', data: 'medium', edge: 'low', compute: 'low', messaging: 'low', other: 'low' },
};

const rank = (s: Severity) => SEVERITIES.indexOf(s);
/** One step more severe (SEVERITIES is ordered most severe first). */
const raise = (s: Severity): Severity => SEVERITIES[Math.max(0, rank(s) - 1)];

export function scoreDrift(item: RawDrift, dependants: readonly string[]): { severity: Severity; severityReason: string } {
  const role = roleOf(item.type);
  let severity = BASE[item.driftType][role];
  const why = [`${item.driftType} ${role === 'other' ? 'resource' : `${role} resource`}`];
  if (item.driftType === 'modified' && item.differences.length > 0) {
    if (item.differences.every((d) => TAG_PATH.test(d.path))) {
      severity = 'low';
      why.push('only tags changed');
    } else if (item.differences.some((d) => SECURITY_PATH.test(d.path))) {
      severity = rank(severity) > rank('high') ? 'high' : raise(severity);
      why.push('a security-relevant setting changed');
    }
  }
  if (dependants.length >= 3 && (item.driftType === 'missing' || item.driftType === 'replaced')) {
    severity = raise(severity);
    why.push(`${dependants.length} resources depend on it`);
  } else if (dependants.length > 0) why.push(`${dependants.length} dependant${dependants.length > 1 ? 's' : ''}`);
  return { severity, severityReason: why.join('; ') };
}

/** Stable across runs while the same drift persists: address, kind, and the changed paths (not values). */
export function driftFingerprint(item: RawDrift): string {
  const paths = [...new Set(item.differences.map((d) => d.path.replace(/\[\d+\]/g, '[]')))].sort();
  return createHash('sha256')
    .update(JSON.stringify([item.address, item.driftType, paths]))
    .digest('hex')
    .slice(0, 12);
}
