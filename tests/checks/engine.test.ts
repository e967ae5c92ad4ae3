// Evaluation-aware scanning: what variables, locals, modules and counts make of a rule's input.
import { describe, expect, it } from 'vitest';
import { blockingFindings } from '../../src/checks/engine';
import { scanFiles } from './helpers';

const ids = (findings: { ruleId: string; resource: string; line: number }[]) => findings.map((f) => `${f.ruleId} ${f.resource}:${f.line}`);

describe('scanTerraform', () => {
  it('never reports on a value that cannot be known (tri-state)', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `variable "encrypted" {}
resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = var.encrypted
}`,
      },
      { ruleIds: ['aws-ebs-encryption'] },
    );
    expect(findings).toEqual([]);
  });

  it('uses variable defaults, and --var overrides them', async () => {
    const files = {
      'main.tf': `variable "encrypted" { default = true }
resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = var.encrypted
}`,
    };
    expect((await scanFiles(files, { ruleIds: ['aws-ebs-encryption'] })).findings).toEqual([]);
    const overridden = await scanFiles(files, { ruleIds: ['aws-ebs-encryption'], vars: { encrypted: 'false' } });
    expect(ids(overridden.findings)).toEqual(['aws-ebs-encryption aws_ebs_volume.v:5']);
  });

  it('reads terraform.tfvars and locals with conditionals', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `variable "env" {}
locals { public = var.env == "dev" }
resource "aws_db_instance" "db" {
  instance_class      = "db.t3.micro"
  publicly_accessible = local.public
}`,
        'terraform.tfvars': 'env = "dev"\n',
      },
      { ruleIds: ['aws-rds-no-public-access'] },
    );
    expect(ids(findings)).toEqual(['aws-rds-no-public-access aws_db_instance.db:5']);
  });

  it('reports each count / for_each instance at its address', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `resource "aws_sqs_queue" "q" {
  for_each          = toset(["a", "b"])
  name              = each.key
  kms_master_key_id = "alias/aws/sqs"
}`,
      },
      { ruleIds: ['aws-sqs-cmk'] },
    );
    expect(findings.map((f) => f.resource).sort()).toEqual(['aws_sqs_queue.q["a"]', 'aws_sqs_queue.q["b"]']);
  });

  it('follows module inputs into local modules and reports module addresses and files', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `module "db" {
  source = "./modules/db"
  public = true
}`,
        'modules/db/main.tf': `variable "public" { default = false }
resource "aws_db_instance" "this" {
  instance_class      = "db.t3.micro"
  publicly_accessible = var.public
}`,
      },
      { ruleIds: ['aws-rds-no-public-access'] },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ resource: 'module.db.aws_db_instance.this', file: 'modules/db/main.tf', line: 4 });
  });

  it('links split S3 settings by reference and by bucket name, and stays silent when the link is unknown', async () => {
    const base = `resource "aws_s3_bucket" "b" { bucket = "data" }\n`;
    const byRef = `resource "aws_s3_bucket_versioning" "v" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Enabled" }
}`;
    const byName = byRef.replace('aws_s3_bucket.b.id', '"data"');
    const unknown = `variable "bucket" {}\n` + byRef.replace('aws_s3_bucket.b.id', 'var.bucket');
    const other = `resource "aws_s3_bucket" "c" { bucket = "other" }\n` + byRef.replace('aws_s3_bucket.b.id', 'aws_s3_bucket.c.id');
    const scan = async (extra: string) =>
      (await scanFiles({ 'main.tf': base + extra }, { ruleIds: ['aws-s3-versioning'] })).findings.map((f) => f.resource);
    expect(await scan(byRef)).toEqual([]);
    expect(await scan(byName)).toEqual([]);
    expect(await scan(unknown)).toEqual([]);
    expect(await scan(other)).toEqual(['aws_s3_bucket.b']);
  });

  it('reads jsonencode policies whose resources are unknown ARNs', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.b.arn}/*" },
      { Effect = "Allow", Action = "*", Resource = "*" },
    ]
  })
}`,
      },
      { ruleIds: ['aws-iam-no-admin-policy'] },
    );
    expect(ids(findings)).toEqual(['aws-iam-no-admin-policy aws_iam_policy.p:3']);
  });

  it('names the resource judged as the subject when the finding sits on another resource', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "data"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}
resource "aws_s3_bucket" "plain" {
  bucket = "plain"
}`,
      },
      { ruleIds: ['aws-s3-encryption-cmk'] },
    );
    expect(findings.map((f) => [f.resource, f.subject])).toEqual([
      ['aws_s3_bucket_server_side_encryption_configuration.b', { resource: 'aws_s3_bucket.b', file: 'main.tf', line: 1 }],
      ['aws_s3_bucket.plain', undefined],
    ]);
  });

  it('keeps one finding per resource judged when several share the resource it sits on', async () => {
    // Two bucket blocks of one name (two workspaces, say) and one configuration naming it by value.
    const { findings } = await scanFiles(
      {
        'main.tf': `resource "aws_s3_bucket" "a" {
  bucket = "shared"
}
resource "aws_s3_bucket" "b" {
  bucket = "shared"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "s" {
  bucket = "shared"
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}`,
      },
      { ruleIds: ['aws-s3-encryption-cmk'] },
    );
    expect(findings.map((f) => `${f.resource} judged ${f.subject?.resource}`)).toEqual([
      'aws_s3_bucket_server_side_encryption_configuration.s judged aws_s3_bucket.a',
      'aws_s3_bucket_server_side_encryption_configuration.s judged aws_s3_bucket.b',
    ]);
  });

  it('links a setting that names its bucket by reference to that bucket only, not to others of the same name', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `resource "aws_kms_key" "k" {}
resource "aws_s3_bucket" "a" {
  bucket = "data"
}
resource "aws_s3_bucket" "b" {
  bucket = "data"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "a" {
  bucket = aws_s3_bucket.a.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}`,
      },
      { ruleIds: ['aws-s3-encryption-cmk'] },
    );
    expect(findings.map((f) => f.resource)).toEqual(['aws_s3_bucket.b']);
  });

  it('points at the offending attribute line', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `resource "aws_instance" "web" {
  ami = "ami-1"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}`,
      },
      { ruleIds: ['aws-ec2-imdsv2'] },
    );
    expect(findings[0]!.line).toBe(4);
  });

  it('survives files that fail to parse: the rest is still scanned', async () => {
    const { loaded, findings } = await scanFiles(
      { 'broken.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = \n', 'ok.tf': 'resource "aws_ebs_volume" "v" { size = 1 }\n' },
      { ruleIds: ['aws-ebs-encryption'] },
    );
    expect(loaded.errors.length).toBeGreaterThan(0);
    expect(loaded.errors[0]!.file).toBe('broken.tf');
    expect(findings.map((f) => f.resource)).toEqual(['aws_ebs_volume.v']);
  });

  it('selects rules by id or alias', async () => {
    const files = { 'main.tf': 'resource "aws_ebs_volume" "v" { size = 1 }\n' };
    const byAlias = await scanFiles(files, { ruleIds: ['CKV_AWS_3'] });
    expect(byAlias.rulesEvaluated).toBe(1);
    expect(byAlias.findings.map((f) => f.ruleId)).toEqual(['aws-ebs-encryption']);
  });

  it('exposes blocking findings for the analyze gate', async () => {
    const { loaded } = await scanFiles({ 'main.tf': 'resource "aws_ebs_volume" "v" { size = 1 }\n' });
    const blocking = blockingFindings(loaded);
    expect(blocking.every((f) => f.severity === 'high' || f.severity === 'critical')).toBe(true);
    expect(blocking.map((f) => f.ruleId)).toContain('aws-ebs-encryption');
  });
});
