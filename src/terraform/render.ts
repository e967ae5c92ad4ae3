// Renders a recommended architecture into a complete Terraform root module from the Handlebars
// templates under templates/aws/terraform/. Templates run with noEscape and are checked before use:
// every {{…}} must be a helper call, so no value can reach the output without HCL escaping.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import {
  CATALOG,
  DATASTORE_SERVES,
  firstByName,
  metaOf,
  unitKey,
  type AlarmDecl,
  type EnvVar,
  type IamStatement,
  type OutputDecl,
  type Reachable,
} from '../recommend/catalog';
import type { Component, ComponentKind, ComponentParameters } from '../recommend/vocabulary';
import { connectionFor, describeWired, serviceContext, type ServiceContext } from './render-service';
import { apiContext, lambdaContext } from './render-functions';
import { ecrLocals, ecsServicesLocals, MAPPED_FILES, MAPPED_KINDS, moduleFiles, movedBlocks, type ServiceUnit } from './render-layout';
import { alignHcl } from './hcl-align';
import { PRECOMPILED } from './precompiled-templates';
import { escapeHclStringBody, hclLiteral, hclMap, hclString, markdownText, tfIdent } from './hcl-escape';
import { ecsServiceModule, envValue, expr, resourceArn } from './hcl-expr';

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
  /** Mermaid flowchart of the components, for the README. */
  mermaid?: string;
  /** Which provider schema validated the module, e.g. "hashicorp/aws 6.25.0". */
  schemaLabel?: string;
  /** Replacing a module generated in the one-file-per-component layout: add moved.tf (state moves). */
  movedFromFileLayout?: boolean;
}

export interface RenderedModule {
  /** Relative file name → content, in a stable order. */
  files: Map<string, string>;
  /** Component key → files it produced. */
  componentFiles: {
    component: Component;
    id: string;
    file: string;
    /** Mapped kinds: the module instance (module.ecs_service["api"]) or the for_each key in `file`. */
    module?: string;
    key?: string;
  }[];
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

/** Helpers whose result may be written into the output: each escapes for its context. */
const OUTPUT_HELPERS: Record<string, (...args: never[]) => string> = {
  str: (v: unknown) => hclString(v),
  body: (v: unknown) => escapeHclStringBody(String(v ?? '')),
  ident: (v: unknown) => tfIdent(v),
  lit: (v: unknown) => hclLiteral(v),
  map: (v: Record<string, unknown>) => hclMap(v),
  value: (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? hclMap(v as Record<string, unknown>) : hclLiteral(v)),
  tftype: (v: unknown) => {
    if (!VARIABLE_TYPES.has(String(v))) throw new Error(`unsupported variable type ${JSON.stringify(v)}`);
    return String(v);
  },
  expr,
  md: (v: unknown) => markdownText(v),
  diagram: (v: unknown) => String(v ?? '').replace(/`/g, "'"),
  money: (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? `$${v.toFixed(2)}` : 'usage-based'),
  resource: (r: { ref: string; suffix?: string }) => resourceArn(r),
  envValue: (e: EnvVar) => envValue(e),
  strings: (v: unknown[]) => hclLiteral((v ?? []).map(String)),
};

/** Helpers for conditions and building arguments: allowed only inside (…) or block parameters. */
const VALUE_HELPERS: Record<string, (...args: never[]) => unknown> = {
  eq: (a: unknown, b: unknown) => a === b,
  not: (a: unknown) => !a,
  or: (...args: unknown[]) => args.slice(0, -1).find(Boolean) ?? false,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  defined: (v: unknown) => v !== undefined && v !== null,
  add: (a: number, b: number) => a + b,
  /** Concatenation into a Terraform identifier. */
  join: (...args: unknown[]) => tfIdent(args.slice(0, -1).map(String).join('_').replace(/__+/g, '_')),
  /** Plain concatenation (escaped later by the output helper it feeds). */
  text: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
  list: (...args: unknown[]) => args.slice(0, -1),
};

const VARIABLE_TYPES = new Set(['string', 'number', 'bool', 'map(string)', 'list(string)']);

const environments = new Map<string, typeof Handlebars>();

function createEnvironment(dir: string): typeof Handlebars {
  const cached = environments.get(dir);
  if (cached) return cached;
  const hb = Handlebars.create();
  environments.set(dir, hb);
  for (const [name, fn] of Object.entries({ ...OUTPUT_HELPERS, ...VALUE_HELPERS }))
    hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const partialsDir = join(dir, 'partials');
  if (existsSync(partialsDir)) {
    for (const f of readdirSync(partialsDir).filter((x) => x.endsWith('.hbs'))) {
      const src = readFileSync(join(partialsDir, f), 'utf8');
      // A precompiled partial is a function; otherwise its source, compiled when first used.
      const pre = precompiled(hb, src, `partials/${f}`);
      if (!pre) assertSafeTemplate(src, `partials/${f}`);
      hb.registerPartial(f.replace(/\.hbs$/, ''), pre ?? src);
    }
  }
  return hb;
}

/**
 * Rejects a template with a bare {{value}}: with noEscape such a value would land in HCL verbatim.
 * Every mustache must call a helper with at least one argument (str, body, ident, lit, expr, …).
 */
export function assertSafeTemplate(source: string, file: string, helpers: string[] = Object.keys(OUTPUT_HELPERS)): void {
  const ast = Handlebars.parse(source);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; path?: { original?: string }; params?: unknown[]; loc?: { start: { line: number } } };
    if (n.type === 'MustacheStatement') checkMustache(n.path?.original ?? '', n.loc?.start.line ?? 0, n.params?.length ?? 0, file, helpers);
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && (v as { type?: string }).type) visit(v);
    }
  };
  visit(ast);
}

function checkMustache(name: string, line: number, params: number, file: string, helpers: string[]): void {
  if (!helpers.includes(name) || params === 0) {
    throw new Error(`${file}:${line}: {{${name}}} inserts a value without an HCL escaping helper`);
  }
}

/**
 * The bundle's precompiled form of this exact source (same compile options), after the same safety
 * check on the mustaches recorded when it was compiled; undefined when there is none (from source, or
 * a template changed since the bundle was built).
 */
function precompiled(hb: typeof Handlebars, source: string, file: string): HandlebarsTemplateDelegate | undefined {
  if (PRECOMPILED.size === 0) return undefined;
  const entry = PRECOMPILED.get(createHash('sha256').update(source).digest('hex'));
  if (!entry) return undefined;
  const helpers = Object.keys(OUTPUT_HELPERS);
  for (const [name, line, params] of entry.mustaches) checkMustache(name, line, params, file, helpers);
  return hb.template(entry.spec);
}

const templateCache = new Map<string, HandlebarsTemplateDelegate>();
/** Also scripts/precompile-templates.mjs's; partials inherit the calling template's options. */
const COMPILE_OPTIONS = { noEscape: true, strict: false, preventIndent: true };

function compile(hb: typeof Handlebars, dir: string, rel: string): HandlebarsTemplateDelegate {
  const path = join(dir, rel);
  const key = `${path}`;
  let t = templateCache.get(key);
  if (!t) {
    const src = readFileSync(path, 'utf8');
    t = precompiled(hb, src, rel);
    if (!t) {
      assertSafeTemplate(src, rel);
      t = hb.compile(src, COMPILE_OPTIONS);
    }
    templateCache.set(key, t);
  }
  return t;
}

const COMPUTE_KINDS = new Set<ComponentKind>(['ecs-fargate-service', 'lambda-function']);

export interface Prepared {
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
    const serves = DATASTORE_SERVES[p.component.kind];
    if (serves && anyPerService && !serves.some((d) => mine.has(d))) continue;
    out.push(meta.reach(p.component, p.id));
  }
  return out;
}

/** `only`: render just the files it accepts (the others are left out; componentFiles still lists every component). */
export function renderModule(input: ModuleInput, root = packageRoot(), only?: (file: string) => boolean): RenderedModule {
  const dir = templatesDir(root);
  const hb = createEnvironment(dir);
  const prepared = uniqueIds(input.components);
  const has = (k: ComponentKind) => prepared.some((p) => p.component.kind === k);
  const ofKind = (k: ComponentKind) => prepared.filter((p) => p.component.kind === k);
  const prod = input.environment === 'prod';

  const reaches = (p: Prepared, datastore: Prepared) =>
    reachFor(p, prepared, input).some((r) => r.id === datastore.id && r.kind === datastore.component.kind);
  // ECS services are admitted by one for_each rule over local.ecs_services (their `datastores`
  // entries); other compute (Lambda functions) by one rule each.
  const clientsOf = (datastore: Prepared) =>
    prepared
      .filter((p) => COMPUTE_KINDS.has(p.component.kind) && p.component.kind !== 'ecs-fargate-service')
      .filter((p) => reaches(p, datastore))
      .map((p) => ({
        id: `${p.id}_${p.component.kind === 'lambda-function' ? 'lambda' : 'service'}`,
        sg: metaOf(p.component).clientSg!(p.component, p.id)!,
      }));

  const alarms: AlarmDecl[] = prepared.flatMap((p) => metaOf(p.component).alarms?.(p.component, p.id) ?? []);
  const module = {
    project: input.project,
    environment: input.environment,
    region: input.region,
    prod,
    tags: input.tags,
    vpc: has('vpc'),
    cluster: has('ecs-cluster'),
    ecsServices: has('ecs-fargate-service'),
    ecr: has('ecr-repository'),
    lambda: has('lambda-function'),
    observability: has('observability'),
    cloudfrontWaf: ofKind('cloudfront').some((p) => p.component.kind === 'cloudfront' && p.component.parameters.waf),
    deploy: has('github-deploy'),
    sites: has('s3-static-site'),
  };
  // What the GitHub deploy role may touch: exactly the generated repositories, services and sites.
  const deployTargets = {
    repos: ofKind('ecr-repository').map((p) => p.id),
    services: ofKind('ecs-fargate-service').map((p) => p.id),
    sites: ofKind('s3-static-site').map((p) => p.id),
    functionSets: ofKind('lambda-function').map((p) => p.id),
  };
  const sibling = <K extends ComponentKind>(id: string, kind: K) =>
    prepared.find((o) => o.component.kind === kind && o.id === id)?.component.parameters as ComponentParameters[K] | undefined;

  const files = new Map<string, string>();
  const services: ServiceUnit[] = [];
  const append = (file: string, text: string) => files.set(file, files.has(file) ? `${files.get(file)!.trimEnd()}\n\n${text}` : text);
  for (const p of prepared) {
    if (only && !only(MAPPED_FILES[p.component.kind] ?? p.file)) continue;
    const reach = COMPUTE_KINDS.has(p.component.kind) ? reachFor(p, prepared, input) : [];
    const network = reach.flatMap((r) => (r.network ? [{ ...r.network, id: r.id }] : []));
    const ctx = {
      urls: metaOf(p.component).connection?.(p.component, p.id).urls ?? [],
      module,
      c: p.component,
      p: p.component.parameters,
      id: p.id,
      service: p.component.service ?? p.id,
      // One name once (ECS rejects a name given twice; the deployability gate's duplicate-container-env rule).
      env: firstByName<EnvVar>(reach.flatMap((r) => r.env)),
      secrets: firstByName<EnvVar>(reach.flatMap((r) => r.secrets.map((x) => ({ name: x.name, ref: x.arn })))),
      secretArns: reach.flatMap((r) => r.secrets.map((x) => x.arn)),
      iam: reach.flatMap((r) => r.iam) as IamStatement[],
      network,
      inVpc: network.length > 0,
      clients: clientsOf(p),
      serviceClients: ofKind('ecs-fargate-service').some((x) => reaches(x, p)),
      alarms,
      hasAlb: sibling(p.id, 'alb') !== undefined,
      containerPort: sibling(p.id, 'ecs-fargate-service')?.containerPort ?? 8080,
      healthCheckPath: sibling(p.id, 'ecs-fargate-service')?.healthCheckPath ?? '/',
      siteIndex: sibling(p.id, 's3-static-site')?.indexDocument ?? 'index.html',
      singlePageApp: sibling(p.id, 's3-static-site')?.singlePageApp ?? false,
      // SPA + API: CloudFront sends /api/* to the load balancer.
      apiOrigin: has('alb') && (sibling(p.id, 's3-static-site')?.singlePageApp ?? false),
      port: metaOf(p.component).reach?.(p.component, p.id).network?.port,
      ...deployTargets,
      // ECS services: the run contract's variables, Service Connect and load balancer wiring.
      ...(p.component.kind === 'ecs-fargate-service' ? serviceContext(p, prepared, reach) : {}),
      // Lambda functions (a map through modules/lambda-function) and the HTTP API routes to them.
      ...(p.component.kind === 'lambda-function' ? lambdaContext(p, prepared, reach) : {}),
      ...(p.component.kind === 'api-gateway-http' ? apiContext(p, prepared) : {}),
    };
    if (p.component.kind === 'ecs-fargate-service')
      services.push({ p: p as ServiceUnit['p'], sc: ctx as unknown as ServiceContext, iam: ctx.iam, network });
    if (MAPPED_KINDS.has(p.component.kind)) continue; // one map entry, written below
    append(p.file, compile(hb, dir, `components/${p.component.kind}.tf.hbs`)(ctx));
  }
  // Kinds that repeat per unit: a map in the root and one module (or for_each resource) for all.
  const repositories = ofKind('ecr-repository');
  if (repositories.length && (!only || only(MAPPED_FILES['ecr-repository']!))) {
    files.set(MAPPED_FILES['ecr-repository']!, `${ecrLocals(repositories)}\n\n${compile(hb, dir, 'root/ecr-repositories.tf.hbs')({})}`);
  }
  // The services' alarms: ecs-services.tf passes them to the module, moved.tf moves the old ones.
  const observability = ofKind('observability')[0]?.component;
  const alarmsOn = observability?.kind === 'observability' && observability.parameters.alarms;
  if (services.length) {
    const locals = ecsServicesLocals(services, repositories);
    const call = compile(hb, dir, 'root/ecs-services.tf.hbs')({ alb: has('alb'), calls: locals.calls, alarms: alarmsOn });
    files.set(MAPPED_FILES['ecs-fargate-service']!, `${locals.text}\n\n${call}`);
  }

  const dns = !only || only('private-dns.tf') ? privateDnsFile(prepared, has('vpc')) : undefined;
  if (dns) files.set('private-dns.tf', dns);

  // From the components, not `services` (empty when `only` leaves ecs-services.tf out: the README-only render).
  const moved = Boolean(input.movedFromFileLayout && (has('ecs-fargate-service') || repositories.length));
  const variables = firstByName(prepared.flatMap((p) => metaOf(p.component).variables?.(p.component, p.id) ?? []));
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
    schemaVersion: input.schemaLabel ?? 'AWS provider 6.x',
    mermaid: input.mermaid ?? '',
    moved,
    runContract: prepared.flatMap((p) =>
      p.component.kind === 'ecs-fargate-service'
        ? (p.component.wiring?.env ?? []).map((e) => ({ service: p.component.service ?? p.id, name: e.name, how: describeWired(e) }))
        : [],
    ),
  };
  const ordered = new Map<string, string>();
  const want = (f: string) => !only || only(f);
  for (const f of ['versions.tf', 'providers.tf', 'variables.tf']) if (want(f)) ordered.set(f, compile(hb, dir, `${f}.hbs`)(shared));
  for (const [f, text] of files) ordered.set(f, text);
  if (want('outputs.tf')) ordered.set('outputs.tf', compile(hb, dir, 'outputs.tf.hbs')(shared));
  if (want('README.md')) ordered.set('README.md', compile(hb, dir, 'README.md.hbs')(shared));
  for (const [f, text] of ordered) ordered.set(f, tidy(f.endsWith('.tf') ? alignHcl(text) : text));
  if (moved && want('moved.tf')) ordered.set('moved.tf', `${movedBlocks(services, repositories, alarmsOn)}\n`);
  // The modules: static files, the same for every repository.
  if (services.length) for (const [f, text] of moduleFiles(dir, 'ecs-service')) ordered.set(f, text);
  if (has('lambda-function') && want('modules/lambda-function/main.tf'))
    for (const [f, text] of moduleFiles(dir, 'lambda-function')) ordered.set(f, text);
  return {
    files: ordered,
    componentFiles: prepared.map((p) => ({ ...p, file: MAPPED_FILES[p.component.kind] ?? p.file, ...addressOf(p) })),
  };
}

/**
 * Where a mapped component's resources are (a module instance or a for_each instance), for
 * attributing costs: every resource whose address starts with it belongs to the component.
 */
function addressOf(p: Prepared): { module?: string; key?: string } {
  if (p.component.kind === 'ecs-fargate-service') return { module: ecsServiceModule(unitKey(p.component, p.id)) };
  if (p.component.kind === 'ecr-repository') return { key: unitKey(p.component, p.id) };
  // Functions: one module call per component (for_each over its functions), named by its id.
  if (p.component.kind === 'lambda-function') return { module: `module.${p.id}` };
  return {};
}

/** Collapse the blank lines Handlebars blocks leave behind; end with one newline. */
function tidy(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, '')
      .replace(/\{\n\n+/g, '{\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/**
 * Host names the application's code hard-codes for a datastore (`db`, `redis`): a private hosted zone
 * attached to the VPC holds a CNAME per name to the managed endpoint, and the VPC's DHCP options put the
 * zone on the DNS search list (with the region's default domain kept), so a bare "db" resolves as
 * db.<zone>. Fargate task definitions cannot set dnsSearchDomains; the VPC's DHCP options are the
 * only search list a task gets (docs/run-contract.md, "Hard-coded datastore hosts").
 */
function privateDnsFile(prepared: Prepared[], vpc: boolean): string | null {
  if (!vpc) return null;
  const aliases = new Map<string, string>();
  for (const p of prepared)
    if (p.component.kind === 'ecs-fargate-service')
      for (const d of p.component.wiring?.datastoreHosts ?? []) {
        const host = connectionFor(d.store, prepared)?.host;
        if (host && !aliases.has(d.host)) aliases.set(d.host, host);
      }
  if (!aliases.size) return null;
  const records = [...aliases].map(
    ([name, ref]) => `resource "aws_route53_record" "datastore_host_${tfIdent(name)}" {
  zone_id = aws_route53_zone.datastore_hosts.zone_id
  name    = ${hclString(name)}
  type    = "CNAME"
  ttl     = 60
  records = [${expr(ref)}]
}`,
  );
  return `# Host names the application's code hard-codes for its datastores (${[...aliases.keys()].join(', ')}): a private
# hosted zone attached to this VPC holds a CNAME per name to the managed endpoint, and the VPC's DHCP
# options put the zone first on the DNS search list, so "${[...aliases.keys()][0]}" resolves as ${[...aliases.keys()][0]}.<zone>.
# Task definitions on Fargate cannot set dnsSearchDomains: the VPC's DHCP options are the search list.
resource "aws_route53_zone" "datastore_hosts" {
  name    = "\${local.name_prefix}.internal"
  comment = "Hard-coded datastore host names of the application"

  vpc {
    vpc_id = aws_vpc.main.id
  }
}

${records.join('\n\n')}

resource "aws_vpc_dhcp_options" "main" {
  # The zone first, then the region's default domain (EC2 host names keep resolving).
  domain_name         = "\${aws_route53_zone.datastore_hosts.name} \${var.aws_region == "us-east-1" ? "ec2.internal" : "\${var.aws_region}.compute.internal"}"
  domain_name_servers = ["AmazonProvidedDNS"]

  tags = {
    Name = "\${local.name_prefix}-dhcp"
  }
}

resource "aws_vpc_dhcp_options_association" "main" {
  vpc_id          = aws_vpc.main.id
  dhcp_options_id = aws_vpc_dhcp_options.main.id
}
`;
}
