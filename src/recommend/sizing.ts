// Sizing tables: how budget, availability and environment translate into parameters. Kept as data
// so a reviewer can read (and a test can pin) every choice in one place.
import type { Availability, Environment, Requirements } from '../spec/types';
import type { ComponentParameters } from './vocabulary';

/** Budget tiers. `minimal` trades resilience for cost; `standard` is the production default. */
export type Tier = 'minimal' | 'lean' | 'standard';

/** Monthly budget (USD) upper bounds per tier; above the last bound is `standard`. */
export const BUDGET_TIERS: { below: number; tier: Tier }[] = [
  { below: 75, tier: 'minimal' },
  { below: 400, tier: 'lean' },
];

/** Tier when no budget is given: by environment. */
export const DEFAULT_TIER: Record<Environment, Tier> = { dev: 'minimal', staging: 'lean', prod: 'standard' };

export interface Sizing {
  fargate: { cpu: 256 | 512 | 1024 | 2048 | 4096; memory: number };
  rdsClass: ComponentParameters['rds-postgresql']['instanceClass'];
  rdsStorageGb: number;
  /** RDS for SQL Server: license-included edition and class (no Graviton classes exist for it). */
  sqlserver: {
    edition: ComponentParameters['rds-sqlserver']['edition'];
    instanceClass: ComponentParameters['rds-sqlserver']['instanceClass'];
  };
  cacheNode: ComponentParameters['elasticache-redis']['nodeType'];
  docdbClass: ComponentParameters['documentdb']['instanceClass'];
  opensearchType: ComponentParameters['opensearch']['instanceType'];
  auroraMaxAcu: number;
  lambdaMemoryMb: number;
  /** Part of the service capacity on Fargate Spot (interruptible). */
  spot: boolean;
}

// Graviton (t4g/m7g/r7g, arm64) everywhere: ~20% cheaper than x86 at equal size.
export const SIZING: Record<Tier, Sizing> = {
  minimal: {
    fargate: { cpu: 256, memory: 512 },
    rdsClass: 'db.t4g.micro',
    rdsStorageGb: 20,
    sqlserver: { edition: 'sqlserver-ex', instanceClass: 'db.t3.small' },
    cacheNode: 'cache.t4g.micro',
    docdbClass: 'db.t4g.medium',
    opensearchType: 't3.small.search',
    auroraMaxAcu: 2,
    lambdaMemoryMb: 256,
    spot: true,
  },
  lean: {
    fargate: { cpu: 512, memory: 1024 },
    rdsClass: 'db.t4g.small',
    rdsStorageGb: 20,
    sqlserver: { edition: 'sqlserver-ex', instanceClass: 'db.t3.medium' },
    cacheNode: 'cache.t4g.small',
    docdbClass: 'db.t4g.medium',
    opensearchType: 't3.medium.search',
    auroraMaxAcu: 4,
    lambdaMemoryMb: 512,
    spot: false,
  },
  standard: {
    fargate: { cpu: 1024, memory: 2048 },
    rdsClass: 'db.m7g.large',
    rdsStorageGb: 50,
    sqlserver: { edition: 'sqlserver-se', instanceClass: 'db.m6i.large' },
    cacheNode: 'cache.m7g.large',
    docdbClass: 'db.r6g.large',
    opensearchType: 'm7g.large.search',
    auroraMaxAcu: 16,
    lambdaMemoryMb: 1024,
    spot: false,
  },
};

export interface Resilience {
  multiAz: boolean;
  minTasks: number;
  maxTasks: number;
  azCount: 2 | 3;
  singleNatGateway: boolean;
  instances: number;
}

/** Availability × environment → redundancy. `standard` availability means multi-AZ in prod only. */
export function resilienceFor(availability: Availability, environment: Environment, tier: Tier): Resilience {
  const redundant = availability === 'high' || (availability === 'standard' && environment === 'prod');
  return {
    multiAz: redundant,
    minTasks: redundant ? 2 : 1,
    maxTasks: redundant ? (availability === 'high' ? 10 : 6) : 3,
    azCount: availability === 'high' ? 3 : 2,
    // A NAT gateway per AZ keeps egress up when one AZ fails; a tight budget keeps one.
    singleNatGateway: !redundant || tier === 'minimal',
    instances: redundant ? 2 : 1,
  };
}

export function tierFor(req: Pick<Requirements, 'budgetMonthly' | 'environment'>): Tier {
  if (req.budgetMonthly === undefined) return DEFAULT_TIER[req.environment];
  return BUDGET_TIERS.find((b) => req.budgetMonthly! < b.below)?.tier ?? 'standard';
}

export const LOG_RETENTION: Record<Environment, 14 | 30 | 90> = { dev: 14, staging: 30, prod: 90 };
export const BACKUP_RETENTION: Record<Environment, number> = { dev: 1, staging: 7, prod: 14 };
