// Shared vocabulary of the command layer. Contracts: ../shared/contracts.md.
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = Severity | 'none';

export const OUTPUT_FORMATS = ['markdown', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const PROVIDERS = ['gemini', 'openai', 'anthropic', 'ollama', 'none'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export const COMMAND_NAMES = [
  'analyze',
  'secure',
  'optimize',
  'visualize',
  'auto',
  'drift',
  'diagnose',
  'incident',
  'inspect',
  'eval',
  'serve',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Exit codes of contracts §2. */
export const EXIT = { ok: 0, findings: 1, usage: 2, gaveUp: 3 } as const;

/** Rank used by --fail-on: higher is worse. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
