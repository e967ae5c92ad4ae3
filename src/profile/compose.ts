// Compose files applied to units: a service with a build context is a unit (its name, ports,
// Dockerfile, the datastores it depends on or names in its environment); a service running a known
// datastore image makes that datastore part of the application.
import { posix } from 'node:path';
import { DOCKERFILE, type ComposeService, type DockerfileInfo } from './docker';
import { scanEnv } from './env';
import { dirOf, joinPath } from './paths';
import { imageDatastore } from './signals';
import type { Unit } from './units';

const normalize = (p: string) => {
  const n = posix.normalize(p).replace(/\/+$/, '');
  return n === '' || n === './' ? '.' : n.replace(/^\.\//, '');
};

/**
 * Several compose services may build the same folder: the application itself, one-off jobs
 * (`prestart` running migrations) or workers that override its command, and helper images built
 * from a variant Dockerfile (`maildev.Dockerfile`). The service named after the folder, else the
 * one built from the plain `Dockerfile`, else the one running the image's own command names the unit.
 */
function preferred(candidate: ComposeService, current: ComposeService, dir: string): boolean {
  const folder = posix.basename(dir === '.' ? '' : dir);
  const plain = (s: ComposeService) => !s.dockerfile || /(^|\/)Dockerfile$/.test(s.dockerfile);
  const rank = (s: ComposeService) => (folder && s.name === folder ? 4 : 0) + (plain(s) ? 2 : 0) + (s.command ? 0 : 1);
  return rank(candidate) > rank(current);
}

/**
 * Long-running background processes that share the app's image: queue workers and schedulers
 * (Celery, RQ, Sidekiq, Laravel queue/Horizon, GoodJob, Dramatiq…). One-off jobs (migrations) and
 * development tools are not services.
 */
const WORKER_COMMAND =
  /\bcelery\b.*\b(worker|beat)\b|\b(rq|rqworker|dramatiq|arq|huey_consumer|sidekiq|good_job|solid_queue|resque|delayed_job)\b|\b(queue:work|queue:listen|horizon)\b|\bjobs:work\b|\bnpm run (worker|jobs|queue)\b|\bnode\s+\S*(worker|queue|jobs)\S*\.[cm]?js\b/;

export function isWorker(s: ComposeService): boolean {
  return !!s.command && WORKER_COMMAND.test(s.command) && !/\b(flower|--reload|nodemon)\b/.test(s.command);
}

/**
 * Compose files in one folder are one application: `docker-compose.override.yml` (or
 * `compose.prod.yaml`) adds ports and environment to the services the main file builds. Services
 * of the same name are merged, in file order.
 */
export function mergeComposeFiles(
  composeFiles: readonly { file: string; services: ComposeService[] }[],
): { file: string; services: ComposeService[] }[] {
  const byDir = new Map<string, { file: string; services: Map<string, ComposeService> }>();
  // The main file (the shortest name: compose.yaml before compose.override.yaml) comes first.
  const ordered = [...composeFiles].sort((a, b) => a.file.length - b.file.length || (a.file < b.file ? -1 : 1));
  for (const { file, services } of ordered) {
    const group = byDir.get(dirOf(file)) ?? { file, services: new Map<string, ComposeService>() };
    byDir.set(dirOf(file), group);
    for (const s of services) {
      const prev = group.services.get(s.name);
      if (!prev) {
        group.services.set(s.name, { ...s, ports: [...s.ports], dependsOn: [...s.dependsOn], environment: [...s.environment] });
        continue;
      }
      prev.image ??= s.image;
      prev.context ??= s.context;
      prev.dockerfile ??= s.dockerfile;
      prev.command ||= s.command;
      for (const p of s.ports) if (!prev.ports.includes(p)) prev.ports.push(p);
      for (const d of s.dependsOn) if (!prev.dependsOn.includes(d)) prev.dependsOn.push(d);
      prev.environment.push(...s.environment);
    }
  }
  return [...byDir.values()]
    .map(({ file, services }) => ({ file, services: [...services.values()] }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Datastores a service depends on (compose datastore services) or names in its environment. */
function applyEnvironment(u: Unit, s: ComposeService, imageStores: ReadonlyMap<string, string>): void {
  for (const dep of s.dependsOn) {
    const id = imageStores.get(dep);
    if (id) u.datastores.add(id);
  }
  const env = scanEnv(s.environment);
  for (const id of env.datastores) u.datastores.add(id);
  for (const id of env.messaging) u.messaging.add(id);
}

export function applyCompose(
  composeFiles: readonly { file: string; services: ComposeService[] }[],
  unitAt: (dir: string) => Unit,
  dockerInfo: ReadonlyMap<string, DockerfileInfo>,
  paths: ReadonlySet<string>,
  dockerfileOwner: (dockerfile: string) => string = dirOf,
  unitForImage: (image: string) => Unit | undefined = () => undefined,
): { datastores: Set<string>; messaging: Set<string> } {
  const datastores = new Set<string>();
  const messaging = new Set<string>();
  for (const { file, services } of mergeComposeFiles(composeFiles)) {
    const imageStores = new Map<string, string>();
    for (const s of services) {
      const id = s.image && !s.context ? imageDatastore(s.image) : undefined;
      if (id) {
        imageStores.set(s.name, id);
        datastores.add(id);
        if (id === 'rabbitmq' || id === 'kafka') messaging.add(id);
      }
    }
    for (const s of services) {
      // An image the project builds itself (Maven/Jib, buildpacks, `docker build -t shop-api`) and
      // compose only runs: `image: acme/customers-service` is the customers-service module.
      if (s.context === undefined && s.image && !imageStores.has(s.name)) {
        const u = unitForImage(s.image);
        if (u && !u.compose) {
          u.compose = { ...s, file };
          applyEnvironment(u, s, imageStores);
        }
        continue;
      }
      if (s.context === undefined) continue;
      const context = normalize(joinPath(dirOf(file), s.context));
      if (context.startsWith('..')) continue;
      // With the repository as build context (`context: .`, `dockerfile: src/Web/Dockerfile`),
      // the service is the project its Dockerfile builds, not the context folder.
      const df = s.dockerfile ? normalize(joinPath(context, s.dockerfile)) : null;
      const named = df !== null && paths.has(df) && DOCKERFILE.test(df);
      const dir = named ? dockerfileOwner(df) : context;
      if (dir.startsWith('..')) continue;
      const u = unitAt(dir);
      if (!u.compose || preferred(s, u.compose, dir)) {
        if (u.compose && isWorker(u.compose)) u.composeWorkers.push(u.compose);
        u.compose = { ...s, file };
      } else if (isWorker(s)) u.composeWorkers.push(s);
      if (named && u.compose.name === s.name) {
        u.dockerfile = df;
        u.docker = dockerInfo.get(df) ?? u.docker;
      }
      applyEnvironment(u, s, imageStores);
    }
  }
  return { datastores, messaging };
}
