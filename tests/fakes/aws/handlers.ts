// Default answers over the fake account, per `service:Operation` (SDK client name). Attributes are
// stored in the wire shape of the describe call; handlers add ids and tags and filter. Add an
// operation here (or per test with `fake.on`) when a feature needs it.
import type { FakeAccount, FakeResource } from './account';
import { xmlList, xmlMap } from './protocols';
import { FakeAwsError, RawBody, type FakeHandler } from './server';

const ec2Tags = (r: FakeResource) => Object.entries(r.tags).map(([key, value]) => ({ key, value }));
const queryTags = (r: FakeResource) => Object.entries(r.tags).map(([Key, Value]) => ({ Key, Value }));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

/** EC2 describe: by ids (`VpcId.1`…) and `Filter.N.Name/Value.N` on tag:K and a few fields. */
function ec2Describe(account: FakeAccount, type: string, params: Record<string, unknown>, idParam: string) {
  const ids = list(params[idParam]);
  const filters = (Array.isArray(params.Filter) ? params.Filter : []) as Array<{ Name: string; Value: unknown }>;
  const found = account.of(type).filter((r) => {
    if (ids.length && !ids.includes(r.id)) return false;
    return filters.every((f) => {
      const values = list(f.Value);
      if (f.Name.startsWith('tag:')) return values.includes(r.tags[f.Name.slice(4)] ?? '\u0000');
      const camel = f.Name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      return values.includes(String(r.attrs[camel] ?? ''));
    });
  });
  if (ids.length && found.length < ids.length) {
    const code =
      {
        'ec2:vpc': 'InvalidVpcID.NotFound',
        'ec2:subnet': 'InvalidSubnetID.NotFound',
        'ec2:security-group': 'InvalidGroup.NotFound',
        'ec2:instance': 'InvalidInstanceID.NotFound',
      }[type] ?? 'InvalidID.NotFound';
    throw new FakeAwsError(code, `The ${type} ID '${ids.find((i) => !found.some((r) => r.id === i))}' does not exist`);
  }
  return found;
}

function need<T>(value: T | undefined, code: string, message: string, status = 400): T {
  if (value === undefined) throw new FakeAwsError(code, message, status);
  return value;
}

export const DEFAULT_HANDLERS: Record<string, FakeHandler> = {
  // Resource Groups Tagging API (JSON 1.1): tag filters, resource type filters, pagination.
  'resource-groups-tagging-api:GetResources': (p, { account }) => {
    const tagFilters = (p.TagFilters ?? []) as Array<{ Key: string; Values?: string[] }>;
    const typeFilters = (p.ResourceTypeFilters ?? []) as string[];
    const all = account.resources.filter(
      (r) =>
        tagFilters.every((f) => f.Key in r.tags && (!f.Values?.length || f.Values.includes(r.tags[f.Key]))) &&
        (!typeFilters.length || typeFilters.some((t) => r.type === t || r.type.startsWith(`${t}:`) || r.type.split(':')[0] === t)),
    );
    const size = Number(p.ResourcesPerPage ?? 2);
    const start = Number(p.PaginationToken || 0);
    const page = all.slice(start, start + size);
    return {
      ResourceTagMappingList: page.map((r) => ({
        ResourceARN: r.arn,
        Tags: Object.entries(r.tags).map(([Key, Value]) => ({ Key, Value })),
      })),
      PaginationToken: start + size < all.length ? String(start + size) : '',
    };
  },

  'sts:GetCallerIdentity': (_p, { account }) => ({
    Account: account.accountId,
    Arn: `arn:aws:iam::${account.accountId}:user/fake`,
    UserId: 'AIDAFAKE',
  }),

  // EC2 (EC2 query): lists as <item>, tags as tagSet.
  'ec2:DescribeVpcs': (p, { account }) => ({
    vpcSet: ec2Describe(account, 'ec2:vpc', p, 'VpcId').map((r) => ({ ...r.attrs, vpcId: r.id, tagSet: ec2Tags(r) })),
  }),
  'ec2:DescribeSubnets': (p, { account }) => ({
    subnetSet: ec2Describe(account, 'ec2:subnet', p, 'SubnetId').map((r) => ({ ...r.attrs, subnetId: r.id, tagSet: ec2Tags(r) })),
  }),
  'ec2:DescribeSecurityGroups': (p, { account }) => ({
    securityGroupInfo: ec2Describe(account, 'ec2:security-group', p, 'GroupId').map((r) => ({
      ...r.attrs,
      groupId: r.id,
      tagSet: ec2Tags(r),
    })),
  }),
  'ec2:DescribeInstances': (p, { account }) => ({
    reservationSet: ec2Describe(account, 'ec2:instance', p, 'InstanceId').map((r) => ({
      reservationId: `r-${r.id}`,
      instancesSet: [{ ...r.attrs, instanceId: r.id, tagSet: ec2Tags(r) }],
    })),
  }),

  // ECS (JSON 1.1).
  'ecs:DescribeServices': (p, { account }) => {
    const cluster = String(p.cluster ?? 'default')
      .split('/')
      .pop();
    const services = list(p.services).map((s) => account.find('ecs:service', `${cluster}/${s.split('/').pop()}`));
    return {
      services: services.filter(Boolean).map((r) => ({
        ...r!.attrs,
        serviceArn: r!.arn,
        serviceName: r!.id.split('/').pop(),
        tags: queryTags(r!).map((t) => ({ key: t.Key, value: t.Value })),
      })),
      failures: list(p.services)
        .filter((_, i) => !services[i])
        .map((s) => ({ arn: s, reason: 'MISSING' })),
    };
  },
  'ecs:DescribeTaskDefinition': (p, { account }) => {
    const r = need(account.find('ecs:task-definition', String(p.taskDefinition)), 'ClientException', 'Unable to describe task definition.');
    return { taskDefinition: { ...r.attrs, taskDefinitionArn: r.arn } };
  },

  // RDS / ElastiCache (query, named list members).
  'rds:DescribeDBInstances': (p, { account }) => {
    const id = p.DBInstanceIdentifier as string | undefined;
    const found = account.of('rds:db').filter((r) => !id || r.id === id);
    if (id && !found.length) throw new FakeAwsError('DBInstanceNotFound', `DBInstance ${id} not found.`, 404);
    return {
      DBInstances: xmlList(
        'DBInstance',
        found.map((r) => ({ ...r.attrs, DBInstanceIdentifier: r.id, DBInstanceArn: r.arn, TagList: xmlList('Tag', queryTags(r)) })),
      ),
    };
  },
  'elasticache:DescribeReplicationGroups': (p, { account }) => {
    const id = p.ReplicationGroupId as string | undefined;
    const found = account.of('elasticache:replicationgroup').filter((r) => !id || r.id === id);
    if (id && !found.length) throw new FakeAwsError('ReplicationGroupNotFoundFault', `Replication group ${id} not found.`, 404);
    return {
      ReplicationGroups: xmlList(
        'ReplicationGroup',
        found.map((r) => ({ ...r.attrs, ReplicationGroupId: r.id, ARN: r.arn })),
      ),
    };
  },

  // IAM (query).
  'iam:GetRole': (p, { account }) => {
    const r = need(
      account.find('iam:role', String(p.RoleName)),
      'NoSuchEntity',
      `The role with name ${String(p.RoleName)} cannot be found.`,
      404,
    );
    return {
      Role: {
        Path: '/',
        CreateDate: '2024-01-01T00:00:00Z',
        RoleId: `AROA${r.id.toUpperCase()}`,
        ...r.attrs,
        RoleName: r.id,
        Arn: r.arn,
        Tags: queryTags(r),
      },
    };
  },

  // SNS (query, attribute map).
  'sns:GetTopicAttributes': (p, { account }) => {
    const r = need(account.find('sns:topic', String(p.TopicArn)), 'NotFound', 'Topic does not exist', 404);
    return { Attributes: xmlMap({ TopicArn: r.arn, ...(r.attrs as Record<string, string>) }) };
  },

  // SQS (JSON 1.0).
  'sqs:GetQueueAttributes': (p, { account }) => {
    const name = String(p.QueueUrl).split('/').pop()!;
    const r = need(account.find('sqs:queue', name), 'AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
    return { Attributes: { QueueArn: r.arn, ...(r.attrs as Record<string, string>) } };
  },
  'sqs:GetQueueUrl': (p, { account }) => {
    const r = need(
      account.find('sqs:queue', String(p.QueueName)),
      'AWS.SimpleQueueService.NonExistentQueue',
      'The specified queue does not exist.',
    );
    return { QueueUrl: `https://sqs.${account.region}.amazonaws.com/${account.accountId}/${r.id}` };
  },

  // DynamoDB (JSON 1.0).
  'dynamodb:DescribeTable': (p, { account }) => {
    const r = need(
      account.find('dynamodb:table', String(p.TableName)),
      'ResourceNotFoundException',
      `Requested resource not found: Table: ${String(p.TableName)} not found`,
    );
    return { Table: { ...r.attrs, TableName: r.id, TableArn: r.arn } };
  },

  // Lambda (REST-JSON).
  'lambda:GetFunctionConfiguration': (p, { account }) => {
    const r = need(
      account.find('lambda:function', String(p.FunctionName)),
      'ResourceNotFoundException',
      `Function not found: ${String(p.FunctionName)}`,
      404,
    );
    return { ...r.attrs, FunctionName: r.id, FunctionArn: r.arn };
  },
  'lambda:GetFunction': (p, { account }) => {
    const r = need(
      account.find('lambda:function', String(p.FunctionName)),
      'ResourceNotFoundException',
      `Function not found: ${String(p.FunctionName)}`,
      404,
    );
    return {
      Configuration: { ...r.attrs, FunctionName: r.id, FunctionArn: r.arn },
      Code: {
        RepositoryType: 'S3',
        Location: 'https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/presigned?X-Amz-Signature=abc',
      },
      Tags: r.tags,
    };
  },

  // S3 (REST-XML, path-style).
  's3:HeadBucket': (p, { account }) => {
    need(account.find('s3:bucket', String(p.Bucket)), 'NotFound', 'Not Found', 404);
    return undefined;
  },
  's3:GetBucketVersioning': (p, { account }) => {
    const r = need(account.find('s3:bucket', String(p.Bucket)), 'NoSuchBucket', 'The specified bucket does not exist', 404);
    return { VersioningConfiguration: r.attrs.versioning ? { Status: r.attrs.versioning } : {} };
  },
  's3:GetBucketTagging': (p, { account }) => {
    const r = need(account.find('s3:bucket', String(p.Bucket)), 'NoSuchBucket', 'The specified bucket does not exist', 404);
    if (!Object.keys(r.tags).length) throw new FakeAwsError('NoSuchTagSet', 'The TagSet does not exist', 404);
    return { Tagging: { TagSet: { Tag: queryTags(r) } } };
  },
  // Objects live on the bucket resource: attrs.objects[key] = body.
  's3:GetObject': (p, { account }) => {
    const r = need(account.find('s3:bucket', String(p.Bucket)), 'NoSuchBucket', 'The specified bucket does not exist', 404);
    const body = (r.attrs.objects as Record<string, string> | undefined)?.[String(p.Key)];
    return new RawBody(need(body, 'NoSuchKey', 'The specified key does not exist.', 404));
  },
};
