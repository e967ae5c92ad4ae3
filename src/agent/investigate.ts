// The observe → plan → act → analyze loop behind inspect and incident. With a model, the model
// plans through the aws_call/finish tools; without one, rule-based plans per resource type run and
// cause rules turn the facts into a root cause. Either way every call is checked before it runs,
// results are cached within the run, facts cite their actions, and the run is bounded by
// iterations, AWS calls, tokens, cost and wall time.
import type { Logger } from '../core/log';
import type { Llm } from '../llm/types';
import { redact } from '../llm/redact';
import { matchCause } from './causes';
import { DISCOVERY_STEPS, PLANS } from './plans';
import { AGENT_SYSTEM, buildPrompt } from './prompt';
import { InvestigationState } from './state';
import { mentioned, targetKey, targetsInText, type Target } from './targets';
import { AGENT_TOOLS, awsCallArgs, finishArgs, type FinishArgs } from './tools';
import type { AwsCaller, InvestigationResult, RecoveryStep, StopReason } from './types';

export interface Limits {
  maxIterations: number;
  maxCalls: number;
  /** API errors and invalid tool arguments the model may correct before the run stops with `errors`. */
  maxCorrections: number;
  maxWallMs: number;
  maxCostUsd: number;
  maxCallsPerIteration: number;
  /** Iterations in a row without a new result before `no-new-information`. */
  maxIdleIterations: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxIterations: 12,
  maxCalls: 40,
  maxCorrections: 4,
  maxWallMs: 300_000,
  maxCostUsd: 0.5,
  maxCallsPerIteration: 5,
  maxIdleIterations: 3,
};

export interface InvestigateInput {
  question: string;
  context?: string;
  targets?: Target[];
  aws: AwsCaller;
  llm?: Llm | null;
  log: Logger;
  limits?: Partial<Limits>;
  now?: () => number;
  signal?: AbortSignal;
  /** Directory where this run's trace and discoveries are written. */
  runDir?: string | null;
}

export async function investigate(input: InvestigateInput): Promise<InvestigationResult> {
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const now = input.now ?? Date.now;
  const started = now();
  const state = new InvestigationState(input.aws, { maxCalls: limits.maxCalls, now, signal: input.signal });
  let targets = dedupe([...(input.targets ?? []), ...targetsInText(input.question)]);
  const useModel = Boolean(input.llm?.enabled && input.llm.callTools);
  let stopReason: StopReason;
  let answer: FinishArgs | null = null;

  if (!targets.length) targets = await discoverTargets(input.question, state);
  if (useModel) {
    ({ stopReason, answer } = await modelLoop(input, limits, state, targets, started, now));
  } else {
    stopReason = await rulesLoop(limits, state, targets, started, now);
    state.notes.push('No model: a rule-based plan per resource type ran.');
  }
  if (!targets.length) state.notes.push('No resource named in the question was found; name one with --resource TYPE:ID.');

  const match = matchCause(state.discoveries);
  if (!useModel) stopReason = stopReason === 'no-new-information' && match ? 'answered' : stopReason;
  const figures = state.figures;
  figures.wallMs = now() - started;

  let rootCause: InvestigationResult['rootCause'];
  let recommendations: string[] = [];
  if (answer) {
    const known = new Set([...state.discoveries.map((d) => d.id), ...state.actions.map((a) => a.id)]);
    const evidence = answer.evidence.filter((e) => known.has(e));
    let confidence = answer.confidence;
    if (!evidence.length) {
      confidence = Math.min(confidence, 0.3);
      state.notes.push('The model cited no known discovery or action: its confidence is capped at 0.3.');
    }
    rootCause = {
      summary: redact(answer.rootCause).text,
      confidence: Math.round(confidence * 100) / 100,
      evidence,
      rule: match?.rule.id ?? null,
      source: 'ai',
    };
    recommendations = answer.recommendations.map((r) => redact(r).text);
    if (match && match.rule.id) state.notes.push(`The cause rules agree or add: ${match.rootCause.summary}`);
  } else if (match) {
    rootCause = match.rootCause;
  } else {
    rootCause = {
      summary: 'No root cause could be established from the evidence gathered.',
      confidence: 0,
      evidence: [],
      rule: null,
      source: useModel ? 'ai' : 'rules',
    };
  }
  if (!answer && useModel && match) state.notes.push('The model gave no answer: the root cause comes from the cause rules.');
  const steps: RecoveryStep[] = match
    ? match.recovery
    : recommendations.map((r, i) => ({
        order: i + 1,
        action: r,
        command: null,
        risk: 'medium' as const,
        rationale: 'Recommended by the model; review before acting.',
        rollback: null,
      }));

  let traceFile: string | null = null;
  if (input.runDir) {
    try {
      traceFile = await state.persist(input.runDir);
    } catch (error) {
      state.notes.push(`The trace could not be written to ${input.runDir}: ${(error as Error).message}`);
    }
  }
  return {
    investigation: {
      source: useModel ? 'ai' : 'rules',
      actions: state.actions,
      discoveries: state.discoveries,
      iterations: figures.iterations,
      stopReason,
      targets: targets.map(targetKey),
      figures,
      notes: state.notes,
      traceFile,
      trace: state.trace,
    },
    rootCause,
    recoveryPlan: { requiresApproval: true, steps },
    recommendations,
  };
}

function dedupe(ts: Target[]): Target[] {
  const seen = new Set<string>();
  return ts.filter((t) => !seen.has(targetKey(t)) && seen.add(targetKey(t)));
}

/** No id in the question: list clusters/services, functions, databases and target groups, keep those it names. */
async function discoverTargets(question: string, state: InvestigationState): Promise<Target[]> {
  const found: Target[] = [];
  for (const s of DISCOVERY_STEPS) {
    state.figures.iterations++;
    const { result } = await state.execute(
      { service: s.service, operation: s.operation, params: s.params },
      s.purpose,
      state.figures.iterations,
    );
    if (result.status !== 'executed') continue;
    if (s.operation === 'ListClusters') {
      for (const clusterArn of (state.vars.clusters ?? []).slice(0, 5)) {
        const cluster = clusterArn.split('/').pop()!;
        const before = new Set(state.vars.services ?? []);
        await state.execute(
          { service: 'ecs', operation: 'ListServices', params: { cluster, maxResults: 100 } },
          `services of ${cluster}`,
          state.figures.iterations,
        );
        for (const arn of state.vars.services ?? []) {
          if (before.has(arn)) continue;
          const service = arn.split('/').pop()!;
          if (mentioned(service, question)) found.push({ type: 'ecs-service', cluster, service });
        }
      }
    }
  }
  for (const name of state.vars.functions ?? []) if (mentioned(name, question)) found.push({ type: 'lambda-function', name });
  for (const id of state.vars.dbInstances ?? []) if (mentioned(id, question)) found.push({ type: 'rds-instance', id });
  for (const arn of state.vars.targetGroupArn ?? []) {
    const name = /targetgroup\/([^/]+)/.exec(arn)?.[1];
    if (name && mentioned(name, question) && !found.some((f) => f.type === 'ecs-service')) found.push({ type: 'target-group', arn, name });
  }
  // Values found while discovering belong to no target yet: later plans start clean.
  for (const k of ['targetGroupArn', 'dbInstances', 'functions', 'services', 'clusters']) delete state.vars[k];
  return dedupe(found);
}

function overBudget(limits: Limits, state: InvestigationState, started: number, now: () => number): string | null {
  if (now() - started > limits.maxWallMs) return `wall time over ${limits.maxWallMs} ms`;
  if (state.figures.awsCalls >= limits.maxCalls) return `AWS call budget (${limits.maxCalls}) spent`;
  if (state.figures.costUsd > limits.maxCostUsd) return `cost over $${limits.maxCostUsd}`;
  return null;
}

async function rulesLoop(
  limits: Limits,
  state: InvestigationState,
  targets: Target[],
  started: number,
  now: () => number,
): Promise<StopReason> {
  let executed = 0;
  for (const target of targets) {
    for (const step of PLANS[target.type]) {
      const params = step.params({ target, vars: state.vars, now: now() });
      if (!params) continue;
      if (state.figures.iterations >= limits.maxIterations * Math.max(1, targets.length)) return 'max-iterations';
      const why = overBudget(limits, state, started, now);
      if (why) {
        state.notes.push(`Stopped: ${why}.`);
        return 'budget';
      }
      state.figures.iterations++;
      const { result } = await state.execute(
        { service: step.service, operation: step.operation, params },
        step.purpose,
        state.figures.iterations,
      );
      if (result.status === 'executed') executed++;
    }
  }
  if (state.actions.length && executed === 0) return 'errors';
  return 'no-new-information';
}

async function modelLoop(
  input: InvestigateInput,
  limits: Limits,
  state: InvestigationState,
  targets: Target[],
  started: number,
  now: () => number,
): Promise<{ stopReason: StopReason; answer: FinishArgs | null }> {
  const llm = input.llm!;
  let feedback: string[] = [];
  let lastActions: string[] = [];
  let idle = 0;
  const base = llm.metrics();
  const syncCost = () => {
    const m = llm.metrics();
    state.figures.inputTokens = m.inputTokens - base.inputTokens;
    state.figures.outputTokens = m.outputTokens - base.outputTokens;
    state.figures.costUsd = Math.round((m.costUsd - base.costUsd) * 1e6) / 1e6;
  };
  for (let iteration = 1; iteration <= limits.maxIterations; iteration++) {
    const why = overBudget(limits, state, started, now);
    if (why) {
      state.notes.push(`Stopped: ${why}.`);
      return { stopReason: 'budget', answer: null };
    }
    state.figures.iterations = iteration;
    const user = buildPrompt({
      question: input.question,
      context: input.context,
      targets,
      state,
      feedback,
      lastActions,
      remaining: { iterations: limits.maxIterations - iteration + 1, calls: limits.maxCalls - state.figures.awsCalls },
    });
    const before = llm.metrics();
    const t0 = now();
    const reply = await llm.callTools!({ task: 'inspect-step', system: AGENT_SYSTEM, user, tools: AGENT_TOOLS, maxOutputTokens: 2048 });
    const after = llm.metrics();
    syncCost();
    state.traceStep({
      iteration,
      kind: 'plan',
      input: `prompt of ${user.length} chars, ${state.discoveries.length} discoveries`,
      outputSummary: reply
        ? reply.calls.map((c) => `${c.name}${c.name === 'aws_call' ? ` ${describeCall(c.args)}` : ''}`).join('; ') ||
          `no tool call${reply.text ? `: ${reply.text.slice(0, 120)}` : ''}`
        : 'the model request failed',
      inputTokens: after.inputTokens - before.inputTokens,
      outputTokens: after.outputTokens - before.outputTokens,
      latencyMs: now() - t0,
      costUsd: Math.round((after.costUsd - before.costUsd) * 1e6) / 1e6,
    });
    if (!reply) {
      state.notes.push('The model could not be reached: the rule-based plan ran instead.');
      await rulesLoop(limits, state, targets, started, now);
      return { stopReason: 'errors', answer: null };
    }
    feedback = [];
    lastActions = [];
    let progressed = false;
    if (!reply.calls.length) feedback.push('You answered without calling a tool. Call aws_call to gather evidence or finish to answer.');
    const calls = reply.calls.slice(0, limits.maxCallsPerIteration);
    if (reply.calls.length > calls.length) feedback.push(`Only the first ${limits.maxCallsPerIteration} calls of a turn are run.`);
    for (const call of calls) {
      if (call.name === 'finish') {
        const parsed = finishArgs.safeParse(call.args);
        if (parsed.success) {
          state.traceStep({
            iteration,
            kind: 'finish',
            input: 'finish',
            outputSummary: redact(parsed.data.rootCause).text.slice(0, 200),
            inputTokens: 0,
            outputTokens: 0,
            latencyMs: 0,
            costUsd: 0,
          });
          return { stopReason: 'answered', answer: parsed.data };
        }
        state.figures.corrections++;
        feedback.push(`finish was rejected: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      if (call.name !== 'aws_call') {
        feedback.push(`There is no tool "${call.name}": use aws_call or finish.`);
        state.figures.corrections++;
        continue;
      }
      const parsed = awsCallArgs.safeParse(call.args);
      if (!parsed.success) {
        state.figures.corrections++;
        feedback.push(
          `aws_call arguments rejected: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')}`,
        );
        continue;
      }
      const { service, operation, params, purpose } = parsed.data;
      const out = await state.execute({ service, operation, params }, purpose ?? 'proposed by the model', iteration);
      lastActions.push(out.action.id);
      if (out.result.status === 'denied')
        feedback.push(`${out.action.id} ${service}.${operation} was DENIED: ${out.result.reason}. Do not ask for it again.`);
      else if (out.result.status === 'failed') {
        state.figures.corrections++;
        feedback.push(
          `${out.action.id} ${service}.${operation} failed with ${out.action.reason}. Correct the parameters or choose another call.`,
        );
      } else if (out.result.status === 'skipped') feedback.push(`${out.action.id} was not sent: ${out.action.reason}. Call finish.`);
      else if (out.action.cached)
        feedback.push(
          `${out.action.id} repeated ${out.action.summary.split(' ')[3] ?? 'an earlier call'}: nothing new. Choose another call or finish.`,
        );
      else progressed = true;
    }
    if (state.figures.corrections > limits.maxCorrections) {
      state.notes.push(`Stopped after ${state.figures.corrections} failed or invalid calls (limit ${limits.maxCorrections}).`);
      return { stopReason: 'errors', answer: null };
    }
    idle = progressed ? 0 : idle + 1;
    if (idle >= limits.maxIdleIterations) return { stopReason: 'no-new-information', answer: null };
  }
  return { stopReason: 'max-iterations', answer: null };
}

function describeCall(args: unknown): string {
  const a = (args ?? {}) as Record<string, unknown>;
  return `${String(a.service)}.${String(a.operation)}`;
}
