// Handlers the inspect/incident scenarios need beyond the defaults, over the same fake account:
// ECS tasks and listings, CloudWatch Logs events, CloudWatch metrics, ELBv2 target groups and
// target health, RDS events, Lambda listings and concurrency, EC2 instance status. Wire shapes are
// the protocols' own (JSON for ECS/Logs/CloudWatch, awsQuery members for ELBv2/RDS, EC2 item sets).
import { xmlList } from './protocols';
import { FakeAwsError, type FakeAws } from './server';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
const last = (s: string) => s.split('/').pop()!;

export function installAgentHandlers(fake: FakeAws): FakeAws {
  return fake
    .on('ecs', 'ListClusters', (_p, { account }) => ({
      clusterArns: [...new Set(account.of('ecs:service').map((s) => s.id.split('/')[0]))].map((c) => account.arnFor('ecs:cluster', c)),
    }))
    .on('ecs', 'ListServices', (p, { account }) => {
      const cluster = last(String(p.cluster ?? 'default'));
      return {
        serviceArns: account
          .of('ecs:service')
          .filter((s) => s.id.startsWith(`${cluster}/`))
          .map((s) => s.arn),
      };
    })
    .on('ecs', 'ListTasks', (p, { account }) => {
      const cluster = last(String(p.cluster ?? 'default'));
      const tasks = account
        .of('ecs:task')
        .filter((t) => t.attrs.clusterName === cluster)
        .filter((t) => !p.serviceName || t.attrs.group === `service:${String(p.serviceName)}`)
        .filter((t) => (p.desiredStatus ?? 'RUNNING') === t.attrs.desiredStatus);
      return { taskArns: tasks.map((t) => t.arn) };
    })
    .on('ecs', 'DescribeTasks', (p, { account }) => {
      const found = list(p.tasks).map((a) => account.find('ecs:task', a) ?? account.find('ecs:task', last(a)));
      return {
        tasks: found.filter(Boolean).map((t) => {
          const { clusterName, ...attrs } = t!.attrs;
          return { ...attrs, taskArn: t!.arn, clusterArn: `arn:aws:ecs:us-east-1:123456789012:cluster/${String(clusterName)}` };
        }),
        failures: [],
      };
    })
    .on('cloudwatch-logs', 'FilterLogEvents', (p, { account }) => {
      const group = account.find('logs:log-group', String(p.logGroupName ?? p.logGroupIdentifier));
      if (!group) throw new FakeAwsError('ResourceNotFoundException', 'The specified log group does not exist.');
      const events = (group.attrs.events as { timestamp: number; message: string }[]) ?? [];
      return {
        events: events.map((e, i) => ({ ...e, logStreamName: 'app/app/abc', eventId: String(i), ingestionTime: e.timestamp })),
        searchedLogStreams: [],
      };
    })
    .on('cloudwatch', 'GetMetricData', (p, { account }) => {
      const queries = (p.MetricDataQueries ?? []) as {
        Id: string;
        MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: string }[] } };
      }[];
      return {
        MetricDataResults: queries.map((q) => {
          const m = q.MetricStat?.Metric;
          const key = m ? `${m.Namespace}/${m.MetricName}/${(m.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(',')}` : '';
          const values = (account.find('cloudwatch:metric', key)?.attrs.values as number[] | undefined) ?? [];
          const now = Math.floor(Date.now() / 1000);
          return {
            Id: q.Id,
            Label: m?.MetricName ?? q.Id,
            Timestamps: values.map((_, i) => now - i * 300),
            Values: values,
            StatusCode: 'Complete',
          };
        }),
        Messages: [],
      };
    })
    .on('elastic-load-balancing-v2', 'DescribeTargetGroups', (p, { account }) => {
      const arns = list(p.TargetGroupArns);
      const names = list(p.Names);
      const found = account
        .of('elbv2:targetgroup')
        .filter((g) => (!arns.length && !names.length) || arns.includes(g.arn) || names.includes(g.id));
      if ((arns.length || names.length) && !found.length)
        throw new FakeAwsError('TargetGroupNotFound', 'One or more target groups not found', 400);
      return { TargetGroups: found.map((g) => ({ ...g.attrs, TargetGroupArn: g.arn, TargetGroupName: g.id })) };
    })
    .on('elastic-load-balancing-v2', 'DescribeTargetHealth', (p, { account }) => {
      const g = account.find('elbv2:targetgroup', String(p.TargetGroupArn));
      if (!g) throw new FakeAwsError('TargetGroupNotFound', `Target groups '${String(p.TargetGroupArn)}' not found`, 400);
      return { TargetHealthDescriptions: (g.attrs.targets as unknown[]) ?? [] };
    })
    .on('rds', 'DescribeEvents', (p, { account }) => {
      const db = account.find('rds:db', String(p.SourceIdentifier));
      return {
        Events: xmlList(
          'Event',
          ((db?.attrs.events as unknown[]) ?? []).map((e) => ({
            SourceIdentifier: p.SourceIdentifier,
            SourceType: 'db-instance',
            ...(e as object),
          })),
        ),
      };
    })
    .on('lambda', 'ListFunctions', (_p, { account }) => ({
      Functions: account.of('lambda:function').map((f) => ({ FunctionName: f.id, FunctionArn: f.arn, Runtime: f.attrs.Runtime })),
    }))
    .on('lambda', 'GetFunctionConcurrency', (p, { account }) => {
      const f = account.find('lambda:function', String(p.FunctionName));
      if (!f) throw new FakeAwsError('ResourceNotFoundException', `Function not found: ${String(p.FunctionName)}`, 404);
      return f.attrs.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: f.attrs.reservedConcurrency };
    })
    .on('ec2', 'DescribeInstanceStatus', (p, { account }) => {
      const ids = list(p.InstanceId);
      return {
        instanceStatusSet: account
          .of('ec2:instance')
          .filter((i) => !ids.length || ids.includes(i.id))
          .map((i) => ({ instanceId: i.id, availabilityZone: 'us-east-1a', ...(i.attrs.status as object) })),
      };
    });
}
