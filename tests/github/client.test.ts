import { afterEach, describe, expect, it } from 'vitest';
import { isRetrySafe, operationName, routeOf } from '../../src/github/client';
import { githubStatus, retryAfterMs } from '../../src/github/errors';
import { InframateError } from '../../src/supervisor/errors';
import type { FakeGitHub } from '../fakes/github/server';
import { clientFor, repoOf, startFake } from './helpers';

let fake: FakeGitHub;
afterEach(async () => fake?.stop());

describe('createGitHubClient', () => {
  it('runs every request as a named github step and retries idempotent requests itself', async () => {
    fake = await startFake();
    const { octokit, supervisor } = clientFor(fake);
    fake.failNext('GET /repos/{owner}/{repo}', 502, 1);
    const { data } = await octokit.rest.repos.get(repoOf(fake));
    expect(data.default_branch).toBe('main');
    // Two requests reached the server: Octokit's own retry plugin is off, the supervisor retried.
    expect(fake.requests.filter((r) => r.path === '/repos/acme/shop')).toHaveLength(2);
    // The supervisor reports the retry as a recovered error of the named step.
    expect(supervisor.report()).toMatchObject({ unrecovered: 0 });
    expect(supervisor.report().errors.every((e) => e.recovered && e.step === 'github.get-repository')).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it('does not blindly re-send a non-idempotent POST', async () => {
    fake = await startFake();
    fake.addIssue('x', 'y');
    const { octokit, supervisor } = clientFor(fake);
    fake.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 502, 1);
    await expect(octokit.rest.issues.createComment({ ...repoOf(fake), issue_number: 1, body: 'hi' })).rejects.toMatchObject({
      type: 'network',
    });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(supervisor.report().errors[0]).toMatchObject({ step: 'github.create-comment', type: 'network', recovered: false });
  });

  it('classifies GitHub errors into the supervisor taxonomy', async () => {
    fake = await startFake();
    const { octokit } = clientFor(fake, 'read-token');
    fake.addIssue('x', 'y');
    const denied = await octokit.rest.issues.createComment({ ...repoOf(fake), issue_number: 1, body: 'hi' }).catch((e) => e);
    expect(denied).toBeInstanceOf(InframateError);
    expect(denied.type).toBe('permission');
    expect(githubStatus(denied)).toBe(403);
    const bad = await clientFor(fake, 'nope')
      .octokit.rest.repos.get(repoOf(fake))
      .catch((e) => e);
    expect(bad.type).toBe('auth');
    const missing = await octokit.rest.git.getRef({ ...repoOf(fake), ref: 'heads/none' }).catch((e) => e);
    expect(missing.type).toBe('not-found');
    fake.failNext('GET /repos/{owner}/{repo}', 403, 3, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' });
    const limited = await octokit.rest.repos.get(repoOf(fake)).catch((e) => e);
    expect(limited.type).toBe('rate-limit');
  });

  it('names and classifies routes', () => {
    expect(routeOf({ method: 'post', url: '/repos/{owner}/{repo}/pulls' })).toBe('POST /repos/{owner}/{repo}/pulls');
    expect(operationName('POST /repos/{owner}/{repo}/pulls')).toBe('create-pull-request');
    expect(operationName('GET /repos/{owner}/{repo}/actions/runs')).toBe('get-actions-runs');
    expect(isRetrySafe('POST /repos/{owner}/{repo}/git/blobs')).toBe(true);
    expect(isRetrySafe('POST /repos/{owner}/{repo}/issues')).toBe(false);
    expect(isRetrySafe('PATCH /repos/{owner}/{repo}/issues/{issue_number}')).toBe(true);
    expect(retryAfterMs({ headers: { 'retry-after': '7' } })).toBe(7000);
    expect(retryAfterMs({ headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' } }, 40_000)).toBe(60_000);
  });
});
