// Reserved instances: the usage file's reserved_instance_* settings (Infracost's keys), checked
// against Infracost's golden outputs for every reserved line of its AWS test data, and good and bad
// settings (an invalid value is a warning with file and line, and the resource stays on-demand).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { amortisedMonthly, reservedRate } from '../../src/cost/prices/reserved';
import { parseUsage } from '../../src/cost/usage';
import type { CostEstimate } from '../../src/cost/types';
import { loadTerraform } from '../../src/terraform/load';
import { loaded, res } from './helpers';

const DATA = join(import.meta.dirname, '..', 'fixtures', 'infracost-aws');

/** Every "(…reserved…)" line of a golden: the resource and its monthly figure. */
function reservedLines(text: string): { address: string; cost: number }[] {
  const out: { address: string; cost: number }[] = [];
  let address = '';
  for (const line of text.split('\n')) {
    const res = /^ ((?:module\.\S+\.)?aws_[a-z0-9_]+\.\S+)\s*$/.exec(line);
    if (res) address = res[1]!;
    const m = /[├└]─ .*\((?:[^)]*, )?reserved[,)].*\$([0-9,]+\.[0-9]+)\s*$/.exec(line);
    if (m && address) out.push({ address, cost: Number(m[1]!.replace(/,/g, '')) });
  }
  return out;
}

async function estimate(dir: string, usageFile?: string): Promise<CostEstimate> {
  const usage = usageFile ? parseUsage(usageFile, readFileSync(usageFile, 'utf8')) : undefined;
  return estimateCosts(await loadTerraform(dir), { region: 'us-east-1', usage });
}

describe("reserved instances against Infracost's golden outputs", () => {
  it('prices every reserved line of the test data at the recurring rate Infracost shows', async () => {
    let compared = 0;
    const misses: string[] = [];
    for (const t of readdirSync(DATA).sort()) {
      const golden = join(DATA, t, `${t}.golden`);
      const usage = join(DATA, t, `${t}.usage.yml`);
      if (!existsSync(golden) || !existsSync(usage)) continue;
      const lines = reservedLines(readFileSync(golden, 'utf8'));
      if (lines.length === 0) continue;
      const est = await estimate(join(DATA, t), usage);
      for (const g of lines) {
        compared++;
        const r = est.resources.find((x) => x.address === g.address);
        const c = r?.components.find((x) => x.name.includes('(reserved '));
        const mine = c?.monthlyCost ?? null;
        if (mine === null || Math.abs(mine - g.cost) > Math.max(0.01, g.cost * 0.001))
          misses.push(
            `${t}: ${g.address} infracost $${g.cost} inframate ${mine === null ? 'null' : `$${mine}`} (${c?.name ?? 'no reserved component'})`,
          );
      }
    }
    console.log(`reserved lines compared: ${compared}, differing: ${misses.length}\n${misses.join('\n')}`);
    expect(compared).toBeGreaterThanOrEqual(35);
    expect(misses).toEqual([]);
  }, 120_000);
});

const usageYaml = (body: string) => parseUsage('infracost-usage.yml', `version: 0.1\nresource_usage:\n${body}`);

function priceOne(resource: ReturnType<typeof res>, body: string, region = 'us-east-1') {
  const usage = usageYaml(body);
  const est = estimateCosts(loaded(resource), { region, usage });
  return { usage, r: est.resources[0]! };
}

describe('reserved instance settings', () => {
  const t3 = () => res('aws_instance.web', { instance_type: 't3.medium', root_block_device: [{ volume_size: 8 }] });

  it('prices a standard 1-year no-upfront EC2 reservation at its recurring rate', () => {
    const { r } = priceOne(
      t3(),
      '  aws_instance.web:\n    reserved_instance_type: standard\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: no_upfront\n',
    );
    const c = r.components[0]!;
    expect(c.name).toBe('Instance usage (reserved 1 year, standard, no upfront, t3.medium)');
    expect(c.price).toBe(0.0261);
    expect(c.monthlyCost).toBeCloseTo(19.05, 2);
    expect(r.components.some((x) => x.name.startsWith('Reserved upfront fee'))).toBe(false);
  });

  it('gives All Upfront no recurring charge and lists the upfront fee, null while it is not in the table', () => {
    const { r } = priceOne(
      t3(),
      '  aws_instance.web:\n    reserved_instance_type: convertible\n    reserved_instance_term: 3_year\n    reserved_instance_payment_option: all_upfront\n',
    );
    expect(r.components[0]!.monthlyCost).toBe(0);
    const fee = r.components.find((x) => x.name.startsWith('Reserved upfront fee'))!;
    expect(fee.name).toBe('Reserved upfront fee (t3.medium, amortised over 36 months)');
    expect(fee.monthlyCost).toBeNull();
    expect(fee.note).toMatch(/upfront fee .* not in the price table/);
  });

  it('spreads an upfront fee evenly over the months of its term', () => {
    expect(amortisedMonthly(360, '3_year')).toBe(10);
    expect(amortisedMonthly(120, '1_year')).toBe(10);
    expect(reservedRate('ec2', 't3.medium', 'standard', '1_year', 'partial_upfront')).toEqual({ hourly: 0.0124, upfront: null });
    expect(reservedRate('ec2', 't3.medium', 'standard', '1_year', 'no_upfront')).toEqual({ hourly: 0.0261, upfront: 0 });
  });

  it('prices RDS Multi-AZ reservations at the pair rate, and ElastiCache per node', () => {
    const db = priceOne(
      res('aws_db_instance.db', { engine: 'mysql', instance_class: 'db.t3.large', multi_az: true, allocated_storage: 20 }),
      '  aws_db_instance.db:\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: no_upfront\n',
    ).r;
    expect(db.components[0]!.monthlyCost).toBeCloseTo(139.72, 2);
    const cache = priceOne(
      res('aws_elasticache_replication_group.c', { engine: 'redis', node_type: 'cache.m6g.12xlarge', num_cache_clusters: 2 }),
      '  aws_elasticache_replication_group.c:\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: partial_upfront\n',
    ).r;
    expect(cache.components[0]!.monthlyQuantity).toBe(1460);
    expect(cache.components[0]!.monthlyCost).toBeCloseTo(1687.76, 2);
  });

  it('scales reserved rates by the region ratio, as on-demand prices', () => {
    const { r } = priceOne(
      t3(),
      '  aws_instance.web:\n    reserved_instance_type: standard\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: no_upfront\n',
      'eu-west-1',
    );
    expect(r.components[0]!.price).toBeCloseTo(0.0261 * 1.115, 6);
  });

  it('leaves a reservation the table does not know null, with the reason (OpenSearch, Redshift, other classes)', () => {
    const os = priceOne(
      res('aws_opensearch_domain.s', { cluster_config: [{ instance_type: 'm5.large.search', instance_count: 2 }] }),
      '  aws_opensearch_domain.s:\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: no_upfront\n',
    ).r;
    expect(os.components[0]!.monthlyCost).toBeNull();
    expect(os.components[0]!.note).toBe('no reserved rate for m5.large (1 year, no upfront) in the price table');
    const rs = priceOne(
      res('aws_redshift_cluster.w', { node_type: 'ra3.xlplus', number_of_nodes: 2 }),
      '  aws_redshift_cluster.w:\n    reserved_instance_term: 3_year\n    reserved_instance_payment_option: all_upfront\n',
    ).r;
    expect(rs.components[0]!.monthlyCost).toBe(0);
    expect(rs.components[1]!.monthlyCost).toBeNull();
  });

  it('warns, naming the file and line, on an invalid term, and prices on-demand', () => {
    const { usage, r } = priceOne(
      t3(),
      '  aws_instance.web:\n    reserved_instance_type: standard\n    reserved_instance_term: 2_year\n    reserved_instance_payment_option: no_upfront\n',
    );
    expect(usage.warnings).toEqual([
      {
        file: 'infracost-usage.yml',
        line: 5,
        message:
          'invalid reserved_instance_term "2_year" for aws_instance.web (expected 1_year, 3_year): the reservation is ignored, priced on-demand',
      },
    ]);
    expect(r.components[0]!.name).toBe('Instance usage (t3.medium)');
    expect(r.components[0]!.monthlyCost).toBeCloseTo(30.37, 2);
    expect(r.components[0]!.note).toMatch(/a reservation needs .*: priced on-demand/);
  });

  it('warns on an invalid payment option or offering class', () => {
    const u = usageYaml(
      '  aws_instance.a:\n    reserved_instance_type: flexible\n  aws_db_instance.b:\n    reserved_instance_payment_option: some_upfront\n',
    );
    expect(u.warnings?.map((w) => [w.line, w.message.split(' for ')[0]])).toEqual([
      [4, 'invalid reserved_instance_type "flexible"'],
      [6, 'invalid reserved_instance_payment_option "some_upfront"'],
    ]);
  });

  it('warns on a combination RDS does not sell (3-year No Upfront), and prices on-demand', () => {
    const { usage, r } = priceOne(
      res('aws_db_instance.db', { engine: 'postgres', instance_class: 'db.t3.large', allocated_storage: 20 }),
      '  aws_db_instance.db:\n    reserved_instance_term: 3_year\n    reserved_instance_payment_option: no_upfront\n',
    );
    expect(usage.warnings?.[0]?.line).toBe(5);
    expect(usage.warnings?.[0]?.message).toMatch(/RDS sells no 3-year No Upfront reservation/);
    expect(r.components[0]!.name).toBe('Database instance (db.t3.large)');
  });

  it('accepts the legacy utilization offerings on ElastiCache only (null: not in the table), and warns elsewhere', () => {
    const u = usageYaml(
      '  aws_elasticache_cluster.c:\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: heavy_utilization\n  aws_db_instance.d:\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: heavy_utilization\n',
    );
    expect(u.warnings?.map((w) => [w.line, w.message])).toEqual([
      [
        8,
        'heavy_utilization is an ElastiCache legacy offering only (no_upfront, partial_upfront or all_upfront), asked for aws_db_instance.d: priced on-demand',
      ],
    ]);
    const est = estimateCosts(loaded(res('aws_elasticache_cluster.c', { engine: 'redis', node_type: 'cache.m4.large' })), {
      region: 'us-east-1',
      usage: u,
    });
    expect(est.resources[0]!.components[0]!.monthlyCost).toBeNull();
  });

  it('needs every setting of a reservation: a term alone stays on-demand, with a note', () => {
    const { usage, r } = priceOne(t3(), '  aws_instance.web:\n    reserved_instance_term: 1_year\n');
    expect(usage.warnings).toEqual([]);
    expect(r.components[0]!.monthlyCost).toBeCloseTo(30.37, 2);
    expect(r.components[0]!.note).toBe(
      'a reservation needs reserved_instance_type, reserved_instance_term and reserved_instance_payment_option: priced on-demand',
    );
  });
});

describe('reserved instances on license-dependent RDS engines', () => {
  it('are null with the reason, never the on-demand or licence-free price', () => {
    const { r } = priceOne(
      res('aws_db_instance.sql', { engine: 'sqlserver-se', instance_class: 'db.m5.xlarge', allocated_storage: 20 }),
      '  aws_db_instance.sql:\n    reserved_instance_term: 1_year\n    reserved_instance_payment_option: no_upfront\n',
    );
    expect(r.components[0]!.monthlyCost).toBeNull();
    expect(r.components[0]!.note).toBe('no reserved rate for db.m5.xlarge (1 year, no upfront) in the price table');
  });
});

describe('optimize with a usage file asking for reservations', () => {
  it('prices the reservation, and reports an invalid term with file and line in usageWarnings', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dispatch } = await import('../../src/commands/dispatch');
    const { createLogger } = await import('../../src/core/log');
    const { buildSettings } = await import('../../src/settings');
    const work = mkdtempSync(join(tmpdir(), 'inframate-ri-'));
    writeFileSync(
      join(work, 'main.tf'),
      'resource "aws_instance" "a" {\n  instance_type = "t3.medium"\n}\nresource "aws_instance" "b" {\n  instance_type = "t3.medium"\n}\n',
    );
    writeFileSync(
      join(work, 'usage.yml'),
      'version: 0.1\nresource_usage:\n  aws_instance.a:\n    reserved_instance_type: standard\n    reserved_instance_term: 3_year\n    reserved_instance_payment_option: partial_upfront\n  aws_instance.b:\n    reserved_instance_type: standard\n    reserved_instance_term: 5_year\n    reserved_instance_payment_option: partial_upfront\n',
    );
    const settings = buildSettings({
      command: 'optimize',
      dir: '.',
      raw: { usage: 'usage.yml', format: 'json', region: 'us-east-1' },
      env: {},
      cwd: work,
      runtime: 'action',
    });
    const result = await dispatch(settings, { writeOutput: false, log: createLogger({ quiet: true }) });
    const report = JSON.parse(result.output);
    const byAddress = (a: string) => report.resources.find((r: { address: string }) => r.address === a);
    expect(byAddress('aws_instance.a').components[0].monthlyCost).toBeCloseTo(6.06, 2); // Infracost: $6.06
    expect(byAddress('aws_instance.b').components[0].monthlyCost).toBeCloseTo(30.37, 2);
    expect(report.usageWarnings).toEqual([
      {
        // The report may redact a random temporary folder name as high-entropy; the file stays a .yml.
        file: expect.stringMatching(/\.yml$/),
        line: 9,
        message: expect.stringMatching(/^invalid reserved_instance_term "5_year" for aws_instance\.b/),
      },
    ]);
  });
});
