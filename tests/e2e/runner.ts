// Runs the bundled Action (dist/index.js) the way a GitHub runner does: event payload in a file,
// inputs as INPUT_<NAME> variables (uppercase, hyphens kept), outputs and job summary in files.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The bundle under test (INFRAMATE_E2E_DIST points at another build, e.g. a candidate bundle). */
export const DIST = process.env.INFRAMATE_E2E_DIST || join(ROOT, 'dist', 'index.js');
const EVENTS = join(ROOT, 'tests', 'e2e', 'events');
export const SHOP = join(ROOT, 'tests', 'e2e', 'fixtures', 'shop');

export interface RunnerResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

export function workspaceFrom(fixture = SHOP): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-ws-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Files of a fixture as path → content (to seed the fake repository's default branch). */
export function filesOf(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) Object.assign(out, filesOf(abs, root));
    else out[relative(root, abs).split('\\').join('/')] = readFileSync(abs, 'utf8');
  }
  return out;
}

export function eventPayload(name: string, replace: Record<string, string> = {}): string {
  let text = readFileSync(join(EVENTS, `${name}.json`), 'utf8');
  for (const [k, v] of Object.entries(replace)) text = text.split(k).join(v);
  return text;
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

export async function runAction(opts: {
  event: string;
  payload: string;
  apiUrl: string;
  workspace: string;
  inputs?: Record<string, string>;
  ref?: string;
  sha?: string;
  token?: string;
  /** Extra runner environment (e.g. GITHUB_JOB, AWS_ENDPOINT_URL and test credentials for the fake AWS). */
  env?: Record<string, string>;
}): Promise<RunnerResult> {
  const temp = mkdtempSync(join(tmpdir(), 'inframate-runner-'));
  const eventPath = join(temp, 'event.json');
  const outputFile = join(temp, 'output.txt');
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(eventPath, opts.payload);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // fail-on none by default: these tests are about delivery, not about which findings analyze reports.
  const inputs: Record<string, string> = {
    'github-token': opts.token ?? 'write-token',
    'no-ai': 'true',
    'fail-on': 'none',
    ...opts.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: temp,
    INFRAMATE_CACHE_DIR: join(temp, 'cache'),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: opts.sha ?? '',
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'ada',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    // Fault-injection runs: the supervisor's backoff scaled down to milliseconds.
    INFRAMATE_BACKOFF_MS: '5',
    ...opts.env,
  };
  // The runner's naming: INPUT_ + name uppercased, spaces → _, hyphens kept (INPUT_FAIL-ON).
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [DIST], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace: opts.workspace,
  };
}
