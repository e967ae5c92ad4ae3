import type { TfValue } from '../../../terraform/model';
import { defineRule } from '../../types';
import { blocks, isSet, num, read, str } from '../../values';

type Obj = { [k: string]: TfValue };

/** Does a rule's filter narrow it (prefix, size bounds or tag)? undefined when unknown. */
function narrowed(rule: Obj): boolean | undefined {
  const filters = blocks(rule.filter);
  if (filters === undefined) return undefined;
  let unknown = false;
  for (const f of filters) {
    const parts = [f, ...(blocks(f.and) ?? [])];
    for (const p of parts) {
      for (const key of ['prefix', 'object_size_greater_than', 'object_size_less_than', 'tag', 'tags']) {
        const v = isSet(read(p, key));
        if (v === undefined) unknown = true;
        else if (v && !(key.startsWith('object_size') && num(read(p, key)) === 0)) return true;
      }
    }
  }
  if (unknown) return undefined;
  // Legacy top-level prefix on the rule.
  const prefix = isSet(read(rule, 'prefix'));
  return prefix;
}

export default defineRule({
  id: 'aws-s3-abort-incomplete-uploads',
  title: 'S3 lifecycle configuration aborts incomplete multipart uploads',
  severity: 'low',
  aliases: ['CKV_AWS_300'],
  resourceTypes: ['aws_s3_bucket_lifecycle_configuration', 'aws_s3_bucket'],
  description:
    'Parts of multipart uploads that never complete are stored (and billed) forever, invisible in object listings. ' +
    'A lifecycle configuration should have an enabled rule for the whole bucket with abort_incomplete_multipart_upload. ' +
    'Buckets with no lifecycle configuration at all are reported by aws-s3-lifecycle.',
  remediation: `\`\`\`hcl
rule {
  id     = "abort-incomplete-uploads"
  status = "Enabled"
  filter {}
  abort_incomplete_multipart_upload {
    days_after_initiation = 7
  }
}
\`\`\``,
  check: (res) => {
    if (res.type === 'aws_s3_bucket') {
      // Provider v3 inline lifecycle_rule blocks: only judged when the bucket has some.
      const rules = blocks(res.attributes.lifecycle_rule);
      if (!rules || rules.length === 0) return;
      let unknown = false;
      for (const r of rules) {
        const enabled = read(r, 'enabled');
        const days = read(r, 'abort_incomplete_multipart_upload_days');
        const prefix = isSet(read(r, 'prefix'));
        if (enabled === undefined || days === undefined || prefix === undefined) unknown = true;
        else if ((enabled === true || enabled === 'true') && typeof days !== 'symbol' && !prefix) return;
      }
      if (!unknown)
        return {
          attribute: 'lifecycle_rule',
          message: 'No enabled lifecycle rule aborts incomplete multipart uploads for the whole bucket',
        };
      return;
    }
    const rules = blocks(res.attributes.rule);
    if (!rules) return;
    let unknown = false;
    for (const r of rules) {
      const status = str(read(r, 'status'));
      const abort = blocks(r.abort_incomplete_multipart_upload);
      if (status === undefined || abort === undefined) {
        unknown = true;
        continue;
      }
      if (status !== 'Enabled' || abort.length === 0) continue;
      const n = narrowed(r);
      if (n === undefined) unknown = true;
      else if (!n) return;
    }
    if (!unknown)
      return { attribute: 'rule', message: 'No enabled lifecycle rule aborts incomplete multipart uploads for the whole bucket' };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "data"
  rule {
    id     = "abort"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  lifecycle_rule {
    enabled                                = true
    abort_incomplete_multipart_upload_days = 7
  }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "data"
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 90
    }
  }
}`,
      `resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "data"
  rule {
    id     = "abort-tmp"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}`,
    ],
  },
});
