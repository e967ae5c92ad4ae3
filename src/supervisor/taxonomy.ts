// What each error type means to the supervisor: how bad it is, whether trying again can help,
// whether it says something about the health of the dependency (circuit breaker), and what the
// user can do about it. One row per type; the behaviour of retry and breaker reads this table.
import type { Severity } from '../core/types';
import type { ErrorType } from './errors';

export interface TypePolicy {
  severity: Severity;
  /** Another attempt can succeed (transient failure). Non-retryable types fail fast. */
  retryable: boolean;
  /** Counts as a failure of the dependency for its circuit breaker (an outage, not a refusal). */
  tripsBreaker: boolean;
  /** Default advice for the report when nothing more specific is known. */
  solution: string;
}

export const TYPE_POLICIES: Readonly<Record<ErrorType, TypePolicy>> = {
  network: {
    severity: 'medium',
    retryable: true,
    tripsBreaker: true,
    solution: 'The service was unreachable or answered with a server error; re-run later or check the network and the service status page.',
  },
  timeout: {
    severity: 'medium',
    retryable: true,
    tripsBreaker: true,
    solution: 'The call did not finish in time; re-run, or raise the step deadline if the service is slow.',
  },
  'rate-limit': {
    severity: 'medium',
    retryable: true,
    tripsBreaker: true,
    solution: 'The service rate-limited the run; wait for the limit to reset, or lower the request rate (fewer parallel jobs).',
  },
  auth: {
    severity: 'high',
    retryable: false,
    tripsBreaker: false,
    solution: 'Credentials are missing, invalid or expired; check the token or API key given to inframate.',
  },
  permission: {
    severity: 'high',
    retryable: false,
    tripsBreaker: false,
    solution: 'The credentials lack a permission; grant it (for GitHub, check the workflow `permissions:` block).',
  },
  'not-found': {
    severity: 'medium',
    retryable: false,
    tripsBreaker: false,
    solution: 'A resource the step needs does not exist; check names, paths and the repository or region.',
  },
  conflict: {
    severity: 'medium',
    retryable: false,
    tripsBreaker: false,
    solution: 'The resource changed concurrently or already exists; re-run to pick up the current state.',
  },
  validation: {
    severity: 'medium',
    retryable: false,
    tripsBreaker: false,
    solution: 'A request or document was rejected as invalid; the message names the field.',
  },
  'llm-output': {
    severity: 'low',
    retryable: false,
    tripsBreaker: false,
    solution: 'The model answered with unusable output; the deterministic result stands. Try another model if it persists.',
  },
  terraform: {
    severity: 'high',
    retryable: false,
    tripsBreaker: false,
    solution: 'Fix the Terraform at the file and line named in the message.',
  },
  input: {
    severity: 'high',
    retryable: false,
    tripsBreaker: false,
    solution: 'Fix the input named in the message (file and line).',
  },
  internal: {
    severity: 'critical',
    retryable: false,
    tripsBreaker: false,
    solution: 'An unexpected failure inside inframate; please report it with the error report attached.',
  },
};

export function severityOf(type: ErrorType): Severity {
  return TYPE_POLICIES[type].severity;
}
