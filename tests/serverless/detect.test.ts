// Lambda handler detection on real public repositories (expectations written by hand in
// tests/fixtures/serverless/expected.json before the detector ran), and good / bad / malformed
// configurations: a warning naming the file and line, never an exception.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listRepoFiles } from '../../src/runcontract/files';
import { detectFunctions, normalizeRoute, type ServerlessLayout } from '../../src/runcontract/functions';
import { readSam } from '../../src/runcontract/functions/sam';
import { readServerlessFramework } from '../../src/runcontract/functions/serverless-framework';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'serverless');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { tool: string; functions: Record<string, string[]>; runtime?: string; stores: string[] }
>;

describe('real repositories', () => {
  const names = Object.keys(expected).filter((k) => !k.startsWith('_'));
  it('has the fixtures', () => expect(names.length).toBeGreaterThanOrEqual(5));
  for (const name of names) {
    it(name, () => {
      const want = expected[name]!;
      const layout = detectFunctions(listRepoFiles(join(FIXTURES, name)))!;
      expect(layout.tool).toBe(want.tool);
      const got = Object.fromEntries(layout.functions.map((f) => [f.name, f.routes.map((r) => `${r.method} ${r.path}`)]));
      expect(got).toEqual(want.functions);
      if (want.runtime) for (const f of layout.functions) expect(f.runtime).toBe(want.runtime);
      expect(layout.stores.map((s) => s.kind).sort()).toEqual([...want.stores].sort());
      // The only remark: the SAM API's authorizer, which the generated HTTP API does not recreate.
      expect(layout.warnings.map((w) => w.message)).toEqual(
        name === 'sam-python-http'
          ? ['template.yaml: HttpApi declares authorizers; the generated HTTP API has none (add one before exposing the routes)']
          : [],
      );
      // Every handler's code file was found, and every fact has a file and a line.
      for (const f of layout.functions) {
        expect(f.source, f.name).not.toBeNull();
        expect(f.evidence.line).toBeGreaterThan(0);
        for (const r of f.routes) expect(r.evidence.line).toBeGreaterThan(0);
      }
    });
  }

  it('reads the table keys and the variables each function is given', () => {
    const sam = detectFunctions(listRepoFiles(join(FIXTURES, 'sam-python-http')))!;
    expect(sam.stores.find((s) => s.name === 'LocationsTable')).toMatchObject({
      hashKey: 'locationid',
      evidence: { file: 'template.yaml', line: 271 },
    });
    expect(sam.functions[0]!.env).toContain('LOCATIONS_TABLE');
    expect(sam.functions[0]!.routes.every((r) => r.api === 'http')).toBe(true);
    const sst = detectFunctions(listRepoFiles(join(FIXTURES, '..', 'runcontract', 'sst-demo-notes')))!;
    expect(sst.stores.find((s) => s.kind === 'dynamodb')).toMatchObject({ name: 'Notes', hashKey: 'userId', rangeKey: 'noteId' });
    expect(sst.functions.find((f) => f.name === 'list')!.evidence).toMatchObject({ file: 'infra/api.ts', line: 17 });
    const sls = detectFunctions(listRepoFiles(join(FIXTURES, 'sls-aws-python-rest-api-with-dynamodb')))!;
    expect(sls.functions.every((f) => f.routes.every((r) => r.api === 'rest'))).toBe(true);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function repoFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-sls-'));
  dirs.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return listRepoFiles(dir);
}
function repo(files: Record<string, string>) {
  return detectFunctions(repoFiles(files));
}

describe('Serverless Framework', () => {
  it('reads short-form httpApi events, a catch-all and per-function runtime', () => {
    const l = repo({
      'serverless.yml':
        'service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  api:\n    handler: src/api.handler\n    runtime: python3.12\n    events:\n      - httpApi: "GET /users/:id"\n      - httpApi: "*"\n',
      'src/api.py': 'def handler(event, context):\n    return {}\n',
    })!;
    expect(l.functions[0]).toMatchObject({ runtime: 'python3.12', source: 'src/api.py' });
    expect(l.functions[0]!.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /users/{id}', 'ANY /{proxy+}']);
  });

  it('malformed YAML: a warning with the file and line, no functions, no exception', () => {
    const l = repo({ 'serverless.yml': 'service: s\nfunctions:\n  a:\n    handler: "unclosed\n  b: [\n' })!;
    expect(l.functions).toEqual([]);
    expect(l.warnings[0]!.message).toMatch(/cannot read serverless\.yml/);
    expect(l.warnings[0]!.evidence).toMatchObject({ file: 'serverless.yml' });
    expect(l.warnings[0]!.evidence!.line).toBeGreaterThan(1);
  });

  it('a function without a handler and an event it cannot read are named', () => {
    const l = repo({
      'serverless.yml':
        'functions:\n  a:\n    events:\n      - http: {}\n  b:\n    handler: b.main\n    events:\n      - http: "FETCH /x"\n',
    })!;
    expect(l.warnings.map((w) => `${w.message} @${w.evidence?.line}`)).toEqual([
      'serverless.yml: function "a" has no handler @2',
      'serverless.yml: function "b": http event not understood @8',
    ]);
  });

  it('serverless.ts is code: reported, not executed', () => {
    const l = repo({ 'serverless.ts': 'export default { functions: {} }' })!;
    expect(l.warnings[0]!.message).toMatch(/code, not YAML/);
  });
});

describe('AWS SAM', () => {
  it('parses CloudFormation tags, Globals and CodeUri', () => {
    const l = repo({
      'template.yaml': [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function:',
        '    Runtime: nodejs20.x',
        '    CodeUri: backend/',
        'Resources:',
        '  GetFn:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handler: app.get',
        '      Environment:',
        '        Variables:',
        '          TABLE: !Ref Items',
        '          ARN: !GetAtt [Items, Arn]',
        '      Events:',
        '        Get:',
        '          Type: Api',
        '          Properties:',
        '            Path: /items/{id}',
        '            Method: get',
        '            RestApiId: !Ref Api',
        '  Items:',
        '    Type: AWS::Serverless::SimpleTable',
        '    Properties:',
        '      PrimaryKey: { Name: id, Type: String }',
        '  Img:',
        '    Type: AWS::Serverless::Function',
        '    Properties: { PackageType: Image }',
      ].join('\n'),
      'backend/app.js': 'exports.get = async () => ({});\n',
    })!;
    expect(l.functions).toHaveLength(1);
    expect(l.functions[0]).toMatchObject({
      name: 'GetFn',
      source: 'backend/app.js',
      runtime: 'nodejs20.x',
      codeDir: 'backend',
      env: ['TABLE', 'ARN'],
    });
    expect(l.functions[0]!.routes).toMatchObject([{ method: 'GET', path: '/items/{id}', api: 'rest', evidence: { line: 16 } }]);
    expect(l.stores).toMatchObject([{ kind: 'dynamodb', name: 'Items', hashKey: 'id' }]);
    expect(l.warnings[0]!.message).toMatch(/Img is a container-image function/);
  });

  it('malformed template: a warning with the file and line', () => {
    const l = repo({
      'template.yaml': 'Transform: AWS::Serverless-2016-10-31\nResources:\n  A:\n    Type: AWS::Serverless::Function\n   Properties: x\n',
    })!;
    expect(l.functions).toEqual([]);
    expect(l.warnings[0]).toMatchObject({ evidence: { file: 'template.yaml' } });
    expect(l.warnings[0]!.evidence!.line).toBeGreaterThanOrEqual(4);
  });

  it('a template without AWS::Serverless is not SAM', () => {
    expect(repo({ 'template.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n' })).toBeUndefined();
  });
});

describe('SST and CDK (static reading)', () => {
  it('SST v2 routes objects, { function: … } forms and a standalone Function', () => {
    const l = repo({
      'sst.config.ts': 'export default { stacks(app) { app.stack(Api) } }',
      'stacks/Api.ts': [
        'const api = new Api(stack, "Api", {',
        '  routes: {',
        '    "GET /notes": "packages/functions/src/list.handler",',
        '    "POST /notes": { function: "packages/functions/src/create.handler" },',
        '    "PUT /notes/{id}": { function: { handler: "packages/functions/src/update.handler", timeout: 10 } },',
        '    "FETCH /x": "packages/functions/src/list.handler",',
        '  },',
        '});',
        'new Function(stack, "Cron", { handler: "packages/functions/src/cron.handler" });',
      ].join('\n'),
      'packages/functions/src/list.ts': 'export const handler = 1',
      'packages/functions/src/create.ts': 'export const handler = 1',
      'packages/functions/src/update.ts': 'export const handler = 1',
      'packages/functions/src/cron.ts': 'export const handler = 1',
    })!;
    expect(l.functions.map((f) => [f.name, f.routes.map((r) => `${r.method} ${r.path}`).join(',')])).toEqual([
      ['Cron', ''],
      ['list', 'GET /notes'],
      ['create', 'POST /notes'],
      ['update', 'PUT /notes/{id}'],
    ]);
  });

  it('SST v3: routes naming a Function declared in another file, by variable or its arn', () => {
    const l = repo({
      'sst.config.ts': 'export default $config({ async run() { await import("./infra/api"); } });',
      'infra/functions.ts': 'export const hello = new sst.aws.Function("Hello", {\n  handler: "src/hello.handler",\n});\n',
      'infra/api.ts':
        'import { hello } from "./functions";\nconst api = new sst.aws.ApiGatewayV2("Api");\napi.route("GET /hello", hello.arn);\napi.route("POST /hello", hello);\napi.route("GET /other", unknown);\n',
      'src/hello.ts': 'export const handler = async () => ({});\n',
    })!;
    expect(l.functions.map((f) => [f.name, f.routes.map((r) => `${r.method} ${r.path} @${r.evidence.file}:${r.evidence.line}`)])).toEqual([
      ['Hello', ['GET /hello @infra/api.ts:3', 'POST /hello @infra/api.ts:4']],
    ]);
    expect(l.warnings).toEqual([
      {
        message: 'infra/api.ts: route "GET /other" names unknown, not a Function it can read',
        evidence: { file: 'infra/api.ts', line: 5 },
      },
    ]);
  });

  it('CDK: a Function with Code.fromAsset, HTTP API routes, and an entry it cannot read', () => {
    const l = repo({
      'cdk.json': '{"app": "npx ts-node bin/app.ts"}',
      'lib/stack.ts': [
        "const fn = new lambda.Function(this, 'Hello', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'app.main', code: lambda.Code.fromAsset(path.join(__dirname, '../src')) });",
        "const other = new NodejsFunction(this, 'Dyn', { entry: someVariable });",
        "httpApi.addRoutes({ path: '/hello', methods: [HttpMethod.GET, HttpMethod.POST], integration: new HttpLambdaIntegration('i', fn) });",
      ].join('\n'),
      'src/app.py': 'def main(event, context):\n    pass\n',
    })!;
    expect(l.functions).toHaveLength(1);
    expect(l.functions[0]).toMatchObject({ name: 'Hello', runtime: 'python3.12', source: 'src/app.py', codeDir: 'src' });
    expect(l.functions[0]!.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /hello', 'POST /hello']);
    expect(l.warnings).toMatchObject([{ message: 'lib/stack.ts: NodejsFunction "Dyn": entry not read statically', evidence: { line: 2 } }]);
  });

  it('never follows a path out of the repository', () => {
    const l = repo({
      'cdk.json': '{}',
      'stack.ts':
        "new lambda.Function(this, 'X', { handler: 'index.handler', code: lambda.Code.fromAsset(path.join(__dirname, '../../etc')) });",
    })!;
    expect(l.functions).toEqual([]);
    expect(l.warnings[0]!.message).toMatch(/not read statically/);
  });
});

describe('plain handler folders', () => {
  it('finds exported handlers, not other files in those folders', () => {
    const l = repo({
      'functions/orders/handler.py': 'import os\n\ndef lambda_handler(event, context):\n    return os.environ["ORDERS_TABLE"]\n',
      'functions/users/index.js': 'exports.handler = async (event) => ({ statusCode: 200 });\n',
      'functions/shared/util.js': 'module.exports = { add: (a, b) => a + b };\n',
      'lambdas/report.ts': 'export async function handler() {}\n',
    })!;
    expect(l.tool).toBe('folder');
    expect(l.functions.map((f) => [f.name, f.handler, f.runtime, f.evidence.line])).toEqual([
      ['orders', 'handler.lambda_handler', 'python', 3],
      ['users', 'index.handler', 'nodejs', 1],
      ['report', 'report.handler', 'nodejs', 1],
    ]);
    expect(l.functions[0]!.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['ANY /orders', 'ANY /orders/{proxy+}']);
  });

  it('a web app is not a handler folder', () => {
    expect(repo({ 'src/server.js': "require('express')().listen(3000)\n", 'package.json': '{}' })).toBeUndefined();
  });
});

describe('routes', () => {
  it('normalizes and refuses', () => {
    expect(normalizeRoute('get', 'users/:id/')).toEqual({ method: 'GET', path: '/users/{id}' });
    expect(normalizeRoute('*', '/files/*')).toEqual({ method: 'ANY', path: '/files/{proxy+}' });
    expect(normalizeRoute('TRACE', '/x')).toBeNull();
    expect(normalizeRoute('GET', '/a b')).toBeNull();
    expect(normalizeRoute('GET', '/${jndi}')).toBeNull();
  });
});

describe('fuzz: mutated configurations never throw', () => {
  it('serverless.yml and template.yaml with random cuts and insertions', () => {
    const seeds = [
      readFileSync(join(FIXTURES, 'sls-aws-python-rest-api-with-dynamodb', 'serverless.yml'), 'utf8'),
      readFileSync(join(FIXTURES, 'sam-python-http', 'template.yaml'), 'utf8'),
    ];
    let state = 7;
    const rand = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    const junk = ['!Ref', '{', '[', ':', '\t', '"', '&a', '*a', '\n  ', '- ', '!!binary', '%YAML 1.2\n---'];
    for (let i = 0; i < 60; i++) {
      let text = seeds[i % 2]!;
      for (let k = 0; k < 4; k++) {
        const at = rand(text.length);
        text = rand(2) ? text.slice(0, at) + junk[rand(junk.length)]! + text.slice(at) : text.slice(0, at) + text.slice(at + rand(40));
      }
      const name = i % 2 ? 'template.yaml' : 'serverless.yml';
      const content = i % 2 && !text.includes('AWS::Serverless') ? `Transform: AWS::Serverless-2016-10-31\n${text}` : text;
      // The reader itself, not detectFunctions (which turns any exception into a warning).
      const files = repoFiles({ [name]: content });
      const out: ServerlessLayout = { tool: i % 2 ? 'sam' : 'serverless', configs: [name], functions: [], stores: [], warnings: [] };
      const read = i % 2 ? readSam : readServerlessFramework;
      expect(() => read(files, name, new Set(files.all), out), `mutation ${i}`).not.toThrow();
      expect(() => repo({ [name]: content })).not.toThrow();
    }
  });
});

describe('which configuration is read', () => {
  it('skips configurations under tests, examples and tool output, for every tool, and reads SAM candidates there not at all', () => {
    const files = repoFiles({
      'tests/serverless.yml': 'functions:\n  t:\n    handler: t.main\n',
      'examples/sst.config.ts': 'export default {}\n',
      'fixtures/template.yaml': 'Transform: AWS::Serverless-2016-10-31\nResources: {}\n',
      'template.yaml':
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      CodeUri: src/\n',
      'src/app.py': 'def handler(event, context):\n    return {}\n',
    });
    const read: string[] = [];
    const layout = detectFunctions({ ...files, read: (p: string) => (read.push(p), files.read(p)) })!;
    expect(layout.tool).toBe('sam');
    expect(layout.configs).toEqual(['template.yaml']);
    expect(layout.functions.map((f) => f.name)).toEqual(['Fn']);
    expect(read.filter((p) => p.startsWith('fixtures/'))).toEqual([]);
  });
});
