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
}

export interface TfModuleCall {
  name: string;
  address: string;
  source: string;
  modulePath: string;
  pos: SourcePos;
}

export interface LoadError {
  file: string;
  line?: number;
  message: string;
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
  variables: Record<string, { default?: TfValue; pos: SourcePos; modulePath: string }>;
  outputs: Record<string, { pos: SourcePos; modulePath: string }>;
  /** Comments (for suppressions), by file. */
  comments: TfComment[];
  errors: LoadError[];
}
