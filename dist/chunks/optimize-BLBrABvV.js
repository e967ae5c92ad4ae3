import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { c as round, h as hclString, s as str, d as attr, O as OPENSEARCH_FAMILIES, E as ELASTICACHE_FAMILIES, D as DOCDB_FAMILIES, A as AURORA_FAMILIES, R as RDS_FAMILIES, f as EC2_FAMILIES, g as splitInstanceType, l as list, n as num, i as bool, b as baseAddress, p as priceBook, r as resourceIndex, a as resolveReference, j as priceResource, e as estimateCosts, k as parseUsage } from './engine-CuWg4N1G.js';
import { c as compareText } from './compare-Bhms5km9.js';
import { b as isUnknown, d as loadTerraformFiles, l as loadTerraform, r as readTextBounded, F as FileTooLargeError } from './load-CM2Ct550.js';
import { c as createLlm } from './index-C6oWUUQP.js';
import { o as object, a as array, n as number, s as string } from './schemas-CUcVUsYh.js';
import { m as markdownCode, t as tableCell } from './markdown-Xcqzlf9y.js';
import { relative } from 'node:path';
import { l as loadRequirements } from './index-C9vkGXKI.js';
import { a as InframateError, I as InputError } from './errors-D-4Njnnn.js';
import { a as recordLoadLimits, f as filesNotScanned, r as renderNotScannedMarkdown } from './load-limits-K4c5MSY1.js';

const sameComponents = (a, b) => JSON.stringify(a.components.map((c) => [c.name, c.monthlyQuantity, c.price])) === JSON.stringify(b.components.map((c) => [c.name, c.monthlyQuantity, c.price]));
function diffCosts(base, head) {
  const before = new Map(base.resources.map((r) => [r.address, r]));
  const after = new Map(head.resources.map((r) => [r.address, r]));
  const resources = [];
  for (const [address, h] of after) {
    const b = before.get(address);
    if (!b)
      resources.push({
        address,
        type: h.type,
        change: "added",
        baseMonthlyCost: null,
        headMonthlyCost: h.monthlyCost,
        monthlyDelta: h.monthlyCost ?? 0
      });
    else if (b.monthlyCost !== h.monthlyCost || !sameComponents(b, h)) {
      resources.push({
        address,
        type: h.type,
        change: "changed",
        baseMonthlyCost: b.monthlyCost,
        headMonthlyCost: h.monthlyCost,
        monthlyDelta: round((h.monthlyCost ?? 0) - (b.monthlyCost ?? 0), 2)
      });
    }
  }
  for (const [address, b] of before) {
    if (!after.has(address))
      resources.push({
        address,
        type: b.type,
        change: "removed",
        baseMonthlyCost: b.monthlyCost,
        headMonthlyCost: null,
        monthlyDelta: -(b.monthlyCost ?? 0)
      });
  }
  resources.sort((a, b) => Math.abs(b.monthlyDelta) - Math.abs(a.monthlyDelta) || compareText(a.address, b.address));
  const delta = round(head.totalMonthlyCost - base.totalMonthlyCost, 2);
  const baseUnpriced = new Set(base.unpriced);
  return {
    currency: "USD",
    priceDate: head.priceDate,
    region: head.region,
    baseMonthlyCost: base.totalMonthlyCost,
    headMonthlyCost: head.totalMonthlyCost,
    monthlyDelta: delta,
    percentChange: base.totalMonthlyCost === 0 ? null : round(delta / base.totalMonthlyCost * 100, 1),
    resources,
    newUnpriced: head.unpriced.filter((a) => !baseUnpriced.has(a))
  };
}

const VARIABLE_NAMES = ["environment", "env", "stage", "environment_name", "env_name"];
const TAG_KEYS = ["Environment", "environment", "Env", "env", "Stage", "stage"];
function detectEnvironment(loaded) {
  for (const name of VARIABLE_NAMES) {
    const v = Object.entries(loaded.variables).find(([k, val]) => (k === name || k.endsWith(`.${name}`)) && val.modulePath === "");
    const d = v?.[1].default;
    if (typeof d === "string" && d.trim()) return d.trim();
  }
  const counts = /* @__PURE__ */ new Map();
  for (const r of loaded.resources) {
    for (const field of ["tags", "tags_all"]) {
      const tags = r.attributes[field];
      if (!tags || typeof tags !== "object" || Array.isArray(tags) || isUnknown(tags)) continue;
      for (const key of TAG_KEYS) {
        const val = tags[key];
        if (typeof val === "string" && val.trim()) counts.set(val.trim(), (counts.get(val.trim()) ?? 0) + 1);
      }
    }
  }
  let best;
  for (const [k, n] of counts) if (best === void 0 || n > counts.get(best)) best = k;
  return best;
}

const replySchema = object({
  summary: string().min(1).max(1500),
  priority: array(number().int().min(0)).max(50)
});
const SYSTEM = [
  "You review cloud cost savings found by deterministic rules for an AWS Terraform configuration.",
  "Write a short summary (at most 5 sentences, plain text) for the engineers who own it, and order the savings by",
  "what to do first (saving size, effort, risk: arm64 and instance family moves need compatible images).",
  'Use only the figures given. Answer with JSON: {"summary": string, "priority": [indexes of the savings]}.'
].join(" ");
async function narrateSavings(ctx, report, deps = {}) {
  const listed = report.savings.slice(0, 30);
  const user = JSON.stringify({
    totalMonthlyCost: report.totalMonthlyCost,
    region: report.region,
    environment: report.environment,
    savings: listed.map((s, i) => ({
      index: i,
      rule: s.ruleId,
      resource: s.resource,
      monthlySavings: s.monthlySavings,
      message: s.message
    }))
  });
  try {
    const llm = createLlm(ctx.settings.ai, { step: ctx.step, log: ctx.log, ...deps });
    if (!llm.enabled) return null;
    const reply = await llm.generateStructured({
      task: "savings-narrative",
      system: SYSTEM,
      user,
      schema: replySchema,
      maxOutputTokens: 1024
    });
    if (!reply) return null;
    const seen = /* @__PURE__ */ new Set();
    const priority = reply.value.priority.filter((i) => i < listed.length && !seen.has(i) && seen.add(i)).map((i) => ({ ruleId: listed[i].ruleId, resource: listed[i].resource }));
    return { source: "ai", summary: reply.value.summary.trim(), priority };
  } catch (error) {
    ctx.log.warn(`AI narrative skipped: ${error.message}`);
    return null;
  }
}

const money = (n) => n === null || n === void 0 ? "\u2014" : `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const signed = (n) => n > 0 ? `+${money(n)}` : n < 0 ? `-${money(-n)}` : money(0);
const MAX_ROWS = 100;
const more = (n, columns) => n > MAX_ROWS ? [`| \u2026 ${n - MAX_ROWS} more in the JSON report (--format json) |${" |".repeat(columns - 1)}`] : [];
const cell = (s) => tableCell(s);
function renderEstimateMarkdown(e, savings = [], opts = {}) {
  const lines = [];
  lines.push(`${opts.heading ?? "##"} Monthly cost estimate: ${money(e.totalMonthlyCost)}`);
  lines.push("");
  lines.push(`Region ${e.region}, on-demand list prices of ${e.priceDate}. Usage-based charges without usage data are not counted (\u2014).`);
  lines.push("");
  if (e.resources.length > 0) {
    lines.push("| resource | monthly | components |", "|---|---:|---|");
    const sorted = [...e.resources].sort((a, b) => (b.monthlyCost ?? -1) - (a.monthlyCost ?? -1) || compareText(a.address, b.address));
    for (const r of sorted.slice(0, MAX_ROWS)) {
      const comps = r.components.map(
        (c) => cell(
          `${c.name}: ${money(c.monthlyCost)}${c.monthlyCost === null && c.note ? ` (${c.note})` : c.assumption ? ` (assumed: ${c.assumption})` : ""}`
        )
      ).join("<br>");
      lines.push(`| ${markdownCode(r.address)} | ${money(r.monthlyCost)} | ${comps} |`);
    }
    lines.push(...more(sorted.length, 3));
    lines.push("");
  }
  if (savings.length > 0) {
    const total = savings.reduce((s, x) => s + (x.monthlySavings ?? 0), 0);
    lines.push(`${opts.heading ?? "##"}# Savings (${money(total)} / month)`, "");
    lines.push("| rule | resource | monthly saving | why |", "|---|---|---:|---|");
    for (const s of savings.slice(0, MAX_ROWS))
      lines.push(
        `| ${s.ruleId} | ${markdownCode(s.resource)} (${cell(s.file)}:${s.line}) | ${money(s.monthlySavings)} | ${cell(s.message)} |`
      );
    lines.push(...more(savings.length, 4), "");
    const withPatch = savings.filter((s) => s.patch).slice(0, 10);
    if (withPatch.length > 0) {
      lines.push("<details><summary>Patches</summary>", "");
      for (const s of withPatch) lines.push(`\`${s.patch.file}:${s.patch.line}\` (${s.ruleId})`, "", "```diff", s.patch.diff, "```", "");
      lines.push("</details>", "");
    }
  }
  if (e.usageMissing.length > 0) {
    lines.push(`<details><summary>${e.usageMissing.length} usage-based charges need a usage file (--usage)</summary>`, "");
    for (const u of e.usageMissing.slice(0, 50)) lines.push(`- ${cell(u)}`);
    lines.push("", "</details>", "");
  }
  const assumptions = e.assumptions ?? [];
  if (assumptions.length > 0) {
    const n = assumptions.length;
    lines.push(
      `<details><summary>${n} ${n === 1 ? "charge rests" : "charges rest"} on a stated default (declare it, or set it in --usage)</summary>`,
      ""
    );
    for (const a of assumptions.slice(0, 50)) lines.push(`- ${cell(a)}`);
    lines.push("", "</details>", "");
  }
  if (e.unpriced.length > 0) lines.push(`Not priced (no price in the table): ${e.unpriced.map((a) => `\`${a}\``).join(", ")}`, "");
  if (e.free.length > 0) lines.push(`${e.free.length} resources are free of charge.`, "");
  return lines.join("\n");
}
const COST_DIFF_MARKER = "<!-- inframate:cost-diff:pr -->";
function renderCostDiffMarkdown(d) {
  const lines = [COST_DIFF_MARKER, "## Inframate cost difference", ""];
  const pct = d.percentChange === null ? "" : ` (${d.percentChange > 0 ? "+" : ""}${d.percentChange}%)`;
  lines.push(`Monthly cost: ${money(d.baseMonthlyCost)} \u2192 ${money(d.headMonthlyCost)}, **${signed(d.monthlyDelta)}**${pct}`);
  lines.push("");
  if (d.resources.length === 0) lines.push("No priced resource changed.");
  else {
    lines.push("| change | resource | before | after | monthly delta |", "|---|---|---:|---:|---:|");
    for (const r of d.resources.slice(0, MAX_ROWS)) {
      const delta = r.baseMonthlyCost === null && r.headMonthlyCost === null ? "\u2014" : signed(r.monthlyDelta);
      lines.push(`| ${r.change} | ${markdownCode(r.address)} | ${money(r.baseMonthlyCost)} | ${money(r.headMonthlyCost)} | ${delta} |`);
    }
    lines.push(...more(d.resources.length, 5));
  }
  lines.push("");
  if (d.newUnpriced.length > 0) lines.push(`New resources without a price: ${d.newUnpriced.map((a) => `\`${a}\``).join(", ")}`, "");
  lines.push(`<sub>${d.region}, on-demand list prices of ${d.priceDate}; usage-based charges need a usage file.</sub>`, "");
  return lines.join("\n");
}

const unknownParts = (r) => r.components.filter((c) => c.monthlyCost === null).length;
function difference(current, changed) {
  if (!current || !changed || current.monthlyCost === null || changed.monthlyCost === null) return null;
  if (unknownParts(changed) > unknownParts(current)) return null;
  return round(current.monthlyCost - changed.monthlyCost, 2);
}
const isProduction = (env) => env !== void 0 && /^(prod|production|prd|live)$/i.test(env);
const isNonProduction = (env) => env !== void 0 && !isProduction(env);

const scalar = (v) => typeof v === "string" ? hclString(v) : JSON.stringify(v);
const render = (v) => typeof v === "object" ? v.hcl : scalar(v);
function literal(v) {
  if (v === void 0 || isUnknown(v)) return void 0;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null) return scalar(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number"))
    return `[${v.map((x) => scalar(x)).join(", ")}]`;
  return void 0;
}
function replaceOrAdd(r, key, name, before, value, header, indent) {
  const pos = r.attributePos?.[key];
  if (pos && before !== void 0)
    return { file: pos.file, line: pos.line, diff: `-${indent}${name} = ${before}
+${indent}${name} = ${render(value)}` };
  return { file: pos?.file ?? r.pos.file, line: pos?.line ?? r.pos.line, diff: ` ${header}
+${indent}${name} = ${render(value)}` };
}
const unwrap = (expr) => expr.replace(/^"?\$\{([\s\S]*)\}"?$/, "$1");
function setAttributePatch(r, name, value) {
  const expr = r.expressions?.[name];
  const pos = r.attributePos?.[name];
  if (expr !== void 0 && pos) {
    const shown = unwrap(expr);
    return {
      file: pos.file,
      line: pos.line,
      diff: `-  ${name} = ${shown}
+  ${name} = ${shown} # make this evaluate to ${render(value)} where the value is defined`
    };
  }
  return replaceOrAdd(r, name, name, literal(r.attributes[name]), value, `resource "${r.type}" "${r.name}" {`, "  ");
}
function setNestedPatch(r, block, name, value) {
  const items = r.attributes[block];
  const first = Array.isArray(items) && items[0] && typeof items[0] === "object" && !Array.isArray(items[0]) ? items[0] : {};
  const key = r.attributePos?.[`${block}[0].${name}`] ? `${block}[0].${name}` : `${block}.${name}`;
  const patch = replaceOrAdd(r, key, name, literal(first[name]), value, `${block} {`, "    ");
  if (!r.attributePos?.[key] && r.attributePos?.[block])
    return { ...patch, file: r.attributePos[block].file, line: r.attributePos[block].line };
  return patch;
}
function addBlockPatch(r, hcl) {
  return {
    file: r.pos.file,
    line: r.pos.line,
    diff: hcl.split("\n").map((l) => `+${l}`).join("\n")
  };
}
function removeResourcePatch(r) {
  return { file: r.pos.file, line: r.pos.line, diff: `-resource "${r.type}" "${r.name}" { \u2026 }` };
}

const dynamodbOnDemand = {
  id: "cost-dynamodb-on-demand",
  title: "On-demand capacity for lightly used DynamoDB tables",
  resourceTypes: ["aws_dynamodb_table"],
  evaluate(ctx) {
    const r = ctx.resource;
    if ((str(attr(r, "billing_mode")) ?? "PROVISIONED") !== "PROVISIONED") return [];
    const changed = ctx.reprice({ ...r.attributes, billing_mode: "PAY_PER_REQUEST" });
    if (!changed || changed.components.some((c) => c.usageBased && c.monthlyCost === null && /request units/.test(c.name))) return [];
    const saving = difference(ctx.cost, changed);
    if (saving === null || saving <= 0) return [];
    return [
      {
        message: "provisioned capacity costs more than the given request volume would on demand",
        monthlySavings: saving,
        patch: setAttributePatch(r, "billing_mode", "PAY_PER_REQUEST")
      }
    ];
  }
};

const BLOCKS = ["root_block_device", "ebs_block_device"];
const ebsGp3 = {
  id: "cost-ebs-gp3",
  title: "Use gp3 instead of gp2 volumes",
  resourceTypes: ["aws_ebs_volume", "aws_instance"],
  evaluate(ctx) {
    const r = ctx.resource;
    if (r.type === "aws_ebs_volume") {
      const type = str(attr(r, "type")) ?? "gp2";
      if (type !== "gp2") return [];
      const saving2 = difference(ctx.cost, ctx.reprice({ ...r.attributes, type: "gp3" }));
      if (saving2 === null || saving2 <= 0) return [];
      return [
        {
          message: `gp2 volume: gp3 costs less per GB and includes 3,000 IOPS and 125 MBps`,
          monthlySavings: saving2,
          patch: setAttributePatch(r, "type", "gp3")
        }
      ];
    }
    const changed = { ...r.attributes };
    const touched = [];
    for (const block of BLOCKS) {
      const items = r.attributes[block];
      if (!Array.isArray(items)) continue;
      changed[block] = items.map((b) => {
        if (!b || typeof b !== "object" || Array.isArray(b) || isUnknown(b)) return b;
        const obj = b;
        if (obj.volume_size === void 0 || obj.volume_type !== void 0 && obj.volume_type !== "gp2") return b;
        if (!touched.includes(block)) touched.push(block);
        return { ...obj, volume_type: "gp3" };
      });
    }
    if (touched.length === 0) return [];
    const saving = difference(ctx.cost, ctx.reprice(changed));
    if (saving === null || saving <= 0) return [];
    return [
      {
        message: `gp2 ${touched.join(" and ")}: gp3 costs less per GB at the same baseline performance`,
        monthlySavings: saving,
        patch: setNestedPatch(r, touched[0], "volume_type", "gp3")
      }
    ];
  }
};

const idleEip = {
  id: "cost-idle-eip",
  title: "Release unattached Elastic IPs",
  resourceTypes: ["aws_eip"],
  evaluate(ctx) {
    const r = ctx.resource;
    if (attr(r, "instance") !== void 0 || attr(r, "network_interface") !== void 0 || attr(r, "associate_with_private_ip") !== void 0)
      return [];
    if (ctx.referencedBy().length > 0) return [];
    const saving = ctx.cost?.monthlyCost ?? null;
    return [
      {
        message: "Elastic IP is not attached to an instance, interface or NAT gateway",
        monthlySavings: saving,
        patch: removeResourcePatch(r)
      }
    ];
  }
};

const INSTANCE_ATTRIBUTES = {
  aws_instance: { attribute: "instance_type", table: EC2_FAMILIES },
  aws_launch_template: { attribute: "instance_type", table: EC2_FAMILIES },
  aws_eks_node_group: { attribute: "instance_types", table: EC2_FAMILIES, list: true },
  aws_db_instance: { attribute: "instance_class", table: RDS_FAMILIES },
  aws_rds_cluster_instance: { attribute: "instance_class", table: AURORA_FAMILIES },
  aws_docdb_cluster_instance: { attribute: "instance_class", table: DOCDB_FAMILIES },
  aws_elasticache_cluster: { attribute: "node_type", table: ELASTICACHE_FAMILIES },
  aws_elasticache_replication_group: { attribute: "node_type", table: ELASTICACHE_FAMILIES },
  aws_opensearch_domain: { attribute: "cluster_config.instance_type", table: OPENSEARCH_FAMILIES, suffix: ".search" }
};
function currentType(ctx) {
  const spec = INSTANCE_ATTRIBUTES[ctx.resource.type];
  const v = attr(ctx.resource, spec.attribute);
  const s = str(spec.list && Array.isArray(v) ? v[0] : v);
  return typeof s === "string" ? s.replace(/\.(search|elasticsearch)$/, "") : void 0;
}
function withType(ctx, type) {
  const spec = INSTANCE_ATTRIBUTES[ctx.resource.type];
  const attrs = { ...ctx.resource.attributes };
  const value = spec.suffix ? type + spec.suffix : type;
  if (spec.attribute === "cluster_config.instance_type") {
    const cc = Array.isArray(attrs.cluster_config) ? attrs.cluster_config[0] : {};
    attrs.cluster_config = [{ ...cc, instance_type: value }];
  } else attrs[spec.attribute] = spec.list ? [value] : value;
  return attrs;
}
const MANAGED_ENGINES = /* @__PURE__ */ new Set([
  "aws_db_instance",
  "aws_rds_cluster_instance",
  "aws_docdb_cluster_instance",
  "aws_elasticache_cluster",
  "aws_elasticache_replication_group",
  "aws_opensearch_domain"
]);
function familyMove(id, title, pick, why) {
  return {
    id,
    title,
    resourceTypes: Object.keys(INSTANCE_ATTRIBUTES),
    evaluate(ctx) {
      const spec = INSTANCE_ATTRIBUTES[ctx.resource.type];
      const type = currentType(ctx);
      const parts = type ? splitInstanceType(type) : null;
      const family = parts ? spec.table[parts.family] : void 0;
      const target = family ? pick(family) : void 0;
      if (!type || !parts || !target) return [];
      const to = `${target}.${parts.size}`;
      const saving = difference(ctx.cost, ctx.reprice(withType(ctx, to)));
      if (ctx.resource.type === "aws_launch_template") {
        return [
          { message: why(type, to, ctx.resource.type), monthlySavings: null, patch: setAttributePatch(ctx.resource, spec.attribute, to) }
        ];
      }
      if (saving === null || saving <= 0) return [];
      const attrName = spec.attribute.split(".").pop();
      const value = spec.suffix ? to + spec.suffix : to;
      return [
        {
          message: why(type, to, ctx.resource.type),
          monthlySavings: saving,
          patch: setAttributePatch(ctx.resource, attrName, spec.list ? { hcl: `["${value}"]` } : value)
        }
      ];
    }
  };
}

const graviton = familyMove(
  "cost-graviton",
  "Use the Graviton (arm64) equivalent",
  (f) => f.previousGeneration ? void 0 : f.gravitonEquivalent,
  (from, to, type) => MANAGED_ENGINES.has(type) ? `${from} has a Graviton equivalent ${to} at a lower price (managed engine: no application change)` : `${from} has a Graviton equivalent ${to} at a lower price (needs arm64 images/binaries)`
);

const previousGeneration = familyMove(
  "cost-previous-generation",
  "Move previous-generation instances to the current generation",
  (f) => f.previousGeneration ? f.successor : void 0,
  (from, to) => `${from} is a previous-generation type; ${to} is current generation and costs less`
);

const lambdaArm64 = {
  id: "cost-lambda-arm64",
  title: "Run Lambda functions on arm64",
  resourceTypes: ["aws_lambda_function"],
  evaluate(ctx) {
    const r = ctx.resource;
    const archs = list(r.attributes.architectures);
    if (isUnknown(archs) || archs.includes("arm64")) return [];
    const saving = difference(ctx.cost, ctx.reprice({ ...r.attributes, architectures: ["arm64"] }));
    const duration = ctx.cost?.components.find((c) => c.name.startsWith("Duration"));
    const known = duration?.monthlyCost !== null && duration?.monthlyCost !== void 0;
    return [
      {
        message: known ? "x86_64 function: arm64 duration costs 20% less" : "x86_64 function: arm64 duration costs 20% less (give monthly_requests and request_duration_ms to size the saving)",
        monthlySavings: known ? saving : null,
        patch: setAttributePatch(r, "architectures", { hcl: '["arm64"]' })
      }
    ];
  }
};

const RETENTION_DAYS = 30;
const logRetention = {
  id: "cost-log-retention",
  title: "Set a retention period on log groups",
  resourceTypes: ["aws_cloudwatch_log_group"],
  evaluate(ctx) {
    const r = ctx.resource;
    const days = num(attr(r, "retention_in_days"));
    if (days !== void 0 && days !== 0) return [];
    const ingest = ctx.cost?.components.find((c) => c.name === "Data ingested")?.monthlyQuantity ?? null;
    const storage = ctx.cost?.components.find((c) => c.name === "Archival storage");
    let saving = null;
    if (ingest !== null && storage?.monthlyQuantity != null && storage.price !== null) {
      const kept = ingest * (RETENTION_DAYS / 30);
      saving = round(Math.max(0, storage.monthlyQuantity - kept) * storage.price, 2);
    }
    return [
      {
        message: `log group keeps logs forever; ${RETENTION_DAYS} days of retention caps its storage`,
        monthlySavings: saving,
        patch: setAttributePatch(r, "retention_in_days", RETENTION_DAYS)
      }
    ];
  }
};

const multiAzDev = {
  id: "cost-multi-az-dev",
  title: "Single-AZ databases outside production",
  resourceTypes: ["aws_db_instance"],
  evaluate(ctx) {
    if (!isNonProduction(ctx.environment) || bool(attr(ctx.resource, "multi_az")) !== true) return [];
    const saving = difference(ctx.cost, ctx.reprice({ ...ctx.resource.attributes, multi_az: false }));
    if (saving === null || saving <= 0) return [];
    return [
      {
        message: `Multi-AZ database in the ${ctx.environment} environment: a single-AZ instance halves instance and storage charges`,
        monthlySavings: saving,
        patch: setAttributePatch(ctx.resource, "multi_az", false)
      }
    ];
  }
};

const natGatewayPerAz = {
  id: "cost-nat-gateway-per-az",
  title: "Share one NAT gateway outside production",
  resourceTypes: ["aws_nat_gateway"],
  evaluate(ctx) {
    if (!isNonProduction(ctx.environment)) return [];
    const r = ctx.resource;
    const peers = ctx.loaded.resources.filter(
      (o) => o.kind === "resource" && o.type === "aws_nat_gateway" && o.modulePath === r.modulePath
    );
    if (peers.length < 2 || peers[0] !== r) return [];
    const hourly = ctx.cost?.components.find((c) => c.unit === "hours");
    if (!hourly || hourly.monthlyCost === null) return [];
    const extra = peers.length - 1;
    const written = r.expressions?.count ?? (r.attributePos?.count ? String(peers.length) : void 0);
    const countExpr = written?.replace(/^"?\$\{([\s\S]*)\}"?$/, "$1");
    const counted = new Set(peers.map((p) => baseAddress(p.address))).size < peers.length;
    const hasEnvVar = Object.entries(ctx.loaded.variables).some(
      ([k, v]) => v.modulePath === r.modulePath && k.split(".").pop() === "environment"
    );
    const pos = r.attributePos?.count ?? r.pos;
    const patch = counted && countExpr !== void 0 ? {
      file: pos.file,
      line: pos.line,
      diff: hasEnvVar ? `-  count = ${countExpr}
+  count = var.environment == "production" ? ${countExpr} : 1` : `-  count = ${countExpr}
+  count = 1 # outside production; keep ${countExpr} in production`
    } : addBlockPatch(r, `# outside production, keep one NAT gateway and route every private subnet's 0.0.0.0/0 through it`);
    return [
      {
        message: `${peers.length} NAT gateways in the ${ctx.environment} environment; one shared gateway saves the hourly charge of ${extra}`,
        monthlySavings: round(hourly.monthlyCost * extra, 2),
        patch
      }
    ];
  }
};

const s3Lifecycle = {
  id: "cost-s3-lifecycle",
  title: "Add lifecycle rules to S3 buckets",
  resourceTypes: ["aws_s3_bucket"],
  evaluate(ctx) {
    const r = ctx.resource;
    if (Array.isArray(r.attributes.lifecycle_rule) && r.attributes.lifecycle_rule.length > 0) return [];
    const configured = ctx.referencedBy().some((o) => o.type === "aws_s3_bucket_lifecycle_configuration" || o.type === "aws_s3_bucket_intelligent_tiering_configuration");
    if (configured) return [];
    const stored = ctx.cost?.components.find((c) => c.name === "Standard storage")?.monthlyQuantity ?? null;
    const standard = ctx.prices.get("s3.standard.gb");
    const ia = ctx.prices.get("s3.standard_ia.gb");
    const saving = stored !== null && standard !== void 0 && ia !== void 0 ? round(stored * (standard - ia), 2) : null;
    const hcl = [
      `resource "aws_s3_bucket_lifecycle_configuration" "${r.name}" {`,
      `  bucket = ${baseAddress(r.address)}.id`,
      "  rule {",
      '    id     = "tiering"',
      '    status = "Enabled"',
      "    filter {}",
      "    transition {",
      "      days          = 30",
      '      storage_class = "STANDARD_IA"',
      "    }",
      "    noncurrent_version_expiration {",
      "      noncurrent_days = 90",
      "    }",
      "  }",
      "}"
    ].join("\n");
    return [
      {
        message: "bucket has no lifecycle rules: objects stay in S3 Standard forever (saving shown moves all stored data to Standard-IA)",
        monthlySavings: saving,
        patch: addBlockPatch(r, hcl)
      }
    ];
  }
};

const SAVINGS_RULES = [
  ebsGp3,
  previousGeneration,
  graviton,
  natGatewayPerAz,
  multiAzDev,
  dynamodbOnDemand,
  lambdaArm64,
  logRetention,
  s3Lifecycle,
  idleEip
];
function findSavings(loaded, estimate, opts = {}) {
  const prices = priceBook(estimate.region);
  const managed = loaded.resources.filter((r) => r.kind === "resource");
  const index = resourceIndex(managed);
  const costs = new Map(estimate.resources.map((c) => [c.address, c]));
  const incoming = /* @__PURE__ */ new Map();
  for (const r of managed) {
    for (const ref of r.references) {
      const target = resolveReference(index, r, ref);
      if (!target) continue;
      const key = baseAddress(target.address);
      const list = incoming.get(key);
      if (list) list.push(r);
      else incoming.set(key, [r]);
    }
  }
  const rules = SAVINGS_RULES.filter((rule) => !opts.ruleIds || opts.ruleIds.includes(rule.id));
  const out = [];
  for (const r of managed) {
    for (const rule of rules) {
      if (!rule.resourceTypes.includes(r.type)) continue;
      const found = rule.evaluate({
        resource: r,
        cost: costs.get(r.address),
        loaded,
        prices,
        usage: opts.usage,
        environment: opts.environment,
        reprice: (attributes) => {
          const priced = priceResource({ ...r, attributes }, prices, opts.usage, index);
          return typeof priced === "string" ? null : priced;
        },
        referencedBy: () => incoming.get(baseAddress(r.address)) ?? []
      });
      for (const s of found) out.push({ ruleId: rule.id, resource: r.address, file: r.pos.file, line: r.pos.line, ...s });
    }
  }
  return out.sort((a, b) => (b.monthlySavings ?? -1) - (a.monthlySavings ?? -1));
}

async function loadTerraformInput(ctx, dir, label = "terraform") {
  return checkLoaded(ctx, await loadTerraform(dir, loadOptions(ctx)), dir, label);
}
async function loadTerraformFilesInput(ctx, dir, files, label = "terraform") {
  return checkLoaded(ctx, await loadTerraformFiles(dir, files, loadOptions(ctx)), dir, label);
}
const loadOptions = (ctx) => ({
  varFiles: ctx.settings.varFiles,
  vars: ctx.settings.vars,
  step: ctx.step,
  maxInstances: ctx.settings.maxInstances,
  checkpoint: ctx.supervisor.checkDeadline
});
function checkLoaded(ctx, loaded, dir, label) {
  for (const e of loaded.errors) {
    ctx.supervisor.record({
      step: `${label}.load`,
      error: new InframateError("terraform", e.message, { file: e.file, line: e.line, code: e.code }),
      attempts: 1,
      recovered: true,
      strategy: "skip-file"
    });
  }
  recordLoadLimits(ctx.supervisor, `${label}.load`, loaded);
  const tfFiles = loaded.files.filter((f) => /\.tf(\.json)?$/.test(f));
  if (tfFiles.length === 0) {
    const shown = relative(ctx.settings.dir, dir) || dir;
    throw new InputError(`no Terraform files (.tf, .tf.json) found in ${shown}`, { file: shown });
  }
  const failed = new Set(loaded.errors.map((e) => e.file));
  if (tfFiles.every((f) => failed.has(f))) {
    const first = loaded.errors[0];
    throw new InputError(`no Terraform file could be loaded (${loaded.errors.length} errors; first: ${first.message})`, {
      file: first.file,
      line: first.line
    });
  }
  return loaded;
}
async function requirementsIfAny(ctx) {
  try {
    const req = await loadRequirements(ctx);
    return req.source === "defaults" ? null : req;
  } catch (error) {
    ctx.log.warn(`ignoring the spec for this report: ${error.message}`);
    return null;
  }
}

async function readUsage(ctx) {
  const file = ctx.settings.usageFile;
  if (!file) return void 0;
  const text = await ctx.step(
    "usage.read",
    async () => {
      try {
        return await readTextBounded(file);
      } catch (error) {
        if (error instanceof FileTooLargeError) throw error;
        throw new InputError(`cannot read usage file (${error.code ?? "error"})`, { file });
      }
    },
    { dependency: "fs" }
  );
  const usage = await ctx.step("usage.parse", () => parseUsage(file, text));
  for (const w of usage.warnings ?? []) ctx.log.warn(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  return usage;
}
function providerRegion(loaded) {
  const provider = (loaded.providers ?? []).find((p) => p.name === "aws" && !p.alias && p.modulePath === "");
  const region = provider?.attributes.region;
  return typeof region === "string" && /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region) ? region : void 0;
}
function costRegion(ctx, req, loaded) {
  return ctx.settings.region ?? req?.region ?? providerRegion(loaded) ?? "us-east-1";
}
async function optimizeDirectory(ctx, dir, preloaded) {
  const req = await requirementsIfAny(ctx);
  const usage = await readUsage(ctx);
  const loaded = preloaded ?? await loadTerraformInput(ctx, dir, "optimize");
  const region = costRegion(ctx, req, loaded);
  const estimate = await ctx.step("cost.estimate", () => estimateCosts(loaded, { region, usage }));
  const environment = req?.environment ?? detectEnvironment(loaded) ?? null;
  const savings = await ctx.step("cost.savings", () => findSavings(loaded, estimate, { usage, environment: environment ?? void 0 }), {
    fallback: () => [],
    strategy: "skip-savings"
  });
  const report = {
    schemaVersion: 1,
    command: "optimize",
    ...estimate,
    environment,
    savings,
    totalMonthlySavings: Math.round(savings.reduce((s, x) => s + (x.monthlySavings ?? 0), 0) * 100) / 100,
    ...usage?.warnings?.length ? { usageWarnings: usage.warnings } : {},
    filesNotScanned: filesNotScanned(loaded),
    errors: ctx.supervisor.report()
  };
  const compareDir = ctx.settings.compare;
  if (compareDir) {
    const base = await loadTerraformInput(ctx, compareDir, "optimize.compare");
    const baseEstimate = await ctx.step("cost.estimate-compare", () => estimateCosts(base, { region, usage }));
    report.compare = diffCosts(baseEstimate, estimate);
  }
  if (ctx.settings.ai.enabled && savings.length > 0) {
    const narrative = await narrateSavings(ctx, report);
    if (narrative) report.narrative = narrative;
  }
  return report;
}
function renderOptimizeMarkdown(r, heading = "#") {
  const parts = [`${heading} inframate optimize`, ""];
  if (r.narrative) parts.push(tableCell(r.narrative.summary), "");
  parts.push(renderEstimateMarkdown(r, r.savings, { heading: `${heading}#` }));
  if (r.compare) parts.push(renderCostDiffMarkdown(r.compare));
  if (r.usageWarnings?.length) {
    parts.push("", `${heading}# Usage file warnings`, "");
    for (const w of r.usageWarnings) parts.push(`- ${tableCell(`${w.file}${w.line ? `:${w.line}` : ""}`)}: ${tableCell(w.message)}`);
  }
  parts.push(...renderNotScannedMarkdown(r.filesNotScanned, `${heading}#`));
  return parts.join("\n");
}
const optimize = {
  name: "optimize",
  usage: "optimize [DIR]",
  summary: "monthly cost estimate and savings",
  available: true,
  formats: ["markdown", "json"],
  run: (ctx) => optimizeDirectory(ctx, ctx.settings.dir),
  renderMarkdown: (r) => renderOptimizeMarkdown(r)
};

var optimize$1 = /*#__PURE__*/Object.freeze({
  __proto__: null,
  costRegion: costRegion,
  default: optimize,
  optimizeDirectory: optimizeDirectory,
  providerRegion: providerRegion,
  readUsage: readUsage,
  renderOptimizeMarkdown: renderOptimizeMarkdown
});

export { loadTerraformInput as a, requirementsIfAny as b, costRegion as c, optimize$1 as d, loadTerraformFilesInput as l, optimizeDirectory as o, renderOptimizeMarkdown as r };
