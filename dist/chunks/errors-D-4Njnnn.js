import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
const MD = ["markdown", "json"];
const SARIF = ["markdown", "json", "sarif"];
const COMMAND_INFO = {
  analyze: {
    summary: "read inframate.md, profile the repository, recommend an AWS architecture, generate and validate Terraform",
    usage: "analyze [DIR] [--spec FILE] [--out DIR] [--force] [--dry-run]",
    positional: "dir",
    formats: MD
  },
  secure: {
    summary: "misconfiguration scan of Terraform (variables, locals and modules evaluated)",
    usage: "secure [DIR]",
    positional: "dir",
    formats: SARIF
  },
  optimize: { summary: "monthly cost estimate and savings", usage: "optimize [DIR]", positional: "dir", formats: MD },
  visualize: { summary: "resource graph and cost breakdown", usage: "visualize [DIR]", positional: "dir", formats: MD },
  auto: { summary: "analyze \u2192 secure \u2192 optimize \u2192 visualize, one report", usage: "auto [DIR]", positional: "dir", formats: MD },
  drift: {
    summary: "drift, missing and unmanaged resources, recovery plan",
    usage: "drift --plan FILE [--state FILE|s3://BUCKET/KEY] [--live] [--tags KEY=VALUE]",
    positional: "none",
    formats: SARIF
  },
  diagnose: {
    summary: "root cause and fixes for a failed Terraform / AWS run",
    usage: "diagnose [DIR] [--log FILE]",
    positional: "dir",
    formats: SARIF
  },
  incident: { summary: "group alerts, investigate, propose recovery", usage: "incident --payload FILE", positional: "none", formats: MD },
  inspect: { summary: "iterative, read-only cloud inspection", usage: 'inspect "QUESTION"', positional: "question", formats: MD },
  eval: {
    summary: "compare LLM providers/models on a scenario suite",
    usage: "eval [SUITE_DIR] --models PROVIDER:MODEL,... [--runs N] [--budget-usd USD]",
    positional: "suite",
    formats: MD
  },
  serve: { summary: "HTTP receiver for Alertmanager webhooks", usage: "serve --port PORT", positional: "none", formats: MD }
};
const LOADERS = {
  analyze: () => import("./analyze-Cjpp6hEX.js").then(function(n) {
    return n.b;
  }),
  secure: () => import("./secure-DZ5UqovE.js"),
  optimize: () => import("./optimize-BLBrABvV.js").then(function(n) {
    return n.d;
  }),
  visualize: () => import("./visualize-B7DLJ8BL.js"),
  auto: () => import("./auto-Bb6AbA-M.js"),
  drift: () => import("./drift-BUs1qq5n.js"),
  diagnose: () => import("./diagnose-B2kL5_8x.js"),
  incident: () => import("./incident-DhbyMTw5.js"),
  inspect: () => import("./inspect-DLinNEHc.js"),
  eval: () => import("./eval-3R3bzSTL.js"),
  serve: () => import("./serve-Ds5j4cAl.js")
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
const SEC = ["secure", "auto"];
const FINDINGS = ["analyze", "secure", "auto"];
const REGION = ["analyze", "optimize", "visualize", "auto", "drift", "inspect", "incident"];
const AGENT = ["inspect", "incident", "serve"];
const OPTIONS = [
  {
    name: "format",
    kind: "string",
    valueName: "FORMAT",
    choices: ["markdown", "json", "sarif"],
    description: "output format (default markdown)"
  },
  { name: "output", kind: "string", valueName: "FILE", description: "write the result to FILE instead of stdout" },
  { name: "ai", kind: "negatable", description: "deterministic rules only, no LLM call" },
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
  { name: "cache", kind: "negatable", description: "bypass the LLM reply cache" },
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
  {
    name: "provider-schema",
    kind: "string",
    valueName: "FILE",
    commands: GEN,
    description: "validate against this AWS provider schema (terraform providers schema -json output) instead of the bundled one"
  },
  { name: "var-file", kind: "list", valueName: "FILE", commands: TF, description: "Terraform variables file (repeatable)" },
  { name: "var", kind: "list", valueName: "NAME=VALUE", commands: TF, description: "Terraform variable (repeatable)" },
  {
    name: "allow-skipped-files",
    kind: "boolean",
    commands: TF,
    description: "continue when some Terraform files could not be read, parsed or evaluated (listed; without it: exit 2)"
  },
  {
    name: "max-instances",
    kind: "string",
    valueName: "N",
    commands: TF,
    description: "total resource and module instances count/for_each may create in one scan (default 50000)"
  },
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
  {
    name: "region",
    kind: "string",
    valueName: "REGION",
    commands: REGION,
    description: "AWS region such as eu-west-1 (default from inframate.md, the aws provider, else us-east-1)"
  },
  {
    name: "config",
    kind: "string",
    valueName: "FILE",
    description: "options file (default DIR/.inframate.yml when present; command-line options win)"
  },
  {
    name: "check",
    kind: "list",
    valueName: "IDS",
    commands: SEC,
    description: "run only these rules: our ids or Checkov/Trivy aliases, comma-separated (repeatable)"
  },
  {
    name: "skip-check",
    kind: "list",
    valueName: "IDS",
    commands: SEC,
    description: "do not run these rules: our ids or Checkov/Trivy aliases, comma-separated (repeatable)"
  },
  {
    name: "soft-fail",
    kind: "boolean",
    commands: FINDINGS,
    description: "exit 0 even when findings reach --fail-on (errors still exit 2 or 3)"
  },
  { name: "compact", kind: "boolean", commands: SEC, description: "findings one line each, without remediation text" },
  {
    name: "plan",
    kind: "string",
    valueName: "FILE",
    commands: ["drift"],
    description: "terraform show -json plan (refresh-only too), or the terraform plan -json log"
  },
  {
    name: "state",
    kind: "string",
    valueName: "FILE",
    commands: ["drift"],
    description: "terraform state file (v4), or s3://BUCKET/KEY of an S3 backend"
  },
  { name: "live", kind: "boolean", commands: ["drift"], description: "compare the state with the live AWS account (read-only calls)" },
  {
    name: "tags",
    kind: "list",
    valueName: "KEY=VALUE",
    commands: ["drift"],
    description: "tags marking the project's resources, for unmanaged ones (default ManagedBy=inframate)"
  },
  { name: "log", kind: "string", valueName: "FILE", commands: ["diagnose"], description: "log of the failed run (default stdin)" },
  { name: "log-file", kind: "string", valueName: "FILE", commands: ["diagnose"], description: "same as --log (the Action input name)" },
  { name: "payload", kind: "string", valueName: "FILE", commands: ["incident"], description: "Alertmanager webhook JSON" },
  {
    name: "suite",
    kind: "string",
    valueName: "DIR",
    commands: ["eval"],
    description: "scenario suite directory (default the bundled suite)"
  },
  {
    name: "models",
    kind: "list",
    valueName: "PROVIDER:MODEL",
    commands: ["eval"],
    description: "models to compare, comma-separated (provider:model, or provider:model@BASE_URL)"
  },
  {
    name: "judge",
    kind: "string",
    valueName: "PROVIDER:MODEL",
    commands: ["eval"],
    description: "judge model for the scenarios' free-text criteria (reported apart, never changes a result)"
  },
  { name: "runs", kind: "string", valueName: "N", commands: ["eval"], description: "runs of each scenario per model (default 1)" },
  { name: "budget-usd", kind: "string", valueName: "USD", commands: ["eval"], description: "LLM spend per model at most (default 1)" },
  {
    name: "results-dir",
    kind: "string",
    valueName: "DIR",
    commands: ["eval"],
    description: "where each model's results file is kept, for resuming (default CACHE_DIR/eval)"
  },
  { name: "port", kind: "string", valueName: "PORT", commands: ["serve"], description: "port to listen on (default 8080)" },
  {
    name: "resource",
    kind: "list",
    valueName: "TYPE:ID",
    commands: AGENT,
    description: "resource to investigate (repeatable): ecs-service:CLUSTER/SERVICE, rds-instance:ID, target-group:NAME, lambda-function:NAME, ec2-instance:ID"
  },
  {
    name: "max-iterations",
    kind: "string",
    valueName: "N",
    commands: AGENT,
    description: "investigation iterations at most (default 12; incident: by severity)"
  },
  {
    name: "max-aws-calls",
    kind: "string",
    valueName: "N",
    commands: AGENT,
    description: "AWS calls per investigation at most (default 40)"
  },
  { name: "max-cost", kind: "string", valueName: "USD", commands: AGENT, description: "LLM cost per investigation at most (default 0.50)" },
  {
    name: "runs-dir",
    kind: "string",
    valueName: "DIR",
    commands: AGENT,
    description: "where each run writes its trace and discoveries (default CACHE_DIR/runs)"
  },
  {
    name: "repo",
    kind: "string",
    valueName: "OWNER/NAME",
    commands: ["incident", "serve"],
    description: "GitHub repository for incident issues / repository_dispatch (default GITHUB_REPOSITORY)"
  },
  { name: "host", kind: "string", valueName: "HOST", commands: ["serve"], description: "address to bind (default 127.0.0.1)" },
  {
    name: "investigate",
    kind: "boolean",
    commands: ["serve"],
    description: "investigate alerts in this process instead of relaying them to repository_dispatch"
  },
  {
    name: "queue-dir",
    kind: "string",
    valueName: "DIR",
    commands: ["serve"],
    description: "durable queue of accepted alerts (default CACHE_DIR/serve-queue)"
  },
  {
    name: "rate-limit",
    kind: "string",
    valueName: "N",
    commands: ["serve"],
    description: "POST /alerts requests per minute per client (default 600)"
  }
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
  /** "file:line: message" ? the form users see for bad input. */
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
export { COMMAND_NAMES as C, EXIT as E, GaveUpError as G, InputError as I, OPTIONS as O, PROVIDERS as P, SEVERITIES as S, InframateError as a, OUTPUT_FORMATS as b, createLogger as c, COMMAND_INFO as d, loadCommand as l, optionsFor as o, severityRank as s };
