import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { p as parseWebhook, v as validateWebhook, r as renderIncidentMarkdown, a as processPayloads } from './payload-XzpvqKfV.js';
import { readFile } from 'node:fs/promises';
import { I as InputError } from './errors-D-4Njnnn.js';
import './render-CaiwLMA5.js';
import 'node:crypto';
import 'node:path';
import './index-C6oWUUQP.js';
import './schemas-CUcVUsYh.js';
import './client-CMzOGWPg.js';
import './untrusted-4Ho-zrfl.js';
import './tools-iPSbHv7U.js';
import './markdown-Xcqzlf9y.js';
import './client-AYrfU_UM.js';
import './_commonjsHelpers-Crdq61vZ.js';
import './issues-C42HJ6aM.js';
import './compare-Bhms5km9.js';
import './index-CZcDDwPZ.js';
import 'process';
import 'buffer';

const MAX_PAYLOAD_BYTES = 1024 * 1024;
function parsePayloadText(text, file) {
  if (Buffer.byteLength(text) > 16 * MAX_PAYLOAD_BYTES)
    throw new InputError(`the payload is larger than ${16 * MAX_PAYLOAD_BYTES} bytes`, { file });
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    let arr;
    try {
      arr = JSON.parse(trimmed);
    } catch {
      return [parseWebhook(text, file)];
    }
    if (!Array.isArray(arr) || !arr.length)
      throw new InputError("expected an Alertmanager payload or a non-empty array of payloads", { file, line: 1 });
    return arr.map((p, i) => validateWebhook(p, `${file}[${i}]`));
  }
  return [parseWebhook(text, file)];
}
async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
async function readPayloads(settings, io = {}) {
  if (settings.payload) {
    let text2;
    try {
      text2 = await readFile(settings.payload, "utf8");
    } catch (error) {
      throw new InputError(`cannot read the payload (${error.code ?? "error"})`, { file: settings.payload });
    }
    return parsePayloadText(text2, settings.payload);
  }
  if (settings.runtime === "action" && settings.github.eventPath) {
    const event = JSON.parse(await readFile(settings.github.eventPath, "utf8"));
    const am = event.client_payload?.alertmanager;
    if (am !== void 0) {
      const text2 = typeof am === "string" ? am : JSON.stringify(am);
      return [parseWebhook(text2, "client_payload.alertmanager")];
    }
  }
  if (!io.stdin && process.stdin.isTTY) throw new InputError("incident needs an Alertmanager payload: --payload FILE, or pipe it on stdin");
  const text = await (io.stdin ?? readStdin)();
  if (!text.trim()) throw new InputError("incident needs an Alertmanager payload: --payload FILE, or pipe it on stdin", { file: "stdin" });
  return parsePayloadText(text, "stdin");
}

function incidentReport(outcomes) {
  const main = outcomes.find((o) => o.status === "firing") ?? outcomes[0];
  return {
    schemaVersion: 1,
    command: "incident",
    groups: outcomes.map((o) => ({
      groupKey: o.groupKey,
      incidentId: o.incidentId,
      status: o.status,
      truncatedAlerts: o.group.truncatedAlerts,
      alerts: o.group.alerts.map((a) => ({
        fingerprint: a.fingerprint,
        alertname: a.alertname,
        status: a.status,
        labels: a.labels,
        startsAt: a.startsAt
      }))
    })),
    investigation: main.investigation,
    rootCause: main.rootCause,
    recoveryPlan: main.recoveryPlan,
    similarIncidents: main.similarIncidents,
    incidents: outcomes.map((o) => ({
      incidentId: o.incidentId,
      status: o.status,
      title: o.title,
      rootCause: o.rootCause,
      recoveryPlan: o.recoveryPlan,
      similarIncidents: o.similarIncidents,
      investigation: o.investigation,
      issue: o.issue ?? null
    }))
  };
}
async function run(ctx) {
  const payloads = await readPayloads(ctx.settings);
  const outcomes = await processPayloads(payloads, { settings: ctx.settings, step: ctx.step, log: ctx.log });
  for (const o of outcomes)
    if (o.issue) ctx.log.info(`incident ${o.incidentId}: issue ${o.issue.action}${o.issue.url ? ` ${o.issue.url}` : ""}`);
  const report = { ...incidentReport(outcomes), errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 } };
  outcomesByReport.set(report, outcomes);
  return report;
}
const outcomesByReport = /* @__PURE__ */ new WeakMap();
function renderMarkdown(r) {
  const outcomes = outcomesByReport.get(r);
  const parts = ["# inframate incident", ""];
  if (outcomes) {
    for (const o of outcomes) {
      parts.push(renderIncidentMarkdown(o));
      if (o.issue?.url) parts.push(`Issue: ${o.issue.url} (${o.issue.action})`, "");
    }
  } else {
    for (const i of r.incidents) parts.push(`## ${i.title}`, "", `**Root cause**: ${i.rootCause.summary}`, "");
  }
  return parts.join("\n");
}
const incident = {
  name: "incident",
  usage: "incident [--payload FILE] (or the payload on stdin)",
  summary: "group alerts, investigate, propose recovery",
  available: true,
  formats: ["markdown", "json"],
  run,
  renderMarkdown
};

export { incident as default, incidentReport };
