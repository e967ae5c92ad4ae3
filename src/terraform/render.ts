// Renders a recommended architecture into a complete Terraform root module from the Handlebars
// templates under templates/aws/terraform/. Templates run with noEscape and are checked before use:
// every {{…}} must be a helper call, so no value can reach the output without HCL escaping.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { CATALOG, metaOf, type AlarmDecl, type EnvVar, type IamStatement, type OutputDecl, type Reachable, type VariableDecl } from '../recommend/catalog';
import type { Component, ComponentKind } from '../recommend/vocabulary';
import { escapeHclStringBody, hclLiteral, hclMap, hclString, markdownText, tfIdent, awsName } from './hcl-escape';

export interface ModuleInput {
  project: string;
  environment: string;
  region: string;
  tags: Record<string, string>;
  components: Component[];
  /** Service name → datastore ids it uses (from the profile); absent: every service reaches every datastore. */
  serviceDatastores?: Record<string, string[]>;
  /** Text for the README (architecture notes, caveats). */
  notes?: string[];
  /** Monthly cost per component key, when known. */
  costs?: { label: string; monthly: number | null }[];
  costNote?: string;
}

export interface RenderedModule {
  /** Relative file name → content, in a stable order. */
  files: Map<string, string>;
  /** Component key → files it produced. */
  componentFiles: { component: Component; id: string; file: string }[];
}

/** Walk up from this file to the package root (works from src/ and from the dist/ bundle). */
export function packageRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'inframate') return dir;
      } catch {
        // an unreadable package.json of another package: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the inframate package root (templates/ directory)');
    dir = parent;
  }
}

export const templatesDir = (root = packageRoot()) => join(root, 'templates', 'aws', 'terraform');

/** A Terraform reference we generate: identifiers, dots, [n], [*]. Anything else is refused. */
const REFERENCE = /^[a-z_][a-z0-9_-]*(?:\.[a-z_][a-z0-9_-]*|\[\d+\]|\[\*\])*$/i;
/** Quoted interpolations we generate (outputs): "https://${aws_lb.x.dns_name}". */
const QUOTED_REFERENCE = /^"[a-z:/.-]*\$\{[a-z_][a-z0-9_.\-[\]*]*\}"$/i;

function expr(value: unknown): string {
  const s = String(value);
  if (REFERENCE.test(s) || QUOTED_REFERENCE.test(s)) return s;
  throw new Error(`refusing to insert ${JSON.stringify(s)} as a Terraform expression`);
}

function createEnvironment(dir: string): typeof Handlebars {
  const hb = Handlebars.create();
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    str: (v: unknown) => hclString(v),
    body: (v: unknown) => escapeHclStringBody(String(v ?? '')),
    ident: (v: unknown) => tfIdent(v),
    name: (v: unknown) => awsName(v),
    lit: (v: unknown) => hclLiteral(v),
    map: (v: Record<string, unknown>) => hclMap(v),
    expr,
    md: (v: unknown) => markdownText(v),
    // A number for prose (README): finite numbers only.
    num: (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '0'),
    money: (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? `$${v.toFixed(2)}` : 'usage-based'),
    resource: (r: { ref: string; suffix?: string }) => (r.suffix ? `"\${${expr(r.ref)}}${escapeHclStringBody(r.suffix)}"` : expr(r.ref)),
    envValue: (e: EnvVar) => (e.ref ? expr(e.ref) : hclString(e.value ?? '')),
    eq: (a: unknown, b: unknown) => a === b,
    not: (a: unknown) => !a,
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    gt: (a: number, b: number) => a > b,
    sub: (a: number, b: number) => a - b,
    strings: (v: unknown[]) => hclLiteral((v ?? []).map(String)),
  };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  const partialsDir = join(dir, 'partials');
  if (existsSync(partialsDir)) {
    for (const f of readdirSync(partialsDir).filter((x) => x.endsWith('.hbs'))) {
      const src = readFileSync(join(partialsDir, f), 'utf8');
      assertSafeTemplate(src, `partials/${f}`, Object.keys(helpers));
      hb.registerPartial(f.replace(/\.hbs$/, ''), src);
    }
  }
  return hb;
}

/**
 * Rejects a template with a bare {{value}}: with noEscape such a value would land in HCL verbatim.
 * Every mustache must call a helper with at least one argument (str, body, ident, lit, expr, …).
 */
export function assertSafeTemplate(source: string, file: string, helpers: string[]): void {
  const ast = Handlebars.parse(source);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; path?: { original?: string }; params?: unknown[]; loc?: { start: { line: number } } };
    if (n.type === 'MustacheStatement') {
      const name = n.path?.original ?? '';
      if (!helpers.includes(name) || (n.params?.length ?? 0) === 0) {
        throw new Error(`${file}:${n.loc?.start.line ?? 0}: {{${name}}} inserts a value without an HCL escaping helper`);
      }
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && (v as { type?: string }).type) visit(v);
    }
  };
  visit(ast);
}

const templateCache = new Map<string, HandlebarsTemplateDelegate>();

function compile(hb: typeof Handlebars, dir: string, rel: string, helpers: string[]): HandlebarsTemplateDelegate {
  const path = join(dir, rel);
  const key = `${path}`;
  let t = templateCache.get(key);
  if (!t) {
    const src = readFileSync(path, 'utf8');
    assertSafeTemplate(src, rel, helpers);
    t = hb.compile(src, { noEscape: true, strict: false, preventIndent: true });
    templateCache.set(key, t);
  }
  return t;
}

/** Datastore kinds and the datastore ids (profile) each one serves. */
const SERVES: Partial<Record<ComponentKind, string[]>> = {
  'rds-postgresql': ['postgresql'],
  'rds-mysql': ['mysql', 'mariadb'],
  'aurora-serverless-v2': ['postgresql', 'mysql', 'mariadb'],
  'elasticache-redis': ['redis', 'memcached'],
  'dynamodb-table': ['dynamodb'],
  documentdb: ['mongodb'],
  opensearch: ['opensearch', 'elasticsearch'],
};
const COMPUTE_KINDS = new Set<ComponentKind>(['ecs-fargate-service', 'lambda-function']);

interface Prepared {
  component: Component;
  id: string;
  file: string;
}

function uniqueIds(components: Component[]): Prepared[] {
  const used = new Set<string>();
  return components.map((component) => {
    const meta = metaOf(component);
    const base = meta.id(component);
    let id = base;
    // Different kinds may share an id (ecr/service/alb of one service): the kind qualifies it in
    // resource names, so uniqueness is per kind.
    for (let i = 2; used.has(`${component.kind}:${id}`); i++) id = `${base}_${i}`;
    used.add(`${component.kind}:${id}`);
    return { component, id, file: meta.file(component, id) };
  });
}

/** Which reachable datastores / messaging a compute component may use. */
function reachFor(compute: Prepared, all: Prepared[], input: ModuleInput): Reachable[] {
  const perService = input.serviceDatastores ?? {};
  const anyPerService = Object.values(perService).some((d) => d.length > 0);
  const mine = new Set(perService[compute.component.service ?? ''] ?? []);
  const out: Reachable[] = [];
  for (const p of all) {
    const meta = metaOf(p.component);
    if (!meta.reach) continue;
    const serves = SERVES[p.component.kind];
    if (serves && anyPerService && !serves.some((d) => mine.has(d))) continue;
    out.push(meta.reach(p.component, p.id));
  }
  return out;
}

export function renderModule(input: ModuleInput, root = packageRoot()): RenderedModule {
  const dir = templatesDir(root);
  const hb = createEnvironment(dir);
  const helpers = Object.keys(hb.helpers);
  const prepared = uniqueIds(input.components);
  const has = (k: ComponentKind) => prepared.some((p) => p.component.kind === k);
  const ofKind = (k: ComponentKind) => prepared.filter((p) => p.component.kind === k);
  const prod = input.environment === 'prod';

  const clientsOf = (datastore: Prepared) =>
    prepared
      .filter((p) => COMPUTE_KINDS.has(p.component.kind))
      .filter((p) => reachFor(p, prepared, input).some((r) => r.id === datastore.id && r.kind === datastore.component.kind))
      .map((p) => ({ id: `${p.id}_${p.component.kind === 'lambda-function' ? 'lambda' : 'service'}`, sg: metaOf(p.component).clientSg!(p.component, p.id)! }));

  const alarms: AlarmDecl[] = prepared.flatMap((p) => metaOf(p.component).alarms?.(p.component, p.id) ?? []);
  const module = {
    project: input.project,
    environment: input.environment,
    region: input.region,
    prod,
    tags: input.tags,
    vpc: has('vpc'),
    cluster: has('ecs-cluster'),
    observability: has('observability'),
    azCount: ofKind('vpc')[0]?.component.kind === 'vpc' ? (ofKind('vpc')[0]!.component.parameters as { azCount: number }).azCount : 2,
  };

  const files = new Map<string, string>();
  const append = (file: string, text: string) => files.set(file, files.has(file) ? `${files.get(file)!.trimEnd()}\n\n${text}` : text);
  for (const p of prepared) {
    const reach = COMPUTE_KINDS.has(p.component.kind) ? reachFor(p, prepared, input) : [];
    const network = reach.flatMap((r) => (r.network ? [{ ...r.network, id: r.id }] : []));
    const ctx = {
      module,
      c: p.component,
      p: p.component.parameters,
      id: p.id,
      service: p.component.service ?? p.id,
      env: reach.flatMap((r) => r.env) as EnvVar[],
      secrets: reach.flatMap((r) => r.secrets),
      iam: reach.flatMap((r) => r.iam) as IamStatement[],
      network,
      inVpc: network.length > 0,
      clients: clientsOf(p),
      alarms,
      hasAlb: prepared.some((o) => o.component.kind === 'alb' && o.id === p.id),
      hasApi: prepared.some((o) => o.component.kind === 'api-gateway-http' && o.id === p.id),
      hasSite: prepared.some((o) => o.component.kind === 's3-static-site' && o.id === p.id),
    };
    append(p.file, compile(hb, dir, `components/${p.component.kind}.tf.hbs`, helpers)(ctx));
  }

  const variables = dedupe(prepared.flatMap((p) => metaOf(p.component).variables?.(p.component, p.id) ?? []));
  const outputs: OutputDecl[] = prepared.flatMap((p) => metaOf(p.component).outputs?.(p.component, p.id) ?? []);
  const shared = {
    module,
    variables,
    outputs,
    components: prepared.map((p) => ({ ...p, label: CATALOG[p.component.kind].label })),
    notes: input.notes ?? [],
    costs: input.costs ?? [],
    costNote: input.costNote ?? '',
    total: (input.costs ?? []).reduce((s, c) => s + (c.monthly ?? 0), 0),
    requiredVariables: variables.filter((v) => v.default === undefined),
  };
  const ordered = new Map<string, string>();
  for (const f of ['versions.tf', 'providers.tf', 'variables.tf']) ordered.set(f, compile(hb, dir, `${f}.hbs`, helpers)(shared));
  for (const [f, text] of files) ordered.set(f, text);
  ordered.set('outputs.tf', compile(hb, dir, 'outputs.tf.hbs', helpers)(shared));
  ordered.set('README.md', compile(hb, dir, 'README.md.hbs', helpers)(shared));
  for (const [f, text] of ordered) ordered.set(f, tidy(text));
  return { files: ordered, componentFiles: prepared };
}

/** One declaration per variable name: the first wins (components of one kind declare the same shared input). */
function dedupe(vars: VariableDecl[]): VariableDecl[] {
  const seen = new Map<string, VariableDecl>();
  for (const v of vars) if (!seen.has(v.name)) seen.set(v.name, v);
  return [...seen.values()];
}

/** Collapse the blank lines Handlebars blocks leave behind; end with one newline. */
function tidy(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
