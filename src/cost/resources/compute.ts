// EC2, Auto Scaling, EKS, ECS on Fargate, Lambda and App Runner.
import { isUnknown, UNKNOWN, type TfResource, type TfValue } from '../../terraform/model';
import {
  attr,
  bool,
  component,
  fromUsage,
  hourly,
  HOURS_PER_MONTH,
  list,
  num,
  str,
  unknownComponent,
  type PriceResult,
  type Pricer,
  type PricingContext,
} from '../components';
import { PRICE_DATE } from '../prices';
import { eksInExtendedSupport } from '../prices/extended-support';
import { burstableVcpus, EC2_FAMILIES, splitInstanceType } from '../prices/instances';
import { instanceHoursOrReserved } from '../reserved';
import type { CostComponent } from '../types';
import { volumeComponents } from './ebs';

function blockDevices(ctx: PricingContext, blocks: TfValue | undefined, label: string, requireSize: boolean): CostComponent[] {
  const items = list(blocks);
  if (isUnknown(items)) return [unknownComponent(`${label} storage`, 'GB', undefined, 'block devices are not known statically')];
  return items.flatMap((b) => {
    const block = { attributes: (b ?? {}) as Record<string, TfValue> };
    const size = num(attr(block, 'volume_size'));
    const type = str(attr(block, 'volume_type'));
    if (requireSize && size === undefined) {
      return [
        unknownComponent(`${label} storage`, 'GB', undefined, 'volume size and type come from the AMI; set them in the block to price it'),
      ];
    }
    // The EC2 API creates gp2 volumes when a block device mapping names no type.
    return volumeComponents(ctx, label, {
      type: type ?? 'gp2',
      size,
      iops: num(attr(block, 'iops')),
      throughput: num(attr(block, 'throughput')),
    });
  });
}

function publicIpv4(ctx: PricingContext, count = 1): CostComponent {
  return hourly('Public IPv4 address', ctx.prices.get('ipv4.hour'), count);
}

/** The share of the month an instance runs: Infracost's monthly_hrs usage key (730 hours by default). */
function runningShare(ctx: PricingContext): number {
  const h = ctx.usage.monthly_hrs;
  return h === undefined ? 1 : h / HOURS_PER_MONTH;
}

/**
 * Surplus CPU credits of burstable instances in unlimited mode, from the usage file's
 * monthly_cpu_credit_hrs (× vCPUs: vcpu_count, else the type's). T3, T3a and T4g launch unlimited
 * unless credit_specification says standard; T2 only when it says unlimited. Without the usage key
 * there is no line (as Infracost: credits are only bought when the baseline is exceeded).
 */
function cpuCredits(
  ctx: PricingContext,
  type: string | undefined | typeof UNKNOWN,
  credits: string | undefined | typeof UNKNOWN,
  instances: number,
): CostComponent[] {
  const hours = ctx.usage.monthly_cpu_credit_hrs;
  if (hours === undefined || typeof type !== 'string') return [];
  const family = splitInstanceType(type)?.family;
  if (!family || !/^t\d/.test(family)) return [];
  const unlimited = credits === 'unlimited' || (credits === undefined && family !== 't2');
  if (!unlimited) return [];
  const price = ctx.prices.get('ec2.cpucredit.vcpu.hour');
  const vcpus = ctx.usage.vcpu_count ?? burstableVcpus(type);
  if (vcpus === undefined)
    return [unknownComponent('CPU credits', 'vCPU-hours', price, `the vCPU count of ${type} is not in the table; set vcpu_count`)];
  return [component('CPU credits', 'vCPU-hours', hours * vcpus * instances, price, { usageBased: true })];
}

/** The usage file's operating_system: prices are Linux, so another system leaves the instance charge null. */
function linuxOnly(ctx: PricingContext, comps: CostComponent[]): CostComponent[] {
  const os = ctx.settings.operating_system;
  if (os === undefined || os.toLowerCase() === 'linux') return comps;
  return comps.map((c, i) =>
    i === 0 ? unknownComponent(c.name, c.unit, undefined, `${os} instance prices are not in the table (Linux only)`) : c,
  );
}

/** Detailed monitoring: 7 metrics per instance, billed as CloudWatch metrics. */
function detailedMonitoring(ctx: PricingContext, instances: number): CostComponent {
  return component('EC2 detailed monitoring', 'metrics', 7 * instances, ctx.prices.get('cloudwatch.metric'));
}

/** The EBS-optimized surcharge: none on current generations (optimized by default), listed for older ones. */
function ebsOptimized(ctx: PricingContext, type: string | undefined | typeof UNKNOWN, instances: number): CostComponent[] {
  if (typeof type !== 'string') return [];
  const family = splitInstanceType(type)?.family;
  const fam = family ? EC2_FAMILIES[family] : undefined;
  if (fam && !fam.previousGeneration) return [];
  const price = ctx.prices.get(`ec2.ebsoptimized:${type}`);
  if (price === undefined)
    return [unknownComponent('EBS-optimized usage', 'hours', undefined, `the EBS-optimized surcharge of ${type} is not in the table`)];
  return [hourly('EBS-optimized usage', price, instances)];
}

/** Instance-hours on dedicated tenancy: listed types only; Dedicated Hosts are billed per host. */
function dedicatedHours(ctx: PricingContext, tenancy: string, type: string | undefined | typeof UNKNOWN, count: number): CostComponent {
  const price = tenancy === 'dedicated' && typeof type === 'string' ? ctx.prices.get(`ec2.dedicated:${type}`) : undefined;
  if (price === undefined)
    return unknownComponent(
      `Instance usage (${tenancy} tenancy)`,
      'hours',
      undefined,
      `${tenancy} tenancy prices of this type are not in the table`,
    );
  return hourly(`Instance usage (dedicated, ${String(type)})`, price, count);
}

const instance: Pricer = (ctx) => {
  const r = ctx.resource;
  // An instance launched from a template takes what it does not set itself from the template.
  const lt = attr(r, 'launch_template') !== undefined ? ctx.referenced('aws_launch_template') : undefined;
  const tenancy = str(attr(r, 'tenancy')) ?? (lt ? str(attr(lt, 'placement.tenancy')) : undefined);
  const spot = str(attr(r, 'instance_market_options.market_type')) === 'spot';
  const type = instanceTypeOf(r, lt);
  // monthly_hrs (usage) scales every hourly charge: a count of share × 730 hours.
  const share = runningShare(ctx);
  const out =
    tenancy === 'dedicated' || tenancy === 'host'
      ? [dedicatedHours(ctx, tenancy, type, share)]
      : spot
        ? [unknownComponent('Instance usage (Spot)', 'hours', undefined, 'Spot prices change hourly and are not in the table')]
        : linuxOnly(ctx, instanceHoursOrReserved(ctx, 'Instance usage', 'ec2', type, share));
  const credits = str(attr(r, 'credit_specification.cpu_credits')) ?? (lt ? str(attr(lt, 'credit_specification.cpu_credits')) : undefined);
  out.push(...cpuCredits(ctx, type, credits, 1));
  // The root volume: the instance's root_block_device, else a launch template mapping of the AMI's
  // root device, else the AMI's own (the stated default).
  const ownRoot = attr(r, 'root_block_device') !== undefined;
  if (ownRoot || !(lt && templateMapsRoot(lt))) out.push(...rootVolume(ctx, r.attributes.root_block_device, 1, 'no root_block_device'));
  // An instance's root_block_device replaces the template's root mapping; its ebs_block_device the
  // template's mapping of the same device name, taking what it does not set (type, IOPS, throughput) from it.
  const overridden = new Set<string>(ownRoot ? ROOT_DEVICE_NAMES : []);
  const ownDevices = list(r.attributes.ebs_block_device);
  const merged =
    lt && !isUnknown(ownDevices)
      ? ownDevices.map((d) => {
          const own = (d ?? {}) as Record<string, TfValue>;
          const name = str(own.device_name);
          const base = typeof name === 'string' ? templateDevice(lt, name) : undefined;
          if (!base) return d;
          overridden.add(name as string);
          const out: Record<string, TfValue> = { ...base };
          for (const [k, v] of Object.entries(own)) if (v !== null && v !== undefined) out[k] = v;
          return out;
        })
      : r.attributes.ebs_block_device;
  out.push(...blockDevices(ctx, merged, 'EBS block device', true));
  if (lt) out.push(...launchBlockDevices(ctx, 1, false, overridden));
  if (bool(attr(r, 'associate_public_ip_address')) === true) out.push(publicIpv4(ctx));
  const monitoring = bool(attr(r, 'monitoring')) ?? (lt ? bool(attr(lt, 'monitoring.enabled')) : undefined);
  if (monitoring === true) out.push(detailedMonitoring(ctx, 1));
  const optimized = bool(attr(r, 'ebs_optimized')) ?? (lt ? bool(attr(lt, 'ebs_optimized')) : undefined);
  if (optimized === true) out.push(...ebsOptimized(ctx, type, share));
  return out;
};

/** An instance's type: its own instance_type, else the type of its launch_template's template. */
function instanceTypeOf(r: TfResource, lt: TfResource | undefined): string | undefined | typeof UNKNOWN {
  const own = str(attr(r, 'instance_type'));
  if (own !== undefined) return own;
  return lt ? str(attr(lt, 'instance_type')) : undefined;
}

const ebsVolume: Pricer = (ctx) => {
  const r = ctx.resource;
  // The provider documents gp2 as the default volume type.
  return volumeComponents(ctx, 'Volume', {
    type: str(attr(r, 'type')) ?? 'gp2',
    size: num(attr(r, 'size')),
    iops: num(attr(r, 'iops')),
    throughput: num(attr(r, 'throughput')),
  });
};

const ebsSnapshot: Pricer = (ctx) => [fromUsage(ctx, 'Snapshot storage', 'GB', 'monthly_storage_gb', 'ebs.snapshot.gb')];

/** Launch template or configuration referenced by an Auto Scaling group or node group. */
function launchInstanceType(ctx: PricingContext): string | undefined | typeof UNKNOWN {
  const lt = ctx.referenced('aws_launch_template') ?? ctx.referenced('aws_launch_configuration');
  if (!lt) return undefined;
  return str(attr(lt, 'instance_type'));
}

/**
 * Device names under which common AMIs keep their root volume (Amazon Linux, RHEL, SUSE: /dev/xvda;
 * Ubuntu, Debian, Windows: /dev/sda1): a launch template mapping one of them resizes the root volume
 * instead of adding a volume.
 */
const ROOT_DEVICE_NAMES = new Set(['/dev/xvda', '/dev/sda1', 'xvda', 'sda1']);

/** True when a launch template maps the AMI's root device (so its root volume is priced as that mapping). */
function templateMapsRoot(lt: TfResource): boolean {
  const maps = list(lt.attributes.block_device_mappings);
  if (isUnknown(maps)) return true; // unknown mappings: never add a second, guessed root volume
  return maps.some((m) => {
    const name = str(attr({ attributes: (m ?? {}) as Record<string, TfValue> }, 'device_name'));
    return typeof name === 'string' && ROOT_DEVICE_NAMES.has(name);
  });
}

/** A root volume default: its size and type, and where they come from (said in the assumption). */
export interface RootDefault {
  sizeGb: number;
  type: string;
  source: string;
}
/**
 * Every instance has a root volume. Its size and type are the AMI's unless root_block_device sets
 * them; an AMI nobody sized is taken as 8 GB gp2 — the root volume of the Amazon Linux and Ubuntu
 * AMIs, and Infracost's default —, stated on the line as an assumption. The usage file's
 * root_volume_size_gb / root_volume_type replace the default (never what the block sets).
 */
export const DEFAULT_ROOT_VOLUME: RootDefault = {
  sizeGb: 8,
  type: 'gp2',
  source: 'the Amazon Linux and Ubuntu AMI size; Infracost assumes the same',
};
/** EKS nodes: the EKS API's default node disk (disk_size, 20 GiB), as for node groups without a template. */
export const EKS_ROOT_VOLUME: RootDefault = { sizeGb: 20, type: 'gp2', source: 'the EKS default node disk' };

/**
 * The root volume of `count` instances. `missing` says what the code leaves out when there is no
 * block ("no root_block_device", "the launch template maps no root device").
 */
function rootVolume(
  ctx: PricingContext,
  blocks: TfValue | undefined,
  count: number,
  missing: string,
  defaults: RootDefault = DEFAULT_ROOT_VOLUME,
): CostComponent[] {
  const items = list(blocks);
  if (isUnknown(items)) return [unknownComponent('Root volume storage', 'GB', undefined, 'root_block_device is not known statically')];
  const block = { attributes: (items[0] ?? {}) as Record<string, TfValue> };
  const ownSize = num(attr(block, 'volume_size'));
  const ownType = str(attr(block, 'volume_type'));
  const usedSize = ctx.usage.root_volume_size_gb;
  const usedType = ctx.settings.root_volume_type;
  const assumed: string[] = [];
  let size: number | undefined | typeof UNKNOWN = ownSize;
  if (size === undefined) {
    size = usedSize ?? defaults.sizeGb;
    if (usedSize === undefined) assumed.push(`${defaults.sizeGb} GB`);
  }
  let type: string | undefined | typeof UNKNOWN = ownType;
  if (type === undefined) {
    // A mapping that names no type keeps the AMI's (the usage file may say it); gp2 otherwise, the
    // type EC2 gives a mapping without one.
    type = usedType ?? defaults.type;
    if (usedType === undefined && items.length === 0) assumed.push(defaults.type);
  }
  let assumption: string | undefined;
  if (assumed.length > 0)
    assumption =
      items.length === 0
        ? `${missing}: the AMI's root volume is assumed to be ${assumed.join(' ')} (${defaults.source}); ` +
          'set root_block_device, or root_volume_size_gb / root_volume_type in the usage file'
        : `root_block_device sets no volume_size: the AMI's, assumed to be ${assumed.join(' ')} (${defaults.source}); ` +
          'set volume_size, or root_volume_size_gb in the usage file';
  return volumeComponents(ctx, 'Root volume', {
    type,
    size,
    iops: num(attr(block, 'iops')),
    throughput: num(attr(block, 'throughput')),
    count,
    ...(assumption ? { assumption } : {}),
  });
}

/** A launch template's EBS settings for one device name, flattened (volume_size, volume_type, …). */
function templateDevice(lt: TfResource, deviceName: string): Record<string, TfValue> | undefined {
  const maps = list(lt.attributes.block_device_mappings);
  if (isUnknown(maps)) return undefined;
  for (const m of maps) {
    const dev = (m ?? {}) as Record<string, TfValue>;
    if (str(dev.device_name) !== deviceName) continue;
    const ebs = list(dev.ebs);
    return isUnknown(ebs) ? {} : ((ebs[0] ?? {}) as Record<string, TfValue>);
  }
  return undefined;
}

function launchBlockDevices(
  ctx: PricingContext,
  count: number,
  withRoot = false,
  skip: Set<string> = new Set(),
  rootDefault: RootDefault = DEFAULT_ROOT_VOLUME,
): CostComponent[] {
  const lt = ctx.referenced('aws_launch_template');
  const lc = lt ? undefined : ctx.referenced('aws_launch_configuration');
  if (!lt && !lc) return [];
  // Launch templates: block_device_mappings { ebs { … } }; launch configurations: root_block_device
  // and ebs_block_device blocks.
  const blocks: (TfValue | undefined)[] = lt
    ? [lt.attributes.block_device_mappings]
    : withRoot
      ? [lc!.attributes.ebs_block_device]
      : [lc!.attributes.root_block_device, lc!.attributes.ebs_block_device];
  const devices = blocks.flatMap((v) => {
    const l = list(v);
    return isUnknown(l) ? [] : l;
  });
  const comps = devices.flatMap((d) => {
    const dev = { attributes: (d ?? {}) as Record<string, TfValue> };
    const deviceName = str(attr(dev, 'device_name'));
    if (typeof deviceName === 'string' && skip.has(deviceName)) return [];
    const ebs =
      attr(dev, 'ebs') !== undefined ? { attributes: ((list(dev.attributes.ebs) as TfValue[])[0] ?? {}) as Record<string, TfValue> } : dev;
    const size = num(attr(ebs, 'volume_size'));
    if (size === undefined) return [];
    return volumeComponents(ctx, 'Instance volume', {
      type: str(attr(ebs, 'volume_type')) ?? 'gp2',
      size,
      iops: num(attr(ebs, 'iops')),
      throughput: num(attr(ebs, 'throughput')),
      count,
    });
  });
  // A launch configuration's root volume, or a template's when no mapping is the AMI's root device.
  if (withRoot && lc)
    return [...rootVolume(ctx, lc.attributes.root_block_device, count, 'the launch configuration has no root_block_device'), ...comps];
  if (withRoot && lt && !templateMapsRoot(lt))
    return [...rootVolume(ctx, undefined, count, 'the launch template maps no root device (/dev/xvda, /dev/sda1)', rootDefault), ...comps];
  return comps;
}

/** Detailed monitoring and EBS-optimized charges declared by a launch template or configuration. */
function launchOptions(ctx: PricingContext, type: string | undefined | typeof UNKNOWN, count: number): CostComponent[] {
  const out: CostComponent[] = [];
  const lc = ctx.referenced('aws_launch_configuration');
  const lt = ctx.referenced('aws_launch_template');
  // enable_monitoring defaults to true on a launch configuration, monitoring to off on a template.
  const monitored = lt ? bool(attr(lt, 'monitoring.enabled')) === true : lc ? bool(attr(lc, 'enable_monitoring')) !== false : false;
  if (monitored && count > 0) out.push(detailedMonitoring(ctx, count));
  const source = lt ?? lc;
  if (source && bool(attr(source, 'ebs_optimized')) === true && count > 0) out.push(...ebsOptimized(ctx, type, count));
  return out;
}

const autoscalingGroup: Pricer = (ctx) => {
  const r = ctx.resource;
  let desired = num(attr(r, 'desired_capacity')) ?? num(attr(r, 'min_size'));
  // A mixed instances policy's first override wins over the launch template's own type; with a
  // weighted_capacity, the desired capacity is in units and each instance provides `weight` of them.
  let type = str(attr(r, 'mixed_instances_policy.launch_template.override.instance_type'));
  const weight = num(attr(r, 'mixed_instances_policy.launch_template.override.weighted_capacity'));
  if (typeof type === 'string' && typeof weight === 'number' && weight > 0 && typeof desired === 'number')
    desired = Math.ceil(desired / weight);
  if (type === undefined) type = launchInstanceType(ctx);
  // Infracost's `instances` usage key: how many instances the group runs on average.
  if (ctx.usage.instances !== undefined) desired = ctx.usage.instances;
  const lt = ctx.referenced('aws_launch_template');
  const lc = ctx.referenced('aws_launch_configuration');
  const tenancy = lt ? str(attr(lt, 'placement.tenancy')) : lc ? str(attr(lc, 'placement_tenancy')) : undefined;
  const out: CostComponent[] =
    (tenancy === 'dedicated' || tenancy === 'host') && typeof desired === 'number'
      ? [dedicatedHours(ctx, tenancy, type, desired)]
      : linuxOnly(ctx, instanceHoursOrReserved(ctx, 'Instance usage', 'ec2', type, desired));
  if (typeof desired === 'number') {
    out.push(...launchBlockDevices(ctx, desired, true), ...launchOptions(ctx, type, desired));
    const source = lt ?? lc;
    out.push(...cpuCredits(ctx, type, source ? str(attr(source, 'credit_specification.cpu_credits')) : undefined, desired));
  }
  return out;
};

const eksCluster: Pricer = (ctx) => {
  const version = str(attr(ctx.resource, 'version'));
  if (typeof version === 'string' && eksInExtendedSupport(version, PRICE_DATE))
    return [hourly('EKS cluster (extended support)', ctx.prices.get('eks.cluster.extended.hour'))];
  return [hourly('EKS cluster', ctx.prices.get('eks.cluster.hour'))];
};

const eksNodeGroup: Pricer = (ctx) => {
  const r = ctx.resource;
  const desired = ctx.usage.instances ?? num(attr(r, 'scaling_config.desired_size'));
  if (str(attr(r, 'capacity_type')) === 'SPOT') {
    return [unknownComponent('Instance usage (Spot)', 'hours', undefined, 'Spot prices change hourly and are not in the table')];
  }
  const types = list(r.attributes.instance_types);
  let type: string | undefined | typeof UNKNOWN;
  if (isUnknown(types)) type = UNKNOWN;
  else if (types.length > 0) type = str(types[0]);
  // EKS uses t3.medium when neither instance_types nor the launch template names a type (EKS API default).
  else type = launchInstanceType(ctx) ?? 't3.medium';
  const out = linuxOnly(ctx, instanceHoursOrReserved(ctx, 'Instance usage', 'ec2', type, desired, 'instance_types'));
  const lt = ctx.referenced('aws_launch_template');
  if (typeof desired === 'number')
    out.push(...cpuCredits(ctx, type, lt ? str(attr(lt, 'credit_specification.cpu_credits')) : undefined, desired));
  if (!lt && typeof desired === 'number') {
    // Without a launch template EKS gives each node a gp2 root volume of disk_size GiB (default 20).
    const disk = num(attr(r, 'disk_size')) ?? 20;
    out.push(...volumeComponents(ctx, 'Node root volume', { type: 'gp2', size: disk, count: desired }));
  } else if (typeof desired === 'number') out.push(...launchBlockDevices(ctx, desired, true, new Set(), EKS_ROOT_VOLUME));
  return out;
};

function fargateUnits(raw: TfValue | undefined, perUnit: number): number | undefined | typeof UNKNOWN {
  const s = str(raw);
  if (s === undefined || isUnknown(s)) return s;
  const m = /^\s*([\d.]+)\s*(vcpu|gb)?\s*$/i.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] ? n : n / perUnit;
}

const ecsService: Pricer = (ctx): PriceResult => {
  const r = ctx.resource;
  const launch = str(attr(r, 'launch_type'));
  const strategy = list(r.attributes.capacity_provider_strategy);
  const providers = isUnknown(strategy)
    ? []
    : strategy.map((s) => str(attr({ attributes: (s ?? {}) as Record<string, TfValue> }, 'capacity_provider')));
  // A service run by task sets (deployment_controller EXTERNAL) names no task definition: its task set does.
  const td =
    ctx.referenced('aws_ecs_task_definition') ??
    (ctx.referencedBy?.('aws_ecs_task_set') ?? []).map((s) => ctx.referencedFrom?.(s, 'aws_ecs_task_definition')).find(Boolean);
  // Without a launch type or strategy the cluster's default strategy applies; a task definition
  // that only runs on Fargate settles it.
  const compat = td ? list(td.attributes.requires_compatibilities) : [];
  const fargateOnly = !isUnknown(compat) && compat.length > 0 && compat.every((c) => c === 'FARGATE');
  const fargate = launch === 'FARGATE' || providers.includes('FARGATE') || (launch === undefined && providers.length === 0 && fargateOnly);
  if (providers.includes('FARGATE_SPOT') && !fargate) {
    return [unknownComponent('Fargate Spot tasks', 'hours', undefined, 'Fargate Spot prices change and are not in the table')];
  }
  if (isUnknown(launch)) return [unknownComponent('Tasks', 'hours', undefined, 'launch_type is not known statically')];
  // EC2 / EXTERNAL capacity: the instances are priced where they are declared.
  if (!fargate) return 'free';
  const desired = num(attr(r, 'desired_count')) ?? 0; // the provider's default desired_count is 0
  // Application Auto Scaling keeps at least min_capacity tasks running, whatever desired_count says
  // (services created with 0 tasks and scaled by their target, as Inframate generates them).
  const floor = (ctx.referencedBy?.('aws_appautoscaling_target') ?? [])
    .filter((t) => str(attr(t, 'scalable_dimension')) === 'ecs:service:DesiredCount')
    .map((t) => num(attr(t, 'min_capacity')))
    .find((v): v is number => typeof v === 'number');
  const count = typeof desired === 'number' && floor !== undefined ? Math.max(desired, floor) : desired;
  if (!td)
    return [
      unknownComponent(
        'Fargate tasks',
        'vCPU-hours',
        ctx.prices.get('fargate.vcpu.hour'),
        'task definition is not declared in this configuration',
      ),
    ];
  const arm = str(attr(td, 'runtime_platform.cpu_architecture')) === 'ARM64';
  const vcpu = fargateUnits(attr(td, 'cpu'), 1024);
  const gb = fargateUnits(attr(td, 'memory'), 1024);
  const pv = ctx.prices.get(arm ? 'fargate.arm.vcpu.hour' : 'fargate.vcpu.hour');
  const pg = ctx.prices.get(arm ? 'fargate.arm.gb.hour' : 'fargate.gb.hour');
  const arch = arm ? ' (ARM64)' : '';
  if (isUnknown(count)) return [unknownComponent(`Fargate vCPU${arch}`, 'vCPU-hours', pv, 'desired_count is not known statically')];
  const out: CostComponent[] = [];
  out.push(
    typeof vcpu === 'number'
      ? component(`Fargate vCPU${arch}`, 'vCPU-hours', vcpu * count * HOURS_PER_MONTH, pv)
      : unknownComponent(`Fargate vCPU${arch}`, 'vCPU-hours', pv, 'task cpu is not known statically'),
  );
  out.push(
    typeof gb === 'number'
      ? component(`Fargate memory${arch}`, 'GB-hours', gb * count * HOURS_PER_MONTH, pg)
      : unknownComponent(`Fargate memory${arch}`, 'GB-hours', pg, 'task memory is not known statically'),
  );
  const storage = num(attr(td, 'ephemeral_storage.size_in_gib'));
  if (typeof storage === 'number' && storage > 20) {
    out.push(
      component(
        'Fargate ephemeral storage above 20 GB',
        'GB-hours',
        (storage - 20) * count * HOURS_PER_MONTH,
        ctx.prices.get('fargate.storage.gb.hour'),
      ),
    );
  }
  return out;
};

const lambda: Pricer = (ctx) => {
  const r = ctx.resource;
  const archs = list(r.attributes.architectures);
  const arm = !isUnknown(archs) && archs.includes('arm64');
  const memory = num(attr(r, 'memory_size')) ?? 128;
  const requests = ctx.usage.monthly_requests;
  const duration = ctx.usage.request_duration_ms;
  const out = [fromUsage(ctx, 'Requests', '1M requests', 'monthly_requests', 'lambda.requests.million', 1e6)];
  const price = ctx.prices.get(arm ? 'lambda.arm.gbsecond' : 'lambda.gbsecond');
  const name = `Duration${arm ? ' (arm64)' : ''}`;
  if (isUnknown(archs)) out.push(unknownComponent('Duration', 'GB-seconds', undefined, 'architectures are not known statically'));
  else if (isUnknown(memory)) out.push(unknownComponent(name, 'GB-seconds', price, 'memory_size is not known statically'));
  else if (requests === undefined || duration === undefined) {
    out.push(
      component(name, 'GB-seconds', null, price, {
        usageBased: true,
        note: 'set monthly_requests and request_duration_ms in the usage file',
      }),
    );
  } else out.push(component(name, 'GB-seconds', requests * (duration / 1000) * (memory / 1024), price, { usageBased: true }));
  return out;
};

const appRunner: Pricer = (ctx) => {
  const r = ctx.resource;
  const vcpu = fargateUnits(attr(r, 'instance_configuration.cpu'), 1024) ?? 1;
  const gb = fargateUnits(attr(r, 'instance_configuration.memory'), 1024) ?? 2;
  const out: CostComponent[] = [];
  const pg = ctx.prices.get('apprunner.gb.hour');
  // Provisioned instances keep their memory billed around the clock (one instance minimum).
  out.push(
    isUnknown(gb)
      ? unknownComponent('Provisioned memory', 'GB-hours', pg, 'memory is not known statically')
      : component('Provisioned memory', 'GB-hours', gb * HOURS_PER_MONTH, pg),
  );
  const active = ctx.usage.monthly_active_hours;
  const pv = ctx.prices.get('apprunner.vcpu.hour');
  if (active === undefined || isUnknown(vcpu))
    out.push(component('Active vCPU', 'vCPU-hours', null, pv, { usageBased: true, note: 'set monthly_active_hours in the usage file' }));
  else out.push(component('Active vCPU', 'vCPU-hours', active * vcpu, pv, { usageBased: true }));
  return out;
};

export const COMPUTE_PRICERS: Record<string, Pricer> = {
  aws_instance: instance,
  aws_ebs_volume: ebsVolume,
  aws_ebs_snapshot: ebsSnapshot,
  aws_autoscaling_group: autoscalingGroup,
  aws_eks_cluster: eksCluster,
  aws_eks_node_group: eksNodeGroup,
  aws_ecs_service: ecsService,
  aws_lambda_function: lambda,
  aws_apprunner_service: appRunner,
};
