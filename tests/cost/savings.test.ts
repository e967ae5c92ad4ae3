// Savings rules: each fires on the bad example, stays quiet on the good one, and states a saving
// computed from the price table (us-east-1, 2025-06-01).
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { findSavings } from '../../src/cost/savings';
import { setAttributePatch } from '../../src/cost/savings/patch';
import type { UsageMap } from '../../src/cost/types';
import type { TfResource } from '../../src/terraform/model';
import { loaded, res } from './helpers';

const H = 730;
function savingsOf(resources: TfResource[], opts: { environment?: string; usage?: UsageMap['resources'] } = {}) {
  const l = loaded(...resources);
  const usage = opts.usage ? { resources: opts.usage, typeDefaults: {} } : undefined;
  return findSavings(l, estimateCosts(l, { region: 'us-east-1', usage }), { environment: opts.environment, usage });
}

describe('cost-ebs-gp3', () => {
  it('gp2 volume → gp3 saves (0.10 − 0.08) × size, with a patch on the type line', () => {
    const vol = { ...res('aws_ebs_volume.a', { type: 'gp2', size: 200 }), attributePos: { type: { file: 'main.tf', line: 4 } } };
    const [s] = savingsOf([vol]);
    expect(s.ruleId).toBe('cost-ebs-gp3');
    expect(s.monthlySavings).toBeCloseTo(200 * (0.1 - 0.08), 2);
    expect(s.patch).toEqual({ file: 'main.tf', line: 4, diff: '-  type = "gp2"\n+  type = "gp3"' });
  });
  it('gp2 root volume of an instance', () => {
    const s = savingsOf([res('aws_instance.a', { instance_type: 'm7g.large', root_block_device: [{ volume_size: 50 }] })]);
    expect(s.map((x) => [x.ruleId, x.monthlySavings])).toEqual([['cost-ebs-gp3', 1]]);
  });
  it('gp3 volumes are left alone', () => expect(savingsOf([res('aws_ebs_volume.a', { type: 'gp3', size: 200 })])).toEqual([]));
});

describe('instance families', () => {
  it('previous generation m4.large → m5.large saves 730 × (0.10 − 0.096)', () => {
    const s = savingsOf([
      res('aws_instance.a', { instance_type: 'm4.large', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] }),
    ]);
    expect(s.map((x) => x.ruleId)).toEqual(['cost-previous-generation']);
    expect(s[0].monthlySavings).toBeCloseTo(H * (0.1 - 0.096), 2);
  });
  it('Graviton: m5.xlarge → m6g.xlarge saves 730 × (0.192 − 0.154)', () => {
    const s = savingsOf([
      res('aws_instance.a', { instance_type: 'm5.xlarge', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] }),
    ]);
    expect(s[0].ruleId).toBe('cost-graviton');
    expect(s[0].monthlySavings).toBeCloseTo(H * (0.192 - 0.154), 2);
    expect(s[0].message).toMatch(/arm64/);
  });
  it('a reserved t3.medium moved to Graviton: the t4g reserved rate is not in the table, so no saving is claimed (not the whole reservation)', () => {
    const l = loaded(res('aws_instance.a', { instance_type: 't3.medium', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] }));
    const settings = {
      resources: {
        'aws_instance.a': {
          reserved_instance_type: 'standard',
          reserved_instance_term: '1_year',
          reserved_instance_payment_option: 'no_upfront',
        },
      },
      typeDefaults: {},
    };
    const usage: UsageMap = { resources: {}, typeDefaults: {}, settings };
    const s = findSavings(l, estimateCosts(l, { region: 'us-east-1', usage }), { usage });
    expect(s.filter((x) => x.ruleId === 'cost-graviton')).toEqual([]);
  });

  it('Graviton on RDS needs no application change', () => {
    const s = savingsOf([
      res('aws_db_instance.a', { engine: 'mysql', instance_class: 'db.r5.large', allocated_storage: 20, storage_type: 'gp3' }),
    ]);
    expect(s[0].ruleId).toBe('cost-graviton');
    expect(s[0].monthlySavings).toBeCloseTo(H * (0.24 - 0.215), 2);
    expect(s[0].message).toMatch(/no application change/);
  });
  it('Graviton instances get neither rule', () => {
    expect(
      savingsOf([res('aws_instance.a', { instance_type: 't4g.small', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] })]),
    ).toEqual([]);
  });
});

describe('environment-dependent rules', () => {
  const nats = [res('aws_nat_gateway.a[0]'), res('aws_nat_gateway.a[1]'), res('aws_nat_gateway.a[2]')];
  it('three NAT gateways in dev: two hourly charges saved', () => {
    const s = savingsOf(nats, { environment: 'dev' });
    expect(s).toHaveLength(1);
    expect(s[0].monthlySavings).toBeCloseTo(2 * H * 0.045, 2);
  });
  it('production keeps one NAT gateway per AZ; unknown environment too', () => {
    expect(savingsOf(nats, { environment: 'production' })).toEqual([]);
    expect(savingsOf(nats)).toEqual([]);
  });
  it('Multi-AZ in staging: instance and storage halved', () => {
    const db = res('aws_db_instance.a', { engine: 'postgres', instance_class: 'db.t4g.medium', allocated_storage: 50, multi_az: true });
    const s = savingsOf([db], { environment: 'staging' });
    expect(s.find((x) => x.ruleId === 'cost-multi-az-dev')!.monthlySavings).toBeCloseTo(H * 0.065 + 50 * 0.115, 2);
    expect(savingsOf([db], { environment: 'prod' }).find((x) => x.ruleId === 'cost-multi-az-dev')).toBeUndefined();
  });
});

describe('usage-dependent rules', () => {
  it('provisioned DynamoDB at low use: on-demand for the given requests is cheaper', () => {
    const t = res('aws_dynamodb_table.t', { read_capacity: 50, write_capacity: 50 });
    const s = savingsOf([t], { usage: { 'aws_dynamodb_table.t': { monthly_read_request_units: 1e6, monthly_write_request_units: 1e6 } } });
    // provisioned 50 × 730 × (0.00013 + 0.00065) = 28.47; on-demand 1 × 0.125 + 1 × 0.625 = 0.75
    expect(s[0].monthlySavings).toBeCloseTo(50 * H * (0.00013 + 0.00065) - 0.75, 2);
  });
  it('DynamoDB without request usage: no figure, no saving claimed', () => {
    expect(savingsOf([res('aws_dynamodb_table.t', { read_capacity: 50, write_capacity: 50 })])).toEqual([]);
  });
  it('Lambda on x86: 20% of duration with usage, null without', () => {
    const fn = res('aws_lambda_function.f', { memory_size: 1024 });
    const withUsage = savingsOf([fn], { usage: { 'aws_lambda_function.f': { monthly_requests: 1e6, request_duration_ms: 1000 } } });
    // 1M GB-seconds × (0.0000166667 − 0.0000133334) = 3.33 (each side rounded to cents first)
    expect(withUsage[0].monthlySavings).toBeCloseTo(1e6 * (0.0000166667 - 0.0000133334), 1);
    expect(savingsOf([fn])[0].monthlySavings).toBeNull();
    expect(savingsOf([res('aws_lambda_function.f', { architectures: ['arm64'] })])).toEqual([]);
  });
  it('log group without retention: storage above 30 days of ingestion', () => {
    const lg = res('aws_cloudwatch_log_group.l');
    const s = savingsOf([lg], { usage: { 'aws_cloudwatch_log_group.l': { monthly_data_ingested_gb: 10, storage_gb: 100 } } });
    expect(s[0].monthlySavings).toBeCloseTo((100 - 10) * 0.03, 2);
    expect(s[0].patch!.diff).toContain('+  retention_in_days = 30');
    expect(savingsOf([res('aws_cloudwatch_log_group.l', { retention_in_days: 14 })])).toEqual([]);
  });
  it('S3 bucket without lifecycle rules; quiet when a lifecycle configuration references it', () => {
    const b = res('aws_s3_bucket.b');
    const s = savingsOf([b], { usage: { 'aws_s3_bucket.b': { storage_gb: 1000 } } });
    expect(s[0].monthlySavings).toBeCloseTo(1000 * (0.023 - 0.0125), 2);
    expect(s[0].patch!.diff).toContain('aws_s3_bucket_lifecycle_configuration');
    expect(savingsOf([b, res('aws_s3_bucket_lifecycle_configuration.b', {}, ['aws_s3_bucket.b'])])).toEqual([]);
  });
});

describe('cost-idle-eip', () => {
  it('an unattached EIP costs its public IPv4 charge', () => {
    const s = savingsOf([res('aws_eip.x')]);
    expect(s[0].monthlySavings).toBeCloseTo(H * 0.005, 2);
  });
  it('an EIP used by a NAT gateway or an instance is not idle', () => {
    expect(savingsOf([res('aws_eip.x'), res('aws_nat_gateway.n', {}, ['aws_eip.x'])]).filter((s) => s.ruleId === 'cost-idle-eip')).toEqual(
      [],
    );
    expect(savingsOf([res('aws_eip.y', { instance: 'i-123' })])).toEqual([]);
  });
});

describe('patches', () => {
  it('string values are written as HCL strings: template sequences stay literal', () => {
    const r = { ...res('aws_s3_bucket.a', { bucket: 'logs-${x}' }), attributePos: { bucket: { file: 'main.tf', line: 2 } } };
    expect(setAttributePatch(r, 'bucket', 'a"b%{c}').diff).toBe('-  bucket = "logs-$${x}"\n+  bucket = "a\\"b%%{c}"');
  });
  it('a value that comes from an expression is not replaced by a literal', () => {
    const r = {
      ...res('aws_instance.a["dev"]', { instance_type: 'm5.large', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] }),
      expressions: { instance_type: '${each.value}' },
      attributePos: { instance_type: { file: 'main.tf', line: 7 } },
    };
    const [s] = savingsOf([r]);
    expect(s.patch).toEqual({
      file: 'main.tf',
      line: 7,
      diff: '-  instance_type = each.value\n+  instance_type = each.value # make this evaluate to "m6g.large" where the value is defined',
    });
  });
  it('NAT gateways counted by an expression keep it for production when an environment variable exists', () => {
    const nats = [0, 1].map((i) => ({
      ...res(`aws_nat_gateway.n[${i}]`),
      expressions: { count: '${length(var.azs)}' },
      attributePos: { count: { file: 'vpc.tf', line: 3 } },
    }));
    const l = loaded(...nats);
    l.variables.environment = { default: 'dev', pos: { file: 'vars.tf', line: 1 }, modulePath: '' };
    const s = findSavings(l, estimateCosts(l, { region: 'us-east-1' }), { environment: 'dev' });
    expect(s[0].patch).toEqual({
      file: 'vpc.tf',
      line: 3,
      diff: '-  count = length(var.azs)\n+  count = var.environment == "production" ? length(var.azs) : 1',
    });
  });
});
