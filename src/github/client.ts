// The one way Inframate talks to GitHub. Octokit's own retry and throttling plugins are switched
// off: the supervisor owns retries, deadlines and the circuit breaker, so every request is one
// named step (`github.<operation>`) in the error report instead of hidden re-sends.
import { Octokit } from 'octokit';
import type { Logger } from '../core/log';
import type { RunStep, StepPolicy } from '../supervisor/step';
import { isAlreadyExists, setClientStep } from './create-once';
import { githubStatus, toGitHubError } from './errors';

export type GitHubClient = InstanceType<typeof Octokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST root, e.g. https://api.github.com or GHES's https://host/api/v3 (GITHUB_API_URL). */
  baseUrl?: string;
  /** When given, every request runs as a supervised step. */
  step?: RunStep;
  log?: Logger;
  /** Per-request deadline handed to the supervisor (default 30 s). */
  timeoutMs?: number;
}

/** Friendly step names for the routes Inframate uses; anything else gets a name derived from its path. */
const OPERATION_NAMES: Record<string, string> = {
  'GET /repos/{owner}/{repo}': 'get-repository',
  'GET /repos/{owner}/{repo}/git/ref/{ref}': 'get-ref',
  'POST /repos/{owner}/{repo}/git/refs': 'create-ref',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': 'update-ref',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': 'get-commit',
  'POST /repos/{owner}/{repo}/git/commits': 'create-commit',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': 'get-tree',
  'POST /repos/{owner}/{repo}/git/trees': 'create-tree',
  'POST /repos/{owner}/{repo}/git/blobs': 'create-blob',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': 'get-blob',
  'GET /repos/{owner}/{repo}/contents/{path}': 'get-content',
  'GET /repos/{owner}/{repo}/pulls': 'list-pull-requests',
  'POST /repos/{owner}/{repo}/pulls': 'create-pull-request',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': 'get-pull-request',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': 'update-pull-request',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': 'list-pull-request-files',
  'GET /repos/{owner}/{repo}/issues': 'list-issues',
  'POST /repos/{owner}/{repo}/issues': 'create-issue',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': 'update-issue',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': 'list-comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 'create-comment',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': 'update-comment',
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': 'get-comment',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': 'add-labels',
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': 'create-reaction',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': 'get-permission',
  'POST /graphql': 'graphql',
};

/**
 * Which requests may be sent again after a failure without risking a duplicate: reads, PUT/PATCH/
 * DELETE, and the POSTs GitHub makes idempotent (content-addressed git objects, reactions and labels
 * that are returned when they already exist). Creating a comment, issue or PR is not retried blindly:
 * the next run finds it by its marker instead.
 */
const IDEMPOTENT_POSTS = new Set([
  'POST /repos/{owner}/{repo}/git/blobs',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/commits',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions',
]);

/** The non-idempotent creates (create-once.ts looks before trying them again). */
const CREATES = new Set([
  'POST /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
]);

export function routeOf(options: { method?: string; url?: string }): string {
  const method = (options.method ?? 'GET').toUpperCase();
  const url = (options.url ?? '').replace(/^https?:\/\/[^/]+(\/api\/v3)?/, '').split('?')[0];
  return `${method} ${url}`;
}

export function operationName(route: string): string {
  const known = OPERATION_NAMES[route];
  if (known) return known;
  const [method, path = ''] = route.split(' ');
  const words = path
    .split('/')
    .filter((s) => s && !s.startsWith('{') && s !== 'repos')
    .map((s) => s.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
  return [method.toLowerCase(), ...words].join('-');
}

export function isRetrySafe(route: string): boolean {
  const method = route.split(' ')[0];
  if (method === 'POST') return IDEMPOTENT_POSTS.has(route) || route === 'POST /graphql';
  return true;
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const log = opts.log;
  const octokit = new Octokit({
    auth: opts.token || undefined,
    baseUrl: (opts.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'inframate',
    retry: { enabled: false },
    throttle: { enabled: false },
    log: {
      debug: (m: string) => log?.debug(m),
      info: (m: string) => log?.debug(m),
      warn: (m: string) => log?.warn(m),
      error: (m: string) => log?.debug(m),
    },
  });
  const timeoutMs = opts.timeoutMs ?? 30_000;
  octokit.hook.wrap('request', async (request, options) => {
    const route = routeOf(options as { method?: string; url?: string });
    const send = async (signal?: AbortSignal) => {
      try {
        const withSignal = signal ? { ...options, request: { ...(options.request ?? {}), signal } } : options;
        return await request(withSignal as typeof options);
      } catch (error) {
        throw toGitHubError(error, route);
      }
    };
    if (!opts.step) return send();
    // A 404 on a read or delete answers "is it there?" (a branch not created yet, a duplicate comment
    // another job already removed): the step succeeded, so it is neither retried nor reported as a
    // failure; the caller still gets the not-found error and decides.
    const missingIsAnswer = route.startsWith('GET ') || route.startsWith('DELETE ');
    // Likewise a 422 "already exists" on creating a PR, issue or comment: the caller adopts the existing one (create-once.ts).
    const existsIsAnswer = CREATES.has(route);
    const policy: StepPolicy<unknown> = { dependency: 'github', attempts: isRetrySafe(route) ? 3 : 1, timeoutMs };
    const outcome = (await opts.step(
      `github.${operationName(route)}`,
      async ({ signal }) => {
        try {
          return { response: await send(signal) };
        } catch (error) {
          if (missingIsAnswer && githubStatus(error) === 404) return { missing: error };
          if (existsIsAnswer && isAlreadyExists(error)) return { missing: error };
          throw error;
        }
      },
      policy,
    )) as { response: Awaited<ReturnType<typeof request>> } | { missing: unknown };
    if ('missing' in outcome) throw outcome.missing;
    return outcome.response;
  });
  if (opts.step) setClientStep(octokit, opts.step);
  return octokit;
}
