import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { relative, resolve } from "node:path";
import { r as readTextBounded, F as FileTooLargeError, a as repositoryRoot, i as isWithin, c as checkInside } from "./load-CM2Ct550.js";
import { I as InputError, a as InframateError } from "./errors-D-4Njnnn.js";
import { d as distExports } from "./index-CZcDDwPZ.js";
import { i as isAuto, a as parseList, n as normalizeCompliance, b as parseAvailability, c as parseBudget, p as parseRegion, d as parseEnvironments, e as parseEnvironment, k as knownStandards } from "./values-D2OdWLFp.js";
import { f as _coercedNumber, Z as ZodNumber, c as union, a as array, r as record, s as string, o as object, n as number$1, d as boolean } from "./schemas-CUcVUsYh.js";
function number(params) {
  return _coercedNumber(ZodNumber, params);
}
const LANGUAGE_IDS = [
  "javascript",
  "typescript",
  "vue",
  "svelte",
  "astro",
  "python",
  "ruby",
  "java",
  "kotlin",
  "scala",
  "groovy",
  "go",
  "php",
  "csharp",
  "fsharp",
  "rust",
  "elixir",
  "swift",
  "dart",
  "c",
  "cpp",
  "html",
  "css",
  "hcl",
  "shell"
];
const FRAMEWORK_IDS = [
  "express",
  "fastify",
  "koa",
  "hapi",
  "nestjs",
  "nextjs",
  "nuxt",
  "react",
  "vue",
  "angular",
  "svelte",
  "sveltekit",
  "remix",
  "astro",
  "gatsby",
  "vite",
  "create-react-app",
  "django",
  "flask",
  "fastapi",
  "rails",
  "sinatra",
  "laravel",
  "symfony",
  "spring-boot",
  "quarkus",
  "micronaut",
  "ktor",
  "gin",
  "echo",
  "fiber",
  "chi",
  "gorilla-mux",
  "net-http",
  "aspnetcore",
  "actix-web",
  "axum",
  "rocket",
  "hugo",
  "jekyll"
];
const DATASTORE_IDS = [
  "postgresql",
  "mysql",
  "mariadb",
  "mongodb",
  "redis",
  "dynamodb",
  "sqlite",
  "sqlserver",
  "elasticsearch",
  "opensearch",
  "rabbitmq",
  "kafka",
  "memcached",
  "cassandra",
  "h2"
];
const COMPUTE_IDS = ["ecs-fargate", "lambda", "static-site", "app-runner", "ec2", "eks", "elastic-beanstalk"];
const ALIASES = {
  language: {
    javascript: ["js", "node", "nodejs", "ecmascript", "esm"],
    typescript: ["ts"],
    python: ["py", "python3", "cpython"],
    ruby: ["rb"],
    java: ["jvm", "openjdk", "jdk"],
    kotlin: ["kt"],
    go: ["golang"],
    php: [],
    csharp: ["c#", "cs", "dotnet", "net", "netcore"],
    fsharp: ["f#"],
    rust: ["rs"],
    html: ["html5"],
    css: ["scss", "sass", "less", "css3"],
    hcl: ["terraform", "tf"],
    shell: ["bash", "sh", "zsh"],
    cpp: ["c++"]
  },
  framework: {
    express: ["expressjs", "nodeexpress", "nodejsexpress"],
    fastify: [],
    koa: ["koajs"],
    hapi: ["hapijs"],
    nestjs: ["nest"],
    nextjs: ["next"],
    nuxt: ["nuxtjs"],
    react: ["reactjs"],
    vue: ["vuejs"],
    angular: ["angularjs"],
    svelte: [],
    sveltekit: ["sveltekit"],
    remix: ["remixrun"],
    astro: [],
    gatsby: ["gatsbyjs"],
    vite: ["vitejs"],
    "create-react-app": ["cra", "reactscripts", "createreactapp"],
    django: ["djangorestframework", "drf"],
    flask: [],
    fastapi: [],
    rails: ["rubyonrails", "ror"],
    sinatra: [],
    laravel: [],
    symfony: [],
    "spring-boot": ["springboot", "spring"],
    quarkus: [],
    micronaut: [],
    gin: ["gingonic"],
    echo: ["labstackecho"],
    fiber: ["gofiber"],
    chi: ["gochi"],
    "gorilla-mux": ["gorilla", "gorillamux", "mux"],
    "net-http": ["nethttp", "stdlib"],
    aspnetcore: ["aspnet", "aspnetcore", "aspnetmvc", "webapi", "aspnetwebapi"],
    "actix-web": ["actix", "actixweb"],
    axum: [],
    rocket: [],
    hugo: [],
    jekyll: ["githubpages"]
  },
  datastore: {
    postgresql: ["postgres", "pg", "psql", "pgsql", "rdspostgres", "rdspostgresql", "aurorapostgres", "aurorapostgresql", "postgis"],
    mysql: ["rdsmysql", "auroramysql", "aurora"],
    mariadb: ["maria"],
    mongodb: ["mongo", "documentdb", "docdb", "atlas", "mongodbatlas"],
    redis: ["elasticache", "elasticacheredis", "valkey", "keydb"],
    dynamodb: ["dynamo", "ddb", "awsdynamodb"],
    sqlite: ["sqlite3"],
    sqlserver: ["mssql", "microsoftsqlserver", "sql server", "azuresql"],
    elasticsearch: ["elastic", "es"],
    opensearch: ["amazonopensearch", "awsopensearch"],
    rabbitmq: ["rabbit", "amqp", "amazonmq"],
    kafka: ["apachekafka", "msk", "amazonmsk"],
    memcached: ["memcache", "elasticachememcached"],
    cassandra: ["keyspaces", "scylla", "scylladb"],
    h2: []
  },
  compute: {
    "ecs-fargate": ["ecs", "fargate", "ecsfargate", "container", "containers", "docker"],
    lambda: ["awslambda", "serverless", "functions"],
    "static-site": ["static", "s3", "s3cloudfront", "cloudfront", "staticsite", "statichosting"],
    "app-runner": ["apprunner"],
    ec2: ["vm", "vms", "instance", "instances"],
    eks: ["kubernetes", "k8s"],
    "elastic-beanstalk": ["beanstalk", "elasticbeanstalk", "eb"]
  }
};
const IDS = {
  framework: FRAMEWORK_IDS,
  datastore: DATASTORE_IDS,
  compute: COMPUTE_IDS,
  language: LANGUAGE_IDS
};
function compact(term) {
  return term.toLowerCase().replace(/\bv?\d+(\.\d+)*(\.x)?\b/g, "").replace(/\(.*?\)/g, "").replace(/[^a-z0-9+#]/g, "");
}
const INDEX = /* @__PURE__ */ new Map();
for (const kind of Object.keys(IDS)) {
  for (const id of IDS[kind]) {
    if (!INDEX.has(compact(id))) INDEX.set(compact(id), { kind, id });
    for (const alias of ALIASES[kind][id] ?? []) if (!INDEX.has(compact(alias))) INDEX.set(compact(alias), { kind, id });
  }
}
function resolveTerm(term, prefer) {
  const key = compact(term);
  if (!key) return void 0;
  if (prefer) {
    const ids = IDS[prefer];
    const direct = ids.find((id) => compact(id) === key);
    if (direct) return { kind: prefer, id: direct };
    const alias = Object.entries(ALIASES[prefer]).find(([, list]) => list.some((a) => compact(a) === key));
    if (alias) return { kind: prefer, id: alias[0] };
  }
  return INDEX.get(key);
}
function resolveTerms(text, prefer) {
  const terms = [];
  const unknown = [];
  const pieces = text.split(/\s*(?:[,;/|+&]|\band\b|\bwith\b|\bon\b|\busing\b|\bplus\b)\s*/i).map((p) => p.replace(/[*_`]/g, "").trim()).filter(Boolean);
  for (const piece of pieces) {
    const whole = resolveTerm(piece, prefer);
    if (whole) {
      terms.push(whole);
      continue;
    }
    const words = piece.split(/\s+/).map((w) => resolveTerm(w, prefer)).filter((t) => t !== void 0);
    if (words.length) terms.push(...words);
    else unknown.push(piece);
  }
  const seen = /* @__PURE__ */ new Set();
  return { terms: terms.filter((t) => seen.has(`${t.kind}:${t.id}`) ? false : (seen.add(`${t.kind}:${t.id}`), true)), unknown };
}
const KEYS = {
  appName: ["app", "appname", "name", "application", "applicationname", "project", "projectname", "service", "servicename"],
  description: ["description", "overview", "about", "summary", "purpose"],
  environment: ["environment", "env", "stage", "targetenvironment"],
  environments: ["environments", "envs", "stages"],
  region: ["region", "awsregion", "regions", "location"],
  budgetMonthly: [
    "budget",
    "budgetmonthly",
    "monthlybudget",
    "budgetpermonth",
    "maxmonthlycost",
    "costlimit",
    "monthlycost",
    "cost",
    "costbudget"
  ],
  availability: ["availability", "ha", "highavailability", "sla", "uptime", "resilience"],
  expectedTraffic: ["traffic", "expectedtraffic", "load", "expectedload", "scale", "users", "throughput", "requests"],
  compliance: ["compliance", "standards", "regulations", "certifications"],
  compute: ["compute", "preferredcompute", "hosting", "runtime", "deploy", "deployment", "deploymenttarget", "platform", "computeplatform"],
  database: ["database", "db", "preferreddatabase", "primarydatabase"],
  datastores: ["datastores", "datastore", "databases", "storage", "datastorage", "caching", "cache", "messaging", "queue", "queues"],
  languages: ["language", "languages", "programminglanguage", "programminglanguages"],
  frameworks: ["framework", "frameworks", "stack", "techstack", "technology", "technologies"],
  tags: ["tags", "labels"],
  services: ["services", "components", "apps"],
  notes: [
    "requirements",
    "nonfunctionalrequirements",
    "constraints",
    "notes",
    "security",
    "other",
    "additionalrequirements",
    "infrastructure"
  ]
};
const KEY_INDEX = /* @__PURE__ */ new Map();
for (const [field, keys] of Object.entries(KEYS)) for (const k of keys) KEY_INDEX.set(k, field);
function compactKey(key) {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function fieldForKey(key) {
  return KEY_INDEX.get(compactKey(key));
}
const serviceSchema = object({
  name: string().min(1),
  path: string().min(1).optional(),
  compute: string().optional(),
  port: number().int().min(1).max(65535).optional()
});
const servicesSchema = union([
  array(serviceSchema),
  record(string(), serviceSchema.omit({ name: true }).partial().nullable()).transform((rec) => Object.entries(rec).map(([name, v]) => ({ name, ...v ?? {} })))
]);
const tagsSchema = record(string(), union([string(), number$1(), boolean()]).transform(String));
function setTerms(draft, value, prefer, field) {
  const text = Array.isArray(value) ? value.map(String).join(", ") : String(value);
  const { terms, unknown } = resolveTerms(text, prefer);
  const by = (k) => terms.filter((t) => t.kind === k).map((t) => t.id);
  const merge = (cur, add) => add.length ? [.../* @__PURE__ */ new Set([...cur ?? [], ...add])] : cur;
  draft.languages = merge(draft.languages, by("language"));
  draft.frameworks = merge(draft.frameworks, by("framework"));
  draft.datastores = merge(draft.datastores, by("datastore"));
  const compute = by("compute")[0];
  if (compute) draft.compute = compute;
  if (field === "database" && by("datastore")[0]) draft.database = by("datastore")[0];
  const want = { languages: "language", frameworks: "framework", database: "datastore", datastores: "datastore", compute: "compute" }[field];
  if (unknown.length && want) return { warning: `unrecognized ${want} "${unknown.join('", "')}" ignored` };
  return {};
}
function applyField(draft, field, value) {
  if (field !== "tags" && field !== "services" && isAuto(value)) return {};
  const fromParsed = (p, set) => {
    if (!p.ok) return { error: p.error };
    set(p.value);
    return {};
  };
  switch (field) {
    case "appName":
      draft.appName = String(value).trim();
      return {};
    case "description":
      draft.description = String(value).trim();
      return {};
    case "environment": {
      if (Array.isArray(value) || /[,;]/.test(String(value))) return applyField(draft, "environments", value);
      return fromParsed(parseEnvironment(value), (v) => {
        draft.environment = v;
        if (!draft.environments.includes(v)) draft.environments = [v];
      });
    }
    case "environments":
      return fromParsed(parseEnvironments(value), (v) => {
        draft.environments = v;
        if (!v.includes(draft.environment)) draft.environment = v[0];
      });
    case "region":
      return fromParsed(parseRegion(Array.isArray(value) ? value[0] : value), (v) => draft.region = v);
    case "budgetMonthly":
      return fromParsed(parseBudget(value), (v) => draft.budgetMonthly = v);
    case "availability":
      return fromParsed(parseAvailability(value), (v) => draft.availability = v);
    case "expectedTraffic":
      draft.expectedTraffic = String(value).trim();
      return {};
    case "compliance":
      draft.compliance = [.../* @__PURE__ */ new Set([...draft.compliance, ...parseList(value).map(normalizeCompliance)])];
      return {};
    case "compute":
      return setTerms(draft, value, "compute", field);
    case "database":
    case "datastores":
      return setTerms(draft, value, "datastore", field);
    case "languages":
      return setTerms(draft, value, "language", field);
    case "frameworks":
      return setTerms(draft, value, "framework", field);
    case "tags": {
      const parsed = tagsSchema.safeParse(value);
      if (!parsed.success) return { error: "tags must be a map of key: value" };
      draft.tags = { ...draft.tags, ...parsed.data };
      return {};
    }
    case "services": {
      const parsed = servicesSchema.safeParse(value);
      if (!parsed.success)
        return { error: `services must be a list of { name, path?, compute?, port? }: ${parsed.error.issues[0]?.message ?? "invalid"}` };
      const services = parsed.data.map((s) => {
        const compute = s.compute ? resolveTerms(s.compute, "compute").terms.find((t) => t.kind === "compute")?.id : void 0;
        return { name: s.name, ...s.path ? { path: s.path } : {}, ...compute ? { compute } : {}, ...s.port ? { port: s.port } : {} };
      });
      draft.services = [...draft.services, ...services];
      return {};
    }
    case "notes":
      draft.notes.push(...parseList(Array.isArray(value) ? value : [value]));
      return {};
  }
}
function defaultRequirements(source, region = "us-east-1") {
  return {
    source,
    environment: "dev",
    environments: ["dev"],
    region,
    availability: "standard",
    compliance: [],
    tags: {},
    services: [],
    notes: [],
    warnings: []
  };
}
function splitFrontMatter(text, file) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return { body: lines.join("\n"), bodyStartLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) throw new InputError("front matter opened with --- is never closed (add a --- line after it)", { file, line: 1 });
  return { yaml: lines.slice(1, end).join("\n"), startLine: 2, body: lines.slice(end + 1).join("\n"), bodyStartLine: end + 2 };
}
function parseFrontMatter(fm, req, file, stated) {
  const counter = new distExports.LineCounter();
  const doc = distExports.parseDocument(fm.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset) => offset === void 0 ? fm.startLine : counter.linePos(offset).line + fm.startLine - 1;
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(`malformed YAML front matter: ${e.message.split("\n")[0]}`, { file, line: lineOf(e.pos[0]) });
  }
  if (doc.contents === null) return;
  if (!distExports.isMap(doc.contents)) throw new InputError("front matter must be a map of key: value", { file, line: fm.startLine });
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = distExports.isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(distExports.isScalar(keyNode) ? keyNode.range?.[0] : void 0);
    const field = fieldForKey(key);
    if (!field) {
      req.warnings.push({ file, line, message: `unknown key "${key}" in front matter (ignored)` });
      continue;
    }
    const value = pair.value && typeof pair.value.toJSON === "function" ? pair.value.toJSON() : null;
    const result = applyField(req, field, value);
    if (!isAuto(value)) stated.add(field);
    if (result.error) throw new InputError(`${key}: ${result.error}`, { file, line });
    if (result.warning) req.warnings.push({ file, line, message: `${key}: ${result.warning}` });
  }
}
const HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const KEY_VALUE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z0-9 _/-]{0,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/;
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+(.+?)\s*$/;
const TERM_FIELDS = /* @__PURE__ */ new Set(["languages", "frameworks", "database", "datastores", "compute"]);
const TEXT_FIELDS = /* @__PURE__ */ new Set(["description", "expectedTraffic"]);
const NOT_A_NAME = /inframate|requirement|infrastructure|architecture|deployment|spec/i;
function parseBody(body, startLine, req, file, stated) {
  const lines = body.split(/\r?\n/);
  let section;
  let fenced = false;
  const text = {};
  const warn = (line, message) => req.warnings.push({ file, line, message });
  const apply = (field, value, line, label) => {
    if (stated.has(field) && !TERM_FIELDS.has(field)) return;
    const r = applyField(req, field, value);
    if (r.error) warn(line, `${label}: ${r.error} (ignored)`);
    if (r.warning) warn(line, `${label}: ${r.warning}`);
  };
  lines.forEach((raw, i) => {
    const line = startLine + i;
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced || /^\s*<!--.*-->\s*$/.test(raw)) return;
    const h = HEADING.exec(raw);
    if (h) {
      const title = h[2].replace(/[*_`]/g, "").trim();
      const field = fieldForKey(title) ?? fieldForKey(title.replace(/^(preferred|expected|target)\s+/i, "")) ?? fieldOfCompoundTitle(title);
      if (field) section = field;
      else if (h[1] === "#" && !req.appName && !stated.has("appName") && !NOT_A_NAME.test(title) && section === void 0) {
        req.appName = title;
        section = "other";
      } else section = "other";
      return;
    }
    if (!raw.trim()) return;
    const kv = KEY_VALUE.exec(raw);
    const kvField = kv ? fieldForKey(kv[1]) : void 0;
    if (kv && kvField && kvField !== "notes" && !/^https?$/i.test(kv[1])) {
      apply(kvField, kv[2], line, kv[1].trim());
      return;
    }
    if (section === void 0 || section === "other") return;
    const content = (BULLET.exec(raw)?.[1] ?? raw).trim();
    if (TERM_FIELDS.has(section)) {
      if (!isAuto(content)) apply(section, content, line, compactKey(section));
    } else if (TEXT_FIELDS.has(section) || section === "appName") {
      (text[section] ??= []).push(content);
    } else if (section === "services") {
      const svc = serviceFromBullet(content);
      if (svc) req.services.push(svc);
      else warn(line, `services: cannot read a service name from "${content}" (ignored)`);
    } else if (section === "compliance") {
      const standards = knownStandards(content);
      if (standards.length) apply("compliance", standards.join(", "), line, "compliance");
      else req.notes.push(content);
    } else if (section === "notes") {
      req.notes.push(content);
    } else {
      apply(section, content, line, section);
    }
  });
  for (const [field, parts] of Object.entries(text)) {
    if (!stated.has(field) && !isAuto(parts.join(" "))) applyField(req, field, parts.join(field === "description" ? "\n" : " "));
  }
}
function parseRequirements(text, opts) {
  const req = defaultRequirements(opts.file, opts.defaultRegion);
  const split = splitFrontMatter(text, opts.file);
  const stated = /* @__PURE__ */ new Set();
  if ("yaml" in split) {
    parseFrontMatter(split, req, opts.file, stated);
  }
  parseBody(split.body, split.bodyStartLine, req, opts.file, stated);
  return req;
}
function serviceFromBullet(text) {
  const m = /^[`*_]*([A-Za-z0-9][\w.-]*)[`*_]*\s*(?:[(:\u2014\u2013-]\s*(.*?)\)?)?$/.exec(text.trim());
  if (!m) return void 0;
  const rest = m[2] ?? "";
  const svc = { name: m[1] };
  const path = /(?:^|[\s,(`])((?:\.\/)?[\w.-]+(?:\/[\w.-]+)+\/?)/.exec(" " + rest);
  if (path) svc.path = path[1].replace(/^\.\//, "").replace(/\/$/, "");
  const port = /\bport\s*:?\s*(\d{2,5})\b/i.exec(rest);
  if (port) svc.port = Number(port[1]);
  const compute = resolveTerms(rest.replace(/\bport\s*:?\s*\d+/i, ""), "compute").terms.find((t) => t.kind === "compute");
  if (compute) svc.compute = compute.id;
  return svc;
}
function fieldOfCompoundTitle(title) {
  const fields = title.split(/\s*(?:&|,|\/|\band\b|\+)\s*/i).map((part) => fieldForKey(part)).filter((f) => f !== void 0);
  return fields.find((f) => f !== "notes") ?? fields[0];
}
const MAX_SPEC_BYTES = 1024 * 1024;
async function loadRequirements(ctx) {
  const { settings } = ctx;
  const path = settings.spec;
  const rel = relative(settings.dir, path);
  const display = rel && !rel.startsWith("..") ? rel.split("\\").join("/") : path;
  const outside = !await specInsideRepository(ctx, path);
  const text = await ctx.step(
    "spec.read",
    async () => {
      if (outside) return null;
      try {
        return await readTextBounded(path, { limit: MAX_SPEC_BYTES, display });
      } catch (error) {
        if (error instanceof FileTooLargeError) throw error;
        const code = error.code;
        if (code === "ENOENT" && !explicitSpec(ctx)) return null;
        if (code === "ENOENT") throw new InputError("spec file not found", { file: display });
        if (code === "EISDIR") throw new InputError("spec path is a directory, expected a markdown file", { file: display });
        if (code === "ENOTDIR") throw new InputError("spec path is not inside a directory", { file: display });
        throw new InframateError("permission", `cannot read spec file (${code ?? "error"})`, { file: display, cause: error });
      }
    },
    { dependency: "fs" }
  );
  if (outside) {
    const warning = { file: display, line: 1, message: "not read: a symbolic link to a file outside the repository" };
    ctx.log.warn(`${warning.message}; using defaults and detection`, warning);
    const req2 = defaultRequirements("defaults", settings.region);
    req2.warnings.push(warning);
    return req2;
  }
  if (text === null) {
    ctx.log.debug(`no ${display}: using defaults and detection`);
    return defaultRequirements("defaults", settings.region);
  }
  const req = await ctx.step("spec.parse", () => parseRequirements(text, { file: display, defaultRegion: settings.region }));
  if (settings.region) req.region = settings.region;
  for (const w of req.warnings) ctx.log.warn(w.message, w);
  return req;
}
async function specInsideRepository(ctx, file) {
  const root = repositoryRoot(ctx.settings.dir);
  const lexical = resolve(file);
  if (!isWithin(root, lexical) && explicitSpec(ctx)) return true;
  const where = checkInside(root, lexical);
  return where.ok || where.missing;
}
function explicitSpec(ctx) {
  const raw = ctx.settings.raw?.spec;
  return typeof raw === "string" && raw.trim() !== "";
}
export { loadRequirements as l };
