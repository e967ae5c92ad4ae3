import { defineRule } from '../../types';
import { isSet, read, str } from '../../values';

const ENC = 'encryption_configuration';

export default defineRule({
  id: 'aws-glue-security-configuration-encryption',
  title: 'Glue security configuration encrypts logs, job bookmarks and S3 data',
  severity: 'medium',
  aliases: ['CKV_AWS_99'],
  resourceTypes: ['aws_glue_security_configuration'],
  description:
    'A security configuration should encrypt all three things Glue writes: CloudWatch logs (SSE-KMS with a key), job bookmarks (CSE-KMS with a key) and data written to S3 (any mode but DISABLED).',
  remediation: `\`\`\`hcl
encryption_configuration {
  cloudwatch_encryption {
    cloudwatch_encryption_mode = "SSE-KMS"
    kms_key_arn                = aws_kms_key.glue.arn
  }
  job_bookmarks_encryption {
    job_bookmarks_encryption_mode = "CSE-KMS"
    kms_key_arn                   = aws_kms_key.glue.arn
  }
  s3_encryption {
    s3_encryption_mode = "SSE-KMS"
    kms_key_arn        = aws_kms_key.glue.arn
  }
}
\`\`\``,
  check: (res) => {
    const cwMode = read(res, `${ENC}.cloudwatch_encryption.cloudwatch_encryption_mode`);
    const jbMode = read(res, `${ENC}.job_bookmarks_encryption.job_bookmarks_encryption_mode`);
    const s3Mode = read(res, `${ENC}.s3_encryption.s3_encryption_mode`);
    if (cwMode === undefined || jbMode === undefined || s3Mode === undefined) return;
    const missing: string[] = [];
    if (!(str(cwMode) === 'SSE-KMS' && isSet(read(res, `${ENC}.cloudwatch_encryption.kms_key_arn`)))) missing.push('CloudWatch logs');
    if (!(str(jbMode) === 'CSE-KMS' && isSet(read(res, `${ENC}.job_bookmarks_encryption.kms_key_arn`)))) missing.push('job bookmarks');
    const s3 = str(s3Mode);
    if (s3 === undefined || s3 === 'DISABLED') missing.push('S3 data');
    if (missing.length === 0) return;
    return { attribute: ENC, message: `The security configuration does not encrypt: ${missing.join(', ')}` };
  },
  examples: {
    good: [
      `resource "aws_glue_security_configuration" "s" {
  name = "glue"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_glue_security_configuration" "s" {
  name = "glue"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "DISABLED"
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "DISABLED"
    }
    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
  }
}`,
    ],
  },
});
