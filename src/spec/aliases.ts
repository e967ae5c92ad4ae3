// What people write in inframate.md ("Postgres 15", "Node.js/Express", "ASP.NET Core") mapped to
// canonical ids. Keys are compacted: lowercase, versions and punctuation removed (see compact()).
import { COMPUTE_IDS, DATASTORE_IDS, FRAMEWORK_IDS, LANGUAGE_IDS } from '../profile/ids';

export type TermKind = 'language' | 'framework' | 'datastore' | 'compute';
export interface Term {
  kind: TermKind;
  id: string;
}

const ALIASES: Record<TermKind, Record<string, string[]>> = {
  language: {
    javascript: ['js', 'node', 'nodejs', 'ecmascript', 'esm'],
    typescript: ['ts'],
    python: ['py', 'python3', 'cpython'],
    ruby: ['rb'],
    java: ['jvm', 'openjdk', 'jdk'],
    kotlin: ['kt'],
    go: ['golang'],
    php: [],
    csharp: ['c#', 'cs', 'dotnet', 'net', 'netcore'],
    fsharp: ['f#'],
    rust: ['rs'],
    html: ['html5'],
    css: ['scss', 'sass', 'less', 'css3'],
    hcl: ['terraform', 'tf'],
    shell: ['bash', 'sh', 'zsh'],
    cpp: ['c++'],
  },
  framework: {
    express: ['expressjs', 'nodeexpress', 'nodejsexpress'],
    fastify: [],
    koa: ['koajs'],
    hapi: ['hapijs'],
    nestjs: ['nest'],
    nextjs: ['next'],
    nuxt: ['nuxtjs'],
    react: ['reactjs'],
    vue: ['vuejs'],
    angular: ['angularjs'],
    svelte: [],
    sveltekit: ['sveltekit'],
    remix: ['remixrun'],
    astro: [],
    gatsby: ['gatsbyjs'],
    vite: ['vitejs'],
    'create-react-app': ['cra', 'reactscripts', 'createreactapp'],
    django: ['djangorestframework', 'drf'],
    flask: [],
    fastapi: [],
    rails: ['rubyonrails', 'ror'],
    sinatra: [],
    laravel: [],
    symfony: [],
    'spring-boot': ['springboot', 'spring'],
    quarkus: [],
    micronaut: [],
    gin: ['gingonic'],
    echo: ['labstackecho'],
    fiber: ['gofiber'],
    chi: ['gochi'],
    'gorilla-mux': ['gorilla', 'gorillamux', 'mux'],
    'net-http': ['nethttp', 'stdlib'],
    aspnetcore: ['aspnet', 'aspnetcore', 'aspnetmvc', 'webapi', 'aspnetwebapi'],
    'actix-web': ['actix', 'actixweb'],
    axum: [],
    rocket: [],
    hugo: [],
    jekyll: ['githubpages'],
  },
  datastore: {
    postgresql: ['postgres', 'pg', 'psql', 'pgsql', 'rdspostgres', 'rdspostgresql', 'aurorapostgres', 'aurorapostgresql', 'postgis'],
    mysql: ['rdsmysql', 'auroramysql', 'aurora'],
    mariadb: ['maria'],
    mongodb: ['mongo', 'documentdb', 'docdb', 'atlas', 'mongodbatlas'],
    redis: ['elasticache', 'elasticacheredis', 'valkey', 'keydb'],
    dynamodb: ['dynamo', 'ddb', 'awsdynamodb'],
    sqlite: ['sqlite3'],
    sqlserver: ['mssql', 'microsoftsqlserver', 'sql server', 'azuresql'],
    elasticsearch: ['elastic', 'es'],
    opensearch: ['amazonopensearch', 'awsopensearch'],
    rabbitmq: ['rabbit', 'amqp', 'amazonmq'],
    kafka: ['apachekafka', 'msk', 'amazonmsk'],
    memcached: ['memcache', 'elasticachememcached'],
    cassandra: ['keyspaces', 'scylla', 'scylladb'],
    h2: [],
  },
  compute: {
    'ecs-fargate': ['ecs', 'fargate', 'ecsfargate', 'container', 'containers', 'docker'],
    lambda: ['awslambda', 'serverless', 'functions'],
    'static-site': ['static', 's3', 's3cloudfront', 'cloudfront', 'staticsite', 'statichosting'],
    'app-runner': ['apprunner'],
    ec2: ['vm', 'vms', 'instance', 'instances'],
    eks: ['kubernetes', 'k8s'],
    'elastic-beanstalk': ['beanstalk', 'elasticbeanstalk', 'eb'],
  },
};

// Frameworks first: "Vue" or "Svelte" written alone means the framework (they are also languages).
const IDS: Record<TermKind, readonly string[]> = {
  framework: FRAMEWORK_IDS,
  datastore: DATASTORE_IDS,
  compute: COMPUTE_IDS,
  language: LANGUAGE_IDS,
};

/** "Postgres 15" → "postgres", "Node.js" → "nodejs", "ASP.NET Core 8" → "aspnetcore", "C#" → "c#". */
export function compact(term: string): string {
  return term
    .toLowerCase()
    .replace(/\bv?\d+(\.\d+)*(\.x)?\b/g, '')
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9+#]/g, '');
}

const INDEX = new Map<string, Term>();
for (const kind of Object.keys(IDS) as TermKind[]) {
  for (const id of IDS[kind]) {
    // First registration wins so "c#" stays a language even if another table mentions it.
    if (!INDEX.has(compact(id))) INDEX.set(compact(id), { kind, id });
    for (const alias of ALIASES[kind][id] ?? []) if (!INDEX.has(compact(alias))) INDEX.set(compact(alias), { kind, id });
  }
}

/** Resolve one term ("Postgres 15") to its canonical id, or undefined when unknown. */
export function resolveTerm(term: string, prefer?: TermKind): Term | undefined {
  const key = compact(term);
  if (!key) return undefined;
  if (prefer) {
    const ids = IDS[prefer];
    const direct = ids.find((id) => compact(id) === key);
    if (direct) return { kind: prefer, id: direct };
    const alias = Object.entries(ALIASES[prefer]).find(([, list]) => list.some((a) => compact(a) === key));
    if (alias) return { kind: prefer, id: alias[0] };
  }
  return INDEX.get(key);
}

/**
 * Split a free-text value into terms and resolve each: "Node.js/Express + PostgreSQL 15" →
 * [javascript, express, postgresql]. Unknown pieces come back in `unknown`.
 */
export function resolveTerms(text: string, prefer?: TermKind): { terms: Term[]; unknown: string[] } {
  const terms: Term[] = [];
  const unknown: string[] = [];
  const pieces = text
    .split(/\s*(?:[,;/|+&]|\band\b|\bwith\b|\bon\b|\busing\b|\bplus\b)\s*/i)
    .map((p) => p.replace(/[*_`]/g, '').trim())
    .filter(Boolean);
  for (const piece of pieces) {
    const whole = resolveTerm(piece, prefer);
    if (whole) {
      terms.push(whole);
      continue;
    }
    // "Express framework", "Redis cache": try each word on its own.
    const words = piece
      .split(/\s+/)
      .map((w) => resolveTerm(w, prefer))
      .filter((t): t is Term => t !== undefined);
    if (words.length) terms.push(...words);
    else unknown.push(piece);
  }
  const seen = new Set<string>();
  return { terms: terms.filter((t) => (seen.has(`${t.kind}:${t.id}`) ? false : (seen.add(`${t.kind}:${t.id}`), true))), unknown };
}
