// One NAT gateway per AZ buys resilience that non-production environments rarely need.
import { baseAddress } from '../engine';
import { round } from '../components';
import { isNonProduction } from './common';
import { addBlockPatch } from './patch';
import type { SavingsRule } from './types';

export const natGatewayPerAz: SavingsRule = {
  id: 'cost-nat-gateway-per-az',
  title: 'Share one NAT gateway outside production',
  resourceTypes: ['aws_nat_gateway'],
  evaluate(ctx) {
    if (!isNonProduction(ctx.environment)) return [];
    const r = ctx.resource;
    const peers = ctx.loaded.resources.filter(
      (o) => o.kind === 'resource' && o.type === 'aws_nat_gateway' && o.modulePath === r.modulePath,
    );
    if (peers.length < 2 || peers[0] !== r) return [];
    const hourly = ctx.cost?.components.find((c) => c.unit === 'hours');
    if (!hourly || hourly.monthlyCost === null) return [];
    const extra = peers.length - 1;
    // A literal count evaluates to the number of instances; an expression is kept as written.
    // A literal count evaluates to the number of instances; an expression is kept as written.
    const written = r.expressions?.count ?? (r.attributePos?.count ? String(peers.length) : undefined);
    const countExpr = written?.replace(/^"?\$\{([\s\S]*)\}"?$/, '$1');
    const counted = new Set(peers.map((p) => baseAddress(p.address))).size < peers.length;
    const hasEnvVar = Object.entries(ctx.loaded.variables).some(
      ([k, v]) => v.modulePath === r.modulePath && k.split('.').pop() === 'environment',
    );
    const pos = r.attributePos?.count ?? r.pos;
    const patch =
      counted && countExpr !== undefined
        ? {
            file: pos.file,
            line: pos.line,
            diff: hasEnvVar
              ? `-  count = ${countExpr}\n+  count = var.environment == "production" ? ${countExpr} : 1`
              : `-  count = ${countExpr}\n+  count = 1 # outside production; keep ${countExpr} in production`,
          }
        : addBlockPatch(r, `# outside production, keep one NAT gateway and route every private subnet's 0.0.0.0/0 through it`);
    return [
      {
        message: `${peers.length} NAT gateways in the ${ctx.environment} environment; one shared gateway saves the hourly charge of ${extra}`,
        monthlySavings: round(hourly.monthlyCost * extra, 2),
        patch,
      },
    ];
  },
};
