// The cost engine: every managed resource of a loaded configuration, priced per instance
// (count / for_each instances are separate resources in the model) from the region's price book.
import type { LoadedTerraform, TfResource } from '../terraform/model';
import { round, type PricingContext } from './components';
import { isFreeType } from './free';
import { priceBook, type PriceBook } from './prices';
import { PRICERS } from './resources';
import type { CostEstimate, ResourceCost, UsageMap } from './types';
import { usageFor, usageSettingsFor } from './usage';

export interface EstimateOptions {
  region: string;
  usage?: UsageMap;
}

/** Address without its trailing instance index: module.a.aws_x.y[0] → module.a.aws_x.y */
export const baseAddress = (address: string) => address.replace(/\[[^\]]*\]$/, '');

/** Lookup of resources by unindexed address, for following references. */
export function resourceIndex(resources: TfResource[]): Map<string, TfResource> {
  const byAddress = new Map<string, TfResource>();
  for (const r of resources) {
    const key = baseAddress(r.address);
    if (!byAddress.has(key)) byAddress.set(key, r);
    if (key !== r.address) byAddress.set(r.address, r); // each instance of a counted resource too
  }
  return byAddress;
}

/** Resolve a reference as written (absolute, or relative to the module of `from`). */
export function resolveReference(index: Map<string, TfResource>, from: TfResource, ref: string): TfResource | undefined {
  return index.get(ref) ?? (from.modulePath ? index.get(`${from.modulePath}.${ref}`) : undefined);
}

export function priceResource(
  r: TfResource,
  prices: PriceBook,
  usage: UsageMap | undefined,
  index: Map<string, TfResource>,
): ResourceCost | 'free' | 'unpriced' {
  const pricer = PRICERS[r.type];
  if (!pricer) return isFreeType(r.type) ? 'free' : 'unpriced';
  const ctx: PricingContext = {
    resource: r,
    prices,
    usage: usageFor(usage, r.address, r.type),
    settings: usageSettingsFor(usage, r.address, r.type),
    referenced: (type) => {
      // `x[count.index]` reaches the loader as "x": a counted resource takes its own-index sibling.
      const own = /\[[^\]]+\]$/.exec(r.address)?.[0];
      for (const ref of r.references) {
        const target = (own ? resolveReference(index, r, ref + own) : undefined) ?? resolveReference(index, r, ref);
        if (target?.type === type && target.kind === 'resource') return target;
      }
      return undefined;
    },
  };
  const result = pricer(ctx);
  if (result === 'free') return 'free';
  const known = result.filter((c) => c.monthlyCost !== null);
  const monthlyCost =
    known.length === 0
      ? null
      : round(
          known.reduce((s, c) => s + (c.monthlyCost ?? 0), 0),
          2,
        );
  return {
    address: r.address,
    type: r.type,
    name: r.name,
    modulePath: r.modulePath,
    file: r.pos.file,
    line: r.pos.line,
    monthlyCost,
    components: result,
  };
}

export function estimateCosts(loaded: LoadedTerraform, opts: EstimateOptions): CostEstimate {
  const prices = priceBook(opts.region);
  const managed = loaded.resources.filter((r) => r.kind === 'resource');
  const index = resourceIndex(managed);
  const resources: ResourceCost[] = [];
  const unpriced: string[] = [];
  const free: string[] = [];
  for (const r of managed) {
    const priced = priceResource(r, prices, opts.usage, index);
    if (priced === 'free') free.push(r.address);
    else if (priced === 'unpriced') unpriced.push(r.address);
    else resources.push(priced);
  }
  const usageMissing = resources.flatMap((r) =>
    r.components.filter((c) => c.usageBased && c.monthlyCost === null).map((c) => `${r.address}: ${c.name}`),
  );
  const total = round(
    resources.reduce((s, r) => s + (r.monthlyCost ?? 0), 0),
    2,
  );
  return { currency: 'USD', priceDate: prices.date, region: opts.region, totalMonthlyCost: total, resources, unpriced, free, usageMissing };
}
