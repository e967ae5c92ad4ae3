// Inspect/incident scenarios over the fake AWS: each plants one realistic failure (messages as
// AWS writes them) and names the cause rule that must explain it, the question a person would ask,
// and what a scripted model would call. Shared by the inspect, incident and serve tests.
import type { FakeAccount } from '../fakes/aws/account';
import type { FakeToolCall } from '../llm/fake-support';

export const PLANTED_TASK_SECRET = 'planted-taskdef-secret-Q7w9zT';
export const PLANTED_LAMBDA_SECRET = 'planted-lambda-secret-K3v8pX';

const NOW = Date.now();
const ACCOUNT = '123456789012';
const tgArn = (name: string) => `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/${name}/6d0ecf831eec9f09`;

export interface Scenario {
  name: string;
  question: string;
  /** Alert labels an Alertmanager rule would carry for the same failure. */
  alertLabels: Record<string, string>;
  setup(account: FakeAccount): void;
  rule: string;
  /** Words the root cause must mention. */
  mentions: RegExp;
  /** The scripted model's calls before it finishes; the finish cites discoveries of `evidenceKinds`. */
  modelCalls: FakeToolCall[][];
  evidenceKinds: string[];
  modelAnswer: string;
}

const call = (service: string, operation: string, params: Record<string, unknown>): FakeToolCall => ({
  name: 'aws_call',
  args: { service, operation, params },
});

function ecsService(
  account: FakeAccount,
  cluster: string,
  service: string,
  opts: { td: string; tg?: string; events?: string[]; running?: number },
) {
  account.add({
    type: 'ecs:service',
    id: `${cluster}/${service}`,
    arn: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/${cluster}/${service}`,
    attrs: {
      status: 'ACTIVE',
      desiredCount: 3,
      runningCount: opts.running ?? 1,
      pendingCount: 2,
      taskDefinition: opts.td,
      loadBalancers: opts.tg ? [{ targetGroupArn: opts.tg, containerName: 'app', containerPort: 8080 }] : [],
      events: (opts.events ?? []).map((message, i) => ({ id: `e${i}`, createdAt: (NOW - i * 60_000) / 1000, message })),
      deployments: [{ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', taskDefinition: opts.td }],
    },
  });
}

function taskDefinition(account: FakeAccount, family: string, revision: number, image: string, memory: number) {
  const arn = `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/${family}:${revision}`;
  account.add({
    type: 'ecs:task-definition',
    id: `${family}:${revision}`,
    arn,
    attrs: {
      family,
      revision,
      memory: String(memory),
      cpu: '256',
      containerDefinitions: [
        {
          name: 'app',
          image,
          memory,
          essential: true,
          environment: [
            { name: 'NODE_ENV', value: 'production' },
            { name: 'DATABASE_PASSWORD', value: PLANTED_TASK_SECRET },
          ],
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'awslogs-group': `/ecs/${family}`, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'app' },
          },
        },
      ],
    },
  });
  return arn;
}

function stoppedTask(account: FakeAccount, cluster: string, service: string, id: string, attrs: Record<string, unknown>) {
  account.add({
    type: 'ecs:task',
    id,
    arn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task/${cluster}/${id}`,
    attrs: {
      clusterName: cluster,
      group: `service:${service}`,
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stoppedAt: (NOW - 120_000) / 1000,
      ...attrs,
    },
  });
}

function logGroup(account: FakeAccount, name: string, lines: string[]) {
  account.add({
    type: 'logs:log-group',
    id: name,
    attrs: { events: lines.map((message, i) => ({ timestamp: NOW - (lines.length - i) * 1000, message })) },
  });
}

function metric(account: FakeAccount, ns: string, name: string, dims: string, values: number[]) {
  account.add({ type: 'cloudwatch:metric', id: `${ns}/${name}/${dims}`, attrs: { values } });
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'ECS service crash-looping, killed for memory',
    question: 'Why are the orders tasks restarting?',
    alertLabels: { alertname: 'EcsServiceTaskRestarts', severity: 'critical', cluster: 'prod', service: 'orders' },
    setup(a) {
      const td = taskDefinition(a, 'orders', 42, `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/orders:v1.8.0`, 512);
      ecsService(a, 'prod', 'orders', { td, events: ['(service orders) has started 2 tasks: (task 7c1e) (task 9a2b).'] });
      for (const id of ['7c1e0f3b9d2a4e6f8a1b2c3d4e5f6a7b', '9a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d'])
        stoppedTask(a, 'prod', 'orders', id, {
          stopCode: 'EssentialContainerExited',
          stoppedReason: 'Essential container in task exited',
          containers: [
            { name: 'app', lastStatus: 'STOPPED', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' },
          ],
        });
      logGroup(a, '/ecs/orders', [
        'Listening on :8080',
        'cache warmed: 812345 entries',
        '<--- Last few GCs --->',
        'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ]);
    },
    rule: 'ecs-oom-killed',
    mentions: /memory/i,
    modelCalls: [
      [
        call('ecs', 'DescribeServices', { cluster: 'prod', services: ['orders'] }),
        call('ecs', 'ListTasks', { cluster: 'prod', serviceName: 'orders', desiredStatus: 'STOPPED' }),
      ],
      [
        call('ecs', 'DescribeTasks', { cluster: 'prod', tasks: ['7c1e0f3b9d2a4e6f8a1b2c3d4e5f6a7b', '9a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d'] }),
        call('ecs', 'DescribeTaskDefinition', { taskDefinition: 'orders:42' }),
      ],
    ],
    evidenceKinds: ['ecs.container-exit'],
    modelAnswer: 'The orders containers are OOM-killed (exit 137, OutOfMemoryError) with a 512 MiB limit.',
  },
  {
    name: 'ECS image tag that does not exist',
    question: 'Why does service payments in cluster prod have no running tasks?',
    alertLabels: { alertname: 'EcsServiceBelowDesired', severity: 'critical', ecs_cluster: 'prod', ecs_service: 'payments' },
    setup(a) {
      const td = taskDefinition(a, 'payments', 7, `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/payments:v2.3.1`, 1024);
      ecsService(a, 'prod', 'payments', { td, running: 0 });
      stoppedTask(a, 'prod', 'payments', '1f2e3d4c5b6a79881f2e3d4c5b6a7988', {
        stopCode: 'TaskFailedToStart',
        stoppedReason: `CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref ${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/payments:v2.3.1: ${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/payments:v2.3.1: not found`,
        containers: [{ name: 'app', lastStatus: 'STOPPED' }],
      });
      logGroup(a, '/ecs/payments', []);
    },
    rule: 'ecs-image-pull-failed',
    mentions: /pull/i,
    modelCalls: [
      [call('ecs', 'ListTasks', { cluster: 'prod', serviceName: 'payments', desiredStatus: 'STOPPED' })],
      [call('ecs', 'DescribeTasks', { cluster: 'prod', tasks: ['1f2e3d4c5b6a79881f2e3d4c5b6a7988'] })],
    ],
    evidenceKinds: ['ecs.task-stopped'],
    modelAnswer: 'The image tag payments:v2.3.1 cannot be pulled (CannotPullContainerError: not found).',
  },
  {
    name: 'Unhealthy targets from a wrong health-check path',
    question: 'Why is service web in cluster prod flapping behind the load balancer?',
    alertLabels: { alertname: 'AlbUnhealthyHosts', severity: 'warning', cluster: 'prod', service: 'web' },
    setup(a) {
      const td = taskDefinition(a, 'web', 12, `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/web:2024.11.3`, 1024);
      const tg = tgArn('web-tg');
      ecsService(a, 'prod', 'web', {
        td,
        tg,
        events: [
          `(service web) (port 8080) is unhealthy in target-group web-tg due to (reason Health checks failed with these codes: [404]).`,
        ],
      });
      stoppedTask(a, 'prod', 'web', '5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d', {
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Task failed ELB health checks in (target-group ${tg})`,
        containers: [{ name: 'app', lastStatus: 'STOPPED', exitCode: 143 }],
      });
      a.add({
        type: 'elbv2:targetgroup',
        id: 'web-tg',
        arn: tg,
        attrs: {
          Protocol: 'HTTP',
          Port: 8080,
          HealthCheckProtocol: 'HTTP',
          HealthCheckPort: 'traffic-port',
          HealthCheckPath: '/healthz',
          Matcher: { HttpCode: '200' },
          TargetType: 'ip',
          targets: [
            {
              Target: { Id: '10.0.1.23', Port: 8080 },
              HealthCheckPort: '8080',
              TargetHealth: {
                State: 'unhealthy',
                Reason: 'Target.ResponseCodeMismatch',
                Description: 'Health checks failed with these codes: [404]',
              },
            },
            {
              Target: { Id: '10.0.2.41', Port: 8080 },
              HealthCheckPort: '8080',
              TargetHealth: {
                State: 'unhealthy',
                Reason: 'Target.ResponseCodeMismatch',
                Description: 'Health checks failed with these codes: [404]',
              },
            },
          ],
        },
      });
      logGroup(a, '/ecs/web', ['GET /healthz 404 1ms', 'GET /health 200 2ms']);
    },
    rule: 'ecs-failing-health-checks',
    mentions: /health/i,
    modelCalls: [
      [call('ecs', 'DescribeServices', { cluster: 'prod', services: ['web'] })],
      [
        call('elastic-load-balancing-v2', 'DescribeTargetHealth', { TargetGroupArn: tgArn('web-tg') }),
        call('elastic-load-balancing-v2', 'DescribeTargetGroups', { TargetGroupArns: [tgArn('web-tg')] }),
      ],
    ],
    evidenceKinds: ['elb.target-health', 'elb.target-group'],
    modelAnswer: 'The target group checks /healthz, which the app answers with 404 (it serves /health).',
  },
  {
    name: 'RDS storage full',
    question: 'Why are writes to database orders-db failing?',
    alertLabels: { alertname: 'RdsFreeStorageLow', severity: 'critical', dbinstance_identifier: 'orders-db' },
    setup(a) {
      a.add({
        type: 'rds:db',
        id: 'orders-db',
        attrs: {
          DBInstanceStatus: 'storage-full',
          Engine: 'postgres',
          EngineVersion: '16.4',
          DBInstanceClass: 'db.t4g.medium',
          AllocatedStorage: 20,
          MasterUsername: 'app',
          events: [
            {
              Message:
                'The free storage capacity for DB Instance orders-db is low at 2% of the provisioned storage [Provisioned Storage: 20.00 GB, Free Storage: 0.41 GB].',
              Date: new Date(NOW - 3_600_000).toISOString(),
            },
            { Message: 'DB instance has run out of storage space.', Date: new Date(NOW - 600_000).toISOString() },
          ],
        },
      });
      metric(a, 'AWS/RDS', 'FreeStorageSpace', 'DBInstanceIdentifier=orders-db', [0, 1048576, 441450496]);
      metric(a, 'AWS/RDS', 'CPUUtilization', 'DBInstanceIdentifier=orders-db', [12, 15, 11]);
    },
    rule: 'rds-storage-full',
    mentions: /storage/i,
    modelCalls: [
      [
        call('rds', 'DescribeDBInstances', { DBInstanceIdentifier: 'orders-db' }),
        call('rds', 'DescribeEvents', { SourceIdentifier: 'orders-db', SourceType: 'db-instance', Duration: 1440 }),
      ],
    ],
    evidenceKinds: ['rds.instance', 'rds.event'],
    modelAnswer: 'orders-db is in storage-full state: its 20 GiB volume is exhausted.',
  },
  {
    name: 'Throttled Lambda',
    question: 'Why does lambda image-resizer return 429 errors?',
    alertLabels: { alertname: 'LambdaThrottles', severity: 'warning', function_name: 'image-resizer' },
    setup(a) {
      a.add({
        type: 'lambda:function',
        id: 'image-resizer',
        attrs: {
          Runtime: 'nodejs20.x',
          MemorySize: 1024,
          Timeout: 30,
          State: 'Active',
          LastUpdateStatus: 'Successful',
          Environment: { Variables: { BUCKET: 'images', SIGNING_KEY: PLANTED_LAMBDA_SECRET } },
          reservedConcurrency: 2,
        },
      });
      metric(a, 'AWS/Lambda', 'Throttles', 'FunctionName=image-resizer', [120, 140, 80]);
      metric(a, 'AWS/Lambda', 'Invocations', 'FunctionName=image-resizer', [300, 310, 280]);
      metric(a, 'AWS/Lambda', 'ConcurrentExecutions', 'FunctionName=image-resizer', [2, 2, 2]);
      metric(a, 'AWS/Lambda', 'Errors', 'FunctionName=image-resizer', [0, 0, 0]);
      logGroup(a, '/aws/lambda/image-resizer', ['START RequestId: 1 Version: $LATEST', 'END RequestId: 1']);
    },
    rule: 'lambda-throttled',
    mentions: /throttl/i,
    modelCalls: [
      [
        call('lambda', 'GetFunctionConfiguration', { FunctionName: 'image-resizer' }),
        call('lambda', 'GetFunctionConcurrency', { FunctionName: 'image-resizer' }),
      ],
      [
        call('cloudwatch', 'GetMetricData', {
          MetricDataQueries: [
            {
              Id: 'throttles',
              MetricStat: {
                Metric: {
                  Namespace: 'AWS/Lambda',
                  MetricName: 'Throttles',
                  Dimensions: [{ Name: 'FunctionName', Value: 'image-resizer' }],
                },
                Period: 300,
                Stat: 'Sum',
              },
            },
          ],
          StartTime: new Date(NOW - 3 * 3_600_000).toISOString(),
          EndTime: new Date(NOW).toISOString(),
        }),
      ],
    ],
    evidenceKinds: ['metric', 'lambda.concurrency'],
    modelAnswer: 'image-resizer is throttled: reserved concurrency 2 while demand is higher.',
  },
  {
    name: 'Security group blocks the app port',
    question: 'Why are the targets of target group api-tg unhealthy?',
    alertLabels: { alertname: 'AlbNoHealthyTargets', severity: 'critical', target_group: 'targetgroup/api-tg/6d0ecf831eec9f09' },
    setup(a) {
      a.add({
        type: 'elbv2:targetgroup',
        id: 'api-tg',
        arn: tgArn('api-tg'),
        attrs: {
          Protocol: 'HTTP',
          Port: 8080,
          HealthCheckProtocol: 'HTTP',
          HealthCheckPath: '/health',
          Matcher: { HttpCode: '200' },
          TargetType: 'instance',
          targets: [
            {
              Target: { Id: 'i-0a1b2c3d4e5f60718', Port: 8080 },
              HealthCheckPort: '8080',
              TargetHealth: { State: 'unhealthy', Reason: 'Target.Timeout', Description: 'Request timed out' },
            },
          ],
        },
      });
      a.add({
        type: 'ec2:instance',
        id: 'i-0a1b2c3d4e5f60718',
        attrs: {
          instanceType: 't3.small',
          instanceState: { code: 16, name: 'running' },
          privateIpAddress: '10.0.1.50',
          groupSet: [{ groupId: 'sg-0app1234567890abc', groupName: 'api' }],
        },
      });
      a.add({
        type: 'ec2:security-group',
        id: 'sg-0app1234567890abc',
        attrs: {
          groupName: 'api',
          groupDescription: 'api instances',
          vpcId: 'vpc-1',
          ipPermissions: [
            { ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: [{ cidrIp: '10.0.0.0/8' }] },
            { ipProtocol: 'tcp', fromPort: 443, toPort: 443, groups: [{ groupId: 'sg-0alb000000000000a' }] },
          ],
        },
      });
    },
    rule: 'sg-blocks-port',
    mentions: /8080/,
    modelCalls: [
      [call('elastic-load-balancing-v2', 'DescribeTargetHealth', { TargetGroupArn: tgArn('api-tg') })],
      [call('ec2', 'DescribeInstances', { InstanceIds: ['i-0a1b2c3d4e5f60718'] })],
      [call('ec2', 'DescribeSecurityGroups', { GroupIds: ['sg-0app1234567890abc'] })],
    ],
    evidenceKinds: ['ec2.port-blocked', 'elb.target-health'],
    modelAnswer: 'Security group sg-0app1234567890abc does not allow TCP 8080, so health checks time out.',
  },
  {
    name: 'EC2 instance failing its system status check',
    question: 'Is something wrong with instance i-0123456789abcdef0?',
    alertLabels: { alertname: 'InstanceDown', severity: 'critical', instance: 'i-0123456789abcdef0:9100', job: 'node' },
    setup(a) {
      a.add({
        type: 'ec2:instance',
        id: 'i-0123456789abcdef0',
        attrs: {
          instanceType: 'm5.large',
          instanceState: { code: 16, name: 'running' },
          groupSet: [{ groupId: 'sg-0node000000000001', groupName: 'node' }],
          status: {
            instanceState: { code: 16, name: 'running' },
            systemStatus: { status: 'impaired', details: [{ name: 'reachability', status: 'failed' }] },
            instanceStatus: { status: 'ok', details: [{ name: 'reachability', status: 'passed' }] },
            eventsSet: [
              {
                code: 'system-maintenance',
                description: 'The instance is running on degraded hardware',
                notBefore: new Date(NOW + 86_400_000).toISOString(),
              },
            ],
          },
        },
      });
      a.add({
        type: 'ec2:security-group',
        id: 'sg-0node000000000001',
        attrs: {
          groupName: 'node',
          groupDescription: 'node',
          ipPermissions: [{ ipProtocol: 'tcp', fromPort: 9100, toPort: 9100, ipRanges: [{ cidrIp: '10.0.0.0/8' }] }],
        },
      });
    },
    rule: 'ec2-status-check-failed',
    mentions: /status check|impaired/i,
    modelCalls: [[call('ec2', 'DescribeInstanceStatus', { InstanceIds: ['i-0123456789abcdef0'], IncludeAllInstances: true })]],
    evidenceKinds: ['ec2.status'],
    modelAnswer: 'The system status check of i-0123456789abcdef0 is impaired: the host hardware is degraded.',
  },
  {
    name: 'Lambda running into its timeout',
    question: 'Why is lambda report-generator failing?',
    alertLabels: { alertname: 'LambdaErrors', severity: 'warning', FunctionName: 'report-generator' },
    setup(a) {
      a.add({
        type: 'lambda:function',
        id: 'report-generator',
        attrs: { Runtime: 'python3.12', MemorySize: 512, Timeout: 30, State: 'Active', LastUpdateStatus: 'Successful' },
      });
      metric(a, 'AWS/Lambda', 'Errors', 'FunctionName=report-generator', [14, 9, 11]);
      metric(a, 'AWS/Lambda', 'Throttles', 'FunctionName=report-generator', [0, 0, 0]);
      logGroup(a, '/aws/lambda/report-generator', [
        'START RequestId: 3f1c Version: $LATEST',
        'querying warehouse for 2024-11 report',
        '2024-11-30T10:00:30.021Z 3f1c Task timed out after 30.03 seconds',
        'END RequestId: 3f1c',
      ]);
    },
    rule: 'lambda-timeout',
    mentions: /timed out|timeout/i,
    modelCalls: [
      [
        call('cloudwatch-logs', 'FilterLogEvents', { logGroupName: '/aws/lambda/report-generator', limit: 50 }),
        call('lambda', 'GetFunctionConfiguration', { FunctionName: 'report-generator' }),
      ],
    ],
    evidenceKinds: ['logs.error-line'],
    modelAnswer: 'report-generator hits its 30 s timeout while querying the warehouse.',
  },
];

/** The discovery ids of these kinds listed in a prompt ("- d3 [ecs.container-exit] …"). */
export function discoveryIdsIn(prompt: string, kinds: string[]): string[] {
  const ids: string[] = [];
  for (const m of prompt.matchAll(/- (d\d+) \[([a-z0-9.-]+)\]/g)) if (kinds.includes(m[2])) ids.push(m[1]);
  return [...new Set(ids)];
}
