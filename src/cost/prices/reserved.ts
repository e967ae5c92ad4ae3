// Reserved-instance rates, us-east-1, USD. What a reservation costs has two parts in the AWS Price
// List (offers/v1.0/aws/<service>, "Reserved" terms): a recurring hourly charge ("Hrs") and a one-time
// "Upfront Fee" ("Quantity"). All Upfront has no recurring charge; No Upfront has no fee.
//
// Source and date: the recurring hourly rates below are the AWS Price List's, as carried by
// Infracost's golden outputs at commit 95ba4f49 (testdata of instance_test, db_instance_test,
// rds_cluster_instance_test, elasticache_cluster_test, ec2_host_test; Infracost reads its prices from
// the AWS Price List API), read 2026-12-07: the golden shows the monthly figure (730 h × rate), from
// which each rate is recovered exactly. The EC2 t3.medium No Upfront rates also match AWS's EC2
// Reserved Instance pricing page as collated in March 2019 (Logiqx/tech-docs, Infrastructure/AWS/
// Compute.md: $19.05 / $21.90 / $13.14 / $15.04 a month). The Price List was not reachable from
// here, so only the classes present in that test data are listed; anything else is null with a note.
//
// Upfront fees: none is listed (`upfront: null`) — Infracost's output does not carry them (it shows
// the recurring charge only, $0.00 for All Upfront) and no other source was at hand. An upfront fee
// that is not in the table makes the amortised component null, never a guess.

export const RESERVED_SOURCE =
  'AWS Price List API, Reserved terms (recurring hourly rate), as shown in Infracost golden outputs at 95ba4f49; read 2026-12-07';

export const RESERVED_TERMS = ['1_year', '3_year'] as const;
export const RESERVED_PAYMENTS = ['no_upfront', 'partial_upfront', 'all_upfront'] as const;
/** ElastiCache's legacy offerings (t2, m3, m4, r3, r4 nodes), accepted as Infracost accepts them. */
export const RESERVED_LEGACY_PAYMENTS = ['heavy_utilization', 'medium_utilization', 'light_utilization'] as const;
export const RESERVED_CLASSES = ['standard', 'convertible'] as const;

export type ReservedTerm = (typeof RESERVED_TERMS)[number];
export type ReservedPayment = (typeof RESERVED_PAYMENTS)[number] | (typeof RESERVED_LEGACY_PAYMENTS)[number];
export type ReservedClass = (typeof RESERVED_CLASSES)[number];

export interface ReservedRate {
  /** Recurring charge per hour (0 for All Upfront). */
  hourly: number;
  /** One-time fee per instance for the whole term; null when not in the table. */
  upfront: number | null;
}

/** Months a term lasts: an upfront fee is spread evenly over them. */
export const TERM_MONTHS: Record<ReservedTerm, number> = { '1_year': 12, '3_year': 36 };

// Key: "<service>:<variant>|<class>|<term>|<payment>". Services: ec2 (Linux, shared tenancy),
// ec2-host (Dedicated Host family), rds-mysql / rds-postgres (…:single / …:multi), aurora-mysql,
// elasticache-redis. RDS, Aurora, ElastiCache and hosts have no offering class: "-".
const RATES: Record<string, number> = {
  // EC2 t3.medium, Linux (instance_test: std_*, cnvr_*)
  'ec2:t3.medium|standard|1_year|no_upfront': 0.0261,
  'ec2:t3.medium|standard|1_year|partial_upfront': 0.0124,
  'ec2:t3.medium|standard|3_year|no_upfront': 0.018,
  'ec2:t3.medium|standard|3_year|partial_upfront': 0.0083,
  'ec2:t3.medium|convertible|1_year|no_upfront': 0.03,
  'ec2:t3.medium|convertible|1_year|partial_upfront': 0.0143,
  'ec2:t3.medium|convertible|3_year|no_upfront': 0.0206,
  'ec2:t3.medium|convertible|3_year|partial_upfront': 0.0096,
  // EC2 Dedicated Hosts per host-hour (ec2_host_test)
  'ec2-host:m5|-|1_year|no_upfront': 3.193,
  'ec2-host:m5|-|3_year|no_upfront': 2.19,
  'ec2-host:c5|-|1_year|partial_upfront': 1.01,
  'ec2-host:c5|-|3_year|partial_upfront': 0.653,
  // RDS db.t3.large (db_instance_test: mysql-1yr-*, postgres-3yr-*)
  'rds-mysql:db.t3.large:single|-|1_year|no_upfront': 0.0957,
  'rds-mysql:db.t3.large:single|-|1_year|partial_upfront': 0.0456,
  'rds-mysql:db.t3.large:multi|-|1_year|no_upfront': 0.1914,
  'rds-mysql:db.t3.large:multi|-|1_year|partial_upfront': 0.0911,
  'rds-postgres:db.t3.large:single|-|3_year|partial_upfront': 0.0348,
  'rds-postgres:db.t3.large:multi|-|3_year|partial_upfront': 0.0695,
  // Aurora MySQL db.r4.large (rds_cluster_instance_test)
  'aurora-mysql:db.r4.large|-|1_year|no_upfront': 0.19,
  'aurora-mysql:db.r4.large|-|1_year|partial_upfront': 0.09,
  'aurora-mysql:db.r4.large|-|3_year|partial_upfront': 0.06,
  // ElastiCache Redis cache.m6g.12xlarge (elasticache_cluster_test)
  'elasticache-redis:cache.m6g.12xlarge|-|1_year|no_upfront': 2.428,
  'elasticache-redis:cache.m6g.12xlarge|-|1_year|partial_upfront': 1.156,
};

/** One-time fees, same keys; none is listed yet (see the header). */
const UPFRONT: Record<string, number> = {};

/**
 * The us-east-1 rate of a reservation, or undefined when the table has none. All Upfront has no
 * recurring charge by definition, so its hourly rate is 0 for any variant; its fee comes from the table.
 */
export function reservedRate(
  service: string,
  variant: string,
  offeringClass: ReservedClass | '-',
  term: ReservedTerm,
  payment: ReservedPayment,
): ReservedRate | undefined {
  const key = `${service}:${variant}|${offeringClass}|${term}|${payment}`;
  const upfront = UPFRONT[key] ?? null;
  if (payment === 'all_upfront') return { hourly: 0, upfront };
  const hourly = RATES[key];
  if (hourly === undefined) return undefined;
  return { hourly, upfront: payment === 'no_upfront' ? 0 : upfront };
}

/** The monthly share of an upfront fee: the fee spread evenly over the term's months. */
export function amortisedMonthly(upfront: number, term: ReservedTerm): number {
  return upfront / TERM_MONTHS[term];
}
