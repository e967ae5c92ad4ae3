// Pull requests with generated or changed files: one fixed branch per command, committed through
// the Git Data API, the open PR found again and updated on re-run, nothing pushed when nothing changed.
import { InframateError } from '../supervisor/errors';
import { fitBody, sameBody } from './body';
import type { GitHubClient } from './client';
import { githubStatus } from './errors';
import { commitFiles, type CommitFilesResult } from './git-data';
import { createOnce } from './create-once';
import { marker } from './markers';

/** The branch was pushed but GitHub refused to open the pull request (403). */
export class PullRequestRefusedError extends InframateError {
  constructor(
    message: string,
    readonly commit: CommitFilesResult,
    cause?: unknown,
  ) {
    super('permission', message, { cause, details: { status: 403 } });
    this.name = 'PullRequestRefusedError';
  }
}

export interface PullRequestInput {
  owner: string;
  repo: string;
  command: string;
  branch: string;
  base: string;
  title: string;
  /** Report markdown (the marker is added). */
  body: string;
  files: Map<string, string | null>;
  commitMessage: string;
  labels?: string[];
  keepExisting?: boolean;
  pointer?: string;
}

export interface PullRequestResult {
  number?: number;
  url?: string;
  created: boolean;
  updated: boolean;
  commit: CommitFilesResult;
}

interface OpenPull {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
}

export const FIND_PULL_QUERY = `query InframateFindPull($owner: String!, $name: String!, $head: String!) {
  repository(owner: $owner, name: $name) {
    pullRequests(headRefName: $head, states: [OPEN], first: 5) {
      nodes { number url title body baseRefName headRepository { nameWithOwner } labels(first: 50) { nodes { name } } }
    }
  }
}`;

interface FindPullReply {
  repository: {
    pullRequests: {
      nodes: {
        number: number;
        url: string;
        title: string;
        body: string;
        baseRefName: string;
        headRepository: { nameWithOwner: string } | null;
        labels: { nodes: { name: string }[] };
      }[];
    };
  } | null;
}

/** The open PR from our branch in this repository (GraphQL: one request, labels included). */
export async function findOpenPull(
  octokit: GitHubClient,
  q: { owner: string; repo: string; branch: string },
): Promise<OpenPull | undefined> {
  const reply = await octokit.graphql<FindPullReply>(FIND_PULL_QUERY, { owner: q.owner, name: q.repo, head: q.branch });
  const self = `${q.owner}/${q.repo}`.toLowerCase();
  const node = reply.repository?.pullRequests.nodes.find((p) => p.headRepository?.nameWithOwner.toLowerCase() === self);
  if (!node) return undefined;
  return { number: node.number, url: node.url, title: node.title, body: node.body, labels: node.labels.nodes.map((l) => l.name) };
}

export function pullBody(command: string, report: string, pointer?: string): string {
  return fitBody(`${marker('pr', command)}\n${report}`, { pointer }).body;
}

export async function createOrUpdatePullRequest(octokit: GitHubClient, input: PullRequestInput): Promise<PullRequestResult> {
  const { owner, repo } = input;
  const commit = await commitFiles(octokit, {
    owner,
    repo,
    branch: input.branch,
    base: input.base,
    files: input.files,
    message: input.commitMessage,
    keepExisting: input.keepExisting,
  });
  const body = pullBody(input.command, input.body, input.pointer);
  const open = await findOpenPull(octokit, { owner, repo, branch: input.branch });
  let result: PullRequestResult;
  if (open) {
    const changed = !sameBody(open.body, body) || open.title !== input.title;
    if (changed) await octokit.rest.pulls.update({ owner, repo, pull_number: open.number, title: input.title, body });
    result = { number: open.number, url: open.url, created: false, updated: changed || commit.committed, commit };
  } else {
    // No open PR: open one only when the branch differs from its base.
    const branchHasChanges = commit.committed || (commit.sha !== commit.baseSha && (await branchAhead(octokit, owner, repo, commit)));
    if (!branchHasChanges) return { created: false, updated: false, commit };
    let made;
    try {
      // Not idempotent: a lost answer is followed by a look for the branch's open PR before creating
      // again, and "A pull request already exists" adopts that PR.
      made = await createOnce(octokit, {
        what: 'pull-request',
        find: () => findOpenPull(octokit, { owner, repo, branch: input.branch }).then((p) => p && { number: p.number, html_url: p.url }),
        create: async () =>
          (await octokit.rest.pulls.create({ owner, repo, title: input.title, head: input.branch, base: input.base, body })).data,
      });
    } catch (error) {
      // Typically "GitHub Actions is not permitted to create or approve pull requests" (a repository
      // setting): the branch is pushed, only the PR is missing. The caller falls back to an issue.
      if (githubStatus(error) === 403 && !(error instanceof InframateError && error.type === 'rate-limit')) {
        throw new PullRequestRefusedError((error as Error).message, commit, error);
      }
      throw error;
    }
    result = { number: made.value.number, url: made.value.html_url, created: made.created, updated: false, commit };
  }
  const missing = (input.labels ?? []).filter((l) => !(open?.labels ?? []).includes(l));
  if (result.number && missing.length) await octokit.rest.issues.addLabels({ owner, repo, issue_number: result.number, labels: missing });
  return result;
}

/** Does the existing branch carry a tree different from its base (a PR would show changes)? */
async function branchAhead(octokit: GitHubClient, owner: string, repo: string, commit: CommitFilesResult): Promise<boolean> {
  const [{ data: head }, { data: base }] = await Promise.all([
    octokit.rest.git.getCommit({ owner, repo, commit_sha: commit.sha }),
    octokit.rest.git.getCommit({ owner, repo, commit_sha: commit.baseSha }),
  ]);
  return head.tree.sha !== base.tree.sha;
}
