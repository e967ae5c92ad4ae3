// Optional AI layer: the model explains each diagnosis and may add fixes; for errors no rule knows,
// it may offer a best guess, kept apart and labelled as such. It never changes a rule's category,
// code or fixes. The log excerpts are untrusted text (fenced), and redacted again by the LLM layer.
import { z } from 'zod';
import type { Llm } from '../llm';
import { fenceUntrusted, UNTRUSTED_DATA_RULES } from '../llm/untrusted';
import { CATEGORIES, type Diagnosis } from './types';

export const MAX_AI_DIAGNOSES = 20;

export const DiagnoseReplySchema = z.object({
  diagnoses: z
    .array(
      z.object({
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_AI_DIAGNOSES - 1),
        explanation: z.string().min(1).max(1500),
        extraFixes: z.array(z.string().min(1).max(400)).max(5),
        guess: z.object({ category: z.enum(CATEGORIES), summary: z.string().min(1).max(400) }).optional(),
      }),
    )
    .max(MAX_AI_DIAGNOSES),
});
export type DiagnoseReply = z.infer<typeof DiagnoseReplySchema>;

/** Advice that would trade safety for a green run is refused, whatever the model says. */
const UNSAFE_FIX = [
  /-lock=false/i,
  /AdministratorAccess/i,
  /"Action"\s*:\s*"\*"/,
  /\b(?:Action|actions?)\s*[:=]\s*\[?\s*"\*"/i,
  /"[a-z0-9-]+:\*"/i,
  /\b0\.0\.0\.0\/0\b/,
  /::\/0/,
  /public-read/i,
  /disable (?:the )?(?:encryption|scp|service control|mfa|permissions boundary)/i,
  /(?:remove|delete|detach) the (?:scp|service control policy|permissions boundary)/i,
  /--no-verify-ssl|insecure_skip_verify|skip_tls_verify/i,
];

export function isUnsafeFix(text: string): boolean {
  return UNSAFE_FIX.some((re) => re.test(text));
}

const SYSTEM = [
  'You explain failed Terraform / AWS runs to the engineer who has to fix them.',
  'Each diagnosis below was produced by a deterministic rule; its category, error code and fixes are fixed and you must not contradict them.',
  'For each diagnosis give: "index" (as given), "explanation" (2-4 plain sentences: what happened and why, for this log), "extraFixes" (0-3 concrete extra steps not already listed; never suggest disabling locks, granting "*" permissions, AdministratorAccess, opening 0.0.0.0/0 or weakening encryption).',
  'Only for diagnoses with category "unknown", you may add "guess": your best guess of the category (from the closed list) and a one-line summary; it will be shown as an unverified guess.',
  UNTRUSTED_DATA_RULES,
].join('\n');

export interface AiOutcome {
  explained: number;
  rejectedFixes: number;
  guesses: number;
}

export async function explainDiagnoses(llm: Llm, diagnoses: Diagnosis[]): Promise<AiOutcome> {
  const outcome: AiOutcome = { explained: 0, rejectedFixes: 0, guesses: 0 };
  const subject = diagnoses.slice(0, MAX_AI_DIAGNOSES);
  if (!subject.length) return outcome;
  const payload = subject.map((d, index) => ({
    index,
    category: d.category,
    errorCode: d.errorCode,
    service: d.service,
    resource: d.resource,
    summary: d.summary,
    rootCause: d.rootCause,
    fixes: d.fixes,
    errorText: d.excerpt,
  }));
  const fenced = fenceUntrusted('failed-run-log', JSON.stringify(payload, null, 1));
  const result = await llm.generateStructured({
    task: 'diagnose-explain',
    system: SYSTEM,
    user: `Diagnoses (JSON) of the failed run, with the error text from its log:\n${fenced.text}`,
    schema: DiagnoseReplySchema,
    maxOutputTokens: 4096,
  });
  if (!result) return outcome;
  const seen = new Set<number>();
  for (const item of result.value.diagnoses) {
    const d = subject[item.index];
    if (!d || seen.has(item.index)) continue;
    seen.add(item.index);
    const extraFixes = item.extraFixes.filter((f) => {
      const unsafe = isUnsafeFix(f);
      if (unsafe) outcome.rejectedFixes++;
      return !unsafe && !d.fixes.includes(f);
    });
    d.ai = { explanation: item.explanation, extraFixes };
    outcome.explained++;
    if (d.category === 'unknown' && item.guess && item.guess.category !== 'unknown') {
      d.ai.guess = { category: item.guess.category, summary: item.guess.summary, note: 'model best guess, not verified by a rule' };
      d.source = 'ai';
      outcome.guesses++;
    }
  }
  return outcome;
}
