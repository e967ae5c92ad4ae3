// Environment variables a unit's code and configuration read: the one-line idioms of
// tables/env-reads.ts, plus the multi-line ones (pydantic settings classes, Joi / zod / t3-env
// schemas, .NET `__` sections). Each read keeps its file:line and whether a default is given.
import type { Evidence } from './types';
import { CONSTANT_PREFIX, ENV_READS, IGNORED_NAMES } from './tables/env-reads';

export interface EnvRead {
  name: string;
  hasDefault: boolean;
  /** The default's text, when it is a literal (to judge whether it works on AWS). */
  defaultText?: string;
  /** Read in a settings/config file (read at start-up) rather than in a request handler. */
  settings: boolean;
  /** Without a default the read fails at start-up (KeyError, Joi required, pydantic field, ENV.fetch, ${VAR}). */
  strict: boolean;
  /** Inside an if / else / try block: an optional code path. */
  conditional?: boolean;
  /** The read is a test of whether the variable is set (`!!process.env.X`, `if ENV["X"]`): a feature it switches on. */
  presenceTested?: boolean;
  /** Read in a Spring profile's own file (`application-<profile>.properties`): applies only when that profile is active. */
  profile?: string;
  evidence: Evidence;
}

/** Text before a read that makes it a test of whether the variable is set. */
const PRESENCE_BEFORE = /(!!\s*|\bBoolean\(\s*|\b(if|elif|unless)\s*\(?\s*|&&\s*)$/;
/** Text after a read that makes it a test of whether the variable is set (`X && …`, `X ? a : b`, `.present?`). */
const PRESENCE_AFTER = /^(\s*&&|\s*\?(?![?.])|\.present\?)/;
/** A Spring Boot profile's own configuration file. */
const SPRING_PROFILE_FILE = /(^|\/)application-([\w-]+)\.(properties|ya?ml)$/;
/** Separators between the name and `&&` / `?` / `.present` after it (a closing quote, bracket or paren). */
const BEFORE_AFTER_TEST = /^\W{0,3}?(?=\s*(&&|\?|\.present))/;
/** `if (` / `elif ` / `unless ` just before the read. */
const IF_BEFORE = /\b(if|elif|unless)\s*\(?\s*$/;
/** After an `if` read: the condition ends (nothing but the read is tested). */
const IF_CONDITION_ENDS = /^\s*\)?\s*(\{|:|&&|\|\||then|$)/;

const SETTINGS_FILE =
  /(^|\/)(settings|config|configuration|conf|env|environment|app|main|server|index|program|startup|database|db|application|bootstrap|__init__|wsgi|asgi|core|constants)[\w.-]*\.\w+$|(^|\/)(settings|config|configuration)\/|\.(properties|ya?ml|prisma|erb|toml|json)$/i;

const excerptOf = (line: string) => line.trim().slice(0, 160);

function pushRead(
  out: EnvRead[],
  file: string,
  lineNo: number,
  line: string,
  name: string,
  hasDefault: boolean,
  defaultText?: string,
  strict = false,
) {
  if (IGNORED_NAMES.test(name) && !(strict && !hasDefault)) return;
  out.push({
    name,
    hasDefault,
    defaultText,
    settings: SETTINGS_FILE.test(file),
    strict: strict && !hasDefault,
    evidence: { file, line: lineNo, excerpt: excerptOf(line) },
  });
}

/**
 * A Python read inside an `if` / `try` block (an optional feature switched on by the variable)
 * does not stop the application from starting.
 */
function conditional(file: string, lines: readonly string[], i: number): boolean {
  if (!/\.(py|js|mjs|cjs|ts|mts|go|rb|php|rs|cs|java|kt)$/.test(file)) return false;
  let indent = lines[i].length - lines[i].trimStart().length;
  // Every enclosing block, outwards: one of them an `if` / `else` / `try` makes the read conditional.
  for (let k = i - 1; k >= 0 && k >= i - 300 && indent > 0; k--) {
    const l = lines[k];
    if (!l.trim() || /^\s*(#|\/\/)/.test(l)) continue;
    const ind = l.length - l.trimStart().length;
    if (ind >= indent) continue;
    // The closing bracket of a multi-line condition (`if (\n a or b\n):`): its opener is further up.
    if (/^\s*[)\]]/.test(l)) continue;
    if (/^\s*(if|elif|else|try|except|catch|unless|\}\s*else|\}\s*catch|with)\b/.test(l)) return true;
    if (/^\s*(def|func|function|fn|class|public|private|protected|static|async)\b/.test(l)) return false;
    indent = ind;
  }
  return false;
}

/**
 * Symfony configuration for other environments: a `when@dev:` / `when@test:` block of a YAML file, or
 * the config/packages/dev|test folders. Reads there are not production's. Gives, once per file, a
 * test of a line index.
 */
function outsideProduction(file: string, lines: readonly string[]): (i: number) => boolean {
  if (!/(^|\/)config\/(packages|routes)\//.test(file)) return () => false;
  if (/(^|\/)config\/(packages|routes)\/(dev|test)\//.test(file)) return () => true;
  if (!/\.ya?ml$/.test(file)) return () => false;
  // Each line belongs to the top-level key above it (or on it).
  const inBlock: boolean[] = [];
  let current = false;
  lines.forEach((l, k) => {
    const m = /^(\S[^:]*):/.exec(l);
    if (m) current = /^when@(dev|test)$/.test(m[1]!.trim());
    inBlock[k] = current;
  });
  return (i) => inBlock[i] ?? false;
}

/** One-line reads: every pattern applying to the file, every match on every line. */
export function oneLineReads(file: string, lines: readonly string[]): EnvRead[] {
  const patterns = ENV_READS.filter((p) => p.files.test(file));
  if (!patterns.length) return [];
  const out: EnvRead[] = [];
  const hashComments = !/\.(ya?ml|properties)$/.test(file) || /(^|\/)config\/packages\//.test(file);
  const skipped = outsideProduction(file, lines);
  const profile = SPRING_PROFILE_FILE.exec(file)?.[2];
  lines.forEach((line, i) => {
    if (line.length > 2000) return;
    const t = line.trim();
    if (t.startsWith('#') && hashComments) return;
    if (skipped(i)) return;
    if (t.startsWith('//')) return;
    for (const p of patterns) {
      p.pattern.lastIndex = 0;
      for (const m of line.matchAll(p.pattern)) {
        const captured = m[p.name];
        if (!captured) continue;
        const name = p.envName ? p.envName(captured) : captured;
        const def = p.default ? m[p.default] : undefined;
        const cond = conditional(file, lines, i);
        const before = out.length;
        pushRead(
          out,
          file,
          i + 1,
          line,
          name,
          !!p.alwaysDefault || !!def,
          def?.replace(/^[\s,:]+|\s*\)?$/g, '').replace(/^(default\s*=\s*)/, ''),
          (!!p.strict || (p.strictGroup !== undefined && !!m[p.strictGroup])) && !cond,
        );
        if (cond && out.length > before) out[out.length - 1].conditional = true;
        if (out.length > before && m.index !== undefined) {
          const pre = line.slice(0, m.index);
          // After the name itself (a pattern may take a ternary `X ? a : b` as the default).
          const at = m[0].indexOf(captured);
          const post = line.slice(m.index + (at >= 0 ? at + captured.length : m[0].length)).replace(BEFORE_AFTER_TEST, '');
          // `if os.environ.get("X"):` / `if (process.env.X) {`: only a test when nothing but the read is tested.
          const ifOnly = IF_BEFORE.test(pre);
          if (PRESENCE_BEFORE.test(pre) && (!ifOnly || IF_CONDITION_ENDS.test(post))) out[out.length - 1].presenceTested = true;
          else if (PRESENCE_AFTER.test(post)) out[out.length - 1].presenceTested = true;
        }
        if (profile && out.length > before) {
          out[out.length - 1].profile = profile;
          out[out.length - 1].conditional = true;
        }
      }
    }
  });
  // A file that tests whether a variable is set before using it (`const enabled = !!process.env.REDIS_URL`)
  // reads it only for the feature it switches on: every read of it in that file is guarded.
  const tested = new Set(out.filter((r) => r.presenceTested).map((r) => r.name));
  for (const r of out) if (tested.has(r.name)) r.presenceTested = true;
  return out;
}

/**
 * pydantic BaseSettings: the fields of a settings class are environment variables (uppercased,
 * with the class's env_prefix); a field with `= value` has a default. Computed properties and
 * methods are not fields.
 */
export function pydanticReads(file: string, lines: readonly string[]): EnvRead[] {
  if (!file.endsWith('.py')) return [];
  const out: EnvRead[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cls = /^(\s*)class\s+\w+\(([^)]*\b(\w*Settings)\b[^)]*)\)\s*:/.exec(lines[i]);
    if (!cls) continue;
    const indent = cls[1].length;
    let prefix = '';
    const fields: { name: string; line: number; text: string; hasDefault: boolean; def?: string }[] = [];
    let j = i + 1;
    let bodyIndent = -1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (!l.trim() || l.trim().startsWith('#')) continue;
      const ind = l.length - l.trimStart().length;
      if (ind <= indent) break;
      if (bodyIndent < 0) bodyIndent = ind;
      const pfx = /env_prefix\s*[=:]\s*["']([^"']*)["']/.exec(l);
      if (pfx) prefix = pfx[1];
      if (ind !== bodyIndent) continue;
      const f = /^\s*([a-z_][a-z0-9_]*)\s*:\s*([^=]+?)(?:\s*=\s*(.+))?\s*$/.exec(l);
      if (!f || f[1] === 'model_config' || f[1].startsWith('_') || /ClassVar/.test(f[2])) continue;
      const alias = /(?:validation_alias|alias|env)\s*=\s*["']([A-Za-z_][A-Za-z0-9_]*)["']/.exec(f[3] ?? '');
      const def = f[3]?.trim();
      const noDefault = def === undefined || /^Field\(\s*(\.\.\.|\))/.test(def);
      fields.push({ name: alias ? alias[1] : f[1], line: j + 1, text: l, hasDefault: !noDefault, def: noDefault ? undefined : def });
    }
    for (const f of fields) {
      const name = /[a-z]/.test(f.name) ? (prefix + f.name).toUpperCase() : f.name;
      pushRead(out, file, f.line, f.text, name, f.hasDefault, f.def, true);
    }
    i = j - 1;
  }
  return out;
}

/**
 * Schema-validated environments: Joi (`FOO: Joi.string().required()`), zod / t3-env
 * (`FOO: z.string().url()` inside createEnv or an env schema), envalid (`FOO: str({ default })`).
 * A key with `.default(`, `.optional()`, `default:` has a default.
 */
export function schemaReads(file: string, lines: readonly string[]): EnvRead[] {
  if (!/\.(js|mjs|cjs|ts|mts|cts)$/.test(file)) return [];
  const text = lines.join('\n');
  if (!/\b(Joi|joi|z|envalid|cleanEnv|createEnv)\b/.test(text) || !/process\.env|createEnv|cleanEnv|runtimeEnv/.test(text)) return [];
  const out: EnvRead[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*([A-Z][A-Z0-9_]+)\s*:\s*(Joi\.|z\.|str\(|num\(|bool\(|port\(|url\(|host\(|email\(|json\()(.*)$/.exec(line);
    if (!m) return;
    // A multi-line chain: look at the following lines up to the next key.
    let chain = m[3];
    for (let k = i + 1; k < Math.min(lines.length, i + 6) && !/^\s*[A-Z][A-Z0-9_]+\s*:/.test(lines[k]); k++) chain += lines[k];
    const required = /\.required\(\)/.test(chain);
    const hasDefault = /\.default\(|default\s*:|\.optional\(\)|\.nullish\(\)/.test(chain) || (m[2] === 'Joi.' && !required);
    const def = /\.default\(\s*([^)]*)\)|default\s*:\s*([^,}]+)/.exec(chain);
    pushRead(out, file, i + 1, line, m[1], hasDefault, def ? (def[1] ?? def[2])?.trim() : undefined, m[2] !== 'Joi.' || required);
  });
  return out;
}

/** Destructuring: `const { PORT = 3000, DATABASE_URL } = process.env`. */
export function destructuringReads(file: string, lines: readonly string[]): EnvRead[] {
  if (!/\.(js|mjs|cjs|ts|mts|cts|jsx|tsx)$/.test(file)) return [];
  const out: EnvRead[] = [];
  const text = lines.join('\n');
  const re = /(?:const|let|var)\s*\{([^}]*)\}\s*=\s*process\.env\b/g;
  for (const m of text.matchAll(re)) {
    const startLine = text.slice(0, m.index).split('\n').length;
    for (const part of m[1].split(',')) {
      const p = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s*:\s*[A-Za-z_]\w*)?\s*(=\s*(.+))?\s*$/.exec(part);
      if (!p) continue;
      const offset = m[0].slice(0, m[0].indexOf(part)).split('\n').length - 1;
      pushRead(out, file, startLine + offset, lines[startLine + offset - 1] ?? '', p[1], !!p[2], p[3]?.trim());
    }
  }
  return out;
}

export function readsOfFile(file: string, lines: readonly string[]): EnvRead[] {
  return [...oneLineReads(file, lines), ...pydanticReads(file, lines), ...schemaReads(file, lines), ...destructuringReads(file, lines)];
}

/**
 * Reads whose name is a code constant (`GetConnectionString(Services.Database)`): resolved to the
 * constant's string value (`const string Database = "CleanArchitectureDb"`) found in the given files;
 * dropped when it cannot be resolved (the report cannot name a variable it does not know).
 */
export function resolveConstants(reads: readonly EnvRead[], paths: readonly string[], lines: (p: string) => string[]): EnvRead[] {
  if (!reads.some((r) => r.name.includes(CONSTANT_PREFIX))) return [...reads];
  const values = new Map<string, string>();
  for (const p of paths)
    for (const l of lines(p)) {
      const m = /\bconst\s+string\s+([A-Za-z_]\w*)\s*=\s*"([A-Za-z_][A-Za-z0-9_]*)"/.exec(l);
      if (m && !values.has(m[1]!)) values.set(m[1]!, m[2]!);
    }
  return reads.flatMap((r) => {
    const i = r.name.indexOf(CONSTANT_PREFIX);
    if (i < 0) return [r];
    const v = values.get(r.name.slice(i + CONSTANT_PREFIX.length));
    return v ? [{ ...r, name: r.name.slice(0, i) + v }] : [];
  });
}
