import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { m as markdownCode, t as tableCell } from './markdown-Xcqzlf9y.js';

const cell = (s) => tableCell(s);
function changesText(a) {
  const kv = Object.entries(a.changes).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return kv.length ? kv.join(", ") : "\u2014";
}
function renderAdjustmentsMarkdown(adjustments, summary) {
  if (!adjustments?.length && !summary) return [];
  const out = ["## AI review", ""];
  if (summary) out.push(`> ${cell(summary)}`, "");
  if (adjustments?.length) {
    out.push("| Adjustment | Target | Changes | Outcome | Reason |", "|---|---|---|---|---|");
    for (const a of adjustments) {
      const outcome = a.status === "applied" ? "applied" : `rejected: ${a.rejection ?? ""}`;
      out.push(`| ${a.action} | ${markdownCode(a.target)} | ${cell(changesText(a))} | ${cell(outcome)} | ${cell(a.reason)} |`);
    }
    out.push("");
  }
  return out;
}
function renderLlmMarkdown(m) {
  if (m.provider === "none") return ["## AI", "", m.notes[0] ?? "No LLM provider configured: deterministic rules only.", ""];
  const out = ["## AI usage", ""];
  out.push(
    "| Provider | Model | Calls | Cache hits | Tokens in | Tokens out | Cost (USD) | Latency |",
    "|---|---|---:|---:|---:|---:|---:|---:|"
  );
  const cost = m.unpricedModel ? "unpriced" : `$${m.costUsd.toFixed(4)}`;
  out.push(
    `| ${m.provider} | ${cell(m.model)} | ${m.calls} | ${m.cacheHits} | ${m.inputTokens} | ${m.outputTokens} | ${cost} | ${(m.latencyMs / 1e3).toFixed(1)} s |`
  );
  out.push("");
  const extra = [];
  if (m.repairs) extra.push(`${m.repairs} repair request(s)`);
  if (m.failures) extra.push(`${m.failures} failed request(s): the rules result stood`);
  if (m.redactions) extra.push(`${m.redactions} secret(s) redacted before sending`);
  if (extra.length) out.push(extra.join("; ") + ".", "");
  for (const n of m.notes) out.push(`- ${cell(n)}`);
  if (m.notes.length) out.push("");
  return out;
}

export { renderAdjustmentsMarkdown as a, renderLlmMarkdown as r };
