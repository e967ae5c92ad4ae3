// The supervisor through the dispatcher: exit codes, the error report in JSON and markdown, partial
// results, AI analysis and the error issue, with GitHub calls made by the real client (F's
// createGitHubClient, Octokit inside) against fault-injecting servers on 127.0.0.1.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/core/log';
import type { CommandContext, CommandModule, BaseReport } from '../../src/commands/types';
import { createGitHubClient } from '../../src/github/client';
import { buildSettings } from '../../src/settings';
import { githubErrorIssueSink } from '../../src/supervisor/error-issues';
import { GaveUpError } from '../../src/supervisor/errors';
import type { SupervisorOptions } from '../../src/supervisor/step';
import { startFaultyServer, type FaultStep, type FaultyServer } from '../fakes/faulty-http';
import { startFakeGemini } from '../fakes/gemini';
import { FakeGitHub } from '../fakes/github/server';

// The command under test is swapped in per test; the dispatcher, supervisor and client are real.
const probe: { run: (ctx: CommandContext) => Promise<BaseReport> } = {
  run: async () => ({ schemaVersion: 1, command: 'diagnose', errors: emptyReport() }),
};
const emptyReport = () => ({ errors: [], total: 0, recovered: 0, unrecovered: 0 });

vi.mock('../../src/commands/registry', async () => {
  const command: CommandModule<BaseReport & { files?: string[] }> = {
    name: 'diagnose',
    summary: 'test command',
    usage: 'diagnose',
    available: true,
    formats: ['markdown'],
    run: (ctx) => probe.run(ctx),
    renderMarkdown: (r) => `# probe\n\nfiles: ${(r.files ?? []).join(', ')}\n`,
  };
  return { loadCommand: async () => command };
});

const { dispatch } = await import('../../src/commands/dispatch');

const FAST: SupervisorOptions = {
  backoff: { baseMs: 5, maxMs: 20, factor: 2, jitter: true },
  remoteAttempts: 3,
  stepDeadlineMs: 3_000,
  maxRepeats: 3,
  breaker: { threshold: 100, coolDownMs: 50 },
};

let server: FaultyServer;
let dir: string;
const lines: string[] = [];
const log = createLogger({ write: (l) => lines.push(l) });

beforeEach(async () => {
  server = await startFaultyServer();
  dir = await mkdtemp(join(tmpdir(), 'inframate-sv-'));
  lines.length = 0;
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function settingsFor(format: 'json' | 'markdown', output = join(dir, `report.${format === 'json' ? 'json' : 'md'}`)) {
  return buildSettings({ command: 'diagnose', raw: { format, output }, env: {}, cwd: dir, runtime: 'cli' });
}

/** A command that reads three files from GitHub, one step each (the client wraps every request in a step). */
function readThreeFiles(opts: { keepPartial?: boolean; catchGiveUp?: boolean } = {}) {
  return async (ctx: CommandContext): Promise<BaseReport & { files: string[] }> => {
    const octokit = createGitHubClient({ token: 'ghs_x', baseUrl: server.url, step: ctx.step, timeoutMs: 500 });
    const files: string[] = [];
    for (const path of ['a.tf', 'b.tf', 'c.tf', 'd.tf', 'e.tf']) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: 'o', repo: 'r', path });
        files.push((data as { name: string }).name);
        if (opts.keepPartial) ctx.supervisor.keep('files', [...files]);
      } catch (error) {
        if (error instanceof GaveUpError) {
          if (opts.catchGiveUp) break;
          throw error;
        }
        // Keep going with the other files: the failure is in the report.
      }
    }
    return { schemaVersion: 1, command: 'diagnose', files, errors: emptyReport() };
  };
}

describe('dispatch + supervisor', () => {
  it('a transient 503 is retried: exit 0, the report says it was recovered by retry', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, (_req, i) =>
      i === 0 ? { status: 503, body: { message: 'unavailable' } } : { status: 200, body: { name: `f${i}` } },
    );
    probe.run = readThreeFiles();
    const r = await dispatch(settingsFor('markdown'), { log, supervisor: FAST, analyzer: null });
    expect(r.exitCode).toBe(0);
    expect(r.report!.errors).toMatchObject({ total: 1, recovered: 1, unrecovered: 0 });
    expect(r.report!.errors.errors[0]).toMatchObject({
      step: 'github.get-content',
      type: 'network',
      attempts: 2,
      recovered: true,
      strategy: 'retry',
      solution: null,
    });
    expect(r.markdown).toContain('1 error, all recovered');
    expect(r.markdown).toContain('| github.get-content | network | medium | 2 | recovered (retry) |');
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain('# probe');
  });

  it('a persistent 502 on every file: the repeat stops the run with exit 3, the JSON report is still written', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, [{ status: 502, body: { message: 'Bad Gateway' } }]);
    probe.run = readThreeFiles();
    const t0 = performance.now();
    const r = await dispatch(settingsFor('json'), { log, supervisor: FAST, analyzer: null });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.exitCode).toBe(3);
    // 3 files × 3 attempts, then the loop protection stops the run: files d and e are never requested.
    expect(server.count('GET', '/repos/o/r/contents/')).toBe(9);
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(json).toMatchObject({ schemaVersion: 1, command: 'diagnose' });
    expect(json.errors.unrecovered).toBe(4);
    expect(
      json.errors.errors.slice(0, 3).map((e: { step: string; type: string; attempts: number }) => [e.step, e.type, e.attempts]),
    ).toEqual([
      ['github.get-content', 'network', 3],
      ['github.get-content', 'network', 3],
      ['github.get-content', 'network', 3],
    ]);
    expect(json.errors.errors[3]).toMatchObject({ step: 'diagnose.run', type: 'internal', severity: 'critical', recovered: false });
    expect(json.errors.errors[3].message).toMatch(/repeated 3 times/);
    expect(lines.join('\n')).toMatch(/diagnose failed: the same failure repeated 3 times/);
  });

  it('the markdown of a stopped run is the error report with what to do', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, [{ status: 502, body: { message: 'Bad Gateway' } }]);
    probe.run = readThreeFiles();
    const r = await dispatch(settingsFor('markdown'), { log, supervisor: FAST, analyzer: null });
    expect(r.exitCode).toBe(3);
    expect(r.output).toContain('# inframate diagnose: failed');
    expect(r.output).toContain('## Errors');
    expect(r.output).toContain('4 errors: 0 recovered, 4 unrecovered.');
    expect(r.output).toContain('| github.get-content | network | medium | 3 | **unrecovered** |');
    expect(r.output).toContain('### What to do');
  });

  it('parts kept before the give-up are in the JSON report', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, (_req, i) =>
      i === 0 ? { status: 200, body: { name: 'a.tf' } } : { status: 502, body: { message: 'Bad Gateway' } },
    );
    probe.run = readThreeFiles({ keepPartial: true });
    const r = await dispatch(settingsFor('json'), { log, supervisor: FAST, analyzer: null });
    expect(r.exitCode).toBe(3);
    expect(JSON.parse(r.output)).toMatchObject({ files: ['a.tf'], errors: { unrecovered: 4 } });
  });

  it('a command that catches the give-up keeps its result and still exits 3', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, (_req, i) =>
      i === 0 ? { status: 200, body: { name: 'a.tf' } } : { status: 502, body: { message: 'Bad Gateway' } },
    );
    probe.run = readThreeFiles({ catchGiveUp: true });
    const r = await dispatch(settingsFor('markdown'), { log, supervisor: FAST, analyzer: null });
    expect(r.exitCode).toBe(3);
    expect(r.output).toContain('files: a.tf');
    expect(r.output).toContain('3 errors: 0 recovered, 3 unrecovered.');
  });

  it('unrecovered errors get the AI analysis when an analyzer is available (not for LLM outages)', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, [{ status: 404, body: { message: 'Not Found' } }]);
    probe.run = async (ctx) => {
      await ctx
        .step('github.read', () => Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })), { dependency: 'github' })
        .catch(() => undefined);
      await ctx
        .step('llm.refine', () => Promise.reject(Object.assign(new Error('unavailable'), { status: 503 })), {
          dependency: 'llm:gemini',
          attempts: 1,
        })
        .catch(() => undefined);
      return { schemaVersion: 1, command: 'diagnose', errors: emptyReport() };
    };
    const asked: string[] = [];
    const r = await dispatch(settingsFor('json'), {
      log,
      supervisor: FAST,
      analyzer: async (rec) => {
        // Local first: the report file is on disk before the (remote) analysis starts.
        const before = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
        expect(before.errors.unrecovered).toBe(2);
        asked.push(rec.step);
        return { rootCause: 'the file was deleted', fix: 'restore it', prevention: 'protect the branch' };
      },
    });
    expect(asked).toEqual(['github.read']);
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(JSON.parse(r.output)).toEqual(json);
    expect(json.errors.errors[0].analysis).toEqual({
      rootCause: 'the file was deleted',
      fix: 'restore it',
      prevention: 'protect the branch',
    });
    expect(json.errors.errors[1].analysis).toBeUndefined();
  });
});

describe('AI analysis through the real AI layer (fake Gemini on 127.0.0.1)', () => {
  it('an unrecovered error is explained by the configured LLM; the LLM calls stay out of the run report', async () => {
    const gemini = await startFakeGemini({
      fallback: {
        kind: 'json',
        value: {
          rootCause: 'The token lacks contents: read',
          fix: 'Add contents: read to permissions',
          prevention: 'Declare permissions in every workflow',
        },
      },
    });
    try {
      probe.run = async (ctx) => {
        await ctx
          .step(
            'github.get-content',
            () => Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status: 403 })),
            { dependency: 'github' },
          )
          .catch(() => undefined);
        return { schemaVersion: 1, command: 'diagnose', errors: emptyReport() };
      };
      const settings = buildSettings({
        command: 'diagnose',
        raw: { format: 'json', output: join(dir, 'r.json'), provider: 'gemini', 'base-url': gemini.url },
        env: { GEMINI_API_KEY: 'AIza-test-key-123', INFRAMATE_CACHE_DIR: join(dir, 'cache') },
        cwd: dir,
        runtime: 'cli',
      });
      const r = await dispatch(settings, { log, supervisor: FAST });
      const json = JSON.parse(r.output);
      expect(json.errors.total).toBe(1);
      expect(json.errors.errors[0]).toMatchObject({
        step: 'github.get-content',
        type: 'permission',
        analysis: { fix: 'Add contents: read to permissions' },
      });
      expect(gemini.requests).toHaveLength(1);
      expect(gemini.requests[0].raw).toContain('Resource not accessible by integration');
      expect(gemini.requests[0].raw).not.toContain('AIza-test-key-123');
    } finally {
      await gemini.close();
    }
  });
});

describe('dispatch: every GitHub fault ends with the right exit code and report', () => {
  const FAULTS: Array<[string, FaultStep, string]> = [
    ['500', { status: 500, body: { message: 'Server Error' } }, 'network'],
    ['502', { status: 502, body: { message: 'Bad Gateway' } }, 'network'],
    ['503', { status: 503, body: { message: 'Service Unavailable' } }, 'network'],
    [
      '403 secondary rate limit + Retry-After',
      { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } },
      'rate-limit',
    ],
    ['429', { status: 429, body: { message: 'Too Many Requests' } }, 'rate-limit'],
    ['connection reset', { reset: true }, 'network'],
    ['timeout', { hang: true }, 'timeout'],
  ];
  const readOne = async (ctx: CommandContext): Promise<BaseReport & { files: string[] }> => {
    const octokit = createGitHubClient({ token: 'ghs_x', baseUrl: server.url, step: ctx.step, timeoutMs: 150 });
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: 'o', repo: 'r', path: 'main.tf' });
    return { schemaVersion: 1, command: 'diagnose', files: [(data as { name: string }).name], errors: emptyReport() };
  };

  it.each(FAULTS)('%s once: retried, exit 0, recorded as recovered by retry', async (_name, fault, type) => {
    server.on('GET /repos/o/r/contents/main.tf', [fault, { status: 200, body: { name: 'main.tf' } }]);
    probe.run = readOne;
    const r = await dispatch(settingsFor('json'), { log, supervisor: FAST, analyzer: null });
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.output);
    expect(json).toMatchObject({ files: ['main.tf'], errors: { total: 1, recovered: 1, unrecovered: 0 } });
    expect(json.errors.errors[0]).toMatchObject({ step: 'github.get-content', type, attempts: 2, strategy: 'retry' });
  });

  it.each(FAULTS)('%s always: exit 3 in bounded time, the report names the step, type and attempts', async (_name, fault, type) => {
    server.on('GET /repos/o/r/contents/main.tf', [fault]);
    probe.run = readOne;
    const t0 = performance.now();
    const r = await dispatch(settingsFor('json'), { log, supervisor: FAST, analyzer: null });
    expect(performance.now() - t0).toBeLessThan(4_000);
    expect(r.exitCode).toBe(3);
    expect(server.count('GET', '/repos/o/r/contents/main.tf')).toBe(3);
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(json.errors).toMatchObject({ total: 1, recovered: 0, unrecovered: 1 });
    expect(json.errors.errors[0]).toMatchObject({ step: 'github.get-content', type, attempts: 3, recovered: false, dependency: 'github' });
    expect(json.errors.errors[0].solution).toBeTruthy();
  });
});

describe('error issues: a persistent failure over several runs (fake GitHub, OpenAPI-validated)', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = new FakeGitHub({ owner: 'o', repo: 'r' });
    await github.start();
  });
  afterEach(async () => {
    // Every request the sink made is one the real API accepts.
    expect(github.violations).toEqual([]);
    await github.stop();
  });
  const sink = () => githubErrorIssueSink(createGitHubClient({ token: 'write-token', baseUrl: github.url }), { owner: 'o', repo: 'r' });
  const errorIssues = () => [...github.issues.values()].filter((i) => !i.isPull && i.labels.includes('inframate-error'));

  it('three runs that fail the same way leave exactly one issue, updated with the occurrence count; no run loops', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, [{ status: 502, body: { message: 'Bad Gateway' } }]);
    for (let run = 1; run <= 3; run++) {
      probe.run = readThreeFiles();
      const t0 = performance.now();
      const r = await dispatch(settingsFor('markdown'), {
        log,
        supervisor: FAST,
        analyzer: null,
        errorIssues: sink(),
        runUrl: `https://github.com/o/r/actions/runs/${run}`,
      });
      expect(performance.now() - t0).toBeLessThan(6_000);
      expect(r.exitCode).toBe(3);
      // Each run stops after 3 files × 3 attempts, whatever the command's loop would do.
      expect(server.count('GET', '/repos/o/r/contents/')).toBe(9 * run);
      // The stored report was written before any issue call; the returned markdown links the issue.
      expect(r.markdown).toMatch(/Tracked in \[#\d+\]\(.*\/issues\/\d+\) \(seen \d+ times?\)/);
      expect(r.markdown).toContain(`(seen ${run} time${run === 1 ? '' : 's'})`);
    }
    // One issue for the repeated 502 (the give-up record only restates it), created once, then updated.
    const issues = errorIssues();
    expect(issues).toHaveLength(1);
    expect(github.requests.filter((q) => q.method === 'POST' && q.path === '/repos/o/r/issues')).toHaveLength(1);
    const [bad] = issues;
    expect(bad.title).toContain('network error in github.get-content');
    expect(bad.body).toMatch(/^<!-- inframate:error:[0-9a-f]{16} -->/);
    expect(bad.body).toContain('<!-- inframate:occurrences:3 -->');
    expect(bad.body).toContain('**Seen 3 times**');
    expect(bad.body).toContain('actions/runs/3');
    expect(bad.labels).toEqual(['inframate', 'inframate-error']);
  });

  it('a closed issue stays closed: the next occurrence opens a fresh one (one open issue per fingerprint)', async () => {
    server.on('GET', /^\/repos\/o\/r\/contents\//, [{ status: 401, body: { message: 'Bad credentials' } }]);
    probe.run = async (ctx) => {
      const octokit = createGitHubClient({ token: 'ghs_x', baseUrl: server.url, step: ctx.step });
      await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: 'o', repo: 'r', path: 'a.tf' }).catch(() => undefined);
      return { schemaVersion: 1, command: 'diagnose', errors: emptyReport() };
    };
    await dispatch(settingsFor('markdown'), { log, supervisor: FAST, analyzer: null, errorIssues: sink() });
    await dispatch(settingsFor('markdown'), { log, supervisor: FAST, analyzer: null, errorIssues: sink() });
    expect(errorIssues().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(errorIssues()[0].body).toContain('occurrences:2');
    errorIssues()[0].state = 'closed';
    await dispatch(settingsFor('markdown'), { log, supervisor: FAST, analyzer: null, errorIssues: sink() });
    const open = errorIssues().filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0].body).toContain('occurrences:1');
    expect(open[0].body).toContain('What to do:');
  });

  it('a token that may not write issues: the run still ends with its report, the failure is logged', async () => {
    // A failure the client reports (a 404 on a read is an answer, not a failure).
    server.on('GET', /^\/repos\/o\/r\/contents\//, [{ status: 401, body: { message: 'Bad credentials' } }]);
    probe.run = readThreeFiles();
    const readOnly = githubErrorIssueSink(createGitHubClient({ token: 'read-token', baseUrl: github.url }), { owner: 'o', repo: 'r' });
    const r = await dispatch(settingsFor('json'), { log, supervisor: FAST, analyzer: null, errorIssues: readOnly });
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')).errors.unrecovered).toBeGreaterThan(0);
    expect(r.exitCode).toBe(3);
    expect(errorIssues()).toHaveLength(0);
    expect(lines.join('\n')).toMatch(/could not upsert the error issue/);
  });
});
