// runStep(): the one seam every step (read, detect, render, call out) goes through. Callers name the
// step and state their policy; the Supervisor runs the attempts (retry.ts: backoff honouring
// Retry-After, attempt/step deadlines, one circuit breaker per remote dependency), enforces the run
// deadline, runs fallback chains (strategies.ts), stops repeating failures, and records everything
// for the error report.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Severity } from '../core/types';
import { BreakerRegistry } from './breaker';
import { adviceFor, classify } from './classify';
import { formatDuration, resolveConfig, type SupervisorConfig, type SupervisorConfigInput } from './config';
import { GaveUpError, InframateError } from './errors';
import { fingerprint } from './fingerprint';
import { runAttempts } from './retry';
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
  /** Errors already counted as a repeat: one failure rethrown through nested steps counts once. */
  private readonly counted = new WeakSet<InframateError>();
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
    const outcome = await frames.run(frame, () =>
      runAttempts({
        name,
        fn,
        policy,
        budgetMs: budget,
        config: this.config,
        breaker: this.breakers.for(policy.dependency),
        runSignal: this.controller.signal,
      }),
    );
    if (outcome.ok) {
      // Succeeded after failures: the run goes on, and the report says what it took (contracts §3.7 "retry").
      if (outcome.retried) {
        // The failed steps inside the failed attempts (a create whose answer was lost) were overcome by the retry.
        const id = frame[frame.length - 1];
        for (const r of this.records) if (!r.recovered && this.recordFrames.get(r)?.includes(id)) this.forgive(r, 'retry');
        this.record({ step: name, ...outcome.retried, recovered: true, strategy: 'retry', dependency: policy.dependency });
      }
      return outcome.value;
    }
    // A step whose budget was the rest of the run ran out because the run did: say so (exit 3, run deadline).
    if (outcome.error.code === 'step-deadline' && this.config.now() >= this.runDeadlineAt) {
      throw this.giveUp(
        new GaveUpError(`run deadline of ${formatDuration(this.config.runDeadlineMs)} exceeded during step "${name}"`, {
          code: 'run-deadline',
        }),
      );
    }
    return this.settle(name, policy, outcome.error, outcome.attempts, frame);
  };

  /**
   * Synchronous work (loading thousands of files, running every rule) cannot be interrupted by a
   * signal: it calls this between files and between rules. Past the run deadline it stops the run
   * like a step would (GaveUpError, code run-deadline, exit 3, report written).
   */
  readonly checkDeadline = (where: string): void => {
    if (this.gaveUp) throw this.gaveUp;
    if (this.config.now() < this.runDeadlineAt) return;
    throw this.giveUp(
      new GaveUpError(`run deadline of ${formatDuration(this.config.runDeadlineMs)} exceeded during ${where}`, { code: 'run-deadline' }),
    );
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
    const seen = (this.repeats.get(rec.fingerprint!) ?? 0) + (this.counted.has(error) ? 0 : 1);
    this.counted.add(error);
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
