// Wiring the AI refinement may propose: "set variable X of unit U from a source", where the source
// comes from a closed set (a datastore's url/host/port/user/password/name, another unit's address, a
// generated secret, a literal non-secret value). Each proposal is checked here — the unit exists, the
// name is a plain environment variable name, the datastore or unit is generated, a secret never goes
// into plain `environment`, the run contract's meaning of the variable is kept — then applied as a
// change of the component's wiring, which the caller puts through the same validation gate
// (schema, security, deployability with the contract enforced) as every other adjustment.
import { z } from 'zod';
import type { RunContract } from '../runcontract/types';
import { SECRET_NAME } from '../runcontract/requirements';
import { DATASTORE_SERVES } from './catalog';
import { serviceWiringSchema, WIRED_STORES, type Component, type WiredEnv } from './vocabulary';

export const WIRING_SOURCES = [
  'datastore-url',
  'datastore-host',
  'datastore-port',
  'datastore-user',
  'datastore-password',
  'datastore-name',
  'unit-address',
  'generated-secret',
  'literal',
] as const;

export const WiringProposalSchema = z.object({
  /** The unit (service) whose container gets the variable. */
  unit: z.string().min(1).max(64),
  variable: z.string().min(1).max(128),
  source: z.enum(WIRING_SOURCES),
  /** datastore-*: which datastore (postgresql, redis…). */
  store: z.string().max(32).optional(),
  /** unit-address: the other unit. */
  target: z.string().max(64).optional(),
  /** literal: the value (never a secret). */
  value: z.string().max(200).optional(),
  reason: z.string().min(1).max(500),
});
export type WiringProposal = z.infer<typeof WiringProposalSchema>;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** A value that is, or embeds, a credential: a URL with a password, a key-like token, a PEM block. */
const SECRET_VALUE =
  /:\/\/[^/\s:@]+:[^@\s]+@|-----BEGIN|\b(AKIA|ASIA)[A-Z0-9]{16}\b|\b(sk|pk|rk|ghp|gho|xox[abp])[-_][A-Za-z0-9_-]{10,}|^[A-Za-z0-9+/_=-]{32,}$/;
/** Characters that have no place in a plain setting (control characters, template or shell syntax). */
const UNSAFE_VALUE = /\$\{|\$\(|`|<%|{{/;
const hasControl = (v: string) => [...v].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/** What each carried kind of the run contract may be filled from (others: any non-secret source). */
const ALLOWED_BY_CARRIES: Partial<Record<string, ReadonlySet<WiringProposal['source']>>> = {
  'database-url': new Set(['datastore-url']),
  'database-host': new Set(['datastore-host']),
  'database-port': new Set(['datastore-port']),
  'database-user': new Set(['datastore-user']),
  'database-password': new Set(['datastore-password']),
  'database-name': new Set(['datastore-name']),
  'cache-url': new Set(['datastore-url']),
  'cache-host': new Set(['datastore-host']),
  'mongodb-url': new Set(['datastore-url']),
  'service-address': new Set(['unit-address']),
  secret: new Set(['generated-secret']),
};

export interface WiringCheck {
  /** The wired variable, when the proposal is acceptable. */
  env?: WiredEnv;
  /** Why it is refused. */
  rejection?: string;
  /** What stands instead (the rules' wiring is kept), recorded with the rejection. */
  correction?: string;
}

const storesOf = (components: readonly Component[]) => new Set(components.flatMap((c) => DATASTORE_SERVES[c.kind] ?? []));

/** Check one proposal against the components and the run contract. */
export function checkWiringProposal(p: WiringProposal, components: readonly Component[], contract?: RunContract): WiringCheck {
  const service = components.find((c) => c.kind === 'ecs-fargate-service' && c.service === p.unit && c.wiring);
  const current = service?.wiring?.env.find((e) => e.name === p.variable);
  const keep = current ? `the rules' wiring of ${p.variable} (${current.from}) stays` : `${p.variable} stays unset`;
  if (!service) return { rejection: `no deployed unit is called "${p.unit.slice(0, 64)}"`, correction: 'nothing is changed' };
  if (!ENV_NAME.test(p.variable))
    return { rejection: `"${p.variable.slice(0, 40)}" is not an environment variable name`, correction: 'nothing is changed' };
  const secretName = SECRET_NAME.test(p.variable);
  const required = contract?.units.find((u) => u.name === p.unit || u.name === service.service)?.env.find((e) => e.name === p.variable);
  if (required) {
    const allowed = ALLOWED_BY_CARRIES[required.carries];
    if (allowed && !allowed.has(p.source))
      return {
        rejection: `conflicts with the run contract: ${p.variable} carries ${required.carries} (${required.evidence[0]?.file ?? 'code'}), which ${p.source} does not give`,
        correction: keep,
      };
  }
  const store = p.store && (WIRED_STORES as readonly string[]).includes(p.store) ? (p.store as (typeof WIRED_STORES)[number]) : undefined;
  const needStore = (): string | null =>
    !store
      ? `"${(p.store ?? '').slice(0, 32)}" is not a datastore Inframate wires`
      : !storesOf(components).has(store)
        ? `no ${store} is generated`
        : null;
  switch (p.source) {
    case 'literal': {
      const v = p.value ?? '';
      if (secretName || SECRET_VALUE.test(v) || required?.carries === 'secret' || required?.carries === 'database-password')
        return {
          rejection: `a secret never goes into plain environment: ${p.variable} would be a literal in the task definition`,
          correction: current
            ? `${keep} (Secrets Manager)`
            : `${p.variable} stays unset; a secret comes from generated-secret or a datastore's password`,
        };
      if (UNSAFE_VALUE.test(v) || hasControl(v))
        return { rejection: `the value of ${p.variable} holds control characters or template syntax`, correction: keep };
      return { env: { name: p.variable, from: 'literal', value: v } };
    }
    case 'generated-secret':
      return { env: { name: p.variable, from: 'app-secret', length: 64 } };
    case 'unit-address': {
      const other = components.find((c) => c.kind === 'ecs-fargate-service' && c.service === p.target && c.service !== p.unit);
      const w = other?.wiring;
      if (!other || !w || w.role === 'worker' || w.protocol === 'none')
        return { rejection: `no reachable unit is called "${(p.target ?? '').slice(0, 64)}"`, correction: keep };
      return {
        env: {
          name: p.variable,
          from: 'service',
          unit: other.service!,
          port: (other.parameters as { containerPort: number }).containerPort,
          scheme: '',
        },
      };
    }
    case 'datastore-url': {
      const missing = needStore();
      if (missing) return { rejection: missing, correction: keep };
      if (store === 'redis') return { env: { name: p.variable, from: 'datastore', store, field: 'cache-url' } };
      if (store === 'opensearch' || store === 'elasticsearch')
        return { env: { name: p.variable, from: 'datastore', store, field: 'search-url' } };
      if (store === 'sqlserver') return { rejection: 'SQL Server has no URL form', correction: keep };
      return { env: { name: p.variable, from: 'datastore-secret', store: store!, key: 'url' } };
    }
    case 'datastore-password': {
      const missing = needStore();
      if (missing) return { rejection: missing, correction: keep };
      return { env: { name: p.variable, from: 'datastore-secret', store: store!, key: 'password' } };
    }
    default: {
      const missing = needStore();
      if (missing) return { rejection: missing, correction: keep };
      const field = ({ 'datastore-host': 'host', 'datastore-port': 'port', 'datastore-user': 'user', 'datastore-name': 'name' } as const)[
        p.source
      ];
      return { env: { name: p.variable, from: 'datastore', store: store!, field } };
    }
  }
}

/** The components with the variable set on the unit (replacing the rules' entry of that name), or why not. */
export function applyWiring(components: Component[], unit: string, env: WiredEnv): Component[] | string {
  const service = components.find((c) => c.kind === 'ecs-fargate-service' && c.service === unit && c.wiring);
  if (!service?.wiring) return `the unit "${unit}" is gone`;
  const next = { ...service.wiring, env: [...service.wiring.env.filter((e) => e.name !== env.name), env] };
  const parsed = serviceWiringSchema.safeParse(next);
  if (!parsed.success) return `the wiring of ${unit} would not be valid: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
  return components.map((c) => (c === service ? ({ ...c, wiring: parsed.data } as Component) : c));
}

/** The current wiring as the model sees it: per unit, variable ← source (no values but non-secret literals). */
export function wiringDigest(components: readonly Component[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of components) {
    if (c.kind !== 'ecs-fargate-service' || !c.wiring || !c.service) continue;
    out[c.service] = c.wiring.env.map((e) => {
      switch (e.from) {
        case 'literal':
          return `${e.name} ← literal "${e.value.slice(0, 60)}"`;
        case 'datastore':
          return `${e.name} ← ${e.store} ${e.field}`;
        case 'datastore-secret':
          return `${e.name} ← ${e.store} connection secret, key ${e.key}`;
        case 'app-secret':
          return `${e.name} ← generated secret`;
        case 'service':
          return `${e.name} ← address of ${e.unit}:${e.port}`;
        default:
          return `${e.name} ← ${e.from}`;
      }
    });
  }
  return out;
}
