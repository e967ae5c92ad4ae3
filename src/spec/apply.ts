// The one place where what inframate.md states meets what detection found. Stated values win:
// a stated primary database replaces the detected database (a stated PostgreSQL replaces a detected
// MySQL or MongoDB but keeps a detected Redis cache); other stated datastores replace detected ones of
// the same role (cache, search, messaging); stated frameworks replace detected ones.
import type { Profile, ProfileOverride, ServiceProfile } from '../profile/types';
import type { Requirements } from './types';

/** Datastores that play the same role replace each other. */
const CATEGORY: Record<string, string> = {
  postgresql: 'relational',
  mysql: 'relational',
  mariadb: 'relational',
  sqlite: 'relational',
  sqlserver: 'relational',
  h2: 'relational',
  mongodb: 'document',
  dynamodb: 'document',
  cassandra: 'document',
  redis: 'cache',
  memcached: 'cache',
  elasticsearch: 'search',
  opensearch: 'search',
  rabbitmq: 'messaging',
  kafka: 'messaging',
};

const categoryOf = (id: string) => CATEGORY[id] ?? id;

/** The roles a "database" plays: a stated primary database replaces a detected one of either role. */
const DATABASE_ROLES = ['relational', 'document'];

/** The roles the stated stores take over (a stated primary database takes both database roles). */
function statedRoles(stated: string[], primary?: string): Set<string> {
  const roles = new Set(stated.map(categoryOf));
  if (primary && DATABASE_ROLES.includes(categoryOf(primary))) for (const role of DATABASE_ROLES) roles.add(role);
  return roles;
}

function replaceByCategory(detected: string[], stated: string[], roles: ReadonlySet<string>): string[] {
  return [...new Set([...stated, ...detected.filter((d) => !roles.has(categoryOf(d)))])].sort();
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function applyRequirements(profile: Profile, req: Requirements): Profile {
  const overrides: ProfileOverride[] = [...(profile.overrides ?? [])];
  const stated = (field: string, detected: string[], result: string[]) => {
    if (!same([...detected].sort(), [...result].sort())) overrides.push({ field, stated: result, detected, source: req.source });
  };
  const out: Profile = { ...profile, services: profile.services.map((s) => ({ ...s })) };
  const single = out.services.length === 1;

  const storesStated = [...new Set([...(req.database ? [req.database] : []), ...(req.datastores ?? [])])];
  if (storesStated.length) {
    const roles = statedRoles(storesStated, req.database);
    const next = replaceByCategory(profile.datastores, storesStated, roles);
    stated('datastores', profile.datastores, next);
    out.datastores = next;
    for (const svc of out.services) {
      // A service gets the stated store when it is the only one, or when it used a store of that role.
      if (single || svc.datastores.some((d) => roles.has(categoryOf(d))))
        svc.datastores = replaceByCategory(svc.datastores, storesStated, roles);
    }
  }

  if (req.frameworks?.length) {
    const next = [...new Set(req.frameworks)].sort();
    stated('frameworks', profile.frameworks, next);
    out.frameworks = next;
    if (single) out.services[0].frameworks = next;
  }

  if (req.languages?.length) {
    const known = new Set(out.languages.map((l) => l.name));
    const missing = req.languages.filter((l) => !known.has(l));
    if (missing.length) {
      stated('languages', [...known], [...known, ...missing]);
      out.languages = [...out.languages, ...missing.map((name) => ({ name, files: 0, bytes: 0, share: 0 }))];
    }
  }

  for (const svcReq of req.services) {
    const svc = findService(out.services, svcReq.name, svcReq.path);
    if (!svc) {
      out.warnings = [
        ...out.warnings,
        { file: req.source, message: `service "${svcReq.name}" named in ${req.source} was not found in the repository` },
      ];
      continue;
    }
    if (svcReq.port !== undefined && svcReq.port !== svc.port) {
      overrides.push({
        field: `services.${svc.name}.port`,
        stated: [String(svcReq.port)],
        detected: svc.port === null ? [] : [String(svc.port)],
        source: req.source,
      });
      svc.port = svcReq.port;
    }
    if (svcReq.compute) svc.compute = svcReq.compute;
  }
  if (req.compute) for (const svc of out.services) svc.compute ??= req.compute;

  if (overrides.length) out.overrides = overrides;
  return out;
}

function findService(services: ServiceProfile[], name: string, path?: string): ServiceProfile | undefined {
  const norm = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '') || '.';
  return services.find((s) => (path !== undefined && norm(s.path) === norm(path)) || s.name === name);
}
