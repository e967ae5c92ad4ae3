// The rule set as data: complete registry, unique well-formed ids, aliases in the scanners' formats.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/checks/rules';

const AWS_DIR = join(__dirname, '../../src/checks/aws');

describe('rule registry', () => {
  it('registers every rule file (one rule per file, file named after the rule id)', () => {
    const files = readdirSync(AWS_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|\/)aws-[^/]+\.ts$/.test(f))
      .map((f) => f.replace(/^.*\//, '').replace(/\.ts$/, ''))
      .sort();
    expect(ALL_RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it('has at least 120 AWS rules with unique ids', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s is well formed', (_id, r) => {
    expect(r.id).toMatch(/^aws-[a-z0-9-]+$/);
    expect(['critical', 'high', 'medium', 'low']).toContain(r.severity);
    for (const a of r.aliases) expect(a).toMatch(/^(CKV2?_AWS_\d+|AVD-AWS-\d{4})$/);
    for (const l of r.legacyIds ?? []) expect(l).toMatch(/^(aws-[a-z0-9-]+|AVD-AWS-\d{4})$/);
    expect(r.resourceTypes.length).toBeGreaterThan(0);
    for (const t of r.resourceTypes) expect(t).toMatch(/^((data\.)?aws_[a-z0-9_]+|provider\.aws)$/);
    expect(r.title.length).toBeGreaterThan(10);
    expect(r.description.length).toBeGreaterThan(20);
    expect(r.remediation).toContain('```hcl');
  });

  it('covers the services the issue names', () => {
    const prefixes = [
      's3',
      'ec2',
      'ebs',
      'sg',
      'vpc',
      'iam',
      'rds',
      'dynamodb',
      'kms',
      'cloudtrail',
      'cloudwatch',
      'elb',
      'cloudfront',
      'apigateway',
      'lambda',
      'ecs',
      'ecr',
      'eks',
      'elasticache',
      'sns',
      'sqs',
      'secretsmanager',
      'opensearch',
      'redshift',
    ];
    for (const p of prefixes)
      expect(
        ALL_RULES.some((r) => r.id.startsWith(`aws-${p}-`)),
        p,
      ).toBe(true);
  });
});
