// Which of the profile's datastores a unit really uses. The profile infers datastores from
// dependencies; a driver in the manifest is not a database the application connects to. A datastore
// is kept when something connects to it (a compose service or Kubernetes workload runs it, or a
// required variable points at it); dropped, with the reason, when the code makes it optional (its
// variables all have defaults or are read only when set), when it is an alternative driver beside a
// SQL database that is evidenced, or when nothing configures a client library (tables/datastores.ts).
import type { RepoFiles } from './files';
import type { EnvRequirement, RunUnit } from './types';
import { SQL_FAMILY, USE_MARKERS } from './tables/datastores';
import { EMBEDDED_STORES } from './tables/carries';

export interface DroppedStore {
  store: string;
  reason: string;
}

/** Variables of the unit that point at this datastore (by target, or by kind when they name none). */
function variablesOf(store: string, env: readonly EnvRequirement[]): EnvRequirement[] {
  return env.filter((e) => {
    if (e.target) return e.target === store;
    if (SQL_FAMILY.has(store)) return e.carries.startsWith('database-');
    if (store === 'elasticsearch' || store === 'opensearch') return e.carries === 'search-url';
    if (store === 'redis') return e.carries.startsWith('cache-');
    if (store === 'mongodb') return e.carries === 'mongodb-url';
    // A broker's own variables (KAFKA_URL, KAFKA_BROKER for kafka): they name it.
    if (e.carries === 'broker-url') return e.name.toLowerCase().includes(store.toLowerCase());
    return false;
  });
}

export function usedDatastores(
  unit: RunUnit,
  files: RepoFiles,
  runtime: readonly string[],
  running: ReadonlySet<string>,
): { keep: string[]; dropped: DroppedStore[] } {
  const keep: string[] = [];
  const dropped: DroppedStore[] = [];
  const evidenced = (s: string) =>
    running.has(s) ||
    variablesOf(s, unit.env).some((e) => e.required) ||
    (s === 'mariadb' && variablesOf('mysql', unit.env).some((e) => e.required));
  // A MySQL driver talking to the MariaDB server the repository runs (same protocol): the server decides.
  const stores = unit.datastores.map((s) => (s === 'mysql' && running.has('mariadb') && !running.has('mysql') ? 'mariadb' : s));
  const sqlEvidenced = stores.filter((s) => SQL_FAMILY.has(s) && evidenced(s));
  for (const s of [...new Set(stores)]) {
    if (evidenced(s)) {
      keep.push(s);
      continue;
    }
    // An embedded database (SQLite, H2) lives in the container: kept unless another SQL database is evidenced.
    if (EMBEDDED_STORES.has(s) && !sqlEvidenced.length) {
      keep.push(s);
      continue;
    }
    if (SQL_FAMILY.has(s) && sqlEvidenced.length) {
      dropped.push({ store: s, reason: `a driver beside ${sqlEvidenced.join(', ')}, which the application is configured to use` });
      continue;
    }
    const vars = variablesOf(s, unit.env);
    if (vars.length) {
      dropped.push({
        store: s,
        reason: `optional: ${vars
          .slice(0, 3)
          .map((v) => v.name)
          .join(', ')} ${vars.length > 1 ? 'are' : 'is'} read with a default or only when set (${vars[0]!.evidence[0]?.file ?? 'code'})`,
      });
      continue;
    }
    const marker = USE_MARKERS[s];
    if (marker && !runtime.some((p) => files.lines(p).some((l) => marker.test(l) && !/^\s*(#|\/\/|--|\*)/.test(l)))) {
      dropped.push({ store: s, reason: 'a client library in the dependencies that nothing configures' });
      continue;
    }
    keep.push(s);
  }
  return { keep, dropped };
}
