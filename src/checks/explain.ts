// Optional AI help per finding: a plain-language explanation and a suggested Terraform patch,
// through the AI layer (redaction, cache, budget, schema validation live there). The finding itself
// is always decided by the rule; the AI only adds text. Repository text goes in fenced as untrusted
// data, and a patch that does not even parse as HCL is dropped.
import { z } from 'zod';
import { severityRank } from '../core/types';
import type { Llm } from '../llm';
import { UNTRUSTED_DATA_RULES, fenceUntrusted } from '../llm/untrusted';
import { parseHcl } from '../terraform/hcl';
import type { Finding, Rule } from './types';

export interface FindingAdvice {
  explanation: string;
  /** HCL that fixes the finding, parsed before it is shown; "" when the model gave none usable. */
  suggestedPatch: string;
}

const AdviceSchema = z.object({
  explanation: z.string().min(1).max(1500),
  patch: z.string().max(6000),
});

const SYSTEM = [
  'You are a cloud security engineer reviewing AWS Terraform.',
  'A deterministic rule has already found a misconfiguration; do not argue with it and do not report other issues.',
  'Explain the risk of this finding for this resource in at most four sentences, then give the corrected Terraform block (HCL only, no prose, no code fences) that fixes it without weakening anything else.',
  'If the fix needs a new resource (for example a separate aws_s3_bucket_* resource), include it in the patch.',
  UNTRUSTED_DATA_RULES,
].join('\n');

export interface ExplainOptions {
  llm: Llm;
  rules: ReadonlyMap<string, Rule>;
  /** Source text of the block a finding points at (undefined when it cannot be read). */
  sourceOf: (f: Finding) => Promise<string | undefined>;
  /** At most this many findings get advice (most severe first): cost stays bounded. */
  limit?: number;
}

/** Adds `ai` advice to the most severe unsuppressed findings; returns how many got some. */
export async function explainFindings(findings: Finding[], opts: ExplainOptions): Promise<number> {
  const limit = opts.limit ?? 10;
  const targets = findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
    .slice(0, limit);
  let advised = 0;
  for (const f of targets) {
    const rule = opts.rules.get(f.ruleId);
    if (!rule) continue;
    const source = (await opts.sourceOf(f)) ?? '(source not available)';
    const block = fenceUntrusted('terraform', source);
    const user = [
      `Rule: ${rule.id} — ${rule.title} (severity ${rule.severity})`,
      `Why it matters: ${rule.description}`,
      `Finding: ${f.message} on ${f.resource} at ${f.file}:${f.line}`,
      `Reference fix:\n${rule.remediation}`,
      `The resource as written (between the tags ${block.tag}):`,
      block.text,
    ].join('\n\n');
    const reply = await opts.llm.generateStructured({
      task: 'secure-explain',
      system: SYSTEM,
      user,
      schema: AdviceSchema,
      maxOutputTokens: 2048,
    });
    if (!reply) continue;
    const patch = stripFences(reply.value.patch);
    f.ai = { explanation: reply.value.explanation.trim(), suggestedPatch: (await parsesAsHcl(patch)) ? patch : '' };
    advised++;
  }
  return advised;
}

function stripFences(text: string): string {
  return text
    .replace(/^\s*```[a-z]*\s*\n/i, '')
    .replace(/\n```\s*$/, '')
    .trim();
}

async function parsesAsHcl(text: string): Promise<boolean> {
  if (!text) return false;
  try {
    await parseHcl('patch.tf', text);
    return true;
  } catch {
    return false;
  }
}

/** The block starting at `line` (1-based) of `text`, up to its closing brace. */
export function blockAt(text: string, line: number, maxLines = 80): string | undefined {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return undefined;
  let depth = 0;
  let opened = false;
  const out: string[] = [];
  for (let i = line - 1; i < lines.length && out.length < maxLines; i++) {
    const l = lines[i]!;
    out.push(l);
    for (const ch of l.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#.*$|\/\/.*$/, '')) {
      if (ch === '{') {
        depth++;
        opened = true;
      } else if (ch === '}') depth--;
    }
    if (opened && depth <= 0) break;
  }
  return out.join('\n');
}
