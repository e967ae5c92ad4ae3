// One NAT gateway per AZ buys resilience that non-production environments rarely need.
import { baseAddress } from '../engine';
import { round } from '../components';
import { isNonProduction } from './common';
import { addBlockPatch, setAttributePatch } from './patch';
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
    const countExpr = r.expressions?.count ?? (r.attributePos?.count ? String(peers.length) : undefined);
    const counted = new Set(peers.map((p) => baseAddress(p.address))).size < peers.length;
    const patch =
      counted && countExpr !== undefined
        ? {
            ...setAttributePatch(r, 'count', { hcl: `var.environment == "production" ? ${countExpr.replace(/^\$\{(.*)\}$/, '$1')} : 1` }),
            diff: `-  count = ${countExpr}\n+  count = var.environment == "production" ? ${countExpr.replace(/^\$\{(.*)\}$/, '$1')} : 1`,
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
