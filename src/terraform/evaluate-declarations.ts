// Declarations of a module directory: its files normalized to the hcl2json shape, and every variable, local,
// resource, data source, module call, output and provider block indexed by name (override files merged).
import type { BlockPos } from './positions';

export type Body = Record<string, unknown>;

/** The hcl2json shape every file is normalized to (.tf.json files included). */
export interface Config {
  resource?: Record<string, Record<string, Body[]>>;
  data?: Record<string, Record<string, Body[]>>;
  module?: Record<string, Body[]>;
  variable?: Record<string, Body[]>;
  output?: Record<string, Body[]>;
  locals?: Body[];
  provider?: Record<string, Body[]>;
  terraform?: Body[];
}

/**
 * Normalize a parsed document (hcl2json output or a .tf.json file) to the Config shape: every block body
 * becomes an array of bodies, and anything that is not a block where one belongs is dropped.
 */
export function normalizeConfig(doc: unknown): Config {
  if (!isBody(doc)) return {};
  return {
    resource: byTypeName(doc.resource),
    data: byTypeName(doc.data),
    module: byName(doc.module),
    variable: byName(doc.variable),
    output: byName(doc.output),
    locals: asList(doc.locals),
    provider: byName(doc.provider),
    terraform: asList(doc.terraform),
  };
}

const isBody = (x: unknown): x is Body => x !== null && typeof x === 'object' && !Array.isArray(x);

/** "//" keys are comments in Terraform JSON block bodies (cdktf writes its metadata there). */
function uncommented(b: Body): Body {
  if (!('//' in b)) return b;
  const { ['//']: _comment, ...rest } = b;
  return rest;
}

/** A block list; hcl2json's output is usually already one and is returned as is (this runs for every file). */
function asList(v: unknown): Body[] {
  if (Array.isArray(v)) {
    if (v.every((x) => isBody(x) && !('//' in x))) return v as Body[];
    return v.filter(isBody).map(uncommented);
  }
  return isBody(v) ? [uncommented(v)] : [];
}

function byName(v: unknown): Record<string, Body[]> {
  const out: Record<string, Body[]> = {};
  for (const item of asList(v)) {
    for (const name in item) {
      if (name === '//') continue;
      const bodies = asList(item[name]);
      const prev = out[name];
      out[name] = prev ? [...prev, ...bodies] : bodies;
    }
  }
  return out;
}

function byTypeName(v: unknown): Record<string, Record<string, Body[]>> {
  const out: Record<string, Record<string, Body[]>> = {};
  for (const item of asList(v)) {
    for (const type in item) if (type !== '//') out[type] = out[type] ? { ...out[type], ...byName(item[type]) } : byName(item[type]);
  }
  return out;
}

export interface ParsedFile {
  /** Path relative to the root. */
  file: string;
  /** Directory relative to the root ("." for the root). */
  dir: string;
  config: Config;
  blocks: BlockPos[];
}

export interface Decl {
  body: Body;
  file: string;
  pos?: BlockPos;
}

export function findBlock(blocks: BlockPos[], type: string, labels: string[], nth = 0): BlockPos | undefined {
  // Indexed once per file: a linear search per declaration was quadratic in a file of 1,000 resources.
  let index = blockIndexes.get(blocks);
  if (!index) {
    index = new Map();
    for (const b of blocks) {
      const key = JSON.stringify([b.type, ...b.labels]);
      const list = index.get(key) ?? [];
      list.push(b);
      index.set(key, list);
    }
    blockIndexes.set(blocks, index);
  }
  return index.get(JSON.stringify([type, ...labels]))?.[nth];
}

const blockIndexes = new WeakMap<BlockPos[], Map<string, BlockPos[]>>();

/** Strip `${…}` from meta-argument references (lifecycle.ignore_changes, provider) that are names, not values. */
export function bareReference(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/^\$\{([\s\S]*)\}$/, '$1').trim();
  if (Array.isArray(v)) return v.map(bareReference);
  return v;
}

export type LocalDecl = Decl & { name: string; value: unknown };
export type ResourceDecl = Decl & { mode: 'resource' | 'data'; type: string; name: string };
export type ProviderDecl = Decl & { name: string };
export interface Declarations {
  variables: Map<string, Decl>;
  locals: Map<string, LocalDecl>;
  resources: Map<string, ResourceDecl>;
  moduleCalls: Map<string, Decl>;
  outputs: Map<string, Decl>;
  providers: ProviderDecl[];
}

// A module directory is instantiated once per call (and per count/for_each key): its declarations are indexed
// once and shared read-only by every instance.
const declarationCache = new WeakMap<ParsedFile[], Declarations>();

/** Terraform's override files (override.tf, *_override.tf, and .tf.json forms) merge into earlier blocks. */
const OVERRIDE_FILE = /(^|\/)(override|[^/]*_override)\.tf(\.json)?$/;

export function declarationsOf(files: ParsedFile[]): Declarations {
  let d = declarationCache.get(files);
  if (d) return d;
  d = { variables: new Map(), locals: new Map(), resources: new Map(), moduleCalls: new Map(), outputs: new Map(), providers: [] };
  for (const f of files) if (!OVERRIDE_FILE.test(f.file)) collectDeclarations(f, d, false);
  for (const f of files) if (OVERRIDE_FILE.test(f.file)) collectDeclarations(f, d, true);
  declarationCache.set(files, d);
  return d;
}

/**
 * Index one file's blocks. The first declaration of a name wins (Terraform rejects duplicates); an override
 * file replaces the arguments and nested block types it sets, keeping the original block's position.
 */
function collectDeclarations(f: ParsedFile, d: Declarations, override: boolean): void {
  const c = f.config;
  const put = <T extends Decl>(into: Map<string, T>, key: string, decl: () => T): void => {
    const existing = into.get(key);
    if (!existing) into.set(key, decl());
    else if (override) into.set(key, { ...existing, body: { ...existing.body, ...decl().body } });
  };
  const named = (group: Record<string, Body[]> | undefined, type: string, into: Map<string, Decl>): void => {
    for (const [name, bodies] of Object.entries(group ?? {})) {
      bodies.forEach((body, i) => put(into, name, () => ({ body, file: f.file, pos: findBlock(f.blocks, type, [name], i) })));
    }
  };
  named(c.variable, 'variable', d.variables);
  named(c.module, 'module', d.moduleCalls);
  named(c.output, 'output', d.outputs);
  for (const mode of ['resource', 'data'] as const) {
    for (const [type, byName] of Object.entries(c[mode] ?? {})) {
      for (const [name, bodies] of Object.entries(byName)) {
        const key = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
        const body = bodies[0];
        if (body) put(d.resources, key, () => ({ body, file: f.file, pos: findBlock(f.blocks, mode, [type, name]), mode, type, name }));
      }
    }
  }
  const localsBlocks = f.blocks.filter((b) => b.type === 'locals');
  for (const body of c.locals ?? []) {
    for (const [name, value] of Object.entries(body)) {
      const existing = d.locals.get(name);
      if (existing && override) d.locals.set(name, { ...existing, value });
      if (existing) continue;
      const pos = localsBlocks.find((b) => b.attributes[name] !== undefined);
      d.locals.set(name, { body, file: f.file, pos, name, value });
    }
  }
  for (const [name, bodies] of Object.entries(c.provider ?? {})) {
    bodies.forEach((body, i) => d.providers.push({ body, file: f.file, pos: findBlock(f.blocks, 'provider', [name], i), name }));
  }
}
