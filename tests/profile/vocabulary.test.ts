// Every id the detector can emit is canonical (src/profile/ids.ts) and documented in docs/profile.md;
// every canonical id of contracts §4 can be detected by some rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ECOSYSTEMS } from '../../src/profile/ecosystems';
import { DATASTORE_IDS, FRAMEWORK_IDS, LANGUAGE_IDS, MESSAGING_IDS, PACKAGE_MANAGER_IDS } from '../../src/profile/ids';
import { EXTENSION_LANGUAGE, FILENAME_LANGUAGE } from '../../src/profile/languages';
import { COMPOSE_IMAGES, ENV_SELECTORS, URL_SCHEMES } from '../../src/profile/signals';
import { INSTALL_COMMANDS } from '../../src/profile/commands';

const emitted = {
  languages: new Set([...Object.values(EXTENSION_LANGUAGE), ...Object.values(FILENAME_LANGUAGE)]),
  frameworks: new Set(
    ECOSYSTEMS.flatMap((e) => [...e.frameworks.map((r) => r.id), ...e.markers.map((m) => m.id), ...Object.values(e.implies).flat()]),
  ),
  datastores: new Set([
    ...ECOSYSTEMS.flatMap((e) => [
      ...e.datastores.map((r) => r.id),
      ...e.content.filter((c) => c.kind === 'datastore').flatMap((c) => Object.values(c.ids)),
    ]),
    ...Object.values(URL_SCHEMES),
    ...COMPOSE_IMAGES.map((c) => c.id),
    ...ENV_SELECTORS.flatMap((s) => Object.values(s.values)).filter((v) => v !== 'sqs'),
  ]),
  messaging: new Set([...ECOSYSTEMS.flatMap((e) => e.messaging.map((r) => r.id)), 'sqs', 'sns', 'kinesis', 'rabbitmq', 'kafka']),
};

const contracts = {
  languages: 'javascript typescript python ruby java kotlin go php csharp rust html css hcl shell'.split(' '),
  frameworks:
    'express fastify koa hapi nestjs nextjs nuxt react vue angular svelte sveltekit remix astro gatsby vite create-react-app django flask fastapi rails sinatra laravel symfony spring-boot quarkus micronaut gin echo fiber chi gorilla-mux net-http aspnetcore actix-web axum rocket hugo jekyll'.split(
      ' ',
    ),
  datastores:
    'postgresql mysql mariadb mongodb redis dynamodb sqlite sqlserver elasticsearch opensearch rabbitmq kafka memcached cassandra h2'.split(
      ' ',
    ),
};

describe('detector vocabulary', () => {
  it('covers every canonical id of contracts §4', () => {
    for (const id of contracts.languages) expect(emitted.languages, id).toContain(id);
    for (const id of contracts.frameworks) expect(emitted.frameworks, id).toContain(id);
    for (const id of contracts.datastores) expect(emitted.datastores, id).toContain(id);
  });

  it('emits only ids from src/profile/ids.ts', () => {
    for (const id of emitted.languages) expect(LANGUAGE_IDS as readonly string[], id).toContain(id);
    for (const id of emitted.frameworks) expect(FRAMEWORK_IDS as readonly string[], id).toContain(id);
    for (const id of emitted.datastores) expect(DATASTORE_IDS as readonly string[], id).toContain(id);
    for (const id of emitted.messaging) expect(MESSAGING_IDS as readonly string[], id).toContain(id);
    const pms = new Set(ECOSYSTEMS.flatMap((e) => e.manifests.map((m) => m.parse('', 'x').manifest?.packageManager).filter(Boolean)));
    for (const id of [...pms, ...Object.keys(INSTALL_COMMANDS).filter((k) => !k.includes('-'))])
      expect(PACKAGE_MANAGER_IDS as readonly string[], String(id)).toContain(id);
  });

  it('docs/profile.md lists every id the detector emits', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'profile.md'), 'utf8');
    for (const id of [...LANGUAGE_IDS, ...FRAMEWORK_IDS, ...DATASTORE_IDS, ...MESSAGING_IDS, ...PACKAGE_MANAGER_IDS])
      expect(doc, id).toContain(`\`${id}\``);
  });

  it('dependency rules are data: every rule names at least one dependency, ids are unique per table', () => {
    for (const e of ECOSYSTEMS) {
      for (const table of [e.frameworks, e.datastores, e.messaging]) {
        for (const r of table) expect(r.names.length, `${e.id}:${r.id}`).toBeGreaterThan(0);
        expect(new Set(table.map((r) => r.id)).size, e.id).toBe(table.length);
      }
    }
  });
});
