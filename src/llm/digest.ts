// A bounded digest of a repository for prompts: a tree summary plus the files that say how the
// application is built and run (compose files, Dockerfiles, manifests, the README's start),
// each redacted and truncated, most telling first, until the character budget is spent. Never
// the whole repository, never lockfiles or .env values.
import { readTextBoundedSync } from '../core/read-bounded';
import { join } from 'node:path';
import { streamTrackedFiles } from '../profile/git-index';
import { inSkippedDir } from '../profile/paths';
import { walkTree } from '../profile/walk';
import { redact, redactionTotal } from './redact';

/** Files worth sending, in priority order (lower rank first). Data: one row per family. */
export const DIGEST_FILES: readonly { rank: number; kind: string; pattern: RegExp; maxChars: number }[] = [
  { rank: 0, kind: 'compose', pattern: /(^|\/)(docker-)?compose(\.[\w-]+)?\.ya?ml$/i, maxChars: 6000 },
  { rank: 1, kind: 'dockerfile', pattern: /(^|\/)(Dockerfile(\.[\w-]+)?|[\w-]+\.Dockerfile|Containerfile)$/, maxChars: 4000 },
  {
    rank: 2,
    kind: 'manifest',
    pattern:
      /(^|\/)(package\.json|requirements(-[\w-]+)?\.txt|pyproject\.toml|Pipfile|setup\.cfg|go\.mod|Gemfile|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|composer\.json|Cargo\.toml|[\w.-]+\.csproj|mix\.exs|Procfile|app\.ya?ml|serverless\.ya?ml|fly\.toml|render\.ya?ml|vercel\.json|netlify\.toml|nginx\.conf)$/,
    maxChars: 4000,
  },
  {
    rank: 3,
    kind: 'build-config',
    pattern:
      /(^|\/)((vite|next|nuxt|astro|svelte|remix|gatsby)\.config\.(js|cjs|mjs|ts)|angular\.json|hugo\.(toml|ya?ml|json)|_config\.ya?ml|schema\.prisma|\.nvmrc|\.python-version|\.tool-versions|runtime\.txt)$/,
    maxChars: 2000,
  },
  { rank: 4, kind: 'readme', pattern: /^README(\.[a-z]+)?$/i, maxChars: 3000 },
];

/** Never sent, even when a pattern above would match (they hold secrets or noise). */
const NEVER =
  /(^|\/)(\.env(\.[\w.-]+)?|[\w.-]+\.env|\.npmrc|\.pypirc|id_[a-z0-9]+|[\w.-]+\.(pem|key|p12|pfx)|package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/i;

export interface DigestOptions {
  /** Character budget of the whole digest (≈ 4 characters per token). */
  maxChars: number;
  /** Most files listed in the tree summary. */
  maxTreeEntries?: number;
  /** Exact secrets to remove wherever they appear. */
  knownSecrets?: readonly string[];
  /** Stop walking after this many files. */
  maxFiles?: number;
  /** Repository-relative directories to leave out entirely (e.g. Inframate's own output). */
  exclude?: readonly string[];
}

interface ListedFile {
  path: string;
}

/**
 * The repository's files as the profile sees them: the git index when there is one (what the
 * repository ships), else a .gitignore-aware walk; dependency and build folders skipped.
 */
function listRepository(root: string, maxFiles: number): ListedFile[] {
  const collect = () => {
    const files: ListedFile[] = [];
    const sink = (dirSlash: string, name: string) => {
      if (files.length < maxFiles) files.push({ path: dirSlash + name });
    };
    return { files, sink };
  };
  const tracked = collect();
  if (streamTrackedFiles(root, tracked.sink, inSkippedDir)) return tracked.files;
  const walked = collect();
  walkTree(root, walked.sink, { maxFiles });
  return walked.files;
}

export interface RepositoryDigest {
  text: string;
  files: string[];
  omitted: string[];
  totalFiles: number;
  redactions: number;
  chars: number;
}

/** Code-unit order, not locale order: the prompt (and so the cache key) is the same on every machine. */
const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function depth(path: string): number {
  return path.split('/').length - 1;
}

function treeSummary(files: ListedFile[], maxEntries: number, maxChars: number): string {
  const sorted = [...files].sort((a, b) => depth(a.path) - depth(b.path) || byPath(a.path, b.path));
  const shown: string[] = [];
  let used = 0;
  for (const f of sorted) {
    if (shown.length >= maxEntries || used + f.path.length + 1 > maxChars) break;
    shown.push(f.path);
    used += f.path.length + 1;
  }
  const lines = [...shown].sort(byPath);
  const rest = files.length - shown.length;
  if (rest > 0) {
    const dirs = new Map<string, number>();
    const shownSet = new Set(shown);
    for (const f of files) {
      if (shownSet.has(f.path)) continue;
      const top = f.path.includes('/') ? f.path.split('/')[0] + '/' : '.';
      dirs.set(top, (dirs.get(top) ?? 0) + 1);
    }
    const where = [...dirs.entries()]
      .sort((a, b) => b[1] - a[1] || byPath(a[0], b[0]))
      .slice(0, 15)
      .map(([d, n]) => `${d} (${n})`)
      .join(', ');
    lines.push(`… and ${rest} more files in: ${where}`);
  }
  return lines.join('\n');
}

/** Whether a repository-relative path lies under one of the excluded directories. */
export function isExcluded(path: string, exclude: readonly string[]): boolean {
  return exclude.some((d) => path === d || path.startsWith(d + '/'));
}

export function buildRepositoryDigest(root: string, opts: DigestOptions): RepositoryDigest {
  const exclude = opts.exclude ?? [];
  const files = listRepository(root, opts.maxFiles ?? 50_000).filter((f) => !isExcluded(f.path, exclude));
  const treeBudget = Math.floor(opts.maxChars * 0.25);
  const treeRedacted = redact(treeSummary(files, opts.maxTreeEntries ?? 400, treeBudget), { known: opts.knownSecrets });
  const tree = treeRedacted.text;
  const parts = [`## File tree (${files.length} files)`, tree, ''];
  let used = parts.join('\n').length;
  const candidates = files
    .filter((f) => !NEVER.test(f.path))
    .map((f) => ({ f, row: DIGEST_FILES.find((r) => r.pattern.test(f.path)) }))
    .filter((c): c is { f: ListedFile; row: (typeof DIGEST_FILES)[number] } => c.row !== undefined)
    .sort((a, b) => a.row.rank - b.row.rank || depth(a.f.path) - depth(b.f.path) || byPath(a.f.path, b.f.path));

  const included: string[] = [];
  const omitted: string[] = [];
  let redactions = redactionTotal(treeRedacted.counts);
  for (const { f, row } of candidates) {
    let content: string;
    try {
      content = readTextBoundedSync(join(root, f.path));
    } catch {
      omitted.push(f.path);
      continue;
    }
    if (content.includes('\u0000')) continue; // binary
    const truncated = content.length > row.maxChars;
    const body = truncated ? content.slice(0, row.maxChars) : content;
    const r = redact(body, { file: f.path, known: opts.knownSecrets });
    const block = `### ${f.path}${truncated ? ` (first ${row.maxChars} of ${content.length} characters)` : ''}\n${r.text}\n`;
    if (used + block.length > opts.maxChars) {
      omitted.push(f.path);
      continue;
    }
    redactions += redactionTotal(r.counts);
    parts.push(block);
    included.push(f.path);
    used += block.length + 1;
  }
  if (omitted.length)
    parts.push(`(${omitted.length} more build/run files left out to stay within the size budget: ${omitted.slice(0, 20).join(', ')})`);
  const text = parts.join('\n');
  return { text, files: included, omitted, totalFiles: files.length, redactions, chars: text.length };
}
