// The template context of one ECS service built from its run-contract wiring: every variable the
// application reads resolved to a value, a Terraform reference or a Secrets Manager `valueFrom`;
// Service Connect names; the services it calls and that call it (security groups); its place
// behind the shared load balancer. Expressions are built here from the catalog's connection
// descriptions, never taken from the repository or the AI.
import { DATASTORE_SERVES, metaOf, type Connection, type EnvVar, type Reachable } from '../recommend/catalog';
import type { Component, ServiceWiring, WiredEnv } from '../recommend/vocabulary';
import { awsName, tfIdent } from './hcl-escape';
import type { Prepared } from './render';

export interface ServiceContext {
  public: boolean;
  defaultPublic: boolean;
  rulePriority: number;
  grpc: boolean;
  listens: boolean;
  appProtocol: 'http' | 'grpc';
  healthCheckPath: string;
  grace: number;
  imageOwner: string;
  command?: string[];
  scService: { alias: string; port: number } | null;
  env: EnvVar[];
  secrets: EnvVar[];
  secretArns: string[];
  calls: { id: string; sg: string; port: number }[];
  callers: { id: string; sg: string }[];
  /** Variables that could not be wired (no datastore generated for them…), for the report. */
  unwired: { name: string; reason: string }[];
}

type Service = Prepared & { component: Extract<Component, { kind: 'ecs-fargate-service' }> };
const isService = (p: Prepared): p is Service => p.component.kind === 'ecs-fargate-service';

/** The Secrets Manager secret holding a generated application secret (one per variable name). */
export const appSecretName = (variable: string) => awsName(variable.replace(/_/g, '-'), 32);
export const appSecretRef = (variable: string) => `aws_secretsmanager_secret.${tfIdent(appSecretName(variable))}.arn`;

export function connectionFor(store: string, all: Prepared[]): Connection | undefined {
  for (const p of all) {
    const meta = metaOf(p.component);
    if (meta.connection && DATASTORE_SERVES[p.component.kind]?.includes(store)) return meta.connection(p.component, p.id);
  }
  return undefined;
}

/** The Service Connect name and port of a service (its first alias, else its own name). */
export function serviceEndpoint(s: Prepared): { alias: string; port: number } | null {
  if (!isService(s)) return null;
  const w = s.component.wiring;
  if (!w || w.role === 'worker' || w.protocol === 'none') return null;
  return { alias: w.aliases[0] ?? s.component.service ?? s.id, port: s.component.parameters.containerPort };
}

function resolve(e: WiredEnv, all: Prepared[], hasAlb: boolean): { env?: EnvVar; secret?: EnvVar; arn?: string; unwired?: string } {
  switch (e.from) {
    case 'literal':
      return { env: { name: e.name, value: e.value } };
    case 'region':
      return { env: { name: e.name, ref: 'var.aws_region' } };
    case 'public-url':
    case 'public-host':
      return hasAlb
        ? { env: { name: e.name, ref: e.from === 'public-url' ? 'local.public_url' : 'local.public_host' } }
        : { unwired: 'no load balancer is generated' };
    case 'app-secret':
      return { secret: { name: e.name, ref: appSecretRef(e.name) }, arn: appSecretRef(e.name) };
    case 'service': {
      const target = all.find((p) => isService(p) && p.component.service === e.unit);
      const ep = target && serviceEndpoint(target);
      if (!ep) return { unwired: `unit ${e.unit} is not deployed as a reachable service` };
      return { env: { name: e.name, value: `${e.scheme ? `${e.scheme}://` : ''}${ep.alias}:${ep.port}` } };
    }
    case 'datastore': {
      const c = connectionFor(e.store, all);
      if (!c) return { unwired: `no ${e.store} is generated` };
      if (e.field === 'host') return { env: { name: e.name, ref: c.host } };
      if (e.field === 'port') return { env: { name: e.name, value: String(c.port) } };
      if (e.field === 'address') return { env: { name: e.name, parts: [{ ref: c.host }, { text: `:${c.port}` }] } };
      if (e.field === 'user' || e.field === 'name') {
        const v = e.field === 'user' ? c.user : c.dbName;
        return v ? { env: { name: e.name, value: v } } : { unwired: `${e.store} has no ${e.field}` };
      }
      const url = c.plainUrls[e.field];
      if (!url) return { unwired: `${e.store} offers no ${e.field}` };
      return { env: { name: e.name, parts: [{ text: url.prefix }, { ref: c.host }, { text: url.suffix }] } };
    }
    case 'datastore-secret': {
      const c = connectionFor(e.store, all);
      if (!c?.secretArn) return { unwired: `no ${e.store} connection secret is generated` };
      const known = e.key === 'password' || e.key === 'username' || c.urls.some((u) => u.key === e.key);
      if (!known) return { unwired: `${e.store} has no ${e.key} in its connection secret` };
      // valueFrom ARN:json-key:version-stage:version-id — empty stage and id: the current version.
      return { secret: { name: e.name, parts: [{ ref: c.secretArn }, { text: `:${e.key}::` }] }, arn: c.secretArn };
    }
  }
}

export function serviceContext(p: Prepared, all: Prepared[], reach: Reachable[]): ServiceContext {
  const c = p.component as Service['component'];
  const w: ServiceWiring | undefined = c.wiring;
  const hasAlb = all.some((o) => o.component.kind === 'alb');
  const role = w?.role ?? (hasAlb ? 'web' : 'worker');
  const publicServices = all.filter((o) => isService(o) && (o.component.wiring?.role ?? (hasAlb ? 'web' : 'worker')) === 'web');
  const index = publicServices.findIndex((o) => o.id === p.id);
  const env: EnvVar[] = reach.flatMap((r) => r.env);
  const secrets: EnvVar[] = reach.flatMap((r) => r.secrets.map((s) => ({ name: s.name, ref: s.arn })));
  const arns = new Set(reach.flatMap((r) => r.secrets.map((s) => s.arn)));
  const unwired: ServiceContext['unwired'] = [];
  const seen = new Set([...env, ...secrets].map((e) => e.name));
  for (const e of w?.env ?? []) {
    if (seen.has(e.name)) continue; // ECS rejects a name given twice (environment or secrets)
    const r = resolve(e, all, hasAlb);
    if (r.unwired) {
      unwired.push({ name: e.name, reason: r.unwired });
      continue;
    }
    seen.add(e.name);
    if (r.env) env.push(r.env);
    if (r.secret) secrets.push(r.secret);
    if (r.arn) arns.add(r.arn);
  }
  const services = all.filter(isService);
  const calls = (w?.calls ?? []).flatMap((name) => {
    const target = services.find((o) => o.component.service === name && o.id !== p.id);
    const ep = target && serviceEndpoint(target);
    return target && ep ? [{ id: target.id, sg: `aws_security_group.${target.id}_service.id`, port: ep.port }] : [];
  });
  const callers = serviceEndpoint(p)
    ? services
        .filter((o) => o.id !== p.id && (o.component.wiring?.calls ?? []).includes(c.service ?? ''))
        .map((o) => ({ id: o.id, sg: `aws_security_group.${o.id}_service.id` }))
    : [];
  const grpc = w?.protocol === 'grpc';
  return {
    public: role === 'web',
    defaultPublic: index === 0,
    rulePriority: (index + 1) * 10,
    grpc,
    listens: role !== 'worker' || !w,
    appProtocol: grpc ? 'grpc' : 'http',
    healthCheckPath: c.parameters.healthCheckPath,
    grace: w?.healthGraceSeconds ?? 60,
    imageOwner: tfIdent(c.imageFrom ?? p.id),
    command: c.command,
    scService: serviceEndpoint(p),
    env,
    secrets,
    secretArns: [...arns],
    calls,
    callers,
    unwired,
  };
}

/** One line for the README's run-contract table: how a variable is filled. */
export function describeWired(e: WiredEnv): string {
  switch (e.from) {
    case 'literal':
      return e.value === '*' ? '"*" (the load balancer only forwards its own host names)' : `"${e.value}"`;
    case 'region':
      return 'the AWS region';
    case 'public-url':
      return 'the public HTTPS URL (domain_name, else the load balancer)';
    case 'public-host':
      return 'the public host name';
    case 'app-secret':
      return e.fill === 'team'
        ? `secret ${appSecretName(e.name)} (Secrets Manager): the team fills in this third-party value (put-secret-value)`
        : `generated secret ${appSecretName(e.name)} (Secrets Manager, ${e.length} characters)`;
    case 'service':
      return `${e.scheme ? `${e.scheme}://` : ''}${e.unit}:${e.port} (ECS Service Connect)`;
    case 'datastore':
      return `${e.store} ${e.field}`;
    case 'datastore-secret':
      return `${e.store} connection secret, key ${e.key} (valueFrom)`;
  }
}
