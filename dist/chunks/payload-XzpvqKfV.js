import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { t as targetsInText, d as targetKey, r as renderRootCause, a as renderRecoveryPlan, b as renderInvestigation, c as runInvestigation, e as emptyRunFigures } from './render-CaiwLMA5.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { c as createGitHubClient } from './client-AYrfU_UM.js';
import { I as InputError } from './errors-D-4Njnnn.js';
import { u as upsertIssue, f as findIssueByMarker, a as fitBody, w as withMarker } from './issues-C42HJ6aM.js';
import { createHash } from 'node:crypto';
import { t as tableCell } from './markdown-Xcqzlf9y.js';
import { d as distExports } from './index-CZcDDwPZ.js';
import { o as object, a as array, s as string, _ as _enum, n as number, l as literal, r as record } from './schemas-CUcVUsYh.js';

const INCIDENT_LABEL = "inframate-incident";
const META_RE = /<!-- inframate:incident-meta (\{[^\n]*?\}) -->/;
function metaLine(meta) {
  return `<!-- inframate:incident-meta ${JSON.stringify(meta).replace(/--/g, "\\u002d\\u002d")} -->`;
}
function readMeta(body) {
  const m = META_RE.exec(body ?? "");
  if (!m) return null;
  try {
    const v = JSON.parse(m[1]);
    return Array.isArray(v.fingerprints) && Array.isArray(v.alertnames) ? v : null;
  } catch {
    return null;
  }
}
function jaccard(a, b) {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size && !B.size) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}
function similarity(a, b) {
  const fp = a.fingerprints.some((f) => b.fingerprints.includes(f)) ? 0.5 : 0;
  const symptoms = jaccard([...a.alertnames, ...a.targets], [...b.alertnames, ...b.targets]) * 0.3;
  const rule = a.rule && a.rule === b.rule ? 0.2 : 0;
  return Math.round((fp + symptoms + rule) * 100) / 100;
}
async function findSimilarIncidents(octokit, repo, meta, limit = 5) {
  const out = [];
  let seen = 0;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repo,
    state: "all",
    labels: INCIDENT_LABEL,
    per_page: 100
  });
  for await (const page of pages) {
    for (const issue of page.data) {
      if (issue.pull_request) continue;
      const other = readMeta(issue.body);
      if (!other || other.incidentId === meta.incidentId) continue;
      const score = similarity(meta, other);
      if (score >= 0.3)
        out.push({ url: issue.html_url, title: issue.title, score, state: issue.state, whatWasDone: other.firstStep, rule: other.rule });
    }
    if ((seen += page.data.length) >= 500) break;
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

async function deliverIncidentIssue(octokit, repo, incident) {
  const labels = ["inframate", INCIDENT_LABEL];
  if (incident.status === "firing") {
    const r = await upsertIssue(octokit, {
      ...repo,
      kind: "incident",
      key: incident.incidentId,
      title: incident.title,
      body: incident.body,
      labels
    });
    return { number: r.number, url: r.url, action: r.created ? "created" : r.updated ? "updated" : "unchanged" };
  }
  const open = await findIssueByMarker(octokit, { ...repo, kind: "incident", key: incident.incidentId, label: labels[0] });
  if (!open) return { number: null, url: null, action: "none" };
  const body = fitBody(withMarker(incident.body, "incident", incident.incidentId)).body;
  const { data } = await octokit.rest.issues.update({
    ...repo,
    issue_number: open.number,
    title: incident.title,
    body,
    state: "closed",
    state_reason: "completed"
  });
  return { number: data.number, url: data.html_url, action: "closed" };
}

const sha = (s, n = 16) => createHash("sha256").update(s).digest("hex").slice(0, n);
function alertFingerprint(a) {
  if (a.fingerprint && /^[A-Za-z0-9]+$/.test(a.fingerprint)) return a.fingerprint.toLowerCase();
  const keys = Object.keys(a.labels).sort();
  return sha(keys.map((k) => `${k}\0${a.labels[k]}`).join(""));
}
function incidentIdOf(groupKey) {
  return `inc-${sha(groupKey, 12)}`;
}
function groupAlerts(payloads) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of payloads) {
    let g = groups.get(p.groupKey);
    if (!g) {
      g = {
        incidentId: incidentIdOf(p.groupKey),
        groupKey: p.groupKey,
        status: p.status,
        receiver: p.receiver,
        groupLabels: p.groupLabels,
        commonLabels: p.commonLabels,
        commonAnnotations: p.commonAnnotations,
        alerts: [],
        truncatedAlerts: 0,
        externalURL: p.externalURL
      };
      groups.set(p.groupKey, g);
    }
    g.truncatedAlerts = Math.max(g.truncatedAlerts, p.truncatedAlerts ?? 0);
    g.commonLabels = p.commonLabels;
    g.commonAnnotations = p.commonAnnotations;
    for (const a of p.alerts) {
      const fingerprint = alertFingerprint(a);
      const next = {
        fingerprint,
        alertname: a.labels.alertname ?? p.commonLabels.alertname ?? "unnamed",
        status: a.status,
        labels: a.labels,
        annotations: a.annotations,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        generatorURL: a.generatorURL
      };
      const i = g.alerts.findIndex((x) => x.fingerprint === fingerprint);
      if (i < 0) g.alerts.push(next);
      else if (isNewer(next, g.alerts[i])) g.alerts[i] = next;
    }
  }
  for (const g of groups.values()) {
    g.alerts.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.fingerprint.localeCompare(b.fingerprint));
    const anyFiring = g.alerts.some((a) => a.status === "firing");
    g.status = anyFiring || g.truncatedAlerts > 0 && payloads.some((p) => p.groupKey === g.groupKey && p.status === "firing") ? "firing" : "resolved";
  }
  return [...groups.values()];
}
function isNewer(a, b) {
  if (a.status !== b.status)
    return a.status === "resolved" ? Boolean(a.endsAt) && Date.parse(a.endsAt) >= Date.parse(b.startsAt) : Date.parse(a.startsAt) > Date.parse(b.endsAt ?? b.startsAt);
  return Date.parse(a.startsAt) >= Date.parse(b.startsAt);
}

const LABEL_MAPPINGS = [
  {
    type: "ecs-service",
    labels: ["ecs_service", "service_name", "servicename", "dimension_servicename", "service"],
    with: ["ecs_cluster", "cluster_name", "clustername", "dimension_clustername", "cluster"]
  },
  {
    type: "rds-instance",
    labels: ["dbinstance_identifier", "dbinstanceidentifier", "dimension_dbinstanceidentifier", "db_instance", "rds_instance"]
  },
  { type: "lambda-function", labels: ["function_name", "functionname", "dimension_functionname", "lambda"] },
  { type: "target-group", labels: ["target_group", "targetgroup", "dimension_targetgroup"] },
  { type: "ec2-instance", labels: ["instance_id", "instanceid", "dimension_instanceid", "ec2_instance", "instance"] }
];
function pick(labels, names) {
  const lower = Object.fromEntries(Object.entries(labels).map(([k, v]) => [k.toLowerCase(), v]));
  for (const n of names) if (lower[n]?.trim()) return lower[n].trim();
  return void 0;
}
function targetsFromLabels(labels) {
  const out = [];
  const add = (t) => {
    if (!out.some((o) => targetKey(o) === targetKey(t))) out.push(t);
  };
  for (const m of LABEL_MAPPINGS) {
    const v = pick(labels, m.labels);
    if (!v) continue;
    switch (m.type) {
      case "ecs-service": {
        const cluster = pick(labels, m.with ?? []);
        if (cluster) add({ type: "ecs-service", cluster: cluster.split("/").pop(), service: v.split("/").pop() });
        break;
      }
      case "target-group": {
        const name = /targetgroup\/([^/]+)/.exec(v)?.[1] ?? v;
        add(v.startsWith("arn:") ? { type: "target-group", arn: v } : { type: "target-group", name });
        break;
      }
      case "ec2-instance": {
        const id = /\bi-[0-9a-f]{8,17}\b/.exec(v)?.[0];
        if (id) add({ type: "ec2-instance", id });
        break;
      }
      case "rds-instance":
        add({ type: "rds-instance", id: v });
        break;
      case "lambda-function":
        add({ type: "lambda-function", name: v.split(":").pop() });
        break;
    }
  }
  for (const t of targetsInText(Object.values(labels).join(" "))) add(t);
  return out;
}
const SEVERITY_LIMITS = {
  critical: { maxIterations: 16, maxCalls: 60, maxCostUsd: 1 },
  page: { maxIterations: 16, maxCalls: 60, maxCostUsd: 1 },
  high: { maxIterations: 12, maxCalls: 40, maxCostUsd: 0.5 },
  error: { maxIterations: 12, maxCalls: 40, maxCostUsd: 0.5 },
  warning: { maxIterations: 8, maxCalls: 25, maxCostUsd: 0.25 },
  medium: { maxIterations: 8, maxCalls: 25, maxCostUsd: 0.25 },
  info: { maxIterations: 4, maxCalls: 12, maxCostUsd: 0.1 },
  low: { maxIterations: 4, maxCalls: 12, maxCostUsd: 0.1 }
};
function limitsForSeverity(severity) {
  return SEVERITY_LIMITS[(severity ?? "warning").toLowerCase()] ?? SEVERITY_LIMITS.warning;
}

function renderIncidentMarkdown(o) {
  const g = o.group;
  const out = [
    `## ${o.status === "firing" ? "\u{1F525}" : "\u2705"} ${tableCell(o.title)}`,
    "",
    `Status: **${o.status}** \xB7 incident \`${o.incidentId}\` \xB7 ${g.alerts.length} alert(s)${g.truncatedAlerts ? ` (+${g.truncatedAlerts} truncated by Alertmanager)` : ""}`,
    ""
  ];
  out.push("| Alert | Status | Since | Labels |", "|---|---|---|---|");
  for (const a of g.alerts.slice(0, 30)) {
    const labels = Object.entries(a.labels).filter(([k]) => k !== "alertname").map(([k, v]) => `${k}=${v}`).join(" ");
    out.push(`| ${tableCell(a.alertname, { max: 80 })} | ${a.status} | ${a.startsAt} | ${tableCell(labels, { max: 200 })} |`);
  }
  if (g.alerts.length > 30) out.push("", `\u2026and ${g.alerts.length - 30} more.`);
  out.push("", renderRootCause(o));
  const plan = renderRecoveryPlan(o);
  if (plan) out.push("", plan);
  if (o.similarIncidents.length) {
    out.push("", "### Similar past incidents", "", "| Issue | Score | State | What was proposed then |", "|---|---|---|---|");
    for (const s of o.similarIncidents)
      out.push(
        `| [${tableCell(s.title, { max: 100 })}](${s.url}) | ${s.score} | ${s.state} | ${tableCell(s.whatWasDone ?? "\u2014", { max: 200 })} |`
      );
  }
  if (o.status === "firing") out.push("", renderInvestigation(o));
  return out.join("\n") + "\n";
}

function githubTarget(settings) {
  const r = settings.github.repo;
  if (!r) return null;
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(r);
  if (!m) throw new InputError(`--repo expects OWNER/NAME (got "${r}")`);
  return { owner: m[1], repo: m[2] };
}
function octokitFor(settings, step, log) {
  if (!settings.github.token || !settings.github.repo) return null;
  log.addSecret(settings.github.token);
  return createGitHubClient({ token: settings.github.token, baseUrl: settings.github.apiUrl, step, log });
}
function questionFor(g) {
  const firing = g.alerts.filter((a) => a.status === "firing");
  const names = [...new Set(firing.map((a) => a.alertname))].join(", ") || g.commonLabels.alertname || "alert";
  const text = g.commonAnnotations.summary ?? g.commonAnnotations.description ?? firing[0]?.annotations.summary ?? firing[0]?.annotations.description ?? "";
  return `Why is the alert ${names} firing${text ? `: ${text}` : ""}?`;
}
function contextFor(g) {
  const lines = g.alerts.slice(0, 20).map(
    (a) => `${a.alertname} [${a.status}] since ${a.startsAt}: ${Object.entries(a.labels).map(([k, v]) => `${k}=${v}`).join(" ")}`
  );
  if (g.truncatedAlerts) lines.push(`(${g.truncatedAlerts} more alerts were truncated by Alertmanager)`);
  return lines.join("\n");
}
function titleFor(g) {
  const names = [...new Set(g.alerts.map((a) => a.alertname))];
  const where = g.commonLabels.service ?? g.commonLabels.job ?? g.commonLabels.namespace ?? "";
  return `Incident: ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` +${names.length - 3}` : ""}${where ? ` (${where})` : ""}${g.status === "resolved" ? " \u2014 resolved" : ""}`.slice(
    0,
    240
  );
}
function resolvedResult(g) {
  return {
    investigation: {
      source: "rules",
      actions: [],
      discoveries: [],
      iterations: 0,
      stopReason: "no-new-information",
      targets: [],
      figures: emptyRunFigures(),
      notes: ["Every alert of this incident is resolved: nothing was investigated."],
      trace: []
    },
    rootCause: { summary: `All ${g.alerts.length} alert(s) resolved.`, confidence: 0, evidence: [], rule: null, source: "rules" },
    recoveryPlan: { requiresApproval: true, steps: [] },
    recommendations: []
  };
}
async function processPayloads(payloads, deps) {
  const { settings, step, log } = deps;
  const repo = githubTarget(settings);
  const octokit = deps.octokit === void 0 ? octokitFor(settings, step, log) : deps.octokit;
  const groups = groupAlerts(payloads);
  const outcomes = [];
  let investigated = 0;
  for (const g of groups) {
    let result;
    if (g.status === "firing" && investigated < (deps.maxInvestigations ?? 5)) {
      investigated++;
      const labels = { ...g.commonLabels, ...Object.assign({}, ...g.alerts.map((a) => a.labels)) };
      const targets = [...targetsFromLabels(g.commonLabels), ...g.alerts.flatMap((a) => targetsFromLabels(a.labels))];
      result = await runInvestigation({
        settings,
        step,
        log,
        question: questionFor(g),
        context: contextFor(g),
        targets,
        limits: {
          ...limitsForSeverity(labels.severity),
          ...settings.agent.maxIterations ? { maxIterations: settings.agent.maxIterations } : {}
        },
        aws: deps.aws,
        llm: deps.llm
      });
    } else result = resolvedResult(g);
    const meta = {
      incidentId: g.incidentId,
      fingerprints: g.alerts.map((a) => a.fingerprint),
      alertnames: [...new Set(g.alerts.map((a) => a.alertname))],
      targets: result.investigation.targets,
      rule: result.rootCause.rule,
      firstStep: result.recoveryPlan.steps[0]?.action ?? null
    };
    let similar = [];
    if (octokit && repo && g.status === "firing") {
      similar = await step("incident.similar", () => findSimilarIncidents(octokit, repo, meta), {
        dependency: "github",
        fallback: () => [],
        strategy: "no-similar-incidents"
      });
    }
    const outcome = {
      ...result,
      incidentId: g.incidentId,
      groupKey: g.groupKey,
      status: g.status,
      title: titleFor(g),
      group: g,
      similarIncidents: similar
    };
    const body = `${metaLine(meta)}
${renderIncidentMarkdown(outcome)}`;
    await step(
      "incident.write-local",
      async () => {
        await mkdir(settings.agent.runsDir, { recursive: true });
        await writeFile(join(settings.agent.runsDir, `${g.incidentId}.md`), body);
      },
      { dependency: "fs", fallback: () => void 0, strategy: "skip-local-copy" }
    );
    if (octokit && repo) {
      outcome.issue = await step(
        "incident.issue",
        () => deliverIncidentIssue(octokit, repo, { incidentId: g.incidentId, status: g.status, title: outcome.title, body }),
        {
          dependency: "github",
          fallback: () => ({ number: null, url: null, action: "none" }),
          strategy: "report-only"
        }
      );
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

const labels = record(string(), string());
const timestamp = string().refine((s) => !Number.isNaN(Date.parse(s)), "not an RFC 3339 time");
const alertSchema = object({
  status: _enum(["firing", "resolved"]),
  labels: labels.refine((l) => Object.keys(l).length > 0, "an alert needs at least one label"),
  annotations: labels.default({}),
  startsAt: timestamp,
  endsAt: string().optional(),
  generatorURL: string().optional(),
  fingerprint: string().max(128).optional()
});
const webhookSchema = object({
  version: literal("4", { message: 'only Alertmanager webhook version "4" is supported' }),
  groupKey: string().min(1).max(4096),
  truncatedAlerts: number().int().min(0).optional(),
  status: _enum(["firing", "resolved"]),
  receiver: string(),
  groupLabels: labels.default({}),
  commonLabels: labels.default({}),
  commonAnnotations: labels.default({}),
  externalURL: string().default(""),
  routeLabels: labels.optional(),
  alerts: array(alertSchema).max(1e4)
});
function lineOf(text, path) {
  try {
    const lc = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, { lineCounter: lc });
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (node && typeof node === "object" && node.range) return lc.linePos(node.range[0]).line;
    }
  } catch {
  }
  return void 0;
}
function syntaxLine(text, message) {
  const pos = /position (\d+)/.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split("\n").length;
  const line = /line (\d+)/.exec(message);
  return line ? Number(line[1]) : void 0;
}
function parseWebhook(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e.message;
    throw new InputError(`the Alertmanager payload is not valid JSON: ${message}`, { file, line: syntaxLine(text, message) });
  }
  return validateWebhook(data, file, text);
}
function validateWebhook(data, file, text) {
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new InputError("the Alertmanager payload must be a JSON object", { file, line: 1 });
  const parsed = webhookSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "(root)";
    throw new InputError(`not an Alertmanager v4 webhook payload: ${where}: ${issue.message}`, {
      file,
      line: text ? lineOf(text, issue.path) : void 0
    });
  }
  return parsed.data;
}

export { processPayloads as a, groupAlerts as b, githubTarget as g, parseWebhook as p, renderIncidentMarkdown as r, validateWebhook as v };
