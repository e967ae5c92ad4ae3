// Per Terraform type: how to find the resource in the cloud (an allow-listed read through the AWS
// layer) and which of its attributes to compare with the state, in Terraform's attribute names.
// `undefined` from read() means the resource is gone. Add a type here to extend the live scan.
import type { AwsReader } from '../aws/client';

type Attrs = Record<string, unknown>;
/** A not-found answer is the resource being gone, not a failure. */
const ABSENT_OK = { allowNotFound: true } as const;

export interface LiveReader {
  tfType: string;
  /** Resource Groups Tagging API type (`service:resource`). */
  arnType: string;
  /** The id Terraform uses (and `import` takes), from the ARN. */
  importId(arn: string, region: string, account: string): string;
  read(aws: AwsReader, state: Attrs): Promise<Attrs | undefined>;
}

const tagsOf = (list: unknown, k = 'Key', v = 'Value'): Record<string, string> =>
  Object.fromEntries(((list as Array<Record<string, string>>) ?? []).map((t) => [t[k], t[v]]));
const afterSlash = (arn: string) => arn.slice(arn.indexOf('/') + 1);
const afterColon = (arn: string) => arn.split(':').slice(6).join(':') || arn.split(':').pop()!;
const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

export const LIVE_READERS: LiveReader[] = [
  {
    tfType: 'aws_vpc',
    arnType: 'ec2:vpc',
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call<{ Vpcs?: Attrs[] }>({ service: 'ec2', operation: 'DescribeVpcs', params: { VpcIds: [s.id] } }, ABSENT_OK);
      const v = out?.Vpcs?.[0];
      return v && { cidr_block: v.CidrBlock, instance_tenancy: v.InstanceTenancy, tags: tagsOf(v.Tags) };
    },
  },
  {
    tfType: 'aws_subnet',
    arnType: 'ec2:subnet',
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call<{ Subnets?: Attrs[] }>(
        { service: 'ec2', operation: 'DescribeSubnets', params: { SubnetIds: [s.id] } },
        ABSENT_OK,
      );
      const v = out?.Subnets?.[0];
      return (
        v && {
          cidr_block: v.CidrBlock,
          availability_zone: v.AvailabilityZone,
          vpc_id: v.VpcId,
          map_public_ip_on_launch: v.MapPublicIpOnLaunch,
          tags: tagsOf(v.Tags),
        }
      );
    },
  },
  {
    tfType: 'aws_security_group',
    arnType: 'ec2:security-group',
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call<{ SecurityGroups?: Attrs[] }>(
        { service: 'ec2', operation: 'DescribeSecurityGroups', params: { GroupIds: [s.id] } },
        ABSENT_OK,
      );
      const v = out?.SecurityGroups?.[0];
      if (!v) return undefined;
      const rules = (perms: unknown) =>
        ((perms as Attrs[]) ?? [])
          .map((p) => ({
            from_port: p.FromPort ?? 0,
            to_port: p.ToPort ?? 0,
            protocol: p.IpProtocol,
            cidr_blocks: ((p.IpRanges as Attrs[]) ?? []).map((r) => r.CidrIp).sort(),
          }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      return {
        name: v.GroupName,
        description: v.Description,
        vpc_id: v.VpcId,
        ingress: rules(v.IpPermissions),
        egress: rules(v.IpPermissionsEgress),
        tags: tagsOf(v.Tags),
      };
    },
  },
  {
    tfType: 'aws_instance',
    arnType: 'ec2:instance',
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call<{ Reservations?: Array<{ Instances?: Attrs[] }> }>(
        { service: 'ec2', operation: 'DescribeInstances', params: { InstanceIds: [s.id] } },
        ABSENT_OK,
      );
      const v = out?.Reservations?.[0]?.Instances?.[0];
      if (!v || (v.State as Attrs | undefined)?.Name === 'terminated') return undefined;
      return {
        ami: v.ImageId,
        instance_type: v.InstanceType,
        subnet_id: v.SubnetId,
        vpc_security_group_ids: ((v.SecurityGroups as Attrs[]) ?? []).map((g) => g.GroupId).sort(),
        tags: tagsOf(v.Tags),
      };
    },
  },
  {
    tfType: 'aws_ecs_service',
    arnType: 'ecs:service',
    importId: (arn) => afterSlash(arn),
    async read(aws, s) {
      const cluster = str(s.cluster) ?? 'default';
      const out = await aws.call<{ services?: Attrs[] }>({
        service: 'ecs',
        operation: 'DescribeServices',
        params: { cluster, services: [s.name ?? s.id] },
      });
      const v = out.services?.[0];
      if (!v || v.status === 'INACTIVE') return undefined;
      return { desired_count: v.desiredCount, task_definition: v.taskDefinition, launch_type: v.launchType };
    },
  },
  {
    tfType: 'aws_db_instance',
    arnType: 'rds:db',
    importId: afterColon,
    async read(aws, s) {
      const out = await aws.call<{ DBInstances?: Attrs[] }>(
        { service: 'rds', operation: 'DescribeDBInstances', params: { DBInstanceIdentifier: s.identifier ?? s.id } },
        ABSENT_OK,
      );
      const v = out?.DBInstances?.[0];
      return (
        v && {
          instance_class: v.DBInstanceClass,
          engine: v.Engine,
          engine_version: v.EngineVersion,
          multi_az: v.MultiAZ,
          publicly_accessible: v.PubliclyAccessible,
          storage_encrypted: v.StorageEncrypted,
          deletion_protection: v.DeletionProtection,
          allocated_storage: v.AllocatedStorage,
        }
      );
    },
  },
  {
    tfType: 'aws_elasticache_replication_group',
    arnType: 'elasticache:replicationgroup',
    importId: afterColon,
    async read(aws, s) {
      const out = await aws.call<{ ReplicationGroups?: Attrs[] }>(
        { service: 'elasticache', operation: 'DescribeReplicationGroups', params: { ReplicationGroupId: s.id } },
        ABSENT_OK,
      );
      const v = out?.ReplicationGroups?.[0];
      return (
        v && {
          node_type: v.CacheNodeType,
          automatic_failover_enabled: v.AutomaticFailover === 'enabled',
          transit_encryption_enabled: v.TransitEncryptionEnabled,
          at_rest_encryption_enabled: v.AtRestEncryptionEnabled,
        }
      );
    },
  },
  {
    tfType: 'aws_s3_bucket',
    arnType: 's3',
    importId: (arn) => arn.split(':::')[1] ?? arn,
    async read(aws, s) {
      const bucket = str(s.bucket) ?? str(s.id)!;
      const exists = await aws.call({ service: 's3', operation: 'HeadBucket', params: { Bucket: bucket } }, ABSENT_OK);
      if (exists === undefined) return undefined;
      const tagging = await aws.call<{ TagSet?: Attrs[] }>(
        { service: 's3', operation: 'GetBucketTagging', params: { Bucket: bucket } },
        ABSENT_OK,
      );
      return { tags: tagsOf(tagging?.TagSet ?? []) };
    },
  },
  {
    tfType: 'aws_iam_role',
    arnType: 'iam:role',
    importId: (arn) => arn.split('/').pop()!,
    async read(aws, s) {
      const out = await aws.call<{ Role?: Attrs }>(
        { service: 'iam', operation: 'GetRole', params: { RoleName: s.name ?? s.id } },
        ABSENT_OK,
      );
      const v = out?.Role;
      if (!v) return undefined;
      const policy =
        typeof v.AssumeRolePolicyDocument === 'string' ? normalizePolicy(decodeURIComponent(v.AssumeRolePolicyDocument)) : undefined;
      return { assume_role_policy: policy, max_session_duration: v.MaxSessionDuration, description: v.Description, tags: tagsOf(v.Tags) };
    },
  },
  {
    tfType: 'aws_lambda_function',
    arnType: 'lambda:function',
    importId: (arn) => arn.split(':')[6] ?? arn,
    async read(aws, s) {
      const v = await aws.call<Attrs>(
        { service: 'lambda', operation: 'GetFunctionConfiguration', params: { FunctionName: s.function_name ?? s.id } },
        ABSENT_OK,
      );
      return v && { runtime: v.Runtime, handler: v.Handler, memory_size: v.MemorySize, timeout: v.Timeout, role: v.Role };
    },
  },
  {
    tfType: 'aws_sqs_queue',
    arnType: 'sqs',
    importId: (arn, region, account) => `https://sqs.${region}.amazonaws.com/${account}/${arn.split(':').pop()}`,
    async read(aws, s) {
      const out = await aws.call<{ Attributes?: Record<string, string> }>(
        { service: 'sqs', operation: 'GetQueueAttributes', params: { QueueUrl: s.url ?? s.id, AttributeNames: ['All'] } },
        ABSENT_OK,
      );
      const a = out?.Attributes;
      return (
        a && {
          visibility_timeout_seconds: num(a.VisibilityTimeout),
          message_retention_seconds: num(a.MessageRetentionPeriod),
          delay_seconds: num(a.DelaySeconds),
          max_message_size: num(a.MaximumMessageSize),
        }
      );
    },
  },
  {
    tfType: 'aws_sns_topic',
    arnType: 'sns',
    importId: (arn) => arn,
    async read(aws, s) {
      const out = await aws.call<{ Attributes?: Record<string, string> }>(
        { service: 'sns', operation: 'GetTopicAttributes', params: { TopicArn: s.arn ?? s.id } },
        ABSENT_OK,
      );
      return out?.Attributes && { display_name: out.Attributes.DisplayName ?? '' };
    },
  },
  {
    tfType: 'aws_dynamodb_table',
    arnType: 'dynamodb:table',
    importId: (arn) => arn.split('/').pop()!,
    async read(aws, s) {
      const out = await aws.call<{ Table?: Attrs }>(
        { service: 'dynamodb', operation: 'DescribeTable', params: { TableName: s.name ?? s.id } },
        ABSENT_OK,
      );
      const t = out?.Table;
      if (!t) return undefined;
      const billing = (t.BillingModeSummary as Attrs | undefined)?.BillingMode ?? 'PROVISIONED';
      const throughput = (t.ProvisionedThroughput as Attrs | undefined) ?? {};
      return {
        billing_mode: billing,
        ...(billing === 'PROVISIONED'
          ? { read_capacity: throughput.ReadCapacityUnits, write_capacity: throughput.WriteCapacityUnits }
          : {}),
      };
    },
  },
];

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

export function normalizePolicy(doc: unknown): string | undefined {
  try {
    const parsed: unknown = typeof doc === 'string' ? JSON.parse(doc) : doc;
    return JSON.stringify(sortKeys(parsed));
  } catch {
    return typeof doc === 'string' ? doc : undefined;
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Attrs)[k])]),
    );
  return v;
}

/** ARN → the reader of its type (`arn:aws:ec2:r:a:vpc/vpc-1` → aws_vpc). */
export function readerForArn(arn: string): LiveReader | undefined {
  const [, , service, , , ...rest] = arn.split(':');
  const resource = rest.join(':');
  const kind = /^([a-z-]+)[/:]/.exec(resource)?.[1];
  return LIVE_READERS.find(
    (r) => r.arnType === (kind && service !== 's3' && service !== 'sqs' && service !== 'sns' ? `${service}:${kind}` : service),
  );
}
