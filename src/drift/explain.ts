// Optional AI: an explanation and priorities in words. The model sees the detected items (values
// already masked, then redacted and bounded) and answers in a fixed schema; it never adds, removes
// or re-grades an item.
import { z } from 'zod';
import { forModel } from '../aws/sanitize';
import type { Llm } from '../llm';
import { fenceUntrusted, UNTRUSTED_DATA_RULES } from '../llm/untrusted';
import type { DriftItem } from './types';

const ExplanationSchema = z.object({
  explanation: z.string().max(4000),
  priorities: z.array(z.string().max(400)).max(10),
});

const SYSTEM = [
  'You explain infrastructure drift found by a deterministic scanner: resources changed outside Terraform, missing, unmanaged, or about to be replaced.',
  'Explain in plain words what probably happened and what to do first. Do not invent resources or changes; refer only to the addresses given.',
  'Never suggest disabling security controls. Values shown as (sensitive) or [REDACTED:…] are hidden on purpose: do not guess them.',
  UNTRUSTED_DATA_RULES,
].join('\n');

export async function explainDrift(
  llm: Llm,
  items: readonly DriftItem[],
): Promise<{ explanation: string; priorities: string[] } | undefined> {
  const data = items.slice(0, 30).map((i) => ({
    address: i.address,
    driftType: i.driftType,
    severity: i.severity,
    why: i.severityReason,
    differences: i.differences.slice(0, 10),
  }));
  const fenced = fenceUntrusted('drift', forModel(data, { maxChars: 10_000 }));
  const reply = await llm.generateStructured({
    task: 'drift-explain',
    system: SYSTEM,
    user: `The drift found (between the tags ${fenced.tag}):\n${fenced.text}\n\nReply with an explanation and up to 10 priorities.`,
    schema: ExplanationSchema,
    maxOutputTokens: 2048,
  });
  if (!reply) return undefined;
  return { explanation: reply.value.explanation.trim(), priorities: reply.value.priorities.map((p) => p.trim()).filter(Boolean) };
}
