// inframate eval [SUITE_DIR] --models provider:model,... [--runs N] [--budget-usd X] [--results-dir DIR]:
// run a scenario suite (the bundled one by default) across models and compare quality, cost and
// latency (contracts §3.12). Without --models it answers with an input error, never a fake result.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderEvalMarkdown } from '../eval/render';
import { summarise, type EvalReport } from '../eval/report';
import { parseModelSpec, runEval } from '../eval/run';
import { loadSuite } from '../eval/scenario';
import { InputError } from '../supervisor/errors';
import { emptyErrorReport } from '../supervisor/report';
import { packageRoot } from '../terraform/render';
import type { CommandContext, CommandModule } from './types';

const DEFAULT_BUDGET_USD = 1;
const MAX_RUNS = 20;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function bundledSuite(): string {
  return join(packageRoot(), 'evals');
}

export async function runEvalCommand(ctx: CommandContext): Promise<EvalReport> {
  const { settings, step, log } = ctx;
  const raw = settings.raw as Record<string, unknown>;
  const given = settings.suite ?? settings.args[0];
  const suite = given ? resolve(process.cwd(), given) : bundledSuite();
  const modelsRaw = [raw.models]
    .flat()
    .filter((x): x is string => typeof x === 'string')
    .flatMap((x) => x.split(/[,\n]/))
    .map((x) => x.trim())
    .filter(Boolean);
  if (!modelsRaw.length)
    throw new InputError('eval needs --models provider:model,... (e.g. --models gemini:gemini-2.5-flash,openai:gpt-4.1-mini)');
  const models = modelsRaw.map(parseModelSpec);
  const runsRaw = str(raw.runs) ?? '1';
  const runs = Number(runsRaw);
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    throw new InputError(`--runs must be a whole number from 1 to ${MAX_RUNS} (got "${runsRaw}")`);
  const budgetRaw = str(raw['budget-usd']);
  const budgetUsd = budgetRaw === undefined ? DEFAULT_BUDGET_USD : Number(budgetRaw);
  if (!Number.isFinite(budgetUsd) || budgetUsd < 0) throw new InputError(`--budget-usd must be a number ≥ 0 (got "${budgetRaw}")`);
  const resultsRaw = str(raw['results-dir']);
  const resultsDir = resultsRaw ? resolve(process.cwd(), resultsRaw) : join(settings.ai.cacheDir, 'eval');
  if (!existsSync(suite)) throw new InputError(`the eval suite ${suite} does not exist`, { file: suite });

  const scenarios = await step('eval.load-suite', () => loadSuite(suite), { dependency: 'fs', attempts: 1 });
  log.info(`eval: ${scenarios.length} scenario(s) × ${models.length} model(s) × ${runs} run(s); results in ${resultsDir}`);
  const judgeRaw = str(raw.judge);
  const judge = judgeRaw ? parseModelSpec(judgeRaw) : undefined;
  const { entries, notes } = await runEval({ scenarios, models, runs, budgetUsd, resultsDir, ai: settings.ai, judge, step, log });
  const summary = summarise(scenarios, models, entries, notes);
  return {
    schemaVersion: 1,
    command: 'eval',
    suite,
    runs,
    ...(judge ? { judge: `${judge.provider}:${judge.model}` } : {}),
    budgetUsdPerModel: budgetUsd,
    ...summary,
    errors: emptyErrorReport(),
  };
}

const evalCommand: CommandModule<EvalReport> = {
  name: 'eval',
  usage: 'eval [SUITE_DIR] --models provider:model,... [--runs N] [--budget-usd USD]',
  summary: 'compare LLM providers/models on a scenario suite (quality, cost, latency)',
  available: true,
  formats: ['markdown', 'json'],
  run: (ctx) => runEvalCommand(ctx),
  renderMarkdown: (r) => renderEvalMarkdown(r),
};

export default evalCommand;
