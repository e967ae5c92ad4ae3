import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSafeTemplate, packageRoot } from '../../src/terraform/render';
import { validateModule } from '../../src/terraform/validate';
import { apiProfile, requirements } from '../recommend/helpers';
import { renderFor } from './module';

/** A copy of the package's templates, with one template edited. */
function packageWith(file: string, edit: (s: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'inframate-tpl-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'inframate' }));
  cpSync(join(packageRoot(), 'templates'), join(root, 'templates'), { recursive: true });
  const path = join(root, 'templates', 'aws', 'terraform', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

describe('validation gate', () => {
  it('passes the generated module', async () => {
    const v = await validateModule('/tmp/x', renderFor(apiProfile(), requirements()).files);
    expect(v).toMatchObject({ parsed: true, schemaErrors: [], unresolvedReferences: [], findings: [], passed: true });
    expect(v.resourcesChecked).toBeGreaterThan(40);
  });

  it('fails when a template gains an argument the provider does not have', async () => {
    const root = packageWith('components/rds-postgresql.tf.hbs', (s) => s);
    const rds = join(root, 'templates/aws/terraform/partials/rds_instance.hbs');
    writeFileSync(
      rds,
      readFileSync(rds, 'utf8').replace('storage_encrypted     = true', 'storage_encrypted     = true\n  encrypt_harder = true'),
    );
    const v = await validateModule('/tmp/x', renderFor(apiProfile(), requirements(), root).files);
    expect(v.passed).toBe(false);
    expect(v.schemaErrors.map((e) => e.message).join('\n')).toMatch(
      /aws_db_instance\.postgresql: unsupported argument or block "encrypt_harder"/,
    );
    expect(v.schemaErrors[0]!.file).toBe('database-postgresql.tf');
  });

  it('fails on an unknown resource type, and on a reference to something undeclared', async () => {
    const root = packageWith('components/sns-topic.tf.hbs', (s) => s);
    const p = join(root, 'templates/aws/terraform/components/observability.tf.hbs');
    writeFileSync(p, readFileSync(p, 'utf8').replace('resource "aws_sns_topic" "alarms"', 'resource "aws_sns_topik" "alarms"'));
    const v = await validateModule('/tmp/x', renderFor(apiProfile(), requirements(), root).files);
    expect(v.passed).toBe(false);
    expect(v.schemaErrors.some((e) => /resource type "aws_sns_topik" does not exist/.test(e.message))).toBe(true);
    expect(v.unresolvedReferences.some((u) => u.reference === 'aws_sns_topic.alarms')).toBe(true);
  });

  it('fails on a missing required argument and a duplicate declaration', async () => {
    const files = new Map([
      ['a.tf', 'resource "aws_sqs_queue" "q" {}\nresource "aws_iam_role" "r" {\n  name = "x"\n}\n'],
      ['b.tf', 'resource "aws_sqs_queue" "q" {}\n'],
    ]);
    const v = await validateModule('/tmp/x', files);
    expect(v.schemaErrors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/missing required argument "assume_role_policy"/),
        expect.stringMatching(/duplicate declaration of aws_sqs_queue\.q/),
      ]),
    );
  });

  it('fails when a resource names a provider alias that is not configured', async () => {
    const files = new Map([
      ['p.tf', 'provider "aws" {\n  region = "eu-west-1"\n}\n\nprovider "aws" {\n  alias  = "us_east_1"\n  region = "us-east-1"\n}\n'],
      [
        'a.tf',
        'resource "aws_sns_topic" "ok" {\n  provider = aws.us_east_1\n}\n\nresource "aws_sns_topic" "bad" {\n  provider = aws.nowhere\n}\n',
      ],
    ]);
    const v = await validateModule('/tmp/x', files);
    expect(v.unresolvedReferences.map((u) => `${u.address} → ${u.reference}`)).toEqual(['aws_sns_topic.bad → provider.aws.nowhere']);
  });

  it('resolves each kind of reference against its own declarations', async () => {
    const files = new Map([
      [
        'a.tf',
        [
          'variable "name" {\n  type = string\n}',
          'locals {\n  prefix = var.name\n}',
          'data "aws_caller_identity" "me" {}',
          'resource "aws_sqs_queue" "ok" {\n  name = "${local.prefix}-${data.aws_caller_identity.me.account_id}"\n}',
          'resource "aws_sqs_queue" "bad" {\n  name = "${var.nope}-${local.nope}-${data.aws_caller_identity.nope.id}-${aws_sqs_queue.nope.id}-${module.nope.x}"\n}',
        ].join('\n\n'),
      ],
    ]);
    const v = await validateModule('/tmp/x', files);
    expect(v.unresolvedReferences.map((u) => `${u.address} → ${u.reference}`).sort()).toEqual(
      [
        'aws_sqs_queue.bad → aws_sqs_queue.nope',
        'aws_sqs_queue.bad → data.aws_caller_identity.nope',
        'aws_sqs_queue.bad → local.nope',
        'aws_sqs_queue.bad → module.nope',
        'aws_sqs_queue.bad → var.nope',
      ].sort(),
    );
  });

  it('reports a high security finding as blocking', async () => {
    const files = new Map([
      [
        'a.tf',
        'resource "aws_security_group" "s" {\n  name = "x"\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
      ],
    ]);
    const v = await validateModule('/tmp/x', files);
    expect(v.findings.length).toBeGreaterThan(0);
    expect(v.passed).toBe(false);
  });

  it('refuses templates that insert a value without an escaping helper', () => {
    expect(() => assertSafeTemplate('name = "{{service}}"', 't.hbs')).toThrow(/t\.hbs:1: \{\{service\}\} inserts a value/);
    expect(() => assertSafeTemplate('name = {{text "a" service}}', 't.hbs')).toThrow(/without an HCL escaping helper/);
    expect(() => assertSafeTemplate('name = {{str service}}', 't.hbs')).not.toThrow();
  });
});
