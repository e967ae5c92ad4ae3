// The Terraform loader shared by secure, optimize, visualize, drift and the analyze gate: every .tf and .tf.json
// file under a directory is parsed (hcl2json), located (positions.ts) and evaluated (evaluate-module.ts) into the
// LoadedTerraform model. Problems in one file are recorded with file and line and never stop the others.
import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { RunStep } from '../supervisor/step';
import { InframateError, InputError } from '../supervisor/errors';
import { parseHcl } from './hcl';
import { scanHcl, scanJsonPositions, type BlockPos } from './positions';
import {
  UNKNOWN,
  type LoadError,
  type LoadedTerraform,
  type SourcePos,
  type TfComment,
  type TfModuleCall,
  type TfResource,
  type TfValue,
} from './model';
import { EMPTY_SCOPE, ModuleInstance, parseVarValue, type LoadContext } from './evaluate-module';
import { declarationsOf, normalizeConfig, type Body, type Config, type ParsedFile } from './evaluate-declarations';
import { isTemplate } from './expr/parser';
import { checkInside, repositoryRoot } from '../core/tree';

export interface LoadOptions {
  /** Extra variable files (--var-file), applied after terraform.tfvars and *.auto.tfvars, in order. */
  varFiles?: string[];
  /** Variable values (--var NAME=VALUE), applied last. */
  vars?: Record<string, string>;
  step?: RunStep;
  /** Files the caller already parsed with parseTerraformFile (the validation gate), by relative path: not parsed again. */
  parsed?: ReadonlyMap<string, FileResult>;
}

const SKIP_DIRS = new Set(['.terraform', '.git', 'node_modules', '.terragrunt-cache']);
const TF_FILE = /\.tf(\.json)?$/;
const TFVARS_FILE = /\.tfvars(\.json)?$/;
const MAX_EXTERNAL_MODULE_DIRS = 200;

/** A file's text; undefined when it cannot be read; OUTSIDE when it resolves outside the repository (not read). */
type Reader = (rel: string) => Promise<string | undefined | typeof OUTSIDE>;
const OUTSIDE = Symbol('outside');
const outsideMessage = (what: string, real: string): string =>
  `not read: ${what} resolves outside the repository (${real}); Inframate reads nothing outside the scanned tree`;

const toPosix = (p: string): string => p.split(path.sep).join('/');
const dirOf = (rel: string): string => path.posix.dirname(rel);

/** Every .tf / .tf.json / .tfvars file under `root`, relative and sorted (hidden and tool directories skipped). */
async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(child);
      } else if (TF_FILE.test(e.name) || TFVARS_FILE.test(e.name)) {
        // Shared files are often symlinked into each environment; linked directories are not followed (loops).
        const isFile = e.isFile() || (e.isSymbolicLink() && (await fs.stat(path.join(root, child)).catch(() => undefined))?.isFile());
        if (isFile) out.push(child);
      }
    }
  };
  await walk('');
  return out.sort();
}

/** Block positions of a .tf.json file, from the line of each JSON key. */
function jsonBlocks(config: Config, lines: Map<string, number>): BlockPos[] {
  const nested = (body: Body, at: string, type: string, labels: string[]): BlockPos => {
    const block: BlockPos = { type, labels, line: lines.get(at) ?? 1, attributes: {}, blocks: [] };
    for (const [k, v] of Object.entries(body)) {
      const line = lines.get(`${at}.${k}`);
      if (line !== undefined) block.attributes[k] = line;
      const bodies = Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : [];
      if (bodies.length && bodies.every((b) => b && typeof b === 'object' && !Array.isArray(b))) {
        for (const b of bodies) block.blocks.push(nested(b as Body, `${at}.${k}`, k, []));
      }
    }
    return block;
  };
  const out: BlockPos[] = [];
  for (const mode of ['resource', 'data'] as const) {
    for (const [type, names] of Object.entries(config[mode] ?? {})) {
      for (const [name, bodies] of Object.entries(names))
        for (const b of bodies) out.push(nested(b, `${mode}.${type}.${name}`, mode, [type, name]));
    }
  }
  for (const kind of ['module', 'variable', 'output', 'provider'] as const) {
    for (const [name, bodies] of Object.entries(config[kind] ?? {}))
      for (const b of bodies) out.push(nested(b, `${kind}.${name}`, kind, [name]));
  }
  for (const b of config.locals ?? []) out.push(nested(b, 'locals', 'locals', []));
  return out;
}

function jsonErrorLine(text: string, error: unknown): number {
  const msg = error instanceof Error ? error.message : '';
  const pos = /position (\d+)/.exec(msg);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  const line = /line (\d+)/.exec(msg);
  return line ? Number(line[1]) : 1;
}

export interface FileResult {
  parsed?: ParsedFile;
  comments: TfComment[];
  error?: LoadError;
}

/** Parse one .tf or .tf.json file. Never throws: syntax errors come back with file and line. */
export async function parseTerraformFile(file: string, text: string): Promise<FileResult> {
  if (file.endsWith('.json')) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      return { comments: [], error: { file, line: jsonErrorLine(text, error), message: `invalid JSON: ${(error as Error).message}` } };
    }
    const config = normalizeConfig(doc);
    return { comments: [], parsed: { file, dir: dirOf(file), config, blocks: jsonBlocks(config, scanJsonPositions(text)) } };
  }
  const scan = scanHcl(file, text);
  try {
    // hcl2json's shape is not guaranteed for odd input (a top-level `resource = 1` attribute): normalize it.
    const config = normalizeConfig(await parseHcl(file, text));
    return { comments: scan.comments, parsed: { file, dir: dirOf(file), config, blocks: scan.blocks } };
  } catch (error) {
    const e =
      error instanceof InframateError ? error : new InframateError('terraform', String((error as Error)?.message ?? error), { file });
    return { comments: scan.comments, error: { file, line: e.location.line ?? 1, message: e.message } };
  }
}

/** Directory of a local module source, relative to the root ("./modules/x/" from "envs/prod" → "envs/prod/modules/x"). */
function moduleDir(fromDir: string, source: string): string {
  return path.posix.normalize(path.posix.join(fromDir, source.replace(/\\/g, '/'))).replace(/(.)\/+$/, '$1');
}

/** Static module sources in a parsed file: (local directory it points to). */
function localSources(f: ParsedFile): string[] {
  return localSourceCalls(f).map((c) => c.dir);
}

/** Static local module sources with the line of their module block. */
function localSourceCalls(f: ParsedFile): { dir: string; source: string; line: number }[] {
  const out: { dir: string; source: string; line: number }[] = [];
  for (const [name, bodies] of Object.entries(f.config.module ?? {})) {
    bodies.forEach((b, i) => {
      const src = b.source;
      if (typeof src === 'string' && (src.startsWith('./') || src.startsWith('../'))) {
        const line = f.blocks.filter((x) => x.type === 'module' && x.labels[0] === name)[i]?.line ?? 1;
        out.push({ dir: moduleDir(f.dir, src), source: src, line });
      }
    });
  }
  return out;
}

async function readVarFile(file: string, text: string, errors: LoadError[]): Promise<Record<string, TfValue>> {
  const r = file.endsWith('.json') ? undefined : await parseHcl(file, text).catch((error: unknown) => error);
  let body: unknown;
  if (file.endsWith('.json')) {
    try {
      body = JSON.parse(text);
    } catch (error) {
      errors.push({ file, line: jsonErrorLine(text, error), message: `invalid JSON: ${(error as Error).message}` });
      return {};
    }
  } else if (r instanceof InframateError) {
    errors.push({ file, line: r.location.line ?? 1, message: r.message });
    return {};
  } else if (r instanceof Error) {
    errors.push({ file, line: 1, message: r.message });
    return {};
  } else body = r;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const out: Record<string, TfValue> = {};
  const evaluator = new ModuleInstance(NO_CONTEXT, '.', [], '', new Map(), new Map(), []);
  for (const [k, v] of Object.entries(body as Body)) out[k] = evaluator.value(v, EMPTY_SCOPE, { file, line: 1 });
  return out;
}

const NO_CONTEXT: LoadContext = { filesIn: () => undefined, resolveSource: () => undefined, warn: () => undefined };

const positionsCache = new WeakMap<BlockPos, Record<string, SourcePos>>();

/** attributePos of a block (shared by every instance of it): `name`, `block`, `block[i]`, `block[i].attr`, `block.i.attr`, `block.attr` … */
function flattenPositions(block: BlockPos | undefined, file: string): Record<string, SourcePos> {
  if (!block) return {};
  let out = positionsCache.get(block);
  if (!out) {
    out = {};
    addPositions(block, '', 0, file, out);
    positionsCache.set(block, out);
  }
  return out;
}

function addPositions(b: BlockPos, prefix: string, depth: number, file: string, out: Record<string, SourcePos>): void {
  for (const [k, line] of Object.entries(b.attributes)) out[prefix + k] ??= { file, line };
  const seen: Record<string, number> = {};
  for (const raw of b.blocks) {
    // `dynamic "x"` blocks stand for the x blocks they generate; their `content` holds the arguments.
    const dynamic = raw.type === 'dynamic' && raw.labels[0] !== undefined;
    const content = dynamic ? raw.blocks.find((c) => c.type === 'content') : undefined;
    const nb = dynamic ? { ...raw, attributes: content?.attributes ?? {}, blocks: content?.blocks ?? [] } : raw;
    const name = dynamic ? raw.labels[0]! : raw.type;
    const i = (seen[name] = (seen[name] ?? -1) + 1);
    out[prefix + name] ??= { file, line: nb.line };
    // Both index spellings: `ingress[1].cidr_blocks` and the dotted `ingress.1.cidr_blocks`.
    out[`${prefix}${name}[${i}]`] ??= { file, line: nb.line };
    out[`${prefix}${name}.${i}`] ??= { file, line: nb.line };
    if (depth < 3) {
      addPositions(nb, `${prefix}${name}[${i}].`, depth + 1, file, out);
      addPositions(nb, `${prefix}${name}.${i}.`, depth + 1, file, out);
      if (i === 0) addPositions(nb, `${prefix}${name}.`, depth + 1, file, out);
    }
  }
}

const indexSuffix = (key: number | string | undefined): string =>
  key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;

/** Pending computations of lazily defined properties, per object. */
const pendingValues = new WeakMap<object, Map<PropertyKey, () => unknown>>();
const lazyDescriptors = new Map<PropertyKey, PropertyDescriptor>();

function settle(obj: object, key: PropertyKey, value: unknown): unknown {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  pendingValues.get(obj)?.delete(key);
  return value;
}

/** One shared accessor per property name (thousands of resources get them; closures per object cost). */
function lazyDescriptor(key: PropertyKey): PropertyDescriptor {
  let d = lazyDescriptors.get(key);
  if (!d) {
    d = {
      enumerable: true,
      configurable: true,
      get(this: object) {
        const compute = pendingValues.get(this)?.get(key);
        return settle(this, key, compute ? compute() : undefined);
      },
      set(this: object, value: unknown) {
        settle(this, key, value);
      },
    };
    lazyDescriptors.set(key, d);
  }
  return d;
}

/**
 * Define `obj[key]` as computed on first read (then a plain value). Evaluation that most consumers never
 * look at (reference graphs, attribute positions, output values) is deferred so a scan stays cheap.
 */
function lazy<T extends object, K extends keyof T>(obj: T, key: K, compute: () => T[K]): void {
  let pending = pendingValues.get(obj);
  if (!pending) pendingValues.set(obj, (pending = new Map()));
  pending.set(key, compute);
  Object.defineProperty(obj, key, lazyDescriptor(key));
}

/** A lazily computed value that must not throw: our own failure becomes a warning and the fallback. */
function guarded<V>(compute: () => V, fallback: V, where: SourcePos, warnings: LoadError[]): () => V {
  return () => {
    try {
      return compute();
    } catch (error) {
      warnings.push({ ...where, message: `could not evaluate: ${(error as Error).message}` });
      return fallback;
    }
  };
}

/** Read the instance tree into the flat model. */
function collectInstance(inst: ModuleInstance, out: LoadedTerraform, warnings: LoadError[], rootDir: string): void {
  const prefix = inst.modulePath ? `${inst.modulePath}.` : rootDir === '.' ? '' : `${rootDir}:`;
  for (const [name, decl] of inst.variables) {
    const pos = { file: decl.file, line: decl.pos?.line ?? 1 };
    const entry: LoadedTerraform['variables'][string] = { pos, modulePath: inst.modulePath, name };
    if ('default' in decl.body)
      lazy(
        entry,
        'default',
        guarded(() => inst.variableDefault(name), UNKNOWN, pos, warnings),
      );
    lazy(
      entry,
      'value',
      guarded(() => inst.variable(name), UNKNOWN, pos, warnings),
    );
    out.variables[prefix + name] = entry;
  }
  for (const [name, decl] of inst.locals) {
    const pos = { file: decl.file, line: decl.pos?.attributes[name] ?? decl.pos?.line ?? 1 };
    const entry = { pos, modulePath: inst.modulePath, name, value: UNKNOWN as TfValue };
    lazy(
      entry,
      'value',
      guarded(() => inst.local(name), UNKNOWN, pos, warnings),
    );
    out.locals![prefix + name] = entry;
  }
  for (const [name, decl] of inst.outputs) {
    const pos = { file: decl.file, line: decl.pos?.line ?? 1 };
    const entry: LoadedTerraform['outputs'][string] = { pos, modulePath: inst.modulePath, name };
    lazy(
      entry,
      'value',
      guarded(() => inst.output(name), UNKNOWN, pos, warnings),
    );
    out.outputs[prefix + name] = entry;
  }
  for (const p of inst.providers) {
    const where = { file: p.file, line: p.pos?.line ?? 1 };
    const attributes = guarded(() => inst.blockBody(p.body, inst, where), {}, where, warnings)();
    const alias = typeof attributes.alias === 'string' ? attributes.alias : undefined;
    out.providers!.push({ name: p.name, ...(alias ? { alias } : {}), modulePath: inst.modulePath, attributes, pos: where });
  }
  for (const [key, decl] of inst.resources) {
    const pos: SourcePos = { file: decl.file, line: decl.pos?.line ?? 1 };
    try {
      const expressions: Record<string, string> = {};
      for (const k in decl.body) {
        const v = decl.body[k];
        if (typeof v === 'string' && isTemplate(v)) expressions[k] = v;
      }
      let references: string[] | undefined;
      const referencesOf = guarded(() => (references ??= inst.resourceRefs(key)), [], pos, warnings);
      const positionsOf = (): Record<string, SourcePos> => flattenPositions(decl.pos, decl.file);
      for (const i of inst.instances(key)) {
        const res: TfResource = {
          kind: decl.mode,
          type: decl.type,
          name: decl.name,
          address: `${inst.prefix}${key}${indexSuffix(i.key)}`,
          modulePath: inst.modulePath,
          attributes: i.attributes,
          expressions,
          references: [],
          pos,
          moduleDir: inst.dir,
          rootDir,
        };
        if (i.key !== undefined) res.index = i.key;
        if (i.indexUnknown) res.indexUnknown = true;
        if (i.expansion) res.expansion = i.expansion;
        lazy(res, 'references', referencesOf);
        lazy(
          res,
          'documents',
          guarded(() => inst.documents(key, i), undefined, pos, warnings),
        );
        lazy(res, 'attributePos', positionsOf);
        out.resources.push(res);
      }
    } catch (error) {
      // The resource is dropped from the scan: the file was not fully scanned (an error, not a warning).
      out.errors.push({ ...pos, message: `could not evaluate ${inst.prefix}${key}: ${(error as Error).message}` });
    }
  }
  inst.instantiateChildren();
  for (const [name, list] of inst.children) {
    for (const child of list) {
      const decl = child.decl;
      const call: TfModuleCall = {
        name,
        address: `${inst.prefix}module.${name}${indexSuffix(child.key)}`,
        source: child.source,
        modulePath: inst.modulePath,
        pos: { file: decl.file, line: decl.pos?.line ?? 1 },
        remote: child.remote,
        inputs: {},
      };
      if (child.dir !== undefined) call.dir = child.dir;
      if (child.key !== undefined) call.index = child.key;
      lazy(call, 'inputs', () => Object.fromEntries(Object.keys(child.inputs).map((k) => [k, child.inputs[k]!])));
      out.modules.push(call);
      if (child.instance) collectInstance(child.instance, out, warnings, rootDir);
    }
  }
}

/** Variable values for a root module: tfvars files in its directory, then --var-file, then --var. */
async function rootInputs(
  dir: string,
  inst: { variables: Map<string, { body: Body }> },
  tfvars: Map<string, string>,
  extra: { file: string; text: string }[],
  opts: LoadOptions,
  errors: LoadError[],
): Promise<Map<string, () => TfValue>> {
  const values: Record<string, TfValue> = {};
  const inDir = [...tfvars.keys()].filter((f) => dirOf(f) === dir);
  const base = (f: string): string => path.posix.basename(f);
  const ordered = [
    ...inDir.filter((f) => base(f) === 'terraform.tfvars'),
    ...inDir.filter((f) => base(f) === 'terraform.tfvars.json'),
    ...inDir.filter((f) => /\.auto\.tfvars(\.json)?$/.test(f)).sort(),
  ];
  for (const f of ordered) Object.assign(values, await readVarFile(f, tfvars.get(f)!, errors));
  for (const x of extra) Object.assign(values, await readVarFile(x.file, x.text, errors));
  for (const [k, raw] of Object.entries(opts.vars ?? {})) values[k] = parseVarValue(raw, inst.variables.get(k)?.body.type);
  return new Map(Object.entries(values).map(([k, v]) => [k, () => v]));
}

const MAX_READ_BYTES = 1024 * 1024;

/**
 * Files that file()/templatefile()/fileexists()/filebase64()/filesha*()/filemd5() read: only files whose real
 * path (symlinks resolved) is inside the repository (`boundary`), never elsewhere on the machine whatever the
 * configuration asks, at most 1 MiB. Anything else is an unknown value and a warning naming the file and line
 * of the expression. Read synchronously because evaluation is synchronous; the whole load runs inside its own step.
 */
function fileReader(
  root: string,
  boundary: string,
  memory: Map<string, string> | undefined,
  warn: (e: LoadError) => void,
): (rel: string, where?: SourcePos) => string | undefined | typeof UNKNOWN {
  const refuse = (rel: string, where: SourcePos | undefined, real: string): typeof UNKNOWN => {
    warn({ file: where?.file ?? rel, line: where?.line ?? 1, message: outsideMessage(`file function path "${rel}"`, real) });
    return UNKNOWN;
  };
  return (rel, where) => {
    if (path.posix.isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel)) return refuse(rel, where, rel);
    if (memory) {
      // In-memory trees (generated code) have no disk behind them: only their own files.
      if (rel.startsWith('../') || rel === '..') return refuse(rel, where, rel);
      return memory.get(rel);
    }
    const where2 = checkInside(boundary, path.join(root, rel));
    if (!where2.ok) return where2.missing ? undefined : refuse(rel, where, where2.real);
    try {
      const stat = statSync(where2.real);
      if (!stat.isFile()) return undefined;
      if (stat.size > MAX_READ_BYTES) return UNKNOWN;
      return readFileSync(where2.real, 'utf8');
    } catch {
      return undefined;
    }
  };
}

/**
 * Load the named files through `read`. `external`: also follow local module sources that leave the root, on
 * disk. `memory`: the in-memory file map that file()/templatefile() read from (in-memory loads).
 */
async function loadFromReader(
  root: string,
  names: string[],
  read: Reader,
  opts: LoadOptions,
  external: boolean,
  memory?: Map<string, string>,
  boundary: string = root,
): Promise<LoadedTerraform> {
  const errors: LoadError[] = [];
  const warnings: LoadError[] = [];
  const readSync = fileReader(root, boundary, memory, (e) => warnings.push(e));
  const comments: TfComment[] = [];
  const byDir = new Map<string, ParsedFile[]>();
  const tfvars = new Map<string, string>();
  const files: string[] = [];

  const loadFile = async (rel: string): Promise<void> => {
    const text = await read(rel);
    if (text === OUTSIDE) {
      warnings.push({ file: rel, line: 1, message: 'not read: this file is a symbolic link to a file outside the repository' });
      return;
    }
    if (text === undefined) {
      errors.push({ file: rel, line: 1, message: 'cannot read file' });
      return;
    }
    if (TFVARS_FILE.test(rel)) {
      tfvars.set(rel, text);
      return;
    }
    files.push(rel);
    const r = opts.parsed?.get(rel) ?? (await parseTerraformFile(rel, text));
    comments.push(...r.comments);
    if (r.error) errors.push(r.error);
    if (r.parsed) {
      const list = byDir.get(r.parsed.dir) ?? [];
      list.push(r.parsed);
      byDir.set(r.parsed.dir, list);
    }
  };
  for (const rel of names) await loadFile(rel);

  // Local modules outside the scanned directory (source = "../modules/x") are read too, when on disk.
  if (external) {
    const seen = new Set(byDir.keys());
    let added = 0;
    for (let changed = true; changed && added < MAX_EXTERNAL_MODULE_DIRS;) {
      changed = false;
      for (const list of [...byDir.values()]) {
        for (const f of list) {
          for (const { dir, source, line } of localSourceCalls(f)) {
            if (seen.has(dir) || !dir.startsWith('..')) continue;
            seen.add(dir);
            const inside = checkInside(boundary, path.join(root, dir));
            if (!inside.ok && !inside.missing) {
              warnings.push({ file: f.file, line, message: outsideMessage(`module source "${source}"`, inside.real) });
              continue;
            }
            added++;
            const entries = await fs.readdir(path.join(root, dir)).catch(() => [] as string[]);
            for (const name of entries.filter((n) => TF_FILE.test(n)).sort()) await loadFile(`${dir}/${name}`);
            changed = true;
          }
        }
      }
    }
  }

  const extraVarFiles: { file: string; text: string }[] = [];
  for (const vf of opts.varFiles ?? []) {
    const candidates = path.isAbsolute(vf) ? [vf] : [path.resolve(vf), path.join(root, vf)];
    let text: string | undefined;
    for (const c of candidates) {
      text = await fs.readFile(c, 'utf8').catch(() => undefined);
      if (text !== undefined) break;
    }
    if (text === undefined) errors.push({ file: vf, line: 1, message: 'cannot read variable file' });
    else extraVarFiles.push({ file: toPosix(vf), text });
  }

  const ctx: LoadContext = {
    filesIn: (dir) => byDir.get(dir),
    resolveSource: moduleDir,
    warn: (e) => warnings.push(e),
    readFile: (rel, where) => readSync(rel, where),
  };

  const called = new Set<string>();
  for (const [dir, list] of byDir) for (const f of list) for (const target of localSources(f)) if (target !== dir) called.add(target);

  const out: LoadedTerraform = {
    root,
    files: files.sort(),
    resources: [],
    modules: [],
    variables: {},
    outputs: {},
    locals: {},
    providers: [],
    comments,
    errors,
    warnings,
  };
  const visited = new Set<string>();
  const markVisited = (inst: ModuleInstance): void => {
    visited.add(inst.dir);
    for (const list of inst.children.values()) for (const c of list) if (c.instance) markVisited(c.instance);
  };
  const evaluateRoot = async (dir: string): Promise<void> => {
    const list = byDir.get(dir)!;
    visited.add(dir);
    try {
      const inputs = await rootInputs(dir, declarationsOf(list), tfvars, extraVarFiles, opts, errors);
      const inst = new ModuleInstance(ctx, dir, list, '', inputs, new Map(), [dir]);
      collectInstance(inst, out, warnings, dir);
      markVisited(inst);
    } catch (error) {
      // Our own failure on odd input: recorded, and the other roots still load.
      errors.push({ file: list[0]!.file, line: 1, message: `could not evaluate module in ${dir}: ${(error as Error).message}` });
    }
  };
  // Roots: directories no other directory calls as a module; then anything left (module cycles, unreachable).
  const dirs = [...byDir.keys()].sort();
  for (const dir of dirs) if (!called.has(dir) || dir === '.') await evaluateRoot(dir);
  for (const dir of dirs) if (!visited.has(dir)) await evaluateRoot(dir);
  return out;
}

/** Load every .tf / .tf.json file under `dir` (root module, local modules, other root directories). */
export async function loadTerraform(dir: string, opts: LoadOptions = {}): Promise<LoadedTerraform> {
  const root = path.resolve(dir);
  const run = async (): Promise<LoadedTerraform> => {
    const stat = await fs.stat(root).catch(() => undefined);
    if (!stat?.isDirectory()) throw new InputError(`${dir} is not a directory`, { file: dir });
    const boundary = repositoryRoot(root);
    const names = await listFiles(root);
    const read: Reader = async (rel) => {
      const inside = checkInside(boundary, path.join(root, rel));
      if (!inside.ok) return inside.missing ? undefined : OUTSIDE;
      return fs.readFile(inside.real, 'utf8').catch(() => undefined);
    };
    return loadFromReader(root, names, read, opts, true, undefined, boundary);
  };
  return opts.step ? opts.step('load terraform', run, { dependency: 'fs' }) : run();
}

/** Load Terraform from memory (relative path → content), e.g. generated modules before they are written. */
export async function loadTerraformFiles(root: string, files: Map<string, string>, opts: LoadOptions = {}): Promise<LoadedTerraform> {
  const normalized = new Map<string, string>();
  for (const [k, v] of files) normalized.set(path.posix.normalize(toPosix(k)).replace(/^\.\//, ''), v);
  const names = [...normalized.keys()].filter((n) => TF_FILE.test(n) || TFVARS_FILE.test(n)).sort();
  const run = (): Promise<LoadedTerraform> => loadFromReader(root, names, async (rel) => normalized.get(rel), opts, false, normalized);
  return opts.step ? opts.step('load terraform (in memory)', run, { dependency: 'local' }) : run();
}

/** Parse only (no positions, no evaluation): the baseline the secure benchmark compares a full scan against. */
export async function parseTerraformFiles(dir: string): Promise<{ files: number; errors: LoadError[] }> {
  const root = path.resolve(dir);
  const names = (await listFiles(root)).filter((n) => TF_FILE.test(n));
  const errors: LoadError[] = [];
  for (const rel of names) {
    const text = await fs.readFile(path.join(root, rel), 'utf8');
    if (rel.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (error) {
        errors.push({ file: rel, line: jsonErrorLine(text, error), message: (error as Error).message });
      }
      continue;
    }
    try {
      await parseHcl(rel, text);
    } catch (error) {
      const e = error as InframateError;
      errors.push({ file: rel, line: e.location?.line ?? 1, message: e.message });
    }
  }
  return { files: names.length, errors };
}

export { UNKNOWN };
