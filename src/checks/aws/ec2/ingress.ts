// Every way Terraform writes a security group rule, normalised: inline ingress/egress blocks of
// aws_security_group, aws_security_group_rule, and aws_vpc_security_group_{ingress,egress}_rule.
import type { TfResource } from '../../../terraform/model';
import { blocks, num, str, strings } from '../../values';

export interface SgRule {
  direction: 'ingress' | 'egress';
  /** -1 = all protocols. undefined: unknowable. */
  protocol: string | undefined;
  from: number | undefined;
  to: number | undefined;
  /** IPv4 and IPv6 CIDRs; undefined when unknowable. */
  cidrs: string[] | undefined;
  description: string | undefined;
  /** Attribute to report the line of. */
  attribute: string;
}

export const WORLD = ['0.0.0.0/0', '::/0'];

/** Ports of databases and caches that should never face the internet. */
export const DATA_PORTS: Record<number, string> = {
  1433: 'SQL Server',
  1521: 'Oracle',
  3306: 'MySQL',
  5432: 'PostgreSQL',
  5439: 'Redshift',
  6379: 'Redis',
  9200: 'Elasticsearch',
  11211: 'Memcached',
  27017: 'MongoDB',
  9042: 'Cassandra',
};

/** Ports with a rule of their own (SSH, RDP, databases): the generic public-ingress rule leaves them to it. */
export const PORTS_WITH_OWN_RULE = [22, 3389, ...Object.keys(DATA_PORTS).map(Number)];

export function sgRules(res: TfResource, direction: 'ingress' | 'egress'): SgRule[] | undefined {
  const a = res.attributes;
  switch (res.type) {
    case 'aws_security_group':
    case 'aws_default_security_group': {
      const list = blocks(a[direction]);
      if (!list) return undefined;
      return list.map((b, i) => ({
        direction,
        protocol: protocolOf(b.protocol),
        from: num(b.from_port),
        to: num(b.to_port),
        cidrs: joinCidrs(strings(b.cidr_blocks ?? null), strings(b.ipv6_cidr_blocks ?? null)),
        description: str(b.description),
        attribute: `${direction}[${i}]`,
      }));
    }
    case 'aws_security_group_rule': {
      const type = str(a.type);
      if (type !== direction) return type === undefined ? undefined : [];
      return [
        {
          direction,
          protocol: protocolOf(a.protocol),
          from: num(a.from_port),
          to: num(a.to_port),
          cidrs: joinCidrs(strings(a.cidr_blocks ?? null), strings(a.ipv6_cidr_blocks ?? null)),
          description: str(a.description),
          attribute: 'cidr_blocks' in a ? 'cidr_blocks' : 'ipv6_cidr_blocks' in a ? 'ipv6_cidr_blocks' : 'type',
        },
      ];
    }
    case 'aws_vpc_security_group_ingress_rule':
    case 'aws_vpc_security_group_egress_rule': {
      if (!res.type.includes(direction)) return [];
      const protocol = protocolOf(a.ip_protocol);
      const all = protocol === '-1';
      return [
        {
          direction,
          protocol,
          from: all ? 0 : num(a.from_port),
          to: all ? 65535 : num(a.to_port),
          cidrs: joinCidrs(strings(a.cidr_ipv4 ?? null), strings(a.cidr_ipv6 ?? null)),
          description: str(a.description),
          attribute: 'cidr_ipv4' in a ? 'cidr_ipv4' : 'cidr_ipv6' in a ? 'cidr_ipv6' : 'ip_protocol',
        },
      ];
    }
    default:
      return [];
  }
}

function protocolOf(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const p = v.toLowerCase();
  return p === 'all' ? '-1' : p;
}

function joinCidrs(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a || !b) return undefined;
  return [...a, ...b];
}

/** Is the rule open to the whole internet? undefined: unknowable. */
export function isWorldOpen(r: SgRule): boolean | undefined {
  if (r.cidrs === undefined) return undefined;
  return r.cidrs.some((c) => WORLD.includes(c.trim()));
}

/** Does the rule cover `port`? undefined: unknowable. */
export function coversPort(r: SgRule, port: number): boolean | undefined {
  if (r.protocol === undefined) return undefined;
  if (r.protocol === '-1') return true;
  if (!['tcp', '6', 'udp', '17'].includes(r.protocol)) return false;
  if (r.from === undefined || r.to === undefined) return undefined;
  if (isAllPortsShorthand(r)) return true;
  return r.from <= port && port <= r.to;
}

/** Does the rule open every port (protocol -1, or 0-65535)? */
export function coversAllPorts(r: SgRule): boolean | undefined {
  if (r.protocol === undefined) return undefined;
  if (r.protocol === '-1') return true;
  if (r.from === undefined || r.to === undefined) return undefined;
  return isAllPortsShorthand(r) || (r.from <= 1 && r.to >= 65535);
}

/**
 * from_port = to_port = 0 (or -1) is how Terraform writes "all ports" with protocol "-1", and it is
 * routinely copied next to protocol "tcp". Checkov (CKV_AWS_24/25/277) reads it as every port
 * there too; so do we: it is the author's evident intent, and the safe reading.
 */
function isAllPortsShorthand(r: SgRule): boolean {
  return (r.from === 0 && r.to === 0) || (r.from === -1 && r.to === -1);
}

export const SG_TYPES = ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'];

/** Findings for world-open ingress matching `test`, one per offending rule. */
export function worldOpenIngress(res: TfResource, test: (r: SgRule) => boolean | undefined, message: (r: SgRule) => string) {
  const rules = sgRules(res, 'ingress');
  if (!rules) return undefined;
  const out = [];
  for (const r of rules) {
    if (isWorldOpen(r) === true && test(r) === true) out.push({ attribute: r.attribute, message: message(r) });
  }
  return out;
}

export function portText(r: SgRule): string {
  if (r.protocol === '-1' || isAllPortsShorthand(r)) return 'all ports';
  return r.from === r.to ? `port ${r.from}` : `ports ${r.from}-${r.to}`;
}
