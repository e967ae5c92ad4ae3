// Rule-based plans (no model): for each resource type, the reads that show what is wrong, in order.
// A step's params come from the target and from values earlier steps found (task ARNs, the log
// group, target group ARNs…); a step with nothing to ask is skipped.
import type { Target } from './targets';
import type { AwsCallRequest } from './types';

export interface PlanContext {
  target: Target;
  vars: Record<string, string[]>;
  now: number;
}

export interface PlanStep {
  id: string;
  service: string;
  operation: string;
  purpose: string;
  params(ctx: PlanContext): Record<string, unknown> | null;
}

const HOUR = 3_600_000;
const first = (ctx: PlanContext, key: string): string | undefined => ctx.vars[key]?.[0];

function metricQuery(id: string, namespace: string, metric: string, dims: Record<string, string>, stat: string) {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: namespace, MetricName: metric, Dimensions: Object.entries(dims).map(([Name, Value]) => ({ Name, Value })) },
      Period: 300,
      Stat: stat,
    },
    ReturnData: true,
  };
}

function metrics(ctx: PlanContext, queries: ReturnType<typeof metricQuery>[]) {
  return { MetricDataQueries: queries, StartTime: new Date(ctx.now - 3 * HOUR), EndTime: new Date(ctx.now), ScanBy: 'TimestampDescending' };
}

const ecs = (ctx: PlanContext) => ctx.target as Extract<Target, { type: 'ecs-service' }>;
const rds = (ctx: PlanContext) => ctx.target as Extract<Target, { type: 'rds-instance' }>;
const fn = (ctx: PlanContext) => ctx.target as Extract<Target, { type: 'lambda-function' }>;
const ec2 = (ctx: PlanContext) => ctx.target as Extract<Target, { type: 'ec2-instance' }>;
const tg = (ctx: PlanContext) => ctx.target as Extract<Target, { type: 'target-group' }>;

const TARGET_HEALTH: PlanStep[] = [
  {
    id: 'target-groups',
    service: 'elastic-load-balancing-v2',
    operation: 'DescribeTargetGroups',
    purpose: 'health check path, port and expected codes',
    params: (c) => (c.vars.targetGroupArn?.length ? { TargetGroupArns: c.vars.targetGroupArn.slice(0, 5) } : null),
  },
  {
    id: 'target-health',
    service: 'elastic-load-balancing-v2',
    operation: 'DescribeTargetHealth',
    purpose: 'target health and the reasons for unhealthy targets',
    params: (c) => (first(c, 'targetGroupArn') ? { TargetGroupArn: first(c, 'targetGroupArn') } : null),
  },
  {
    id: 'target-instances',
    service: 'ec2',
    operation: 'DescribeInstances',
    purpose: 'security groups of the instances behind the load balancer',
    params: (c) => (c.vars.instanceIds?.length ? { InstanceIds: c.vars.instanceIds.slice(0, 20) } : null),
  },
  {
    id: 'target-security-groups',
    service: 'ec2',
    operation: 'DescribeSecurityGroups',
    purpose: 'whether the security groups let the checked port in',
    params: (c) => (c.vars.securityGroupIds?.length ? { GroupIds: [...new Set(c.vars.securityGroupIds)].slice(0, 20) } : null),
  },
];

export const PLANS: Record<Target['type'], readonly PlanStep[]> = {
  'ecs-service': [
    {
      id: 'service',
      service: 'ecs',
      operation: 'DescribeServices',
      purpose: 'service status, counts, recent events',
      params: (c) => ({ cluster: ecs(c).cluster, services: [ecs(c).service] }),
    },
    {
      id: 'stopped-tasks',
      service: 'ecs',
      operation: 'ListTasks',
      purpose: 'recently stopped tasks',
      params: (c) => ({ cluster: ecs(c).cluster, serviceName: ecs(c).service, desiredStatus: 'STOPPED', maxResults: 10 }),
    },
    {
      id: 'stopped-task-details',
      service: 'ecs',
      operation: 'DescribeTasks',
      purpose: 'stop reasons and exit codes',
      params: (c) => (c.vars.taskArns?.length ? { cluster: ecs(c).cluster, tasks: c.vars.taskArns.slice(0, 10) } : null),
    },
    {
      id: 'task-definition',
      service: 'ecs',
      operation: 'DescribeTaskDefinition',
      purpose: 'memory limits, image and log group',
      params: (c) => (first(c, 'taskDefinition') ? { taskDefinition: first(c, 'taskDefinition') } : null),
    },
    {
      id: 'logs',
      service: 'cloudwatch-logs',
      operation: 'FilterLogEvents',
      purpose: 'recent application log lines',
      params: (c) => (first(c, 'logGroup') ? { logGroupName: first(c, 'logGroup'), startTime: c.now - HOUR, limit: 100 } : null),
    },
    ...TARGET_HEALTH,
  ],
  'rds-instance': [
    {
      id: 'instance',
      service: 'rds',
      operation: 'DescribeDBInstances',
      purpose: 'status, storage and class',
      params: (c) => ({ DBInstanceIdentifier: rds(c).id }),
    },
    {
      id: 'events',
      service: 'rds',
      operation: 'DescribeEvents',
      purpose: 'recent RDS events',
      params: (c) => ({ SourceIdentifier: rds(c).id, SourceType: 'db-instance', Duration: 1440 }),
    },
    {
      id: 'metrics',
      service: 'cloudwatch',
      operation: 'GetMetricData',
      purpose: 'free storage, CPU and connections',
      params: (c) =>
        metrics(c, [
          metricQuery('free_storage', 'AWS/RDS', 'FreeStorageSpace', { DBInstanceIdentifier: rds(c).id }, 'Minimum'),
          metricQuery('cpu', 'AWS/RDS', 'CPUUtilization', { DBInstanceIdentifier: rds(c).id }, 'Maximum'),
          metricQuery('connections', 'AWS/RDS', 'DatabaseConnections', { DBInstanceIdentifier: rds(c).id }, 'Maximum'),
        ]),
    },
  ],
  'lambda-function': [
    {
      id: 'configuration',
      service: 'lambda',
      operation: 'GetFunctionConfiguration',
      purpose: 'state, memory, timeout',
      params: (c) => ({ FunctionName: fn(c).name }),
    },
    {
      id: 'concurrency',
      service: 'lambda',
      operation: 'GetFunctionConcurrency',
      purpose: 'reserved concurrency',
      params: (c) => ({ FunctionName: fn(c).name }),
    },
    {
      id: 'metrics',
      service: 'cloudwatch',
      operation: 'GetMetricData',
      purpose: 'throttles, errors, invocations, concurrency',
      params: (c) =>
        metrics(c, [
          metricQuery('throttles', 'AWS/Lambda', 'Throttles', { FunctionName: fn(c).name }, 'Sum'),
          metricQuery('errors', 'AWS/Lambda', 'Errors', { FunctionName: fn(c).name }, 'Sum'),
          metricQuery('invocations', 'AWS/Lambda', 'Invocations', { FunctionName: fn(c).name }, 'Sum'),
          metricQuery('concurrent', 'AWS/Lambda', 'ConcurrentExecutions', { FunctionName: fn(c).name }, 'Maximum'),
        ]),
    },
    {
      id: 'logs',
      service: 'cloudwatch-logs',
      operation: 'FilterLogEvents',
      purpose: 'recent errors and timeouts in the function log',
      params: (c) => ({ logGroupName: first(c, 'lambdaLogGroup') ?? `/aws/lambda/${fn(c).name}`, startTime: c.now - HOUR, limit: 100 }),
    },
  ],
  'ec2-instance': [
    {
      id: 'status',
      service: 'ec2',
      operation: 'DescribeInstanceStatus',
      purpose: 'status checks and scheduled events',
      params: (c) => ({ InstanceIds: [ec2(c).id], IncludeAllInstances: true }),
    },
    {
      id: 'instance',
      service: 'ec2',
      operation: 'DescribeInstances',
      purpose: 'state and security groups',
      params: (c) => ({ InstanceIds: [ec2(c).id] }),
    },
    {
      id: 'security-groups',
      service: 'ec2',
      operation: 'DescribeSecurityGroups',
      purpose: 'inbound rules',
      params: (c) => (c.vars.securityGroupIds?.length ? { GroupIds: [...new Set(c.vars.securityGroupIds)].slice(0, 20) } : null),
    },
  ],
  'target-group': [
    {
      id: 'target-group',
      service: 'elastic-load-balancing-v2',
      operation: 'DescribeTargetGroups',
      purpose: 'health check settings',
      params: (c) => (tg(c).arn ? { TargetGroupArns: [tg(c).arn] } : { Names: [tg(c).name] }),
    },
    ...TARGET_HEALTH.slice(1),
  ],
};

/** Reads that find the resources a question names when it gives no id. */
export const DISCOVERY_STEPS: readonly (AwsCallRequest & { purpose: string })[] = [
  { service: 'ecs', operation: 'ListClusters', params: {}, purpose: 'find ECS clusters' },
  { service: 'lambda', operation: 'ListFunctions', params: { MaxItems: 50 }, purpose: 'find Lambda functions' },
  { service: 'rds', operation: 'DescribeDBInstances', params: { MaxRecords: 50 }, purpose: 'find RDS instances' },
  { service: 'elastic-load-balancing-v2', operation: 'DescribeTargetGroups', params: { PageSize: 50 }, purpose: 'find target groups' },
];
