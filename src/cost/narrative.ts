// Optional AI narrative over the savings: a short summary and a priority order. The model only
// sees the rules' figures and can only reorder the existing savings (by index) — it cannot add,
// change or remove a saving or a number. Without AI the report is complete as it is.
import { z } from 'zod';
import type { CommandContext } from '../commands/types';
import { createLlm, type LlmDeps } from '../llm';
import type { Saving } from './savings';

export interface SavingsNarrative {
  source: 'ai';
  summary: string;
  /** Savings in the order the model suggests acting on them. */
  priority: { ruleId: string; resource: string }[];
}

const replySchema = z.object({
  summary: z.string().min(1).max(1500),
  priority: z.array(z.number().int().min(0)).max(50),
});

const SYSTEM = [
  'You review cloud cost savings found by deterministic rules for an AWS Terraform configuration.',
  'Write a short summary (at most 5 sentences, plain text) for the engineers who own it, and order the savings by',
  'what to do first (saving size, effort, risk: arm64 and instance family moves need compatible images).',
  'Use only the figures given. Answer with JSON: {"summary": string, "priority": [indexes of the savings]}.',
].join(' ');

export async function narrateSavings(
  ctx: CommandContext,
  report: { totalMonthlyCost: number; region: string; environment: string | null; savings: Saving[] },
  deps: Pick<LlmDeps, 'createProvider' | 'cacheDir'> = {},
): Promise<SavingsNarrative | null> {
  const listed = report.savings.slice(0, 30);
  const user = JSON.stringify({
    totalMonthlyCost: report.totalMonthlyCost,
    region: report.region,
    environment: report.environment,
    savings: listed.map((s, i) => ({
      index: i,
      rule: s.ruleId,
      resource: s.resource,
      monthlySavings: s.monthlySavings,
      message: s.message,
    })),
  });
  try {
    const llm = createLlm(ctx.settings.ai, { step: ctx.step, log: ctx.log, ...deps });
    if (!llm.enabled) return null;
    const reply = await llm.generateStructured({
      task: 'savings-narrative',
      system: SYSTEM,
      user,
      schema: replySchema,
      maxOutputTokens: 1024,
    });
    if (!reply) return null;
    const seen = new Set<number>();
    const priority = reply.value.priority
      .filter((i) => i < listed.length && !seen.has(i) && seen.add(i))
      .map((i) => ({ ruleId: listed[i].ruleId, resource: listed[i].resource }));
    return { source: 'ai', summary: reply.value.summary.trim(), priority };
  } catch (error) {
    ctx.log.warn(`AI narrative skipped: ${(error as Error).message}`);
    return null;
  }
}
