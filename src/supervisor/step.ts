// runStep(): the one seam every step (read, detect, render, call out) goes through. Callers name the
// step and state their policy; the supervisor classifies failures, retries transient ones with
// backoff (p-retry) honouring Retry-After, enforces per-attempt, per-step and per-run deadlines,
// keeps one circuit breaker per remote dependency, runs fallback chains, stops repeating failures,
// and records everything for the error report.
import { AsyncLocalStorage } from 'node:async_hooks';
import pRetry, { AbortError as StopRetrying } from 'p-retry';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Severity } from '../core/types';
import { BreakerRegistry } from './breaker';
import { adviceFor, classify, retryAfterOf } from './classify';
import { formatDuration, resolveConfig, type SupervisorConfig, type SupervisorConfigInput } from './config';
import { GaveUpError, InframateError } from './errors';
import { fingerprint } from './fingerprint';
import { buildErrorReport, type ErrorRecord, type ErrorReport } from './report';
import { StrategyRegistry, type Fallback, type RecoveryContext, type StrategyInputs } from './strategies';
import { TYPE_POLICIES, severityOf } from './taxonomy';

/** Which external dependency a step talks to (one circuit breaker each): `github`, `llm:<provider>`, `aws`… */
export type Dependency = 'fs' | 'github' | 'llm' | 'aws' | 'terraform' | 'local' | (string & {});

export interface StepContext {
  /** Aborted at the attempt timeout, the step deadline, the run deadline or on cancellation: pass it to SDK calls. */
  signal: AbortSignal;
  attempt: number;
}

export interface StepPolicy<T> {
  dependency?: Dependency;
  /** Maximum attempts including the first (default: the configured remote attempts for remote dependencies, else 1). */
  attempts?: number;
  /** Timeout of one attempt (ms); a timed-out attempt is retried like any transient failure. */
  timeoutMs?: number;
  /** Deadline of the whole step, attempts and waits included (default: the configured step deadline). */
  deadlineMs?: number;
  /** When the step fails for good, this value stands and the error is recorded as recovered. */
  fallback?: (error: InframateError) => T | Promise<T>;
  /** Name of the recovery strategy used by `fallback`, for the report. */
  strategy?: string;
  /** Recovery links tried in order after the step failed for good (before `fallback`). */
  fallbackChain?: ReadonlyArray<Fallback<T>>;
}

export type RunStep = <T>(name: string, fn: (ctx: StepContext) => Promise<T> | T, policy?: StepPolicy<T>) => Promise<T>;

export interface SupervisorOptions extends SupervisorConfigInput {
  onRecord?: (r: ErrorRecord) => void;
  strategies?: StrategyRegistry;
}

/** Any thrown value as a typed error (see classify.ts). */
export function toInframateError(error: unknown, dependency?: string): InframateError {
  return classify(error, { dependency });
}

type Outcome<T> =
  { ok: true; value: T; retried?: { error: InframateError; attempts: number } } | { ok: false; error: InframateError; attempts: number };

/**
 * The chain of steps the current code runs inside (ids, outermost first). A failure recorded inside
 * a step that is then recovered by its fallback is part of that recovery, even with steps running
 * concurrently: async context, not record order, says which step a record belongs to.
 */
const frames = new AsyncLocalStorage<readonly number[]>();

export class Supervisor {
  readonly config: SupervisorConfig;
  readonly breakers: BreakerRegistry;
  readonly strategies: StrategyRegistry;
  private readonly records: ErrorRecord[] = [];
  /** The step chain each record was made in. */
  private readonly recordFrames = new WeakMap<ErrorRecord, readonly number[]>();
  private nextFrame = 0;
  private readonly controller = new AbortController();
  private readonly repeats = new Map<string, number>();
  private readonly runDeadlineAt: number;
  private gaveUp?: GaveUpError;
  private readonly partials: Record<string, unknown> = {};

  constructor(private readonly opts: SupervisorOptions = {}) {
    this.config = resolveConfig(opts);
    this.breakers = new BreakerRegistry({ ...this.config.breaker, now: this.config.now });
    this.strategies = opts.strategies ?? new StrategyRegistry();
    this.runDeadlineAt = this.config.now() + this.config.runDeadlineMs;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Set once the supervisor stopped the run (repeated failure, run deadline, cancellation). */
  get gaveUpError(): GaveUpError | undefined {
    return this.gaveUp;
  }

  readonly run: RunStep = async <T>(name: string, fn: (ctx: StepContext) => Promise<T> | T, policy: StepPolicy<T> = {}) => {
    if (this.gaveUp) throw this.gaveUp;
    const remaining = this.runDeadlineAt - this.config.now();
    if (remaining <= 0) {
      throw this.giveUp(
        new GaveUpError(`run deadline of ${formatDuration(this.config.runDeadlineMs)} exceeded before step "${name}"`, {
          code: 'run-deadline',
        }),
      );
    }
    const budget = Math.min(policy.deadlineMs ?? this.config.stepDeadlineMs, remaining);
    const frame = [...(frames.getStore() ?? []), ++this.nextFrame];
    const outcome = await frames.run(frame, () => this.attempt(name, fn, policy, budget));
    if (outcome.ok) {
      // Succeeded after failures: the run goes on, and the report says what it took (contracts §3.7 "retry").
      if (outcome.retried)
        this.record({ step: name, ...outcome.retried, recovered: true, strategy: 'retry', dependency: policy.dependency });
      return outcome.value;
    }
    return this.settle(name, policy, outcome.error, outcome.attempts, frame);
  };

  /** Shorthand for a registered strategy as a fallback link: `fallbackChain: [sv.use('llm-rules', { rules })]`. */
  use<T, K extends keyof StrategyInputs>(name: K, input: StrategyInputs[K]): Fallback<T> {
    return this.strategies.fallback<T, K>(name, input);
  }

  /** A registered strategy or chain as fallback links: `fallbackChain: sv.chain('pr-refused', { openIssue, writeArtifact })`. */
  chain<T, K extends keyof StrategyInputs>(name: K, input: StrategyInputs[K]): Fallback<T>[] {
    return this.strategies.chain<T, K>(name, input);
  }

  /**
   * Apply a registered strategy (or chain, e.g. `pr-refused`) to an error the caller caught itself. Recorded as recovered with the
   * strategy's name when the handler succeeds; otherwise recorded unrecovered and rethrown.
   */
  async recover<T, K extends keyof StrategyInputs>(
    name: K,
    error: unknown,
    input: StrategyInputs[K],
    info: { step: string; dependency?: string; attempts?: number },
  ): Promise<T> {
    const err = toInframateError(error, info.dependency);
    // The caller chose the strategy: its own matcher is not asked again.
    const links = this.strategies.chain<T, K>(name, input).map((link) => ({ ...link, when: undefined }));
    const frame = [...(frames.getStore() ?? []), ++this.nextFrame];
    return this.settle(info.step, { dependency: info.dependency, fallbackChain: links }, err, info.attempts ?? 1, frame);
  }

  /** Record an error handled by the caller (e.g. a warning-level recovery). */
  record(r: {
    step: string;
    error: InframateError;
    attempts: number;
    recovered: boolean;
    strategy: string | null;
    dependency?: string;
  }): ErrorRecord {
    const severity: Severity = severityOf(r.error.type);
    const rec: ErrorRecord = {
      step: r.step,
      type: r.error.type,
      severity,
      message: r.error.describe(),
      attempts: r.attempts,
      recovered: r.recovered,
      strategy: r.strategy,
      solution: r.recovered ? null : (adviceFor(r.error) ?? TYPE_POLICIES[r.error.type].solution),
      // describe() includes the file: the same parse error in two files is two failures, not a loop.
      fingerprint: fingerprint(r.step, r.error.type, r.error.describe()),
      ...(r.dependency ? { dependency: r.dependency } : {}),
      ...(r.error.status ? { status: r.error.status } : {}),
      ...(r.error.code ? { code: r.error.code } : {}),
    };
    this.records.push(rec);
    this.recordFrames.set(rec, frames.getStore() ?? []);
    this.opts.onRecord?.(rec);
    return rec;
  }

  /** A snapshot: later recoveries do not change a report already handed out. */
  report(): ErrorReport {
    return buildErrorReport(this.records.map((r) => ({ ...r })));
  }

  /**
   * Keep a finished part of the result (e.g. `keep('secure', secureReport)` inside `auto`): when the
   * run is stopped later, the dispatcher still writes these parts next to the error report.
   */
  keep(part: string, value: unknown): void {
    this.partials[part] = value;
  }

  /** The parts kept so far. */
  kept(): Record<string, unknown> {
    return { ...this.partials };
  }

  /** Cancel the run: running steps see their signal abort, no new step starts. */
  abort(reason?: unknown): void {
    const why = reason instanceof Error ? reason.message : reason === undefined ? 'cancelled' : String(reason);
    this.giveUp(new GaveUpError(`run cancelled: ${why}`, { code: 'cancelled', cause: reason }));
  }

  /** Signal a problem without failing anything (e.g. a degraded answer the caller accepts). */
  signalRecovered(step: string, error: unknown, strategy: string, dependency?: string): ErrorRecord {
    return this.record({ step, error: toInframateError(error, dependency), attempts: 1, recovered: true, strategy, dependency });
  }

  private giveUp(error: GaveUpError): GaveUpError {
    if (!this.gaveUp) {
      this.gaveUp = error;
      this.controller.abort(error);
    }
    return this.gaveUp;
  }

  private async attempt<T>(
    name: string,
    fn: (ctx: StepContext) => Promise<T> | T,
    policy: StepPolicy<T>,
    budgetMs: number,
  ): Promise<Outcome<T>> {
    const { config } = this;
    const dependency = policy.dependency;
    const breaker = this.breakers.for(dependency);
    const maxAttempts = Math.max(1, policy.attempts ?? (breaker ? config.remoteAttempts : 1));
    const deadlineAt = config.now() + budgetMs;
    const stepDeadline = new AbortController();
    // Not unref'd: while a step waits (backoff, a hung call), this timer is what keeps the CLI alive to end it.
    const timer = setTimeout(
      () =>
        stepDeadline.abort(
          new InframateError('timeout', `step "${name}" exceeded its deadline of ${formatDuration(budgetMs)}`, { code: 'step-deadline' }),
        ),
      budgetMs,
    );
    const stepSignal = AbortSignal.any([this.controller.signal, stepDeadline.signal]);
    let last: InframateError | undefined;
    let attempts = 0;
    let stop = false;

    try {
      const once = async (attempt: number): Promise<T> => {
        attempts = attempt;
        if (breaker && !breaker.tryAcquire()) {
          last = new InframateError(
            'network',
            `${dependency} is unavailable (circuit open after repeated failures; next probe in ${formatDuration(breaker.retryInMs)})`,
            { code: 'circuit-open' },
          );
          throw new StopRetrying(last);
        }
        const signal = policy.timeoutMs ? AbortSignal.any([stepSignal, AbortSignal.timeout(policy.timeoutMs)]) : stepSignal;
        try {
          const result = await raceAbort(
            Promise.resolve().then(() => fn({ signal, attempt })),
            signal,
          );
          breaker?.onSuccess();
          return result;
        } catch (error) {
          const err = this.failureOf(error, signal, dependency, policy.timeoutMs);
          if (breaker) {
            // Cancelled: no verdict on the service. Failed like an outage: count it. Answered "no": it is up.
            if (err instanceof GaveUpError) breaker.release();
            else if (TYPE_POLICIES[err.type].tripsBreaker) breaker.onFailure();
            else breaker.onNeutral();
          }
          last = err;
          if (!isRetryable(err)) throw new StopRetrying(err);
          throw err;
        }
      };
      // A single attempt needs no retry machinery (most local steps): same semantics, less overhead.
      if (maxAttempts === 1) return { ok: true, value: await once(1) };
      const value = await pRetry(once, {
        retries: maxAttempts - 1,
        factor: config.backoff.factor,
        minTimeout: Math.max(1, config.backoff.baseMs),
        maxTimeout: Math.max(1, config.backoff.maxMs),
        randomize: config.backoff.jitter,
        maxRetryTime: budgetMs,
        signal: stepSignal,
        onFailedAttempt: async ({ retriesLeft, retryDelay }) => {
          if (retriesLeft <= 0 || !last) return;
          const asked = this.waitHint(last);
          if (asked !== undefined && asked > config.maxRetryWaitMs) {
            last = withNote(
              last,
              `the service asked to wait ${formatDuration(asked)}, longer than the ${formatDuration(config.maxRetryWaitMs)} allowed`,
            );
            stop = true;
            return;
          }
          const wait = Math.max(retryDelay, asked ?? 0);
          if (config.now() + wait >= deadlineAt) {
            last = withNote(last, `no time left for another attempt within the step deadline of ${formatDuration(budgetMs)}`);
            stop = true;
            return;
          }
          // p-retry waits retryDelay itself; only the part the service asked for beyond it is ours.
          if (asked !== undefined && asked > retryDelay) await sleep(asked - retryDelay, undefined, { signal: stepSignal });
        },
        shouldRetry: () => !stop,
      });
      return { ok: true, value, retried: last ? { error: last, attempts } : undefined };
    } catch (error) {
      // Aborted during a backoff wait: p-retry rejects with the abort reason; the failure before it is what matters.
      const err = last ?? this.failureOf(error, stepSignal, dependency);
      return { ok: false, error: stepSignal.reason instanceof GaveUpError ? stepSignal.reason : err, attempts: Math.max(1, attempts) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The typed failure of an attempt: a deadline or cancellation when the signal fired, else the classified error. */
  private failureOf(error: unknown, signal: AbortSignal, dependency?: string, timeoutMs?: number): InframateError {
    if (signal.aborted) {
      const reason: unknown = signal.reason;
      if (reason instanceof InframateError) return reason;
      if (reason instanceof Error && reason.name === 'TimeoutError') {
        return new InframateError('timeout', `no answer within ${formatDuration(timeoutMs ?? 0)}`, {
          code: 'attempt-timeout',
          cause: error,
        });
      }
    }
    return toInframateError(error, dependency);
  }

  private waitHint(error: InframateError): number | undefined {
    const asked = retryAfterOf(error);
    if (asked !== undefined) return asked;
    if (error.type === 'rate-limit' && /secondary rate limit/i.test(error.message)) return this.config.secondaryRateLimitWaitMs;
    return undefined;
  }

  /** After the last attempt: try the recovery links, record, and stop the run on a repeating failure. */
  private async settle<T>(
    name: string,
    policy: StepPolicy<T>,
    error: InframateError,
    attempts: number,
    frame: readonly number[],
  ): Promise<T> {
    if (error instanceof GaveUpError) throw error;
    const dependency = policy.dependency;
    const links: Fallback<T>[] = [...(policy.fallbackChain ?? [])];
    if (policy.fallback) links.push({ strategy: policy.strategy ?? 'fallback', run: policy.fallback });
    const ctx: RecoveryContext = { step: name, dependency, run: this.run, signal: this.controller.signal };
    const id = frame[frame.length - 1];
    const failedLinks: Array<{ strategy: string; error: InframateError }> = [];
    for (const link of links) {
      if (link.when && !link.when(error, { step: name, dependency })) continue;
      try {
        // Links run inside the step's frame: their own failed steps belong to this recovery.
        const value = await frames.run(frame, () => link.run(error, ctx));
        // Failures inside the step or its recovery, now that it ended well, are part of that recovery.
        for (const r of this.records) {
          if (!r.recovered && this.recordFrames.get(r)?.includes(id)) this.forgive(r, link.strategy);
        }
        for (const f of failedLinks) {
          this.record({ step: `${name}:${f.strategy}`, error: f.error, attempts: 1, recovered: true, strategy: link.strategy, dependency });
        }
        this.record({ step: name, error, attempts, recovered: true, strategy: link.strategy, dependency });
        return value;
      } catch (linkError) {
        if (linkError instanceof GaveUpError) throw linkError;
        failedLinks.push({ strategy: link.strategy, error: toInframateError(linkError, dependency) });
      }
    }
    for (const f of failedLinks)
      this.record({ step: `${name}:${f.strategy}`, error: f.error, attempts: 1, recovered: false, strategy: null, dependency });
    // A call refused by an open circuit was failed fast on purpose: the report says so.
    const strategy = error.code === 'circuit-open' ? 'circuit-open' : null;
    const rec = this.record({ step: name, error, attempts, recovered: false, strategy, dependency });
    const seen = (this.repeats.get(rec.fingerprint!) ?? 0) + 1;
    this.repeats.set(rec.fingerprint!, seen);
    if (seen >= this.config.maxRepeats) {
      throw this.giveUp(
        new GaveUpError(`the same failure repeated ${seen} times (last in step "${name}": ${error.message}); stopping instead of looping`, {
          code: 'repeated-failure',
          cause: error,
        }),
      );
    }
    throw error;
  }

  private forgive(r: ErrorRecord, strategy: string): void {
    r.recovered = true;
    r.strategy = strategy;
    r.solution = null;
    const n = this.repeats.get(r.fingerprint!) ?? 0;
    if (n > 0) this.repeats.set(r.fingerprint!, n - 1);
  }
}

function isRetryable(error: InframateError): boolean {
  if (error.code === 'step-deadline' || error.code === 'circuit-open' || error instanceof GaveUpError) return false;
  return TYPE_POLICIES[error.type].retryable;
}

function withNote(error: InframateError, note: string): InframateError {
  return new InframateError(error.type, `${error.message} (${note})`, {
    ...error.location,
    cause: error.cause,
    details: error.details,
    status: error.status,
    code: error.code,
    retryAfterMs: error.retryAfterMs,
    solution: error.solution,
  });
}

/** Settle with the promise or the signal, whichever comes first: a step that ignores its signal still ends on time. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
