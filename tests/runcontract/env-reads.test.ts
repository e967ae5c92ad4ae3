// Environment reads per ecosystem: each idiom's name, default and strictness, with a read that must
// not be taken for one (comments, other functions). What a name carries and when it is required.
import { describe, expect, it } from 'vitest';
import { readsOfFile } from '../../src/runcontract/env-reads';
import { classifyVariable, isRequired } from '../../src/runcontract/carries';

const reads = (file: string, text: string) =>
  readsOfFile(file, text.split('\n')).map((r) => ({ name: r.name, hasDefault: r.hasDefault, strict: r.strict, line: r.evidence.line }));

describe('environment reads', () => {
  it.each([
    ['settings.py', 'SECRET_KEY = os.environ["SECRET_KEY"]', { name: 'SECRET_KEY', hasDefault: false, strict: true }],
    ['settings.py', 'DEBUG = os.environ.get("DEBUG_X", "0")', { name: 'DEBUG_X', hasDefault: true, strict: false }],
    ['settings.py', 'DB = env.db("DATABASE_URL", default="sqlite:///x")', { name: 'DATABASE_URL', hasDefault: true, strict: false }],
    ['config.js', 'const url = process.env.MONGODB_URL || "mongodb://localhost"', { name: 'MONGODB_URL', hasDefault: true, strict: false }],
    ['config.ts', "const k = process.env['API_KEY'];", { name: 'API_KEY', hasDefault: false, strict: false }],
    ['schema.prisma', '  url = env("DATABASE_URL")', { name: 'DATABASE_URL', hasDefault: false, strict: true }],
    ['main.go', 'addr := os.Getenv("REDIS_ADDR")', { name: 'REDIS_ADDR', hasDefault: false, strict: false }],
    ['main.go', 'mustMapEnv(&svc.cartSvcAddr, "CART_SERVICE_ADDR")', { name: 'CART_SERVICE_ADDR', hasDefault: false, strict: true }],
    ['config/puma.rb', 'threads ENV.fetch("THREADS_X") { 5 }', { name: 'THREADS_X', hasDefault: true, strict: false }],
    ['config/initializers/x.rb', 'key = ENV.fetch("DEVISE_SECRET_KEY")', { name: 'DEVISE_SECRET_KEY', hasDefault: false, strict: true }],
    ['config/database.php', "'host' => env('DB_HOST', '127.0.0.1'),", { name: 'DB_HOST', hasDefault: true, strict: false }],
    ['src/main.rs', 'let u = std::env::var("DATABASE_URL").expect("set it");', { name: 'DATABASE_URL', hasDefault: false, strict: true }],
    [
      'Startup.cs',
      'var c = Configuration.GetConnectionString("Shop");',
      { name: 'ConnectionStrings__Shop', hasDefault: false, strict: false },
    ],
    ['Startup.cs', 'var r = Configuration["Redis:Host"];', { name: 'Redis__Host', hasDefault: false, strict: false }],
    ['application.properties', 'spring.datasource.url=${JDBC_URL:jdbc:h2:mem:x}', { name: 'JDBC_URL', hasDefault: true, strict: false }],
    ['application.yml', '  password: ${DB_PASSWORD}', { name: 'DB_PASSWORD', hasDefault: false, strict: true }],
  ])('%s: %s', (file, text, want) => {
    expect(reads(file, text)).toEqual([{ ...want, line: 1 }]);
  });

  it('pydantic settings: prefixed, uppercased fields; a value is a default; properties are not fields', () => {
    const text = [
      'class Settings(BaseSettings):',
      '    model_config = SettingsConfigDict(env_prefix="APP_")',
      '    database_url: PostgresDsn',
      '    debug: bool = False',
      '    token: str = Field(..., alias="API_TOKEN")',
      '',
      '    @property',
      '    def dsn(self) -> str:',
      '        return str(self.database_url)',
    ].join('\n');
    expect(reads('core/config.py', text).map((r) => [r.name, r.hasDefault, r.strict])).toEqual([
      ['APP_DATABASE_URL', false, true],
      ['APP_DEBUG', true, false],
      ['API_TOKEN', false, true],
    ]);
  });

  it('Joi schema: required keys are strict, defaulted keys are not; destructuring keeps its defaults', () => {
    const joi =
      'const schema = Joi.object().keys({\n  JWT_SECRET: Joi.string().required(),\n  PORT: Joi.number().default(3000),\n});\nschema.validate(process.env);';
    expect(
      reads('config/config.js', joi)
        .filter((r) => r.name !== 'PORT')
        .map((r) => [r.name, r.strict]),
    ).toEqual([['JWT_SECRET', true]]);
    expect(reads('server.js', 'const { HOST_URL, TIMEOUT = 5 } = process.env;').map((r) => [r.name, r.hasDefault])).toEqual([
      ['HOST_URL', false],
      ['TIMEOUT', true],
    ]);
  });

  it('a strict read inside an if block is an optional path', () => {
    const text = 'if "SENTRY_X" in os.environ:\n    CONF = {\n        "dsn": os.environ["SENTRY_X"],\n    }';
    expect(reads('settings.py', text)).toEqual([{ name: 'SENTRY_X', hasDefault: false, strict: false, line: 3 }]);
  });

  it('ignores comments, runtime names and look-alikes', () => {
    expect(reads('settings.py', '# SECRET = os.environ["SECRET_KEY"]\nx = my_environ["NOPE"]')).toEqual([]);
    expect(reads('app.js', '// process.env.SECRET\nif (process.env.NODE_ENV === "production") {}')).toEqual([]);
  });

  it('never throws on arbitrary text (fuzz)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = 'os.environ[]"\'(){}:=,process.env ENV.fetch getenv class X(BaseSettings):\n    a: int = 1 Joi. z. ${A:b} \\`';
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 200 }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      for (const f of ['a.py', 'a.js', 'a.go', 'a.rb', 'a.php', 'a.rs', 'a.cs', 'application.yml'])
        expect(() => readsOfFile(f, text.split('\n'))).not.toThrow();
    }
  });
});

describe('what a variable carries and whether it is required', () => {
  it.each([
    ['DATABASE_URL', undefined, 'database-url'],
    ['SQL_HOST', undefined, 'database-host'],
    ['POSTGRES_SERVER', undefined, 'database-host'],
    ['SPRING_DATASOURCE_URL', undefined, 'database-url'],
    ['DB_CONNECTION', 'pgsql', 'config'],
    ['CELERY_BROKER_URL', undefined, 'broker-url'],
    ['REDIS_ADDR', undefined, 'cache-url'],
    ['CACHE', 'redis://cache:6379/0', 'cache-url'],
    ['MONGODB_URI', undefined, 'mongodb-url'],
    ['SECRET_KEY_BASE', undefined, 'secret'],
    ['DJANGO_ALLOWED_HOSTS', undefined, 'allowed-hosts'],
    ['LISTEN_ADDR', undefined, 'config'],
    ['WHATEVER', 'postgres://u:p@db:5432/app', 'database-url'],
  ])('%s (%s) carries %s', (name, value, carries) => expect(classifyVariable(name, value).carries).toBe(carries));

  it('names another unit by its address', () => {
    expect(classifyVariable('CART_SERVICE_ADDR', 'cartservice:7070', ['cartservice'])).toEqual({
      carries: 'service-address',
      target: 'cartservice',
    });
    expect(classifyVariable('BACKEND_IMAGE', 'backend', ['backend']).carries).toBe('config');
  });

  const req = (name: string, carries: Parameters<typeof isRequired>[0]['carries'], extra: Partial<Parameters<typeof isRequired>[0]> = {}) =>
    isRequired({ name, carries, hasDefault: false, strict: false, ...extra }, new Set(['postgresql', 'redis']), new Set(['cartservice']));
  it('requires connections, own secrets and deployed units’ addresses; not third-party keys or plain config', () => {
    expect(req('DB_HOST', 'database-host', { hasDefault: true, defaultText: "'127.0.0.1'" })).toBe(true);
    expect(req('SECRET_KEY', 'secret')).toBe(true);
    expect(req('SECRET_KEY', 'secret', { hasDefault: true, defaultText: "'change-me'" })).toBe(true);
    expect(req('STRIPE_API_KEY', 'secret')).toBe(false);
    expect(req('CART_SERVICE_ADDR', 'service-address', { target: 'cartservice' })).toBe(true);
    expect(req('COLLECTOR_ADDR', 'service-address')).toBe(false);
    expect(req('MONGO_URL', 'mongodb-url', { target: 'mongodb' })).toBe(false);
    expect(req('SQL_ENGINE', 'config', { hasDefault: true, defaultText: 'django.db.backends.sqlite3' })).toBe(true);
    expect(req('FEATURE_FLAG', 'config', { strict: true })).toBe(true);
    expect(req('PORT', 'port', { strict: true })).toBe(false);
  });
});

describe('Symfony configuration for other environments', () => {
  const yaml = [
    'framework:',
    "  secret: '%env(APP_SECRET)%'",
    'when@test:',
    '  framework:',
    "    dsn: '%env(TEST_DSN)%'",
    'when@prod:',
    '  framework:',
    "    dsn: '%env(PROD_DSN)%'",
    'doctrine:',
    "  url: '%env(DATABASE_URL)%'",
  ].join('\n');
  it('drops reads in when@dev / when@test blocks and dev|test folders, keeps the others', () => {
    expect(reads('config/packages/framework.yaml', yaml).map((r) => r.name)).toEqual(['APP_SECRET', 'PROD_DSN', 'DATABASE_URL']);
    expect(reads('config/packages/test/framework.yaml', yaml)).toEqual([]);
    // Outside config/packages and config/routes every read counts.
    expect(reads('config/services.yaml', yaml).map((r) => r.name)).toEqual(['APP_SECRET', 'TEST_DSN', 'PROD_DSN', 'DATABASE_URL']);
  });
});
