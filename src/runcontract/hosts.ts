// Host names written in code or configuration that name other services ("redis", "db",
// "cartservice:7070"): on AWS they resolve only through Service Connect / Cloud Map aliases, or the
// line has to change. Environment files are not code: a value there is set, not hard-coded.
import type { HardcodedHost } from './types';
import type { RepoFiles } from './files';

const CODE_OR_CONFIG = /\.(py|js|mjs|cjs|ts|go|rs|java|kt|cs|rb|php|json|ya?ml|properties|toml|ini|conf)$/;
const NOT_HOST_FILES =
  /(^|\/)((docker-)?compose[\w.-]*\.ya?ml|package(-lock)?\.json|tsconfig[\w.-]*\.json|\.env[\w.-]*|[\w.-]*\.env|launchSettings\.json)$|(^|\/)(kubernetes-manifests|k8s|kubernetes|helm|charts|deploy|\.github)\//;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hardcodedHosts(files: RepoFiles, unitFiles: readonly string[], names: ReadonlyMap<string, string>): HardcodedHost[] {
  if (!names.size) return [];
  const alt = [...names.keys()].map(escape).join('|');
  const re = new RegExp(
    `(?:://|@)(${alt})(?=[:/"'\`]|$)|["'\`](${alt}):\\d{2,5}["'\`/]|\\b(?:host|hostname|server|addr|address)\\w*["']?\\s*[:=]>?\\s*["'](${alt})["']|Host=(${alt})\\b|Server=(${alt})\\b`,
    'i',
  );
  const out: HardcodedHost[] = [];
  const seen = new Set<string>();
  for (const p of unitFiles) {
    if (!CODE_OR_CONFIG.test(p) || NOT_HOST_FILES.test(p)) continue;
    const lines = files.lines(p);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.length > 400 || /^\s*(#|\/\/)/.test(line)) continue;
      const m = re.exec(line);
      if (!m) continue;
      const host = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).toLowerCase();
      const key = `${host}@${p}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ host, target: names.get(host), evidence: { file: p, line: i + 1, excerpt: line.trim().slice(0, 160) } });
    }
  }
  return out;
}

const LOOPBACK_LISTEN =
  /(listen|ListenAndServe|\.run|bind|Listen|UseUrls|serve|uvicorn|gunicorn|runserver|--host|-b|host\s*[=:])\W[^\n]*?["'\s=](127\.0\.0\.1|localhost)(?::\d+)?["'\s,)]/;

/** A listener bound to the loopback address: unreachable from the load balancer. */
export function loopbackBind(
  files: RepoFiles,
  unitFiles: readonly string[],
): { address: string; file: string; line: number; excerpt: string } | null {
  for (const p of unitFiles) {
    if (!/\.(py|js|mjs|ts|go|rs|cs|rb|php|java|kt)$|(^|\/)(Dockerfile[\w.-]*|Procfile)$/.test(p)) continue;
    const lines = files.lines(p);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (
        line.length > 400 ||
        /^\s*(#|\/\/)/.test(line) ||
        /connect|client|redis|mongo|postgres|mysql|amqp|fetch\(|request|url\s*=|proxy/i.test(line)
      )
        continue;
      const m = LOOPBACK_LISTEN.exec(line);
      if (m) return { address: m[2], file: p, line: i + 1, excerpt: line.trim().slice(0, 160) };
    }
  }
  return null;
}
