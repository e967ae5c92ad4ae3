// Facts that follow from several results together: a target's port that none of its security
// groups lets in. Each derived fact cites every action behind the facts it was derived from.
import type { Discovery, FactValue } from './types';

export interface DerivedFact {
  kind: string;
  fact: string;
  data: Record<string, FactValue>;
  evidence: string[];
}

function covers(rule: Discovery, port: number): boolean {
  const proto = rule.data.protocol;
  if (proto === '-1') return true;
  if (proto !== 'tcp' && proto !== '6') return false;
  const from = rule.data.fromPort;
  const to = rule.data.toPort;
  return typeof from === 'number' && typeof to === 'number' && from <= port && port <= to;
}

export function deriveFacts(discoveries: readonly Discovery[]): DerivedFact[] {
  const out: DerivedFact[] = [];
  const instances = discoveries.filter((d) => d.kind === 'ec2.instance');
  const ingress = discoveries.filter((d) => d.kind === 'ec2.sg-ingress');
  for (const th of discoveries.filter((d) => d.kind === 'elb.target-health' && d.data.state === 'unhealthy')) {
    const port = th.data.port;
    const inst = instances.find((i) => i.data.instance === th.data.target);
    if (typeof port !== 'number' || !inst) continue;
    const groups = String(inst.data.securityGroups ?? '')
      .split(',')
      .filter(Boolean);
    const rules = ingress.filter((r) => groups.includes(String(r.data.group)));
    // Only conclude when every group of the instance was read.
    const read = new Set(rules.map((r) => String(r.data.group)));
    if (!groups.length || !groups.every((g) => read.has(g))) continue;
    if (rules.some((r) => covers(r, port))) continue;
    out.push({
      kind: 'ec2.port-blocked',
      fact: `No security group of ${inst.data.instance} (${groups.join(', ')}) allows inbound TCP ${port}, the port the load balancer checks`,
      data: { instance: String(inst.data.instance), port, securityGroups: groups.join(','), targetGroup: th.data.targetGroup ?? null },
      evidence: [...new Set([...th.evidence, ...inst.evidence, ...rules.flatMap((r) => r.evidence)])],
    });
  }
  return out;
}
