// buildRunContract(root, profile): what each deployable unit needs to start and serve, from its
// code and configuration with file:line evidence (docs/run-contract.md).
import type { Profile, ServiceProfile } from '../profile/types';
import { imageDatastore } from '../profile/signals';
import { ENV_EXAMPLE } from '../profile/signals';
import { basename } from 'node:path';
import type { Evidence, HealthCheck, RunContract, RunUnit, UnitRole } from './types';
import { filesOfUnit, listRepoFiles, type RepoFiles } from './files';
import {
  declaredCompose,
  declaredKubernetes,
  declaredProcfiles,
  type DeclaredCompose,
  type K8sWorkload,
  type ProcfileEntry,
} from './declared';
import { readsOfFile, resolveConstants } from './env-reads';
import { envFileEntries, exampleEntries, requirements } from './requirements';
import { impliedVariables, layeredConfigVariables, libraryVariables } from './framework-env';
import { frameworkHealth, graceFor, grpcIn, healthRoute, noHealth, pathOfCheckCommand } from './health';
import { oneOffCommands } from './one-off';
import { hardcodedHosts, loopbackBind } from './hosts';
import { FOLDER_ROLES, NOT_DEPLOYED, ruleRole } from './roles';
import { SELF_DEPLOY } from './tables/self-deploy';
import { ADAPTER_MARKERS } from './tables/datastores';
import { usedDatastores } from './datastores';
import { calledFromUnit, goImportedFolders, packageRuntimeFiles, referencedFolders, sharedRuntimeFiles } from './shared-code';
import { detectFunctions, type ServerlessLayout } from './functions';

export type * from './types';

const STATIC_FRAMEWORKS = /^(vite|react|vue|angular|svelte|create-react-app|hugo|jekyll|gatsby|astro|eleventy|docusaurus|static-html)$/;
const SERVER_FRAMEWORKS =
  /^(nextjs|nuxt|remix|sveltekit|express|fastify|koa|hapi|nestjs|django|flask|fastapi|rails|sinatra|laravel|symfony|spring-boot|quarkus|micronaut|ktor|aspnetcore|gin|echo|fiber|chi|gorilla|axum|actix-web|rocket|warp)$/;

export async function buildRunContract(root: string, profile: Profile): Promise<RunContract> {
  return buildRunContractSync(root, profile);
}

export function buildRunContractSync(root: string, profile: Profile): RunContract {
  const files = listRepoFiles(root);
  const compose = declaredCompose(files, profile.docker.compose);
  const procfiles = declaredProcfiles(files);
  const k8s = declaredKubernetes(files, profile.iac.kubernetes);
  const selfDeployed = detectSelfDeploy(files);
  const contract: RunContract = { units: [], excluded: [], warnings: [] };
  if (selfDeployed) contract.selfDeployed = selfDeployed;
  const functions = detectFunctions(files);
  if (functions) contract.functions = withCodeEnv(functions, files);

  const unitPaths = profile.services.map((s) => s.path);
  const claimed = new Set<DeclaredCompose>();
  const claimedK8s = new Set<K8sWorkload>();
  const allNames = [...profile.services.map((s) => s.name), ...compose.map((c) => c.name), ...k8s.map((w) => w.name)];

  /** Datastores a compose service or Kubernetes workload runs: the application connects to them. */
  const running = new Set<string>();
  /** The datastore a unit's own image builds (a postgres image with init scripts). */
  const storeOfUnit = new Map<RunUnit, string>();
  // Compose services that run a datastore image: replaced by a managed service.
  for (const c of compose) {
    const store = c.image && !c.contextPath ? imageDatastore(c.image) : undefined;
    if (store) {
      running.add(store);
      claimed.add(c);
      exclude(contract, c.name, 'datastore', `runs ${c.image} (${store}): replaced by a managed ${store}`);
    }
  }
  for (const w of k8s) {
    const store = w.image ? imageDatastore(w.image) : undefined;
    if (store) {
      running.add(store);
      claimedK8s.add(w);
      exclude(contract, w.name, 'datastore', `runs ${w.image} (${store}): replaced by a managed ${store}`);
    }
  }

  for (const svc of profile.services) {
    const own = filesOfUnit(files.all, svc.path, unitPaths);
    // Code compiled in from referenced projects (.NET ProjectReference) and imported local Go packages
    // counts as the unit's own (Go: only the functions the unit calls).
    const goShared = packageRuntimeFiles(files, goImportedFolders(files, own, svc.path));
    const runtime = [
      ...filesOfUnit(files.runtime, svc.path, unitPaths),
      ...sharedRuntimeFiles(files, referencedFolders(files, own, svc.path)),
      ...goShared,
    ];
    const goSharedSet = new Set(goShared);
    const matching = compose.filter((c) => !claimed.has(c) && composeBuilds(c, svc));
    const workload = k8s.find((w) => !claimedK8s.has(w) && workloadRuns(w, svc));
    if (workload) claimedK8s.add(workload);
    // The compose service that is the unit itself: the one no rule gives another role, named like it if several.
    // A development command (nodemon, --reload) on the unit's own service is not another role: the image's command runs.
    const classified = matching.map((c) => {
      const rule = ruleRole(c.name, c.image, c.command);
      return { c, rule: rule?.role === 'dev-tool' && rule.reason.startsWith('development server') ? null : rule };
    });
    const folder = basename(svc.path === '.' ? '' : svc.path);
    const named = classified.find((x) => x.c.name === svc.name || x.c.name === folder);
    const mains = classified.filter((x) => !x.rule || x.rule.role === 'optional');
    const main =
      (named && (!named.rule || named.rule.role === 'worker' || named.rule.role === 'optional') ? named.c : undefined) ?? mains[0]?.c;
    const mainRule = classified.find((x) => x.c === main)?.rule;
    // A compose service named like another profile service of the same folder (a `worker` service the
    // profile also found) is that service's own declaration: left for it, not duplicated here.
    const ownedByOther = (c: DeclaredCompose) => c !== main && profile.services.some((o) => o !== svc && o.name === c.name);
    for (const x of classified) if (!ownedByOther(x.c)) claimed.add(x.c);

    const unit = baseUnit(svc);
    unit.origin = { kind: 'profile' };
    // A second process of the same folder (Procfile worker, a queue consumer): the start command says.
    const startRule = svc.start ? ruleRole(svc.name, undefined, svc.start, new Set<UnitRole>(['worker', 'one-off'])) : null;
    const library = isLibrary(files, own);
    const folderRule =
      ruleRole(svc.name, undefined, svc.start ?? undefined, FOLDER_ROLES) ??
      ruleRole(basename(svc.path), undefined, undefined, FOLDER_ROLES);
    const procs = procfiles.filter((p) => dirOfPath(p.file) === svc.path);
    const imageOnly =
      imageOnlyRole(files, own, svc.dockerfile) ??
      (main?.mountsSource && !own.some((p) => /\.(py|js|ts|go|rs|java|kt|cs|rb|php)$/.test(p))
        ? { role: 'dev-tool' as UnitRole, reason: `compose service ${main.name} runs code mounted from the host; its folder has none` }
        : null);
    const toolFolder = /(^|\/)(tools|scripts|hack|devtools|packaging)(\/|$)/.test(svc.path)
      ? { role: 'dev-tool' as UnitRole, reason: `development or packaging tooling folder ${svc.path}` }
      : /(^|\/)[\w-]*emulators?(\/|$)/i.test(svc.path)
        ? { role: 'dev-tool' as UnitRole, reason: `local emulator of a cloud service (${svc.path}): the managed service takes its place` }
        : null;
    const nestedStatic = profile.services.find(
      (o) => o !== svc && o.path !== '.' && svc.path.startsWith(`${o.path}/`) && !o.frameworks.some((f) => STATIC_FRAMEWORKS.test(f)),
    );
    const orchestrator = own.some((p) => /\.cs$/.test(p) && /DistributedApplication\.CreateBuilder/.test(files.read(p) ?? ''));
    const k8sMissing = !workload && k8s.length >= 3 && !main && !selfDeployed;
    const { role, reason } =
      folderRule ??
      toolFolder ??
      (library ? { role: 'optional' as UnitRole, reason: library } : null) ??
      (startRule?.role === 'worker' ? startRule : null) ??
      imageOnly ??
      (orchestrator
        ? { role: 'dev-tool' as UnitRole, reason: '.NET Aspire app host: orchestrates the services on a developer machine' }
        : null) ??
      (k8sMissing ? { role: 'optional' as UnitRole, reason: 'not among the Kubernetes workloads the repository deploys' } : null) ??
      (mainRule?.role === 'worker' && !selfDeployed ? mainRule : roleOfMain(svc, main, workload, procs, compose, selfDeployed?.tool));
    if (nestedStatic && role === 'static') {
      unit.role = 'static';
      unit.roleReason = `front end inside ${nestedStatic.path}: built into ${nestedStatic.name}'s image`;
      unit.deployed = false;
      contract.units.push(unit);
      continue;
    }
    unit.role = role;
    unit.roleReason = reason;
    if (role === 'datastore' && imageOnly && 'store' in imageOnly && imageOnly.store) {
      storeOfUnit.set(unit, imageOnly.store);
      if (main || workload) running.add(imageOnly.store);
    }
    unit.deployed = !NOT_DEPLOYED.has(role) && !selfDeployed;
    if (selfDeployed) unit.roleReason = `${reason}; deployed by the repository's own ${selfDeployed.tool} configuration`;
    if (main) {
      if (main.command && (!mainRule || mainRule.role === 'worker') && !/\b(nodemon|--reload|runserver|npm run dev)\b/.test(main.command))
        unit.start = main.command;
      if (main.target) unit.image.target = main.target;
      unit.origin = { kind: 'compose', file: main.file, name: main.name };
    }
    const web = procs.find((p) => p.type === 'web');
    if (web) unit.start = web.command;
    if (workload) {
      unit.origin = { kind: 'kubernetes', file: workload.file, name: workload.name };
      if (workload.ports[0] && unit.listenPort === null) unit.listenPort = workload.ports[0];
    }

    // Environment: code reads, framework-implied, compose / Kubernetes / env examples.
    const reads = resolveConstants(
      runtime.flatMap((p) =>
        readsOfFile(p, files.lines(p)).filter((r) => !goSharedSet.has(p) || calledFromUnit(files, own, p, r.evidence.line ?? 1)),
      ),
      runtime.filter((p) => p.endsWith('.cs')),
      files.lines,
    );
    unit.env = requirements(reads, {
      implied: [
        ...impliedVariables(files, runtime, svc.frameworks, svc.datastores),
        ...libraryVariables(files, own, svc.path),
        ...layeredConfigVariables(files, own),
      ],
      compose: main,
      composeEnvFiles: main ? envFileEntries(files, main) : [],
      k8s: workload,
      examples: exampleEntries(
        files,
        own.filter((p) => ENV_EXAMPLE.test(p) || /(^|\/)\.env\.(dev|prod|production|docker)$/.test(p)),
      ),
      examplesAreOwn: profile.services.length === 1 || svc.path !== '.',
      unitNames: allNames,
      deployedNames: new Set([...profile.services.map((s) => s.name), ...k8s.map((w) => w.name)].filter((n) => n !== svc.name)),
      stores: new Set(svc.datastores),
      imageEnv: dockerfileEnv(files, svc.dockerfile),
      activeProfiles: springActiveProfiles(files, own, svc.dockerfile),
      defaults: svc.frameworks.includes('symfony')
        ? exampleEntries(
            files,
            own.filter((p) => p === (svc.path === '.' ? '.env' : `${svc.path}/.env`)),
          )
        : [],
    });
    // A connection variable without a URL scheme, next to a named adapter (Ecto.Adapters.Postgres): its datastore.
    for (const e of unit.env)
      if (!e.target && /^database-/.test(e.carries))
        for (const ev of e.evidence) {
          const hit = ADAPTER_MARKERS.find((a) => a.pattern.test(files.read(ev.file) ?? ''));
          if (hit) {
            e.target = hit.store;
            break;
          }
        }
    // Datastores the unit's required variables point at (a redis:// URL the profile did not see).
    for (const e of unit.env)
      if (e.required && e.target && /^(database|cache|mongodb|broker)/.test(e.carries) && !unit.datastores.includes(e.target))
        unit.datastores.push(e.target);

    // Health, protocol, grace period.
    const grpc = grpcIn(files, runtime);
    if (grpc.server || workload?.servicePortName === 'grpc' || workload?.probe?.grpc) unit.protocol = 'grpc';
    unit.health = healthOf(files, runtime, own, svc, unit, main, workload, grpc.health);
    if (!unit.deployed || unit.role === 'worker' || unit.role === 'static' || unit.role === 'function') {
      if (unit.role === 'worker') {
        unit.protocol = 'none';
        unit.health = noHealth(unit.health.gracePeriodSeconds);
      }
    } else if (unit.health.source === 'default' && unit.protocol === 'http') {
      unit.warnings.push({ message: `no health endpoint found in code or configuration: the load balancer checks "${unit.health.path}"` });
    }

    unit.oneOff = oneOffCommands(files, svc.path, own, svc.frameworks);
    for (const p of procs.filter((x) => x.type === 'release'))
      if (!unit.oneOff.some((o) => p.command.includes(o.command.split(' ').slice(-1)[0])))
        unit.oneOff.push({
          kind: /migrat/.test(p.command) ? 'migrate' : 'other',
          command: p.command,
          tool: 'procfile',
          when: 'every-deploy',
          evidence: [{ file: p.file, line: p.line }],
        });

    const bind = loopbackBind(files, runtime);
    if (bind) {
      unit.bindAddress = bind.address;
      unit.warnings.push({
        message: `listens on ${bind.address}: unreachable from the load balancer, bind 0.0.0.0`,
        evidence: { file: bind.file, line: bind.line, excerpt: bind.excerpt },
      });
    }
    contract.units.push(unit);

    // Other compose services built from the same folder: workers and one-off jobs share the image.
    for (const x of classified) {
      if (x.c === main || ownedByOther(x.c)) continue;
      const r = x.rule ?? { role: 'worker' as UnitRole, reason: 'second service of the same image' };
      if (r.role === 'worker' || r.role === 'one-off') {
        const extra = sharedUnit(unit, x.c, r.role, r.reason);
        contract.units.push(extra);
        if (r.role === 'one-off' && !unit.oneOff.some((o) => o.command === x.c.command))
          unit.oneOff.push({
            kind: /migrat|alembic|prestart/.test(x.c.command ?? '')
              ? 'migrate'
              : /collectstatic/.test(x.c.command ?? '')
                ? 'collectstatic'
                : 'other',
            command: x.c.command ?? '',
            tool: 'compose',
            when: 'every-deploy',
            evidence: [{ file: x.c.file, line: x.c.line }],
          });
      } else exclude(contract, x.c.name, r.role, r.reason);
    }
    const servicesHere = new Set(profile.services.filter((o) => o.path === svc.path).map((o) => o.name));
    for (const p of procs.filter((x) => x.type !== 'web' && x.type !== 'release' && !servicesHere.has(x.type))) {
      const r = ruleRole(p.type, undefined, p.command) ?? { role: 'worker' as UnitRole, reason: `Procfile process "${p.type}"` };
      if (r.role === 'worker' || r.role === 'one-off') {
        const extra = sharedUnit(
          unit,
          { name: `${unit.name}-${p.type}`, command: p.command, file: p.file, line: p.line },
          r.role,
          `Procfile ${p.type}: ${r.reason}`,
        );
        extra.origin = { kind: 'procfile', file: p.file, name: p.type };
        contract.units.push(extra);
      } else exclude(contract, `${p.type} (${p.file})`, r.role, r.reason);
    }
  }

  mergeImageRecipes(contract, profile);

  // Compose services not built from a profile service, and Kubernetes workloads of none.
  for (const c of compose) {
    if (claimed.has(c)) continue;
    claimed.add(c);
    const r = c.profiles?.length
      ? {
          role: 'optional' as UnitRole,
          reason: `compose profile${c.profiles.length > 1 ? 's' : ''} ${c.profiles.map((p) => `'${p}'`).join(', ')}`,
        }
      : (ruleRole(c.name, c.image, c.command) ??
        (c.contextPath
          ? { role: 'optional' as UnitRole, reason: `built from ${c.contextPath}, which holds no deployable application` }
          : { role: 'optional' as UnitRole, reason: `third-party image ${c.image ?? '(none)'} not built from this repository` }));
    exclude(contract, c.name, r.role, r.reason);
  }
  for (const w of k8s) {
    if (claimedK8s.has(w)) continue;
    const r = ruleRole(w.name, w.image) ?? {
      role: 'optional' as UnitRole,
      reason: `Kubernetes ${w.kind} running ${w.image ?? 'an image'} not built from this repository`,
    };
    exclude(contract, w.name, r.role, r.reason);
  }

  // Cross-unit: addresses and hard-coded hosts resolve to units; dependsOn from both.
  const hostNames = new Map<string, string>();
  for (const u of contract.units) hostNames.set(u.name.toLowerCase(), u.name);
  for (const c of compose) hostNames.set(c.name.toLowerCase(), unitOrStore(contract, c.name));
  for (const w of k8s) hostNames.set(w.name.toLowerCase(), unitOrStore(contract, w.name));
  // Host names of datastore services (compose `db` on a postgres image, a Kubernetes redis workload).
  const storeHosts = new Map<string, string>();
  for (const c of compose) {
    const s = c.image && !c.contextPath ? imageDatastore(c.image) : undefined;
    if (s) storeHosts.set(c.name.toLowerCase(), s);
  }
  for (const w of k8s) {
    const s = w.image ? imageDatastore(w.image) : undefined;
    if (s) storeHosts.set(w.name.toLowerCase(), s);
  }
  for (const u of contract.units) {
    const s = u.role === 'datastore' && u.origin?.kind === 'compose' ? storeOfUnit.get(u) : undefined;
    if (s && u.origin?.name) storeHosts.set(u.origin.name.toLowerCase(), s);
  }
  for (const u of contract.units) {
    if (!u.deployed || u.sharesImageOf) continue;
    const runtime = filesOfUnit(files.runtime, u.path, unitPaths);
    const others = new Map([...hostNames].filter(([h]) => h !== u.name.toLowerCase() && h.length >= 2));
    u.hardcodedHosts = hardcodedHosts(files, runtime, others);
    for (const h of u.hardcodedHosts) {
      const store = storeHosts.get(h.host.split(':')[0]!.toLowerCase());
      if (store) h.store = store;
      if (h.target && contract.units.some((x) => x.name === h.target) && !u.dependsOn.includes(h.target)) u.dependsOn.push(h.target);
      const e = h.evidence;
      u.warnings.push({
        message: h.store
          ? `hard-coded host "${h.host}" (${h.store}): resolves through the private DNS name Inframate generates for the managed ${h.store}, or change this line`
          : `hard-coded host "${h.host}"${h.target ? ` (${h.target})` : ''}: resolves only through a service alias, or change this line`,
        evidence: e,
      });
    }
    for (const e of u.env)
      if (e.carries === 'service-address' && e.target && e.target !== u.name && !u.dependsOn.includes(e.target)) u.dependsOn.push(e.target);
  }
  // Datastores: only those something connects to (datastores.ts); the others are named in a warning.
  for (const u of contract.units) {
    if (u.sharesImageOf) continue;
    const { keep, dropped } = usedDatastores(u, files, filesOfUnit(files.runtime, u.path, unitPaths), running);
    u.datastores = keep;
    for (const d of dropped) u.warnings.push({ message: `${d.store} is not created: ${d.reason}` });
  }
  for (const u of contract.units)
    if (u.sharesImageOf) {
      const base = contract.units.find((x) => x.name === u.sharesImageOf);
      if (base) {
        u.hardcodedHosts = base.hardcodedHosts;
        u.datastores = u.datastores.filter((d) => base.datastores.includes(d) || u.env.some((e) => e.required && e.target === d));
      }
    }
  for (const u of contract.units) if (!u.deployed) contract.excluded.push({ name: u.name, role: u.role, reason: u.roleReason });
  contract.excluded.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return contract;
}

function exclude(contract: RunContract, name: string, role: UnitRole, reason: string): void {
  if (!contract.excluded.some((e) => e.name === name)) contract.excluded.push({ name, role, reason });
}

function unitOrStore(contract: RunContract, name: string): string {
  return contract.units.find((u) => u.name === name || u.origin?.name === name)?.name ?? name;
}

const dirOfPath = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');

function composeBuilds(c: DeclaredCompose, svc: ServiceProfile): boolean {
  if (c.contextPath !== undefined)
    return (
      c.dockerfilePath === svc.dockerfile ||
      (c.contextPath === svc.path && (!svc.dockerfile || !c.dockerfile || c.dockerfilePath === svc.dockerfile)) ||
      c.contextPath === svc.path
    );
  if (!c.image) return false;
  const img =
    c.image
      .replace(/[:@].*$/, '')
      .split('/')
      .pop() ?? '';
  return img === svc.name || img === basename(svc.path);
}

function workloadRuns(w: K8sWorkload, svc: ServiceProfile): boolean {
  const img =
    (w.image ?? '')
      .replace(/[:@].*$/, '')
      .split('/')
      .pop() ?? '';
  const folder = basename(svc.path === '.' ? '' : svc.path);
  return w.name === svc.name || w.name === folder || img === svc.name || (folder !== '' && img === folder);
}

function baseUnit(svc: ServiceProfile): RunUnit {
  return {
    name: svc.name,
    path: svc.path,
    role: 'web',
    roleReason: '',
    deployed: true,
    listenPort: svc.port,
    protocol: 'http',
    start: svc.start,
    image: { dockerfile: svc.dockerfile, context: svc.dockerfile ? dirOfPath(svc.dockerfile) : svc.path, generated: !svc.dockerfile },
    env: [],
    health: noHealth(30),
    oneOff: [],
    hardcodedHosts: [],
    datastores: [...svc.datastores],
    dependsOn: [],
    warnings: [],
  };
}

function sharedUnit(
  base: RunUnit,
  c: { name: string; command?: string; file: string; line?: number },
  role: UnitRole,
  reason: string,
): RunUnit {
  return {
    ...base,
    name: c.name,
    role,
    roleReason: reason,
    deployed: base.deployed,
    listenPort: null,
    protocol: 'none',
    start: c.command ?? base.start,
    health: noHealth(base.health.gracePeriodSeconds),
    oneOff: [],
    hardcodedHosts: [],
    warnings: [],
    sharesImageOf: base.name,
    origin: { kind: c.file.endsWith('Procfile') ? 'procfile' : 'compose', file: c.file, name: c.name },
  };
}

function roleOfMain(
  svc: ServiceProfile,
  main: DeclaredCompose | undefined,
  workload: K8sWorkload | undefined,
  procs: readonly ProcfileEntry[],
  compose: readonly DeclaredCompose[],
  selfDeployedBy: string | undefined,
): { role: UnitRole; reason: string } {
  const isStatic = svc.frameworks.some((f) => STATIC_FRAMEWORKS.test(f)) && !svc.frameworks.some((f) => SERVER_FRAMEWORKS.test(f));
  if (selfDeployedBy)
    return isStatic
      ? { role: 'static', reason: 'front end built to static files' }
      : { role: 'function', reason: 'handlers of a serverless application' };
  if (main?.profiles?.length) return { role: 'optional', reason: `compose profile ${main.profiles.map((p) => `'${p}'`).join(', ')}` };
  if (workload) {
    if (/^(Job|CronJob)$/.test(workload.kind)) return { role: 'one-off', reason: `Kubernetes ${workload.kind} ${workload.name}` };
    if (workload.serviceType === 'LoadBalancer' || workload.serviceType === 'NodePort' || workload.ingress)
      return {
        role: 'web',
        reason: `Kubernetes ${workload.serviceType === 'ClusterIP' ? 'Ingress' : `Service type ${workload.serviceType}`} exposes ${workload.name}`,
      };
    if (workload.serviceType) return { role: 'internal', reason: `Kubernetes ClusterIP Service only: reached by other workloads` };
    return { role: 'worker', reason: `Kubernetes ${workload.kind} ${workload.name} has no Service` };
  }
  if (procs.some((p) => p.type === 'web')) return { role: 'web', reason: 'Procfile web process' };
  if (main) {
    if (main.publishedPorts?.length)
      return { role: 'web', reason: `compose service ${main.name} publishes port ${main.publishedPorts.join(', ')}` };
    const proxy = compose.find(
      (c) => ruleRole(c.name, c.image)?.reason.includes('reverse proxy') && (c.dependsOn.includes(main.name) || c.publishedPorts?.length),
    );
    if (proxy) return { role: 'web', reason: `compose proxy ${proxy.name} fronts it (the load balancer takes the proxy's place)` };
    const referenced = compose.some((c) => c !== main && c.environment.some((e) => new RegExp(`(^|[=/@])${main.name}(:|/|$)`).test(e)));
    if (main.ports.length && referenced)
      return { role: 'internal', reason: `compose service ${main.name} exposes ${main.ports.join(', ')} only to other services` };
    if (!main.ports.length && svc.port === null) return { role: 'worker', reason: `compose service ${main.name} listens on no port` };
  }
  if (isStatic) return { role: 'static', reason: `front end (${svc.frameworks.join(', ')}) built to static files` };
  if (svc.port === null && !svc.frameworks.some((f) => SERVER_FRAMEWORKS.test(f)))
    return { role: 'worker', reason: 'no port and no web framework' };
  return {
    role: 'web',
    reason: svc.frameworks.length
      ? `${svc.frameworks.join(', ')} application${svc.port ? ` on port ${svc.port}` : ''}`
      : `listens on port ${svc.port}`,
  };
}

function healthOf(
  files: RepoFiles,
  runtime: readonly string[],
  own: readonly string[],
  svc: ServiceProfile,
  unit: RunUnit,
  main: DeclaredCompose | undefined,
  workload: K8sWorkload | undefined,
  grpcHealth: Evidence | undefined,
): HealthCheck {
  const grace = graceFor(svc.languages, svc.frameworks);
  if (unit.protocol === 'grpc') {
    if (grpcHealth) return { path: null, protocol: 'grpc', gracePeriodSeconds: grace, source: 'code', evidence: [grpcHealth] };
    if (workload?.probe?.grpc)
      return {
        path: null,
        protocol: 'grpc',
        gracePeriodSeconds: grace,
        source: 'kubernetes',
        evidence: [{ file: workload.file, line: workload.line }],
      };
    return { path: null, protocol: 'tcp', gracePeriodSeconds: grace, source: 'default', evidence: [] };
  }
  const route = healthRoute(files, runtime);
  if (route) return { path: route.path, protocol: 'http', gracePeriodSeconds: grace, source: 'code', evidence: [route.evidence] };
  const manifests = own.filter((p) => /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/.test(p));
  const fw = frameworkHealth(manifests.map((p) => files.read(p) ?? '').join('\n'), svc.frameworks);
  if (fw)
    return {
      path: fw.path,
      protocol: 'http',
      gracePeriodSeconds: grace,
      source: 'framework',
      evidence: manifests.slice(0, 1).map((file) => ({ file })),
    };
  if (workload?.probe?.path)
    return {
      path: workload.probe.path,
      protocol: 'http',
      gracePeriodSeconds: grace,
      source: 'kubernetes',
      evidence: [{ file: workload.file, line: workload.line }],
    };
  const composePath = pathOfCheckCommand(main?.healthcheck);
  if (main && composePath)
    return {
      path: composePath,
      protocol: 'http',
      gracePeriodSeconds: grace,
      source: 'compose',
      evidence: [{ file: main.file, line: main.line }],
    };
  if (svc.dockerfile) {
    const lines = files.lines(svc.dockerfile);
    const i = lines.findIndex((l) => /^\s*HEALTHCHECK\b/i.test(l));
    const p = i >= 0 ? pathOfCheckCommand(lines.slice(i, i + 3).join(' ')) : undefined;
    if (p)
      return {
        path: p,
        protocol: 'http',
        gracePeriodSeconds: grace,
        source: 'dockerfile',
        evidence: [{ file: svc.dockerfile, line: i + 1 }],
      };
  }
  return { path: '/', protocol: 'http', gracePeriodSeconds: grace, source: 'default', evidence: [] };
}

/** A Go folder without a main package is a library that other units import, not a process. */
function isLibrary(files: RepoFiles, own: readonly string[]): string | null {
  const go = own.filter((p) => p.endsWith('.go'));
  if (go.length && !go.some((p) => /^package main\b/m.test(files.read(p) ?? ''))) return 'Go library: no main package';
  return null;
}

/** Names the Dockerfile sets with ENV (both `ENV A=1 B=2` and `ENV A 1`). */
function dockerfileEnv(files: RepoFiles, dockerfile: string | null): Set<string> {
  const out = new Set<string>();
  if (!dockerfile) return out;
  for (const l of files.lines(dockerfile)) {
    const m = /^\s*ENV\s+(.*)$/i.exec(l);
    if (!m) continue;
    if (/^[A-Za-z_]\w*\s+[^=]*$/.test(m[1])) out.add(m[1].split(/\s+/)[0]);
    else for (const kv of m[1].matchAll(/([A-Za-z_]\w*)=/g)) out.add(kv[1]);
  }
  return out;
}

/**
 * Spring profiles the unit activates itself: `spring.profiles.active` in its application.properties /
 * application.yml, or `--spring.profiles.active=` / `SPRING_PROFILES_ACTIVE=` in its Dockerfile.
 */
function springActiveProfiles(files: RepoFiles, own: readonly string[], dockerfile: string | null): string[] {
  const out: string[] = [];
  const add = (v: string | undefined) => v && out.push(...v.split(',').map((p) => p.trim().replace(/^["']|["']$/g, '')));
  for (const p of own.filter((f) => /(^|\/)application\.(properties|ya?ml)$/.test(f))) {
    const text = files.read(p) ?? '';
    add(/^\s*spring\.profiles\.active\s*[=:]\s*([\w,\s-]+?)\s*$/m.exec(text)?.[1]);
    add(/^\s*profiles:\s*\n\s+active:\s*([\w,\s"'-]+?)\s*$/m.exec(text)?.[1]);
  }
  if (dockerfile) add(/(?:--spring\.profiles\.active=|SPRING_PROFILES_ACTIVE[= ])["']?([\w,-]+)/.exec(files.read(dockerfile) ?? '')?.[1]);
  return out;
}

/** A unit's own code or manifest file (one is enough to say the image builds application code). */
const CODE_OR_MANIFEST =
  /\.(py|js|mjs|cjs|ts|tsx|go|rs|java|kt|cs|rb|php|sh|csproj|gradle)$|(^|\/)(pom\.xml|package\.json|go\.mod|Cargo\.toml|Gemfile|composer\.json|requirements\.txt|pyproject\.toml)$/;

/**
 * A folder holding only a Dockerfile and its configuration builds no application of its own:
 * a datastore image with init scripts, a proxy, or a development image that runs code mounted at run time.
 */
function imageOnlyRole(
  files: RepoFiles,
  own: readonly string[],
  dockerfile: string | null,
): { role: UnitRole; reason: string; store?: string } | null {
  if (!dockerfile) return null;
  // Any code file or manifest of its own: the image builds application code.
  if (own.some((p) => CODE_OR_MANIFEST.test(p))) return null;
  const from = [...files.lines(dockerfile)].reverse().find((l) => /^\s*FROM\b/i.test(l));
  const image = from
    ? (from
        .trim()
        .split(/\s+/)
        .filter((t) => !t.startsWith('--'))[1] ?? '')
    : '';
  const store = imageDatastore(image);
  if (store)
    return { role: 'datastore', reason: `builds ${image} with its own configuration (${store}): replaced by a managed ${store}`, store };
  const rule = ruleRole('', image);
  if (rule) return rule;
  return {
    role: 'dev-tool',
    reason: `${dockerfile} builds ${image || 'an image'} without application code (the code is mounted at run time)`,
  };
}

function detectSelfDeploy(files: RepoFiles): RunContract['selfDeployed'] {
  for (const s of SELF_DEPLOY) {
    const hits = files.all.filter(
      (p) =>
        s.file.test(p) && !/(^|\/)(node_modules|examples?|test|tests)\//.test(p) && (!s.contains || s.contains.test(files.read(p) ?? '')),
    );
    if (hits.length) return { tool: s.tool, evidence: hits.slice(0, 3).map((file) => ({ file })) };
  }
  return undefined;
}

/**
 * A folder whose Dockerfile builds the application of a nested folder (a root Dockerfile running
 * `dotnet publish` for src/App, which has none): one unit, the nested application, built with that
 * Dockerfile — not two services.
 */
function mergeImageRecipes(contract: RunContract, profile: Profile): void {
  const frameworksOf = (u: RunUnit) => profile.services.find((s) => s.name === u.name)?.frameworks ?? [];
  for (const u of contract.units) {
    if (!u.deployed || u.sharesImageOf || !u.image.dockerfile || frameworksOf(u).length) continue;
    const nested = contract.units.filter(
      (n) =>
        n !== u &&
        n.deployed &&
        !n.sharesImageOf &&
        n.image.generated &&
        (u.path === '.' || n.path.startsWith(`${u.path}/`)) &&
        frameworksOf(n).some((f) => SERVER_FRAMEWORKS.test(f)),
    );
    if (nested.length !== 1) continue;
    const n = nested[0]!;
    n.image = { ...u.image, generated: false };
    if (u.origin?.kind === 'compose') n.origin = u.origin;
    n.start ??= u.start;
    n.listenPort ??= u.listenPort;
    u.deployed = false;
    u.role = 'optional';
    u.roleReason = `${u.image.dockerfile} is the image recipe of ${n.name} (${n.path}): deployed as ${n.name}`;
  }
}

/** Variables each handler's code reads (the run contract's readers), added to those its configuration sets. */
function withCodeEnv(layout: ServerlessLayout, files: RepoFiles): ServerlessLayout {
  for (const f of layout.functions) {
    if (!f.source) continue;
    const reads = readsOfFile(f.source, files.lines(f.source)).map((r) => r.name);
    f.env = [...new Set([...f.env, ...reads])].slice(0, 100);
  }
  return layout;
}
