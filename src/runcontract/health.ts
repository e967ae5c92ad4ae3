// The health endpoint of a unit: a route in its code, else one its framework serves (only with the
// dependency that serves it), else its compose / Kubernetes / Dockerfile health check, else a guess.
import type { Evidence, HealthCheck } from './types';
import type { RepoFiles } from './files';
import {
  DEFAULT_GRACE_SECONDS,
  FRAMEWORK_HEALTH,
  GRACE_SECONDS,
  GRPC_HEALTH,
  GRPC_SERVER,
  HEALTH_PATH,
  PATH_LITERAL,
  ROUTE_LINE,
  DEVELOPMENT_ONLY,
} from './tables/health';

const CODE = /\.(py|js|mjs|cjs|ts|mts|go|rs|java|kt|cs|rb|php)$/;

export function graceFor(languages: readonly string[], frameworks: readonly string[]): number {
  const keys = [...languages, ...frameworks].map((s) => s.toLowerCase());
  for (const g of GRACE_SECONDS) if (keys.some((k) => g.when.test(k))) return g.seconds;
  return DEFAULT_GRACE_SECONDS;
}

export function grpcIn(files: RepoFiles, paths: readonly string[]): { server?: Evidence; health?: Evidence } {
  const out: { server?: Evidence; health?: Evidence } = {};
  for (const p of paths) {
    if (!CODE.test(p) && !/\.proto$/.test(p)) continue;
    const lines = files.lines(p);
    for (let i = 0; i < lines.length && !(out.server && out.health); i++) {
      if (!out.server && CODE.test(p) && GRPC_SERVER.test(lines[i]))
        out.server = { file: p, line: i + 1, excerpt: lines[i].trim().slice(0, 160) };
      if (!out.health && CODE.test(p) && GRPC_HEALTH.test(lines[i]))
        out.health = { file: p, line: i + 1, excerpt: lines[i].trim().slice(0, 160) };
    }
    if (out.server && out.health) break;
  }
  return out;
}

/** Health routes declared in code; the most specific path (health > ping > status) wins. */
export function healthRoute(files: RepoFiles, paths: readonly string[]): { path: string; evidence: Evidence } | null {
  let best: { path: string; evidence: Evidence; rank: number } | null = null;
  for (const p of paths) {
    if (!CODE.test(p) && !/routes\.rb$/.test(p)) continue;
    const lines = files.lines(p);
    const prefixes = JVM_SOURCE.test(p) ? classPrefixes(lines) : undefined;
    lines.forEach((line, i) => {
      if (line.length > 400 || !ROUTE_LINE.test(line) || developmentOnly(lines, i)) return;
      PATH_LITERAL.lastIndex = 0;
      for (const m of line.matchAll(PATH_LITERAL)) {
        const raw = m[1].startsWith('/') ? m[1] : `/${m[1]}`;
        if (!HEALTH_PATH.test(raw)) continue;
        // The path as declared (a trailing slash is part of the route in Spring and Django), under the
        // class-level mapping of a JVM controller (@RequestMapping("/utility/") on the class).
        const prefix = prefixes?.[i] ?? '';
        const path = `${prefix}${raw}`.replace(/\/{2,}/g, '/') || '/';
        const r = /health|livez|readyz/.test(path) ? 0 : /ping|heartbeat|up$/.test(path) ? 1 : 2;
        if (!best || r < best.rank) best = { path, rank: r, evidence: { file: p, line: i + 1, excerpt: line.trim().slice(0, 160) } };
      }
    });
  }
  return best ? { path: (best as { path: string }).path, evidence: (best as { evidence: Evidence }).evidence } : null;
}

/** The line is inside a block guarded by a development-only condition (`if (app.Environment.IsDevelopment())`). */
function developmentOnly(lines: readonly string[], i: number): boolean {
  let indent = lines[i]!.length - lines[i]!.trimStart().length;
  for (let k = i - 1; k >= 0 && k >= i - 60 && indent > 0; k--) {
    const l = lines[k]!;
    if (!l.trim() || /^\s*[{(]\s*$/.test(l)) continue;
    const ind = l.length - l.trimStart().length;
    if (ind >= indent) continue;
    if (/^\s*(if|elif|unless)\b/.test(l) && DEVELOPMENT_ONLY.test(l) && !/NODE_ENV\s*!==?\s*['"]development|===?\s*['"]production/.test(l))
      return true;
    indent = ind;
  }
  return false;
}

const JVM_SOURCE = /\.(java|kt|groovy|scala)$/;
const MAPPING = /@(?:RequestMapping|Path|Controller)\(\s*(?:(?:value|path)\s*=\s*)?\{?\s*"([^"]*)"/;

/** For each line of a JVM source file, the path of the class-level mapping of the class it is in. */
function classPrefixes(lines: readonly string[]): string[] {
  const out: string[] = [];
  let pending: string | undefined;
  let current = '';
  lines.forEach((l, k) => {
    out[k] = current;
    const m = MAPPING.exec(l);
    if (m) pending = m[1];
    if (/\b(class|object|interface)\s+\w+/.test(l) && !/^\s*(\/\/|\*)/.test(l)) {
      current = pending ? `/${pending}`.replace(/\/+$/, '') : '';
      pending = undefined;
    } else if (/\)\s*\{?\s*$/.test(l) && /\b(public|private|protected|fun|def)\b/.test(l)) pending = undefined;
  });
  return out;
}

/** `curl -f http://localhost:8000/health/` → "/health/". */
export function pathOfCheckCommand(cmd: string | undefined): string | undefined {
  if (!cmd) return undefined;
  const m = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?(\/[^\s"'|;)]*)?/.exec(cmd);
  return m ? (m[1] ?? '/') : undefined;
}

export function frameworkHealth(manifestText: string, frameworks: readonly string[]): { path: string; framework: string } | null {
  for (const f of FRAMEWORK_HEALTH)
    if (frameworks.includes(f.framework) && f.dependency.test(manifestText)) return { path: f.path, framework: f.framework };
  return null;
}

export function noHealth(grace: number): HealthCheck {
  return { path: null, protocol: 'none', gracePeriodSeconds: grace, source: 'default', evidence: [] };
}
