// Less common services that still show up in real configurations: build minutes, AWS Config,
// Neptune, SageMaker notebooks, Client VPN, Direct Connect.
import {
  attr,
  bool,
  component,
  fromUsage,
  hourly,
  HOURS_PER_MONTH,
  instanceHours,
  monthly,
  num,
  str,
  unknownComponent,
  type Pricer,
} from '../components';
import { reservedOr } from '../reserved';
import type { CostComponent } from '../types';

/** CodeBuild Linux compute types → price key (per build minute). */
const CODEBUILD_TYPES: Record<string, string> = {
  BUILD_GENERAL1_SMALL: 'codebuild.small.minute',
  BUILD_GENERAL1_MEDIUM: 'codebuild.medium.minute',
  BUILD_GENERAL1_LARGE: 'codebuild.large.minute',
};

const codebuild: Pricer = (ctx) => {
  const type = str(attr(ctx.resource, 'environment.compute_type'));
  const key = typeof type === 'string' ? CODEBUILD_TYPES[type] : undefined;
  if (!key) {
    const shown = typeof type === 'string' ? type : type === undefined ? 'unset' : 'not known statically';
    return [unknownComponent('Build minutes', 'minutes', undefined, `compute type ${shown} is not in the table`)];
  }
  return [fromUsage(ctx, `Build minutes (${String(type)})`, 'minutes', 'monthly_build_minutes', key)];
};

const configRecorder: Pricer = (ctx) => [fromUsage(ctx, 'Configuration items recorded', 'items', 'monthly_config_items', 'config.item')];
const configRule: Pricer = (ctx) => [fromUsage(ctx, 'Rule evaluations', 'evaluations', 'monthly_rule_evaluations', 'config.evaluation')];

const neptuneInstance: Pricer = (ctx) => [
  instanceHours(ctx, 'Neptune instance', 'neptune', str(attr(ctx.resource, 'instance_class')), 1, 'instance_class'),
];

const sagemakerNotebook: Pricer = (ctx) => {
  const type = str(attr(ctx.resource, 'instance_type'));
  const price = typeof type === 'string' ? ctx.prices.get(`sagemaker.notebook.${type}`) : undefined;
  if (typeof type !== 'string') return [unknownComponent('Notebook instance', 'hours', undefined, 'instance_type is not known statically')];
  return [hourly(`Notebook instance (${type})`, price)];
};

const clientVpnAssociation: Pricer = (ctx) => [hourly('Client VPN subnet association', ctx.prices.get('clientvpn.association.hour'))];
/**
 * Connection-hours: the usage file's monthly_connection_hours, else one connection all month (730
 * hours, Infracost's default: an endpoint someone keeps connected), stated as an assumption.
 */
const clientVpnEndpoint: Pricer = (ctx) => [
  fromUsage(ctx, 'Client VPN connections', 'connection-hours', 'monthly_connection_hours', 'clientvpn.connection.hour', 1, {
    quantity: HOURS_PER_MONTH,
    assumption: 'one connection all month (730 connection-hours); set monthly_connection_hours in the usage file',
  }),
];

/**
 * Pods that a Fargate profile selects are billed per pod (vCPU and GB per hour, the AWS Fargate
 * rates). How many run, and how big, is the workload's: the usage file's pods, vcpu_per_pod and
 * memory_gb_per_pod; without them the charge is null (never a made-up pod).
 */
const eksFargateProfile: Pricer = (ctx) => {
  const pods = ctx.usage.pods;
  const vcpu = ctx.usage.vcpu_per_pod;
  const gb = ctx.usage.memory_gb_per_pod;
  const pv = ctx.prices.get('fargate.vcpu.hour');
  const pg = ctx.prices.get('fargate.gb.hour');
  if (pods === undefined || vcpu === undefined || gb === undefined) {
    const note = 'set pods, vcpu_per_pod and memory_gb_per_pod in the usage file';
    return [
      component('Fargate pods vCPU', 'vCPU-hours', null, pv, { usageBased: true, note }),
      component('Fargate pods memory', 'GB-hours', null, pg, { usageBased: true, note }),
    ];
  }
  return [
    component('Fargate pods vCPU', 'vCPU-hours', pods * vcpu * HOURS_PER_MONTH, pv, { usageBased: true }),
    component('Fargate pods memory', 'GB-hours', pods * gb * HOURS_PER_MONTH, pg, { usageBased: true }),
  ];
};

const dxConnection: Pricer = (ctx) => {
  const bw = str(attr(ctx.resource, 'bandwidth'));
  const price = typeof bw === 'string' ? ctx.prices.get(`dx.port.${bw}`) : undefined;
  if (typeof bw !== 'string') return [unknownComponent('Port hours', 'hours', undefined, 'bandwidth is not known statically')];
  return [hourly(`Port hours (${bw})`, price), fromUsage(ctx, 'Data transfer out', 'GB', 'monthly_outbound_gb', 'dx.out.gb')];
};

const tgwPeering: Pricer = (ctx) => [hourly('Transit gateway peering attachment', ctx.prices.get('tgw.peering.hour'))];
const trafficMirror: Pricer = (ctx) => [hourly('Traffic mirror session', ctx.prices.get('trafficmirror.session.hour'))];
const kmsExternalKey: Pricer = (ctx) => [monthly('Customer managed key (imported material)', ctx.prices.get('kms.key'), 1, 'keys')];

/** Directory Service: two domain controllers, priced by type and edition (Microsoft AD) or size. */
const directory: Pricer = (ctx) => {
  const r = ctx.resource;
  const type = str(attr(r, 'type')) ?? 'SimpleAD';
  // The provider defaults a Microsoft AD's edition to Enterprise; Simple AD and AD Connector need a size.
  const variant = type === 'MicrosoftAD' ? (str(attr(r, 'edition')) ?? 'Enterprise') : str(attr(r, 'size'));
  if (typeof type !== 'string' || typeof variant !== 'string')
    return [unknownComponent('Domain controllers', 'controller-hours', undefined, 'type, edition or size is not known statically')];
  const price = ctx.prices.get(`directory.${type}.${variant}.hour`);
  return [hourly(`Directory service (${type}, ${variant})`, price, 2, 'controller-hours')];
};

const DMS_INCLUDED_GB: [RegExp, number][] = [
  [/^dms\.t/, 50],
  [/^dms\.[cr]/, 100],
];
const dmsInstance: Pricer = (ctx) => {
  const r = ctx.resource;
  const cls = str(attr(r, 'replication_instance_class'));
  const factor = bool(attr(r, 'multi_az')) === true ? 2 : 1;
  const az = factor === 2 ? ', Multi-AZ' : '';
  if (typeof cls !== 'string')
    return [unknownComponent('Replication instance', 'hours', undefined, 'replication_instance_class is not known statically')];
  const out: CostComponent[] = [hourly(`Replication instance (${cls}${az})`, ctx.prices.get(`dms.${cls}.hour`), factor)];
  const size = num(attr(r, 'allocated_storage')) ?? 50;
  const included = DMS_INCLUDED_GB.find(([re]) => re.test(cls))?.[1];
  if (typeof size !== 'number' || included === undefined)
    out.push(
      unknownComponent('Storage (gp2)', 'GB', ctx.prices.get('dms.gp2.gb'), 'allocated storage or the included allowance is not known'),
    );
  else if (size > included)
    out.push(component(`Storage above ${included} GB (gp2${az})`, 'GB', (size - included) * factor, ctx.prices.get('dms.gp2.gb')));
  return out;
};

/** Dedicated Host: per host-hour of its family (instance_family, or the family of instance_type). */
const ec2Host: Pricer = (ctx) => {
  const r = ctx.resource;
  const type = str(attr(r, 'instance_type'));
  const family = str(attr(r, 'instance_family')) ?? (typeof type === 'string' ? type.split('.')[0] : type);
  if (typeof family !== 'string')
    return [unknownComponent('Dedicated Host', 'hours', undefined, 'instance family is not known statically')];
  return reservedOr(ctx, () => [hourly(`Dedicated Host (${family})`, ctx.prices.get(`ec2.host:${family}`))], {
    label: 'Dedicated Host',
    service: 'ec2-host',
    variant: family,
    count: 1,
  });
};

/** Lightsail instance: the bundle's monthly price, billed per hour at monthly / 744. */
const lightsailInstance: Pricer = (ctx) => {
  const bundle = str(attr(ctx.resource, 'bundle_id'));
  if (typeof bundle !== 'string') return [unknownComponent('Virtual server', 'hours', undefined, 'bundle_id is not known statically')];
  const monthlyPrice = ctx.prices.get(`lightsail.bundle.${bundle}`);
  return [hourly(`Virtual server (${bundle})`, monthlyPrice === undefined ? undefined : monthlyPrice / 744)];
};

export const EXTRA_PRICERS: Record<string, Pricer> = {
  aws_codebuild_project: codebuild,
  aws_config_configuration_recorder: configRecorder,
  aws_config_config_rule: configRule,
  aws_neptune_cluster_instance: neptuneInstance,
  aws_sagemaker_notebook_instance: sagemakerNotebook,
  aws_ec2_client_vpn_network_association: clientVpnAssociation,
  aws_ec2_client_vpn_endpoint: clientVpnEndpoint,
  aws_eks_fargate_profile: eksFargateProfile,
  aws_dx_connection: dxConnection,
  aws_ec2_transit_gateway_peering_attachment: tgwPeering,
  aws_ec2_traffic_mirror_session: trafficMirror,
  aws_kms_external_key: kmsExternalKey,
  aws_directory_service_directory: directory,
  aws_dms_replication_instance: dmsInstance,
  aws_ec2_host: ec2Host,
  aws_lightsail_instance: lightsailInstance,
};
