import { defineRule } from '../../types';
import { AUTH_USERS_URI } from './bucket-settings';
import { aclGrants } from './grants';

export default defineRule({
  id: 'aws-s3-no-authenticated-users-grant',
  title: 'S3 bucket ACL grants nothing to all authenticated AWS users',
  severity: 'high',
  aliases: ['CKV2_AWS_43'],
  resourceTypes: ['aws_s3_bucket_acl', 'aws_s3_bucket'],
  description:
    'The AuthenticatedUsers group is every AWS account in the world, not the users of yours: a grant to it is as public as a grant to AllUsers.',
  remediation: `Remove the grant; disable ACLs altogether with object ownership:
\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule { object_ownership = "BucketOwnerEnforced" }
}
\`\`\``,
  check: (res) =>
    aclGrants(res)
      .filter((g) => g.uri === AUTH_USERS_URI)
      .map((g) => ({
        attribute: g.attribute,
        message: `The ACL grants ${g.permissions.join(', ') || 'access'} to every authenticated AWS user`,
      })),
  examples: {
    good: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        id   = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
        type = "CanonicalUser"
      }
      permission = "READ"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "READ"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
    permissions = ["READ_ACP"]
  }
}`,
    ],
  },
});
