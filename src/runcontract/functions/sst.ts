// SST, read statically from its TypeScript (never executed): v3 `new sst.aws.ApiGatewayV2(…)` with
// `api.route("GET /notes", "packages/functions/src/list.main")`, v2 `new Api(stack, "Api", { routes:
// { "GET /notes": "packages/functions/src/list.main" } })` (or { function: "…" } / { function:
// { handler: "…" } }), standalone `new sst.aws.Function("X", { handler: "…" })` / `new Function(stack,
// "X", { handler: "…" })`, and the `Dynamo`/`Table` and `Bucket` constructs.
import type { RepoFiles } from '../files';
import { handlerSource, runtimeOfFile } from './paths';
import { parseRouteKey } from './routes';
import { lineAt } from '../../profile/manifests/common';
import { dirOf } from '../../profile/paths';
import { readConstructStores, type ConstructPatterns } from './constructs';
import type { DetectedFunction, ServerlessLayout } from './types';

export const SST_CONFIG = /(^|\/)sst\.config\.[cm]?[jt]s$/;
const SST_SOURCE = /\.[cm]?[jt]sx?$/;

const STR = String.raw`["'\`]([^"'\`\n]+)["'\`]`;
/** `.route("GET /x", "path.main"` or `.route("GET /x", { handler: "path.main"` */
const ROUTE_CALL = new RegExp(String.raw`\.route\(\s*${STR}\s*,\s*(?:${STR}|\{[^}]*?\bhandler\s*:\s*${STR})`, 'g');
/** `"GET /x": "path.main"`, `"GET /x": { function: "path.main"`, `"GET /x": { function: { handler: "path.main"` */
const ROUTE_ENTRY = new RegExp(
  String.raw`["'\`]((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)\s+/[^"'\`\n]*|\$default)["'\`]\s*:\s*(?:${STR}|\{\s*(?:function\s*:\s*(?:${STR}|\{[^}]*?\bhandler\s*:\s*${STR})|[^}]*?\bhandler\s*:\s*${STR}))`,
  'g',
);
/** `new sst.aws.Function("Name", { … handler: "x.main"` / `new Function(stack, "Name", { … handler:` / `new sst.aws.Cron(…{ job: "x.main"` */
const FUNCTION_NEW = new RegExp(
  String.raw`(?:(?:const|let|var)\s+(\w+)\s*=\s*)?new\s+(?:sst\.aws\.)?Function\(\s*(?:\w+\s*,\s*)?${STR}\s*,\s*\{[^]*?\bhandler\s*:\s*${STR}`,
  'g',
);
/** `api.route("GET /x", hello)` / `api.route("GET /x", props.hello.arn)`: a Function declared elsewhere. */
const ROUTE_VAR = new RegExp(String.raw`\.route\(\s*${STR}\s*,\s*(?:(?:\w+\.)?(\w+)\.arn|(?:\w+\.)?(\w+))\s*[,)]`, 'g');
const TABLE_NEW = new RegExp(String.raw`new\s+(?:sst\.aws\.Dynamo|Table)\(\s*(?:\w+\s*,\s*)?${STR}\s*,\s*\{([^]*?)\}\s*\)`, 'g');
const BUCKET_NEW = new RegExp(String.raw`new\s+(?:sst\.aws\.Bucket|Bucket)\(\s*(?:\w+\s*,\s*)?${STR}`, 'g');
const STORES: ConstructPatterns = {
  table: TABLE_NEW,
  bucket: BUCKET_NEW,
  hashKey: /(?:hashKey|partitionKey)\s*:\s*["'`](\w+)["'`]/,
  rangeKey: /(?:rangeKey|sortKey)\s*:\s*["'`](\w+)["'`]/,
};

/** The TypeScript files of an SST app: its config and what it imports under the config's folder (infra/, stacks/). */
export function sstSources(files: RepoFiles, config: string): string[] {
  const dir = config.includes('/') ? config.slice(0, config.lastIndexOf('/') + 1) : '';
  return files.all.filter(
    (p) =>
      p === config ||
      (p.startsWith(dir) && SST_SOURCE.test(p) && /(^|\/)(infra|stacks)\//.test(p.slice(dir.length)) && !p.includes('node_modules/')),
  );
}

export function readSst(files: RepoFiles, config: string, all: ReadonlySet<string>, out: ServerlessLayout): void {
  const dir = dirOf(config);
  const byHandler = new Map<string, DetectedFunction>();
  const add = (file: string, line: number, handler: string, name: string, route?: { method: string; path: string }) => {
    let fn = byHandler.get(handler);
    if (!fn) {
      const source = handlerSource(all, dir, handler);
      fn = {
        name,
        handler,
        source,
        codeDir: dir,
        runtime: runtimeOfFile(source),
        routes: [],
        env: [],
        tool: 'sst',
        evidence: { file, line, excerpt: handler },
      };
      byHandler.set(handler, fn);
      out.functions.push(fn);
    }
    if (route) fn.routes.push({ ...route, api: 'http', evidence: { file, line } });
  };
  const sources = sstSources(files, config);
  // Functions first (routes may name them by variable, from another file of the app).
  const byVar = new Map<string, string>();
  for (const file of sources) {
    const text = files.read(file) ?? '';
    for (const m of text.matchAll(FUNCTION_NEW)) {
      add(file, lineAt(text, m.index), m[3]!, m[2]!);
      if (m[1]) byVar.set(m[1], m[3]!);
    }
  }
  for (const file of sources) {
    const text = files.read(file) ?? '';
    for (const m of text.matchAll(ROUTE_CALL)) routeFrom(file, text, m.index, m[1]!, m[2] ?? m[3]);
    for (const m of text.matchAll(ROUTE_VAR)) {
      const name = m[2] ?? m[3]!;
      const handler = byVar.get(name);
      if (handler) routeFrom(file, text, m.index, m[1]!, handler);
      else
        out.warnings.push({
          message: `${file}: route "${m[1]}" names ${name}, not a Function it can read`,
          evidence: { file, line: lineAt(text, m.index) },
        });
    }
    for (const m of text.matchAll(ROUTE_ENTRY)) routeFrom(file, text, m.index, m[1]!, m[2] ?? m[3] ?? m[4] ?? m[5]);
    readConstructStores(file, text, STORES, out);
  }

  function routeFrom(file: string, text: string, index: number, key: string, handler: string | undefined) {
    const line = lineAt(text, index);
    const route = parseRouteKey(key);
    if (!route || !handler) {
      out.warnings.push({ message: `${file}: route "${key}" not understood`, evidence: { file, line } });
      return;
    }
    add(file, line, handler, nameOf(handler), route);
  }
}

/** "packages/functions/src/list.main" → "list"; "src/notes/get.handler" → "notes-get" when "get" alone is ambiguous later. */
export function nameOf(handler: string): string {
  const mod = handler.slice(0, handler.lastIndexOf('.') > 0 ? handler.lastIndexOf('.') : handler.length);
  const parts = mod.split('/');
  const last = parts.pop() ?? mod;
  return last === 'index' || last === 'handler' ? (parts.pop() ?? last) : last;
}
