// Modules of multi-module Maven / Gradle builds are built from the build root (`-pl <module> -am`,
// `:<project>:build`) and started from the jar inside their folder, both from the repository root.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-modules-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const BOOT = '<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>';
const pom = (body: string) => `<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion>${body}</project>\n`;
const aggregator = (artifact: string, modules: string[], version = '1.2.0') =>
  pom(
    `<groupId>com.example</groupId><artifactId>${artifact}</artifactId><version>${version}</version><packaging>pom</packaging>` +
      `<modules>${modules.map((m) => `<module>${m}</module>`).join('')}</modules>`,
  );
const bootModule = (artifact: string, parent: string, extra = '') =>
  pom(
    `<parent><groupId>com.example</groupId><artifactId>${parent}</artifactId><version>1.2.0</version></parent>` +
      `<artifactId>${artifact}</artifactId>${extra}<dependencies>${BOOT}</dependencies>`,
  );
const commands = async (dir: string) =>
  Object.fromEntries((await profileDirectory(dir)).services.map((s) => [s.path, { name: s.name, build: s.build, start: s.start }]));

describe('multi-module builds', () => {
  it('Maven reactor with a wrapper: each module is built from the root and its jar named from there', async () => {
    const dir = repo({
      'pom.xml': aggregator('shop', ['api', 'common']),
      mvnw: '#!/bin/sh\n',
      'api/pom.xml': bootModule('shop-api', 'shop'),
      'common/pom.xml': pom(
        '<parent><groupId>com.example</groupId><artifactId>shop</artifactId><version>1.2.0</version></parent><artifactId>common</artifactId>',
      ),
    });
    expect(await commands(dir)).toEqual({
      api: { name: 'shop-api', build: './mvnw -B -pl api -am package -DskipTests', start: 'java -jar api/target/shop-api-1.2.0.jar' },
    });
  });

  it('nested aggregators: the topmost is the root; its own version and finalName are kept; no wrapper → mvn', async () => {
    const dir = repo({
      'pom.xml': aggregator('platform', ['services']),
      'services/pom.xml': aggregator('services', ['orders/pom.xml']),
      'services/orders/pom.xml': bootModule('orders', 'services', '<version>2.0.0</version>'),
    });
    expect((await commands(dir))['services/orders']).toEqual({
      name: 'orders',
      build: 'mvn -B -pl services/orders -am package -DskipTests',
      start: 'java -jar services/orders/target/orders-2.0.0.jar',
    });
    const named = repo({
      'pom.xml': aggregator('platform', ['orders']),
      'orders/pom.xml': bootModule('orders', 'platform', '<build><finalName>app</finalName></build>'),
    });
    expect((await commands(named)).orders.start).toBe('java -jar orders/target/app.jar');
  });

  it('an aggregator in a subfolder: the build changes into it, the jar is named from the repository root', async () => {
    const dir = repo({
      'backend/pom.xml': aggregator('backend', ['api']),
      'backend/mvnw': '#!/bin/sh\n',
      'backend/api/pom.xml': bootModule('api', 'backend'),
    });
    expect((await commands(dir))['backend/api']).toEqual({
      name: 'api',
      build: 'cd backend && ./mvnw -B -pl api -am package -DskipTests',
      start: 'java -jar backend/api/target/api-1.2.0.jar',
    });
  });

  it('a standalone project, or a folder no aggregator lists, keeps building in its own folder', async () => {
    const dir = repo({
      'pom.xml': aggregator('shop', ['api']),
      'api/pom.xml': bootModule('shop-api', 'shop'),
      // Has the parent but is not a module of the reactor (and a module outside the repository is ignored).
      'tools/admin/pom.xml': bootModule('admin', 'shop'),
      'tools/pom.xml': aggregator('tools', ['../../outside']),
    });
    const got = await commands(dir);
    expect(got.api.build).toBe('mvn -B -pl api -am package -DskipTests');
    expect(got['tools/admin']).toEqual({ name: 'admin', build: 'mvn -B package -DskipTests', start: 'java -jar target/admin-1.2.0.jar' });
    const single = repo({ 'pom.xml': bootModule('solo', 'shop'), mvnw: '' });
    expect((await commands(single))['.']).toEqual({
      name: 'solo',
      build: './mvnw -B package -DskipTests',
      start: 'java -jar target/solo-1.2.0.jar',
    });
  });

  it('Gradle multi-project: the project path selects the subproject, nested includes use colons', async () => {
    const plugin = "plugins {\n  id 'org.springframework.boot' version '3.3.0'\n  id 'java'\n}\n";
    const dir = repo({
      'settings.gradle.kts': 'rootProject.name = "shop"\ninclude(":services:billing", "web")\n',
      gradlew: '#!/bin/sh\n',
      'services/billing/build.gradle': plugin,
      'web/build.gradle.kts': plugin,
    });
    expect(await commands(dir)).toEqual({
      'services/billing': {
        name: 'billing',
        build: './gradlew :services:billing:build -x test',
        start: 'java -jar services/billing/build/libs/billing.jar',
      },
      web: { name: 'web', build: './gradlew :web:build -x test', start: 'java -jar web/build/libs/web.jar' },
    });
  });
});
