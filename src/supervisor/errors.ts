// Typed errors. User mistakes (input) are distinguished from our bugs (internal).
export const ERROR_TYPES = [
  'network',
  'timeout',
  'rate-limit',
  'auth',
  'permission',
  'not-found',
  'conflict',
  'validation',
  'llm-output',
  'terraform',
  'input',
  'internal',
] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/** What a classifier learned about a failure beyond its type (all optional). */
export interface ErrorFacts {
  /** HTTP status of the response behind the error, when there was one. */
  status?: number;
  /** A machine code: ECONNRESET, ThrottlingException, circuit-open, step-deadline… */
  code?: string;
  /** How long the remote side asked us to wait before trying again (Retry-After, rate-limit reset). */
  retryAfterMs?: number;
  /** A suggested fix for the user, from the classification table. */
  solution?: string;
}

export interface InframateErrorOptions extends ErrorLocation, ErrorFacts {
  cause?: unknown;
  details?: unknown;
}

export class InframateError extends Error {
  readonly type: ErrorType;
  readonly location: ErrorLocation;
  readonly details?: unknown;
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
  readonly solution?: string;
  constructor(type: ErrorType, message: string, opts: InframateErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'InframateError';
    this.type = type;
    this.location = { file: opts.file, line: opts.line, column: opts.column };
    this.details = opts.details;
    this.status = opts.status;
    this.code = opts.code;
    this.retryAfterMs = opts.retryAfterMs;
    this.solution = opts.solution;
  }

  /** "file:line: message" — the form users see for bad input. */
  describe(): string {
    const { file, line, column } = this.location;
    if (!file) return this.message;
    const where = line ? `${file}:${line}${column ? `:${column}` : ''}` : file;
    return `${where}: ${this.message}`;
  }
}

/** Bad option, unreadable or malformed input: exit code 2. */
export class InputError extends InframateError {
  constructor(message: string, opts: ErrorLocation & { cause?: unknown } = {}) {
    super('input', message, opts);
    this.name = 'InputError';
  }
}

/** The supervisor gave up: exit code 3, error report still written. */
export class GaveUpError extends InframateError {
  constructor(message: string, opts: { cause?: unknown; code?: string } = {}) {
    super('internal', message, {
      ...opts,
      solution: 'The supervisor stopped the run instead of looping or waiting longer; the other errors say what failed.',
    });
    this.name = 'GaveUpError';
  }
}
