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

export function applyCompose(
  composeFiles: readonly { file: string; services: ComposeService[] }[],
  unitAt: (dir: string) => Unit,
  dockerInfo: ReadonlyMap<string, DockerfileInfo>,
  paths: ReadonlySet<string>,
): { datastores: Set<string>; messaging: Set<string> } {
  const datastores = new Set<string>();
  const messaging = new Set<string>();
  for (const { file, services } of composeFiles) {
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
      if (s.context === undefined) continue;
      const dir = normalize(joinPath(dirOf(file), s.context));
      if (dir.startsWith('..')) continue;
      const u = unitAt(dir);
      if (!u.compose) u.compose = { ...s, file };
      if (s.dockerfile) {
        const df = normalize(joinPath(dir, s.dockerfile));
        if (paths.has(df) && DOCKERFILE.test(df)) {
          u.dockerfile = df;
          u.docker = dockerInfo.get(df) ?? u.docker;
        }
      }
      for (const dep of s.dependsOn) {
        const id = imageStores.get(dep);
        if (id) u.datastores.add(id);
      }
      const env = scanEnv(s.environment);
      for (const id of env.datastores) u.datastores.add(id);
      for (const id of env.messaging) u.messaging.add(id);
    }
  }
  return { datastores, messaging };
}
