import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
function isAuto(value) {
  if (value === null || value === void 0) return true;
  if (typeof value !== "string") return false;
  const v = value.trim().toLowerCase().replace(/[*_`.]/g, "");
  return v === "" || v === "-" || v === "n/a" || /^(auto|automatic|autodetect|auto-detect|detect|detected|tbd|any|default)$/.test(v) || /^(auto-?)?detected( automatically)?$/.test(v) || v === "detect automatically";
}
const ENVIRONMENTS = {
  dev: "dev",
  development: "dev",
  develop: "dev",
  sandbox: "dev",
  test: "dev",
  testing: "dev",
  local: "dev",
  staging: "staging",
  stage: "staging",
  stg: "staging",
  qa: "staging",
  uat: "staging",
  preprod: "staging",
  "pre-prod": "staging",
  preproduction: "staging",
  prod: "prod",
  production: "prod",
  prd: "prod",
  live: "prod"
};
function parseEnvironment(value) {
  const key = String(value).trim().toLowerCase();
  const env = ENVIRONMENTS[key];
  return env ? ok(env) : fail(`unknown environment "${String(value)}" (use dev, staging or prod)`);
}
function parseEnvironments(value) {
  const items = Array.isArray(value) ? value.map(String) : String(value).split(/[,;/]|\band\b/);
  const out = [];
  for (const item of items.map((s) => s.trim()).filter(Boolean)) {
    const env = parseEnvironment(item);
    if (!env.ok) return env;
    if (!out.includes(env.value)) out.push(env.value);
  }
  return out.length ? ok(out) : fail("no environment given");
}
const AVAILABILITY = {
  low: "low",
  basic: "low",
  minimal: "low",
  none: "low",
  "single-az": "low",
  singleaz: "low",
  "best-effort": "low",
  standard: "standard",
  normal: "standard",
  medium: "standard",
  moderate: "standard",
  default: "standard",
  high: "high",
  ha: "high",
  "highly-available": "high",
  "high-availability": "high",
  "multi-az": "high",
  multiaz: "high",
  critical: "high",
  "mission-critical": "high"
};
const YES = /^(yes|true|y|required|enabled|on|needed|must)$/;
const NO = /^(no|false|n|disabled|off|not needed)$/;
function parseAvailability(value) {
  if (typeof value === "boolean") return ok(value ? "high" : "standard");
  const raw = String(value).trim().toLowerCase();
  const parts = raw.split(/\s*[,;()]\s*|\s+-\s+/).filter(Boolean);
  if (parts.length > 1) {
    for (const part of parts) {
      const r = parseAvailability(part);
      if (r.ok) return r;
    }
  }
  if (YES.test(raw)) return ok("high");
  if (NO.test(raw)) return ok("standard");
  const pct = /^(\d{2}(?:\.\d+)?)\s*%/.exec(raw);
  if (pct) {
    const n = Number(pct[1]);
    return ok(n >= 99.95 ? "high" : n >= 99.5 ? "standard" : "low");
  }
  const key = raw.replace(/\s+/g, "-").replace(/[^a-z-]/g, "");
  const hit = AVAILABILITY[key] ?? AVAILABILITY[key.split("-")[0]];
  return hit ? ok(hit) : fail(`unknown availability "${String(value)}" (use low, standard or high, or a percentage like 99.9%)`);
}
function parseBudget(value) {
  if (typeof value === "number")
    return value >= 0 && Number.isFinite(value) ? ok(value) : fail(`budget must be a positive number (got ${value})`);
  const raw = String(value).trim().toLowerCase().replace(/^(~|\u2248|<=?|\u2264|about|approx\.?|approximately|around|roughly|up to|max(imum)?|at most|under|less than|below)\s*/, "");
  const m = /^(?:usd|us\$|\$)?\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:usd|\$|dollars)?\s*(?:(?:\/|per|a)\s*(month|mo|year|yr|annum))?\b/.exec(
    raw
  );
  if (!m) return fail(`budget must be an amount per month such as 200 or "$200/month" (got "${String(value)}")`);
  let amount = Number(m[1].replace(/,/g, "")) * (m[2] ? 1e3 : 1);
  if (m[3] && /^(year|yr|annum)$/.test(m[3])) amount = Math.round(amount / 12 * 100) / 100;
  return ok(amount);
}
const REGION = /^(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso|-isob)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d$/;
function parseRegion(value) {
  const raw = String(value).trim().toLowerCase();
  return REGION.test(raw) ? ok(raw) : fail(`"${String(value)}" is not an AWS region (e.g. us-east-1, eu-west-1)`);
}
function parseList(value) {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  return String(value).split(/[,;]/).map((s) => s.trim()).filter(Boolean);
}
const STANDARDS = {
  pci: "pci-dss",
  pcidss: "pci-dss",
  hipaa: "hipaa",
  gdpr: "gdpr",
  soc2: "soc-2",
  soc2type2: "soc-2",
  soc2typeii: "soc-2",
  soc: "soc-2",
  iso27001: "iso-27001",
  fedramp: "fedramp",
  ccpa: "ccpa",
  sox: "sox",
  nist: "nist-800-53",
  nist80053: "nist-800-53",
  cis: "cis",
  fips: "fips-140",
  fips1402: "fips-140",
  hitrust: "hitrust",
  ferpa: "ferpa",
  glba: "glba"
};
function knownStandards(text) {
  const out = [];
  for (const part of text.split(/\s*(?:,|;|&|\/|\band\b|\bor\b|\+)\s*/i)) {
    const key = part.toLowerCase().replace(/[^a-z0-9]/g, "");
    const id = STANDARDS[key] ?? STANDARDS[key.replace(/(compliance|compliant|certified|certification|ready)$/, "")];
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}
function normalizeCompliance(value) {
  return knownStandards(value)[0] ?? value.toLowerCase().trim().replace(/[\s_]+/g, "-");
}
export { parseList as a, parseAvailability as b, parseBudget as c, parseEnvironments as d, parseEnvironment as e, isAuto as i, knownStandards as k, normalizeCompliance as n, parseRegion as p };
