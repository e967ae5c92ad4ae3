// A savings rule looks at one resource (with the whole configuration at hand) and proposes a
// change whose monthly saving is computed by re-pricing the changed resource.
import type { LoadedTerraform, TfResource } from '../../terraform/model';
import type { PriceBook } from '../prices';
import type { ResourceCost, UsageMap } from '../types';

export interface Patch {
  file: string;
  line: number;
  /** Unified-diff-like text: "-" lines removed, "+" lines added. */
  diff: string;
}

export interface Saving {
  ruleId: string;
  resource: string;
  message: string;
  /** Monthly saving in USD from the price table; null when it depends on usage that was not given. */
  monthlySavings: number | null;
  file: string;
  line: number;
  patch?: Patch;
}

export interface SavingsContext {
  resource: TfResource;
  /** The resource's current estimate (undefined for free or unpriced resources). */
  cost?: ResourceCost;
  loaded: LoadedTerraform;
  prices: PriceBook;
  usage?: UsageMap;
  /** "production" or another environment name; undefined when unknown. */
  environment?: string;
  /** Price a modified copy of the resource (same references and usage). */
  reprice(attributes: TfResource['attributes']): ResourceCost | null;
  /** Resources that reference this one. */
  referencedBy(): TfResource[];
}

export interface SavingsRule {
  id: string;
  title: string;
  resourceTypes: readonly string[];
  evaluate(ctx: SavingsContext): Omit<Saving, 'ruleId' | 'resource' | 'file' | 'line'>[];
}
