// The diagnose report (contracts §3.6), with additive fields: where the log came from and the
// LLM metrics when a model was used.
import type { BaseReport } from '../commands/types';
import type { LlmMetrics } from '../llm';
import type { Category, Diagnosis } from './types';

export interface DiagnoseReport extends BaseReport {
  command: 'diagnose';
  diagnoses: Diagnosis[];
  log: { source: string; bytes: number; lines: number; truncated: boolean; redactions: number };
  summary: { total: number; byCategory: Partial<Record<Category, number>>; located: number };
  llm?: LlmMetrics;
}
