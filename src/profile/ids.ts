// The canonical ids of contracts §4 plus the few this detector adds (documented in docs/profile.md).
// Every id the profiler or the inframate.md reader emits comes from these lists.
export const LANGUAGE_IDS = [
  'javascript',
  'typescript',
  'vue',
  'svelte',
  'astro',
  'python',
  'ruby',
  'java',
  'kotlin',
  'scala',
  'groovy',
  'go',
  'php',
  'csharp',
  'fsharp',
  'rust',
  'elixir',
  'swift',
  'dart',
  'c',
  'cpp',
  'html',
  'css',
  'hcl',
  'shell',
] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

export const FRAMEWORK_IDS = [
  'express',
  'fastify',
  'koa',
  'hapi',
  'nestjs',
  'nextjs',
  'nuxt',
  'react',
  'vue',
  'angular',
  'svelte',
  'sveltekit',
  'remix',
  'astro',
  'gatsby',
  'vite',
  'create-react-app',
  'django',
  'flask',
  'fastapi',
  'rails',
  'sinatra',
  'laravel',
  'symfony',
  'spring-boot',
  'quarkus',
  'micronaut',
  'ktor',
  'gin',
  'echo',
  'fiber',
  'chi',
  'gorilla-mux',
  'net-http',
  'aspnetcore',
  'actix-web',
  'axum',
  'rocket',
  'hugo',
  'jekyll',
] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export const DATASTORE_IDS = [
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'redis',
  'dynamodb',
  'sqlite',
  'sqlserver',
  'elasticsearch',
  'opensearch',
  'rabbitmq',
  'kafka',
  'memcached',
  'cassandra',
  'h2',
] as const;
export type DatastoreId = (typeof DATASTORE_IDS)[number];

/** Queues and streams: rabbitmq and kafka are also datastores (contracts §4). */
export const MESSAGING_IDS = ['sqs', 'sns', 'rabbitmq', 'kafka', 'kinesis', 'eventbridge', 'nats'] as const;
export type MessagingId = (typeof MESSAGING_IDS)[number];

export const PACKAGE_MANAGER_IDS = [
  'npm',
  'yarn',
  'pnpm',
  'bun',
  'pip',
  'pipenv',
  'poetry',
  'uv',
  'pdm',
  'bundler',
  'composer',
  'maven',
  'gradle',
  'go',
  'nuget',
  'cargo',
] as const;
export type PackageManagerId = (typeof PACKAGE_MANAGER_IDS)[number];

/** Compute preferences an inframate.md may state. */
export const COMPUTE_IDS = ['ecs-fargate', 'lambda', 'static-site', 'app-runner', 'ec2', 'eks', 'elastic-beanstalk'] as const;
export type ComputeId = (typeof COMPUTE_IDS)[number];
