// What a variable carries and whether the unit needs it to start: from its name and any literal
// value or default (tables/carries.ts).
import type { EnvCarries } from './types';
import { CARRIES_RULES, CONNECTION_CARRIES, UNUSABLE_DEFAULT, VALUE_SCHEMES } from './tables/carries';

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

/**
 * Needed to start on AWS: read without a default, or with a default that only works on a laptop
 * (localhost, SQLite, "changeme"), when it carries a connection, a secret or an address. Plain
 * configuration without a default is required only when read by settings code at start-up.
 */
export function isRequired(carries: EnvCarries, hasDefault: boolean, defaultText: string | undefined, readInSettings: boolean): boolean {
  if (carries === 'port' || carries === 'aws-region') return false;
  if (CONNECTION_CARRIES.has(carries)) return !hasDefault || (defaultText !== undefined && UNUSABLE_DEFAULT.test(defaultText));
  if (
    carries === 'public-url' ||
    carries === 'bucket-name' ||
    carries === 'queue-url' ||
    carries.startsWith('database-') ||
    carries.startsWith('cache-')
  )
    return !hasDefault;
  return !hasDefault && readInSettings && carries !== 'config';
}
