import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { homedir } from 'node:os';
import { isAbsolute, resolve, dirname, relative, join, sep } from 'node:path';
import { I as InputError, O as OPTIONS, C as COMMAND_NAMES, o as optionsFor, P as PROVIDERS, S as SEVERITIES, b as OUTPUT_FORMATS } from './errors-D-4Njnnn.js';
import { existsSync, statSync, readFileSync } from 'node:fs';
import { d as distExports } from './index-CZcDDwPZ.js';
import { a as array, b as strictObject, _ as _enum, c as union, d as boolean, s as string, e as date, n as number } from './schemas-CUcVUsYh.js';
import { p as parseRegion } from './values-D2OdWLFp.js';
import 'process';
import 'buffer';

const CONFIG_FILE = ".inframate.yml";
const MAX_BYTES = 256 * 1024;
const NOT_IN_CONFIG_FILE = /* @__PURE__ */ new Set(["config", "base-url", "ai-audit-log", "output"]);
const PATH_OPTIONS = /* @__PURE__ */ new Set(["spec", "out", "var-file", "usage", "compare", "plan", "state", "log", "payload", "suite"]);
const DATE = union([string(), date()]).transform((v) => v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()).refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)), "expected a date YYYY-MM-DD");
const SKIP = union([
  string().min(1),
  strictObject({
    id: string().min(1),
    reason: string().optional(),
    expires: DATE.optional(),
    resource: string().min(1).optional()
  })
]);
const scalar = union([string(), number()]).transform(String);
function valueSchema(spec) {
  switch (spec.kind) {
    case "boolean":
    case "negatable":
      return boolean();
    case "list":
      return union([scalar, array(scalar)]).transform((v) => Array.isArray(v) ? v : [v]);
    default:
      return spec.choices ? _enum(spec.choices) : scalar;
  }
}
function fileSchema() {
  const shape = { skip: array(SKIP).optional() };
  for (const spec of OPTIONS) if (!NOT_IN_CONFIG_FILE.has(spec.name)) shape[spec.name] = valueSchema(spec).optional();
  return strictObject(shape);
}
function findConfigFile(dir, explicit, cwd) {
  if (explicit) {
    const path2 = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(path2)) throw new InputError(`--config file not found: ${explicit}`);
    return path2;
  }
  const path = resolve(dir, CONFIG_FILE);
  return existsSync(path) ? path : void 0;
}
function loadConfigFile(path, display = path) {
  if (statSync(path).size > MAX_BYTES) throw new InputError("options file is larger than 256 KB", { file: display });
  const text = readFileSync(path, "utf8");
  const counter = new distExports.LineCounter();
  const doc = distExports.parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new InputError(`options file is not valid YAML: ${e.message.split("\n")[0]}`, {
      file: display,
      line: counter.linePos(e.pos[0]).line
    });
  }
  const lineOf = (path2) => {
    for (let n = path2.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path2.slice(0, n), true);
      if (distExports.isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return void 0;
  };
  const data = doc.toJS() ?? {};
  const parsed = fileSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue.code === "unrecognized_keys" ? issue.keys : void 0;
    const where = keys?.length ? [...issue.path, keys[0]] : issue.path;
    const name = where.map(String).join(".") || "(top level)";
    const message = keys?.length ? NOT_IN_CONFIG_FILE.has(keys[0]) ? `"${keys[0]}" cannot be set in the options file (give it on the command line)` : `unknown option "${keys[0]}"` : `${name}: ${issue.message}`;
    throw new InputError(`options file: ${message}`, { file: display, line: lineOf(where) });
  }
  const base = dirname(path);
  const options = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (key === "skip" || value === void 0) continue;
    if (PATH_OPTIONS.has(key)) {
      for (const p of Array.isArray(value) ? value : [value]) {
        const rel = relative(base, resolve(base, String(p)));
        if (isAbsolute(String(p)) || rel.startsWith("..")) {
          throw new InputError(`options file: ${key} must be a path inside ${base} (got "${String(p)}")`, {
            file: display,
            line: lineOf([key])
          });
        }
      }
      options[key] = Array.isArray(value) ? value.map((p) => resolve(base, String(p))) : resolve(base, String(value));
    } else {
      options[key] = value;
    }
  }
  const skips = (parsed.data.skip ?? []).map((s, i) => {
    const source = `${display}:${lineOf(["skip", i]) ?? 1}`;
    return typeof s === "string" ? { id: s.trim().toLowerCase(), source, from: "config" } : {
      id: s.id.trim().toLowerCase(),
      ...s.reason ? { reason: s.reason } : {},
      ...s.expires ? { expires: s.expires } : {},
      ...s.resource ? { resource: s.resource } : {},
      source,
      from: "config"
    };
  });
  return { path, options, skips };
}

const IGNORE_FILE = ".inframateignore";
function parseIgnoreFile(text, file) {
  const out = [];
  let pending = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const hash = raw.indexOf("#");
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : "";
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (body === "") {
      pending = comment ? [...pending, comment] : [];
      return;
    }
    const [id, ...rest] = body.split(/\s+/);
    let expires;
    for (const word of rest) {
      const m = /^exp:(\d{4}-\d{2}-\d{2})$/.exec(word);
      if (!m || Number.isNaN(Date.parse(m[1]))) {
        throw new InputError(`ignore file: expected "ID [exp:YYYY-MM-DD]", got "${body}"`, { file, line });
      }
      expires = m[1];
    }
    const reason = comment || pending.join(" ");
    out.push({
      id: id.toLowerCase(),
      ...reason ? { reason } : {},
      ...expires ? { expires } : {},
      source: `${file}:${line}`,
      from: "ignore-file"
    });
    pending = [];
  });
  return out;
}
function loadIgnoreFile(dir, display = (p) => p) {
  const path = resolve(dir, IGNORE_FILE);
  if (!existsSync(path)) return [];
  return parseIgnoreFile(readFileSync(path, "utf8"), display(path));
}

function awsConfigFrom(env, region) {
  const ignore = /^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? "");
  const serviceEndpoints = {};
  if (!ignore) {
    for (const [k, v] of Object.entries(env)) {
      const m = /^AWS_ENDPOINT_URL_([A-Z0-9_]+)$/.exec(k);
      if (m && v?.trim()) serviceEndpoints[m[1]] = v.trim();
    }
  }
  return {
    region: region ?? (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || "us-east-1"),
    endpoint: ignore ? void 0 : env.AWS_ENDPOINT_URL?.trim() || void 0,
    serviceEndpoints
  };
}

const str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
const bool = (v, dflt) => {
  if (typeof v === "boolean") return v;
  const s = str(v)?.toLowerCase();
  if (s === void 0) return dflt;
  if (["true", "yes", "1", "on"].includes(s)) return true;
  if (["false", "no", "0", "off"].includes(s)) return false;
  throw new InputError(`expected true or false, got "${s}"`);
};
const list = (v) => {
  if (Array.isArray(v)) return v.map(String).filter((s2) => s2.trim() !== "");
  const s = str(v);
  return s ? s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean) : [];
};
const idList = (v) => list(v).flatMap((s) => s.split(",")).map((s) => s.trim().toLowerCase()).filter(Boolean);
function positiveInt(name, v, dflt) {
  const s = str(v);
  if (s === void 0) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`--${name} must be a positive whole number (got "${s}")`);
  return n;
}
function positiveNumber(name, v) {
  const s = str(v);
  if (s === void 0) return void 0;
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`--${name} must be a positive number (got "${s}")`);
  return n;
}
function choice(name, v, allowed, dflt) {
  const s = str(v);
  if (s === void 0) return dflt;
  if (!allowed.includes(s)) {
    throw new InputError(`--${name} must be one of ${allowed.join(", ")} (got "${s}")`);
  }
  return s;
}
function defaultCacheDir(env) {
  if (env.INFRAMATE_CACHE_DIR) return env.INFRAMATE_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "inframate");
  return join(env.HOME || homedir(), ".cache", "inframate");
}
function pickProvider(raw, keys, enabled) {
  if (!enabled) return "none";
  const explicit = str(raw.provider);
  if (explicit) return choice("provider", explicit, PROVIDERS, "none");
  if (keys.gemini) return "gemini";
  if (keys.openai) return "openai";
  if (keys.anthropic) return "anthropic";
  return "none";
}
function parseTags(items) {
  const pairs = items.flatMap((i) => i.split(",")).map((x) => x.trim()).filter(Boolean);
  if (pairs.length === 0) return { ManagedBy: "inframate" };
  const out = {};
  for (const kv of pairs) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new InputError(`--tags expects KEY=VALUE (got "${kv}")`);
    out[kv.slice(0, eq).trim()] = kv.slice(eq + 1).trim();
  }
  return out;
}
function buildSettings(src) {
  const { env, cwd } = src;
  if (!COMMAND_NAMES.includes(src.command)) {
    throw new InputError(`unknown command "${src.command}" (commands: ${COMMAND_NAMES.join(", ")})`);
  }
  const command = src.command;
  const abs = (p, base = cwd) => isAbsolute(p) ? p : resolve(base, p);
  const dir = abs(src.dir ?? ".");
  const display = (p) => {
    const rel = relative(cwd, p);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : p;
  };
  const configPath = findConfigFile(dir, str(src.raw.config), cwd);
  const config = configPath ? loadConfigFile(configPath, display(configPath)) : void 0;
  const applicable = new Set(optionsFor(command).map((o) => o.name));
  const fromFile = {};
  for (const [k, v] of Object.entries(config?.options ?? {})) if (applicable.has(k)) fromFile[k] = v;
  const raw = { ...fromFile };
  for (const [k, v] of Object.entries(src.raw)) if (v !== void 0) raw[k] = v;
  const regionRaw = str(raw.region);
  let region;
  if (regionRaw !== void 0) {
    const parsed = parseRegion(regionRaw);
    if (!parsed.ok) throw new InputError(`--region: ${parsed.error}`);
    region = parsed.value;
  }
  const keys = {
    gemini: str(raw["gemini-api-key"]) ?? str(env.GEMINI_API_KEY) ?? str(env.GOOGLE_API_KEY),
    openai: str(raw["openai-api-key"]) ?? str(env.OPENAI_API_KEY),
    anthropic: str(raw["anthropic-api-key"]) ?? str(env.ANTHROPIC_API_KEY)
  };
  const aiEnabled = bool(raw.ai, true) && !bool(raw["no-ai"], false);
  const provider = pickProvider(raw, keys, aiEnabled);
  const vars = {};
  for (const kv of list(raw.var)) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new InputError(`--var expects NAME=VALUE (got "${kv}")`);
    vars[kv.slice(0, eq).trim()] = kv.slice(eq + 1);
  }
  const portRaw = str(raw.port);
  const port = portRaw === void 0 ? void 0 : Number(portRaw);
  if (port !== void 0 && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new InputError(`--port must be a number between 0 and 65535 (got "${portRaw}")`);
  }
  const optPath = (name) => {
    const v = str(raw[name]);
    return v === void 0 ? void 0 : abs(v);
  };
  return {
    command,
    dir,
    args: src.args ?? [],
    format: choice("format", raw.format, OUTPUT_FORMATS, "markdown"),
    output: optPath("output"),
    failOn: choice("fail-on", raw["fail-on"], [...SEVERITIES, "none"], "high"),
    quiet: bool(raw.quiet, false),
    verbose: bool(raw.verbose, false) || env.RUNNER_DEBUG === "1",
    region,
    aws: awsConfigFrom(env, region),
    ai: {
      enabled: aiEnabled && provider !== "none",
      provider,
      model: str(raw.model),
      baseUrl: str(raw["base-url"]) ?? str(env.INFRAMATE_BASE_URL),
      keys,
      cache: bool(raw.cache, true) && !bool(raw["no-cache"], false),
      cacheDir: defaultCacheDir(env),
      tokenBudget: positiveInt("ai-token-budget", raw["ai-token-budget"] ?? env.INFRAMATE_AI_TOKEN_BUDGET, 2e5),
      requestsPerMinute: positiveInt("ai-requests-per-minute", raw["ai-requests-per-minute"] ?? env.INFRAMATE_AI_RPM, 30),
      concurrency: 2,
      timeoutMs: 6e4,
      auditLog: optPath("ai-audit-log") ?? str(env.INFRAMATE_AI_AUDIT_LOG)
    },
    spec: optPath("spec") ?? join(dir, "inframate.md"),
    out: optPath("out") ?? join(dir, "infra"),
    force: bool(raw.force, false),
    dryRun: bool(raw["dry-run"], false),
    varFiles: list(raw["var-file"]).map((p) => abs(p)),
    vars,
    listRules: bool(raw["list-rules"], false),
    allowSkippedFiles: bool(raw["allow-skipped-files"], false),
    usageFile: optPath("usage"),
    providerSchema: optPath("provider-schema"),
    compare: optPath("compare"),
    plan: optPath("plan"),
    state: /^s3:\/\//.test(str(raw.state) ?? "") ? str(raw.state) : optPath("state"),
    live: bool(raw.live, false),
    tags: parseTags(list(raw.tags)),
    logFile: optPath("log") ?? optPath("log-file"),
    payload: optPath("payload"),
    suite: optPath("suite"),
    port,
    agent: {
      resources: list(raw.resource),
      maxIterations: raw["max-iterations"] === void 0 ? void 0 : positiveInt("max-iterations", raw["max-iterations"], 12),
      maxAwsCalls: raw["max-aws-calls"] === void 0 ? void 0 : positiveInt("max-aws-calls", raw["max-aws-calls"], 40),
      maxCostUsd: positiveNumber("max-cost", raw["max-cost"]),
      runsDir: optPath("runs-dir") ?? join(defaultCacheDir(env), "runs")
    },
    github: {
      token: str(raw["github-token"]) ?? str(env.GITHUB_TOKEN) ?? str(env.INFRAMATE_GITHUB_TOKEN),
      repo: str(raw.repo) ?? str(env.GITHUB_REPOSITORY),
      apiUrl: str(env.GITHUB_API_URL) ?? "https://api.github.com",
      eventPath: str(env.GITHUB_EVENT_PATH)
    },
    serve: {
      host: str(raw.host) ?? "127.0.0.1",
      investigate: bool(raw.investigate, false),
      queueDir: optPath("queue-dir") ?? join(defaultCacheDir(env), "serve-queue"),
      rateLimitPerMinute: positiveInt("rate-limit", raw["rate-limit"], 600),
      token: str(env.INFRAMATE_SERVE_TOKEN)
    },
    maxInstances: positiveInt("max-instances", raw["max-instances"] ?? env.INFRAMATE_MAX_INSTANCES, 5e4),
    supervisor: {
      runDeadlineMs: positiveInt("timeout", raw.timeout ?? env.INFRAMATE_TIMEOUT, 1800) * 1e3,
      remoteAttempts: positiveInt("max-attempts", raw["max-attempts"], 4),
      backoffBaseMs: env.INFRAMATE_BACKOFF_MS ? positiveInt("INFRAMATE_BACKOFF_MS", env.INFRAMATE_BACKOFF_MS, 1e3) : void 0
    },
    checks: idList(raw.check),
    skipChecks: idList(raw["skip-check"]),
    skips: [...config?.skips ?? [], ...loadIgnoreFile(dir, display)],
    softFail: bool(raw["soft-fail"], false),
    compact: bool(raw.compact, false),
    ...configPath ? { configFile: display(configPath) } : {},
    runtime: src.runtime,
    raw
  };
}

export { bool, buildSettings, defaultCacheDir };
