// End to end: the bundled Action in diagnose mode against the fake GitHub. A previous step's log
// (log-file input) is diagnosed; outside pull requests each error gets one issue per fingerprint,
// on a pull request one sticky comment keeps one section per job.
// Rebuild the bundle first: flock /tmp/inframate-bundle.lock npm run bundle
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSections } from '../../src/github/markers';
import { FakeGitHub } from '../fakes/github/server';
import { loadCorpus } from '../diagnose/corpus';
import { DIST, eventPayload, filesOf, runAction, SHOP, workspaceFrom } from './runner';

let fake: FakeGitHub;
const corpus = new Map(loadCorpus().map((c) => [c.id, c.log]));

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run bundle');
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

async function start(): Promise<string> {
  fake = new FakeGitHub({ users: [{ login: 'ada', permission: 'admin' }], files: filesOf(SHOP) });
  await fake.start();
  return fake.refs.get('refs/heads/main')!;
}

const LOG = `${corpus.get('localstack-7801')}\n${corpus.get('benefits-960')}\n`;

describe('diagnose mode', () => {
  it('push: one issue per error fingerprint; a re-run updates nothing and opens nothing new', async () => {
    const sha = await start();
    const workspace = workspaceFrom();
    writeFileSync(join(workspace, 'terraform.log'), LOG);
    const inputs = { command: 'diagnose', 'log-file': 'terraform.log' };
    const first = await runAction({
      event: 'push',
      payload: eventPayload('push', { __SHA__: sha }),
      apiUrl: fake.url,
      workspace,
      sha,
      inputs,
    });
    expect(first.stderr).not.toMatch(/at .+\.js:\d+/);
    expect(first.outputs['exit-code']).toBe('0');
    const issues = () => [...fake.issues.values()].filter((i) => (i.body ?? '').includes('<!-- inframate:diagnose:'));
    expect(issues()).toHaveLength(2);
    expect(
      issues()
        .map((i) => i.title)
        .sort(),
    ).toEqual(['Failed run: not-found InvalidAMIID.NotFound on aws_instance.web_server', 'Failed run: state-lock']);
    expect(first.summary).toMatch(/Diagnosis issue \| opened/);
    const md = readFileSync(first.outputs['report-path'], 'utf8');
    expect(md).toMatch(/2 errors found/);
    const second = await runAction({
      event: 'push',
      payload: eventPayload('push', { __SHA__: sha }),
      apiUrl: fake.url,
      workspace,
      sha,
      inputs,
    });
    expect(second.outputs['exit-code']).toBe('0');
    expect(issues()).toHaveLength(2);
    expect(second.summary).toMatch(/Diagnosis issue \| unchanged/);
  });

  it('pull_request: one sticky comment with one section per job', async () => {
    const sha = await start();
    const pr = fake.addIssue('Add checkout', 'b', { pull: true, head: 'feature/checkout' });
    const payload = eventPayload('pull_request', { __SHA__: sha, __BASE_SHA__: sha, __HEAD_REPO__: 'acme/shop' }).replaceAll(
      '"number": 7',
      `"number": ${pr.number}`,
    );
    const workspace = workspaceFrom();
    writeFileSync(join(workspace, 'plan.log'), corpus.get('sftp-78')!);
    writeFileSync(join(workspace, 'apply.log'), corpus.get('pa-43891')!);
    const ref = `refs/pull/${pr.number}/merge`;
    for (const [job, file] of [
      ['plan', 'plan.log'],
      ['apply', 'apply.log'],
      ['plan', 'plan.log'],
    ]) {
      const r = await runAction({
        event: 'pull_request',
        payload,
        apiUrl: fake.url,
        workspace,
        sha,
        ref,
        env: { GITHUB_JOB: job },
        inputs: { command: 'diagnose', 'log-file': file },
      });
      expect(r.outputs['exit-code']).toBe('0');
    }
    const comments = fake.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('<!-- inframate:comment:diagnose -->');
    expect(readSections(comments[0].body).map((s) => s.key)).toEqual(['apply/.', 'plan/.']);
    expect(comments[0].body).toMatch(/invalid-parameter/);
    expect(comments[0].body).toMatch(/access-denied/);
    expect([...fake.issues.values()].filter((i) => (i.body ?? '').includes('inframate:diagnose:'))).toHaveLength(0);
  });
});
