// Multi-AZ doubles instance and storage charges; development databases rarely need a standby.
import { attr, bool } from '../components';
import { difference, isNonProduction } from './common';
import { setAttributePatch } from './patch';
import type { SavingsRule } from './types';

export const multiAzDev: SavingsRule = {
  id: 'cost-multi-az-dev',
  title: 'Single-AZ databases outside production',
  resourceTypes: ['aws_db_instance'],
  evaluate(ctx) {
    if (!isNonProduction(ctx.environment) || bool(attr(ctx.resource, 'multi_az')) !== true) return [];
    const saving = difference(ctx.cost, ctx.reprice({ ...ctx.resource.attributes, multi_az: false }));
    if (saving === null || saving <= 0) return [];
    return [
      {
        message: `Multi-AZ database in the ${ctx.environment} environment: a single-AZ instance halves instance and storage charges`,
        monthlySavings: saving,
        patch: setAttributePatch(ctx.resource, 'multi_az', false),
      },
    ];
  },
};
