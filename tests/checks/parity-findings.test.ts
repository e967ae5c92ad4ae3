// Issue 13 §4–5: findings Checkov/Trivy users found missing or doubled on real code.
import { describe, expect, it } from 'vitest';
import { scanTerraform } from '../../src/checks/engine';
import { loadTerraformFiles } from '../../src/terraform/load';

const MODULE = `variable "name" {}
variable "attach_policy" { default = false }
resource "aws_s3_bucket" "this" {
  bucket = var.name
}
data "aws_iam_policy_document" "p" {
  count = var.attach_policy ? 1 : 0
  statement {
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:GetObject", "sns:Publish"]
    resources = ["*"]
  }
}
resource "aws_s3_bucket_policy" "this" {
  count  = var.attach_policy ? 1 : 0
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.p[0].json
}
resource "aws_sns_topic" "t" {
  count = var.attach_policy ? 1 : 0
  name  = "t"
}
resource "aws_sns_topic_policy" "t" {
  count  = var.attach_policy ? 1 : 0
  arn    = aws_sns_topic.t[0].arn
  policy = data.aws_iam_policy_document.p[0].json
}
`;

const ROOT = `module "public" {
  source        = "./modules/b"
  name          = "pub"
  attach_policy = true
}
module "private" {
  source = "./modules/b"
  name   = "priv"
}
`;

async function scan(files: Record<string, string>, ruleIds?: string[]) {
  const loaded = await loadTerraformFiles('/virtual', new Map(Object.entries(files)));
  expect(loaded.errors).toEqual([]);
  return scanTerraform(loaded, { ruleIds }).findings.filter((f) => !f.suppressed);
}

describe('policies built from a counted aws_iam_policy_document (x[0].json)', () => {
  it('are read: the public bucket and topic policies are found, once, on the module call that attaches them', async () => {
    const found = await scan({ 'main.tf': ROOT, 'modules/b/main.tf': MODULE }, [
      'aws-s3-policy-no-public-principal',
      'aws-sns-policy-no-public-access',
    ]);
    expect(found.map((f) => `${f.ruleId} ${f.resource}`).sort()).toEqual([
      'aws-s3-policy-no-public-principal module.public.aws_s3_bucket_policy.this[0]',
      'aws-sns-policy-no-public-access module.public.aws_sns_topic_policy.t[0]',
    ]);
  });

  it('for_each documents are matched by key, also through each.key', async () => {
    const tf = `locals { names = toset(["a", "b"]) }
data "aws_iam_policy_document" "p" {
  for_each = local.names
  statement {
    principals {
      type        = "AWS"
      identifiers = each.key == "a" ? ["*"] : ["arn:aws:iam::111122223333:root"]
    }
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}
resource "aws_s3_bucket" "b" {
  for_each = local.names
  bucket   = each.key
}
resource "aws_s3_bucket_policy" "b" {
  for_each = local.names
  bucket   = aws_s3_bucket.b[each.key].id
  policy   = data.aws_iam_policy_document.p[each.key].json
}
resource "aws_s3_bucket_policy" "literal" {
  bucket = aws_s3_bucket.b["a"].id
  policy = data.aws_iam_policy_document.p["a"].json
}
`;
    const found = await scan({ 'main.tf': tf }, ['aws-s3-policy-no-public-principal']);
    expect(found.map((f) => f.resource).sort()).toEqual(['aws_s3_bucket_policy.b["a"]', 'aws_s3_bucket_policy.literal']);
  });
});

describe('one finding per open port', () => {
  it('port 22 open to the world is reported once, as critical (not also as generic public ingress)', async () => {
    const tf = `resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-1"
  cidr_blocks       = ["0.0.0.0/0"]
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
}
resource "aws_security_group_rule" "app" {
  type              = "ingress"
  security_group_id = "sg-1"
  cidr_blocks       = ["0.0.0.0/0"]
  from_port         = 8080
  to_port           = 8080
  protocol          = "tcp"
}
`;
    const found = (await scan({ 'main.tf': tf })).filter((f) => f.ruleId.startsWith('aws-sg-no-public'));
    expect(found.map((f) => `${f.ruleId} ${f.severity} ${f.resource}`).sort()).toEqual([
      'aws-sg-no-public-ingress high aws_security_group_rule.app',
      'aws-sg-no-public-ssh critical aws_security_group_rule.ssh',
    ]);
  });
});
