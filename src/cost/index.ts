// The cost service's public surface, for commands and other services (recommend, GitHub delivery).
export { diffCosts, type CostDiff, type ResourceCostChange } from './diff';
export { estimateCosts, type EstimateOptions } from './engine';
export { detectEnvironment } from './environment';
export { PRICE_DATE, PRICE_SOURCE, SUPPORTED_REGIONS } from './prices';
export { COST_DIFF_MARKER, renderCostDiffMarkdown, renderEstimateMarkdown } from './render';
export { PRICED_TYPES } from './resources';
export { findSavings, SAVINGS_RULES, type Saving } from './savings';
export type { CostComponent, CostEstimate, ResourceCost, UsageMap } from './types';
export { EMPTY_USAGE, parseUsage } from './usage';
