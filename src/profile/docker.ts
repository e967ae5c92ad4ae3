// Dockerfiles (EXPOSE, CMD/ENTRYPOINT) and compose files (services, build contexts, images, ports,
// depends_on, environment).
import { LineCounter, parseDocument, visit } from 'yaml';
import type { ManifestWarning } from './ecosystems/types';

export const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)(\.[\w.-]+)?$|(^|\/)[\w.-]+\.(Dockerfile|dockerfile)$/;
/** compose.yaml, docker-compose.prod.yml, docker-compose-dev.yml, compose-services.yml… */
export const COMPOSE_FILE = /(^|\/)(docker-)?compose([.-][\w.-]+)?\.ya?ml$/;
/** Development-container images are for editing the code, not for deploying it. */
export const DEVCONTAINER = /(^|\/)\.devcontainer\//;

export interface DockerfileInfo {
  expose: number[];
  cmd: string | null;
  /**
   * Port the final image listens on without an EXPOSE line: stated by `ENV PORT=…` /
   * `ASPNETCORE_URLS=http://+:…`, else the default of its web-server or ASP.NET base image.
   */
  imagePort?: number;
  /** The final stage's base image (registry and tag kept), when it is not an earlier stage. */
  baseImage?: string;
}

/**
 * Operations tooling and proxies: a folder whose only content is a Dockerfile on one of these
 * (plus its configuration) runs monitoring or a reverse proxy next to the app — on AWS that is
 * CloudWatch / Managed Prometheus / the load balancer — not application code to deploy.
 */
export const OPS_IMAGES =
  /^(docker\.io\/)?(grafana\/(grafana|loki|tempo|promtail)|prom\/\w+|openzipkin\/zipkin|jaegertracing\/[\w-]+|otel\/opentelemetry-collector[\w-]*|docker\.elastic\.co\/(kibana|logstash|beats)\/\w+|(library\/)?(nginx|traefik|haproxy|caddy)|envoyproxy\/envoy|nginxinc\/nginx-unprivileged)(:|@|$)/;

/**
 * Base images and the port their official image listens on: a final stage `FROM nginx` (a built
 * SPA copied into it) serves on 80 without any EXPOSE line of its own; the ASP.NET runtime images
 * listen on 80 up to .NET 7 and on 8080 from .NET 8.
 */
export const SERVER_IMAGE_PORTS: readonly { image: RegExp; port: number }[] = [
  { image: /^(docker\.io\/)?(library\/)?(nginx|httpd|caddy|openresty\/openresty)(:|@|$)/, port: 80 },
  { image: /^(docker\.io\/)?nginxinc\/nginx-unprivileged(:|@|$)/, port: 8080 },
  { image: /^(docker\.io\/)?(bitnami\/nginx|bitnami\/apache)(:|@|$)/, port: 8080 },
  { image: /^mcr\.microsoft\.com\/dotnet\/(core\/)?aspnet:[1-7]\./, port: 80 },
  { image: /^mcr\.microsoft\.com\/dotnet\/aspnet:([89]|\d\d)\./, port: 8080 },
];

/** `ENV` settings that fix the port the server listens on. */
const ENV_PORT =
  /(?:^|\s)(?:PORT|SERVER_PORT|HTTP_PORT|ASPNETCORE_HTTP_PORTS)[=\s]+["']?(\d{2,5})\b|ASPNETCORE_URLS[=\s]+["']?https?:\/\/[^:;\s]+:(\d{2,5})/;

interface Stage {
  expose: number[];
  cmd: string | null;
  entrypoint: string | null;
  imagePort?: number;
  baseImage?: string;
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
  // Named stages: `FROM base AS final` starts from everything stage `base` set (EXPOSE, CMD…).
  const stages = new Map<string, Stage>();
  let stage: Stage = { expose: [], cmd: null, entrypoint: null };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\w+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const instr = m[1].toUpperCase();
    if (instr === 'FROM') {
      // FROM [--platform=…] image[:tag] [AS name]
      const tokens = m[2].split(/\s+/).filter((t) => t && !t.startsWith('--'));
      const image = (tokens[0] ?? '').toLowerCase();
      const parent = stages.get(image);
      stage = parent
        ? { ...parent, expose: [...parent.expose] }
        : {
            expose: [],
            cmd: null,
            entrypoint: null,
            imagePort: SERVER_IMAGE_PORTS.find((s) => s.image.test(image))?.port,
            baseImage: image,
          };
      if (tokens[1]?.toLowerCase() === 'as' && tokens[2]) stages.set(tokens[2].toLowerCase(), stage);
    } else if (instr === 'EXPOSE') {
      for (const p of m[2].split(/\s+/)) {
        const n = Number(p.replace(/\/(tcp|udp)$/i, ''));
        if (Number.isInteger(n) && n > 0 && n < 65536) stage.expose.push(n);
      }
    } else if (instr === 'ENV') {
      const port = ENV_PORT.exec(' ' + m[2]);
      const n = port ? Number(port[1] ?? port[2]) : NaN;
      if (Number.isInteger(n) && n > 0 && n < 65536) stage.imagePort = n;
    } else if (instr === 'CMD') stage.cmd = commandOf(m[2]);
    else if (instr === 'ENTRYPOINT') stage.entrypoint = commandOf(m[2]);
  }
  const run = [stage.entrypoint, stage.cmd].filter(Boolean).join(' ');
  const info: DockerfileInfo = { expose: stage.expose, cmd: run || null };
  if (stage.imagePort !== undefined) info.imagePort = stage.imagePort;
  if (stage.baseImage) info.baseImage = stage.baseImage;
  return info;
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
  /** The command the service runs instead of the image's (a one-off job such as migrations, or a worker). */
  command?: string;
}

export function parseCompose(text: string): { services: ComposeService[]; warnings: ManifestWarning[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { services: [], warnings: [{ line: counter.linePos(e.pos[0]).line, message: `malformed YAML: ${e.message.split('\n')[0]}` }] };
  }
  let root: unknown;
  try {
    // maxAliasCount bounds alias expansion ("billion laughs"): a compose file needs few aliases.
    root = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    let line = 1;
    visit(doc, {
      Alias(_, node) {
        if (node.range) line = counter.linePos(node.range[0]).line;
        return visit.BREAK;
      },
    });
    return { services: [], warnings: [{ line, message: `compose file not read: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const services: ComposeService[] = [];
  if (!root || typeof root !== 'object' || !('services' in root)) return { services, warnings: [] };
  const svcMap = (root as { services: unknown }).services;
  if (!svcMap || typeof svcMap !== 'object') return { services, warnings: [] };
  for (const [name, raw] of Object.entries(svcMap as Record<string, unknown>)) {
    const s = (raw ?? {}) as Record<string, unknown>;
    const svc: ComposeService = { name, ports: [], dependsOn: [], environment: [] };
    if (typeof s.image === 'string') svc.image = s.image;
    if (typeof s.command === 'string') svc.command = s.command.trim();
    else if (Array.isArray(s.command)) svc.command = s.command.map(String).join(' ');
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
