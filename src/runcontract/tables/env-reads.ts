// How each ecosystem reads an environment variable, as data: one pattern per idiom, the file
// extensions it applies to, and which capture group holds the name and the default. Multi-line
// idioms (pydantic settings classes, Joi / zod schemas, Spring relaxed binding) live in
// ../settings-*.ts; these are the one-line reads.

export interface EnvReadPattern {
  id: string;
  /** File extensions (without the dot) or exact base names the pattern applies to. */
  files: RegExp;
  pattern: RegExp;
  /** Capture group of the variable name. */
  name: number;
  /** Capture group whose presence means a default is given (0: never a default). */
  default: number;
  /** The read always has a default (e.g. LookupEnv with a fallback, `?? 'x'` after the read). */
  alwaysDefault?: boolean;
  /** Without a default, the read fails at start-up (KeyError, ImproperlyConfigured, a failed placeholder) rather than giving null. */
  strict?: boolean;
  /** Capture group whose presence makes the read strict (mustMapEnv, requireEnv). */
  strictGroup?: number;
  /** Transform the captured name into the environment variable's name (.NET `:` → `__`). */
  envName?: (captured: string) => string;
}

const PY = /\.py$/;
const JS = /\.(js|mjs|cjs|ts|mts|cts|jsx|tsx)$/;
const GO = /\.go$/;
const RB = /\.(rb|erb|yml|yaml|ru)$|(^|\/)(Rakefile|Gemfile)$/;
const PHP = /\.php$/;
const RS = /\.rs$/;
const CS = /\.cs$/;
const JVM = /\.(java|kt|kts|groovy|scala)$/;
const EX = /\.(ex|exs)$/;
/** Symfony configuration (config/packages/*.yaml, services.yaml, *.php, *.xml). */
const SYMFONY_CONFIG = /(^|\/)config\/[\w/.-]*\.(ya?ml|xml|php)$/;

/** Marks a name that is a code constant still to resolve to its string value. */
export const CONSTANT_PREFIX = '@const:';

export const ENV_READS: readonly EnvReadPattern[] = [
  // Python
  {
    id: 'python-environ-index',
    files: PY,
    pattern: /os\.environ\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\]/g,
    name: 1,
    default: 0,
    strict: true,
  },
  {
    id: 'python-environ-get',
    files: PY,
    pattern: /(?:os\.environ\.get|os\.getenv|environ\.get|getenv)\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*(,\s*[^)\s][^)]*)?\)/g,
    name: 1,
    default: 2,
  },
  {
    id: 'python-environ-setdefault',
    files: PY,
    pattern: /os\.environ\.setdefault\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']/g,
    name: 1,
    default: 0,
    alwaysDefault: true,
  },
  // django-environ (env('X', default=…), env.bool('X')), python-decouple (config('X', default=…)).
  {
    id: 'python-environ-lib',
    files: PY,
    pattern:
      /\b(?:env(?:\.(?:str|bool|int|float|list|json|url|db|db_url|cache|cache_url|email_url|dict|tuple|path))?|config)\(\s*["']([A-Z][A-Z0-9_]*)["']\s*(,\s*(?:default\s*=|cast\s*=[^,)]*,\s*default\s*=)[^)]*)?/g,
    name: 1,
    default: 2,
    strict: true,
  },
  // Node
  {
    id: 'node-process-env',
    files: JS,
    pattern: /process\.env\.([A-Za-z_][A-Za-z0-9_]*)(\s*(?:\|\||\?\?)\s*[^\s;,)]|\s*\?\s*[^:]+:)?/g,
    name: 1,
    default: 2,
  },
  {
    id: 'node-process-env-index',
    files: JS,
    pattern: /process\.env\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]\s*\](\s*(?:\|\||\?\?)\s*[^\s;,)])?/g,
    name: 1,
    default: 2,
  },
  // Prisma schema: url = env("DATABASE_URL")
  { id: 'prisma-env', files: /\.prisma$/, pattern: /\benv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g, name: 1, default: 0, strict: true },
  // Go
  { id: 'go-getenv', files: GO, pattern: /os\.Getenv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g, name: 1, default: 0 },
  {
    id: 'go-lookupenv',
    files: GO,
    pattern: /os\.LookupEnv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g,
    name: 1,
    default: 0,
    alwaysDefault: true,
  },
  // Helpers named after the environment: mustMapEnv(&x, "CART_SERVICE_ADDR"), getEnv("PORT", "8080"), requireEnv("X").
  {
    id: 'go-env-helper',
    files: GO,
    pattern: /(?<![.\w])([Mm]ust\w*|[Rr]equire\w*)?\w*[Ee]nv\w*\([^()"]*"([A-Z][A-Z0-9_]+)"\s*(,\s*[^)]+)?\)/g,
    name: 2,
    default: 3,
    strictGroup: 1,
  },
  // envconfig / caarlos0/env struct tags: `envconfig:"PORT" default:"8080"`, `env:"PORT" envDefault:"8080"`
  {
    id: 'go-env-tag',
    files: GO,
    pattern: /`[^`]*\b(?:envconfig|env):"([A-Za-z_][A-Za-z0-9_]*)(?:,[^"]*)?"[^`]*?((?:default|envDefault):"[^"]*")?[^`]*`/g,
    name: 1,
    default: 2,
  },
  // Ruby: ENV["X"], ENV.fetch("X", default), ENV.fetch("X") { … }
  {
    id: 'ruby-env-index',
    files: RB,
    pattern: /ENV\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\](\s*(?:\|\||\|\|=)\s*\S)?/g,
    name: 1,
    default: 2,
  },
  {
    id: 'ruby-env-fetch',
    files: RB,
    pattern: /ENV\.fetch\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*(,\s*[^)]+|\)\s*\{)?/g,
    name: 1,
    default: 2,
    strict: true,
  },
  // PHP / Laravel: env('X', default), getenv('X'), $_ENV['X']
  { id: 'php-env', files: PHP, pattern: /\benv\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*(,\s*[^)\s][^)]*)?\)/g, name: 1, default: 2 },
  { id: 'php-getenv', files: PHP, pattern: /(?:getenv\(\s*|\$_ENV\[\s*|\$_SERVER\[\s*)["']([A-Z][A-Z0-9_]*)["']/g, name: 1, default: 0 },
  // Rust: std::env::var("X"), env::var("X").unwrap_or(…), dotenvy::var("X")
  {
    id: 'rust-env-var',
    files: RS,
    pattern:
      /\b(?:std::)?(?:env|dotenvy|dotenv)::var(?:_os)?\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)(\s*\.\s*(?:unwrap_or|unwrap_or_else|unwrap_or_default|ok\(\)|map_or|is_ok)\b)?/g,
    name: 1,
    default: 2,
    strict: true,
  },
  // .NET: Environment.GetEnvironmentVariable("X"), Configuration["A:B"], GetConnectionString("X")
  {
    id: 'dotnet-getenv',
    files: CS,
    pattern: /Environment\.GetEnvironmentVariable\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)(\s*\?\?)?/g,
    name: 1,
    default: 2,
  },
  {
    id: 'dotnet-connection-string',
    files: CS,
    pattern: /GetConnectionString\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)(\s*\?\?)?/g,
    name: 1,
    default: 2,
    envName: (n) => `ConnectionStrings__${n}`,
  },
  // GetConnectionString(Services.Database): a constant, resolved against `const string Database = "…"`
  // in the unit's code (CONSTANT_PREFIX; see resolveConstants in env-reads.ts).
  {
    id: 'dotnet-connection-string-constant',
    files: CS,
    pattern: /GetConnectionString\(\s*(?:[A-Z]\w*\.)*([A-Z]\w*)\s*\)(\s*\?\?)?/g,
    name: 1,
    default: 2,
    envName: (n) => `ConnectionStrings__${CONSTANT_PREFIX}${n}`,
  },
  {
    id: 'dotnet-configuration-index',
    files: CS,
    pattern: /\b(?:[Cc]onfiguration|config|_config|builder\.Configuration)\[\s*"([A-Za-z_][A-Za-z0-9_:]*)"\s*\](\s*\?\?)?/g,
    name: 1,
    default: 2,
    envName: (n) => n.replace(/:/g, '__'),
  },
  // JVM: System.getenv("X")
  { id: 'jvm-getenv', files: JVM, pattern: /System\.getenv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g, name: 1, default: 0 },
  // Spring placeholders in properties / yaml and @Value: ${VAR} / ${VAR:default}
  {
    id: 'spring-placeholder',
    files: /(^|\/)(application|bootstrap)[\w-]*\.(properties|ya?ml)$|\.(java|kt)$/,
    pattern: /\$\{([A-Z][A-Z0-9_]*)(:[^}]*)?\}/g,
    name: 1,
    default: 2,
    strict: true,
  },
  // Elixir: System.get_env("X") (nil when unset; `|| default` or a second argument gives a default),
  // System.fetch_env!("X") and Map.fetch!(System.get_env(), "X") raise at boot.
  {
    id: 'elixir-get-env',
    files: EX,
    pattern: /System\.get_env\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*(,\s*[^)\s][^)]*)?\)(?!\s*\|\|)/g,
    name: 1,
    default: 2,
  },
  {
    id: 'elixir-get-env-or',
    files: EX,
    pattern: /System\.get_env\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)\s*\|\|\s*(\S[^,\n]*)/g,
    name: 1,
    default: 2,
  },
  {
    id: 'elixir-fetch-env',
    files: EX,
    pattern: /(?:System\.fetch_env!\(\s*|Map\.fetch!\(\s*System\.get_env\(\)\s*,\s*)"([A-Za-z_][A-Za-z0-9_]*)"/g,
    name: 1,
    default: 0,
    strict: true,
  },
  // Symfony environment processors: %env(NAME)%, %env(resolve:NAME)%, %env(int:NAME)%; `default::NAME` or
  // `default:param:NAME` gives a default. Without one (and without a value in the committed .env) the
  // container fails at boot.
  {
    id: 'symfony-env',
    files: SYMFONY_CONFIG,
    pattern: /%env\(((?:default:[\w.]*:)?)(?:[a-z_]+:)*([A-Z][A-Z0-9_]*)\)%/g,
    name: 2,
    default: 1,
    strict: true,
  },
  // Compose-style / shell-style ${VAR:-default} in YAML settings of other frameworks (e.g. zero-config files).
];

/**
 * Names read by frameworks and tools themselves, never application settings worth wiring: the
 * process environment, locale, CI markers.
 */
export const IGNORED_NAMES =
  /^(NODE_ENV|PATH|HOME|USER|PWD|SHELL|TERM|LANG|LC_\w+|TZ|CI|DEBUG|HOSTNAME|TMPDIR|PYTHONPATH|VIRTUAL_ENV|GITHUB_\w+|RUNNER_\w+|npm_\w+|VERCEL\w*|NEXT_RUNTIME|NEXT_PHASE|JEST_WORKER_ID|VITEST\w*|FLASK_APP|FLASK_DEBUG|FLASK_ENV|DJANGO_SETTINGS_MODULE|RAILS_ENV|RACK_ENV|APP_ENV|ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT|GO_ENV|RUST_LOG|RUST_BACKTRACE|LOG_LEVEL|BUNDLE_\w+|RAILS_LOG_TO_STDOUT|RAILS_SERVE_STATIC_FILES|RAILS_MAX_THREADS|RAILS_MIN_THREADS|WEB_CONCURRENCY|PIDFILE|PORT_\w+|SKIP_ENV_VALIDATION|ANALYZE|npm_package_\w+)$/;
