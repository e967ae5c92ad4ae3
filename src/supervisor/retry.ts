// The attempts of one step: p-retry's exponential backoff with jitter, stretched to what the service
// asked for (Retry-After and friends), each attempt raced against its timeout and the step deadline,
// each outcome reported to the dependency's circuit breaker. Pure mechanics: recording, recovery and
// loop protection are the Supervisor's (step.ts).
import pRetry, { AbortError as StopRetrying } from 'p-retry';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CircuitBreaker } from './breaker';
import { classify, retryAfterOf } from './classify';
import { formatDuration, type SupervisorConfig } from './config';
import { GaveUpError, InframateError } from './errors';
import type { StepContext, StepPolicy } from './step';
import { TYPE_POLICIES } from './taxonomy';

export type Outcome<T> =
  { ok: true; value: T; retried?: { error: InframateError; attempts: number } } | { ok: false; error: InframateError; attempts: number };

export interface AttemptOptions<T> {
  name: string;
  fn: (ctx: StepContext) => Promise<T> | T;
  policy: StepPolicy<T>;
  /** Time left for the whole step (ms). */
  budgetMs: number;
  config: SupervisorConfig;
  breaker?: CircuitBreaker;
  /** The run's signal: cancellation and give-up. */
  runSignal: AbortSignal;
}

/** Run the attempts of one step: per-attempt timeout, step deadline, breaker, backoff and waits. */
export async function runAttempts<T>(o: AttemptOptions<T>): Promise<Outcome<T>> {
  const { name, fn, policy, budgetMs, config, breaker, runSignal } = o;
  const dependency = policy.dependency;
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
  const stepSignal = AbortSignal.any([runSignal, stepDeadline.signal]);
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
        const err = failureOf(error, signal, dependency, policy.timeoutMs);
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
        const asked = waitHint(last, config);
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
    const err = last ?? failureOf(error, stepSignal, dependency);
    return { ok: false, error: stepSignal.reason instanceof GaveUpError ? stepSignal.reason : err, attempts: Math.max(1, attempts) };
  } finally {
    clearTimeout(timer);
  }
}

/** The typed failure of an attempt: a deadline or cancellation when the signal fired, else the classified error. */
function failureOf(error: unknown, signal: AbortSignal, dependency?: string, timeoutMs?: number): InframateError {
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
  return classify(error, { dependency });
}

/** How long to wait before the next attempt, as asked by the service (or GitHub's secondary-limit rule). */
function waitHint(error: InframateError, config: SupervisorConfig): number | undefined {
  const asked = retryAfterOf(error);
  if (asked !== undefined) return asked;
  if (error.type === 'rate-limit' && /secondary rate limit/i.test(error.message)) return config.secondaryRateLimitWaitMs;
  return undefined;
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
