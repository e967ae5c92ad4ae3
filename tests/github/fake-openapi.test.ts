// The fake must refuse what GitHub refuses, or the other tests prove nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { extractSubset, OPERATIONS } from '../../scripts/extract-openapi-subset';
import { checkQuery } from '../fakes/github/graphql';
import { OpenApiValidator, toJsonSchema } from '../fakes/github/openapi';
import type { FakeGitHub } from '../fakes/github/server';
import { startFake } from './helpers';

let fake: FakeGitHub | undefined;
afterEach(async () => fake?.stop());

async function call(method: string, path: string, body?: unknown, token = 'write-token') {
  const res = await fetch(`${fake!.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, data: res.status === 204 ? undefined : await res.json() };
}

describe('OpenAPI validation', () => {
  const v = new OpenApiValidator();
  const q = new URLSearchParams();

  it('accepts well-formed requests', () => {
    expect(v.validate('POST', '/repos/a/b/issues', q, { title: 't', labels: ['x'] }).match?.template).toBe(
      'POST /repos/{owner}/{repo}/issues',
    );
    expect(v.validate('GET', '/repos/a/b/git/ref/heads/feature/x', q, undefined).match?.params.ref).toBe('heads/feature/x');
    expect(
      v.validate('POST', '/repos/a/b/git/trees', q, { tree: [{ path: 'a', mode: '100644', type: 'blob', sha: null }] }).violation,
    ).toBeUndefined();
  });

  it('rejects unknown routes, wrong methods, missing fields, wrong types and enums', () => {
    expect(v.validate('GET', '/repos/a/b/nonsense', q, undefined).violation).toMatch(/unknown route/);
    expect(v.validate('PUT', '/repos/a/b/issues', q, {}).violation).toMatch(/not allowed/);
    expect(v.validate('POST', '/repos/a/b/issues', q, { body: 'no title' }).violation).toMatch(/title/);
    expect(v.validate('POST', '/repos/a/b/issues/1/comments', q, { body: 5 }).violation).toMatch(/string/);
    expect(v.validate('POST', '/repos/a/b/issues/comments/1/reactions', q, { content: 'party-parrot' }).violation).toMatch(
      /allowed values/,
    );
    expect(v.validate('POST', '/repos/a/b/git/trees', q, { tree: [{ path: 'a', mode: '644', type: 'blob' }] }).violation).toMatch(/mode/);
    expect(v.validate('GET', '/repos/a/b/issues', new URLSearchParams({ state: 'everything' }), undefined).violation).toMatch(/state/);
    expect(v.validate('GET', '/repos/a/b/issues/abc/comments', q, undefined).violation).toMatch(/integer/);
    expect(v.validate('POST', '/repos/a/b/git/refs', q, undefined).violation).toMatch(/missing request body/);
  });

  it('turns OpenAPI nullable into JSON Schema', () => {
    expect(toJsonSchema({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(toJsonSchema({ oneOf: [{ type: 'string' }], nullable: true })).toEqual({
      anyOf: [{ oneOf: [{ type: 'string' }] }, { type: 'null' }],
    });
  });

  it('the subset script keeps only the listed operations and their referenced components', () => {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const [m, p] of OPERATIONS)
      (paths[p] ??= {})[m] = { parameters: [{ $ref: '#/components/parameters/owner' }], responses: { 200: {} } };
    paths['/unused'] = { get: {} };
    const doc = {
      openapi: '3.0.3',
      info: { version: '1' },
      paths,
      components: { parameters: { owner: { name: 'owner', in: 'path', required: true, schema: { type: 'string' } }, unused: {} } },
    };
    const subset = extractSubset(doc as unknown as Parameters<typeof extractSubset>[0]) as unknown as {
      paths: Record<string, Record<string, { responses?: unknown }>>;
      components: { parameters: object };
    };
    expect(Object.keys(subset.paths)).toHaveLength(new Set(OPERATIONS.map(([, p]) => p)).size);
    expect(subset.paths['/unused']).toBeUndefined();
    expect(Object.keys(subset.components.parameters)).toEqual(['owner']);
    expect(subset.paths['/repos/{owner}/{repo}'].get.responses).toBeUndefined();
  });
});

describe('the fake server', () => {
  it('records violations and answers like GitHub', async () => {
    fake = await startFake();
    expect((await call('POST', '/repos/acme/shop/issues', { body: 'x' })).status).toBe(422);
    expect((await call('GET', '/repos/acme/shop/teleport')).status).toBe(404);
    expect((await call('GET', '/repos/acme/shop', undefined, 'bad')).status).toBe(401);
    expect((await call('POST', '/graphql', { query: 'query { viewer { login } }' })).data.errors).toBeDefined();
    expect(fake.violations.map((x) => x.message)).toEqual([
      expect.stringMatching(/title/),
      expect.stringMatching(/unknown route/),
      expect.stringMatching(/invalid GraphQL document: Field 'viewer' doesn't exist/),
    ]);
  });

  it('enforces git rules: fast-forward ref updates, existing objects, one open PR per head', async () => {
    fake = await startFake();
    const main = fake.refs.get('refs/heads/main')!;
    const tree = fake.git.commits.get(main)!.tree;
    const other = (await call('POST', '/repos/acme/shop/git/commits', { message: 'orphan', tree, parents: [] })).data.sha;
    expect((await call('POST', '/repos/acme/shop/git/refs', { ref: 'refs/heads/x', sha: main })).status).toBe(201);
    expect((await call('POST', '/repos/acme/shop/git/refs', { ref: 'refs/heads/x', sha: main })).status).toBe(422);
    expect((await call('PATCH', '/repos/acme/shop/git/refs/heads/x', { sha: other })).data.message).toMatch(/fast forward/);
    expect((await call('POST', '/repos/acme/shop/git/commits', { message: 'm', tree: 'f'.repeat(40), parents: [] })).status).toBe(422);
    expect((await call('POST', '/repos/acme/shop/pulls', { title: 't', head: 'x', base: 'main' })).data.errors[0].message).toMatch(
      /No commits between/,
    );
    const blob = (await call('POST', '/repos/acme/shop/git/blobs', { content: 'hello\n', encoding: 'utf-8' })).data.sha;
    expect(blob).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(fake.violations).toEqual([]);
  });
});

describe('GraphQL checking', () => {
  const vars = { owner: 'acme', name: 'shop', head: 'inframate/analyze' };
  const q = (selection: string, header = '($owner: String!, $name: String!, $head: String!)') =>
    `query Find${header} { repository(owner: $owner, name: $name) { pullRequests(headRefName: $head, states: [OPEN], first: 5) { ${selection} } } }`;

  it("accepts the query Inframate sends, as the fake's callers send it", async () => {
    const { FIND_PULL_QUERY } = await import('../../src/github/pulls');
    expect(checkQuery(FIND_PULL_QUERY, vars)).toBe('InframateFindPull');
    expect(checkQuery(q('nodes { number alias: title }'), vars)).toBe('Find');
  });

  it('rejects what GitHub rejects', () => {
    expect(() => checkQuery(q('nodes { numbr }'), vars)).toThrow(/numbr.*doesn't exist on type 'PullRequest'/);
    expect(() => checkQuery(q('nodes { labels }'), vars)).toThrow(/must have selections/);
    expect(() => checkQuery(q('nodes { number { x } }'), vars)).toThrow(/scalars/);
    expect(() => checkQuery(q('nodes { number }', '($owner: String!, $name: String!, $head: Int)'), vars)).toThrow(/used where String/);
    expect(() => checkQuery(q('nodes { number }', '($owner: String!, $name: String!)'), vars)).toThrow(/\$head is not declared/);
    expect(() => checkQuery(q('nodes { number }'), { ...vars, head: 5 })).toThrow(/invalid value/);
    expect(() => checkQuery(q('nodes { number }').replace('[OPEN]', '[OPENED]'), vars)).toThrow(/invalid value \(OPENED\)/);
    expect(() => checkQuery(q('nodes { number }').replace('first: 5', 'frist: 5'), vars)).toThrow(/doesn't accept argument 'frist'/);
  });
});
