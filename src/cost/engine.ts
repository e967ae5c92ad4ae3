// The cost engine: every managed resource of a loaded configuration, priced per instance
// (count / for_each instances are separate resources in the model) from the region's price book.
import type { LoadedTerraform, TfResource } from '../terraform/model';
import { round, type PricingContext } from './components';
import { isFreeType } from './free';
import { priceBook, type PriceBook } from './prices';
import { PRICERS } from './resources';
import type { CostComponent, CostEstimate, ResourceCost, UsageMap } from './types';
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

// Who references whom, inverted once per index (only pricers that ask for it pay for it).
const reverseIndexes = new WeakMap<Map<string, TfResource>, Map<TfResource, TfResource[]>>();
function referencingResources(index: Map<string, TfResource>, target: TfResource): TfResource[] {
  let reverse = reverseIndexes.get(index);
  if (!reverse) {
    reverse = new Map();
    for (const from of index.values()) {
      for (const ref of from.references) {
        const to = resolveReference(index, from, ref);
        if (!to || to === from) continue;
        const list = reverse.get(to);
        if (list) {
          if (!list.includes(from)) list.push(from);
        } else reverse.set(to, [from]);
      }
    }
    reverseIndexes.set(index, reverse);
  }
  return reverse.get(index.get(baseAddress(target.address)) ?? target) ?? [];
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
    referencedBy: (type) => referencingResources(index, r).filter((x) => x.type === type && x.kind === 'resource'),
    referencedFrom: (from, type) => {
      for (const ref of from.references) {
        const target = resolveReference(index, from, ref);
        if (target?.type === type && target.kind === 'resource') return target;
      }
      return undefined;
    },
  };
  const priced = pricer(ctx);
  if (priced === 'free') return 'free';
  // One entry standing for many instances (count past the instance budget): every instance costs the same.
  const n = r.instanceCount ?? 1;
  const result = n === 1 ? priced : priced.map((c) => scaleComponent(c, n));
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
    ...(n !== 1 ? { instances: n } : {}),
  };
}

function scaleComponent(c: CostComponent, n: number): CostComponent {
  const times = (v: number | null) => (v === null ? null : round(v * n, 2));
  const note = `× ${n.toLocaleString('en-US')} instances`;
  return { ...c, monthlyQuantity: times(c.monthlyQuantity), monthlyCost: times(c.monthlyCost), note: c.note ? `${c.note}; ${note}` : note };
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
  const assumptions = resources.flatMap((r) =>
    r.components.filter((c) => c.assumption).map((c) => `${r.address}: ${c.name} — ${c.assumption}`),
  );
  const total = round(
    resources.reduce((s, r) => s + (r.monthlyCost ?? 0), 0),
    2,
  );
  return {
    currency: 'USD',
    priceDate: prices.date,
    region: opts.region,
    totalMonthlyCost: total,
    resources,
    unpriced,
    free,
    usageMissing,
    assumptions,
  };
}
