// End to end: the bundled Action runs drift on a nightly schedule against the fake GitHub and the
// fake AWS (a real AWS state, tests/fixtures/drift/aws-project, then changes made by hand).
// Rebuild the bundle first: flock /tmp/inframate-bundle.lock npm run bundle
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mirrorTerraformState } from '../fakes/aws/mirror';
import { FakeAws } from '../fakes/aws/server';
import { FakeGitHub } from '../fakes/github/server';
import { DIST, eventPayload, filesOf, ROOT, runAction, workspaceFrom } from './runner';

const PROJECT = join(ROOT, 'tests', 'fixtures', 'drift', 'aws-project');
let github: FakeGitHub;
let aws: FakeAws;

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run bundle');
});
afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.stop();
  await aws.close();
});

describe('drift on schedule', () => {
  it('opens a PR on inframate/drift with the code changes, one issue per drift, and closes issues whose drift is gone', async () => {
    github = new FakeGitHub({ users: [{ login: 'ada', permission: 'admin' }], files: filesOf(PROJECT) });
    await github.start();
    const sha = github.refs.get('refs/heads/main')!;
    aws = await FakeAws.start();
    mirrorTerraformState(aws.account, JSON.parse(readFileSync(join(PROJECT, 'terraform.tfstate'), 'utf8')));
    aws.account.find('ec2:vpc', 'vpc-00b9c9a2b522b7eaf')!.tags = { Owner: 'someone' };
    aws.account.find('ec2:instance', 'i-0d6d5f1216a2a12e3')!.attrs.instanceType = 't3.large';
    aws.account.add({ type: 'sqs:queue', id: 'orders-dlq', tags: { ManagedBy: 'inframate' } });

    const run = () =>
      runAction({
        event: 'schedule',
        payload: eventPayload('schedule'),
        apiUrl: github.url,
        workspace: workspaceFrom(PROJECT),
        sha,
        inputs: { command: 'drift', state: 'terraform.tfstate', live: 'true' },
        env: aws.env(),
      });

    const first = await run();
    expect(first.stderr).not.toMatch(/at .+\.js:\d+/);
    expect(first.outputs['exit-code']).toBe('0');
    expect(first.summary).toContain('Inframate `drift`');
    const pulls = github.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ head: 'inframate/drift', base: 'main' });
    expect(github.fileAt('inframate/drift', 'main.tf')).toContain('tags = { Owner = "someone" }');
    expect(github.fileAt('inframate/drift', 'inframate-drift-imports.tf')).toContain('to = aws_sqs_queue.orders-dlq');
    const issues = () => [...github.issues.values()].filter((i) => !('head' in i) && i.title.startsWith('Drift:'));
    expect(
      issues()
        .map((i) => i.title)
        .sort(),
    ).toEqual([
      'Drift: aws_instance.webserver2 modified (medium)',
      'Drift: aws_sqs_queue.orders-dlq unmanaged (low)',
      'Drift: aws_vpc.myvpc modified (low)',
    ]);
    expect(first.summary).toMatch(/Drift issues \| 3 opened, 0 updated, 0 unchanged, 0 closed/);

    // Someone reverts the instance by hand: its issue closes, the others stay as they were.
    aws.account.find('ec2:instance', 'i-0d6d5f1216a2a12e3')!.attrs.instanceType = 't2.micro';
    const second = await run();
    expect(second.outputs['exit-code']).toBe('0');
    expect(second.summary).toMatch(/Drift issues \| 0 opened, 0 updated, 2 unchanged, 1 closed/);
    const closed = issues().filter((i) => i.state === 'closed');
    expect(closed.map((i) => i.title)).toEqual(['Drift: aws_instance.webserver2 modified (medium)']);
    expect(github.pulls()).toHaveLength(1);
    // Only read calls reached AWS.
    expect(aws.requests.every((r) => /^(Describe|Get|List|Head)/.test(r.operation))).toBe(true);
  });
});
