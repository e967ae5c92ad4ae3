import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
function fence(text, lang = "") {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((s) => s.length));
  const f = "`".repeat(longest + 1);
  return `${f}${lang}
${text}
${f}`;
}
function inline(text, max = 300) {
  const one = text.replace(/\s+/g, " ").trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
  return cut.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/@(?=\w)/g, "@\u200B");
}
function code(value) {
  if (!value) return "";
  return "`" + value.replace(/[`|\r\n]/g, "").slice(0, 120) + "`";
}
function heading(d, i) {
  const parts = [`${i + 1}. ${d.category}`];
  if (d.errorCode) parts.push(`\`${d.errorCode.replace(/`/g, "")}\``);
  if (d.resource) parts.push(`\`${d.resource.replace(/`/g, "")}\``);
  return parts.join(" \xB7 ");
}
function renderDiagnosisMarkdown(d, i, level = "##") {
  const lines = [`${level} ${heading(d, i)}`, "", `**${inline(d.summary, 500)}**`, ""];
  const where = d.location ? `${d.location.file}:${d.location.line}` : d.file ? `${d.file}${d.line ? `:${d.line}` : ""}` : null;
  const facts = [
    d.service ? `service \`${d.service}\`` : null,
    where ? `at \`${where.replace(/`/g, "")}\`` : null,
    d.occurrences > 1 ? `seen ${d.occurrences} times` : null,
    `confidence ${d.confidence.toFixed(2)}`,
    d.rule ? `rule \`${d.rule}\`` : "no matching rule"
  ].filter(Boolean);
  lines.push(facts.join(" \xB7 "), "", `**Root cause:** ${inline(d.rootCause, 800)}`, "");
  if (d.fixes.length) {
    lines.push("**Fix:**", "");
    for (const f of d.fixes) lines.push(`- ${f.replace(/\r?\n/g, " ")}`);
    lines.push("");
  }
  if (d.iamStatement) {
    lines.push("Minimal IAM statement that allows the denied call:", "", fence(JSON.stringify(d.iamStatement, null, 2), "json"), "");
  }
  if (d.ai) {
    lines.push(`**AI explanation:** ${inline(d.ai.explanation, 1500)}`, "");
    for (const f of d.ai.extraFixes) lines.push(`- (AI) ${inline(f, 400)}`);
    if (d.ai.extraFixes.length) lines.push("");
    if (d.ai.guess) lines.push(`**AI best guess (unverified):** ${d.ai.guess.category} \u2014 ${inline(d.ai.guess.summary, 400)}`, "");
  }
  if (d.docs) lines.push(`Docs: ${d.docs}`, "");
  lines.push("<details><summary>Error text from the log</summary>", "", fence(d.excerpt, "text"), "", "</details>", "");
  return lines.join("\n");
}
function renderDiagnoseMarkdown(r, heading1 = "#") {
  const lines = [`${heading1} inframate diagnose`, ""];
  const src = r.log.source === "stdin" ? "stdin" : `\`${r.log.source.replace(/`/g, "")}\``;
  if (!r.diagnoses.length) {
    lines.push(
      `No error recognised in the log (${src}, ${r.log.lines} lines). If the run failed, the cause may be before the part of the log that was kept, or in another step.`,
      ""
    );
    return lines.join("\n");
  }
  lines.push(
    `${r.diagnoses.length} error${r.diagnoses.length === 1 ? "" : "s"} found in ${src} (${r.log.lines} lines), most important first.` + (r.log.truncated ? " The log was long: only its tail was read." : "") + (r.log.redactions ? ` ${r.log.redactions} secret-looking values were redacted.` : ""),
    ""
  );
  lines.push("| # | category | code | resource | summary |", "|---|---|---|---|---|");
  r.diagnoses.forEach(
    (d, i) => lines.push(`| ${i + 1} | ${d.category} | ${code(d.errorCode)} | ${code(d.resource)} | ${inline(d.summary, 120)} |`)
  );
  lines.push("");
  r.diagnoses.forEach((d, i) => lines.push(renderDiagnosisMarkdown(d, i, `${heading1}#`)));
  return lines.join("\n");
}
const LEVEL = { unknown: "warning" };
function renderDiagnoseSarif(r, version) {
  const ruleIds = [...new Set(r.diagnoses.map((d) => d.rule ?? "unknown"))];
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "inframate-diagnose",
            version,
            informationUri: "https://github.com/",
            rules: ruleIds.map((id) => {
              const d = r.diagnoses.find((x) => (x.rule ?? "unknown") === id);
              return { id, shortDescription: { text: d.category }, helpUri: d.docs ?? void 0 };
            })
          }
        },
        results: r.diagnoses.map((d) => ({
          ruleId: d.rule ?? "unknown",
          level: LEVEL[d.category] ?? "error",
          message: { text: `${d.summary}
${d.rootCause}
Fix: ${d.fixes.join(" | ")}` },
          partialFingerprints: { inframateDiagnose: d.fingerprint },
          ...d.location || d.file ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: d.location?.file ?? d.file },
                  region: { startLine: d.location?.line ?? d.line ?? 1 }
                }
              }
            ]
          } : {}
        }))
      }
    ]
  };
}

export { renderDiagnoseMarkdown as a, renderDiagnosisMarkdown as b, renderDiagnoseSarif as r };
