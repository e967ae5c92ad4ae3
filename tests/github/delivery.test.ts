import { afterEach, describe, expect, it } from 'vitest';
import { fitBody, GITHUB_BODY_LIMIT } from '../../src/github/body';
import { composeBody, upsertStickyComment } from '../../src/github/comments';
import { commitFiles, gitBlobSha } from '../../src/github/git-data';
import { upsertIssue } from '../../src/github/issues';
import { marker, readSections, upsertSection } from '../../src/github/markers';
import { checkCommandPermission } from '../../src/github/permissions';
import { createOrUpdatePullRequest } from '../../src/github/pulls';
import type { FakeGitHub } from '../fakes/github/server';
import { clientFor, repoOf, startFake } from './helpers';

let fake: FakeGitHub;
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});
const noSleep = async () => undefined;

describe('upsertIssue', () => {
  it('creates once, then finds the issue by its marker and edits it only when the body changed', async () => {
    fake = await startFake();
    const { octokit } = clientFor(fake);
    const input = { ...repoOf(fake), kind: 'error', key: 'abc123', title: 'Inframate failed', body: 'step x failed' };
    const first = await upsertIssue(octokit, input);
    expect(first).toMatchObject({ created: true, updated: false, number: 1 });
    expect(fake.issues.get(1)?.body).toContain(marker('error', 'abc123'));
    expect(fake.issues.get(1)?.labels).toEqual(['inframate']);
    const again = await upsertIssue(octokit, input);
    expect(again).toMatchObject({ created: false, updated: false, number: 1 });
    const changed = await upsertIssue(octokit, { ...input, body: 'step y failed' });
    expect(changed).toMatchObject({ created: false, updated: true, number: 1 });
    const other = await upsertIssue(octokit, { ...input, key: 'def456' });
    expect(other).toMatchObject({ created: true, number: 2 });
    expect(fake.issues.size).toBe(2);
  });

  it('pages through open issues and skips pull requests carrying the same text', async () => {
    fake = await startFake({ maxPerPage: 2 });
    const { octokit } = clientFor(fake);
    for (let i = 0; i < 5; i++) fake.addIssue(`noise ${i}`, 'x').labels.push('inframate');
    const pr = fake.addIssue('pr', marker('drift', 'k'), { pull: true });
    pr.labels.push('inframate');
    const res = await upsertIssue(octokit, { ...repoOf(fake), kind: 'drift', key: 'k', title: 'Drift', body: 'b' });
    expect(res.created).toBe(true);
    const found = await upsertIssue(octokit, { ...repoOf(fake), kind: 'drift', key: 'k', title: 'Drift', body: 'b' });
    expect(found).toMatchObject({ created: false, number: res.number });
  });
});

describe('sticky comments', () => {
  it('keeps one comment per PR and command, unchanged on identical re-runs', async () => {
    fake = await startFake();
    const { octokit } = clientFor(fake);
    fake.addIssue('PR', 'b', { pull: true });
    const input = { ...repoOf(fake), issueNumber: 1, command: 'analyze', section: { key: '.', content: 'report v1' }, sleep: noSleep };
    const a = await upsertStickyComment(octokit, input);
    const b = await upsertStickyComment(octokit, input);
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ created: false, updated: false, id: a.id });
    const c = await upsertStickyComment(octokit, { ...input, section: { key: '.', content: 'report v2' } });
    expect(c).toMatchObject({ updated: true, id: a.id });
    await upsertStickyComment(octokit, { ...input, command: 'secure' });
    expect(fake.commentsOn(1)).toHaveLength(2);
    expect(fake.commentsOn(1)[0].body).toContain('report v2');
  });

  it('merges matrix jobs into sections of one comment and repairs a duplicate created by a race', async () => {
    fake = await startFake();
    const { octokit } = clientFor(fake);
    fake.addIssue('PR', 'b', { pull: true });
    const base = { ...repoOf(fake), issueNumber: 1, command: 'analyze', sleep: noSleep };
    await upsertStickyComment(octokit, { ...base, section: { key: 'services/api', content: 'api report' } });
    // Another job raced us and created its own comment before seeing ours.
    const rogue = composeBody({ ...base, section: { key: 'services/web', content: 'web report' } }, undefined).body;
    fake.addComment(1, rogue, 'github-actions[bot]');
    await upsertStickyComment(octokit, { ...base, section: { key: 'services/worker', content: 'worker report' } });
    const comments = fake.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(readSections(comments[0].body).map((s) => s.key)).toEqual(['services/api', 'services/web', 'services/worker']);
  });

  it('converges when matrix jobs really run at the same time', async () => {
    fake = await startFake();
    fake.addIssue('PR', 'b', { pull: true });
    const jitter = () => new Promise<void>((r) => setTimeout(r, 5 + Math.floor(Math.random() * 20)));
    const dirs = ['svc/a', 'svc/b', 'svc/c', 'svc/d'];
    await Promise.all(
      dirs.map((d) =>
        upsertStickyComment(clientFor(fake).octokit, {
          ...repoOf(fake),
          issueNumber: 1,
          command: 'auto',
          section: { key: d, content: `report for ${d}` },
          sleep: jitter,
          verifyRounds: 6,
        }),
      ),
    );
    const comments = fake.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(readSections(comments[0].body).map((s) => s.key)).toEqual(dirs);
  });

  it('composes the same body again from its own output (large sections stay stable on re-runs)', () => {
    const input = { owner: 'o', repo: 'r', issueNumber: 1, command: 'analyze', section: { key: '.', content: 'line\n'.repeat(8000) } };
    const first = composeBody(input, undefined).body;
    expect(composeBody(input, first).body).toBe(first);
  });

  it('keeps bodies under the limit, each section getting its share', () => {
    const big = 'x'.repeat(50_000) + '\n';
    const body = upsertSection(upsertSection('', 'a', big + big), 'b', 'small');
    expect(body.length).toBeGreaterThan(GITHUB_BODY_LIMIT);
    const fitted = composeBody({ owner: 'o', repo: 'r', issueNumber: 1, command: 'analyze', section: { key: 'c', content: big } }, body);
    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(readSections(fitted.body).map((s) => s.key)).toEqual(['a', 'b', 'c']);
    const plain = fitBody('```\n' + 'y\n'.repeat(40_000), { pointer: 'the job summary' });
    expect(plain.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(plain.body).toContain('the job summary');
    expect((plain.body.match(/```/g) ?? []).length % 2).toBe(0);
  });
});

describe('pull requests through the Git Data API', () => {
  const files = () =>
    new Map<string, string | null>([
      ['infra/main.tf', 'resource "aws_s3_bucket" "b" {}\n'],
      ['infra/variables.tf', 'variable "region" {}\n'],
    ]);
  const input = (f: FakeGitHub) => ({
    ...repoOf(f),
    command: 'analyze',
    branch: 'inframate/analyze',
    base: 'main',
    title: 'Inframate analyze',
    body: 'report',
    files: files(),
    commitMessage: 'inframate analyze',
    labels: ['inframate'],
  });

  it('computes blob ids like git', () => {
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('opens one PR, and re-runs with the same files push nothing and create nothing', async () => {
    fake = await startFake();
    const { octokit } = clientFor(fake);
    const first = await createOrUpdatePullRequest(octokit, input(fake));
    expect(first).toMatchObject({ created: true, number: 1 });
    expect(first.commit).toMatchObject({ committed: true, branchCreated: true });
    expect(fake.fileAt('inframate/analyze', 'infra/main.tf')).toContain('aws_s3_bucket');
    expect(fake.fileAt('inframate/analyze', 'README.md')).toBe('# shop\n');
    expect(fake.pulls()[0].labels).toEqual(['inframate']);
    const commits = fake.commitCount();
    const writes = fake.writes().length;
    for (let i = 0; i < 2; i++) {
      const again = await createOrUpdatePullRequest(octokit, input(fake));
      expect(again).toMatchObject({ created: false, updated: false, number: 1 });
    }
    expect(fake.commitCount()).toBe(commits);
    expect(fake.writes().length).toBe(writes);
    expect(fake.pulls()).toHaveLength(1);
  });

  it('adds a commit and updates the PR body when the files change; keeps existing files without force', async () => {
    fake = await startFake({ files: { 'README.md': 'r\n', 'infra/variables.tf': 'variable "mine" {}\n' } });
    const { octokit } = clientFor(fake);
    const first = await createOrUpdatePullRequest(octokit, { ...input(fake), keepExisting: true });
    expect(first.commit.kept).toEqual(['infra/variables.tf']);
    expect(fake.fileAt('inframate/analyze', 'infra/variables.tf')).toBe('variable "mine" {}\n');
    const next = await createOrUpdatePullRequest(octokit, {
      ...input(fake),
      body: 'report v2',
      files: new Map([['infra/main.tf', 'changed\n']]),
    });
    expect(next).toMatchObject({ created: false, updated: true, number: first.number });
    expect(next.commit.committed).toBe(true);
    expect(fake.fileAt('inframate/analyze', 'infra/main.tf')).toBe('changed\n');
    expect(fake.pulls()[0].body).toContain('report v2');
  });

  it('opens no PR when the generated files already match the base branch', async () => {
    fake = await startFake({ files: { 'infra/main.tf': 'same\n' } });
    const { octokit } = clientFor(fake);
    const res = await createOrUpdatePullRequest(octokit, { ...input(fake), files: new Map([['infra/main.tf', 'same\n']]) });
    expect(res.created).toBe(false);
    expect(res.number).toBeUndefined();
    expect(fake.pulls()).toHaveLength(0);
    expect(fake.refs.has('refs/heads/inframate/analyze')).toBe(false);
  });

  it('walks only the needed directories when GitHub truncates a large tree', async () => {
    const files: Record<string, string> = { 'infra/variables.tf': 'mine\n' };
    for (let i = 0; i < 30; i++) files[`src/f${i}.js`] = `${i}\n`;
    fake = await startFake({ files, truncateTreesOver: 5 });
    const { octokit } = clientFor(fake);
    const res = await commitFiles(octokit, {
      ...repoOf(fake),
      branch: 'inframate/x',
      base: 'main',
      files: new Map([
        ['infra/variables.tf', 'generated\n'],
        ['infra/main.tf', 'new\n'],
        ['src/f7.js', '7\n'],
      ]),
      message: 'm',
      keepExisting: true,
    });
    expect(res.kept).toEqual(['infra/variables.tf']);
    expect(res.changed).toEqual(['infra/main.tf']);
    expect(fake.fileAt('inframate/x', 'infra/variables.tf')).toBe('mine\n');
    expect(fake.fileAt('inframate/x', 'src/f29.js')).toBe('29\n');
  });

  it('deletes files given as null and never rewrites commits it did not make', async () => {
    fake = await startFake({ files: { 'infra/old.tf': 'old\n' } });
    const { octokit } = clientFor(fake);
    const res = await commitFiles(octokit, {
      ...repoOf(fake),
      branch: 'inframate/x',
      base: 'main',
      files: new Map([['infra/old.tf', null]]),
      message: 'rm',
    });
    expect(res.changed).toEqual(['infra/old.tf']);
    expect(fake.fileAt('inframate/x', 'infra/old.tf')).toBeUndefined();
    const patch = fake.requests.find((r) => r.method === 'PATCH');
    expect(patch).toBeUndefined();
  });
});

describe('collaborator permission', () => {
  it('allows write, maintain and admin; refuses read, triage, unknown users and API errors', async () => {
    fake = await startFake({
      users: [
        { login: 'ada', permission: 'admin' },
        { login: 'max', permission: 'write', role: 'maintain' },
        { login: 'tri', permission: 'read', role: 'triage' },
        { login: 'ghost', permission: 'none' },
      ],
    });
    const { octokit } = clientFor(fake);
    const check = (username: string) => checkCommandPermission(octokit, { ...repoOf(fake), username });
    expect((await check('ada')).allowed).toBe(true);
    expect((await check('max')).allowed).toBe(true);
    expect((await check('tri')).allowed).toBe(false);
    expect((await check('stranger')).allowed).toBe(false);
    expect((await check('ghost')).allowed).toBe(false);
    fake.failNext('GET /repos/{owner}/{repo}/collaborators/{username}/permission', 500, 3);
    const err = await check('ada');
    expect(err.allowed).toBe(false);
    expect(err.reason).toContain('could not confirm');
  });
});

describe('action delivery rows', () => {
  it('deliverIssue upserts one issue per kind, command and directory and reports read-only tokens', async () => {
    const { deliverIssue } = await import('../../src/action/deliver');
    fake = await startFake();
    const gh = { repo: repoOf(fake) } as Parameters<typeof deliverIssue>[1];
    const q = {
      kind: 'error',
      command: 'analyze',
      dir: 'svc',
      title: 'Inframate analyze (svc) failed',
      body: 'report',
      labels: ['inframate'],
    };
    const first = await deliverIssue(clientFor(fake).octokit, gh, q);
    expect(first.row.result).toMatch(/^opened \[#1\]/);
    expect(fake.issues.get(1)?.body).toContain('<!-- inframate:error:analyze/svc -->');
    const again = await deliverIssue(clientFor(fake).octokit, gh, q);
    expect(again.row.result).toMatch(/^unchanged \[#1\]/);
    const denied = await deliverIssue(clientFor(fake, 'read-token').octokit, gh, { ...q, dir: 'other' });
    expect(denied.readOnly).toMatch(/cannot write/);
    expect(denied.failed).toBeUndefined();
    expect(fake.issues.size).toBe(1);
  });
});
