import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { c as createLogger, l as loadCommand, E as EXIT, G as GaveUpError, a as InframateError, s as severityRank } from './errors-D-4Njnnn.js';
import { s as supervisorForSettings, d as defaultErrorAnalyzer, e as explainUnrecovered, p as publishRunErrors } from './finalize-CmA9o0n2.js';
import { t as tableCell } from './markdown-Xcqzlf9y.js';
import { t as toInframateError } from './step-DxPyN5dH.js';
import { r as redact } from './index-C6oWUUQP.js';
import './schemas-CUcVUsYh.js';
import './issues-C42HJ6aM.js';
import './compare-Bhms5km9.js';
import 'node:async_hooks';
import 'node:crypto';
import 'node:timers/promises';
import './report-Dz-f4dSo.js';

const cell = (text, max = 300) => tableCell(text, { max });
function outcome(e) {
  if (!e.recovered) return e.strategy ? `**unrecovered** (${e.strategy})` : "**unrecovered**";
  return e.strategy ? `recovered (${e.strategy})` : "recovered";
}
const LOSSLESS = /* @__PURE__ */ new Set(["retry", "cache-miss", "skip-cache", "skip-audit"]);
function summary(report) {
  const noun = report.total === 1 ? "error" : "errors";
  if (report.unrecovered === 0) {
    const lossy = [...new Set(report.errors.filter((e) => !e.strategy || !LOSSLESS.has(e.strategy)).map((e) => e.strategy ?? "fallback"))];
    if (lossy.length === 0) return `${report.total} ${noun}, all recovered: the results above are complete.`;
    return `${report.total} ${noun}, all recovered, but the results above are **incomplete** (${lossy.join(", ")}): see the table.`;
  }
  return `${report.total} ${noun}: ${report.recovered} recovered, ${report.unrecovered} unrecovered.`;
}
function advice(e) {
  const lines = [`- **${cell(e.step, 120)}** (${e.type}, ${e.severity}): ${cell(e.message, 500)}`];
  if (e.solution) lines.push(`  - What to do: ${cell(e.solution, 500)}`);
  if (e.analysis) {
    lines.push(`  - Likely root cause: ${cell(e.analysis.rootCause, 500)}`);
    lines.push(`  - Fix: ${cell(e.analysis.fix, 500)}`);
    lines.push(`  - Prevention: ${cell(e.analysis.prevention, 500)}`);
  }
  if (e.issue)
    lines.push(
      `  - Tracked in [#${e.issue.number}](${e.issue.url}) (seen ${e.issue.occurrences} time${e.issue.occurrences === 1 ? "" : "s"})`
    );
  return lines;
}
function renderErrorReportMarkdown(report, opts = {}) {
  const heading = opts.heading ?? "## Errors";
  if (report.total === 0) return `${heading}

None: every step succeeded.
`;
  const ordered = [...report.errors].sort((a, b) => Number(a.recovered) - Number(b.recovered));
  const lines = [
    heading,
    "",
    summary(report),
    "",
    "| step | type | severity | attempts | outcome | message |",
    "|---|---|---|---|---|---|"
  ];
  for (const e of ordered) {
    lines.push(`| ${cell(e.step, 80)} | ${e.type} | ${e.severity} | ${e.attempts} | ${outcome(e)} | ${cell(e.message)} |`);
  }
  const open = ordered.filter((e) => !e.recovered);
  if (open.length) {
    lines.push("", "### What to do", "");
    for (const e of open) lines.push(...advice(e));
  }
  return lines.join("\n") + "\n";
}

const SKIP_KEYS = /* @__PURE__ */ new Set(["mermaid", "costChart", "schemaVersion", "command", "title", "description", "remediation", "target", "root"]);
function redactReport(value, known = []) {
  const memo = /* @__PURE__ */ new Map();
  const text = (s) => {
    let out = memo.get(s);
    if (out === void 0) {
      out = s.length < 4 ? s : redact(s, { known }).text;
      memo.set(s, out);
    }
    return out;
  };
  const walk = (v, depth) => {
    if (typeof v === "string") return text(v);
    if (!v || typeof v !== "object" || depth > 64) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = SKIP_KEYS.has(k) ? x : walk(x, depth + 1);
    return out;
  };
  return walk(value, 0);
}

function exitCodeFor(settings, command, report) {
  if (report.errors.unrecovered > 0 && report.errors.errors.some((e) => !e.recovered && e.severity === "critical")) {
    return EXIT.gaveUp;
  }
  if (report.inputErrors?.length) return EXIT.usage;
  if (report.filesNotScanned?.length && !settings.allowSkippedFiles) return EXIT.usage;
  if (settings.softFail || settings.failOn === "none" || !command.findings) return EXIT.ok;
  const threshold = severityRank(settings.failOn);
  const hit = command.findings(report).some((f) => !f.suppressed && severityRank(f.severity) >= threshold);
  return hit ? EXIT.findings : EXIT.ok;
}
function render(settings, command, report) {
  switch (settings.format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "sarif":
      return JSON.stringify(command.renderSarif(report), null, 2) + "\n";
    default:
      return renderMarkdown(command, report, { compact: settings.compact });
  }
}
function renderMarkdown(command, report, opts = {}) {
  return `${command.renderMarkdown(report, opts).trimEnd()}

${renderErrorReportMarkdown(report.errors)}`;
}
async function dispatch(settings, opts = {}) {
  const log = opts.log ?? createLogger({ quiet: settings.quiet, verbose: settings.verbose });
  for (const key of Object.values(settings.ai.keys)) if (key) log.addSecret(key);
  const command = await loadCommand(settings.command);
  const supervisor = supervisorForSettings(settings, opts.supervisor);
  const base = { command, supervisor, markdown: "", output: "" };
  if (!command.available) {
    log.error(`"${command.name}" is not available yet in this version of inframate`);
    return { ...base, exitCode: EXIT.usage };
  }
  if (settings.format === "sarif" && !command.renderSarif) {
    log.error(`--format sarif is not supported by "${command.name}" (use markdown or json)`);
    return { ...base, exitCode: EXIT.usage };
  }
  let report;
  let exitCode;
  let threw = false;
  try {
    report = await command.run({ settings, step: supervisor.run, supervisor, log });
    report.errors = supervisor.report();
    Object.assign(report, redactReport(report, knownSecrets(settings)));
    exitCode = supervisor.gaveUpError ? EXIT.gaveUp : exitCodeFor(settings, command, report);
  } catch (error) {
    threw = true;
    const err = toInframateError(error);
    if (err.type === "input" && !(err instanceof GaveUpError)) {
      log.error(err.describe());
      return { ...base, exitCode: EXIT.usage };
    }
    if (!(err instanceof InframateError) || err.type === "internal") log.debug(String(error?.stack ?? error));
    log.error(`${command.name} failed: ${err.describe()}`);
    if (!supervisor.report().errors.some((e) => e.message === err.describe())) {
      supervisor.record({ step: `${command.name}.run`, error: err, attempts: 1, recovered: false, strategy: null });
    }
    report = { schemaVersion: 1, command: command.name, ...supervisor.kept(), errors: supervisor.report() };
    report = redactReport(report, knownSecrets(settings));
    exitCode = EXIT.gaveUp;
  }
  const renderAll = () => {
    const md = threw ? renderErrorOnly(report) : renderMarkdown(command, report, { compact: settings.compact });
    const out = threw && settings.format !== "json" ? settings.format === "sarif" ? JSON.stringify(emptySarif(), null, 2) + "\n" : md : render(settings, command, report);
    return { md, out };
  };
  const writeFileOutput = async (text) => {
    await mkdir(dirname(settings.output), { recursive: true });
    await writeFile(settings.output, text);
  };
  const toFile = opts.writeOutput !== false && Boolean(settings.output);
  let rendered = renderAll();
  if (toFile) await writeFileOutput(rendered.out);
  if (report.errors.unrecovered > 0) {
    const analyzer = opts.analyzer === void 0 ? defaultErrorAnalyzer(settings, log) : opts.analyzer;
    const explained = await explainUnrecovered(report.errors, analyzer, { command: command.name, log });
    if (explained > 0) {
      rendered = renderAll();
      if (toFile) await writeFileOutput(rendered.out);
    }
  }
  let { md: markdown, out: output } = rendered;
  if (opts.writeOutput !== false) {
    if (toFile) log.info(`wrote ${settings.output}`);
    else (opts.stdout ?? ((t) => process.stdout.write(t)))(output);
  }
  if ((await publishRunErrors(report.errors, opts.errorIssues, { command: command.name, log, runUrl: opts.runUrl })).length) {
    ({ md: markdown, out: output } = renderAll());
  }
  return { ...base, exitCode, report, output, markdown, partial: threw };
}
const knownSecrets = (settings) => Object.values(settings.ai.keys).filter((k) => Boolean(k));
function renderErrorOnly(report) {
  return `# inframate ${report.command}: failed

${renderErrorReportMarkdown(report.errors)}`;
}
function emptySarif() {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "inframate", rules: [] } }, results: [] }]
  };
}

export { dispatch, exitCodeFor, render, renderMarkdown };
