// Shapes of a cost estimate (contracts §3.3). Unknown quantities are null, never guessed.

export interface CostComponent {
  name: string;
  unit: string;
  /** null when the quantity depends on usage that was not given, or on an unknown attribute. */
  monthlyQuantity: number | null;
  /** Price per unit, USD. null when the price table has no entry for this variant. */
  price: number | null;
  monthlyCost: number | null;
  /** True when the quantity comes from (or needs) the usage file. */
  usageBased?: boolean;
  /** Why the cost is null, or how it was derived. */
  note?: string;
  /**
   * A stated default the quantity rests on (the 8 GB gp2 root volume of an AMI nobody named, one
   * Client VPN connection, one Fargate pod), with the attribute or usage key that replaces it.
   */
  assumption?: string;
}

export interface ResourceCost {
  address: string;
  type: string;
  name: string;
  modulePath: string;
  file: string;
  line: number;
  /** Sum of the known component costs; null when no component could be priced. */
  monthlyCost: number | null;
  components: CostComponent[];
  /**
   * Instances this entry prices, when more than one: a count/for_each past the loader's instance
   * budget is one entry standing for all of them (quantities and costs are multiplied by it).
   */
  instances?: number;
}

export interface CostEstimate {
  currency: 'USD';
  priceDate: string;
  region: string;
  totalMonthlyCost: number;
  resources: ResourceCost[];
  /** Resources with a cost that the price table does not cover. */
  unpriced: string[];
  /** Resources known to be free of charge (counted, not listed in resources). */
  free: string[];
  /** Usage-based components without usage, as "address: component". */
  usageMissing: string[];
  /** Components priced on a stated default, as "address: component — assumption". */
  assumptions?: string[];
}

/** Per-resource usage values (Infracost-like `resource_usage`), keyed by address or address pattern. */
export type UsageValues = Record<string, number>;
/** Non-numeric usage settings (reserved_instance_term: 1_year, operating_system: windows), by the same keys. */
export type UsageSettings = Record<string, string>;
export interface UsageWarning {
  file: string;
  line?: number;
  message: string;
}
export interface UsageMap {
  /** Numbers; a nested mapping's numbers are flattened to `parent.child` (standard.storage_gb). */
  resources: Record<string, UsageValues>;
  /** Defaults per resource type (`resource_type_default_usage`). */
  typeDefaults: Record<string, UsageValues>;
  settings?: { resources: Record<string, UsageSettings>; typeDefaults: Record<string, UsageSettings> };
  /** Keys no known resource type uses, values that are ignored: reported, never a failure. */
  warnings?: UsageWarning[];
}
