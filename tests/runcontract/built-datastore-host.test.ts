// A compose service built from a folder whose Dockerfile is a datastore image with init scripts
// (db/Dockerfile FROM postgres): a host name "db" in the code means that managed datastore.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { buildRunContract } from '../../src/runcontract';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'im-built-store-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const app = {
  'docker-compose.yml': 'services:\n  api:\n    build: ./api\n    ports: ["3000:3000"]\n  db:\n    build: ./db\n',
  'api/package.json': JSON.stringify({
    name: 'api',
    dependencies: { express: '^4.19.0', pg: '^8.11.0' },
    scripts: { start: 'node server.js' },
  }),
  'api/Dockerfile': 'FROM node:20\nCOPY . .\nCMD ["node", "server.js"]\n',
  'api/server.js': "const pg = require('pg');\nconst url = 'postgres://postgres:postgres@db/app';\nrequire('express')().listen(3000);\n",
  'db/Dockerfile': 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
  'db/init.sql': 'create table t (id int);\n',
};

describe('hard-coded host of a datastore built from the repository', () => {
  it('good: the host names the datastore the built image runs', async () => {
    const dir = tree(app);
    const contract = await buildRunContract(dir, await profileDirectory(dir, { source: 'walk' }));
    const db = contract.units.find((u) => u.origin?.name === 'db');
    expect(db?.role).toBe('datastore');
    const hosts = contract.units.flatMap((u) => u.hardcodedHosts.map((h) => `${u.name}:${h.host}:${h.store ?? '-'}`));
    expect(hosts).toContain('api:db:postgresql');
  });
  it('bad: an application image under the same name is not a datastore', async () => {
    const dir = tree({
      ...app,
      'db/Dockerfile': 'FROM node:20\nCMD ["node", "x.js"]\n',
      'db/x.js': 'console.log(1);\n',
      'db/package.json': '{"name":"db"}',
    });
    const contract = await buildRunContract(dir, await profileDirectory(dir, { source: 'walk' }));
    const hosts = contract.units.flatMap((u) => u.hardcodedHosts.map((h) => `${u.name}:${h.host}:${h.store ?? '-'}`));
    expect(hosts.filter((h) => h.endsWith(':postgresql'))).toEqual([]);
  });
});
