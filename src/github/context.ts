// The GitHub run context, read once from the runner's environment and the event payload file
// (like Settings: nothing else reads GITHUB_* variables). Event payload text is untrusted: it is
// kept as data, typed narrowly, and never reaches a shell.
import { readFileSync } from 'node:fs';
import { InputError } from '../supervisor/errors';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  baseRepo: string;
  /** Head repository differs from the base: a fork, whose token is read-only. */
  fromFork: boolean;
}

export interface CommentInfo {
  id: number;
  body: string;
  author: string;
  authorAssociation: string;
  /** The issue or PR number the comment is on. */
  issueNumber: number;
  onPullRequest: boolean;
}

export interface GitHubContext {
  eventName: string;
  repo: RepoRef;
  apiUrl: string;
  graphqlUrl: string;
  serverUrl: string;
  sha: string;
  ref: string;
  /** Branch name when the ref is a branch (refs/heads/X). */
  branch?: string;
  defaultBranch?: string;
  actor: string;
  runId?: string;
  /** The job id (GITHUB_JOB): diagnose keeps one comment section per job. */
  job?: string;
  workspace: string;
  tempDir: string;
  pullRequest?: PullRequestInfo;
  comment?: CommentInfo;
  /** Paths changed by a push (added/modified/removed), when the payload lists them. */
  changedPaths?: string[];
  /** repository_dispatch: event type and client payload (unvalidated JSON). */
  dispatch?: { action: string; clientPayload: unknown };
  /** workflow_dispatch inputs (strings as GitHub sends them). */
  dispatchInputs?: Record<string, string>;
  /** The raw event payload, for diagnostics only. */
  payload: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const s = (v: unknown): string => (typeof v === 'string' ? v : '');
const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function readPayload(path: string | undefined): Obj {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the event payload: ${(error as Error).message}`, { file: path });
  }
  try {
    return obj(JSON.parse(text));
  } catch (error) {
    throw new InputError(`the event payload is not JSON: ${(error as Error).message}`, { file: path });
  }
}

function parseRepo(full: string, payload: Obj): RepoRef {
  const fromPayload = s(obj(payload.repository).full_name);
  const name = full || fromPayload;
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(name);
  if (!m) throw new InputError(`GITHUB_REPOSITORY must be OWNER/REPO (got "${name}")`);
  return { owner: m[1], repo: m[2] };
}

function pullRequestOf(pr: Obj): PullRequestInfo {
  const head = obj(pr.head);
  const base = obj(pr.base);
  const headRepo = s(obj(head.repo).full_name);
  const baseRepo = s(obj(base.repo).full_name);
  return {
    number: n(pr.number),
    headSha: s(head.sha),
    headRef: s(head.ref),
    headRepo,
    baseRef: s(base.ref),
    baseRepo,
    fromFork: headRepo !== '' && baseRepo !== '' && headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

function changedPathsOf(payload: Obj): string[] | undefined {
  if (!Array.isArray(payload.commits)) return undefined;
  const paths = new Set<string>();
  for (const c of payload.commits) {
    for (const key of ['added', 'modified', 'removed']) {
      const list = obj(c)[key];
      if (Array.isArray(list)) for (const p of list) if (typeof p === 'string') paths.add(p);
    }
  }
  return [...paths];
}

export function buildGitHubContext(env: NodeJS.ProcessEnv): GitHubContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME || 'workflow_dispatch';
  const repo = parseRepo(env.GITHUB_REPOSITORY ?? '', payload);
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const ref = env.GITHUB_REF || '';
  const repository = obj(payload.repository);
  const ctx: GitHubContext = {
    eventName,
    repo,
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA || s(obj(payload.head_commit).id) || s(payload.after),
    ref,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    defaultBranch: s(repository.default_branch) || undefined,
    actor: env.GITHUB_ACTOR || s(obj(payload.sender).login),
    runId: env.GITHUB_RUN_ID,
    job: env.GITHUB_JOB || undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || '',
    payload,
  };
  if (payload.pull_request) ctx.pullRequest = pullRequestOf(obj(payload.pull_request));
  if (eventName === 'issue_comment' || eventName === 'pull_request_review_comment') {
    const comment = obj(payload.comment);
    const issue = obj(payload.issue);
    ctx.comment = {
      id: n(comment.id),
      body: s(comment.body),
      author: s(obj(comment.user).login),
      authorAssociation: s(comment.author_association),
      issueNumber: n(issue.number) || n(obj(payload.pull_request).number),
      onPullRequest: Boolean(issue.pull_request) || Boolean(payload.pull_request),
    };
  }
  if (eventName === 'push') ctx.changedPaths = changedPathsOf(payload);
  if (eventName === 'repository_dispatch') ctx.dispatch = { action: s(payload.action), clientPayload: payload.client_payload };
  if (eventName === 'workflow_dispatch') {
    const inputs = obj(payload.inputs);
    ctx.dispatchInputs = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
  }
  return ctx;
}

/** Link to this run's page (where the job summary is), when known. */
export function runUrl(ctx: GitHubContext): string | undefined {
  return ctx.runId ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}` : undefined;
}
