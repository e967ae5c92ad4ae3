import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { homedir } from 'node:os';
import { join, isAbsolute, resolve } from 'node:path';
import { I as InputError, C as COMMAND_NAMES, P as PROVIDERS, S as SEVERITIES, O as OUTPUT_FORMATS } from './errors-Ca2lS9_g.js';

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
function positiveInt(name, v, dflt) {
  const s = str(v);
  if (s === void 0) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`--${name} must be a positive whole number (got "${s}")`);
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
function buildSettings(src) {
  const { raw, env, cwd } = src;
  if (!COMMAND_NAMES.includes(src.command)) {
    throw new InputError(`unknown command "${src.command}" (commands: ${COMMAND_NAMES.join(", ")})`);
  }
  const command = src.command;
  const abs = (p, base = cwd) => isAbsolute(p) ? p : resolve(base, p);
  const dir = abs(src.dir ?? ".");
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
    region: str(raw.region),
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
    usageFile: optPath("usage"),
    compare: optPath("compare"),
    plan: optPath("plan"),
    state: optPath("state"),
    logFile: optPath("log"),
    payload: optPath("payload"),
    suite: optPath("suite"),
    port,
    supervisor: {
      runDeadlineMs: positiveInt("timeout", raw.timeout ?? env.INFRAMATE_TIMEOUT, 1800) * 1e3,
      remoteAttempts: positiveInt("max-attempts", raw["max-attempts"], 4),
      backoffBaseMs: env.INFRAMATE_BACKOFF_MS ? positiveInt("INFRAMATE_BACKOFF_MS", env.INFRAMATE_BACKOFF_MS, 1e3) : void 0
    },
    runtime: src.runtime,
    raw
  };
}

export { bool, buildSettings, defaultCacheDir };
