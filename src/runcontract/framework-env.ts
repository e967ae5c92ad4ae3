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
    const dbYml = unitFiles.find((p) => /config\/database[\w.-]*\.yml$/.test(p));
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
      // The application configures its own data source (datasource.atsea.url): Spring's is unused.
      if (!prop && props.some((p) => /(^|\.)url$/.test(p.key) && /^jdbc:/.test(p.value))) continue;
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
  if (frameworks.includes('quarkus') && sql) {
    // Quarkus: dev services start a database in development only; in production the data source comes
    // from quarkus.datasource.* (env QUARKUS_DATASOURCE_*), unless application.properties sets it.
    const props = springProperties(files, unitFiles);
    const build = unitFiles
      .filter((p) => /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/.test(p))
      .map((p) => files.read(p) ?? '')
      .join('\n');
    const reactive = /quarkus-reactive-\w+-client/.test(build);
    const jdbc = /quarkus-jdbc-/.test(build);
    const vars: { key: string; env: string; carries: EnvCarries; scheme?: string }[] = [
      ...(jdbc || !reactive
        ? [
            {
              key: 'quarkus.datasource.jdbc.url',
              env: 'QUARKUS_DATASOURCE_JDBC_URL',
              carries: 'database-url' as EnvCarries,
              scheme: JDBC[sql],
            },
          ]
        : []),
      ...(reactive
        ? [
            {
              key: 'quarkus.datasource.reactive.url',
              env: 'QUARKUS_DATASOURCE_REACTIVE_URL',
              carries: 'database-url' as EnvCarries,
              scheme: sql,
            },
          ]
        : []),
      { key: 'quarkus.datasource.username', env: 'QUARKUS_DATASOURCE_USERNAME', carries: 'database-user' },
      { key: 'quarkus.datasource.password', env: 'QUARKUS_DATASOURCE_PASSWORD', carries: 'database-password' },
    ];
    for (const v of vars) {
      const prop = props.find((p) => p.key === v.key || p.key === `%prod.${v.key}`);
      if (prop && /\$\{/.test(prop.value)) continue;
      out.push({
        name: v.env,
        carries: v.carries,
        required: true,
        target: sql,
        ...(v.scheme ? { scheme: v.scheme } : {}),
        evidence: prop ? [{ file: prop.file, line: prop.line }] : [],
        reason: `Quarkus binds ${v.env} to ${v.key}; dev services do not run in production`,
      });
    }
  }
  if (frameworks.includes('spring-boot')) {
    // A signing key written into application.properties: production overrides it (jwt.secret → JWT_SECRET).
    for (const p of springProperties(files, unitFiles)) {
      if (!/(^|\.)(secret|secret-key|secretKey|signing-key|signingKey)$/.test(p.key) || /\$\{/.test(p.value) || /^spring\./.test(p.key))
        continue;
      const name = p.key
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .replace(/[.-]/g, '_')
        .toUpperCase();
      if (!out.some((o) => o.name === name))
        out.push({
          name,
          carries: 'secret',
          required: true,
          evidence: [{ file: p.file, line: p.line, excerpt: `${p.key}=…` }],
          reason: `Spring Boot binds ${name} to ${p.key}, written in the repository`,
        });
    }
  }
  return out;
}

/** Libraries that read their own variables: next-auth, TypeORM 0.2 without an ormconfig file. */
export function libraryVariables(files: RepoFiles, unitFiles: readonly string[], unitPath: string): ImpliedVariable[] {
  const out: ImpliedVariable[] = [];
  const pkg = unitFiles.find((p) => p === (unitPath === '.' ? 'package.json' : `${unitPath}/package.json`));
  const deps = pkg ? (files.read(pkg) ?? '') : '';
  if (/"next-auth"\s*:/.test(deps)) {
    const ev = pkg ? [{ file: pkg }] : [];
    out.push({
      name: 'NEXTAUTH_URL',
      carries: 'public-url',
      required: true,
      evidence: ev,
      reason: 'next-auth reads NEXTAUTH_URL (its canonical URL) in production',
    });
    out.push({
      name: 'NEXTAUTH_SECRET',
      carries: 'secret',
      required: true,
      evidence: ev,
      reason: 'next-auth signs sessions with NEXTAUTH_SECRET in production',
    });
  }
  // TypeORM 0.2: forRoot() / createConnection() without options reads ormconfig.* or TYPEORM_* variables.
  if (/"typeorm"\s*:\s*"[\^~]?0\./.test(deps)) {
    const committed = unitFiles.some((p) => /(^|\/)ormconfig\.(json|js|ts|ya?ml|xml|env)$/.test(p));
    const bare = unitFiles.find(
      (p) => /\.(ts|js)$/.test(p) && /TypeOrmModule\.forRoot\(\s*\)|createConnection\(\s*\)/.test(files.read(p) ?? ''),
    );
    if (!committed && bare) {
      const names: [string, ImpliedVariable['carries']][] = [
        ['TYPEORM_CONNECTION', 'config'],
        ['TYPEORM_HOST', 'database-host'],
        ['TYPEORM_PORT', 'database-port'],
        ['TYPEORM_USERNAME', 'database-user'],
        ['TYPEORM_PASSWORD', 'database-password'],
        ['TYPEORM_DATABASE', 'database-name'],
        ['TYPEORM_ENTITIES', 'config'],
      ];
      for (const [name, carries] of names)
        out.push({
          name,
          carries,
          required: name !== 'TYPEORM_PORT',
          evidence: [{ file: bare }],
          reason: 'TypeORM 0.2 reads TYPEORM_* when no ormconfig file is committed',
        });
    }
  }
  return out;
}

/**
 * Layered configuration files overridden by prefixed variables (Rust `config` crate:
 * `Environment::with_prefix("APP").prefix_separator("_").separator("__")`): every leaf of the
 * configuration file whose value cannot work on AWS (localhost, a placeholder secret) or that
 * carries a connection or a secret must be set as APP_SECTION__KEY.
 */
export function layeredConfigVariables(files: RepoFiles, unitFiles: readonly string[]): ImpliedVariable[] {
  const src = unitFiles.find((p) => p.endsWith('.rs') && /Environment::with_prefix\(\s*"\w+"\s*\)/.test(files.read(p) ?? ''));
  if (!src) return [];
  const text = files.read(src) ?? '';
  const prefix = /with_prefix\(\s*"(\w+)"\s*\)/.exec(text)![1];
  const prefixSep = /prefix_separator\(\s*"([^"]*)"\s*\)/.exec(text)?.[1] ?? '_';
  const sep = /\.separator\(\s*"([^"]*)"\s*\)/.exec(text)?.[1] ?? '_';
  const confFiles = unitFiles.filter((p) =>
    /(^|\/)configuration\/(base|production|prod)\.ya?ml$|(^|\/)config\/(base|default|production|prod)\.(ya?ml|toml)$/.test(p),
  );
  const leaves = new Map<string, { value: string; file: string; line: number }>();
  for (const f of confFiles.sort((a, b) => Number(/prod/.test(a)) - Number(/prod/.test(b)))) {
    const stack: { indent: number; key: string }[] = [];
    files.lines(f).forEach((l, i) => {
      const m = /^(\s*)([\w-]+):\s*(.*?)\s*$/.exec(l);
      if (!m || l.trim().startsWith('#')) return;
      const indent = m[1].length;
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
      stack.push({ indent, key: m[2] });
      if (m[3] !== '') leaves.set(stack.map((s) => s.key).join('.'), { value: m[3].replace(/^["']|["']$/g, ''), file: f, line: i + 1 });
    });
  }
  const out: ImpliedVariable[] = [];
  for (const [key, v] of leaves) {
    const name = `${prefix}${prefixSep}${key.split('.').join(sep)}`.toUpperCase();
    const leaf = key.split('.').pop()!.toUpperCase();
    const carries: ImpliedVariable['carries'] =
      /(^|_)(HOST)$/.test(leaf) && /database|db/i.test(key)
        ? 'database-host'
        : /USERNAME|USER$/.test(leaf) && /database|db/i.test(key)
          ? 'database-user'
          : /PASSWORD/.test(leaf)
            ? 'database-password'
            : /DATABASE_NAME|DB_NAME/.test(leaf)
              ? 'database-name'
              : /REDIS/.test(leaf)
                ? 'cache-url'
                : /SECRET|TOKEN|KEY$/.test(leaf)
                  ? 'secret'
                  : /BASE_URL/.test(leaf) && /application|app/i.test(key)
                    ? 'public-url'
                    : 'config';
    const unusable = /localhost|127\.0\.0\.1|secret|token|password/i.test(v.value);
    const required = carries !== 'config' && (unusable || carries.startsWith('database-') || carries === 'secret');
    if (!required) continue;
    out.push({
      name,
      carries,
      required,
      target: carries === 'cache-url' ? 'redis' : undefined,
      evidence: [
        {
          file: v.file,
          line: v.line,
          excerpt: `${key}: ${carries === 'secret' || carries === 'database-password' ? '…' : v.value}`.slice(0, 160),
        },
      ],
      reason: `${src} overrides ${key} from ${name}`,
    });
  }
  return out;
}
