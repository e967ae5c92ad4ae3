import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { access, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { r as renderOptimizeMarkdown, l as loadTerraformInput, o as optimizeDirectory } from './optimize-CAHmwMWf.js';
import analyze from './analyze-Dhu3KeAK.js';
import secure, { runSecure } from './secure-D2iYSipl.js';
import { renderVisualizeMarkdown, visualizeDirectory } from './visualize-RSn3c0mi.js';
import { a as InframateError } from './errors-Ca2lS9_g.js';
import './engine-acMWYx2n.js';
import './load-MVXpHrwY.js';
import 'node:fs';
import 'node:crypto';
import 'process';
import 'buffer';
import './markdown-h0_B_heg.js';
import 'child_process';
import 'fs';
import 'https';
import 'stream';
import 'os';
import 'events';
import 'util';
import 'path';
import 'crypto';
import 'querystring';
import 'fs/promises';
import 'node:stream';
import 'node:stream/promises';
import 'http';
import 'net';
import 'tls';
import 'url';
import 'zlib';
import './step-D9VuQSQp.js';
import 'node:async_hooks';
import 'node:timers/promises';
import './report-Dz-f4dSo.js';
import './fxp-V_w7Kq3w.js';
import 'node:url';
import 'node:zlib';
import './untrusted-Ba1iFIxc.js';
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
async function runAuto(ctx) {
  const { settings } = ctx;
  const part = (name, fn) => ctx.step(
    `auto.${name}`,
    async () => {
      const value = await fn();
      ctx.supervisor.keep(name, value);
      return value;
    },
    { fallback: () => null, strategy: `continue-without-${name}` }
  );
  let analyze;
  if (await ctx.step("auto.find-spec", () => exists(settings.spec), { dependency: "fs" })) {
    analyze = await part("analyze", () => runModule(analyzeCommand, subContext(ctx, "analyze", settings.dir)));
  }
  const target = await generatedDir(ctx, analyze ?? null) ?? settings.dir;
  const loaded = await part("load-terraform", () => loadTerraformInput(subContext(ctx, "optimize", target), target, "auto"));
  const secure = await part("secure", () => runSecure(subContext(ctx, "secure", target), loaded ?? void 0));
  const optimize = loaded ? await part("optimize", () => optimizeDirectory(subContext(ctx, "optimize", target), target, loaded)) : null;
  const visualize = loaded ? await part("visualize", () => visualizeDirectory(subContext(ctx, "visualize", target), target, optimize ?? void 0, loaded)) : null;
  return {
    schemaVersion: 1,
    command: "auto",
    target,
    ...analyze !== void 0 ? { analyze } : {},
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
  if (r.analyze !== void 0) {
    const tf = r.analyze?.terraform;
    rows.push(
      `| analyze | ${r.analyze ? tf?.files ? `${tf.files.length} Terraform files${tf.dir ? ` in \`${tf.dir}\`` : ""}` : "done" : "failed"} |`
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
function renderAutoMarkdown(r) {
  const out = ["# inframate auto", "", "| part | result |", "|---|---|", ...summaryRows(r), ""];
  const failed = (name) => `## ${name}

_${name} did not complete; see the errors below._
`;
  if (r.analyze !== void 0) out.push(r.analyze ? demote(analyzeCommand.renderMarkdown(r.analyze)) : failed("analyze"));
  out.push(r.secure ? demote(secureCommand.renderMarkdown(r.secure)) : failed("secure"));
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
