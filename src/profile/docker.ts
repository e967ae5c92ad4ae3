// Dockerfiles (EXPOSE, CMD/ENTRYPOINT) and compose files (services, build contexts, images, ports,
// depends_on, environment).
import { LineCounter, parseDocument } from 'yaml';
import type { ManifestWarning } from './ecosystems/types';

export const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)(\.[\w.-]+)?$|(^|\/)[\w.-]+\.(Dockerfile|dockerfile)$/;
export const COMPOSE_FILE = /(^|\/)(docker-)?compose(\.[\w-]+)?\.ya?ml$/;
/** Development-container images are for editing the code, not for deploying it. */
export const DEVCONTAINER = /(^|\/)\.devcontainer\//;

export interface DockerfileInfo {
  expose: number[];
  cmd: string | null;
}

function commandOf(arg: string): string {
  const t = arg.trim();
  if (t.startsWith('[')) {
    try {
      const parts = JSON.parse(t) as unknown;
      if (Array.isArray(parts)) return parts.map(String).join(' ');
    } catch {
      // Not JSON: the shell form below.
    }
  }
  return t;
}

export function parseDockerfile(text: string): DockerfileInfo {
  // Join continuation lines, drop comments.
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const expose: number[] = [];
  let cmd: string | null = null;
  let entrypoint: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\w+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const instr = m[1].toUpperCase();
    // A new stage resets what the final image runs.
    if (instr === 'FROM') {
      cmd = null;
      entrypoint = null;
      expose.length = 0;
    } else if (instr === 'EXPOSE') {
      for (const p of m[2].split(/\s+/)) {
        const n = Number(p.replace(/\/(tcp|udp)$/i, ''));
        if (Number.isInteger(n) && n > 0 && n < 65536) expose.push(n);
      }
    } else if (instr === 'CMD') cmd = commandOf(m[2]);
    else if (instr === 'ENTRYPOINT') entrypoint = commandOf(m[2]);
  }
  const run = [entrypoint, cmd].filter(Boolean).join(' ');
  return { expose, cmd: run || null };
}

export interface ComposeService {
  name: string;
  line?: number;
  image?: string;
  /** Build context relative to the compose file's folder. */
  context?: string;
  dockerfile?: string;
  /** Container ports. */
  ports: number[];
  dependsOn: string[];
  environment: string[];
}

export function parseCompose(text: string): { services: ComposeService[]; warnings: ManifestWarning[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { services: [], warnings: [{ line: counter.linePos(e.pos[0]).line, message: `malformed YAML: ${e.message.split('\n')[0]}` }] };
  }
  const root = doc.toJSON() as unknown;
  const services: ComposeService[] = [];
  if (!root || typeof root !== 'object' || !('services' in root)) return { services, warnings: [] };
  const svcMap = (root as { services: unknown }).services;
  if (!svcMap || typeof svcMap !== 'object') return { services, warnings: [] };
  for (const [name, raw] of Object.entries(svcMap as Record<string, unknown>)) {
    const s = (raw ?? {}) as Record<string, unknown>;
    const svc: ComposeService = { name, ports: [], dependsOn: [], environment: [] };
    if (typeof s.image === 'string') svc.image = s.image;
    if (typeof s.build === 'string') svc.context = s.build;
    else if (s.build && typeof s.build === 'object') {
      const b = s.build as Record<string, unknown>;
      svc.context = typeof b.context === 'string' ? b.context : '.';
      if (typeof b.dockerfile === 'string') svc.dockerfile = b.dockerfile;
    }
    for (const p of Array.isArray(s.ports) ? s.ports : []) {
      const target =
        typeof p === 'object' && p
          ? Number((p as Record<string, unknown>).target)
          : Number(
              String(p)
                .replace(/\/(tcp|udp)$/, '')
                .split(':')
                .pop()
                ?.split('-')[0],
            );
      if (Number.isInteger(target) && target > 0) svc.ports.push(target);
    }
    for (const p of Array.isArray(s.expose) ? s.expose : []) if (Number.isInteger(Number(p))) svc.ports.push(Number(p));
    if (Array.isArray(s.depends_on)) svc.dependsOn = s.depends_on.map(String);
    else if (s.depends_on && typeof s.depends_on === 'object') svc.dependsOn = Object.keys(s.depends_on);
    if (Array.isArray(s.environment)) svc.environment = s.environment.map(String);
    else if (s.environment && typeof s.environment === 'object')
      svc.environment = Object.entries(s.environment).map(([k, v]) => `${k}=${v ?? ''}`);
    services.push(svc);
  }
  return { services, warnings: [] };
}
