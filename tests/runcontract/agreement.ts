// Agreement between a hand-written expected run contract (tests/fixtures/runcontract/*/expected.json)
// and the one buildRunContract derives: one item per unit role, per required variable (union of
// both sides), per health path, per one-off kind, per datastore, and per self-deploying tool.
import type { RunContract, RunUnit } from '../../src/runcontract/types';

export interface ExpectedUnit {
  path?: string;
  name?: string;
  role: string;
  required?: string[];
  /** A path, "grpc", or null: the unit has no dedicated health endpoint (a default guess is then right). */
  health?: string | null;
  oneOff?: string[];
}
export interface Expected {
  units: ExpectedUnit[];
  datastores: string[];
  selfDeployed?: string;
}

export interface Agreement {
  agreed: number;
  total: number;
  misses: string[];
}

const ONE_OFF_KINDS: ReadonlySet<string> = new Set(['migrate', 'collectstatic']);

function healthOf(u: RunUnit): string | null {
  if (u.health.protocol === 'grpc') return 'grpc';
  if (u.health.source === 'default') return null;
  return u.health.path;
}

/** The profile may place a project at the folder of its Dockerfile (the root) rather than its code folder: the closest enclosing unit. */
function enclosing(units: readonly RunUnit[], path: string, matched: ReadonlySet<RunUnit>): RunUnit | undefined {
  return units
    .filter((u) => u.deployed && !u.sharesImageOf && !matched.has(u) && (u.path === '.' || path.startsWith(`${u.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

export function agreement(expected: Expected, actual: RunContract, datastores: readonly string[]): Agreement {
  const a: Agreement = { agreed: 0, total: 0, misses: [] };
  const item = (ok: boolean, what: string) => {
    a.total++;
    if (ok) a.agreed++;
    else a.misses.push(what);
  };
  const matched = new Set<RunUnit>();
  for (const e of expected.units) {
    const unit =
      e.path !== undefined
        ? (actual.units.find((u) => u.path === e.path && !u.sharesImageOf && !matched.has(u)) ?? enclosing(actual.units, e.path, matched))
        : actual.units.find((u) => (u.name === e.name || u.origin?.name === e.name) && !matched.has(u));
    const excluded = e.name !== undefined ? actual.excluded.find((x) => x.name === e.name) : undefined;
    const label = e.path ?? e.name;
    if (unit) matched.add(unit);
    const role = unit?.role ?? excluded?.role;
    item(role === e.role, `${label}: role ${role ?? 'missing'} (expected ${e.role})`);
    if (!unit) {
      for (const r of e.required ?? []) item(false, `${label}: ${r} not required (unit missing)`);
      continue;
    }
    if (e.required) {
      const got = new Set(unit.env.filter((v) => v.required).map((v) => v.name));
      const want = new Set(e.required);
      for (const n of new Set([...got, ...want]))
        item(got.has(n) && want.has(n), `${label}: ${n} ${want.has(n) ? 'not found required' : 'required but not expected'}`);
    }
    if (e.health !== undefined) {
      const h = healthOf(unit);
      item(h === e.health, `${label}: health ${h} (expected ${e.health})`);
    }
    if (e.oneOff) {
      const got = new Set<string>(unit.oneOff.map((o) => o.kind as string).filter((k) => ONE_OFF_KINDS.has(k)));
      const want = new Set(e.oneOff);
      for (const k of new Set([...got, ...want]))
        item(got.has(k) && want.has(k), `${label}: one-off ${k} ${want.has(k) ? 'missing' : 'not expected'}`);
    }
  }
  for (const u of actual.units)
    if (u.deployed && !matched.has(u) && !u.sharesImageOf) item(false, `${u.name} (${u.path}): deployed as ${u.role}, not expected`);
  const got = new Set(datastores);
  const want = new Set(expected.datastores);
  for (const d of new Set([...got, ...want])) item(got.has(d) && want.has(d), `datastore ${d} ${want.has(d) ? 'missing' : 'not expected'}`);
  if (expected.selfDeployed || actual.selfDeployed)
    item(
      expected.selfDeployed === actual.selfDeployed?.tool,
      `self-deployed ${actual.selfDeployed?.tool ?? 'none'} (expected ${expected.selfDeployed ?? 'none'})`,
    );
  return a;
}
