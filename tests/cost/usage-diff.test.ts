import { describe, expect, it } from 'vitest';
import { diffCosts } from '../../src/cost/diff';
import { estimateCosts } from '../../src/cost/engine';
import { renderCostDiffMarkdown } from '../../src/cost/render';
import { parseUsage, usageFor } from '../../src/cost/usage';
import { loaded, res } from './helpers';

describe('usage file', () => {
  const text = [
    'version: 0.1',
    'resource_type_default_usage:',
    '  aws_lambda_function:',
    '    monthly_requests: 1000',
    'resource_usage:',
    '  aws_lambda_function.api[*]:',
    '    request_duration_ms: 100',
    '  aws_lambda_function.api[1]:',
    '    monthly_requests: 5000',
    '',
  ].join('\n');
  it('merges type default, [*] and exact address (most specific wins)', () => {
    const u = parseUsage('usage.yml', text);
    expect(usageFor(u, 'aws_lambda_function.api[1]', 'aws_lambda_function')).toEqual({ monthly_requests: 5000, request_duration_ms: 100 });
    expect(usageFor(u, 'aws_lambda_function.api[0]', 'aws_lambda_function')).toEqual({ monthly_requests: 1000, request_duration_ms: 100 });
    expect(usageFor(u, 'aws_lambda_function.other', 'aws_lambda_function')).toEqual({ monthly_requests: 1000 });
  });
  it('names file and line for a bad value', () => {
    expect.assertions(2);
    expect(() => parseUsage('usage.yml', 'resource_usage:\n  aws_s3_bucket.b:\n    storage_gb: lots\n')).toThrow(
      /storage_gb" must be a non-negative number/,
    );
    try {
      parseUsage('usage.yml', 'resource_usage:\n  aws_s3_bucket.b:\n    storage_gb: lots\n');
    } catch (e) {
      expect((e as { describe(): string }).describe()).toMatch(/^usage\.yml:3: /);
    }
  });
  it('names the line of a YAML syntax error', () => {
    expect(() => parseUsage('u.yml', 'resource_usage:\n  a: [1,\n')).toThrow(/invalid YAML/);
  });
  it('an empty file is no usage', () => expect(parseUsage('u.yml', '')).toEqual({ resources: {}, typeDefaults: {} }));
});

describe('cost diff', () => {
  const base = estimateCosts(
    loaded(
      res('aws_nat_gateway.a'),
      res('aws_instance.web', { instance_type: 't3.small', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] }),
      res('aws_eip.old'),
    ),
    { region: 'us-east-1' },
  );
  const head = estimateCosts(
    loaded(
      res('aws_nat_gateway.a'),
      res('aws_instance.web', { instance_type: 't3.large', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] }),
      res('aws_kms_key.k'),
    ),
    { region: 'us-east-1' },
  );
  const d = diffCosts(base, head);
  it('lists added, removed and changed resources with monthly deltas', () => {
    const byAddr = Object.fromEntries(d.resources.map((r) => [r.address, r]));
    expect(byAddr['aws_instance.web'].change).toBe('changed');
    // each side is rounded to cents before the difference: 61.38 − 15.82
    expect(byAddr['aws_instance.web'].monthlyDelta).toBeCloseTo(730 * (0.0832 - 0.0208), 1);
    expect(byAddr['aws_kms_key.k']).toMatchObject({ change: 'added', monthlyDelta: 1 });
    expect(byAddr['aws_eip.old']).toMatchObject({ change: 'removed', monthlyDelta: -3.65 });
    expect(byAddr['aws_nat_gateway.a']).toBeUndefined();
    expect(d.monthlyDelta).toBeCloseTo(730 * (0.0832 - 0.0208) + 1 - 3.65, 1);
  });
  it('renders a sticky comment with its marker', () => {
    const md = renderCostDiffMarkdown(d);
    expect(md.startsWith('<!-- inframate:cost-diff:pr -->')).toBe(true);
    expect(md).toContain('| changed | `aws_instance.web` | $15.82 | $61.38 | +$45.56 |');
    expect(md).toContain('| removed | `aws_eip.old` | $3.65 | — | -$3.65 |');
  });
});

describe('markdown size', () => {
  it('caps table rows so a PR comment stays under GitHub limits', async () => {
    const { renderEstimateMarkdown } = await import('../../src/cost/render');
    const many = Array.from({ length: 400 }, (_, i) => res(`aws_eip.e${i}`));
    const md = renderEstimateMarkdown(estimateCosts(loaded(...many), { region: 'us-east-1' }));
    // one cell per column of the resource table (resource, monthly, components)
    expect(md).toContain('| … 300 more in the JSON report (--format json) | | |\n');
    expect(md.length).toBeLessThan(20_000);
    const diff = renderCostDiffMarkdown(
      diffCosts(estimateCosts(loaded(), { region: 'us-east-1' }), estimateCosts(loaded(...many), { region: 'us-east-1' })),
    );
    expect(diff).toContain('| … 300 more in the JSON report (--format json) | | | | |\n');
  });
});

describe('components cell', () => {
  it('separates components with a real line break and escapes the text of each', async () => {
    const { renderEstimateMarkdown } = await import('../../src/cost/render');
    const e = estimateCosts(loaded(res('aws_nat_gateway.n')), { region: 'us-east-1' });
    e.resources[0]!.components[0]!.name = 'NAT <script>|x';
    const md = renderEstimateMarkdown(e);
    const row = md.split('\n').find((l) => l.includes('aws_nat_gateway.n'))!;
    expect(row).toContain('<br>');
    expect(row).not.toContain('&lt;br&gt;');
    expect(row).toContain('NAT &lt;script&gt;\\|x');
    expect(row).not.toContain('<script>');
  });
});
