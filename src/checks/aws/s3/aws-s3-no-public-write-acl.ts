import { defineRule } from '../../types';
import { publicAclIssues } from './acl';

export default defineRule({
  id: 'aws-s3-no-public-write-acl',
  title: 'S3 bucket ACL does not allow public write access',
  severity: 'critical',
  aliases: ['CKV_AWS_57'],
  resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
  description: 'A public-read-write ACL (or a WRITE grant to AllUsers) lets anyone upload, overwrite and delete objects.',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  acl    = "private"
}
\`\`\``,
  check: (res) => publicAclIssues(res, 'WRITE', 'Anyone can write to the bucket'),
  examples: {
    good: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = "public-read"
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "drop"
  acl    = "public-read-write"
}`,
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "WRITE"
    }
    owner { id = "abc" }
  }
}`,
    ],
  },
});
