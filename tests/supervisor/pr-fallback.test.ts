// PR refused → issue with the patch → artifact, with the real GitHub client against the fault server.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client';
import { upsertIssue } from '../../src/github/issues';
import { deliverPatch, patchIssueBody, writePatchArtifact } from '../../src/supervisor/pr-fallback';
import { Supervisor } from '../../src/supervisor/step';
import { startFaultyServer, type FaultyServer } from '../fakes/faulty-http';
import { installIssues } from './fake-issues';

const PATCH = '--- a/infra/main.tf\n+++ b/infra/main.tf\n@@ -0,0 +1 @@\n+resource "aws_s3_bucket" "b" {}\n';
const REFUSED = { status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' } };

let server: FaultyServer;
let dir: string;
let octokit: GitHubClient;
let sv: Supervisor;

beforeEach(async () => {
  server = await startFaultyServer();
  dir = await mkdtemp(join(tmpdir(), 'inframate-pr-'));
  sv = new Supervisor({ backoff: { baseMs: 5, maxMs: 10, factor: 2, jitter: false } });
  octokit = createGitHubClient({ token: 'ghs_x', baseUrl: server.url, step: sv.run });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function deliver() {
  return deliverPatch(sv, {
    createPullRequest: async () =>
      (await octokit.rest.pulls.create({ owner: 'o', repo: 'r', head: 'inframate/analyze', base: 'main', title: 't' })).data.number,
    openIssue: async (error) =>
      upsertIssue(octokit, {
        owner: 'o',
        repo: 'r',
        kind: 'patch',
        key: 'analyze',
        title: 'Inframate analyze: patch',
        body: patchIssueBody(PATCH, { command: 'analyze', reason: error.message }),
      }),
    writeArtifact: () => writePatchArtifact(join(dir, 'inframate-analyze.patch'), PATCH),
  });
}

describe('deliverPatch', () => {
  it('a pull request when GitHub accepts it', async () => {
    server.on('POST /repos/o/r/pulls', [{ status: 201, body: { number: 5, html_url: 'u' } }]);
    expect(await deliver()).toEqual({ via: 'pull-request', pullRequest: 5 });
    expect(sv.report().total).toBe(0);
  });

  it('PR refused → an issue carrying the patch; the run continues and says so', async () => {
    server.on('POST /repos/o/r/pulls', [REFUSED]);
    const { issues } = installIssues(server);
    const d = await deliver();
    expect(d).toMatchObject({ via: 'issue', issue: { number: 1 } });
    expect(issues[0].body).toContain('```diff\n--- a/infra/main.tf');
    expect(issues[0].body).toContain('not permitted to create or approve pull requests');
    const r = sv.report();
    expect(r.unrecovered).toBe(0);
    expect(r.errors.find((e) => e.step === 'github.create-pull-request')).toMatchObject({
      type: 'permission',
      recovered: true,
      strategy: 'pr-issue',
    });
  });

  it('PR and issue refused → the patch is written as a local artifact', async () => {
    server.on('POST /repos/o/r/pulls', [REFUSED]);
    server.on('GET /repos/o/r/issues', [{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    const d = await deliver();
    expect(d).toMatchObject({ via: 'artifact', path: join(dir, 'inframate-analyze.patch') });
    expect(await readFile(join(dir, 'inframate-analyze.patch'), 'utf8')).toBe(PATCH);
    const r = sv.report();
    expect(r.unrecovered).toBe(0);
    expect(r.errors.find((e) => e.step === 'github.create-pull-request')?.strategy).toBe('pr-artifact');
  });

  it('GitHub down (connection reset): retries, then the artifact, in bounded time', async () => {
    server.on('POST /repos/o/r/pulls', [{ reset: true }]);
    server.on('GET /repos/o/r/issues', [{ reset: true }]);
    const t0 = performance.now();
    const d = await deliver();
    expect(d.via).toBe('artifact');
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(sv.report().unrecovered).toBe(0);
  });
});
