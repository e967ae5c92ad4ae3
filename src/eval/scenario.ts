// Eval scenarios are data: one YAML or JSON file per scenario in a suite directory. Each names its
// task kind, its input and the elements a good answer must contain, checked deterministically.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LineCounter, parse as parseYaml, parseDocument, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { CATEGORIES } from '../diagnose/types';
import { InputError } from '../supervisor/errors';

/** Text expectation: every entry must match; an entry is a list of alternatives (case-insensitive substrings). */
const Mentions = z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).default([]);

const RefineScenario = z.object({
  kind: z.literal('refine'),
  input: z.object({
    /** What the rules saw: profile, requirements, baseline components (as the real prompt lists them). */
    profile: z.record(z.string(), z.unknown()),
    requirements: z.record(z.string(), z.unknown()).default({}),
    baseline: z.array(z.object({ key: z.string(), kind: z.string(), parameters: z.record(z.string(), z.unknown()) })),
    /** Excerpts of the repository (path → text), fenced as untrusted. */
    files: z.record(z.string(), z.string()).default({}),
  }),
  expect: z.object({
    /** Kinds the answer must add. */
    adds: z.array(z.string()).default([]),
    /** Kinds the answer must not add. */
    notAdds: z.array(z.string()).default([]),
    /** Parameters that must not be weakened (set to false / lowered) on any component. */
    keeps: z.array(z.string()).default([]),
    /** Parameters the answer must set: target key, parameter, and the value (or a minimum). */
    sets: z
      .array(z.object({ target: z.string(), parameter: z.string(), value: z.unknown().optional(), atLeast: z.number().optional() }))
      .default([]),
    /** Whether an empty list of adjustments is the expected answer. */
    noAdjustments: z.boolean().default(false),
  }),
});

const DiagnoseScenario = z.object({
  kind: z.literal('diagnose'),
  input: z.object({ log: z.string().min(1), source: z.string().optional() }),
  expect: z.object({ category: z.enum(CATEGORIES), mentions: Mentions, forbids: z.array(z.string()).default([]) }),
});

const RecordedCall = z.object({
  service: z.string(),
  operation: z.string(),
  /** When given, the call matches only if each of these parameters is equal (JSON). */
  params: z.record(z.string(), z.unknown()).optional(),
  response: z.unknown().optional(),
  /** A recorded AWS error instead of a response. */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type RecordedCall = z.infer<typeof RecordedCall>;

const IncidentScenario = z.object({
  kind: z.literal('incident'),
  input: z.object({
    /** The alert or the question to investigate. */
    question: z.string().min(1),
    resources: z.array(z.string()).default([]),
    /** Recorded AWS responses, replayed by the built-in fake AWS. */
    aws: z.array(RecordedCall).min(1),
    maxTurns: z.number().int().min(1).max(20).default(8),
  }),
  expect: z.object({
    mentions: Mentions,
    forbids: z.array(z.string()).default([]),
    /** Calls the investigation must have made (service:Operation) to count as grounded. */
    calls: z.array(z.string()).default([]),
  }),
});

const Common = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'lower-case letters, digits, . _ -'),
  title: z.string().min(1),
  source: z.string().optional(),
  /** A free-text criterion for an optional judge model; never decides alone, reported apart. */
  judge: z.string().optional(),
});

export const ScenarioSchema = z.intersection(Common, z.discriminatedUnion('kind', [RefineScenario, DiagnoseScenario, IncidentScenario]));
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioKind = Scenario['kind'];
export type ScenarioOf<K extends ScenarioKind> = Extract<Scenario, { kind: K }>;

const MAX_SCENARIO_BYTES = 1_000_000;
const MAX_SCENARIOS = 500;

/** The line of the value at `path` (YAML and JSON alike: JSON is YAML), or of its nearest existing parent. */
function lineOf(text: string, path: readonly PropertyKey[]): number | undefined {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
  } catch {
    // no line then
  }
  return undefined;
}

export function parseScenario(text: string, file: string): Scenario {
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 50 });
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    throw new InputError(
      `${file}${line ? `:${line}` : ''}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`,
      {
        file,
        line,
      },
    );
  }
  const r = ScenarioSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const line = lineOf(text, issue.path);
    throw new InputError(`${file}${line ? `:${line}` : ''}: ${issue.path.join('.') || 'scenario'}: ${issue.message}`, { file, line });
  }
  return r.data;
}

/** Every *.yaml / *.yml / *.json file of the directory (not recursive), sorted by name; ids unique. */
export async function loadSuite(dir: string, cwd = process.cwd()): Promise<Scenario[]> {
  const names = await readdir(dir).catch(() => {
    throw new InputError(`the eval suite ${dir} is not a readable directory`, { file: dir });
  });
  const files = names.filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
  if (!files.length) throw new InputError(`the eval suite ${dir} has no scenario files (*.yaml, *.yml, *.json)`, { file: dir });
  if (files.length > MAX_SCENARIOS) throw new InputError(`the eval suite ${dir} has ${files.length} scenarios (at most ${MAX_SCENARIOS})`);
  const seen = new Map<string, string>();
  const out: Scenario[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(cwd, path) || path;
    const text = await readFile(path, 'utf8');
    if (Buffer.byteLength(text) > MAX_SCENARIO_BYTES)
      throw new InputError(`${shown}: larger than ${MAX_SCENARIO_BYTES} bytes`, { file: shown });
    const s = parseScenario(text, shown);
    const dup = seen.get(s.id);
    if (dup) throw new InputError(`${shown}: scenario id "${s.id}" is also used by ${dup}`, { file: shown });
    seen.set(s.id, shown);
    out.push(s);
  }
  return out;
}
