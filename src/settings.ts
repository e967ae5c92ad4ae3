// Settings are built once, from CLI options or action inputs plus the environment. Nothing below
// this module reads process.env or action inputs directly.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import {
  COMMAND_NAMES,
  OUTPUT_FORMATS,
  PROVIDERS,
  SEVERITIES,
  type CommandName,
  type FailOn,
  type OutputFormat,
  type ProviderName,
} from './core/types';
import { awsConfigFrom, type AwsConfig } from './aws/config';
import type { RawOptions } from './options';
import { InputError } from './supervisor/errors';

export interface AiSettings {
  enabled: boolean;
  provider: ProviderName;
  model?: string;
  baseUrl?: string;
  keys: { gemini?: string; openai?: string; anthropic?: string };
  cache: boolean;
  cacheDir: string;
  /** Per-run limit on input + output tokens across every LLM call. */
  tokenBudget: number;
  requestsPerMinute: number;
  concurrency: number;
  /** Deadline of one LLM request. */
  timeoutMs: number;
  /** JSON-lines audit log of every LLM exchange (default CACHE_DIR/llm-audit.jsonl). */
  auditLog?: string;
}

export interface AgentSettings {
  /** --resource TYPE:ID values, parsed by the agent. */
  resources: string[];
  maxIterations?: number;
  maxAwsCalls?: number;
  maxCostUsd?: number;
  runsDir: string;
}

export interface Settings {
  command: CommandName;
  /** Absolute path of the directory the command works on. */
  dir: string;
  /** Positional arguments after DIR (e.g. the question of `inspect`). */
  args: string[];
  format: OutputFormat;
  output?: string;
  failOn: FailOn;
  quiet: boolean;
  verbose: boolean;
  region?: string;
  /** AWS region and endpoint overrides for the read-only AWS layer (--region, AWS_REGION, AWS_ENDPOINT_URL[_<SERVICE>]). */
  aws: AwsConfig;
  ai: AiSettings;
  spec: string;
  out: string;
  force: boolean;
  dryRun: boolean;
  varFiles: string[];
  vars: Record<string, string>;
  listRules: boolean;
  /** Files that could not be scanned are listed but do not make the run an input error (exit 2). */
  allowSkippedFiles: boolean;
  usageFile?: string;
  /** `terraform providers schema -json` output replacing the bundled provider schema (analyze, auto). */
  providerSchema?: string;
  /** optimize: a base Terraform tree to diff costs against (pull requests). */
  compare?: string;
  plan?: string;
  /** A local file, or s3://bucket/key of an S3 backend's state (read through the read-only AWS layer). */
  state?: string;
  /** drift: compare the state with the live AWS account (--live). */
  live: boolean;
  /** drift: the tags that mark the project's resources (--tags KEY=VALUE; default the tags Inframate's templates set). */
  tags: Record<string, string>;
  logFile?: string;
  payload?: string;
  suite?: string;
  port?: number;
  /** inspect / incident / serve: the investigation's targets and bounds. */
  agent: AgentSettings;
  /** incident / serve: where incident issues and repository_dispatch events go (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL). */
  github: { token?: string; repo?: string; apiUrl: string; eventPath?: string };
  serve: { host: string; investigate: boolean; queueDir: string; rateLimitPerMinute: number; token?: string };
  /** The supervisor's limits (--timeout, --max-attempts; backoff from INFRAMATE_BACKOFF_MS, e.g. for fault-injection e2e runs). */
  supervisor: { runDeadlineMs: number; remoteAttempts: number; backoffBaseMs?: number };
  /** Where the run happens. */
  runtime: 'cli' | 'action';
  /** Every raw value, for features that add options later. */
  raw: RawOptions;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** A boolean option or input value (true/yes/1/on, false/no/0/off); anything else is an input error. */
export const bool = (v: unknown, dflt: boolean): boolean => {
  if (typeof v === 'boolean') return v;
  const s = str(v)?.toLowerCase();
  if (s === undefined) return dflt;
  if (['true', 'yes', '1', 'on'].includes(s)) return true;
  if (['false', 'no', '0', 'off'].includes(s)) return false;
  throw new InputError(`expected true or false, got "${s}"`);
};
const list = (v: unknown): string[] => {
  if (Array.isArray(v)) return v.map(String).filter((s) => s.trim() !== '');
  const s = str(v);
  return s
    ? s
        .split(/\r?\n/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
};

function positiveInt(name: string, v: unknown, dflt: number): number {
  const s = str(v);
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`--${name} must be a positive whole number (got "${s}")`);
  return n;
}

function positiveNumber(name: string, v: unknown): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`--${name} must be a positive number (got "${s}")`);
  return n;
}

function choice<T extends string>(name: string, v: unknown, allowed: readonly T[], dflt: T): T {
  const s = str(v);
  if (s === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(s)) {
    throw new InputError(`--${name} must be one of ${allowed.join(', ')} (got "${s}")`);
  }
  return s as T;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.INFRAMATE_CACHE_DIR) return env.INFRAMATE_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'inframate');
  return join(env.HOME || homedir(), '.cache', 'inframate');
}

function pickProvider(raw: RawOptions, keys: AiSettings['keys'], enabled: boolean): ProviderName {
  if (!enabled) return 'none';
  const explicit = str(raw.provider);
  if (explicit) return choice('provider', explicit, PROVIDERS, 'none');
  if (keys.gemini) return 'gemini';
  if (keys.openai) return 'openai';
  if (keys.anthropic) return 'anthropic';
  return 'none';
}

/** `--tags KEY=VALUE` (repeatable, or comma-separated); default `ManagedBy=inframate`, the tag every generated resource carries. */
function parseTags(items: string[]): Record<string, string> {
  const pairs = items
    .flatMap((i) => i.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
  if (pairs.length === 0) return { ManagedBy: 'inframate' };
  const out: Record<string, string> = {};
  for (const kv of pairs) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new InputError(`--tags expects KEY=VALUE (got "${kv}")`);
    out[kv.slice(0, eq).trim()] = kv.slice(eq + 1).trim();
  }
  return out;
}

export interface SettingsSource {
  command: string;
  dir?: string;
  args?: string[];
  raw: RawOptions;
  env: NodeJS.ProcessEnv;
  cwd: string;
  runtime: 'cli' | 'action';
}

export function buildSettings(src: SettingsSource): Settings {
  const { raw, env, cwd } = src;
  if (!(COMMAND_NAMES as readonly string[]).includes(src.command)) {
    throw new InputError(`unknown command "${src.command}" (commands: ${COMMAND_NAMES.join(', ')})`);
  }
  const command = src.command as CommandName;
  const abs = (p: string, base = cwd) => (isAbsolute(p) ? p : resolve(base, p));
  const dir = abs(src.dir ?? '.');
  const keys = {
    gemini: str(raw['gemini-api-key']) ?? str(env.GEMINI_API_KEY) ?? str(env.GOOGLE_API_KEY),
    openai: str(raw['openai-api-key']) ?? str(env.OPENAI_API_KEY),
    anthropic: str(raw['anthropic-api-key']) ?? str(env.ANTHROPIC_API_KEY),
  };
  const aiEnabled = bool(raw.ai, true) && !bool(raw['no-ai'], false);
  const provider = pickProvider(raw, keys, aiEnabled);
  const vars: Record<string, string> = {};
  for (const kv of list(raw.var)) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new InputError(`--var expects NAME=VALUE (got "${kv}")`);
    vars[kv.slice(0, eq).trim()] = kv.slice(eq + 1);
  }
  const portRaw = str(raw.port);
  const port = portRaw === undefined ? undefined : Number(portRaw);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new InputError(`--port must be a number between 0 and 65535 (got "${portRaw}")`);
  }
  const optPath = (name: string) => {
    const v = str(raw[name]);
    return v === undefined ? undefined : abs(v);
  };
  return {
    command,
    dir,
    args: src.args ?? [],
    format: choice('format', raw.format, OUTPUT_FORMATS, 'markdown'),
    output: optPath('output'),
    failOn: choice('fail-on', raw['fail-on'], [...SEVERITIES, 'none'] as const, 'high'),
    quiet: bool(raw.quiet, false),
    verbose: bool(raw.verbose, false) || env.RUNNER_DEBUG === '1',
    region: str(raw.region),
    aws: awsConfigFrom(env, str(raw.region)),
    ai: {
      enabled: aiEnabled && provider !== 'none',
      provider,
      model: str(raw.model),
      baseUrl: str(raw['base-url']) ?? str(env.INFRAMATE_BASE_URL),
      keys,
      cache: bool(raw.cache, true) && !bool(raw['no-cache'], false),
      cacheDir: defaultCacheDir(env),
      tokenBudget: positiveInt('ai-token-budget', raw['ai-token-budget'] ?? env.INFRAMATE_AI_TOKEN_BUDGET, 200_000),
      requestsPerMinute: positiveInt('ai-requests-per-minute', raw['ai-requests-per-minute'] ?? env.INFRAMATE_AI_RPM, 30),
      concurrency: 2,
      timeoutMs: 60_000,
      auditLog: optPath('ai-audit-log') ?? str(env.INFRAMATE_AI_AUDIT_LOG),
    },
    spec: optPath('spec') ?? join(dir, 'inframate.md'),
    out: optPath('out') ?? join(dir, 'infra'),
    force: bool(raw.force, false),
    dryRun: bool(raw['dry-run'], false),
    varFiles: list(raw['var-file']).map((p) => abs(p)),
    vars,
    listRules: bool(raw['list-rules'], false),
    allowSkippedFiles: bool(raw['allow-skipped-files'], false),
    usageFile: optPath('usage'),
    providerSchema: optPath('provider-schema'),
    compare: optPath('compare'),
    plan: optPath('plan'),
    state: /^s3:\/\//.test(str(raw.state) ?? '') ? str(raw.state) : optPath('state'),
    live: bool(raw.live, false),
    tags: parseTags(list(raw.tags)),
    logFile: optPath('log') ?? optPath('log-file'),
    payload: optPath('payload'),
    suite: optPath('suite'),
    port,
    agent: {
      resources: list(raw.resource),
      maxIterations: raw['max-iterations'] === undefined ? undefined : positiveInt('max-iterations', raw['max-iterations'], 12),
      maxAwsCalls: raw['max-aws-calls'] === undefined ? undefined : positiveInt('max-aws-calls', raw['max-aws-calls'], 40),
      maxCostUsd: positiveNumber('max-cost', raw['max-cost']),
      runsDir: optPath('runs-dir') ?? join(defaultCacheDir(env), 'runs'),
    },
    github: {
      token: str(raw['github-token']) ?? str(env.GITHUB_TOKEN) ?? str(env.INFRAMATE_GITHUB_TOKEN),
      repo: str(raw.repo) ?? str(env.GITHUB_REPOSITORY),
      apiUrl: str(env.GITHUB_API_URL) ?? 'https://api.github.com',
      eventPath: str(env.GITHUB_EVENT_PATH),
    },
    serve: {
      host: str(raw.host) ?? '127.0.0.1',
      investigate: bool(raw.investigate, false),
      queueDir: optPath('queue-dir') ?? join(defaultCacheDir(env), 'serve-queue'),
      rateLimitPerMinute: positiveInt('rate-limit', raw['rate-limit'], 600),
      token: str(env.INFRAMATE_SERVE_TOKEN),
    },
    supervisor: {
      runDeadlineMs: positiveInt('timeout', raw.timeout ?? env.INFRAMATE_TIMEOUT, 1_800) * 1_000,
      remoteAttempts: positiveInt('max-attempts', raw['max-attempts'], 4),
      backoffBaseMs: env.INFRAMATE_BACKOFF_MS ? positiveInt('INFRAMATE_BACKOFF_MS', env.INFRAMATE_BACKOFF_MS, 1_000) : undefined,
    },
    runtime: src.runtime,
    raw,
  };
}
