// EBS volume pricing shared by aws_ebs_volume, instance block devices and node groups.
import { isUnknown, type Unknown } from '../../terraform/model';
import { component, unknownComponent, type PricingContext } from '../components';
import type { CostComponent } from '../types';

export interface VolumeSpec {
  type: string | undefined | Unknown;
  size: number | undefined | Unknown;
  iops?: number | undefined | Unknown;
  throughput?: number | undefined | Unknown;
  count?: number;
  /** The stated default the volume rests on (shown on its storage line). */
  assumption?: string;
}

/** gp3 includes 3,000 IOPS and 125 MBps; io1/io2 charge every provisioned IOPS. */
export function volumeComponents(ctx: PricingContext, label: string, v: VolumeSpec): CostComponent[] {
  const count = v.count ?? 1;
  if (v.type === undefined || isUnknown(v.type)) {
    return [unknownComponent(`${label} storage`, 'GB', undefined, 'volume type is not known statically')];
  }
  const type = v.type;
  const gbPrice = ctx.prices.get(`ebs.${type}.gb`);
  const name = `${label} storage (${type})`;
  if (v.size === undefined || isUnknown(v.size)) return [unknownComponent(name, 'GB', gbPrice, 'volume size is not known statically')];
  const out = [component(name, 'GB', v.size * count, gbPrice, v.assumption ? { assumption: v.assumption } : {})];
  const iops = v.iops;
  if (type === 'gp3') {
    if (isUnknown(iops))
      out.push(unknownComponent(`${label} IOPS above 3,000`, 'IOPS', ctx.prices.get('ebs.gp3.iops'), 'iops is not known statically'));
    else if (iops !== undefined && iops > 3000)
      out.push(component(`${label} IOPS above 3,000`, 'IOPS', (iops - 3000) * count, ctx.prices.get('ebs.gp3.iops')));
    const tp = v.throughput;
    if (isUnknown(tp))
      out.push(
        unknownComponent(
          `${label} throughput above 125 MBps`,
          'MBps',
          ctx.prices.get('ebs.gp3.throughput'),
          'throughput is not known statically',
        ),
      );
    else if (tp !== undefined && tp > 125)
      out.push(component(`${label} throughput above 125 MBps`, 'MBps', (tp - 125) * count, ctx.prices.get('ebs.gp3.throughput')));
  } else if (type === 'io1' || type === 'io2') {
    const p = ctx.prices.get(`ebs.${type}.iops`);
    if (iops === undefined || isUnknown(iops))
      out.push(unknownComponent(`${label} provisioned IOPS`, 'IOPS', p, 'iops is not known statically'));
    else out.push(component(`${label} provisioned IOPS`, 'IOPS', iops * count, p));
  }
  return out;
}
