// The supervisor's knobs, with production defaults. Everything time-related is injectable so
// tests run the real retry/breaker/deadline logic in milliseconds.

export interface BackoffConfig {
  /** First retry delay (ms); later ones grow by `factor` up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  factor: number;
  /** Multiply each delay by a random factor in [1, 2) so parallel jobs do not retry in lockstep. */
  jitter: boolean;
}

export interface SupervisorConfig {
  backoff: BackoffConfig;
  /** Default attempts (including the first) for steps against a remote dependency; local steps get 1. */
  remoteAttempts: number;
  /** Default deadline of one step, all attempts and waits included (ms). */
  stepDeadlineMs: number;
  /** Deadline of the whole run (ms): no step starts after it, running steps are cancelled at it. */
  runDeadlineMs: number;
  /** The longest single wait the supervisor accepts from Retry-After / rate-limit reset (ms). */
  maxRetryWaitMs: number;
  /** GitHub asks to wait "at least one minute" after a secondary rate limit that has no Retry-After. */
  secondaryRateLimitWaitMs: number;
  breaker: { threshold: number; coolDownMs: number };
  /** The same unrecovered failure (fingerprint) this many times across steps stops the run. */
  maxRepeats: number;
  now: () => number;
}

export const DEFAULT_CONFIG: SupervisorConfig = {
  backoff: { baseMs: 1_000, maxMs: 30_000, factor: 2, jitter: true },
  remoteAttempts: 4,
  stepDeadlineMs: 120_000,
  runDeadlineMs: 30 * 60_000,
  maxRetryWaitMs: 90_000,
  secondaryRateLimitWaitMs: 60_000,
  breaker: { threshold: 5, coolDownMs: 30_000 },
  maxRepeats: 3,
  now: () => Date.now(),
};

export type SupervisorConfigInput = Partial<Omit<SupervisorConfig, 'backoff' | 'breaker'>> & {
  backoff?: Partial<BackoffConfig>;
  breaker?: Partial<SupervisorConfig['breaker']>;
};

export function resolveConfig(input: SupervisorConfigInput = {}): SupervisorConfig {
  return {
    ...DEFAULT_CONFIG,
    ...input,
    backoff: { ...DEFAULT_CONFIG.backoff, ...input.backoff },
    breaker: { ...DEFAULT_CONFIG.breaker, ...input.breaker },
  };
}

/** "250 ms", "12 s", "3 min" — for messages. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6_000) / 10} min`;
}
