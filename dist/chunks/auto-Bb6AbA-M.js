import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { access, stat } from 'node:fs/promises';
import { relative, isAbsolute, join } from 'node:path';
import { a as analyze, p as profileRepository, u as unwrittenModules, r as runAnalyze } from './analyze-Cjpp6hEX.js';
import { r as renderOptimizeMarkdown, l as loadTerraformFilesInput, a as loadTerraformInput, o as optimizeDirectory } from './optimize-BLBrABvV.js';
import secure, { runSecure } from './secure-DZ5UqovE.js';
import { renderVisualizeMarkdown, visualizeDirectory } from './visualize-B7DLJ8BL.js';
import { I as InputError, a as InframateError } from './errors-D-4Njnnn.js';
import { n as notADirectory } from './load-CM2Ct550.js';
import { m as markdownCode, t as tableCell } from './markdown-Xcqzlf9y.js';
import { f as filesNotScanned } from './load-limits-K4c5MSY1.js';
import './index-C9vkGXKI.js';
import './index-CZcDDwPZ.js';
import 'process';
import 'buffer';
import './values-D2OdWLFp.js';
import './schemas-CUcVUsYh.js';
import './step-DxPyN5dH.js';
import 'node:async_hooks';
import './index-C6oWUUQP.js';
import 'node:crypto';
import 'node:timers/promises';
import './report-Dz-f4dSo.js';
import './refine-B_8GsqSu.js';
import 'node:fs';
import './_commonjsHelpers-Crdq61vZ.js';
import './untrusted-4Ho-zrfl.js';
import './engine-CuWg4N1G.js';
import 'node:url';
import 'fs';
import 'node:zlib';
import './engine-CP773Iii.js';
import './compare-Bhms5km9.js';
import './fxp-CRuWyBed.js';
import './markdown-CdD0O2Rp.js';
import './sarif-BXmOeiQs.js';
import './version-hdNxK8dq.js';

const analyzeCommand = analyze;
const secureCommand = secure;
const exists = (p) => access(p).then(
  () => true,
  () => false
);
function subContext(ctx, command, dir) {
  return { ...ctx, settings: { ...ctx.settings, command, dir } };
}
async function runModule(module, ctx) {
  if (!module.available) throw new InframateError("not-found", `"${module.name}" is not available in this version of inframate`);
  return module.run(ctx);
}
async function generatedDir(ctx, report) {
  if (!report || ctx.settings.dryRun) return void 0;
  const tf = report.terraform;
  if (!tf?.files?.length) return void 0;
  const dir = tf.dir ? isAbsolute(tf.dir) ? tf.dir : join(ctx.settings.dir, tf.dir) : ctx.settings.out;
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false
  );
  return isDir ? dir : void 0;
}
function unwrittenFiles(dir, report) {
  const tf = report?.terraform;
  const module = tf ? unwrittenModules.get(tf) : void 0;
  if (!module) return void 0;
  const prefix = relative(dir, module.outDir);
  if (prefix.startsWith("..") || isAbsolute(prefix)) return void 0;
  const files = /* @__PURE__ */ new Map();
  for (const [f, text] of module.files) files.set(prefix ? join(prefix, f) : f, text);
  return files;
}
async function runAuto(ctx) {
  const { settings } = ctx;
  const bad = notADirectory(settings.dir);
  if (bad) throw new InputError(bad, { file: settings.dir });
  const inputErrors = [];
  const part = (name, fn, inputErrorsFail = true) => ctx.step(
    `auto.${name}`,
    async () => {
      let value;
      try {
        value = await fn();
      } catch (error) {
        if (inputErrorsFail && error instanceof InframateError && error.type === "input") {
          inputErrors.push({ ...error.location, message: error.message });
        }
        throw error;
      }
      ctx.supervisor.keep(name, value);
      return value;
    },
    { fallback: () => null, strategy: `continue-without-${name}` }
  );
  let analyze;
  let analyzeSkipped;
  const analyzeCtx = subContext(ctx, "analyze", settings.dir);
  if (await ctx.step("auto.find-spec", () => exists(settings.spec), { dependency: "fs" })) {
    analyze = await part("analyze", () => runModule(analyzeCommand, analyzeCtx));
  } else {
    const detected = await ctx.step("auto.profile", () => profileRepository(analyzeCtx), {
      fallback: () => null,
      strategy: "continue-without-analyze"
    });
    if (detected && detected.services.length > 0) {
      ctx.log.info(`auto: no ${relative(settings.dir, settings.spec) || "inframate.md"}: analyze runs with the default requirements`);
      analyze = await part("analyze", () => runAnalyze(analyzeCtx, detected));
    } else if (detected) {
      analyzeSkipped = "no inframate.md and no application found (nothing to generate)";
    }
  }
  const unwritten = unwrittenFiles(settings.dir, analyze ?? null);
  const target = unwritten ? settings.dir : await generatedDir(ctx, analyze ?? null) ?? settings.dir;
  const loaded = await part(
    "load-terraform",
    () => unwritten ? loadTerraformFilesInput(subContext(ctx, "optimize", target), target, unwritten, "auto") : loadTerraformInput(subContext(ctx, "optimize", target), target, "auto"),
    !(analyze !== void 0 && settings.dryRun)
  );
  const secure = await part("secure", () => runSecure(subContext(ctx, "secure", target), loaded ?? void 0));
  const optimize = loaded ? await part("optimize", () => optimizeDirectory(subContext(ctx, "optimize", target), target, loaded)) : null;
  const visualize = loaded ? await part("visualize", () => visualizeDirectory(subContext(ctx, "visualize", target), target, optimize ?? void 0, loaded)) : null;
  const failedParts = [
    ...analyze === null ? ["analyze"] : [],
    ...secure ? [] : ["secure"],
    ...optimize ? [] : ["optimize"],
    ...visualize ? [] : ["visualize"]
  ];
  const notScanned = loaded ? filesNotScanned(loaded) : secure?.filesNotScanned ?? [];
  return {
    schemaVersion: 1,
    command: "auto",
    target,
    ...unwritten ? { targetNotWritten: true } : {},
    failedParts,
    filesNotScanned: notScanned,
    ...inputErrors.length ? { inputErrors } : {},
    ...analyze !== void 0 ? { analyze } : {},
    ...analyzeSkipped ? { analyzeSkipped } : {},
    secure,
    optimize,
    visualize,
    errors: ctx.supervisor.report()
  };
}
const demote = (md) => md.replace(/^(#{1,5}) /gm, "#$1 ");
const usd = (n) => `$${n.toFixed(2)}`;
function summaryRows(r) {
  const rows = [];
  if (r.analyzeSkipped) rows.push(`| analyze | skipped: ${r.analyzeSkipped} |`);
  if (r.analyze !== void 0) {
    const a = r.analyze;
    const tf = a?.terraform;
    const req = a?.requirements;
    const defaults = req?.source === "defaults" ? ` (no inframate.md: default requirements, environment ${req.environment}, region ${req.region})` : "";
    rows.push(
      `| analyze | ${a ? (tf?.files ? `${tf.files.length} Terraform files${tf.dir ? ` in \`${tf.dir}\`` : ""}` : "done") + defaults : "failed"} |`
    );
  }
  const sec = r.secure ?? null;
  rows.push(
    `| secure | ${sec ? `${sec.findings?.length ?? 0} findings${sec.summary ? ` (${["critical", "high", "medium", "low"].map((k) => `${sec.summary[k] ?? 0} ${k}`).join(", ")})` : ""}` : "failed"} |`
  );
  rows.push(
    `| optimize | ${r.optimize ? `${usd(r.optimize.totalMonthlyCost)} / month; ${r.optimize.savings.length} savings worth ${usd(r.optimize.totalMonthlySavings)} / month` : "failed"} |`
  );
  rows.push(`| visualize | ${r.visualize ? `${r.visualize.nodes.length} resources, ${r.visualize.edges.length} references` : "failed"} |`);
  return rows;
}
function renderAutoMarkdown(r, opts = {}) {
  const out = ["# inframate auto", "", "| part | result |", "|---|---|", ...summaryRows(r), ""];
  if (r.targetNotWritten)
    out.push("_Dry run: nothing was written; secure, optimize and visualize looked at the generated module in memory._", "");
  if (r.failedParts?.length) out.push(`**Incomplete:** ${r.failedParts.join(", ")} did not complete; see the errors below.`, "");
  for (const e of r.inputErrors ?? [])
    out.push(`**Input error** ${e.file ? `${markdownCode(`${e.file}${e.line ? `:${e.line}` : ""}`)}: ` : ""}${tableCell(e.message)}`, "");
  const failed = (name) => `## ${name}

_${name} did not complete; see the errors below._
`;
  if (r.analyze !== void 0) out.push(r.analyze ? demote(analyzeCommand.renderMarkdown(r.analyze)) : failed("analyze"));
  out.push(r.secure ? demote(secureCommand.renderMarkdown(r.secure, opts)) : failed("secure"));
  out.push(
    r.optimize ? renderOptimizeMarkdown({ ...r.optimize}, "##") : failed("optimize")
  );
  out.push(r.visualize ? renderVisualizeMarkdown(r.visualize, "##") : failed("visualize"));
  return out.join("\n");
}
const auto = {
  name: "auto",
  usage: "auto [DIR]",
  summary: "analyze \u2192 secure \u2192 optimize \u2192 visualize, one report",
  available: true,
  formats: ["markdown", "json"],
  run: runAuto,
  renderMarkdown: renderAutoMarkdown,
  findings(r) {
    const secure = r.secure;
    return secure?.findings ?? [];
  }
};

export { auto as default, renderAutoMarkdown, runAuto };
