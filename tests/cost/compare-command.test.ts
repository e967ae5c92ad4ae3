import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/commands/dispatch';
import { createLogger } from '../../src/core/log';
import { buildSettings } from '../../src/settings';

const nat = (name: string) =>
  `resource "aws_eip" "${name}" {\n  domain = "vpc"\n}\nresource "aws_nat_gateway" "${name}" {\n  allocation_id = aws_eip.${name}.id\n  subnet_id     = "subnet-1"\n}\n`;

describe('optimize --compare (the pull-request cost diff)', () => {
  it('reports base vs head monthly cost per resource, with paths relative to the working directory', async () => {
    const work = mkdtempSync(join(tmpdir(), 'inframate-compare-'));
    mkdirSync(join(work, 'base'));
    mkdirSync(join(work, 'head'));
    writeFileSync(join(work, 'base', 'main.tf'), nat('a'));
    writeFileSync(join(work, 'head', 'main.tf'), nat('a') + nat('b'));
    const settings = buildSettings({
      command: 'optimize',
      dir: 'head',
      raw: { compare: 'base', format: 'json', region: 'us-east-1' },
      env: {},
      cwd: work,
      runtime: 'action',
    });
    expect(settings.compare).toBe(join(work, 'base'));
    const result = await dispatch(settings, { writeOutput: false, log: createLogger({ quiet: true }) });
    const report = JSON.parse(result.output);
    const added = report.compare.resources
      .filter((r: { change: string }) => r.change === 'added')
      .map((r: { address: string }) => r.address);
    expect(added.sort()).toEqual(['aws_eip.b', 'aws_nat_gateway.b']);
    // One more NAT gateway (730 h × $0.045) and its in-use EIP (730 h × $0.005) per month.
    expect(report.compare.monthlyDelta).toBeCloseTo(730 * 0.045 + 730 * 0.005, 2);
    expect(result.markdown).toMatch(/aws_nat_gateway\.b/);
  });
});
