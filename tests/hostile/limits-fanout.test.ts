// Hostile input: fan-out (issue 12, item 9) and optimize with large counts (item 11). The loader has
// a total instance budget; a count past it is one entry of unknown index standing for all of its
// instances, so the scan stays bounded and the cost estimate still multiplies instances × price.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { loadTerraform } from '../../src/terraform/load';
import { FAN_OUT } from './limits-inputs';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-fanout-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const instance = (count: string) =>
  `provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_instance" "web" {\n  count         = ${count}\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n`;

describe('limits: fan-out (item 9)', () => {
  it('count = 10000 × module count = 10000: bounded, with a clear error naming both declarations and --max-instances', async () => {
    const t0 = performance.now();
    const loaded = await loadTerraform(repo(FAN_OUT));
    expect(performance.now() - t0).toBeLessThan(60_000);
    const limits = loaded.warnings!.filter((w) => w.code === 'instance-budget');
    expect(limits.length).toBeGreaterThan(0);
    expect(limits[0]).toMatchObject({ file: 'modules/fleet/main.tf', line: 1 });
    expect(limits[0]!.message).toMatch(/asks for [\d,]+ instances .*budget of 50,000 instances .*--max-instances/);
    expect(loaded.resources.length).toBeLessThanOrEqual(50_000 + 10_000);
    // Every instance is still accounted for: materialised ones plus the ones each entry stands for.
    const total = loaded.resources.reduce((s, r) => s + (r.instanceCount ?? 1), 0);
    expect(total).toBe(100_000_000);
  });

  it('--max-instances raises (or lowers) the budget', async () => {
    const small = await loadTerraform(repo({ 'main.tf': instance('300') }), { maxInstances: 100 });
    expect(small.resources).toHaveLength(1);
    expect(small.resources[0]).toMatchObject({ address: 'aws_instance.web', indexUnknown: true, instanceCount: 300 });
    expect(small.warnings!.find((w) => w.code === 'instance-budget')!.message).toMatch(/asks for 300 instances, past the budget of 100/);
    const big = await loadTerraform(repo({ 'main.tf': instance('300') }), { maxInstances: 1000 });
    expect(big.resources).toHaveLength(300);
    expect(big.warnings!.filter((w) => w.code === 'instance-budget')).toEqual([]);
  });
});

describe('limits: optimize with large count (item 11)', () => {
  const monthly = async (count: string) => {
    const loaded = await loadTerraform(repo({ 'main.tf': instance(count) }));
    const est = estimateCosts(loaded, { region: 'us-east-1' });
    return { est, loaded };
  };

  it('count = 10001 is priced as 10,001 instances (materialised: within the budget)', async () => {
    const one = (await monthly('1')).est.totalMonthlyCost;
    const { est, loaded } = await monthly('10001');
    expect(loaded.resources).toHaveLength(10_001);
    expect(est.totalMonthlyCost).toBeCloseTo(one * 10_001, 0);
  });

  it('count = 1e9 is priced as 10^9 instances (one entry standing for all of them)', async () => {
    const one = (await monthly('1')).est.totalMonthlyCost;
    const { est, loaded } = await monthly('1e9');
    expect(loaded.resources).toHaveLength(1);
    expect(est.resources[0]).toMatchObject({ address: 'aws_instance.web', instances: 1_000_000_000 });
    expect(Math.abs(est.totalMonthlyCost / one / 1e9 - 1)).toBeLessThan(1e-3); // `one` is rounded to cents
  });

  it('a module past the budget multiplies the resources inside it', async () => {
    const loaded = await loadTerraform(repo(FAN_OUT), { maxInstances: 5 });
    const est = estimateCosts(loaded, { region: 'us-east-1' });
    const one = (await monthly('1')).est.totalMonthlyCost;
    expect(Math.abs(est.totalMonthlyCost / one / 1e8 - 1)).toBeLessThan(1e-3);
  });
});
