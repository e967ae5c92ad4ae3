// Serverless Framework: serverless.yml `functions:` (handler, runtime, environment, http/httpApi
// events) with the provider's defaults, and the DynamoDB tables / S3 buckets of `resources:`.
import { posix } from 'node:path';
import type { RepoFiles } from '../files';
import { handlerSource, runtimeOfFile } from './paths';
import { normalizeRoute } from './routes';
import type { DetectedStore, FunctionRoute, ServerlessLayout } from './types';
import { entries, get, items, parseYamlConfig, text } from './yaml-doc';
import { cfnStores } from './sam';

export const SERVERLESS_FILE = /(^|\/)serverless\.(ya?ml|json|[jt]s)$/;

export function readServerlessFramework(files: RepoFiles, file: string, all: ReadonlySet<string>, out: ServerlessLayout): void {
  if (!/\.ya?ml$/.test(file)) {
    out.warnings.push({
      message: `${posix.basename(file)} is code, not YAML: its functions are not read statically`,
      evidence: { file, line: 1 },
    });
    return;
  }
  const parsed = parseYamlConfig(files.read(file) ?? '');
  if (parsed.error || !parsed.root) {
    const e = parsed.error ?? { line: 1, message: 'not a mapping' };
    out.warnings.push({ message: `cannot read ${file}: ${e.message}`, evidence: { file, line: e.line } });
    return;
  }
  const { root, lineOf } = parsed;
  const dir = posix.dirname(file);
  const provider = get(root, 'provider');
  const defaultRuntime = text(get(provider, 'runtime'));
  const providerEnv = entries(get(provider, 'environment')).map(([k]) => k);
  const fns = get(root, 'functions');
  if (fns && !entries(fns).length && !items(fns).length) {
    out.warnings.push({
      message: `${file}: "functions" is not a mapping (a \${file()} include?): not read`,
      evidence: { file, line: lineOf(fns) },
    });
  }
  // functions: a mapping, or a list of mappings (older configurations).
  const pairs = [...entries(fns), ...items(fns).flatMap((m) => entries(m))];
  for (const [name, body, keyNode] of pairs) {
    const handler = text(get(body, 'handler'));
    if (!handler) {
      if (get(body, 'image') === undefined)
        out.warnings.push({ message: `${file}: function "${name}" has no handler`, evidence: { file, line: lineOf(keyNode) } });
      continue;
    }
    const source = handlerSource(all, dir, handler);
    const routes: FunctionRoute[] = [];
    for (const ev of items(get(body, 'events'))) {
      for (const kind of ['http', 'httpApi']) {
        const e = get(ev, kind);
        if (e === undefined) continue;
        const line = lineOf(e);
        const short = text(e);
        const r = short !== null ? shortRoute(short) : { method: text(get(e, 'method')) ?? 'ANY', path: text(get(e, 'path')) ?? '' };
        const route = r && normalizeRoute(r.method, r.path);
        if (route) routes.push({ ...route, api: kind === 'http' ? 'rest' : 'http', evidence: { file, line } });
        else out.warnings.push({ message: `${file}: function "${name}": ${kind} event not understood`, evidence: { file, line } });
      }
    }
    out.functions.push({
      name,
      handler,
      source,
      codeDir: dir,
      runtime: text(get(body, 'runtime')) ?? defaultRuntime ?? runtimeOfFile(source),
      routes,
      env: [...new Set([...providerEnv, ...entries(get(body, 'environment')).map(([k]) => k)])],
      tool: 'serverless',
      evidence: { file, line: lineOf(keyNode), excerpt: `${name}: handler ${handler}` },
    });
  }
  const stores: DetectedStore[] = cfnStores(get(get(root, 'resources'), 'Resources'), file, lineOf);
  out.stores.push(...stores);
}

/** "GET /users/{id}", "*" (httpApi catch-all). */
function shortRoute(s: string): { method: string; path: string } | null {
  if (s.trim() === '*') return { method: 'ANY', path: '/{proxy+}' };
  const m = /^\s*([A-Za-z*]+)\s+(\S+)\s*$/.exec(s);
  return m ? { method: m[1]!, path: m[2]! } : null;
}
