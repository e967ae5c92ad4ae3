// Datastore facts the run contract needs, as data: the SQL family (one of them is the application's
// database; the others are alternative drivers), and, per datastore, the lines that show a client is
// configured (a dependency alone is not a connection).

export const SQL_FAMILY: ReadonlySet<string> = new Set(['postgresql', 'mysql', 'mariadb', 'sqlserver', 'oracle', 'h2', 'sqlite']);

/** Configuration or code that uses a client of the datastore (comment lines do not count). */
export const USE_MARKERS: Readonly<Record<string, RegExp>> = {
  memcached:
    /mem_cache_store|dalli_store|Dalli::Client|pymemcache|pylibmc|memcache\.Client|MemcachedCache|PyMemcacheCache|PyLibMCCache|\bmemjs\b|gomemcache|MEMCACHE\w*|memcached:\/\//i,
};

/**
 * Database adapters named in configuration next to a connection variable without a URL scheme
 * (Ecto's `adapter: Ecto.Adapters.Postgres`, Rails' `adapter: postgresql`): the datastore it targets.
 */
export const ADAPTER_MARKERS: readonly { pattern: RegExp; store: string }[] = [
  { pattern: /Ecto\.Adapters\.Postgres|adapter:\s*['"]?postgres(ql)?\b|django\.db\.backends\.postgresql|UseNpgsql\(/, store: 'postgresql' },
  { pattern: /Ecto\.Adapters\.(MyXQL|MySQL)|adapter:\s*['"]?(mysql2?|trilogy)\b|django\.db\.backends\.mysql|UseMySql\(/, store: 'mysql' },
  { pattern: /Ecto\.Adapters\.Tds|UseSqlServer\(/, store: 'sqlserver' },
];
