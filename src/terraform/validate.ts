// The analyze validation gate: a generated module must parse, match the AWS provider schema
// (types, arguments, nested blocks, required arguments), declare each thing once, resolve every
// reference, and leave no high or critical security finding. Anything else is reported, and the
// module is not written as if it were good.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { severityRank } from '../core/types';
import { scanTerraform } from '../checks/engine';
import type { Finding } from '../checks/types';
import { InframateError } from '../supervisor/errors';
import type { Body } from './evaluate-declarations';
import { loadTerraformFiles, parseTerraformFile, type FileResult } from './load';
import type { LoadedTerraform } from './model';
import type { BlockPos } from './positions';
import { collectReferences } from './references';
import { packageRoot } from './render';
import { BUNDLED_SCHEMA_INDEX } from './schema/bundled-index';
import { lazySchema } from './schema/lazy-schema';
import { checkDeployability, type DeployabilityReport } from '../deployability';
import type { RunContract } from '../runcontract/types';

export interface CompactBlock {
  r?: string[];
  o?: string[];
  b?: Record<string, CompactBlock>;
  rb?: string[];
}
export interface ProviderSchema {
  source: string;
  packageVersion: string;
  providerVersion: string;
  resources: Record<string, CompactBlock>;
  data: Record<string, CompactBlock>;
}

export interface SchemaError {
  file: string;
  line: number;
  /** e.g. aws_s3_bucket.site or variable.project */
  address: string;
  message: string;
}
export interface UnresolvedReference {
  file: string;
  line: number;
  address: string;
  reference: string;
}
export interface ModuleValidation {
  parsed: boolean;
  parseErrors: { file: string; line?: number; message: string }[];
  schemaErrors: SchemaError[];
  unresolvedReferences: UnresolvedReference[];
  /** Unsuppressed security findings at or above `high` (these block the module). */
  findings: Finding[];
  /** Every other unsuppressed finding (medium/low), for the report. */
  advisories: Finding[];
  /** Resources checked against the schema, and security rules evaluated. */
  resourcesChecked: number;
  rulesEvaluated: number;
  /** "hashicorp/aws 6.25.0 (from @cdktf/provider-aws 21.22.1)" */
  schema: string;
  /** The deployability gate (src/deployability): what AWS or the application would reject at deploy time. */
  deployability: DeployabilityReport;
  passed: boolean;
}

export const SCHEMA_FILE = join('src', 'terraform', 'schema', 'aws-provider.json.gz');
let cachedSchema: ProviderSchema | undefined;

/** The compact AWS provider schema committed with the package (see scripts/gen-aws-schema.ts). */
export function loadProviderSchema(root?: string): ProviderSchema {
  if (!cachedSchema) {
    try {
      // The package root is looked up only on the first call (a walk up the directory tree).
      const gz = readFileSync(join(root ?? packageRoot(), SCHEMA_FILE));
      const bytes = gunzipSync(gz);
      // The bundle's index of this very file: only the types looked up are parsed (schema/lazy-schema.ts).
      const index = BUNDLED_SCHEMA_INDEX;
      cachedSchema = (
        index && createHash('sha256').update(gz).digest('hex') === index.sha256
          ? lazySchema(bytes, index)
          : JSON.parse(bytes.toString('utf8'))
      ) as ProviderSchema;
    } catch (error) {
      throw new InframateError('internal', `cannot read the AWS provider schema (${SCHEMA_FILE}): ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return cachedSchema;
}

export const schemaLabel = (s: ProviderSchema) => `hashicorp/aws ${s.providerVersion} (from ${s.source} ${s.packageVersion})`;

/** Terraform meta-arguments and blocks valid in any resource / data block. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

interface Located {
  file: string;
  pos?: BlockPos;
}

const lineOf = (loc: Located, key?: string) =>
  (key && loc.pos?.attributes[key]) || (key && loc.pos?.blocks.find((b) => b.type === key)?.line) || loc.pos?.line || 1;

/** Check one block body against its schema; nested blocks recursively. */
function checkBody(
  body: Body,
  schema: CompactBlock,
  where: string,
  loc: Located,
  errors: SchemaError[],
  address: string,
  top: boolean,
): void {
  const args = new Set([...(schema.r ?? []), ...(schema.o ?? [])]);
  const blocks = schema.b ?? {};
  const present = new Set<string>();
  for (const [key, value] of Object.entries(body)) {
    if (top && META_ARGUMENTS.has(key)) continue;
    if (key === 'dynamic' && value && typeof value === 'object') {
      for (const [name, defs] of Object.entries(value as Record<string, Body[]>)) {
        const nested = blocks[name];
        if (!nested) {
          errors.push({
            file: loc.file,
            line: lineOf(loc, name),
            address,
            message: `${where}: unsupported block type "${name}" (dynamic)`,
          });
          continue;
        }
        present.add(name);
        for (const def of defs ?? [])
          for (const content of (def.content as Body[] | undefined) ?? [])
            checkBody(content, nested, `${where}.${name}`, loc, errors, address, false);
      }
      continue;
    }
    present.add(key);
    if (args.has(key)) continue;
    const nested = blocks[key];
    if (nested) {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items)
        if (item && typeof item === 'object' && !Array.isArray(item))
          checkBody(item as Body, nested, `${where}.${key}`, loc, errors, address, false);
      continue;
    }
    errors.push({ file: loc.file, line: lineOf(loc, key), address, message: `${where}: unsupported argument or block "${key}"` });
  }
  for (const required of [...(schema.r ?? []), ...(schema.rb ?? [])]) {
    if (!present.has(required))
      errors.push({ file: loc.file, line: lineOf(loc), address, message: `${where}: missing required argument "${required}"` });
  }
}

interface Declarations {
  resources: Set<string>;
  data: Set<string>;
  variables: Set<string>;
  locals: Set<string>;
  modules: Set<string>;
}

/** Schema-check every parsed .tf file, collect declarations and references, and find duplicates. */
function checkFiles(files: Map<string, FileResult>, schema: ProviderSchema) {
  const parseErrors: ModuleValidation['parseErrors'] = [];
  const schemaErrors: SchemaError[] = [];
  const decl: Declarations = { resources: new Set(), data: new Set(), variables: new Set(), locals: new Set(), modules: new Set() };
  const declaredAt = new Map<string, string>();
  const providers = new Set<string>();
  const refs: { file: string; line: number; address: string; target: string; kind: string }[] = [];
  let resourcesChecked = 0;

  const declare = (key: string, file: string, line: number) => {
    if (declaredAt.has(key))
      schemaErrors.push({ file, line, address: key, message: `duplicate declaration of ${key} (first in ${declaredAt.get(key)})` });
    else declaredAt.set(key, `${file}:${line}`);
  };

  for (const [file, result] of files) {
    if (result.error) {
      parseErrors.push({ file, line: result.error.line, message: result.error.message });
      continue;
    }
    if (!result.parsed) continue;
    const doc = result.parsed.config;
    const positions = result.parsed.blocks;
    const find = (type: string, labels: string[]) => positions.find((b) => b.type === type && labels.every((l, i) => b.labels[i] === l));

    for (const [kind, section] of [
      ['resource', 'resources'],
      ['data', 'data'],
    ] as const) {
      const byType = (doc[kind] ?? {}) as Record<string, Record<string, Body[]>>;
      for (const [type, byName] of Object.entries(byType)) {
        for (const [name, bodies] of Object.entries(byName)) {
          const address = kind === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
          const loc: Located = { file, pos: find(kind, [type, name]) };
          declare(address, file, lineOf(loc));
          decl[kind === 'data' ? 'data' : 'resources'].add(address);
          resourcesChecked++;
          const typeSchema = schema[section][type];
          for (const body of bodies) {
            for (const r of collectReferences(body)) refs.push({ file, line: lineOf(loc), address, ...r });
            // provider = aws.us_east_1 must name a configured provider (alias).
            const provider = typeof body.provider === 'string' ? /^\$\{([a-z][\w-]*(?:\.[\w-]+)?)\}$/.exec(body.provider)?.[1] : undefined;
            if (provider) refs.push({ file, line: lineOf(loc, 'provider'), address, target: `provider.${provider}`, kind: 'provider' });
            if (!type.startsWith('aws_')) continue; // other providers: not in the AWS schema
            if (!typeSchema) {
              schemaErrors.push({
                file,
                line: lineOf(loc),
                address,
                message: `${kind === 'data' ? 'data source' : 'resource'} type "${type}" does not exist in the AWS provider`,
              });
              continue;
            }
            checkBody(body, typeSchema, address, loc, schemaErrors, address, true);
          }
        }
      }
    }
    for (const [name, bodies] of Object.entries((doc.variable ?? {}) as Record<string, Body[]>)) {
      const line = find('variable', [name])?.line ?? 1;
      declare(`var.${name}`, file, line);
      decl.variables.add(`var.${name}`);
      for (const body of bodies)
        for (const r of collectReferences(body.validation ?? [])) refs.push({ file, line, address: `var.${name}`, ...r });
    }
    for (const [name, bodies] of Object.entries((doc.output ?? {}) as Record<string, Body[]>)) {
      const line = find('output', [name])?.line ?? 1;
      declare(`output.${name}`, file, line);
      for (const body of bodies) for (const r of collectReferences(body)) refs.push({ file, line, address: `output.${name}`, ...r });
    }
    for (const [name, bodies] of Object.entries((doc.module ?? {}) as Record<string, Body[]>)) {
      const line = find('module', [name])?.line ?? 1;
      declare(`module.${name}`, file, line);
      decl.modules.add(`module.${name}`);
      for (const body of bodies) for (const r of collectReferences(body)) refs.push({ file, line, address: `module.${name}`, ...r });
    }
    for (const block of (doc.locals ?? []) as Body[]) {
      for (const [name, value] of Object.entries(block)) {
        const line = positions.find((b) => b.type === 'locals' && b.attributes[name])?.attributes[name] ?? 1;
        declare(`local.${name}`, file, line);
        decl.locals.add(`local.${name}`);
        for (const r of collectReferences(value)) refs.push({ file, line, address: `local.${name}`, ...r });
      }
    }
    for (const [name, bodies] of Object.entries((doc.provider ?? {}) as Record<string, Body[]>)) {
      for (const body of bodies) providers.add(typeof body.alias === 'string' ? `provider.${name}.${body.alias}` : `provider.${name}`);
      for (const body of bodies)
        for (const r of collectReferences(body))
          refs.push({ file, line: find('provider', [name])?.line ?? 1, address: `provider.${name}`, ...r });
    }
  }

  const declaredOf: Record<string, Set<string>> = {
    provider: providers,
    var: decl.variables,
    local: decl.locals,
    module: decl.modules,
    data: decl.data,
  };
  const known = (kind: string, target: string) => (declaredOf[kind] ?? decl.resources).has(target);
  const seen = new Set<string>();
  const unresolvedReferences: UnresolvedReference[] = [];
  for (const r of refs) {
    if (known(r.kind, r.target)) continue;
    const key = `${r.address}→${r.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unresolvedReferences.push({ file: r.file, line: r.line, address: r.address, reference: r.target });
  }
  return { parseErrors, schemaErrors, unresolvedReferences, resourcesChecked };
}

/**
 * Each directory is a module with its own names (a local module may declare var.aws_region as the
 * root does): check each on its own, then check every call of a local module against the
 * variables it declares (an argument it does not declare, a required variable not given).
 */
function checkModules(files: Map<string, FileResult>, schema: ProviderSchema) {
  const dirOf = (file: string) => posix.dirname(file.split('\\').join('/'));
  const dirs = new Map<string, Map<string, FileResult>>();
  // Variables of each module directory: name → has a default.
  const variablesOf = new Map<string, Map<string, boolean>>();
  for (const [file, result] of files) {
    const dir = dirOf(file);
    if (!dirs.has(dir)) dirs.set(dir, new Map());
    dirs.get(dir)!.set(file, result);
    const vars = variablesOf.get(dir) ?? new Map<string, boolean>();
    for (const [name, bodies] of Object.entries((result.parsed?.config.variable ?? {}) as Record<string, Body[]>))
      vars.set(
        name,
        bodies.some((b) => 'default' in b),
      );
    variablesOf.set(dir, vars);
  }
  const out = {
    parseErrors: [] as ModuleValidation['parseErrors'],
    schemaErrors: [] as SchemaError[],
    unresolvedReferences: [] as UnresolvedReference[],
    resourcesChecked: 0,
  };
  for (const group of dirs.values()) {
    const r = checkFiles(group, schema);
    out.parseErrors.push(...r.parseErrors);
    out.schemaErrors.push(...r.schemaErrors);
    out.unresolvedReferences.push(...r.unresolvedReferences);
    out.resourcesChecked += r.resourcesChecked;
  }
  for (const [file, result] of files) {
    const calls = (result.parsed?.config.module ?? {}) as Record<string, Body[]>;
    for (const [name, bodies] of Object.entries(calls)) {
      for (const body of bodies) {
        if (typeof body.source !== 'string' || !/^\.\.?\//.test(body.source)) continue; // remote: not ours to check
        const dir = posix.normalize(posix.join(dirOf(file), body.source));
        const vars = variablesOf.get(dir);
        const line = result.parsed?.blocks.find((b) => b.type === 'module' && b.labels[0] === name)?.line ?? 1;
        const address = `module.${name}`;
        if (!vars) {
          out.schemaErrors.push({ file, line, address, message: `module "${name}": no module in ${body.source}` });
          continue;
        }
        for (const arg of Object.keys(body)) {
          if (!MODULE_META_ARGS.has(arg) && !vars.has(arg))
            out.schemaErrors.push({
              file,
              line,
              address,
              message: `module "${name}": unsupported argument "${arg}" (${dir} declares no such variable)`,
            });
        }
        for (const [v, hasDefault] of vars) {
          if (!hasDefault && !(v in body))
            out.schemaErrors.push({ file, line, address, message: `module "${name}": missing required argument "${v}"` });
        }
      }
    }
  }
  return out;
}

const MODULE_META_ARGS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

export interface ValidateOptions {
  /** Lowest severity that blocks the module (default high). */
  blockAt?: 'critical' | 'high';
  schema?: ProviderSchema;
  now?: Date;
  /** The run contract the module was generated from: the deployability gate checks the module against it. */
  contract?: RunContract;
  /** The generator wired the contract: its rules (required variables, ports, health paths) block. Default false: advisories. */
  enforceContract?: boolean;
}

export async function validateModule(
  root: string,
  files: Map<string, string>,
  opts: ValidateOptions = {},
): Promise<ModuleValidation & { loaded: LoadedTerraform }> {
  const schema = opts.schema ?? loadProviderSchema();
  // Each .tf file is parsed once: the schema check and the loaded model (security scan) share the result.
  const parsedFiles = new Map<string, FileResult>();
  for (const [file, text] of files) if (file.endsWith('.tf')) parsedFiles.set(file, await parseTerraformFile(file, text));
  const checked = checkModules(parsedFiles, schema);
  const loaded = await loadTerraformFiles(root, files, { parsed: parsedFiles });
  const scan = scanTerraform(loaded, { now: opts.now });
  const threshold = severityRank(opts.blockAt ?? 'high');
  const open = scan.findings.filter((f) => !f.suppressed);
  const findings = open.filter((f) => severityRank(f.severity) >= threshold);
  const advisories = open.filter((f) => severityRank(f.severity) < threshold);
  const parsed = checked.parseErrors.length === 0;
  const deployability = checkDeployability(loaded, opts.contract, undefined, opts.enforceContract ?? false);
  return {
    parsed,
    parseErrors: checked.parseErrors,
    schemaErrors: checked.schemaErrors,
    unresolvedReferences: checked.unresolvedReferences,
    findings,
    advisories,
    resourcesChecked: checked.resourcesChecked,
    rulesEvaluated: scan.rulesEvaluated,
    schema: schemaLabel(schema),
    deployability,
    passed:
      parsed &&
      checked.schemaErrors.length === 0 &&
      checked.unresolvedReferences.length === 0 &&
      findings.length === 0 &&
      deployability.passed,
    loaded,
  };
}
