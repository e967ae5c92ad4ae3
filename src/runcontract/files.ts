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
  return paths.filter((p) => p.startsWith(prefix) && !nested.some((n) => p.startsWith(n)));
}
