// One module instance (the root, or a local module called with inputs): its variables, locals, resources,
// module calls and outputs, evaluated lazily and memoized so each value is computed once, in dependency order,
// with reference cycles ending as UNKNOWN.
import { posix } from 'node:path';
import type { BlockPos } from './positions';
import { UNKNOWN, isUnknown, type LoadError, type SourcePos, type TfValue } from './model';
import type { Expr } from './expr/ast';
import { ExprSyntaxError } from './expr/ast';
import { isTemplate, parseExpression, parseTemplateString } from './expr/parser';
import { BindingScope, evaluateSafe, type Scope } from './evaluate';
import { EvalError, entries, isObject, isOpen, markOpen, toStr, type TfObject } from './evaluate-values';
import { convertToType } from './evaluate-types';
import { partialDocument, rememberPartialPolicy } from './evaluate-documents';
import { POLICY_DOCUMENT_TYPE, policyDocumentAttributes } from './evaluate-policy-document';
import {
  bareReference,
  declarationsOf,
  type Body,
  type Decl,
  type LocalDecl,
  type ParsedFile,
  type ProviderDecl,
  type ResourceDecl,
} from './evaluate-declarations';
import { boundNames, referencePaths } from './evaluate-references';
import { forgetDynamicTemplates, rememberDynamicTemplate } from './dynamic-templates';

export type { Body, Config, ParsedFile } from './evaluate-declarations';
export { declarationsOf, findBlock } from './evaluate-declarations';

export interface ResourceInstance {
  key?: number | string;
  indexUnknown?: boolean;
  expansion?: 'count' | 'for_each';
  attributes: TfObject;
  /** The scope its arguments were evaluated in (count/each bound), for deferred work. */
  scope: Scope;
  /** Instances this one stands for: a known count past the instance budget is kept as one instance. */
  represents?: number;
}

/**
 * The total number of resource and module instances one load may create (count × nested module
 * count multiply). A known count past what is left is kept as ONE instance of unknown index that
 * records how many it stands for (`represents`), so costs still multiply correctly, and a limit
 * warning names the declaration; without it `count = 10000` calling a module with `count = 10000`
 * materialised 10^8 instances and ran out of memory.
 */
export class InstanceBudget {
  private used = 0;
  /** Declarations that hit the budget: where → how many instances were asked for in total, and how often. */
  readonly exceeded = new Map<string, { where: SourcePos; what: string; asked: number; times: number }>();
  constructor(readonly limit: number) {}
  /** Take n instances; false (nothing taken) when that would pass the limit. */
  take(n: number): boolean {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  get total(): number {
    return this.used;
  }
  refuse(where: SourcePos, what: string, asked: number): void {
    const key = `${where.file}:${where.line}`;
    const e = this.exceeded.get(key);
    if (e) {
      e.asked += asked;
      e.times++;
    } else this.exceeded.set(key, { where, what, asked, times: 1 });
  }
}

/** The default instance budget (--max-instances). */
export const DEFAULT_MAX_INSTANCES = 50_000;

/** What every module instance shares: how to find a local module's files and where problems are reported. */
export interface LoadContext {
  filesIn(dir: string): ParsedFile[] | undefined;
  resolveSource(fromDir: string, source: string): string | undefined;
  warn(error: LoadError): void;
  /** A file relative to the scanned root (normalized posix path), for file()/templatefile(). */
  readFile?(rel: string, where?: SourcePos): string | undefined | typeof UNKNOWN;
  /** Shared by every module instance of one load. */
  budget?: InstanceBudget;
}

/** Arguments that configure Terraform itself rather than the resource. */
const META_ARGS = new Set(['count', 'for_each', 'depends_on', 'provisioner', 'connection', 'dynamic']);
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

const IN_PROGRESS = Symbol('in-progress');

function lineOf(pos: BlockPos | undefined, file: string, attr?: string): SourcePos {
  const line = attr && pos?.attributes[attr] !== undefined ? pos.attributes[attr]! : (pos?.line ?? 1);
  return { file, line: line || 1 };
}

export class ModuleInstance implements Scope {
  readonly variables: Map<string, Decl>;
  readonly locals: Map<string, LocalDecl>;
  readonly resources: Map<string, ResourceDecl>;
  readonly moduleCalls: Map<string, Decl>;
  readonly outputs: Map<string, Decl>;
  readonly providers: ProviderDecl[];
  readonly children = new Map<
    string,
    { key?: number | string; instance?: ModuleInstance; inputs: TfObject; remote: boolean; dir?: string; decl: Decl; source: string }[]
  >();

  private readonly memo = new Map<string, TfValue | typeof IN_PROGRESS>();
  private readonly instanceMemo = new Map<string, ResourceInstance[] | typeof IN_PROGRESS>();
  private readonly refMemo = new Map<string, Set<string> | typeof IN_PROGRESS>();
  /** Instances of this module instance stands for (a module call past the instance budget is kept as one). */
  multiplier = 1;

  constructor(
    readonly ctx: LoadContext,
    readonly dir: string,
    readonly files: ParsedFile[],
    /** "" for the root, else module.a or module.a[0].module.b */
    readonly modulePath: string,
    /** Values for variables given by the caller (root: tfvars/--var; child: evaluated call arguments). */
    readonly inputs: Map<string, () => TfValue>,
    /** Reference sets of the caller's arguments, for cross-module references. */
    readonly inputRefs: Map<string, () => Set<string>>,
    /** Directories on the call chain (cycle guard). */
    readonly chain: string[],
  ) {
    const d = declarationsOf(files);
    this.variables = d.variables;
    this.locals = d.locals;
    this.resources = d.resources;
    this.moduleCalls = d.moduleCalls;
    this.outputs = d.outputs;
    this.providers = d.providers;
  }

  /** The root module directory this instance was reached from (relative to the scanned root). */
  get rootDir(): string {
    return this.chain[0] ?? this.dir;
  }

  readFile(p: string): string | undefined | typeof UNKNOWN {
    if (!this.ctx.readFile) return UNKNOWN;
    const where = this.evaluating ?? { file: this.files[0]?.file ?? this.dir, line: 1 };
    const rel = posix.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p) ? p : posix.normalize(posix.join(this.rootDir, p.replace(/\\/g, '/')));
    return this.ctx.readFile(rel, where);
  }

  /** The expression being evaluated (for warnings raised deep inside it, e.g. a file function refused). */
  private evaluating: SourcePos | undefined;

  get prefix(): string {
    return this.modulePath ? `${this.modulePath}.` : '';
  }

  // ---- expression helpers ----

  /** Parse a hcl2json string; expression syntax our parser rejects becomes a warning and UNKNOWN. */
  parse(text: string, where: SourcePos): Expr | undefined {
    try {
      return parseTemplateString(text);
    } catch (error) {
      if (!(error instanceof ExprSyntaxError)) throw error;
      this.ctx.warn({ file: where.file, line: where.line, message: `cannot evaluate expression: ${error.message}` });
      return undefined;
    }
  }

  /** Evaluate a raw hcl2json value (strings are templates; objects may have expression keys). */
  value(raw: unknown, scope: Scope, where: SourcePos): TfValue {
    if (typeof raw === 'string') {
      if (!isTemplate(raw)) return raw;
      const e = this.parse(raw, where);
      if (!e) return UNKNOWN;
      const outer = this.evaluating;
      this.evaluating = where;
      try {
        return evaluateSafe(e, scope);
      } finally {
        this.evaluating = outer;
      }
    }
    if (raw === null || typeof raw === 'number' || typeof raw === 'boolean') return raw;
    if (Array.isArray(raw)) return raw.map((x) => this.value(x, scope, where));
    if (typeof raw === 'object') {
      const out: TfObject = {};
      for (const [k, v] of Object.entries(raw as Body)) {
        let key: string | typeof UNKNOWN = k;
        try {
          if (isTemplate(k)) key = toStr(this.value(k, scope, where));
        } catch {
          key = UNKNOWN; // a key that is null or not a string: Terraform rejects it, we cannot know the object
        }
        if (isUnknown(key)) return UNKNOWN;
        out[key] = this.value(v, scope, where);
      }
      return out;
    }
    return UNKNOWN;
  }

  /** Evaluate a block body: attributes, nested blocks (arrays of objects) and `dynamic` blocks expanded. */
  blockBody(body: Body, scope: Scope, where: SourcePos, skip: Set<string> = META_ARGS): TfObject {
    const out: TfObject = {};
    for (const [k, v] of Object.entries(body)) {
      if (skip.has(k)) continue;
      if (k === 'lifecycle' && Array.isArray(v)) {
        out[k] = v.map((b) => (isObject(b as TfValue) ? this.lifecycle(b as Body, scope, where) : UNKNOWN));
        continue;
      }
      if (k === 'provider') {
        out[k] = bareReference(v) as TfValue;
        continue;
      }
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) {
        out[k] = v.map((b) => this.blockBody(b as Body, scope, where, NESTED_SKIP));
        continue;
      }
      out[k] = this.value(v, scope, where);
    }
    if (body.dynamic && typeof body.dynamic === 'object') this.expandDynamic(body.dynamic as Record<string, unknown>, out, scope, where);
    return out;
  }

  private lifecycle(body: Body, scope: Scope, where: SourcePos): TfObject {
    const out: TfObject = {};
    for (const [k, v] of Object.entries(body)) {
      out[k] = k === 'ignore_changes' || k === 'replace_triggered_by' ? (bareReference(v) as TfValue) : this.value(v, scope, where);
    }
    return out;
  }

  private expandDynamic(dynamic: Record<string, unknown>, out: TfObject, scope: Scope, where: SourcePos): void {
    for (const [label, specs] of Object.entries(dynamic)) {
      for (const spec of Array.isArray(specs) ? specs : [specs]) {
        if (!spec || typeof spec !== 'object') continue;
        const s = spec as Body;
        const iterator = typeof s.iterator === 'string' ? String(bareReference(s.iterator)) : label;
        const coll = this.value(s.for_each, scope, where);
        const existing = out[label];
        if (isUnknown(coll) || isOpen(coll) || isUnknown(existing as TfValue)) {
          // Only a dynamic block alone under its label: its instances are then all there is, none or many.
          if (existing === undefined && (isUnknown(coll) || isOpen(coll))) this.rememberTemplates(s, label, iterator, out, scope, where);
          else forgetDynamicTemplates(out, label);
          out[label] = UNKNOWN;
          continue;
        }
        let items: [TfValue, TfValue][];
        try {
          items = coll === null ? [] : entries(coll);
        } catch {
          out[label] = UNKNOWN;
          continue;
        }
        const blocks: TfValue[] = Array.isArray(existing) ? [...existing] : [];
        const contents = dynamicContents(s);
        for (const [key, value] of items) {
          const inner = new BindingScope(scope, { [iterator]: { key, value } });
          for (const content of contents) blocks.push(this.blockBody(content, inner, where, NESTED_SKIP));
        }
        out[label] = blocks;
      }
    }
  }

  /** The content of a dynamic block over an unknown collection, evaluated with its iterator unknown. */
  private rememberTemplates(s: Body, label: string, iterator: string, out: TfObject, scope: Scope, where: SourcePos): void {
    const contents = dynamicContents(s);
    const inner = new BindingScope(scope, { [iterator]: { key: UNKNOWN, value: UNKNOWN } });
    for (const content of contents) {
      try {
        rememberDynamicTemplate(out, label, this.blockBody(content, inner, where, NESTED_SKIP));
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
  }

  // ---- Scope ----

  ref(path: string[]): { value: TfValue; used: number } | undefined {
    const [root, a, b] = path;
    switch (root) {
      case 'var':
        return a === undefined ? undefined : { value: this.variable(a), used: 2 };
      case 'local':
        return a === undefined ? undefined : { value: this.local(a), used: 2 };
      case 'path':
        // As in Terraform: relative to the root module's directory (the working directory of a plan).
        if (a === 'module') return { value: posix.relative(this.rootDir, this.dir) || '.', used: 2 };
        return { value: a === undefined ? UNKNOWN : '.', used: a === undefined ? 1 : 2 };
      case 'terraform':
      case 'self':
      case 'count':
      case 'each':
        // Outside their binding (or workspace-dependent): not knowable here.
        return { value: UNKNOWN, used: path.length };
      case 'module':
        return a === undefined ? undefined : { value: this.moduleValue(a), used: 2 };
      case 'data':
        if (a === undefined || b === undefined) return undefined;
        return this.resources.has(`data.${a}.${b}`) ? { value: this.resourceValue(`data.${a}.${b}`), used: 3 } : undefined;
      default:
        if (a !== undefined && this.resources.has(`${root}.${a}`)) return { value: this.resourceValue(`${root}.${a}`), used: 2 };
        // A bare `True` / `FALSE` (HCL's booleans are lower-case, so Terraform rejects it as an unknown name):
        // kept as the word written, as Checkov's parser reads it, for the checks to read its plain intent.
        if (a === undefined && /^(true|false)$/i.test(root)) return { value: root, used: 1 };
        return undefined;
    }
  }

  private memoized(key: string, compute: () => TfValue): TfValue {
    const hit = this.memo.get(key);
    if (hit === IN_PROGRESS) return UNKNOWN; // a reference cycle: Terraform would reject it; we do not guess
    if (hit !== undefined) return hit;
    this.memo.set(key, IN_PROGRESS);
    let v: TfValue = UNKNOWN;
    try {
      v = compute();
    } finally {
      this.memo.set(key, v);
    }
    return v;
  }

  variable(name: string): TfValue {
    return this.memoized(`var.${name}`, () => {
      const decl = this.variables.get(name);
      if (!decl) throw new EvalError(`undeclared variable "${name}"`);
      const given = this.inputs.get(name);
      let v: TfValue = given ? given() : 'default' in decl.body ? this.variableDefault(name)! : UNKNOWN;
      if (v === null && decl.body.nullable === false && 'default' in decl.body) v = this.variableDefault(name)!;
      return typeof decl.body.type === 'string' ? convertToType(v, decl.body.type) : v;
    });
  }

  variableDefault(name: string): TfValue | undefined {
    const decl = this.variables.get(name);
    if (!decl || !('default' in decl.body)) return undefined;
    return this.memoized(`default.${name}`, () => this.value(decl.body.default, EMPTY_SCOPE, lineOf(decl.pos, decl.file)));
  }

  local(name: string): TfValue {
    return this.memoized(`local.${name}`, () => {
      const decl = this.locals.get(name);
      if (!decl) throw new EvalError(`undeclared local "${name}"`);
      return this.value(decl.value, this, { file: decl.file, line: decl.pos?.attributes[name] ?? decl.pos?.line ?? 1 });
    });
  }

  output(name: string): TfValue {
    return this.memoized(`output.${name}`, () => {
      const decl = this.outputs.get(name);
      if (!decl) return UNKNOWN;
      return this.value(decl.body.value, this, lineOf(decl.pos, decl.file, 'value'));
    });
  }

  // ---- resources ----

  /** count / for_each expansion of a resource, data source or module call body. */
  expand(
    body: Body,
    where: SourcePos,
    what = 'block',
  ): {
    key?: number | string;
    indexUnknown?: boolean;
    expansion?: 'count' | 'for_each';
    bindings: Record<string, TfValue>;
    represents?: number;
  }[] {
    const budget = this.ctx.budget;
    if ('count' in body) {
      const raw = this.value(body.count, this, where);
      const n = typeof raw === 'string' && /^\d+(\.0*)?$/.test(raw.trim()) ? Number(raw) : raw;
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0) {
        if (n === 0 || !budget || budget.take(n)) {
          return Array.from({ length: n }, (_, i) => ({ key: i, expansion: 'count' as const, bindings: { count: { index: i } } }));
        }
        budget.refuse(where, what, n * this.multiplier);
        return [{ indexUnknown: true, expansion: 'count', bindings: { count: { index: UNKNOWN } }, represents: n }];
      }
      return [{ indexUnknown: true, expansion: 'count', bindings: { count: { index: UNKNOWN } } }];
    }
    if ('for_each' in body) {
      const coll = this.value(body.for_each, this, where);
      const unknownEach: Record<string, TfValue> = { each: { key: UNKNOWN, value: UNKNOWN } };
      const unknownOne = [{ indexUnknown: true, expansion: 'for_each' as const, bindings: unknownEach }];
      if (isUnknown(coll) || isOpen(coll)) return unknownOne;
      // A set (our lists) iterates its elements as both key and value; a map by its sorted keys.
      const size = Array.isArray(coll) ? coll.length : isObject(coll) ? Object.keys(coll).length : 0;
      if (size > 0 && budget && !budget.take(size)) {
        budget.refuse(where, what, size * this.multiplier);
        return [{ ...unknownOne[0]!, represents: size }];
      }
      if (Array.isArray(coll)) {
        // Only sets of strings can be for_each keys; anything else Terraform rejects, so we cannot know.
        if (!coll.every((x) => typeof x === 'string')) return unknownOne;
        return (coll as string[]).map((k) => ({ key: k, expansion: 'for_each' as const, bindings: { each: { key: k, value: k } } }));
      }
      if (isObject(coll)) {
        return Object.keys(coll)
          .sort()
          .map((k) => ({ key: k, expansion: 'for_each' as const, bindings: { each: { key: k, value: coll[k]! } } }));
      }
      return unknownOne;
    }
    return [{ bindings: {} }];
  }

  instances(key: string): ResourceInstance[] {
    const hit = this.instanceMemo.get(key);
    if (hit === IN_PROGRESS) return [{ indexUnknown: true, attributes: markOpen({}), scope: this }];
    if (hit) return hit;
    const decl = this.resources.get(key);
    if (!decl) return [];
    this.instanceMemo.set(key, IN_PROGRESS);
    let out: ResourceInstance[] = [];
    try {
      const where = lineOf(decl.pos, decl.file);
      out = this.expand(decl.body, where, `${this.prefix}${key}`).map((x) => {
        const scope = new BindingScope(this, x.bindings);
        const attributes = this.blockBody(decl.body, scope, where);
        if (decl.mode === 'data' && decl.type === POLICY_DOCUMENT_TYPE) {
          Object.assign(attributes, policyDocumentAttributes(attributes));
          if (isUnknown(attributes.json as TfValue)) rememberPartialPolicy(attributes, (name) => this.argumentExpr(decl, name), scope);
        }
        const inst: ResourceInstance = {
          key: x.key,
          indexUnknown: x.indexUnknown,
          expansion: x.expansion,
          attributes: markOpen(attributes),
          scope,
        };
        if (x.represents !== undefined) inst.represents = x.represents;
        return inst;
      });
    } finally {
      this.instanceMemo.set(key, out);
    }
    return out;
  }

  /** The parsed expression of a top-level argument of a block (undefined when it is a literal or does not parse). */
  private argumentExpr(decl: ResourceDecl, name: string): Expr | undefined {
    const raw = decl.body[name];
    if (typeof raw !== 'string' || !isTemplate(raw)) return undefined;
    return this.parse(raw, lineOf(decl.pos, decl.file, name));
  }

  /** JSON documents in top-level arguments whose value is UNKNOWN, rebuilt with the unknown parts in place. */
  documents(key: string, instance: ResourceInstance): Record<string, TfValue> | undefined {
    const decl = this.resources.get(key);
    if (!decl) return undefined;
    let out: Record<string, TfValue> | undefined;
    for (const [k, raw] of Object.entries(decl.body)) {
      if (typeof raw !== 'string' || !isUnknown(instance.attributes[k] as TfValue) || !isTemplate(raw)) continue;
      const e = this.parse(raw, lineOf(decl.pos, decl.file, k));
      const doc = e ? partialDocument(e, instance.scope) : undefined;
      if (doc !== undefined) (out ??= {})[k] = doc;
    }
    return out;
  }

  /** The value a reference to a resource sees: its known arguments, every other attribute UNKNOWN. */
  resourceValue(key: string): TfValue {
    const decl = this.resources.get(key)!;
    const list = this.instances(key);
    if ('count' in decl.body) return list.some((i) => i.indexUnknown) ? UNKNOWN : list.map((i) => i.attributes);
    if ('for_each' in decl.body) {
      if (list.some((i) => i.indexUnknown)) return UNKNOWN;
      return Object.fromEntries(list.map((i) => [String(i.key), i.attributes]));
    }
    return list[0]?.attributes ?? markOpen({});
  }

  // ---- module calls ----

  /** Instantiate child modules for every module call (once). */
  instantiateChildren(): void {
    if (this.children.size) return;
    for (const [name, decl] of this.moduleCalls) {
      const where = lineOf(decl.pos, decl.file);
      const source = typeof decl.body.source === 'string' ? decl.body.source : '';
      const local = source.startsWith('./') || source.startsWith('../');
      const dir = local ? this.ctx.resolveSource(this.dir, source) : undefined;
      const files = dir !== undefined ? this.ctx.filesIn(dir) : undefined;
      const list: {
        key?: number | string;
        instance?: ModuleInstance;
        inputs: TfObject;
        remote: boolean;
        dir?: string;
        decl: Decl;
        source: string;
      }[] = [];
      for (const x of this.expand(decl.body, where, `${this.prefix}module.${name}`)) {
        const scope = new BindingScope(this, x.bindings);
        const suffix = x.key === undefined ? '' : typeof x.key === 'number' ? `[${x.key}]` : `[${JSON.stringify(x.key)}]`;
        const path = `${this.prefix}module.${name}${suffix}`;
        const inputs: TfObject = {};
        const thunks = new Map<string, () => TfValue>();
        const refThunks = new Map<string, () => Set<string>>();
        for (const [arg, raw] of Object.entries(decl.body)) {
          if (MODULE_META.has(arg)) continue;
          let cached: { v: TfValue } | undefined;
          const thunk = (): TfValue => (cached ??= { v: this.value(raw, scope, lineOf(decl.pos, decl.file, arg)) }).v;
          thunks.set(arg, thunk);
          refThunks.set(arg, () => this.refsOfRaw(raw, lineOf(decl.pos, decl.file, arg)));
          Object.defineProperty(inputs, arg, { get: thunk, enumerable: true, configurable: true });
        }
        let instance: ModuleInstance | undefined;
        if (dir !== undefined && files && !this.chain.includes(dir)) {
          instance = new ModuleInstance(this.ctx, dir, files, path, thunks, refThunks, [...this.chain, dir]);
          instance.multiplier = this.multiplier * (x.represents ?? 1);
        }
        list.push({ key: x.key, instance, inputs, remote: !local, dir: files ? dir : undefined, decl, source });
      }
      this.children.set(name, list);
    }
  }

  private moduleValue(name: string): TfValue {
    return this.memoized(`module.${name}`, () => {
      if (!this.moduleCalls.has(name)) throw new EvalError(`undeclared module "${name}"`);
      this.instantiateChildren();
      const list = this.children.get(name) ?? [];
      const outputsOf = (i: (typeof list)[number]): TfValue => {
        if (!i.instance) return markOpen({}); // remote or missing module: every output is unknown
        const o: TfObject = {};
        for (const out of i.instance.outputs.keys()) o[out] = i.instance.output(out);
        return o;
      };
      const body = this.moduleCalls.get(name)!.body;
      if ('count' in body) return list.some((i) => i.key === undefined) ? UNKNOWN : list.map(outputsOf);
      if ('for_each' in body)
        return list.some((i) => i.key === undefined) ? UNKNOWN : Object.fromEntries(list.map((i) => [String(i.key), outputsOf(i)]));
      return list[0] ? outputsOf(list[0]) : UNKNOWN;
    });
  }

  // ---- references (for the graph): static traversals, followed through locals, variables and outputs ----

  refsOfRaw(raw: unknown, where: SourcePos, bound: Set<string> = new Set()): Set<string> {
    const out = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        if (!isTemplate(v)) return;
        const e = this.parse(v, where);
        if (e) for (const r of this.refsOfExpr(e, bound)) out.add(r);
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (isTemplate(k)) walk(k);
          walk(x);
        }
      }
    };
    walk(raw);
    return out;
  }

  private memoRefs(key: string, compute: () => Set<string>): Set<string> {
    const hit = this.refMemo.get(key);
    if (hit === IN_PROGRESS) return new Set();
    if (hit) return hit;
    this.refMemo.set(key, IN_PROGRESS);
    let v = new Set<string>();
    try {
      v = compute();
    } finally {
      this.refMemo.set(key, v);
    }
    return v;
  }

  refsOfExpr(e: Expr, bound: Set<string>): Set<string> {
    const out = new Set<string>();
    for (const path of referencePaths(e)) {
      if (bound.has(path[0]!)) continue;
      for (const r of this.refsOfPath(path)) out.add(r);
    }
    return out;
  }

  private refsOfPath(path: string[]): Set<string> {
    const [root, a, b] = path;
    if (a === undefined) return new Set();
    switch (root) {
      case 'var':
        return this.memoRefs(`var.${a}`, () => this.inputRefs.get(a)?.() ?? new Set());
      case 'local':
        return this.memoRefs(`local.${a}`, () => {
          const decl = this.locals.get(a);
          return decl ? this.refsOfRaw(decl.value, { file: decl.file, line: decl.pos?.attributes[a] ?? 1 }) : new Set();
        });
      case 'module':
        return this.memoRefs(`module.${a}${b ? `.${b}` : ''}`, () => {
          this.instantiateChildren();
          const out = new Set<string>();
          for (const child of this.children.get(a) ?? []) {
            if (!child.instance) continue;
            const names = b !== undefined && child.instance.outputs.has(b) ? [b] : [...child.instance.outputs.keys()];
            for (const n of names) for (const r of child.instance.outputRefs(n)) out.add(r);
          }
          return out;
        });
      case 'data':
        return b !== undefined && this.resources.has(`data.${a}.${b}`) ? new Set([`${this.prefix}data.${a}.${b}`]) : new Set();
      default:
        return this.resources.has(`${root}.${a}`) ? new Set([`${this.prefix}${root}.${a}`]) : new Set();
    }
  }

  outputRefs(name: string): Set<string> {
    return this.memoRefs(`output.${name}`, () => {
      const decl = this.outputs.get(name);
      return decl ? this.refsOfRaw(decl.body.value, lineOf(decl.pos, decl.file, 'value')) : new Set();
    });
  }

  /** References of a resource: its arguments (and count/for_each, depends_on, dynamic blocks). */
  resourceRefs(key: string): string[] {
    const decl = this.resources.get(key);
    if (!decl) return [];
    const where = lineOf(decl.pos, decl.file);
    const refs = this.refsOfRaw(decl.body, where, boundNames(decl.body));
    const self = `${this.prefix}${key}`;
    refs.delete(self);
    return [...refs].sort();
  }
}

/** Inside nested blocks only `dynamic` is structural; count/for_each there are ordinary arguments. */
const NESTED_SKIP = new Set(['dynamic']);

/** The content blocks of a `dynamic` block (one empty body when it has none). */
function dynamicContents(s: Body): Body[] {
  if (Array.isArray(s.content)) return s.content as Body[];
  return s.content && typeof s.content === 'object' ? [s.content as Body] : [{}];
}

/** Variable defaults and tfvars cannot reference anything. */
export const EMPTY_SCOPE: Scope = { ref: () => undefined };

/** Parse a `--var` value the way Terraform does: as a literal for string-typed variables, else as an expression. */
export function parseVarValue(raw: string, type: unknown): TfValue {
  const typeText = typeof type === 'string' ? bareReference(type) : undefined;
  if (typeText === undefined || typeText === 'string') return raw;
  try {
    return evaluateSafe(parseExpression(raw), EMPTY_SCOPE);
  } catch {
    return raw;
  }
}
