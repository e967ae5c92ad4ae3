import { describe, expect, it } from 'vitest';
import { isActive, parseSuppressions } from '../../src/checks/suppress';
import { scanFiles } from './helpers';

const c = (text: string) => ({ file: 'main.tf', line: 1, text });

describe('parseSuppressions', () => {
  it('reads our syntax with reason and expiry', () => {
    expect(parseSuppressions(c('# inframate:ignore:aws-s3-versioning:exp:2030-01-01 archive bucket'))).toEqual([
      { file: 'main.tf', line: 1, source: 'inframate', id: 'aws-s3-versioning', reason: 'archive bucket', expires: '2030-01-01' },
    ]);
  });
  it('reads checkov, trivy and tfsec syntax', () => {
    expect(parseSuppressions(c('#checkov:skip=CKV_AWS_20:The bucket is a public website'))[0]).toMatchObject({
      source: 'checkov',
      id: 'ckv_aws_20',
      reason: 'The bucket is a public website',
    });
    expect(parseSuppressions(c('#trivy:ignore:AVD-AWS-0086:exp:2025-01-01'))[0]).toMatchObject({
      source: 'trivy',
      id: 'avd-aws-0086',
      expires: '2025-01-01',
    });
    expect(parseSuppressions(c('// tfsec:ignore:aws-s3-enable-bucket-encryption'))[0]).toMatchObject({
      source: 'tfsec',
      id: 'aws-s3-enable-bucket-encryption',
    });
    expect(parseSuppressions(c('# just a comment'))).toEqual([]);
  });
  it('expires after the date, and an unreadable date counts as expired', () => {
    const s = parseSuppressions(c('#trivy:ignore:AVD-AWS-0086:exp:2025-01-01'))[0]!;
    expect(isActive(s, '2025-01-01')).toBe(true);
    expect(isActive(s, '2025-01-02')).toBe(false);
    expect(isActive({ ...s, expires: 'soon' }, '2020-01-01')).toBe(false);
  });
});

const bucket = (comment: string, inside = '') => ({
  'main.tf': `${comment}
resource "aws_s3_bucket" "b" {
  bucket = "data"
${inside}}
`,
});

describe('suppressions in a scan', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const opts = { now, ruleIds: ['aws-s3-encryption'] };

  it('our comment above the block suppresses, with the reason', async () => {
    const { findings } = await scanFiles(bucket('# inframate:ignore:aws-s3-encryption encrypted by the default SSE-S3'), opts);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      suppressed: true,
      suppressedBy: 'inframate',
      suppressionReason: 'encrypted by the default SSE-S3',
    });
  });
  it('a checkov skip inside the block suppresses by its CKV alias', async () => {
    const { findings } = await scanFiles(bucket('', '  #checkov:skip=CKV_AWS_19:legacy\n'), opts);
    expect(findings[0]).toMatchObject({ suppressed: true, suppressedBy: 'checkov', suppressionReason: 'legacy' });
  });
  it('trivy and tfsec ignores work by AVD id and by long id', async () => {
    expect((await scanFiles(bucket('#trivy:ignore:AVD-AWS-0088'), opts)).findings[0]!.suppressed).toBe(true);
    expect((await scanFiles(bucket('#tfsec:ignore:aws-s3-enable-bucket-encryption'), opts)).findings[0]!.suppressed).toBe(true);
  });
  it('an expired suppression counts again', async () => {
    const { findings } = await scanFiles(bucket('#trivy:ignore:AVD-AWS-0088:exp:2026-05-31'), opts);
    expect(findings[0]!.suppressed).toBe(false);
    const still = await scanFiles(bucket('#trivy:ignore:AVD-AWS-0088:exp:2026-06-01'), opts);
    expect(still.findings[0]!.suppressed).toBe(true);
  });
  it('a suppression for another rule, or in another syntax for our id, does not apply', async () => {
    expect((await scanFiles(bucket('#checkov:skip=CKV_AWS_21:versioning only'), opts)).findings[0]!.suppressed).toBe(false);
    expect((await scanFiles(bucket('#checkov:skip=aws-s3-encryption'), opts)).findings[0]!.suppressed).toBe(false);
  });
  it('a suppression above one block does not leak into the next one', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `#checkov:skip=CKV_AWS_19:first only
resource "aws_s3_bucket" "a" { bucket = "a" }

resource "aws_s3_bucket" "b" { bucket = "b" }
`,
      },
      opts,
    );
    expect(findings.map((f) => [f.resource, f.suppressed])).toEqual([
      ['aws_s3_bucket.a', true],
      ['aws_s3_bucket.b', false],
    ]);
  });
  it('a suppression on a module call covers the resources inside the module', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `#trivy:ignore:AVD-AWS-0088
module "store" {
  source = "./modules/store"
}
`,
        'modules/store/main.tf': `resource "aws_s3_bucket" "this" { bucket = "x" }
`,
      },
      opts,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ resource: 'module.store.aws_s3_bucket.this', file: 'modules/store/main.tf', suppressed: true });
  });
});
