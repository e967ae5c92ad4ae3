// Template context of a `lambda-function` component (a map of functions rendered through
// modules/lambda-function with for_each) and of the `api-gateway-http` in front of it (one route
// per detected route, one integration per routed function). Values from the repository (handlers,
// paths, routes) reach HCL only through the escaping helpers of the templates.
import { firstByName, metaOf, type EnvVar, type IamStatement, type Reachable } from '../recommend/catalog';
import type { ComponentOf, LambdaFunctionSpec } from '../recommend/vocabulary';
import type { Prepared } from './render';

type Lambda = ComponentOf<'lambda-function'>;

interface FunctionEntry {
  key: string;
  handler: string;
  runtime: string;
  placeholderFile: string;
  placeholderSource: string;
  env: EnvVar[];
  tableArns: string[];
}

const NOT_DEPLOYED = 'Not deployed yet: run the deploy workflow.';

/** A handler that answers 503 until the deploy workflow uploads the build (the first apply has no build). */
function placeholder(runtime: string, handler: string): { file: string; source: string } {
  const dot = handler.lastIndexOf('.');
  const mod = dot > 0 ? handler.slice(0, dot) : handler;
  const fn = dot > 0 ? handler.slice(dot + 1) : 'handler';
  const ident = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(fn) ? fn : 'handler';
  if (runtime.startsWith('nodejs'))
    return {
      file: `${mod}.js`,
      source: `exports.${ident} = async () => ({ statusCode: 503, headers: { "content-type": "text/plain" }, body: "${NOT_DEPLOYED}" });\n`,
    };
  if (runtime.startsWith('python'))
    return { file: `${mod}.py`, source: `def ${ident}(event, context):\n    return {"statusCode": 503, "body": "${NOT_DEPLOYED}"}\n` };
  if (runtime.startsWith('ruby'))
    return { file: `${mod}.rb`, source: `def ${ident}(event:, context:)\n  { statusCode: 503, body: "${NOT_DEPLOYED}" }\nend\n` };
  return { file: 'README.txt', source: `${NOT_DEPLOYED}\n` };
}

/** The functions of a component: its detected handlers, else one function named after the service. */
function functionSpecs(c: Lambda, id: string): LambdaFunctionSpec[] {
  const p = c.parameters;
  return (
    p.functions ?? [
      {
        name: c.service ?? id,
        handler: p.handler,
        runtime: p.runtime,
        source: '.',
        codeDir: '.',
        routes: [],
        payloadFormat: '2.0',
        tables: [],
      },
    ]
  );
}

export function lambdaContext(p: Prepared, prepared: Prepared[], reach: Reachable[]) {
  const c = p.component as Lambda;
  const tableId = (name: string) => prepared.find((o) => o.component.kind === 'dynamodb-table' && o.component.parameters.name === name)?.id;
  const reachedTables = reach.filter((r) => r.kind === 'dynamodb-table').map((r) => r.id);
  // Without table wiring (the legacy single function), the catalog's environment and statements apply as before.
  const wiring = c.parameters.functions !== undefined;
  // Databases: Lambda has no per-key secret injection, so each function gets the connection
  // secret's ARN (<ID>_SECRET_ARN; JSON with host, port, username, password, dbname and URLs) and
  // may read exactly that secret.
  const connections = wiring
    ? reach.flatMap((r) => {
        const ds = prepared.find((o) => o.id === r.id && o.component.kind === r.kind);
        const arn = ds ? metaOf(ds.component).connection?.(ds.component, ds.id).secretArn : undefined;
        return arn ? [{ id: r.id, arn }] : [];
      })
    : [];
  const shared: EnvVar[] = [
    ...reach.filter((r) => !wiring || r.kind !== 'dynamodb-table').flatMap((r) => r.env),
    ...reach.flatMap((r) => r.secrets.map((x) => ({ name: `${x.name}_ARN`, ref: x.arn }))),
    ...connections.map((c) => ({ name: `${c.id.toUpperCase()}_SECRET_ARN`, ref: c.arn })),
  ];
  const specs = functionSpecs(c, p.id);
  const anyWired = specs.some((f) => f.tables.length > 0);
  const functions: FunctionEntry[] = specs.map((f) => {
    const ph = placeholder(f.runtime, f.handler);
    const wired = f.tables.flatMap((t) => {
      const tid = tableId(t.table);
      return tid ? [{ env: t.env, id: tid }] : [];
    });
    // Least privilege: the tables its variables name. When no function names a table (the code finds
    // them another way), every function may use the application's tables.
    const tables = wiring ? (wired.length ? [...new Set(wired.map((w) => w.id))] : anyWired ? [] : reachedTables) : [];
    const env = firstByName([...wired.map((w) => ({ name: w.env, ref: `aws_dynamodb_table.${w.id}.name` })), ...shared]);
    return {
      key: f.name,
      handler: f.handler,
      runtime: f.runtime,
      placeholderFile: ph.file,
      placeholderSource: ph.source,
      env,
      tableArns: tables.map((t) => `aws_dynamodb_table.${t}.arn`),
    };
  });
  const appIam: IamStatement[] = [
    ...reach.filter((r) => !wiring || r.kind !== 'dynamodb-table').flatMap((r) => r.iam),
    ...(connections.length
      ? [{ sid: 'ReadConnectionSecrets', actions: ['secretsmanager:GetSecretValue'], resources: connections.map((c) => ({ ref: c.arn })) }]
      : []),
  ];
  return { functions, appIam, count: functions.length };
}

export function apiContext(p: Prepared, prepared: Prepared[]) {
  const fn = prepared.find((o) => o.component.kind === 'lambda-function' && o.component.service === p.component.service) as
    (Prepared & { component: Lambda }) | undefined;
  if (!fn) return { fnId: null, routes: [], routed: [] };
  const routes: { key: string; fn: string }[] = [];
  const seen = new Set<string>();
  const specs = functionSpecs(fn.component, fn.id);
  for (const f of specs)
    for (const r of f.routes) {
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      routes.push({ key, fn: f.name });
    }
  // The legacy single function (no detected routes): every request goes to it.
  if (!fn.component.parameters.functions) routes.push({ key: '$default', fn: specs[0]!.name });
  const routed = specs.filter((f) => routes.some((r) => r.fn === f.name)).map((f) => ({ key: f.name, payload: f.payloadFormat }));
  return { fnId: fn.id, routes, routed };
}
