// One-off commands found from the files a tool leaves in a repository: a migrations folder next to
// its configuration, a package script, a Procfile release phase. Kept as data; the paths are
// relative to the unit's folder.
import type { OneOffCommand } from '../types';

export interface OneOffRule {
  tool: string;
  kind: OneOffCommand['kind'];
  when: OneOffCommand['when'];
  command: string;
  /** All of these must exist (a path, or a regex tested against every file path of the unit). */
  requires: (string | RegExp)[];
  /** Framework the unit must use (profile frameworks), when the files alone do not say. */
  framework?: string;
  /** Text that must appear in one of the unit's files (e.g. STATIC_ROOT for collectstatic). */
  contains?: RegExp;
  /** The application runs it by itself at start-up when this appears in its code: no one-off needed. */
  selfRunning?: RegExp;
  /** The image build runs it when its Dockerfile matches this: no one-off needed. */
  builtBy?: RegExp;
  /** The container's start command runs it (through package scripts and the scripts they run) when this appears there: no one-off needed. */
  startRuns?: RegExp;
}

export const ONE_OFF_RULES: readonly OneOffRule[] = [
  {
    tool: 'ecto',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'mix ecto.migrate',
    requires: [/(^|\/)mix\.exs$/, /(^|\/)priv\/repo\/migrations\/[^/]+\.exs$/],
    selfRunning: /Ecto\.Migrator\.run/,
  },
  {
    tool: 'flask-migrate',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'flask db upgrade',
    requires: [/(^|\/)migrations\/alembic\.ini$/],
    contains: /flask_migrate/,
  },
  {
    tool: 'alembic',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'alembic upgrade head',
    requires: [/(^|\/)alembic\.ini$/],
    selfRunning: /command\.upgrade\(/,
  },
  {
    tool: 'django',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'python manage.py migrate --noinput',
    requires: [/(^|\/)manage\.py$/],
    framework: 'django',
    // Its own migrations, or Django's contrib apps (auth, admin, sessions), which have theirs.
    contains: /django\.contrib\.(auth|admin|sessions|contenttypes)|\/migrations\/\d{4}_/,
  },
  {
    tool: 'django',
    kind: 'collectstatic',
    when: 'every-deploy',
    command: 'python manage.py collectstatic --noinput',
    requires: [/(^|\/)manage\.py$/],
    framework: 'django',
    contains: /^\s*STATIC_ROOT\s*=/m,
    builtBy: /collectstatic/,
  },
  {
    tool: 'rails',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'bundle exec rails db:migrate',
    requires: [/(^|\/)db\/migrate\/\d+_\w+\.rb$/],
    framework: 'rails',
  },
  {
    tool: 'prisma',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'npx prisma migrate deploy',
    requires: [/(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/],
    startRuns: /prisma\s+migrate\s+deploy/,
  },
  {
    tool: 'prisma',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'npx prisma db push --skip-generate',
    requires: [/(^|\/)schema\.prisma$/],
    startRuns: /prisma\s+(migrate\s+deploy|db\s+push)/,
  },
  {
    tool: 'diesel',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'diesel migration run',
    requires: [/(^|\/)diesel\.toml$/],
    selfRunning: /embed_migrations!|run_pending_migrations/,
  },
  {
    tool: 'sqlx',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'sqlx migrate run',
    requires: [/(^|\/)migrations\/\d+_[\w-]+\.sql$/],
    contains: /\bsqlx\b/,
    selfRunning: /sqlx::migrate!/,
  },
  {
    tool: 'artisan',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'php artisan migrate --force',
    requires: [/(^|\/)artisan$/, /(^|\/)database\/migrations\/\w+\.php$/],
  },
  {
    tool: 'ef',
    kind: 'migrate',
    when: 'every-deploy',
    command: 'dotnet ef database update',
    requires: [/Migrations\/\w*ModelSnapshot\.cs$/],
    selfRunning: /\.Database\.Migrate(Async)?\(/,
  },
  { tool: 'goose', kind: 'migrate', when: 'every-deploy', command: 'goose up', requires: [/\.sql$/], contains: /-- \+goose Up/ },
  {
    tool: 'rails',
    kind: 'seed',
    when: 'once',
    command: 'bundle exec rails db:seed',
    requires: [/(^|\/)db\/seeds\.rb$/],
    framework: 'rails',
  },
];

/** package.json scripts that migrate: the first present name wins. */
export const PACKAGE_MIGRATE_SCRIPTS = [
  'migrate:deploy',
  'db:migrate',
  'migrate',
  'migration:run',
  'typeorm:migrate',
  'migrate:latest',
  'prisma:migrate',
];
