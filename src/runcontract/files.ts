// The files the run contract reads: one .gitignore-aware walk of the repository (never leaving
// it), keeping code and configuration files, bounded in count and size. Test, documentation and
// vendored folders are left out: what they read is not what the application needs to start.
import { walkTree } from '../profile/walk';
import { createReader, type Reader } from '../profile/read';

const KEEP =
  /\.(py|js|mjs|cjs|ts|mts|cts|jsx|tsx|go|rs|java|kt|kts|groovy|scala|cs|fs|rb|erb|ru|php|ex|exs|ya?ml|toml|properties|json|ini|cfg|conf|prisma|sql|xml|gradle|csproj|env|proto|sh)$|(^|\/)(Dockerfile[\w.-]*|[\w.-]+\.Dockerfile|Procfile[\w.-]*|Gemfile|Rakefile|artisan|manage\.py|go\.mod|\.env[\w.-]*|env\.[\w.-]+|[\w.-]*\.env)$/;

/** Folders whose files are not read at start-up. */
const NOT_RUNTIME =
  /(^|\/)(tests?|spec|specs|__tests__|__mocks__|e2e|cypress|playwright|fixtures|testdata|test-utils|docs?|examples?|samples?|scripts|\.github|\.circleci|\.devcontainer|\.vscode|benchmarks?|perf_scripts|stories|storybook|public|static|assets|dist|build|out|coverage|migrations\/versions)\//i;
const TEST_FILE =
  /(\.|_|-)(test|spec|tests|e2e)\.[\w]+$|(^|\/)test_[\w]+\.py$|(^|\/)conftest\.py$|_test\.go$|Tests?\.cs$|Test\.(java|kt)$|(^|\/)jest\.config|(^|\/)vitest\.config|(^|\/)playwright\.config/;

export const MAX_FILES = 20_000;
export const MAX_FILE_BYTES = 512 * 1024;

export interface RepoFiles {
  /** Every kept path (relative, "/" separators), including test files (roles need them). */
  all: string[];
  /** Paths read for run-time facts (tests, docs, examples left out). */
  runtime: string[];
  read: (rel: string) => string | null;
  lines: (rel: string) => string[];
}

export function listRepoFiles(root: string): RepoFiles {
  const all: string[] = [];
  walkTree(
    root,
    (dirSlash, name) => {
      if (all.length >= MAX_FILES) return;
      const rel = dirSlash + name;
      if (KEEP.test(rel)) all.push(rel);
    },
    { maxFiles: 200_000, sizes: false },
  );
  all.sort();
  const runtime = all.filter((p) => !NOT_RUNTIME.test(p) && !TEST_FILE.test(p));
  const reader: Reader = createReader(root);
  const cache = new Map<string, string | null>();
  const read = (rel: string) => {
    if (!cache.has(rel)) {
      const r = reader(rel);
      cache.set(rel, r.text !== null && r.text.length <= MAX_FILE_BYTES ? r.text : null);
    }
    return cache.get(rel) ?? null;
  };
  const lineCache = new Map<string, string[]>();
  const lines = (rel: string) => {
    let l = lineCache.get(rel);
    if (!l) {
      l = (read(rel) ?? '').split(/\r?\n/);
      lineCache.set(rel, l);
    }
    return l;
  };
  return { all, runtime, read, lines };
}

/** Files of a unit: under its folder and not under a nested unit's folder. */
export function filesOfUnit(paths: readonly string[], unitPath: string, otherUnitPaths: readonly string[]): string[] {
  const prefix = unitPath === '.' || unitPath === '' ? '' : unitPath.replace(/\/+$/, '') + '/';
  const nested = otherUnitPaths
    .filter((p) => p !== unitPath && p !== '.' && (prefix === '' || p.startsWith(prefix)))
    .map((p) => p.replace(/\/+$/, '') + '/');
  // In a sorted list the paths under a folder are one run: found by binary search, not by a pass over
  // every path for every unit (40 units × 100,000 paths in a monorepo).
  const [from, to] = isSorted(paths) ? prefixRange(paths, prefix) : [0, paths.length];
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const p = paths[i]!;
    if (p.startsWith(prefix) && !nested.some((n) => p.startsWith(n))) out.push(p);
  }
  return out;
}

const sortedLists = new WeakMap<readonly string[], boolean>();

function isSorted(paths: readonly string[]): boolean {
  let sorted = sortedLists.get(paths);
  if (sorted === undefined) {
    sorted = true;
    for (let i = 1; i < paths.length && sorted; i++) if (paths[i - 1]! > paths[i]!) sorted = false;
    sortedLists.set(paths, sorted);
  }
  return sorted;
}

/** [first index whose path starts with prefix, one past the last] in a sorted list. */
function prefixRange(paths: readonly string[], prefix: string): [number, number] {
  const search = (lo: number, before: (p: string) => boolean) => {
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(paths[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = search(0, (p) => p < prefix);
  // From there the paths starting with the prefix come first (anything else ≥ prefix sorts after them).
  return [from, search(from, (p) => p.startsWith(prefix))];
}
