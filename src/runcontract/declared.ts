// Where processes are declared besides the profile's services: compose services, Procfile entries
// and Kubernetes workloads, each with what it says about ports, environment, health and command.
import { parseAllDocuments } from 'yaml';
import { parseCompose, type ComposeService } from '../profile/docker';
import { dirOf, joinPath } from '../profile/paths';
import type { RepoFiles } from './files';

export interface DeclaredCompose extends ComposeService {
  file: string;
  /** Build context relative to the repository root, when the service builds one. */
  contextPath?: string;
  /** Dockerfile path relative to the repository root. */
  dockerfilePath?: string;
}

const norm = (p: string) => {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/') || '.';
};

/** Compose services of every compose file the profile found; a later file's service of the same name (override) adds to the first. */
export function declaredCompose(files: RepoFiles, composeFiles: readonly string[]): DeclaredCompose[] {
  const out = new Map<string, DeclaredCompose>();
  const ordered = [...composeFiles].sort((a, b) => rank(a) - rank(b) || a.length - b.length || (a < b ? -1 : 1));
  for (const file of ordered) {
    const text = files.read(file);
    if (!text) continue;
    for (const s of parseCompose(text).services) {
      const d: DeclaredCompose = { ...s, file };
      if (s.context !== undefined) {
        d.contextPath = norm(joinPath(dirOf(file), s.context));
        d.dockerfilePath = norm(joinPath(d.contextPath, s.dockerfile ?? 'Dockerfile'));
      }
      const key = `${dirOf(file)}#${s.name}`;
      const prev = out.get(key);
      if (!prev) out.set(key, d);
      else mergeInto(prev, d);
    }
  }
  return [...out.values()];
}

/** Production compose files first: their services describe what runs; dev/test files add to them. */
function rank(file: string): number {
  if (/prod/i.test(file)) return 0;
  if (/(^|\/)(docker-)?compose\.ya?ml$/.test(file)) return 1;
  if (/override/.test(file)) return 2;
  if (/(dev|local|test|ci|debug)/i.test(file)) return 4;
  return 3;
}

function mergeInto(prev: DeclaredCompose, s: DeclaredCompose): void {
  prev.image ??= s.image;
  prev.contextPath ??= s.contextPath;
  prev.dockerfilePath ??= s.dockerfilePath;
  prev.command ??= s.command;
  prev.healthcheck ??= s.healthcheck;
  prev.profiles ??= s.profiles;
  for (const p of s.ports) if (!prev.ports.includes(p)) prev.ports.push(p);
  for (const p of s.publishedPorts ?? []) if (!(prev.publishedPorts ??= []).includes(p)) prev.publishedPorts.push(p);
  for (const d of s.dependsOn) if (!prev.dependsOn.includes(d)) prev.dependsOn.push(d);
  const names = new Set(prev.environment.map((e) => e.split('=')[0]));
  s.environment.forEach((e, i) => {
    if (names.has(e.split('=')[0])) return;
    prev.environment.push(e);
    (prev.environmentLines ??= []).push(s.environmentLines?.[i] ?? 1);
  });
}

export interface ProcfileEntry {
  file: string;
  line: number;
  type: string;
  command: string;
}

export function declaredProcfiles(files: RepoFiles): ProcfileEntry[] {
  const out: ProcfileEntry[] = [];
  for (const file of files.all.filter((p) => /(^|\/)Procfile$/.test(p))) {
    files.lines(file).forEach((line, i) => {
      const m = /^([A-Za-z0-9_-]+):\s*(.+)$/.exec(line.trim());
      if (m) out.push({ file, line: i + 1, type: m[1], command: m[2].trim() });
    });
  }
  return out;
}

export interface K8sWorkload {
  file: string;
  line: number;
  kind: string;
  name: string;
  image?: string;
  ports: number[];
  env: { name: string; value?: string; fromSecret: boolean; line: number }[];
  probe?: { path?: string; grpc?: boolean; port?: number };
  /** A Service selects it; its type (ClusterIP, LoadBalancer, NodePort) and whether an Ingress routes to it. */
  serviceType?: string;
  servicePortName?: string;
  ingress?: boolean;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function declaredKubernetes(files: RepoFiles, manifests: readonly string[]): K8sWorkload[] {
  const workloads: K8sWorkload[] = [];
  const services: { name: string; type: string; selector: Obj; portName?: string }[] = [];
  const ingressBackends = new Set<string>();
  for (const file of manifests) {
    const text = files.read(file);
    if (!text) continue;
    let docs;
    try {
      docs = parseAllDocuments(text);
    } catch {
      continue;
    }
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const lineAt = (pos: number) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
      if (doc.errors.length) continue;
      const d = obj(doc.toJSON());
      const kind = String(d.kind ?? '');
      const name = String(obj(d.metadata).name ?? '');
      const line = lineAt(doc.range?.[0] ?? 0);
      if (kind === 'Service') {
        const spec = obj(d.spec);
        services.push({
          name,
          type: String(spec.type ?? 'ClusterIP'),
          selector: obj(spec.selector),
          portName: String(obj(arr(spec.ports)[0]).name ?? ''),
        });
      } else if (kind === 'Ingress') {
        for (const rule of arr(obj(d.spec).rules))
          for (const p of arr(obj(obj(rule).http).paths)) {
            const b = obj(obj(p).backend);
            const svc = String(obj(b.service).name ?? b.serviceName ?? '');
            if (svc) ingressBackends.add(svc);
          }
      } else if (/^(Deployment|StatefulSet|DaemonSet|Job|CronJob)$/.test(kind)) {
        const podSpec =
          kind === 'CronJob' ? obj(obj(obj(obj(obj(d.spec).jobTemplate).spec).template).spec) : obj(obj(obj(d.spec).template).spec);
        const labels = obj(obj(obj(obj(d.spec).template).metadata).labels);
        const c = obj(arr(podSpec.containers)[0]);
        const w: K8sWorkload = { file, line, kind, name, image: typeof c.image === 'string' ? c.image : undefined, ports: [], env: [] };
        for (const p of arr(c.ports)) if (Number.isInteger(obj(p).containerPort)) w.ports.push(obj(p).containerPort as number);
        for (const e of arr(c.env)) {
          const eo = obj(e);
          if (typeof eo.name !== 'string') continue;
          const at = text.indexOf(`name: ${eo.name}`, doc.range?.[0] ?? 0);
          w.env.push({
            name: eo.name,
            value: eo.value === undefined ? undefined : String(eo.value),
            fromSecret: !!obj(eo.valueFrom).secretKeyRef,
            line: at >= 0 ? lineAt(at) : line,
          });
        }
        const probe = obj(c.readinessProbe ?? c.livenessProbe);
        if (probe.httpGet) w.probe = { path: String(obj(probe.httpGet).path ?? '/'), port: Number(obj(probe.httpGet).port) || undefined };
        else if (probe.grpc || JSON.stringify(probe.exec ?? {}).includes('grpc_health_probe')) w.probe = { grpc: true };
        (w as K8sWorkload & { labels: Obj }).labels = labels;
        workloads.push(w);
      }
    }
  }
  for (const w of workloads) {
    const labels = (w as K8sWorkload & { labels?: Obj }).labels ?? {};
    delete (w as K8sWorkload & { labels?: Obj }).labels;
    const svc = services.filter((s) => Object.keys(s.selector).length && Object.entries(s.selector).every(([k, v]) => labels[k] === v));
    if (svc.length) {
      w.serviceType = svc.some((s) => s.type === 'LoadBalancer')
        ? 'LoadBalancer'
        : svc.some((s) => s.type === 'NodePort')
          ? 'NodePort'
          : 'ClusterIP';
      w.servicePortName = svc[0].portName;
      w.ingress = svc.some((s) => ingressBackends.has(s.name));
    }
  }
  return workloads;
}
