// A unit whose folder holds no code or manifest is judged by the image its Dockerfile builds (a datastore
// with init scripts, a proxy, a development image); one code file, an entry script named in CMD included,
// makes it an application unit as before.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { buildRunContract } from '../../src/runcontract';
import type { RunContract } from '../../src/runcontract/types';

let dir: string;
let contract: RunContract;
const FILES: Record<string, string> = {
  'docker-compose.yml': [
    'services:',
    '  web:',
    '    build: ./web',
    '    ports: ["8080:80"]',
    '  db:',
    '    build: ./db',
    '  cache:',
    '    build: ./cache',
    '  job:',
    '    build: ./job',
    '  app:',
    '    build: ./app',
    '    ports: ["5000:5000"]',
    '',
  ].join('\n'),
  'web/Dockerfile': 'FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/nginx.conf\n',
  'web/nginx.conf': 'events {}\nhttp { server { listen 80; } }\n',
  'db/Dockerfile': 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
  'db/init.sql': 'CREATE TABLE t (id int);\n',
  'cache/Dockerfile': 'FROM --platform=linux/amd64 redis:7\nCOPY redis.conf /usr/local/etc/redis/\n',
  'cache/redis.conf': 'maxmemory 64mb\n',
  'job/Dockerfile': 'FROM alpine:3.20\nCOPY run.sh /run.sh\nCMD ["/run.sh"]\n',
  'job/run.sh': '#!/bin/sh\necho hello\n',
  'app/Dockerfile': 'FROM python:3.12-slim\nCOPY . .\nCMD ["python", "app.py"]\n',
  'app/app.py': 'print("hi")\n',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inframate-image-only-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const profile = await profileDirectory(dir, { source: 'walk' });
  contract = await buildRunContract(dir, profile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unit = (name: string) => contract.units.find((u) => u.name === name);
const excluded = (name: string) => contract.excluded.find((u) => u.name === name);

describe('units judged by their image', () => {
  it('a datastore image with its own configuration is replaced by the managed datastore', () => {
    expect(unit('db')).toMatchObject({
      role: 'datastore',
      roleReason: expect.stringMatching(/builds postgres:16 with its own configuration \(postgresql\)/),
    });
    expect(unit('cache')).toMatchObject({
      role: 'datastore',
      roleReason: expect.stringMatching(/builds redis:7 with its own configuration \(redis\)/),
    });
  });

  it('a folder with code, or only an entry script named in CMD, is judged as an application', () => {
    expect(unit('app')).toMatchObject({ role: 'web', roleReason: 'compose service app publishes port 5000' });
    expect(unit('job')).toMatchObject({ role: 'worker', roleReason: 'compose service job listens on no port' });
  });

  it('an image without code of its own is not an application unit', () => {
    expect(unit('web')).toBeUndefined();
    expect(excluded('web')).toEqual({ name: 'web', role: 'optional', reason: 'built from web, which holds no deployable application' });
    expect(contract.units.map((u) => u.name).sort()).toEqual(['app', 'cache', 'db', 'job']);
  });
});
