// .env examples and environment lists: datastores named by URL scheme or selector, messaging
// endpoints, and the PORT the app listens on. Values are only matched, never kept.
import { ENV_SELECTORS, MESSAGING_VALUES, URL_SCHEMES, URL_SCHEME } from './signals';

export interface EnvSignals {
  datastores: string[];
  messaging: string[];
  port: number | null;
}

export function scanEnv(lines: readonly string[]): EnvSignals {
  const datastores = new Set<string>();
  const messaging = new Set<string>();
  let port: number | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const kv = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*[=:]\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1].toUpperCase();
    const value = kv[2].replace(/^['"]|['"]$/g, '').trim();
    for (const m of value.matchAll(URL_SCHEME)) {
      const id = URL_SCHEMES[m[1].toLowerCase()];
      if (id) datastores.add(id);
    }
    // JDBC URLs: "jdbc:postgresql://…"
    const jdbc = /jdbc:(\w+):/.exec(value);
    if (jdbc && URL_SCHEMES[jdbc[1]]) datastores.add(URL_SCHEMES[jdbc[1]]);
    for (const sel of ENV_SELECTORS) {
      const id = sel.key.test(key) ? sel.values[value.toLowerCase()] : undefined;
      if (!id) continue;
      if (id === 'sqs') messaging.add(id);
      else datastores.add(id);
    }
    for (const m of MESSAGING_VALUES) if (m.pattern.test(value)) messaging.add(m.id);
    if ((key === 'PORT' || key === 'APP_PORT' || key === 'SERVER_PORT' || key === 'HTTP_PORT') && port === null) {
      const n = Number(value);
      if (Number.isInteger(n) && n > 0 && n < 65536) port = n;
    }
  }
  for (const m of messaging) if (m === 'rabbitmq' || m === 'kafka') datastores.add(m);
  if (datastores.has('rabbitmq')) messaging.add('rabbitmq');
  if (datastores.has('kafka')) messaging.add('kafka');
  return { datastores: [...datastores].sort(), messaging: [...messaging].sort(), port };
}
