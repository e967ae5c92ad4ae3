import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { a as InframateError } from './errors-D-4Njnnn.js';
import { s as statusOf, a as classify } from './index-C6oWUUQP.js';
import { c as compareText } from './compare-Bhms5km9.js';

const GITHUB_BODY_LIMIT = 65536;
function fitBody(body, opts = {}) {
  const limit = opts.limit ?? GITHUB_BODY_LIMIT;
  if (body.length <= limit) return { body, truncated: false };
  const where = opts.pointer ? ` The full report is in ${opts.pointer}.` : " The full report is in the job summary and the report artifact.";
  const notice = `

> [!NOTE]
> This report was truncated to ${limit.toLocaleString("en-US")} characters to fit GitHub's size limits.${where}
`;
  let cut = body.slice(0, Math.max(0, limit - notice.length - 16));
  const nl = cut.lastIndexOf("\n");
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += "\n```";
  return { body: cut + notice, truncated: true };
}
function sameBody(a, b) {
  const norm = (s) => (s ?? "").replace(/\r\n/g, "\n").trimEnd();
  return norm(a) === norm(b);
}

function apiMessage(error) {
  const data = error?.response?.data;
  if (!data || typeof data !== "object") return void 0;
  const parts = [];
  if (typeof data.message === "string") parts.push(data.message);
  if (Array.isArray(data.errors)) {
    for (const e of data.errors.slice(0, 3)) {
      if (typeof e === "string") parts.push(e);
      else if (e && typeof e === "object") {
        const o = e;
        parts.push(String(o.message ?? [o.resource, o.field, o.code].filter(Boolean).join(" ")));
      }
    }
  }
  return parts.length ? parts.join("; ") : void 0;
}
function toGitHubError(error, route) {
  if (error instanceof InframateError) return error;
  const c = classify(error, { dependency: "github" });
  const message = apiMessage(error) ?? c.message;
  const what = c.status ? `${c.status} ${message}` : message;
  const details = { status: c.status ?? 0, route, retryAfterMs: c.retryAfterMs };
  return new InframateError(c.type, `GitHub ${route}: ${what}`, {
    cause: error,
    status: c.status,
    code: c.code,
    retryAfterMs: c.retryAfterMs,
    solution: c.solution,
    details
  });
}
function githubStatus(error) {
  if (error instanceof InframateError) return statusOf(error) ?? 0;
  const s = error?.status;
  return typeof s === "number" ? s : 0;
}

const supervised = /* @__PURE__ */ new WeakMap();
function setClientStep(octokit, step) {
  supervised.set(octokit, step);
}
function isAlreadyExists(error) {
  return githubStatus(error) === 422 && /already exists/i.test(error?.message ?? "");
}
function answerLost(error) {
  const type = error instanceof InframateError ? error.type : void 0;
  return type === "network" || type === "timeout" || type === void 0 && githubStatus(error) >= 500;
}
async function createOnce(octokit, opts) {
  let attempt = 0;
  let lost = false;
  const once = async () => {
    attempt++;
    if (attempt > 1 || opts.lookedFirst === false) {
      const found = await opts.find();
      if (found !== void 0) return { value: found, created: lost, ...lost ? { recoveredLostAnswer: true } : {} };
    }
    try {
      return { value: await opts.create(), created: true };
    } catch (error) {
      if (isAlreadyExists(error)) {
        const found = await opts.find();
        if (found !== void 0) return { value: found, created: lost, ...lost ? { recoveredLostAnswer: true } : {} };
      }
      if (answerLost(error)) lost = true;
      throw error;
    }
  };
  const attempts = opts.attempts ?? 2;
  const step = supervised.get(octokit);
  if (step) return step(`github.create-once.${opts.what}`, once, { dependency: "github", attempts });
  const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  for (; ; ) {
    try {
      return await once();
    } catch (error) {
      if (attempt >= attempts || !answerLost(error)) throw error;
      await sleep(1e3 * 2 ** (attempt - 1));
    }
  }
}

const PREFIX = "inframate";
function normalizeKey(key) {
  const cleaned = key.trim().replace(/\\/g, "/").replace(/[^A-Za-z0-9._/@+=-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "");
  return cleaned || "_";
}
function marker(kind, key) {
  return `<!-- ${PREFIX}:${normalizeKey(kind)}:${normalizeKey(key)} -->`;
}
function hasMarker(body, kind, key) {
  return typeof body === "string" && body.includes(marker(kind, key));
}
function withMarker(body, kind, key) {
  const m = marker(kind, key);
  return body.includes(m) ? body : `${m}
${body}`;
}
function sectionStart(key) {
  return `<!-- ${PREFIX}:section:${normalizeKey(key)}:start -->`;
}
function sectionEnd(key) {
  return `<!-- ${PREFIX}:section:${normalizeKey(key)}:end -->`;
}
const SECTION_RE = new RegExp(
  `<!-- ${PREFIX}:section:([A-Za-z0-9._/@+=-]+):start -->\\n?([\\s\\S]*?)\\n?<!-- ${PREFIX}:section:\\1:end -->`,
  "g"
);
function readSections(body) {
  const out = [];
  for (const m of body.matchAll(SECTION_RE)) out.push({ key: m[1], content: m[2] });
  return out;
}
function upsertSection(body, key, content, header = "") {
  const k = normalizeKey(key);
  const sections = readSections(body).filter((s) => s.key !== k);
  sections.push({ key: k, content: content.trim() });
  sections.sort((a, b) => compareText(a.key, b.key));
  const parts = sections.map((s) => `${sectionStart(s.key)}
${s.content}
${sectionEnd(s.key)}`);
  return [header.trim(), ...parts].filter(Boolean).join("\n\n") + "\n";
}

async function findIssueByMarker(octokit, q) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: q.owner,
    repo: q.repo,
    state: "open",
    per_page: 100,
    ...q.label ? { labels: q.label } : {}
  });
  for await (const page of pages) {
    for (const issue of page.data) {
      if (!issue.pull_request && hasMarker(issue.body, q.kind, q.key)) return issue;
    }
  }
  return void 0;
}
async function upsertIssue(octokit, input) {
  const labels = input.labels?.length ? input.labels : ["inframate"];
  const body = fitBody(withMarker(input.body, input.kind, input.key)).body;
  const existing = await findIssueByMarker(octokit, { ...input, label: labels[0] });
  if (existing) {
    if (sameBody(existing.body, body) && existing.title === input.title) {
      return { number: existing.number, url: existing.html_url, created: false, updated: false };
    }
    const { data } = await octokit.rest.issues.update({
      owner: input.owner,
      repo: input.repo,
      issue_number: existing.number,
      title: input.title,
      body
    });
    return { number: data.number, url: data.html_url, created: false, updated: true };
  }
  const made = await createOnce(octokit, {
    what: "issue",
    find: () => findIssueByMarker(octokit, { ...input, label: labels[0] }).then((i) => i && { number: i.number, html_url: i.html_url }),
    create: async () => (await octokit.rest.issues.create({ owner: input.owner, repo: input.repo, title: input.title, body, labels })).data
  });
  return { number: made.value.number, url: made.value.html_url, created: made.created, updated: false };
}

export { GITHUB_BODY_LIMIT as G, fitBody as a, sameBody as b, createOnce as c, upsertSection as d, findIssueByMarker as f, githubStatus as g, hasMarker as h, isAlreadyExists as i, marker as m, normalizeKey as n, readSections as r, setClientStep as s, toGitHubError as t, upsertIssue as u, withMarker as w };
