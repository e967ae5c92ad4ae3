// GitHub sinks for one Action run: pull request, sticky comment, reactions. Each returns a row for
// the job summary; a failure is reported, never thrown past the run (the files are already written).
import type { GitHubClient } from '../github/client';
import type { GitHubContext } from '../github/context';
import { githubStatus } from '../github/errors';
import { createOrUpdatePullRequest, PullRequestRefusedError, type PullRequestResult } from '../github/pulls';
import { reactToComment, type AckReaction } from '../github/reactions';
import { upsertStickyComment, type StickyCommentResult } from '../github/comments';
import { upsertIssue, type UpsertIssueResult } from '../github/issues';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeKey } from '../github/markers';
import type { DeliveryRow } from '../github/summary';
import { InframateError } from '../supervisor/errors';
import { deliverPatch, patchIssueBody, writePatchArtifact } from '../supervisor/pr-fallback';
import type { Supervisor } from '../supervisor/step';
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
 * The issue that stands in for a pull request GitHub would not open. When it refused (Actions may not
 * create pull requests here) the branch is pushed: the issue links the one-click "open pull request"
 * page. Either way it carries the patch.
 */
async function patchIssue(
  octokit: GitHubClient,
  gh: GitHubContext,
  q: { command: string; dir: string; base?: string; branch: string; patch: string },
  error: InframateError,
): Promise<UpsertIssueResult> {
  const refused = error instanceof PullRequestRefusedError && q.base;
  const compare = `${gh.serverUrl}/${gh.repo.owner}/${gh.repo.repo}/compare/${encodeURI(q.base ?? '')}...${encodeURI(q.branch)}?expand=1`;
  const body = [
    ...(refused ? [`The generated changes are on branch \`${q.branch}\`: **[open the pull request](${compare})**.`, ''] : []),
    patchIssueBody(q.patch || '(no textual diff available)', { command: q.command, reason: error.message, branch: q.branch }),
    ...(refused
      ? [
          'To let Inframate open pull requests itself, enable *Settings → Actions → General → Allow GitHub Actions to create and approve pull requests*.',
        ]
      : []),
  ].join('\n');
  const where = q.dir === '.' ? '' : ` (${q.dir})`;
  return upsertIssue(octokit, {
    owner: gh.repo.owner,
    repo: gh.repo.repo,
    kind: 'pr',
    key: prKey(q.command, q.dir),
    title: `Inframate ${q.command}${where}: pull request ready to open`,
    body,
    labels: ['inframate'],
  });
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
    /**
     * The delivery supervisor: PR → issue carrying the patch → patch file, through its recovery
     * registry (`pr-issue`, `pr-artifact`), so its report says which way the patch went and why.
     */
    supervisor?: Supervisor;
    /** Where the patch file goes when neither the PR nor the issue could be made. */
    artifactPath?: string;
  },
): Promise<Delivered<PullRequestResult>> {
  let base = q.base;
  const create = async (): Promise<{ value: PullRequestResult; result: string }> => {
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
    });
    const kept = pr.commit.kept.length ? `; ${pr.commit.kept.length} existing files kept (set force to overwrite)` : '';
    const commitNote = pr.commit.committed ? `commit ${pr.commit.sha.slice(0, 7)} on ${q.branch}` : 'no change to commit';
    const result = pr.number
      ? `${pr.created ? 'opened' : pr.updated ? 'updated' : 'unchanged'} [#${pr.number}](${pr.url}) (${commitNote}${kept})`
      : `none needed: the generated files match ${base}${kept}`;
    return { value: pr, result };
  };
  const patchQ = () => ({ command: q.command, dir: q.dir, base, branch: q.branch, patch: q.patch ?? '' });
  if (!q.supervisor) {
    // Unsupervised (tests, library use): a refusal still falls back to the issue, by hand.
    let refused: PullRequestRefusedError | undefined;
    const delivered = await attempt('Pull request', () =>
      create().catch((error: unknown) => {
        if (error instanceof PullRequestRefusedError) refused = error;
        throw error;
      }),
    );
    if (!refused) return delivered;
    return attempt('Pull request', async () => {
      const issue = await patchIssue(octokit, gh, patchQ(), refused!);
      return { value: undefined as unknown as PullRequestResult, result: issueResult(refused!, q.branch, issue) };
    }).then((d) => ({ ...d, value: undefined }));
  }
  let made: { value: PullRequestResult; result: string } | undefined;
  let cause: InframateError | undefined;
  try {
    const delivery = await deliverPatch(q.supervisor, {
      step: 'github.deliver-pull-request',
      createPullRequest: async () => (made = await create()).value,
      openIssue: async (error) => {
        const issue = await patchIssue(octokit, gh, patchQ(), error);
        return { number: issue.number, url: issue.url };
      },
      writeArtifact: (error) =>
        (cause = error) &&
        writePatchArtifact(
          q.artifactPath ?? join(tmpdir(), `inframate-${q.command}.patch`),
          patchIssueBody(q.patch || '', { command: q.command, reason: error.message, branch: q.branch }),
        ),
    });
    if (delivery.via === 'pull-request') return { value: delivery.pullRequest, row: { what: 'Pull request', result: made!.result } };
    const why = delivery.reason;
    if (delivery.via === 'issue') {
      const refused = /not permitted|not allowed|403/i.test(why);
      return {
        row: {
          what: 'Pull request',
          result: `${refused ? 'not allowed to open it' : 'could not open it'} (${why}); [issue #${delivery.issue.number}](${delivery.issue.url}) carries the patch (recovery: pr-issue)`,
        },
      };
    }
    const row = {
      what: 'Pull request',
      result: `could not open it nor an issue (${why}); the patch is in ${delivery.path} (recovery: pr-artifact)`,
    };
    // A token that may not write: the results belong in the job summary, which is not a failure.
    if (cause && isReadOnly(cause)) return { row, readOnly: `the token cannot write to this repository (${describe(cause)})` };
    return { row, failed: true };
  } catch (error) {
    if (isReadOnly(error)) {
      return {
        row: { what: 'Pull request', result: `not written: the token cannot write (${describe(error)})` },
        readOnly: `the token cannot write to this repository (${describe(error)})`,
      };
    }
    return { row: { what: 'Pull request', result: `failed: ${describe(error)}` }, failed: true };
  }
}

function issueResult(error: InframateError, branch: string, issue: UpsertIssueResult): string {
  return `not allowed to open it (${error.message}); branch ${branch} pushed, [issue #${issue.number}](${issue.url}) links it`;
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
