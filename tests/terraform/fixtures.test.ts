// Realistic modules under tests/fixtures/terraform, loaded from disk with their exact expected values, and a
// parse of every .tf / .tf.json anywhere under tests/fixtures (other areas' fixtures included): zero failures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTerraform, parseTerraformFile } from '../../src/terraform/load';
import { UNKNOWN, type LoadedTerraform, type TfResource } from '../../src/terraform/model';

const FIXTURES = join(__dirname, '../fixtures');
const res = (t: LoadedTerraform, address: string): TfResource => {
  const r = t.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${t.resources.map((x) => x.address).join(', ')}`);
  return r;
};

/** Fixture directories meant to be broken (error-path tests) say so in their name. */
const BROKEN_BY_NAME = /(^|\/)(invalid|malformed|broken|bad-syntax)[^/]*(\/|$)/;
/** Labelled scanner cases whose upstream Terraform is invalid say so in expected.json (`invalidTerraform`). */
const LABELLED = join(FIXTURES, 'checkov-labelled');
const brokenCases = readdirSync(LABELLED).filter((d) => {
  const expected = join(LABELLED, d, 'expected.json');
  return existsSync(expected) && 'invalidTerraform' in (JSON.parse(readFileSync(expected, 'utf8')) as object);
});
const INTENTIONALLY_BROKEN = {
  test: (file: string) => {
    const f = file.split('\\').join('/');
    return BROKEN_BY_NAME.test(f) || brokenCases.some((d) => f.startsWith(`checkov-labelled/${d}/`));
  },
};

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!name.startsWith('.') && name !== 'node_modules') out.push(...walk(p));
    } else if (/\.tf(\.json)?$/.test(name)) out.push(p);
  }
  return out;
}

describe('every Terraform file in the test fixtures', () => {
  const files = walk(FIXTURES).filter((f) => !INTENTIONALLY_BROKEN.test(relative(FIXTURES, f)));

  it('parses without a single failure', async () => {
    expect(files.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const f of files) {
      const r = await parseTerraformFile(relative(FIXTURES, f), readFileSync(f, 'utf8'));
      if (r.error) failures.push(`${r.error.file}:${r.error.line}: ${r.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('the whole fixture tree, evaluated', () => {
  let tree: LoadedTerraform;
  beforeAll(async () => {
    tree = await loadTerraform(FIXTURES);
  }, 60_000);

  it('loads every root and module with no error and no expression it cannot evaluate', () => {
    const problems = [...tree.errors, ...(tree.warnings ?? [])].filter((e) => !INTENTIONALLY_BROKEN.test(e.file));
    expect(problems).toEqual([]);
    expect(tree.resources.length).toBeGreaterThan(50);
  });

  it('locates every block header and top-level argument on the right source line', () => {
    const cache = new Map<string, string[]>();
    const lineAt = (file: string, line: number): string => {
      if (!cache.has(file)) cache.set(file, readFileSync(join(FIXTURES, file), 'utf8').split('\n'));
      return cache.get(file)![line - 1] ?? '';
    };
    const wrong: string[] = [];
    for (const r of tree.resources) {
      const header = lineAt(r.pos.file, r.pos.line);
      const ok = r.pos.file.endsWith('.json') ? header.includes(`"${r.name}"`) : header.includes(r.type) && header.includes(r.name);
      if (!ok) wrong.push(`${r.address} ${r.pos.file}:${r.pos.line}`);
      for (const [k, p] of Object.entries(r.attributePos ?? {})) {
        if (!k.includes('.') && !k.includes('[') && !lineAt(p.file, p.line).includes(k))
          wrong.push(`${r.address}.${k} ${p.file}:${p.line}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('fixture: s3-platform (tfvars, for_each module, optional object attributes)', async () => {
  const t = await loadTerraform(join(FIXTURES, 'terraform/s3-platform'));

  it('loads without errors or unevaluable expressions', () => {
    expect(t.errors).toEqual([]);
    expect(t.warnings).toEqual([]);
    expect(t.files).toEqual(['main.tf', 'modules/bucket/main.tf', 'outputs.tf', 'variables.tf']);
  });

  it('applies terraform.tfvars and derives locals from it', () => {
    expect(t.variables.environment?.value).toBe('prod');
    expect(t.locals?.is_prod?.value).toBe(true);
    expect(res(t, 'aws_kms_key.data[0]').attributes).toEqual({
      description: 'Key for acme-prod buckets',
      enable_key_rotation: true,
      deletion_window_in_days: 30,
    });
  });

  it('instantiates the module once per for_each key with evaluated inputs', () => {
    expect(t.modules.filter((m) => m.name === 'bucket').map((m) => m.address)).toEqual([
      'module.bucket["assets"]',
      'module.bucket["logs"]',
    ]);
    expect(res(t, 'module.bucket["logs"].aws_s3_bucket.this').attributes.bucket).toBe('acme-prod-logs');
    // versioned: null → coalesce(null, is_prod) for logs; explicitly false for assets
    expect(res(t, 'module.bucket["logs"].aws_s3_bucket_versioning.this').attributes.versioning_configuration).toEqual([
      { status: 'Enabled' },
    ]);
    expect(res(t, 'module.bucket["assets"].aws_s3_bucket_versioning.this').attributes.versioning_configuration).toEqual([
      { status: 'Suspended' },
    ]);
  });

  it('expands count inside modules from inputs, and drops count = 0', () => {
    expect(res(t, 'module.bucket["logs"].aws_s3_bucket_lifecycle_configuration.this[0]').attributes.rule).toEqual([
      { id: 'archive', status: 'Enabled', filter: [{}], transition: [{ days: 30, storage_class: 'GLACIER' }] },
    ]);
    expect(t.resources.some((r) => r.address.startsWith('module.bucket["assets"].aws_s3_bucket_lifecycle_configuration'))).toBe(false);
  });

  it('keeps values that depend on computed attributes UNKNOWN', () => {
    const sse = res(t, 'module.bucket["logs"].aws_s3_bucket_server_side_encryption_configuration.this');
    expect(sse.attributes.rule).toEqual([
      { apply_server_side_encryption_by_default: [{ sse_algorithm: UNKNOWN, kms_master_key_id: UNKNOWN }], bucket_key_enabled: UNKNOWN },
    ]);
    expect(sse.references).toEqual(['aws_kms_key.data', 'module.bucket["logs"].aws_s3_bucket.this']);
  });

  it('reads module outputs that are literal arguments, through jsonencode', () => {
    const policy = res(t, 'aws_s3_bucket_policy.logs');
    expect(JSON.parse(policy.attributes.policy as string).Statement[0].Resource).toEqual(['arn:aws:s3:::acme-prod-logs/*']);
    expect(policy.references).toEqual(['module.bucket["assets"].aws_s3_bucket.this', 'module.bucket["logs"].aws_s3_bucket.this']);
    expect(t.outputs.bucket_names?.value).toEqual({ assets: 'acme-prod-assets', logs: 'acme-prod-logs' });
  });

  it('evaluates provider configuration', () => {
    expect(t.providers).toEqual([
      expect.objectContaining({
        name: 'aws',
        attributes: {
          region: 'eu-west-1',
          default_tags: [{ tags: { CostCenter: '1234', Project: 'acme', Environment: 'prod', ManagedBy: 'terraform' } }],
        },
      }),
    ]);
  });

  it('positions resources inside modules in the module file', () => {
    expect(res(t, 'module.bucket["logs"].aws_s3_bucket_public_access_block.this').pos).toEqual({
      file: 'modules/bucket/main.tf',
      line: 52,
    });
  });
});

describe('fixture: network (cidrsubnet, count, dynamic blocks, heredocs, template directives)', async () => {
  const t = await loadTerraform(join(FIXTURES, 'terraform/network'));

  it('loads without errors or unevaluable expressions', () => {
    expect(t.errors).toEqual([]);
    expect(t.warnings).toEqual([]);
  });

  it('computes subnet layouts', () => {
    expect(
      t.resources.filter((r) => r.type === 'aws_subnet').map((r) => [r.address, r.attributes.cidr_block, r.attributes.availability_zone]),
    ).toEqual([
      ['aws_subnet.private[0]', '10.20.10.0/24', 'eu-west-1a'],
      ['aws_subnet.private[1]', '10.20.11.0/24', 'eu-west-1b'],
      ['aws_subnet.private[2]', '10.20.12.0/24', 'eu-west-1c'],
      ['aws_subnet.public[0]', '10.20.0.0/24', 'eu-west-1a'],
      ['aws_subnet.public[1]', '10.20.1.0/24', 'eu-west-1b'],
      ['aws_subnet.public[2]', '10.20.2.0/24', 'eu-west-1c'],
    ]);
    expect(res(t, 'aws_subnet.public[1]').attributes.tags).toEqual({ Name: 'public-1b', Tier: 'public' });
    expect(t.locals?.reserved_hosts?.value).toMatchObject({ '10.20.11.0/24': ['10.20.11.1', '10.20.11.2', '10.20.11.3'] });
  });

  it('expands dynamic ingress from a map of optional-attribute objects and skips the empty one', () => {
    expect(res(t, 'aws_security_group.web').attributes.ingress).toEqual([
      { description: 'Allow http', from_port: 80, to_port: 80, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
      { description: 'Allow https', from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
    ]);
    expect(t.resources.some((r) => r.type === 'aws_instance')).toBe(false);
    expect(t.resources.filter((r) => r.type === 'aws_nat_gateway')).toHaveLength(1);
  });

  it('renders heredocs, strip markers and template directives like Terraform', () => {
    const role = res(t, 'aws_iam_role.flow');
    expect(JSON.parse(role.attributes.assume_role_policy as string).Statement[0].Principal).toEqual({
      Service: 'vpc-flow-logs.amazonaws.com',
    });
    const userData = Buffer.from(res(t, 'aws_launch_template.web').attributes.user_data as string, 'base64').toString('utf8');
    expect(userData).toBe(
      '#!/bin/bash\necho "eu-west-1a" >> /etc/azs\necho "eu-west-1b" >> /etc/azs\necho "eu-west-1c" >> /etc/azs\nsystemctl start nginx\n',
    );
  });

  it('reads a literal tag of another resource and records the graph edges', () => {
    expect(res(t, 'aws_cloudwatch_log_group.flow').attributes.name).toBe('/vpc/main/flow');
    expect(res(t, 'aws_flow_log.main').references).toEqual(['aws_cloudwatch_log_group.flow', 'aws_iam_role.flow', 'aws_vpc.main']);
    expect(res(t, 'aws_security_group.db').references).toEqual(['aws_security_group.web', 'aws_vpc.main']);
    expect(t.outputs.private_cidrs?.value).toEqual(['10.20.10.0/24', '10.20.11.0/24', '10.20.12.0/24']);
  });

  it('positions a dynamic block and its content arguments', () => {
    const web = res(t, 'aws_security_group.web');
    expect(web.attributePos?.ingress).toEqual({ file: 'main.tf', line: 114 });
    expect(web.attributePos?.['ingress.cidr_blocks']).toEqual({ file: 'main.tf', line: 121 });
    expect(t.comments[0]).toEqual({
      file: 'main.tf',
      line: 1,
      text: '/*\n * A VPC spread over availability zones, with web and database tiers.\n */',
    });
  });
});

describe('fixture: json-app (.tf.json)', async () => {
  const t = await loadTerraform(join(FIXTURES, 'terraform/json-app'));

  it('evaluates Terraform JSON syntax, escapes included', () => {
    expect(t.errors).toEqual([]);
    expect(res(t, 'aws_lambda_function.api').attributes).toMatchObject({
      function_name: 'api-handler',
      memory_size: 1024,
      role: UNKNOWN,
      environment: [{ variables: { STAGE: 'prod', LITERAL: '${not_interpolated}' } }],
    });
    expect(res(t, 'aws_iam_role.api').attributes.assume_role_policy).toBe('{"Version":"2012-10-17","Statement":[]}');
    expect(res(t, 'aws_lambda_function.api').pos).toEqual({ file: 'main.tf.json', line: 12 });
    expect(res(t, 'aws_lambda_function.api').attributePos?.runtime).toEqual({ file: 'main.tf.json', line: 16 });
    expect(res(t, 'aws_lambda_function.api').attributes['//']).toBeUndefined();
  });
});
