import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateFileURLToPath(import.meta.url));
const require = __inframateCreateRequire(import.meta.url);
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, isAbsolute, resolve } from 'node:path';
import { homedir } from 'node:os';

function createLogger(opts = {}) {
  const secrets = /* @__PURE__ */ new Set();
  const write = opts.write ?? ((line) => process.stderr.write(line + "\n"));
  const mask = (text) => {
    let out = text;
    for (const s of secrets) out = out.split(s).join("***");
    return out;
  };
  const loc = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
  return {
    debug: (m) => {
      if (opts.verbose) write(mask(`debug: ${m}`));
    },
    info: (m) => {
      if (!opts.quiet) write(mask(m));
    },
    warn: (m, w) => write(mask(`warning: ${loc(w)}${m}`)),
    error: (m, w) => write(mask(`error: ${loc(w)}${m}`)),
    addSecret: (v) => {
      if (v && v.length >= 4) secrets.add(v);
    },
    mask
  };
}

const SEVERITIES = ["critical", "high", "medium", "low"];
const OUTPUT_FORMATS = ["markdown", "json", "sarif"];
const PROVIDERS = ["gemini", "openai", "anthropic", "ollama", "none"];
const COMMAND_NAMES = [
  "analyze",
  "secure",
  "optimize",
  "visualize",
  "auto",
  "drift",
  "diagnose",
  "incident",
  "inspect",
  "eval",
  "serve"
];
const EXIT = { ok: 0, findings: 1, usage: 2, gaveUp: 3 };
function severityRank(s) {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

class InframateError extends Error {
  type;
  location;
  details;
  constructor(type, message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "InframateError";
    this.type = type;
    this.location = { file: opts.file, line: opts.line, column: opts.column };
    this.details = opts.details;
  }
  /** "file:line: message" — the form users see for bad input. */
  describe() {
    const { file, line, column } = this.location;
    if (!file) return this.message;
    const where = line ? `${file}:${line}${column ? `:${column}` : ""}` : file;
    return `${where}: ${this.message}`;
  }
}
class InputError extends InframateError {
  constructor(message, opts = {}) {
    super("input", message, opts);
    this.name = "InputError";
  }
}
class GaveUpError extends InframateError {
  constructor(message, opts = {}) {
    super("internal", message, opts);
    this.name = "GaveUpError";
  }
}

function buildErrorReport(records) {
  const recovered = records.filter((r) => r.recovered).length;
  return { errors: [...records], total: records.length, recovered, unrecovered: records.length - recovered };
}

function toInframateError(error) {
  if (error instanceof InframateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InframateError("internal", message, { cause: error });
}
const DEFAULT_SEVERITY = {
  network: "medium",
  timeout: "medium",
  "rate-limit": "medium",
  auth: "high",
  permission: "high",
  "not-found": "medium",
  conflict: "medium",
  validation: "medium",
  "llm-output": "low",
  terraform: "high",
  input: "high",
  internal: "critical"
};
class Supervisor {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  records = [];
  controller = new AbortController();
  get signal() {
    return this.controller.signal;
  }
  run = async (name, fn, policy = {}) => {
    const attempts = Math.max(1, policy.attempts ?? 1);
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await fn({ signal: this.controller.signal, attempt });
      } catch (error2) {
        last = toInframateError(error2);
        if (last.type === "input" || last.type === "auth" || last.type === "validation") break;
      }
    }
    const error = last;
    if (policy.fallback) {
      const value = await policy.fallback(error);
      this.record({ step: name, error, attempts, recovered: true, strategy: policy.strategy ?? "fallback" });
      return value;
    }
    this.record({ step: name, error, attempts, recovered: false, strategy: null });
    throw error;
  };
  /** Record an error handled by the caller (e.g. a warning-level recovery). */
  record(r) {
    const rec = {
      step: r.step,
      type: r.error.type,
      severity: DEFAULT_SEVERITY[r.error.type],
      message: r.error.describe(),
      attempts: r.attempts,
      recovered: r.recovered,
      strategy: r.strategy,
      solution: null
    };
    this.records.push(rec);
    this.opts.onRecord?.(rec);
  }
  report() {
    return buildErrorReport(this.records);
  }
  abort(reason) {
    this.controller.abort(reason);
  }
}

async function profileRepository(_ctx) {
  return {
    languages: [],
    frameworks: [],
    datastores: [],
    packageManagers: [],
    services: [],
    docker: { dockerfiles: [], compose: [] },
    iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
    warnings: []
  };
}

async function loadRequirements(ctx) {
  return {
    source: "defaults",
    environment: "dev",
    environments: ["dev"],
    region: ctx.settings.region ?? "us-east-1",
    availability: "standard",
    compliance: [],
    tags: {},
    services: [],
    notes: [],
    warnings: []
  };
}

const analyze = {
  name: "analyze",
  usage: "analyze [DIR] [--spec FILE] [--out DIR] [--force] [--dry-run]",
  summary: "read inframate.md, profile the repository, recommend an AWS architecture, generate and validate Terraform",
  available: true,
  formats: ["markdown", "json"],
  async run(ctx) {
    const requirements = await loadRequirements(ctx);
    const profile = await profileRepository();
    return {
      schemaVersion: 1,
      command: "analyze",
      requirements,
      profile,
      errors: ctx.supervisor.report()
    };
  },
  renderMarkdown(r) {
    const lines = [`# Inframate analysis`, "", `Languages: ${r.profile.languages.map((l) => l.name).join(", ") || "none detected"}`];
    return lines.join("\n") + "\n";
  }
};

function unavailableCommand(name, usage, summary) {
  return {
    name,
    usage,
    summary,
    available: false,
    formats: ["markdown"],
    run: async () => {
      throw new InputError(`"${name}" is not available yet in this version of inframate`);
    },
    renderMarkdown: () => ""
  };
}

var auto = unavailableCommand("auto", "auto [DIR]", "see the README");

var diagnose = unavailableCommand("diagnose", "diagnose [--log FILE]", "root cause and fixes for a failed Terraform / AWS run");

var drift = unavailableCommand("drift", "drift --plan FILE [--state FILE]", "drift, missing and unmanaged resources, recovery plan");

var evalCommand = unavailableCommand("eval", "eval --suite DIR", "compare LLM providers/models on a scenario suite");

var incident = unavailableCommand("incident", "incident --payload FILE", "group alerts, diagnose, propose recovery");

var inspect = unavailableCommand("inspect", 'inspect "QUESTION"', "iterative, read-only cloud inspection");

var optimize = unavailableCommand("optimize", "optimize [DIR]", "see the README");

var secure = unavailableCommand("secure", "secure [DIR]", "see the README");

var serve = unavailableCommand("serve", "serve --port PORT", "HTTP receiver for Alertmanager webhooks");

var visualize = unavailableCommand("visualize", "visualize [DIR]", "see the README");

const COMMANDS = {
  analyze,
  secure,
  optimize,
  visualize,
  auto,
  drift,
  diagnose,
  incident,
  inspect,
  eval: evalCommand,
  serve
};

function exitCodeFor(settings, command, report) {
  if (report.errors.unrecovered > 0 && report.errors.errors.some((e) => !e.recovered && e.severity === "critical")) {
    return EXIT.gaveUp;
  }
  if (settings.failOn === "none" || !command.findings) return EXIT.ok;
  const threshold = severityRank(settings.failOn);
  const hit = command.findings(report).some((f) => !f.suppressed && severityRank(f.severity) >= threshold);
  return hit ? EXIT.findings : EXIT.ok;
}
function render(settings, command, report) {
  switch (settings.format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "sarif":
      return JSON.stringify(command.renderSarif(report), null, 2) + "\n";
    default:
      return command.renderMarkdown(report);
  }
}
async function dispatch(settings, opts = {}) {
  const log = opts.log ?? createLogger({ quiet: settings.quiet, verbose: settings.verbose });
  for (const key of Object.values(settings.ai.keys)) if (key) log.addSecret(key);
  const command = COMMANDS[settings.command];
  const supervisor = new Supervisor();
  const base = { command, supervisor, markdown: "", output: "" };
  if (!command.available) {
    log.error(`"${command.name}" is not available yet in this version of inframate`);
    return { ...base, exitCode: EXIT.usage };
  }
  if (settings.format === "sarif" && !command.renderSarif) {
    log.error(`--format sarif is not supported by "${command.name}" (use markdown or json)`);
    return { ...base, exitCode: EXIT.usage };
  }
  let report;
  let exitCode;
  try {
    report = await command.run({ settings, step: supervisor.run, supervisor, log });
    report.errors = supervisor.report();
    exitCode = exitCodeFor(settings, command, report);
  } catch (error) {
    const err = toInframateError(error);
    if (err.type === "input" && !(err instanceof GaveUpError)) {
      log.error(err.describe());
      return { ...base, exitCode: EXIT.usage };
    }
    if (!(err instanceof InframateError) || err.type === "internal") log.debug(String(error?.stack ?? error));
    log.error(`${command.name} failed: ${err.describe()}`);
    if (!supervisor.report().errors.some((e) => e.message === err.describe())) {
      supervisor.record({ step: `${command.name}.run`, error: err, attempts: 1, recovered: false, strategy: null });
    }
    report = { schemaVersion: 1, command: command.name, errors: supervisor.report() };
    exitCode = EXIT.gaveUp;
  }
  const isPartial = exitCode === EXIT.gaveUp && Object.keys(report).length <= 3;
  const markdown = isPartial ? renderErrorOnly(report) : command.renderMarkdown(report);
  const output = isPartial && settings.format !== "json" ? settings.format === "sarif" ? JSON.stringify(emptySarif(), null, 2) + "\n" : markdown : render(settings, command, report);
  if (opts.writeOutput !== false) {
    if (settings.output) {
      await mkdir(dirname(settings.output), { recursive: true });
      await writeFile(settings.output, output);
      log.info(`wrote ${settings.output}`);
    } else {
      (opts.stdout ?? ((t) => process.stdout.write(t)))(output);
    }
  }
  return { ...base, exitCode, report, output, markdown };
}
function renderErrorOnly(report) {
  const lines = [`# inframate ${report.command}: failed`, "", "| step | type | message |", "|---|---|---|"];
  for (const e of report.errors.errors) lines.push(`| ${e.step} | ${e.type} | ${e.message.replace(/\|/g, "\\|")} |`);
  return lines.join("\n") + "\n";
}
function emptySarif() {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "inframate", rules: [] } }, results: [] }]
  };
}

const TF = ["secure", "optimize", "visualize", "auto", "drift"];
const GEN = ["analyze", "auto"];
const OPTIONS = [
  { name: "format", kind: "string", valueName: "FORMAT", choices: ["markdown", "json", "sarif"], description: "output format (default markdown; sarif where the command has findings)" },
  { name: "output", kind: "string", valueName: "FILE", description: "write the result to FILE instead of stdout" },
  { name: "ai", kind: "negatable", description: "deterministic rules only, no LLM call (--no-ai)" },
  { name: "provider", kind: "string", valueName: "NAME", choices: ["gemini", "openai", "anthropic", "ollama", "none"], description: "LLM provider (default: the first with an API key, else none)" },
  { name: "model", kind: "string", valueName: "NAME", description: "LLM model name" },
  { name: "base-url", kind: "string", valueName: "URL", description: "the LLM provider's endpoint (also INFRAMATE_BASE_URL)" },
  { name: "cache", kind: "negatable", description: "bypass the LLM reply cache (--no-cache)" },
  { name: "fail-on", kind: "string", valueName: "LEVEL", choices: ["critical", "high", "medium", "low", "none"], description: "exit 1 when findings at or above LEVEL exist (default high)" },
  { name: "quiet", kind: "boolean", description: "print only results and errors" },
  { name: "verbose", kind: "boolean", description: "print debug progress" },
  { name: "spec", kind: "string", valueName: "FILE", commands: GEN, description: "requirements file (default DIR/inframate.md)" },
  { name: "out", kind: "string", valueName: "DIR", commands: GEN, description: "where Terraform is written (default DIR/infra)" },
  { name: "force", kind: "boolean", commands: GEN, description: "overwrite existing files" },
  { name: "dry-run", kind: "boolean", commands: GEN, description: "write nothing; the report still lists what would be written" },
  { name: "var-file", kind: "list", valueName: "FILE", commands: TF, description: "Terraform variables file (repeatable)" },
  { name: "var", kind: "list", valueName: "NAME=VALUE", commands: TF, description: "Terraform variable (repeatable)" },
  { name: "list-rules", kind: "boolean", commands: ["secure"], description: "list every rule and exit" },
  { name: "usage", kind: "string", valueName: "FILE", commands: ["optimize", "auto"], description: "usage file (YAML, per resource address)" },
  { name: "region", kind: "string", valueName: "REGION", description: "AWS region (default from inframate.md or us-east-1)" },
  { name: "plan", kind: "string", valueName: "FILE", commands: ["drift"], description: "terraform show -json plan file" },
  { name: "state", kind: "string", valueName: "FILE", commands: ["drift"], description: "terraform state file" },
  { name: "log", kind: "string", valueName: "FILE", commands: ["diagnose"], description: "log of the failed run (default stdin)" },
  { name: "payload", kind: "string", valueName: "FILE", commands: ["incident"], description: "Alertmanager webhook JSON" },
  { name: "suite", kind: "string", valueName: "DIR", commands: ["eval"], description: "scenario suite directory" },
  { name: "port", kind: "string", valueName: "PORT", commands: ["serve"], description: "port to listen on" }
];
function optionsFor(command) {
  return OPTIONS.filter((o) => !o.commands || o.commands.includes(command));
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
      cacheDir: defaultCacheDir(env)
    },
    spec: optPath("spec") ?? join(dir, "inframate.md"),
    out: optPath("out") ?? join(dir, "infra"),
    force: bool(raw.force, false),
    dryRun: bool(raw["dry-run"], false),
    varFiles: list(raw["var-file"]).map((p) => abs(p)),
    vars,
    listRules: bool(raw["list-rules"], false),
    usageFile: optPath("usage"),
    plan: optPath("plan"),
    state: optPath("state"),
    logFile: optPath("log"),
    payload: optPath("payload"),
    suite: optPath("suite"),
    port,
    runtime: src.runtime,
    raw
  };
}

export { COMMAND_NAMES as C, EXIT as E, InframateError as I, OPTIONS as O, COMMANDS as a, buildSettings as b, createLogger as c, dispatch as d, optionsFor as o };
