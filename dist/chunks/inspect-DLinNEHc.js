import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { r as renderRootCause, a as renderRecoveryPlan, b as renderInvestigation, c as runInvestigation } from './render-CaiwLMA5.js';
import { I as InputError } from './errors-D-4Njnnn.js';
import 'node:crypto';
import 'node:path';
import './index-C6oWUUQP.js';
import 'node:fs/promises';
import './schemas-CUcVUsYh.js';
import './client-CMzOGWPg.js';
import './untrusted-4Ho-zrfl.js';
import './tools-iPSbHv7U.js';
import './markdown-Xcqzlf9y.js';

async function run(ctx) {
  const question = ctx.settings.args.join(" ").trim();
  if (!question) throw new InputError('inspect needs a question, e.g. inframate inspect "Why are the orders tasks restarting?"');
  if (question.length > 2e3) throw new InputError(`the question is ${question.length} characters long; at most 2000`);
  const result = await runInvestigation({ settings: ctx.settings, step: ctx.step, log: ctx.log, question });
  return {
    schemaVersion: 1,
    command: "inspect",
    question,
    investigation: result.investigation,
    rootCause: result.rootCause,
    recoveryPlan: result.recoveryPlan,
    recommendations: result.recommendations,
    ...result.llm ? { llm: result.llm } : {},
    errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 }
  };
}
function renderInspectMarkdown(r) {
  const parts = [`# inframate inspect`, "", `> ${r.question.replace(/\n/g, " ")}`, "", renderRootCause(r)];
  const plan = renderRecoveryPlan(r);
  if (plan) parts.push("", plan);
  parts.push("", renderInvestigation(r));
  return parts.join("\n") + "\n";
}
const inspect = {
  name: "inspect",
  usage: 'inspect "QUESTION" [--resource TYPE:ID] [--max-iterations N]',
  summary: "iterative, read-only cloud inspection",
  available: true,
  formats: ["markdown", "json"],
  run,
  renderMarkdown: renderInspectMarkdown
};

export { inspect as default, renderInspectMarkdown };
