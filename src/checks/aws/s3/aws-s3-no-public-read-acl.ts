import { defineRule } from '../../types';
import { publicAclIssues } from './acl';

export default defineRule({
  id: 'aws-s3-no-public-read-acl',
  title: 'S3 bucket ACL does not allow public read access',
  severity: 'critical',
  aliases: ['CKV_AWS_20', 'AVD-AWS-0092'],
  legacyIds: ['aws-s3-no-public-access-with-acl'],
  resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
  description: 'A public-read, public-read-write or authenticated-read ACL (or a grant to AllUsers) lets anyone list and read the bucket.',
  remediation: `Use a private ACL, or better disable ACLs with object ownership:
\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule { object_ownership = "BucketOwnerEnforced" }
}
\`\`\``,
  check: (res) => publicAclIssues(res, 'READ', 'The bucket is publicly readable'),
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  acl    = "private"
}`,
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = "private"
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "site"
  acl    = "public-read"
}`,
      `variable "acl" { default = "public-read" }
resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = var.acl
}`,
    ],
  },
});
