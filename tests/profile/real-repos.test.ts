// Detection gaps found by profiling trimmed copies of real public repositories
// (tests/fixtures/repos/real-*): each rule here is exercised on a minimal input, good and bad.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCompose, parseDockerfile } from '../../src/profile/docker';
import { profileDirectory } from '../../src/profile';
import { dotnetProject } from '../../src/profile/manifests/dotnet';
import { pomXml } from '../../src/profile/manifests/jvm';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-real-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('Dockerfile base-image ports', () => {
  it('gives the port of a web-server final stage without EXPOSE (SPA served by nginx)', () => {
    const d = parseDockerfile(
      'FROM node:20 AS build\nEXPOSE 5173\nRUN npm run build\nFROM nginx:1\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
    );
    expect(d).toEqual({ expose: [], cmd: null, imagePort: 80, baseImage: 'nginx:1' });
    expect(parseDockerfile('FROM --platform=linux/amd64 nginxinc/nginx-unprivileged:stable AS web\n').imagePort).toBe(8080);
  });

  it('says nothing for other images or an earlier nginx stage', () => {
    expect(parseDockerfile('FROM nginx AS assets\nFROM node:20-slim\nCMD ["node","server.js"]\n').imagePort).toBeUndefined();
    expect(parseDockerfile('FROM mynginx:1\n').imagePort).toBeUndefined();
  });
});

describe('compose services building the same folder', () => {
  it('records a command override', () => {
    const { services } = parseCompose(
      'services:\n  job:\n    build: ./backend\n    command: bash migrate.sh\n  app:\n    build: ./backend\n  worker:\n    build: ./backend\n    command: ["celery", "-A", "app", "worker"]\n',
    );
    expect(services.map((s) => [s.name, s.command ?? null])).toEqual([
      ['job', 'bash migrate.sh'],
      ['app', null],
      ['worker', 'celery -A app worker'],
    ]);
  });

  it('names the unit after the long-running service, not a one-off job listed first', async () => {
    const dir = repo({
      'compose.yaml':
        'services:\n  prestart:\n    build: ./api\n    command: bash scripts/prestart.sh\n  web:\n    build: ./api\n    ports: ["8000:8000"]\n',
      'api/requirements.txt': 'fastapi\nuvicorn\n',
      'api/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
      'api/Dockerfile': 'FROM python:3.12\nCMD ["uvicorn", "main:app"]\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.services.map((s) => s.name)).toEqual(['web']);
  });

  it('prefers the service named like the folder', async () => {
    const dir = repo({
      'compose.yaml': 'services:\n  migrate:\n    build: ./backend\n  backend:\n    build: ./backend\n    command: gunicorn app:app\n',
      'backend/requirements.txt': 'flask\ngunicorn\n',
      'backend/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.services.map((s) => s.name)).toEqual(['backend']);
  });
});

describe('Maven artifacts', () => {
  const pom = (extra: string) =>
    `<project><artifactId>shop</artifactId>${extra}<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>`;

  it('names the jar artifactId-version, the version inherited from the parent, or finalName', () => {
    expect(pomXml.parse(pom('<version>1.2.0</version>'), 'pom.xml').manifest?.artifact).toBe('shop-1.2.0');
    expect(
      pomXml.parse(pom('<parent><groupId>g</groupId><artifactId>p</artifactId><version>3.0</version></parent>'), 'pom.xml').manifest
        ?.artifact,
    ).toBe('shop-3.0');
    expect(pomXml.parse(pom('<version>1</version><build><finalName>app</finalName></build>'), 'pom.xml').manifest?.artifact).toBe('app');
  });

  it('states no artifact when the version is a property or missing', () => {
    expect(pomXml.parse(pom('<version>${revision}</version>'), 'pom.xml').manifest?.artifact).toBeUndefined();
    expect(pomXml.parse(pom(''), 'pom.xml').manifest?.artifact).toBeUndefined();
  });

  it('builds with Maven when a project also carries a Gradle build', async () => {
    const dir = repo({
      'pom.xml': pom('<version>1.0</version>'),
      'build.gradle': "plugins { id 'org.springframework.boot' version '3.2.1' }\n",
      mvnw: '#!/bin/sh\n',
      gradlew: '#!/bin/sh\n',
      'src/main/java/App.java': 'class App {}\n',
    });
    const [svc] = (await profileDirectory(dir, { source: 'walk' })).services;
    expect(svc.build).toBe('./mvnw -B package -DskipTests');
    expect(svc.start).toBe('java -jar target/shop-1.0.jar');
  });
});

describe('Dockerfile stages and implied ports', () => {
  it('inherits EXPOSE and ENTRYPOINT from a named stage (FROM base AS final)', () => {
    const d = parseDockerfile(
      'FROM mcr.microsoft.com/dotnet/aspnet:6.0 AS base\nEXPOSE 80\nEXPOSE 443\nFROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nRUN dotnet publish -o /app/publish\nFROM base AS final\nENTRYPOINT ["dotnet", "Api.dll"]\n',
    );
    expect(d.expose).toEqual([80, 443]);
    expect(d.cmd).toBe('dotnet Api.dll');
  });

  it('reads ENV PORT / ASPNETCORE_URLS, and the ASP.NET runtime default by version', () => {
    expect(parseDockerfile('FROM node:20\nENV PORT 3001\nCMD ["node","server.js"]\n').imagePort).toBe(3001);
    expect(parseDockerfile('FROM node:20\nENV NODE_ENV=production PORT=4000\n').imagePort).toBe(4000);
    expect(parseDockerfile('FROM x\nENV ASPNETCORE_URLS=http://+:5000\n').imagePort).toBe(5000);
    expect(parseDockerfile('FROM mcr.microsoft.com/dotnet/aspnet:6.0\n').imagePort).toBe(80);
    expect(parseDockerfile('FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\n').imagePort).toBe(8080);
    expect(parseDockerfile('FROM node:20\nENV NODE_ENV=production\n').imagePort).toBeUndefined();
  });
});

describe('compose files and .NET solutions (eShopOnWeb layout)', () => {
  const files = {
    'docker-compose.yml':
      'services:\n  shopweb:\n    build:\n      context: .\n      dockerfile: src/Web/Dockerfile\n    depends_on: [sqlserver]\n  sqlserver:\n    image: mcr.microsoft.com/azure-sql-edge\n',
    'docker-compose.override.yml': 'services:\n  shopweb:\n    ports:\n      - "5106:80"\n',
    'src/Web/Web.csproj':
      '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><ProjectReference Include="..\\Admin\\Admin.csproj" /><ProjectReference Include="..\\Core\\Core.csproj" /></ItemGroup></Project>',
    'src/Web/Dockerfile': 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT ["dotnet", "Web.dll"]\n',
    'src/Web/Program.cs': 'var app = WebApplication.Create(args);\n',
    'src/Admin/Admin.csproj':
      '<Project Sdk="Microsoft.NET.Sdk.BlazorWebAssembly"><ItemGroup><PackageReference Include="Microsoft.AspNetCore.Components.WebAssembly" Version="8.0.0" /></ItemGroup></Project>',
    'src/Admin/Program.cs': 'var builder = WebAssemblyHostBuilder.CreateDefault(args);\n',
    'src/Core/Core.csproj':
      '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.AspNetCore.Identity.EntityFrameworkCore" Version="8.0.0" /></ItemGroup></Project>',
    'src/Core/Entity.cs': 'public class Entity {}\n',
  };

  it('makes the project a compose Dockerfile builds the service, with the override file ports', async () => {
    const p = await profileDirectory(repo(files), { source: 'walk' });
    expect(p.services.map((s) => [s.name, s.path, s.dockerfile, s.port])).toEqual([['shopweb', 'src/Web', 'src/Web/Dockerfile', 80]]);
    expect(p.services[0].datastores).toEqual(['sqlserver']);
  });

  it('keeps a referenced project that has its own Dockerfile as a service', async () => {
    const p = await profileDirectory(repo({ ...files, 'src/Admin/Dockerfile': 'FROM nginx:1\n' }), { source: 'walk' });
    expect(p.services.map((s) => s.path).sort()).toEqual(['src/Admin', 'src/Web']);
  });

  it('reads ProjectReference folders and treats the plain SDK without OutputType as a library', () => {
    const m = dotnetProject.parse(files['src/Web/Web.csproj'], 'src/Web/Web.csproj').manifest;
    expect(m?.references).toEqual(['src/Admin', 'src/Core']);
    expect(m?.app).toBe(true);
    expect(dotnetProject.parse(files['src/Core/Core.csproj'], 'src/Core/Core.csproj').manifest?.app).toBe(false);
    expect(
      dotnetProject.parse(
        '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>',
        'w/W.csproj',
      ).manifest?.app,
    ).toBe(true);
  });
});

describe('configuration defaults', () => {
  const settings = (extra: string) => `DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}\n${extra}`;

  it('drops SQLite named only by settings when a server database is also used', async () => {
    const dir = repo({
      'requirements.txt': 'Django==5.1\npsycopg==3.2\n',
      'manage.py':
        'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\nfrom django.core.management import execute_from_command_line\n',
      'site/settings.py': settings(''),
      'site/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
    });
    expect((await profileDirectory(dir, { source: 'walk' })).datastores).toEqual(['postgresql']);
  });

  it('keeps SQLite when it is the only database', async () => {
    const dir = repo({
      'requirements.txt': 'Django==5.1\n',
      'manage.py':
        'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\nfrom django.core.management import execute_from_command_line\n',
      'site/settings.py': settings(''),
      'site/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
    });
    expect((await profileDirectory(dir, { source: 'walk' })).datastores).toEqual(['sqlite']);
  });

  it("starts with the Dockerfile's command rather than a development server", async () => {
    const base = {
      'requirements.txt': 'Flask==3.0\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    };
    const withDocker = await profileDirectory(
      repo({ ...base, Dockerfile: 'FROM python:3.12\nEXPOSE 8000\nCMD ["uwsgi", "--http", ":8000", "--module", "app:app"]\n' }),
      {
        source: 'walk',
      },
    );
    expect(withDocker.services[0].start).toBe('uwsgi --http :8000 --module app:app');
    const without = await profileDirectory(repo(base), { source: 'walk' });
    expect(without.services[0].start).toBe('flask --app app run --host 0.0.0.0 --port 5000');
  });
});

describe('monorepo Dockerfiles (documenso layout)', () => {
  const files = {
    'package.json': JSON.stringify({
      name: '@acme/root',
      private: true,
      workspaces: ['apps/*', 'packages/*'],
      scripts: { build: 'turbo run build' },
    }),
    'package-lock.json': '{}',
    'apps/web/package.json': JSON.stringify({
      name: '@acme/web',
      scripts: { build: 'next build', start: 'next start' },
      dependencies: { next: '14.0.0', react: '18.2.0' },
    }),
    'apps/web/app/page.tsx': 'export default function Page() { return null; }\n',
    'apps/docs/package.json': JSON.stringify({
      name: '@acme/docs',
      scripts: { build: 'next build', start: 'next start -p 3001' },
      dependencies: { next: '14.0.0' },
    }),
    'apps/docs/app/page.tsx': 'export default function Page() { return null; }\n',
    'packages/db/package.json': JSON.stringify({ name: '@acme/db', main: 'index.ts', dependencies: { '@prisma/client': '5.4.2' } }),
    'packages/db/index.ts': 'export {};\n',
  };

  it('gives a root or docker/ Dockerfile to the member app it builds, not to the workspace root', async () => {
    const dockerfile =
      'FROM node:20-alpine AS builder\nWORKDIR /app\nCOPY . .\nRUN npx turbo prune --scope=@acme/web --docker\nFROM node:20-alpine\nCOPY --from=builder /app/packages/db/schema.prisma ./packages/db/schema.prisma\nCOPY --from=builder /app/apps/web/.next/standalone ./\nWORKDIR /app/apps/web\nCMD ["node", "server.js"]\n';
    const p = await profileDirectory(repo({ ...files, 'docker/Dockerfile': dockerfile }), { source: 'walk' });
    expect(p.services.map((s) => [s.path, s.dockerfile])).toEqual([
      ['apps/docs', null],
      ['apps/web', 'docker/Dockerfile'],
    ]);
  });

  it('leaves a Dockerfile that names no member with the root', async () => {
    const p = await profileDirectory(
      repo({ ...files, Dockerfile: 'FROM node:20\nCOPY . .\nRUN npm ci && npm run build\nCMD ["npm", "start"]\n' }),
      {
        source: 'walk',
      },
    );
    expect(p.services.find((s) => s.path === '.')?.dockerfile).toBe('Dockerfile');
  });

  it('lists compose files with dashed suffixes (compose-services.yml, docker-compose-dev.yml)', async () => {
    const p = await profileDirectory(
      repo({
        ...files,
        'docker/compose-services.yml': 'services:\n  database:\n    image: postgres:15\n',
        'docker-compose-dev.yml': 'services:\n  cache:\n    image: redis:7\n',
      }),
      { source: 'walk' },
    );
    expect(p.docker.compose).toEqual(['docker-compose-dev.yml', 'docker/compose-services.yml']);
    expect(p.datastores).toEqual(['postgresql', 'redis']);
  });
});

describe('Rust listen addresses', () => {
  const cargo = (dep: string) => `[package]\nname = "api"\nversion = "0.1.0"\n\n[dependencies]\n${dep}\ntokio = "1"\n`;

  it.each([
    [
      'axum = "0.7"',
      'src/main.rs',
      'let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;\naxum::serve(listener, app).await?;',
      3000,
    ],
    ['axum = "0.6"', 'src/http/mod.rs', 'let addr = SocketAddr::from((Ipv4Addr::UNSPECIFIED, 8080));\naxum::Server::bind(&addr)', 8080],
    ['axum = "0.6"', 'src/main.rs', 'let addr = SocketAddr::from(([0, 0, 0, 0], 4000));\naxum::Server::bind(&addr)', 4000],
    ['actix-web = "4"', 'src/main.rs', 'HttpServer::new(|| App::new()).bind(("127.0.0.1", 8088))?.run().await', 8088],
  ])('%s: reads the port bound in %s', async (dep, file, code, port) => {
    const dir = repo({
      'Cargo.toml': cargo(dep),
      [file]: `fn main() {\n${code}\n}\n`,
      ...(file === 'src/main.rs' ? {} : { 'src/main.rs': 'fn main() {}\n' }),
    });
    expect((await profileDirectory(dir, { source: 'walk' })).services[0].port).toBe(port);
  });

  it('has no port when the server address is not a literal', async () => {
    const dir = repo({
      'Cargo.toml': cargo('axum = "0.7"'),
      'src/main.rs': 'fn main() {\nlet listener = TcpListener::bind(&config.addr).await?;\naxum::serve(listener, app).await?;\n}\n',
    });
    expect((await profileDirectory(dir, { source: 'walk' })).services[0].port).toBeNull();
  });
});

describe('Go main package one folder down (go-clean-arch layout)', () => {
  const mod = 'module example.com/shop\n\ngo 1.21\n\nrequire github.com/labstack/echo/v4 v4.11.1\n';
  const main = 'package main\n\nimport "github.com/labstack/echo/v4"\n\nfunc main() { e := echo.New(); e.Start(":9090") }\n';

  it('builds ./app when app/main.go holds the main package', async () => {
    const p = await profileDirectory(repo({ 'go.mod': mod, 'app/main.go': main, 'domain/article.go': 'package domain\n' }), {
      source: 'walk',
    });
    expect(p.services[0].build).toBe('go build -o bin/shop ./app');
  });

  it('ignores examples and nested modules', async () => {
    const p = await profileDirectory(
      repo({
        'go.mod': mod,
        'examples/main.go': main,
        'tool/go.mod': 'module example.com/tool\n',
        'tool/main.go': main,
        'server/main.go': main,
      }),
      { source: 'walk' },
    );
    expect(p.services.find((s) => s.path === '.')?.build).toBe('go build -o bin/shop ./server');
  });
});

describe('NestJS boilerplate conventions', () => {
  const pkg = JSON.stringify({
    name: 'api',
    scripts: { build: 'nest build', start: 'nest start', 'start:prod': 'node dist/main' },
    dependencies: { '@nestjs/core': '10.0.0', pg: '8.11.0' },
  });

  it('starts with start:prod, and names the unit after the service built from the plain Dockerfile', async () => {
    const dir = repo({
      'package.json': pkg,
      'package-lock.json': '{}',
      'src/main.ts': 'export {};\n',
      Dockerfile: 'FROM node:20\nCMD ["node", "dist/main"]\n',
      'maildev.Dockerfile': 'FROM node:20\nCMD maildev\n',
      'docker-compose.yaml':
        'services:\n  maildev:\n    build:\n      context: .\n      dockerfile: maildev.Dockerfile\n  api:\n    build:\n      context: .\n      dockerfile: Dockerfile\n',
    });
    const [svc] = (await profileDirectory(dir, { source: 'walk' })).services;
    expect([svc.name, svc.dockerfile, svc.start]).toEqual(['api', 'Dockerfile', 'npm run start:prod']);
  });

  it.each(['env-example-relational', '.env-example', 'env.example', '.env.example', 'example.env'])(
    'reads %s as an env example',
    async (name) => {
      const dir = repo({ 'package.json': pkg, 'package-lock.json': '{}', [name]: 'DATABASE_TYPE=mysql\nCACHE_DRIVER=redis\n' });
      expect((await profileDirectory(dir, { source: 'walk' })).datastores).toEqual(['mysql', 'postgresql', 'redis']);
    },
  );
});

describe('queue workers sharing the app image (fastapi-celery layout)', () => {
  const app = {
    'project/requirements.txt': 'fastapi\nuvicorn\ncelery\nredis\n',
    'project/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
    'project/Dockerfile': 'FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n',
  };

  it('lists a Celery worker as its own service with its command and no port', async () => {
    const dir = repo({
      ...app,
      'docker-compose.yml':
        'services:\n  web:\n    build: ./project\n    ports: ["8004:8000"]\n    command: uvicorn main:app --host 0.0.0.0\n    depends_on: [redis]\n  worker:\n    build: ./project\n    command: celery -A worker.celery worker --loglevel=info\n    depends_on: [redis]\n  redis:\n    image: redis:7\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.services.map((s) => [s.name, s.path, s.port, s.start, s.frameworks])).toEqual([
      ['web', 'project', 8000, 'uvicorn main:app --host 0.0.0.0 --port 8000', ['fastapi']],
      ['worker', 'project', null, 'celery -A worker.celery worker --loglevel=info', []],
    ]);
    expect(p.services[1].datastores).toEqual(['redis']);
  });

  it('does not list one-off jobs or monitoring dashboards', async () => {
    const dir = repo({
      ...app,
      'docker-compose.yml':
        'services:\n  web:\n    build: ./project\n  migrate:\n    build: ./project\n    command: alembic upgrade head\n  dashboard:\n    build: ./project\n    command: celery flower --port=5555\n',
    });
    expect((await profileDirectory(dir, { source: 'walk' })).services.map((s) => s.name)).toEqual(['web']);
  });
});

describe('Procfile workers', () => {
  it('lists a Procfile worker process as a service, not release or clock helpers', async () => {
    const dir = repo({
      Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "pg"\ngem "sidekiq"\n',
      'config/application.rb': 'require "rails/all"\nmodule Shop\n  class Application < Rails::Application\n  end\nend\n',
      Procfile:
        'web: bundle exec puma -C config/puma.rb\nworker: bundle exec sidekiq -C config/sidekiq.yml\nrelease: bin/rails db:migrate\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.services.map((s) => [s.name, s.start])).toEqual([
      [p.services[0].name, 'bundle exec puma -C config/puma.rb'],
      ['worker', 'bundle exec sidekiq -C config/sidekiq.yml'],
    ]);
  });
});

describe('Maven multi-module with images built by the build (petclinic-microservices layout)', () => {
  const module = (name: string) =>
    `<project><artifactId>${name}</artifactId><parent><groupId>org.acme</groupId><artifactId>shop</artifactId><version>1.0</version></parent><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>`;
  const files = {
    'pom.xml':
      '<project><artifactId>shop</artifactId><version>1.0</version><packaging>pom</packaging><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.4.1</version></parent><modules><module>shop-orders</module><module>shop-gateway</module></modules></project>',
    'shop-orders/pom.xml': module('shop-orders'),
    'shop-orders/src/main/java/Orders.java': 'class Orders {}\n',
    'shop-gateway/pom.xml': module('shop-gateway'),
    'shop-gateway/src/main/java/Gateway.java': 'class Gateway {}\n',
    'docker/Dockerfile':
      'FROM eclipse-temurin:17 AS builder\nARG ARTIFACT_NAME\nCOPY ${ARTIFACT_NAME}.jar application.jar\nFROM eclipse-temurin:17\nARG EXPOSED_PORT\nEXPOSE ${EXPOSED_PORT}\nENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]\n',
    'docker/grafana/Dockerfile': 'FROM grafana/grafana:11.4.0\nADD ./grafana.ini /etc/grafana/grafana.ini\n',
    'docker/grafana/grafana.ini': '[server]\nhttp_port = 3030\n',
    'docker-compose.yml':
      'services:\n  orders:\n    image: acme/shop-orders:latest\n    ports: ["8081:8081"]\n  gateway:\n    image: acme/shop-gateway\n    ports: ["8080:8080"]\n  grafana-server:\n    build: ./docker/grafana\n    ports: ["3030:3030"]\n',
  };

  it('gives compose image services to the modules they name; no aggregator, template or Grafana service', async () => {
    const p = await profileDirectory(repo(files), { source: 'walk' });
    expect(p.services.map((s) => [s.name, s.path, s.port, s.dockerfile])).toEqual([
      ['gateway', 'shop-gateway', 8080, null],
      ['orders', 'shop-orders', 8081, null],
    ]);
  });

  it('keeps a folder with its own content next to an nginx Dockerfile as a service', async () => {
    const p = await profileDirectory(
      repo({
        ...files,
        'docker/grafana/Dockerfile': 'FROM nginx:1\nCOPY index.html /usr/share/nginx/html/\n',
        'docker/grafana/index.html': '<html></html>\n',
        'docker-compose.yml': 'services:\n  web:\n    build: ./docker/grafana\n  orders:\n    image: acme/shop-orders\n',
      }),
      { source: 'walk' },
    );
    expect(p.services.map((s) => [s.name, s.port])).toEqual([
      ['web', 80],
      ['shop-gateway', 8080],
      ['orders', 8080],
    ]);
  });
});
