import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
const COMMAND_INFO = {
  analyze: {
    summary: "read inframate.md, profile the repository, recommend an AWS architecture, generate and validate Terraform",
    usage: "analyze [DIR] [--spec FILE] [--out DIR] [--force] [--dry-run]",
    positional: "dir"
  },
  secure: { summary: "misconfiguration scan of Terraform (variables, locals and modules evaluated)", usage: "secure [DIR]", positional: "dir" },
  optimize: { summary: "monthly cost estimate and savings", usage: "optimize [DIR]", positional: "dir" },
  visualize: { summary: "resource graph and cost breakdown", usage: "visualize [DIR]", positional: "dir" },
  auto: { summary: "analyze \u2192 secure \u2192 optimize \u2192 visualize, one report", usage: "auto [DIR]", positional: "dir" },
  drift: { summary: "drift, missing and unmanaged resources, recovery plan", usage: "drift --plan FILE [--state FILE]", positional: "none" },
  diagnose: { summary: "root cause and fixes for a failed Terraform / AWS run", usage: "diagnose [--log FILE]", positional: "none" },
  incident: { summary: "group alerts, investigate, propose recovery", usage: "incident --payload FILE", positional: "none" },
  inspect: { summary: "iterative, read-only cloud inspection", usage: 'inspect "QUESTION"', positional: "question" },
  eval: { summary: "compare LLM providers/models on a scenario suite", usage: "eval --suite DIR", positional: "none" },
  serve: { summary: "HTTP receiver for Alertmanager webhooks", usage: "serve --port PORT", positional: "none" }
};
const LOADERS = {
  analyze: () => import('./analyze-Dhu3KeAK.js'),
  secure: () => import('./secure-D2iYSipl.js'),
  optimize: () => import('./optimize-CAHmwMWf.js').then(function (n) { return n.b; }),
  visualize: () => import('./visualize-RSn3c0mi.js'),
  auto: () => import('./auto-BwNjbCgE.js'),
  drift: () => import('./drift-DJ_1AmWb.js'),
  diagnose: () => import('./diagnose-CkY9Ygen.js'),
  incident: () => import('./incident-Boda2w96.js'),
  inspect: () => import('./inspect-9X8g6HZd.js'),
  eval: () => import('./eval-B0sGM1j8.js'),
  serve: () => import('./serve-C5vnFuvt.js')
};
async function loadCommand(name) {
  return (await LOADERS[name]()).default;
}

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

const TF = ["secure", "optimize", "visualize", "auto", "drift"];
const GEN = ["analyze", "auto"];
const OPTIONS = [
  {
    name: "format",
    kind: "string",
    valueName: "FORMAT",
    choices: ["markdown", "json", "sarif"],
    description: "output format (default markdown; sarif where the command has findings)"
  },
  { name: "output", kind: "string", valueName: "FILE", description: "write the result to FILE instead of stdout" },
  { name: "ai", kind: "negatable", description: "deterministic rules only, no LLM call (--no-ai)" },
  {
    name: "provider",
    kind: "string",
    valueName: "NAME",
    choices: ["gemini", "openai", "anthropic", "ollama", "none"],
    description: "LLM provider (default: the first with an API key, else none)"
  },
  { name: "model", kind: "string", valueName: "NAME", description: "LLM model name" },
  { name: "base-url", kind: "string", valueName: "URL", description: "the LLM provider's endpoint (also INFRAMATE_BASE_URL)" },
  { name: "ai-token-budget", kind: "string", valueName: "N", description: "per-run limit on LLM input + output tokens (default 200000)" },
  { name: "ai-requests-per-minute", kind: "string", valueName: "N", description: "at most N LLM requests per minute (default 30)" },
  {
    name: "ai-audit-log",
    kind: "string",
    valueName: "FILE",
    description: "JSON-lines audit log of every LLM exchange (default CACHE_DIR/llm-audit.jsonl)"
  },
  { name: "cache", kind: "negatable", description: "bypass the LLM reply cache (--no-cache)" },
  {
    name: "fail-on",
    kind: "string",
    valueName: "LEVEL",
    choices: ["critical", "high", "medium", "low", "none"],
    description: "exit 1 when findings at or above LEVEL exist (default high)"
  },
  {
    name: "timeout",
    kind: "string",
    valueName: "SECONDS",
    description: "give up the run after SECONDS, error report still written (default 1800)"
  },
  {
    name: "max-attempts",
    kind: "string",
    valueName: "N",
    description: "attempts per call to GitHub, the LLM or AWS before giving up on it (default 4)"
  },
  { name: "quiet", kind: "boolean", description: "print only results and errors" },
  { name: "verbose", kind: "boolean", description: "print debug progress" },
  { name: "spec", kind: "string", valueName: "FILE", commands: GEN, description: "requirements file (default DIR/inframate.md)" },
  { name: "out", kind: "string", valueName: "DIR", commands: GEN, description: "where Terraform is written (default DIR/infra)" },
  { name: "force", kind: "boolean", commands: GEN, description: "overwrite existing files" },
  { name: "dry-run", kind: "boolean", commands: GEN, description: "write nothing; the report still lists what would be written" },
  { name: "var-file", kind: "list", valueName: "FILE", commands: TF, description: "Terraform variables file (repeatable)" },
  { name: "var", kind: "list", valueName: "NAME=VALUE", commands: TF, description: "Terraform variable (repeatable)" },
  { name: "list-rules", kind: "boolean", commands: ["secure"], description: "list every rule and exit" },
  {
    name: "usage",
    kind: "string",
    valueName: "FILE",
    commands: ["optimize", "auto"],
    description: "usage file (YAML, per resource address)"
  },
  {
    name: "compare",
    kind: "string",
    valueName: "DIR",
    commands: ["optimize"],
    description: "base Terraform tree: report the per-resource cost difference against it"
  },
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

class InframateError extends Error {
  type;
  location;
  details;
  status;
  code;
  retryAfterMs;
  solution;
  constructor(type, message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.name = "InframateError";
    this.type = type;
    this.location = { file: opts.file, line: opts.line, column: opts.column };
    this.details = opts.details;
    this.status = opts.status;
    this.code = opts.code;
    this.retryAfterMs = opts.retryAfterMs;
    this.solution = opts.solution;
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
    super("internal", message, {
      ...opts,
      solution: "The supervisor stopped the run instead of looping or waiting longer; the other errors say what failed."
    });
    this.name = "GaveUpError";
  }
}

export { COMMAND_NAMES as C, EXIT as E, GaveUpError as G, InputError as I, OUTPUT_FORMATS as O, PROVIDERS as P, SEVERITIES as S, InframateError as a, COMMAND_INFO as b, createLogger as c, OPTIONS as d, loadCommand as l, optionsFor as o, severityRank as s };
