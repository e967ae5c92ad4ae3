// The diagnose vocabulary (contracts §3.6): fifteen categories, one diagnosis per distinct error.

export const CATEGORIES = [
  'access-denied',
  'authentication',
  'throttling',
  'quota-exceeded',
  'state-lock',
  'already-exists',
  'not-found',
  'dependency-violation',
  'invalid-parameter',
  'provider-config',
  'syntax',
  'timeout',
  'network',
  'capacity',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a person should fix first: errors that stop everything, then the ones that name a cause, then symptoms. */
export const CATEGORY_ORDER: readonly Category[] = [
  'syntax',
  'provider-config',
  'authentication',
  'state-lock',
  'access-denied',
  'quota-exceeded',
  'capacity',
  'invalid-parameter',
  'already-exists',
  'not-found',
  'dependency-violation',
  'throttling',
  'network',
  'timeout',
  'unknown',
];

export interface AiNote {
  explanation: string;
  extraFixes: string[];
  /** For category "unknown" only: the model's best guess, never adopted as the category. */
  guess?: { category: Category; summary: string; note: 'model best guess, not verified by a rule' };
}

export interface Diagnosis {
  category: Category;
  errorCode: string | null;
  service: string | null;
  resource: string | null;
  file: string | null;
  line: number | null;
  summary: string;
  rootCause: string;
  fixes: string[];
  confidence: number;
  source: 'rules' | 'ai';
  /** Id of the catalogue rule that matched (null for unknown errors). */
  rule: string | null;
  docs: string | null;
  /** The error text the diagnosis is about (redacted, shortened). */
  excerpt: string;
  /** Stable identity of this error across runs (issue upserts). */
  fingerprint: string;
  /** How many times the same error appeared in the log. */
  occurrences: number;
  /** Minimal IAM statement that would allow a denied call, when the message names the action. */
  iamStatement?: { Effect: 'Allow'; Action: string; Resource: string } | null;
  /** Where the named resource is declared in the repository, when found there. */
  location?: { file: string; line: number } | null;
  ai?: AiNote;
}
