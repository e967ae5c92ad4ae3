// runStep(): the one seam every step (read, detect, render, call out) goes through.
// The supervisor issue fills in classification, retry, breakers and deadlines behind it;
// callers only name the step and state their policy.
import type { Severity } from '../core/types';
import { InframateError, type ErrorType } from './errors';
import { buildErrorReport, type ErrorRecord, type ErrorReport } from './report';

/** Which external dependency a step talks to (one circuit breaker each). */
export type Dependency = 'fs' | 'github' | 'llm' | 'aws' | 'terraform' | 'local' | (string & {});

export interface StepContext {
  signal: AbortSignal;
  attempt: number;
}

export interface StepPolicy<T> {
  dependency?: Dependency;
  /** Maximum attempts including the first (default 1: no retry). */
  attempts?: number;
  timeoutMs?: number;
  /** When the step fails for good, this value stands and the error is recorded as recovered. */
  fallback?: (error: InframateError) => T | Promise<T>;
  /** Name of the recovery strategy used by `fallback`, for the report. */
  strategy?: string;
}

export type RunStep = <T>(name: string, fn: (ctx: StepContext) => Promise<T> | T, policy?: StepPolicy<T>) => Promise<T>;

export function toInframateError(error: unknown): InframateError {
  if (error instanceof InframateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InframateError('internal', message, { cause: error });
}

const DEFAULT_SEVERITY: Record<ErrorType, Severity> = {
  network: 'medium',
  timeout: 'medium',
  'rate-limit': 'medium',
  auth: 'high',
  permission: 'high',
  'not-found': 'medium',
  conflict: 'medium',
  validation: 'medium',
  'llm-output': 'low',
  terraform: 'high',
  input: 'high',
  internal: 'critical',
};

export class Supervisor {
  private readonly records: ErrorRecord[] = [];
  private readonly controller = new AbortController();

  constructor(private readonly opts: { onRecord?: (r: ErrorRecord) => void } = {}) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  readonly run: RunStep = async <T>(name: string, fn: (ctx: StepContext) => Promise<T> | T, policy: StepPolicy<T> = {}) => {
    const attempts = Math.max(1, policy.attempts ?? 1);
    let last: InframateError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await fn({ signal: this.controller.signal, attempt });
      } catch (error) {
        last = toInframateError(error);
        if (last.type === 'input' || last.type === 'auth' || last.type === 'validation') break;
      }
    }
    const error = last as InframateError;
    if (policy.fallback) {
      const value = await policy.fallback(error);
      this.record({ step: name, error, attempts, recovered: true, strategy: policy.strategy ?? 'fallback' });
      return value;
    }
    this.record({ step: name, error, attempts, recovered: false, strategy: null });
    throw error;
  };

  /** Record an error handled by the caller (e.g. a warning-level recovery). */
  record(r: { step: string; error: InframateError; attempts: number; recovered: boolean; strategy: string | null }): void {
    const rec: ErrorRecord = {
      step: r.step,
      type: r.error.type,
      severity: DEFAULT_SEVERITY[r.error.type],
      message: r.error.describe(),
      attempts: r.attempts,
      recovered: r.recovered,
      strategy: r.strategy,
      solution: null,
    };
    this.records.push(rec);
    this.opts.onRecord?.(rec);
  }

  report(): ErrorReport {
    return buildErrorReport(this.records);
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
}
