import { afterEach, describe, expect, it } from 'vitest';
import { isRetrySafe, operationName, routeOf } from '../../src/github/client';
import { githubStatus, toGitHubError } from '../../src/github/errors';
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
    const { octokit, supervisor } = clientFor(fake, 'read-token');
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
    // A 404 on a read is an answer for the caller, not a failed step in the report.
    expect(supervisor.report().errors.some((e) => e.step === 'github.get-ref')).toBe(false);
    fake.failNext('GET /repos/{owner}/{repo}', 403, 3, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' });
    const limited = await octokit.rest.repos.get(repoOf(fake)).catch((e) => e);
    expect(limited.type).toBe('rate-limit');
    expect(limited.retryAfterMs).toBe(0);
    expect(limited.message).toMatch(/^GitHub GET \/repos\/\{owner\}\/\{repo\}: 403 /);
  });

  it('types errors with the supervisor classifier and keeps the route and GitHub reason', () => {
    const route = 'POST /repos/{owner}/{repo}/git/refs';
    const invalid = toGitHubError(
      Object.assign(new Error('Validation Failed'), {
        status: 422,
        response: { status: 422, headers: {}, data: { message: 'Validation Failed', errors: [{ message: 'Reference already exists' }] } },
      }),
      route,
    );
    expect(invalid).toMatchObject({ type: 'validation', status: 422, details: { status: 422, route } });
    expect(invalid.message).toBe(`GitHub ${route}: 422 Validation Failed; Reference already exists`);
    const secondary = toGitHubError(
      Object.assign(new Error('x'), {
        status: 403,
        response: { status: 403, headers: { 'retry-after': '30' }, data: { message: 'You have exceeded a secondary rate limit' } },
      }),
      route,
    );
    expect(secondary).toMatchObject({ type: 'rate-limit', retryAfterMs: 30_000 });
    expect(secondary.solution).toMatch(/secondary rate limit/);
    // A failed fetch: Octokit's synthetic 500 is ignored, the cause decides.
    const refused = toGitHubError(
      Object.assign(new Error('connect ECONNREFUSED'), {
        name: 'HttpError',
        status: 500,
        cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
      }),
      route,
    );
    expect(refused.type).toBe('network');
    expect(githubStatus(refused)).toBe(0);
    expect(githubStatus(new InframateError('permission', 'no', { status: 403 }))).toBe(403);
  });

  it('names and classifies routes', () => {
    expect(routeOf({ method: 'post', url: '/repos/{owner}/{repo}/pulls' })).toBe('POST /repos/{owner}/{repo}/pulls');
    expect(operationName('POST /repos/{owner}/{repo}/pulls')).toBe('create-pull-request');
    expect(operationName('GET /repos/{owner}/{repo}/actions/runs')).toBe('get-actions-runs');
    expect(isRetrySafe('POST /repos/{owner}/{repo}/git/blobs')).toBe(true);
    expect(isRetrySafe('POST /repos/{owner}/{repo}/issues')).toBe(false);
    expect(isRetrySafe('PATCH /repos/{owner}/{repo}/issues/{issue_number}')).toBe(true);
  });
});
