// Helpers shared by savings rules.
import { round } from '../components';
import type { ResourceCost } from '../types';

const unknownParts = (r: ResourceCost) => r.components.filter((c) => c.monthlyCost === null).length;

/**
 * Saving between the current and a re-priced estimate; null when either side is unknown, or when the
 * change leaves a charge the table cannot price (e.g. a reserved rate of the new type): the known
 * parts alone would overstate the saving.
 */
export function difference(current: ResourceCost | undefined, changed: ResourceCost | null): number | null {
  if (!current || !changed || current.monthlyCost === null || changed.monthlyCost === null) return null;
  if (unknownParts(changed) > unknownParts(current)) return null;
  return round(current.monthlyCost - changed.monthlyCost, 2);
}

export const isProduction = (env: string | undefined) => env !== undefined && /^(prod|production|prd|live)$/i.test(env);
export const isNonProduction = (env: string | undefined) => env !== undefined && !isProduction(env);
