// What an investigation looks at: resources named in the question (ids, ARNs, "service X in
// cluster Y"), given with --resource TYPE:ID, or mapped from alert labels.
import { InputError } from '../supervisor/errors';

export type Target =
  | { type: 'ecs-service'; cluster: string; service: string }
  | { type: 'rds-instance'; id: string }
  | { type: 'target-group'; name?: string; arn?: string }
  | { type: 'lambda-function'; name: string }
  | { type: 'ec2-instance'; id: string };

export const TARGET_TYPES = ['ecs-service', 'rds-instance', 'target-group', 'lambda-function', 'ec2-instance'] as const;

export function targetKey(t: Target): string {
  switch (t.type) {
    case 'ecs-service':
      return `ecs-service:${t.cluster}/${t.service}`;
    case 'target-group':
      return `target-group:${t.name ?? t.arn}`;
    case 'lambda-function':
      return `lambda-function:${t.name}`;
    default:
      return `${t.type}:${t.id}`;
  }
}

const NAME = '[A-Za-z0-9][A-Za-z0-9_.-]{0,254}';

/** Words that follow "lambda"/"database" in a question without being its name. */
const NOT_A_NAME =
  /^(is|are|was|were|has|have|had|the|a|an|that|this|it|its|and|or|in|on|of|to|for|with|not|still|been|being|keeps?|gets?|fail\w*|errors?|erroring|returns?|returning|tim\w*|throttl\w*|crash\w*|running|doing|slow\w*|down|up|calls?|invocations?|logs?|metrics?)$/i;

/** `TYPE:ID` as given with --resource (ecs-service:CLUSTER/SERVICE, rds-instance:ID, target-group:NAME|ARN, lambda-function:NAME, ec2-instance:ID). */
export function parseResource(spec: string): Target {
  const m = /^([a-z0-9-]+):(.+)$/.exec(spec.trim());
  if (!m) throw new InputError(`--resource expects TYPE:ID (got "${spec}"); types: ${TARGET_TYPES.join(', ')}`);
  const [, type, id] = m;
  switch (type) {
    case 'ecs-service': {
      const [cluster, service] = id.split('/');
      if (!cluster || !service) throw new InputError(`--resource ecs-service expects CLUSTER/SERVICE (got "${id}")`);
      return { type, cluster, service };
    }
    case 'target-group':
      return id.startsWith('arn:') ? { type, arn: id } : { type, name: id };
    case 'lambda-function':
      return { type, name: id };
    case 'rds-instance':
    case 'ec2-instance':
      return { type, id };
    default:
      throw new InputError(`--resource type "${type}" is unknown; types: ${TARGET_TYPES.join(', ')}`);
  }
}

/** Resources named explicitly in a question. */
export function targetsInText(text: string): Target[] {
  const out: Target[] = [];
  const push = (t: Target) => {
    if (!out.some((o) => targetKey(o) === targetKey(t))) out.push(t);
  };
  for (const m of text.matchAll(/arn:aws[a-z-]*:ecs:[^:\s]*:\d*:service\/([^/\s]+)\/([^/\s"'`,)]+)/g))
    push({ type: 'ecs-service', cluster: m[1], service: m[2] });
  for (const m of text.matchAll(
    new RegExp(
      `\\bservice\\s+[\`"']?(${NAME}?)[\`"']?\\s+(?:in|on|of)\\s+(?:the\\s+)?cluster\\s+[\`"']?(${NAME}?)[\`"']?(?=[\\s,.?!]|$)`,
      'gi',
    ),
  ))
    push({ type: 'ecs-service', cluster: m[2], service: m[1] });
  for (const m of text.matchAll(/arn:aws[a-z-]*:elasticloadbalancing:[^\s"'`,)]*:targetgroup\/[^\s"'`,)]+/g))
    push({ type: 'target-group', arn: m[0] });
  for (const m of text.matchAll(new RegExp(`\\btarget[- ]group\\s+[\`"']?(${NAME}?)[\`"']?(?=[\\s,.?!]|$)`, 'gi')))
    push({ type: 'target-group', name: m[1] });
  for (const m of text.matchAll(/arn:aws[a-z-]*:lambda:[^:\s]*:\d*:function:([A-Za-z0-9_-]+)/g))
    push({ type: 'lambda-function', name: m[1] });
  for (const m of text.matchAll(new RegExp(`\\b(?:lambda|function)\\s+[\`"']?(${NAME}?)[\`"']?(?=[\\s,.?!]|$)`, 'gi')))
    if (!NOT_A_NAME.test(m[1])) push({ type: 'lambda-function', name: m[1] });
  for (const m of text.matchAll(
    new RegExp(`\\b(?:database|db instance|rds instance|rds)\\s+[\`"']?(${NAME}?)[\`"']?(?=[\\s,.?!]|$)`, 'gi'),
  ))
    if (!NOT_A_NAME.test(m[1]) && !/^instances?$/i.test(m[1])) push({ type: 'rds-instance', id: m[1] });
  for (const m of text.matchAll(/\bi-[0-9a-f]{8,17}\b/g)) push({ type: 'ec2-instance', id: m[0] });
  return out;
}

/** Words of a question that may name a resource ("orders" in "Why are the orders tasks restarting?"). */
export function nameCandidates(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/[a-z0-9][a-z0-9_.-]{1,62}/g) ?? []).filter((w) => w.length >= 3))];
}

/** Whether a resource name is mentioned in the question (whole name, or its words all present). */
export function mentioned(name: string, question: string): boolean {
  const q = question.toLowerCase();
  const n = name.toLowerCase();
  if (new RegExp(`(^|[^a-z0-9])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`).test(q)) return true;
  const parts = n.split(/[-_.]/).filter((p) => p.length >= 3 && !/^(prod|production|staging|stage|dev|test|svc|service|app|api)$/.test(p));
  return parts.length > 0 && parts.every((p) => new RegExp(`(^|[^a-z0-9])${p}([^a-z0-9]|$)`).test(q));
}
