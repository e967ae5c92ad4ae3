import { defineRule } from '../../types';
import { ALL_USERS_URI } from './bucket-settings';
import { aclGrants } from './grants';

export default defineRule({
  id: 'aws-s3-no-public-acl-read',
  title: 'S3 bucket ACL does not let everyone read or control the ACL itself',
  severity: 'high',
  aliases: ['CKV_AWS_375'],
  resourceTypes: ['aws_s3_bucket_acl', 'aws_s3_bucket'],
  description:
    'READ_ACP or FULL_CONTROL granted to AllUsers lets anyone list who has access to the bucket (and, with FULL_CONTROL, change it). ' +
    'Public READ/WRITE grants are reported by aws-s3-no-public-read-acl and aws-s3-no-public-write-acl.',
  remediation: `Remove the grant; disable ACLs altogether with object ownership:
\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule { object_ownership = "BucketOwnerEnforced" }
}
\`\`\``,
  check: (res) =>
    aclGrants(res)
      .filter((g) => g.uri === ALL_USERS_URI && g.permissions.some((p) => p === 'READ_ACP' || p === 'FULL_CONTROL'))
      .map((g) => ({
        attribute: g.attribute,
        message: `The ACL grants ${g.permissions.filter((p) => p === 'READ_ACP' || p === 'FULL_CONTROL').join(', ')} to everyone`,
      })),
  examples: {
    good: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = "private"
}`,
    ],
    bad: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ_ACP"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}`,
    ],
  },
});
