// Deployable units. A unit is a folder with its own manifest, Dockerfile, framework marker or
// compose build context; it becomes a service when it is deployable (a Dockerfile, a compose
// build, a web/app framework, a start command, an executable) and not documentation, a fixture,
// a workspace root or a test project.
import { basename } from 'node:path';
import type { BuildRoot, BuildRootLookup } from './build-root';
import {
  ECOSYSTEM_START,
  FRAMEWORK_COMMANDS,
  INSTALL_COMMANDS,
  MODULE_BUILD_COMMANDS,
  SCRIPT_RUNNERS,
  fill,
  type CommandTemplate,
} from './commands';
import { matchDeps } from './deps';
import { OPS_IMAGES, type ComposeService, type DockerfileInfo } from './docker';
import { node } from './ecosystems/node';
import type { Ecosystem, EcosystemId, Manifest } from './ecosystems/types';
import { dirOf, isDeployablePath, isWithin, joinPath } from './paths';
import type { Inventory } from './scan';
import type { ServiceProfile } from './types';

/** UI libraries: a package using only these is a component library unless something else says app. */
const UI_LIBRARIES = new Set(['react', 'vue', 'svelte', 'angular']);
/** Conventional entry files of a Node server without a start script or "main". */
const NODE_ENTRIES = ['server.js', 'app.js', 'index.js', 'main.js', 'src/server.js', 'src/app.js', 'src/index.js'];
/** Frameworks the Node table knows (a package.json start script starts one of these). */
const NODE_FRAMEWORKS: ReadonlySet<string> = new Set([...node.frameworks.map((r) => r.id), ...node.markers.map((m) => m.id)]);
/** Frameworks whose output is static files: no server port. */
const STATIC_OUTPUT = new Set(['hugo', 'jekyll', 'gatsby', 'vite', 'create-react-app', 'react', 'vue', 'svelte', 'angular', 'astro']);

export interface Unit {
  dir: string;
  manifests: Manifest[];
  ecosystems: Map<EcosystemId, Ecosystem>;
  frameworks: Set<string>;
  datastores: Set<string>;
  messaging: Set<string>;
  markerFrameworks: Set<string>;
  dockerfile: string | null;
  docker: DockerfileInfo | null;
  compose: (ComposeService & { file: string }) | null;
  /** Other compose services building this folder that run a long-lived worker command. */
  composeWorkers: ComposeService[];
  configPort: number | null;
  procfileWeb: string | null;
  /** Plain HTML served as files (no framework, no build). */
  staticSite: boolean;
  languages: Map<string, { files: number; bytes: number }>;
  packageManagers: Set<string>;
}

export function newUnit(dir: string): Unit {
  return {
    dir,
    manifests: [],
    ecosystems: new Map(),
    frameworks: new Set(),
    datastores: new Set(),
    messaging: new Set(),
    markerFrameworks: new Set(),
    dockerfile: null,
    docker: null,
    compose: null,
    composeWorkers: [],
    configPort: null,
    procfileWeb: null,
    staticSite: false,
    languages: new Map(),
    packageManagers: new Set(),
  };
}

/** Frameworks, datastores and messaging from a unit's manifests. */
export function detectFromManifests(unit: Unit): void {
  for (const m of unit.manifests) {
    const eco = unit.ecosystems.get(m.ecosystem)!;
    for (const id of matchDeps(eco.frameworks, m.deps)) unit.frameworks.add(id);
    for (const id of matchDeps(eco.datastores, m.deps)) unit.datastores.add(id);
    for (const id of matchDeps(eco.messaging, m.deps)) unit.messaging.add(id);
  }
  for (const id of unit.markerFrameworks) unit.frameworks.add(id);
  for (const eco of unit.ecosystems.values()) {
    const own = new Set([...eco.frameworks.map((r) => r.id), ...eco.markers.map((m) => m.id)]);
    for (const rule of eco.markers) {
      if (rule.onlyAlone && unit.frameworks.has(rule.id) && [...unit.frameworks].some((f) => f !== rule.id && own.has(f)))
        unit.frameworks.delete(rule.id);
    }
  }
  for (const eco of unit.ecosystems.values()) {
    for (const id of [...unit.frameworks]) for (const implied of eco.implies[id] ?? []) unit.frameworks.add(implied);
  }
}

/** Deepest unit containing a folder ("." for the root), memoized per folder. */
export function unitLocator(units: Unit[]): (dir: string) => Unit | undefined {
  const byDir = new Map(units.map((u) => [u.dir, u]));
  const memo = new Map<string, Unit | undefined>();
  const find = (dir: string): Unit | undefined => {
    if (memo.has(dir)) return memo.get(dir);
    const hit = byDir.get(dir) ?? (dir === '.' ? undefined : find(dirOf(dir)));
    memo.set(dir, hit);
    return hit;
  };
  return find;
}

export function isWorkspaceRoot(unit: Unit): boolean {
  return unit.manifests.some((m) => m.workspaceRoot);
}

function nodeScripts(unit: Unit): Record<string, string> {
  return Object.assign({}, ...unit.manifests.filter((m) => m.ecosystem === 'node' || m.ecosystem === 'php').map((m) => m.scripts));
}

/** Is this unit something one deploys? */
export function isDeployable(unit: Unit, inv: Inventory, referencedProjects: ReadonlySet<string> = new Set()): boolean {
  if (!isDeployablePath(unit.dir)) return false;
  if (unit.manifests.length && unit.manifests.every((m) => m.testProject)) return false;
  // A .NET project another (non-test) project compiles in — a Blazor WebAssembly client hosted by
  // the server, a class library — ships inside that app unless it has a container of its own.
  if (!unit.dockerfile && !unit.compose && referencedProjects.has(unit.dir)) return false;
  // Only a Dockerfile on a monitoring or proxy image, with its configuration: operations tooling.
  if (
    !unit.manifests.length &&
    !unit.languages.size &&
    !unit.staticSite &&
    unit.docker?.baseImage &&
    OPS_IMAGES.test(unit.docker.baseImage)
  )
    return false;
  if (unit.dockerfile || unit.compose || unit.procfileWeb || unit.staticSite) return true;
  if (unit.markerFrameworks.size) return true;
  // A Maven aggregator (pom packaging) builds nothing itself, even with spring-boot as its parent.
  if (unit.manifests.length && unit.manifests.every((m) => m.workspaceRoot && m.ecosystem === 'jvm')) return false;
  // A library (published npm package, .NET class library) uses frameworks without being an app.
  if (unit.manifests.some((m) => m.app === false) && !unit.manifests.some((m) => m.app === true)) return false;
  const nonUi = [...unit.frameworks].filter((f) => !UI_LIBRARIES.has(f));
  if (nonUi.length) return true;
  if (isWorkspaceRoot(unit)) return false;
  if (unit.manifests.some((m) => m.app === true)) return true;
  if (nodeScripts(unit).start) return true;
  if (unit.ecosystems.has('go') && hasGoMain(unit, inv)) return true;
  if (unit.ecosystems.has('rust') && inv.paths.has(joinPath(unit.dir, 'src/main.rs'))) return true;
  return false;
}

function goMain(unit: Unit, inv: Inventory): string | null {
  if (inv.paths.has(joinPath(unit.dir, 'main.go'))) return '.';
  // cmd/<name>/main.go: the conventional layout for a module with one or more binaries.
  const prefix = joinPath(unit.dir, 'cmd/');
  const depth = prefix.split('/').length + 1;
  const mains = [...inv.paths].filter((p) => p.startsWith(prefix) && p.endsWith('/main.go') && p.split('/').length === depth).sort();
  if (mains.length) return './' + mains[0].slice(unit.dir === '.' ? 0 : unit.dir.length + 1, -'/main.go'.length);
  // Otherwise one folder below the module holding the main package (app/main.go, server/main.go),
  // the conventional names first.
  const base = unit.dir === '.' ? '' : unit.dir + '/';
  const nested = [...inv.paths]
    .filter((p) => p.startsWith(base) && p.endsWith('/main.go') && p.split('/').length === base.split('/').length + 1)
    .map((p) => p.slice(base.length, -'/main.go'.length))
    .filter((d) => !/^(test|tests|testdata|examples?|scripts?|tools?|internal|pkg|vendor)$/.test(d) && !inv.paths.has(`${base}${d}/go.mod`))
    .sort((a, b) => Number(!GO_MAIN_DIRS.includes(a)) - Number(!GO_MAIN_DIRS.includes(b)) || (a < b ? -1 : 1));
  return nested.length ? './' + nested[0] : null;
}

/** Folders that conventionally hold a Go module's main package when it is not at the root. */
const GO_MAIN_DIRS = ['app', 'server', 'api', 'src', 'web', 'service', 'main'];

function hasGoMain(unit: Unit, inv: Inventory): boolean {
  return goMain(unit, inv) !== null;
}

/** A server framework from another ecosystem than Node: package.json is then only asset tooling. */
function hasForeignServer(unit: Unit): boolean {
  return [...unit.frameworks].some((f) => !NODE_FRAMEWORKS.has(f) && !STATIC_OUTPUT.has(f));
}

export function serviceName(unit: Unit, rootName: string): string {
  if (unit.compose) return unit.compose.name;
  const foreign = hasForeignServer(unit);
  const named = unit.manifests.find((m) => m.name && !m.workspaceRoot && !(foreign && m.ecosystem === 'node'))?.name;
  if (named) {
    const clean = named
      .replace(/^@[^/]+\//, '')
      .replace(/^.*\//, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (clean) return clean;
  }
  return (unit.dir === '.' ? rootName : basename(unit.dir)).toLowerCase().replace(/[^a-z0-9-]+/g, '-') || 'app';
}

function frameworkPort(unit: Unit): number | null {
  for (const f of [...unit.frameworks].sort()) {
    for (const eco of unit.ecosystems.values()) if (eco.defaultPorts[f] !== undefined) return eco.defaultPorts[f];
  }
  return null;
}

function isStaticOnly(unit: Unit): boolean {
  if (unit.staticSite) return true;
  return unit.frameworks.size > 0 && [...unit.frameworks].every((f) => STATIC_OUTPUT.has(f));
}

function pythonModule(unit: Unit, inv: Inventory, framework: string): string {
  const has = (rel: string) => inv.paths.has(joinPath(unit.dir, rel));
  if (framework === 'django') {
    const prefix = unit.dir === '.' ? '' : unit.dir + '/';
    for (const p of [...inv.paths].sort()) {
      if (p.startsWith(prefix) && p.endsWith('/wsgi.py') && p.slice(prefix.length).split('/').length === 2)
        return p.slice(prefix.length, -'/wsgi.py'.length);
    }
    return 'config';
  }
  for (const candidate of ['main', 'app', 'app/main', 'src/main', 'src/app', 'api/main', 'server', 'wsgi', 'asgi'])
    if (has(`${candidate}.py`)) return candidate.replace(/\//g, '.');
  return 'main';
}

function runner(unit: Unit): { run: string; start: string } {
  const pm = [...unit.packageManagers].find((p) => SCRIPT_RUNNERS[p]) ?? 'npm';
  return SCRIPT_RUNNERS[pm];
}

/**
 * Build and start commands, from the project's own scripts first, then conventions. They run in the
 * unit's folder, except for a module of a multi-module JVM build (`buildRootOf` finds its root): that
 * one is built from the build root and both commands run at the repository root.
 */
export function commandsFor(
  unit: Unit,
  inv: Inventory,
  name: string,
  port: number | null,
  buildRootOf: BuildRootLookup = () => null,
): { build: string | null; start: string | null } {
  const scripts = nodeScripts(unit);
  const has = (rel: string) => inv.paths.has(joinPath(unit.dir, rel));
  const frameworks = [...unit.frameworks].sort();
  const pm = [...unit.packageManagers].sort();
  // A project with both pom.xml and build.gradle is built with Maven (the Gradle build is the
  // alternative it also offers, as spring-petclinic does).
  const usesGradle = pm.includes('gradle') && !pm.includes('maven');
  const jvm = unit.manifests.filter((m) => m.ecosystem === 'jvm' && (m.packageManager === 'maven') !== usesGradle);
  const jarName = jvm.find((m) => m.artifact)?.artifact ?? jvm.find((m) => m.name)?.name ?? name;
  const root = unit.ecosystems.has('jvm') ? buildRootOf(unit.dir, usesGradle ? 'gradle' : 'maven') : null;
  // A module's build output sits in its own folder, named from the repository root.
  const output = (rel: string) => (root ? joinPath(unit.dir, rel) : rel);
  // File names keep the manifest's spelling (Api.dll, my_crate); the service name is normalized.
  const binary =
    unit.manifests.find((m) => m.name && !m.workspaceRoot && (m.ecosystem === 'dotnet' || m.ecosystem === 'rust'))?.name ?? name;
  const vars = {
    port,
    name: binary,
    module: '',
    main: unit.ecosystems.has('go') ? (goMain(unit, inv) ?? '.') : '.',
    // package.json "main": how a Node server without a start script is started.
    entry: unit.manifests.find((m) => m.ecosystem === 'node' && m.entry)?.entry ?? NODE_ENTRIES.find((f) => has(f)) ?? null,
    jar: output(usesGradle ? `build/libs/${jarName}.jar` : `target/${jarName}.jar`),
    quarkusJar: output(usesGradle ? 'build/quarkus-app/quarkus-run.jar' : 'target/quarkus-app/quarkus-run.jar'),
  };
  let build: string | null = null;
  let start: string | null = null;
  const r = runner(unit);
  const staticOnly = isStaticOnly(unit);
  const foreign = hasForeignServer(unit);
  // With a server framework from another ecosystem, the asset build comes after that ecosystem's install.
  let assetBuild: string | null = null;
  if (unit.ecosystems.has('node')) {
    if (scripts.build && foreign) assetBuild = `${r.run} build`;
    else if (scripts.build) build = `${r.run} build`;
    // A static site's "start" script is a development server, not how it is served.
    // With a server framework from another ecosystem (Django, Rails, Laravel…), package.json is
    // asset tooling: its build still runs, but the server is the other framework's.
    // NestJS and others keep `start` for the CLI / watch mode and ship with `start:prod`.
    const prod = ['start:prod', 'start:production'].find((k) => scripts[k]);
    if (prod && !staticOnly && !foreign) start = `${r.run} ${prod}`;
    else if (scripts.start && !staticOnly && !foreign) start = r.start;
  }
  if (unit.procfileWeb) start ??= unit.procfileWeb;
  const depends = (name: string) => unit.manifests.some((m) => m.deps.some((d) => d.scope === 'prod' && d.name === name));
  for (const f of frameworks) {
    const entry = FRAMEWORK_COMMANDS[f];
    const t = (Array.isArray(entry) ? entry : entry ? [entry] : []).find((c: CommandTemplate) => !c.requires || depends(c.requires));
    if (!t) continue;
    const withModule = { ...vars, module: unit.ecosystems.has('python') ? pythonModule(unit, inv, f) : '' };
    const complete = (template: string | undefined) => {
      const filled = template === undefined ? undefined : fill(template, withModule);
      return filled && !/\{\w+\}/.test(filled) ? filled : null;
    };
    build ??= complete(t.build);
    if (!(t.devServer && unit.docker?.cmd)) start ??= complete(t.start);
  }
  if (!build && root) build = moduleBuild(root, inv);
  if (!build) {
    for (const p of usesGradle ? pm : pm.filter((x) => x !== 'gradle')) {
      const key = p === 'maven' && has('mvnw') ? 'maven-wrapper' : p === 'gradle' && has('gradlew') ? 'gradle-wrapper' : p;
      if (INSTALL_COMMANDS[key] && !SCRIPT_RUNNERS[p]) {
        build = fill(INSTALL_COMMANDS[key], vars);
        break;
      }
    }
  }
  if (assetBuild) build = build ? `${build} && ${assetBuild}` : assetBuild;
  if (!start && !staticOnly) {
    for (const p of pm) if (ECOSYSTEM_START[p]) start = fill(ECOSYSTEM_START[p], vars);
  }
  if (!start && unit.docker?.cmd && !staticOnly) start = unit.docker.cmd;
  return { build, start };
}

/** The root build of one module, as run from the repository root (`cd` into a nested build root). */
function moduleBuild(root: BuildRoot, inv: Inventory): string {
  const wrapper = root.tool === 'maven' ? 'mvnw' : 'gradlew';
  const key = inv.paths.has(joinPath(root.dir, wrapper)) ? `${root.tool}-wrapper` : root.tool;
  const command = fill(MODULE_BUILD_COMMANDS[key], { modulePath: root.module, gradleProject: root.project });
  return root.dir === '.' ? command : `cd ${root.dir} && ${command}`;
}

export function portFor(unit: Unit): number | null {
  if (unit.docker?.expose.length) return unit.docker.expose[0];
  if (unit.compose?.ports.length) return unit.compose.ports[0];
  if (unit.docker?.imagePort) return unit.docker.imagePort;
  if (unit.configPort !== null) return unit.configPort;
  if (isStaticOnly(unit)) return null;
  return frameworkPort(unit);
}

export function toService(unit: Unit, inv: Inventory, name: string, buildRootOf?: BuildRootLookup): ServiceProfile {
  const port = portFor(unit);
  const { build, start } = commandsFor(unit, inv, name, port, buildRootOf);
  // HCL is infrastructure code living beside the app, not a language the service is written in.
  const languages = [...unit.languages.entries()]
    .filter(([l]) => l !== 'hcl')
    .sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : 1))
    .map(([l]) => l);
  return {
    name,
    path: unit.dir,
    languages,
    frameworks: [...unit.frameworks].sort(),
    datastores: [...unit.datastores].sort(),
    port,
    dockerfile: unit.dockerfile,
    build,
    start,
  };
}

export { isWithin };
