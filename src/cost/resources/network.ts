// Elastic IPs, NAT gateways, load balancers, endpoints, VPN, Transit Gateway, CloudFront and friends.
import { isUnknown } from '../../terraform/model';
import { attr, bool, fromUsage, hourly, list, str, unknownComponent, type Pricer, type PricingContext } from '../components';
import type { CostComponent } from '../types';

const eip: Pricer = (ctx) => [hourly('Public IPv4 address', ctx.prices.get('ipv4.hour'))];

const natGateway: Pricer = (ctx) => {
  const out = [
    hourly('NAT gateway', ctx.prices.get('nat.hour')),
    fromUsage(ctx, 'Data processed', 'GB', 'monthly_data_processed_gb', 'nat.gb'),
  ];
  return out;
};

/** Number of AZs a load balancer or endpoint spans: subnets / subnet mappings. */
function subnetCount(ctx: PricingContext, ...keys: string[]): number | undefined | 'unknown' {
  for (const key of keys) {
    const v = list(ctx.resource.attributes[key]);
    if (isUnknown(v)) return 'unknown';
    if (v.length > 0) return v.length;
  }
  return undefined;
}

const LB_KINDS: Record<string, { prefix: string; label: string; lcu: string }> = {
  application: { prefix: 'alb', label: 'Application load balancer', lcu: 'LCU-hours' },
  network: { prefix: 'nlb', label: 'Network load balancer', lcu: 'NLCU-hours' },
  gateway: { prefix: 'gwlb', label: 'Gateway load balancer', lcu: 'GLCU-hours' },
};

const loadBalancer: Pricer = (ctx) => {
  const r = ctx.resource;
  const t = str(attr(r, 'load_balancer_type')) ?? 'application';
  if (isUnknown(t)) return [unknownComponent('Load balancer', 'hours', undefined, 'load_balancer_type is not known statically')];
  const kind = LB_KINDS[t];
  if (!kind) return [unknownComponent('Load balancer', 'hours', undefined, `unknown load_balancer_type "${t}"`)];
  const out: CostComponent[] = [hourly(kind.label, ctx.prices.get(`${kind.prefix}.hour`))];
  const lcu = ctx.usage.capacity_units;
  const lcuPrice = ctx.prices.get(`${kind.prefix}.lcu`);
  out.push(
    lcu === undefined
      ? {
          ...unknownComponent('Capacity units', kind.lcu, lcuPrice, 'set capacity_units (average per hour) in the usage file'),
          usageBased: true,
        }
      : { ...hourly('Capacity units', lcuPrice, lcu, kind.lcu), usageBased: true },
  );
  // Internet-facing ALBs/NLBs hold one public IPv4 address per AZ, charged since 2024-02-01.
  if (t !== 'gateway' && bool(attr(r, 'internal')) !== true) {
    const n = subnetCount(ctx, 'subnet_mapping', 'subnets');
    if (n === 'unknown')
      out.push(unknownComponent('Public IPv4 addresses', 'hours', ctx.prices.get('ipv4.hour'), 'subnets are not known statically'));
    else if (n !== undefined) out.push(hourly('Public IPv4 addresses', ctx.prices.get('ipv4.hour'), n));
  }
  return out;
};

const classicElb: Pricer = (ctx) => [
  hourly('Classic load balancer', ctx.prices.get('elb.hour')),
  fromUsage(ctx, 'Data processed', 'GB', 'monthly_data_processed_gb', 'elb.gb'),
];

const vpcEndpoint: Pricer = (ctx) => {
  const t = str(attr(ctx.resource, 'vpc_endpoint_type')) ?? 'Gateway';
  if (t === 'Gateway') return 'free';
  if (isUnknown(t)) return [unknownComponent('Endpoint', 'hours', undefined, 'vpc_endpoint_type is not known statically')];
  const prefix = t === 'GatewayLoadBalancer' ? 'vpce.gwlb' : 'vpce.interface';
  const azs = t === 'GatewayLoadBalancer' ? 1 : subnetCount(ctx, 'subnet_ids', 'subnet_configuration');
  const price = ctx.prices.get(`${prefix}.hour`);
  const out: CostComponent[] = [];
  if (azs === 'unknown' || azs === undefined)
    out.push(unknownComponent(`${t} endpoint (per AZ)`, 'hours', price, 'subnet_ids are not known statically'));
  else out.push(hourly(`${t} endpoint (${azs} AZ)`, price, azs));
  out.push(fromUsage(ctx, 'Data processed', 'GB', 'monthly_data_processed_gb', `${prefix}.gb`));
  return out;
};

const vpn: Pricer = (ctx) => [hourly('VPN connection', ctx.prices.get('vpn.hour'))];

const tgwAttachment: Pricer = (ctx) => [
  hourly('Transit Gateway attachment', ctx.prices.get('tgw.attachment.hour')),
  fromUsage(ctx, 'Data processed', 'GB', 'monthly_data_processed_gb', 'tgw.gb'),
];

const globalAccelerator: Pricer = (ctx) => [hourly('Accelerator', ctx.prices.get('globalaccelerator.hour'))];

const networkFirewall: Pricer = (ctx) => {
  const n = subnetCount(ctx, 'subnet_mapping');
  const price = ctx.prices.get('networkfirewall.endpoint.hour');
  return [
    typeof n === 'number'
      ? hourly(`Firewall endpoints (${n})`, price, n)
      : unknownComponent('Firewall endpoints', 'hours', price, 'subnet_mapping is not known statically'),
    fromUsage(ctx, 'Data processed', 'GB', 'monthly_data_processed_gb', 'networkfirewall.gb'),
  ];
};

const cloudfront: Pricer = (ctx) => [
  fromUsage(ctx, 'Data transfer out to the internet (US/EU)', 'GB', 'monthly_data_transfer_to_internet_gb', 'cloudfront.gb'),
  fromUsage(ctx, 'HTTPS requests (US/EU)', '10k requests', 'monthly_https_requests', 'cloudfront.https.10k', 1e4),
];

export const NETWORK_PRICERS: Record<string, Pricer> = {
  aws_eip: eip,
  aws_nat_gateway: natGateway,
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_elb: classicElb,
  aws_vpc_endpoint: vpcEndpoint,
  aws_vpn_connection: vpn,
  aws_ec2_transit_gateway_vpc_attachment: tgwAttachment,
  aws_globalaccelerator_accelerator: globalAccelerator,
  aws_networkfirewall_firewall: networkFirewall,
  aws_cloudfront_distribution: cloudfront,
};
