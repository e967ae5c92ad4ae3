// Build and start commands per ecosystem / package manager / framework, as data. `{port}`,
// `{name}` and `{module}` are filled in from what the profiler found.

export interface CommandTemplate {
  build?: string;
  start?: string;
  /** Use this template only when the project depends on this server (gunicorn, uvicorn…). */
  requires?: string;
  /** A development server: the Dockerfile's own CMD, when there is one, is how the app really runs. */
  devServer?: boolean;
}

/** By package manager: how a Node / PHP project runs its own scripts. */
export const SCRIPT_RUNNERS: Readonly<Record<string, { run: string; start: string }>> = {
  npm: { run: 'npm run', start: 'npm start' },
  yarn: { run: 'yarn', start: 'yarn start' },
  pnpm: { run: 'pnpm run', start: 'pnpm start' },
  bun: { run: 'bun run', start: 'bun run start' },
};

/** Install / build step by package manager, when the project has no build script of its own. */
export const INSTALL_COMMANDS: Readonly<Record<string, string>> = {
  pip: 'pip install -r requirements.txt',
  poetry: 'poetry install --only main',
  uv: 'uv sync --frozen --no-dev',
  pdm: 'pdm install --prod',
  pipenv: 'pipenv install --deploy',
  bundler: 'bundle install',
  composer: 'composer install --no-dev --optimize-autoloader',
  maven: 'mvn -B package -DskipTests',
  'maven-wrapper': './mvnw -B package -DskipTests',
  gradle: 'gradle build -x test',
  'gradle-wrapper': './gradlew build -x test',
  go: 'go build -o bin/{name} {main}',
  nuget: 'dotnet publish -c Release -o out',
  cargo: 'cargo build --release',
};

/**
 * Build of one module of a multi-module Maven / Gradle build, run at the build root: Maven builds the
 * module and the modules it depends on (`-pl … -am`), Gradle's task path does the same by itself.
 */
export const MODULE_BUILD_COMMANDS: Readonly<Record<string, string>> = {
  maven: 'mvn -B -pl {modulePath} -am package -DskipTests',
  'maven-wrapper': './mvnw -B -pl {modulePath} -am package -DskipTests',
  gradle: 'gradle {gradleProject}:build -x test',
  'gradle-wrapper': './gradlew {gradleProject}:build -x test',
};

/** Start command by framework, when neither a start script nor a Procfile says otherwise. */
export const FRAMEWORK_COMMANDS: Readonly<Record<string, CommandTemplate | readonly CommandTemplate[]>> = {
  nextjs: { start: 'npx next start -p {port}' },
  nuxt: { start: 'node .output/server/index.mjs' },
  remix: { start: 'npx remix-serve build/index.js' },
  sveltekit: { start: 'node build' },
  nestjs: { start: 'node dist/main.js' },
  // The first template whose server the project depends on wins; the last one needs nothing extra.
  django: [
    { requires: 'gunicorn', start: 'gunicorn {module}.wsgi:application --bind 0.0.0.0:{port}' },
    { requires: 'uvicorn', start: 'uvicorn {module}.asgi:application --host 0.0.0.0 --port {port}' },
    { start: 'python manage.py runserver 0.0.0.0:{port}', devServer: true },
  ],
  flask: [
    { requires: 'gunicorn', start: 'gunicorn --bind 0.0.0.0:{port} {module}:app' },
    { start: 'flask --app {module} run --host 0.0.0.0 --port {port}', devServer: true },
  ],
  fastapi: [
    { requires: 'gunicorn', start: 'gunicorn {module}:app -k uvicorn.workers.UvicornWorker --bind 0.0.0.0:{port}' },
    { start: 'uvicorn {module}:app --host 0.0.0.0 --port {port}' },
  ],
  express: { start: 'node {entry}' },
  fastify: { start: 'node {entry}' },
  koa: { start: 'node {entry}' },
  hapi: { start: 'node {entry}' },
  rails: { build: 'bundle install && bundle exec rails assets:precompile', start: 'bundle exec rails server -b 0.0.0.0 -p {port}' },
  sinatra: { start: 'bundle exec rackup -o 0.0.0.0 -p {port}' },
  laravel: { start: 'php artisan serve --host 0.0.0.0 --port {port}', devServer: true },
  symfony: { start: 'php -S 0.0.0.0:{port} -t public', devServer: true },
  'spring-boot': { start: 'java -jar {jar}' },
  quarkus: { start: 'java -jar {quarkusJar}' },
  micronaut: { start: 'java -jar {jar}' },
  aspnetcore: { start: 'dotnet out/{name}.dll' },
  hugo: { build: 'hugo --minify' },
  jekyll: { build: 'bundle exec jekyll build' },
};

/** Start command by ecosystem for an executable without a web framework. */
export const ECOSYSTEM_START: Readonly<Record<string, string>> = {
  go: './bin/{name}',
  cargo: './target/release/{name}',
  nuget: 'dotnet out/{name}.dll',
};

export function fill(template: string, vars: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (vars[key] === undefined || vars[key] === null ? all : String(vars[key])));
}
