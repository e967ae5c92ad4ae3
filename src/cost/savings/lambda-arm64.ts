// arm64 Lambda duration is 20% cheaper than x86_64 for the same memory.
import { isUnknown } from '../../terraform/model';
import { list } from '../components';
import { difference } from './common';
import { setAttributePatch } from './patch';
import type { SavingsRule } from './types';

export const lambdaArm64: SavingsRule = {
  id: 'cost-lambda-arm64',
  title: 'Run Lambda functions on arm64',
  resourceTypes: ['aws_lambda_function'],
  evaluate(ctx) {
    const r = ctx.resource;
    const archs = list(r.attributes.architectures);
    if (isUnknown(archs) || archs.includes('arm64')) return [];
    // Container images are built for one architecture; the change needs a rebuild, still worth proposing.
    const saving = difference(ctx.cost, ctx.reprice({ ...r.attributes, architectures: ['arm64'] }));
    const duration = ctx.cost?.components.find((c) => c.name.startsWith('Duration'));
    const known = duration?.monthlyCost !== null && duration?.monthlyCost !== undefined;
    return [
      {
        message: known
          ? 'x86_64 function: arm64 duration costs 20% less'
          : 'x86_64 function: arm64 duration costs 20% less (give monthly_requests and request_duration_ms to size the saving)',
        monthlySavings: known ? saving : null,
        patch: setAttributePatch(r, 'architectures', { hcl: '["arm64"]' }),
      },
    ];
  },
};
