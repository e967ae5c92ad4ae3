// The supervisor's part of a run's beginning and end, used by the dispatcher: a Supervisor built
// from Settings, the optional AI analysis of unrecovered errors, and the error issues.
import type { Logger } from '../core/log';
import { createLlm } from '../llm/index';
import type { Settings } from '../settings';
import { analyzeUnrecovered, llmErrorAnalyzer, type ErrorAnalyzer } from './analysis';
import { publishErrorIssues, type ErrorIssueSink, type PublishedIssue } from './error-issues';
import type { ErrorReport } from './report';
import { Supervisor, type SupervisorOptions } from './step';

/** A Supervisor with the run's limits (--timeout, --max-attempts); `overrides` win (tests use ms backoffs). */
export function supervisorForSettings(settings: Settings, overrides: SupervisorOptions = {}): Supervisor {
  const limits = settings.supervisor;
  return new Supervisor({
    ...(limits ? { runDeadlineMs: limits.runDeadlineMs, remoteAttempts: limits.remoteAttempts } : {}),
    // A small base (fault-injection runs of the bundle) scales the whole backoff down with it.
    ...(limits?.backoffBaseMs ? { backoff: { baseMs: limits.backoffBaseMs, maxMs: limits.backoffBaseMs * 30 } } : {}),
    ...overrides,
  });
}

/**
 * The analyzer backed by the configured LLM, or null without one. Its calls run under a supervisor
 * of their own: the run's supervisor may have given up, and the analysis must not add to the report.
 */
export function defaultErrorAnalyzer(settings: Settings, log: Logger): ErrorAnalyzer | null {
  if (!settings.ai.enabled) return null;
  const aux = new Supervisor({ runDeadlineMs: 90_000, stepDeadlineMs: 45_000, remoteAttempts: 2, maxRepeats: 2 });
  const llm = createLlm(settings.ai, { step: aux.run, log });
  return llm.enabled ? llmErrorAnalyzer(llm) : null;
}

/** Explain unrecovered errors (not those of the LLM itself: it cannot explain its own outage). */
export async function explainUnrecovered(
  report: ErrorReport,
  analyzer: ErrorAnalyzer | null,
  ctx: { command: string; log: Logger },
): Promise<number> {
  if (!analyzer || report.unrecovered === 0) return 0;
  const explainable: ErrorAnalyzer = (record, c) => (record.dependency?.startsWith('llm') ? Promise.resolve(null) : analyzer(record, c));
  const n = await analyzeUnrecovered(report, explainable, { command: ctx.command });
  if (n) ctx.log.debug(`AI analysis added to ${n} unrecovered error(s)`);
  return n;
}

/** Upsert the error issues after the report was written locally; failures are logged, never thrown. */
export async function publishRunErrors(
  report: ErrorReport,
  sink: ErrorIssueSink | undefined,
  ctx: { command: string; log: Logger; runUrl?: string },
): Promise<PublishedIssue[]> {
  if (!sink || report.unrecovered === 0) return [];
  const { published, failed } = await publishErrorIssues(report, sink, { command: ctx.command, runUrl: ctx.runUrl, mask: ctx.log.mask });
  for (const p of published)
    ctx.log.info(`error issue #${p.number} ${p.created ? 'opened' : 'updated'} (seen ${p.occurrences} times): ${p.url}`);
  for (const f of failed) ctx.log.warn(`could not upsert the error issue ${f}`);
  return published;
}
