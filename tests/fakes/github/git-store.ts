// Git objects as git stores them: blobs, trees and commits addressed by their real SHA-1, so the
// fake agrees with git (and with Inframate's local blob hashing) on every object id.
import { createHash } from 'node:crypto';

export interface TreeEntry {
  name: string;
  mode: string; // '100644' | '100755' | '040000' | '120000' | '160000'
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Commit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
}

type FlatEntry = { mode: string; type: 'blob' | 'commit'; sha: string };

const sha1 = (buf: Buffer) => createHash('sha1').update(buf).digest('hex');

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeEntry[]>();
  readonly commits = new Map<string, Commit>();
  private clock = Date.UTC(2026, 0, 1) / 1000;

  putBlob(content: Buffer): string {
    const sha = sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
    this.blobs.set(sha, content);
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    // git sorts tree entries by name, comparing directory names as if they ended with "/".
    const key = (e: TreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name);
    const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const body = Buffer.concat(
      sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')])),
    );
    const sha = sha1(Buffer.concat([Buffer.from(`tree ${body.length}\0`), body]));
    this.trees.set(sha, sorted);
    return sha;
  }

  putCommit(c: { tree: string; parents: string[]; message: string; author?: { name: string; email: string } }): Commit {
    const who = c.author ?? { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
    const when = ++this.clock;
    const text = [
      `tree ${c.tree}`,
      ...c.parents.map((p) => `parent ${p}`),
      `author ${who.name} <${who.email}> ${when} +0000`,
      `committer ${who.name} <${who.email}> ${when} +0000`,
      '',
      c.message,
    ].join('\n');
    const buf = Buffer.from(text);
    const sha = sha1(Buffer.concat([Buffer.from(`commit ${buf.length}\0`), buf]));
    const commit: Commit = {
      sha,
      tree: c.tree,
      parents: c.parents,
      message: c.message,
      author: { ...who, date: new Date(when * 1000).toISOString() },
    };
    this.commits.set(sha, commit);
    return commit;
  }

  /** path → entry for every blob under a tree. */
  flatten(treeSha: string, prefix = ''): Map<string, FlatEntry> {
    const out = new Map<string, FlatEntry>();
    for (const e of this.trees.get(treeSha) ?? []) {
      const path = prefix + e.name;
      if (e.type === 'tree') for (const [p, v] of this.flatten(e.sha, `${path}/`)) out.set(p, v);
      else out.set(path, { mode: e.mode, type: e.type, sha: e.sha });
    }
    return out;
  }

  /** Recursive listing in the API's shape (trees and blobs, full paths). */
  listRecursive(treeSha: string, prefix = ''): { path: string; mode: string; type: string; sha: string; size?: number }[] {
    const out: { path: string; mode: string; type: string; sha: string; size?: number }[] = [];
    for (const e of this.trees.get(treeSha) ?? []) {
      const path = prefix + e.name;
      out.push({
        path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.type === 'blob' ? { size: this.blobs.get(e.sha)?.length ?? 0 } : {}),
      });
      if (e.type === 'tree') out.push(...this.listRecursive(e.sha, `${path}/`));
    }
    return out;
  }

  /** Build nested trees from a flat map and return the root tree's sha. */
  buildTree(flat: Map<string, FlatEntry>): string {
    const dirs = new Map<string, Map<string, FlatEntry | 'dir'>>();
    const dirOf = (d: string) => dirs.get(d) ?? dirs.set(d, new Map()).get(d)!;
    dirOf('');
    for (const [path, entry] of flat) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) {
        dirOf(parts.slice(0, i - 1).join('/')).set(parts[i - 1], 'dir');
        dirOf(parts.slice(0, i).join('/'));
      }
      dirOf(parts.slice(0, -1).join('/')).set(parts[parts.length - 1], entry);
    }
    const build = (d: string): string => {
      const entries: TreeEntry[] = [];
      for (const [name, v] of dirs.get(d)!) {
        if (v === 'dir') entries.push({ name, mode: '040000', type: 'tree', sha: build(d ? `${d}/${name}` : name) });
        else entries.push({ name, mode: v.mode, type: v.type, sha: v.sha });
      }
      return this.putTree(entries);
    };
    return build('');
  }

  /** Is `ancestor` reachable from `sha` (or equal to it)? */
  isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const s = stack.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }
}
