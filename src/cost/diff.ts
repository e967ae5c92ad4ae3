// Cost difference between two estimates (the base and the head of a pull request).
import { round } from './components';
import type { CostEstimate, ResourceCost } from './types';
import { compareText } from '../core/compare';

export interface ResourceCostChange {
  address: string;
  type: string;
  change: 'added' | 'removed' | 'changed';
  baseMonthlyCost: number | null;
  headMonthlyCost: number | null;
  /** head − base, with unknown sides counted as 0. */
  monthlyDelta: number;
}

export interface CostDiff {
  currency: 'USD';
  priceDate: string;
  region: string;
  baseMonthlyCost: number;
  headMonthlyCost: number;
  monthlyDelta: number;
  /** Percentage change of the total; null when the base is 0. */
  percentChange: number | null;
  resources: ResourceCostChange[];
  /** Unpriced resources only in head. */
  newUnpriced: string[];
}

const sameComponents = (a: ResourceCost, b: ResourceCost) =>
  JSON.stringify(a.components.map((c) => [c.name, c.monthlyQuantity, c.price])) ===
  JSON.stringify(b.components.map((c) => [c.name, c.monthlyQuantity, c.price]));

export function diffCosts(base: CostEstimate, head: CostEstimate): CostDiff {
  const before = new Map(base.resources.map((r) => [r.address, r]));
  const after = new Map(head.resources.map((r) => [r.address, r]));
  const resources: ResourceCostChange[] = [];
  for (const [address, h] of after) {
    const b = before.get(address);
    if (!b)
      resources.push({
        address,
        type: h.type,
        change: 'added',
        baseMonthlyCost: null,
        headMonthlyCost: h.monthlyCost,
        monthlyDelta: h.monthlyCost ?? 0,
      });
    else if (b.monthlyCost !== h.monthlyCost || !sameComponents(b, h)) {
      resources.push({
        address,
        type: h.type,
        change: 'changed',
        baseMonthlyCost: b.monthlyCost,
        headMonthlyCost: h.monthlyCost,
        monthlyDelta: round((h.monthlyCost ?? 0) - (b.monthlyCost ?? 0), 2),
      });
    }
  }
  for (const [address, b] of before) {
    if (!after.has(address))
      resources.push({
        address,
        type: b.type,
        change: 'removed',
        baseMonthlyCost: b.monthlyCost,
        headMonthlyCost: null,
        monthlyDelta: -(b.monthlyCost ?? 0),
      });
  }
  resources.sort((a, b) => Math.abs(b.monthlyDelta) - Math.abs(a.monthlyDelta) || compareText(a.address, b.address));
  const delta = round(head.totalMonthlyCost - base.totalMonthlyCost, 2);
  const baseUnpriced = new Set(base.unpriced);
  return {
    currency: 'USD',
    priceDate: head.priceDate,
    region: head.region,
    baseMonthlyCost: base.totalMonthlyCost,
    headMonthlyCost: head.totalMonthlyCost,
    monthlyDelta: delta,
    percentChange: base.totalMonthlyCost === 0 ? null : round((delta / base.totalMonthlyCost) * 100, 1),
    resources,
    newUnpriced: head.unpriced.filter((a) => !baseUnpriced.has(a)),
  };
}
