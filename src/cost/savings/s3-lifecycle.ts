// Buckets without lifecycle rules keep every object in S3 Standard; objects that are rarely read
// cost less in Standard-IA. The saving shown is the upper bound: all stored data moved.
import { baseAddress } from '../engine';
import { round } from '../components';
import { addBlockPatch } from './patch';
import type { SavingsRule } from './types';

export const s3Lifecycle: SavingsRule = {
  id: 'cost-s3-lifecycle',
  title: 'Add lifecycle rules to S3 buckets',
  resourceTypes: ['aws_s3_bucket'],
  evaluate(ctx) {
    const r = ctx.resource;
    if (Array.isArray(r.attributes.lifecycle_rule) && r.attributes.lifecycle_rule.length > 0) return [];
    // referencedBy resolves absolute and module-relative references alike.
    const configured = ctx
      .referencedBy()
      .some((o) => o.type === 'aws_s3_bucket_lifecycle_configuration' || o.type === 'aws_s3_bucket_intelligent_tiering_configuration');
    if (configured) return [];
    const stored = ctx.cost?.components.find((c) => c.name === 'Standard storage')?.monthlyQuantity ?? null;
    const standard = ctx.prices.get('s3.standard.gb');
    const ia = ctx.prices.get('s3.standard_ia.gb');
    const saving = stored !== null && standard !== undefined && ia !== undefined ? round(stored * (standard - ia), 2) : null;
    const hcl = [
      `resource "aws_s3_bucket_lifecycle_configuration" "${r.name}" {`,
      `  bucket = ${baseAddress(r.address)}.id`,
      '  rule {',
      '    id     = "tiering"',
      '    status = "Enabled"',
      '    filter {}',
      '    transition {',
      '      days          = 30',
      '      storage_class = "STANDARD_IA"',
      '    }',
      '    noncurrent_version_expiration {',
      '      noncurrent_days = 90',
      '    }',
      '  }',
      '}',
    ].join('\n');
    return [
      {
        message: 'bucket has no lifecycle rules: objects stay in S3 Standard forever (saving shown moves all stored data to Standard-IA)',
        monthlySavings: saving,
        patch: addBlockPatch(r, hcl),
      },
    ];
  },
};
