// Request validation against GitHub's OpenAPI description (the committed subset extracted by
// scripts/extract-openapi-subset.ts): method and path, path and query parameters, JSON body.
// Anything the real API would reject is a violation, and the fake answers as GitHub would.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: { type?: string; enum?: unknown[]; default?: unknown };
  $ref?: string;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  op: Operation;
  params: Parameter[];
  body?: ValidateFunction;
  bodyRequired: boolean;
}

export interface Match {
  template: string;
  params: Record<string, string>;
}

export interface Violation {
  method: string;
  path: string;
  message: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export class OpenApiValidator {
  private readonly routes: Route[] = [];

  constructor(file = join(here, 'openapi-subset.json')) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
      components: { parameters?: Record<string, Parameter> };
    };
    // GitHub's extra keywords are annotations; formats are not checked (GitHub is lenient too).
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const deref = (p: Parameter): Parameter => (p.$ref ? doc.components.parameters![p.$ref.split('/').pop()!] : p);
    for (const [template, methods] of Object.entries(doc.paths)) {
      const names: string[] = [];
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, n: string) => {
        names.push(n);
        // {ref} may contain slashes (heads/feature/x); other parameters may not.
        return n === 'ref' || n === 'path' ? '(.+)' : '([^/]+)';
      });
      for (const [method, op] of Object.entries(methods)) {
        if (method === 'parameters') continue;
        const openApiSchema = op.requestBody?.content?.['application/json']?.schema;
        const schema = openApiSchema === undefined ? undefined : toJsonSchema(openApiSchema);
        this.routes.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${pattern}$`),
          names,
          op,
          params: [...((methods.parameters as unknown as Parameter[]) ?? []), ...(op.parameters ?? [])].map(deref),
          body: schema ? ajv.compile(schema as object) : undefined,
          bodyRequired: Boolean(op.requestBody?.required),
        });
      }
    }
  }

  /** Validate one request; returns the matched route or the reason the real API would refuse it. */
  validate(method: string, path: string, query: URLSearchParams, body: unknown): { match?: Match; violation?: string; status?: number } {
    const candidates = this.routes.filter((r) => r.regex.test(path));
    if (!candidates.length) return { violation: `unknown route ${method} ${path}`, status: 404 };
    const route = candidates.find((r) => r.method === method);
    if (!route) return { violation: `method ${method} not allowed on ${path}`, status: 404 };
    const m = route.regex.exec(path)!;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    for (const p of route.params) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? (query.get(p.name) ?? undefined) : undefined;
      if (p.in === 'header') continue;
      if (value === undefined) {
        if (p.required) return { violation: `missing ${p.in} parameter ${p.name}`, status: 422 };
        continue;
      }
      const problem = checkScalar(value, p.schema);
      if (problem) return { violation: `${p.in} parameter ${p.name}: ${problem}`, status: 422 };
    }
    if (route.bodyRequired && (body === undefined || body === null)) return { violation: 'missing request body', status: 400 };
    if (route.body && body !== undefined && !route.body(body)) {
      const errs = (route.body.errors ?? []).map((e) => `${e.instancePath || 'body'} ${e.message}`).join('; ');
      return { violation: `invalid body: ${errs}`, status: 422 };
    }
    return { match: { template: `${method} ${route.template}`, params } };
  }
}

function checkScalar(value: string, schema: Parameter['schema']): string | undefined {
  if (!schema) return undefined;
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) return `expected an integer, got "${value}"`;
  if (schema.type === 'boolean' && !['true', 'false'].includes(value)) return `expected true or false, got "${value}"`;
  if (schema.enum && !schema.enum.map(String).includes(value)) return `"${value}" is not one of ${schema.enum.join(', ')}`;
  return undefined;
}

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes an explicit null alternative. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node))
    out[k] =
      k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([pk, pv]) => [pk, toJsonSchema(pv)])) : toJsonSchema(v);
  if (out.nullable === true) {
    delete out.nullable;
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
  } else delete out.nullable;
  return out;
}
