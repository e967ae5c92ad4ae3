// Which paths count. Linguist-like: vendored, generated and documentation files are excluded from
// language statistics; build output and dependency folders are never entered at all.

/** Directories never entered: dependencies, build output, caches, tool state. */
export const SKIP_DIRS: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'dist',
  'build',
  'target',
  'obj',
  '.venv',
  'venv',
  '__pycache__',
  '.pytest_cache',
  '.mypy_cache',
  '.ruff_cache',
  '.tox',
  '.nox',
  '.eggs',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.astro',
  '.vercel',
  '.netlify',
  '.serverless',
  '.aws-sam',
  'cdk.out',
  '.terraform',
  '.terragrunt-cache',
  'coverage',
  '.nyc_output',
  '.cache',
  '.parcel-cache',
  '.turbo',
  '.gradle',
  '.idea',
  '.yarn',
  '.pnpm-store',
  'Pods',
  'Carthage',
  '.bundle',
  '_site',
  '.jekyll-cache',
  '.dart_tool',
  'deps',
  '_build',
]);

/** Vendored code inside the tree (Linguist vendor.yml, abridged): folders, then file names. */
const VENDORED_DIRS: RegExp[] = [
  /(^|\/)third[-_]?party\//i,
  /(^|\/)external\//,
  /(^|\/)\.mvn\//,
  /(^|\/)static\/admin\//,
  /(^|\/)wwwroot\/lib\//,
];
const VENDORED_NAMES: RegExp[] = [
  /^(gradlew|mvnw)(\.bat|\.cmd)?$/,
  /\.min\.(js|css|mjs)$/,
  /[-.]bundle\.(js|mjs)$/,
  /^jquery[^/]*\.js$/,
  /^bootstrap[^/]*\.(js|css)$/,
];

/** Generated code: excluded from statistics. */
const GENERATED_DIRS: RegExp[] = [/(^|\/)generated\//, /(^|\/)__generated__\//];
const GENERATED_NAMES: RegExp[] = [
  /\.pb\.(go|cc|h)$/,
  /_pb2(_grpc)?\.pyi?$/,
  /\.generated\.\w+$/,
  /\.g\.(dart|cs)$/,
  /\.designer\.cs$/i,
  /\.(js|css)\.map$/,
];

/** Build configuration written in a programming language: not the application's code. */
const BUILD_SCRIPT_NAMES: RegExp[] = [
  /^(build|settings)\.gradle\.kts$/,
  /^(vite|vitest|jest|webpack|rollup|babel|postcss|tailwind|eslint|prettier|next|nuxt|svelte|astro|gatsby-config|remix|karma|playwright|cypress)\.config\.[cm]?[jt]s$/,
  /^\.eslintrc\.c?js$/,
];

/** Documentation (Linguist documentation.yml, abridged): excluded from statistics. */
const DOCUMENTATION: RegExp[] = [/^docs?\//i, /(^|\/)documentation\//i, /^examples?\//i, /^samples?\//i, /^man\//];

/** Test fixtures: sample repositories and data for tests, not the project's own code. */
const FIXTURES: RegExp[] = [
  /(^|\/)(tests?|spec|__tests__|testing)\/(fixtures?|data|resources|testdata)\//i,
  /(^|\/)(fixtures?|testdata|__fixtures__|__mocks__)\//,
];

/** Never a deployable unit: docs, examples, test fixtures, tool folders. */
const NOT_DEPLOYABLE: RegExp[] = [
  ...DOCUMENTATION,
  ...FIXTURES,
  /(^|\/)\.devcontainer\//,
  /(^|\/)\.github\//,
  /(^|\/)\.circleci\//,
  /(^|\/)templates?\/(cookiecutter|\{\{)/,
];

export function isSkippedDir(name: string): boolean {
  return SKIP_DIRS.has(name);
}

/** True when any directory segment of `path` is a skipped directory (for lists from the git index). */
export function inSkippedDir(path: string): boolean {
  let start = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', start)) {
    if (SKIP_DIRS.has(path.slice(start, i))) return true;
    start = i + 1;
  }
  return false;
}

export type Exclusion = 'vendored' | 'generated' | 'documentation' | 'fixture' | 'build-script' | undefined;

/** All folder patterns in one expression: most folders match none, and one test is cheaper than twenty. */
const union = (lists: RegExp[][]) =>
  new RegExp(
    lists
      .flat()
      .map((r) => `(?:${r.source})`)
      .join('|'),
    'i',
  );
const ANY_DIR_EXCLUSION = union([VENDORED_DIRS, GENERATED_DIRS, DOCUMENTATION, FIXTURES]);

/** Exclusion decided by the folder alone ("dir/" form, "" for the root). */
export function dirExclusion(dirSlash: string): Exclusion {
  if (!ANY_DIR_EXCLUSION.test(dirSlash)) return undefined;
  if (VENDORED_DIRS.some((r) => r.test(dirSlash))) return 'vendored';
  if (GENERATED_DIRS.some((r) => r.test(dirSlash))) return 'generated';
  if (DOCUMENTATION.some((r) => r.test(dirSlash))) return 'documentation';
  if (FIXTURES.some((r) => r.test(dirSlash))) return 'fixture';
  return undefined;
}

/** Exclusion decided by the file name alone. */
export function nameExclusion(name: string): Exclusion {
  if (VENDORED_NAMES.some((r) => r.test(name))) return 'vendored';
  if (GENERATED_NAMES.some((r) => r.test(name))) return 'generated';
  if (BUILD_SCRIPT_NAMES.some((r) => r.test(name))) return 'build-script';
  return undefined;
}

export function isDeployablePath(dir: string): boolean {
  const p = dir === '.' ? '' : dir + '/';
  return !NOT_DEPLOYABLE.some((r) => r.test(p));
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  return dir === '.' || dir === '' ? name : `${dir}/${name}`;
}

/** Is `path` inside directory `dir` (or equal)? "." contains everything. */
export function isWithin(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(dir + '/');
}
