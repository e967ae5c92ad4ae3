// Lambda handlers found in a repository, with file:line evidence: from the Serverless Framework,
// AWS SAM, SST and CDK configurations (read statically, never executed) and from plain handler
// folders. The recommendation turns them into functions behind one HTTP API (docs/serverless.md).
import type { Evidence } from '../types';

export type FunctionsTool = 'serverless' | 'sam' | 'sst' | 'cdk' | 'folder';

export interface FunctionRoute {
  /** GET, POST… or ANY. */
  method: string;
  /** "/notes/{id}" (API Gateway syntax; Express-style ":id" converted). */
  path: string;
  /** The API kind the configuration attached it to: a REST API (Lambda proxy payload 1.0) or an HTTP API (payload 2.0). */
  api: 'rest' | 'http';
  evidence: Evidence;
}

export interface DetectedFunction {
  /** The logical name in the configuration (function key, resource id, construct id) or the folder. */
  name: string;
  /** The handler as configured: "todos/create.create", "packages/functions/src/list.main". */
  handler: string;
  /** The code file of the handler, relative to the repository root, when it was found. */
  source: string | null;
  /** The folder deployed as the function's code (SAM CodeUri, the configuration's folder…). */
  codeDir: string;
  /** The runtime as configured (python3.9, nodejs18.x, Runtime.NODEJS_20_X) or from the handler's language. */
  runtime: string | null;
  routes: FunctionRoute[];
  /** Variables the configuration sets for it (names only; values stay in the repository). */
  env: string[];
  tool: FunctionsTool;
  evidence: Evidence;
}

export interface DetectedStore {
  kind: 'dynamodb' | 's3';
  name: string;
  /** DynamoDB keys when the configuration states them. */
  hashKey?: string;
  rangeKey?: string;
  evidence: Evidence;
}

export interface ServerlessLayout {
  /** The tool whose configuration described the functions (the first that found any). */
  tool: FunctionsTool;
  /** Configuration files read. */
  configs: string[];
  functions: DetectedFunction[];
  stores: DetectedStore[];
  /** Unreadable or unsupported configuration: file, line and why (never a crash). */
  warnings: Array<{ message: string; evidence?: Evidence }>;
}
