// Runs the loader, the checks, the cost engine and the graph on Terraform taken from public repositories
// (tests/fixtures/real-terraform, see its README for sources and licenses). Every expected address and
// value below was worked out by reading the module code with the harness inputs, as Terraform would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanTerraform } from '../../src/checks/engine';
import { estimateCosts } from '../../src/cost/engine';
import { buildGraph } from '../../src/graph/build';
import { loadTerraform } from '../../src/terraform/load';
import { UNKNOWN, type LoadedTerraform, type TfResource } from '../../src/terraform/model';

const REAL = join(__dirname, '../fixtures/real-terraform');

const res = (t: LoadedTerraform, address: string): TfResource => {
  const r = t.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${t.resources.map((x) => x.address).join(', ')}`);
  return r;
};
const addresses = (t: LoadedTerraform, prefix: string) =>
  t.resources
    .map((r) => r.address)
    .filter((a) => a.startsWith(prefix))
    .sort();
/** The source line a position points at, read from the fixture itself. */
const lineAt = (root: string, pos: { file: string; line: number }) => readFileSync(join(root, pos.file), 'utf8').split('\n')[pos.line - 1];

/** Loads a directory and runs every consumer on it; nothing may throw, parse or warn. */
async function loadAndConsume(dir: string): Promise<LoadedTerraform> {
  const loaded = await loadTerraform(dir);
  expect(loaded.errors).toEqual([]);
  expect(loaded.warnings ?? []).toEqual([]);
  const scan = scanTerraform(loaded);
  expect(scan.resourcesScanned).toBeGreaterThan(0);
  const cost = estimateCosts(loaded, { region: 'us-east-1' });
  expect(Number.isFinite(cost.totalMonthlyCost)).toBe(true);
  const graph = buildGraph(loaded, { estimate: cost });
  expect(graph.nodes.length).toBeGreaterThan(0);
  return loaded;
}

describe('terraform-aws-modules/terraform-aws-s3-bucket (v3, called three times)', () => {
  const root = join(REAL, 'terraform-aws-s3-bucket/examples/harness');
  let t: LoadedTerraform;
  beforeAll(async () => {
    t = await loadAndConsume(root);
  });

  it('expands count / for_each per module instance exactly as Terraform would', () => {
    expect(t.resources).toHaveLength(26);
    expect(addresses(t, 'module.s3_bucket.aws_')).toEqual([
      'module.s3_bucket.aws_s3_bucket.this[0]',
      'module.s3_bucket.aws_s3_bucket_cors_configuration.this[0]',
      'module.s3_bucket.aws_s3_bucket_intelligent_tiering_configuration.this["documents"]',
      'module.s3_bucket.aws_s3_bucket_intelligent_tiering_configuration.this["general"]',
      'module.s3_bucket.aws_s3_bucket_lifecycle_configuration.this[0]',
      'module.s3_bucket.aws_s3_bucket_logging.this[0]',
      // for_each over a `for` on a list: the keys are the list indexes as strings
      'module.s3_bucket.aws_s3_bucket_metric.this["0"]',
      'module.s3_bucket.aws_s3_bucket_metric.this["1"]',
      'module.s3_bucket.aws_s3_bucket_public_access_block.this[0]',
      'module.s3_bucket.aws_s3_bucket_server_side_encryption_configuration.this[0]',
      'module.s3_bucket.aws_s3_bucket_versioning.this[0]',
    ]);
    // acl set and four policies attached: the combined policy and the ACL exist, no website/versioning
    expect(addresses(t, 'module.log_bucket.')).toContain('module.log_bucket.aws_s3_bucket_acl.this[0]');
    expect(addresses(t, 'module.log_bucket.')).toContain('module.log_bucket.data.aws_iam_policy_document.combined[0]');
    expect(addresses(t, 'module.log_bucket.aws_s3_bucket_versioning')).toEqual([]);
    // create_bucket = false leaves only the un-counted data source
    expect(addresses(t, 'module.disabled.')).toEqual(['module.disabled.data.aws_canonical_user_id.this']);
  });

  it('evaluates dynamic blocks, try() fallbacks and merged dynamic "filter" blocks', () => {
    const lc = res(t, 'module.s3_bucket.aws_s3_bucket_lifecycle_configuration.this[0]');
    const rules = lc.attributes.rule as Record<string, unknown>[];
    expect(rules.map((r) => [r.id, r.status])).toEqual([
      ['log', 'Enabled'],
      ['log1', 'Enabled'],
    ]);
    expect(rules[0].transition).toEqual([
      { date: null, days: 30, storage_class: 'ONEZONE_IA' },
      { date: null, days: 60, storage_class: 'GLACIER' },
    ]);
    // two tags → the "more than one key" filter with an `and` block
    expect(rules[0].filter).toEqual([
      { and: [{ object_size_greater_than: null, object_size_less_than: null, prefix: null, tags: { another: 'value2', some: 'value' } }] },
    ]);
    expect(rules[1].filter).toEqual([{}]);
    expect(rules[1].abort_incomplete_multipart_upload).toEqual([{ days_after_initiation: 7 }]);
    expect(rules[1].noncurrent_version_expiration).toEqual([{ newer_noncurrent_versions: null, noncurrent_days: 300 }]);

    const sse = res(t, 'module.s3_bucket.aws_s3_bucket_server_side_encryption_configuration.this[0]');
    const rule = (sse.attributes.rule as Record<string, unknown>[])[0];
    expect(rule.apply_server_side_encryption_by_default).toEqual([{ sse_algorithm: 'aws:kms', kms_master_key_id: UNKNOWN }]);

    const tiering = res(t, 'module.s3_bucket.aws_s3_bucket_intelligent_tiering_configuration.this["documents"]');
    expect(tiering.attributes.status).toBe('Disabled');
    expect(tiering.attributes.tiering).toEqual([
      { access_tier: 'ARCHIVE_ACCESS', days: 125 },
      { access_tier: 'DEEP_ARCHIVE_ACCESS', days: 200 },
    ]);
    expect(res(t, 'module.s3_bucket.aws_s3_bucket_versioning.this[0]').attributes.versioning_configuration).toEqual([
      { status: 'Enabled', mfa_delete: null },
    ]);
  });

  it('keeps the statements of the merged bucket policy visible although the bucket ARN is unknown', () => {
    const policy = res(t, 'module.log_bucket.aws_s3_bucket_policy.this[0]');
    expect(policy.attributes.policy).toBe(UNKNOWN);
    const doc = policy.documents!.policy as { Statement: Record<string, unknown>[] };
    expect(doc.Statement.map((st) => [st.Sid ?? '', st.Effect])).toEqual([
      ['', 'Allow'], // ELB log delivery (sid = "")
      ['AWSLogDeliveryWrite', 'Allow'],
      ['AWSLogDeliveryAclCheck', 'Allow'],
      ['denyOutdatedTLS', 'Deny'],
      ['denyInsecureTransport', 'Deny'],
    ]);
    expect(doc.Statement[4]).toMatchObject({ Action: 's3:*', Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  it('loads the repository root as users run it: the module with its defaults plus each example as its own root', async () => {
    const repo = join(REAL, 'terraform-aws-s3-bucket');
    const whole = await loadTerraform(repo);
    expect(whole.errors).toEqual([]);
    const byRoot = (dir: string) => whole.resources.filter((r) => r.rootDir === dir).map((r) => r.address);
    expect(byRoot('.').sort()).toEqual([
      'aws_s3_bucket.this[0]',
      'aws_s3_bucket_public_access_block.this[0]',
      'data.aws_canonical_user_id.this',
    ]);
    expect(byRoot('examples/harness')).toHaveLength(26);
    // positions are relative to the scanned directory
    expect(whole.resources.find((r) => r.address === 'aws_kms_key.objects')!.pos).toEqual({ file: 'examples/harness/main.tf', line: 15 });
  });

  it('points resources and attributes at their lines in the module source', () => {
    const lc = res(t, 'module.s3_bucket.aws_s3_bucket_lifecycle_configuration.this[0]');
    expect(lc.pos).toEqual({ file: '../../main.tf', line: 207 });
    expect(lineAt(root, lc.pos)).toBe('resource "aws_s3_bucket_lifecycle_configuration" "this" {');
    expect(lineAt(root, lc.attributePos!.bucket)).toBe('  bucket                = aws_s3_bucket.this[0].id');
    const tiering = res(t, 'module.s3_bucket.aws_s3_bucket_intelligent_tiering_configuration.this["general"]');
    expect(lineAt(root, tiering.pos)).toBe('resource "aws_s3_bucket_intelligent_tiering_configuration" "this" {');
    expect(res(t, 'aws_kms_key.objects').pos).toEqual({ file: 'main.tf', line: 15 });
  });
});

describe('terraform-aws-modules/terraform-aws-security-group (v4, count.index lookups into a rules map)', () => {
  const root = join(REAL, 'terraform-aws-security-group/examples/harness');
  let t: LoadedTerraform;
  beforeAll(async () => {
    t = await loadAndConsume(root);
  });

  it('creates one group per call (name vs name_prefix) and one rule per list entry', () => {
    expect(t.resources).toHaveLength(10);
    expect(addresses(t, 'module.main_sg.')).toEqual([
      'module.main_sg.aws_security_group.this_name_prefix[0]',
      'module.main_sg.aws_security_group_rule.egress_rules[0]',
      'module.main_sg.aws_security_group_rule.ingress_rules[0]',
      'module.main_sg.aws_security_group_rule.ingress_rules[1]',
      'module.main_sg.aws_security_group_rule.ingress_with_cidr_blocks[0]',
      'module.main_sg.aws_security_group_rule.ingress_with_cidr_blocks[1]',
      'module.main_sg.aws_security_group_rule.ingress_with_self[0]',
    ]);
    expect(addresses(t, 'module.fixed_name_sg.')).toEqual([
      'module.fixed_name_sg.aws_security_group.this[0]',
      'module.fixed_name_sg.aws_security_group_rule.ingress_with_source_security_group_id[0]',
    ]);
  });

  it('resolves var.rules[var.x[count.index]][n] and lookup() defaults', () => {
    const ssh = res(t, 'module.main_sg.aws_security_group_rule.ingress_rules[1]').attributes;
    expect([ssh.from_port, ssh.to_port, ssh.protocol, ssh.description, ssh.cidr_blocks]).toEqual([22, 22, 'tcp', 'SSH', ['10.10.0.0/16']]);
    const pg = res(t, 'module.main_sg.aws_security_group_rule.ingress_with_cidr_blocks[1]').attributes;
    expect([pg.from_port, pg.to_port, pg.protocol, pg.description, pg.cidr_blocks]).toEqual([
      5432,
      5432,
      'tcp',
      'Ingress Rule',
      ['0.0.0.0/0', '2.2.2.2/32'],
    ]);
    // list(map(string)) converts the numbers the caller wrote to strings, as Terraform does
    const user = res(t, 'module.main_sg.aws_security_group_rule.ingress_with_cidr_blocks[0]').attributes;
    expect([user.from_port, user.to_port, user.description]).toEqual(['8080', '8090', 'User-service ports']);
    expect(res(t, 'module.main_sg.aws_security_group_rule.egress_rules[0]').attributes).toMatchObject({
      protocol: '-1',
      cidr_blocks: ['0.0.0.0/0'],
      ipv6_cidr_blocks: ['::/0'],
    });
    expect(res(t, 'module.main_sg.aws_security_group.this_name_prefix[0]').attributes.tags).toEqual({ Name: 'main-sg' });
    expect(res(t, 'module.fixed_name_sg.aws_security_group_rule.ingress_with_source_security_group_id[0]').attributes.from_port).toBe(3306);
  });

  it('flags the public database rule of the real module and places it on the module line', () => {
    const findings = scanTerraform(t).findings.filter((f) => f.ruleId === 'aws-sg-no-public-database-ports');
    expect(findings.map((f) => f.resource)).toEqual(['module.main_sg.aws_security_group_rule.ingress_with_cidr_blocks[1]']);
    const rule = res(t, 'module.main_sg.aws_security_group_rule.ingress_with_cidr_blocks[1]');
    expect(rule.pos.line).toBe(145);
    expect(lineAt(root, rule.pos)).toBe('resource "aws_security_group_rule" "ingress_with_cidr_blocks" {');
  });
});

describe('terraform-aws-modules/terraform-aws-vpc (v3 excerpt: subnets, NAT, routes, count arithmetic)', () => {
  const root = join(REAL, 'terraform-aws-vpc/examples/harness');
  let t: LoadedTerraform;
  beforeAll(async () => {
    t = await loadAndConsume(root);
  });

  it('sizes every counted resource from the subnet lists and the NAT strategy', () => {
    expect(t.resources).toHaveLength(50);
    const count = (prefix: string) => addresses(t, prefix).length;
    // single_nat_gateway: one EIP, one NAT, one private route table, one database route table
    expect([
      count('module.vpc.aws_eip.nat['),
      count('module.vpc.aws_nat_gateway.this['),
      count('module.vpc.aws_route_table.private['),
    ]).toEqual([1, 1, 1]);
    expect(count('module.vpc.aws_route_table.database[')).toBe(1);
    expect([
      count('module.vpc.aws_subnet.public['),
      count('module.vpc.aws_subnet.private['),
      count('module.vpc.aws_subnet.database['),
    ]).toEqual([3, 3, 3]);
    expect(count('module.vpc.aws_route_table_association.')).toBe(9);
    // one_nat_gateway_per_az with two AZs: two of each
    expect([
      count('module.vpc_per_az.aws_eip.nat['),
      count('module.vpc_per_az.aws_nat_gateway.this['),
      count('module.vpc_per_az.aws_route_table.private['),
    ]).toEqual([2, 2, 2]);
    expect(addresses(t, 'module.vpc.aws_customer_gateway.')).toEqual([
      'module.vpc.aws_customer_gateway.this["IP1"]',
      'module.vpc.aws_customer_gateway.this["IP2"]',
    ]);
  });

  it('evaluates element(), regexall() on AZ names and AZ ids, lower(coalesce()) and merged tags', () => {
    expect(res(t, 'module.vpc.aws_subnet.public[1]').attributes).toMatchObject({
      cidr_block: '20.10.12.0/24',
      availability_zone: 'eu-west-1b',
      availability_zone_id: null,
      map_public_ip_on_launch: true,
    });
    expect(res(t, 'module.vpc_per_az.aws_subnet.private[1]').attributes).toMatchObject({
      availability_zone: null,
      availability_zone_id: 'use1-az2',
      tags: { Name: 'per-az-private-use1-az2' },
    });
    expect(res(t, 'module.vpc_per_az.aws_eip.nat[1]').attributes.tags).toEqual({ Name: 'per-az-use1-az2' });
    expect(res(t, 'module.vpc.aws_db_subnet_group.database[0]').attributes).toMatchObject({
      name: 'complete-example',
      description: 'Database subnet group for complete-example',
      subnet_ids: [UNKNOWN, UNKNOWN, UNKNOWN],
    });
    // var.tags (with its own Name) is merged over the module's Name
    expect(res(t, 'module.vpc.aws_vpc.this[0]').attributes.tags).toEqual({ Name: 'complete', Environment: 'staging', Owner: 'user' });
    expect(res(t, 'module.vpc.aws_customer_gateway.this["IP2"]').attributes).toMatchObject({ ip_address: '5.6.7.8', device_name: null });
    expect(res(t, 'module.vpc.aws_db_subnet_group.database[0]').references).toEqual(['module.vpc.aws_subnet.database']);
  });

  it('locates the NAT gateway in the module file', () => {
    const nat = res(t, 'module.vpc_per_az.aws_nat_gateway.this[1]');
    expect(nat.pos).toEqual({ file: '../../main.tf', line: 285 });
    expect(lineAt(root, nat.pos)).toBe('resource "aws_nat_gateway" "this" {');
    expect(lineAt(root, nat.attributePos!.subnet_id)).toBe('  subnet_id = element(');
  });

  it('prices the three NAT gateways', () => {
    const cost = estimateCosts(t, { region: 'us-east-1' });
    const nat = cost.resources.filter((r) => r.type === 'aws_nat_gateway');
    expect(nat.map((r) => r.address).sort()).toEqual([
      'module.vpc.aws_nat_gateway.this[0]',
      'module.vpc_per_az.aws_nat_gateway.this[0]',
      'module.vpc_per_az.aws_nat_gateway.this[1]',
    ]);
    expect(nat.every((r) => (r.monthlyCost ?? 0) > 0)).toBe(true);
    expect(cost.resources.filter((r) => r.type === 'aws_eip')).toHaveLength(3);
  });
});

describe('terraform-aws-modules/terraform-aws-iam iam-assumable-role (policy documents chosen with try())', () => {
  const root = join(REAL, 'terraform-aws-iam-assumable-role/examples/harness');
  let t: LoadedTerraform;
  beforeAll(async () => {
    t = await loadAndConsume(root);
  });

  it('picks the MFA trust policy through coalesce("", try(missing[0].json, other[0].json))', () => {
    expect(addresses(t, 'module.iam_assumable_role_admin.')).toEqual([
      'module.iam_assumable_role_admin.aws_iam_instance_profile.this[0]',
      'module.iam_assumable_role_admin.aws_iam_role.this[0]',
      'module.iam_assumable_role_admin.aws_iam_role_policy_attachment.admin[0]',
      'module.iam_assumable_role_admin.aws_iam_role_policy_attachment.custom[0]',
      'module.iam_assumable_role_admin.aws_iam_role_policy_attachment.custom[1]',
      'module.iam_assumable_role_admin.data.aws_caller_identity.current',
      'module.iam_assumable_role_admin.data.aws_iam_policy_document.assume_role_with_mfa[0]',
      'module.iam_assumable_role_admin.data.aws_partition.current',
    ]);
    const trust = JSON.parse(res(t, 'module.iam_assumable_role_admin.aws_iam_role.this[0]').attributes.assume_role_policy as string);
    expect(trust.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { AWS: ['arn:aws:iam::307990089504:root', 'arn:aws:iam::835367859851:user/anton'], Service: 'codedeploy.amazonaws.com' },
        // values = [var.mfa_age] is a number; the provider writes it as a string
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, NumericLessThan: { 'aws:MultiFactorAuthAge': '86400' } },
      },
    ]);
    expect(res(t, 'module.iam_assumable_role_admin.aws_iam_role_policy_attachment.custom[1]').attributes.policy_arn).toBe(
      'arn:aws:iam::aws:policy/AlexaForBusinessFullAccess',
    );
  });

  it('adds the external-id condition from a flatten()ed local when MFA is off', () => {
    expect(addresses(t, 'module.iam_assumable_role_sts.data.')).toContain(
      'module.iam_assumable_role_sts.data.aws_iam_policy_document.assume_role[0]',
    );
    const trust = JSON.parse(res(t, 'module.iam_assumable_role_sts.aws_iam_role.this[0]').attributes.assume_role_policy as string);
    expect(trust.Statement[0].Principal.AWS).toBe('arn:aws:iam::307990089504:root');
    expect(trust.Statement[0].Condition).toEqual({ StringEquals: { 'sts:ExternalId': ['some-id-goes-here', 'another-id-goes-here'] } });
    expect(lineAt(root, res(t, 'module.iam_assumable_role_sts.aws_iam_role.this[0]').attributePos!.assume_role_policy)).toBe(
      '  assume_role_policy = coalesce(',
    );
  });
});

describe('cloudposse/terraform-aws-ecr (an early Terraform 0.11 release, still common in old repositories)', () => {
  const root = join(REAL, 'terraform-aws-ecr-tf011');

  it('loads 0.11 syntax without errors: string counts, "${...}" wrappers, attribute-style blocks', async () => {
    const t = await loadAndConsume(root);
    // count = "${local.principal_empty}" is the string "1" (no principals): Terraform converts it to a number
    expect(t.resources.map((r) => r.address).sort()).toEqual([
      'aws_ecr_lifecycle_policy.default',
      'aws_ecr_repository.default',
      'aws_ecr_repository_policy.default_ecr[0]',
      'aws_iam_instance_profile.default[0]',
      'aws_iam_role.default[0]',
      'data.aws_iam_policy_document.assume_role[0]',
      'data.aws_iam_policy_document.default_ecr[0]',
      'data.aws_iam_policy_document.empty',
      'data.aws_iam_policy_document.resource_full',
      'data.aws_iam_policy_document.resource_readonly',
    ]);
    expect(t.modules.map((m) => [m.address, m.remote])).toEqual([['module.label', true]]);
    // var.stage has no value: the heredoc that interpolates it is unknown, never half-filled
    expect(res(t, 'aws_ecr_lifecycle_policy.default').attributes.policy).toBe(UNKNOWN);
    expect(res(t, 'aws_iam_role.default[0]').pos).toEqual({ file: 'main.tf', line: 70 });
  });

  it('fills the heredoc from --var values and switches the counts when principals are given', async () => {
    const t = await loadTerraform(root, {
      vars: { namespace: 'eg', stage: 'test', name: 'app', principal: '["arn:aws:iam::123456789012:root"]' },
    });
    expect(t.errors).toEqual([]);
    const policy = JSON.parse(res(t, 'aws_ecr_lifecycle_policy.default').attributes.policy as string);
    expect(policy.rules[0].selection).toEqual({
      tagStatus: 'tagged',
      tagPrefixList: ['test'],
      countType: 'imageCountMoreThan',
      countNumber: 7,
    });
    expect(addresses(t, 'aws_iam_role')).toEqual([]);
    expect(addresses(t, 'aws_ecr_repository_policy')).toEqual(['aws_ecr_repository_policy.default[0]']);
  });
});

describe('hashicorp/learn-terraform-for-each (a root calling four registry modules)', () => {
  const root = join(REAL, 'learn-terraform-for-each');

  it('expands the counted instances, evaluates module inputs built from them and prices them', async () => {
    const t = await loadAndConsume(root);
    expect(t.resources.map((r) => r.address).sort()).toEqual([
      'aws_instance.app[0]',
      'aws_instance.app[1]',
      'data.aws_ami.amazon_linux',
      'data.aws_availability_zones.available',
      'random_string.lb_id',
    ]);
    expect(t.modules.map((m) => [m.address, m.source, m.remote]).sort()).toEqual([
      ['module.app_security_group', 'terraform-aws-modules/security-group/aws//modules/web', true],
      ['module.elb_http', 'terraform-aws-modules/elb/aws', true],
      ['module.lb_security_group', 'terraform-aws-modules/security-group/aws//modules/web', true],
      ['module.vpc', 'terraform-aws-modules/vpc/aws', true],
    ]);
    const elb = t.modules.find((m) => m.address === 'module.elb_http')!.inputs!;
    expect(elb.number_of_instances).toBe(2);
    expect(elb.instances).toEqual([UNKNOWN, UNKNOWN]);
    // the name embeds random_string.lb_id.result: unknown, never half-built
    expect(elb.name).toBe(UNKNOWN);
    const vpc = t.modules.find((m) => m.address === 'module.vpc')!.inputs!;
    expect(vpc.private_subnets).toEqual(['10.0.101.0/24', '10.0.102.0/24']);
    expect(t.modules.find((m) => m.address === 'module.lb_security_group')!.inputs!.name).toBe('load-balancer-sg-client-webapp-dev');
    const app = res(t, 'aws_instance.app[1]');
    expect(app.attributes).toMatchObject({
      instance_type: 't2.micro',
      tags: { Terraform: 'true', Project: 'client-webapp', Environment: 'dev' },
    });
    expect(lineAt(root, app.pos)).toBe('resource "aws_instance" "app" {');
    expect(lineAt(root, app.attributePos!.user_data)).toBe('  user_data = <<-EOF');
    const cost = estimateCosts(t, { region: 'us-east-1' });
    expect(cost.resources.map((r) => r.address)).toEqual(['aws_instance.app[0]', 'aws_instance.app[1]']);
    expect(cost.resources[0]!.monthlyCost).toBeGreaterThan(0);
  });
});

describe('hashicorp/learn-terraform-module-object-attributes (a local module, a public website bucket)', () => {
  const root = join(REAL, 'learn-terraform-module-object-attributes');

  it('converts module inputs to the declared types and keeps for_each over a registry module output unknown', async () => {
    const t = await loadAndConsume(root);
    expect(t.resources.map((r) => [r.address, r.indexUnknown ?? false])).toEqual(
      expect.arrayContaining([
        ['module.website_s3_bucket.aws_s3_bucket.web', false],
        ['module.website_s3_bucket.aws_s3_object.web', true],
      ]),
    );
    expect(t.resources).toHaveLength(5);
    // map(string): the bool true the caller wrote becomes "true"
    expect(res(t, 'module.website_s3_bucket.aws_s3_bucket.web').attributes.tags).toEqual({
      terraform: 'true',
      environment: 'dev',
      'public-bucket': 'true',
    });
    // "${path.module}/www" is relative to the root module, as in Terraform
    const files = t.modules.find((m) => m.address === 'module.website_s3_bucket.module.template_files')!;
    expect(files.remote).toBe(true);
    expect(files.inputs!.base_dir).toBe('modules/aws-s3-static-website/www');
    const policy = res(t, 'module.website_s3_bucket.aws_s3_bucket_policy.web');
    expect(policy.documents!.policy).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'PublicReadGetObject', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: [UNKNOWN, UNKNOWN] }],
    });
    expect(policy.pos).toEqual({ file: 'modules/aws-s3-static-website/main.tf', line: 28 });
  });

  it('lets the checks see the public ACL and the public bucket policy', async () => {
    const t = await loadTerraform(root);
    const ids = scanTerraform(t).findings.map((f) => `${f.ruleId} ${f.resource}`);
    expect(ids).toContain('aws-s3-no-public-read-acl module.website_s3_bucket.aws_s3_bucket_acl.web');
    expect(ids).toContain('aws-s3-policy-no-public-principal module.website_s3_bucket.aws_s3_bucket_policy.web');
  });
});

describe('hashicorp/learn-terraform-provision-eks-cluster (registry modules, not fetched)', () => {
  const root = join(REAL, 'learn-terraform-provision-eks-cluster');
  let t: LoadedTerraform;
  beforeAll(async () => {
    t = await loadAndConsume(root);
  });

  it('records the remote modules with their evaluated inputs and keeps local resources', () => {
    expect(t.resources.map((r) => r.address).sort()).toEqual([
      'aws_security_group.node_group_one',
      'aws_security_group.node_group_two',
      'data.aws_availability_zones.available',
      'random_string.suffix',
    ]);
    const eks = t.modules.find((m) => m.address === 'module.eks')!;
    expect(eks.remote).toBe(true);
    expect(eks.source).toBe('terraform-aws-modules/eks/aws');
    const groups = eks.inputs!.eks_managed_node_groups as Record<string, Record<string, unknown>>;
    expect(groups.one.instance_types).toEqual(['t3.small']);
    expect(groups.two.desired_size).toBe(1);
    // <<-EOT strips the common indentation
    expect(groups.one.pre_bootstrap_user_data).toBe("echo 'foo bar'\n");
    expect(groups.one.vpc_security_group_ids).toEqual([UNKNOWN]);
    const vpc = t.modules.find((m) => m.address === 'module.vpc')!;
    expect(vpc.inputs!.private_subnets).toEqual(['10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24']);
    expect(t.outputs.region.value).toBe('eu-west-1');
    expect(t.outputs.cluster_id.value).toBe(UNKNOWN);
    expect(res(t, 'aws_security_group.node_group_two').pos).toEqual({ file: 'security-groups.tf', line: 16 });
  });
});
