// One table of the requirement fields inframate.md may state, shared by the YAML front matter and
// the markdown body ("Key: value" lines and section headings), and the code that applies a value.
import { z } from 'zod';
import { resolveTerms, type TermKind } from './aliases';
import type { Requirements, ServiceRequirement } from './types';
import {
  isAuto,
  normalizeCompliance,
  parseAvailability,
  parseBudget,
  parseEnvironment,
  parseEnvironments,
  parseList,
  parseRegion,
} from './values';

export type FieldName =
  | 'appName'
  | 'description'
  | 'environment'
  | 'environments'
  | 'region'
  | 'budgetMonthly'
  | 'availability'
  | 'expectedTraffic'
  | 'compliance'
  | 'compute'
  | 'database'
  | 'datastores'
  | 'languages'
  | 'frameworks'
  | 'tags'
  | 'services'
  | 'notes';

/** Key spellings (compacted: lowercase, no spaces/_/-) → field. */
const KEYS: Record<FieldName, string[]> = {
  appName: ['app', 'appname', 'name', 'application', 'applicationname', 'project', 'projectname', 'service', 'servicename'],
  description: ['description', 'overview', 'about', 'summary', 'purpose'],
  environment: ['environment', 'env', 'stage', 'targetenvironment'],
  environments: ['environments', 'envs', 'stages'],
  region: ['region', 'awsregion', 'regions', 'location'],
  budgetMonthly: [
    'budget',
    'budgetmonthly',
    'monthlybudget',
    'budgetpermonth',
    'maxmonthlycost',
    'costlimit',
    'monthlycost',
    'cost',
    'costbudget',
  ],
  availability: ['availability', 'ha', 'highavailability', 'sla', 'uptime', 'resilience'],
  expectedTraffic: ['traffic', 'expectedtraffic', 'load', 'expectedload', 'scale', 'users', 'throughput', 'requests'],
  compliance: ['compliance', 'standards', 'regulations', 'certifications'],
  compute: ['compute', 'preferredcompute', 'hosting', 'runtime', 'deploy', 'deployment', 'deploymenttarget', 'platform', 'computeplatform'],
  database: ['database', 'db', 'preferreddatabase', 'primarydatabase'],
  datastores: ['datastores', 'datastore', 'databases', 'storage', 'datastorage', 'caching', 'cache', 'messaging', 'queue', 'queues'],
  languages: ['language', 'languages', 'programminglanguage', 'programminglanguages'],
  frameworks: ['framework', 'frameworks', 'stack', 'techstack', 'technology', 'technologies'],
  tags: ['tags', 'labels'],
  services: ['services', 'components', 'apps'],
  notes: [
    'requirements',
    'nonfunctionalrequirements',
    'constraints',
    'notes',
    'security',
    'other',
    'additionalrequirements',
    'infrastructure',
  ],
};

const KEY_INDEX = new Map<string, FieldName>();
for (const [field, keys] of Object.entries(KEYS) as [FieldName, string[]][]) for (const k of keys) KEY_INDEX.set(k, field);

export function compactKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function fieldForKey(key: string): FieldName | undefined {
  return KEY_INDEX.get(compactKey(key));
}

const serviceSchema = z.object({
  name: z.string().min(1),
  path: z.string().min(1).optional(),
  compute: z.string().optional(),
  port: z.coerce.number().int().min(1).max(65535).optional(),
});
const servicesSchema = z.union([
  z.array(serviceSchema),
  z
    .record(z.string(), serviceSchema.omit({ name: true }).partial().nullable())
    .transform((rec) => Object.entries(rec).map(([name, v]) => ({ name, ...(v ?? {}) }))),
]);
const tagsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));

export interface ApplyResult {
  error?: string;
  warning?: string;
}

type Draft = Requirements;

function setTerms(draft: Draft, value: unknown, prefer: TermKind, field: FieldName): ApplyResult {
  const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
  const { terms, unknown } = resolveTerms(text, prefer);
  const by = (k: TermKind) => terms.filter((t) => t.kind === k).map((t) => t.id);
  const merge = (cur: string[] | undefined, add: string[]) => (add.length ? [...new Set([...(cur ?? []), ...add])] : cur);
  draft.languages = merge(draft.languages, by('language'));
  draft.frameworks = merge(draft.frameworks, by('framework'));
  draft.datastores = merge(draft.datastores, by('datastore'));
  const compute = by('compute')[0];
  if (compute) draft.compute = compute;
  if (field === 'database' && by('datastore')[0]) draft.database = by('datastore')[0];
  const want = { languages: 'language', frameworks: 'framework', database: 'datastore', datastores: 'datastore', compute: 'compute' }[
    field as string
  ];
  if (unknown.length && want) return { warning: `unrecognized ${want} "${unknown.join('", "')}" ignored` };
  return {};
}

/** Apply one stated value. `auto` leaves the field to detection. */
export function applyField(draft: Draft, field: FieldName, value: unknown): ApplyResult {
  if (field !== 'tags' && field !== 'services' && isAuto(value)) return {};
  const fromParsed = <T>(p: { ok: true; value: T } | { ok: false; error: string }, set: (v: T) => void): ApplyResult => {
    if (!p.ok) return { error: p.error };
    set(p.value);
    return {};
  };
  switch (field) {
    case 'appName':
      draft.appName = String(value).trim();
      return {};
    case 'description':
      draft.description = String(value).trim();
      return {};
    case 'environment': {
      if (Array.isArray(value) || /[,;]/.test(String(value))) return applyField(draft, 'environments', value);
      return fromParsed(parseEnvironment(value), (v) => {
        draft.environment = v;
        // A lone `environment:` defines the set unless `environments:` already lists it.
        if (!draft.environments.includes(v)) draft.environments = [v];
      });
    }
    case 'environments':
      return fromParsed(parseEnvironments(value), (v) => {
        draft.environments = v;
        if (!v.includes(draft.environment)) draft.environment = v[0];
      });
    case 'region':
      return fromParsed(parseRegion(Array.isArray(value) ? value[0] : value), (v) => (draft.region = v));
    case 'budgetMonthly':
      return fromParsed(parseBudget(value), (v) => (draft.budgetMonthly = v));
    case 'availability':
      return fromParsed(parseAvailability(value), (v) => (draft.availability = v));
    case 'expectedTraffic':
      draft.expectedTraffic = String(value).trim();
      return {};
    case 'compliance':
      draft.compliance = [...new Set([...draft.compliance, ...parseList(value).map(normalizeCompliance)])];
      return {};
    case 'compute':
      return setTerms(draft, value, 'compute', field);
    case 'database':
    case 'datastores':
      return setTerms(draft, value, 'datastore', field);
    case 'languages':
      return setTerms(draft, value, 'language', field);
    case 'frameworks':
      return setTerms(draft, value, 'framework', field);
    case 'tags': {
      const parsed = tagsSchema.safeParse(value);
      if (!parsed.success) return { error: 'tags must be a map of key: value' };
      draft.tags = { ...draft.tags, ...parsed.data };
      return {};
    }
    case 'services': {
      const parsed = servicesSchema.safeParse(value);
      if (!parsed.success)
        return { error: `services must be a list of { name, path?, compute?, port? }: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
      const services: ServiceRequirement[] = parsed.data.map((s) => {
        const compute = s.compute ? resolveTerms(s.compute, 'compute').terms.find((t) => t.kind === 'compute')?.id : undefined;
        return { name: s.name, ...(s.path ? { path: s.path } : {}), ...(compute ? { compute } : {}), ...(s.port ? { port: s.port } : {}) };
      });
      draft.services = [...draft.services, ...services];
      return {};
    }
    case 'notes':
      draft.notes.push(...parseList(Array.isArray(value) ? value : [value]));
      return {};
  }
}
