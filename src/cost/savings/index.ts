// Runs every savings rule over a configuration and its estimate.
import type { LoadedTerraform, TfResource } from '../../terraform/model';
import { baseAddress, priceResource, resolveReference, resourceIndex } from '../engine';
import { priceBook } from '../prices';
import type { CostEstimate, UsageMap } from '../types';
import { dynamodbOnDemand } from './dynamodb-on-demand';
import { ebsGp3 } from './ebs-gp3';
import { idleEip } from './idle-eip';
import { graviton } from './graviton';
import { previousGeneration } from './previous-generation';
import { lambdaArm64 } from './lambda-arm64';
import { logRetention } from './log-retention';
import { multiAzDev } from './multi-az-dev';
import { natGatewayPerAz } from './nat-gateway-per-az';
import { s3Lifecycle } from './s3-lifecycle';
import type { Saving, SavingsRule } from './types';

export type { Saving, SavingsRule } from './types';

export const SAVINGS_RULES: readonly SavingsRule[] = [
  ebsGp3,
  previousGeneration,
  graviton,
  natGatewayPerAz,
  multiAzDev,
  dynamodbOnDemand,
  lambdaArm64,
  logRetention,
  s3Lifecycle,
  idleEip,
];

export interface SavingsOptions {
  usage?: UsageMap;
  environment?: string;
  ruleIds?: string[];
}

export function findSavings(loaded: LoadedTerraform, estimate: CostEstimate, opts: SavingsOptions = {}): Saving[] {
  const prices = priceBook(estimate.region);
  const managed = loaded.resources.filter((r) => r.kind === 'resource');
  const index = resourceIndex(managed);
  const costs = new Map(estimate.resources.map((c) => [c.address, c]));
  const incoming = new Map<string, TfResource[]>();
  for (const r of managed) {
    for (const ref of r.references) {
      const target = resolveReference(index, r, ref);
      if (!target) continue;
      const key = baseAddress(target.address);
      const list = incoming.get(key);
      if (list) list.push(r);
      else incoming.set(key, [r]);
    }
  }
  const rules = SAVINGS_RULES.filter((rule) => !opts.ruleIds || opts.ruleIds.includes(rule.id));
  const out: Saving[] = [];
  for (const r of managed) {
    for (const rule of rules) {
      if (!rule.resourceTypes.includes(r.type)) continue;
      const found = rule.evaluate({
        resource: r,
        cost: costs.get(r.address),
        loaded,
        prices,
        usage: opts.usage,
        environment: opts.environment,
        reprice: (attributes) => {
          const priced = priceResource({ ...r, attributes }, prices, opts.usage, index);
          return typeof priced === 'string' ? null : priced;
        },
        referencedBy: () => incoming.get(baseAddress(r.address)) ?? [],
      });
      for (const s of found) out.push({ ruleId: rule.id, resource: r.address, file: r.pos.file, line: r.pos.line, ...s });
    }
  }
  return out.sort((a, b) => (b.monthlySavings ?? -1) - (a.monthlySavings ?? -1));
}
