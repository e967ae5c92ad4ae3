// One pass over the file list: code statistics (language, bytes) for every counted file, and the
// short list of files worth opening (manifests, Dockerfiles, compose, env examples, markers,
// framework config, IaC). Everything per file is a few string operations and one map lookup.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { COMPOSE_FILE, DEVCONTAINER, DOCKERFILE } from './docker';
import { ECOSYSTEMS } from './ecosystems';
import type { ContentRule, Ecosystem, ManifestSpec, MarkerRule } from './ecosystems/types';
import { CDK, HELM_CHART, isTemplateCandidate, SERVERLESS, TERRAFORM } from './iac';
import { languageOf } from './languages';
import { dirExclusion, nameExclusion } from './paths';
import { ENV_EXAMPLE } from './signals';
import type { FileSink } from './git-index';

/** Files counted per language, bytes summed. */
export type LanguageStats = Map<string, { files: number; bytes: number }>;

/**
 * Files whose mere presence matters (lockfiles, build wrappers, entry points): only these are
 * remembered by path, so existence checks never need the whole list.
 */
export const PRESENCE_NAMES: ReadonlySet<string> = new Set([
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'package-lock.json',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'Pipfile.lock',
  'mvnw',
  'gradlew',
  'main.go',
  'main.rs',
  'main.py',
  'app.py',
  'server.py',
  'wsgi.py',
  'asgi.py',
  'index.html',
  'server.js',
  'app.js',
  'index.js',
  'main.js',
]);

export interface MarkerHit {
  rule: MarkerRule;
  ecosystem: Ecosystem;
  /** The unit folder the marker belongs to. */
  dir: string;
  path: string;
}

export interface Inventory {
  /** Code statistics per folder ("dir/" form, "" for the root): per-unit sums need only folders. */
  codeByDir: Map<string, LanguageStats>;
  /** Paths of PRESENCE_NAMES files and of Dockerfiles, for existence checks. */
  paths: Set<string>;
  manifests: { path: string; spec: ManifestSpec; ecosystem: Ecosystem }[];
  markers: MarkerHit[];
  content: { path: string; rule: ContentRule; ecosystem: Ecosystem }[];
  dockerfiles: string[];
  devcontainerDockerfiles: string[];
  compose: string[];
  envExamples: string[];
  procfiles: string[];
  terraform: string[];
  serverless: string[];
  cdk: string[];
  helmCharts: string[];
  templates: string[];
  /** Code files over MAX_CODE_BYTES, left out of the statistics. */
  large: string[];
}

export const MAX_CODE_BYTES = 1024 * 1024;

const MARKERS = new Map<string, { rule: MarkerRule; ecosystem: Ecosystem; rel: string }[]>();
for (const eco of ECOSYSTEMS) {
  for (const rule of eco.markers) {
    for (const rel of rule.files) {
      const base = rel.slice(rel.lastIndexOf('/') + 1);
      const list = MARKERS.get(base) ?? [];
      list.push({ rule, ecosystem: eco, rel });
      MARKERS.set(base, list);
    }
  }
}

const MANIFESTS = ECOSYSTEMS.flatMap((ecosystem) => ecosystem.manifests.map((spec) => ({ spec, ecosystem })));
const CONTENT = ECOSYSTEMS.flatMap((ecosystem) => ecosystem.content.map((rule) => ({ rule, ecosystem })));

/** File names that may matter; the precise (path) tests run only for these. */
const INTEREST_NAME = new RegExp(
  [
    ...MANIFESTS.map((m) => m.spec.match.source),
    ...CONTENT.map((c) => c.rule.name.source),
    '^(Dockerfile|Containerfile)(\\.[\\w.-]+)?$',
    '\\.(Dockerfile|dockerfile)$',
    '^\\.env\\.',
    '^(example|sample)\\.env$',
    '^\\.?env[.-](example|sample|template|dist)([.-][\\w-]+)?$',
    '^Procfile$',
    '\\.txt$',
    '\\.tf(\\.json)?$',
    '^serverless\\.',
    '^(cdk\\.json|sst\\.config\\.)',
    '\\.ya?ml$',
    '(template|cloudformation|cfn|stack)[^/]*\\.json$',
  ].join('|'),
);

interface NameInfo {
  language: string | undefined;
  excluded: boolean;
  interesting: boolean;
  markers: { rule: MarkerRule; ecosystem: Ecosystem; rel: string }[] | undefined;
  presence: boolean;
}

export interface Scanner {
  /** Called once per file: folder ("dir/" or "" for the root), file name, size (-1 if unknown). */
  add: FileSink;
  inventory: Inventory;
}

export function createScanner(root: string): Scanner {
  const inv: Inventory = {
    codeByDir: new Map(),
    paths: new Set(),
    manifests: [],
    markers: [],
    content: [],
    dockerfiles: [],
    devcontainerDockerfiles: [],
    compose: [],
    envExamples: [],
    procfiles: [],
    terraform: [],
    serverless: [],
    cdk: [],
    helmCharts: [],
    templates: [],
    large: [],
  };
  // Names and folders repeat across a tree: decide once per distinct name and per folder. Most
  // files (plain source) cost one map lookup and one addition.
  const names = new Map<string, NameInfo>();
  let lastDir = '\0';
  let lastDirExcluded = false;
  let lastStats: LanguageStats | undefined;
  const add: FileSink = (dirSlash, base, rawSize) => {
    let info = names.get(base);
    if (!info) {
      info = {
        language: languageOf(base),
        excluded: nameExclusion(base) !== undefined,
        interesting: INTEREST_NAME.test(base),
        markers: MARKERS.get(base),
        presence: PRESENCE_NAMES.has(base),
      };
      names.set(base, info);
    }
    if (info.language && !info.excluded) {
      if (dirSlash !== lastDir) {
        lastDir = dirSlash;
        lastDirExcluded = dirExclusion(dirSlash) !== undefined;
        lastStats = inv.codeByDir.get(dirSlash);
        if (!lastStats && !lastDirExcluded) inv.codeByDir.set(dirSlash, (lastStats = new Map()));
      }
      if (!lastDirExcluded) {
        let size = rawSize;
        if (size < 0) {
          try {
            size = statSync(join(root, dirSlash + base)).size;
          } catch {
            size = 0;
          }
        }
        // Hand-written source files are not megabytes long: such a file is generated or bundled.
        if (size > MAX_CODE_BYTES) inv.large.push(dirSlash + base);
        else {
          const t = lastStats!.get(info.language);
          if (t) {
            t.files++;
            t.bytes += size;
          } else lastStats!.set(info.language, { files: 1, bytes: size });
        }
      }
    }
    if (!info.presence && !info.markers && !info.interesting) return;
    const path = dirSlash + base;
    if (info.presence) inv.paths.add(path);
    if (info.markers) {
      for (const m of info.markers) {
        if (path === m.rel || path.endsWith('/' + m.rel)) {
          const dirLen = path.length - m.rel.length - 1;
          inv.markers.push({ rule: m.rule, ecosystem: m.ecosystem, dir: dirLen <= 0 ? '.' : path.slice(0, dirLen), path });
        }
      }
    }
    if (info.interesting) classify(inv, path, base);
  };
  return { add, inventory: inv };
}

function classify(inv: Inventory, path: string, base: string): void {
  for (const m of MANIFESTS)
    if (
      m.spec.match.test(base) ||
      (base.endsWith('.txt') && /(^|\/)requirements\/[^/]+\.txt$/.test(path) && m.spec.match.test('requirements.txt'))
    )
      inv.manifests.push({ path, ...m });
  for (const c of CONTENT) if (c.rule.files.test(path)) inv.content.push({ path, ...c });
  if (DOCKERFILE.test(path)) {
    (DEVCONTAINER.test(path) ? inv.devcontainerDockerfiles : inv.dockerfiles).push(path);
    inv.paths.add(path);
  } else if (COMPOSE_FILE.test(path)) {
    if (!DEVCONTAINER.test(path)) inv.compose.push(path);
  } else if (ENV_EXAMPLE.test(path)) inv.envExamples.push(path);
  else if (base === 'Procfile') inv.procfiles.push(path);
  if (TERRAFORM.test(path)) inv.terraform.push(path);
  else if (SERVERLESS.test(path)) inv.serverless.push(path);
  else if (CDK.test(path)) inv.cdk.push(path);
  else if (HELM_CHART.test(path)) inv.helmCharts.push(path);
  else if (isTemplateCandidate(path) && !COMPOSE_FILE.test(path) && !/(^|\/)(pnpm-workspace|Chart|values[\w.-]*)\.ya?ml$/.test(path)) {
    if (/\.ya?ml$/.test(path) || /(template|cloudformation|cfn|stack)/i.test(base)) inv.templates.push(path);
  }
}
