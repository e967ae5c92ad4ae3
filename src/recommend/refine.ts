// AI refinement of the rules' recommendation. The model sees the profile, the requirements, the
// baseline components and a bounded, redacted digest of the repository, and may only answer with
// adjustments inside the closed vocabulary: change parameters of a baseline component, or add a
// data/messaging component. It never writes Terraform. Every adjustment is checked against the
// parameter schemas and the security ratchets below, and the adjusted architecture must pass the
// validation gate; whatever fails is rejected and reported, and the rules result stands.
import { isAbsolute, relative, sep } from 'node:path';
import { z } from 'zod';
import type { Llm } from '../llm';
import { buildRepositoryDigest, isExcluded, type RepositoryDigest } from '../llm/digest';
import { CHARS_PER_TOKEN, estimateTokens } from '../llm/index';
import { jsonSchemaOf } from '../llm/structured';
import { fenceUntrusted, UNTRUSTED_DATA_RULES } from '../llm/untrusted';
import type { Profile } from '../profile/types';
import type { Requirements } from '../spec/types';
import { GaveUpError } from '../supervisor/errors';
import type { RunStep } from '../supervisor/step';
import { awsName } from '../terraform/hcl-escape';
import { renderModule, type ModuleInput } from '../terraform/render';
import type { ProviderSchema } from '../terraform/validate';
import { validateModule } from '../terraform/validate';
import { estimateCosts } from '../cost/engine';
import type { RunContract } from '../runcontract/types';
import { applyWiring, checkWiringProposal, WIRING_SOURCES, WiringProposalSchema, wiringDigest } from './refine-wiring';
import { COMPONENT_KINDS, componentKey, componentParameterSchemas, type Component, type ComponentKind } from './vocabulary';

/** Kinds the model may add (data and messaging the rules can miss); compute and network stay the rules' call. */
export const ADDABLE_KINDS: readonly ComponentKind[] = ['sqs-queue', 'sns-topic', 'elasticache-redis', 'dynamodb-table', 'secrets'];

/**
 * Parameters that protect data or give visibility may only move in the safe direction. Public
 * access, SSH and encryption are not parameters at all, so they cannot be expressed.
 */
export const SECURITY_RATCHETS: readonly {
  parameter: string;
  rule: 'never-disable' | 'never-decrease' | 'keep-value';
  value?: unknown;
  why: string;
}[] = [
  { parameter: 'flowLogs', rule: 'never-disable', why: 'VPC flow logs are the network audit trail' },
  { parameter: 'scanOnPush', rule: 'never-disable', why: 'image scanning finds vulnerable images before they run' },
  { parameter: 'waf', rule: 'never-disable', why: 'the web application firewall filters attacks' },
  { parameter: 'deletionProtection', rule: 'never-disable', why: 'deletion protection guards against losing data' },
  { parameter: 'pointInTimeRecovery', rule: 'never-disable', why: 'point-in-time recovery restores deleted or corrupted data' },
  { parameter: 'alarms', rule: 'never-disable', why: 'alarms are how failures get noticed' },
  { parameter: 'backupRetentionDays', rule: 'never-decrease', why: 'shorter backup retention loses recovery points' },
  { parameter: 'snapshotRetentionDays', rule: 'never-decrease', why: 'shorter snapshot retention loses recovery points' },
  { parameter: 'logRetentionDays', rule: 'never-decrease', why: 'shorter log retention loses audit history' },
  { parameter: 'recoveryWindowDays', rule: 'never-decrease', why: 'a shorter recovery window makes deleted secrets unrecoverable sooner' },
  {
    parameter: 'imageTagMutability',
    rule: 'keep-value',
    value: 'IMMUTABLE',
    why: 'immutable tags stop an image being replaced under a deployed tag',
  },
];

/**
 * The protection a component the model *adds* must have at least (the ratchets above only compare
 * with a value the rules chose, and an added component has none): below the floor, the value is
 * raised to it and the correction recorded.
 */
export const ADDED_COMPONENT_FLOORS: readonly { kind: ComponentKind; parameter: string; atLeast: number | true; why: string }[] = [
  {
    kind: 'dynamodb-table',
    parameter: 'pointInTimeRecovery',
    atLeast: true,
    why: 'point-in-time recovery restores deleted or corrupted data',
  },
  {
    kind: 'elasticache-redis',
    parameter: 'snapshotRetentionDays',
    atLeast: 1,
    why: 'without snapshots a failed cache node loses its data',
  },
  { kind: 'secrets', parameter: 'recoveryWindowDays', atLeast: 7, why: 'a recovery window lets a deleted secret be restored' },
];

/** An adjusted architecture may cost at most this many times the stated monthly budget (when it costs more than the rules' one). */
export const BUDGET_GUARD_FACTOR = 2;

const MAX_ADJUSTMENTS = 20;

export const RefinementReplySchema = z.object({
  adjustments: z
    .array(
      z.object({
        action: z.enum(['set', 'add']),
        /** set: the key of a baseline component; add: the kind to add. */
        target: z.string().min(1).max(120),
        /** add: the service the new component belongs to, if any. */
        service: z.string().max(64).optional(),
        changes: z
          .array(z.object({ parameter: z.string().min(1).max(64), value: z.union([z.string().max(200), z.number(), z.boolean()]) }))
          .max(30),
        reason: z.string().min(1).max(500),
      }),
    )
    .max(MAX_ADJUSTMENTS),
  /** Wiring changes: set variable X of unit U from a closed set of sources (refine-wiring.ts). */
  wiring: z.array(WiringProposalSchema).max(MAX_ADJUSTMENTS).optional(),
  summary: z.string().max(2000),
});
export type RefinementReply = z.infer<typeof RefinementReplySchema>;

export interface GateResult {
  ok: boolean;
  /** Why the gate refused (validation errors, findings), one line each. */
  problems: string[];
  /** Monthly estimate of the rendered module (USD, before usage charges), when it could be priced. */
  monthlyCost?: number;
}

export interface AdjustmentRecord {
  /** wire: a wiring change (target = "unit.VARIABLE", changes = { source, store?, target?, value? }). */
  action: 'set' | 'add' | 'wire';
  target: string;
  changes: Record<string, unknown>;
  reason: string;
  status: 'applied' | 'rejected';
  rejection?: string;
  /** Values raised to the protection floor of an added component (ADDED_COMPONENT_FLOORS). */
  corrections?: string[];
}

export interface Refinement {
  source: 'rules' | 'ai';
  components: Component[];
  adjustments: AdjustmentRecord[];
  summary: string | null;
  notes: string[];
  prompt: PromptStats | null;
}

export interface PromptStats {
  chars: number;
  estimatedTokens: number;
  tokenBudget: number;
  /** The architecture alone does not fit the budget: no request is made. */
  overBudget: boolean;
  digestFiles: number;
  digestOmitted: number;
  redactions: number;
}

export interface RefineInput {
  dir: string;
  /** Repository-relative directories left out of the prompt (Inframate's own output directory). */
  exclude?: string[];
  profile: Profile;
  requirements: Requirements;
  baseline: Component[];
  /** The run contract: wiring proposals keep what each variable carries, and the gate enforces it. */
  contract?: RunContract;
}

export interface RefineDeps {
  llm: Llm;
  step: RunStep;
  /** The validation gate: render and validate these components. */
  gate: (components: Component[]) => Promise<GateResult>;
  knownSecrets?: readonly string[];
  /** Input-token budget of the refinement prompt (default 24k tokens). */
  promptTokenBudget?: number;
}

export const DEFAULT_PROMPT_TOKEN_BUDGET = 24_000;
const MIN_DIGEST_CHARS = 2_000;

export const REFINE_SYSTEM = [
  "You are the architecture reviewer of Inframate. Inframate's deterministic rules produced a baseline AWS architecture for a repository.",
  'Propose small adjustments that make it fit the repository and its requirements better, and explain them.',
  '',
  'What you may do:',
  '- "set": change parameters of one baseline component (target = its key from the baseline list). Only parameters of that kind, values within the catalog schema.',
  `- "add": add one component of a kind in [${ADDABLE_KINDS.join(', ')}] (target = the kind; changes = every required parameter).`,
  `- "wiring": set one environment variable of a unit (a deployed service) from a source in [${WIRING_SOURCES.join(', ')}]: datastore-* with "store" (a generated datastore), unit-address with "target" (another unit), generated-secret, or literal with "value" (never a secret; use generated-secret or a datastore password source instead).`,
  'What you may not do:',
  '- write Terraform or any code (templates do that), remove components, or change anything outside the catalog;',
  '- weaken security or data protection: never disable flow logs, image scanning, WAF, deletion protection, point-in-time recovery or alarms, never shorten backup, snapshot or log retention. Public access, SSH and encryption are not adjustable.',
  'Prefer no adjustment to a speculative one: an empty list is a good answer when the baseline fits. Each reason is one sentence grounded in the data.',
  '',
  UNTRUSTED_DATA_RULES,
  '',
  'Reply with one JSON object matching the schema: {"adjustments": [...], "summary": "..."}.',
].join('\n');

function catalogFor(baseline: Component[]): Record<string, unknown> {
  const kinds = new Set<ComponentKind>([...baseline.map((c) => c.kind), ...ADDABLE_KINDS]);
  const out: Record<string, unknown> = {};
  for (const k of COMPONENT_KINDS) if (kinds.has(k)) out[k] = jsonSchemaOf(componentParameterSchemas[k]);
  return out;
}

/** In compact form (large repositories) the profile lists at most this many services. */
const COMPACT_SERVICES = 20;

/**
 * The profile as the model sees it. Inframate's own output directory is left out (its Terraform
 * would otherwise show up as IaC and as the main language after the first run, changing the prompt
 * and defeating the cache); languages are names in order of size, without volatile shares.
 */
function compactProfile(p: Profile, compact: boolean, exclude: readonly string[]): unknown {
  const services = compact
    ? p.services
        .slice(0, COMPACT_SERVICES)
        .map((s) => ({ name: s.name, path: s.path, frameworks: s.frameworks, datastores: s.datastores, port: s.port }))
    : p.services;
  const iac = Object.fromEntries(
    Object.entries(p.iac).map(([k, files]) => [k, (files as string[]).filter((f) => !isExcluded(f, exclude))]),
  );
  const ownTerraformOnly = p.iac.terraform.length > 0 && (iac.terraform as string[]).length === 0;
  return {
    languages: p.languages.map((l) => l.name).filter((name) => !(ownTerraformOnly && name === 'hcl')),
    frameworks: p.frameworks,
    datastores: p.datastores,
    messaging: p.messaging ?? [],
    packageManagers: p.packageManagers,
    services: services.filter((s) => !isExcluded(s.path, exclude)),
    ...(compact && p.services.length > COMPACT_SERVICES ? { moreServices: p.services.length - COMPACT_SERVICES } : {}),
    docker: compact ? { dockerfiles: p.docker.dockerfiles.length, compose: p.docker.compose } : p.docker,
    iac,
  };
}

function compactRequirements(r: Requirements): unknown {
  const { warnings: _warnings, ...rest } = r;
  return rest;
}

export interface RefinePrompt {
  system: string;
  user: string;
  digest: RepositoryDigest;
  stats: PromptStats;
}

/** The parts of the prompt that do not shrink with the budget; compact drops rationales and detail. */
function fixedPart(input: RefineInput, compact: boolean): string {
  const baseline = input.baseline.map((c) => ({
    key: componentKey(c),
    kind: c.kind,
    service: c.service,
    parameters: c.parameters,
    ...(compact ? {} : { rationale: c.rationale }),
  }));
  return [
    '## Baseline components (from the rules)',
    JSON.stringify(baseline),
    '',
    ...(Object.keys(wiringDigest(input.baseline)).length
      ? ['## Wiring of each unit (variable ← source)', JSON.stringify(wiringDigest(input.baseline)), '']
      : []),
    '## Parameter catalog (JSON schema of the parameters of each kind)',
    JSON.stringify(catalogFor(input.baseline)),
    '',
    '## Requirements (parsed from inframate.md)',
    fenceUntrusted('requirements', JSON.stringify(compactRequirements(input.requirements))).text,
    '',
    '## Repository profile (detected)',
    fenceUntrusted('profile', JSON.stringify(compactProfile(input.profile, compact, input.exclude ?? []))).text,
    '',
  ].join('\n');
}

const EMPTY_DIGEST: RepositoryDigest = {
  text: '(left out: the prompt budget is spent)',
  files: [],
  omitted: [],
  totalFiles: 0,
  redactions: 0,
  chars: 0,
};

/**
 * Build the prompt within the token budget: the fixed parts first (compacted when they would take
 * more than 60% of it), then the digest gets what is left. When even the compact fixed parts leave
 * no room for a useful digest, the prompt is marked over budget and no request is made.
 */
export function buildRefinePrompt(
  input: RefineInput,
  opts: { promptTokenBudget?: number; knownSecrets?: readonly string[]; digest?: RepositoryDigest } = {},
): RefinePrompt {
  const budget = opts.promptTokenBudget ?? DEFAULT_PROMPT_TOKEN_BUDGET;
  const budgetChars = budget * CHARS_PER_TOKEN;
  const schemaChars = JSON.stringify(jsonSchemaOf(RefinementReplySchema)).length;
  // System prompt, reply schema, headings and the digest's fence.
  const overhead = REFINE_SYSTEM.length + schemaChars + 400;
  let fixed = fixedPart(input, false);
  if (overhead + fixed.length > budgetChars * 0.6) fixed = fixedPart(input, true);
  const left = budgetChars - overhead - fixed.length;
  const overBudget = left < MIN_DIGEST_CHARS;
  const digest =
    opts.digest ??
    (overBudget
      ? EMPTY_DIGEST
      : buildRepositoryDigest(input.dir, { maxChars: left, knownSecrets: opts.knownSecrets, exclude: input.exclude }));
  const user = [fixed, '## Repository digest (tree and build/run files)', fenceUntrusted('repository', digest.text).text].join('\n');
  const chars = REFINE_SYSTEM.length + user.length + schemaChars;
  return {
    system: REFINE_SYSTEM,
    user,
    digest,
    stats: {
      chars,
      estimatedTokens: estimateTokens(REFINE_SYSTEM) + estimateTokens(user) + Math.ceil(schemaChars / CHARS_PER_TOKEN),
      tokenBudget: budget,
      overBudget,
      digestFiles: digest.files.length,
      digestOmitted: digest.omitted.length,
      redactions: digest.redactions,
    },
  };
}

/** A model may send "512" for 512 or "true" for true: follow the type the parameter already has. */
function coerce(value: string | number | boolean, like: unknown): unknown {
  if (typeof like === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (typeof like === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (typeof like === 'string' && typeof value === 'number') return String(value);
  return value;
}

function guessScalar(value: string | number | boolean): unknown {
  if (typeof value !== 'string') return value;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

function ratchetViolation(parameter: string, before: unknown, after: unknown): string | null {
  const r = SECURITY_RATCHETS.find((x) => x.parameter === parameter);
  if (!r || before === undefined) return null;
  if (r.rule === 'never-disable' && before === true && after === false) return `would disable ${parameter} (${r.why})`;
  if (r.rule === 'never-decrease' && typeof before === 'number' && typeof after === 'number' && after < before) {
    return `would lower ${parameter} from ${before} to ${after} (${r.why})`;
  }
  if (r.rule === 'keep-value' && before === r.value && after !== r.value)
    return `would change ${parameter} from ${String(before)} (${r.why})`;
  return null;
}

/** The corrected parameters' final values, for the adjustment record. */
function pickKeys(params: object, corrections: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of corrections) {
    const key = c.split(' ')[0]!;
    out[key] = (params as Record<string, unknown>)[key];
  }
  return out;
}

function zodMessage(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(parameters)'}: ${i.message}`)
    .join('; ');
}

/** A checked adjustment; `apply` returns the new component list, or why it cannot apply on that base. */
type Step = { record: AdjustmentRecord; apply: (components: Component[]) => Component[] | string };

/** Turn one proposed adjustment into a checked, applicable step or a rejection. */
function check(adj: RefinementReply['adjustments'][number], current: Component[]): Step | AdjustmentRecord {
  const changes: Record<string, unknown> = {};
  for (const c of adj.changes) changes[c.parameter] = c.value;
  const record: AdjustmentRecord = { action: adj.action, target: adj.target, changes, reason: adj.reason, status: 'applied' };
  const reject = (why: string): AdjustmentRecord => ({ ...record, status: 'rejected', rejection: why });

  if (adj.action === 'set') {
    const idx = current.findIndex((c) => componentKey(c) === adj.target);
    if (idx < 0) return reject(`no baseline component has the key "${adj.target}"`);
    const comp = current[idx];
    const before = comp.parameters as Record<string, unknown>;
    const next: Record<string, unknown> = { ...before };
    for (const c of adj.changes) {
      if (!(c.parameter in before) && !(c.parameter in (componentParameterSchemas[comp.kind] as unknown as z.ZodObject).shape)) {
        return reject(`"${c.parameter}" is not a parameter of ${comp.kind}`);
      }
      next[c.parameter] = coerce(c.value, before[c.parameter]);
      const violation = ratchetViolation(c.parameter, before[c.parameter], next[c.parameter]);
      if (violation) return reject(violation);
    }
    const parsed = componentParameterSchemas[comp.kind].safeParse(next);
    if (!parsed.success) return reject(`invalid parameters for ${comp.kind}: ${zodMessage(parsed.error)}`);
    const changed = Object.fromEntries(Object.keys(changes).map((k) => [k, next[k]]));
    return {
      record: { ...record, changes: changed },
      // Applied as a delta, so that re-applying on a different base (after another adjustment was
      // rejected) carries only this adjustment's changes; the result is re-checked there.
      apply: (cs) => {
        const target = cs.find((c) => componentKey(c) === adj.target);
        if (!target) return `the component "${adj.target}" is gone`;
        const merged = componentParameterSchemas[target.kind].safeParse({ ...(target.parameters as Record<string, unknown>), ...changed });
        if (!merged.success)
          return `invalid parameters for ${target.kind} combined with the other adjustments: ${zodMessage(merged.error)}`;
        const rationale = `${target.rationale} AI adjustment: ${adj.reason}`.slice(0, 500);
        return cs.map((c) => (c === target ? ({ ...c, parameters: merged.data, rationale } as Component) : c));
      },
    };
  }

  const kind = adj.target as ComponentKind;
  if (!ADDABLE_KINDS.includes(kind))
    return reject(`components of kind "${adj.target}" cannot be added by the AI (allowed: ${ADDABLE_KINDS.join(', ')})`);
  const params: Record<string, unknown> = {};
  for (const c of adj.changes) params[c.parameter] = guessScalar(c.value);
  const corrections: string[] = [];
  for (const f of ADDED_COMPONENT_FLOORS.filter((x) => x.kind === kind)) {
    const v = params[f.parameter];
    const below = f.atLeast === true ? v !== true : typeof v !== 'number' || v < f.atLeast;
    if (below) {
      params[f.parameter] = f.atLeast;
      corrections.push(`${f.parameter} set to ${String(f.atLeast)} (was ${v === undefined ? 'missing' : JSON.stringify(v)}): ${f.why}`);
    }
  }
  const parsed = componentParameterSchemas[kind].safeParse(params);
  if (!parsed.success) return reject(`invalid parameters for ${kind}: ${zodMessage(parsed.error)}`);
  const service = adj.service && current.some((c) => c.service === adj.service) ? adj.service : undefined;
  const added = { kind, service, parameters: parsed.data, rationale: `AI addition: ${adj.reason}`.slice(0, 500) } as Component;
  if (current.some((c) => componentKey(c) === componentKey(added)))
    return reject(`a component with the key "${componentKey(added)}" already exists`);
  return {
    record: {
      ...record,
      target: kind,
      changes: { ...record.changes, ...pickKeys(parsed.data, corrections) },
      ...(corrections.length ? { corrections } : {}),
    },
    apply: (cs) => [...cs, added],
  };
}

/**
 * The validation gate as refinement uses it: render the components with the real templates and
 * validate the module (parse, provider schema, references, blocking security findings). Problems
 * are stated without line numbers so they can be compared between two renderings.
 */
export function createModuleGate(
  step: RunStep,
  base: Omit<ModuleInput, 'components'>,
  opts: { outDir: string; schema?: ProviderSchema; contract?: RunContract },
): (components: Component[]) => Promise<GateResult> {
  return async (components) => {
    const rendered = await step('refine.gate.render', () => renderModule({ ...base, components }), {
      dependency: 'local',
      fallback: () => null,
      strategy: 'reject-adjustment',
    });
    if (!rendered) return { ok: false, problems: ['the templates could not render the adjusted components'] };
    const v = await step(
      'refine.gate.validate',
      () =>
        validateModule(opts.outDir, rendered.files, {
          schema: opts.schema,
          ...(opts.contract ? { contract: opts.contract, enforceContract: true } : {}),
        }),
      {
        dependency: 'local',
        fallback: () => null,
        strategy: 'reject-adjustment',
      },
    );
    if (!v) return { ok: false, problems: ['the adjusted module could not be validated'] };
    const priced = await step('refine.gate.cost', () => estimateCosts(v.loaded, { region: base.region }).totalMonthlyCost, {
      dependency: 'local',
      fallback: () => undefined,
      strategy: 'skip-budget-guard',
    });
    const problems = [
      ...v.parseErrors.map((e) => `${e.file}: ${e.message}`),
      ...v.schemaErrors.map((e) => `${e.address}: ${e.message}`),
      ...v.unresolvedReferences.map((r) => `${r.address}: unresolved reference ${r.reference}`),
      ...v.findings.map((f) => `${f.ruleId} on ${f.resource} (${f.severity})`),
      ...v.deployability.failures.map((f) => `${f.rule} on ${f.resource}: ${f.message}`),
    ];
    const naming = awsNamingProblems(v.loaded.resources);
    problems.push(...naming);
    return { ok: v.passed && naming.length === 0, problems, ...(typeof priced === 'number' ? { monthlyCost: priced } : {}) };
  };
}

/** AWS naming rules the provider schema does not check: they fail only at apply time. */
const NAME_RULES: readonly { type: string; attribute: string; pattern: RegExp; rule: string }[] = [
  {
    type: 'aws_elasticache_replication_group',
    attribute: 'replication_group_id',
    pattern: /^[a-z][a-z0-9-]{0,39}$/i,
    rule: 'ElastiCache ids are 1–40 letters, digits and hyphens, starting with a letter (no "_")',
  },
  {
    type: 'aws_elasticache_subnet_group',
    attribute: 'name',
    pattern: /^[a-z0-9-]{1,255}$/i,
    rule: 'ElastiCache subnet group names are letters, digits and hyphens (no "_")',
  },
];

/** Names that break AWS rules, and security group names used twice (they must be unique per VPC). */
export function awsNamingProblems(resources: readonly { address: string; type: string; attributes: Record<string, unknown> }[]): string[] {
  const problems: string[] = [];
  const sgNames = new Map<string, string>();
  for (const r of resources) {
    for (const rule of NAME_RULES) {
      const v = r.type === rule.type ? r.attributes[rule.attribute] : undefined;
      if (typeof v === 'string' && !rule.pattern.test(v)) problems.push(`${r.address}: ${rule.attribute} "${v}": ${rule.rule}`);
    }
    const name = r.type === 'aws_security_group' ? r.attributes.name : undefined;
    if (typeof name === 'string') {
      const other = sgNames.get(name);
      if (other) problems.push(`${r.address}: security group name "${name}" is already used by ${other} (names are unique per VPC)`);
      else sgNames.set(name, r.address);
    }
  }
  return problems;
}

async function runGate(gate: RefineDeps['gate'], components: Component[]): Promise<GateResult> {
  try {
    return await gate(components);
  } catch (error) {
    return { ok: false, problems: [`the validation gate failed: ${(error as Error)?.message ?? String(error)}`] };
  }
}

function rulesResult(input: RefineInput, notes: string[], extra: Partial<Refinement> = {}): Refinement {
  return { source: 'rules', components: input.baseline, adjustments: [], summary: null, notes, prompt: null, ...extra };
}

export async function refineRecommendation(input: RefineInput, deps: RefineDeps): Promise<Refinement> {
  if (!deps.llm.enabled) return rulesResult(input, ['AI refinement not used: no LLM provider is configured; the rules result stands.']);
  if (input.baseline.length === 0) return rulesResult(input, ['AI refinement skipped: the rules recommended no components.']);

  const prompt = await deps.step(
    'refine.build-prompt',
    () => buildRefinePrompt(input, { promptTokenBudget: deps.promptTokenBudget, knownSecrets: deps.knownSecrets }),
    {
      dependency: 'fs',
      fallback: () => null,
      strategy: 'rules-result',
    },
  );
  if (!prompt) return rulesResult(input, ['AI refinement skipped: the repository digest could not be built; the rules result stands.']);
  if (prompt.stats.overBudget) {
    return rulesResult(
      input,
      [
        `AI refinement skipped: ${input.baseline.length} components do not fit the prompt budget of ${prompt.stats.tokenBudget} tokens; the rules result stands.`,
      ],
      { prompt: prompt.stats },
    );
  }

  const reply = await deps.llm.generateStructured({
    task: 'refine-recommendation',
    system: prompt.system,
    user: prompt.user,
    schema: RefinementReplySchema,
    maxOutputTokens: 4096,
  });
  if (!reply) {
    const why = deps.llm.metrics().notes.at(-1) ?? 'the model gave no usable answer';
    return rulesResult(input, [`AI refinement not applied: ${why}`], { prompt: prompt.stats });
  }

  // Check every proposal against the schemas and the ratchets, applying as we go so later
  // adjustments see earlier ones.
  const records: AdjustmentRecord[] = [];
  const steps: Step[] = [];
  let working = input.baseline;
  for (const adj of reply.value.adjustments) {
    const r = check(adj, working);
    const next = 'apply' in r ? r.apply(working) : null;
    if ('apply' in r && typeof next !== 'string' && next) {
      steps.push(r);
      records.push(r.record);
      working = next;
    } else if ('apply' in r) records.push({ ...r.record, status: 'rejected', rejection: String(next) });
    else records.push(r);
  }
  // Wiring proposals: checked against the components and the run contract, then applied as a change
  // of the unit's wiring; like every adjustment they must pass the gate below.
  for (const w of reply.value.wiring ?? []) {
    const c = checkWiringProposal(w, working, input.contract);
    const record: AdjustmentRecord = {
      action: 'wire',
      // Names as proposed can be injection text: recorded in a neutral form.
      target: `${w.unit.replace(/[^\w.-]/g, '_').slice(0, 64)}.${w.variable.replace(/[^\w]/g, '_').slice(0, 64)}`,
      changes: {
        source: w.source,
        ...(w.store !== undefined ? { store: w.store } : {}),
        ...(w.target !== undefined ? { target: w.target } : {}),
        // A literal is echoed only when the check accepted it (no secret name or credential-looking
        // value, no template syntax): then it is what the task definition will hold anyway.
        ...(c.env?.from === 'literal' ? { value: c.env.value } : {}),
      },
      reason: w.reason,
      status: 'applied',
    };
    if (!c.env) {
      records.push({ ...record, status: 'rejected', rejection: c.rejection, ...(c.correction ? { corrections: [c.correction] } : {}) });
      continue;
    }
    const env = c.env;
    const apply = (cs: Component[]) => applyWiring(cs, w.unit, env);
    const next = apply(working);
    if (typeof next === 'string') {
      records.push({ ...record, status: 'rejected', rejection: next });
      continue;
    }
    const step: Step = { record, apply };
    steps.push(step);
    records.push(record);
    working = next;
  }
  const notes: string[] = [];
  if (steps.length === 0) {
    return {
      source: 'rules',
      components: input.baseline,
      adjustments: records,
      summary: reply.value.summary,
      notes: ['The AI proposed no applicable adjustment; the rules result stands.'],
      prompt: prompt.stats,
    };
  }

  // The gate decides: an adjusted module may not add a problem the rules' module does not have
  // (the rules' own problems are reported by the generation stage either way).
  let baselineVerdict: GateResult | undefined;
  const budget = input.requirements.budgetMonthly;
  const judge = async (cs: Component[]): Promise<GateResult> => {
    const v = await runGate(deps.gate, cs);
    // The budget guard: an adjustment may not multiply the cost far past the budget the team stated.
    if (v.ok && budget !== undefined && v.monthlyCost !== undefined && v.monthlyCost > BUDGET_GUARD_FACTOR * budget) {
      baselineVerdict ??= await runGate(deps.gate, input.baseline);
      const before = baselineVerdict.monthlyCost ?? 0;
      if (v.monthlyCost > before) {
        return {
          ok: false,
          problems: [
            `the estimate would rise to $${v.monthlyCost.toFixed(2)}/month, more than ${BUDGET_GUARD_FACTOR}× the $${budget}/month budget (rules: $${before.toFixed(2)})`,
          ],
        };
      }
    }
    if (v.ok) return v;
    baselineVerdict ??= await runGate(deps.gate, input.baseline);
    const base = baselineVerdict;
    const added = base.ok ? v.problems : v.problems.filter((p) => !base.problems.includes(p));
    return added.length === 0 ? { ok: true, problems: [] } : { ok: false, problems: added };
  };
  // All together first; when that fails, one at a time to find the culprits.
  const together = await judge(working);
  if (!together.ok) {
    notes.push(
      `The adjusted architecture failed validation (${together.problems.slice(0, 3).join('; ')}); adjustments were re-checked one at a time.`,
    );
    let accepted = input.baseline;
    for (const s of steps) {
      const candidate = s.apply(accepted);
      const verdict: GateResult = typeof candidate === 'string' ? { ok: false, problems: [candidate] } : await judge(candidate);
      if (verdict.ok && typeof candidate !== 'string') accepted = candidate;
      else {
        s.record.status = 'rejected';
        s.record.rejection = `fails the validation gate: ${verdict.problems.slice(0, 3).join('; ')}`;
      }
    }
    working = accepted;
  }
  const applied = records.filter((r) => r.status === 'applied').length;
  const rejected = records.length - applied;
  if (rejected) notes.push(`${rejected} AI adjustment(s) rejected; see recommendation.adjustments.`);
  return {
    source: applied > 0 ? 'ai' : 'rules',
    components: applied > 0 ? working : input.baseline,
    adjustments: records,
    summary: reply.value.summary,
    notes,
    prompt: prompt.stats,
  };
}

/** The `recommendation` of the analyze report, with what the AI did to it (fields added to contracts §3.1). */
export interface RefinedFields {
  adjustments?: AdjustmentRecord[];
  aiSummary?: string | null;
}

/**
 * The AI stage of analyze, between the rules and the templates: refine the rules' components in
 * place (source, components, adjustments, notes). Without a provider it only notes that the
 * rules result stands.
 */
export async function refineStage(
  ctx: { step: RunStep; settings: { dir: string; out: string; ai: { keys: Record<string, string | undefined> } } },
  llm: Llm,
  input: {
    profile: Profile;
    requirements: Requirements;
    recommendation: {
      source: 'rules' | 'ai';
      components: Component[];
      notes: string[];
      serviceDatastores?: Record<string, string[]>;
    } & RefinedFields;
    runContract?: RunContract;
  },
): Promise<Refinement> {
  const { requirements: req, recommendation: rec } = input;
  const knownSecrets = Object.values(ctx.settings.ai.keys).filter((k): k is string => Boolean(k));
  const project = awsName(req.appName ?? (ctx.settings.dir.split(/[\\/]/).pop() || 'app'), 20);
  const gate = createModuleGate(
    ctx.step,
    { project, environment: req.environment, region: req.region, tags: req.tags, serviceDatastores: rec.serviceDatastores },
    { outDir: ctx.settings.out, ...(input.runContract ? { contract: input.runContract } : {}) },
  );
  const out = relative(ctx.settings.dir, ctx.settings.out).split(sep).join('/');
  const exclude = out && !out.startsWith('..') && !isAbsolute(out) ? [out] : [];
  const refineInput: RefineInput = {
    dir: ctx.settings.dir,
    exclude,
    profile: input.profile,
    requirements: req,
    baseline: rec.components,
    ...(input.runContract ? { contract: input.runContract } : {}),
  };
  let result: Refinement;
  try {
    result = await refineRecommendation(refineInput, { llm, step: ctx.step, gate, knownSecrets });
  } catch (error) {
    // The AI never gates: an unexpected failure of the refinement is reported and the rules result
    // stands. A run the supervisor has stopped (deadline, cancellation) still stops.
    if (error instanceof GaveUpError) throw error;
    await ctx.step(
      'recommend.refine',
      () => {
        throw error;
      },
      { dependency: 'local', attempts: 1, fallback: () => null, strategy: 'rules-result' },
    );
    result = rulesResult(refineInput, [`AI refinement failed (${(error as Error)?.message ?? String(error)}); the rules result stands.`]);
  }
  if (llm.enabled) {
    rec.source = result.source;
    rec.components = result.components;
    rec.adjustments = result.adjustments;
    rec.aiSummary = result.summary;
    rec.notes.push(...result.notes);
  }
  return result;
}
