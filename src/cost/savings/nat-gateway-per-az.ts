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
    const peers = ctx.loaded.resources.filter((o) => o.kind === 'resource' && o.type === 'aws_nat_gateway' && o.modulePath === r.modulePath);
    if (peers.length < 2 || peers[0] !== r) return [];
    const hourly = ctx.cost?.components.find((c) => c.unit === 'hours');
    if (!hourly || hourly.monthlyCost === null) return [];
    const extra = peers.length - 1;
    const counted = new Set(peers.map((p) => baseAddress(p.address))).size < peers.length;
    const snippet = counted
      ? `  count = var.environment == "production" ? length(var.public_subnet_ids) : 1`
      : `# keep ${r.address} and route every private subnet through it outside production`;
    return [
      {
        message: `${peers.length} NAT gateways in the ${ctx.environment} environment; one shared gateway saves the hourly charge of ${extra}`,
        monthlySavings: round(hourly.monthlyCost * extra, 2),
        patch: addBlockPatch(r, snippet),
      },
    ];
  },
};
