import { describe, expect, it } from 'vitest';
import { COMPONENT_KINDS, componentParameterSchemas, componentSchema, parseParameters } from '../../src/recommend/vocabulary';

const fargate = {
  cpu: 512,
  memory: 1024,
  architecture: 'arm64',
  containerPort: 3000,
  healthCheckPath: '/',
  minTasks: 1,
  maxTasks: 3,
  cpuTargetPercent: 60,
  spot: false,
};

describe('component vocabulary', () => {
  it('has a parameter schema for every kind', () => {
    for (const kind of COMPONENT_KINDS) expect(componentParameterSchemas[kind]).toBeDefined();
  });

  it('accepts a valid Fargate size and rejects a CPU/memory pair Fargate does not offer', () => {
    expect(parseParameters('ecs-fargate-service', fargate).memory).toBe(1024);
    expect(() => parseParameters('ecs-fargate-service', { ...fargate, cpu: 256, memory: 4096 })).toThrow(/not valid with 256 CPU/);
  });

  it('rejects unknown keys, unknown instance classes and out-of-range values', () => {
    expect(componentParameterSchemas['ecs-fargate-service'].safeParse({ ...fargate, privileged: true }).success).toBe(false);
    const rds = {
      instanceClass: 'db.t4g.micro',
      engineVersion: '16',
      allocatedStorageGb: 20,
      maxAllocatedStorageGb: 100,
      multiAz: false,
      backupRetentionDays: 7,
      deletionProtection: true,
      performanceInsights: false,
    };
    expect(componentParameterSchemas['rds-postgresql'].safeParse(rds).success).toBe(true);
    expect(componentParameterSchemas['rds-postgresql'].safeParse({ ...rds, instanceClass: 'db.x2iedn.32xlarge' }).success).toBe(false);
    expect(componentParameterSchemas['rds-postgresql'].safeParse({ ...rds, backupRetentionDays: 90 }).success).toBe(false);
    expect(componentParameterSchemas.observability.safeParse({ logRetentionDays: 31, alarms: true }).success).toBe(false);
  });

  it('validates whole components by kind, as LLM output is validated', () => {
    expect(componentSchema.safeParse({ kind: 'ecs-fargate-service', service: 'web', parameters: fargate, rationale: 'x' }).success).toBe(
      true,
    );
    expect(componentSchema.safeParse({ kind: 'ec2-instance', parameters: {}, rationale: 'x' }).success).toBe(false);
    expect(
      componentSchema.safeParse({
        kind: 'sqs-queue',
        parameters: { name: 'Bad Name!', fifo: false, visibilityTimeoutSeconds: 30, messageRetentionSeconds: 60, maxReceiveCount: 3 },
        rationale: 'x',
      }).success,
    ).toBe(false);
  });
});
