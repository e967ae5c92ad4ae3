// The module layout of the generated root: component kinds that repeat per unit are one reusable
// local module (templates/aws/terraform/modules/<kind>/, static HCL, the same for every repository)
// or one for_each resource, driven by a map in the root's locals with one entry per unit. Only the
// maps differ between repositories; adding a service is one map entry. This file writes the maps
// (values escaped, references checked); the module calls around them are templates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitKey, type IamStatement } from '../recommend/catalog';
import type { Component } from '../recommend/vocabulary';
import { hclLiteral, hclString } from './hcl-escape';
import { ecsServiceModule, envValue, expr, resourceArn } from './hcl-expr';
import type { Prepared } from './render';
import type { ServiceContext } from './render-service';

/** Kinds rendered through a map (not one template per component). */
export const MAPPED_KINDS = new Set(['ecs-fargate-service', 'ecr-repository']);

/** The root file each mapped kind lives in. */
export const MAPPED_FILES: Record<string, string> = {
  'ecs-fargate-service': 'ecs-services.tf',
  'ecr-repository': 'ecr-repositories.tf',
};

type Service = Prepared & { component: Extract<Component, { kind: 'ecs-fargate-service' }> };
type Repository = Prepared & { component: Extract<Component, { kind: 'ecr-repository' }> };

export interface ServiceUnit {
  p: Service;
  sc: ServiceContext;
  iam: IamStatement[];
  /** Datastores it reaches over the network. */
  network: { id: string; sg: string; port: number; label: string }[];
}

const moduleFilesCache = new Map<string, Map<string, string>>();

/**
 * The module's static files, as written under modules/<kind>/ in the generated root; read once per
 * templates folder (analyze renders several times: first render, README, every refinement gate).
 */
export function moduleFiles(templates: string, kind: string): Map<string, string> {
  const dir = join(templates, 'modules', kind);
  let files = moduleFilesCache.get(dir);
  if (!files) {
    files = new Map();
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.tf'))
      .sort())
      files.set(`modules/${kind}/${f}`, readFileSync(join(dir, f), 'utf8'));
    moduleFilesCache.set(dir, files);
  }
  return files;
}

/** Refuses two units with one key: the second would silently replace the first in the map. */
function assertUniqueKeys(keys: string[], what: string): void {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) throw new Error(`two ${what} are named ${JSON.stringify(k)}: a for_each map needs one entry per name`);
    seen.add(k);
  }
}

const pad = (depth: number) => '  '.repeat(depth);

/** An HCL object of already-rendered values, one attribute per line. */
function object(entries: [string, string][], depth: number): string {
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad(depth + 1)}${k} = ${v}`).join('\n')}\n${pad(depth)}}`;
}

/** A map with quoted keys (environment variable names, unit names). */
const quotedKeys = (entries: [string, string][]): [string, string][] => entries.map(([k, v]) => [hclString(k), v]);

function list(items: string[], depth: number): string {
  const inline = `[${items.join(', ')}]`;
  if (inline.length <= 100) return inline;
  return `[\n${items.map((i) => `${pad(depth + 1)}${i},`).join('\n')}\n${pad(depth)}]`;
}

/** One entry of local.ecs_services: what differs from the module's defaults, and every wired variable. */
function serviceEntry(u: ServiceUnit, repositoryKey: string | undefined, depth: number): string {
  const { p, sc } = u;
  const c = p.component;
  const par = c.parameters;
  const key = unitKey(c, p.id);
  const a: [string, string][] = [
    ['cpu', hclLiteral(par.cpu)],
    ['memory', hclLiteral(par.memory)],
  ];
  if (repositoryKey !== undefined && repositoryKey !== key) a.push(['image', hclString(repositoryKey)]);
  if (par.architecture === 'arm64') a.push(['architecture', '"ARM64"']);
  if (par.spot) a.push(['spot', 'true']);
  if (sc.command)
    a.push([
      'command',
      list(
        sc.command.map((x) => hclString(x)),
        depth + 1,
      ),
    ]);
  if (sc.listens) a.push(['container_port', hclLiteral(par.containerPort)]);
  else a.push(['listens', 'false']);
  if (sc.grpc) a.push(['protocol', '"grpc"']);
  a.push(
    ['min_tasks', hclLiteral(par.minTasks)],
    ['max_tasks', hclLiteral(par.maxTasks)],
    ['cpu_target_percent', hclLiteral(par.cpuTargetPercent)],
  );
  if (sc.public) {
    if (!sc.grpc) a.push(['health_check_path', hclString(sc.healthCheckPath)]);
    a.push(['health_check_grace', hclLiteral(sc.grace)]);
    if (c.wiring?.role !== 'web') a.push(['unhealthy_alarm', 'false']);
    a.push([
      'public',
      sc.defaultPublic
        ? `{ priority = ${hclLiteral(sc.rulePriority)}, host_headers = local.public_hosts }`
        : // Other public services answer on <name>.<domain_name>: only with a domain.
          `{ priority = ${hclLiteral(sc.rulePriority)}, host_headers = [${hclString(`${c.service ?? p.id}.`).slice(0, -1)}\${var.domain_name}"], enabled = var.domain_name != "" }`,
    ]);
  }
  if (sc.scService) a.push(['service_connect', `{ alias = ${hclString(sc.scService.alias)}, port = ${hclLiteral(sc.scService.port)} }`]);
  if (sc.env.length) a.push(['environment', object(quotedKeys(sc.env.map((e) => [e.name, envValue(e)])), depth + 1)]);
  if (sc.secrets.length) a.push(['secrets', object(quotedKeys(sc.secrets.map((e) => [e.name, envValue(e)])), depth + 1)]);
  if (sc.secretArns.length) a.push(['secret_arns', list(sc.secretArns.map(expr), depth + 1)]);
  if (u.iam.length) {
    const statements = u.iam.map((s) =>
      object(
        [
          ['sid', hclString(s.sid)],
          [
            'actions',
            list(
              s.actions.map((x) => hclString(x)),
              depth + 3,
            ),
          ],
          ['resources', list(s.resources.map(resourceArn), depth + 3)],
        ],
        depth + 2,
      ),
    );
    a.push(['task_permissions', `[\n${statements.map((s) => `${pad(depth + 2)}${s},`).join('\n')}\n${pad(depth + 1)}]`]);
  }
  if (u.network.length) {
    a.push([
      'datastores',
      object(
        quotedKeys(
          u.network.map((n) => [
            n.id,
            `{ security_group_id = ${expr(n.sg)}, port = ${hclLiteral(n.port)}, description = ${hclString(`To ${n.label}`)} }`,
          ]),
        ),
        depth + 1,
      ),
    ]);
  }
  return object(a, depth);
}

/** The locals of ecs-services.tf: one entry per service, and the Service Connect calls between them. */
export function ecsServicesLocals(units: ServiceUnit[], repositories: Prepared[]): { text: string; calls: boolean } {
  const keys = units.map((u) => unitKey(u.p.component, u.p.id));
  assertUniqueKeys(keys, 'ECS services');
  const repoKey = (id: string) => {
    const r = repositories.find((x) => x.id === id);
    return r ? unitKey(r.component, r.id) : undefined;
  };
  const entries = units.map((u, i) => `    ${hclString(keys[i])} = ${serviceEntry(u, repoKey(u.sc.imageOwner), 2)}`);
  const calls = units.flatMap((u, i) =>
    u.sc.calls.map((t) => {
      const to = units.find((x) => x.p.id === t.id)!;
      const toKey = unitKey(to.p.component, to.p.id);
      return `    ${hclString(`${keys[i]}>${toKey}`)} = { from = ${hclString(keys[i])}, to = ${hclString(toKey)}, port = ${hclLiteral(t.port)} }`;
    }),
  );
  const lines = [
    '# One entry per ECS service (a deployable unit): adding a service is one entry here. The settings',
    '# are those of modules/ecs-service (variables.tf), the variables exactly those the application reads.',
    'locals {',
    '  ecs_services = {',
    entries.join('\n\n'),
    '  }',
  ];
  if (calls.length) {
    lines.push(
      '',
      "  # Service Connect traffic between services: caller > callee, on the callee's port.",
      '  service_calls = {',
      ...calls,
      '  }',
    );
  }
  lines.push('}');
  return { text: lines.join('\n'), calls: calls.length > 0 };
}

/** The locals of ecr-repositories.tf: one image repository per unit that builds an image. */
export function ecrLocals(repositories: Prepared[]): string {
  const repos = repositories as Repository[];
  const keys = repos.map((r) => unitKey(r.component, r.id));
  assertUniqueKeys(keys, 'ECR repositories');
  const entries = repos.map((r, i) => {
    const par = r.component.parameters;
    return `    ${hclString(keys[i])} = { image_tag_mutability = ${hclString(par.imageTagMutability)}, scan_on_push = ${hclLiteral(par.scanOnPush)}, keep_images = ${hclLiteral(par.keepImages)} }`;
  });
  return [
    "# One image repository per unit that builds an image (a unit running another one's image has none).",
    'locals {',
    '  ecr_repositories = {',
    ...entries,
    '  }',
    '}',
  ].join('\n');
}

/**
 * `moved` blocks from the one-file-per-component layout (aws_ecs_service.api in api-service.tf) to
 * the module layout (module.ecs_service["api"].aws_ecs_service.this), written when analyze replaces
 * a module it generated in the old layout: `terraform plan` then moves the state instead of
 * destroying and re-creating every service. Data sources hold no state and are not moved.
 */
export function movedBlocks(units: ServiceUnit[], repositories: Prepared[], alarms: boolean): string {
  const moves: [string, string][] = [];
  const keyOf = (id: string) => {
    const u = units.find((x) => x.p.id === id);
    return u ? unitKey(u.p.component, u.p.id) : undefined;
  };
  for (const u of units) {
    const id = u.p.id;
    const m = ecsServiceModule(unitKey(u.p.component, id));
    const move = (from: string, to: string) => moves.push([from, `${m}.${to}`]);
    move(`aws_cloudwatch_log_group.${id}`, 'aws_cloudwatch_log_group.this');
    move(`aws_iam_role.${id}_execution`, 'aws_iam_role.execution');
    move(`aws_iam_role_policy.${id}_execution`, 'aws_iam_role_policy.execution');
    move(`aws_iam_role.${id}_task`, 'aws_iam_role.task');
    if (u.iam.length) move(`aws_iam_role_policy.${id}_task`, 'aws_iam_role_policy.task[0]');
    move(`aws_ecs_task_definition.${id}`, 'aws_ecs_task_definition.this');
    move(`aws_security_group.${id}_service`, 'aws_security_group.this');
    if (u.sc.public) {
      move(`aws_vpc_security_group_ingress_rule.${id}_service_from_alb`, 'aws_vpc_security_group_ingress_rule.from_load_balancer[0]');
      move(`aws_vpc_security_group_egress_rule.alb_to_${id}`, 'aws_vpc_security_group_egress_rule.load_balancer_to_service[0]');
      move(`aws_lb_target_group.${id}`, 'aws_lb_target_group.this[0]');
      // The first public service's rule had no count; the others' had count (domain only).
      move(u.sc.defaultPublic ? `aws_lb_listener_rule.${id}` : `aws_lb_listener_rule.${id}[0]`, 'aws_lb_listener_rule.this[0]');
    }
    move(`aws_vpc_security_group_egress_rule.${id}_service_https`, 'aws_vpc_security_group_egress_rule.https');
    for (const n of u.network) {
      move(
        `aws_vpc_security_group_egress_rule.${id}_service_to_${n.id}`,
        `aws_vpc_security_group_egress_rule.to_datastore[${hclString(n.id)}]`,
      );
      moves.push([
        `aws_vpc_security_group_ingress_rule.${n.id}_from_${id}_service`,
        `aws_vpc_security_group_ingress_rule.${n.id}_from_services[${hclString(unitKey(u.p.component, id))}]`,
      ]);
    }
    move(`aws_ecs_service.${id}`, 'aws_ecs_service.this');
    move(`aws_appautoscaling_target.${id}`, 'aws_appautoscaling_target.this');
    move(`aws_appautoscaling_policy.${id}_cpu`, 'aws_appautoscaling_policy.cpu');
    if (alarms) {
      move(`aws_cloudwatch_metric_alarm.${id}_cpu_high`, 'aws_cloudwatch_metric_alarm.cpu_high[0]');
      if (u.sc.public && u.p.component.wiring?.role === 'web')
        move(`aws_cloudwatch_metric_alarm.${id}_unhealthy`, 'aws_cloudwatch_metric_alarm.unhealthy[0]');
    }
    for (const t of u.sc.calls) {
      const pair = hclString(`${unitKey(u.p.component, id)}>${keyOf(t.id)}`);
      moves.push([`aws_vpc_security_group_egress_rule.${id}_to_${t.id}`, `aws_vpc_security_group_egress_rule.service_to_service[${pair}]`]);
      moves.push([
        `aws_vpc_security_group_ingress_rule.${t.id}_from_${id}`,
        `aws_vpc_security_group_ingress_rule.service_from_service[${pair}]`,
      ]);
    }
  }
  for (const r of repositories) {
    const k = hclString(unitKey(r.component, r.id));
    moves.push(
      [`aws_ecr_repository.${r.id}`, `aws_ecr_repository.unit[${k}]`],
      [`aws_ecr_lifecycle_policy.${r.id}`, `aws_ecr_lifecycle_policy.unit[${k}]`],
    );
  }
  return [
    '# State moves from the one-file-per-component layout Inframate generated before (api-service.tf,',
    '# api-ecr.tf) to the module layout: `terraform plan` moves these resources instead of replacing',
    '# them. Once applied everywhere, this file may be deleted.',
    ...moves.map(([from, to]) => `\nmoved {\n  from = ${expr(from)}\n  to   = ${expr(to)}\n}`),
  ].join('\n');
}
