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

export class InframateError extends Error {
  readonly type: ErrorType;
  readonly location: ErrorLocation;
  readonly details?: unknown;
  constructor(type: ErrorType, message: string, opts: ErrorLocation & { cause?: unknown; details?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'InframateError';
    this.type = type;
    this.location = { file: opts.file, line: opts.line, column: opts.column };
    this.details = opts.details;
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
  constructor(message: string, opts: { cause?: unknown } = {}) {
    super('internal', message, opts);
    this.name = 'GaveUpError';
  }
}
