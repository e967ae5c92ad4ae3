// detectFunctions(files): the Lambda handlers of a repository, from the first configuration that
// describes any (SST, Serverless Framework, AWS SAM, AWS CDK), else from plain handler folders.
// Malformed configuration gives a warning with file and line, never an exception.
import type { RepoFiles } from '../files';
import { readCdk } from './cdk';
import { readFolders } from './folders';
import { readSam, SAM_FILE, SAM_MARK } from './sam';
import { readServerlessFramework, SERVERLESS_FILE } from './serverless-framework';
import { readSst, SST_CONFIG } from './sst';
import type { FunctionsTool, ServerlessLayout } from './types';

export type * from './types';
export { normalizeRoute, parseRouteKey } from './routes';

const NOT_APP = /(^|\/)(node_modules|\.serverless|\.aws-sam|cdk\.out|\.sst|tests?|__tests__|examples?|fixtures)\//;

const READERS: {
  tool: FunctionsTool;
  match: (p: string, files: RepoFiles) => boolean;
  read: (files: RepoFiles, file: string, all: ReadonlySet<string>, out: ServerlessLayout) => void;
}[] = [
  { tool: 'sst', match: (p) => SST_CONFIG.test(p), read: readSst },
  { tool: 'serverless', match: (p) => SERVERLESS_FILE.test(p), read: readServerlessFramework },
  { tool: 'sam', match: (p, f) => SAM_FILE.test(p) && SAM_MARK.test(f.read(p) ?? ''), read: readSam },
  { tool: 'cdk', match: (p) => /(^|\/)cdk\.json$/.test(p), read: readCdk },
];

/** At most this many functions are kept (a bound against hostile repositories). */
export const MAX_FUNCTIONS = 200;

export function detectFunctions(files: RepoFiles): ServerlessLayout | undefined {
  // Paths outside tests, examples and tool output, tested once (every reader looks at the same ones, in order).
  const app = files.all.filter((p) => !NOT_APP.test(p));
  for (const r of READERS) {
    const configs = app.filter((p) => r.match(p, files));
    if (!configs.length) continue;
    const all = new Set(files.all);
    const out: ServerlessLayout = { tool: r.tool, configs, functions: [], stores: [], warnings: [] };
    for (const c of configs) {
      try {
        r.read(files, c, all, out);
      } catch (error) {
        // A reader bug must not stop analyze: the file is named, the rest goes on.
        out.warnings.push({ message: `cannot read ${c}: ${(error as Error).message}`, evidence: { file: c, line: 1 } });
      }
    }
    return bound(out);
  }
  const out: ServerlessLayout = { tool: 'folder', configs: [], functions: [], stores: [], warnings: [] };
  readFolders(files, out);
  return out.functions.length ? bound(out) : undefined;
}

function bound(out: ServerlessLayout): ServerlessLayout {
  if (out.functions.length > MAX_FUNCTIONS) {
    out.warnings.push({ message: `${out.functions.length} functions found: only the first ${MAX_FUNCTIONS} are kept` });
    out.functions = out.functions.slice(0, MAX_FUNCTIONS);
  }
  for (const f of out.functions) f.routes = f.routes.slice(0, 100);
  return out;
}
