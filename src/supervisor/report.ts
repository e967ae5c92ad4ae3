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
  fingerprint?: string;
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
