// An Elastic IP that nothing uses still pays the public IPv4 charge.
import { attr } from '../components';
import { removeResourcePatch } from './patch';
import type { SavingsRule } from './types';

export const idleEip: SavingsRule = {
  id: 'cost-idle-eip',
  title: 'Release unattached Elastic IPs',
  resourceTypes: ['aws_eip'],
  evaluate(ctx) {
    const r = ctx.resource;
    if (
      attr(r, 'instance') !== undefined ||
      attr(r, 'network_interface') !== undefined ||
      attr(r, 'associate_with_private_ip') !== undefined
    )
      return [];
    if (ctx.referencedBy().length > 0) return [];
    const saving = ctx.cost?.monthlyCost ?? null;
    return [
      {
        message: 'Elastic IP is not attached to an instance, interface or NAT gateway',
        monthlySavings: saving,
        patch: removeResourcePatch(r),
      },
    ];
  },
};
