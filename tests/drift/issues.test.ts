// Drift issues on the fake GitHub: one per fingerprint, unchanged on a re-run, closed when gone.
import { afterEach, describe, expect, it } from 'vitest';
import { syncDriftIssues } from '../../src/drift/issues';
import { driftFiles, driftPullRequestFiles } from '../../src/drift/pull-request';
import { marker } from '../../src/github/markers';
import type { FakeGitHub } from '../fakes/github/server';
import { clientFor, repoOf, startFake } from '../github/helpers';
import { FIXTURES, runDriftCommand, showJson } from './helpers';
import { join } from 'node:path';

let fake: FakeGitHub;
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

describe('drift issues', () => {
  it('upserts one issue per fingerprint and closes those whose drift is gone', async () => {
    fake = await startFake();
    const { octokit } = clientFor(fake);
    const two = (await runDriftCommand({ plan: showJson('derived-delete-drift') })).report!;
    const one = (await runDriftCommand({ plan: showJson('drift') })).report!;
    const both = {
      ...two,
      driftItems: [...two.driftItems, ...one.driftItems],
      recoveryPlan: { requiresApproval: true as const, steps: [...two.recoveryPlan.steps, ...one.recoveryPlan.steps] },
    };
    expect(both.driftItems.length).toBe(2);

    const first = await syncDriftIssues(octokit, { ...repoOf(fake), dir: '.', report: both });
    expect(first).toMatchObject({ opened: 2, updated: 0, closed: [] });
    const again = await syncDriftIssues(octokit, { ...repoOf(fake), dir: '.', report: both });
    expect(again).toMatchObject({ opened: 0, updated: 0, unchanged: 2, closed: [] });
    // Another root's drift issues are not this root's to close.
    const other = await syncDriftIssues(octokit, { ...repoOf(fake), dir: 'envs/prod', report: one });
    expect(other).toMatchObject({ opened: 1, closed: [] });

    const later = await syncDriftIssues(octokit, { ...repoOf(fake), dir: '.', report: one });
    expect(later).toMatchObject({ opened: 0, unchanged: 1 });
    expect(later.closed).toHaveLength(1);
    const closed = fake.issues.get(later.closed[0])!;
    expect(closed.state).toBe('closed');
    expect(closed.body).toContain(marker('drift', `./fp-${two.driftItems[0].fingerprint}`));
    const open = [...fake.issues.values()].filter((i) => i.state === 'open');
    expect(open.map((i) => i.title).sort()).toEqual([
      'Drift: test_instance.should_refresh modified (low)',
      'Drift: test_instance.should_refresh modified (low)',
    ]);
  });

  it('offers the recovery files for the pull request by repository path, never outside the workspace', async () => {
    fake = await startFake();
    const { report } = await runDriftCommand({ plan: showJson('drift') }, { dir: join(FIXTURES, 'aws-project') });
    driftFiles.set(
      report!,
      new Map([
        ['main.tf', 'x'],
        ['../../escape.tf', 'y'],
      ]),
    );
    expect(driftPullRequestFiles(report!, join(FIXTURES, 'aws-project'), FIXTURES)).toEqual([
      { path: 'aws-project/main.tf', content: 'x' },
    ]);
  });
});
