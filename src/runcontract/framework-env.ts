// Variables a framework reads by itself, never named in the application's code: Rails'
// SECRET_KEY_BASE and DATABASE_URL, Spring Boot's relaxed binding of spring.datasource.* (an
// environment variable SPRING_DATASOURCE_URL overrides the property). Kept as data.
import type { EnvCarries, Evidence } from './types';
import type { RepoFiles } from './files';

export interface ImpliedVariable {
  name: string;
  carries: EnvCarries;
  required: boolean;
  target?: string;
  scheme?: string;
  evidence: Evidence[];
  reason: string;
}

const SQL_STORES = new Set(['postgresql', 'mysql', 'mariadb', 'sqlserver']);
const JDBC: Record<string, string> = {
  postgresql: 'jdbc:postgresql',
  mysql: 'jdbc:mysql',
  mariadb: 'jdbc:mariadb',
  sqlserver: 'jdbc:sqlserver',
};
const RAILS_SCHEME: Record<string, string> = { postgresql: 'postgres', mysql: 'mysql2', mariadb: 'mysql2' };

/** Spring properties (relaxed binding: spring.datasource.url ↔ SPRING_DATASOURCE_URL). */
const SPRING_PROPERTIES: readonly { key: RegExp; env: string; carries: EnvCarries; when: 'sql' | 'mongodb' | 'redis' }[] = [
  { key: /^spring\.datasource\.url$/, env: 'SPRING_DATASOURCE_URL', carries: 'database-url', when: 'sql' },
  { key: /^spring\.datasource\.username$/, env: 'SPRING_DATASOURCE_USERNAME', carries: 'database-user', when: 'sql' },
  { key: /^spring\.datasource\.password$/, env: 'SPRING_DATASOURCE_PASSWORD', carries: 'database-password', when: 'sql' },
  { key: /^spring\.data\.mongodb\.uri$/, env: 'SPRING_DATA_MONGODB_URI', carries: 'mongodb-url', when: 'mongodb' },
  { key: /^spring\.(data\.)?redis\.host$/, env: 'SPRING_DATA_REDIS_HOST', carries: 'cache-host', when: 'redis' },
];

/** Flattened `key=value` pairs of application.properties / application.yml (main profile only). */
function springProperties(files: RepoFiles, paths: readonly string[]): { key: string; value: string; file: string; line: number }[] {
  const out: { key: string; value: string; file: string; line: number }[] = [];
  for (const p of paths.filter(
    (x) => /(^|\/)application(-(prod|production|docker|default))?\.(properties|ya?ml)$/.test(x) && !/\/test\//.test(x),
  )) {
    const lines = files.lines(p);
    if (p.endsWith('.properties')) {
      lines.forEach((l, i) => {
        const m = /^\s*([\w.-]+)\s*[=:]\s*(.*)$/.exec(l);
        if (m && !l.trim().startsWith('#')) out.push({ key: m[1], value: m[2].trim(), file: p, line: i + 1 });
      });
    } else {
      const stack: { indent: number; key: string }[] = [];
      lines.forEach((l, i) => {
        const m = /^(\s*)([\w.-]+):\s*(.*)$/.exec(l);
        if (!m || l.trim().startsWith('#')) return;
        const indent = m[1].length;
        while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
        stack.push({ indent, key: m[2] });
        if (m[3] && !m[3].startsWith('#')) out.push({ key: stack.map((s) => s.key).join('.'), value: m[3].trim(), file: p, line: i + 1 });
      });
    }
  }
  return out;
}

export function impliedVariables(
  files: RepoFiles,
  unitFiles: readonly string[],
  frameworks: readonly string[],
  datastores: readonly string[],
): ImpliedVariable[] {
  const out: ImpliedVariable[] = [];
  const sql = datastores.find((d) => SQL_STORES.has(d));
  if (frameworks.includes('rails')) {
    const creds = unitFiles.find((p) => /config\/credentials(\.yml)?\.enc$|config\/secrets\.yml$/.test(p));
    out.push({
      name: 'SECRET_KEY_BASE',
      carries: 'secret',
      required: true,
      evidence: creds ? [{ file: creds }] : [],
      reason: 'Rails signs sessions with secret_key_base; in production it comes from SECRET_KEY_BASE (or the master key)',
    });
    const dbYml = unitFiles.find((p) => /config\/database\.yml$/.test(p));
    if (sql && dbYml)
      out.push({
        name: 'DATABASE_URL',
        carries: 'database-url',
        required: true,
        target: sql,
        scheme: RAILS_SCHEME[sql],
        evidence: [{ file: dbYml }],
        reason: 'Rails merges DATABASE_URL into config/database.yml',
      });
  }
  if (frameworks.includes('spring-boot')) {
    const props = springProperties(files, unitFiles);
    const stores = new Set(datastores);
    for (const sp of SPRING_PROPERTIES) {
      const applies = sp.when === 'sql' ? !!sql : stores.has(sp.when);
      if (!applies) continue;
      const prop = props.find((p) => sp.key.test(p.key));
      // `${SPRING_DATASOURCE_URL:…}` / `${DB_URL}` placeholders are read as their own variables.
      if (prop && /\$\{/.test(prop.value)) continue;
      if (!prop && sp.when === 'sql' && sp.carries !== 'database-url') continue;
      out.push({
        name: sp.env,
        carries: sp.carries,
        required: true,
        target: sp.when === 'sql' ? sql : sp.when,
        scheme: sp.carries === 'database-url' && sql ? JDBC[sql] : undefined,
        evidence: prop
          ? [{ file: prop.file, line: prop.line, excerpt: `${prop.key}=${/password/i.test(prop.key) ? '…' : prop.value}`.slice(0, 160) }]
          : [],
        reason: `Spring Boot binds ${sp.env} to ${prop ? prop.key : 'spring.datasource.url'} (relaxed binding)`,
      });
    }
  }
  return out;
}
