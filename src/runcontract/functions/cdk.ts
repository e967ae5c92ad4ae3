// AWS CDK, read statically from its TypeScript/JavaScript (never synthesized): `new lambda.Function`
// (runtime, handler, Code.fromAsset), `new NodejsFunction` (entry, handler), `new PythonFunction`
// (entry, index, handler); routes from `new LambdaIntegration(fn)` / `new HttpLambdaIntegration(…,
// fn)` attached with `resource.addMethod('GET', …)` under `addResource('x')` chains, or
// `httpApi.addRoutes({ path, methods, integration })`. DynamoDB `Table` and S3 `Bucket` constructs.
import { posix } from 'node:path';
import type { RepoFiles } from '../files';
import { handlerSource, inside, joinRel, runtimeOfFile } from './paths';
import { normalizeRoute } from './routes';
import { lineAt } from '../../profile/manifests/common';
import { readConstructStores, type ConstructPatterns } from './constructs';
import type { DetectedFunction, ServerlessLayout } from './types';

const CDK_SOURCE = /\.(ts|js|mjs)$/;
const SKIP = /(^|\/)(node_modules|cdk\.out|test|tests|__tests__|dist)\//;
const S = String.raw`["'\`]([^"'\`\n]+)["'\`]`;

const FN_NEW = new RegExp(
  String.raw`(?:(?:const|let|var)\s+(\w+)\s*=\s*|this\.(\w+)\s*=\s*)?new\s+(?:\w+\.)?(Function|NodejsFunction|PythonFunction|GoFunction)\(\s*this\s*,\s*${S}\s*,\s*\{([^]*?)\}\s*\)`,
  'g',
);
const INTEGRATION =
  /(?:const|let|var)\s+(\w+)\s*=\s*new\s+(?:\w+\.)?(?:LambdaIntegration\(\s*(?:this\.)?(\w+)|HttpLambdaIntegration\(\s*["'`][^"'`]*["'`]\s*,\s*(?:this\.)?(\w+))/g;
const RESOURCE = /(?:const|let|var)\s+(\w+)\s*=\s*((?:this\.)?\w+(?:\.root)?)\.addResource\(\s*["'`]([^"'`]+)["'`]/g;
const METHOD =
  /((?:this\.)?\w+(?:\.root)?)\.addMethod\(\s*["'`](\w+)["'`]\s*,\s*(?:new\s+(?:\w+\.)?LambdaIntegration\(\s*(?:this\.)?(\w+)|(\w+))/g;
const ADD_ROUTES = /\.addRoutes\(\s*\{([^]*?)\}\s*\)/g;
const TABLE_NEW = new RegExp(String.raw`new\s+(?:\w+\.)?Table\(\s*this\s*,\s*${S}\s*,\s*\{([^]*?)\}\s*\)`, 'g');
const BUCKET_NEW = new RegExp(String.raw`new\s+(?:\w+\.)?Bucket\(\s*this\s*,\s*${S}`, 'g');
const STORES: ConstructPatterns = {
  table: TABLE_NEW,
  bucket: BUCKET_NEW,
  hashKey: /partitionKey\s*:\s*\{\s*name\s*:\s*["'`](\w+)["'`]/,
  rangeKey: /sortKey\s*:\s*\{\s*name\s*:\s*["'`](\w+)["'`]/,
};

/** `join(__dirname, 'lambdas', 'x.ts')`, `path.resolve(__dirname, '../x')`, `'lambda/x.ts'` → a repository path. */
export function pathExpression(expr: string, fileDir: string): string | null {
  const e = expr.trim();
  const literal = /^["'`]([^"'`]+)["'`]$/.exec(e);
  if (literal) return joinRel(fileDir, literal[1]!);
  const call = /^(?:path\.)?(?:join|resolve)\(\s*__dirname\s*((?:,\s*["'`][^"'`]+["'`]\s*)*)\)$/.exec(e);
  if (!call) return null;
  const parts = [...call[1]!.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
  const p = joinRel(fileDir, ...parts);
  return inside(p) ? p : null;
}

/** `Runtime.NODEJS_20_X` → nodejs20.x, `PYTHON_3_12` → python3.12. */
export function cdkRuntime(body: string): string | null {
  const m = /Runtime\.(NODEJS|PYTHON|JAVA|RUBY|DOTNET|PROVIDED)_?([\w]*)/.exec(body);
  if (!m) return null;
  const v = m[2]!.replace(/_X$/, '.x').replace(/_/g, '.').replace(/^\./, '');
  const family = m[1]!.toLowerCase();
  if (family === 'provided') return 'provided.al2023';
  return family === 'python' ? `python${v}` : `${family}${v}`;
}

export function cdkSources(files: RepoFiles, cdkJson: string): string[] {
  const dir = cdkJson.includes('/') ? cdkJson.slice(0, cdkJson.lastIndexOf('/') + 1) : '';
  return files.all.filter((p) => p.startsWith(dir) && CDK_SOURCE.test(p) && !SKIP.test(p.slice(dir.length)) && !/\.d\.ts$/.test(p));
}

export function readCdk(files: RepoFiles, cdkJson: string, all: ReadonlySet<string>, out: ServerlessLayout): void {
  for (const file of cdkSources(files, cdkJson)) {
    const text = files.read(file) ?? '';
    if (!/\bnew\s+(?:\w+\.)?(Function|NodejsFunction|PythonFunction|GoFunction|Table|Bucket)\(/.test(text)) continue;
    const dir = posix.dirname(file);
    const byVar = new Map<string, DetectedFunction>();
    for (const m of text.matchAll(FN_NEW)) {
      const [, constVar, thisVar, ctor, id, body] = m as unknown as [
        string,
        string | undefined,
        string | undefined,
        string,
        string,
        string,
      ];
      const line = lineAt(text, m.index);
      const handlerProp = /\bhandler\s*:\s*["'`]([^"'`]+)["'`]/.exec(body)?.[1];
      const entryExpr = /\bentry\s*:\s*((?:path\.)?(?:join|resolve)\([^)]*\)|["'`][^"'`\n]+["'`])/.exec(body)?.[1];
      const assetExpr = /Code\.fromAsset\(\s*((?:path\.)?(?:join|resolve)\([^)]*\)|["'`][^"'`\n]+["'`])/.exec(body)?.[1];
      let handler: string;
      let source: string | null;
      let codeDir: string;
      if (ctor === 'NodejsFunction' || ctor === 'PythonFunction' || ctor === 'GoFunction') {
        const entry = entryExpr ? pathExpression(entryExpr.trim(), dir) : null;
        if (!entry) {
          out.warnings.push({ message: `${file}: ${ctor} "${id}": entry not read statically`, evidence: { file, line } });
          continue;
        }
        if (ctor === 'PythonFunction') {
          const index = /\bindex\s*:\s*["'`]([^"'`]+)["'`]/.exec(body)?.[1] ?? 'index.py';
          codeDir = entry;
          source = all.has(joinRel(entry, index)) ? joinRel(entry, index) : null;
          handler = `${index.replace(/\.py$/, '')}.${handlerProp ?? 'handler'}`;
        } else {
          source = all.has(entry) ? entry : null;
          codeDir = posix.dirname(entry);
          handler = `${posix.basename(entry).replace(/\.[^.]+$/, '')}.${handlerProp ?? 'handler'}`;
        }
      } else {
        const asset = assetExpr ? pathExpression(assetExpr.trim(), dir) : null;
        if (!asset || !handlerProp) {
          out.warnings.push({ message: `${file}: Function "${id}": code or handler not read statically`, evidence: { file, line } });
          continue;
        }
        codeDir = asset;
        handler = handlerProp;
        source = handlerSource(all, asset, handlerProp);
      }
      const fn: DetectedFunction = {
        name: id,
        handler,
        source,
        codeDir,
        runtime: cdkRuntime(body) ?? runtimeOfFile(source),
        routes: [],
        env: [...(/\benvironment\s*:\s*\{([^}]*)\}/.exec(body)?.[1] ?? '').matchAll(/(?:^|[,{\s])["']?([A-Z][A-Z0-9_]*)["']?\s*:/g)].map(
          (x) => x[1]!,
        ),
        tool: 'cdk',
        evidence: { file, line, excerpt: `${ctor} ${id}` },
      };
      out.functions.push(fn);
      const v = constVar ?? thisVar;
      if (v) byVar.set(v, fn);
    }
    // Routes: integration variables → functions; resource variables → paths.
    const integrations = new Map<string, DetectedFunction>();
    for (const m of text.matchAll(INTEGRATION)) {
      const fn = byVar.get(m[2] ?? m[3] ?? '');
      if (fn) integrations.set(m[1]!, fn);
    }
    const paths = new Map<string, string>();
    const pathOf = (v: string) => (/\.root$/.test(v) ? '' : (paths.get(v.replace(/^this\./, '')) ?? null));
    for (const m of text.matchAll(RESOURCE)) {
      const parent = pathOf(m[2]!);
      if (parent !== null) paths.set(m[1]!, `${parent}/${m[3]!}`);
    }
    for (const m of text.matchAll(METHOD)) {
      const path = pathOf(m[1]!);
      const fn = m[3] ? byVar.get(m[3]) : integrations.get(m[4] ?? '');
      const route = path !== null ? normalizeRoute(m[2]!, path || '/') : null;
      if (fn && route) fn.routes.push({ ...route, api: 'rest', evidence: { file, line: lineAt(text, m.index) } });
    }
    for (const m of text.matchAll(ADD_ROUTES)) {
      const body = m[1]!;
      const path = /\bpath\s*:\s*["'`]([^"'`]+)["'`]/.exec(body)?.[1];
      const integ =
        /\bintegration\s*:\s*(?:new\s+(?:\w+\.)?HttpLambdaIntegration\(\s*["'`][^"'`]*["'`]\s*,\s*(?:this\.)?(\w+)|(?:this\.)?(\w+))/.exec(
          body,
        );
      const fn = integ ? (byVar.get(integ[1] ?? '') ?? integrations.get(integ[2] ?? '')) : undefined;
      const methods = [
        ...(/\bmethods\s*:\s*\[([^\]]*)\]/.exec(body)?.[1] ?? 'ANY').matchAll(/(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)/g),
      ].map((x) => x[1]!);
      for (const method of methods.length ? methods : ['ANY']) {
        const route = path ? normalizeRoute(method, path) : null;
        if (fn && route) fn.routes.push({ ...route, api: 'http', evidence: { file, line: lineAt(text, m.index) } });
      }
    }
    readConstructStores(file, text, STORES, out);
  }
}
