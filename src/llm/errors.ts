// What the three SDKs throw, as the supervisor's typed errors: the supervisor's classifier reads
// status, headers and codes; this adds the provider's name, our own deadline, and masking (SDK
// messages can echo request details, never the key — but masking makes sure).
import { classify } from '../supervisor/classify';
import { InframateError } from '../supervisor/errors';

export function classifyProviderError(
  error: unknown,
  provider: string,
  opts: { timedOut?: boolean; mask?: (s: string) => string } = {},
): InframateError {
  if (error instanceof InframateError) return error;
  const mask = opts.mask ?? ((s: string) => s);
  if (opts.timedOut) {
    return new InframateError('timeout', `${provider}: no reply within the request deadline`, { cause: error, code: 'llm-deadline' });
  }
  // An abort we did not cause (no deadline fired) is classified as a timeout by the shared tables.
  const c = classify(error, { dependency: `llm:${provider}` });
  const status = c.status !== undefined ? `HTTP ${c.status}: ` : '';
  return new InframateError(c.type, `${provider}: ${status}${mask(c.message)}`, {
    cause: error,
    status: c.status,
    code: c.code,
    retryAfterMs: c.retryAfterMs,
    solution: c.solution,
  });
}
