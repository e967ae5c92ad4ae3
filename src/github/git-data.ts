// Commits through GitHub's Git Data API (blobs, trees, commits, refs): no git binary, no checkout
// credentials. Blob ids are computed locally the way git does, so unchanged files are never
// uploaded and an unchanged tree means nothing is pushed at all.
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client';
import { InframateError } from '../supervisor/errors';
import { githubStatus } from './errors';
import { compareText } from '../core/compare';

/** git's object id of a file: sha1("blob <bytes>\0<content>"). */
export function gitBlobSha(content: string | Buffer): string {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

export interface CommitFilesInput {
  owner: string;
  repo: string;
  /** Branch to commit to (created from `base` when missing). */
  branch: string;
  /** Branch the new branch starts from. */
  base: string;
  /** Repository-relative path → new content (null deletes the file). */
  files: Map<string, string | null>;
  message: string;
  /** Leave files that already exist on the branch as they are (the CLI's behaviour without --force). */
  keepExisting?: boolean;
}

export interface CommitFilesResult {
  /** The branch head after the call. */
  sha: string;
  /** A commit was made. */
  committed: boolean;
  branchCreated: boolean;
  changed: string[];
  kept: string[];
  baseSha: string;
}

async function refSha(octokit: GitHubClient, owner: string, repo: string, branch: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (githubStatus(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Blob ids of the given paths on a tree. One recursive listing usually does; GitHub truncates it for
 * very large trees (100,000 entries / 7 MB), and then only the directories on our paths are walked.
 */
async function existingBlobs(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  rootTree: string,
  paths: string[],
): Promise<Map<string, string>> {
  const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: rootTree, recursive: 'true' });
  const listed = new Map(data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => [e.path as string, e.sha as string]));
  if (!data.truncated) return listed;
  const trees = new Map<string, Promise<{ path?: string; type?: string; sha?: string }[]>>();
  const entries = (sha: string) => {
    if (!trees.has(sha))
      trees.set(
        sha,
        octokit.rest.git.getTree({ owner, repo, tree_sha: sha }).then((r) => r.data.tree),
      );
    return trees.get(sha)!;
  };
  const found = new Map<string, string>();
  for (const path of paths) {
    let sha: string | undefined = rootTree;
    const parts = path.split('/');
    for (let i = 0; i < parts.length && sha; i++) {
      const list: { path?: string; type?: string; sha?: string }[] = await entries(sha);
      const entry = list.find((e) => e.path === parts[i]);
      const last = i === parts.length - 1;
      sha = entry && (last ? entry.type === 'blob' : entry.type === 'tree') ? entry.sha : undefined;
    }
    if (sha) found.set(path, sha);
  }
  return found;
}

export async function commitFiles(octokit: GitHubClient, input: CommitFilesInput): Promise<CommitFilesResult> {
  const { owner, repo } = input;
  const baseSha = await refSha(octokit, owner, repo, input.base);
  if (!baseSha) throw new InframateError('not-found', `base branch "${input.base}" not found in ${owner}/${repo}`);
  const branchSha = await refSha(octokit, owner, repo, input.branch);
  // Build on the branch when it exists: a human's commits on it are never rewritten.
  const parentSha = branchSha ?? baseSha;
  const { data: parent } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parentSha });
  const existing = await existingBlobs(octokit, owner, repo, parent.tree.sha, [...input.files.keys()]);

  const entries: { path: string; mode: '100644'; type: 'blob'; sha: string | null }[] = [];
  const changed: string[] = [];
  const kept: string[] = [];
  for (const [path, content] of [...input.files].sort(([a], [b]) => compareText(a, b))) {
    const current = existing.get(path);
    if (content === null) {
      if (current) {
        entries.push({ path, mode: '100644', type: 'blob', sha: null });
        changed.push(path);
      }
      continue;
    }
    if (current === gitBlobSha(content)) continue;
    if (current && input.keepExisting) {
      kept.push(path);
      continue;
    }
    const { data: blob } = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: Buffer.from(content).toString('base64'),
      encoding: 'base64',
    });
    entries.push({ path, mode: '100644', type: 'blob', sha: blob.sha });
    changed.push(path);
  }
  if (entries.length === 0) {
    return { sha: parentSha, committed: false, branchCreated: false, changed, kept, baseSha };
  }
  const { data: newTree } = await octokit.rest.git.createTree({ owner, repo, base_tree: parent.tree.sha, tree: entries });
  if (newTree.sha === parent.tree.sha) {
    return { sha: parentSha, committed: false, branchCreated: false, changed: [], kept, baseSha };
  }
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: input.message,
    tree: newTree.sha,
    parents: [parentSha],
  });
  if (branchSha) {
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${input.branch}`, sha: commit.sha, force: false });
  } else {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${input.branch}`, sha: commit.sha });
  }
  return { sha: commit.sha, committed: true, branchCreated: !branchSha, changed, kept, baseSha };
}
