// Serverless layouts → components: the repository's Lambda handlers (run contract `functions`)
// become one `lambda-function` component (a map of functions, rendered through one module with
// for_each) behind one `api-gateway-http` with the detected routes, plus the DynamoDB tables the
// configuration declares. When the repository deploys itself (SST, Serverless, SAM, CDK), nothing
// is generated unless inframate.md asks for `compute: lambda` (docs/serverless.md explains why).
import type { RunContract, RunUnit } from '../runcontract/types';
import type { DetectedFunction, ServerlessLayout } from '../runcontract/functions/types';
import { awsName } from '../terraform/hcl-escape';
import type { RuleContext } from './rules';
import { HTTP_METHODS, lambdaFunctionSchema, type Component, type LambdaFunctionSpec } from './vocabulary';

export interface ServerlessPlan {
  compute: Component[];
  data: Component[];
  /** Datastore ids these components already serve (the generic datastore rules skip them). */
  handled: Set<string>;
  /** Datastore ids the handlers' code uses (the generic rules generate those not handled). */
  datastores: string[];
  notes: string[];
  /** Units whose code the functions are (not deployed a second time as containers). */
  covers: (u: RunUnit) => boolean;
}

const TOOL_LABEL: Record<ServerlessLayout['tool'], string> = {
  sst: 'SST',
  serverless: 'the Serverless Framework',
  sam: 'AWS SAM',
  cdk: 'AWS CDK',
  folder: 'plain handler-folder',
};

/** Configured runtime → a supported runtime of the vocabulary; null when no placeholder/build exists for it. */
function lambdaRuntime(configured: string | null): LambdaFunctionSpec['runtime'] | null {
  const r = (configured ?? '').toLowerCase();
  if (r.startsWith('nodejs')) return r === 'nodejs20.x' ? 'nodejs20.x' : 'nodejs22.x';
  if (r.startsWith('python')) return r === 'python3.12' ? 'python3.12' : 'python3.13';
  if (r.startsWith('ruby')) return 'ruby3.3';
  return null;
}

/** Datastores reached over AWS APIs (IAM), never over a network: no VPC for these. */
const SERVERLESS_STORES = new Set(['dynamodb', 'sqs', 'sns', 's3']);

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2');

export function serverlessPlan(contract: RunContract | undefined, ctx: RuleContext): ServerlessPlan | undefined {
  const layout = contract?.functions;
  if (!layout || layout.functions.length === 0) return undefined;
  const notes: string[] = [];
  const where = (f: DetectedFunction) => `${f.evidence.file}${f.evidence.line ? `:${f.evidence.line}` : ''}`;
  for (const w of layout.warnings.slice(0, 10))
    notes.push(`${w.message}${w.evidence ? ` (${w.evidence.file}${w.evidence.line ? `:${w.evidence.line}` : ''})` : ''}.`);
  const asked = ctx.req.compute === 'lambda';
  if (contract?.selfDeployed && !asked) {
    notes.push(
      `${layout.functions.length} Lambda handler(s) found (${TOOL_LABEL[layout.tool]}, ${layout.configs[0] ?? where(layout.functions[0]!)}): ` +
        `the repository deploys them itself with ${contract.selfDeployed.tool}, so Inframate generates no functions, API or datastores that would conflict. ` +
        'Set `compute: lambda` in inframate.md to have Inframate generate them instead (e.g. to move off that tool).',
    );
    return { compute: [], data: [], handled: new Set(), datastores: [], notes, covers: () => false };
  }

  // Tables first: functions are wired to them by name.
  const declared = layout.stores.filter((s) => s.kind === 'dynamodb');
  // The code uses DynamoDB but no configuration declares a table: one table, keys to be checked.
  const usesDynamo = ctx.profile.datastores.includes('dynamodb') || (contract?.units ?? []).some((u) => u.datastores.includes('dynamodb'));
  const tables = declared.length
    ? declared
    : usesDynamo
      ? [{ kind: 'dynamodb' as const, name: 'main', evidence: layout.functions[0]!.evidence }]
      : [];
  const tableNames = new Map<string, string>();
  const data: Component[] = [];
  for (const t of tables.slice(0, 10)) {
    let name = awsName(kebab(t.name).replace(/-?(table|dynamo-?db-?table)$/i, '') || 'main', 24);
    for (let i = 2; [...tableNames.values()].includes(name); i++) name = `${awsName(name, 21)}-${i}`;
    tableNames.set(t.name, name);
    const attr = (k?: string) => (k && /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(k) ? k : undefined);
    const hashKey = attr(t.hashKey) ?? 'pk';
    const rangeKey = attr(t.rangeKey);
    data.push({
      kind: 'dynamodb-table',
      parameters: {
        name,
        hashKey,
        ...(rangeKey ? { rangeKey } : {}),
        billingMode: 'PAY_PER_REQUEST',
        readCapacity: 5,
        writeCapacity: 5,
        pointInTimeRecovery: true,
        deletionProtection: ctx.prod,
      },
      rationale:
        (declared.length
          ? `DynamoDB table ${t.name} (${t.evidence.file}:${t.evidence.line ?? 1}), keys ${hashKey}${rangeKey ? `/${rangeKey}` : ''} as the repository declares them: `
          : 'DynamoDB table for the handlers’ code (it uses DynamoDB; no table is declared): generic pk key, rename it to match the code’s table design; ') +
        'on-demand, point-in-time recovery, no VPC needed.',
    });
  }
  for (const b of layout.stores.filter((s) => s.kind === 's3'))
    notes.push(
      `Bucket ${b.name} (${b.evidence.file}:${b.evidence.line ?? 1}) is not generated: create it and pass its name to the functions that use it.`,
    );

  const specs: LambdaFunctionSpec[] = [];
  const used = new Set<string>();
  const skipped: string[] = [];
  for (const f of layout.functions) {
    const runtime = lambdaRuntime(f.runtime);
    if (!runtime || !f.source) {
      skipped.push(
        `${f.name} (${where(f)}: ${!f.source ? `handler ${f.handler} not found in the repository` : `runtime ${f.runtime ?? 'unknown'} has no generated build`})`,
      );
      continue;
    }
    let name = awsName(kebab(f.name).replace(/-function$/i, ''), 28);
    if (name.length < 2) name = `fn-${name}`;
    for (let i = 2; used.has(name); i++) name = `${awsName(name, 25)}-${i}`;
    used.add(name);
    // A variable naming a table: the table it names, else the only table.
    const wired = f.env
      .filter((e) => /TABLE/i.test(e))
      .flatMap((env) => {
        const match =
          tables.find(
            (t) =>
              env
                .replace(/_?TABLE(_NAME)?$/i, '')
                .replace(/_/g, '')
                .toLowerCase() === t.name.replace(/(table|dynamodbtable)$/i, '').toLowerCase(),
          ) ?? (tables.length === 1 ? tables[0] : undefined);
        return match ? [{ env, table: tableNames.get(match.name)! }] : [];
      });
    const routes = f.routes.flatMap((r) =>
      HTTP_METHODS.includes(r.method as never) ? [{ method: r.method as (typeof HTTP_METHODS)[number], path: r.path }] : [],
    );
    const payloadFormat = f.routes.length > 0 && f.routes.every((r) => r.api === 'rest') ? '1.0' : '2.0';
    const spec = {
      name,
      handler: f.handler,
      runtime,
      source: f.source,
      codeDir: f.codeDir,
      routes,
      payloadFormat,
      tables: wired.slice(0, 20),
    };
    const ok = lambdaFunctionSchema.safeParse(spec);
    if (ok.success) specs.push(ok.data);
    else skipped.push(`${f.name} (${where(f)}: ${ok.error.issues[0]?.message ?? 'invalid'})`);
  }
  if (skipped.length) notes.push(`Handlers not generated: ${skipped.slice(0, 10).join('; ')}${skipped.length > 10 ? '…' : ''}.`);
  // What the code uses (the profile; units in the functions' folders): the generic rules make the rest (RDS, Redis…).
  const dirs = specs.map((s) => s.codeDir);
  const inFolders = (u: RunUnit) =>
    u.role === 'function' || (u.listenPort === null && dirs.some((d) => u.path === '.' || d === u.path || d.startsWith(`${u.path}/`)));
  const datastores = [...new Set([...ctx.profile.datastores, ...(contract?.units ?? []).filter(inFolders).flatMap((u) => u.datastores)])];
  const vpcStores = datastores.filter((d) => !SERVERLESS_STORES.has(d));
  if (!specs.length) return { compute: [], data, handled: new Set(['dynamodb']), datastores, notes, covers: () => false };

  const service = awsName(contract?.units.find((u) => u.role === 'function')?.name ?? 'api', 20);
  const first = specs[0]!;
  const routeCount = specs.reduce((n, s) => n + s.routes.length, 0);
  const compute: Component[] = [
    {
      kind: 'lambda-function',
      service,
      parameters: {
        runtime: first.runtime,
        handler: first.handler,
        memoryMb: ctx.size.lambdaMemoryMb,
        timeoutSeconds: 29,
        architecture: 'arm64',
        reservedConcurrency: ctx.prod ? 50 : 5,
        functions: specs,
      },
      rationale:
        `${specs.length} Lambda function(s) from the repository's ${TOOL_LABEL[layout.tool]} handlers (arm64, ${ctx.size.lambdaMemoryMb} MB, 29 s — API Gateway's limit), ` +
        'one IAM role and log group per function; code shipped by the deploy workflow. ' +
        (vpcStores.length
          ? `In the VPC's private subnets: their code uses ${vpcStores.join(', ')}.`
          : 'No VPC: nothing they use needs one.'),
    },
  ];
  if (routeCount > 0)
    compute.push({
      kind: 'api-gateway-http',
      service,
      parameters: { throttlingBurstLimit: ctx.prod ? 500 : 50, throttlingRateLimit: ctx.prod ? 1000 : 100 },
      rationale: `One API Gateway HTTP API with the ${routeCount} route(s) the repository declares, each integrated with its function; throttling and JSON access logs.`,
    });
  if (contract?.selfDeployed)
    notes.push(
      `inframate.md asks for Lambda: the ${specs.length} handler(s) ${contract.selfDeployed.tool} deploys are generated here too. Remove them from ${contract.selfDeployed.tool} (or do not deploy both) so each function exists once.`,
    );
  if (vpcStores.some((d) => ['postgresql', 'mysql', 'mariadb', 'sqlserver', 'mongodb'].includes(d)))
    notes.push(
      'Functions get each database connection secret as `<STORE>_SECRET_ARN` (Lambda has no per-key secret injection): code that reads a URL or password variable must read it from Secrets Manager at start-up.',
    );
  return { compute, data, handled: new Set(['dynamodb']), datastores, notes, covers: inFolders };
}
