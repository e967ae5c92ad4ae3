// The shape of one ecosystem's detection table. Tables are data: which dependency names mean which
// framework / datastore / messaging id, which marker files mean a framework, which config contents
// name a datastore, and the conventional port of each framework.

export type EcosystemId = 'node' | 'python' | 'ruby' | 'jvm' | 'go' | 'php' | 'dotnet' | 'rust' | 'static';

/** prod: shipped with the app; dev/test: tooling only; indirect: pulled in by another dependency. */
export type DepScope = 'prod' | 'dev' | 'test' | 'indirect';

export interface Dependency {
  name: string;
  scope: DepScope;
}

export interface Manifest {
  /** Path of the manifest file, relative to the repository root. */
  file: string;
  dir: string;
  ecosystem: EcosystemId;
  packageManager: string | null;
  /** Package / artifact / module name when the manifest states one. */
  name: string | null;
  deps: Dependency[];
  /** Scripts (package.json, composer.json) by name. */
  scripts: Record<string, string>;
  /** Aggregates other packages (npm workspaces, Maven packaging pom, Cargo [workspace]…). */
  workspaceRoot: boolean;
  /** Member globs of a workspace root, relative to its directory. */
  workspaces: string[];
  /** Builds an executable / web app (true), a library (false), or unknown (undefined). */
  app?: boolean;
  /** File name (without extension) of the archive the build produces (Maven `finalName` or artifactId-version). */
  artifact?: string;
  /** Entry file (package.json "main"), when stated. */
  entry?: string;
  /** Folders of the projects this one compiles in (.NET ProjectReference), repository-relative. */
  references?: string[];
  /** A test project (e.g. a .NET project referencing Microsoft.NET.Test.Sdk): never deployable. */
  testProject?: boolean;
}

export interface ManifestWarning {
  line?: number;
  message: string;
}

export type ParsedManifest = Omit<Manifest, 'file' | 'dir' | 'ecosystem'>;

export interface ManifestSpec {
  /** File name (exact) or pattern the manifest is recognized by. */
  match: RegExp;
  parse(text: string, file: string): { manifest: ParsedManifest | null; warnings: ManifestWarning[] };
}

/** `names` are exact dependency names; a trailing `*` matches a prefix (e.g. "io.quarkus:*"). */
export interface DepRule {
  id: string;
  names: readonly string[];
  /** Also counts as a development dependency (build tools such as vite). */
  devToo?: boolean;
}

/** A framework recognized by a file in the unit's folder (path relative to the unit). */
export interface MarkerRule {
  id: string;
  files: readonly string[];
  /** The file must also contain this (e.g. Hugo's config.toml mentions baseURL). */
  contains?: RegExp;
  /** Counts only when no other framework of the ecosystem was found (net/http under chi is chi). */
  onlyAlone?: boolean;
}

/** Config contents naming a datastore / messaging system: the first capture group is looked up in `ids`. */
export interface ContentRule {
  kind: 'datastore' | 'messaging';
  /** File name the rule looks at (a cheap first test). */
  name: RegExp;
  /** Matched against the repository-relative path. */
  files: RegExp;
  pattern: RegExp;
  ids: Readonly<Record<string, string>>;
  /** The rule counts only when the unit depends on one of these packages (the client the setting needs). */
  requiresDeps?: readonly string[];
}

/**
 * A general-purpose SDK (boto3, aws-sdk v2…) says nothing by itself: the code is searched for the
 * clients it creates. Each capture of `pattern` is looked up in `ids`.
 */
export interface UsageRule {
  /** Dependencies that trigger the search (production scope). */
  deps: readonly string[];
  /** Source files searched (file name). */
  files: RegExp;
  /** Global regex; the first defined capture group names the client. */
  pattern: RegExp;
  ids: Readonly<Record<string, { kind: 'datastore' | 'messaging'; id: string }>>;
}

export interface Ecosystem {
  id: EcosystemId;
  manifests: readonly ManifestSpec[];
  frameworks: readonly DepRule[];
  datastores: readonly DepRule[];
  messaging: readonly DepRule[];
  markers: readonly MarkerRule[];
  content: readonly ContentRule[];
  usage?: readonly UsageRule[];
  /** A framework that brings another (nextjs → react). */
  implies: Readonly<Record<string, readonly string[]>>;
  /** Port the framework listens on by default or by universal convention. */
  defaultPorts: Readonly<Record<string, number>>;
}
