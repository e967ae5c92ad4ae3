// "PR creation refused → issue carrying the patch → artifact": the built-in recovery chain for
// delivering generated changes, as one call. The patch is never lost: when GitHub refuses both the
// pull request and the issue (read-only token, Actions not allowed to open PRs, outage), it is
// written to a local file, and the report says which way it went and why.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { InframateError } from './errors';
import type { Supervisor } from './step';

export type PatchDelivery<P> =
  | { via: 'pull-request'; pullRequest: P }
  | { via: 'issue'; issue: { number: number; url: string }; reason: string }
  | { via: 'artifact'; path: string; reason: string };

export interface PatchDeliveryOptions<P> {
  /** Step name in the report (default `github.create-pull-request`). */
  step?: string;
  createPullRequest: (signal: AbortSignal) => Promise<P>;
  /** Open or update an issue carrying the patch (omit to go straight to the artifact). */
  openIssue?: (error: InframateError) => Promise<{ number: number; url: string }>;
  /** Write the patch to a local file; returns its path. */
  writeArtifact: (error: InframateError) => Promise<string>;
}

export function deliverPatch<P>(supervisor: Supervisor, opts: PatchDeliveryOptions<P>): Promise<PatchDelivery<P>> {
  const openIssue = opts.openIssue;
  return supervisor.run<PatchDelivery<P>>(
    opts.step ?? 'github.create-pull-request',
    async ({ signal }) => ({ via: 'pull-request', pullRequest: await opts.createPullRequest(signal) }),
    {
      dependency: 'github',
      // The requests inside are steps with their own retries; the delivery as a whole is tried once.
      attempts: 1,
      fallbackChain: [
        ...(openIssue
          ? [
              supervisor.use<PatchDelivery<P>, 'pr-issue'>('pr-issue', {
                openIssue: async (e) => ({ via: 'issue', issue: await openIssue(e), reason: e.message }),
              }),
            ]
          : []),
        supervisor.use<PatchDelivery<P>, 'pr-artifact'>('pr-artifact', {
          writeArtifact: async (e) => ({ via: 'artifact', path: await opts.writeArtifact(e), reason: e.message }),
        }),
      ],
    },
  );
}

/** Write a patch file (creating its directory); returns the path. */
export async function writePatchArtifact(path: string, patch: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, patch.endsWith('\n') ? patch : `${patch}\n`);
  return path;
}

/** The body of an issue that carries a patch GitHub would not take as a pull request. */
export function patchIssueBody(patch: string, ctx: { command: string; reason: string; branch?: string }): string {
  const longest = Math.max(2, ...(patch.match(/`+/g) ?? []).map((t) => t.length));
  const fence = '`'.repeat(longest + 1);
  return [
    `Inframate \`${ctx.command}\` generated changes but could not open a pull request${ctx.branch ? ` from \`${ctx.branch}\`` : ''}:`,
    '',
    `> ${ctx.reason.replace(/\r?\n/g, ' ')}`,
    '',
    'Apply the patch below with `git apply` (save it to a file first), review it, and open the pull request yourself.',
    '',
    `${fence}diff`,
    patch.trimEnd(),
    fence,
    '',
  ].join('\n');
}
