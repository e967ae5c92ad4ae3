import { defineRule } from '../../types';
import { bool, isSet, read, str } from '../../values';

const AT_REST = 'data_catalog_encryption_settings.encryption_at_rest';
const PASSWORDS = 'data_catalog_encryption_settings.connection_password_encryption';

export default defineRule({
  id: 'aws-glue-data-catalog-encryption',
  title: 'Glue Data Catalog encrypts metadata and connection passwords with KMS',
  severity: 'medium',
  aliases: ['CKV_AWS_94'],
  resourceTypes: ['aws_glue_data_catalog_encryption_settings'],
  description:
    'The Data Catalog should encrypt its metadata at rest (SSE-KMS with a key) and return connection passwords encrypted with a KMS key, so neither is readable by anyone who can read the catalog.',
  remediation: `\`\`\`hcl
data_catalog_encryption_settings {
  encryption_at_rest {
    catalog_encryption_mode = "SSE-KMS"
    sse_aws_kms_key_id      = aws_kms_key.glue.arn
  }
  connection_password_encryption {
    return_connection_password_encrypted = true
    aws_kms_key_id                       = aws_kms_key.glue.arn
  }
}
\`\`\``,
  check: (res) => {
    const mode = read(res, `${AT_REST}.catalog_encryption_mode`);
    const restKey = isSet(read(res, `${AT_REST}.sse_aws_kms_key_id`));
    const returned = bool(read(res, `${PASSWORDS}.return_connection_password_encrypted`), false);
    const passwordKey = isSet(read(res, `${PASSWORDS}.aws_kms_key_id`));
    if (mode === undefined || returned === undefined) return;
    const restOk = str(mode) === 'SSE-KMS' && restKey;
    const passwordsOk = returned && passwordKey;
    if (restOk && passwordsOk) return;
    return {
      attribute: 'data_catalog_encryption_settings',
      message: !restOk
        ? 'The Data Catalog metadata is not encrypted at rest with a KMS key'
        : 'Connection passwords are not returned encrypted with a KMS key',
    };
  },
  examples: {
    good: [
      `resource "aws_glue_data_catalog_encryption_settings" "c" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_glue_data_catalog_encryption_settings" "c" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "DISABLED"
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
  }
}`,
      `resource "aws_glue_data_catalog_encryption_settings" "c" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    connection_password_encryption {
      return_connection_password_encrypted = false
    }
  }
}`,
    ],
  },
});
