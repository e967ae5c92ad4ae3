// Extended support: AWS charges extra for RDS / Aurora major versions and EKS Kubernetes versions
// past their end of standard support. Which versions are in extended support is decided at the
// price table's date (PRICE_DATE), never at the wall clock, so an estimate is reproducible.
// Sources (read 2026-12-07):
// - RDS: docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support-charges.html and the RDS
//   MySQL / PostgreSQL release calendars; Aurora: AuroraUserGuide/extended-support-charges.html.
//   us-east-1: $0.100 per vCPU-hour in years 1–2, $0.200 in year 3, Multi-AZ standbys charged too
//   (aws.amazon.com/rds/mysql/pricing, /rds/postgresql/pricing, /rds/aurora/pricing).
// - EKS: aws.amazon.com/eks/pricing — $0.60 per cluster-hour in extended support (standard $0.10);
//   end of standard support from the EKS Kubernetes release calendar
//   (docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html).
// Cross-checked with Infracost's golden outputs (db_instance_test, rds_cluster_instance_test,
// eks_cluster_test: $146.00 for 1,460 vCPU-hours on db.t3.large, $438.00 per EKS cluster).

/** First day of extended support, by engine and major version. */
export const RDS_EXTENDED_SUPPORT_START: Record<string, Record<string, string>> = {
  mysql: { '5.7': '2024-03-01', '8.0': '2026-08-01' },
  postgres: { '11': '2024-03-01', '12': '2025-03-01', '13': '2026-03-01', '14': '2027-03-01' },
  'aurora-mysql': { '5.7': '2024-11-01' },
  'aurora-postgresql': { '11': '2024-03-01', '12': '2025-03-01', '13': '2026-03-01' },
};

/** First day of EKS extended support, by Kubernetes minor version. */
export const EKS_EXTENDED_SUPPORT_START: Record<string, string> = {
  '1.23': '2023-10-12',
  '1.24': '2024-02-01',
  '1.25': '2024-05-02',
  '1.26': '2024-06-12',
  '1.27': '2024-07-25',
  '1.28': '2024-11-27',
  '1.29': '2025-03-24',
  '1.30': '2025-07-24',
  '1.31': '2025-11-27',
};

/** Versions older than the oldest listed one are past extended support too (priced the same). */
const OLDEST_EKS = 23;

/** The major version an engine's extended-support calendar uses ("5.7.44" → "5.7", "11.22" → "11"). */
export function majorVersion(engine: string, version: string): string {
  const parts = version.split('.');
  if (engine.endsWith('mysql')) return parts.slice(0, 2).join('.');
  return parts[0]!;
}

/** Extended-support year (1, 2, 3) of an RDS/Aurora engine version at `date`, or undefined. */
export function rdsExtendedSupportYear(engine: string, version: string, date: string): number | undefined {
  const calendarEngine = engine === 'aurora' ? 'aurora-mysql' : engine;
  const start = RDS_EXTENDED_SUPPORT_START[calendarEngine]?.[majorVersion(calendarEngine, version)];
  if (!start || start > date) return undefined;
  const months = (Number(date.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + (Number(date.slice(5, 7)) - Number(start.slice(5, 7)));
  return Math.min(3, Math.floor(months / 12) + 1);
}

/** True when an EKS Kubernetes version is in extended support at `date`. */
export function eksInExtendedSupport(version: string, date: string): boolean {
  const start = EKS_EXTENDED_SUPPORT_START[version];
  if (start) return start <= date;
  const m = /^1\.(\d+)$/.exec(version);
  return m !== null && Number(m[1]) < OLDEST_EKS;
}

/** vCPUs of an RDS instance class: 2 for "large" and the burstable sizes below it, doubling per size. */
export function rdsVcpus(instanceClass: string, sizeRatio: Record<string, number>): number | undefined {
  const size = instanceClass.slice(instanceClass.lastIndexOf('.') + 1);
  const ratio = sizeRatio[size];
  if (ratio === undefined) return undefined;
  return ratio >= 1 ? 2 * ratio : 2;
}
