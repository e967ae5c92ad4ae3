// Aggregates entries into the eval report (contracts §3.12): per model pass rate, invalid-output
// rate, tokens, cost and latency percentiles, ranked; per scenario the outcome of each run.
import type { BaseReport } from '../commands/types';
import { modelLabel, type EvalEntry, type ModelSpec, type Outcome } from './run';
import type { Scenario, ScenarioKind } from './scenario';

export interface ModelSummary {
  provider: string;
  model: string;
  /** 1 = best: pass rate, then fewer invalid outputs, then fewer errors, then lower cost, then lower p50 latency. */
  rank: number;
  /** Passed / entries that ran (skipped-budget excluded). */
  passRate: number;
  invalidOutputRate: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: { p50: number; p95: number };
  entries: number;
  passed: number;
  failed: number;
  invalid: number;
  errors: number;
  skipped: number;
  resumed: number;
  /** Share of judged entries the judge model passed (a model's opinion, not a check); null when none was judged. */
  judgePassRate: number | null;
  byKind: Partial<Record<ScenarioKind, { passRate: number; entries: number }>>;
  notes: string[];
}

export interface ScenarioSummary {
  id: string;
  kind: ScenarioKind;
  title: string;
  results: { provider: string; model: string; outcomes: Outcome[]; failedChecks: string[] }[];
}

export interface EvalReport extends BaseReport {
  command: 'eval';
  suite: string;
  runs: number;
  /** The judge model (provider:model), when one was asked. */
  judge?: string;
  budgetUsdPerModel: number;
  models: ModelSummary[];
  scenarios: ScenarioSummary[];
}

/** Nearest-rank percentile of the values (0 when empty). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Entries with no answer for reasons outside the model's output (unreachable, no key): such a model ranks last among equals. */
const errorShare = (m: ModelSummary) => (m.entries - m.skipped ? m.errors / (m.entries - m.skipped) : 1);
const rate = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);

export function summarise(
  scenarios: Scenario[],
  models: ModelSpec[],
  entries: EvalEntry[],
  notes: Record<string, string[]>,
): { models: ModelSummary[]; scenarios: ScenarioSummary[] } {
  const kindOf = new Map(scenarios.map((s) => [s.id, s.kind]));
  const summaries: ModelSummary[] = models.map((m) => {
    const mine = entries.filter((e) => e.provider === m.provider && e.model === m.model);
    const ran = mine.filter((e) => e.outcome !== 'skipped-budget');
    const count = (o: Outcome) => mine.filter((e) => e.outcome === o).length;
    const answered = ran.filter((e) => e.outcome !== 'error');
    const byKind: ModelSummary['byKind'] = {};
    for (const k of new Set(scenarios.map((s) => s.kind))) {
      const ofKind = ran.filter((e) => kindOf.get(e.scenario) === k);
      byKind[k] = { passRate: rate(ofKind.filter((e) => e.outcome === 'pass').length, ofKind.length), entries: ofKind.length };
    }
    const judged = ran.filter((e) => e.judge);
    return {
      provider: m.provider,
      model: m.model,
      rank: 0,
      judgePassRate: judged.length ? rate(judged.filter((e) => e.judge!.verdict === 'pass').length, judged.length) : null,
      passRate: rate(count('pass'), ran.length),
      invalidOutputRate: rate(count('invalid'), ran.length),
      inputTokens: mine.reduce((a, e) => a + e.inputTokens, 0),
      outputTokens: mine.reduce((a, e) => a + e.outputTokens, 0),
      costUsd: Math.round(mine.reduce((a, e) => a + e.costUsd, 0) * 1e6) / 1e6,
      latencyMs: {
        p50: percentile(
          answered.map((e) => e.latencyMs),
          50,
        ),
        p95: percentile(
          answered.map((e) => e.latencyMs),
          95,
        ),
      },
      entries: mine.length,
      passed: count('pass'),
      failed: count('fail'),
      invalid: count('invalid'),
      errors: count('error'),
      skipped: count('skipped-budget'),
      resumed: mine.filter((e) => e.resumed).length,
      byKind,
      notes: notes[modelLabel(m)] ?? [],
    };
  });
  const ranked = [...summaries].sort(
    (a, b) =>
      b.passRate - a.passRate ||
      a.invalidOutputRate - b.invalidOutputRate ||
      errorShare(a) - errorShare(b) ||
      a.costUsd - b.costUsd ||
      a.latencyMs.p50 - b.latencyMs.p50,
  );
  ranked.forEach((s, i) => (s.rank = i + 1));
  const scenarioSummaries: ScenarioSummary[] = scenarios.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    results: models.map((m) => {
      const mine = entries
        .filter((e) => e.scenario === s.id && e.provider === m.provider && e.model === m.model)
        .sort((a, b) => a.run - b.run);
      return {
        provider: m.provider,
        model: m.model,
        outcomes: mine.map((e) => e.outcome),
        failedChecks: [...new Set(mine.flatMap((e) => e.checks.filter((c) => !c.passed).map((c) => c.name)))],
      };
    }),
  }));
  return { models: ranked, scenarios: scenarioSummaries };
}
