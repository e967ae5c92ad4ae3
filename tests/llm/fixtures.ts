// Small, explicit inputs for refinement tests: a profile, requirements and a baseline that the
// rules could have produced for a containerised web service with PostgreSQL.
import type { Profile } from '../../src/profile/types';
import type { Component } from '../../src/recommend/vocabulary';
import type { Requirements } from '../../src/spec/types';

export function sampleProfile(): Profile {
  return {
    languages: [{ name: 'typescript', files: 40, bytes: 90_000, share: 1 }],
    frameworks: ['express'],
    datastores: ['postgresql'],
    packageManagers: ['npm'],
    services: [
      {
        name: 'web',
        path: '.',
        languages: ['typescript'],
        frameworks: ['express'],
        datastores: ['postgresql'],
        port: 3000,
        dockerfile: 'Dockerfile',
        build: 'npm run build',
        start: 'npm start',
      },
    ],
    docker: { dockerfiles: ['Dockerfile'], compose: ['compose.yaml'] },
    iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
    warnings: [],
  };
}

export function sampleRequirements(notes: string[] = []): Requirements {
  return {
    source: 'inframate.md',
    appName: 'shop',
    environment: 'prod',
    environments: ['prod'],
    region: 'us-east-1',
    availability: 'standard',
    compliance: [],
    tags: {},
    services: [],
    notes,
    warnings: [],
  };
}

export function sampleBaseline(): Component[] {
  return [
    {
      kind: 'vpc',
      parameters: { cidr: '10.0.0.0/16', azCount: 2, singleNatGateway: false, flowLogs: true },
      rationale: 'VPC across 2 AZs.',
    },
    { kind: 'ecs-cluster', parameters: { containerInsights: true }, rationale: 'One cluster.' },
    {
      kind: 'ecr-repository',
      service: 'web',
      parameters: { scanOnPush: true, imageTagMutability: 'IMMUTABLE', keepImages: 30 },
      rationale: 'Images for web.',
    },
    {
      kind: 'ecs-fargate-service',
      service: 'web',
      parameters: {
        cpu: 512,
        memory: 1024,
        architecture: 'arm64',
        containerPort: 3000,
        healthCheckPath: '/',
        minTasks: 2,
        maxTasks: 4,
        cpuTargetPercent: 60,
        spot: false,
      },
      rationale: 'web runs a long-lived web server.',
    },
    { kind: 'alb', service: 'web', parameters: { idleTimeoutSeconds: 60, deletionProtection: true }, rationale: 'HTTPS entry point.' },
    {
      kind: 'rds-postgresql',
      parameters: {
        instanceClass: 'db.t4g.small',
        engineVersion: '16',
        allocatedStorageGb: 20,
        maxAllocatedStorageGb: 100,
        multiAz: true,
        backupRetentionDays: 14,
        deletionProtection: true,
        performanceInsights: true,
      },
      rationale: 'The code uses PostgreSQL.',
    },
    { kind: 'observability', parameters: { logRetentionDays: 90, alarms: true }, rationale: 'Logs and alarms.' },
  ];
}
