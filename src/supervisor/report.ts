// The error report of contracts §3.7.
import type { Severity } from '../core/types';
import type { ErrorType } from './errors';

export interface ErrorRecord {
  step: string;
  type: ErrorType;
  severity: Severity;
  message: string;
  attempts: number;
  recovered: boolean;
  strategy: string | null;
  solution: string | null;
  /** Stable hash of (step family, type, normalised message): the same failure has the same fingerprint across runs. */
  fingerprint?: string;
  /** The dependency the step talked to (github, llm:gemini, aws…). */
  dependency?: string;
  /** HTTP status behind the failure, when there was one. */
  status?: number;
  /** Machine code of the failure: ECONNRESET, ThrottlingException, circuit-open, step-deadline, repeated-failure… */
  code?: string;
  /** AI analysis of an unrecovered error (only when an LLM was available). */
  analysis?: ErrorAnalysis;
  /** The GitHub issue tracking this failure, when one was upserted. */
  issue?: { number: number; url: string; occurrences: number };
}

export interface ErrorAnalysis {
  rootCause: string;
  fix: string;
  prevention: string;
}

export interface ErrorReport {
  errors: ErrorRecord[];
  total: number;
  recovered: number;
  unrecovered: number;
}

export function buildErrorReport(records: readonly ErrorRecord[]): ErrorReport {
  const recovered = records.filter((r) => r.recovered).length;
  return { errors: [...records], total: records.length, recovered, unrecovered: records.length - recovered };
}

export function emptyErrorReport(): ErrorReport {
  return buildErrorReport([]);
}
