// Manifest parsers: direct versus development / test / indirect dependencies, per format.
import { describe, expect, it } from 'vitest';
import { cargoToml } from '../../src/profile/manifests/rust';
import { composerJson } from '../../src/profile/manifests/php';
import { dotnetProject } from '../../src/profile/manifests/dotnet';
import { gemfile } from '../../src/profile/manifests/ruby';
import { goMod, goWork } from '../../src/profile/manifests/go';
import { buildGradle, pomXml, settingsGradle } from '../../src/profile/manifests/jvm';
import { packageJson, pnpmWorkspace } from '../../src/profile/manifests/node';
import { pipfile, pyprojectToml, requirementsTxt, setupCfg, setupPy } from '../../src/profile/manifests/python';
import type { ManifestSpec } from '../../src/profile/ecosystems/types';

const deps = (spec: ManifestSpec, text: string, file = 'x') => spec.parse(text, file).manifest!.deps.map((d) => `${d.name}:${d.scope}`);

describe('manifest parsers', () => {
  it('package.json', () => {
    const m = packageJson.parse(
      '{"name":"@a/b","main":"./server.js","packageManager":"pnpm@9.1.0","workspaces":{"packages":["apps/*"]},"dependencies":{"express":"4"},"devDependencies":{"vitest":"1"}}',
      'package.json',
    ).manifest!;
    expect(m).toMatchObject({ name: '@a/b', entry: 'server.js', packageManager: 'pnpm', workspaceRoot: true, workspaces: ['apps/*'] });
    expect(m.deps).toEqual([
      { name: 'express', scope: 'prod' },
      { name: 'vitest', scope: 'dev' },
    ]);
    expect(pnpmWorkspace.parse("packages:\n  - 'apps/*'\n  - packages/*\n", 'x').manifest!.workspaces).toEqual(['apps/*', 'packages/*']);
  });

  it('requirements files: comments, extras, markers, editable installs, dev files', () => {
    expect(
      deps(
        requirementsTxt,
        '# c\nDjango[argon2]>=5 ; python_version>"3.9"\n-r base.txt\n-e git+https://x/y.git#egg=my_lib\npsycopg2_binary==2.9\n',
        'requirements.txt',
      ),
    ).toEqual(['django:prod', 'my-lib:prod', 'psycopg2-binary:prod']);
    expect(deps(requirementsTxt, 'pytest\n', 'requirements-test.txt')).toEqual(['pytest:dev']);
  });

  it('pyproject.toml: PEP 621, optional, PEP 735 groups, Poetry groups', () => {
    expect(
      deps(
        pyprojectToml,
        '[project]\ndependencies=["FastAPI>=0.1"]\n[project.optional-dependencies]\npg=["asyncpg"]\n[dependency-groups]\ndev=["pytest"]\n',
      ),
    ).toEqual(['fastapi:prod', 'asyncpg:dev', 'pytest:dev']);
    expect(
      deps(
        pyprojectToml,
        '[tool.poetry.dependencies]\npython="^3.12"\nflask="*"\n[tool.poetry.group.main.dependencies]\nredis="*"\n[tool.poetry.group.test.dependencies]\npymongo="*"\n',
      ),
    ).toEqual(['flask:prod', 'redis:prod', 'pymongo:dev']);
    expect(pipfile.parse('[packages]\nflask="*"\n[dev-packages]\npytest="*"\n', 'Pipfile').manifest!.deps).toEqual([
      { name: 'flask', scope: 'prod' },
      { name: 'pytest', scope: 'dev' },
    ]);
  });

  it('setup.py and setup.cfg', () => {
    expect(
      deps(setupPy, "setup(name='svc', install_requires=[\n  'flask>=2',\n  \"redis\",\n], extras_require={'dev': ['pytest']})"),
    ).toEqual(['flask:prod', 'redis:prod']);
    expect(
      deps(setupCfg, '[metadata]\nname = svc\n[options]\ninstall_requires =\n    fastapi>=0.100\n    asyncpg\npython_requires = >=3.10\n'),
    ).toEqual(['fastapi:prod', 'asyncpg:prod']);
  });

  it('Gemfile groups (block and inline)', () => {
    expect(
      deps(
        gemfile,
        'gem "rails"\ngroup :development, :test do\n  gem "sqlite3"\nend\ngem "pg"\ngem "pry", group: :development\ngem "puma", groups: [:default]\n',
      ),
    ).toEqual(['rails:prod', 'sqlite3:dev', 'pg:prod', 'pry:dev', 'puma:prod']);
  });

  it('composer.json', () => {
    expect(
      deps(composerJson, '{"require":{"php":"^8","Laravel/Framework":"^11","ext-pgsql":"*"},"require-dev":{"phpunit/phpunit":"^11"}}'),
    ).toEqual(['laravel/framework:prod', 'ext-pgsql:prod', 'phpunit/phpunit:dev']);
  });

  it('pom.xml: parent, scopes, plugins, modules', () => {
    const m = pomXml.parse(
      '<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent><artifactId>a</artifactId><packaging>pom</packaging><modules><module>api</module></modules><dependencies><dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>test</scope></dependency></dependencies></project>',
      'pom.xml',
    ).manifest!;
    expect(m.deps).toEqual([
      { name: 'org.springframework.boot:spring-boot-starter-parent', scope: 'prod' },
      { name: 'com.h2database:h2', scope: 'test' },
    ]);
    expect(m).toMatchObject({ name: 'a', workspaceRoot: true, workspaces: ['api'] });
  });

  it('Gradle build scripts and settings', () => {
    expect(
      deps(
        buildGradle,
        'plugins {\n  id("org.springframework.boot") version "3"\n  id \'application\'\n}\ndependencies {\n  implementation("org.postgresql:postgresql:42.7.0")\n  testImplementation \'com.h2database:h2\'\n}\n',
      ),
    ).toEqual([
      'org.postgresql:postgresql:prod',
      'com.h2database:h2:test',
      'plugin:org.springframework.boot:prod',
      'plugin:application:prod',
    ]);
    expect(settingsGradle.parse("rootProject.name = 'shop'\ninclude 'api', ':web:app'\n", 'x').manifest).toMatchObject({
      name: 'shop',
      workspaceRoot: true,
      workspaces: ['api', 'web/app'],
    });
    // Multi-line Kotlin lists count; included builds, flat siblings and commented-out lines do not.
    const kts =
      'include(\n  ":core",\n  ":services:billing",\n)\nincludeBuild("build-logic")\nincludeFlat("sibling")\n// include(":old")\n';
    expect(settingsGradle.parse(kts, 'x').manifest?.workspaces).toEqual(['core', 'services/billing']);
  });

  it('go.mod: direct versus // indirect; go.work members', () => {
    expect(
      deps(
        goMod,
        'module example.com/a\n\nrequire github.com/gin-gonic/gin v1.10.0\nrequire (\n\tgithub.com/lib/pq v1.10.9 // indirect\n\tgithub.com/redis/go-redis/v9 v9.5.1\n)\n',
      ),
    ).toEqual(['github.com/gin-gonic/gin:prod', 'github.com/lib/pq:indirect', 'github.com/redis/go-redis/v9:prod']);
    expect(goWork.parse('go 1.22\nuse (\n\t./api\n\t./libs/x\n)\n', 'go.work').manifest!.workspaces).toEqual(['api', 'libs/x']);
  });

  it('.csproj: SDK, packages, test projects', () => {
    const web = dotnetProject.parse(
      '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Npgsql" Version="8" /></ItemGroup></Project>',
      'src/Shop.Api.csproj',
    ).manifest!;
    expect(web).toMatchObject({ name: 'Shop.Api', app: true, testProject: false });
    expect(web.deps.map((d) => d.name)).toEqual(['sdk:Microsoft.NET.Sdk.Web', 'Npgsql']);
    const test = dotnetProject.parse(
      '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" /></ItemGroup></Project>',
      'T.csproj',
    ).manifest!;
    expect(test.testProject).toBe(true);
    expect(test.deps.every((d) => d.scope === 'test')).toBe(true);
  });

  it('Cargo.toml: features, dev-dependencies, renamed crates, workspaces', () => {
    expect(
      deps(
        cargoToml,
        '[package]\nname="a"\n[dependencies]\nsqlx={version="0.7",features=["postgres"]}\npg={package="tokio-postgres",version="0.7"}\n[dev-dependencies]\nrusqlite="0.31"\n',
      ),
    ).toEqual(['sqlx:prod', 'sqlx/postgres:prod', 'tokio-postgres:prod', 'rusqlite:dev']);
    expect(cargoToml.parse('[workspace]\nmembers=["a","b"]\n', 'Cargo.toml').manifest).toMatchObject({
      workspaceRoot: true,
      workspaces: ['a', 'b'],
    });
  });
});
