// GitHub sinks for one Action run: pull request, sticky comment, reactions. Each returns a row for
// the job summary; a failure is reported, never thrown past the run (the files are already written).
import type { GitHubClient } from '../github/client';
import type { GitHubContext } from '../github/context';
import { githubStatus } from '../github/errors';
import { createOrUpdatePullRequest, PullRequestRefusedError, type PullRequestResult } from '../github/pulls';
import { reactToComment, type AckReaction } from '../github/reactions';
import { upsertStickyComment, type StickyCommentResult } from '../github/comments';
import { upsertIssue, type UpsertIssueResult } from '../github/issues';
import { normalizeKey } from '../github/markers';
import type { DeliveryRow } from '../github/summary';
import { InframateError } from '../supervisor/errors';
import { patchIssueBody } from '../supervisor/pr-fallback';
import type { GeneratedFile } from './generated';

export interface Delivered<T> {
  value?: T;
  row: DeliveryRow;
  /** The token may not write here (403/fork): results belong in the job summary. */
  readOnly?: string;
  failed?: boolean;
}

function describe(error: unknown): string {
  return error instanceof InframateError ? error.describe() : ((error as Error)?.message ?? String(error));
}

/** A 403 that is not a rate limit, or any permission error, means the token is read-only here. */
function isReadOnly(error: unknown): boolean {
  const status = githubStatus(error);
  const type = error instanceof InframateError ? error.type : undefined;
  return (status === 403 && type !== 'rate-limit') || type === 'permission';
}

async function attempt<T>(what: string, fn: () => Promise<{ value: T; result: string }>): Promise<Delivered<T>> {
  try {
    const { value, result } = await fn();
    return { value, row: { what, result } };
  } catch (error) {
    if (isReadOnly(error)) {
      return {
        row: { what, result: `not written: the token cannot write (${describe(error)})` },
        readOnly: `the token cannot write to this repository (${describe(error)})`,
      };
    }
    return { row: { what, result: `failed: ${describe(error)}` }, failed: true };
  }
}

export function branchFor(command: string, dir: string, configured?: string): string {
  if (configured) return configured;
  const slug = normalizeKey(dir)
    .replace(/[/@+=]/g, '-')
    .replace(/\.+/g, '.')
    .replace(/^\.$/, '');
  return slug ? `inframate/${command}-${slug}` : `inframate/${command}`;
}

export function prKey(command: string, dir: string): string {
  return dir === '.' || dir === '' ? command : `${command}/${dir}`;
}

/**
 * GitHub refused to open the PR (Actions may not create pull requests in this repository), but the
 * branch is pushed: an issue links the one-click "open pull request" page and carries the patch.
 */
async function pullRequestRefused(
  octokit: GitHubClient,
  gh: GitHubContext,
  q: { command: string; dir: string; base: string; branch: string; patch: string },
  error: PullRequestRefusedError,
): Promise<Delivered<PullRequestResult>> {
  const compare = `${gh.serverUrl}/${gh.repo.owner}/${gh.repo.repo}/compare/${encodeURI(q.base)}...${encodeURI(q.branch)}?expand=1`;
  const body = [
    `The generated changes are on branch \`${q.branch}\`: **[open the pull request](${compare})**.`,
    '',
    patchIssueBody(q.patch || '(no textual diff available)', { command: q.command, reason: error.message, branch: q.branch }),
    'To let Inframate open pull requests itself, enable *Settings → Actions → General → Allow GitHub Actions to create and approve pull requests*.',
  ].join('\n');
  const where = q.dir === '.' ? '' : ` (${q.dir})`;
  const issue = await deliverIssue(octokit, gh, {
    kind: 'pr',
    command: q.command,
    dir: q.dir,
    title: `Inframate ${q.command}${where}: pull request ready to open`,
    body,
    labels: ['inframate'],
  });
  const result = issue.value
    ? `not allowed to open it (${error.message}); branch ${q.branch} pushed, [issue #${issue.value.number}](${issue.value.url}) links it`
    : `not allowed to open it (${error.message}); branch ${q.branch} pushed; ${issue.row.result}`;
  return { row: { what: 'Pull request', result }, failed: issue.failed, readOnly: issue.readOnly };
}

export async function deliverPullRequest(
  octokit: GitHubClient,
  gh: GitHubContext,
  q: {
    command: string;
    dir: string;
    base?: string;
    branch: string;
    files: GeneratedFile[];
    body: string;
    labels: string[];
    keepExisting: boolean;
    pointer?: string;
    /** Unified diff of the files, for the issue that stands in when GitHub refuses the PR. */
    patch?: string;
    /** Title and commit subject (default: generated infrastructure). */
    title?: string;
  },
): Promise<Delivered<PullRequestResult>> {
  let base = q.base;
  let refused: PullRequestRefusedError | undefined;
  const delivered = await attempt('Pull request', async () => {
    const where = q.dir === '.' ? '' : ` (${q.dir})`;
    base ??= (await octokit.rest.repos.get({ owner: gh.repo.owner, repo: gh.repo.repo })).data.default_branch;
    const pr = await createOrUpdatePullRequest(octokit, {
      owner: gh.repo.owner,
      repo: gh.repo.repo,
      command: prKey(q.command, q.dir),
      branch: q.branch,
      base,
      title: `Inframate ${q.command}${where}: ${q.title ?? 'generated infrastructure'}`,
      body: q.body,
      files: new Map(q.files.map((f) => [f.path, f.content])),
      commitMessage: `inframate ${q.command}${where}: ${q.title ?? 'update generated infrastructure'}\n\nGenerated from ${gh.sha || 'the current commit'} by Inframate.`,
      labels: q.labels,
      keepExisting: q.keepExisting,
      pointer: q.pointer,
    }).catch((error: unknown) => {
      if (error instanceof PullRequestRefusedError) refused = error;
      throw error;
    });
    const kept = pr.commit.kept.length ? `; ${pr.commit.kept.length} existing files kept (set force to overwrite)` : '';
    const commitNote = pr.commit.committed ? `commit ${pr.commit.sha.slice(0, 7)} on ${q.branch}` : 'no change to commit';
    const result = pr.number
      ? `${pr.created ? 'opened' : pr.updated ? 'updated' : 'unchanged'} [#${pr.number}](${pr.url}) (${commitNote}${kept})`
      : `none needed: the generated files match ${base}${kept}`;
    return { value: pr, result };
  });
  if (refused && base)
    return pullRequestRefused(octokit, gh, { command: q.command, dir: q.dir, base, branch: q.branch, patch: q.patch ?? '' }, refused);
  return delivered;
}

export async function deliverComment(
  octokit: GitHubClient,
  gh: GitHubContext,
  q: { command: string; dir: string; issueNumber: number; content: string; pointer?: string },
): Promise<Delivered<StickyCommentResult>> {
  return attempt('Comment', async () => {
    const c = await upsertStickyComment(octokit, {
      owner: gh.repo.owner,
      repo: gh.repo.repo,
      issueNumber: q.issueNumber,
      command: q.command,
      section: { key: q.dir, content: q.content },
      pointer: q.pointer,
    });
    const state = c.created ? 'created' : c.updated ? 'updated' : 'unchanged';
    return { value: c, result: `${state} [comment](${c.url}) on #${q.issueNumber}${c.truncated ? ' (truncated)' : ''}` };
  });
}

/** Reactions are a courtesy: a failure is logged by the caller, never fatal. */
export async function acknowledge(octokit: GitHubClient, gh: GitHubContext, commentId: number, content: AckReaction): Promise<boolean> {
  try {
    await reactToComment(octokit, { owner: gh.repo.owner, repo: gh.repo.repo, commentId, content });
    return true;
  } catch {
    return false;
  }
}

/** A one-off answer (help, refusal, invalid command): sticky per kind so repeats do not pile up. */
export async function reply(
  octokit: GitHubClient,
  gh: GitHubContext,
  issueNumber: number,
  kind: string,
  body: string,
): Promise<Delivered<StickyCommentResult>> {
  return attempt('Reply', async () => {
    const c = await upsertStickyComment(octokit, { owner: gh.repo.owner, repo: gh.repo.repo, issueNumber, command: kind, body });
    return { value: c, result: `[reply](${c.url}) on #${issueNumber}` };
  });
}

/** Commands whose report is tracked as an issue (one open issue per command and directory). */
// incident is not here: it upserts one issue per incident itself (src/incident/deliver.ts).
export const ISSUE_COMMANDS: Record<string, string> = { drift: 'Drift' };

/**
 * Issues for what needs a human over time: a run that gave up (kind `error`) or a drift/incident
 * report. One open issue per kind, command and directory, edited in place on later runs.
 */
export async function deliverIssue(
  octokit: GitHubClient,
  gh: GitHubContext,
  q: { kind: string; command: string; dir: string; title: string; body: string; labels: string[] },
): Promise<Delivered<UpsertIssueResult>> {
  return attempt('Issue', async () => {
    const issue = await upsertIssue(octokit, {
      owner: gh.repo.owner,
      repo: gh.repo.repo,
      kind: q.kind,
      key: prKey(q.command, q.dir),
      title: q.title,
      body: q.body,
      labels: q.labels,
    });
    const state = issue.created ? 'opened' : issue.updated ? 'updated' : 'unchanged';
    return { value: issue, result: `${state} [#${issue.number}](${issue.url})` };
  });
}
