// Runs every scenario × model × run. Each model gets its own AI layer (no reply cache: every run is
// a real request; its own audit log), its own cost budget, and its own results file: one JSON line
// per finished entry, so a re-run skips what is done (same scenario content, same model, same run).
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../core/log';
import { createLlm, type Llm } from '../llm';
import type { LlmProviderName } from '../llm/types';
import type { AiSettings } from '../settings';
import { InputError } from '../supervisor/errors';
import type { RunStep } from '../supervisor/step';
import { VERSION } from '../version';
import { checkAnswer, type CheckResult } from './checks';
import type { Scenario } from './scenario';
import { judgeAnswer, type JudgeVerdict } from './judge';
import { runDiagnoseTask, runIncidentTask, runRefine, type TaskResult } from './tasks';

export interface ModelSpec {
  provider: LlmProviderName;
  model: string;
  baseUrl?: string;
}

export type Outcome = 'pass' | 'fail' | 'invalid' | 'error' | 'skipped-budget';

export interface EvalEntry {
  scenario: string;
  /** Hash of the scenario and Inframate's version: a changed scenario is run again. */
  scenarioHash: string;
  provider: LlmProviderName;
  model: string;
  run: number;
  outcome: Outcome;
  checks: CheckResult[];
  reason?: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
  /** Taken from an earlier run's results file. */
  resumed?: boolean;
  /** The judge model's verdict on the free-text criterion (never changes the outcome). */
  judge?: JudgeVerdict;
}

const PROVIDERS: readonly LlmProviderName[] = ['gemini', 'openai', 'anthropic', 'ollama'];

/** "provider:model" or "provider:model@http://host/v1" (a base URL for that model only). */
export function parseModelSpec(spec: string): ModelSpec {
  const s = spec.trim();
  const colon = s.indexOf(':');
  const provider = s.slice(0, colon) as LlmProviderName;
  if (colon <= 0 || !PROVIDERS.includes(provider))
    throw new InputError(`--models: "${spec}" is not provider:model (providers: ${PROVIDERS.join(', ')})`);
  let model = s.slice(colon + 1);
  let baseUrl: string | undefined;
  const at = model.search(/@https?:\/\//);
  if (at >= 0) {
    baseUrl = model.slice(at + 1);
    model = model.slice(0, at);
  }
  if (!model || !/^[A-Za-z0-9._:/-]{1,120}$/.test(model)) throw new InputError(`--models: "${spec}" has no valid model name`);
  return { provider, model, baseUrl };
}

export const modelLabel = (m: { provider: string; model: string }) => `${m.provider}:${m.model}`;
const slug = (m: ModelSpec) => modelLabel(m).replace(/[^A-Za-z0-9._-]/g, '_');

export function scenarioHash(s: Scenario): string {
  return createHash('sha256').update(VERSION).update(JSON.stringify(s)).digest('hex').slice(0, 16);
}

async function readDone(file: string): Promise<Map<string, EvalEntry>> {
  const done = new Map<string, EvalEntry>();
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as EvalEntry;
      if (e.outcome === 'pass' || e.outcome === 'fail' || e.outcome === 'invalid') done.set(`${e.scenario}#${e.run}#${e.scenarioHash}`, e);
    } catch {
      // a line cut off by an interrupted run: that entry runs again
    }
  }
  return done;
}

async function runTask(llm: Llm, s: Scenario): Promise<TaskResult> {
  switch (s.kind) {
    case 'refine':
      return runRefine(llm, s);
    case 'diagnose':
      return runDiagnoseTask(llm, s);
    case 'incident':
      return runIncidentTask(llm, s);
  }
}

export interface EvalRunOptions {
  scenarios: Scenario[];
  models: ModelSpec[];
  runs: number;
  /** Spend per model at most (USD); the entries beyond are "skipped-budget". */
  budgetUsd: number;
  resultsDir: string;
  ai: AiSettings;
  /** Optional judge model for the scenarios' free-text criteria. */
  judge?: ModelSpec;
  step: RunStep;
  log: Logger;
  now?: () => number;
}

export interface EvalRunResult {
  entries: EvalEntry[];
  notes: Record<string, string[]>;
}

export async function runEval(o: EvalRunOptions): Promise<EvalRunResult> {
  const now = o.now ?? (() => performance.now());
  const entries: EvalEntry[] = [];
  const notes: Record<string, string[]> = {};
  for (const spec of o.models) {
    const label = modelLabel(spec);
    notes[label] = [];
    const dir = join(o.resultsDir, slug(spec));
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'results.jsonl');
    const done = await readDone(file);
    const ai: AiSettings = {
      ...o.ai,
      enabled: true,
      provider: spec.provider,
      model: spec.model,
      baseUrl: spec.baseUrl ?? o.ai.baseUrl,
      cache: false,
      cacheDir: join(dir, 'cache'),
      auditLog: join(dir, 'llm-audit.jsonl'),
    };
    let spent = 0;
    for (const s of o.scenarios) {
      const hash = scenarioHash(s);
      for (let run = 1; run <= o.runs; run++) {
        const key = `${s.id}#${run}#${hash}`;
        const prior = done.get(key);
        if (prior) {
          entries.push({ ...prior, resumed: true });
          spent += prior.costUsd;
          continue;
        }
        const base = { scenario: s.id, scenarioHash: hash, provider: spec.provider, model: spec.model, run };
        if (spent >= o.budgetUsd) {
          entries.push({ ...base, outcome: 'skipped-budget', checks: [], inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0 });
          continue;
        }
        const llm = createLlm(ai, { step: o.step, log: o.log });
        if (!llm.enabled) {
          const why = llm.metrics().notes[0] ?? 'the provider is not configured';
          if (!notes[label]!.includes(why)) notes[label]!.push(why);
          entries.push({ ...base, outcome: 'error', reason: why, checks: [], inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0 });
          continue;
        }
        const started = now();
        const result = await runTask(llm, s);
        const latencyMs = Math.round(now() - started);
        const m = llm.metrics();
        spent += m.costUsd;
        if (m.unpricedModel && !notes[label]!.some((n) => n.startsWith('unpriced')))
          notes[label]!.push('unpriced: the price table has no entry for this model, cost counted as 0');
        const checks = result.ok ? checkAnswer(s, result.answer) : result.failedCheck ? [{ name: result.failedCheck, passed: false }] : [];
        const outcome: Outcome = result.ok
          ? checks.every((c) => c.passed)
            ? 'pass'
            : 'fail'
          : result.invalid
            ? 'invalid'
            : result.failedCheck
              ? 'fail'
              : 'error';
        const entry: EvalEntry = {
          ...base,
          outcome,
          checks,
          ...(result.ok ? {} : { reason: o.log.mask(result.reason) }),
          inputTokens: m.inputTokens,
          outputTokens: m.outputTokens,
          costUsd: m.costUsd,
          latencyMs,
        };
        if (o.judge && s.judge && result.ok) {
          const judgeAi = { ...ai, provider: o.judge.provider, model: o.judge.model, baseUrl: o.judge.baseUrl ?? o.ai.baseUrl };
          const verdict = await judgeAnswer(createLlm(judgeAi, { step: o.step, log: o.log }), s, result.answer);
          if (verdict) entry.judge = verdict;
        }
        o.log.info(`eval ${label} ${s.id} run ${run}: ${outcome}`);
        await appendFile(file, JSON.stringify(entry) + '\n');
        entries.push(entry);
      }
    }
    if (spent >= o.budgetUsd) notes[label]!.push(`budget of ${o.budgetUsd} USD reached: the remaining entries were skipped`);
  }
  return { entries, notes };
}
