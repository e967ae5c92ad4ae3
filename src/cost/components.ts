// Building blocks for pricers: attribute readers that keep UNKNOWN apart from "absent", and
// component builders that turn (quantity, price) into a cost, or into null with the reason.
import { isUnknown, UNKNOWN, type TfResource, type TfValue, type Unknown } from '../terraform/model';
import type { PriceBook } from './prices';
import type { CostComponent, UsageSettings, UsageValues } from './types';

export const HOURS_PER_MONTH = 730;

export interface PricingContext {
  resource: TfResource;
  prices: PriceBook;
  usage: UsageValues;
  /** Non-numeric usage settings (endpoint_type, reserved_instance_term, …). */
  settings: UsageSettings;
  /** The first resource of `type` that this resource references (following the loader's references). */
  referenced(type: string): TfResource | undefined;
  /** Resources of `type` that reference this one (e.g. the autoscaling target of an ECS service). */
  referencedBy?(type: string): TfResource[];
  /** The first resource of `type` that another resource references (a task set's task definition). */
  referencedFrom?(from: TfResource, type: string): TfResource | undefined;
}

/** What a pricer answers: components, or "free" for a variant that AWS does not charge for. */
export type PriceResult = CostComponent[] | 'free';
export type Pricer = (ctx: PricingContext) => PriceResult;

/** Value at a dotted path; nested blocks (arrays of objects) are entered at their first element. */
export function attr(r: TfResource | { attributes: Record<string, TfValue> }, path: string): TfValue | undefined {
  let cur: TfValue | undefined = r.attributes;
  for (const key of path.split('.')) {
    if (Array.isArray(cur)) cur = cur[0];
    if (cur === undefined || cur === null) return undefined;
    if (isUnknown(cur)) return UNKNOWN;
    if (typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, TfValue>)[key];
  }
  return cur === null ? undefined : cur;
}

export function str(v: TfValue | undefined): string | undefined | Unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function num(v: TfValue | undefined): number | undefined | Unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function bool(v: TfValue | undefined): boolean | undefined | Unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

/** Nested blocks (or a list attribute) as an array; UNKNOWN when the list itself is unknown. */
export function list(v: TfValue | undefined): TfValue[] | Unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (Array.isArray(v)) return v;
  if (v === undefined || v === null) return [];
  return [v];
}

export const round = (n: number, digits = 8) => Math.round(n * 10 ** digits) / 10 ** digits;

export function component(
  name: string,
  unit: string,
  quantity: number | null,
  price: number | undefined | null,
  extra: { usageBased?: boolean; note?: string; assumption?: string } = {},
): CostComponent {
  const p = price ?? null;
  const cost = quantity === null || p === null ? null : round(quantity * p);
  const note = extra.note ?? (p === null ? 'no price in the table for this variant' : undefined);
  return {
    name,
    unit,
    monthlyQuantity: quantity === null ? null : round(quantity),
    price: p,
    monthlyCost: cost,
    ...(extra.usageBased ? { usageBased: true } : {}),
    ...(note ? { note } : {}),
    ...(extra.assumption ? { assumption: extra.assumption } : {}),
  };
}

/** A component whose quantity is not known: null cost, with the reason. */
export function unknownComponent(name: string, unit: string, price: number | undefined, note: string): CostComponent {
  return component(name, unit, null, price, { note });
}

/** Always-on hourly charge. */
export function hourly(name: string, price: number | undefined, count = 1, unit = 'hours'): CostComponent {
  return component(name, unit, HOURS_PER_MONTH * count, price);
}

/** Flat monthly charge per item. */
export function monthly(name: string, price: number | undefined, count = 1, unit = 'months'): CostComponent {
  return component(name, unit, count, price);
}

/**
 * A usage-based charge: quantity = usage[key] / per (e.g. per 1,000,000 requests). Without
 * usage the cost is null — never a guess.
 */
export function fromUsage(
  ctx: PricingContext,
  name: string,
  unit: string,
  key: string,
  priceKey: string,
  per = 1,
  /** A stated default quantity when the usage file does not say (priced, with the assumption on the line). */
  fallback?: { quantity: number; assumption: string },
): CostComponent {
  const q = ctx.usage[key];
  const price = ctx.prices.get(priceKey);
  if (q === undefined && fallback)
    return component(name, unit, fallback.quantity, price, { usageBased: true, assumption: fallback.assumption });
  if (q === undefined) return component(name, unit, null, price, { usageBased: true, note: `set ${key} in the usage file` });
  return component(name, unit, q / per, price, { usageBased: true });
}

/** Instance-hours of an instance type; null with the reason when the type or count is not known. */
export function instanceHours(
  ctx: PricingContext,
  name: string,
  service: string,
  type: string | undefined | Unknown,
  count: number | undefined | Unknown = 1,
  attributeName = 'instance_type',
): CostComponent {
  if (type === undefined || isUnknown(type)) {
    return unknownComponent(name, 'hours', undefined, `${attributeName} is not known statically`);
  }
  const price = ctx.prices.instance(service, type);
  const label = `${name} (${type})`;
  if (count === undefined || isUnknown(count)) return unknownComponent(label, 'hours', price, 'instance count is not known statically');
  if (price === undefined)
    return component(label, 'hours', HOURS_PER_MONTH * count, undefined, { note: `no price for ${type} in the table` });
  return hourly(label, price, count);
}
