import { describe, expect, it } from 'vitest';
import { renderSarifLog } from '../../src/render/sarif';

const rule = {
  id: 'aws-ebs-encryption',
  title: 'EBS volume is encrypted',
  description: 'Encrypt volumes.',
  remediation: '```hcl\nencrypted = true\n```',
  severity: 'high' as const,
  aliases: ['CKV_AWS_3'],
};
const other = { ...rule, id: 'aws-kms-key-rotation', severity: 'medium' as const, aliases: [] };
const finding = {
  ruleId: 'aws-ebs-encryption',
  severity: 'high' as const,
  message: 'The EBS volume is not encrypted',
  file: 'main.tf',
  line: 7,
  resource: 'aws_ebs_volume.v',
};

describe('renderSarifLog', () => {
  it('emits SARIF 2.1.0 with only the rules that have results, paths under the scanned directory', () => {
    const log = renderSarifLog([rule, other], [finding, { ...finding, line: 9, resource: 'aws_ebs_volume.w', suppressed: true }], {
      uriPrefix: './infra/',
    });
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['aws-ebs-encryption']);
    expect(run.tool.driver.rules[0]!.properties.tags).toContain('CKV_AWS_3');
    expect(run.results).toHaveLength(1);
    const r = run.results[0]!;
    expect(r).toMatchObject({ ruleId: 'aws-ebs-encryption', ruleIndex: 0, level: 'error' });
    expect(r.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7 },
    });
  });

  it('gives the resource the rule judged, when the finding sits on another one, as a related location', () => {
    const subject = { resource: 'aws_s3_bucket.b', file: 'buckets.tf', line: 3 };
    const [plain, judged] = renderSarifLog([rule], [finding, { ...finding, resource: 'aws_s3_bucket_policy.b', subject }], {
      uriPrefix: 'infra',
    }).runs[0]!.results;
    expect(plain).not.toHaveProperty('relatedLocations');
    expect(judged!.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'judged: aws_s3_bucket.b' },
        physicalLocation: { artifactLocation: { uri: 'infra/buckets.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } },
        logicalLocations: [{ fullyQualifiedName: 'aws_s3_bucket.b', kind: 'resource' }],
      },
    ]);
  });

  it('keeps fingerprints stable when a finding moves to another line', () => {
    const a = renderSarifLog([rule], [finding]).runs[0]!.results[0]!.partialFingerprints;
    const b = renderSarifLog([rule], [{ ...finding, line: 42 }]).runs[0]!.results[0]!.partialFingerprints;
    const c = renderSarifLog([rule], [{ ...finding, resource: 'aws_ebs_volume.other' }]).runs[0]!.results[0]!.partialFingerprints;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});
