import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { stat, readFile } from 'node:fs/promises';
import { relative, join } from 'node:path';
import { A as ALL_RULES, u as unknownRuleIds, s as scanTerraform } from './engine-CP773Iii.js';
import { s as severityRank, S as SEVERITIES, I as InputError, a as InframateError } from './errors-D-4Njnnn.js';
import { f as fenceUntrusted, U as UNTRUSTED_DATA_RULES } from './untrusted-4Ho-zrfl.js';
import { p as parseHcl, l as loadTerraform } from './load-CM2Ct550.js';
import { o as object, s as string } from './schemas-CUcVUsYh.js';
import { c as createLlm } from './index-C6oWUUQP.js';
import { r as renderLlmMarkdown } from './markdown-CdD0O2Rp.js';
import { m as markdownCode, f as fencedBlock, t as tableCell } from './markdown-Xcqzlf9y.js';
import { r as renderNotScannedMarkdown, f as filesNotScanned, a as recordLoadLimits } from './load-limits-K4c5MSY1.js';
import { r as renderSarifLog } from './sarif-BXmOeiQs.js';
import { e as emptyErrorReport } from './report-Dz-f4dSo.js';
import './compare-Bhms5km9.js';
import 'node:crypto';
import 'node:fs';
import './index-CZcDDwPZ.js';
import 'process';
import 'buffer';
import './version-hdNxK8dq.js';

const AdviceSchema = object({
  explanation: string().min(1).max(1500),
  patch: string().max(6e3)
});
const SYSTEM = [
  "You are a cloud security engineer reviewing AWS Terraform.",
  "A deterministic rule has already found a misconfiguration; do not argue with it and do not report other issues.",
  "Explain the risk of this finding for this resource in at most four sentences, then give the corrected Terraform block (HCL only, no prose, no code fences) that fixes it without weakening anything else.",
  "If the fix needs a new resource (for example a separate aws_s3_bucket_* resource), include it in the patch.",
  UNTRUSTED_DATA_RULES
].join("\n");
async function explainFindings(findings, opts) {
  const limit = opts.limit ?? 10;
  const targets = findings.filter((f) => !f.suppressed).sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, limit);
  let advised = 0;
  for (const f of targets) {
    const rule = opts.rules.get(f.ruleId);
    if (!rule) continue;
    const source = await opts.sourceOf(f) ?? "(source not available)";
    const block = fenceUntrusted("terraform", source);
    const user = [
      `Rule: ${rule.id} \u2014 ${rule.title} (severity ${rule.severity})`,
      `Why it matters: ${rule.description}`,
      `Finding: ${f.message} on ${f.resource} at ${f.file}:${f.line}`,
      `Reference fix:
${rule.remediation}`,
      `The resource as written (between the tags ${block.tag}):`,
      block.text
    ].join("\n\n");
    const reply = await opts.llm.generateStructured({
      task: "secure-explain",
      system: SYSTEM,
      user,
      schema: AdviceSchema,
      maxOutputTokens: 2048
    });
    if (!reply) continue;
    const patch = stripFences(reply.value.patch);
    f.ai = { explanation: reply.value.explanation.trim(), suggestedPatch: await parsesAsHcl(patch) ? patch : "" };
    advised++;
  }
  return advised;
}
function stripFences(text) {
  return text.replace(/^\s*```[a-z]*\s*\n/i, "").replace(/\n```\s*$/, "").trim();
}
async function parsesAsHcl(text) {
  if (!text) return false;
  try {
    await parseHcl("patch.tf", text);
    return true;
  } catch {
    return false;
  }
}
function blockAt(text, line, maxLines = 80) {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return void 0;
  let depth = 0;
  let opened = false;
  const out = [];
  for (let i = line - 1; i < lines.length && out.length < maxLines; i++) {
    const l = lines[i];
    out.push(l);
    for (const ch of l.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#.*$|\/\/.*$/, "")) {
      if (ch === "{") {
        depth++;
        opened = true;
      } else if (ch === "}") depth--;
    }
    if (opened && depth <= 0) break;
  }
  return out.join("\n");
}

function summarize(findings) {
  const summary = { critical: 0, high: 0, medium: 0, low: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) summary.suppressed++;
    else summary[f.severity]++;
  }
  return summary;
}
const esc = (s) => tableCell(s);
const MAX_PER_RULE = 25;
const MAX_SUPPRESSED = 100;
const HEADINGS = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
function renderSecureMarkdown(r, opts = {}) {
  if (r.rules) {
    const lines2 = [
      `# inframate secure: ${r.rules.length} rules`,
      "",
      "| id | severity | title | aliases | resource types |",
      "|---|---|---|---|---|"
    ];
    for (const rule of r.rules) {
      lines2.push(`| ${rule.id} | ${rule.severity} | ${esc(rule.title)} | ${rule.aliases.join(", ")} | ${rule.resourceTypes.join(", ")} |`);
    }
    return lines2.join("\n") + "\n";
  }
  const open = r.findings.filter((f) => !f.suppressed);
  const lines = [];
  lines.push("# inframate secure");
  lines.push("");
  lines.push(
    `Scanned ${r.resourcesScanned} resources in ${r.filesScanned} files with ${r.rulesEvaluated} rules: ` + (open.length === 0 ? r.filesNotScanned?.length ? `**no findings in the files scanned; ${r.filesNotScanned.length} file${r.filesNotScanned.length === 1 ? "" : "s"} not scanned**` : "**no findings**" : `**${open.length} finding${open.length === 1 ? "" : "s"}**`) + (r.summary.suppressed ? `, ${r.summary.suppressed} suppressed` : "") + "."
  );
  lines.push("");
  lines.push("| severity | findings |", "|---|---|");
  for (const s of SEVERITIES) lines.push(`| ${s} | ${r.summary[s]} |`);
  lines.push(`| suppressed | ${r.summary.suppressed} |`);
  if (opts.compact && open.length > 0) {
    lines.push("", "| severity | rule | resource | location | message |", "|---|---|---|---|---|");
    for (const f of open) {
      lines.push(`| ${f.severity} | ${f.ruleId} | \`${f.resource}\` | ${f.file}:${f.line} | ${esc(f.message)} |`);
    }
  }
  for (const sev of opts.compact ? [] : SEVERITIES) {
    const group = open.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push("", `## ${HEADINGS[sev]} (${group.length})`);
    const byRule = /* @__PURE__ */ new Map();
    for (const f of group) byRule.set(f.ruleId, [...byRule.get(f.ruleId) ?? [], f]);
    for (const [ruleId, list] of byRule) {
      const first = list[0];
      lines.push("", `### ${first.title}`, "", `\`${ruleId}\`${first.aliases.length ? ` (${first.aliases.join(", ")})` : ""}`, "");
      for (const f of list.slice(0, MAX_PER_RULE)) {
        const judged = f.subject ? ` (judged: ${markdownCode(f.subject.resource)} at ${markdownCode(`${f.subject.file}:${f.subject.line}`)})` : "";
        lines.push(`- ${markdownCode(f.resource)} at ${markdownCode(`${f.file}:${f.line}`)}${judged}: ${esc(f.message)}`);
        if (f.ai) {
          lines.push("  <details><summary>AI explanation and suggested patch</summary>", "", `  ${esc(f.ai.explanation)}`);
          if (f.ai.suggestedPatch) lines.push("", ...fencedBlock(f.ai.suggestedPatch, "hcl", "  "));
          lines.push("", "  </details>");
        }
      }
      if (list.length > MAX_PER_RULE) lines.push(`- \u2026 and ${list.length - MAX_PER_RULE} more (see the JSON or SARIF output)`);
      lines.push("", "<details><summary>Remediation</summary>", "", first.remediation, "", "</details>");
    }
  }
  const suppressed = r.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    lines.push("", `## Suppressed (${suppressed.length})`, "", "| rule | resource | location | by | reason |", "|---|---|---|---|---|");
    for (const f of suppressed.slice(0, MAX_SUPPRESSED)) {
      lines.push(
        `| ${f.ruleId} | ${markdownCode(f.resource)} | ${esc(`${f.file}:${f.line}`)} | ${esc(f.suppressedBy ?? "")} | ${esc(f.suppressionReason ?? "(no reason given)")} |`
      );
    }
    if (suppressed.length > MAX_SUPPRESSED) lines.push("", `\u2026 and ${suppressed.length - MAX_SUPPRESSED} more (see the JSON output).`);
  }
  lines.push(...renderNotScannedMarkdown(r.filesNotScanned));
  if (r.warnings?.length) {
    lines.push("", `<details><summary>Loader warnings (${r.warnings.length})</summary>`, "");
    for (const w of r.warnings.slice(0, MAX_SUPPRESSED)) lines.push(`- ${markdownCode(`${w.file}:${w.line}`)}: ${esc(w.message)}`);
    if (r.warnings.length > MAX_SUPPRESSED) lines.push(`- \u2026 and ${r.warnings.length - MAX_SUPPRESSED} more (see the JSON output)`);
    lines.push("", "</details>");
  }
  if (r.llm) lines.push("", ...renderLlmMarkdown(r.llm));
  return lines.join("\n") + "\n";
}

async function runSecure(ctx, preloaded) {
  const { settings, step, supervisor, log } = ctx;
  const base = { schemaVersion: 1, command: "secure", errors: emptyErrorReport() };
  if (settings.listRules) {
    const rules = ALL_RULES.map((r) => ({
      id: r.id,
      title: r.title,
      severity: r.severity,
      aliases: [...r.aliases],
      resourceTypes: [...r.resourceTypes]
    }));
    return {
      ...base,
      findings: [],
      summary: summarize([]),
      rulesEvaluated: rules.length,
      resourcesScanned: 0,
      filesScanned: 0,
      root: "",
      rules
    };
  }
  const dir = settings.dir;
  const info = await step("secure.read-dir", () => stat(dir).catch(() => void 0), { dependency: "fs" });
  if (!info) throw new InputError(`directory not found: ${dir}`);
  if (!info.isDirectory()) throw new InputError(`not a directory: ${dir}`);
  for (const f of settings.varFiles) {
    const vf = await step("secure.read-var-file", () => stat(f).catch(() => void 0), { dependency: "fs" });
    if (!vf) throw new InputError(`--var-file not found: ${f}`);
  }
  const loaded = preloaded ?? await loadForSecure(ctx, dir);
  const tfFiles = loaded.files.filter((f) => /\.tf(\.json)?$/.test(f));
  if (tfFiles.length === 0) log.warn(`no .tf or .tf.json files under ${dir}`);
  for (const [flag, ids] of [
    ["--check", settings.checks],
    ["--skip-check", settings.skipChecks]
  ]) {
    const unknown = unknownRuleIds(ids);
    if (unknown.length) log.warn(`${flag}: no rule has the id or alias ${unknown.join(", ")}`);
  }
  if (settings.checks.length > 0 && unknownRuleIds(settings.checks).length === settings.checks.length) {
    throw new InputError(`--check: none of ${settings.checks.join(", ")} names a rule (see inframate secure --list-rules)`);
  }
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  for (const s of settings.skips) {
    if (unknownRuleIds([s.id]).length) log.warn(`skip of "${s.id}" in ${s.source} names no rule`);
    else if (s.expires && s.expires < today)
      log.warn(`skip of "${s.id}" in ${s.source} expired on ${s.expires}: its findings are reported again`);
  }
  const result = await step(
    "secure.scan",
    () => scanTerraform(loaded, {
      ruleIds: settings.checks,
      skipRuleIds: settings.skipChecks,
      skips: settings.skips,
      checkpoint: supervisor.checkDeadline
    })
  );
  for (const e of result.ruleErrors) {
    supervisor.record({
      step: "secure.scan",
      error: new InframateError("internal", e),
      attempts: 1,
      recovered: true,
      strategy: "skip-rule"
    });
  }
  const open = result.findings.filter((f) => !f.suppressed).length;
  log.info(`secure: ${result.resourcesScanned} resources, ${result.rulesEvaluated} rules, ${open} findings`);
  let llm;
  if (settings.ai.enabled && open > 0) {
    const ai = createLlm(settings.ai, { step, log });
    const starts = new Map(loaded.resources.map((r) => [r.address, r.pos]));
    const texts = /* @__PURE__ */ new Map();
    const textOf = (file) => {
      if (!texts.has(file))
        texts.set(
          file,
          step("secure.read-source", () => readFile(join(dir, file), "utf8"), { dependency: "fs", fallback: () => void 0 })
        );
      return texts.get(file);
    };
    const rules = new Map(ALL_RULES.map((r) => [r.id, r]));
    const advised = await explainFindings(result.findings, {
      llm: ai,
      rules,
      sourceOf: async (f) => {
        const pos = starts.get(f.resource);
        const text = pos ? await textOf(pos.file) : void 0;
        return text && pos ? blockAt(text, pos.line) : void 0;
      }
    });
    log.info(`secure: AI advice for ${advised} finding(s)`);
    llm = ai.metrics();
  }
  const root = relative(process.cwd(), dir);
  const notScanned = filesNotScanned(loaded);
  if (notScanned.length && !settings.allowSkippedFiles) {
    log.error(
      `secure: ${notScanned.length} file(s) could not be scanned (listed in the report); pass --allow-skipped-files to accept a partial scan`
    );
  }
  const warnings = [...loaded.warnings ?? []];
  for (const w of warnings) log.warn(w.message, { file: w.file, line: w.line });
  return {
    ...base,
    ...llm ? { llm } : {},
    filesNotScanned: notScanned,
    warnings,
    findings: result.findings,
    summary: summarize(result.findings),
    rulesEvaluated: result.rulesEvaluated,
    resourcesScanned: result.resourcesScanned,
    filesScanned: tfFiles.length,
    root: root.startsWith("..") ? "" : root
  };
}
async function loadForSecure(ctx, dir) {
  const { settings, step, supervisor, log } = ctx;
  log.info(`secure: loading Terraform from ${dir}`);
  const loaded = await step(
    "secure.load",
    () => loadTerraform(dir, {
      varFiles: settings.varFiles,
      vars: settings.vars,
      step,
      maxInstances: settings.maxInstances,
      checkpoint: supervisor.checkDeadline
    }),
    {
      dependency: "fs"
    }
  );
  for (const e of loaded.errors) {
    const error = new InframateError("terraform", e.message, { file: e.file, line: e.line, code: e.code });
    supervisor.record({ step: "secure.load", error, attempts: 1, recovered: true, strategy: "skip-file" });
    log.warn(e.message, { file: e.file, line: e.line });
  }
  recordLoadLimits(supervisor, "secure.load", loaded);
  return loaded;
}
const secure = {
  name: "secure",
  usage: "secure [DIR]",
  summary: "misconfiguration scan of Terraform (variables, locals and modules evaluated)",
  available: true,
  formats: ["markdown", "json", "sarif"],
  run: (ctx) => runSecure(ctx),
  renderMarkdown: renderSecureMarkdown,
  renderSarif: (r) => {
    const used = new Set(r.findings.map((f) => f.ruleId));
    const rules = ALL_RULES.filter((rule) => used.has(rule.id));
    return renderSarifLog(rules, r.findings, { uriPrefix: r.root, notScanned: r.filesNotScanned });
  },
  findings: (r) => r.findings
};

export { secure as default, runSecure };
