// runAction() in-process (from source, not the bundle): the full analyze → pull request path with
// real generated Terraform, independent of how the bundle is built. tests/e2e runs the bundle.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run';
import { FakeGitHub } from '../fakes/github/server';
import { eventPayload, filesOf, parseOutputs, SHOP, workspaceFrom } from '../e2e/runner';

let fake: FakeGitHub;
// @actions/core caches the summary file path on first use: one file for this test file, emptied per run.
const summaryFile = join(mkdtempSync(join(tmpdir(), 'inframate-summary-')), 'summary');
const saved = { ...process.env };
afterEach(async () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

async function run(event: string, payload: string, workspace: string, inputs: Record<string, string> = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'inframate-inproc-'));
  writeFileSync(join(temp, 'event.json'), payload);
  writeFileSync(join(temp, 'out'), '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: fake.url,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: fake.refs.get('refs/heads/main')!,
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '1',
    GITHUB_OUTPUT: join(temp, 'out'),
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    INFRAMATE_CACHE_DIR: join(temp, 'cache'),
  };
  for (const [k, v] of Object.entries({ 'github-token': 'write-token', 'no-ai': 'true', 'fail-on': 'none', ...inputs }))
    env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(process.env, env);
  const code = await runAction(process.env);
  return { code, outputs: parseOutputs(readFileSync(join(temp, 'out'), 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

describe('runAction (in-process)', () => {
  it('push → one PR with the generated Terraform; re-runs add no commit, no PR, no write', async () => {
    fake = new FakeGitHub({ files: filesOf(SHOP) });
    await fake.start();
    const workspace = workspaceFrom();
    const payload = eventPayload('push', { __SHA__: fake.refs.get('refs/heads/main')! });
    const first = await run('push', payload, workspace);
    expect(first.outputs['exit-code']).toBe('0');
    const files = first.outputs['generated-files'].split('\n');
    expect(files.length).toBeGreaterThan(3);
    expect(files.every((f) => f.startsWith('infra/'))).toBe(true);
    expect(fake.pulls()).toHaveLength(1);
    const pr = fake.pulls()[0];
    expect(pr).toMatchObject({ head: 'inframate/analyze', base: 'main', labels: ['inframate'] });
    expect(pr.body).toContain('<!-- inframate:pr:analyze -->');
    // The report names the repository path, never the scratch directory the files were generated in.
    expect(pr.body).not.toContain('/generated/analyze/');
    for (const f of files)
      expect(fake.fileAt('inframate/analyze', f)).toBe(
        readFileSync(
          join(first.outputs['report-path'], '..', '..', '..', 'generated', 'analyze', 'root', f.slice('infra/'.length)),
          'utf8',
        ),
      );
    expect(existsSync(join(workspace, 'infra'))).toBe(false); // the checkout is left untouched
    const commits = fake.commitCount();
    const writes = fake.writes().length;
    for (let i = 0; i < 2; i++) {
      const again = await run('push', payload, workspace);
      expect(again.outputs['pr-number']).toBe(String(pr.number));
      expect(again.summary).toContain(`unchanged [#${pr.number}]`);
    }
    expect(fake.commitCount()).toBe(commits);
    expect(fake.writes().length).toBe(writes);
    expect(fake.pulls()).toHaveLength(1);
  });

  it('when Actions may not open PRs, the branch is pushed and an issue links the ready-to-open PR', async () => {
    fake = new FakeGitHub({ files: filesOf(SHOP), actionsMayCreatePullRequests: false });
    await fake.start();
    const payload = eventPayload('push', { __SHA__: fake.refs.get('refs/heads/main')! });
    const workspace = workspaceFrom();
    const r = await run('push', payload, workspace);
    expect(fake.pulls()).toHaveLength(0);
    expect(fake.refs.has('refs/heads/inframate/analyze')).toBe(true);
    const [issue] = [...fake.issues.values()];
    expect(issue.title).toBe('Inframate analyze: pull request ready to open');
    expect(issue.body).toContain('compare/main...inframate/analyze?expand=1');
    expect(issue.body).toContain('```diff');
    expect(r.summary).toContain('not allowed to open it');
    expect(r.outputs['exit-code']).toBe('0');
    await run('push', payload, workspace);
    expect(fake.issues.size).toBe(1);
  });

  it('/inframate analyze on an issue → a PR, and an answer on the issue linking it', async () => {
    fake = new FakeGitHub({ files: filesOf(SHOP), users: [{ login: 'ada', permission: 'write', role: 'maintain' }] });
    await fake.start();
    const issue = fake.addIssue('Please set up AWS', 'We need infra');
    const trigger = fake.addComment(issue.number, '/inframate analyze --no-ai', 'ada');
    const payload = JSON.parse(eventPayload('issue_comment', { __USER__: 'ada' }));
    delete payload.issue.pull_request;
    payload.issue.number = issue.number;
    payload.comment.id = trigger.id;
    payload.comment.body = trigger.body;
    const r = await run('issue_comment', JSON.stringify(payload), workspaceFrom());
    expect(r.outputs['exit-code']).toBe('0');
    expect(fake.pulls()).toHaveLength(1);
    const answer = fake.commentsOn(issue.number).find((c) => c.id !== trigger.id)!;
    expect(answer.body).toContain(`Pull request: [#${fake.pulls()[0].number}]`);
    expect(fake.reactions.map((x) => x.content)).toEqual(['eyes', 'rocket']);
  });

  it('pull_request → the sticky comment carries the generated-infrastructure diff', async () => {
    fake = new FakeGitHub({ files: filesOf(SHOP) });
    await fake.start();
    const pr = fake.addIssue('Add checkout', 'b', { pull: true, head: 'feature/checkout' });
    const sha = fake.refs.get('refs/heads/main')!;
    const payload = eventPayload('pull_request', { __SHA__: sha, __BASE_SHA__: sha, __HEAD_REPO__: 'acme/shop' }).replace(
      /"number": 7/g,
      `"number": ${pr.number}`,
    );
    const r = await run('pull_request', payload, workspaceFrom());
    expect(r.outputs['comment-url']).toContain(`/issues/${pr.number}#issuecomment-`);
    const [comment] = fake.commentsOn(pr.number);
    expect(comment.body).toMatch(/Generated infrastructure diff \(\d+ added\)/);
    expect(comment.body).toContain('+++ b/infra/');
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(fake.pulls()).toHaveLength(1);
  });
});
