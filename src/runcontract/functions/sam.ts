// AWS SAM: template.yaml resources of type AWS::Serverless::Function (Handler, CodeUri, Runtime,
// Environment, Api/HttpApi events) with the Globals.Function defaults; DynamoDB tables and S3
// buckets declared beside them. CloudFormation tags (!Ref, !Sub…) parse as opaque values.
import { posix } from 'node:path';
import type { Node } from 'yaml';
import type { RepoFiles } from '../files';
import { handlerSource, joinRel, runtimeOfFile } from './paths';
import { normalizeRoute } from './routes';
import type { DetectedStore, FunctionRoute, ServerlessLayout } from './types';
import { entries, get, parseYamlConfig, text } from './yaml-doc';

export const SAM_FILE = /(^|\/)(template|sam)\.ya?ml$/;
export const SAM_MARK = /AWS::Serverless/;

export function readSam(files: RepoFiles, file: string, all: ReadonlySet<string>, out: ServerlessLayout): void {
  const parsed = parseYamlConfig(files.read(file) ?? '');
  if (parsed.error || !parsed.root) {
    const e = parsed.error ?? { line: 1, message: 'not a mapping' };
    out.warnings.push({ message: `cannot read ${file}: ${e.message}`, evidence: { file, line: e.line } });
    return;
  }
  const { root, lineOf } = parsed;
  const dir = posix.dirname(file);
  const globals = get(get(root, 'Globals'), 'Function');
  const resources = get(root, 'Resources');
  for (const [name, res, keyNode] of entries(resources)) {
    if (text(get(res, 'Type')) !== 'AWS::Serverless::Function') continue;
    const props = get(res, 'Properties');
    const prop = (k: string) => get(props, k) ?? get(globals, k);
    const line = lineOf(keyNode);
    if (text(prop('PackageType')) === 'Image') {
      out.warnings.push({
        message: `${file}: ${name} is a container-image function: not generated as a zip function`,
        evidence: { file, line },
      });
      continue;
    }
    const handler = text(prop('Handler'));
    if (!handler) {
      out.warnings.push({ message: `${file}: ${name} has no Handler it can read`, evidence: { file, line } });
      continue;
    }
    const codeUri = text(prop('CodeUri'));
    const codeDir = joinRel(dir, codeUri ?? '.');
    const source = handlerSource(all, codeDir, handler);
    const routes: FunctionRoute[] = [];
    for (const [evName, ev, evKey] of entries(get(props, 'Events'))) {
      const type = text(get(ev, 'Type'));
      if (type !== 'Api' && type !== 'HttpApi') continue;
      const p = get(ev, 'Properties');
      const route = normalizeRoute(text(get(p, 'Method')) ?? 'ANY', text(get(p, 'Path')) ?? (type === 'HttpApi' ? '$default' : ''));
      if (route) routes.push({ ...route, api: type === 'Api' ? 'rest' : 'http', evidence: { file, line: lineOf(evKey) } });
      else
        out.warnings.push({ message: `${file}: ${name} event ${evName}: route not understood`, evidence: { file, line: lineOf(evKey) } });
    }
    const envNames = [
      ...entries(get(get(globals, 'Environment'), 'Variables')).map(([k]) => k),
      ...entries(get(get(props, 'Environment'), 'Variables')).map(([k]) => k),
    ];
    out.functions.push({
      name,
      handler,
      source,
      codeDir,
      runtime: text(prop('Runtime')) ?? runtimeOfFile(source),
      routes,
      env: [...new Set(envNames)],
      tool: 'sam',
      evidence: { file, line, excerpt: `${name}: Handler ${handler}` },
    });
  }
  out.stores.push(...cfnStores(resources, file, lineOf));
  // An API authorizer is the template's business: the generated HTTP API does not recreate it.
  for (const [name, res, keyNode] of entries(resources)) {
    const type = text(get(res, 'Type'));
    if ((type === 'AWS::Serverless::HttpApi' || type === 'AWS::Serverless::Api') && get(get(get(res, 'Properties'), 'Auth'), 'Authorizers'))
      out.warnings.push({
        message: `${file}: ${name} declares authorizers; the generated HTTP API has none (add one before exposing the routes)`,
        evidence: { file, line: lineOf(keyNode) },
      });
  }
}

/** DynamoDB tables and S3 buckets among CloudFormation resources (SAM, serverless.yml `resources:`). */
export function cfnStores(resources: Node | undefined, file: string, lineOf: (n: Node | null | undefined) => number): DetectedStore[] {
  const out: DetectedStore[] = [];
  for (const [name, res, keyNode] of entries(resources)) {
    const type = text(get(res, 'Type'));
    const props = get(res, 'Properties');
    const evidence = { file, line: lineOf(keyNode), excerpt: `${name}: ${type}` };
    if (type === 'AWS::DynamoDB::Table') {
      const keys = (get(props, 'KeySchema') as { items?: Node[] } | undefined)?.items ?? [];
      const keyOf = (t: string) =>
        keys.map((k) => (text(get(k, 'KeyType')) === t ? text(get(k, 'AttributeName')) : null)).find(Boolean) ?? undefined;
      out.push({
        kind: 'dynamodb',
        name,
        evidence,
        ...(keyOf('HASH') ? { hashKey: keyOf('HASH')! } : {}),
        ...(keyOf('RANGE') ? { rangeKey: keyOf('RANGE')! } : {}),
      });
    } else if (type === 'AWS::Serverless::SimpleTable') {
      const pk = text(get(get(props, 'PrimaryKey'), 'Name')) ?? 'id';
      out.push({ kind: 'dynamodb', name, hashKey: pk, evidence });
    } else if (type === 'AWS::S3::Bucket') out.push({ kind: 's3', name, evidence });
  }
  return out;
}
