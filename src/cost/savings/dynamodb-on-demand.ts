// Provisioned capacity is paid whether used or not; at low request volumes on-demand is cheaper.
// The comparison needs the request counts from the usage file: without them there is no saving to state.
import { attr, str } from '../components';
import { difference } from './common';
import { setAttributePatch } from './patch';
import type { SavingsRule } from './types';

export const dynamodbOnDemand: SavingsRule = {
  id: 'cost-dynamodb-on-demand',
  title: 'On-demand capacity for lightly used DynamoDB tables',
  resourceTypes: ['aws_dynamodb_table'],
  evaluate(ctx) {
    const r = ctx.resource;
    if ((str(attr(r, 'billing_mode')) ?? 'PROVISIONED') !== 'PROVISIONED') return [];
    const changed = ctx.reprice({ ...r.attributes, billing_mode: 'PAY_PER_REQUEST' });
    if (!changed || changed.components.some((c) => c.usageBased && c.monthlyCost === null && /request units/.test(c.name))) return [];
    const saving = difference(ctx.cost, changed);
    if (saving === null || saving <= 0) return [];
    return [
      {
        message: 'provisioned capacity costs more than the given request volume would on demand',
        monthlySavings: saving,
        patch: setAttributePatch(r, 'billing_mode', 'PAY_PER_REQUEST'),
      },
    ];
  },
};
