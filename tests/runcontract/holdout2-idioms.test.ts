// Run-contract idioms added with the second holdout round (umami, spring-petclinic, miniflux, lobsters):
// a variable the code tests before using it switches a feature on; a Spring profile's own file applies
// only when the profile is active; a datastore image's initialisation variables in a shared env example
// are the container's; a broker's own variables decide whether it is used; a `packaging/` folder builds
// distribution packages; Action Cable's redis adapter needs the redis gem. Each with a good and a bad example.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { buildRunContract } from '../../src/runcontract';
import { readsOfFile } from '../../src/runcontract/env-reads';
import { listRepoFiles } from '../../src/runcontract/files';
import { healthRoute } from '../../src/runcontract/health';
import type { RunContract } from '../../src/runcontract/types';

const dirs: string[] = [];
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rc-holdout2-'));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function contractOf(files: Record<string, string>): Promise<RunContract> {
  const root = repo(files);
  return buildRunContract(root, await profileDirectory(root, { source: 'walk' }));
}
const required = (c: RunContract, path = '.') =>
  c.units
    .find((u) => u.path === path)!
    .env.filter((v) => v.required)
    .map((v) => v.name)
    .sort();

const NODE_APP = {
  'package.json': JSON.stringify({
    name: 'app',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.0.0', ioredis: '^5.0.0', kafkajs: '^2.0.0', pg: '^8.0.0' },
  }),
  Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
  'server.js':
    "const pg = require('pg');\nconst db = new pg.Pool({ connectionString: process.env.DATABASE_URL });\nrequire('./lib/redis');\nrequire('./lib/kafka');\n",
};

describe('a variable the code tests before using it', () => {
  it('good: `!!process.env.REDIS_URL` / `Boolean(process.env.KAFKA_URL && …)` guard their files: optional, and the stores are dropped', async () => {
    const c = await contractOf({
      ...NODE_APP,
      'lib/redis.js':
        "const Redis = require('ioredis');\nconst enabled = !!process.env.REDIS_URL;\nfunction client() {\n  return new Redis(process.env.REDIS_URL);\n}\nmodule.exports = { enabled, client };\n",
      'lib/kafka.js':
        "const { Kafka } = require('kafkajs');\nconst enabled = Boolean(process.env.KAFKA_URL && process.env.KAFKA_BROKER);\nfunction connect() {\n  return new Kafka({ brokers: process.env.KAFKA_BROKER.split(','), clientId: process.env.KAFKA_URL });\n}\nmodule.exports = { enabled, connect };\n",
    });
    expect(required(c)).toEqual(['DATABASE_URL']);
    const unit = c.units.find((u) => u.path === '.')!;
    expect(unit.datastores).not.toContain('redis');
    expect(unit.datastores).not.toContain('kafka');
  });
  it('bad: a read used unconditionally elsewhere stays required, even if another file tests it', async () => {
    const c = await contractOf({
      ...NODE_APP,
      'lib/redis.js': "const Redis = require('ioredis');\nmodule.exports = new Redis(process.env.REDIS_URL);\n",
      'lib/profiler.js': 'if (process.env.REDIS_URL) {\n  console.log("profiler on");\n}\n',
      'lib/kafka.js':
        "const { Kafka } = require('kafkajs');\nmodule.exports = new Kafka({ brokers: process.env.KAFKA_BROKER.split(','), clientId: 'x' });\n",
    });
    expect(required(c)).toContain('REDIS_URL');
    expect(c.units.find((u) => u.path === '.')!.datastores).toContain('redis');
  });
  it('marks the read, not a value use: `x = process.env.A ?? "d"` is no presence test', () => {
    const r = (t: string) => readsOfFile('src/a.ts', [t]).map((x) => [x.name, !!x.presenceTested]);
    expect(r('const on = !!process.env.A;')).toEqual([['A', true]]);
    expect(r('if (process.env.A) {')).toEqual([['A', true]]);
    expect(r('const u = process.env.A ? new URL(process.env.A) : null;')).toEqual([['A', true]]);
    expect(readsOfFile('config/x.rb', ['x = 1 if ENV["A"].present?']).map((x) => [x.name, !!x.presenceTested])).toEqual([['A', true]]);
    expect(readsOfFile('config/x.rb', ['x = ENV["A"].to_s']).map((x) => [x.name, !!x.presenceTested])).toEqual([['A', false]]);
    expect(r('const u = process.env.A ?? "d";')).toEqual([['A', false]]);
    expect(r('connect(process.env.A);')).toEqual([['A', false]]);
    expect(r('if (process.env.A === "x" || other) {')).toEqual([['A', false]]);
  });
});

const SPRING = {
  'pom.xml':
    '<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>' +
    '<artifactId>app</artifactId><dependencies>' +
    '<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>' +
    '<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>' +
    '<dependency><groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId></dependency>' +
    '</dependencies></project>',
  'src/main/java/app/App.java':
    '@SpringBootApplication\npublic class App { public static void main(String[] a) { SpringApplication.run(App.class, a); } }\n',
  'src/main/resources/application.properties': 'spring.jpa.open-in-view=false\n',
  'src/main/resources/application-mysql.properties':
    'spring.datasource.url=${MYSQL_URL:jdbc:mysql://localhost/app}\nspring.datasource.username=${MYSQL_USER:app}\n',
};

describe('a Spring profile of its own file', () => {
  it('good: reads in application-mysql.properties, a profile nothing activates, are optional', async () => {
    const c = await contractOf({
      ...SPRING,
      'docker-compose.yml': 'services:\n  mysql:\n    image: mysql:8\n',
    });
    expect(required(c)).toEqual([]);
  });
  it('bad: compose activates the profile (SPRING_PROFILES_ACTIVE=mysql): its database connection is required', async () => {
    const c = await contractOf({
      ...SPRING,
      'docker-compose.yml':
        'services:\n  app:\n    build: .\n    ports: ["8080:8080"]\n    environment:\n      SPRING_PROFILES_ACTIVE: mysql\n  mysql:\n    image: mysql:8\n',
      Dockerfile: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\nEXPOSE 8080\nCMD ["java", "-jar", "/app.jar"]\n',
    });
    expect(required(c)).toContain('MYSQL_URL');
  });
  it.each([
    ['application.properties', { 'src/main/resources/application.properties': 'spring.profiles.active=mysql\n' }],
    ['application.yml', { 'src/main/resources/application.yml': 'spring:\n  profiles:\n    active: mysql\n' }],
    [
      'the Dockerfile',
      {
        Dockerfile:
          'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar", "--spring.profiles.active=mysql"]\n',
      },
    ],
  ])('bad: the unit activates the profile itself in %s: its database connection is required', async (_where, extra) => {
    const c = await contractOf({ ...SPRING, 'docker-compose.yml': 'services:\n  mysql:\n    image: mysql:8\n', ...extra });
    expect(required(c)).toContain('MYSQL_URL');
  });
});

describe("a datastore image's initialisation variables in a shared env example", () => {
  const base = {
    ...NODE_APP,
    'lib/redis.js': '',
    'lib/kafka.js': '',
    'docker-compose.yml': 'services:\n  app:\n    build: .\n    ports: ["3000:3000"]\n  db:\n    image: postgres:16\n',
  };
  it('good: POSTGRES_PASSWORD beside the DATABASE_URL the code reads is the container’s', async () => {
    const c = await contractOf({
      ...base,
      '.env.example': 'DATABASE_URL=postgresql://u:p@db/app\nPOSTGRES_USER=u\nPOSTGRES_PASSWORD=p\nPOSTGRES_DB=app\n',
    });
    expect(required(c)).toEqual(['DATABASE_URL']);
  });
  it('bad: when the code reads POSTGRES_PASSWORD itself, it is the application’s', async () => {
    const c = await contractOf({
      ...base,
      'server.js': "const pg = require('pg');\nconst db = new pg.Pool({ host: 'db', password: process.env.POSTGRES_PASSWORD });\n",
      '.env.example': 'POSTGRES_PASSWORD=p\n',
    });
    expect(required(c)).toContain('POSTGRES_PASSWORD');
  });
});

describe('a packaging folder', () => {
  const GO = {
    'go.mod': 'module example.com/app\n\ngo 1.22\n',
    'main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
  };
  it('good: packaging/debian/Dockerfile builds a .deb: not deployed', async () => {
    const c = await contractOf({
      ...GO,
      'packaging/debian/Dockerfile': 'FROM golang:1\nADD . /src\nCMD ["/src/packaging/debian/build.sh"]\n',
    });
    expect(c.units.filter((u) => u.deployed).map((u) => u.path)).toEqual(['.']);
  });
  it('bad: a worker folder of its own (cmd/worker with a Dockerfile) is still deployed', async () => {
    const c = await contractOf({
      ...GO,
      'worker/go.mod': 'module example.com/worker\n\ngo 1.22\n',
      'worker/main.go': 'package main\n\nfunc main() { for {} }\n',
      'worker/Dockerfile': 'FROM golang:1\nADD . /src\nCMD ["/src/worker"]\n',
    });
    expect(c.units.filter((u) => u.deployed).map((u) => u.path)).toContain('worker');
  });
});

describe("Action Cable's redis adapter", () => {
  const RAILS = {
    'config/application.rb': 'require "rails/all"\nmodule App\n  class Application < Rails::Application\n  end\nend\n',
    'config/database.yml': 'production:\n  adapter: sqlite3\n  database: storage/production.sqlite3\n',
    'config/cable.yml':
      'development:\n  adapter: async\n\nproduction:\n  adapter: redis\n  url: <%= ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" } %>\n',
    'config.ru': 'run Rails.application\n',
  };
  it('good: without the redis gem the generated cable.yml is unused: no redis', async () => {
    const c = await contractOf({ ...RAILS, Gemfile: 'source "https://rubygems.org"\ngem "rails"\ngem "sqlite3"\ngem "puma"\n' });
    expect(c.units.find((u) => u.path === '.')!.datastores).toEqual(['sqlite']);
    expect(required(c)).not.toContain('REDIS_URL');
  });
  it('bad: with the redis gem, Action Cable uses redis', async () => {
    const c = await contractOf({
      ...RAILS,
      Gemfile: 'source "https://rubygems.org"\ngem "rails"\ngem "sqlite3"\ngem "puma"\ngem "redis"\n',
    });
    expect(c.units.find((u) => u.path === '.')!.datastores).toContain('redis');
  });
});

describe('a migration the start command runs', () => {
  const PRISMA = {
    'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
    'prisma/migrations/01_init/migration.sql': 'CREATE TABLE a (id int);\n',
    'server.js': "require('http').createServer(() => {}).listen(3000);\n",
  };
  const pkg = (scripts: Record<string, string>) =>
    JSON.stringify({ name: 'app', scripts, dependencies: { '@prisma/client': '^6.0.0', prisma: '^6.0.0' } });
  it('good: CMD ["pnpm", "start-docker"] → npm-run-all check-db start → scripts/check-db.js runs `prisma migrate deploy`: no one-off', async () => {
    const c = await contractOf({
      ...PRISMA,
      'package.json': pkg({
        'start-docker': 'npm-run-all check-db start-server',
        'check-db': 'node scripts/check-db.js',
        'start-server': 'node server.js',
      }),
      'scripts/check-db.js': "import { execSync } from 'node:child_process';\nexecSync('prisma migrate deploy');\n",
      Dockerfile: 'FROM node:22\nCOPY . .\nEXPOSE 3000\nCMD ["pnpm", "start-docker"]\n',
    });
    expect(c.units.find((u) => u.path === '.')!.oneOff.filter((o) => o.kind === 'migrate')).toEqual([]);
  });
  it('bad: a migrate script nothing at start runs is still a one-off', async () => {
    const c = await contractOf({
      ...PRISMA,
      'package.json': pkg({ start: 'node server.js', 'update-db': 'prisma migrate deploy' }),
      Dockerfile: 'FROM node:22\nCOPY . .\nEXPOSE 3000\nCMD ["npm", "start"]\n',
    });
    expect(c.units.find((u) => u.path === '.')!.oneOff.map((o) => o.kind)).toContain('migrate');
  });
});

describe('Go 1.22 ServeMux method patterns', () => {
  it('good: `mux.HandleFunc("GET /healthcheck", …)` is a health route (preferred over /healthz)', () => {
    const root = repo({
      'internal/routes.go':
        'package server\n\nfunc routes() {\n\tappMux.HandleFunc("GET /healthcheck", ready)\n\trootMux.HandleFunc("/healthz", live)\n}\n',
    });
    const f = listRepoFiles(root);
    expect(healthRoute(f, f.runtime)?.path).toBe('/healthcheck');
  });
  it('bad: a POST route or a method without a path is no health route', () => {
    const root = repo({
      'internal/routes.go': 'package server\n\nfunc routes() {\n\tmux.HandleFunc("POST /healthcheck", h)\n\tmux.HandleFunc("GET ", h)\n}\n',
    });
    const f = listRepoFiles(root);
    expect(healthRoute(f, f.runtime)).toBeNull();
  });
});
