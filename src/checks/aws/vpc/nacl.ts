// Network ACL entries, from aws_network_acl_rule or inline ingress blocks of aws_network_acl.
import type { TfResource } from '../../../terraform/model';
import { blocks, bool, num, read, str } from '../../values';

export interface NaclEntry {
  protocol: string | undefined;
  from: number | undefined;
  to: number | undefined;
  cidr: string | undefined;
  allow: boolean | undefined;
  /** rule_no / rule_number: entries apply in ascending order, the first match wins. */
  ruleNo: number | undefined;
  attribute: string;
}

export function naclIngress(res: TfResource): NaclEntry[] | undefined {
  if (res.type === 'aws_network_acl_rule') {
    const egress = bool(read(res, 'egress'), false);
    if (egress !== false) return egress === undefined ? undefined : [];
    const cidr = str(read(res, 'cidr_block')) ?? str(read(res, 'ipv6_cidr_block'));
    return [
      {
        protocol: protocolOf(read(res, 'protocol')),
        from: num(read(res, 'from_port')),
        to: num(read(res, 'to_port')),
        cidr,
        allow: actionAllows(read(res, 'rule_action')),
        ruleNo: num(read(res, 'rule_number')),
        attribute: res.attributes.cidr_block !== undefined ? 'cidr_block' : 'ipv6_cidr_block',
      },
    ];
  }
  const list = blocks(res.attributes.ingress);
  if (!list) return undefined;
  return list.map((b, i) => ({
    protocol: protocolOf(b.protocol),
    from: num(b.from_port),
    to: num(b.to_port),
    cidr: str(b.cidr_block) ?? str(b.ipv6_cidr_block),
    allow: actionAllows(b.action),
    ruleNo: num(b.rule_no),
    attribute: `ingress[${i}]`,
  }));
}

function actionAllows(v: unknown): boolean | undefined {
  return typeof v === 'string' ? v.toLowerCase() === 'allow' : undefined;
}

function protocolOf(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  return v.toLowerCase() === 'all' ? '-1' : v.toLowerCase();
}

export const isWorld = (c: string | undefined): boolean | undefined => (c === undefined ? undefined : c === '0.0.0.0/0' || c === '::/0');

export function naclCoversPort(e: NaclEntry, port: number): boolean | undefined {
  if (e.protocol === undefined) return undefined;
  if (e.protocol === '-1') return true;
  if (!['tcp', '6', 'udp', '17'].includes(e.protocol)) return false;
  if (e.from === undefined || e.to === undefined) return undefined;
  return e.from <= port && port <= e.to;
}

export const NACL_TYPES = ['aws_network_acl', 'aws_network_acl_rule'];
