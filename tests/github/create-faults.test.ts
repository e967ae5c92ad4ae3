// Fault suite for GitHub's non-idempotent writes (issue 12, item 15): creating a pull request, an
// issue or a comment, against the OpenAPI-validated fake GitHub, with the fault before the write
// (nothing was made) or after it (made, answer lost: 502, reset, no answer), and a 422 "already
// exists" from a parallel job. Every case ends with exactly one PR / issue / comment.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverPullRequest } from '../../src/action/deliver';
import type { GitHubContext } from '../../src/github/context';
import { createGitHubClient } from '../../src/github/client';
import { upsertStickyComment } from '../../src/github/comments';
import { upsertIssue } from '../../src/github/issues';
import { createOrUpdatePullRequest } from '../../src/github/pulls';
import { Supervisor } from '../../src/supervisor/step';
import type { FakeGitHub, Injection } from '../fakes/github/server';
import { startFake } from './helpers';

let fake: FakeGitHub;
afterEach(() => fake?.stop());

function supervised() {
  const supervisor = new Supervisor({
    backoff: { baseMs: 5, maxMs: 20, factor: 2, jitter: false },
    breaker: { threshold: 50, coolDownMs: 10 },
    maxRepeats: 50,
  });
  const octokit = createGitHubClient({ token: 'write-token', baseUrl: fake.url, step: supervisor.run, timeoutMs: 400 });
  return { supervisor, octokit };
}

const FAULTS: { name: string; fault: Injection }[] = [
  { name: '502 before the write', fault: { when: 'before', status: 502 } },
  { name: '502 after the write (answer lost)', fault: { when: 'after', status: 502 } },
  { name: '503 after the write', fault: { when: 'after', status: 503 } },
  { name: 'connection reset before the write', fault: { when: 'before', reset: true } },
  { name: 'connection reset after the write', fault: { when: 'after', reset: true } },
  { name: 'no answer after the write (timeout)', fault: { when: 'after', hang: true } },
];

const noViolations = () => expect(fake.violations).toEqual([]);

describe('creating a pull request: transient faults end with exactly one PR', () => {
  const create = (octokit: ReturnType<typeof supervised>['octokit']) =>
    createOrUpdatePullRequest(octokit, {
      owner: fake.owner,
      repo: fake.repo,
      command: 'analyze',
      branch: 'inframate/analyze',
      base: 'main',
      title: 'Inframate analyze: generated infrastructure',
      body: 'report',
      files: new Map([['infra/main.tf', 'terraform {}\n']]),
      commitMessage: 'inframate analyze',
      labels: ['inframate'],
    });

  it.each(FAULTS)('$name', async ({ fault }) => {
    fake = await startFake();
    fake.inject('POST /repos/{owner}/{repo}/pulls', fault);
    const { supervisor, octokit } = supervised();
    const pr = await create(octokit);
    expect(fake.pulls()).toHaveLength(1);
    expect(pr).toMatchObject({ number: fake.pulls()[0]!.number, created: true });
    expect(fake.pulls()[0]!.labels).toEqual(['inframate']);
    const report = supervisor.report();
    expect(report.unrecovered).toBe(0);
    expect(report.errors.find((e) => e.step === 'github.create-once.pull-request')).toMatchObject({ recovered: true, strategy: 'retry' });
    noViolations();
    // A re-run finds it and does not open another.
    const again = await create(octokit);
    expect(again).toMatchObject({ number: pr.number, created: false });
    expect(fake.pulls()).toHaveLength(1);
  });

  it('422 "A pull request already exists" (a parallel job opened it): the existing PR is adopted', async () => {
    fake = await startFake();
    fake.inject('POST /repos/{owner}/{repo}/pulls', {
      when: 'after',
      concurrently: (f) => f.addIssue('opened by a parallel job', 'x', { pull: true, head: 'inframate/analyze', base: 'main' }),
    });
    const { supervisor, octokit } = supervised();
    const pr = await create(octokit);
    expect(fake.pulls()).toHaveLength(1);
    expect(pr).toMatchObject({ number: fake.pulls()[0]!.number, created: false });
    expect(supervisor.report().unrecovered).toBe(0);
    noViolations();
  });

  it('a persistent 502 before the write: bounded attempts, no PR, the error says so', async () => {
    fake = await startFake();
    fake.inject('POST /repos/{owner}/{repo}/pulls', { when: 'before', status: 502 }, 100);
    const { supervisor, octokit } = supervised();
    await expect(create(octokit)).rejects.toMatchObject({ type: 'network' });
    expect(fake.pulls()).toHaveLength(0);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls'))).toHaveLength(2);
    expect(supervisor.report().unrecovered).toBeGreaterThan(0);
  });
});

describe('creating an issue: transient faults end with exactly one issue', () => {
  const upsert = (octokit: ReturnType<typeof supervised>['octokit']) =>
    upsertIssue(octokit, { owner: fake.owner, repo: fake.repo, kind: 'drift', key: 'drift', title: 'Drift report', body: 'drift' });

  it.each(FAULTS)('$name', async ({ fault }) => {
    fake = await startFake();
    fake.inject('POST /repos/{owner}/{repo}/issues', fault);
    const { supervisor, octokit } = supervised();
    const issue = await upsert(octokit);
    const issues = [...fake.issues.values()].filter((i) => !i.isPull);
    expect(issues).toHaveLength(1);
    expect(issue).toMatchObject({ number: issues[0]!.number, created: true });
    expect(supervisor.report().unrecovered).toBe(0);
    noViolations();
    expect(await upsert(octokit)).toMatchObject({ number: issue.number, created: false });
    expect([...fake.issues.values()].filter((i) => !i.isPull)).toHaveLength(1);
  });
});

describe('creating a comment: transient faults end with exactly one comment', () => {
  const upsert = (octokit: ReturnType<typeof supervised>['octokit'], body = 'report') =>
    upsertStickyComment(octokit, {
      owner: fake.owner,
      repo: fake.repo,
      issueNumber: 1,
      command: 'secure',
      body,
      sleep: async () => undefined,
    });

  it.each(FAULTS)('$name', async ({ fault }) => {
    fake = await startFake();
    fake.addIssue('a pull request', 'x', { pull: true, head: 'feature' });
    fake.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', fault);
    const { supervisor, octokit } = supervised();
    const c = await upsert(octokit);
    expect(fake.commentsOn(1)).toHaveLength(1);
    expect(c).toMatchObject({ id: fake.commentsOn(1)[0]!.id, created: true });
    expect(supervisor.report().unrecovered).toBe(0);
    noViolations();
    expect(await upsert(octokit, 'report 2')).toMatchObject({ id: c.id, created: false, updated: true });
    expect(fake.commentsOn(1)).toHaveLength(1);
  });
});

describe('delivering generated changes: PR → issue → patch file through the recovery registry', () => {
  const gh = () =>
    ({
      eventName: 'push',
      repo: { owner: fake.owner, repo: fake.repo },
      apiUrl: fake.url,
      graphqlUrl: `${fake.url}/graphql`,
      serverUrl: 'https://github.com',
      sha: 'abc1234',
      ref: 'refs/heads/main',
      actor: 'ada',
      workspace: '/nonexistent',
      tempDir: '/nonexistent',
    }) as GitHubContext;
  const deliver = (octokit: ReturnType<typeof supervised>['octokit'], supervisor: Supervisor, artifactPath: string) =>
    deliverPullRequest(octokit, gh(), {
      command: 'analyze',
      dir: '.',
      base: 'main',
      branch: 'inframate/analyze',
      files: [{ path: 'infra/main.tf', content: 'terraform {}\n' }],
      body: 'report',
      labels: ['inframate'],
      keepExisting: false,
      patch: '--- a/infra/main.tf\n+++ b/infra/main.tf\n',
      supervisor,
      artifactPath,
    });

  it('GitHub keeps failing to open the PR (502 before every create): an issue carries the patch, the report says pr-issue', async () => {
    fake = await startFake();
    fake.inject('POST /repos/{owner}/{repo}/pulls', { when: 'before', status: 502 }, 100);
    const { supervisor, octokit } = supervised();
    const d = await deliver(octokit, supervisor, join(mkdtempSync(join(tmpdir(), 'inframate-patch-')), 'pr.patch'));
    expect(d.failed).toBeFalsy();
    expect(d.row.result).toMatch(/could not open it .*\[issue #\d+\].*carries the patch \(recovery: pr-issue\)/);
    const issues = [...fake.issues.values()].filter((i) => !i.isPull);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('+++ b/infra/main.tf');
    expect(fake.pulls()).toHaveLength(0);
    expect(supervisor.report().errors.find((e) => e.step === 'github.deliver-pull-request')).toMatchObject({
      recovered: true,
      strategy: 'pr-issue',
    });
    noViolations();
  });

  it('neither the PR nor the issue can be made: the patch is written to a file, the report says pr-artifact', async () => {
    fake = await startFake();
    fake.inject('POST /repos/{owner}/{repo}/pulls', { when: 'before', status: 502 }, 100);
    fake.inject('POST /repos/{owner}/{repo}/issues', { when: 'before', status: 503 }, 100);
    const { supervisor, octokit } = supervised();
    const path = join(mkdtempSync(join(tmpdir(), 'inframate-patch-')), 'pr.patch');
    const d = await deliver(octokit, supervisor, path);
    expect(d.failed).toBe(true);
    expect(d.row.result).toContain(`the patch is in ${path} (recovery: pr-artifact)`);
    expect(readFileSync(path, 'utf8')).toContain('+++ b/infra/main.tf');
    expect(supervisor.report().errors.find((e) => e.step === 'github.deliver-pull-request')).toMatchObject({
      recovered: true,
      strategy: 'pr-artifact',
    });
  });

  it('a 502 whose PR was made anyway: one PR, no issue, no patch file', async () => {
    fake = await startFake();
    fake.inject('POST /repos/{owner}/{repo}/pulls', { when: 'after', status: 502 });
    const { supervisor, octokit } = supervised();
    const d = await deliver(octokit, supervisor, join(mkdtempSync(join(tmpdir(), 'inframate-patch-')), 'pr.patch'));
    expect(d.value).toMatchObject({ number: fake.pulls()[0]!.number });
    expect(fake.pulls()).toHaveLength(1);
    expect([...fake.issues.values()].filter((i) => !i.isPull)).toHaveLength(0);
    expect(supervisor.report().unrecovered).toBe(0);
  });
});
