// The shapes of an investigation (contracts §3.8–3.10): actions the engine ran or refused,
// discoveries (structured facts citing the actions behind them), the root cause and the recovery plan.

/** One read-only AWS call as the model or a rule-based plan proposes it (contracts §3.10). */
export interface AwsCallRequest {
  /** SDK v3 client name, e.g. "ecs", "cloudwatch-logs", "elastic-load-balancing-v2". */
  service: string;
  /** e.g. "DescribeServices". */
  operation: string;
  params: Record<string, unknown>;
}

export type AwsCallResult =
  | { status: 'executed'; output: unknown }
  /** Refused by the read-only policy before any request was sent. */
  | { status: 'denied'; reason: string }
  | { status: 'failed'; error: { code: string; message: string } };

/** The read-only AWS layer, as the agent sees it. */
export interface AwsCaller {
  call(req: AwsCallRequest, opts?: { signal?: AbortSignal }): Promise<AwsCallResult>;
}

export type ActionStatus = 'executed' | 'denied' | 'failed' | 'skipped';

export interface Action {
  id: string;
  service: string;
  operation: string;
  params: Record<string, unknown>;
  status: ActionStatus;
  /** Why it was denied, failed or skipped; null when executed. */
  reason: string | null;
  /** A short description of the result. */
  summary: string;
  iteration: number;
  /** Why this call was made (the plan step or the model's stated purpose). */
  purpose?: string;
  /** Served from the run's cache: the same call was already made. */
  cached?: boolean;
  latencyMs?: number;
  at?: string;
}

export type FactValue = string | number | boolean | null;

export interface Discovery {
  id: string;
  /** e.g. "ecs.container-exit", "elb.target-health", "metric". */
  kind: string;
  fact: string;
  /** Action ids supporting the fact. */
  evidence: string[];
  data: Record<string, FactValue>;
}

export type StopReason = 'answered' | 'no-new-information' | 'budget' | 'max-iterations' | 'errors';

export interface TraceStep {
  iteration: number;
  kind: 'plan' | 'act' | 'analyze' | 'finish';
  /** What went in (a prompt digest, the call). */
  input: string;
  outputSummary: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  costUsd: number;
  at: string;
}

export interface RunFigures {
  iterations: number;
  awsCalls: number;
  cacheHits: number;
  denied: number;
  failed: number;
  corrections: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  wallMs: number;
}

/** The figures of a run that has not started. */
export const emptyRunFigures = (): RunFigures => ({
  iterations: 0,
  awsCalls: 0,
  cacheHits: 0,
  denied: 0,
  failed: 0,
  corrections: 0,
  inputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  wallMs: 0,
});

export interface Investigation {
  source: 'rules' | 'ai';
  actions: Action[];
  discoveries: Discovery[];
  iterations: number;
  stopReason: StopReason;
  /** Resources the investigation looked at, e.g. "ecs-service:prod/orders". */
  targets: string[];
  figures: RunFigures;
  notes: string[];
  /** JSON-lines trace file of this run, when written. */
  traceFile?: string | null;
  trace: TraceStep[];
}

export interface RootCause {
  summary: string;
  confidence: number;
  /** Discovery ids (and, from a model, action ids) supporting it. */
  evidence: string[];
  /** The rule that matched, e.g. "ecs-oom-killed"; null when no rule matched. */
  rule: string | null;
  source: 'rules' | 'ai';
}

export interface RecoveryStep {
  order: number;
  action: string;
  command: string | null;
  risk: 'low' | 'medium' | 'high';
  rationale: string;
  rollback: string | null;
}

export interface RecoveryPlan {
  requiresApproval: true;
  steps: RecoveryStep[];
}

export interface InvestigationResult {
  investigation: Investigation;
  rootCause: RootCause;
  recoveryPlan: RecoveryPlan;
  recommendations: string[];
}
