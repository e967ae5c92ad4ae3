// From the inventory to the profile: read the files that matter (in batches, one step per kind of
// file), parse them, build units, and assemble the contracts §3.1 profile with deterministic (sorted) order.
import { basename } from 'node:path';
import type { RunStep } from '../supervisor/step';
import { buildRoots } from './build-root';
import { applyCompose, isWorker } from './compose';
import { parseCompose, parseDockerfile, type ComposeService } from './docker';
import { ECOSYSTEMS } from './ecosystems';
import type { Manifest } from './ecosystems/types';
import { scanEnv } from './env';
import { classifyTemplate, emptyIac } from './iac';
import { dirOf, isDeployablePath, isWithin } from './paths';
import type { Reader } from './read';
import { languageStatistics, resolvePackageManagers, inheritWorkspaceSignals } from './resolve';
import { applySdkUsage } from './usage';
import { assignWorkspaceDockerfiles } from './workspace-docker';
import type { Inventory } from './scan';
import type { Profile, ProfileWarning } from './types';
import { detectFromManifests, isDeployable, newUnit, serviceName, toService, unitLocator, type Unit } from './units';

const PORT_IN_CONFIG =
  /(?:^|\n)\s*server\.port\s*[=:]\s*(\d{2,5})|(?:^|\n)server:\s*\n(?:\s+#.*\n)*\s+port:\s*(\d{2,5})|quarkus\.http\.port\s*=\s*(\d{2,5})/;
/**
 * A literal listen address in an entry point: Go `http.ListenAndServe(":9000", …)`, `e.Start(":1323")`;
 * Rust `TcpListener::bind("0.0.0.0:3000")`, `SocketAddr::from(([0, 0, 0, 0], 8080))`,
 * `SocketAddr::from((Ipv4Addr::UNSPECIFIED, 8080))`, actix `.bind(("127.0.0.1", 8080))`.
 */
const PORT_IN_CODE =
  /\b(?:ListenAndServe(?:TLS)?|Listen|Start|Run|bind)\(\s*"[\w.-]*:(\d{2,5})"|SocketAddr::from\(\(\s*(?:\[[\d,\s]+\]|[\w:]+)\s*,\s*(\d{2,5})\s*\)\)|\bbind\(\(\s*"[\w.-]+"\s*,\s*(\d{2,5})\s*\)\)/;
const PORT_IN_COMMAND = /(?:--port[= ]|-p\s+|PORT=|:)(\d{4,5})\b/;
/** A .NET Aspire app host (its SDK or hosting package): the projects it references are apps it orchestrates. */
const ASPIRE_HOST_DEP = /^(sdk:Aspire\.AppHost\.Sdk\b|Aspire\.Hosting\.AppHost$)/;

export interface DetectOptions {
  root: string;
  rootName: string;
  read: Reader;
  step: RunStep;
}

const manifestDir = (path: string) => (/(^|\/)requirements\/[^/]+\.txt$/.test(path) ? dirOf(dirOf(path)) : dirOf(path));

export async function detectProfile(inventory: Inventory, opts: DetectOptions): Promise<Profile> {
  let inv = inventory;
  const { read, step } = opts;
  // Walking and the git index list files in slightly different orders: sort so "first" is stable.
  const byPath = (a: { path: string } | string, b: { path: string } | string) => {
    const x = typeof a === 'string' ? a : a.path;
    const y = typeof b === 'string' ? b : b.path;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const lists: ({ path: string } | string)[][] = [
    inv.manifests,
    inv.markers,
    inv.content,
    inv.dockerfiles,
    inv.compose,
    inv.envExamples,
    inv.procfiles,
    inv.templates,
    inv.large,
  ];
  // Every list below is read in this order (batches keep it), so results need no sorting again.
  for (const list of lists) list.sort(byPath);
  // Docs, examples and test fixtures are not the project: their manifests, Dockerfiles, compose
  // files and env examples say nothing about what this repository deploys (their IaC is still listed).
  const own = <T extends { path: string } | string>(list: T[]) =>
    list.filter((x) => isDeployablePath(dirOf(typeof x === 'string' ? x : x.path)));
  inv = {
    ...inv,
    manifests: own(inv.manifests),
    markers: own(inv.markers),
    content: own(inv.content),
    dockerfiles: own(inv.dockerfiles),
    compose: own(inv.compose),
    envExamples: own(inv.envExamples),
    procfiles: own(inv.procfiles),
  };
  const warnings: ProfileWarning[] = inv.large.map((file) => ({
    file,
    message: 'source file larger than 1 MB: treated as generated, not counted',
  }));
  // Files are read and parsed in batches, one step per kind of file: a monorepo has hundreds of
  // manifests, and one seam call each would cost more than reading them.
  const batch = <I, T>(
    name: string,
    items: readonly I[],
    pathOf: (item: I) => string,
    fn: (item: I, text: string) => T | undefined,
    headOnly?: number,
  ) =>
    step(
      `profile.${name}`,
      () => {
        const out: T[] = [];
        for (const item of items) {
          const r = read(pathOf(item), headOnly ? { headOnly } : undefined);
          if (r.warning) warnings.push(r.warning);
          if (r.text === null) continue;
          const v = fn(item, r.text);
          if (v !== undefined) out.push(v);
        }
        return out;
      },
      { dependency: 'fs' },
    );
  const located = (file: string, w: { line?: number; message: string }): ProfileWarning => ({
    file,
    ...(w.line ? { line: w.line } : {}),
    message: w.message,
  });

  // 1. Manifests.
  const manifests: Manifest[] = await batch(
    'manifests',
    inv.manifests,
    (m) => m.path,
    ({ path, spec, ecosystem }, text) => {
      const parsed = spec.parse(text, path);
      for (const w of parsed.warnings) warnings.push(located(path, w));
      return parsed.manifest ? { ...parsed.manifest, file: path, dir: manifestDir(path), ecosystem: ecosystem.id } : undefined;
    },
  );

  // 2. Units: folders with a manifest, a marker, a Dockerfile or a compose build context.
  const units = new Map<string, Unit>();
  const unitAt = (dir: string) => {
    let u = units.get(dir);
    if (!u) units.set(dir, (u = newUnit(dir)));
    return u;
  };
  const ecoById = new Map(ECOSYSTEMS.map((e) => [e.id, e]));
  for (const m of manifests) {
    const u = unitAt(m.dir);
    u.manifests.push(m);
    u.ecosystems.set(m.ecosystem, ecoById.get(m.ecosystem)!);
    if (m.packageManager) u.packageManagers.add(m.packageManager);
  }
  const checked = await batch(
    'markers',
    inv.markers.filter((hit) => hit.rule.contains),
    (hit) => hit.path,
    (hit, text) => {
      // An entry point that is read anyway may also say which port it listens on (":9000").
      const port = PORT_IN_CODE.exec(text);
      return { hit, confirmed: hit.rule.contains!.test(text), port: port ? Number(port.slice(1).find((g) => g !== undefined)) : null };
    },
  );
  const confirmed = [
    ...inv.markers.filter((hit) => !hit.rule.contains).map((hit) => ({ hit, confirmed: true, port: null as number | null })),
    ...checked,
  ].sort((a, b) => (a.hit.path < b.hit.path ? -1 : a.hit.path > b.hit.path ? 1 : 0));
  for (const { hit, confirmed: isConfirmed, port } of confirmed) {
    // A marker belongs to the nearest project of its ecosystem (main.go in cmd/server belongs to
    // the module above it); only when there is none does its folder become a unit of its own.
    let owner: Unit | undefined;
    for (let d = hit.dir; ; d = dirOf(d)) {
      const u = units.get(d);
      if (u?.ecosystems.has(hit.ecosystem.id)) {
        owner = u;
        break;
      }
      if (d === '.') break;
    }
    if (!isConfirmed) {
      if (owner && port !== null && owner.configPort === null) owner.configPort = port;
      continue;
    }
    const u = owner ?? unitAt(hit.dir);
    u.markerFrameworks.add(hit.rule.id);
    u.ecosystems.set(hit.ecosystem.id, hit.ecosystem);
    if (port !== null && u.configPort === null) u.configPort = port;
  }

  const dockerTexts = new Map<string, string>();
  const dockerInfo = new Map(
    await batch(
      'dockerfiles',
      inv.dockerfiles,
      (p) => p,
      (path, text) => {
        dockerTexts.set(path, text);
        return [path, parseDockerfile(text)] as const;
      },
    ),
  );
  for (const path of inv.dockerfiles) {
    const u = unitAt(dockerfileOwner(path, units));
    // The plain "Dockerfile" wins over variants (Dockerfile.dev, worker.Dockerfile).
    if (!u.dockerfile || (/(^|\/)Dockerfile$/.test(path) && !/(^|\/)Dockerfile$/.test(u.dockerfile))) {
      u.dockerfile = path;
      u.docker = dockerInfo.get(path) ?? null;
    }
  }

  // Compose: services with a build context become units; image services are datastores.
  const composeFiles: { file: string; services: ComposeService[] }[] = await batch(
    'compose',
    inv.compose,
    (f) => f,
    (file, text) => {
      const parsed = parseCompose(text);
      for (const w of parsed.warnings) warnings.push(located(file, w));
      return { file, services: parsed.services };
    },
  );
  const composed = applyCompose(
    composeFiles,
    unitAt,
    dockerInfo,
    inv.paths,
    (df) => dockerfileOwner(df, units),
    (image) => unitForImage(image, units),
  );

  for (const u of units.values()) detectFromManifests(u);
  assignWorkspaceDockerfiles(units.values(), dockerTexts);
  const sorted = [...units.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1));
  const locate = unitLocator(sorted);

  // 3. Signals inside a unit's tree: framework config, env examples, Procfiles.
  /** Units whose SQLite comes only from framework configuration (not from a dependency). */
  const configSqlite = new Set<Unit>();
  await batch(
    'framework-config',
    inv.content,
    (c) => c.path,
    ({ path, rule }, text) => {
      const u = locate(dirOf(path));
      if (!u) return;
      const needs = rule.requiresDeps;
      if (needs && !u.manifests.some((mf) => mf.deps.some((d) => needs.includes(d.name)))) return;
      const m = rule.pattern.exec(text);
      const key = m?.slice(1).find((g) => g !== undefined);
      const id = key !== undefined ? rule.ids[key] : undefined;
      if (id === 'sqlite' && rule.kind === 'datastore' && !u.datastores.has(id)) configSqlite.add(u);
      if (id) (rule.kind === 'datastore' ? u.datastores : u.messaging).add(id);
      const port = PORT_IN_CONFIG.exec(text);
      const n = port ? Number(port.slice(1).find((g) => g !== undefined)) : NaN;
      if (Number.isInteger(n) && u.configPort === null) u.configPort = n;
    },
  );
  const rootStores = new Set<string>();
  const rootMessaging = new Set<string>();
  await batch(
    'env-examples',
    inv.envExamples,
    (p) => p,
    (path, text) => {
      const env = scanEnv(text.split(/\r?\n/));
      const u = locate(dirOf(path));
      for (const id of env.datastores) (u ? u.datastores : rootStores).add(id);
      for (const id of env.messaging) (u ? u.messaging : rootMessaging).add(id);
      if (u && env.port !== null && u.configPort === null) u.configPort = env.port;
    },
  );
  await batch(
    'procfiles',
    inv.procfiles,
    (p) => p,
    (path, text) => {
      const web = /^web:\s*(.+)$/m.exec(text);
      if (!web) return;
      const u = unitAt(dirOf(path));
      u.procfileWeb = web[1].trim();
      // Other process types running a queue worker (`worker: bundle exec sidekiq`) are services too.
      for (const [, type, command] of text.matchAll(/^([\w-]+):\s*(.+)$/gm)) {
        const proc = { name: type, ports: [], dependsOn: [], environment: [], command: command.trim() };
        if (type !== 'web' && type !== 'release' && isWorker(proc) && !u.composeWorkers.some((w) => w.name === type))
          u.composeWorkers.push(proc);
      }
      const port = PORT_IN_COMMAND.exec(u.procfileWeb);
      if (port && u.configPort === null) u.configPort = Number(port[1]);
    },
  );
  for (const u of units.values()) {
    const scripts = Object.assign({}, ...u.manifests.filter((m) => m.ecosystem === 'node').map((m) => m.scripts)) as Record<string, string>;
    const port = scripts.start ? PORT_IN_COMMAND.exec(scripts.start) : null;
    if (port && u.configPort === null) u.configPort = Number(port[1]);
  }

  // General-purpose SDKs: search the unit's code for the clients it creates.
  await step('profile.sdk-usage', () => applySdkUsage([...units.values()], opts.root, read), { dependency: 'fs' });

  // A plain static site (index.html at the root, no project anywhere) is deployable as it is.
  if (inv.paths.has('index.html') && ![...units.values()].some((u) => isDeployablePath(u.dir) && (u.manifests.length || u.dockerfile))) {
    unitAt('.').staticSite = true;
  }

  // Procfile-only folders may have become units after locate() was built.
  const allUnits = [...units.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1));
  const locateAll = unitLocator(allUnits);

  // SQLite named only by configuration next to a server database is the zero-setup development
  // default (Django's `sqlite3` engine until DB=postgres is set), not what production runs.
  for (const u of configSqlite) if ([...u.datastores].some((d) => SERVER_SQL.has(d))) u.datastores.delete('sqlite');

  // 4. Package managers from lockfiles (in the unit or any parent: workspaces share one lockfile).
  resolvePackageManagers(allUnits, inv.paths);

  // 5. Workspace packages a unit depends on lend it their datastores (a shared db package).
  inheritWorkspaceSignals(allUnits);

  // 6. Languages: the whole repository, and each unit's own files.
  const languages = languageStatistics(inv.codeByDir, locateAll);

  // 7. Services, and the repository-wide view over every unit outside docs/examples/fixtures.
  const counted = allUnits.filter((u) => isDeployablePath(u.dir));
  // A .NET Aspire app host references the projects it orchestrates: they are apps, not libraries it compiles in.
  const aspireHost = (m: { deps: { name: string }[] }) => m.deps.some((d) => ASPIRE_HOST_DEP.test(d.name));
  const referenced = new Set(
    allUnits.flatMap((u) => u.manifests.filter((m) => !m.testProject && !aspireHost(m)).flatMap((m) => m.references ?? [])),
  );
  const deployable = counted.filter((u) => isDeployable(u, inv, referenced));
  const names = new Map<string, number>();
  const unique = (wanted: string) => {
    const n = names.get(wanted) ?? 0;
    names.set(wanted, n + 1);
    return n > 0 ? `${wanted}-${n + 1}` : wanted;
  };
  const buildRootOf = buildRoots(allUnits);
  const services = deployable.flatMap((u) => {
    const main = toService(u, inv, unique(serviceName(u, opts.rootName)), buildRootOf);
    // A queue worker built from the same image (compose `command: celery -A app worker`) is a
    // service of its own: same code, build and datastores, its own command, no web framework.
    const workers = u.composeWorkers.map((w) => ({
      ...main,
      name: unique(w.name),
      frameworks: [],
      port: w.ports[0] ?? null,
      start: w.command ?? null,
    }));
    return [main, ...workers];
  });

  const union = (pick: (u: Unit) => Iterable<string>, extra: Iterable<string> = []) =>
    [...new Set([...counted.flatMap((u) => [...pick(u)]), ...extra])].sort();
  const iac = emptyIac();
  iac.terraform = [...inv.terraform].sort();
  iac.serverless = [...inv.serverless].sort();
  iac.cdk = [...inv.cdk].sort();
  iac.helm = [...inv.helmCharts].sort();
  const chartDirs = iac.helm.map(dirOf);
  await batch(
    'templates',
    inv.templates.filter((path) => !chartDirs.some((d) => isWithin(path, d))),
    (p) => p,
    (path, text) => {
      const kind = classifyTemplate(path, text);
      if (kind) iac[kind].push(path);
    },
    64 * 1024,
  );
  iac.cloudformation.sort();
  iac.kubernetes.sort();

  const messaging = union((u) => u.messaging, [...composed.messaging, ...rootMessaging]);
  const profile: Profile = {
    languages,
    frameworks: union((u) => u.frameworks),
    datastores: union((u) => u.datastores, [...composed.datastores, ...rootStores]),
    packageManagers: union((u) => u.packageManagers),
    services,
    docker: { dockerfiles: [...inv.dockerfiles].sort(), compose: [...inv.compose].sort() },
    iac,
    ...(messaging.length ? { messaging } : {}),
    warnings: warnings.sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : 1),
    ),
  };
  return profile;
}

export const rootNameOf = (root: string) => basename(root) || 'app';

/**
 * The unit an image reference names: `springcommunity/spring-petclinic-customers-service:latest`
 * is the unit whose folder or artifact/package name is `spring-petclinic-customers-service`.
 * Only an exact, unambiguous match counts.
 */
function unitForImage(image: string, units: ReadonlyMap<string, Unit>): Unit | undefined {
  const repo = image
    .replace(/@.*$/, '')
    .replace(/:[^/]*$/, '')
    .split('/')
    .pop()
    ?.toLowerCase();
  if (!repo || repo.includes('$')) return undefined;
  const hits = [...units.values()].filter(
    (u) => u.dir !== '.' && (basename(u.dir).toLowerCase() === repo || u.manifests.some((m) => m.name?.toLowerCase() === repo)),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

const SERVER_SQL = new Set(['postgresql', 'mysql', 'mariadb', 'sqlserver']);

/** Folders that hold a project's container files rather than a project of their own. */
const DOCKER_FOLDER = /^(\.?docker|\.container|containers?|deploy(ment)?s?|ci|ops|infra(structure)?|dockerfiles)$/i;

/**
 * The unit a Dockerfile builds: its own folder, except for docker/, deploy/… folders with no
 * project of their own, whose Dockerfile builds the nearest project above (docker/Dockerfile with
 * the repository root as build context).
 */
function dockerfileOwner(path: string, units: ReadonlyMap<string, Unit>): string {
  const dir = dirOf(path);
  if (dir === '.' || units.has(dir) || !DOCKER_FOLDER.test(basename(dir))) return dir;
  for (let d = dirOf(dir); ; d = dirOf(d)) {
    if (units.has(d)) return d;
    if (d === '.') return dir;
  }
}
