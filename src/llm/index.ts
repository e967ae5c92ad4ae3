// The AI layer every feature uses: createLlm(settings.ai, deps).generateStructured(...) returns a
// schema-validated value or null ("no AI": the caller keeps the rules result). Behind it: redaction
// of every prompt, a content-addressed cache, rate limits, a token budget, one repair request,
// metrics and an audit log. Every provider call is a supervisor step (dependency llm:<provider>).
import { join } from 'node:path';
import type { Logger } from '../core/log';
import type { AiSettings } from '../settings';
import { InframateError } from '../supervisor/errors';
import type { RunStep } from '../supervisor/step';
import { createAuditLog, type AuditEntry } from './audit';
import { cacheKey, createReplyCache } from './cache';
import { classifyProviderError } from './errors';
import { createLimiter } from './limits';
import { costOf, priceFor } from './models';
import { createProvider, type ProviderChoice } from './provider';
import { countRedactionMarks, redact } from './redact';
import { jsonSchemaOf, parseReply, repairable, repairPrompt } from './structured';
import type {
  Llm,
  LlmCallRecord,
  LlmMetrics,
  LlmProvider,
  ProviderReply,
  ProviderRequest,
  StructuredRequest,
  StructuredResult,
  ToolCallRequest,
  ToolReply,
} from './types';

export type { Llm, LlmMetrics, StructuredRequest, StructuredResult } from './types';

export interface LlmDeps {
  step: RunStep;
  log: Logger;
  /** Overrides settings.ai.cacheDir. */
  cacheDir?: string;
  /** For tests: build the provider some other way. */
  createProvider?: (ai: AiSettings) => ProviderChoice;
  now?: () => number;
}

export const DEFAULT_MAX_OUTPUT_TOKENS = 8192;
/** Rough tokens-per-character ratio used for budgeting before the provider reports real counts. */
export const CHARS_PER_TOKEN = 4;

export const estimateTokens = (text: string): number => Math.ceil(text.length / CHARS_PER_TOKEN);

/** Default audit log location, documented in docs/ai.md. */
export const defaultAuditLog = (cacheDir: string): string => join(cacheDir, 'llm-audit.jsonl');

const RETRY_ATTEMPTS = 3;

function schemaNameOf(task: string): string {
  return (task.replace(/[^A-Za-z0-9_-]/g, '_') || 'reply').slice(0, 64);
}

export function createLlm(ai: AiSettings, deps: LlmDeps): Llm {
  const { step, log } = deps;
  const now = deps.now ?? Date.now;
  for (const key of Object.values(ai.keys)) if (key) log.addSecret(key);
  const knownSecrets = Object.values(ai.keys).filter((k): k is string => Boolean(k));
  const choice = (deps.createProvider ?? createProvider)(ai);
  const provider: LlmProvider | null = choice.provider;
  const cacheDir = deps.cacheDir ?? ai.cacheDir;
  const cache = createReplyCache(cacheDir);
  const audit = createAuditLog(provider ? (ai.auditLog ?? defaultAuditLog(cacheDir)) : null, log.mask);
  const limiter = createLimiter({ concurrency: ai.concurrency, requestsPerMinute: ai.requestsPerMinute, now });

  const m: LlmMetrics = {
    provider: provider?.name ?? 'none',
    model: provider?.model ?? null,
    calls: 0,
    cacheHits: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    latencyMs: 0,
    repairs: 0,
    failures: 0,
    redactions: 0,
    tokenBudget: ai.tokenBudget,
    unpricedModel: provider ? priceFor(provider.name, provider.model) === null : false,
    notes: choice.reason ? [choice.reason] : [],
    auditLog: audit.path,
    perCall: [],
  };
  let tokensUsed = 0;
  const note = (message: string) => {
    m.notes.push(log.mask(message));
  };
  const writeAudit = (entry: AuditEntry) =>
    step('llm.audit-log', () => audit.write(entry), { dependency: 'fs', fallback: () => undefined, strategy: 'skip-audit' });

  /**
   * Fail the request for good (the rules result stands). A failed provider step is already in the
   * error report; a reply rejected here is recorded through a step of its own.
   */
  async function giveUp(task: string, error: InframateError, alreadyRecorded = false): Promise<null> {
    m.failures++;
    note(`${task}: ${error.message}; the rules result stands`);
    if (alreadyRecorded) return null;
    return step(
      `llm.${task}`,
      () => {
        throw error;
      },
      {
        // A refused reply says nothing about the provider's health, and the token budget is our own
        // limit: neither may count against the provider's circuit breaker.
        dependency: error.code === 'llm-token-budget' ? 'local' : `llm:${provider?.name ?? 'none'}`,
        attempts: 1,
        fallback: () => null,
        strategy: 'rules-result',
      },
    );
  }

  /** One request to the provider, as a supervised step; `failed` when it failed for good (or would exceed the budget). */
  async function send(
    task: string,
    kind: LlmCallRecord['kind'],
    req: ProviderRequest,
    key: string,
  ): Promise<ProviderReply | { failed: InframateError; recorded: boolean }> {
    const p = provider!;
    const estimate =
      estimateTokens(req.system) + estimateTokens(req.user) + estimateTokens(JSON.stringify(req.jsonSchema)) + req.maxOutputTokens;
    if (tokensUsed + estimate > ai.tokenBudget) {
      return {
        recorded: false,
        failed: new InframateError(
          'rate-limit',
          `the per-run token budget (${ai.tokenBudget}) would be exceeded: ${tokensUsed} used, ~${estimate} needed`,
          {
            code: 'llm-token-budget',
            solution: 'Raise --ai-token-budget, or accept the rules result.',
          },
        ),
      };
    }
    // What every audit line of this request says about it, success or failure.
    const auditRequest = {
      task,
      provider: p.name,
      model: p.model,
      kind,
      cacheKey: key,
      request: { system: req.system, user: req.user, schema: req.jsonSchema, maxOutputTokens: req.maxOutputTokens },
    };
    const sent = await sendSupervised(
      p,
      kind === 'repair' ? `llm.${task}.repair` : `llm.${task}`,
      auditRequest,
      estimate,
      (signal) => p.complete(req, signal),
      (r) => ({ text: r.text, finishReason: r.finishReason, detail: r.detail }),
    );
    if ('failed' in sent) return { failed: sent.failed, recorded: true };
    return sent.reply;
  }

  /**
   * One provider request as a supervised, rate-limited step, with its metrics, per-call record and audit
   * line on success and on failure (structured output and tool calls alike). A failure after the
   * retries is returned, not thrown: the caller keeps the rules result.
   */
  async function sendSupervised<R extends { inputTokens: number; outputTokens: number }>(
    p: LlmProvider,
    stepName: string,
    auditRequest: { task: string; kind: LlmCallRecord['kind'] } & Record<string, unknown>,
    estimate: number,
    send: (signal: AbortSignal) => Promise<R>,
    replyForAudit: (r: R) => unknown,
  ): Promise<{ reply: R } | { failed: InframateError }> {
    const { task, kind } = auditRequest;
    let failure: InframateError | undefined;
    const reply = await step(
      stepName,
      ({ signal }) =>
        limiter.run(async () => {
          const deadline = AbortSignal.timeout(ai.timeoutMs);
          const started = now();
          m.calls++;
          try {
            const r = await send(AbortSignal.any([signal, deadline]));
            const latencyMs = now() - started;
            const cost = costOf(p.name, p.model, r.inputTokens, r.outputTokens);
            m.inputTokens += r.inputTokens;
            m.outputTokens += r.outputTokens;
            m.latencyMs += latencyMs;
            m.costUsd += cost ?? 0;
            tokensUsed += r.inputTokens + r.outputTokens || estimate;
            m.perCall.push({
              task,
              kind,
              fromCache: false,
              inputTokens: r.inputTokens,
              outputTokens: r.outputTokens,
              latencyMs,
              costUsd: cost,
              outcome: 'ok',
            });
            log.debug(`llm ${p.name}/${p.model} ${task} (${kind}): ${r.inputTokens} in, ${r.outputTokens} out, ${latencyMs} ms`);
            await writeAudit({
              time: new Date().toISOString(),
              ...auditRequest,
              reply: replyForAudit(r),
              inputTokens: r.inputTokens,
              outputTokens: r.outputTokens,
              latencyMs,
              costUsd: cost,
              outcome: 'ok',
            } as AuditEntry);
            return r;
          } catch (error) {
            const e = classifyProviderError(error, p.name, { timedOut: deadline.aborted && !signal.aborted, mask: log.mask });
            const latencyMs = now() - started;
            m.latencyMs += latencyMs;
            m.perCall.push({ task, kind, fromCache: false, inputTokens: 0, outputTokens: 0, latencyMs, costUsd: 0, outcome: 'failed' });
            await writeAudit({
              time: new Date().toISOString(),
              ...auditRequest,
              latencyMs,
              outcome: 'failed',
              error: `${e.type}: ${e.message}`,
            } as AuditEntry);
            throw e;
          }
        }, signal),
      {
        dependency: `llm:${p.name}`,
        attempts: RETRY_ATTEMPTS,
        timeoutMs: ai.timeoutMs + 1_000,
        fallback: (error) => {
          failure = error;
          return null;
        },
        strategy: 'rules-result',
      },
    );
    return reply === null ? { failed: failure ?? new InframateError('network', `${p.name}: the request failed`) } : { reply };
  }

  function markLast(outcome: LlmCallRecord['outcome']) {
    const last = m.perCall[m.perCall.length - 1];
    if (last) last.outcome = outcome;
  }

  async function generateStructured<T>(req: StructuredRequest<T>): Promise<StructuredResult<T> | null> {
    if (!provider) return null;
    const p = provider;
    const sys = redact(req.system, { known: knownSecrets });
    const usr = redact(req.user, { known: knownSecrets });
    // Every marker in what is sent counts, including those the digest placed before this call.
    m.redactions += countRedactionMarks(sys.text) + countRedactionMarks(usr.text);
    const jsonSchema = jsonSchemaOf(req.schema);
    const maxOutputTokens = req.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    const key = cacheKey({ provider: p.name, model: p.model, system: sys.text, user: usr.text, schema: jsonSchema, maxOutputTokens });

    if (ai.cache) {
      const hit = await step('llm.cache-read', () => cache.get(key), { dependency: 'fs', fallback: () => null, strategy: 'cache-miss' });
      const parsed = hit ? req.schema.safeParse(hit.value) : null;
      if (parsed?.success) {
        m.cacheHits++;
        m.perCall.push({
          task: req.task,
          kind: 'initial',
          fromCache: true,
          inputTokens: 0,
          outputTokens: 0,
          latencyMs: 0,
          costUsd: 0,
          outcome: 'ok',
        });
        await writeAudit({
          time: new Date().toISOString(),
          task: req.task,
          provider: p.name,
          model: p.model,
          kind: 'cache-hit',
          cacheKey: key,
          outcome: 'cache-hit',
        });
        return { value: parsed.data, fromCache: true };
      }
    }

    const base: ProviderRequest = { system: sys.text, user: usr.text, jsonSchema, schemaName: schemaNameOf(req.task), maxOutputTokens };
    const first = await send(req.task, 'initial', base, key);
    if ('failed' in first) return giveUp(req.task, first.failed, first.recorded);
    let parsed = parseReply(first, req.schema);
    if (!parsed.ok) {
      markLast('invalid');
      if (!repairable(first)) return giveUp(req.task, new InframateError('llm-output', parsed.error, { code: 'llm-withheld' }));
      m.repairs++;
      const repairUser = redact(repairPrompt(usr.text, first.text, parsed.error), { known: knownSecrets }).text;
      const second = await send(req.task, 'repair', { ...base, user: repairUser }, key);
      if ('failed' in second) return giveUp(req.task, second.failed, second.recorded);
      parsed = parseReply(second, req.schema);
      if (!parsed.ok) {
        markLast('invalid');
        return giveUp(
          req.task,
          new InframateError('llm-output', `${parsed.error} (after one repair request)`, { code: 'llm-invalid-reply' }),
        );
      }
    }
    const value = parsed.value;
    if (ai.cache) {
      await step('llm.cache-write', () => cache.set(key, req.task, value), {
        dependency: 'fs',
        fallback: () => undefined,
        strategy: 'skip-cache',
      });
    }
    return { value, fromCache: false };
  }

  /**
   * One tool-calling turn. Never cached (the agent's next step depends on live results), redacted
   * like every prompt, bounded by the same token budget and rate limits, audited, one supervised step.
   */
  async function callTools(req: ToolCallRequest): Promise<ToolReply | null> {
    if (!provider) return null;
    const p = provider;
    if (!p.completeTools) return giveUp(req.task, new InframateError('validation', `${p.name} does not support tool calls`));
    const sys = redact(req.system, { known: knownSecrets });
    const usr = redact(req.user, { known: knownSecrets });
    m.redactions += countRedactionMarks(sys.text) + countRedactionMarks(usr.text);
    const maxOutputTokens = req.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    const estimate =
      estimateTokens(sys.text) + estimateTokens(usr.text) + estimateTokens(JSON.stringify(req.tools)) + Math.min(maxOutputTokens, 2048);
    if (tokensUsed + estimate > ai.tokenBudget) {
      return giveUp(
        req.task,
        new InframateError(
          'rate-limit',
          `the per-run token budget (${ai.tokenBudget}) would be exceeded: ${tokensUsed} used, ~${estimate} needed`,
          {
            code: 'llm-token-budget',
            solution: 'Raise --ai-token-budget, or accept the rules result.',
          },
        ),
      );
    }
    const key = cacheKey({ provider: p.name, model: p.model, system: sys.text, user: usr.text, schema: req.tools, maxOutputTokens });
    const auditRequest = {
      task: req.task,
      provider: p.name,
      model: p.model,
      kind: 'tools' as const,
      cacheKey: key,
      request: { system: sys.text, user: usr.text, tools: req.tools, maxOutputTokens },
    };
    const sent = await sendSupervised(
      p,
      `llm.${req.task}`,
      auditRequest,
      estimate,
      (signal) => p.completeTools!({ system: sys.text, user: usr.text, tools: req.tools, maxOutputTokens }, signal),
      (r) => ({ text: r.text, finishReason: r.finishReason, detail: r.detail, calls: r.calls }),
    );
    const reply = 'failed' in sent ? null : sent.reply;
    const failure = 'failed' in sent ? sent.failed : undefined;
    if (reply === null) {
      m.failures++;
      note(`${req.task}: ${(failure ?? new InframateError('network', 'the request failed')).message}; the rules result stands`);
      return null;
    }
    return reply;
  }

  return {
    enabled: provider !== null,
    generateStructured,
    callTools,
    metrics: () => ({ ...m, costUsd: Math.round(m.costUsd * 1e6) / 1e6, notes: [...m.notes], perCall: m.perCall.map((c) => ({ ...c })) }),
    note,
  };
}
