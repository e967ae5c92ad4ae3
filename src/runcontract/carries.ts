// What a variable carries and whether the unit needs it to start: from its name and any literal
// value or default (tables/carries.ts).
import type { EnvCarries } from './types';
import { CARRIES_RULES, EMBEDDED_STORES, TELEMETRY_ENDPOINT, UNUSABLE_DEFAULT, VALUE_SCHEMES } from './tables/carries';

export interface Carried {
  carries: EnvCarries;
  target?: string;
  scheme?: string;
}

export function classifyVariable(name: string, value?: string, unitNames: readonly string[] = []): Carried {
  const v = (value ?? '').trim().replace(/^["']|["']$/g, '');
  for (const s of VALUE_SCHEMES) {
    if (s.pattern.test(v)) {
      const scheme = /^([a-z0-9:+]+?):\/\//i.exec(v)?.[1] ?? /^(jdbc:\w+)/i.exec(v)?.[1];
      return { carries: s.carries, target: s.target, scheme: scheme?.toLowerCase() };
    }
  }
  for (const r of CARRIES_RULES) {
    if (!r.name.test(name)) continue;
    const c: Carried = { carries: r.carries };
    if (r.target) c.target = r.target;
    if (r.carries === 'service-address') {
      const t = targetUnit(name, v, unitNames);
      if (t) c.target = t;
      else if (!/_SERVICE_|_ADDR$/.test(name)) continue; // API_URL naming no unit: a third-party endpoint
    }
    return c;
  }
  // A value naming another unit (http://backend:8000, cartservice:7070).
  const t = targetUnit(name, v, unitNames);
  if (t && v) return { carries: 'service-address', target: t };
  return { carries: 'config' };
}

function targetUnit(name: string, value: string, unitNames: readonly string[]): string | undefined {
  // Only a URL or host:port names another unit by its value ("backend" alone may be an image tag).
  const host = /^(?:[a-z][a-z0-9+]*:\/\/([A-Za-z0-9_.-]+)|([A-Za-z0-9_.-]+):\d{2,5}\b)/.exec(value);
  const h = (host?.[1] ?? host?.[2])?.toLowerCase();
  if (h) {
    const hit = unitNames.find((u) => u.toLowerCase() === h);
    if (hit) return hit;
  }
  const stem = name
    .replace(/_(SERVICE_)?(ADDR|ADDRESS|HOST|URL|URI|ENDPOINT)$/i, '')
    .replace(/_/g, '')
    .toLowerCase();
  return unitNames.find((u) => {
    const n = u.replace(/[-_]/g, '').toLowerCase();
    return n === stem || n === `${stem}service` || n.replace(/service$/, '') === stem;
  });
}

/** A default that is itself an environment read. */
const READ_IN_DEFAULT = /\b(os\.environ|getenv|process\.env|ENV\[|ENV\.fetch|System\.get_env|env\()/;

/** The application's own signing / encryption key (as opposed to a third-party API credential). */
export const OWN_SECRET =
  /^(DJANGO_|FLASK_|RAILS_|APP_|DEVISE_|NEXTAUTH_|AUTH_|JWT_|SESSION_|COOKIE_|SECRET_|LARAVEL_)?(SECRET_KEY_BASE|SECRET_KEY|SECRET|APP_KEY|KEY|SIGNING_KEY|ENCRYPTION_KEY|HMAC_SECRET|MASTER_KEY|SECRET_TOKEN)$|__HMAC_SECRET$|__SECRET(_KEY)?$/i;

export interface RequirementFacts {
  name: string;
  carries: EnvCarries;
  hasDefault: boolean;
  defaultText?: string;
  /** Read so that a missing value fails at start-up. */
  strict: boolean;
  /** Every read is on an optional code path (inside if / else / try). */
  conditional?: boolean;
  /** The code tests whether the variable is set (`!!process.env.X`, `if os.environ.get("X"):`): a feature switched on by it. */
  presenceTested?: boolean;
  target?: string;
}

/**
 * The initialisation variables of datastore images (postgres, mysql, mariadb, mongo): listed in an env
 * example shared with the database container, they are the container's, not the application's.
 */
export const DATASTORE_IMAGE_INIT =
  /^(POSTGRES_(DB|USER|PASSWORD|INITDB_ARGS)|MYSQL_(ROOT_PASSWORD|DATABASE|USER|PASSWORD|ALLOW_EMPTY_PASSWORD|RANDOM_ROOT_PASSWORD)|MARIADB_(ROOT_PASSWORD|DATABASE|USER|PASSWORD)|MONGO_INITDB_(ROOT_USERNAME|ROOT_PASSWORD|DATABASE))$/;

/**
 * Needed to start and work on AWS:
 * - a strict read without a default (KeyError, a required schema key, `${VAR}` without `:default`);
 * - a default that falls back to an embedded database (SQLite, H2);
 * - the database connection (URL or parts), whatever the default: Inframate creates the database;
 * - a cache / broker / document store the unit uses; another unit's address;
 * - the application's own secret without a usable default; allowed hosts without a default.
 * Third-party credentials, bucket names, public URLs and plain configuration are optional features.
 */
export function isRequired(v: RequirementFacts, unitStores: ReadonlySet<string>, unitNames: ReadonlySet<string>): boolean {
  if (v.carries === 'port' || v.carries === 'aws-region') return false;
  if (optionalReason(v.name)) return false;
  // `os.environ.get("REDIS_TLS_URL", os.environ.get("REDIS_URL"))`: an alternative name of a variable read beside it.
  if (v.defaultText && READ_IN_DEFAULT.test(v.defaultText)) return false;
  if (v.strict && !v.hasDefault) return true;
  const embeddedOnly = unitStores.size > 0 && [...unitStores].every((s) => EMBEDDED_STORES.has(s));
  if (v.defaultText && /sqlite|jdbc:h2:|:memory:/i.test(v.defaultText)) return !embeddedOnly;
  switch (v.carries) {
    case 'database-port':
      // Read without a default, it goes into the connection string as is: an empty port fails.
      return !v.hasDefault && !v.conditional && !embeddedOnly && unitStores.size > 0;
    case 'database-url':
    case 'database-host':
    case 'database-user':
    case 'database-password':
    case 'database-name':
      if (v.conditional && v.hasDefault) return false;
      if (v.presenceTested && !v.strict) return false;
      if (embeddedOnly && v.hasDefault) return false;
      return (
        !v.target || unitStores.has(v.target) || unitStores.size === 0 || ![...unitStores].every((s) => s === 'redis' || s === 'mongodb')
      );
    case 'cache-url':
    case 'cache-host':
    case 'mongodb-url':
    case 'broker-url':
      if (v.presenceTested && !v.strict) return false;
      return v.target ? unitStores.has(v.target) : !v.hasDefault;
    case 'service-address':
      return !!v.target && unitNames.has(v.target);
    case 'secret':
      return OWN_SECRET.test(v.name) && (!v.hasDefault || (v.defaultText !== undefined && UNUSABLE_DEFAULT.test(v.defaultText)));
    case 'allowed-hosts':
      return !v.hasDefault;

    default:
      return false;
  }
}

/** Why a variable is never required whatever its read says (an optional component's address), or undefined. */
export function optionalReason(name: string): string | undefined {
  if (TELEMETRY_ENDPOINT.test(name))
    return 'telemetry endpoint: the application runs without a collector (tracing off or export failing quietly); the collector is an optional component';
  return undefined;
}
