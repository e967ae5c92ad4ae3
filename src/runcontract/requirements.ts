// A unit's environment requirements: the variables its code reads (with defaults and strictness),
// those its framework reads by itself, those compose / Kubernetes set and env examples list —
// merged by name, classified (what each carries) and judged required or optional.
import type { EnvRequirement, Evidence } from './types';
import type { RepoFiles } from './files';
import type { DeclaredCompose, K8sWorkload } from './declared';
import type { EnvRead } from './env-reads';
import type { ImpliedVariable } from './framework-env';
import { DATASTORE_IMAGE_INIT, classifyVariable, isRequired, optionalReason } from './carries';

export interface EnvSources {
  implied: ImpliedVariable[];
  compose?: DeclaredCompose;
  composeEnvFiles: { name: string; value: string; evidence: Evidence }[];
  k8s?: K8sWorkload;
  examples: { name: string; value: string; evidence: Evidence }[];
  /** The env examples are the unit's own (not a monorepo-wide list). */
  examplesAreOwn: boolean;
  unitNames: readonly string[];
  /** Units of this repository that Inframate deploys, by name (addresses of others are required). */
  deployedNames: ReadonlySet<string>;
  /** Datastores the unit uses. */
  stores: ReadonlySet<string>;
  /** Variables the unit's Dockerfile sets with ENV: they have a value in the image. */
  imageEnv?: ReadonlySet<string>;
  /** Committed defaults the framework loads itself (Symfony's .env): a non-empty value is a default. */
  defaults?: { name: string; value: string; evidence: Evidence }[];
  /** Spring profiles the unit activates itself (application.properties, Dockerfile). */
  activeProfiles?: readonly string[];
}

/** Set by the runtime or the platform, never wired by generation. */
const RUNTIME_NAMES =
  /^(NODE_ENV|PATH|HOME|TZ|LANG|DEBUG|PYTHONUNBUFFERED|PYTHONDONTWRITEBYTECODE|DJANGO_SETTINGS_MODULE|FLASK_APP|FLASK_ENV|FLASK_DEBUG|RAILS_ENV|ASPNETCORE_ENVIRONMENT|ASPNETCORE_URLS|APP_ENV|APP_DEBUG|APP_NAME|APP_LOG_LEVEL|LOG_LEVEL|DISABLE_\w+|ENABLE_\w+|GOCACHE|GOPATH)$/;

const SECRETISH = new Set(['secret', 'database-password', 'cache-password']);
/** Names that hold a secret whatever they were classified as: their values are never copied. */
export const SECRET_NAME = /(PASS(WORD|WD|PHRASE)?|PWD|SECRET|TOKEN|CREDENTIALS?|PRIVATE|API_?KEY|ACCESS_KEY|AUTH_KEY|SIGNING_KEY)(_|$)/i;
const exampleOf = (carries: string, value: string | undefined, name = '') =>
  value === undefined || value === ''
    ? undefined
    : SECRETISH.has(carries) || SECRET_NAME.test(name) || /:\/\/[^/\s:@]+:[^@\s]+@/.test(value)
      ? '(redacted)'
      : value.slice(0, 120);

type Merged = EnvRequirement & {
  strict: boolean;
  conditional?: boolean;
  presenceTested?: boolean;
  /** Spring profiles whose own files are the only places the variable is read. */
  profiles?: string[];
  defaultText?: string;
  value?: string;
};

export function requirements(reads: readonly EnvRead[], src: EnvSources): EnvRequirement[] {
  const byName = new Map<string, Merged>();
  for (const r of reads) {
    const prev = byName.get(r.name);
    if (prev) {
      prev.hasDefault &&= r.hasDefault;
      prev.strict ||= r.strict;
      prev.conditional &&= !!r.conditional;
      // Optional only when every file reading it tests it first (or reads it on an optional path).
      prev.presenceTested &&= !!r.presenceTested || !!r.conditional;
      prev.profiles = prev.profiles && r.profile ? [...prev.profiles, r.profile] : undefined;
      prev.defaultText ??= r.defaultText;
      if (prev.evidence.length < 3) prev.evidence.push(r.evidence);
      continue;
    }
    byName.set(r.name, {
      name: r.name,
      carries: 'config',
      hasDefault: r.hasDefault,
      required: false,
      evidence: [r.evidence],
      source: 'code',
      strict: r.strict,
      conditional: !!r.conditional,
      presenceTested: !!r.presenceTested,
      ...(r.profile ? { profiles: [r.profile] } : {}),
      defaultText: r.defaultText,
    });
  }
  const set = (name: string, value: string | undefined, evidence: Evidence, source: EnvRequirement['source']) => {
    const prev = byName.get(name);
    if (prev) {
      prev.value ??= value;
      if (prev.evidence.length < 4) prev.evidence.push(evidence);
      return;
    }
    byName.set(name, { name, carries: 'config', hasDefault: false, required: false, evidence: [evidence], source, strict: false, value });
  };
  if (src.compose) {
    const c = src.compose;
    c.environment.forEach((e, i) => {
      const [name, ...rest] = e.split('=');
      set(name.trim(), rest.join('=') || undefined, { file: c.file, line: c.environmentLines?.[i] }, 'compose');
    });
  }
  for (const e of src.composeEnvFiles) set(e.name, e.value, e.evidence, 'compose');
  if (src.k8s) for (const e of src.k8s.env) set(e.name, e.value, { file: src.k8s.file, line: e.line }, 'kubernetes');

  for (const d of src.defaults ?? []) {
    const v = byName.get(d.name);
    if (!v || d.value === '') continue;
    v.hasDefault = true;
    v.strict = false;
    v.defaultText ??= d.value;
    if (v.evidence.length < 4) v.evidence.push(d.evidence);
  }
  for (const name of src.imageEnv ?? []) {
    const v = byName.get(name);
    if (v) {
      v.hasDefault = true;
      v.strict = false;
    }
  }
  // A Spring profile the deployment activates (SPRING_PROFILES_ACTIVE set by compose / Kubernetes): its files' reads apply.
  const active = new Set([
    ...(byName.get('SPRING_PROFILES_ACTIVE')?.value ?? '').split(',').map((p) => p.trim()),
    ...(src.activeProfiles ?? []),
  ]);
  for (const v of byName.values()) if (v.profiles?.some((p) => active.has(p))) v.conditional = false;
  const profileOnly = new Set([...byName.values()].filter((v) => v.profiles && v.conditional).map((v) => v.name));
  const out: EnvRequirement[] = [];
  for (const v of byName.values()) {
    if (!v.strict && RUNTIME_NAMES.test(v.name)) continue;
    const example = src.examples.find((x) => x.name === v.name);
    const c = classifyVariable(v.name, v.value ?? example?.value ?? v.defaultText, src.unitNames);
    // TRAINER_GRPC_ADDR naming a compose service of a shared development image (trainer-grpc) while the
    // deployed unit is "trainer": the protocol word is not part of the unit's name.
    if (c.carries === 'service-address' && (!c.target || !src.deployedNames.has(c.target))) {
      const alt = deployedTarget(v.name, src.deployedNames);
      if (alt) c.target = alt;
    }
    const required = isRequired(
      {
        name: v.name,
        carries: c.carries,
        hasDefault: v.hasDefault,
        defaultText: v.defaultText,
        strict: v.strict,
        target: c.target,
        conditional: v.conditional,
        presenceTested: v.presenceTested,
      },
      src.stores,
      src.deployedNames,
    );
    const req: EnvRequirement = {
      name: v.name,
      carries: c.carries,
      hasDefault: v.hasDefault,
      required,
      evidence: v.evidence,
      source: v.source,
    };
    if (c.target) req.target = c.target;
    if (c.scheme) req.scheme = c.scheme;
    const why = optionalReason(v.name);
    if (why) req.optionalReason = why;
    const ex = exampleOf(c.carries, v.value ?? example?.value, v.name);
    if (ex !== undefined) req.example = ex;
    if (example && !v.evidence.some((e) => e.file === example.evidence.file)) req.evidence = [...v.evidence, example.evidence].slice(0, 4);
    out.push(req);
  }
  for (const i of src.implied) {
    const same = out.find((o) => o.name === i.name);
    if (same) {
      same.required ||= i.required;
      continue;
    }
    // The code names its own connection variables (required, or read only in a Spring profile's file it
    // may not activate): the framework's generic one is not a second requirement.
    if (i.carries === 'database-url' && out.some((o) => o.carries.startsWith('database-') && (o.required || profileOnly.has(o.name))))
      continue;
    out.push({
      name: i.name,
      carries: i.carries,
      hasDefault: false,
      required: i.required,
      ...(i.target ? { target: i.target } : {}),
      ...(i.scheme ? { scheme: i.scheme } : {}),
      evidence: i.evidence,
      source: 'framework',
    });
  }
  // Variables listed only in an env example: required when they carry what the unit cannot start without.
  for (const e of src.examples) {
    if (out.some((o) => o.name === e.name) || RUNTIME_NAMES.test(e.name)) continue;
    const c = classifyVariable(e.name, e.value, src.unitNames);
    // POSTGRES_PASSWORD beside the DATABASE_URL the code reads: the database container's setting, shared in one example file.
    const imageInit = DATASTORE_IMAGE_INIT.test(e.name) && out.some((o) => o.carries === 'database-url' && o.source === 'code');
    const required =
      !imageInit &&
      src.examplesAreOwn &&
      isRequired({ name: e.name, carries: c.carries, hasDefault: false, strict: false, target: c.target }, src.stores, src.deployedNames);
    out.push({
      name: e.name,
      carries: c.carries,
      hasDefault: false,
      required,
      ...(c.target ? { target: c.target } : {}),
      ...(c.scheme ? { scheme: c.scheme } : {}),
      ...(exampleOf(c.carries, e.value, e.name) !== undefined ? { example: exampleOf(c.carries, e.value, e.name) } : {}),
      evidence: [e.evidence],
      source: 'env-example',
    });
  }
  return out.sort((a, b) => Number(b.required) - Number(a.required) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function parseEnvLines(files: RepoFiles, file: string): { name: string; value: string; evidence: Evidence }[] {
  const out: { name: string; value: string; evidence: Evidence }[] = [];
  files.lines(file).forEach((l, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(l);
    if (m) out.push({ name: m[1], value: m[2].trim().replace(/^["']|["']$/g, ''), evidence: { file, line: i + 1 } });
  });
  return out;
}

export function envFileEntries(files: RepoFiles, c: DeclaredCompose): { name: string; value: string; evidence: Evidence }[] {
  const dir = c.file.includes('/') ? c.file.slice(0, c.file.lastIndexOf('/')) : '.';
  return (c.envFile ?? []).flatMap((f) => {
    const rel = (dir === '.' ? f : `${dir}/${f}`).replace(/^\.\//, '').replace(/\/\.\//g, '/');
    return files.all.includes(rel) ? parseEnvLines(files, rel) : [];
  });
}

export function exampleEntries(files: RepoFiles, paths: readonly string[]): { name: string; value: string; evidence: Evidence }[] {
  return paths.flatMap((p) => parseEnvLines(files, p));
}

/** The deployed unit a `<UNIT>_<GRPC|HTTP|API>_ADDR` variable names once the protocol word is dropped. */
function deployedTarget(name: string, deployed: ReadonlySet<string>): string | undefined {
  const stem = name
    .replace(/_(SERVICE_)?(ADDR|ADDRESS|HOST|URL|URI|ENDPOINT)$/i, '')
    .replace(/_(GRPC|HTTP|HTTPS|REST|API|RPC)$/i, '')
    .replace(/_/g, '')
    .toLowerCase();
  if (!stem) return undefined;
  return [...deployed].find((u) => {
    const n = u.replace(/[-_]/g, '').toLowerCase();
    return n === stem || n === `${stem}service` || n.replace(/service$/, '') === stem;
  });
}
