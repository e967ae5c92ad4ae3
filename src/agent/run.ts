// One investigation for a command: limits from the settings, the LLM layer, the AWS layer, the
// trace directory of this run. Shared by inspect, incident and serve --investigate.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from '../core/log';
import { createLlm } from '../llm';
import type { Llm, LlmMetrics } from '../llm/types';
import type { Settings } from '../settings';
import type { RunStep } from '../supervisor/step';
import { createAwsCaller } from './aws';
import { investigate, type Limits } from './investigate';
import { parseResource, type Target } from './targets';
import type { AwsCaller, InvestigationResult } from './types';

export interface AgentRunInput {
  settings: Settings;
  step: RunStep;
  log: Logger;
  question: string;
  context?: string;
  targets?: Target[];
  limits?: Partial<Limits>;
  /** Tests and serve inject these; by default they come from the settings. */
  aws?: AwsCaller;
  llm?: Llm | null;
  signal?: AbortSignal;
}

export interface AgentRunOutput extends InvestigationResult {
  llm?: LlmMetrics;
}

export function limitsFromSettings(settings: Settings): Partial<Limits> {
  const a = settings.agent;
  const out: Partial<Limits> = {};
  if (a.maxIterations !== undefined) out.maxIterations = a.maxIterations;
  if (a.maxAwsCalls !== undefined) out.maxCalls = a.maxAwsCalls;
  if (a.maxCostUsd !== undefined) out.maxCostUsd = a.maxCostUsd;
  return out;
}

export function targetsFromSettings(settings: Settings): Target[] {
  return settings.agent.resources.map(parseResource);
}

export async function runInvestigation(input: AgentRunInput): Promise<AgentRunOutput> {
  const { settings, step, log } = input;
  const llm = input.llm === undefined ? createLlm(settings.ai, { step, log }) : input.llm;
  const aws = input.aws ?? createAwsCaller(settings, step);
  const runId = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
  const result = await investigate({
    question: input.question,
    context: input.context,
    targets: [...(input.targets ?? []), ...targetsFromSettings(settings)],
    aws,
    llm,
    log,
    limits: { ...limitsFromSettings(settings), ...input.limits },
    signal: input.signal,
    runDir: join(settings.agent.runsDir, `${settings.command}-${runId}`),
  });
  return { ...result, ...(llm?.enabled ? { llm: llm.metrics() } : {}) };
}
