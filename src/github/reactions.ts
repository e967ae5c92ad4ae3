// Reactions acknowledge a `/inframate` comment: 👀 when accepted, 🚀 when done, 👎 when refused,
// 😕 when the run failed. GitHub returns the existing reaction instead of adding a second one.
import type { GitHubClient } from './client';

export type AckReaction = 'eyes' | 'rocket' | '-1' | 'confused';

export async function reactToComment(
  octokit: GitHubClient,
  q: { owner: string; repo: string; commentId: number; content: AckReaction },
): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({ owner: q.owner, repo: q.repo, comment_id: q.commentId, content: q.content });
}
