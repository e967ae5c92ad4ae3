import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTerraform, loadTerraformFiles } from '../../src/terraform/load';
import { UNKNOWN, type LoadedTerraform, type TfResource } from '../../src/terraform/model';

const load = (files: Record<string, string>, opts = {}): Promise<LoadedTerraform> =>
  loadTerraformFiles('/virtual', new Map(Object.entries(files)), opts);
const res = (t: LoadedTerraform, address: string): TfResource => {
  const r = t.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${t.resources.map((x) => x.address).join(', ')}`);
  return r;
};

describe('variables', () => {
  const main = `
variable "env" {
  default = "dev"
}
variable "size" {
  type    = number
  default = 1
}
variable "tags" {
  type    = map(string)
  default = {}
}
variable "required" {}
resource "aws_s3_bucket" "b" {
  bucket = "b-\${var.env}-\${var.size}"
  tags   = var.tags
  acl    = var.required
}
`;

  it('uses defaults, and leaves a variable without value UNKNOWN', async () => {
    const t = await load({ 'main.tf': main });
    expect(res(t, 'aws_s3_bucket.b').attributes).toEqual({ bucket: 'b-dev-1', tags: {}, acl: UNKNOWN });
    expect(t.variables.env).toMatchObject({ default: 'dev', value: 'dev', pos: { file: 'main.tf', line: 2 } });
  });

  it('applies terraform.tfvars, then *.auto.tfvars in name order, then --var-file, then --var', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfvars-'));
    writeFileSync(join(dir, 'extra.tfvars'), 'size = 4\nrequired = "private"\n');
    const t = await load(
      {
        'main.tf': main,
        'terraform.tfvars': 'env = "stage"\nsize = 2\n',
        'b.auto.tfvars': 'env = "b-auto"\n',
        'a.auto.tfvars.json': '{"env": "a-auto", "tags": {"Team": "core"}}',
      },
      { varFiles: [join(dir, 'extra.tfvars')], vars: { size: '9' } },
    );
    expect(res(t, 'aws_s3_bucket.b').attributes).toEqual({ bucket: 'b-b-auto-9', tags: { Team: 'core' }, acl: 'private' });
  });

  it('parses --var values by the declared type', async () => {
    const t = await load({ 'main.tf': main }, { vars: { tags: '{ Owner = "me" }', env: '{ not = "parsed" }' } });
    const b = res(t, 'aws_s3_bucket.b');
    expect(b.attributes.tags).toEqual({ Owner: 'me' });
    expect(b.attributes.bucket).toBe('b-{ not = "parsed" }-1');
  });

  it('converts values to the declared type and fills optional object attributes', async () => {
    const t = await load({
      'main.tf': `
variable "cfg" {
  type = object({
    name      = string
    encrypted = optional(bool, true)
    retention = optional(number)
  })
  default = { name = "x" }
}
variable "count_str" {
  type    = number
  default = "3"
}
resource "aws_ebs_volume" "v" {
  encrypted = var.cfg.encrypted
  size      = var.count_str
  iops      = var.cfg.retention
}`,
    });
    expect(res(t, 'aws_ebs_volume.v').attributes).toEqual({ encrypted: true, size: 3, iops: null });
  });
});

describe('locals', () => {
  it('evaluates locals in dependency order across files', async () => {
    const t = await load({
      'a.tf': 'locals {\n  full = "${local.prefix}-${local.suffix}"\n}\n',
      'b.tf':
        'locals {\n  prefix = upper(local.base)\n  base   = "app"\n  suffix = 1 + 1\n}\nresource "aws_sqs_queue" "q" {\n  name = local.full\n}\n',
    });
    expect(res(t, 'aws_sqs_queue.q').attributes.name).toBe('APP-2');
    expect(t.locals?.full).toMatchObject({ value: 'APP-2', pos: { file: 'a.tf', line: 2 } });
  });

  it('makes reference cycles UNKNOWN instead of looping', async () => {
    const t = await load({
      'main.tf':
        'locals {\n  a = local.b\n  b = local.a\n  c = "ok"\n}\nresource "aws_sqs_queue" "q" {\n  name = local.a\n  tag  = local.c\n}\n',
    });
    expect(res(t, 'aws_sqs_queue.q').attributes).toEqual({ name: UNKNOWN, tag: 'ok' });
  });
});

describe('count and for_each', () => {
  it('expands count into indexed instances and drops count = 0', async () => {
    const t = await load({
      'main.tf': `
variable "create" {
  default = false
}
resource "aws_instance" "web" {
  count         = 2
  instance_type = count.index == 0 ? "t3.micro" : "t3.large"
}
resource "aws_instance" "off" {
  count = var.create ? 1 : 0
  ami   = "x"
}`,
    });
    expect(t.resources.map((r) => r.address)).toEqual(['aws_instance.web[0]', 'aws_instance.web[1]']);
    expect(res(t, 'aws_instance.web[1]')).toMatchObject({ index: 1, expansion: 'count', attributes: { instance_type: 't3.large' } });
  });

  it('keeps one instance with an unknown index when count is unknown', async () => {
    const t = await load({
      'main.tf':
        'variable "n" {}\nresource "aws_instance" "web" {\n  count = var.n\n  name  = "web-${count.index}"\n  ami   = "ami-1"\n}\n',
    });
    expect(t.resources).toHaveLength(1);
    expect(t.resources[0]).toMatchObject({ address: 'aws_instance.web', indexUnknown: true, attributes: { name: UNKNOWN, ami: 'ami-1' } });
  });

  it('expands for_each over maps and sets with each.key / each.value', async () => {
    const t = await load({
      'main.tf': `
locals {
  buckets = { logs = { versioned = false }, data = { versioned = true } }
}
resource "aws_s3_bucket" "b" {
  for_each = local.buckets
  bucket   = "org-\${each.key}"
  versioned = each.value.versioned
}
resource "aws_iam_user" "u" {
  for_each = toset(["bob", "alice"])
  name     = each.value
}`,
    });
    expect(res(t, 'aws_s3_bucket.b["data"]').attributes).toEqual({ bucket: 'org-data', versioned: true });
    expect(res(t, 'aws_s3_bucket.b["logs"]')).toMatchObject({ index: 'logs', expansion: 'for_each', attributes: { versioned: false } });
    expect(t.resources.filter((r) => r.type === 'aws_iam_user').map((r) => r.attributes.name)).toEqual(['alice', 'bob']);
  });

  it('keeps one instance with an unknown index when for_each is unknown', async () => {
    const t = await load({
      'main.tf': 'variable "names" {}\nresource "aws_iam_user" "u" {\n  for_each = var.names\n  name = each.key\n  path = "/"\n}\n',
    });
    expect(t.resources).toEqual([
      expect.objectContaining({ address: 'aws_iam_user.u', indexUnknown: true, attributes: { name: UNKNOWN, path: '/' } }),
    ]);
  });
});

describe('dynamic blocks', () => {
  const sg = (ports: string): Record<string, string> => ({
    'main.tf': `
variable "ports" {
  default = ${ports}
}
resource "aws_security_group" "sg" {
  name = "sg"
  ingress {
    from_port   = 22
    cidr_blocks = ["10.0.0.0/8"]
  }
  dynamic "ingress" {
    for_each = var.ports
    iterator = port
    content {
      from_port   = port.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}`,
  });

  it('expands dynamic blocks after the static ones', async () => {
    const t = await load(sg('[80, 443]'));
    expect(res(t, 'aws_security_group.sg').attributes.ingress).toEqual([
      { from_port: 22, cidr_blocks: ['10.0.0.0/8'] },
      { from_port: 80, cidr_blocks: ['0.0.0.0/0'] },
      { from_port: 443, cidr_blocks: ['0.0.0.0/0'] },
    ]);
  });

  it('makes the whole block list UNKNOWN when for_each is unknown', async () => {
    const t = await load({ 'main.tf': sg('[]')['main.tf']!.replace('default = []', 'type = list(number)') });
    expect(res(t, 'aws_security_group.sg').attributes.ingress).toBe(UNKNOWN);
  });

  it('supports nested dynamic blocks', async () => {
    const t = await load({
      'main.tf': `
locals {
  rules = [{ id = "a", days = [30, 60] }]
}
resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "b"
  dynamic "rule" {
    for_each = local.rules
    content {
      id = rule.value.id
      dynamic "transition" {
        for_each = rule.value.days
        content {
          days = transition.value
        }
      }
    }
  }
}`,
    });
    expect(res(t, 'aws_s3_bucket_lifecycle_configuration.l').attributes.rule).toEqual([
      { id: 'a', transition: [{ days: 30 }, { days: 60 }] },
    ]);
  });
});

describe('resource references', () => {
  it('resolves literal arguments of other resources and keeps computed attributes UNKNOWN', async () => {
    const t = await load({
      'main.tf': `
resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"
}
resource "aws_s3_bucket_logging" "l" {
  bucket        = aws_s3_bucket.logs.id
  target_bucket = aws_s3_bucket.logs.bucket
  target_prefix = "\${aws_s3_bucket.logs.bucket}/"
}
resource "aws_instance" "a" {
  count = 2
  ami   = "ami-\${count.index}"
}
resource "aws_eip" "e" {
  instance = aws_instance.a[1].ami
  all      = aws_instance.a[*].ami
}`,
    });
    expect(res(t, 'aws_s3_bucket_logging.l').attributes).toEqual({ bucket: UNKNOWN, target_bucket: 'my-logs', target_prefix: 'my-logs/' });
    expect(res(t, 'aws_s3_bucket_logging.l').references).toEqual(['aws_s3_bucket.logs']);
    expect(res(t, 'aws_eip.e').attributes).toEqual({ instance: 'ami-1', all: ['ami-0', 'ami-1'] });
  });

  it('does not enumerate a resource object as if its configured arguments were all its attributes', async () => {
    const t = await load({
      'main.tf':
        'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\nresource "aws_sqs_queue" "q" {\n  n    = length(aws_s3_bucket.b)\n  keys = [for k, v in aws_s3_bucket.b : k]\n  tags = lookup(aws_s3_bucket.b, "bucket", "none")\n}\n',
    });
    expect(res(t, 'aws_sqs_queue.q').attributes).toEqual({ n: UNKNOWN, keys: UNKNOWN, tags: UNKNOWN });
  });

  it('records references through locals and data sources, not through bound names', async () => {
    const t = await load({
      'main.tf': `
data "aws_iam_policy_document" "p" {
  statement {
    actions = ["s3:GetObject"]
  }
}
resource "aws_kms_key" "k" {}
locals {
  key = aws_kms_key.k.arn
}
resource "aws_s3_bucket_policy" "bp" {
  bucket = "b"
  policy = data.aws_iam_policy_document.p.json
  kms    = local.key
  names  = [for aws_kms_key in ["x"] : aws_kms_key]
}`,
    });
    expect(res(t, 'aws_s3_bucket_policy.bp').references).toEqual(['aws_kms_key.k', 'data.aws_iam_policy_document.p']);
    expect(res(t, 'data.aws_iam_policy_document.p')).toMatchObject({
      kind: 'data',
      attributes: { statement: [{ actions: ['s3:GetObject'] }] },
    });
  });
});

describe('modules', () => {
  const files = {
    'main.tf': `
locals {
  env = "prod"
}
resource "aws_kms_key" "k" {}
module "bucket" {
  source     = "./modules/bucket"
  name       = "data-\${local.env}"
  kms_key_id = aws_kms_key.k.arn
}
module "many" {
  source = "./modules/bucket/"
  count  = 2
  name   = "many-\${count.index}"
}
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  cidr    = "10.0.0.0/16"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = module.bucket.name
  other  = module.vpc.vpc_id
}`,
    'modules/bucket/main.tf': `
variable "name" {
  type = string
}
variable "kms_key_id" {
  default = null
}
variable "versioning" {
  default = true
}
resource "aws_s3_bucket" "this" {
  bucket = var.name
}
resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.kms_key_id == null ? "AES256" : "aws:kms"
      kms_master_key_id = var.kms_key_id
    }
  }
}
module "inner" {
  source = "../inner"
  flag   = var.versioning
}
output "name" {
  value = aws_s3_bucket.this.bucket
}`,
    'modules/inner/main.tf': 'variable "flag" {}\nresource "aws_sqs_queue" "q" {\n  fifo_queue = var.flag\n}\n',
  };

  it('evaluates module inputs, defaults and outputs with full addresses', async () => {
    const t = await load(files);
    expect(res(t, 'module.bucket.aws_s3_bucket.this')).toMatchObject({
      modulePath: 'module.bucket',
      moduleDir: 'modules/bucket',
      attributes: { bucket: 'data-prod' },
    });
    const sse = res(t, 'module.bucket.aws_s3_bucket_server_side_encryption_configuration.this');
    expect(sse.attributes.rule).toEqual([
      { apply_server_side_encryption_by_default: [{ sse_algorithm: UNKNOWN, kms_master_key_id: UNKNOWN }] },
    ]);
    expect(sse.references).toEqual(['aws_kms_key.k', 'module.bucket.aws_s3_bucket.this']);
    expect(res(t, 'module.bucket.module.inner.aws_sqs_queue.q').attributes.fifo_queue).toBe(true);
    expect(res(t, 'aws_s3_bucket_policy.p').attributes).toEqual({ bucket: 'data-prod', other: UNKNOWN });
    expect(res(t, 'aws_s3_bucket_policy.p').references).toEqual(['module.bucket.aws_s3_bucket.this']);
  });

  it('expands module count and records remote modules without fetching them', async () => {
    const t = await load(files);
    expect(res(t, 'module.many[1].aws_s3_bucket.this').attributes.bucket).toBe('many-1');
    expect(res(t, 'module.many[0].aws_s3_bucket_server_side_encryption_configuration.this').attributes.rule).toEqual([
      { apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256', kms_master_key_id: null }] },
    ]);
    expect(t.modules.find((m) => m.address === 'module.vpc')).toMatchObject({
      remote: true,
      source: 'terraform-aws-modules/vpc/aws',
      inputs: { cidr: '10.0.0.0/16' },
    });
    expect(t.modules.find((m) => m.address === 'module.bucket')).toMatchObject({
      remote: false,
      dir: 'modules/bucket',
      pos: { file: 'main.tf', line: 6 },
    });
    expect(t.variables['module.bucket.name']).toMatchObject({ value: 'data-prod', modulePath: 'module.bucket' });
  });

  it('survives module cycles and evaluates uncalled directories as their own roots', async () => {
    const t = await load({
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\nresource "aws_sqs_queue" "a" {}\n',
      'b/main.tf': 'module "a" {\n  source = "../a"\n}\nresource "aws_sqs_queue" "b" {}\n',
      'envs/prod/main.tf': 'resource "aws_sqs_queue" "prod" {\n  name = "prod"\n}\n',
    });
    const addresses = t.resources.map((r) => r.address);
    expect(addresses).toContain('aws_sqs_queue.prod');
    expect(addresses.some((a) => a.endsWith('aws_sqs_queue.a'))).toBe(true);
    expect(addresses.some((a) => a.endsWith('aws_sqs_queue.b'))).toBe(true);
  });

  it('reads local modules outside the scanned directory from disk, inside the same repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfmods-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'envs/prod'), { recursive: true });
    mkdirSync(join(dir, 'modules/q'), { recursive: true });
    writeFileSync(join(dir, 'envs/prod/main.tf'), 'module "q" {\n  source = "../../modules/q"\n  name   = "prod-q"\n}\n');
    writeFileSync(join(dir, 'modules/q/main.tf'), 'variable "name" {}\nresource "aws_sqs_queue" "q" {\n  name = var.name\n}\n');
    const t = await loadTerraform(join(dir, 'envs/prod'));
    expect(res(t, 'module.q.aws_sqs_queue.q')).toMatchObject({
      attributes: { name: 'prod-q' },
      pos: { file: '../../modules/q/main.tf', line: 2 },
    });
  });
});

describe('positions and comments', () => {
  it('locates blocks, attributes and nested blocks, and collects every comment', async () => {
    const t = await load({
      'main.tf': `# checkov:skip=CKV_AWS_18:logging elsewhere
resource "aws_s3_bucket" "b" { # trailing
  bucket = "x" // inline
  /* multi
     line */
  policy = <<POLICY
{ "not": "a block {" }
POLICY
  versioning {
    enabled = true
  }
  tags = {
    Name = "x"
  }
}

resource "aws_instance" "i" {
  ami = "\${"}"}"
  ebs_block_device {
    encrypted = false
  }
}
`,
    });
    const b = res(t, 'aws_s3_bucket.b');
    expect(b.pos).toEqual({ file: 'main.tf', line: 2 });
    expect(b.attributePos).toMatchObject({
      bucket: { line: 3 },
      policy: { line: 6 },
      versioning: { line: 9 },
      'versioning.enabled': { line: 10 },
      tags: { line: 12 },
    });
    const i = res(t, 'aws_instance.i');
    expect(i.pos.line).toBe(17);
    expect(i.attributePos?.['ebs_block_device[0].encrypted']).toEqual({ file: 'main.tf', line: 20 });
    expect(i.attributePos?.['ebs_block_device.0.encrypted']).toEqual({ file: 'main.tf', line: 20 });
    expect(t.comments.map((c) => [c.line, c.text])).toEqual([
      [1, '# checkov:skip=CKV_AWS_18:logging elsewhere'],
      [2, '# trailing'],
      [3, '// inline'],
      [4, '/* multi\n     line */'],
    ]);
  });

  it('locates blocks and attributes in .tf.json files', async () => {
    const t = await load({
      'main.tf.json': JSON.stringify(
        {
          variable: { env: { default: 'dev' } },
          resource: { aws_s3_bucket: { b: { bucket: 'b-${var.env}', versioning: [{ enabled: true }] } } },
        },
        null,
        2,
      ),
    });
    const b = res(t, 'aws_s3_bucket.b');
    expect(b.attributes).toEqual({ bucket: 'b-dev', versioning: [{ enabled: true }] });
    expect(b.pos).toEqual({ file: 'main.tf.json', line: 9 });
    expect(b.attributePos?.bucket).toEqual({ file: 'main.tf.json', line: 10 });
    expect(b.attributePos?.versioning).toEqual({ file: 'main.tf.json', line: 11 });
  });
});

describe('errors', () => {
  it('collects per-file syntax errors with file and line and still loads the other files', async () => {
    const t = await load({
      'good.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n',
      'bad.tf': 'resource "aws_sqs_queue" "r" {\n  name = "r"\n  broken = \n}\n',
      'bad.tf.json': '{"resource": {',
    });
    expect(t.resources.map((r) => r.address)).toEqual(['aws_sqs_queue.q']);
    expect(t.errors).toHaveLength(2);
    expect(t.errors.find((e) => e.file === 'bad.tf')).toMatchObject({ line: 3 });
    expect(t.errors.find((e) => e.file === 'bad.tf.json')?.line).toBeGreaterThanOrEqual(1);
  });

  it('reports an unreadable --var-file', async () => {
    const t = await load({ 'main.tf': '' }, { varFiles: ['/nonexistent/x.tfvars'] });
    expect(t.errors).toEqual([expect.objectContaining({ file: '/nonexistent/x.tfvars', message: expect.stringMatching(/cannot read/) })]);
  });
});

describe('override files', () => {
  it('merges override.tf arguments and nested blocks into the original block, keeping its position', async () => {
    const t = await load({
      'main.tf':
        'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  storage_encrypted = false\n  tags = {\n    A = "1"\n  }\n}\nlocals {\n  tier = "small"\n}\n',
      'dev_override.tf': 'resource "aws_db_instance" "db" {\n  storage_encrypted = true\n}\nlocals {\n  tier = "large"\n}\n',
    });
    const db = res(t, 'aws_db_instance.db');
    expect(db.attributes).toEqual({ engine: 'postgres', storage_encrypted: true, tags: { A: '1' } });
    expect(db.pos).toEqual({ file: 'main.tf', line: 1 });
    expect(t.locals?.tier?.value).toBe('large');
  });
});

describe('input errors', () => {
  it('rejects a directory that does not exist with an input error naming it', async () => {
    await expect(loadTerraform('/nonexistent/terraform-dir')).rejects.toMatchObject({
      type: 'input',
      message: expect.stringContaining('/nonexistent/terraform-dir'),
    });
  });
});

describe('several root modules in one tree', () => {
  it('keeps each root apart: rootDir on resources, root-prefixed variable keys', async () => {
    const env = (name: string): string =>
      `variable "env" {\n  default = "${name}"\n}\nresource "aws_sqs_queue" "q" {\n  name = "q-\${var.env}"\n}\n`;
    const t = await load({ 'envs/dev/main.tf': env('dev'), 'envs/prod/main.tf': env('prod') });
    expect(t.resources.map((r) => [r.address, r.rootDir, r.attributes.name])).toEqual([
      ['aws_sqs_queue.q', 'envs/dev', 'q-dev'],
      ['aws_sqs_queue.q', 'envs/prod', 'q-prod'],
    ]);
    expect(Object.keys(t.variables)).toEqual(['envs/dev:env', 'envs/prod:env']);
    expect(t.variables['envs/prod:env']?.value).toBe('prod');
  });

  it('computes references, positions and output values on first read', async () => {
    const t = await load({
      'main.tf':
        'resource "aws_kms_key" "k" {\n  description = "k"\n}\nresource "aws_sqs_queue" "q" {\n  kms_master_key_id = aws_kms_key.k.arn\n}\noutput "d" {\n  value = aws_kms_key.k.description\n}\n',
    });
    const q = res(t, 'aws_sqs_queue.q');
    expect(q.references).toEqual(['aws_kms_key.k']);
    expect(q.attributePos).toEqual({ kms_master_key_id: { file: 'main.tf', line: 5 } });
    expect(t.outputs.d?.value).toBe('k');
    expect(JSON.parse(JSON.stringify(t.outputs.d))).toEqual({ pos: { file: 'main.tf', line: 7 }, modulePath: '', name: 'd', value: 'k' });
  });
});

describe('file functions', () => {
  it('reads files in the tree relative to the root module, with path.module in modules', async () => {
    const t = await load({
      'main.tf': `
resource "aws_iam_policy" "p" {
  policy = file("\${path.module}/policies/read.json")
}
resource "aws_instance" "i" {
  user_data = templatefile("init.sh.tftpl", { port = 8080, names = ["a", "b"] })
}
module "m" {
  source = "./modules/m"
}
output "checks" {
  value = [fileexists("missing.txt"), try(file("missing.txt"), "fallback"), file("/etc/hostname"), file("../outside.txt")]
}`,
      'policies/read.json': '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
      'init.sh.tftpl': 'listen ${port}\n%{ for n in names ~}\nhost ${n}\n%{ endfor ~}\n',
      'modules/m/main.tf':
        'resource "aws_iam_role" "r" {\n  assume_role_policy = file("${path.module}/trust.json")\n  name = path.module\n}\n',
      'modules/m/trust.json': '{"trust": true}',
    });
    expect(JSON.parse(res(t, 'aws_iam_policy.p').attributes.policy as string).Statement[0].Action).toBe('s3:GetObject');
    expect(res(t, 'aws_instance.i').attributes.user_data).toBe('listen 8080\nhost a\nhost b\n');
    expect(res(t, 'module.m.aws_iam_role.r').attributes).toEqual({ assume_role_policy: '{"trust": true}', name: 'modules/m' });
    expect(t.outputs.checks?.value).toEqual([false, 'fallback', UNKNOWN, UNKNOWN]);
  });
});

describe('expansion edge cases', () => {
  it('accepts a numeric string count and refuses non-string for_each sets', async () => {
    const t = await load({
      'main.tf': `
variable "n" {
  default = "2"
}
resource "aws_sqs_queue" "q" {
  count = var.n
}
resource "aws_sqs_queue" "objs" {
  for_each = [{ a = 1 }]
  name     = "x"
}`,
    });
    expect(t.resources.map((r) => r.address)).toEqual(['aws_sqs_queue.objs', 'aws_sqs_queue.q[0]', 'aws_sqs_queue.q[1]']);
    expect(res(t, 'aws_sqs_queue.objs')).toMatchObject({ indexUnknown: true, attributes: { name: 'x' } });
  });
});

describe('JSON documents with unknown parts', () => {
  it('rebuilds jsonencode and JSON heredoc policies with the unknown parts in place', async () => {
    const t = await load({
      'main.tf': `
data "aws_partition" "current" {}
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_iam_policy" "encoded" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:*"]
      Resource = "arn:\${data.aws_partition.current.partition}:s3:::b/*"
    }]
  })
}
resource "aws_iam_policy" "heredoc" {
  policy = <<-EOT
    {
      "Statement": [{
        "Effect": "Allow",
        "Action": "iam:PassRole",
        "Resource": "\${aws_s3_bucket.b.arn}/*",
        "Condition": \${jsonencode({ Bool = { "aws:SecureTransport" = "true" } })}
      }]
    }
  EOT
}
resource "aws_iam_policy" "not_json" {
  policy = "prefix-\${aws_s3_bucket.b.arn}"
}
resource "aws_iam_policy" "unknown_shape" {
  policy = <<-EOT
    { "Statement": \${data.aws_partition.current.partition} }
  EOT
}`,
    });
    expect(res(t, 'aws_iam_policy.encoded').attributes.policy).toBe(UNKNOWN);
    expect(res(t, 'aws_iam_policy.encoded').documents).toEqual({
      policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: UNKNOWN }] },
    });
    expect(res(t, 'aws_iam_policy.heredoc').documents).toEqual({
      policy: {
        Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: UNKNOWN, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
      },
    });
    expect(res(t, 'aws_iam_policy.not_json').documents).toBeUndefined();
    expect(res(t, 'aws_iam_policy.unknown_shape').documents).toBeUndefined();
    expect(res(t, 'aws_s3_bucket.b').documents).toBeUndefined();
  });
});

describe('directory walking', () => {
  it('follows symlinked .tf files but not symlinked directories, and skips .terraform', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfwalk-'));
    mkdirSync(join(dir, 'common'));
    mkdirSync(join(dir, 'env'));
    mkdirSync(join(dir, 'env/.terraform'));
    writeFileSync(join(dir, 'common/shared.tf'), 'resource "aws_sqs_queue" "shared" {}\n');
    writeFileSync(join(dir, 'env/.terraform/cached.tf'), 'resource "aws_sqs_queue" "cached" {}\n');
    symlinkSync(join(dir, 'common/shared.tf'), join(dir, 'env/shared.tf'));
    symlinkSync(dir, join(dir, 'env/loop'));
    const t = await loadTerraform(dir);
    expect(t.files).toEqual(['common/shared.tf', 'env/shared.tf']);
  });
});

describe('data "aws_iam_policy_document"', () => {
  const files = {
    'main.tf': `
variable "bucket_arn" {}
data "aws_iam_policy_document" "known" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
  statement {
    effect    = "Deny"
    actions   = ["s3:DeleteObject", "s3:PutObject"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
data "aws_iam_policy_document" "partial" {
  statement {
    actions   = ["iam:*"]
    resources = [var.bucket_arn]
  }
}
data "aws_iam_policy_document" "merged" {
  source_policy_documents   = [data.aws_iam_policy_document.known.json, jsonencode({ Statement = [{ Sid = "Extra", Effect = "Allow", Action = "s3:ListBucket", Resource = "*" }] })]
  override_policy_documents = [jsonencode({ Statement = { Sid = "Override", Effect = "Deny", Action = "*", Resource = "*" } })]
  statement {
    sid       = "Read"
    effect    = "Deny"
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "merged_partial" {
  source_policy_documents = [data.aws_iam_policy_document.partial.json]
}
resource "aws_iam_policy" "known" {
  policy = data.aws_iam_policy_document.known.json
}
resource "aws_iam_policy" "partial" {
  policy = data.aws_iam_policy_document.partial.json
}
resource "aws_iam_policy" "merged" {
  policy = data.aws_iam_policy_document.merged.json
}
resource "aws_iam_policy" "merged_partial" {
  policy = data.aws_iam_policy_document.merged_partial.json
}`,
  };

  it('renders json from known statements the way the provider does', async () => {
    const t = await load(files);
    expect(JSON.parse(res(t, 'aws_iam_policy.known').attributes.policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Read',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::b/*',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
        { Effect: 'Deny', Action: ['s3:DeleteObject', 's3:PutObject'], Resource: '*', Principal: '*' },
      ],
    });
  });

  it('keeps json UNKNOWN when any part is, and offers the document with the unknown part in place', async () => {
    const t = await load(files);
    const partial = res(t, 'aws_iam_policy.partial');
    expect(partial.attributes.policy).toBe(UNKNOWN);
    expect(partial.documents).toEqual({
      policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: UNKNOWN }] },
    });
    expect(res(t, 'aws_iam_policy.merged_partial').attributes.policy).toBe(UNKNOWN);
    expect(res(t, 'aws_iam_policy.merged_partial').documents).toBeUndefined();
  });

  // Found on terraform-aws-modules (s3-bucket, iam): documents are built from others with source_policy_documents.
  it('merges known source and override documents by Sid, as the provider does', async () => {
    const t = await load(files);
    const merged = JSON.parse(res(t, 'aws_iam_policy.merged').attributes.policy as string);
    expect(merged.Statement.map((st: { Sid?: string; Effect: string }) => [st.Sid, st.Effect])).toEqual([
      ['Read', 'Deny'], // the block's own "Read" replaced the source's
      [undefined, 'Deny'],
      ['Extra', 'Allow'],
      ['Override', 'Deny'],
    ]);
    expect(merged.Statement[0]).toEqual({ Sid: 'Read', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' });
    expect(merged.Version).toBe('2012-10-17');
  });

  // Found on terraform-aws-modules/terraform-aws-s3-bucket: the bucket policy is compact([flag ? data.x[0].json : "", …])
  // of documents whose resources are the bucket's (unknown) ARN; the merged statements must stay visible.
  it('merges documents known only in part, following the expressions that choose them', async () => {
    const t = await load({
      'main.tf': `
variable "deny_http" {
  default = true
}
variable "allow_logs" {
  default = false
}
resource "aws_s3_bucket" "b" {}
data "aws_iam_policy_document" "deny_http" {
  count = var.deny_http ? 1 : 0
  statement {
    sid       = "denyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "logs"
    actions   = ["s3:PutObject"]
    resources = [aws_s3_bucket.b.arn]
  }
}
data "aws_iam_policy_document" "combined" {
  source_policy_documents = compact([
    var.deny_http ? data.aws_iam_policy_document.deny_http[0].json : "",
    var.allow_logs ? data.aws_iam_policy_document.logs.json : "",
    jsonencode({ Statement = [{ Sid = "literal", Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] }),
  ])
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.combined.json
}`,
    });
    const p = res(t, 'aws_s3_bucket_policy.p');
    expect(p.attributes.policy).toBe(UNKNOWN);
    expect(p.documents).toEqual({
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'denyInsecureTransport',
            Effect: 'Deny',
            Action: 's3:*',
            Resource: [UNKNOWN, UNKNOWN],
            Principal: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
          { Sid: 'literal', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        ],
      },
    });
  });

  it('writes numbers and bools given to list arguments as strings', async () => {
    const t = await load({
      'main.tf': `
data "aws_iam_policy_document" "mfa" {
  statement {
    actions   = ["sts:AssumeRole"]
    resources = ["*"]
    condition {
      test     = "NumericLessThan"
      variable = "aws:MultiFactorAuthAge"
      values   = [86400]
    }
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = [true, false]
    }
  }
}
resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.mfa.json
}`,
    });
    expect(JSON.parse(res(t, 'aws_iam_policy.p').attributes.policy as string).Statement[0].Condition).toEqual({
      NumericLessThan: { 'aws:MultiFactorAuthAge': '86400' },
      Bool: { 'aws:MultiFactorAuthPresent': ['true', 'false'] },
    });
  });
});
