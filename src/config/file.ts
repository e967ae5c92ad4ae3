// The options file: DIR/.inframate.yml (or --config FILE). Every CLI option may be given a default
// there under its own name, plus `skip:` entries (rule id or alias, reason, optional expiry and
// resource). Precedence: command line (or Action input) > options file > built-in default.
// The file lives in the repository, which may be hostile (a pull request can change it), so it
// can never point the LLM at another endpoint, move the audit log or reach outside the tree.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { OPTIONS, type OptionSpec, type RawOptions } from '../options';
import { InputError } from '../supervisor/errors';

export const CONFIG_FILE = '.inframate.yml';
const MAX_BYTES = 256 * 1024;

/** Options a repository's file may not set: they would send keys or files somewhere else. */
export const NOT_IN_CONFIG_FILE = new Set(['config', 'base-url', 'ai-audit-log', 'output']);
/** Path options: relative to the file's folder and inside it. */
const PATH_OPTIONS = new Set(['spec', 'out', 'var-file', 'usage', 'compare', 'plan', 'state', 'log', 'payload', 'suite']);

export interface SkipEntry {
  /** Our rule id or a Checkov / Trivy alias, lowercase. */
  id: string;
  reason?: string;
  /** YYYY-MM-DD: the skip stops applying after this day. */
  expires?: string;
  /** Only this Terraform address (a trailing * matches any suffix). */
  resource?: string;
  /** Where it was declared: "file:line". */
  source: string;
  from: 'config' | 'ignore-file';
}

export interface ConfigFile {
  path: string;
  options: RawOptions;
  skips: SkipEntry[];
}

const DATE = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)), 'expected a date YYYY-MM-DD');

const SKIP = z.union([
  z.string().min(1),
  z.strictObject({
    id: z.string().min(1),
    reason: z.string().optional(),
    expires: DATE.optional(),
    resource: z.string().min(1).optional(),
  }),
]);

const scalar = z.union([z.string(), z.number()]).transform(String);

function valueSchema(spec: OptionSpec): z.ZodType {
  switch (spec.kind) {
    case 'boolean':
    case 'negatable':
      return z.boolean();
    case 'list':
      return z.union([scalar, z.array(scalar)]).transform((v) => (Array.isArray(v) ? v : [v]));
    default:
      return spec.choices ? z.enum(spec.choices as [string, ...string[]]) : scalar;
  }
}

function fileSchema() {
  const shape: Record<string, z.ZodType> = { skip: z.array(SKIP).optional() };
  for (const spec of OPTIONS) if (!NOT_IN_CONFIG_FILE.has(spec.name)) shape[spec.name] = valueSchema(spec).optional();
  return z.strictObject(shape);
}

/** The options file for DIR: --config FILE when given (must exist), else DIR/.inframate.yml when present. */
export function findConfigFile(dir: string, explicit: string | undefined, cwd: string): string | undefined {
  if (explicit) {
    const path = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(path)) throw new InputError(`--config file not found: ${explicit}`);
    return path;
  }
  const path = resolve(dir, CONFIG_FILE);
  return existsSync(path) ? path : undefined;
}

export function loadConfigFile(path: string, display = path): ConfigFile {
  if (statSync(path).size > MAX_BYTES) throw new InputError('options file is larger than 256 KB', { file: display });
  const text = readFileSync(path, 'utf8');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError(`options file is not valid YAML: ${e.message.split('\n')[0]}`, {
      file: display,
      line: counter.linePos(e.pos[0]).line,
    });
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const data: unknown = doc.toJS() ?? {};
  const parsed = fileSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys : undefined;
    const where = keys?.length ? [...issue.path, keys[0]!] : issue.path;
    const name = where.map(String).join('.') || '(top level)';
    const message = keys?.length
      ? NOT_IN_CONFIG_FILE.has(keys[0]!)
        ? `"${keys[0]}" cannot be set in the options file (give it on the command line)`
        : `unknown option "${keys[0]}"`
      : `${name}: ${issue.message}`;
    throw new InputError(`options file: ${message}`, { file: display, line: lineOf(where as (string | number)[]) });
  }
  const base = dirname(path);
  const options: RawOptions = {};
  for (const [key, value] of Object.entries(parsed.data as Record<string, unknown>)) {
    if (key === 'skip' || value === undefined) continue;
    if (PATH_OPTIONS.has(key)) {
      for (const p of Array.isArray(value) ? value : [value]) {
        const rel = relative(base, resolve(base, String(p)));
        if (isAbsolute(String(p)) || rel.startsWith('..')) {
          throw new InputError(`options file: ${key} must be a path inside ${base} (got "${String(p)}")`, {
            file: display,
            line: lineOf([key]),
          });
        }
      }
      options[key] = Array.isArray(value) ? value.map((p) => resolve(base, String(p))) : resolve(base, String(value));
    } else {
      options[key] = value as RawOptions[string];
    }
  }
  const skips: SkipEntry[] = ((parsed.data as { skip?: z.infer<typeof SKIP>[] }).skip ?? []).map((s, i) => {
    const source = `${display}:${lineOf(['skip', i]) ?? 1}`;
    return typeof s === 'string'
      ? { id: s.trim().toLowerCase(), source, from: 'config' as const }
      : {
          id: s.id.trim().toLowerCase(),
          ...(s.reason ? { reason: s.reason } : {}),
          ...(s.expires ? { expires: s.expires } : {}),
          ...(s.resource ? { resource: s.resource } : {}),
          source,
          from: 'config' as const,
        };
  });
  return { path, options, skips };
}
