// inspect "QUESTION": an iterative, read-only investigation of the AWS account (contracts §3.9).
import { renderInvestigation, renderRecoveryPlan, renderRootCause } from '../agent/render';
import { runInvestigation } from '../agent/run';
import type { Investigation, RecoveryPlan, RootCause } from '../agent/types';
import type { LlmMetrics } from '../llm/types';
import { InputError } from '../supervisor/errors';
import type { BaseReport, CommandContext, CommandModule } from './types';

export interface InspectReport extends BaseReport {
  command: 'inspect';
  question: string;
  investigation: Investigation;
  rootCause: RootCause;
  recoveryPlan: RecoveryPlan;
  recommendations: string[];
  llm?: LlmMetrics;
}

async function run(ctx: CommandContext): Promise<InspectReport> {
  const question = ctx.settings.args.join(' ').trim();
  if (!question) throw new InputError('inspect needs a question, e.g. inframate inspect "Why are the orders tasks restarting?"');
  if (question.length > 2000) throw new InputError(`the question is ${question.length} characters long; at most 2000`);
  const result = await runInvestigation({ settings: ctx.settings, step: ctx.step, log: ctx.log, question });
  return {
    schemaVersion: 1,
    command: 'inspect',
    question,
    investigation: result.investigation,
    rootCause: result.rootCause,
    recoveryPlan: result.recoveryPlan,
    recommendations: result.recommendations,
    ...(result.llm ? { llm: result.llm } : {}),
    errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 },
  };
}

export function renderInspectMarkdown(r: InspectReport): string {
  const parts = [`# inframate inspect`, '', `> ${r.question.replace(/\n/g, ' ')}`, '', renderRootCause(r)];
  const plan = renderRecoveryPlan(r);
  if (plan) parts.push('', plan);
  parts.push('', renderInvestigation(r));
  return parts.join('\n') + '\n';
}

const inspect: CommandModule<InspectReport> = {
  name: 'inspect',
  usage: 'inspect "QUESTION" [--resource TYPE:ID] [--max-iterations N]',
  summary: 'iterative, read-only cloud inspection',
  available: true,
  formats: ['markdown', 'json'],
  run,
  renderMarkdown: renderInspectMarkdown,
};

export default inspect;
