// Issues (errors, drift, incidents) are upserted: one open issue per kind and key, found again by
// its hidden marker, and edited only when its text changed.
import { fitBody, sameBody } from './body';
import type { GitHubClient } from './client';
import { createOnce } from './create-once';
import { hasMarker, withMarker } from './markers';

export interface UpsertIssueInput {
  owner: string;
  repo: string;
  /** e.g. "error", "drift", "incident". */
  kind: string;
  /** A stable fingerprint within the kind. */
  key: string;
  title: string;
  body: string;
  /** Labels set on creation; the first one also narrows the search. Default ["inframate"]. */
  labels?: string[];
}

export interface UpsertIssueResult {
  number: number;
  url: string;
  created: boolean;
  updated: boolean;
}

interface IssueLike {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  pull_request?: unknown;
}

/** The open issue carrying the marker, if any (pull requests are skipped: they share the issues list). */
export async function findIssueByMarker(
  octokit: GitHubClient,
  q: { owner: string; repo: string; kind: string; key: string; label?: string },
): Promise<IssueLike | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: q.owner,
    repo: q.repo,
    state: 'open',
    per_page: 100,
    ...(q.label ? { labels: q.label } : {}),
  });
  for await (const page of pages) {
    for (const issue of page.data as IssueLike[]) {
      if (!issue.pull_request && hasMarker(issue.body, q.kind, q.key)) return issue;
    }
  }
  return undefined;
}

export async function upsertIssue(octokit: GitHubClient, input: UpsertIssueInput): Promise<UpsertIssueResult> {
  const labels = input.labels?.length ? input.labels : ['inframate'];
  const body = fitBody(withMarker(input.body, input.kind, input.key)).body;
  const existing = await findIssueByMarker(octokit, { ...input, label: labels[0] });
  if (existing) {
    if (sameBody(existing.body, body) && existing.title === input.title) {
      return { number: existing.number, url: existing.html_url, created: false, updated: false };
    }
    const { data } = await octokit.rest.issues.update({
      owner: input.owner,
      repo: input.repo,
      issue_number: existing.number,
      title: input.title,
      body,
    });
    return { number: data.number, url: data.html_url, created: false, updated: true };
  }
  // Not idempotent: a lost answer is followed by a look for the marker before creating again.
  const made = await createOnce(octokit, {
    what: 'issue',
    find: () => findIssueByMarker(octokit, { ...input, label: labels[0] }).then((i) => i && { number: i.number, html_url: i.html_url }),
    create: async () => (await octokit.rest.issues.create({ owner: input.owner, repo: input.repo, title: input.title, body, labels })).data,
  });
  return { number: made.value.number, url: made.value.html_url, created: made.created, updated: false };
}
