// Evidence extractors: one per operation, turning a result into structured facts (discoveries) and
// into the values later plan steps need (task ARNs, a log group, target group ARNs…). Facts are
// flat records so rules can match them and prompts can carry them instead of raw outputs.
import type { FactValue } from './types';

export interface ExtractedFact {
  kind: string;
  fact: string;
  data: Record<string, FactValue>;
}

export interface Extraction {
  facts: ExtractedFact[];
  /** Values for later plan steps, accumulated across the run (e.g. taskArns). */
  vars: Record<string, string[]>;
}

type Obj = Record<string, unknown>;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Obj[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const lastPart = (arn: string | null): string | null => (arn ? (arn.split('/').pop() ?? arn) : null);
const clip = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n)}…` : s);
const iso = (v: unknown): string | null =>
  v instanceof Date
    ? v.toISOString()
    : typeof v === 'string'
      ? v
      : typeof v === 'number'
        ? new Date(v * (v < 1e12 ? 1000 : 1)).toISOString()
        : null;

/** Log lines worth a fact: errors, crashes, kills, timeouts. */
export const NOTABLE_LOG_LINE =
  /error|exception|fatal|panic|killed|out of memory|oom|timed out|refused|denied|traceback|unhandled|cannot|failed/i;

type Extractor = (output: Obj, params: Obj) => Extraction;

const EXTRACTORS: Record<string, Extractor> = {
  'ecs:ListClusters': (o) => ({ facts: [], vars: { clusters: arr0(o.clusterArns) } }),
  'ecs:ListServices': (o) => ({ facts: [], vars: { services: arr0(o.serviceArns) } }),
  'ecs:DescribeServices': (o) => {
    const facts: ExtractedFact[] = [];
    const vars: Record<string, string[]> = { taskDefinition: [], targetGroupArn: [] };
    for (const s of arr(o.services)) {
      const service = str(s.serviceName);
      const td = str(s.taskDefinition);
      if (td) vars.taskDefinition.push(td);
      for (const lb of arr(s.loadBalancers)) if (str(lb.targetGroupArn)) vars.targetGroupArn.push(str(lb.targetGroupArn)!);
      facts.push({
        kind: 'ecs.service',
        fact: `ECS service ${service} is ${str(s.status)}: ${num(s.runningCount)} of ${num(s.desiredCount)} tasks running, ${num(s.pendingCount) ?? 0} pending (task definition ${lastPart(td)})`,
        data: {
          service,
          status: str(s.status),
          desired: num(s.desiredCount),
          running: num(s.runningCount),
          pending: num(s.pendingCount),
          taskDefinition: lastPart(td),
        },
      });
      for (const d of arr(s.deployments)) {
        if (str(d.rolloutState) === 'FAILED')
          facts.push({
            kind: 'ecs.deployment-failed',
            fact: `Deployment of ${service} failed: ${str(d.rolloutStateReason)}`,
            data: { service, reason: str(d.rolloutStateReason) },
          });
      }
      for (const e of arr(s.events).slice(0, 5)) {
        const message = str(e.message) ?? '';
        if (/has reached a steady state|has started \d+ tasks?|registered \d+ targets?|deregistered/.test(message)) continue;
        facts.push({
          kind: 'ecs.service-event',
          fact: `Service event (${iso(e.createdAt)}): ${clip(message)}`,
          data: { service, message: clip(message, 400), at: iso(e.createdAt) },
        });
      }
    }
    return { facts, vars };
  },
  'ecs:ListTasks': (o, p) => {
    const arns = arr0(o.taskArns);
    const status = str(p.desiredStatus) ?? 'RUNNING';
    return {
      facts: [
        {
          kind: 'ecs.task-count',
          fact: `${arns.length} ${status.toLowerCase()} task(s) listed for ${str(p.serviceName) ?? 'the cluster'}`,
          data: { status, count: arns.length, service: str(p.serviceName) },
        },
      ],
      vars: { taskArns: arns },
    };
  },
  'ecs:DescribeTasks': (o) => {
    const facts: ExtractedFact[] = [];
    for (const t of arr(o.tasks)) {
      const task = lastPart(str(t.taskArn));
      const group = str(t.group);
      const service = group?.startsWith('service:') ? group.slice(8) : null;
      const stopCode = str(t.stopCode);
      const stoppedReason = str(t.stoppedReason);
      if (str(t.lastStatus) === 'STOPPED' || stopCode)
        facts.push({
          kind: 'ecs.task-stopped',
          fact: `Task ${task} stopped (${stopCode ?? 'no stop code'}): ${clip(stoppedReason ?? 'no reason given')}`,
          data: { task, service, stopCode, stoppedReason: stoppedReason ? clip(stoppedReason, 400) : null, at: iso(t.stoppedAt) },
        });
      for (const c of arr(t.containers)) {
        const exitCode = num(c.exitCode);
        const reason = str(c.reason);
        if (exitCode === null && !reason) continue;
        facts.push({
          kind: 'ecs.container-exit',
          fact: `Container ${str(c.name)} of task ${task} exited${exitCode !== null ? ` with code ${exitCode}` : ''}${reason ? `: ${clip(reason)}` : ''}`,
          data: {
            task,
            service,
            container: str(c.name),
            exitCode,
            reason: reason ? clip(reason, 400) : null,
            stoppedReason: stoppedReason ? clip(stoppedReason, 400) : null,
            stopCode,
          },
        });
      }
    }
    return { facts, vars: {} };
  },
  'ecs:DescribeTaskDefinition': (o) => {
    const td = (o.taskDefinition ?? {}) as Obj;
    const facts: ExtractedFact[] = [];
    const logGroup: string[] = [];
    for (const c of arr(td.containerDefinitions)) {
      const opts = ((c.logConfiguration as Obj | undefined)?.options ?? {}) as Obj;
      if (str(opts['awslogs-group'])) logGroup.push(str(opts['awslogs-group'])!);
      facts.push({
        kind: 'ecs.container-definition',
        fact: `Container ${str(c.name)} runs image ${str(c.image)} with ${num(c.memory) ?? num(td.memory as unknown) ?? '?'} MiB memory limit${num(c.memoryReservation) ? ` (${num(c.memoryReservation)} MiB reserved)` : ''}`,
        data: {
          family: str(td.family),
          container: str(c.name),
          image: str(c.image),
          memory: num(c.memory) ?? (str(td.memory) ? Number(td.memory) : null),
          taskMemory: str(td.memory) ? Number(td.memory) : null,
          cpu: str(td.cpu),
        },
      });
    }
    return { facts, vars: { logGroup } };
  },
  'cloudwatch-logs:FilterLogEvents': (o, p) => logEvents(o, p),
  'cloudwatch-logs:GetLogEvents': (o, p) => logEvents(o, p),
  'elastic-load-balancing-v2:DescribeTargetGroups': (o) => ({
    facts: arr(o.TargetGroups).map((g) => ({
      kind: 'elb.target-group',
      fact: `Target group ${str(g.TargetGroupName)} checks ${str(g.HealthCheckProtocol) ?? str(g.Protocol)} ${str(g.HealthCheckPath) ?? ''} on port ${str(g.HealthCheckPort) ?? 'traffic-port'} expecting ${str((g.Matcher as Obj | undefined)?.HttpCode) ?? '200'}`,
      data: {
        targetGroup: str(g.TargetGroupName),
        healthCheckPath: str(g.HealthCheckPath),
        matcher: str((g.Matcher as Obj | undefined)?.HttpCode),
        port: num(g.Port),
        targetType: str(g.TargetType),
      },
    })),
    vars: {
      targetGroupArn: arr(o.TargetGroups)
        .map((g) => str(g.TargetGroupArn))
        .filter((x): x is string => Boolean(x)),
    },
  }),
  'elastic-load-balancing-v2:DescribeTargetHealth': (o, p) => {
    const tg = lastPart(str(p.TargetGroupArn) ? str(p.TargetGroupArn)!.replace(/\/[0-9a-f]+$/, '') : null);
    const facts: ExtractedFact[] = [];
    const instanceIds: string[] = [];
    for (const d of arr(o.TargetHealthDescriptions)) {
      const target = (d.Target ?? {}) as Obj;
      const health = (d.TargetHealth ?? {}) as Obj;
      const id = str(target.Id);
      if (id?.startsWith('i-')) instanceIds.push(id);
      facts.push({
        kind: 'elb.target-health',
        fact: `Target ${id}:${num(target.Port)} in ${tg} is ${str(health.State)}${str(health.Reason) ? ` (${str(health.Reason)}: ${str(health.Description) ?? ''})` : ''}`,
        data: {
          targetGroup: tg,
          target: id,
          port: num(target.Port),
          state: str(health.State),
          reason: str(health.Reason),
          description: str(health.Description),
        },
      });
    }
    return { facts, vars: { instanceIds } };
  },
  'rds:DescribeDBInstances': (o) => ({
    facts: arr(o.DBInstances).map((d) => ({
      kind: 'rds.instance',
      fact: `RDS instance ${str(d.DBInstanceIdentifier)} (${str(d.Engine)}, ${str(d.DBInstanceClass)}) is ${str(d.DBInstanceStatus)} with ${num(d.AllocatedStorage)} GiB allocated${num(d.MaxAllocatedStorage) ? `, autoscaling to ${num(d.MaxAllocatedStorage)} GiB` : ', no storage autoscaling'}`,
      data: {
        instance: str(d.DBInstanceIdentifier),
        status: str(d.DBInstanceStatus),
        allocatedGiB: num(d.AllocatedStorage),
        maxAllocatedGiB: num(d.MaxAllocatedStorage),
        engine: str(d.Engine),
        class: str(d.DBInstanceClass),
      },
    })),
    vars: {
      dbInstances: arr(o.DBInstances)
        .map((d) => str(d.DBInstanceIdentifier))
        .filter((x): x is string => Boolean(x)),
    },
  }),
  'rds:DescribeEvents': (o) => ({
    facts: arr(o.Events)
      .slice(-8)
      .map((e) => ({
        kind: 'rds.event',
        fact: `RDS event for ${str(e.SourceIdentifier)} (${iso(e.Date)}): ${clip(str(e.Message) ?? '')}`,
        data: { instance: str(e.SourceIdentifier), message: clip(str(e.Message) ?? '', 400), at: iso(e.Date) },
      })),
    vars: {},
  }),
  'cloudwatch:GetMetricData': (o, p) => {
    const queries = arr(p.MetricDataQueries);
    const facts: ExtractedFact[] = [];
    for (const r of arr(o.MetricDataResults)) {
      const q = queries.find((x) => x.Id === r.Id);
      const metric = ((q?.MetricStat as Obj | undefined)?.Metric ?? {}) as Obj;
      const name = str(metric.MetricName) ?? str(r.Label) ?? str(r.Id);
      const dims = arr(metric.Dimensions)
        .map((d) => `${str(d.Name)}=${str(d.Value)}`)
        .join(',');
      const values = (Array.isArray(r.Values) ? r.Values : []).filter((v): v is number => typeof v === 'number');
      if (!values.length) {
        facts.push({
          kind: 'metric',
          fact: `${name} (${dims}) has no data points`,
          data: { metric: name, dimensions: dims, points: 0, max: null, min: null, latest: null, sum: null },
        });
        continue;
      }
      const max = Math.max(...values);
      const min = Math.min(...values);
      const sum = values.reduce((a, b) => a + b, 0);
      // GetMetricData returns newest first by default (ScanBy TimestampDescending).
      const latest = str(p.ScanBy) === 'TimestampAscending' ? values[values.length - 1] : values[0];
      facts.push({
        kind: 'metric',
        fact: `${name} (${dims}): latest ${round(latest)}, min ${round(min)}, max ${round(max)}, sum ${round(sum)} over ${values.length} points`,
        data: { metric: name, namespace: str(metric.Namespace), dimensions: dims, points: values.length, max, min, latest, sum },
      });
    }
    return { facts, vars: {} };
  },
  'lambda:ListFunctions': (o) => ({
    facts: [],
    vars: {
      functions: arr(o.Functions)
        .map((f) => str(f.FunctionName))
        .filter((x): x is string => Boolean(x)),
    },
  }),
  'lambda:GetFunctionConfiguration': (o) => {
    const env = ((o.Environment as Obj | undefined)?.Variables ?? {}) as Obj;
    return {
      facts: [
        {
          kind: 'lambda.function',
          fact: `Lambda ${str(o.FunctionName)} (${str(o.Runtime)}) is ${str(o.State) ?? 'Active'}, ${num(o.MemorySize)} MB, timeout ${num(o.Timeout)} s, ${Object.keys(env).length} environment variable(s)`,
          data: {
            function: str(o.FunctionName),
            runtime: str(o.Runtime),
            state: str(o.State),
            lastUpdateStatus: str(o.LastUpdateStatus),
            memoryMb: num(o.MemorySize),
            timeoutS: num(o.Timeout),
            stateReason: str(o.StateReason),
          },
        },
      ],
      vars: { lambdaLogGroup: str(o.FunctionName) ? [`/aws/lambda/${str(o.FunctionName)}`] : [] },
    };
  },
  'lambda:GetFunctionConcurrency': (o, p) => ({
    facts: [
      {
        kind: 'lambda.concurrency',
        fact:
          num(o.ReservedConcurrentExecutions) === null
            ? `Lambda ${str(p.FunctionName)} has no reserved concurrency (it shares the account pool)`
            : `Lambda ${str(p.FunctionName)} has reserved concurrency ${num(o.ReservedConcurrentExecutions)}`,
        data: { function: str(p.FunctionName), reserved: num(o.ReservedConcurrentExecutions) },
      },
    ],
    vars: {},
  }),
  'ec2:DescribeInstanceStatus': (o) => {
    const facts: ExtractedFact[] = [];
    for (const s of arr(o.InstanceStatuses)) {
      const instance = str(s.InstanceId);
      const system = str((s.SystemStatus as Obj | undefined)?.Status);
      const inst = str((s.InstanceStatus as Obj | undefined)?.Status);
      facts.push({
        kind: 'ec2.status',
        fact: `Instance ${instance} is ${str((s.InstanceState as Obj | undefined)?.Name)}; system status ${system}, instance status ${inst}`,
        data: { instance, state: str((s.InstanceState as Obj | undefined)?.Name), systemStatus: system, instanceStatus: inst },
      });
      for (const e of arr(s.Events))
        facts.push({
          kind: 'ec2.scheduled-event',
          fact: `Instance ${instance} has a scheduled event ${str(e.Code)}: ${str(e.Description)} (not before ${iso(e.NotBefore)})`,
          data: { instance, code: str(e.Code), description: str(e.Description), notBefore: iso(e.NotBefore) },
        });
    }
    return { facts, vars: {} };
  },
  'ec2:DescribeInstances': (o) => {
    const facts: ExtractedFact[] = [];
    const sgs: string[] = [];
    for (const r of arr(o.Reservations))
      for (const i of arr(r.Instances)) {
        const groups = arr(i.SecurityGroups)
          .map((g) => str(g.GroupId))
          .filter((x): x is string => Boolean(x));
        sgs.push(...groups);
        facts.push({
          kind: 'ec2.instance',
          fact: `Instance ${str(i.InstanceId)} (${str(i.InstanceType)}) is ${str((i.State as Obj | undefined)?.Name)} with security groups ${groups.join(', ') || 'none'}`,
          data: {
            instance: str(i.InstanceId),
            state: str((i.State as Obj | undefined)?.Name),
            securityGroups: groups.join(','),
            type: str(i.InstanceType),
          },
        });
      }
    return { facts, vars: { securityGroupIds: sgs } };
  },
  'ec2:DescribeSecurityGroups': (o) => {
    const facts: ExtractedFact[] = [];
    for (const g of arr(o.SecurityGroups)) {
      const perms = arr(g.IpPermissions);
      if (!perms.length)
        facts.push({
          kind: 'ec2.sg-ingress',
          fact: `Security group ${str(g.GroupId)} (${str(g.GroupName)}) allows no inbound traffic`,
          data: { group: str(g.GroupId), protocol: null, fromPort: null, toPort: null, sources: '' },
        });
      for (const p of perms) {
        const sources = [...arr(p.IpRanges).map((r) => str(r.CidrIp)), ...arr(p.UserIdGroupPairs).map((r) => str(r.GroupId))]
          .filter(Boolean)
          .join(',');
        const proto = str(p.IpProtocol);
        const ports =
          proto === '-1'
            ? 'all ports'
            : num(p.FromPort) === num(p.ToPort)
              ? `port ${num(p.FromPort)}`
              : `ports ${num(p.FromPort)}-${num(p.ToPort)}`;
        facts.push({
          kind: 'ec2.sg-ingress',
          fact: `Security group ${str(g.GroupId)} (${str(g.GroupName)}) allows ${proto === '-1' ? 'all traffic' : proto} on ${ports} from ${sources || 'nowhere'}`,
          data: { group: str(g.GroupId), protocol: proto, fromPort: num(p.FromPort), toPort: num(p.ToPort), sources },
        });
      }
    }
    return { facts, vars: {} };
  },
};

function arr0(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function logEvents(o: Obj, p: Obj): Extraction {
  const group = str(p.logGroupName) ?? str(p.logGroupIdentifier);
  const events = arr(o.events);
  const notable = events.filter((e) => NOTABLE_LOG_LINE.test(str(e.message) ?? ''));
  const seen = new Set<string>();
  const facts: ExtractedFact[] = [];
  for (const e of notable) {
    const message = clip((str(e.message) ?? '').trim(), 300);
    const key = message.replace(/\d+/g, '#');
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ kind: 'logs.error-line', fact: `Log ${group}: ${message}`, data: { logGroup: group, message, at: iso(e.timestamp) } });
    if (facts.length >= 5) break;
  }
  if (!facts.length)
    facts.push({
      kind: 'logs.summary',
      fact: `Log ${group}: ${events.length} recent event(s), none with an error`,
      data: { logGroup: group, events: events.length },
    });
  return { facts, vars: {} };
}

export function extractFacts(service: string, operation: string, output: unknown, params: Record<string, unknown>): Extraction {
  const fn = EXTRACTORS[`${service}:${operation}`];
  if (!fn || !output || typeof output !== 'object') return { facts: [], vars: {} };
  return fn(output as Obj, params);
}

export function hasExtractor(service: string, operation: string): boolean {
  return `${service}:${operation}` in EXTRACTORS;
}
