// Root-cause rules, as data: each names the facts that show it (kind + field matchers), a summary
// and the recovery a person approves. The first rule (in order) whose conditions hold wins;
// every extra condition that also holds raises the confidence a little.
import type { Discovery, FactValue, RecoveryStep, RootCause } from './types';

type Matcher = RegExp | string | number | boolean | { gt: number } | { lt: number } | { in: readonly (string | number)[] };

export interface Condition {
  kind: string;
  where?: Record<string, Matcher>;
}

export interface CauseRule {
  id: string;
  /** Resource types the rule speaks about (documentation; matching is by facts). */
  resources: readonly string[];
  /** Any of these shows the cause. */
  anyOf: readonly Condition[];
  /** All of these must also hold (optional). */
  allOf?: readonly Condition[];
  confidence: number;
  /** `{field}` placeholders are filled from the first matching fact (then any fact with the field). */
  summary: string;
  recovery: readonly Omit<RecoveryStep, 'order'>[];
}

export const CAUSE_RULES: readonly CauseRule[] = [
  {
    id: 'ecs-image-pull-failed',
    resources: ['ecs-service'],
    anyOf: [
      {
        kind: 'ecs.task-stopped',
        where: { stoppedReason: /CannotPullContainerError|pull image manifest|manifest unknown|not found: manifest|ImagePull/i },
      },
      { kind: 'ecs.container-exit', where: { reason: /CannotPullContainerError|manifest unknown|pull image/i } },
    ],
    confidence: 0.9,
    summary: 'Tasks of {service} cannot start: the image cannot be pulled ({stoppedReason})',
    recovery: [
      {
        action: 'Check that the image tag in the task definition exists in the registry',
        command: 'aws ecr describe-images --repository-name REPOSITORY --image-ids imageTag=TAG',
        risk: 'low',
        rationale: 'A missing tag or a repository the execution role cannot read stops every task before it starts.',
        rollback: null,
      },
      {
        action: 'Roll the service back to the last task definition whose image exists (or push the missing tag)',
        command: 'aws ecs update-service --cluster CLUSTER --service {service} --task-definition FAMILY:PREVIOUS_REVISION',
        risk: 'medium',
        rationale: 'Restores running tasks while the build is fixed.',
        rollback: 'aws ecs update-service --cluster CLUSTER --service {service} --task-definition {taskDefinition}',
      },
    ],
  },
  {
    id: 'ecs-oom-killed',
    resources: ['ecs-service'],
    anyOf: [
      { kind: 'ecs.container-exit', where: { reason: /OutOfMemory|OOM/i } },
      { kind: 'ecs.container-exit', where: { exitCode: 137 } },
    ],
    allOf: [],
    confidence: 0.9,
    summary: 'Containers of {service} are killed for exceeding their memory limit: {container} exited with code {exitCode} ({reason})',
    recovery: [
      {
        action: 'Raise the memory of the task definition (e.g. double it) through a Terraform pull request',
        command: 'terraform plan -target=aws_ecs_task_definition.TASK',
        risk: 'low',
        rationale:
          'The container is killed by the kernel when it exceeds its hard limit; more memory stops the restarts while the cause is found.',
        rollback: 'Revert the pull request and redeploy the previous task definition revision.',
      },
      {
        action: 'Look for a memory leak or an unbounded cache in the release that started the restarts',
        command: null,
        risk: 'low',
        rationale: 'Memory growth after a deploy usually points to the change.',
        rollback: null,
      },
    ],
  },
  {
    id: 'ecs-failing-health-checks',
    resources: ['ecs-service', 'target-group'],
    anyOf: [
      { kind: 'elb.target-health', where: { reason: /Target\.ResponseCodeMismatch|Target\.FailedHealthChecks/ } },
      {
        kind: 'ecs.task-stopped',
        where: { stoppedReason: /health checks? failed|failed ELB health checks|failed container health checks/i },
      },
      { kind: 'ecs.service-event', where: { message: /unhealthy in target-group|health checks failed/i } },
    ],
    confidence: 0.85,
    summary:
      'Targets fail the load balancer health check: {reason} {description} (health check path {healthCheckPath}, expecting {matcher})',
    recovery: [
      {
        action: 'Point the target group health check at a path the application serves (or make the application answer it)',
        command: 'terraform plan -target=aws_lb_target_group.TARGET_GROUP',
        risk: 'low',
        rationale:
          'The load balancer deregisters targets whose health check does not return the expected code, and ECS replaces the tasks.',
        rollback: 'Revert the pull request.',
      },
      {
        action: 'Check the health endpoint from inside the VPC',
        command: 'curl -i http://TARGET_IP:{port}{healthCheckPath}',
        risk: 'low',
        rationale: 'Confirms what the application answers on the checked path.',
        rollback: null,
      },
    ],
  },
  {
    id: 'sg-blocks-port',
    resources: ['target-group', 'ec2-instance'],
    anyOf: [{ kind: 'ec2.port-blocked' }],
    confidence: 0.85,
    summary:
      'The security groups of {instance} ({securityGroups}) do not allow inbound TCP {port}: the load balancer cannot reach the application',
    recovery: [
      {
        action: 'Add an ingress rule for TCP {port} from the load balancer security group (through a Terraform pull request)',
        command: 'terraform plan -target=aws_security_group_rule.APP_FROM_ALB',
        risk: 'low',
        rationale: 'Health checks and traffic time out when the port is closed.',
        rollback: 'Revert the pull request (removes the rule).',
      },
    ],
  },
  {
    id: 'rds-storage-full',
    resources: ['rds-instance'],
    anyOf: [
      { kind: 'rds.instance', where: { status: 'storage-full' } },
      { kind: 'rds.event', where: { message: /storage.{0,20}full|out of (disk|storage)|insufficient storage|storage-full/i } },
      { kind: 'metric', where: { metric: 'FreeStorageSpace', min: { lt: 104857600 } } },
    ],
    confidence: 0.9,
    summary: 'RDS instance {instance} has run out of storage ({allocatedGiB} GiB allocated, status {status})',
    recovery: [
      {
        action:
          'Increase the allocated storage of {instance} (and set max_allocated_storage to enable storage autoscaling) through a Terraform pull request',
        command: 'aws rds modify-db-instance --db-instance-identifier {instance} --allocated-storage NEW_SIZE --apply-immediately',
        risk: 'medium',
        rationale: 'A full volume makes the database refuse writes; growing storage is online but cannot be undone.',
        rollback: 'Storage cannot shrink: restore from a snapshot to a smaller instance if ever needed.',
      },
      {
        action: 'Find what filled the disk (logs, temporary tables, bloat) before it fills again',
        command: null,
        risk: 'low',
        rationale: 'Prevents a recurrence.',
        rollback: null,
      },
    ],
  },
  {
    id: 'lambda-throttled',
    resources: ['lambda-function'],
    anyOf: [{ kind: 'metric', where: { metric: 'Throttles', max: { gt: 0 } } }],
    confidence: 0.85,
    summary: 'Lambda {function} is throttled: {sum} throttled invocations; reserved concurrency is {reserved}',
    recovery: [
      {
        action: 'Raise the reserved concurrency of {function} (or remove the limit) through a Terraform pull request',
        command: 'aws lambda put-function-concurrency --function-name {function} --reserved-concurrent-executions NEW_LIMIT',
        risk: 'medium',
        rationale: 'Invocations above the reserved concurrency are rejected with 429 TooManyRequestsException.',
        rollback: 'aws lambda put-function-concurrency --function-name {function} --reserved-concurrent-executions {reserved}',
      },
    ],
  },
  {
    id: 'lambda-timeout',
    resources: ['lambda-function'],
    anyOf: [{ kind: 'logs.error-line', where: { message: /Task timed out after/i } }],
    confidence: 0.85,
    summary: 'Lambda {function} runs into its timeout ({timeoutS} s): {message}',
    recovery: [
      {
        action:
          'Find the slow dependency (database, HTTP call) in the function traces; raise the timeout only if the work is legitimately long',
        command: null,
        risk: 'low',
        rationale: 'A timed-out invocation is retried for asynchronous events and fails for synchronous callers.',
        rollback: null,
      },
    ],
  },
  {
    id: 'ec2-status-check-failed',
    resources: ['ec2-instance'],
    anyOf: [
      { kind: 'ec2.status', where: { systemStatus: 'impaired' } },
      { kind: 'ec2.status', where: { instanceStatus: 'impaired' } },
      { kind: 'ec2.scheduled-event', where: { code: /retirement|reboot|maintenance/ } },
    ],
    confidence: 0.85,
    summary: 'Instance {instance} fails its status checks (system {systemStatus}, instance {instanceStatus}){code}',
    recovery: [
      {
        action: 'Stop and start {instance} to move it to healthy hardware (not a reboot)',
        command: 'aws ec2 stop-instances --instance-ids {instance} && aws ec2 start-instances --instance-ids {instance}',
        risk: 'medium',
        rationale: 'A failed system status check means the underlying host is impaired; a stop/start migrates the instance.',
        rollback: null,
      },
    ],
  },
  {
    id: 'app-crash-on-start',
    resources: ['ecs-service'],
    anyOf: [{ kind: 'ecs.container-exit', where: { exitCode: { gt: 0 } } }],
    allOf: [{ kind: 'logs.error-line' }],
    confidence: 0.7,
    summary: 'The application in {service} exits with code {exitCode}; its log says: {message}',
    recovery: [
      {
        action: 'Fix the error in the log (configuration, missing dependency) or roll back to the previous task definition',
        command: 'aws ecs update-service --cluster CLUSTER --service {service} --task-definition FAMILY:PREVIOUS_REVISION',
        risk: 'medium',
        rationale: 'The task starts and crashes; ECS keeps replacing it.',
        rollback: null,
      },
    ],
  },
];

function matchOne(m: Matcher, v: FactValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (m instanceof RegExp) return m.test(String(v));
  if (typeof m === 'object') {
    if ('gt' in m) return typeof v === 'number' && v > m.gt;
    if ('lt' in m) return typeof v === 'number' && v < m.lt;
    return m.in.includes(v as string | number);
  }
  return v === m;
}

export function factsMatching(c: Condition, discoveries: readonly Discovery[]): Discovery[] {
  return discoveries.filter((d) => d.kind === c.kind && Object.entries(c.where ?? {}).every(([k, m]) => matchOne(m, d.data[k])));
}

function fill(template: string, primary: Discovery, all: readonly Discovery[]): string {
  return template
    .replace(/\{(\w+)\}/g, (_, key: string) => {
      const v = primary.data[key] ?? all.find((d) => d.data[key] !== undefined && d.data[key] !== null)?.data[key];
      if (key === 'code') return v ? `; scheduled event ${v}` : '';
      return v === undefined || v === null ? '?' : String(v);
    })
    .replace(/\s+\(\?\)/g, '')
    .trim();
}

export interface CauseMatch {
  rule: CauseRule;
  rootCause: RootCause;
  recovery: RecoveryStep[];
}

/** The best-supported root cause among the discoveries, or null. */
export function matchCause(discoveries: readonly Discovery[], rules: readonly CauseRule[] = CAUSE_RULES): CauseMatch | null {
  for (const rule of rules) {
    const hits = rule.anyOf.map((c) => factsMatching(c, discoveries));
    const first = hits.find((h) => h.length);
    if (!first) continue;
    const required = (rule.allOf ?? []).map((c) => factsMatching(c, discoveries));
    if (required.some((h) => !h.length)) continue;
    const supporting = [...new Set([...hits.flat(), ...required.flat()])];
    const extra = hits.filter((h) => h.length).length - 1;
    const confidence = Math.min(0.95, Math.round((rule.confidence + 0.03 * extra) * 100) / 100);
    // Facts about the same resource fill the gaps (the target group's path, the function's reserved concurrency).
    const context = [...supporting, ...discoveries];
    return {
      rule,
      rootCause: {
        summary: fill(rule.summary, first[0], context),
        confidence,
        evidence: supporting.map((d) => d.id).slice(0, 12),
        rule: rule.id,
        source: 'rules',
      },
      recovery: rule.recovery.map((s, i) => ({
        ...s,
        order: i + 1,
        action: fill(s.action, first[0], context),
        command: s.command ? fill(s.command, first[0], context) : null,
        rollback: s.rollback ? fill(s.rollback, first[0], context) : null,
      })),
    };
  }
  return null;
}
