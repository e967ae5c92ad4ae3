// The role of a compose service, Procfile entry or Kubernetes workload that Inframate does not
// build into a running service: judged from its name, image and command, first match wins.
import type { UnitRole } from '../types';

export interface RoleRule {
  role: UnitRole;
  /** Matched against the service / process / workload name. */
  name?: RegExp;
  /** Matched against the image (registry and tag kept). */
  image?: RegExp;
  /** Matched against the command. */
  command?: RegExp;
  reason: string;
}

export const ROLE_RULES: readonly RoleRule[] = [
  {
    role: 'test',
    name: /^(sut|tests?|e2e|integration[-_]?tests?|playwright|cypress|selenium|test[-_][\w-]+|[\w-]+[-_]tests?)$/i,
    reason: 'test runner (name)',
  },
  { role: 'test', image: /(^|\/)(cypress\/\w+|mcr\.microsoft\.com\/playwright|selenium\/[\w-]+)(:|$)/, reason: 'test runner (image)' },
  {
    role: 'test',
    command:
      /\b(pytest|py\.test|npm (run )?test|yarn test|go test|rspec|phpunit|playwright test|cypress run|mvn\b.*\btest\b|dotnet test|cargo test)\b/,
    reason: 'test runner (command)',
  },
  {
    role: 'load-generator',
    name: /^(load[-_]?gen(erator)?|loadtest|locust|k6|artillery|jmeter|vegeta|traffic[-_]?gen\w*)$/i,
    reason: 'load generator (name)',
  },
  {
    role: 'load-generator',
    image: /(^|\/)(locustio\/locust|grafana\/k6|loadimpact\/k6|artilleryio\/artillery|justb4\/jmeter)(:|$)/,
    reason: 'load generator (image)',
  },
  { role: 'load-generator', command: /\b(locust|k6 run|artillery run|jmeter)\b/, reason: 'load generator (command)' },
  {
    role: 'optional',
    name: /^(flower|celery[-_]?flower)$/i,
    image: /(^|\/)mher\/flower(:|$)/,
    command: /\bflower\b/,
    reason: 'monitoring dashboard (Celery Flower): not needed to serve; deploy it behind authentication if wanted',
  },
  {
    role: 'dev-tool',
    name: /(^|[-_])emulators?$/i,
    image: /emulators?(:|$)|(^|\/)(gcr\.io\/google\.com\/cloudsdktool\/[\w-]+|mtlynch\/firestore-emulator[\w-]*)(:|$)/,
    reason: 'local emulator of a cloud service',
  },
  {
    role: 'dev-tool',
    image:
      /(^|\/)(adminer|dpage\/pgadmin4|phpmyadmin(\/phpmyadmin)?|mailhog\/mailhog|axllent\/mailpit|maildev\/maildev|schickling\/mailcatcher|localstack\/localstack|rediscommander\/redis-commander|mongo-express|provectuslabs\/kafka-ui|portainer\/portainer(-ce)?|swaggerapi\/swagger-ui|amir20\/dozzle|minio\/minio|mcr\.microsoft\.com\/azure-storage\/azurite|amazon\/dynamodb-local|stripe\/stripe-cli|ngrok\/ngrok|soketi|quay\.io\/soketi)(:|$)/,
    reason: 'development tool (image)',
  },
  {
    role: 'dev-tool',
    name: /^(adminer|pgadmin|phpmyadmin|mailhog|mailpit|maildev|mailcatcher|mail|smtp|localstack|redis-?commander|mongo-?express|kafka-?ui|portainer|swagger(-ui)?|dozzle|minio|azurite|ngrok|stripe(-cli)?|docs|storybook|devcontainer|dev|watch|webpack|vite|tailwind|assets|js|css)$/i,
    reason: 'development tool (name)',
  },
  {
    role: 'dev-tool',
    command: /\b(--reload\b|nodemon|npm run dev|yarn dev|pnpm dev|watch|webpack --watch|vite\b(?! build)|bin\/dev|tailwindcss .*--watch)\b/,
    reason: 'development server (command)',
  },
  {
    role: 'dev-tool',
    name: /^(c4|docs?|tools?|hack|devtools?|generator|codegen|openapi[-_]?gen\w*)$/i,
    reason: 'development tooling (name)',
  },
  { role: 'seed', name: /^(seed|seeder|seeds|fixtures|db[-_]?seed|populate|loaddata)$/i, reason: 'data seeding (name)' },
  { role: 'seed', command: /\b(db:seed|loaddata|seed(er)?\b|populate_db|prisma db seed)\b/, reason: 'data seeding (command)' },
  {
    role: 'one-off',
    command:
      /\b(migrate|db:migrate|db:prepare|alembic upgrade|prestart|collectstatic|prisma migrate|migration:run|flyway|liquibase|diesel migration|sqlx migrate|knex migrate|sequelize db:migrate|ef database update)\b/,
    reason: 'runs to completion (command)',
  },
  {
    role: 'one-off',
    name: /^(migrate|migrations?|migrator|prestart|db[-_]?migrate|init|setup|createbuckets|bootstrap)$/i,
    reason: 'runs to completion (name)',
  },
  {
    role: 'optional',
    image:
      /(^|\/)(grafana\/[\w-]+|prom\/[\w-]+|openzipkin\/zipkin|jaegertracing\/[\w-]+|otel\/opentelemetry-collector[\w-]*|docker\.elastic\.co\/(kibana|logstash|beats)\/\w+|kibana|fluent\/fluentd|datadog\/agent|cadvisor|gcr\.io\/cadvisor\/cadvisor)(:|$)/,
    reason: 'observability tooling: CloudWatch / managed services take its place',
  },
  {
    role: 'optional',
    image:
      /(^|\/)(nginx|traefik|haproxy|caddy|envoyproxy\/envoy|nginxinc\/nginx-unprivileged|jwilder\/nginx-proxy|nginxproxy\/[\w-]+)(:|$)/,
    reason: 'reverse proxy: the load balancer takes its place',
  },
  {
    role: 'optional',
    name: /^(nginx|proxy|traefik|caddy|haproxy|reverse[-_]?proxy|certbot|letsencrypt)$/i,
    reason: 'reverse proxy: the load balancer takes its place',
  },
  {
    role: 'worker',
    command:
      /\bcelery\b.*\b(worker|beat)\b|\b(rq|rqworker|dramatiq|arq|huey_consumer|sidekiq|good_job|solid_queue|resque|delayed_job)\b|\b(queue:work|queue:listen|horizon|schedule:work)\b|\bjobs:work\b/,
    reason: 'background worker (command)',
  },
  {
    role: 'worker',
    name: /^(worker|workers|celery|celery[-_]?(worker|beat)|beat|scheduler|sidekiq|queue|jobs|cron|consumer)$/i,
    reason: 'background worker (name)',
  },
];

/** Procfile process types with a fixed meaning (Heroku). */
export const PROCFILE_ROLES: Readonly<Record<string, { role: UnitRole; reason: string }>> = {
  web: { role: 'web', reason: 'Procfile web process' },
  release: { role: 'one-off', reason: 'Procfile release phase (runs before each deploy)' },
};
