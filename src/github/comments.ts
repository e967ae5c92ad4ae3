// One sticky comment per PR (or issue) and command, found again by its hidden marker and edited in
// place. In a monorepo matrix each job owns one section of that comment (one per working
// directory) and rewrites only its own section.
//
// The race: GitHub has no conditional update for comments, so two jobs may (a) both create the
// comment or (b) read the same body and each write it back without the other's section. We handle
// (a) by keeping the oldest marked comment and deleting our duplicate after merging our section
// into the survivor, and (b) by reading the comment back after writing and re-applying our section
// when it was lost, a few times with a growing, jittered pause. Sections are kept in key order, so
// jobs finishing in any order converge on the same body.
import { fitBody, GITHUB_BODY_LIMIT, sameBody } from './body';
import type { GitHubClient } from './client';
import { createOnce } from './create-once';
import { githubStatus } from './errors';
import { hasMarker, marker, normalizeKey, readSections, upsertSection } from './markers';

export interface StickyCommentInput {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The command the comment is about: one sticky comment per issue/PR and command. */
  command: string;
  /** Whole-comment body (without the marker). */
  body?: string;
  /** Or one section of a shared comment: key (e.g. the working directory) and its content. */
  section?: { key: string; content: string; title?: string };
  /** Where the full report is when the body must be truncated. */
  pointer?: string;
  /** Test seam: pause between verification reads. */
  sleep?: (ms: number) => Promise<void>;
  /** Verification rounds for sectioned comments (default 3). */
  verifyRounds?: number;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  created: boolean;
  updated: boolean;
  truncated: boolean;
}

interface CommentLike {
  id: number;
  html_url: string;
  body?: string | null;
}

export const STICKY_KIND = 'comment';

export async function listMarkedComments(
  octokit: GitHubClient,
  q: { owner: string; repo: string; issueNumber: number; command: string },
): Promise<CommentLike[]> {
  const found: CommentLike[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: q.owner,
    repo: q.repo,
    issue_number: q.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const c of page.data as CommentLike[]) if (hasMarker(c.body, STICKY_KIND, q.command)) found.push(c);
  }
  return found.sort((a, b) => a.id - b.id);
}

function header(input: StickyCommentInput): string {
  const title = input.section?.title ?? `### Inframate \`${input.command}\``;
  return `${marker(STICKY_KIND, input.command)}\n${title}`;
}

/** The body we want, given the current body of the comment (sections of other jobs kept). */
export function composeBody(input: StickyCommentInput, current: string | undefined): { body: string; truncated: boolean } {
  if (!input.section) {
    return fitBody(`${marker(STICKY_KIND, input.command)}\n${input.body ?? ''}`, { pointer: input.pointer });
  }
  const others = readSections(current ?? '').filter((s) => s.key !== normalizeKey(input.section!.key)).length;
  // Each section gets an equal share of the limit, so one large section cannot crowd out the rest.
  const share = Math.floor((GITHUB_BODY_LIMIT - 1000) / Math.max(1, others + 1));
  const content = fitBody(input.section.content, { limit: share, pointer: input.pointer });
  let body = upsertSection(current ?? '', input.section.key, content.body, header(input));
  let truncated = content.truncated;
  if (body.length > GITHUB_BODY_LIMIT) {
    const refit = readSections(body).reduce(
      (acc, s) => upsertSection(acc, s.key, fitBody(s.content, { limit: share, pointer: input.pointer }).body, header(input)),
      '',
    );
    body = refit;
    truncated = true;
  }
  return { body, truncated };
}

/** Our section as it stands in a body we composed (after normalisation and truncation). */
function ourSection(body: string, key: string): string | undefined {
  return readSections(body).find((s) => s.key === normalizeKey(key))?.content;
}

function sectionPresent(body: string | null | undefined, key: string, content: string | undefined): boolean {
  return readSections(body ?? '').some((s) => s.key === normalizeKey(key) && sameBody(s.content, content));
}

export async function upsertStickyComment(octokit: GitHubClient, input: StickyCommentInput): Promise<StickyCommentResult> {
  const q = { owner: input.owner, repo: input.repo, issueNumber: input.issueNumber, command: input.command };
  const sleep = input.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const existing = (await listMarkedComments(octokit, q))[0];
  let { body, truncated } = composeBody(input, existing?.body ?? undefined);
  let result: StickyCommentResult;
  if (existing) {
    if (sameBody(existing.body, body)) {
      return { id: existing.id, url: existing.html_url, created: false, updated: false, truncated };
    }
    await octokit.rest.issues.updateComment({ owner: input.owner, repo: input.repo, comment_id: existing.id, body });
    result = { id: existing.id, url: existing.html_url, created: false, updated: true, truncated };
  } else {
    // Not idempotent: a lost answer is followed by a look for the marker before creating again.
    const made = await createOnce(octokit, {
      what: 'comment',
      find: async () => (await listMarkedComments(octokit, q))[0],
      create: async () =>
        (await octokit.rest.issues.createComment({ owner: input.owner, repo: input.repo, issue_number: input.issueNumber, body })).data,
      sleep: input.sleep,
    });
    result = { id: made.value.id, url: made.value.html_url, created: made.created, updated: false, truncated };
  }
  if (!input.section) return result;

  // Sectioned comments are shared by parallel jobs: verify our section survived, converge if not.
  const rounds = input.verifyRounds ?? 3;
  for (let round = 0; round < rounds; round++) {
    await sleep(250 * 2 ** round + Math.floor(Math.random() * 250));
    const marked = await listMarkedComments(octokit, q);
    const keeper = marked[0];
    if (!keeper) break;
    const duplicates = marked.slice(1);
    const merged = duplicates.reduce((acc, d) => {
      let b = acc;
      for (const s of readSections(d.body ?? ''))
        if (!readSections(b).some((x) => x.key === s.key)) b = upsertSection(b, s.key, s.content, header(input));
      return b;
    }, keeper.body ?? '');
    const ok = sectionPresent(merged, input.section.key, ourSection(body, input.section.key));
    if (ok && duplicates.length === 0 && sameBody(merged, keeper.body)) {
      return { ...result, id: keeper.id, url: keeper.html_url };
    }
    ({ body, truncated } = composeBody(input, merged));
    if (!sameBody(keeper.body, body)) {
      await octokit.rest.issues.updateComment({ owner: input.owner, repo: input.repo, comment_id: keeper.id, body });
    }
    for (const d of duplicates) {
      // A parallel job may have removed the same duplicate already.
      await octokit.rest.issues.deleteComment({ owner: input.owner, repo: input.repo, comment_id: d.id }).catch((error: unknown) => {
        if (githubStatus(error) !== 404) throw error;
      });
    }
    result = { id: keeper.id, url: keeper.html_url, created: result.created && keeper.id === result.id, updated: true, truncated };
  }
  return result;
}
