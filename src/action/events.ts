// Which command runs for which event, and where its results go. Pure: the context and the inputs
// in, a plan out; the only remote question (may this commenter start a run?) is asked by run.ts.
import { z } from 'zod';
import type { RawOptions } from '../options';
import type { GitHubContext } from '../github/context';
import { parseSlashCommand, SLASH_COMMANDS } from '../github/slash-command';
import type { ActionInputs } from './inputs';

export interface RunTarget {
  /** Issue or PR that gets the sticky comment. */
  issueNumber: number;
  onPullRequest: boolean;
}

export interface RunPlan {
  kind: 'run';
  command: string;
  /** Working directory, repository-relative. */
  dir: string;
  args: string[];
  raw: RawOptions;
  /** Open or update a pull request with the generated files. */
  pullRequest: boolean;
  /** Branch the PR targets; resolved from the repository when undefined. */
  base?: string;
  comment?: RunTarget;
  /** Why results cannot be written to the repository (fork PR): they go to the job summary. */
  readOnly?: string;
  /** The `/inframate` comment that asked for this run (acknowledged with reactions). */
  trigger?: { commentId: number; author: string };
}

export type EventPlan =
  | RunPlan
  | { kind: 'skip'; reason: string }
  | { kind: 'help' | 'invalid'; reason: string; commentId: number; target: RunTarget; author: string };

/** Commands whose result is a set of files that belong in a pull request. */
export const FILE_COMMANDS = new Set(['analyze', 'auto']);
/** Commands whose pull request carries code changes they propose (drift: accepted drift, import blocks). */
export const PATCH_COMMANDS = new Set(['drift']);

const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

/**
 * A push matters when it changes the requirements (inframate.md) or code: not when it only touches
 * the generated Terraform, workflow files or other documentation.
 */
export function pushIsRelevant(paths: string[] | undefined, outDir: string): boolean {
  if (paths === undefined) return true; // payload without a file list (e.g. >2048 files): run
  const out = outDir.replace(/^\.\/?/, '').replace(/\/+$/, '');
  const irrelevant = (p: string) =>
    (out !== '' && (p === out || p.startsWith(out + '/'))) ||
    p.startsWith('.github/') ||
    (/\.(md|markdown|txt|rst)$/i.test(p) && !/(^|\/)inframate\.md$/i.test(p));
  return paths.some((p) => !irrelevant(p));
}

const dispatchPayloadSchema = z
  .object({
    command: z.enum(SLASH_COMMANDS),
    'working-directory': z.string().max(200).optional(),
    options: z.record(z.string(), z.union([z.string().max(100), z.boolean()])).optional(),
  })
  .strict();

/** repository_dispatch's client_payload, turned into the same allowlisted form as a comment. */
function planDispatch(gh: GitHubContext, inputs: ActionInputs): EventPlan {
  // `inframate serve` relays Alertmanager payloads as client_payload.alertmanager: run incident on it.
  const payload = (gh.dispatch?.clientPayload ?? {}) as Record<string, unknown>;
  if (payload.alertmanager !== undefined && typeof payload.alertmanager === 'object') {
    return { kind: 'run', command: 'incident', dir: inputs.dir, args: [], raw: inputs.raw, pullRequest: false, base: gh.defaultBranch };
  }
  const parsed = dispatchPayloadSchema.safeParse(gh.dispatch?.clientPayload ?? {});
  if (!parsed.success) {
    return {
      kind: 'skip',
      reason: `repository_dispatch client_payload rejected: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ')}`,
    };
  }
  const p = parsed.data;
  const tokens: string[] = [p.command];
  if (p['working-directory']) tokens.push(p['working-directory']);
  for (const [k, v] of Object.entries(p.options ?? {})) {
    if (v === true) tokens.push(`--${k}`);
    else if (v !== false) tokens.push(`--${k}=${v}`);
  }
  if (tokens.some((t) => /\s/.test(t)))
    return { kind: 'skip', reason: 'repository_dispatch client_payload values may not contain whitespace' };
  const slash = parseSlashCommand(`/inframate ${tokens.join(' ')}`);
  if (slash.kind !== 'command')
    return {
      kind: 'skip',
      reason: `repository_dispatch client_payload rejected: ${slash.kind === 'invalid' ? slash.reason : 'no command'}`,
    };
  return {
    kind: 'run',
    command: slash.command,
    dir: slash.dir ?? inputs.dir,
    args: [],
    raw: { ...inputs.raw, ...slash.raw },
    pullRequest: inputs.createPr && FILE_COMMANDS.has(slash.command),
    base: gh.defaultBranch,
  };
}

function planComment(gh: GitHubContext, inputs: ActionInputs): EventPlan {
  const c = gh.comment;
  const action = typeof gh.payload.action === 'string' ? gh.payload.action : 'created';
  if (!c || action !== 'created') return { kind: 'skip', reason: `issue_comment "${action}" is not a new comment` };
  const senderType = (gh.payload.sender as { type?: string } | undefined)?.type;
  if (senderType === 'Bot' || c.body.includes('<!-- inframate:'))
    return { kind: 'skip', reason: 'the comment was written by a bot or by Inframate' };
  const slash = parseSlashCommand(c.body);
  const target = { issueNumber: c.issueNumber, onPullRequest: c.onPullRequest };
  if (slash.kind === 'none') return { kind: 'skip', reason: 'the comment does not start with /inframate' };
  if (slash.kind === 'help') return { kind: 'help', reason: 'help requested', commentId: c.id, target, author: c.author };
  if (slash.kind === 'invalid') return { kind: 'invalid', reason: slash.reason, commentId: c.id, target, author: c.author };
  return {
    kind: 'run',
    command: slash.command,
    dir: slash.dir ?? inputs.dir,
    args: [],
    raw: { ...inputs.raw, ...slash.raw },
    // On a PR the answer is the comment; on an issue, generated files become a PR.
    pullRequest: !c.onPullRequest && inputs.createPr && FILE_COMMANDS.has(slash.command),
    base: gh.defaultBranch,
    comment: inputs.comment ? target : undefined,
    trigger: { commentId: c.id, author: c.author },
  };
}

export function planEvent(gh: GitHubContext, inputs: ActionInputs, outDirRel: string): EventPlan {
  const base: Omit<RunPlan, 'pullRequest'> = { kind: 'run', command: inputs.command, dir: inputs.dir, args: inputs.args, raw: inputs.raw };
  const filesToPr = inputs.createPr && (FILE_COMMANDS.has(inputs.command) || PATCH_COMMANDS.has(inputs.command));
  switch (gh.eventName) {
    case 'push': {
      if (!gh.branch) return { kind: 'skip', reason: `push to ${gh.ref || 'an unknown ref'} is not a branch push` };
      if (gh.payload.deleted === true) return { kind: 'skip', reason: `branch ${gh.branch} was deleted` };
      if (gh.branch.startsWith('inframate/') || gh.branch === inputs.prBranch)
        return { kind: 'skip', reason: `push to Inframate's own branch ${gh.branch}` };
      if (!pushIsRelevant(gh.changedPaths, outDirRel))
        return { kind: 'skip', reason: 'the push changed only generated infrastructure, workflow files or documentation' };
      return { ...base, pullRequest: filesToPr, base: gh.branch };
    }
    case 'workflow_dispatch':
    case 'schedule':
      return { ...base, pullRequest: filesToPr, base: gh.branch ?? gh.defaultBranch };
    case 'pull_request':
    case 'pull_request_target': {
      const pr = gh.pullRequest;
      const action = typeof gh.payload.action === 'string' ? gh.payload.action : 'opened';
      if (!pr) return { kind: 'skip', reason: 'the event has no pull request' };
      if (!PR_ACTIONS.has(action)) return { kind: 'skip', reason: `pull_request "${action}" needs no analysis` };
      if (pr.headRef.startsWith('inframate/') && pr.headRepo === `${gh.repo.owner}/${gh.repo.repo}`) {
        return { kind: 'skip', reason: `pull request ${pr.number} is Inframate's own` };
      }
      return {
        ...base,
        pullRequest: false,
        comment: inputs.comment ? { issueNumber: pr.number, onPullRequest: true } : undefined,
        readOnly: pr.fromFork
          ? `this pull request comes from the fork ${pr.headRepo}, and GitHub gives fork workflows a read-only token`
          : undefined,
      };
    }
    case 'issue_comment':
      return planComment(gh, inputs);
    case 'repository_dispatch':
      return planDispatch(gh, inputs);
    default:
      return { ...base, pullRequest: false };
  }
}
