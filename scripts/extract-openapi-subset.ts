// Extracts from GitHub's OpenAPI description (the api.github.com JSON shipped in @octokit/openapi)
// the operations Inframate calls, plus every component they reference, into
// tests/fakes/github/openapi-subset.json. The fake GitHub server validates each request against it.
//
//   npx tsx scripts/extract-openapi-subset.ts [--check]
//
// --check exits 1 when the committed subset differs from what the installed package yields.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every REST operation Inframate sends (method, path template as GitHub documents it). */
export const OPERATIONS: readonly [string, string][] = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/blobs'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['post', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['patch', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['post', '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function resolvePointer(doc: Json, ref: string): Json {
  let node: Json = doc;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, Json>)[key];
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node;
}

/** Copy the referenced components (transitively) into `out.components`. */
function collectRefs(doc: Json, node: Json, out: { components: Record<string, Record<string, Json>> }, seen: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectRefs(doc, n, out, seen);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const ref = (node as Record<string, Json>).$ref;
  if (typeof ref === 'string' && !seen.has(ref)) {
    seen.add(ref);
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
    if (!section) throw new Error(`unexpected $ref ${ref}`);
    const target = resolvePointer(doc, ref);
    (out.components[section] ??= {})[name] = target;
    collectRefs(doc, target, out, seen);
  }
  for (const v of Object.values(node)) collectRefs(doc, v, out, seen);
}

export function extractSubset(doc: Json): Json {
  const paths = (doc as { paths: Record<string, Record<string, Json>> }).paths;
  const out = {
    openapi: (doc as { openapi: string }).openapi,
    info: { title: 'GitHub REST API: the operations Inframate uses', version: (doc as { info: { version: string } }).info.version },
    paths: {} as Record<string, Record<string, Json>>,
    components: {} as Record<string, Record<string, Json>>,
  };
  const seen = new Set<string>();
  for (const [method, path] of OPERATIONS) {
    const op = paths[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in GitHub's OpenAPI description`);
    // Responses are not validated by the fake (it produces them); keep only what requests need.
    const { responses: _responses, ...request } = op as Record<string, Json>;
    void _responses;
    (out.paths[path] ??= {})[method] = request;
    if (paths[path].parameters) out.paths[path].parameters = paths[path].parameters;
    collectRefs(doc, request, out, seen);
    collectRefs(doc, paths[path].parameters ?? null, out, seen);
  }
  for (const section of Object.values(out.components)) {
    const sorted = Object.fromEntries(Object.entries(section).sort(([a], [b]) => a.localeCompare(b)));
    Object.keys(section).forEach((k) => delete section[k]);
    Object.assign(section, sorted);
  }
  return out as unknown as Json;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const require = createRequire(import.meta.url);
  const source = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
  const target = join(here, '..', 'tests', 'fakes', 'github', 'openapi-subset.json');
  // The description is ~13 MB: parsed once, in one go.
  const doc = JSON.parse(readFileSync(source, 'utf8')) as Json;
  const text = JSON.stringify(extractSubset(doc), null, 1) + '\n';
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== text) {
      console.error(`${target} is out of date: run npx tsx scripts/extract-openapi-subset.ts`);
      process.exit(1);
    }
    console.log('openapi subset is up to date');
    return;
  }
  writeFileSync(target, text);
  console.log(`wrote ${target} (${OPERATIONS.length} operations, ${text.length} bytes)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
