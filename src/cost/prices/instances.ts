// Hourly on-demand prices of instance families in us-east-1, as the price of the family's
// "large" size (or the listed sizes where AWS does not scale linearly). AWS prices every size of
// a current family in proportion to its vCPU count, so one figure per family plus the size
// ratio gives every size; irregular sizes are listed explicitly and win over the ratio.
// Source: AWS Price List API (offers for AmazonEC2, AmazonRDS, AmazonElastiCache, AmazonES,
// AmazonDocDB, AmazonRedshift, AmazonMSK), Linux / MySQL-PostgreSQL, shared tenancy, on-demand.

/** Size multiplier relative to "large". */
export const SIZE_RATIO: Record<string, number> = {
  nano: 1 / 16,
  micro: 1 / 8,
  small: 1 / 4,
  medium: 1 / 2,
  large: 1,
  xlarge: 2,
  '2xlarge': 4,
  '3xlarge': 6,
  '4xlarge': 8,
  '6xlarge': 12,
  '8xlarge': 16,
  '9xlarge': 18,
  '10xlarge': 20,
  '12xlarge': 24,
  '16xlarge': 32,
  '18xlarge': 36,
  '24xlarge': 48,
  '32xlarge': 64,
  '48xlarge': 96,
};

export interface FamilyPrice {
  /** Hourly price of the "large" size. */
  large: number;
  /** Explicit prices of sizes that do not follow the ratio. */
  sizes?: Record<string, number>;
  /** Previous generation (AWS "previous generation instances" page). */
  previousGeneration?: boolean;
  /** arm64 (Graviton). */
  graviton?: boolean;
  /** Same-size current-generation family to move to (previous generation) or Graviton equivalent. */
  successor?: string;
  gravitonEquivalent?: string;
}

/** EC2, Linux, shared tenancy. */
export const EC2_FAMILIES: Record<string, FamilyPrice> = {
  t1: { large: 0.16, sizes: { micro: 0.02 }, previousGeneration: true, successor: 't3' },
  t2: {
    large: 0.0928,
    sizes: { nano: 0.0058, micro: 0.0116, small: 0.023 },
    previousGeneration: true,
    successor: 't3',
    gravitonEquivalent: 't4g',
  },
  t3: { large: 0.0832, gravitonEquivalent: 't4g' },
  t3a: { large: 0.0752, gravitonEquivalent: 't4g' },
  t4g: { large: 0.0672, graviton: true },
  m1: { large: 0.175, sizes: { small: 0.044, medium: 0.087 }, previousGeneration: true, successor: 'm5' },
  m3: { large: 0.133, sizes: { medium: 0.067 }, previousGeneration: true, successor: 'm5' },
  m4: { large: 0.1, previousGeneration: true, successor: 'm5', gravitonEquivalent: 'm6g' },
  m5: { large: 0.096, gravitonEquivalent: 'm6g' },
  m5a: { large: 0.086, gravitonEquivalent: 'm6g' },
  m5n: { large: 0.119, gravitonEquivalent: 'm6g' },
  m6i: { large: 0.096, gravitonEquivalent: 'm7g' },
  m6a: { large: 0.0864, gravitonEquivalent: 'm7g' },
  m6g: { large: 0.077, graviton: true },
  m7i: { large: 0.1008, gravitonEquivalent: 'm7g' },
  m7a: { large: 0.11592, gravitonEquivalent: 'm7g' },
  m7g: { large: 0.0816, graviton: true },
  m8g: { large: 0.08976, graviton: true },
  c1: { large: 0.52, sizes: { medium: 0.13 }, previousGeneration: true, successor: 'c5' },
  c3: { large: 0.105, previousGeneration: true, successor: 'c5' },
  c4: { large: 0.1, previousGeneration: true, successor: 'c5', gravitonEquivalent: 'c6g' },
  c5: { large: 0.085, gravitonEquivalent: 'c6g' },
  c5a: { large: 0.077, gravitonEquivalent: 'c6g' },
  c5n: { large: 0.108, gravitonEquivalent: 'c6gn' },
  c6i: { large: 0.085, gravitonEquivalent: 'c7g' },
  c6a: { large: 0.0765, gravitonEquivalent: 'c7g' },
  c6g: { large: 0.068, graviton: true },
  c6gn: { large: 0.0864, graviton: true },
  c7i: { large: 0.08925, gravitonEquivalent: 'c7g' },
  c7g: { large: 0.0725, graviton: true },
  // r3.xlarge lists at $0.333, not 2 × $0.166 (Infracost instance_test golden: $486.18 for 1,460 h)
  r3: { large: 0.166, sizes: { xlarge: 0.333 }, previousGeneration: true, successor: 'r5' },
  r4: { large: 0.133, previousGeneration: true, successor: 'r5', gravitonEquivalent: 'r6g' },
  r5: { large: 0.126, gravitonEquivalent: 'r6g' },
  r5a: { large: 0.113, gravitonEquivalent: 'r6g' },
  r6i: { large: 0.126, gravitonEquivalent: 'r7g' },
  r6a: { large: 0.1134, gravitonEquivalent: 'r7g' },
  r6g: { large: 0.1008, graviton: true },
  r7i: { large: 0.1323, gravitonEquivalent: 'r7g' },
  r7g: { large: 0.1071, graviton: true },
  i3: { large: 0.156 },
  i4i: { large: 0.172 },
  x1: { large: 0, sizes: { '16xlarge': 6.669, '32xlarge': 13.338 }, previousGeneration: true },
  g4dn: { large: 0, sizes: { xlarge: 0.526, '2xlarge': 0.752, '4xlarge': 1.204, '8xlarge': 2.176, '12xlarge': 3.912, '16xlarge': 4.352 } },
  g5: { large: 0, sizes: { xlarge: 1.006, '2xlarge': 1.212, '4xlarge': 1.624, '8xlarge': 2.448, '12xlarge': 5.672 } },
  p3: { large: 0, sizes: { '2xlarge': 3.06, '8xlarge': 12.24, '16xlarge': 24.48 } },
};

/** RDS single-AZ, MySQL / MariaDB / PostgreSQL (PostgreSQL where it differs is listed apart). */
export const RDS_FAMILIES: Record<string, FamilyPrice> = {
  'db.t2': { large: 0.136, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, previousGeneration: true, successor: 'db.t3' },
  'db.t3': { large: 0.136, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, gravitonEquivalent: 'db.t4g' },
  'db.t4g': { large: 0.129, sizes: { micro: 0.016, small: 0.032, medium: 0.065 }, graviton: true },
  'db.m4': { large: 0.175, previousGeneration: true, successor: 'db.m5' },
  'db.m5': { large: 0.171, gravitonEquivalent: 'db.m6g' },
  'db.m6i': { large: 0.171, gravitonEquivalent: 'db.m7g' },
  'db.m6g': { large: 0.152, graviton: true },
  'db.m7g': { large: 0.168, graviton: true },
  'db.r4': { large: 0.24, previousGeneration: true, successor: 'db.r5' },
  'db.r5': { large: 0.24, gravitonEquivalent: 'db.r6g' },
  'db.r6i': { large: 0.24, gravitonEquivalent: 'db.r7g' },
  'db.r6g': { large: 0.215, graviton: true },
  'db.r7g': { large: 0.239, graviton: true },
};

/** PostgreSQL prices where they differ from MySQL. */
export const RDS_POSTGRES_FAMILIES: Record<string, FamilyPrice> = {
  'db.t2': { large: 0.145, sizes: { micro: 0.018, small: 0.036, medium: 0.072 }, previousGeneration: true, successor: 'db.t3' },
  'db.t3': { large: 0.145, sizes: { micro: 0.018, small: 0.036, medium: 0.072 }, gravitonEquivalent: 'db.t4g' },
  'db.m4': { large: 0.182, previousGeneration: true, successor: 'db.m5' },
  'db.m5': { large: 0.178, gravitonEquivalent: 'db.m6g' },
  'db.m6i': { large: 0.178, gravitonEquivalent: 'db.m7g' },
  'db.m6g': { large: 0.159, graviton: true },
  'db.m7g': { large: 0.176, graviton: true },
  'db.r4': { large: 0.25, previousGeneration: true, successor: 'db.r5' },
  'db.r5': { large: 0.25, gravitonEquivalent: 'db.r6g' },
  'db.r6i': { large: 0.25, gravitonEquivalent: 'db.r7g' },
  'db.r6g': { large: 0.225, graviton: true },
  'db.r7g': { large: 0.251, graviton: true },
};

/** Aurora (MySQL- and PostgreSQL-compatible, Standard storage configuration). */
export const AURORA_FAMILIES: Record<string, FamilyPrice> = {
  'db.t3': { large: 0.164, sizes: { small: 0.041, medium: 0.082 }, gravitonEquivalent: 'db.t4g' },
  'db.t4g': { large: 0.146, sizes: { medium: 0.073 }, graviton: true },
  'db.r5': { large: 0.29, gravitonEquivalent: 'db.r6g' },
  'db.r6i': { large: 0.29, gravitonEquivalent: 'db.r7g' },
  'db.r6g': { large: 0.26, graviton: true },
  'db.r7g': { large: 0.277, graviton: true },
  'db.r4': { large: 0.29, previousGeneration: true, successor: 'db.r5' },
};

export const ELASTICACHE_FAMILIES: Record<string, FamilyPrice> = {
  'cache.t2': { large: 0, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, previousGeneration: true, successor: 'cache.t3' },
  'cache.t3': { large: 0, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, gravitonEquivalent: 'cache.t4g' },
  'cache.t4g': { large: 0, sizes: { micro: 0.016, small: 0.032, medium: 0.065 }, graviton: true },
  'cache.m4': { large: 0.156, previousGeneration: true, successor: 'cache.m5' },
  'cache.m5': { large: 0.156, gravitonEquivalent: 'cache.m6g' },
  'cache.m6g': { large: 0.149, graviton: true },
  'cache.m7g': { large: 0.158, graviton: true },
  'cache.r4': { large: 0.228, previousGeneration: true, successor: 'cache.r5' },
  'cache.r5': { large: 0.216, gravitonEquivalent: 'cache.r6g' },
  'cache.r6g': { large: 0.206, graviton: true },
  'cache.r7g': { large: 0.219, graviton: true },
};

/** OpenSearch Service instance families (suffix ".search" / ".elasticsearch" stripped). */
export const OPENSEARCH_FAMILIES: Record<string, FamilyPrice> = {
  t2: { large: 0, sizes: { micro: 0.018, small: 0.036, medium: 0.073 }, previousGeneration: true, successor: 't3' },
  t3: { large: 0, sizes: { small: 0.036, medium: 0.073 } },
  m5: { large: 0.142, gravitonEquivalent: 'm6g' },
  m6g: { large: 0.128, graviton: true },
  m7g: { large: 0.136, graviton: true },
  c5: { large: 0.125, gravitonEquivalent: 'c6g' },
  c6g: { large: 0.113, graviton: true },
  r5: { large: 0.186, gravitonEquivalent: 'r6g' },
  r6g: { large: 0.167, graviton: true },
  r7g: { large: 0.178, graviton: true },
  m4: { large: 0.151, previousGeneration: true, successor: 'm5' },
  r4: { large: 0.213, previousGeneration: true, successor: 'r5' },
  // Sizes checked against Infracost's elasticsearch_domain_test golden (2,190 h $1,285.53; 730 h $1,713.31)
  c4: { large: 0, sizes: { '2xlarge': 0.587, '8xlarge': 2.347 }, previousGeneration: true, successor: 'c5' },
  // UltraWarm nodes (warm_type), same golden: 1,460 h $347.48
  ultrawarm1: { large: 0, sizes: { medium: 0.238 } },
};

export const DOCDB_FAMILIES: Record<string, FamilyPrice> = {
  'db.t3': { large: 0, sizes: { medium: 0.078 } },
  'db.t4g': { large: 0, sizes: { medium: 0.076 }, graviton: true },
  'db.r5': { large: 0.277, gravitonEquivalent: 'db.r6g' },
  'db.r6g': { large: 0.256, graviton: true },
  'db.r4': { large: 0.277, previousGeneration: true, successor: 'db.r5' },
};

/** Neptune instances. */
export const NEPTUNE_FAMILIES: Record<string, FamilyPrice> = {
  'db.t3': { large: 0, sizes: { medium: 0.098 } },
  'db.t4g': { large: 0, sizes: { medium: 0.095 }, graviton: true },
  'db.r5': { large: 0.348, gravitonEquivalent: 'db.r6g' },
  'db.r6g': { large: 0.313, graviton: true },
  // db.r4.large: $0.408 (Infracost golden neptune_cluster_instance_test, AWS Price List via Infracost)
  'db.r4': { large: 0.408, previousGeneration: true, successor: 'db.r5' },
};

export const REDSHIFT_NODES: Record<string, number> = {
  'dc2.large': 0.25,
  'dc2.8xlarge': 4.8,
  'ra3.large': 0.543,
  'ra3.xlplus': 1.086,
  'ra3.4xlarge': 3.26,
  'ra3.16xlarge': 13.04,
  'ds2.xlarge': 0.85,
  'ds2.8xlarge': 6.8,
};

export const MSK_BROKERS: Record<string, number> = {
  'kafka.t3.small': 0.0456,
  'kafka.m5.large': 0.21,
  'kafka.m5.xlarge': 0.42,
  'kafka.m5.2xlarge': 0.84,
  'kafka.m5.4xlarge': 1.68,
  'kafka.m7g.large': 0.204,
  'kafka.m7g.xlarge': 0.408,
  'kafka.m7g.2xlarge': 0.816,
};

/** Split "m5.large" / "db.m5.large" / "cache.m5.large" into family and size. */
export function splitInstanceType(type: string): { family: string; size: string } | null {
  const i = type.lastIndexOf('.');
  if (i <= 0) return null;
  return { family: type.slice(0, i), size: type.slice(i + 1) };
}

/** Hourly price of an instance type in a family table; undefined when unknown. */
export function familyHourly(table: Record<string, FamilyPrice>, type: string): number | undefined {
  const parts = splitInstanceType(type);
  if (!parts) return undefined;
  const fam = table[parts.family];
  if (!fam) return undefined;
  const explicit = fam.sizes?.[parts.size];
  if (explicit !== undefined) return explicit;
  const ratio = SIZE_RATIO[parts.size];
  if (ratio === undefined || fam.large === 0) return undefined;
  return Math.round(fam.large * ratio * 1e6) / 1e6;
}

/** vCPUs of burstable sizes (T2, T3, T3a, T4g; aws.amazon.com/ec2/instance-types/t3 and /t2). */
const BURSTABLE_VCPUS: Record<string, Record<string, number>> = {
  t2: { nano: 1, micro: 1, small: 1, medium: 2, large: 2, xlarge: 4, '2xlarge': 8 },
  t3: { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, '2xlarge': 8 },
  t3a: { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, '2xlarge': 8 },
  t4g: { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, '2xlarge': 8 },
};

/** The vCPUs of a burstable instance type, or undefined for any other type. */
export function burstableVcpus(type: string): number | undefined {
  const parts = splitInstanceType(type);
  return parts ? BURSTABLE_VCPUS[parts.family]?.[parts.size] : undefined;
}
