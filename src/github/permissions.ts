// Who may start Inframate from a comment: users whose collaborator permission on the repository is
// write, maintain or admin. The API is the only source of truth (author_association is advisory and
// can lag); any API error means "no".
import type { GitHubClient } from './client';

export const TRUSTED_PERMISSIONS = ['admin', 'maintain', 'write'] as const;

export interface PermissionDecision {
  allowed: boolean;
  permission: string;
  reason: string;
}

export async function checkCommandPermission(
  octokit: GitHubClient,
  q: { owner: string; repo: string; username: string },
): Promise<PermissionDecision> {
  if (!q.username) return { allowed: false, permission: 'none', reason: 'the comment has no author' };
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: q.owner, repo: q.repo, username: q.username });
    // role_name distinguishes maintain/triage, which `permission` folds into write/read.
    const role = (data as { role_name?: string }).role_name ?? data.permission;
    const allowed =
      (TRUSTED_PERMISSIONS as readonly string[]).includes(role) || (TRUSTED_PERMISSIONS as readonly string[]).includes(data.permission);
    const permission = allowed ? role : data.permission;
    return {
      allowed,
      permission,
      reason: allowed
        ? `@${q.username} has ${permission} permission`
        : `@${q.username} has ${permission} permission; write, maintain or admin is required`,
    };
  } catch (error) {
    return { allowed: false, permission: 'unknown', reason: `could not confirm @${q.username}'s permission (${(error as Error).message})` };
  }
}
