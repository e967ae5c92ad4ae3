// The live scan against the fake AWS: a real AWS state (tests/fixtures/drift/aws-project), an
// account that mirrors it, then changes made by hand: modified, missing and unmanaged resources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mirrorTerraformState } from '../fakes/aws/mirror';
import { FakeAws } from '../fakes/aws/server';
import { FIXTURES, runDriftCommand } from './helpers';

const STATE = join(FIXTURES, 'aws-project', 'terraform.tfstate');
type Attrs = Record<string, unknown>;

let fake: FakeAws;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  fake = await FakeAws.start();
  // The SDK's credential chain reads static test credentials from the environment.
  for (const [k, v] of Object.entries(fake.env())) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(async () => {
  await fake.close();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** The account as Terraform left it: every VPC, subnet, SG, instance and bucket of the state. */
function mirrorState() {
  fake.account.resources = [];
  fake.requests.length = 0;
  mirrorTerraformState(fake.account, JSON.parse(readFileSync(STATE, 'utf8')));
}

beforeEach(mirrorState);

const env = () => ({ ...process.env });

describe('drift --live against the fake AWS', () => {
  it('an untouched account has no drift', async () => {
    const { report, exitCode } = await runDriftCommand({ state: STATE, live: true, format: 'json' }, { env: env() });
    expect(report!.driftItems).toEqual([]);
    expect(exitCode).toBe(0);
    expect(report!.awsCalls!.every((c) => c.status === 'ok')).toBe(true);
  });

  it('finds modified, missing and unmanaged resources, ranked by role and dependants', async () => {
    const sg = fake.account.find('ec2:security-group', 'sg-07beb4f66f104854f')!;
    (sg.attrs.ipPermissions as Attrs[])[1] = {
      ipProtocol: 'tcp',
      fromPort: 22,
      toPort: 22,
      ipRanges: [{ cidrIp: '0.0.0.0/0' }, { cidrIp: '203.0.113.0/24' }],
    };
    fake.account.find('ec2:instance', 'i-0d6d5f1216a2a12e3')!.attrs.instanceType = 't3.large';
    fake.account.find('ec2:vpc', 'vpc-00b9c9a2b522b7eaf')!.tags = { Owner: 'someone' };
    fake.account.remove('ec2:subnet', 'subnet-024025a78d5734f7e');
    fake.account.add({ type: 'sqs:queue', id: 'orders-dlq', tags: { ManagedBy: 'inframate' } });
    fake.account.add({ type: 'ec2:vpc', id: 'vpc-0rogue', tags: { ManagedBy: 'inframate' }, attrs: { cidrBlock: '10.9.0.0/16' } });

    const { report, exitCode } = await runDriftCommand(
      { state: STATE, live: true, 'fail-on': 'high', format: 'json' },
      { env: env(), dir: join(FIXTURES, 'aws-project') },
    );
    const byAddress = Object.fromEntries(report!.driftItems.map((i) => [i.address, i]));
    expect(byAddress['aws_subnet.sub2']).toMatchObject({ driftType: 'missing', severity: 'critical', source: 'live' });
    expect(byAddress['aws_subnet.sub2'].dependants).toEqual(
      expect.arrayContaining(['aws_instance.webserver2', 'aws_lb.myalb', 'aws_route_table_association.rta2']),
    );
    expect(byAddress['aws_security_group.webSg']).toMatchObject({ driftType: 'modified', severity: 'high' });
    expect(byAddress['aws_security_group.webSg'].differences).toEqual([
      { path: 'ingress[0].cidr_blocks', expected: ['0.0.0.0/0'], actual: ['0.0.0.0/0', '203.0.113.0/24'] },
    ]);
    expect(byAddress['aws_instance.webserver2']).toMatchObject({
      driftType: 'modified',
      severity: 'medium',
      differences: [{ path: 'instance_type', expected: 't2.micro', actual: 't3.large' }],
    });
    expect(byAddress['aws_vpc.myvpc']).toMatchObject({
      driftType: 'modified',
      severity: 'low',
      differences: [{ path: 'tags.Owner', expected: null, actual: 'someone' }],
    });
    expect(byAddress['aws_sqs_queue.orders-dlq']).toMatchObject({
      driftType: 'unmanaged',
      id: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders-dlq',
    });
    expect(byAddress['aws_vpc.vpc-0rogue']).toMatchObject({ driftType: 'unmanaged', id: 'vpc-0rogue' });
    // A missing subnet outranks a tag change.
    expect(report!.driftItems[0].address).toBe('aws_subnet.sub2');
    expect(exitCode).toBe(1);

    const steps = report!.recoveryPlan.steps;
    expect(steps.map((s) => s.action)).toEqual(['confirm', 'recreate', 'revert', 'revert', 'accept', 'import', 'import']);
    expect(steps.filter((s) => s.action === 'import').map((s) => s.addresses[0])).toEqual([
      'aws_vpc.vpc-0rogue',
      'aws_sqs_queue.orders-dlq',
    ]);
    expect(steps.at(-1)!.patch!.diff).toContain('to = aws_sqs_queue.orders-dlq');
    // Accepting the tag change: a code patch located by the Terraform loader (main.tf, the VPC block).
    const accept = steps.find((s) => s.action === 'accept')!;
    expect(accept.patch).toMatchObject({ file: 'main.tf', line: 2 });
    expect(accept.patch!.diff).toBe(['--- a/main.tf', '+++ b/main.tf', '@@ -2,0 +2,1 @@', '+  tags = { Owner = "someone" }'].join('\n'));
    expect(byAddress['aws_vpc.myvpc'].location).toEqual({ file: 'main.tf', line: 1 });
    // Only allow-listed reads were sent.
    const ops = new Set(fake.requests.map((r) => `${r.service}:${r.operation}`));
    expect([...ops].sort()).toEqual(
      [
        'ec2:DescribeInstances',
        'ec2:DescribeSecurityGroups',
        'ec2:DescribeSubnets',
        'ec2:DescribeVpcs',
        'resource-groups-tagging-api:GetResources',
        's3:GetBucketTagging',
        's3:HeadBucket',
      ].sort(),
    );
  });

  it('retries throttled reads (EC2 RequestLimitExceeded, tagging 429) and still finds the drift', async () => {
    fake.account.find('ec2:instance', 'i-0d6d5f1216a2a12e3')!.attrs.instanceType = 't3.large';
    fake.throttle({ service: 'ec2', operation: 'DescribeInstances', times: 2 });
    fake.throttle({ service: 'resource-groups-tagging-api', times: 1, kind: 429 });
    const { report } = await runDriftCommand({ state: STATE, live: true, format: 'json' }, { env: env() });
    expect(report!.driftItems.map((i) => i.address)).toEqual(['aws_instance.webserver2']);
    expect(report!.errors.errors.filter((e) => e.recovered && e.strategy === 'retry').length).toBeGreaterThanOrEqual(2);
    expect(fake.calls('ec2:DescribeInstances').length).toBe(4);
  });

  it('masks attributes the state marks sensitive (sensitive_attributes) in every format', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const state = JSON.parse(readFileSync(STATE, 'utf8'));
    const inst = state.resources.find((r: { name: string }) => r.name === 'webserver2').instances[0];
    inst.sensitive_attributes = [[{ type: 'get_attr', value: 'instance_type' }]];
    inst.attributes.instance_type = 'x9.secretsize';
    const file = join(mkdtempSync(join(tmpdir(), 'drift-state-')), 'terraform.tfstate');
    writeFileSync(file, JSON.stringify(state));
    fake.account.find('ec2:instance', 'i-0d6d5f1216a2a12e3')!.attrs.instanceType = 'y7.othersecret';
    for (const format of ['markdown', 'json', 'sarif']) {
      const { output, report } = await runDriftCommand({ state: file, live: true, format }, { env: env() });
      expect(report!.driftItems[0].differences).toEqual([
        { path: 'instance_type', expected: '(sensitive)', actual: '(sensitive)', sensitive: true },
      ]);
      expect(output).not.toMatch(/secretsize|othersecret/);
    }
  });

  it('reads the state from an S3 backend through the read-only layer', async () => {
    fake.account.add({ type: 's3:bucket', id: 'tf-state', attrs: { objects: { 'prod/terraform.tfstate': readFileSync(STATE, 'utf8') } } });
    const { report } = await runDriftCommand({ state: 's3://tf-state/prod/terraform.tfstate', live: true, format: 'json' }, { env: env() });
    expect(report!.inputs.state).toBe('s3://tf-state/prod/terraform.tfstate');
    expect(report!.driftItems).toEqual([]);
  });

  it('--live without a state is a usage error', async () => {
    const { exitCode } = await runDriftCommand({ live: true }, { env: env() });
    expect(exitCode).toBe(2);
  });
});
