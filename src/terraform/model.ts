// The loaded-Terraform model shared by secure, optimize, visualize, drift and the analyze gate.
// Values are evaluated where they can be known; what cannot be known is UNKNOWN, never guessed.

/** Marker for a value that cannot be known statically (a resource attribute, a data source, …). */
export const UNKNOWN: unique symbol = Symbol.for('inframate.unknown');
export type Unknown = typeof UNKNOWN;
export const isUnknown = (v: unknown): v is Unknown => v === UNKNOWN;

export type TfValue = string | number | boolean | null | Unknown | TfValue[] | { [key: string]: TfValue };

export interface SourcePos {
  /** Path relative to the scanned root directory. */
  file: string;
  line: number;
}

export type BlockKind = 'resource' | 'data' | 'module' | 'variable' | 'output' | 'locals' | 'provider' | 'terraform';

export interface TfResource {
  kind: 'resource' | 'data';
  /** e.g. aws_s3_bucket */
  type: string;
  name: string;
  /** Terraform address: module.x.aws_s3_bucket.y[0] */
  address: string;
  /** "" for the root module, else "module.a.module.b" */
  modulePath: string;
  /** Evaluated attributes and nested blocks; nested blocks are arrays of objects. */
  attributes: { [key: string]: TfValue };
  /** Raw (unevaluated) expression text per top-level attribute, when known. */
  expressions?: Record<string, string>;
  /** Addresses (without index) of resources/data this one references. */
  references: string[];
  pos: SourcePos;
  /** Line of a top-level attribute or nested block, when located. */
  attributePos?: Record<string, SourcePos>;
  /** count / for_each index key, if expanded */
  index?: number | string;
  /** Set when count/for_each could not be evaluated: one instance stands for all, its index is unknown. */
  indexUnknown?: boolean;
  /**
   * How many instances this entry stands for, when more than one: a count/for_each (or an enclosing
   * module's) past the instance budget is kept as one entry with an unknown index. Costs multiply by it.
   */
  instanceCount?: number;
  /** How the block was expanded into instances, when it was. */
  expansion?: 'count' | 'for_each';
  /** Directory of the module that declares it, relative to the scanned root ("." for the root). */
  moduleDir?: string;
  /**
   * JSON documents (policies, container definitions …) in top-level arguments whose value is UNKNOWN only
   * because some part is: `jsonencode(X)` or a JSON heredoc/template rebuilt with the unknown parts UNKNOWN
   * in place (a string containing an unknown part is UNKNOWN as a whole). Keyed by argument name.
   */
  documents?: Record<string, TfValue>;
  /** Root module directory it was evaluated from ("." for the scanned directory); addresses are unique per root. */
  rootDir?: string;
}

export interface TfModuleCall {
  name: string;
  address: string;
  source: string;
  modulePath: string;
  pos: SourcePos;
  /** Local modules: directory relative to the root, when it was found and loaded. */
  dir?: string;
  /** The module's source is remote (registry, git, http, s3 …): recorded, never fetched. */
  remote?: boolean;
  /** Evaluated inputs of the module call. */
  inputs?: { [key: string]: TfValue };
  /** count / for_each key of this instance of the call. */
  index?: number | string;
}

export interface LoadError {
  file: string;
  line?: number;
  message: string;
  /** Set when a limit was hit (`file-too-large`, `parse-budget`, `nesting-depth`, `instance-budget`): the report must say so. */
  code?: string;
}

export interface TfComment {
  file: string;
  line: number;
  text: string;
}

export interface LoadedTerraform {
  root: string;
  files: string[];
  resources: TfResource[];
  modules: TfModuleCall[];
  /** Keyed by name in the root module, `module.a.name` (modulePath + name) in modules. */
  variables: Record<string, { default?: TfValue; pos: SourcePos; modulePath: string; name?: string; value?: TfValue }>;
  /** Keyed like variables. */
  outputs: Record<string, { pos: SourcePos; modulePath: string; name?: string; value?: TfValue }>;
  /** Evaluated locals, keyed like variables. */
  locals?: Record<string, { pos: SourcePos; modulePath: string; name: string; value: TfValue }>;
  /** Provider configurations (evaluated). */
  providers?: { name: string; alias?: string; modulePath: string; attributes: { [key: string]: TfValue }; pos: SourcePos }[];
  /** Expressions our evaluator could not parse (the file itself parsed); their values are UNKNOWN. */
  warnings?: LoadError[];
  /** Comments (for suppressions), by file. */
  comments: TfComment[];
  errors: LoadError[];
}
