import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { s as severityRank } from "./errors-D-4Njnnn.js";
import { b as isUnknown, g as badInEveryTemplate, h as parseTemplateString, U as UNKNOWN } from "./load-CM2Ct550.js";
import { c as compareText } from "./compare-Bhms5km9.js";
const baseAddress = (address) => address.replace(/\[[^\]]*\]$/, "");
const typeKey = (r) => r.kind === "data" ? `data.${r.type}` : r.type;
class RuleContext {
  constructor(loaded) {
    this.loaded = loaded;
    for (const p of loaded.providers ?? []) {
      const name = p.alias ? `${p.name}.${p.alias}` : p.name;
      const key = `provider.${p.name}`;
      let list = this.byType.get(key);
      if (!list) this.byType.set(key, list = []);
      list.push({
        kind: "resource",
        type: key,
        name,
        address: `${p.modulePath ? `${p.modulePath}.` : ""}provider.${name}`,
        modulePath: p.modulePath,
        attributes: p.attributes,
        references: [],
        pos: p.pos
      });
    }
    for (const r of loaded.resources) {
      const key = typeKey(r);
      let list = this.byType.get(key);
      if (!list) this.byType.set(key, list = []);
      list.push(r);
      const base = baseAddress(r.address);
      let same = this.byAddress.get(base);
      if (!same) this.byAddress.set(base, same = []);
      same.push(r);
    }
  }
  loaded;
  byType = /* @__PURE__ */ new Map();
  byAddress = /* @__PURE__ */ new Map();
  linkIndexes = /* @__PURE__ */ new Map();
  memos = /* @__PURE__ */ new Map();
  /**
   * A value computed once per scan (an index over all resources of a type): a rule that compared each
   * resource with every other one was quadratic (20,000 buckets: 212 s).
   */
  memo(key, build) {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key);
  }
  /** Every resource of a type ("aws_s3_bucket", "data.aws_iam_policy_document"). */
  ofType(type) {
    return this.byType.get(type) ?? [];
  }
  /** Instances of a resource by base address (module-qualified, without index). */
  byBaseAddress(address) {
    return this.byAddress.get(address) ?? [];
  }
  /** Instances of `local` ("aws_iam_user.admin", "data.aws_iam_policy_document.x") in the module of `from`. */
  inModuleOf(from, local) {
    return this.byBaseAddress(from.modulePath ? `${from.modulePath}.${local}` : local);
  }
  /**
   * Resources of `type` whose `attr` points at `target`: the attribute's expression names the
   * target, the resource references it, or its known value equals one of the target's known
   * identifying values (e.g. the bucket name). A candidate whose attribute is unknown and names no
   * resource of the target's type makes the answer uncertain.
   */
  linked(target, type, attr, targetValueAttrs = []) {
    const index = this.linkIndex(type, attr);
    const found = /* @__PURE__ */ new Set();
    for (const c of index.get(`n|${target.modulePath}|${target.type}.${target.name}`) ?? []) found.add(c);
    if (target.index !== void 0) {
      for (const c of index.get(`n|${target.modulePath}|${target.type}.${target.name}|${String(target.index)}`) ?? []) found.add(c);
    }
    for (const c of index.get(`r|${baseAddress(target.address)}`) ?? []) found.add(c);
    for (const a of targetValueAttrs) {
      const v = target.attributes[a];
      if (typeof v === "string" && v !== "") for (const c of index.get(`v|${v}`) ?? []) found.add(c);
    }
    const uncertain = (index.get(`u|${target.type}`)?.length ?? 0) > 0;
    return { found: [...found], uncertain };
  }
  /** Built once per (type, attribute): candidates keyed by what they point at. */
  linkIndex(type, attr) {
    const cacheKey = `${type}|${attr}`;
    const cached = this.linkIndexes.get(cacheKey);
    if (cached) return cached;
    const index = /* @__PURE__ */ new Map();
    const add = (key, r) => {
      let list = index.get(key);
      if (!list) index.set(key, list = []);
      if (list[list.length - 1] !== r) list.push(r);
    };
    for (const cand of this.ofType(type)) {
      const expr = cand.expressions?.[attr];
      const value = cand.attributes[attr];
      const namedTypes = /* @__PURE__ */ new Set();
      if (expr !== void 0) {
        for (const m of expr.matchAll(RESOURCE_REF)) {
          const sameInstance = m[4] !== void 0 && cand.index !== void 0;
          add(sameInstance ? `n|${cand.modulePath}|${m[2]}.${m[3]}|${String(cand.index)}` : `n|${cand.modulePath}|${m[2]}.${m[3]}`, cand);
          namedTypes.add(m[2]);
        }
      }
      if (typeof value === "string" && value !== "" && namedTypes.size === 0) add(`v|${value}`, cand);
      if (namedTypes.size === 0) for (const ref of cand.references) add(`r|${ref}`, cand);
      if (value !== void 0 && isUnknown(value)) {
        for (const ref of cand.references) {
          const parts = ref.split(".");
          if (parts.length >= 2) namedTypes.add(parts[parts.length - 2]);
        }
        for (const t of UNCERTAIN_TARGET_TYPES) if (!namedTypes.has(t)) add(`u|${t}`, cand);
      }
    }
    this.linkIndexes.set(cacheKey, index);
    return index;
  }
}
const RESOURCE_REF = /(^|[^\w.-])(aws_[a-z0-9_]+)\.([A-Za-z_][\w-]*)(\[\s*(?:each\.key|count\.index)\s*\])?/g;
const UNCERTAIN_TARGET_TYPES = [
  "aws_s3_bucket",
  "aws_vpc",
  "aws_lb",
  "aws_alb",
  "aws_api_gateway_rest_api",
  "aws_api_gateway_stage",
  "aws_cloudfront_distribution",
  "aws_dynamodb_table",
  "aws_security_group",
  "aws_instance",
  "aws_iam_role",
  "aws_db_instance",
  "aws_rds_cluster",
  "aws_ecr_repository",
  "aws_secretsmanager_secret",
  "aws_sqs_queue",
  "aws_sns_topic",
  "aws_kms_key",
  "aws_eks_cluster",
  "aws_lambda_function",
  "aws_apigatewayv2_api",
  "aws_apigatewayv2_stage",
  "aws_iam_user",
  "aws_wafv2_web_acl"
];
const MISSING = /* @__PURE__ */ Symbol("missing");
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v);
function blocks(v) {
  if (v === void 0 || v === null) return [];
  if (isUnknown(v)) return void 0;
  if (Array.isArray(v)) {
    const out = [];
    for (const item of v) {
      if (isUnknown(item)) return void 0;
      if (Array.isArray(item)) {
        const inner = blocks(item);
        if (!inner) return void 0;
        out.push(...inner);
      } else if (isObject(item)) out.push(item);
    }
    return out;
  }
  return isObject(v) ? [v] : [];
}
function read(from, path) {
  let cur = from && "attributes" in from && "address" in from ? from.attributes : from;
  for (const seg of path.split(".")) {
    if (cur === void 0 || cur === null) return MISSING;
    if (isUnknown(cur)) return void 0;
    if (Array.isArray(cur)) {
      if (/^\d+$/.test(seg)) {
        cur = cur[Number(seg)];
        continue;
      }
      if (cur.length === 0) return MISSING;
      cur = cur[0];
      if (isUnknown(cur)) return void 0;
    }
    if (!isObject(cur)) return MISSING;
    cur = cur[seg];
  }
  if (cur === void 0 || cur === null) return MISSING;
  if (isUnknown(cur)) return void 0;
  return cur;
}
function bool(v, dflt = void 0) {
  if (v === MISSING) return dflt;
  if (v === void 0) return void 0;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (s === "true") return true;
    if (s === "false") return false;
  }
  if (v === 1) return true;
  if (v === 0) return false;
  return void 0;
}
function num(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return void 0;
}
function str(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function isSet(v) {
  if (v === void 0) return true;
  if (v === MISSING) return false;
  if (typeof v === "string") return v.trim() !== "";
  if (Array.isArray(v)) return v.length > 0;
  return true;
}
function strings(v) {
  if (v === MISSING) return [];
  if (v === void 0 || isUnknown(v)) return void 0;
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) {
    const out = [];
    for (const item of v) {
      if (isUnknown(item)) return void 0;
      if (Array.isArray(item)) {
        const inner = strings(item);
        if (!inner) return void 0;
        out.push(...inner);
      } else if (typeof item === "string" || typeof item === "number") out.push(String(item));
    }
    return out;
  }
  return [];
}
function expectAt(path, judge, message, missing = "fail") {
  const segs = path.split(".");
  return (res) => {
    const bad = walk(res.attributes, segs, judge, missing);
    if (bad === void 0 || bad === false) return void 0;
    return {
      attribute: bad.value === MISSING ? parentPath(segs) : path,
      message: typeof message === "string" ? message : message(bad.value)
    };
  };
}
function parentPath(segs) {
  return segs.length > 1 ? segs.slice(0, -1).join(".") : void 0;
}
function walk(obj, segs, judge, missing) {
  const [head, ...rest] = segs;
  const v = obj[head];
  if (rest.length === 0) {
    const r = v === void 0 || v === null ? MISSING : isUnknown(v) ? void 0 : v;
    if (r === MISSING) return missing === "fail" ? { value: MISSING } : false;
    if (r === void 0) return void 0;
    const verdict = judge(r);
    if (verdict === void 0) return void 0;
    return verdict ? false : { value: r };
  }
  const list = blocks(v);
  if (list === void 0) return everyOutcomeBad(obj, head, rest, judge, missing);
  if (list.length === 0) return missing === "fail" ? { value: MISSING } : false;
  let unknown = false;
  for (const b of list) {
    const r = walk(b, rest, judge, missing);
    if (r) return r;
    if (r === void 0) unknown = true;
  }
  return unknown ? void 0 : false;
}
function everyOutcomeBad(obj, head, rest, judge, missing) {
  return missing === "fail" ? badInEveryTemplate(obj, head, (t) => walk(t, rest, judge, missing)) : void 0;
}
const isTrue = (v) => bool(v);
const isFalse = (v) => {
  const b = bool(v);
  return b === void 0 ? void 0 : !b;
};
const equals = (...ok) => (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? ok.some((o) => String(o) === String(v)) : void 0;
const notEquals = (...bad) => (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? !bad.some((o) => String(o).toLowerCase() === String(v).toLowerCase()) : void 0;
const nonEmpty = (v) => {
  if (typeof v === "string") return v.trim() !== "";
  if (Array.isArray(v)) return v.length > 0;
  return v === MISSING ? false : true;
};
const atLeast = (n) => (v) => {
  const x = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isNaN(x) ? void 0 : x >= n;
};
const atMost = (n) => (v) => {
  const x = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isNaN(x) ? void 0 : x <= n;
};
function allOf(...checks) {
  return (res, ctx) => {
    const out = [];
    for (const c of checks) {
      const r = c(res, ctx);
      if (!r) continue;
      if (Array.isArray(r)) out.push(...r);
      else out.push(r);
    }
    return out;
  };
}
function when(pre, check2) {
  return (res, ctx) => pre(res) === true ? check2(res, ctx) : void 0;
}
function defineRule(rule) {
  return rule;
}
var r1 = defineRule({
  id: "aws-acm-create-before-destroy",
  title: "ACM certificate is replaced create-before-destroy",
  severity: "low",
  aliases: ["CKV_AWS_233"],
  resourceTypes: ["aws_acm_certificate"],
  description: "A certificate in use by a load balancer or distribution cannot be deleted first: without create_before_destroy a replacement fails or leaves listeners without a certificate.",
  remediation: `\`\`\`hcl
lifecycle {
  create_before_destroy = true
}
\`\`\``,
  check: expectAt(
    "lifecycle.create_before_destroy",
    isTrue,
    "A replacement destroys the old certificate before the new one exists",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_acm_certificate" "x" {
  domain_name       = "example.com"
  validation_method = "DNS"
  lifecycle {
    create_before_destroy = true
  }
}`
    ],
    bad: [
      `resource "aws_acm_certificate" "x" {
  domain_name       = "example.com"
  validation_method = "DNS"
}`
    ]
  }
});
var r2 = defineRule({
  id: "aws-acm-transparency-logging",
  title: "ACM certificate is recorded in certificate transparency logs",
  severity: "low",
  aliases: ["CKV_AWS_234"],
  resourceTypes: ["aws_acm_certificate"],
  description: "Browsers such as Chrome and Safari reject public certificates that are not in a transparency log, and logging lets you detect certificates issued for your domains by mistake. Enabled unless turned off.",
  remediation: `\`\`\`hcl
options {
  certificate_transparency_logging_preference = "ENABLED"
}
\`\`\``,
  check: expectAt(
    "options.certificate_transparency_logging_preference",
    equals("ENABLED"),
    "Certificate transparency logging is disabled",
    "pass"
  ),
  examples: {
    good: [
      `resource "aws_acm_certificate" "c" {
  domain_name       = "example.com"
  validation_method = "DNS"
}`
    ],
    bad: [
      `resource "aws_acm_certificate" "c" {
  domain_name       = "example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "DISABLED"
  }
}`
    ]
  }
});
var r3 = defineRule({
  id: "aws-apigateway-access-logging",
  title: "API Gateway stage has access logging",
  severity: "medium",
  aliases: ["CKV_AWS_76", "CKV_AWS_95", "AVD-AWS-0001"],
  legacyIds: ["aws-api-gateway-enable-access-logging"],
  resourceTypes: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
  description: "Access logs record who called which route and with what result, needed to investigate abuse.",
  remediation: `\`\`\`hcl
access_log_settings {
  destination_arn = aws_cloudwatch_log_group.api.arn
  format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.access_log_settings);
    if (!list) return;
    if (list.length === 0) return { message: "The stage has no access logging" };
    for (const s of list) if (read(s, "destination_arn") === void 0) return;
  },
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "a"
  deployment_id = "d"
  access_log_settings {
    destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:api"
    format          = "$context.requestId"
  }
}`
    ],
    bad: [
      `resource "aws_apigatewayv2_stage" "s" {
  api_id = "a"
  name   = "prod"
}`
    ]
  }
});
var r4 = defineRule({
  id: "aws-apigateway-cache-encryption",
  title: "API Gateway cache is encrypted",
  severity: "medium",
  aliases: ["CKV_AWS_308", "AVD-AWS-0002"],
  legacyIds: ["aws-api-gateway-enable-cache-encryption"],
  resourceTypes: ["aws_api_gateway_method_settings"],
  description: "Cached responses may hold personal data; encrypt the cache whenever caching is on.",
  remediation: `\`\`\`hcl
settings {
  caching_enabled      = true
  cache_data_encrypted = true
}
\`\`\``,
  check: when(
    (r) => Array.isArray(r.attributes.settings) && r.attributes.settings.some(
      (s) => typeof s === "object" && s !== null && !Array.isArray(s) && s.caching_enabled === true
    ),
    expectAt("settings.cache_data_encrypted", isTrue, "Caching is enabled without encrypting the cache", "fail")
  ),
  examples: {
    good: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}`
    ],
    bad: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}`
    ]
  }
});
var r5 = defineRule({
  id: "aws-apigateway-client-certificate",
  title: "API Gateway stages present a client certificate to the backend",
  severity: "low",
  aliases: ["CKV2_AWS_51"],
  resourceTypes: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
  description: "With client_certificate_id the stage signs its calls to the integration with a certificate the backend can verify, so the backend accepts traffic only from API Gateway. HTTP API (v2) stages cannot use one and are not judged; WebSocket stages are.",
  remediation: `\`\`\`hcl
resource "aws_api_gateway_client_certificate" "backend" {
  description = "backend calls"
}

resource "aws_api_gateway_stage" "prod" {
  # \u2026
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}
\`\`\``,
  check: (res, ctx) => {
    const cert = isSet(read(res, "client_certificate_id"));
    if (cert !== false) return;
    if (res.type === "aws_apigatewayv2_stage") {
      const m = /aws_apigatewayv2_api\.([\w-]+)/.exec(res.expressions?.api_id ?? "");
      if (!m) return;
      const apis = ctx.inModuleOf(res, `aws_apigatewayv2_api.${m[1]}`);
      const protocols = new Set(apis.map((a) => a.attributes.protocol_type));
      if (protocols.size !== 1) return;
      const p = [...protocols][0];
      if (p === void 0 || p === null || isUnknown(p) || p !== "WEBSOCKET") return;
    }
    return { message: "The stage does not present a client certificate to its backend (no client_certificate_id)" };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name            = "prod"
  rest_api_id           = "abc"
  deployment_id         = "d"
  client_certificate_id = "cert"
}`,
      `resource "aws_apigatewayv2_api" "a" {
  name          = "http"
  protocol_type = "HTTP"
}
resource "aws_apigatewayv2_stage" "s" {
  api_id = aws_apigatewayv2_api.a.id
  name   = "prod"
}`
    ],
    bad: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}`,
      `resource "aws_apigatewayv2_api" "a" {
  name                       = "ws"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}
resource "aws_apigatewayv2_stage" "s" {
  api_id = aws_apigatewayv2_api.a.id
  name   = "prod"
}`
    ]
  }
});
var r6 = defineRule({
  id: "aws-apigateway-create-before-destroy",
  title: "API Gateway REST API is replaced create-before-destroy",
  severity: "low",
  aliases: ["CKV_AWS_237"],
  resourceTypes: ["aws_api_gateway_rest_api"],
  description: "Replacing a REST API destroys the old one first, so its clients get errors until the new API is deployed.",
  remediation: `\`\`\`hcl
lifecycle {
  create_before_destroy = true
}
\`\`\``,
  check: expectAt("lifecycle.create_before_destroy", isTrue, "A replacement destroys the old REST API before the new one exists", "fail"),
  examples: {
    good: [
      `resource "aws_api_gateway_rest_api" "x" {
  name = "api"
  lifecycle {
    create_before_destroy = true
  }
}`
    ],
    bad: [
      `resource "aws_api_gateway_rest_api" "x" {
  name = "api"
}`
    ]
  }
});
var r7 = defineRule({
  id: "aws-apigateway-deployment-create-before-destroy",
  title: "API Gateway deployment is replaced create-before-destroy",
  severity: "low",
  aliases: ["CKV_AWS_217"],
  resourceTypes: ["aws_api_gateway_deployment"],
  description: "A deployment referenced by a stage cannot be deleted first: the provider documentation recommends create_before_destroy so redeployments do not fail or interrupt the stage.",
  remediation: `\`\`\`hcl
lifecycle {
  create_before_destroy = true
}
\`\`\``,
  check: expectAt("lifecycle.create_before_destroy", isTrue, "A replacement destroys the old deployment before the new one exists", "fail"),
  examples: {
    good: [
      `resource "aws_api_gateway_deployment" "x" {
  rest_api_id = "a1b2c3"
  lifecycle {
    create_before_destroy = true
  }
}`
    ],
    bad: [
      `resource "aws_api_gateway_deployment" "x" {
  rest_api_id = "a1b2c3"
}`
    ]
  }
});
var r8 = defineRule({
  id: "aws-apigateway-domain-tls",
  title: "API Gateway custom domain requires TLS 1.2",
  severity: "high",
  aliases: ["CKV_AWS_206", "AVD-AWS-0005"],
  legacyIds: ["aws-api-gateway-use-secure-tls-policy"],
  resourceTypes: ["aws_api_gateway_domain_name"],
  description: "TLS 1.0 and 1.1 have known weaknesses and are deprecated; require TLS 1.2.",
  remediation: `\`\`\`hcl
security_policy = "TLS_1_2"
\`\`\``,
  check: expectAt(
    "security_policy",
    (v) => typeof v === "string" ? v.toUpperCase() !== "TLS_1_0" : void 0,
    "The custom domain allows TLS 1.0",
    "pass"
  ),
  examples: {
    good: [
      `resource "aws_api_gateway_domain_name" "d" {
  domain_name     = "api.example.com"
  security_policy = "TLS_1_2"
}`
    ],
    bad: [
      `resource "aws_api_gateway_domain_name" "d" {
  domain_name     = "api.example.com"
  security_policy = "TLS_1_0"
}`
    ]
  }
});
var r9 = defineRule({
  id: "aws-apigateway-logging-level",
  title: "API Gateway stages log executions and publish metrics",
  severity: "low",
  aliases: ["CKV2_AWS_4"],
  resourceTypes: ["aws_api_gateway_stage"],
  description: 'Execution logging (logging_level "ERROR" or "INFO") and CloudWatch metrics are set per stage in aws_api_gateway_method_settings; without them failed integrations and throttling are invisible. The stage needs method settings (linked by stage name) with both.',
  remediation: `\`\`\`hcl
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}
\`\`\``,
  check: (stage, ctx) => {
    const { found, uncertain } = ctx.linked(stage, "aws_api_gateway_method_settings", "stage_name", ["stage_name"]);
    let unknown = uncertain;
    for (const ms of found) {
      const settings = blocks(ms.attributes.settings);
      if (settings === void 0) {
        unknown = true;
        continue;
      }
      for (const s of settings) {
        const level = read(s, "logging_level");
        const metrics = bool(read(s, "metrics_enabled"), false);
        if (level === void 0 || metrics === void 0) unknown = true;
        else if ((level === "ERROR" || level === "INFO") && metrics) return;
      }
    }
    if (unknown) return;
    return {
      message: found.length ? "The stage\u2019s method settings do not both log executions (logging_level ERROR or INFO) and publish metrics" : "The stage has no method settings: execution logging and metrics are off"
    };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}
resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = aws_api_gateway_stage.s.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "INFO"
    metrics_enabled = true
  }
}`
    ],
    bad: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}`,
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}
resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = aws_api_gateway_stage.s.stage_name
  method_path = "*/*"
  settings {
    logging_level = "OFF"
  }
}`
    ]
  }
});
var r10 = defineRule({
  id: "aws-apigateway-method-authorization",
  title: "API Gateway method requires authorization or an API key",
  severity: "medium",
  aliases: ["CKV_AWS_59", "CKV2_AWS_70", "AVD-AWS-0004"],
  legacyIds: ["aws-api-gateway-no-public-access"],
  resourceTypes: ["aws_api_gateway_method"],
  description: 'A method with authorization = "NONE" and no API key is open to anyone who knows the URL. OPTIONS methods (CORS preflight) are not reported.',
  remediation: `\`\`\`hcl
resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.items.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}
\`\`\``,
  check: (res) => {
    const method = str(read(res, "http_method"));
    if (method?.toUpperCase() === "OPTIONS") return;
    const authRead = read(res, "authorization");
    const auth = authRead === MISSING ? "NONE" : str(authRead);
    if (auth === void 0 || auth.toUpperCase() !== "NONE") return;
    const key = bool(read(res, "api_key_required"), false);
    if (key === false) return { attribute: "authorization", message: `${method ?? "The method"} has no authorization and no API key` };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "a"
  resource_id   = "r"
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = "x"
}`,
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "a"
  resource_id   = "r"
  http_method   = "OPTIONS"
  authorization = "NONE"
}`
    ],
    bad: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "a"
  resource_id   = "r"
  http_method   = "POST"
  authorization = "NONE"
}`
    ]
  }
});
var r11 = defineRule({
  id: "aws-apigateway-method-settings-cache",
  title: "API Gateway method settings enable response caching",
  severity: "low",
  aliases: ["CKV_AWS_225", "AVD-AWS-0190"],
  legacyIds: ["aws-api-gateway-enable-cache"],
  resourceTypes: ["aws_api_gateway_method_settings"],
  description: "With caching_enabled the stage cache answers repeated requests for these methods without calling the backend (the stage needs cache_cluster_enabled too).",
  remediation: `\`\`\`hcl
settings {
  caching_enabled      = true
  cache_ttl_in_seconds = 300
  cache_data_encrypted = true
}
\`\`\``,
  check: expectAt("settings.caching_enabled", isTrue, "Response caching is not enabled for these methods", "fail"),
  examples: {
    good: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}`
    ],
    bad: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}`
    ]
  }
});
var r12 = defineRule({
  id: "aws-apigateway-no-data-trace",
  title: "API Gateway method settings do not log full requests and responses",
  severity: "medium",
  aliases: ["CKV_AWS_276"],
  resourceTypes: ["aws_api_gateway_method_settings"],
  description: "data_trace_enabled writes whole request and response bodies to CloudWatch Logs, including tokens and personal data; AWS advises against it in production.",
  remediation: `\`\`\`hcl
settings {
  logging_level      = "INFO"
  data_trace_enabled = false
}
\`\`\``,
  check: expectAt("settings.data_trace_enabled", isFalse, "Full request/response logging (data trace) is enabled", "pass"),
  examples: {
    good: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    logging_level      = "INFO"
    data_trace_enabled = false
  }
}`
    ],
    bad: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    data_trace_enabled = true
  }
}`
    ]
  }
});
var r13 = defineRule({
  id: "aws-apigateway-request-validator",
  title: "API Gateway methods validate requests",
  severity: "low",
  aliases: ["CKV2_AWS_53"],
  resourceTypes: ["aws_api_gateway_method"],
  description: "A request validator rejects requests whose required parameters or body do not match the model before they reach the backend, which removes a class of malformed-input bugs from the integration.",
  remediation: `\`\`\`hcl
resource "aws_api_gateway_request_validator" "all" {
  name                        = "all"
  rest_api_id                 = aws_api_gateway_rest_api.api.id
  validate_request_body       = true
  validate_request_parameters = true
}

resource "aws_api_gateway_method" "get" {
  # \u2026
  request_validator_id = aws_api_gateway_request_validator.all.id
}
\`\`\``,
  check: expectAt("request_validator_id", nonEmpty, "The method does not validate requests (no request_validator_id)", "fail"),
  examples: {
    good: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id          = "abc"
  resource_id          = "r"
  http_method          = "GET"
  authorization        = "AWS_IAM"
  request_validator_id = "v"
}`
    ],
    bad: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "abc"
  resource_id   = "r"
  http_method   = "GET"
  authorization = "AWS_IAM"
}`
    ]
  }
});
var r14 = defineRule({
  id: "aws-apigateway-stage-cache",
  title: "API Gateway stage has caching enabled",
  severity: "low",
  aliases: ["CKV_AWS_120"],
  resourceTypes: ["aws_api_gateway_stage"],
  description: "A stage cache answers repeated requests without calling the backend, which lowers latency and protects the backend from bursts.",
  remediation: `\`\`\`hcl
resource "aws_api_gateway_stage" "prod" {
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}
\`\`\``,
  check: expectAt("cache_cluster_enabled", isTrue, "The stage has no cache", "fail"),
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name            = "prod"
  rest_api_id           = "abc"
  deployment_id         = "d"
  cache_cluster_enabled = true
}`
    ],
    bad: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}`
    ]
  }
});
function privateApi(stage, ctx) {
  const m = /aws_api_gateway_rest_api\.([\w-]+)/.exec(stage.expressions?.rest_api_id ?? "");
  if (!m) return void 0;
  const apis = ctx.inModuleOf(stage, `aws_api_gateway_rest_api.${m[1]}`);
  if (apis.length === 0) return void 0;
  let answer = false;
  for (const api of apis) {
    const cfg = blocks(api.attributes.endpoint_configuration);
    if (cfg === void 0) return void 0;
    const types = cfg.length ? strings(read(cfg[0], "types")) : [];
    if (types === void 0) answer = void 0;
    else if (types.includes("PRIVATE")) return true;
  }
  return answer;
}
var r15 = defineRule({
  id: "aws-apigateway-waf",
  title: "Public API Gateway REST API stages are protected by WAF",
  severity: "medium",
  aliases: ["CKV2_AWS_29"],
  resourceTypes: ["aws_api_gateway_stage"],
  description: "A regional or edge-optimized REST API is reachable from the internet; a WAF web ACL associated with its stage filters common exploits, bots and floods before they reach the integration. Private APIs are not judged.",
  remediation: `\`\`\`hcl
resource "aws_wafv2_web_acl_association" "api" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
\`\`\``,
  check: (stage, ctx) => {
    const priv = privateApi(stage, ctx);
    if (priv !== false) return;
    const v2 = ctx.linked(stage, "aws_wafv2_web_acl_association", "resource_arn");
    const classic = ctx.linked(stage, "aws_wafregional_web_acl_association", "resource_arn");
    if (v2.found.length || classic.found.length || v2.uncertain || classic.uncertain) return;
    return { message: "The stage of a public REST API has no WAF web ACL association" };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_rest_api" "a" {
  name = "api"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.a.id
  deployment_id = "d"
}
resource "aws_wafv2_web_acl_association" "w" {
  resource_arn = aws_api_gateway_stage.s.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/1"
}`,
      `resource "aws_api_gateway_rest_api" "a" {
  name = "api"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.a.id
  deployment_id = "d"
}`
    ],
    bad: [
      `resource "aws_api_gateway_rest_api" "a" {
  name = "api"
}
resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.a.id
  deployment_id = "d"
}`
    ]
  }
});
var r16 = defineRule({
  id: "aws-apigateway-xray-tracing",
  title: "API Gateway stage has X-Ray tracing",
  severity: "low",
  aliases: ["CKV_AWS_73", "AVD-AWS-0003"],
  legacyIds: ["aws-api-gateway-enable-tracing"],
  resourceTypes: ["aws_api_gateway_stage"],
  description: "Tracing follows each request through the API and its backends, to find slow and failing calls.",
  remediation: `\`\`\`hcl
xray_tracing_enabled = true
\`\`\``,
  check: expectAt("xray_tracing_enabled", isTrue, "X-Ray tracing is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name           = "prod"
  rest_api_id          = "abc"
  deployment_id        = "d"
  xray_tracing_enabled = true
}`
    ],
    bad: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}`
    ]
  }
});
var r17 = defineRule({
  id: "aws-apigatewayv2-route-authorization",
  title: "API Gateway v2 route specifies an authorization type",
  severity: "low",
  aliases: ["CKV_AWS_309"],
  resourceTypes: ["aws_apigatewayv2_route"],
  description: 'Routes default to authorization_type = "NONE": anyone can call them. The $default and OPTIONS routes of public APIs are often intentional; review them.',
  remediation: `\`\`\`hcl
authorization_type = "JWT"
authorizer_id      = aws_apigatewayv2_authorizer.jwt.id
\`\`\``,
  check: (res) => {
    const key = str(read(res, "route_key"));
    if (key !== void 0 && key.startsWith("OPTIONS ")) return;
    const t = read(res, "authorization_type");
    if (t === void 0) return;
    const s = str(t);
    if (s === void 0 || s.toUpperCase() === "NONE")
      return {
        attribute: s === void 0 ? void 0 : "authorization_type",
        message: `Route ${key ?? ""} has no authorization`.replace("  ", " ")
      };
  },
  examples: {
    good: [
      `resource "aws_apigatewayv2_route" "r" {
  api_id             = "a"
  route_key          = "GET /items"
  authorization_type = "AWS_IAM"
}`
    ],
    bad: [
      `resource "aws_apigatewayv2_route" "r" {
  api_id    = "a"
  route_key = "GET /items"
}`
    ]
  }
});
var r18 = defineRule({
  id: "aws-appsync-logging",
  title: "AppSync GraphQL APIs send logs to CloudWatch Logs",
  severity: "low",
  aliases: ["CKV_AWS_193"],
  resourceTypes: ["aws_appsync_graphql_api"],
  description: "Without a log_config (and the role AppSync uses to write logs) resolver errors, request traces and abuse of the API leave no record.",
  remediation: `\`\`\`hcl
log_config {
  cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
  field_log_level          = "ERROR"
}
\`\`\``,
  check: expectAt("log_config.cloudwatch_logs_role_arn", nonEmpty, "The API does not send logs to CloudWatch Logs (no log_config)", "fail"),
  examples: {
    good: [
      `resource "aws_appsync_graphql_api" "a" {
  name                = "api"
  authentication_type = "AWS_IAM"
  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "ERROR"
  }
}`
    ],
    bad: [
      `resource "aws_appsync_graphql_api" "a" {
  name                = "api"
  authentication_type = "AWS_IAM"
}`
    ]
  }
});
const WORKGROUP_PATH = "configuration.result_configuration.encryption_configuration.encryption_option";
const DATABASE_PATH = "encryption_configuration.encryption_option";
var r19 = defineRule({
  id: "aws-athena-encryption",
  title: "Athena workgroup and database encrypt query results",
  severity: "medium",
  aliases: ["CKV_AWS_159", "CKV_AWS_77", "AVD-AWS-0006"],
  resourceTypes: ["aws_athena_workgroup", "aws_athena_database"],
  description: "Query results written to S3 hold copies of the data queried. An encryption option (SSE_S3, SSE_KMS or CSE_KMS) on the workgroup result configuration, or on the database, makes Athena encrypt them.",
  remediation: `\`\`\`hcl
configuration {
  result_configuration {
    encryption_configuration {
      encryption_option = "SSE_KMS"
      kms_key_arn       = aws_kms_key.athena.arn
    }
  }
}
\`\`\``,
  check: (res, ctx) => expectAt(
    res.type === "aws_athena_database" ? DATABASE_PATH : WORKGROUP_PATH,
    nonEmpty,
    "Query results are not encrypted",
    "fail"
  )(res),
  examples: {
    good: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    result_configuration {
      output_location = "s3://results/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:us-east-1:123456789012:key/abc"
      }
    }
  }
}`,
      `resource "aws_athena_database" "d" {
  name   = "analytics"
  bucket = "results"
  encryption_configuration {
    encryption_option = "SSE_S3"
  }
}`
    ],
    bad: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    result_configuration {
      output_location = "s3://results/"
    }
  }
}`,
      `resource "aws_athena_database" "d" {
  name   = "analytics"
  bucket = "results"
}`
    ]
  }
});
var r20 = defineRule({
  id: "aws-athena-enforce-workgroup-configuration",
  title: "Athena workgroup settings cannot be overridden by clients",
  severity: "medium",
  aliases: ["CKV_AWS_82"],
  resourceTypes: ["aws_athena_workgroup"],
  description: "With enforce_workgroup_configuration = false each client may choose its own result location and encryption, so the encryption the workgroup sets is optional. The provider default is true.",
  remediation: `\`\`\`hcl
configuration {
  enforce_workgroup_configuration = true
}
\`\`\``,
  check: expectAt("configuration.enforce_workgroup_configuration", isTrue, "Clients can override the workgroup configuration", "pass"),
  examples: {
    good: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = true
  }
}`
    ],
    bad: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = false
  }
}`
    ]
  }
});
var r21 = defineRule({
  id: "aws-backup-vault-cmk",
  title: "Backup vault is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_166"],
  resourceTypes: ["aws_backup_vault"],
  description: "Recovery points are encrypted with the AWS-managed key aws/backup unless kms_key_arn names a customer-managed key, which keeps control over who may restore the backups.",
  remediation: `\`\`\`hcl
resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = aws_kms_key.backup.arn
}
\`\`\``,
  check: expectAt("kms_key_arn", nonEmpty, "The vault is not encrypted with a customer-managed KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_backup_vault" "v" {
  name        = "main"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`
    ],
    bad: [
      `resource "aws_backup_vault" "v" {
  name = "main"
}`
    ]
  }
});
function containerProperties(v) {
  if (v === void 0 || v === null || isUnknown(v)) return void 0;
  if (typeof v === "string") {
    try {
      const parsed = JSON.parse(v);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
    } catch {
      return void 0;
    }
  }
  return isObject(v) ? v : void 0;
}
var r22 = defineRule({
  id: "aws-batch-no-privileged",
  title: "Batch job definitions do not run privileged containers",
  severity: "high",
  aliases: ["CKV_AWS_210"],
  resourceTypes: ["aws_batch_job_definition"],
  description: "A privileged container has root access to the host: a compromised job can escape to the instance and to every other job on it.",
  remediation: `\`\`\`hcl
container_properties = jsonencode({
  image      = "app:1.0"
  privileged = false
  # \u2026
})
\`\`\``,
  check: (res) => {
    const props = containerProperties(res.attributes.container_properties);
    if (!props) return;
    const p = props.privileged;
    if (p === true || p === "true")
      return { attribute: "container_properties", message: "The job runs a privileged container (privileged = true)" };
  },
  examples: {
    good: [
      `resource "aws_batch_job_definition" "j" {
  name = "job"
  type = "container"
  container_properties = jsonencode({
    image   = "busybox"
    command = ["ls"]
  })
}`
    ],
    bad: [
      `resource "aws_batch_job_definition" "j" {
  name = "job"
  type = "container"
  container_properties = jsonencode({
    image      = "busybox"
    privileged = true
  })
}`,
      `resource "aws_batch_job_definition" "j" {
  name                 = "job"
  type                 = "container"
  container_properties = <<JSON
{"image": "busybox", "privileged": true}
JSON
}`
    ]
  }
});
var r23 = defineRule({
  id: "aws-cloudformation-stack-notifications",
  title: "CloudFormation stack sends its events to an SNS topic",
  severity: "low",
  aliases: ["CKV_AWS_124"],
  resourceTypes: ["aws_cloudformation_stack"],
  description: "notification_arns publishes stack events (creates, updates, rollbacks, deletes) so changes made outside Terraform are noticed.",
  remediation: `\`\`\`hcl
notification_arns = [aws_sns_topic.stack_events.arn]
\`\`\``,
  check: expectAt("notification_arns", nonEmpty, "The stack sends no event notifications", "fail"),
  examples: {
    good: [
      `resource "aws_cloudformation_stack" "s" {
  name              = "network"
  template_url      = "https://s3.amazonaws.com/templates/network.yaml"
  notification_arns = ["arn:aws:sns:us-east-1:123456789012:stack-events"]
}`
    ],
    bad: [
      `resource "aws_cloudformation_stack" "s" {
  name         = "network"
  template_url = "https://s3.amazonaws.com/templates/network.yaml"
}`
    ]
  }
});
var r24 = defineRule({
  id: "aws-cloudfront-custom-certificate",
  title: "CloudFront distribution serves its own domain with its own certificate",
  severity: "low",
  aliases: ["CKV2_AWS_42"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "With the default *.cloudfront.net certificate the distribution has no domain of its own and its minimum TLS version cannot be raised above TLSv1. Use an ACM certificate (in us-east-1) for your domain name.",
  remediation: `\`\`\`hcl
aliases = ["www.example.com"]
viewer_certificate {
  acm_certificate_arn      = aws_acm_certificate.www.arn
  ssl_support_method       = "sni-only"
  minimum_protocol_version = "TLSv1.2_2021"
}
\`\`\``,
  check: (res) => {
    const vc = blocks(res.attributes.viewer_certificate);
    if (vc === void 0) return;
    for (const c of vc) {
      const acm = isSet(read(c, "acm_certificate_arn"));
      const iam = isSet(read(c, "iam_certificate_id"));
      if (acm !== false || iam !== false) return;
    }
    return { attribute: vc.length ? "viewer_certificate" : void 0, message: "The distribution uses the default CloudFront certificate" };
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}`
    ]
  }
});
var r25 = defineRule({
  id: "aws-cloudfront-default-root-object",
  title: "CloudFront distribution sets a default root object",
  severity: "low",
  aliases: ["CKV_AWS_305"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: 'Without a default root object, a request for "/" is forwarded to the origin, which may list its contents.',
  remediation: `\`\`\`hcl
default_root_object = "index.html"
\`\`\``,
  check: expectAt("default_root_object", nonEmpty, "The distribution has no default root object", "fail"),
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled             = true
  default_root_object = "index.html"
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`
    ]
  }
});
var r26 = defineRule({
  id: "aws-cloudfront-enabled",
  title: "CloudFront distribution is enabled",
  severity: "low",
  aliases: ["CKV_AWS_216"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "A disabled distribution serves nothing but keeps its domain, certificates and origins configured \u2014 usually a leftover; if its DNS name is still published, it is also a takeover risk once deleted.",
  remediation: `Enable the distribution, or remove it and its DNS records:
\`\`\`hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  # \u2026
}
\`\`\``,
  check: expectAt("enabled", isTrue, "The distribution is disabled (enabled = false)", "pass"),
  examples: {
    good: [`resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`],
    bad: [`resource "aws_cloudfront_distribution" "d" {
  enabled = false
}`]
  }
});
var r27 = defineRule({
  id: "aws-cloudfront-geo-restriction",
  title: "CloudFront distribution restricts viewers by country",
  severity: "low",
  aliases: ["CKV_AWS_374"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: 'A whitelist or blacklist of countries narrows who can reach the content (sanctions, licensing, regions you do not serve). A global audience is a valid reason to keep "none": suppress the finding with that reason.',
  remediation: `\`\`\`hcl
restrictions {
  geo_restriction {
    restriction_type = "whitelist"
    locations        = ["US", "CA", "GB", "DE"]
  }
}
\`\`\``,
  check: expectAt("restrictions.geo_restriction.restriction_type", notEquals("none"), "The distribution serves every country", "pass"),
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  restrictions {
    geo_restriction {
      restriction_type = "whitelist"
      locations        = ["US", "CA"]
    }
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
}`
    ]
  }
});
const ONE_YEAR = 31536e3;
var r28 = defineRule({
  id: "aws-cloudfront-hsts",
  title: "CloudFront response headers policy enforces Strict-Transport-Security",
  severity: "low",
  aliases: ["CKV_AWS_259"],
  resourceTypes: ["aws_cloudfront_response_headers_policy"],
  description: "Strict-Transport-Security tells browsers to use HTTPS only, which stops SSL-stripping on first visits from links. The policy should send it for at least a year, for subdomains, with preload, overriding the origin\u2019s header.",
  remediation: `\`\`\`hcl
security_headers_config {
  strict_transport_security {
    access_control_max_age_sec = 31536000
    include_subdomains         = true
    preload                    = true
    override                   = true
  }
}
\`\`\``,
  check: (res) => {
    const shc = blocks(res.attributes.security_headers_config);
    if (shc === void 0) return;
    const sts = shc.length ? blocks(shc[0].strict_transport_security) : [];
    if (sts === void 0) return;
    if (sts.length === 0)
      return {
        attribute: shc.length ? "security_headers_config" : void 0,
        message: "The policy does not send Strict-Transport-Security"
      };
    const s = sts[0];
    const age = read(s, "access_control_max_age_sec");
    const n = num(age);
    if (age === void 0) return;
    if (n === void 0 || n < ONE_YEAR)
      return typeof age === "symbol" || n !== void 0 ? { attribute: "security_headers_config", message: "Strict-Transport-Security max-age is under one year" } : void 0;
    for (const k of ["include_subdomains", "preload", "override"]) {
      const v = bool(read(s, k), false);
      if (v === false) return { attribute: "security_headers_config", message: `Strict-Transport-Security does not set ${k} = true` };
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_response_headers_policy" "p" {
  name = "security"
  security_headers_config {
    strict_transport_security {
      access_control_max_age_sec = 31536000
      include_subdomains         = true
      preload                    = true
      override                   = true
    }
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_response_headers_policy" "p" {
  name = "security"
  security_headers_config {
    strict_transport_security {
      access_control_max_age_sec = 3600
      override                   = true
    }
  }
}`,
      `resource "aws_cloudfront_response_headers_policy" "p" {
  name = "cors"
  cors_config {
    access_control_allow_credentials = false
    origin_override                  = true
    access_control_allow_headers {
      items = ["*"]
    }
    access_control_allow_methods {
      items = ["GET"]
    }
    access_control_allow_origins {
      items = ["example.com"]
    }
  }
}`
    ]
  }
});
var r29 = defineRule({
  id: "aws-cloudfront-https",
  title: "CloudFront distribution requires HTTPS for viewers",
  severity: "high",
  aliases: ["CKV_AWS_34", "AVD-AWS-0012"],
  legacyIds: ["aws-cloudfront-enforce-https"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: 'viewer_protocol_policy = "allow-all" serves content and cookies over plain HTTP.',
  remediation: `\`\`\`hcl
default_cache_behavior {
  viewer_protocol_policy = "redirect-to-https"
}
\`\`\``,
  check: (res) => {
    const out = [];
    for (const attr of ["default_cache_behavior", "ordered_cache_behavior"]) {
      for (const b of blocks(res.attributes[attr]) ?? []) {
        if (b.viewer_protocol_policy === "allow-all")
          out.push({ attribute: `${attr}.viewer_protocol_policy`, message: `A cache behavior (${attr}) allows plain HTTP viewers` });
      }
    }
    return out.slice(0, 1);
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "redirect-to-https"
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "allow-all"
  }
}`
    ]
  }
});
var r30 = defineRule({
  id: "aws-cloudfront-logging",
  title: "CloudFront distribution has access logging",
  severity: "low",
  aliases: ["CKV_AWS_86", "AVD-AWS-0010"],
  legacyIds: ["aws-cloudfront-enable-logging"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "Access logs record every viewer request for investigations and abuse detection.",
  remediation: `\`\`\`hcl
logging_config {
  bucket = aws_s3_bucket.cdn_logs.bucket_domain_name
  prefix = "cdn/"
}
\`\`\``,
  check: (res, ctx) => {
    const v2 = ctx.linked(res, "aws_cloudwatch_log_delivery_source", "resource_arn");
    const delivered = v2.found.filter(
      (s) => s.attributes.log_type === "ACCESS_LOGS" && ctx.linked(s, "aws_cloudwatch_log_delivery", "delivery_source_name", ["name"]).found.length > 0
    );
    if (delivered.length > 0) return;
    return expectAt("logging_config", nonEmpty, "The distribution has no access logging", "fail")(res);
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  logging_config { bucket = "logs.s3.amazonaws.com" }
}`,
      `resource "aws_cloudfront_distribution" "d" { enabled = true }
resource "aws_cloudwatch_log_delivery_source" "d" {
  name         = "cdn-access"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.d.arn
}
resource "aws_cloudwatch_log_delivery_destination" "d" {
  name = "cdn-access-logs"
  delivery_destination_configuration { destination_resource_arn = "arn:aws:logs:us-east-1:123456789012:log-group:cdn" }
}
resource "aws_cloudwatch_log_delivery" "d" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.d.name
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.d.arn
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`
    ]
  }
});
var r31 = defineRule({
  id: "aws-cloudfront-origin-failover",
  title: "CloudFront distribution has an origin group for failover",
  severity: "low",
  aliases: ["CKV_AWS_310"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "An origin group with a primary and a secondary origin lets CloudFront retry on the secondary when the primary answers with the listed error codes, instead of serving errors.",
  remediation: `\`\`\`hcl
origin_group {
  origin_id = "failover"
  failover_criteria {
    status_codes = [500, 502, 503, 504]
  }
  member { origin_id = "primary" }
  member { origin_id = "secondary" }
}
\`\`\``,
  check: (res) => {
    const groups = blocks(res.attributes.origin_group);
    if (groups === void 0) return;
    if (groups.length === 0) return { message: "The distribution has no origin group: no failover when its origin fails" };
    for (const g of groups) {
      const criteria = blocks(g.failover_criteria);
      const members = blocks(g.member);
      if (criteria === void 0 || members === void 0) return;
      const codes = criteria.flatMap((c) => Array.isArray(c.status_codes) ? c.status_codes : []);
      if (criteria.length === 0 || codes.length === 0 || members.length < 2) {
        return { attribute: "origin_group", message: "The origin group lacks failover criteria or a second member: it cannot fail over" };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "a.example.com"
    origin_id   = "primary"
  }
  origin {
    domain_name = "b.example.com"
    origin_id   = "secondary"
  }
  origin_group {
    origin_id = "failover"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "secondary"
    }
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin_group {
    origin_id = "failover"
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "secondary"
    }
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "a.example.com"
    origin_id   = "primary"
  }
}`
    ]
  }
});
var r32 = defineRule({
  id: "aws-cloudfront-origin-https",
  title: "CloudFront connects to custom origins over HTTPS only",
  severity: "medium",
  aliases: ["CKV2_AWS_72"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: 'origin_protocol_policy "http-only" or "match-viewer" sends traffic between CloudFront and the origin unencrypted.',
  remediation: `\`\`\`hcl
custom_origin_config {
  http_port              = 80
  https_port             = 443
  origin_protocol_policy = "https-only"
  origin_ssl_protocols   = ["TLSv1.2"]
}
\`\`\``,
  check: (res) => {
    for (const o of blocks(res.attributes.origin) ?? []) {
      for (const c of blocks(o.custom_origin_config) ?? []) {
        const p = c.origin_protocol_policy;
        if (p === "http-only" || p === "match-viewer")
          return { attribute: "origin", message: `An origin is reached with origin_protocol_policy "${p}"` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}`
    ]
  }
});
var r33 = defineRule({
  id: "aws-cloudfront-origin-no-sslv3",
  title: "CloudFront does not speak SSLv3 to custom origins",
  severity: "medium",
  aliases: ["CKV2_AWS_54"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "origin_ssl_protocols lists what CloudFront may negotiate with a custom origin; SSLv3 is broken (POODLE) and lets a network attacker read the traffic between CloudFront and the origin.",
  remediation: `\`\`\`hcl
custom_origin_config {
  http_port              = 80
  https_port             = 443
  origin_protocol_policy = "https-only"
  origin_ssl_protocols   = ["TLSv1.2"]
}
\`\`\``,
  check: (res) => {
    for (const o of blocks(res.attributes.origin) ?? []) {
      for (const c of blocks(o.custom_origin_config) ?? []) {
        if (strings(read(c, "origin_ssl_protocols"))?.includes("SSLv3"))
          return { attribute: "origin", message: 'A custom origin allows SSLv3 (origin_ssl_protocols contains "SSLv3")' };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["SSLv3", "TLSv1.2"]
    }
  }
}`
    ]
  }
});
var r34 = defineRule({
  id: "aws-cloudfront-response-headers-policy",
  title: "CloudFront distribution attaches a response headers policy",
  severity: "low",
  aliases: ["CKV2_AWS_32"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "A response headers policy adds security headers (Strict-Transport-Security, X-Content-Type-Options, X-Frame-Options, \u2026) to every response, whatever the origin sends. At least one cache behavior should name one (AWS\u2019s managed SecurityHeadersPolicy is a good start).",
  remediation: `\`\`\`hcl
data "aws_cloudfront_response_headers_policy" "security" {
  name = "Managed-SecurityHeadersPolicy"
}

default_cache_behavior {
  # \u2026
  response_headers_policy_id = data.aws_cloudfront_response_headers_policy.security.id
}
\`\`\``,
  check: (res) => {
    let unknown = false;
    for (const attr of ["default_cache_behavior", "ordered_cache_behavior"]) {
      const list = blocks(res.attributes[attr]);
      if (list === void 0) {
        unknown = true;
        continue;
      }
      for (const b of list) {
        const set = isSet(read(b, "response_headers_policy_id"));
        if (set !== false) return;
      }
    }
    if (!unknown) return { attribute: "default_cache_behavior", message: "No cache behavior attaches a response headers policy" };
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id           = "o"
    viewer_protocol_policy     = "redirect-to-https"
    response_headers_policy_id = "67f7725c-6f97-4210-82d7-5512b31e9d03"
  }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "redirect-to-https"
  }
}`
    ]
  }
});
const S3_REST = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;
const S3_WEBSITE = /\.s3-website[.-]/;
var r35 = defineRule({
  id: "aws-cloudfront-s3-origin-access",
  title: "CloudFront reaches S3 origins through origin access control",
  severity: "medium",
  aliases: ["CKV2_AWS_46"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "An S3 bucket served by CloudFront without origin access control (origin_access_control_id, or the legacy s3_origin_config identity) must be publicly readable, so anyone can bypass the distribution (its WAF, signed URLs, logging) and read the bucket directly. An origin counts as S3 when its domain name is an S3 REST endpoint, or, when domain names cannot be known, when the distribution refers to an aws_s3_bucket and no log bucket named by reference could explain it.",
  remediation: `\`\`\`hcl
resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

origin {
  domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
  origin_id                = "site"
  origin_access_control_id = aws_cloudfront_origin_access_control.site.id
}
\`\`\``,
  check: (res) => {
    const origins = blocks(res.attributes.origin);
    if (origins === void 0) return;
    let s3 = false;
    for (const o of origins) {
      const oac = isSet(read(o, "origin_access_control_id"));
      const oai = blocks(o.s3_origin_config);
      if (oac !== false || oai === void 0 || oai.length > 0) return;
      const domain = read(o, "domain_name");
      const d = str(domain);
      if (d !== void 0 && S3_REST.test(d) && !S3_WEBSITE.test(d)) s3 = true;
    }
    if (!s3) {
      const logging = blocks(res.attributes.logging_config);
      if (logging === void 0 || logging.some((l) => typeof read(l, "bucket") !== "string")) return;
      s3 = res.references.some((r) => /(^|\.)aws_s3_bucket\.[^.]+$/.test(r));
    }
    if (s3) return { attribute: "origin", message: "An S3 origin is reached without origin access control: the bucket must be public" };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "site" {
  bucket = "site"
}
resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = "E2QWRUHAPOMQZL"
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "site" {
  bucket = "site"
}
resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id   = "site"
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "site.s3.eu-west-1.amazonaws.com"
    origin_id   = "site"
  }
}`
    ]
  }
});
var r36 = defineRule({
  id: "aws-cloudfront-tls",
  title: "CloudFront distribution requires TLS 1.2 or later",
  severity: "high",
  aliases: ["CKV_AWS_174", "AVD-AWS-0013"],
  legacyIds: ["aws-cloudfront-use-secure-tls-policy"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "With a custom certificate, minimum_protocol_version should be TLSv1.2_2019 or newer; older values accept TLS 1.0/1.1. (The default CloudFront certificate cannot be configured and is not reported.)",
  remediation: `\`\`\`hcl
viewer_certificate {
  acm_certificate_arn      = aws_acm_certificate.site.arn
  ssl_support_method       = "sni-only"
  minimum_protocol_version = "TLSv1.2_2021"
}
\`\`\``,
  check: (res) => {
    for (const vc of blocks(res.attributes.viewer_certificate) ?? []) {
      if (bool(read(vc, "cloudfront_default_certificate"), false) !== false) continue;
      const v = read(vc, "minimum_protocol_version");
      if (v === void 0) continue;
      const s = str(v);
      if (s === void 0) return { attribute: "viewer_certificate", message: "minimum_protocol_version is not set: it defaults to TLSv1" };
      if (!/^TLSv1\.[23]/.test(s))
        return {
          attribute: "viewer_certificate.minimum_protocol_version",
          message: `minimum_protocol_version ${s} accepts TLS versions older than 1.2`
        };
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = "arn:cert"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate { cloudfront_default_certificate = true }
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = "arn:cert"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1"
  }
}`
    ]
  }
});
var r37 = defineRule({
  id: "aws-cloudfront-waf",
  title: "CloudFront distribution is protected by a WAF web ACL",
  severity: "medium",
  aliases: ["CKV_AWS_68", "AVD-AWS-0011"],
  legacyIds: ["aws-cloudfront-enable-waf"],
  resourceTypes: ["aws_cloudfront_distribution"],
  description: "A web ACL filters common attacks (SQL injection, XSS, bad bots, request floods) before they reach the origin.",
  remediation: `\`\`\`hcl
web_acl_id = aws_wafv2_web_acl.cdn.arn
\`\`\``,
  check: expectAt("web_acl_id", nonEmpty, "The distribution has no WAF web ACL", "fail"),
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/1"
}`
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`
    ]
  }
});
var r38 = defineRule({
  id: "aws-cloudtrail-cloudwatch-logs",
  title: "CloudTrail is integrated with CloudWatch Logs",
  severity: "low",
  aliases: ["CKV2_AWS_10", "AVD-AWS-0162"],
  legacyIds: ["aws-cloudtrail-ensure-cloudwatch-integration"],
  resourceTypes: ["aws_cloudtrail"],
  description: "Sending the trail to CloudWatch Logs enables metric filters and alarms on API activity (root logins, policy changes, \u2026).",
  remediation: `\`\`\`hcl
cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
cloud_watch_logs_role_arn  = aws_iam_role.trail.arn
\`\`\``,
  check: expectAt("cloud_watch_logs_group_arn", nonEmpty, "The trail is not sent to CloudWatch Logs", "fail"),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name                       = "main"
  s3_bucket_name             = "trail"
  cloud_watch_logs_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:trail:*"
}`
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`
    ]
  }
});
var r39 = defineRule({
  id: "aws-cloudtrail-kms-encryption",
  title: "CloudTrail logs are encrypted with a KMS key",
  severity: "medium",
  aliases: ["CKV_AWS_35", "AVD-AWS-0015"],
  legacyIds: ["aws-cloudtrail-encryption-customer-key"],
  resourceTypes: ["aws_cloudtrail"],
  description: "With SSE-KMS, reading the trail requires both S3 and KMS permissions, and every decryption is logged.",
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.cloudtrail.arn
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The trail is not encrypted with a KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
  kms_key_id     = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`
    ]
  }
});
var r40 = defineRule({
  id: "aws-cloudtrail-log-validation",
  title: "CloudTrail log file validation is enabled",
  severity: "medium",
  aliases: ["CKV_AWS_36", "AVD-AWS-0016"],
  legacyIds: ["aws-cloudtrail-enable-log-validation"],
  resourceTypes: ["aws_cloudtrail"],
  description: "Validation digests prove that log files were not modified or deleted after delivery.",
  remediation: `\`\`\`hcl
enable_log_file_validation = true
\`\`\``,
  check: expectAt("enable_log_file_validation", isTrue, "Log file validation is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name                       = "main"
  s3_bucket_name             = "trail"
  enable_log_file_validation = true
}`
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`
    ]
  }
});
var r41 = defineRule({
  id: "aws-cloudtrail-logging-enabled",
  title: "CloudTrail trail is logging",
  severity: "medium",
  aliases: ["CKV_AWS_251"],
  resourceTypes: ["aws_cloudtrail"],
  description: "enable_logging = false keeps the trail defined but stops it recording API calls: the account looks audited and is not.",
  remediation: `\`\`\`hcl
resource "aws_cloudtrail" "main" {
  enable_logging = true # the default
  # \u2026
}
\`\`\``,
  check: expectAt("enable_logging", isTrue, "The trail does not record events (enable_logging = false)", "pass"),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail-logs"
}`
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail-logs"
  enable_logging = false
}`
    ]
  }
});
var r42 = defineRule({
  id: "aws-cloudtrail-multi-region",
  title: "CloudTrail trail covers all regions",
  severity: "medium",
  aliases: ["CKV_AWS_67", "AVD-AWS-0014"],
  legacyIds: ["aws-cloudtrail-enable-all-regions"],
  resourceTypes: ["aws_cloudtrail"],
  description: "A single-region trail misses activity in every other region, where an attacker would prefer to work.",
  remediation: `\`\`\`hcl
is_multi_region_trail = true
\`\`\``,
  check: expectAt("is_multi_region_trail", isTrue, "The trail only records one region", "fail"),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name                  = "main"
  s3_bucket_name        = "trail"
  is_multi_region_trail = true
}`
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`
    ]
  }
});
var r43 = defineRule({
  id: "aws-cloudtrail-sns-topic",
  title: "CloudTrail notifies an SNS topic on log delivery",
  severity: "low",
  aliases: ["CKV_AWS_252"],
  resourceTypes: ["aws_cloudtrail"],
  description: "An SNS notification for each log delivery lets downstream tools process logs as they arrive.",
  remediation: `\`\`\`hcl
sns_topic_name = aws_sns_topic.trail.name
\`\`\``,
  check: expectAt("sns_topic_name", nonEmpty, "The trail has no SNS topic", "fail"),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
  sns_topic_name = "trail-events"
}`
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`
    ]
  }
});
var r44 = defineRule({
  id: "aws-cloudwatch-alarm-actions-enabled",
  title: "CloudWatch alarm actions are enabled",
  severity: "low",
  aliases: ["CKV_AWS_319"],
  resourceTypes: ["aws_cloudwatch_metric_alarm"],
  description: "With actions_enabled = false the alarm changes state but notifies no one and triggers no scaling or recovery action.",
  remediation: `\`\`\`hcl
resource "aws_cloudwatch_metric_alarm" "errors" {
  actions_enabled = true # the default
  alarm_actions   = [aws_sns_topic.alerts.arn]
  # \u2026
}
\`\`\``,
  check: expectAt("actions_enabled", isTrue, "The alarm\u2019s actions are disabled (actions_enabled = false)", "pass"),
  examples: {
    good: [
      `resource "aws_cloudwatch_metric_alarm" "a" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
}`
    ],
    bad: [
      `resource "aws_cloudwatch_metric_alarm" "a" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  actions_enabled     = false
}`
    ]
  }
});
var r45 = defineRule({
  id: "aws-cloudwatch-log-group-cmk",
  title: "CloudWatch log group is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_158", "AVD-AWS-0017"],
  legacyIds: ["aws-cloudwatch-log-group-customer-key"],
  resourceTypes: ["aws_cloudwatch_log_group"],
  description: "Logs often contain personal data and secrets printed by mistake; a customer-managed key controls who can read them.",
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.logs.arn
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The log group is not encrypted with a customer-managed KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_cloudwatch_log_group" "g" {
  name       = "app"
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "g" {
  name = "app"
}`
    ]
  }
});
var r46 = defineRule({
  id: "aws-cloudwatch-log-retention",
  title: "CloudWatch log group has a retention period",
  severity: "low",
  aliases: ["CKV_AWS_66"],
  resourceTypes: ["aws_cloudwatch_log_group"],
  description: "Without retention_in_days logs are kept forever: a growing cost and a growing store of sensitive data.",
  remediation: `\`\`\`hcl
retention_in_days = 365
\`\`\``,
  check: expectAt("retention_in_days", atLeast(1), "The log group keeps logs forever (no retention period)", "fail"),
  examples: {
    good: [
      `resource "aws_cloudwatch_log_group" "g" {
  name              = "app"
  retention_in_days = 30
}`
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "g" {
  name = "app"
}`
    ]
  }
});
var r47 = defineRule({
  id: "aws-cloudwatch-log-retention-one-year",
  title: "CloudWatch log group keeps logs for at least a year",
  severity: "low",
  aliases: ["CKV_AWS_338"],
  resourceTypes: ["aws_cloudwatch_log_group"],
  description: "Incident investigations and audits often reach back months; keep at least 365 days (0 or unset means forever, which passes).",
  remediation: `\`\`\`hcl
retention_in_days = 365
\`\`\``,
  check: expectAt("retention_in_days", (v) => v === 0 ? true : atLeast(365)(v), "The log group keeps logs for less than a year", "pass"),
  examples: {
    good: [
      `resource "aws_cloudwatch_log_group" "g" {
  name              = "app"
  retention_in_days = 400
}`
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "g" {
  name              = "app"
  retention_in_days = 14
}`
    ]
  }
});
var r48 = defineRule({
  id: "aws-codebuild-artifact-encryption",
  title: "CodeBuild artifacts are encrypted",
  severity: "high",
  aliases: ["CKV_AWS_78", "AVD-AWS-0018"],
  legacyIds: ["aws-codebuild-enable-encryption"],
  resourceTypes: ["aws_codebuild_project"],
  description: "encryption_disabled = true stores build artifacts (often containing secrets and binaries) unencrypted.",
  remediation: `\`\`\`hcl
artifacts {
  type                = "S3"
  location            = aws_s3_bucket.artifacts.bucket
  encryption_disabled = false
}
\`\`\``,
  check: (res) => {
    for (const attribute of ["artifacts", "secondary_artifacts"]) {
      for (const a of blocks(res.attributes[attribute]) ?? []) {
        if (str(read(a, "type"))?.toUpperCase() === "NO_ARTIFACTS") continue;
        if (bool(read(a, "encryption_disabled")) === true)
          return { attribute, message: `Build artifact encryption is disabled (${attribute})` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name = "build"
  artifacts { type = "NO_ARTIFACTS" }
}`,
      `resource "aws_codebuild_project" "p" {
  name = "build"
  artifacts {
    type                = "NO_ARTIFACTS"
    encryption_disabled = true
  }
}`
    ],
    bad: [
      `resource "aws_codebuild_project" "secondary" {
  artifacts {
    type = "S3"
  }
  secondary_artifacts {
    artifact_identifier = "extra"
    type                = "S3"
    encryption_disabled = true
  }
}`,
      `resource "aws_codebuild_project" "p" {
  name = "build"
  artifacts {
    type                = "S3"
    location            = "artifacts"
    encryption_disabled = true
  }
}`
    ]
  }
});
const EXAMPLE_KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const customerKey = (v) => {
  if (v === MISSING) return false;
  if (typeof v !== "string") return nonEmpty(v);
  const t = v.trim();
  return t !== "" && !/^(arn:[^:]+:kms:[^:]*:[^:]*:)?alias\/aws\//.test(t);
};
function cmkCheck(path, what) {
  return expectAt(
    path,
    customerKey,
    `${what} is not encrypted with a customer-managed KMS key (${path.split(".").pop()} is not set)`,
    "fail"
  );
}
function cmkRemediation(type, path) {
  const segs = path.split(".");
  const leaf = segs.pop();
  let body = `${leaf} = aws_kms_key.this.arn`;
  for (const b of segs.reverse()) body = `${b} {
  ${body.split("\n").join("\n  ")}
}`;
  return `\`\`\`hcl
resource "${type}" "this" {
  # \u2026
  ${body.split("\n").join("\n  ")}
}
\`\`\``;
}
function cmkRule(spec) {
  const segs = spec.path.split(".");
  const leaf = segs[segs.length - 1];
  const withKey = (value) => {
    let inner = `${leaf} = ${value}`;
    for (const b of segs.slice(0, -1).reverse()) inner = `${b} {
 ${inner}
}`;
    return `resource "${spec.type}" "x" {
${spec.body}
${inner}
}`;
  };
  return {
    id: spec.id,
    title: spec.title,
    severity: spec.severity ?? "low",
    aliases: spec.aliases,
    resourceTypes: [spec.type],
    description: spec.description,
    remediation: cmkRemediation(spec.type, spec.path),
    check: cmkCheck(spec.path, spec.what),
    examples: {
      good: [withKey(`"${EXAMPLE_KEY_ARN}"`)],
      bad: [`resource "${spec.type}" "x" {
${spec.body}
}`]
    }
  };
}
const keyCheck = cmkCheck("encryption_key", "The build output");
var r49 = defineRule({
  id: "aws-codebuild-cmk",
  title: "CodeBuild projects that produce artifacts encrypt them with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_147"],
  resourceTypes: ["aws_codebuild_project"],
  description: "Without encryption_key CodeBuild encrypts artifacts (and cache) with the AWS-managed aws/s3 key, which cannot be restricted by a key policy nor shared with a deployment account. Projects with NO_ARTIFACTS are not judged.",
  remediation: cmkRemediation("aws_codebuild_project", "encryption_key"),
  check: (res, ctx) => {
    const list = blocks(res.attributes.artifacts);
    if (!list || list.length === 0) return;
    const type = read(list[0], "type");
    if (type === void 0 || type === "NO_ARTIFACTS") return;
    return keyCheck(res);
  },
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name           = "app"
  service_role   = "arn:aws:iam::123456789012:role/cb"
  encryption_key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  artifacts {
    type     = "S3"
    location = "artifacts"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}`
    ],
    bad: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type     = "S3"
    location = "artifacts"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}`
    ]
  }
});
function status(list, dflt) {
  if (list === void 0) return void 0;
  if (list.length === 0) return dflt;
  const s = read(list[0], "status");
  if (typeof s === "symbol") return dflt;
  return str(s)?.toUpperCase();
}
var r50 = defineRule({
  id: "aws-codebuild-logging",
  title: "CodeBuild projects keep build logs",
  severity: "low",
  aliases: ["CKV_AWS_314"],
  resourceTypes: ["aws_codebuild_project"],
  description: "Build logs show what ran in the build with which credentials. CodeBuild sends them to CloudWatch Logs unless logs_config turns that off; a project with CloudWatch Logs disabled and no S3 logs keeps none. (Checkov\u2019s CKV_AWS_314 also reports projects that rely on the default; this rule does not, since the default logs.)",
  remediation: `\`\`\`hcl
logs_config {
  cloudwatch_logs {
    status     = "ENABLED"
    group_name = "/codebuild/app"
  }
}
\`\`\``,
  check: (res) => {
    const cfg = blocks(res.attributes.logs_config);
    if (cfg === void 0) return;
    const c = cfg[0];
    const cw = status(c ? blocks(c.cloudwatch_logs) : [], "ENABLED");
    const s3 = status(c ? blocks(c.s3_logs) : [], "DISABLED");
    if (cw === void 0 || s3 === void 0) return;
    if (cw === "DISABLED" && s3 === "DISABLED")
      return { attribute: "logs_config", message: "The project keeps no build logs (CloudWatch Logs and S3 logs are disabled)" };
  },
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
}`
    ],
    bad: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  logs_config {
    cloudwatch_logs {
      status = "DISABLED"
    }
  }
}`
    ]
  }
});
var r51 = defineRule({
  id: "aws-codebuild-no-privileged",
  title: "CodeBuild projects do not run in privileged mode",
  severity: "medium",
  aliases: ["CKV_AWS_316"],
  resourceTypes: ["aws_codebuild_project"],
  description: "privileged_mode = true gives the build container root on the build host (it is needed only to run a Docker daemon inside the build). A malicious dependency or pull request then controls the host. Prefer building images with tools that need no daemon, or isolate such projects.",
  remediation: `\`\`\`hcl
environment {
  compute_type    = "BUILD_GENERAL1_SMALL"
  image           = "aws/codebuild/standard:7.0"
  type            = "LINUX_CONTAINER"
  privileged_mode = false
}
\`\`\``,
  check: expectAt("environment.privileged_mode", isFalse, "The build runs in privileged mode (privileged_mode = true)", "pass"),
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
}`
    ],
    bad: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }
}`
    ]
  }
});
var r52 = defineRule({
  id: "aws-codebuild-s3-logs-encryption",
  title: "CodeBuild S3 build logs are encrypted",
  severity: "medium",
  aliases: ["CKV_AWS_311"],
  resourceTypes: ["aws_codebuild_project"],
  description: "s3_logs with encryption_disabled = true writes build logs (which often echo environment values) to S3 unencrypted.",
  remediation: `\`\`\`hcl
logs_config {
  s3_logs {
    status              = "ENABLED"
    location            = "\${aws_s3_bucket.logs.id}/build-log"
    encryption_disabled = false
  }
}
\`\`\``,
  check: expectAt(
    "logs_config.s3_logs.encryption_disabled",
    isFalse,
    "Build logs are written to S3 unencrypted (encryption_disabled = true)",
    "pass"
  ),
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  logs_config {
    s3_logs {
      status   = "ENABLED"
      location = "logs/build"
    }
  }
}`
    ],
    bad: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "logs/build"
      encryption_disabled = true
    }
  }
}`
    ]
  }
});
var r53 = defineRule({
  id: "aws-cognito-no-unauthenticated-identities",
  title: "Cognito identity pools do not hand out credentials to unauthenticated guests",
  severity: "medium",
  aliases: ["CKV_AWS_366"],
  resourceTypes: ["aws_cognito_identity_pool"],
  description: "With allow_unauthenticated_identities anyone who knows the pool id gets temporary AWS credentials for the unauthenticated role; whatever that role allows is public.",
  remediation: `\`\`\`hcl
allow_unauthenticated_identities = false
\`\`\``,
  check: expectAt("allow_unauthenticated_identities", isFalse, "The identity pool gives AWS credentials to unauthenticated guests", "pass"),
  examples: {
    good: [
      `resource "aws_cognito_identity_pool" "p" {
  identity_pool_name = "app"
}`
    ],
    bad: [
      `resource "aws_cognito_identity_pool" "p" {
  identity_pool_name               = "app"
  allow_unauthenticated_identities = true
}`
    ]
  }
});
const SOURCES = ["account_aggregation_source", "organization_aggregation_source"];
var r54 = defineRule({
  id: "aws-config-aggregator-all-regions",
  title: "AWS Config aggregator collects from all regions",
  severity: "medium",
  aliases: ["CKV_AWS_121", "AVD-AWS-0019"],
  resourceTypes: ["aws_config_configuration_aggregator"],
  description: "An aggregator limited to a list of regions misses resources created anywhere else, including regions an attacker picks because nobody watches them. all_regions also covers regions AWS adds later.",
  remediation: `\`\`\`hcl
account_aggregation_source {
  account_ids = [data.aws_caller_identity.current.account_id]
  all_regions = true
}
\`\`\``,
  check: (res) => {
    let unknown = false;
    for (const key of SOURCES) {
      const list = blocks(res.attributes[key]);
      if (list === void 0) {
        unknown = true;
        continue;
      }
      const first = list[0];
      if (!first) continue;
      const all = bool(read(first, "all_regions"), false);
      if (all === void 0) unknown = true;
      else if (all) return;
    }
    if (unknown) return;
    return { message: "The aggregator does not collect from all regions" };
  },
  examples: {
    good: [
      `resource "aws_config_configuration_aggregator" "a" {
  name = "org"
  organization_aggregation_source {
    role_arn    = "arn:aws:iam::123456789012:role/config"
    all_regions = true
  }
}`
    ],
    bad: [
      `resource "aws_config_configuration_aggregator" "a" {
  name = "org"
  account_aggregation_source {
    account_ids = ["123456789012"]
    regions     = ["us-east-1"]
  }
}`
    ]
  }
});
var r55 = defineRule({
  id: "aws-dms-auto-minor-version-upgrade",
  title: "DMS replication instance gets minor engine upgrades automatically",
  severity: "low",
  aliases: ["CKV_AWS_222"],
  resourceTypes: ["aws_dms_replication_instance"],
  description: "Minor DMS engine versions carry security and bug fixes; without automatic upgrades the instance keeps running old ones. Off by default.",
  remediation: `\`\`\`hcl
auto_minor_version_upgrade = true
\`\`\``,
  check: expectAt("auto_minor_version_upgrade", isTrue, "Automatic minor version upgrades are off", "fail"),
  examples: {
    good: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
  auto_minor_version_upgrade = true
}`
    ],
    bad: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
}`
    ]
  }
});
var r56 = defineRule({
  id: "aws-dms-no-public-access",
  title: "DMS replication instance is not publicly accessible",
  severity: "high",
  aliases: ["CKV_AWS_89"],
  resourceTypes: ["aws_dms_replication_instance"],
  description: "A public replication instance, holding credentials of both source and target databases, is reachable from the internet.",
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt("publicly_accessible", isFalse, "The replication instance is publicly accessible", "pass"),
  examples: {
    good: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id = "migrate"
  publicly_accessible     = false
}`
    ],
    bad: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id = "migrate"
  publicly_accessible     = true
}`
    ]
  }
});
var r57 = defineRule({
  id: "aws-dms-replication-instance-cmk",
  title: "DMS replication instance storage uses a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_212"],
  resourceTypes: ["aws_dms_replication_instance"],
  description: "Without kms_key_arn the replication storage is encrypted with the AWS-managed aws/dms key, which your key policy cannot restrict.",
  remediation: `\`\`\`hcl
kms_key_arn = aws_kms_key.dms.arn
\`\`\``,
  check: expectAt("kms_key_arn", nonEmpty, "The replication instance does not name a KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
  kms_key_arn                = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
}`
    ]
  }
});
const RECORDING = /(^|,)\s*(enabled|ddl|dml_read|dml_write|all)\s*($|,)/;
var r58 = defineRule({
  id: "aws-docdb-audit-logs",
  title: "DocumentDB parameter groups turn audit logging on",
  severity: "low",
  aliases: ["CKV_AWS_104"],
  resourceTypes: ["aws_docdb_cluster_parameter_group"],
  description: 'DocumentDB records authentication and data-definition events only when the cluster parameter audit_logs is set (and the cluster exports the "audit" log to CloudWatch Logs).',
  remediation: `\`\`\`hcl
parameter {
  name  = "audit_logs"
  value = "all"
}
\`\`\``,
  check: (res) => {
    const params = blocks(res.attributes.parameter);
    if (params === void 0) return;
    for (const p of params) {
      const name = read(p, "name");
      if (name === void 0) return;
      if (name !== "audit_logs") continue;
      const value = read(p, "value");
      if (value === void 0) return;
      if (RECORDING.test(str(value) ?? "")) return;
    }
    return { attribute: params.length ? "parameter" : void 0, message: "Audit logging is not turned on (audit_logs parameter)" };
  },
  examples: {
    good: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}`
    ],
    bad: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "audit_logs"
    value = "disabled"
  }
}`,
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
}`
    ]
  }
});
var r59 = defineRule({
  id: "aws-docdb-backup-retention",
  title: "DocumentDB clusters keep automated backups for at least 7 days",
  severity: "low",
  aliases: ["CKV_AWS_360"],
  resourceTypes: ["aws_docdb_cluster"],
  description: "backup_retention_period defaults to 1 day: a problem noticed after a weekend can no longer be undone by a point-in-time restore.",
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: expectAt("backup_retention_period", atLeast(7), "Automated backups are kept for less than 7 days", "fail"),
  examples: {
    good: [
      `resource "aws_docdb_cluster" "d" {
  cluster_identifier = "docs"
  master_username    = "admin"
  master_password    = "change-me-1234"
  backup_retention_period = 7
}`
    ],
    bad: [
      `resource "aws_docdb_cluster" "d" {
  cluster_identifier = "docs"
  master_username    = "admin"
  master_password    = "change-me-1234"
}`
    ]
  }
});
var r60 = defineRule(
  cmkRule({
    id: "aws-docdb-cmk",
    title: "DocumentDB cluster is encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_182", "AVD-AWS-0022"],
    type: "aws_docdb_cluster",
    path: "kms_key_id",
    what: "The DocumentDB cluster",
    severity: "low",
    description: "Without kms_key_id an encrypted DocumentDB cluster uses the AWS-managed aws/rds key: its use cannot be restricted by a key policy, and snapshots cannot be shared across accounts.",
    body: `  cluster_identifier  = "docs"
  master_username     = "admin"
  master_password     = "change-me-1234"
  storage_encrypted   = true`
  })
);
var r61 = defineRule({
  id: "aws-docdb-encryption",
  title: "DocumentDB cluster storage is encrypted",
  severity: "high",
  aliases: ["CKV_AWS_74", "AVD-AWS-0021"],
  legacyIds: ["aws-documentdb-enable-storage-encryption"],
  resourceTypes: ["aws_docdb_cluster"],
  description: "DocumentDB clusters are unencrypted unless storage_encrypted = true (it cannot be changed later).",
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.docdb.arn
\`\`\``,
  check: expectAt("storage_encrypted", isTrue, "The cluster storage is not encrypted", "fail"),
  examples: {
    good: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier = "docs"
  storage_encrypted  = true
}`
    ],
    bad: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier = "docs"
}`
    ]
  }
});
var r62 = defineRule({
  id: "aws-docdb-global-cluster-encryption",
  title: "DocumentDB global cluster is encrypted at rest",
  severity: "high",
  aliases: ["CKV_AWS_292"],
  resourceTypes: ["aws_docdb_global_cluster"],
  description: "storage_encrypted is off by default for a global cluster created from scratch, and cannot be turned on later without recreating it.",
  remediation: `\`\`\`hcl
storage_encrypted = true
\`\`\``,
  check: expectAt("storage_encrypted", isTrue, "The global cluster is not encrypted at rest", "fail"),
  examples: {
    good: [
      `resource "aws_docdb_global_cluster" "g" {
  global_cluster_identifier = "docs"
  engine                    = "docdb"
  storage_encrypted         = true
}`
    ],
    bad: [
      `resource "aws_docdb_global_cluster" "g" {
  global_cluster_identifier = "docs"
  engine                    = "docdb"
}`
    ]
  }
});
const LOG_TYPES = ["audit", "profiler"];
var r63 = defineRule({
  id: "aws-docdb-log-exports",
  title: "DocumentDB cluster exports its logs",
  severity: "medium",
  aliases: ["CKV_AWS_85", "AVD-AWS-0020"],
  legacyIds: ["aws-documentdb-enable-log-export"],
  resourceTypes: ["aws_docdb_cluster"],
  description: "Exported audit and profiler logs record who accessed the cluster and slow operations.",
  remediation: `\`\`\`hcl
enabled_cloudwatch_logs_exports = ["audit", "profiler"]
\`\`\``,
  check: expectAt(
    "enabled_cloudwatch_logs_exports",
    (v) => strings(v)?.some((t) => LOG_TYPES.includes(t)),
    "Neither the audit nor the profiler log is exported to CloudWatch",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = ["audit"]
}`,
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = "profiler"
}`
    ],
    bad: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier = "docs"
}`,
      // Not a DocumentDB log type: nothing is exported.
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = ["slowquery"]
}`
    ]
  }
});
var r64 = defineRule({
  id: "aws-docdb-tls",
  title: "DocumentDB parameter groups do not disable TLS",
  severity: "high",
  aliases: ["CKV_AWS_90"],
  resourceTypes: ["aws_docdb_cluster_parameter_group"],
  description: 'A cluster parameter group with tls = "disabled" lets clients connect without encryption: credentials and documents cross the network in clear text.',
  remediation: `\`\`\`hcl
parameter {
  name  = "tls"
  value = "enabled"
}
\`\`\``,
  check: (res) => {
    for (const p of blocks(res.attributes.parameter) ?? []) {
      if (str(read(p, "name")) === "tls" && str(read(p, "value")) === "disabled")
        return { attribute: "parameter", message: "TLS is disabled for clusters using this parameter group" };
    }
  },
  examples: {
    good: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "tls"
    value = "enabled"
  }
}`
    ],
    bad: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "tls"
    value = "disabled"
  }
}`
    ]
  }
});
var r65 = defineRule({
  id: "aws-dax-encryption",
  title: "DAX cluster is encrypted at rest",
  severity: "high",
  aliases: ["CKV_AWS_47", "AVD-AWS-0023"],
  legacyIds: ["aws-dynamodb-enable-at-rest-encryption"],
  resourceTypes: ["aws_dax_cluster"],
  description: "DAX clusters are unencrypted unless server-side encryption is enabled.",
  remediation: `\`\`\`hcl
server_side_encryption {
  enabled = true
}
\`\`\``,
  check: expectAt("server_side_encryption.enabled", isTrue, "The DAX cluster is not encrypted at rest", "fail"),
  examples: {
    good: [
      `resource "aws_dax_cluster" "d" {
  cluster_name = "c"
  server_side_encryption { enabled = true }
}`,
      // A dynamic block over unknown input whose content is fine: with no block the cluster is not encrypted, so unknown.
      `variable "encrypt" { type = bool }
resource "aws_dax_cluster" "d" {
  cluster_name = "c"
  dynamic "server_side_encryption" {
    for_each = var.encrypt ? [1] : []
    content { enabled = true }
  }
}`
    ],
    bad: [
      `resource "aws_dax_cluster" "d" {
  cluster_name = "c"
}`,
      // Whatever the for_each gives (no block, or blocks with enabled = false), the cluster is not encrypted.
      `variable "settings" {}
resource "aws_dax_cluster" "d" {
  cluster_name = "c"
  dynamic "server_side_encryption" {
    for_each = var.settings
    content { enabled = false }
  }
}`
    ]
  }
});
var r66 = defineRule({
  id: "aws-dax-tls",
  title: "DAX cluster endpoints use TLS",
  severity: "medium",
  aliases: ["CKV_AWS_239"],
  resourceTypes: ["aws_dax_cluster"],
  description: "cluster_endpoint_encryption_type defaults to NONE: cached items and requests travel in clear text inside the VPC. It can only be set at creation.",
  remediation: `\`\`\`hcl
cluster_endpoint_encryption_type = "TLS"
\`\`\``,
  check: expectAt("cluster_endpoint_encryption_type", equals("TLS"), "The cluster endpoint does not use TLS", "fail"),
  examples: {
    good: [
      `resource "aws_dax_cluster" "d" {
  cluster_name                     = "cache"
  iam_role_arn                     = "arn:aws:iam::123456789012:role/dax"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = "TLS"
}`
    ],
    bad: [
      `resource "aws_dax_cluster" "d" {
  cluster_name       = "cache"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 1
}`
    ]
  }
});
var r67 = defineRule({
  id: "aws-dynamodb-cmk",
  title: "DynamoDB table is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_119", "AVD-AWS-0025"],
  legacyIds: ["aws-dynamodb-table-customer-key"],
  resourceTypes: ["aws_dynamodb_table"],
  description: "Tables are encrypted with an AWS-owned key by default; a customer-managed key adds control over access to the data and an audit trail.",
  remediation: `\`\`\`hcl
server_side_encryption {
  enabled     = true
  kms_key_arn = aws_kms_key.dynamodb.arn
}
\`\`\``,
  check: (res, ctx) => {
    if (bool(read(res, "server_side_encryption.enabled")) === false) {
      return { attribute: "server_side_encryption", message: "Server-side encryption with a customer-managed key is disabled" };
    }
    const arn = str(read(res, "server_side_encryption.kms_key_arn"));
    if (arn && /(^|:)alias\/aws\//.test(arn)) {
      return {
        attribute: "server_side_encryption",
        message: "The table uses the AWS-managed key alias/aws/dynamodb, not a customer-managed key"
      };
    }
    return expectAt(
      "server_side_encryption.kms_key_arn",
      nonEmpty,
      "The table is not encrypted with a customer-managed KMS key",
      "fail"
    )(res);
  },
  examples: {
    good: [
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  }
}`
    ],
    bad: [
      `resource "aws_dynamodb_table" "managed" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled     = true
    kms_key_arn = "alias/aws/dynamodb"
  }
}`,
      `resource "aws_dynamodb_table" "off" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled     = false
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234"
  }
}`,
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
}`
    ]
  }
});
var r68 = defineRule({
  id: "aws-dynamodb-point-in-time-recovery",
  title: "DynamoDB table has point-in-time recovery",
  severity: "medium",
  aliases: ["CKV_AWS_28", "AVD-AWS-0024"],
  legacyIds: ["aws-dynamodb-enable-recovery"],
  resourceTypes: ["aws_dynamodb_table"],
  description: "Point-in-time recovery restores the table to any second of the last 35 days after a bad write or delete.",
  remediation: `\`\`\`hcl
point_in_time_recovery {
  enabled = true
}
\`\`\``,
  check: expectAt("point_in_time_recovery.enabled", isTrue, "Point-in-time recovery is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery { enabled = true }
}`
    ],
    bad: [
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}`
    ]
  }
});
var r69 = defineRule(
  cmkRule({
    id: "aws-ami-copy-cmk",
    title: "AMI copies are encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_236"],
    type: "aws_ami_copy",
    path: "kms_key_id",
    what: "The AMI copy",
    severity: "low",
    description: "An AMI copy encrypted without kms_key_id uses the AWS-managed aws/ebs key, which cannot be shared with other accounts nor restricted by a key policy.",
    body: `  name              = "app-copy"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true`
  })
);
var r70 = defineRule({
  id: "aws-ami-copy-encryption",
  title: "AMI copies are encrypted",
  severity: "medium",
  aliases: ["CKV_AWS_235"],
  resourceTypes: ["aws_ami_copy"],
  description: "aws_ami_copy keeps the source snapshots unencrypted unless encrypted = true; instances launched from it get unencrypted root volumes.",
  remediation: `\`\`\`hcl
resource "aws_ami_copy" "app" {
  name              = "app"
  source_ami_id     = var.ami_id
  source_ami_region = "eu-west-1"
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}
\`\`\``,
  check: expectAt("encrypted", isTrue, "The AMI copy is not encrypted (encrypted is not true)", "fail"),
  examples: {
    good: [
      `resource "aws_ami_copy" "c" {
  name              = "app"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true
}`
    ],
    bad: [
      `resource "aws_ami_copy" "c" {
  name              = "app"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
}`
    ]
  }
});
var r71 = defineRule({
  id: "aws-ami-volume-encryption",
  title: "AMI block devices created from scratch are encrypted",
  severity: "medium",
  aliases: ["CKV_AWS_204"],
  resourceTypes: ["aws_ami"],
  description: "An ebs_block_device of an aws_ami that is not built from a snapshot is unencrypted unless encrypted = true, so every instance launched from the image gets an unencrypted volume. Devices restored from a snapshot take the snapshot\u2019s encryption.",
  remediation: `\`\`\`hcl
ebs_block_device {
  device_name = "/dev/xvdb"
  volume_size = 20
  encrypted   = true
}
\`\`\``,
  check: (res) => {
    for (const d of blocks(res.attributes.ebs_block_device) ?? []) {
      const snap = isSet(read(d, "snapshot_id"));
      if (snap !== false) continue;
      if (bool(read(d, "encrypted"), false) === false)
        return { attribute: "ebs_block_device", message: "An EBS block device of the AMI is not encrypted (encrypted is not true)" };
    }
  },
  examples: {
    good: [
      `resource "aws_ami" "a" {
  name                = "app"
  root_device_name    = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0123456789abcdef0"
  }
  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 20
    encrypted   = true
  }
}`
    ],
    bad: [
      `resource "aws_ami" "a" {
  name             = "app"
  root_device_name = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 20
  }
}`
    ]
  }
});
var r72 = defineRule({
  id: "aws-autoscaling-imdsv2",
  title: "Launch configuration requires IMDSv2 session tokens",
  severity: "high",
  aliases: ["CKV_AWS_79", "AVD-AWS-0130"],
  legacyIds: ["aws-autoscaling-enforce-http-token-imds", "aws-ec2-enforce-launch-config-http-token-imds"],
  resourceTypes: ["aws_launch_configuration", "aws_launch_template"],
  description: 'Instances started from the launch configuration answer IMDSv1 requests unless http_tokens is "required".',
  remediation: `\`\`\`hcl
resource "aws_launch_configuration" "app" {
  metadata_options {
    http_tokens = "required"
  }
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.metadata_options);
    if (!list) return;
    if (list.length === 0) return { message: "metadata_options is not set: IMDSv1 is allowed" };
    for (const m of list) {
      const endpoint = read(m, "http_endpoint");
      const tokens = read(m, "http_tokens");
      if (endpoint === "disabled" || tokens === void 0 || endpoint === void 0) continue;
      if (tokens !== "required") return { attribute: "metadata_options", message: 'http_tokens is not "required": IMDSv1 is allowed' };
    }
  },
  examples: {
    good: [
      `resource "aws_launch_configuration" "lc" {
  image_id      = "ami-1"
  instance_type = "t3.micro"
  metadata_options { http_tokens = "required" }
}`
    ],
    bad: [
      `resource "aws_launch_configuration" "lc" {
  image_id      = "ami-1"
  instance_type = "t3.micro"
}`
    ]
  }
});
var r73 = defineRule({
  id: "aws-autoscaling-launch-template",
  title: "Auto Scaling groups use launch templates, not launch configurations",
  severity: "low",
  aliases: ["CKV_AWS_315"],
  resourceTypes: ["aws_autoscaling_group"],
  description: "Launch configurations are deprecated: AWS no longer adds instance types or features to them (IMDSv2 defaults, mixed instances, new volume types) and new accounts cannot create them. Use a launch_template block, or one inside mixed_instances_policy.",
  remediation: `\`\`\`hcl
resource "aws_autoscaling_group" "app" {
  # \u2026
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}
\`\`\``,
  check: (res) => {
    const lt = blocks(res.attributes.launch_template);
    const mip = blocks(res.attributes.mixed_instances_policy);
    if (lt === void 0 || mip === void 0) return;
    if (lt.length > 0) return;
    for (const m of mip) {
      const inner = blocks(m.launch_template);
      if (inner === void 0 || inner.length > 0) return;
    }
    const lc = res.attributes.launch_configuration;
    return {
      attribute: lc !== void 0 && lc !== null ? "launch_configuration" : void 0,
      message: "The Auto Scaling group does not use a launch template"
    };
  },
  examples: {
    good: [
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}`,
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = "lt-0123456789abcdef0"
      }
    }
  }
}`
    ],
    bad: [
      `resource "aws_autoscaling_group" "g" {
  max_size             = 2
  min_size             = 1
  launch_configuration = "app-lc"
}`
    ]
  }
});
var r74 = defineRule({
  id: "aws-autoscaling-no-public-ip",
  title: "Launch configuration does not assign public IP addresses",
  severity: "medium",
  aliases: ["CKV_AWS_389", "AVD-AWS-0009"],
  legacyIds: ["aws-autoscaling-no-public-ip", "aws-ec2-no-public-ip"],
  resourceTypes: ["aws_launch_configuration"],
  description: "Every instance started from the launch configuration would be directly addressable from the internet.",
  remediation: `\`\`\`hcl
associate_public_ip_address = false
\`\`\``,
  check: expectAt("associate_public_ip_address", isFalse, "Instances from this launch configuration get a public IP address", "pass"),
  examples: {
    good: [`resource "aws_launch_configuration" "lc" { image_id = "ami-1" }`],
    bad: [
      `resource "aws_launch_configuration" "lc" {
  image_id                    = "ami-1"
  associate_public_ip_address = true
}`
    ]
  }
});
var r75 = defineRule({
  id: "aws-autoscaling-tags",
  title: "Auto Scaling group tags the instances it launches",
  severity: "low",
  aliases: ["CKV_AWS_153"],
  resourceTypes: ["aws_autoscaling_group"],
  description: "Tags on the group (tag blocks with propagate_at_launch) reach its instances, so cost allocation, ownership and tag-based access policies cover them.",
  remediation: `\`\`\`hcl
tag {
  key                 = "Service"
  value               = "api"
  propagate_at_launch = true
}
\`\`\``,
  check: (res) => {
    const tags = blocks(res.attributes.tag);
    if (tags === void 0) return;
    if (tags.length > 0) return;
    const legacy = isSet(read(res, "tags"));
    if (legacy !== false) return;
    return { message: "The Auto Scaling group has no tags" };
  },
  examples: {
    good: [
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
  tag {
    key                 = "Service"
    value               = "api"
    propagate_at_launch = true
  }
}`
    ],
    bad: [
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
}`
    ]
  }
});
function ebsEncryptedByDefault(ctx) {
  return ctx.ofType("aws_ebs_encryption_by_default").some((r) => bool(read(r, "enabled"), true) === true);
}
const unencryptedBlockDevicesCheck = (res, ctx) => {
  if (ebsEncryptedByDefault(ctx)) return;
  const out = [];
  const root = blocks(res.attributes.root_block_device);
  if (!root) return;
  if (root.length === 0) out.push({ message: "root_block_device is not set: the root volume is not encrypted" });
  for (const b of root) {
    if (typeof read(b, "snapshot_id") === "string") continue;
    if (bool(read(b, "encrypted"), false) === false)
      out.push({ attribute: "root_block_device", message: "The root volume is not encrypted" });
  }
  for (const b of blocks(res.attributes.ebs_block_device) ?? []) {
    if (typeof read(b, "snapshot_id") === "string") continue;
    if (bool(read(b, "encrypted"), false) === false)
      out.push({ attribute: "ebs_block_device", message: "An EBS block device is not encrypted" });
  }
  return out;
};
var r76 = defineRule({
  id: "aws-autoscaling-volume-encryption",
  title: "Launch configuration volumes are encrypted",
  severity: "high",
  aliases: ["CKV_AWS_8", "AVD-AWS-0008"],
  legacyIds: ["aws-autoscaling-enable-at-rest-encryption", "aws-ec2-enable-launch-config-at-rest-encryption"],
  resourceTypes: ["aws_launch_configuration"],
  description: "Every instance the launch configuration starts gets unencrypted volumes unless encryption is set (or on by default for the account).",
  remediation: `\`\`\`hcl
root_block_device {
  encrypted = true
}
\`\`\``,
  check: unencryptedBlockDevicesCheck,
  examples: {
    good: [
      `resource "aws_launch_configuration" "lc" {
  image_id = "ami-1"
  root_block_device { encrypted = true }
}`
    ],
    bad: [`resource "aws_launch_configuration" "lc" { image_id = "ami-1" }`]
  }
});
var r77 = defineRule({
  id: "aws-ebs-default-encryption",
  title: "EBS encryption by default is not disabled",
  severity: "medium",
  aliases: ["CKV_AWS_106"],
  resourceTypes: ["aws_ebs_encryption_by_default"],
  description: "aws_ebs_encryption_by_default with enabled = false lets new volumes be created unencrypted in the region.",
  remediation: `\`\`\`hcl
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}
\`\`\``,
  check: expectAt("enabled", isTrue, "EBS encryption by default is disabled", "pass"),
  examples: {
    good: [`resource "aws_ebs_encryption_by_default" "e" { enabled = true }`, `resource "aws_ebs_encryption_by_default" "e" {}`],
    bad: [`resource "aws_ebs_encryption_by_default" "e" { enabled = false }`]
  }
});
const check$1 = expectAt("encrypted", isTrue, "The EBS volume is not encrypted");
var r78 = defineRule({
  id: "aws-ebs-encryption",
  title: "EBS volume is encrypted",
  severity: "high",
  aliases: ["CKV_AWS_3", "AVD-AWS-0026"],
  legacyIds: ["aws-ebs-enable-volume-encryption"],
  resourceTypes: ["aws_ebs_volume"],
  description: "Unencrypted volumes (and their snapshots) expose data at rest. Not reported when EBS encryption by default is enabled in the configuration.",
  remediation: `\`\`\`hcl
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}
\`\`\``,
  check: (res, ctx) => ebsEncryptedByDefault(ctx) || typeof res.attributes.snapshot_id === "string" ? void 0 : check$1(res),
  examples: {
    good: [
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
}`,
      // A bare True (invalid HCL boolean) is read for its plain intent.
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = True
}`
    ],
    bad: [
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = False
}`,
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
}`,
      `variable "encrypt" { default = false }
resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = var.encrypt
}`
    ]
  }
});
var r79 = defineRule({
  id: "aws-ebs-encryption-cmk",
  title: "EBS volume is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_189", "AVD-AWS-0027"],
  legacyIds: ["aws-ebs-encryption-customer-key"],
  resourceTypes: ["aws_ebs_volume"],
  description: "Without kms_key_id the volume uses the AWS-managed aws/ebs key, whose policy you cannot restrict.",
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.ebs.arn
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The EBS volume does not use a customer-managed KMS key (kms_key_id is not set)"),
  examples: {
    good: [
      `resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.k.arn
}`
    ],
    bad: [
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
}`
    ]
  }
});
var r80 = defineRule(
  cmkRule({
    id: "aws-ebs-snapshot-copy-cmk",
    title: "EBS snapshot copies are encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_183"],
    type: "aws_ebs_snapshot_copy",
    path: "kms_key_id",
    what: "The snapshot copy",
    severity: "low",
    description: "A snapshot copy without kms_key_id is encrypted with the AWS-managed aws/ebs key (or not at all when the source is not), which cannot be shared across accounts nor restricted by a key policy.",
    body: `  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true`
  })
);
var r81 = defineRule({
  id: "aws-ec2-ami-owners",
  title: "AMI lookups name the image owners",
  severity: "high",
  aliases: ["AVD-AWS-0344", "CKV_AWS_386"],
  legacyIds: ["aws-ec2-specify-ami-owners"],
  resourceTypes: ["data.aws_ami"],
  description: 'A data "aws_ami" lookup without owners searches every public AMI: anyone can publish an image whose name matches the filter (the "whoAMI" attack), and with most_recent = true theirs wins. Name the owner account ids or aliases ("amazon", "self", a vendor\u2019s account).',
  remediation: `\`\`\`hcl
data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"] # Canonical
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"]
  }
}
\`\`\``,
  check: (res) => {
    const owners = strings(read(res, "owners"));
    if (owners === void 0 || owners.length > 0) return;
    const filters = blocks(res.attributes.filter);
    if (filters === void 0) return;
    for (const f of filters) {
      const name = read(f, "name");
      if (name === void 0 || name === "image-id" || name === "owner-id" || name === "owner-alias") return;
    }
    return { message: "The AMI lookup does not name its owners: an image published by anyone can match" };
  },
  examples: {
    good: [
      `data "aws_ami" "a" {
  most_recent = true
  owners      = ["099720109477"]
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-*"]
  }
}`
    ],
    bad: [
      `data "aws_ami" "a" {
  most_recent = true
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-*"]
  }
}`
    ]
  }
});
var r82 = defineRule({
  id: "aws-ec2-detailed-monitoring",
  title: "EC2 instance has detailed monitoring enabled",
  severity: "low",
  aliases: ["CKV_AWS_126"],
  resourceTypes: ["aws_instance"],
  description: "Detailed monitoring publishes metrics every minute instead of every five, so alarms react faster.",
  remediation: `\`\`\`hcl
monitoring = true
\`\`\``,
  check: expectAt("monitoring", isTrue, "Detailed monitoring is not enabled"),
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami        = "ami-1"
  monitoring = true
}`
    ],
    bad: [`resource "aws_instance" "i" { ami = "ami-1" }`]
  }
});
var r83 = defineRule({
  id: "aws-ec2-ebs-optimized",
  title: "EC2 instance is EBS-optimized",
  severity: "low",
  aliases: ["CKV_AWS_135"],
  resourceTypes: ["aws_instance"],
  description: "EBS-optimized instances get dedicated bandwidth to their volumes, so disk traffic does not starve the network.",
  remediation: `\`\`\`hcl
ebs_optimized = true
\`\`\``,
  check: expectAt("ebs_optimized", isTrue, "The instance is not EBS-optimized"),
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami           = "ami-1"
  ebs_optimized = true
}`
    ],
    bad: [`resource "aws_instance" "i" { ami = "ami-1" }`]
  }
});
var r84 = defineRule({
  id: "aws-ec2-iam-instance-profile",
  title: "EC2 instance has an IAM instance profile",
  severity: "low",
  aliases: ["CKV2_AWS_41"],
  resourceTypes: ["aws_instance"],
  description: "An instance profile gives the instance short-lived credentials; without one, teams tend to copy long-lived access keys onto the machine.",
  remediation: `\`\`\`hcl
iam_instance_profile = aws_iam_instance_profile.app.name
\`\`\``,
  check: expectAt("iam_instance_profile", nonEmpty, "The instance has no IAM instance profile"),
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami                  = "ami-1"
  iam_instance_profile = "app"
}`
    ],
    bad: [`resource "aws_instance" "i" { ami = "ami-1" }`]
  }
});
var r85 = defineRule({
  id: "aws-ec2-imdsv2",
  title: "EC2 instance metadata service requires session tokens (IMDSv2)",
  severity: "high",
  aliases: ["CKV_AWS_79", "AVD-AWS-0028"],
  legacyIds: ["aws-ec2-enforce-http-token-imds"],
  resourceTypes: ["aws_instance", "aws_launch_template"],
  description: 'IMDSv1 answers plain GET requests, so an SSRF bug in an application can steal the instance role credentials. Require tokens (http_tokens = "required") unless the metadata endpoint is disabled.',
  remediation: `\`\`\`hcl
metadata_options {
  http_endpoint = "enabled"
  http_tokens   = "required"
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.metadata_options);
    if (!list) return;
    if (list.length === 0) return { message: 'metadata_options is not set: IMDSv1 is allowed (http_tokens defaults to "optional")' };
    for (const m of list) {
      const endpoint = read(m, "http_endpoint");
      if (endpoint === "disabled") continue;
      const tokens = read(m, "http_tokens");
      if (tokens === void 0 || endpoint === void 0) continue;
      if (tokens !== "required") return { attribute: "metadata_options", message: 'http_tokens is not "required": IMDSv1 is allowed' };
    }
  },
  examples: {
    good: [
      `resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}`,
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_endpoint = "disabled"
  }
}`
    ],
    bad: [
      `resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
}`,
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}`
    ]
  }
});
var r86 = defineRule({
  id: "aws-ec2-launch-template-hop-limit",
  title: "Launch templates and launch configurations limit the metadata response hop limit to 1",
  severity: "low",
  aliases: ["CKV_AWS_341"],
  resourceTypes: ["aws_launch_template", "aws_launch_configuration"],
  description: "A hop limit above 1 lets containers on the instance reach the metadata service and the instance role credentials.",
  remediation: `\`\`\`hcl
metadata_options {
  http_tokens                 = "required"
  http_put_response_hop_limit = 1
}
\`\`\``,
  check: expectAt("metadata_options.http_put_response_hop_limit", atMost(1), "The metadata response hop limit is greater than 1", "pass"),
  examples: {
    good: [
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}`
    ],
    bad: [
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 3
  }
}`
    ]
  }
});
var r87 = defineRule({
  id: "aws-ec2-no-default-vpc",
  title: "The default VPC is not used",
  severity: "low",
  aliases: ["CKV_AWS_148", "AVD-AWS-0101"],
  legacyIds: ["aws-ec2-no-default-vpc"],
  resourceTypes: ["aws_default_vpc"],
  description: "The default VPC has public subnets and permissive defaults; build a VPC designed for the workload instead.",
  remediation: `\`\`\`hcl
resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}
\`\`\``,
  check: () => ({ message: "The configuration manages the default VPC" }),
  examples: {
    good: [`resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }`],
    bad: [`resource "aws_default_vpc" "default" {}`]
  }
});
var r88 = defineRule({
  id: "aws-ec2-no-public-ip",
  title: "EC2 instance does not get a public IP address",
  severity: "medium",
  aliases: ["CKV_AWS_88"],
  resourceTypes: ["aws_instance", "aws_launch_template"],
  description: "Instances with a public IP are reachable from the internet whenever a security group allows it; put them behind a load balancer or NAT instead.",
  remediation: `\`\`\`hcl
associate_public_ip_address = false
\`\`\``,
  check: (res) => {
    if (res.type === "aws_instance") {
      if (bool(read(res, "associate_public_ip_address"), false) === true)
        return { attribute: "associate_public_ip_address", message: "The instance is given a public IP address" };
      return;
    }
    for (const ni of blocks(res.attributes.network_interfaces) ?? []) {
      if (bool(read(ni, "associate_public_ip_address"), false) === true)
        return { attribute: "network_interfaces", message: "Instances from this launch template get a public IP address" };
    }
  },
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami                         = "ami-1"
  associate_public_ip_address = false
}`
    ],
    bad: [
      `resource "aws_instance" "i" {
  ami                         = "ami-1"
  associate_public_ip_address = true
}`,
      `resource "aws_launch_template" "lt" {
  network_interfaces { associate_public_ip_address = true }
}`
    ]
  }
});
const PATTERNS = [
  { re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, what: "an AWS access key id" },
  { re: /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}/i, what: "an AWS secret access key" },
  { re: /-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/, what: "a private key" },
  { re: /\b(gh[pousr]_[A-Za-z0-9]{36,})\b/, what: "a GitHub token" },
  { re: /\bxox[baprs]-[A-Za-z0-9-]{10,}/, what: "a Slack token" },
  { re: /(password|passwd|secret|api_?key|token)\s*[=:]\s*["']?[^\s"'$]{6,}/i, what: "a password or secret assignment" }
];
function findSecret(text) {
  for (const p of PATTERNS) if (p.re.test(text)) return p.what;
  return void 0;
}
const SECRET_NAME = /(^|_)(password|passwd|pwd|secret|secret_?key|api_?key|access_?key|private_?key|token|auth_?token|credentials?)($|_)/i;
function secretEnvVar(name, value) {
  if (findSecret(value) && findSecret(value) !== "a password or secret assignment") return true;
  if (!SECRET_NAME.test(name)) return false;
  if (value.trim().length < 4) return false;
  if (/^(arn:aws:(secretsmanager|ssm|kms)|\{\{resolve:|ssm:|\/)/.test(value)) return false;
  return true;
}
function decodeMaybeBase64(text) {
  const t = text.trim();
  if (t.length >= 16 && t.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(t)) {
    try {
      return Buffer.from(t, "base64").toString("utf8");
    } catch {
      return text;
    }
  }
  return text;
}
var r89 = defineRule({
  id: "aws-ec2-no-secrets-in-user-data",
  title: "EC2 user data contains no hard-coded secrets",
  severity: "critical",
  aliases: ["CKV_AWS_46", "AVD-AWS-0029"],
  legacyIds: ["aws-ec2-no-secrets-in-user-data"],
  resourceTypes: ["aws_instance", "aws_launch_template", "aws_launch_configuration"],
  description: "User data is readable by anyone who can describe the instance and from the metadata service. Keep secrets in Secrets Manager or SSM Parameter Store.",
  remediation: `Read the secret at boot instead:
\`\`\`hcl
user_data = <<-EOT
  #!/bin/bash
  DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)
EOT
\`\`\``,
  check: (res) => {
    for (const attr of ["user_data", "user_data_base64"]) {
      const v = res.attributes[attr];
      if (typeof v !== "string") continue;
      const what = findSecret(decodeMaybeBase64(v));
      if (what) return { attribute: attr, message: `${attr} contains ${what}` };
    }
  },
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami       = "ami-1"
  user_data = "#!/bin/bash\\necho hello"
}`
    ],
    bad: [
      `resource "aws_instance" "i" {
  ami       = "ami-1"
  user_data = <<EOT
#!/bin/bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
EOT
}`,
      `resource "aws_launch_template" "lt" {
  user_data = base64encode("DB_PASSWORD=SuperSecret123")
}`
    ]
  }
});
var r90 = defineRule({
  id: "aws-ec2-volume-encryption",
  title: "EC2 instance root and EBS block devices are encrypted",
  severity: "high",
  aliases: ["CKV_AWS_8", "AVD-AWS-0131"],
  legacyIds: ["aws-ec2-enable-at-rest-encryption"],
  resourceTypes: ["aws_instance"],
  description: "Unencrypted root and data volumes expose their data through snapshots and volume sharing. Not reported when the configuration enables EBS encryption by default for the account.",
  remediation: `\`\`\`hcl
root_block_device {
  encrypted = true
}
\`\`\`
or, for the whole account and region:
\`\`\`hcl
resource "aws_ebs_encryption_by_default" "this" { enabled = true }
\`\`\``,
  check: unencryptedBlockDevicesCheck,
  examples: {
    good: [
      `resource "aws_instance" "web" {
  ami = "ami-1"
  root_block_device { encrypted = true }
}`,
      `resource "aws_ebs_encryption_by_default" "on" { enabled = true }
resource "aws_instance" "web" { ami = "ami-1" }`
    ],
    bad: [
      `resource "aws_instance" "web" { ami = "ami-1" }`,
      `resource "aws_instance" "web" {
  ami = "ami-1"
  root_block_device { encrypted = true }
  ebs_block_device {
    device_name = "/dev/sdb"
    encrypted   = false
  }
}`
    ]
  }
});
var r91 = defineRule({
  id: "aws-sg-description",
  title: "Security group has a description",
  severity: "low",
  aliases: ["CKV_AWS_23", "AVD-AWS-0099"],
  legacyIds: ["aws-ec2-add-description-to-security-group", "aws-vpc-add-description-to-security-group"],
  resourceTypes: ["aws_security_group"],
  description: 'A description says what the group is for, so reviewers can tell whether its rules are right. Terraform defaults it to "Managed by Terraform".',
  remediation: `\`\`\`hcl
description = "HTTPS from the internet to the public load balancer"
\`\`\``,
  check: (res) => {
    const d = res.attributes.description;
    if (d === void 0 || d === null) return { message: "The security group has no description" };
    const s = str(d);
    if (s !== void 0 && (s.trim() === "" || s === "Managed by Terraform"))
      return { attribute: "description", message: "The security group has no meaningful description" };
  },
  examples: {
    good: [`resource "aws_security_group" "sg" { description = "App servers" }`],
    bad: [`resource "aws_security_group" "sg" { name = "app" }`]
  }
});
const WORLD = ["0.0.0.0/0", "::/0"];
const DATA_PORTS = {
  1433: "SQL Server",
  1521: "Oracle",
  3306: "MySQL",
  5432: "PostgreSQL",
  5439: "Redshift",
  6379: "Redis",
  9200: "Elasticsearch",
  11211: "Memcached",
  27017: "MongoDB",
  9042: "Cassandra"
};
const PORTS_WITH_OWN_RULE = [22, 3389, ...Object.keys(DATA_PORTS).map(Number)];
function sgRules(res, direction) {
  const a = res.attributes;
  switch (res.type) {
    case "aws_security_group":
    case "aws_default_security_group": {
      const list = blocks(a[direction]);
      if (!list) return void 0;
      return list.map((b, i) => ({
        direction,
        protocol: protocolOf$1(b.protocol),
        from: num(b.from_port),
        to: num(b.to_port),
        cidrs: joinCidrs(strings(b.cidr_blocks ?? null), strings(b.ipv6_cidr_blocks ?? null)),
        description: str(b.description),
        attribute: `${direction}[${i}]`
      }));
    }
    case "aws_security_group_rule": {
      const type = str(a.type);
      if (type !== direction) return type === void 0 ? void 0 : [];
      return [
        {
          direction,
          protocol: protocolOf$1(a.protocol),
          from: num(a.from_port),
          to: num(a.to_port),
          cidrs: joinCidrs(strings(a.cidr_blocks ?? null), strings(a.ipv6_cidr_blocks ?? null)),
          description: str(a.description),
          attribute: "cidr_blocks" in a ? "cidr_blocks" : "ipv6_cidr_blocks" in a ? "ipv6_cidr_blocks" : "type"
        }
      ];
    }
    case "aws_vpc_security_group_ingress_rule":
    case "aws_vpc_security_group_egress_rule": {
      if (!res.type.includes(direction)) return [];
      const protocol = protocolOf$1(a.ip_protocol);
      const all = protocol === "-1";
      return [
        {
          direction,
          protocol,
          from: all ? 0 : num(a.from_port),
          to: all ? 65535 : num(a.to_port),
          cidrs: joinCidrs(strings(a.cidr_ipv4 ?? null), strings(a.cidr_ipv6 ?? null)),
          description: str(a.description),
          attribute: "cidr_ipv4" in a ? "cidr_ipv4" : "cidr_ipv6" in a ? "cidr_ipv6" : "ip_protocol"
        }
      ];
    }
    default:
      return [];
  }
}
function protocolOf$1(v) {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return void 0;
  const p = v.toLowerCase();
  return p === "all" ? "-1" : p;
}
function joinCidrs(a, b) {
  if (!a || !b) return void 0;
  return [...a, ...b];
}
function isWorldOpen(r) {
  if (r.cidrs === void 0) return void 0;
  return r.cidrs.some((c) => WORLD.includes(c.trim()));
}
function coversPort(r, port) {
  if (r.protocol === void 0) return void 0;
  if (r.protocol === "-1") return true;
  if (!["tcp", "6", "udp", "17"].includes(r.protocol)) return false;
  if (r.from === void 0 || r.to === void 0) return void 0;
  if (isAllPortsShorthand(r)) return true;
  return r.from <= port && port <= r.to;
}
function coversAllPorts(r) {
  if (r.protocol === void 0) return void 0;
  if (r.protocol === "-1") return true;
  if (r.from === void 0 || r.to === void 0) return void 0;
  return isAllPortsShorthand(r) || r.from <= 1 && r.to >= 65535;
}
function isAllPortsShorthand(r) {
  return r.from === 0 && r.to === 0 || r.from === -1 && r.to === -1;
}
const SG_TYPES = ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"];
function worldOpenIngress(res, test, message) {
  const rules = sgRules(res, "ingress");
  if (!rules) return void 0;
  const out = [];
  for (const r of rules) {
    if (isWorldOpen(r) === true && test(r) === true) out.push({ attribute: r.attribute, message: message(r) });
  }
  return out;
}
function portText(r) {
  if (r.protocol === "-1" || isAllPortsShorthand(r)) return "all ports";
  return r.from === r.to ? `port ${r.from}` : `ports ${r.from}-${r.to}`;
}
function sgPublicPortCheck(port, service) {
  return (res) => worldOpenIngress(
    res,
    (r) => coversPort(r, port),
    (r) => `${service} is open to the internet (${portText(r)})`
  );
}
function sgIngressSnippet(port, source) {
  const [name, value] = source.split(/\s*=\s*/, 2);
  const width = Math.max(name.length, "from_port".length);
  const arg = (k, v) => `  ${k.padEnd(width)} = ${v}`;
  return ["ingress {", arg("from_port", String(port)), arg("to_port", String(port)), arg("protocol", '"tcp"'), arg(name, value), "}"].join(
    "\n"
  );
}
function sgIngressRemediation(lead, port, source) {
  return `${lead ? `${lead}
` : ""}\`\`\`hcl
${sgIngressSnippet(port, source)}
\`\`\``;
}
function sgWithIngressExample(name, port, cidr) {
  const block = sgIngressSnippet(port, `cidr_blocks = ["${cidr}"]`).split("\n").map((l) => `  ${l}`).join("\n");
  return `resource "aws_security_group" "${name}" {
${block}
}`;
}
var r92 = defineRule({
  id: "aws-sg-no-public-all-ports",
  title: "Security group does not allow all ports from the internet",
  severity: "critical",
  aliases: ["CKV_AWS_277"],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ["AVD-AWS-0107", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sgr"],
  resourceTypes: [...SG_TYPES],
  description: "Ingress on every port (protocol -1, or 0-65535) from 0.0.0.0/0 or ::/0 exposes every service on the instance.",
  remediation: sgIngressRemediation("Open only the ports the service needs:", 443, 'cidr_blocks = ["0.0.0.0/0"]'),
  check: (res) => worldOpenIngress(res, coversAllPorts, () => "Every port is open to the internet"),
  examples: {
    good: [
      `resource "aws_security_group" "sg" {
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }
}`
    ],
    bad: [
      `resource "aws_security_group" "sg" {
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
      `resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = "sg-1"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}`
    ]
  }
});
var r93 = defineRule({
  id: "aws-sg-no-public-database-ports",
  title: "Security group does not expose database ports to the internet",
  severity: "high",
  aliases: [],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ["AVD-AWS-0107", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sgr"],
  resourceTypes: [...SG_TYPES],
  description: "Database and cache ports (MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB, \u2026) open to 0.0.0.0/0 or ::/0 invite credential attacks and data theft.",
  remediation: sgIngressRemediation(
    "Allow the database port only from the application's security group:",
    5432,
    "security_groups = [aws_security_group.app.id]"
  ),
  check: (res) => worldOpenIngress(
    res,
    (r) => r.protocol === "-1" ? false : Object.keys(DATA_PORTS).some((p) => coversPort(r, Number(p)) === true),
    (r) => {
      const names = Object.entries(DATA_PORTS).filter(([p]) => coversPort(r, Number(p)) === true).map(([p, n]) => `${n} (${p})`);
      return `Database ports are open to the internet: ${names.join(", ")}`;
    }
  ),
  examples: {
    good: [sgWithIngressExample("db", 3306, "10.0.0.0/16")],
    bad: [sgWithIngressExample("db", 3306, "0.0.0.0/0")]
  }
});
var r94 = defineRule({
  id: "aws-sg-no-public-http",
  title: "Security group does not allow plain HTTP (80) from the internet",
  severity: "low",
  aliases: ["CKV_AWS_260"],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ["AVD-AWS-0107", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sgr"],
  resourceTypes: [...SG_TYPES],
  description: "Port 80 open to the world usually means unencrypted traffic; serve HTTPS and redirect at the load balancer or CDN.",
  remediation: sgIngressRemediation("", 443, 'cidr_blocks = ["0.0.0.0/0"]'),
  check: (res) => worldOpenIngress(
    res,
    // An all-protocol rule (-1) opens port 80 too: reported here as by the SSH and RDP rules (and Checkov).
    (r) => coversPort(r, 80),
    () => "HTTP (port 80) is open to the internet"
  ),
  examples: {
    good: [sgWithIngressExample("web", 443, "0.0.0.0/0")],
    bad: [
      sgWithIngressExample("web", 80, "0.0.0.0/0"),
      `resource "aws_security_group" "web" {
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`
    ]
  }
});
function onlyWebPorts(r) {
  if (r.protocol === void 0) return void 0;
  if (r.protocol === "-1") return false;
  if (r.from === void 0 || r.to === void 0) return void 0;
  return (r.from === 80 || r.from === 443) && r.to === r.from;
}
var r95 = defineRule({
  id: "aws-sg-no-public-ingress",
  title: "Security group does not allow ingress from the internet to non-web ports",
  severity: "high",
  aliases: ["AVD-AWS-0107"],
  legacyIds: ["aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sgr"],
  resourceTypes: [...SG_TYPES],
  description: "Ingress from 0.0.0.0/0 or ::/0 exposes the port to the whole internet. HTTP(S) on 80/443 alone is accepted (a public web entry point); every other port should be limited to known ranges or security groups. Ranges that include SSH, RDP or a database port, and all-port rules, are reported once, by those ports' own rules.",
  remediation: sgIngressRemediation("", 5432, "security_groups = [aws_security_group.app.id]"),
  check: (res) => worldOpenIngress(
    res,
    (r) => {
      const web = onlyWebPorts(r);
      if (web === void 0) return void 0;
      if (coversAllPorts(r) === true || PORTS_WITH_OWN_RULE.some((p) => coversPort(r, p) === true)) return false;
      return !web && (r.protocol === "-1" || coversPort(r, r.from ?? 0) !== false);
    },
    (r) => `Ingress from the internet is allowed on ${portText(r)}`
  ),
  examples: {
    // Port 22 and 5432 are reported once, by aws-sg-no-public-ssh and aws-sg-no-public-database-ports.
    good: [
      sgWithIngressExample("web", 443, "0.0.0.0/0"),
      sgWithIngressExample("ssh", 22, "0.0.0.0/0"),
      sgWithIngressExample("db", 5432, "0.0.0.0/0")
    ],
    bad: [sgWithIngressExample("app", 8080, "0.0.0.0/0")]
  }
});
var r96 = defineRule({
  id: "aws-sg-no-public-rdp",
  title: "Security group does not allow RDP (3389) from the internet",
  severity: "critical",
  aliases: ["CKV_AWS_25"],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ["AVD-AWS-0107", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sgr"],
  resourceTypes: [...SG_TYPES],
  description: "Ingress from 0.0.0.0/0 or ::/0 to port 3389 exposes Remote Desktop to brute force and exploits.",
  remediation: sgIngressRemediation("", 3389, "cidr_blocks = [var.admin_cidr]"),
  check: sgPublicPortCheck(3389, "RDP"),
  examples: {
    good: [sgWithIngressExample("sg", 3389, "192.168.0.0/16")],
    bad: [sgWithIngressExample("sg", 3389, "0.0.0.0/0")]
  }
});
var r97 = defineRule({
  id: "aws-sg-no-public-ssh",
  title: "Security group does not allow SSH (22) from the internet",
  severity: "critical",
  aliases: ["CKV_AWS_24"],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ["AVD-AWS-0107", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sgr"],
  resourceTypes: [...SG_TYPES],
  description: "Ingress from 0.0.0.0/0 or ::/0 to port 22 exposes SSH to brute force and exploits. Inline ingress blocks, aws_security_group_rule and aws_vpc_security_group_ingress_rule are all checked.",
  remediation: sgIngressRemediation(
    "Allow SSH only from known ranges, or use SSM Session Manager instead of SSH:",
    22,
    "cidr_blocks = [var.admin_cidr]"
  ),
  check: sgPublicPortCheck(22, "SSH"),
  examples: {
    good: [
      sgWithIngressExample("sg", 22, "10.0.0.0/8"),
      `variable "admin_cidr" {}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.admin_cidr]
  security_group_id = "sg-1"
}`
    ],
    bad: [
      sgWithIngressExample("sg", 22, "0.0.0.0/0"),
      `locals { anywhere = "0.0.0.0/0" }
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 0
  to_port           = 1024
  protocol          = "tcp"
  cidr_blocks       = [local.anywhere]
  security_group_id = "sg-1"
}`,
      `resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = "sg-1"
  cidr_ipv6         = "::/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}`
    ]
  }
});
var r98 = defineRule({
  id: "aws-sg-no-unrestricted-egress",
  title: "Security group does not allow all egress to the internet",
  severity: "low",
  aliases: ["CKV_AWS_382", "AVD-AWS-0104"],
  legacyIds: ["aws-ec2-no-public-egress-sgr", "aws-vpc-no-public-egress-sgr"],
  resourceTypes: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"],
  description: "Egress on every port to 0.0.0.0/0 lets a compromised workload exfiltrate data or reach command-and-control servers anywhere.",
  remediation: `Limit egress to the destinations and ports the workload needs:
\`\`\`hcl
egress {
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
\`\`\``,
  check: (res) => {
    const rules = sgRules(res, "egress");
    if (!rules) return;
    return rules.filter((r) => isWorldOpen(r) === true && coversAllPorts(r) === true).map((r) => ({ attribute: r.attribute, message: "All egress to the internet is allowed" }));
  },
  examples: {
    good: [
      `resource "aws_security_group" "sg" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`
    ],
    bad: [
      `resource "aws_security_group" "sg" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`
    ]
  }
});
var r99 = defineRule({
  id: "aws-sg-rule-description",
  title: "Security group rules have descriptions",
  severity: "low",
  aliases: ["CKV_AWS_23", "AVD-AWS-0124"],
  legacyIds: ["aws-ec2-add-description-to-security-group-rule", "aws-vpc-add-description-to-security-group-rule"],
  resourceTypes: [
    "aws_security_group",
    "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule",
    "aws_vpc_security_group_egress_rule"
  ],
  description: "A description on every rule records why the port is open and for whom.",
  remediation: `\`\`\`hcl
ingress {
  description = "HTTPS from the internet"
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
\`\`\``,
  check: (res) => {
    const rules = [...sgRules(res, "ingress") ?? [], ...sgRules(res, "egress") ?? []];
    const missing = rules.filter((r) => r.description === void 0 && !hasUnknownDescription(res, r.attribute));
    return missing.slice(0, 1).map((r) => ({ attribute: r.attribute, message: `A security group ${r.direction} rule has no description` }));
  },
  examples: {
    good: [
      `resource "aws_security_group" "sg" {
  description = "x"
  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`
    ],
    bad: [
      `resource "aws_security_group_rule" "r" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = "sg-1"
}`
    ]
  }
});
function hasUnknownDescription(res, attribute) {
  if (typeof res.attributes.description === "symbol") return true;
  const m = /^(\w+)\[(\d+)\]$/.exec(attribute);
  if (!m) return false;
  const list = res.attributes[m[1]];
  const block = Array.isArray(list) ? list[Number(m[2])] : void 0;
  return typeof block === "object" && block !== null && typeof block.description === "symbol";
}
var r100 = defineRule({
  id: "aws-transit-gateway-no-auto-accept",
  title: "Transit gateways do not accept shared VPC attachments automatically",
  severity: "medium",
  aliases: ["CKV_AWS_331"],
  resourceTypes: ["aws_ec2_transit_gateway"],
  description: 'With auto_accept_shared_attachments = "enable" any account the gateway is shared with can attach a VPC and route into your network without review.',
  remediation: `\`\`\`hcl
resource "aws_ec2_transit_gateway" "tgw" {
  auto_accept_shared_attachments = "disable"
}
\`\`\``,
  check: expectAt(
    "auto_accept_shared_attachments",
    notEquals("enable"),
    "The transit gateway accepts shared VPC attachments automatically",
    "pass"
  ),
  examples: {
    good: [
      `resource "aws_ec2_transit_gateway" "t" {}`,
      `resource "aws_ec2_transit_gateway" "t" {
  auto_accept_shared_attachments = "disable"
}`
    ],
    bad: [`resource "aws_ec2_transit_gateway" "t" {
  auto_accept_shared_attachments = "enable"
}`]
  }
});
var r101 = defineRule({
  id: "aws-ecr-cmk",
  title: "ECR repository encrypted with KMS uses a customer-managed key",
  severity: "low",
  // Trivy's AVD-AWS-0033 fails both a repository without KMS (aws-ecr-kms-encryption) and one with the AWS-managed key (this rule).
  aliases: ["AVD-AWS-0033"],
  resourceTypes: ["aws_ecr_repository"],
  description: 'encryption_type = "KMS" without kms_key uses the AWS-managed key aws/ecr, whose policy you cannot change: a customer-managed key controls who can decrypt image layers, and its use is logged under your key policy. (A repository without KMS at all is reported by aws-ecr-kms-encryption.)',
  remediation: `\`\`\`hcl
encryption_configuration {
  encryption_type = "KMS"
  kms_key         = aws_kms_key.ecr.arn
}
\`\`\``,
  check: (res) => {
    const type = read(res, "encryption_configuration.encryption_type");
    if (str(type) !== "KMS") return;
    if (isSet(read(res, "encryption_configuration.kms_key")) === false)
      return {
        attribute: "encryption_configuration",
        message: "The repository is encrypted with the AWS-managed key aws/ecr, not a customer-managed KMS key"
      };
  },
  examples: {
    good: [
      `resource "aws_kms_key" "ecr" { enable_key_rotation = true }
resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}`,
      // No KMS at all: aws-ecr-kms-encryption's finding, not this rule's.
      `resource "aws_ecr_repository" "r" { name = "app" }`
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration { encryption_type = "KMS" }
}`,
      `resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = ""
  }
}`
    ]
  }
});
var r102 = defineRule({
  id: "aws-ecr-immutable-tags",
  title: "ECR repository image tags are immutable",
  severity: "medium",
  aliases: ["CKV_AWS_51", "AVD-AWS-0031"],
  legacyIds: ["aws-ecr-enforce-immutable-repository"],
  resourceTypes: ["aws_ecr_repository"],
  description: "Mutable tags let anyone with push rights replace the image behind a tag that is already deployed.",
  remediation: `\`\`\`hcl
image_tag_mutability = "IMMUTABLE"
\`\`\``,
  check: expectAt(
    "image_tag_mutability",
    (v) => typeof v === "string" ? v.startsWith("IMMUTABLE") : void 0,
    "Image tags are mutable",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_ecr_repository" "r" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}`
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
}`
    ]
  }
});
var r103 = defineRule({
  id: "aws-ecr-kms-encryption",
  title: "ECR repository is encrypted with KMS",
  severity: "low",
  aliases: ["CKV_AWS_136", "AVD-AWS-0033"],
  legacyIds: ["aws-ecr-repository-customer-key"],
  resourceTypes: ["aws_ecr_repository"],
  description: "Repositories use AES256 by default; KMS encryption with your key controls who can pull image layers and logs each use.",
  remediation: `\`\`\`hcl
encryption_configuration {
  encryption_type = "KMS"
  kms_key         = aws_kms_key.ecr.arn
}
\`\`\``,
  check: expectAt("encryption_configuration.encryption_type", equals("KMS"), "The repository is not encrypted with KMS", "fail"),
  examples: {
    good: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration { encryption_type = "KMS" }
}`
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
}`
    ]
  }
});
const cache = /* @__PURE__ */ new Map();
function staticJsonencode(exprText) {
  if (!exprText || !exprText.includes("jsonencode")) return void 0;
  if (cache.has(exprText)) return cache.get(exprText);
  let out;
  try {
    const ast = parseTemplateString(exprText);
    const call = findJsonencode(ast);
    out = call ? shape(call) : void 0;
  } catch {
    out = void 0;
  }
  cache.set(exprText, out);
  return out;
}
const HOLE = "\uE000inframate-interpolation\uE000";
function staticJsonTemplate(exprText) {
  if (!exprText || !exprText.includes("${")) return void 0;
  const key = `tpl|${exprText}`;
  if (cache.has(key)) return cache.get(key);
  let out;
  try {
    const ast = parseTemplateString(exprText);
    if (ast.k === "tpl" && ast.parts.every((p) => typeof p === "string" || p.k === "interp")) {
      const text = ast.parts.map((p) => typeof p === "string" ? p : HOLE).join("");
      out = parsePolicyJson(text, (_k, v) => typeof v === "string" && v.includes(HOLE) ? UNKNOWN : v);
      if (out === UNKNOWN) out = void 0;
    }
  } catch {
    out = void 0;
  }
  cache.set(key, out);
  return out;
}
function findJsonencode(e) {
  if (e.k === "call" && e.name === "jsonencode" && e.args.length === 1) return e.args[0];
  if (e.k === "tpl" && e.parts.length === 1) {
    const p = e.parts[0];
    if (typeof p !== "string" && p.k === "interp") return findJsonencode(p.e);
  }
  return void 0;
}
function shape(e) {
  switch (e.k) {
    case "lit":
      return e.v;
    case "tpl":
      return e.parts.every((p) => typeof p === "string") ? e.parts.join("") : UNKNOWN;
    case "tuple":
      return e.items.map(shape);
    case "object": {
      const obj = {};
      for (const { key, value } of e.items) {
        const k = key.k === "name" ? key.name : shape(key);
        if (typeof k !== "string") return UNKNOWN;
        obj[k] = shape(value);
      }
      return obj;
    }
    default:
      return UNKNOWN;
  }
}
function parsePolicyJson(text, reviver) {
  try {
    return JSON.parse(text, reviver);
  } catch (error) {
    const relaxed = withoutTrailingCommas(text);
    if (relaxed === text) throw error;
    return JSON.parse(relaxed, reviver);
  }
}
function withoutTrailingCommas(text) {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === "," && /^\s*[\]}]/.test(text.slice(i + 1))) continue;
    out += c;
  }
  return out;
}
function statementsOfJson(value) {
  if (value === void 0 || value === null || isUnknown(value)) return void 0;
  let doc = value;
  if (typeof value === "string") {
    if (value.trim() === "") return [];
    try {
      doc = parsePolicyJson(value);
    } catch {
      return void 0;
    }
  }
  if (!isPlain(doc)) return void 0;
  const raw = doc.Statement ?? doc.statement;
  const list = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  const out = [];
  for (const s of list) {
    if (!isPlain(s)) return void 0;
    if (typeof s.Effect === "symbol") continue;
    const cond = s.Condition;
    out.push({
      effect: String(s.Effect ?? "Allow").toLowerCase() === "deny" ? "Deny" : "Allow",
      actions: jsonList(s.Action),
      notActions: jsonList(s.NotAction),
      resources: jsonList(s.Resource),
      notResources: jsonList(s.NotResource),
      principals: jsonPrincipals(s.Principal),
      notPrincipals: jsonPrincipals(s.NotPrincipal),
      hasCondition: typeof cond === "symbol" || isPlain(cond) && Object.keys(cond).length > 0,
      conditionKeys: isPlain(cond) ? conditionKeysOf(cond) : []
    });
  }
  return out;
}
function statementsOfDocument(doc) {
  const list = blocks(doc.attributes.statement);
  if (!list) return void 0;
  return list.map((s) => {
    const effect = s.effect;
    const condBlocks = blocks(s.condition);
    const conds = condBlocks ?? [];
    return {
      effect: typeof effect === "string" && effect.toLowerCase() === "deny" ? "Deny" : "Allow",
      actions: optList(s.actions),
      notActions: optList(s.not_actions),
      resources: optList(s.resources),
      notResources: optList(s.not_resources),
      principals: docPrincipals(s.principals),
      notPrincipals: docPrincipals(s.not_principals),
      // An unknowable condition may narrow the statement: counted as present.
      hasCondition: condBlocks === void 0 ? true : conds.length > 0,
      conditionKeys: conds.filter((c) => !matchesAnyone(String(c.variable ?? ""), strings(c.values ?? null))).map((c) => `${String(c.test ?? "").toLowerCase()}:${String(c.variable ?? "").toLowerCase()}`)
    };
  });
}
function policyStatements(res, attr, ctx) {
  const value = res.attributes[attr];
  if (value !== void 0 && !isUnknown(value)) return statementsOfJson(value);
  const expr = res.expressions?.[attr];
  const literal = staticJsonencode(expr) ?? staticJsonTemplate(expr);
  if (literal !== void 0) return statementsOfJson(literal);
  if (!ctx) return void 0;
  const m = expr ? /data\.aws_iam_policy_document\.([\w-]+)(?:\[\s*(\d+|"[^"]*"|count\.index|each\.key)\s*\])?\.(json|minified_json)\b/.exec(expr) : null;
  if (!m) return void 0;
  const docs = ctx.inModuleOf(res, `data.aws_iam_policy_document.${m[1]}`);
  const key = m[2];
  if (key === void 0) return docs.length === 1 ? statementsOfDocument(docs[0]) : void 0;
  const wanted = key === "count.index" || key === "each.key" ? res.index : /^\d+$/.test(key) ? Number(key) : key.slice(1, -1);
  if (wanted === void 0) return void 0;
  const doc = docs.find((d) => d.index === wanted || d.index !== void 0 && String(d.index) === String(wanted) && !d.indexUnknown);
  const only = docs.length === 1 && docs[0].indexUnknown ? docs[0] : void 0;
  const chosen = doc ?? only;
  return chosen ? statementsOfDocument(chosen) : void 0;
}
function actionGlob(pattern) {
  const p = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${p}$`);
}
function actionMatches(pattern, action) {
  if (pattern === "*") return true;
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  if (!p.includes("*") && !p.includes("?")) return p === a;
  return actionGlob(p).test(a);
}
function allowsAction(s, action) {
  if (s.effect !== "Allow") return false;
  if (s.actions !== void 0 && s.actions.length > 0) return s.actions.some((p) => actionMatches(p, action));
  if (s.notActions !== void 0 && s.notActions.length > 0) return !s.notActions.some((p) => actionMatches(p, action));
  if (s.actions === void 0 || s.notActions === void 0) return void 0;
  return false;
}
function onAnyResource(s) {
  if (s.notResources !== void 0 && s.notResources.length > 0) return true;
  if (s.resources === void 0) return void 0;
  return s.resources.includes("*");
}
function isPublicPrincipal(p) {
  if (p.type !== "*" && p.type.toLowerCase() !== "aws") return false;
  return p.ids.some((id) => id === "*" || id.startsWith("arn:") && id.split(":")[4] === "*");
}
function hasPublicPrincipal(s) {
  if (s.principals === void 0) return void 0;
  return s.principals.some(isPublicPrincipal);
}
const NARROWING_KEYS = [
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceowner",
  "aws:principalorgid",
  "aws:principalaccount",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourceip",
  "aws:principalarn",
  "aws:userid",
  "aws:principalorgpaths",
  "kms:calleraccount",
  "kms:viaservice",
  "aws:resourceorgid"
];
function isNarrowedByCondition(s) {
  return s.conditionKeys.some((k) => NARROWING_KEYS.some((n) => k.endsWith(`:${n}`)));
}
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jsonList(v) {
  if (v === void 0 || v === null) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.every((x) => typeof x === "string") ? v : void 0;
  return void 0;
}
function jsonPrincipals(v) {
  if (v === void 0 || v === null) return [];
  if (v === "*") return [{ type: "*", ids: ["*"] }];
  if (Array.isArray(v)) {
    const list = jsonList(v);
    return list && [{ type: "*", ids: list }];
  }
  if (!isPlain(v)) return void 0;
  const out = [];
  for (const [type, ids] of Object.entries(v)) {
    const list = jsonList(ids);
    if (!list) return void 0;
    out.push({ type, ids: list });
  }
  return out;
}
function conditionKeysOf(cond) {
  const out = [];
  for (const [op, body] of Object.entries(cond)) {
    if (!isPlain(body)) continue;
    for (const [key, values] of Object.entries(body)) {
      if (!matchesAnyone(key, jsonList(values))) out.push(`${op.toLowerCase()}:${key.toLowerCase()}`);
    }
  }
  return out;
}
function matchesAnyone(key, values) {
  if (values === void 0 || values.length === 0) return false;
  const arnKey = /arn$/i.test(key);
  return values.every((v) => {
    const t = v.trim();
    if (t === "*") return true;
    if (!arnKey || !t.startsWith("arn:")) return false;
    const account = t.split(":")[4];
    return account === void 0 || account === "" || account === "*";
  });
}
function optList(v) {
  if (v === void 0 || v === null) return [];
  return strings(v);
}
function docPrincipals(v) {
  const list = blocks(v);
  if (!list) return void 0;
  const out = [];
  for (const p of list) {
    const type = p.type;
    const ids = strings(p.identifiers ?? null);
    if (typeof type !== "string" || !ids) return void 0;
    out.push({ type, ids });
  }
  return out;
}
function publicStatements(res, attr, ctx) {
  const stmts = policyStatements(res, attr, ctx);
  if (!stmts) return void 0;
  return stmts.filter((s) => s.effect === "Allow" && hasPublicPrincipal(s) === true && !isNarrowedByCondition(s));
}
function publicPolicyIssue(res, attr, ctx, what) {
  const open = publicStatements(res, attr, ctx);
  if (!open || open.length === 0) return void 0;
  const actions = [...new Set(open.flatMap((s) => s.actions ?? []))];
  return {
    attribute: attr,
    message: `The ${what} policy allows ${actions.length ? actions.slice(0, 4).join(", ") : "actions"} to any principal ("*")`
  };
}
function publicCheck(what, attribute = "policy") {
  return (res, ctx) => publicPolicyIssue(res, attribute, ctx, what);
}
function namedPrincipalRemediation(action) {
  return `Name the accounts or services that need access, or add a narrowing condition:
\`\`\`hcl
statement {
  actions = ["${action}"]
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::123456789012:root"]
  }
}
\`\`\``;
}
const ANY_PRINCIPAL = '"*"';
const ACCOUNT_PRINCIPAL = '{ AWS = "arn:aws:iam::123456789012:root" }';
const SOURCE_ACCOUNT_CONDITION = '{ StringEquals = { "aws:SourceAccount" = "123456789012" } }';
function policyResourceExample(type, args, statement) {
  const fields = { Effect: '"Allow"', Resource: '"*"', ...statement };
  const body = ["Effect", "Principal", "Action", "Resource", "Condition"].filter((k) => fields[k] !== void 0).map((k) => `      ${k.padEnd(9)} = ${fields[k]}`);
  return [
    `resource "${type}" "p" {`,
    ...Object.entries(args).map(([k, v]) => `  ${k} = ${v}`),
    "  policy = jsonencode({",
    '    Version   = "2012-10-17"',
    "    Statement = [{",
    ...body,
    "    }]",
    "  })",
    "}"
  ].join("\n");
}
function exampleOf(type, args) {
  return (statement) => policyResourceExample(type, args, statement);
}
function exampleStatements(action) {
  const Action = `"${action}"`;
  return {
    named: { Principal: ACCOUNT_PRINCIPAL, Action },
    narrowed: { Principal: ANY_PRINCIPAL, Action, Condition: SOURCE_ACCOUNT_CONDITION },
    open: { Principal: ANY_PRINCIPAL, Action }
  };
}
const statements$4 = exampleStatements("ecr:BatchGetImage");
const example$6 = exampleOf("aws_ecr_repository_policy", { repository: '"app"' });
var r104 = defineRule({
  id: "aws-ecr-policy-no-public-access",
  title: "ECR repository policy does not allow public access",
  severity: "critical",
  aliases: ["CKV_AWS_32", "AVD-AWS-0032"],
  legacyIds: ["aws-ecr-no-public-access"],
  resourceTypes: ["aws_ecr_repository_policy"],
  description: 'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the repository.',
  remediation: namedPrincipalRemediation("ecr:BatchGetImage"),
  check: publicCheck("repository"),
  examples: {
    good: [example$6(statements$4.named), example$6(statements$4.narrowed)],
    bad: [example$6(statements$4.open)]
  }
});
var r105 = defineRule({
  id: "aws-ecr-scan-on-push",
  title: "ECR repository scans images on push",
  severity: "medium",
  aliases: ["CKV_AWS_163", "AVD-AWS-0030"],
  legacyIds: ["aws-ecr-enable-image-scans"],
  resourceTypes: ["aws_ecr_repository"],
  description: "Scanning on push reports known vulnerabilities in every image as it is published.",
  remediation: `\`\`\`hcl
image_scanning_configuration {
  scan_on_push = true
}
\`\`\``,
  check: expectAt("image_scanning_configuration.scan_on_push", isTrue, "Images are not scanned on push", "fail"),
  examples: {
    good: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
  image_scanning_configuration { scan_on_push = true }
}`
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
}`
    ]
  }
});
var r106 = defineRule({
  id: "aws-ecs-container-insights",
  title: "ECS cluster has Container Insights enabled",
  severity: "low",
  aliases: ["CKV_AWS_65", "AVD-AWS-0034"],
  legacyIds: ["aws-ecs-enable-container-insight"],
  resourceTypes: ["aws_ecs_cluster"],
  description: "Container Insights collects CPU, memory, network and restart metrics per service and task.",
  remediation: `\`\`\`hcl
setting {
  name  = "containerInsights"
  value = "enabled"
}
\`\`\``,
  check: expectAt(
    "setting",
    (v) => {
      const list = Array.isArray(v) ? v : [];
      const s = list.find(
        (x) => typeof x === "object" && x !== null && !Array.isArray(x) && x.name === "containerInsights"
      );
      if (!s) return false;
      return typeof s.value === "string" ? s.value === "enabled" || s.value === "enhanced" : void 0;
    },
    "Container Insights is not enabled",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_ecs_cluster" "c" {
  name = "c"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}`
    ],
    bad: [
      `resource "aws_ecs_cluster" "c" {
  name = "c"
}`
    ]
  }
});
var r107 = defineRule({
  id: "aws-ecs-distinct-task-roles",
  title: "ECS task role and execution role are different",
  severity: "low",
  aliases: ["CKV_AWS_249"],
  resourceTypes: ["aws_ecs_task_definition"],
  description: "The execution role (pull images, read secrets, write logs) and the task role (what the application may do) should be separate, so the application does not inherit the agent permissions.",
  remediation: `\`\`\`hcl
execution_role_arn = aws_iam_role.execution.arn
task_role_arn      = aws_iam_role.task.arn
\`\`\``,
  check: (res) => {
    const exec = res.attributes.execution_role_arn;
    const task = res.attributes.task_role_arn;
    const same = typeof exec === "string" && exec === task || res.expressions?.execution_role_arn !== void 0 && res.expressions.execution_role_arn === res.expressions.task_role_arn;
    if (same) return { attribute: "task_role_arn", message: "The task role is the same as the execution role" };
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  execution_role_arn    = "arn:aws:iam::123456789012:role/exec"
  task_role_arn         = "arn:aws:iam::123456789012:role/app"
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  execution_role_arn    = aws_iam_role.r.arn
  task_role_arn         = aws_iam_role.r.arn
}
resource "aws_iam_role" "r" { assume_role_policy = "{}" }`
    ]
  }
});
var r108 = defineRule({
  id: "aws-ecs-efs-transit-encryption",
  title: "ECS task EFS volumes encrypt data in transit",
  severity: "high",
  aliases: ["CKV_AWS_97", "AVD-AWS-0035"],
  legacyIds: ["aws-ecs-enable-in-transit-encryption"],
  resourceTypes: ["aws_ecs_task_definition"],
  description: "EFS volumes mounted without transit encryption send file data over the network in clear text.",
  remediation: `\`\`\`hcl
volume {
  name = "data"
  efs_volume_configuration {
    file_system_id     = aws_efs_file_system.data.id
    transit_encryption = "ENABLED"
  }
}
\`\`\``,
  check: (res) => {
    for (const v of blocks(res.attributes.volume) ?? []) {
      for (const efs of blocks(v.efs_volume_configuration) ?? []) {
        const t = read(efs, "transit_encryption");
        if (t === void 0) continue;
        if (t !== "ENABLED")
          return {
            attribute: "volume",
            message: `EFS volume ${typeof v.name === "string" ? v.name : ""} does not encrypt data in transit`.replace("  ", " ")
          };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-1"
      transit_encryption = "ENABLED"
    }
  }
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-1"
    }
  }
}`
    ]
  }
});
var r109 = defineRule({
  id: "aws-ecs-exec-logging",
  title: "ECS Exec sessions are logged",
  severity: "low",
  aliases: ["CKV_AWS_223"],
  resourceTypes: ["aws_ecs_cluster"],
  description: 'ECS Exec opens interactive shells in running containers. logging = "NONE" in execute_command_configuration discards the session output, leaving no record of what was run. The default ("DEFAULT") sends it to the task\u2019s awslogs configuration.',
  remediation: `\`\`\`hcl
configuration {
  execute_command_configuration {
    logging = "OVERRIDE"
    log_configuration {
      cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      cloud_watch_encryption_enabled = true
    }
  }
}
\`\`\``,
  check: expectAt(
    "configuration.execute_command_configuration.logging",
    notEquals("NONE"),
    'ECS Exec session logging is turned off (logging = "NONE")',
    "pass"
  ),
  examples: {
    good: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
}`,
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      logging = "DEFAULT"
    }
  }
}`
    ],
    bad: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      logging = "NONE"
    }
  }
}`
    ]
  }
});
var r110 = defineRule({
  id: "aws-ecs-exec-logging-cmk",
  title: "ECS Exec sessions use a customer-managed key and encrypted logs",
  severity: "low",
  aliases: ["CKV_AWS_224"],
  resourceTypes: ["aws_ecs_cluster"],
  description: "When a cluster configures ECS Exec, its kms_key_id encrypts the session between client and container, and the session log destination (CloudWatch Logs or S3) should be encrypted too. Clusters that do not configure ECS Exec are not judged.",
  remediation: `\`\`\`hcl
configuration {
  execute_command_configuration {
    kms_key_id = aws_kms_key.exec.arn
    logging    = "OVERRIDE"
    log_configuration {
      cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      cloud_watch_encryption_enabled = true
    }
  }
}
\`\`\``,
  check: (res) => {
    for (const c of blocks(res.attributes.configuration) ?? []) {
      for (const e of blocks(c.execute_command_configuration) ?? []) {
        const logging = read(e, "logging");
        if (logging === void 0 || logging === "NONE") continue;
        const key = isSet(read(e, "kms_key_id"));
        if (key === false)
          return {
            attribute: "configuration",
            message: "ECS Exec sessions are not encrypted with a customer-managed key (kms_key_id is not set)"
          };
        const logs = blocks(e.log_configuration);
        if (logs === void 0) continue;
        const encrypted = logs.map((l) => [
          bool(read(l, "cloud_watch_encryption_enabled"), false),
          bool(read(l, "s3_bucket_encryption_enabled"), false)
        ]);
        if (encrypted.some((pair) => pair.includes(true)) || encrypted.some((pair) => pair.includes(void 0))) continue;
        return {
          attribute: "configuration",
          message: "ECS Exec session logs are not encrypted (neither cloud_watch_encryption_enabled nor s3_bucket_encryption_enabled is true)"
        };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "exec"
      }
    }
  }
}`,
      `resource "aws_ecs_cluster" "c" {
  name = "app"
}`
    ],
    bad: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      logging = "DEFAULT"
    }
  }
}`,
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_log_group_name = "exec"
      }
    }
  }
}`
    ]
  }
});
var r111 = defineRule({
  id: "aws-ecs-fargate-latest-platform",
  title: "ECS Fargate service runs on the LATEST platform version",
  severity: "low",
  aliases: ["CKV_AWS_332"],
  resourceTypes: ["aws_ecs_service"],
  description: "A Fargate service pinned to an older platform version misses the security fixes of newer ones; LATEST (the default) follows them.",
  remediation: `\`\`\`hcl
resource "aws_ecs_service" "api" {
  launch_type      = "FARGATE"
  platform_version = "LATEST" # or leave it unset
}
\`\`\``,
  check: (res) => {
    if (str(read(res, "launch_type")) !== "FARGATE") return;
    const v = read(res, "platform_version");
    if (v === void 0) return;
    const version = str(v);
    if (version && version !== "LATEST") {
      return { attribute: "platform_version", message: `The Fargate service is pinned to platform version ${version}, not LATEST` };
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_service" "s" {
  name             = "api"
  launch_type      = "FARGATE"
  platform_version = "LATEST"
}`,
      `resource "aws_ecs_service" "s" {
  name        = "api"
  launch_type = "FARGATE"
}`
    ],
    bad: [
      `resource "aws_ecs_service" "s" {
  name             = "api"
  launch_type      = "FARGATE"
  platform_version = "1.3.0"
}`
    ]
  }
});
var r112 = defineRule({
  id: "aws-ecs-no-host-pid",
  title: "ECS task definition does not share the host's process namespace",
  severity: "medium",
  aliases: ["CKV_AWS_335"],
  resourceTypes: ["aws_ecs_task_definition"],
  description: 'pid_mode = "host" lets containers see and signal every process on the instance, including other tasks.',
  remediation: `\`\`\`hcl
pid_mode = "task"
\`\`\``,
  check: expectAt("pid_mode", notEquals("host"), "The task shares the host's process namespace", "pass"),
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  pid_mode              = "host"
}`
    ]
  }
});
function containerDefinitions(res) {
  let value = res.attributes.container_definitions;
  if (value === void 0 || value === null) return [];
  if (isUnknown(value)) value = res.documents?.container_definitions ?? staticJsonencode(res.expressions?.container_definitions);
  if (value === void 0) return void 0;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  if (!Array.isArray(value)) return void 0;
  return value.filter((c) => typeof c === "object" && c !== null && !Array.isArray(c));
}
const nameOf = (c) => typeof c.name === "string" ? c.name : "a container";
var r113 = defineRule({
  id: "aws-ecs-no-plaintext-secrets",
  title: "ECS task definitions hold no plaintext secrets in environment variables",
  severity: "critical",
  aliases: ["AVD-AWS-0036"],
  legacyIds: ["aws-ecs-no-plaintext-secrets"],
  resourceTypes: ["aws_ecs_task_definition"],
  description: "Environment values in a task definition are visible to anyone who can describe it. Use the secrets block with Secrets Manager or SSM references.",
  remediation: `\`\`\`hcl
container_definitions = jsonencode([{
  name  = "app"
  image = "app:1.0"
  secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
}])
\`\`\``,
  check: (res) => {
    for (const c of containerDefinitions(res) ?? []) {
      const env = Array.isArray(c.environment) ? c.environment : [];
      for (const e of env) {
        if (typeof e !== "object" || e === null) continue;
        const { name, value } = e;
        if (typeof name === "string" && typeof value === "string" && secretEnvVar(name, value)) {
          return { attribute: "container_definitions", message: `Container ${nameOf(c)} sets ${name} to a plaintext secret` };
        }
      }
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "app"
  container_definitions = jsonencode([{
    name        = "app"
    image       = "app:1"
    environment = [{ name = "LOG_LEVEL", value = "info" }]
    secrets     = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db" }]
  }])
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "app"
  container_definitions = jsonencode([{
    name        = "app"
    image       = "app:1"
    environment = [{ name = "DB_PASSWORD", value = "s3cr3t-value!" }]
  }])
}`
    ]
  }
});
var r114 = defineRule({
  id: "aws-ecs-no-privileged-containers",
  title: "ECS containers do not run privileged",
  severity: "high",
  aliases: ["CKV_AWS_334"],
  resourceTypes: ["aws_ecs_task_definition"],
  description: "A privileged container has root access to the host; an escape compromises every task on the instance.",
  remediation: `\`\`\`hcl
container_definitions = jsonencode([{
  name       = "app"
  image      = "app:1.0"
  privileged = false
}])
\`\`\``,
  check: (res) => {
    const c = containerDefinitions(res)?.find((x) => x.privileged === true);
    if (c) return { attribute: "container_definitions", message: `Container ${nameOf(c)} runs privileged` };
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1" }])
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1", privileged = true }])
}`
    ]
  }
});
var r115 = defineRule({
  id: "aws-ecs-read-only-root-filesystem",
  title: "ECS containers have a read-only root filesystem",
  severity: "low",
  aliases: ["CKV_AWS_336"],
  resourceTypes: ["aws_ecs_task_definition"],
  description: "A read-only root filesystem stops an attacker from dropping tools or changing binaries inside the container.",
  remediation: `\`\`\`hcl
container_definitions = jsonencode([{
  name                   = "app"
  image                  = "app:1.0"
  readonlyRootFilesystem = true
}])
\`\`\``,
  check: (res) => {
    const c = containerDefinitions(res)?.find((x) => x.readonlyRootFilesystem !== true && typeof x.readonlyRootFilesystem !== "symbol");
    if (c) return { attribute: "container_definitions", message: `Container ${nameOf(c)} has a writable root filesystem` };
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1", readonlyRootFilesystem = true }])
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1" }])
}`
    ]
  }
});
var r116 = defineRule({
  id: "aws-ecs-service-no-public-ip",
  title: "ECS service does not assign public IP addresses",
  severity: "medium",
  aliases: ["CKV_AWS_333"],
  resourceTypes: ["aws_ecs_service"],
  description: "Tasks with public IPs are reachable from the internet whenever their security group allows it; run them in private subnets behind a load balancer.",
  remediation: `\`\`\`hcl
network_configuration {
  subnets          = var.private_subnet_ids
  security_groups  = [aws_security_group.app.id]
  assign_public_ip = false
}
\`\`\``,
  check: expectAt("network_configuration.assign_public_ip", isFalse, "Tasks of this service get public IP addresses", "pass"),
  examples: {
    good: [
      `resource "aws_ecs_service" "s" {
  name = "app"
  network_configuration {
    subnets = ["subnet-1"]
  }
}`
    ],
    bad: [
      `resource "aws_ecs_service" "s" {
  name = "app"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true
  }
}`
    ]
  }
});
var r117 = defineRule({
  id: "aws-efs-cmk",
  title: "EFS file system is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_184"],
  resourceTypes: ["aws_efs_file_system"],
  description: "An encrypted file system without kms_key_id uses the AWS-managed key aws/elasticfilesystem; a customer-managed key lets you control and audit who can decrypt the data.",
  remediation: `\`\`\`hcl
resource "aws_efs_file_system" "data" {
  encrypted  = true
  kms_key_id = aws_kms_key.efs.arn
}
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The file system is not encrypted with a customer-managed KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_efs_file_system" "fs" {
  encrypted  = true
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`
    ],
    bad: [
      `resource "aws_efs_file_system" "fs" {
  encrypted = true
}`
    ]
  }
});
var r118 = defineRule({
  id: "aws-efs-encryption",
  title: "EFS file system is encrypted at rest",
  severity: "high",
  aliases: ["CKV_AWS_42", "AVD-AWS-0037"],
  legacyIds: ["aws-efs-enable-at-rest-encryption"],
  resourceTypes: ["aws_efs_file_system"],
  description: "EFS file systems are unencrypted unless encrypted = true is set at creation (it cannot be changed later).",
  remediation: `\`\`\`hcl
encrypted  = true
kms_key_id = aws_kms_key.efs.arn
\`\`\``,
  check: expectAt("encrypted", isTrue, "The file system is not encrypted at rest", "fail"),
  examples: {
    good: [
      `resource "aws_efs_file_system" "f" {
  creation_token = "data"
  encrypted      = true
}`
    ],
    bad: [
      `resource "aws_efs_file_system" "f" {
  creation_token = "data"
}`
    ]
  }
});
const ALL_TYPES = ["api", "audit", "authenticator", "controllerManager", "scheduler"];
var r119 = defineRule({
  id: "aws-eks-control-plane-logging",
  title: "EKS control plane logging is enabled for all log types",
  severity: "medium",
  aliases: ["CKV_AWS_37", "AVD-AWS-0038"],
  legacyIds: ["aws-eks-enable-control-plane-logging"],
  resourceTypes: ["aws_eks_cluster"],
  description: "API, audit, authenticator, controller manager and scheduler logs record who did what in the cluster.",
  remediation: `\`\`\`hcl
enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
\`\`\``,
  check: (res) => {
    const types = strings(res.attributes.enabled_cluster_log_types ?? null);
    if (!types) return;
    const missing = ALL_TYPES.filter((t) => !types.includes(t));
    if (missing.length > 0)
      return {
        attribute: types.length ? "enabled_cluster_log_types" : void 0,
        message: `Control plane logs not enabled: ${missing.join(", ")}`
      };
  },
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name                      = "c"
  role_arn                  = "arn"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  vpc_config { subnet_ids = ["s"] }
}`
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name                      = "c"
  role_arn                  = "arn"
  enabled_cluster_log_types = ["api"]
  vpc_config { subnet_ids = ["s"] }
}`
    ]
  }
});
var r120 = defineRule({
  id: "aws-eks-no-public-endpoint",
  title: "EKS cluster API endpoint is not public",
  severity: "medium",
  aliases: ["CKV_AWS_39", "AVD-AWS-0040"],
  legacyIds: ["aws-eks-no-public-cluster-access"],
  resourceTypes: ["aws_eks_cluster"],
  description: "The Kubernetes API endpoint is public by default; keep it private and reach it through the VPC or a bastion.",
  remediation: `\`\`\`hcl
vpc_config {
  subnet_ids              = var.private_subnet_ids
  endpoint_private_access = true
  endpoint_public_access  = false
}
\`\`\``,
  check: expectAt("vpc_config.endpoint_public_access", isFalse, "The cluster API endpoint is public", "fail"),
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = false
  }
}`
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { subnet_ids = ["subnet-1"] }
}`
    ]
  }
});
var r121 = defineRule({
  id: "aws-eks-node-group-ssh",
  title: "EKS node group does not allow SSH from anywhere",
  severity: "high",
  aliases: ["CKV_AWS_100"],
  resourceTypes: ["aws_eks_node_group"],
  description: "remote_access with an SSH key and no source_security_group_ids opens port 22 on every node to 0.0.0.0/0.",
  remediation: `\`\`\`hcl
remote_access {
  ec2_ssh_key               = aws_key_pair.ops.key_name
  source_security_group_ids = [aws_security_group.bastion.id]
}
\`\`\``,
  check: (res) => {
    for (const ra of blocks(res.attributes.remote_access) ?? []) {
      if (typeof read(ra, "ec2_ssh_key") !== "string") continue;
      const sgs = strings(read(ra, "source_security_group_ids"));
      if (sgs && sgs.length === 0) return { attribute: "remote_access", message: "SSH to the nodes is open to 0.0.0.0/0" };
    }
  },
  examples: {
    good: [
      `resource "aws_eks_node_group" "n" {
  cluster_name = "c"
  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = ["sg-1"]
  }
}`
    ],
    bad: [
      `resource "aws_eks_node_group" "n" {
  cluster_name = "c"
  remote_access { ec2_ssh_key = "ops" }
}`
    ]
  }
});
var r122 = defineRule({
  id: "aws-eks-public-access-cidrs",
  title: "EKS public API endpoint is not open to 0.0.0.0/0",
  severity: "high",
  aliases: ["CKV_AWS_38", "AVD-AWS-0041"],
  legacyIds: ["aws-eks-no-public-cluster-access-to-cidr"],
  resourceTypes: ["aws_eks_cluster"],
  description: "When the public endpoint is on, public_access_cidrs defaults to 0.0.0.0/0: the Kubernetes API is reachable from the whole internet.",
  remediation: `\`\`\`hcl
vpc_config {
  subnet_ids             = var.private_subnet_ids
  endpoint_public_access = true
  public_access_cidrs    = [var.office_cidr]
}
\`\`\``,
  check: (res) => {
    for (const vc of blocks(res.attributes.vpc_config) ?? []) {
      if (bool(read(vc, "endpoint_public_access"), true) !== true) continue;
      const cidrs = strings(read(vc, "public_access_cidrs"));
      if (!cidrs) continue;
      if (cidrs.length === 0 || cidrs.includes("0.0.0.0/0"))
        return { attribute: "vpc_config", message: "The public API endpoint accepts connections from 0.0.0.0/0" };
    }
  },
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn"
  vpc_config {
    subnet_ids          = ["s"]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}`
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn"
  vpc_config { subnet_ids = ["s"] }
}`
    ]
  }
});
var r123 = defineRule({
  id: "aws-eks-secrets-encryption",
  title: "EKS cluster encrypts Kubernetes secrets with KMS",
  severity: "high",
  aliases: ["CKV_AWS_58", "AVD-AWS-0039"],
  legacyIds: ["aws-eks-encrypt-secrets"],
  resourceTypes: ["aws_eks_cluster"],
  description: "Envelope encryption of secrets with a KMS key protects them in etcd and its backups.",
  remediation: `\`\`\`hcl
encryption_config {
  resources = ["secrets"]
  provider {
    key_arn = aws_kms_key.eks.arn
  }
}
\`\`\``,
  check: (res) => {
    const configs = blocks(res.attributes.encryption_config);
    if (!configs) return;
    const forSecrets = configs.map((c) => strings(read(c, "resources")));
    if (forSecrets.some((r) => r === void 0)) return;
    const secrets = configs.filter((_c, i) => forSecrets[i].includes("secrets"));
    if (secrets.length === 0) return { attribute: "encryption_config", message: "Kubernetes secrets are not encrypted with a KMS key" };
    if (secrets.every((c) => isSet(read(c, "provider.key_arn")) === false))
      return {
        attribute: "encryption_config",
        message: "encryption_config names no KMS key (provider.key_arn): secrets are not encrypted"
      };
  },
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { subnet_ids = ["subnet-1"] }
  encryption_config {
    resources = ["secrets"]
    provider { key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc" }
  }
}`
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { subnet_ids = ["subnet-1"] }
}`,
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { subnet_ids = ["subnet-1"] }
  encryption_config {
    resources = ["secrets"]
  }
}`
    ]
  }
});
const OLDEST_SUPPORTED_MINOR = 29;
var r124 = defineRule({
  id: "aws-eks-supported-version",
  title: "EKS cluster runs a Kubernetes version EKS still supports",
  severity: "medium",
  aliases: ["CKV_AWS_339"],
  resourceTypes: ["aws_eks_cluster"],
  description: `Versions older than 1.${OLDEST_SUPPORTED_MINOR} are out of EKS support: no security patches, and EKS upgrades the control plane automatically at a time it picks. An unset version takes the latest one at creation and is not reported.`,
  remediation: `\`\`\`hcl
resource "aws_eks_cluster" "main" {
  version = "1.33"
  # \u2026
}
\`\`\``,
  check: (res) => {
    const v = str(read(res, "version"));
    if (v === void 0) return;
    const m = /^1\.(\d+)(\.|$)/.exec(v.trim());
    if (!m) return;
    if (Number(m[1]) < OLDEST_SUPPORTED_MINOR)
      return {
        attribute: "version",
        message: `Kubernetes ${v} is no longer supported by EKS (oldest supported: 1.${OLDEST_SUPPORTED_MINOR})`
      };
  },
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.33"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}`
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.24"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}`
    ]
  }
});
var r125 = defineRule({
  id: "aws-elasticache-auth-token",
  title: "ElastiCache replication group requires an auth token",
  severity: "medium",
  aliases: ["CKV_AWS_31"],
  resourceTypes: ["aws_elasticache_replication_group"],
  description: "With transit encryption and an AUTH token (or RBAC user groups), clients must authenticate before reading or writing the cache.",
  remediation: `\`\`\`hcl
transit_encryption_enabled = true
auth_token                 = var.redis_auth_token
\`\`\``,
  check: when(
    (r) => r.attributes.user_group_ids === void 0,
    expectAt("auth_token", nonEmpty, "The replication group has no AUTH token", "fail")
  ),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  transit_encryption_enabled = true
  auth_token                 = "a-very-long-token-value-123"
}`
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  transit_encryption_enabled = true
}`
    ]
  }
});
var r126 = defineRule({
  id: "aws-elasticache-auto-minor-upgrade",
  title: "ElastiCache Redis/Valkey clusters take minor version upgrades automatically",
  severity: "low",
  aliases: ["CKV_AWS_322"],
  resourceTypes: ["aws_elasticache_cluster"],
  description: "auto_minor_version_upgrade = false keeps a cache cluster on a minor version after security fixes are released for it. Memcached clusters are not judged.",
  remediation: `\`\`\`hcl
resource "aws_elasticache_cluster" "cache" {
  auto_minor_version_upgrade = true # the default
  # \u2026
}
\`\`\``,
  check: when(
    (r) => {
      const engine = r.attributes.engine;
      if (engine === void 0 || engine === null) return true;
      return typeof engine === "string" ? engine !== "memcached" : void 0;
    },
    expectAt("auto_minor_version_upgrade", isTrue, "Automatic minor version upgrades are disabled", "pass")
  ),
  examples: {
    good: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 1
}`,
      `resource "aws_elasticache_cluster" "c" {
  cluster_id                 = "cache"
  engine                     = "memcached"
  node_type                  = "cache.t3.micro"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = false
}`
    ],
    bad: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id                 = "cache"
  engine                     = "redis"
  node_type                  = "cache.t3.micro"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = false
}`
    ]
  }
});
var r127 = defineRule({
  id: "aws-elasticache-automatic-failover",
  title: "ElastiCache replication groups fail over automatically",
  severity: "low",
  aliases: ["CKV2_AWS_50"],
  resourceTypes: ["aws_elasticache_replication_group"],
  description: "Without automatic_failover_enabled a failed primary node is not replaced by a replica: writes stop until someone intervenes. It needs at least one replica (num_cache_clusters \u2265 2).",
  remediation: `\`\`\`hcl
resource "aws_elasticache_replication_group" "cache" {
  automatic_failover_enabled = true
  multi_az_enabled           = true
  num_cache_clusters         = 2
  # \u2026
}
\`\`\``,
  check: expectAt("automatic_failover_enabled", isTrue, "Automatic failover is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "cache"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}`
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "cache"
  description          = "cache"
  node_type            = "cache.t3.micro"
  num_cache_clusters   = 1
}`
    ]
  }
});
var r128 = defineRule({
  id: "aws-elasticache-backup-retention",
  title: "ElastiCache Redis keeps automatic backups",
  severity: "low",
  aliases: ["CKV_AWS_134", "AVD-AWS-0050"],
  legacyIds: ["aws-elasticache-enable-backup-retention"],
  resourceTypes: ["aws_elasticache_cluster", "aws_elasticache_replication_group"],
  description: "snapshot_retention_limit = 0 (the default) disables automatic backups of Redis data.",
  remediation: `\`\`\`hcl
snapshot_retention_limit = 7
\`\`\``,
  check: when(
    (r) => r.type === "aws_elasticache_replication_group" ? true : typeof r.attributes.engine === "string" ? r.attributes.engine === "redis" || r.attributes.engine === "valkey" : r.attributes.engine === void 0 ? void 0 : void 0,
    expectAt("snapshot_retention_limit", atLeast(1), "Automatic backups are disabled", "fail")
  ),
  examples: {
    good: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id               = "c"
  engine                   = "redis"
  snapshot_retention_limit = 5
}`,
      `resource "aws_elasticache_cluster" "m" {
  cluster_id = "m"
  engine     = "memcached"
}`
    ],
    bad: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id = "c"
  engine     = "redis"
}`
    ]
  }
});
var r129 = defineRule({
  id: "aws-elasticache-cmk",
  title: "ElastiCache replication group uses a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_191"],
  resourceTypes: ["aws_elasticache_replication_group"],
  description: "A customer-managed key controls access to the encrypted cache data and its snapshots.",
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.cache.arn
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The replication group is not encrypted with a customer-managed KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  at_rest_encryption_enabled = true
}`
    ]
  }
});
var r130 = defineRule({
  id: "aws-elasticache-custom-subnet-group",
  title: "ElastiCache cluster does not use the default subnet group",
  severity: "low",
  aliases: ["CKV_AWS_323"],
  resourceTypes: ["aws_elasticache_cluster"],
  description: "Without subnet_group_name the cluster is placed in the default subnet group (the default VPC subnets), not in the private subnets you chose. A cluster that joins a replication group takes its subnets from the group and is not judged.",
  remediation: `\`\`\`hcl
subnet_group_name = aws_elasticache_subnet_group.private.name
\`\`\``,
  check: when(
    (res) => isSet(read(res, "replication_group_id")) === false,
    (res, ctx) => {
      const unset = expectAt("subnet_group_name", nonEmpty, "The cluster uses the default subnet group", "fail")(res);
      return unset ?? expectAt("subnet_group_name", notEquals("default"), "The cluster uses the default subnet group", "fail")(res);
    }
  ),
  examples: {
    good: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id        = "cache"
  engine            = "redis"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = "private-cache"
}`
    ],
    bad: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}`,
      `resource "aws_elasticache_cluster" "c" {
  cluster_id        = "cache"
  engine            = "redis"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = "default"
}`
    ]
  }
});
var r131 = defineRule({
  id: "aws-elasticache-encryption-at-rest",
  title: "ElastiCache replication group is encrypted at rest",
  severity: "high",
  aliases: ["CKV_AWS_29", "AVD-AWS-0045"],
  legacyIds: ["aws-elasticache-enable-at-rest-encryption"],
  resourceTypes: ["aws_elasticache_replication_group"],
  description: "Cache data, backups and snapshots are unencrypted on disk unless at-rest encryption is on.",
  remediation: `\`\`\`hcl
at_rest_encryption_enabled = true
\`\`\``,
  check: expectAt("at_rest_encryption_enabled", isTrue, "The replication group is not encrypted at rest", "fail"),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  at_rest_encryption_enabled = true
}`
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "r"
  description          = "cache"
}`
    ]
  }
});
var r132 = defineRule({
  id: "aws-elasticache-encryption-in-transit",
  title: "ElastiCache replication group encrypts data in transit",
  severity: "high",
  aliases: ["CKV_AWS_30", "AVD-AWS-0051"],
  legacyIds: ["aws-elasticache-enable-in-transit-encryption"],
  resourceTypes: ["aws_elasticache_replication_group"],
  description: "Without TLS, cache traffic (often session tokens and personal data) crosses the network in clear text.",
  remediation: `\`\`\`hcl
transit_encryption_enabled = true
\`\`\``,
  check: expectAt("transit_encryption_enabled", isTrue, "The replication group does not encrypt data in transit", "fail"),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  transit_encryption_enabled = true
}`
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "r"
  description          = "cache"
}`
    ]
  }
});
var r133 = defineRule({
  id: "aws-elasticache-no-classic-security-group",
  title: "No ElastiCache security group (EC2-Classic) is declared",
  severity: "low",
  aliases: ["CKV_AWS_196"],
  resourceTypes: ["aws_elasticache_security_group"],
  description: "ElastiCache security groups only apply to clusters outside a VPC (EC2-Classic, retired in 2022). Clusters in a VPC are protected by VPC security groups (security_group_ids).",
  remediation: `Remove the \`aws_elasticache_security_group\` and attach a VPC security group:

\`\`\`hcl
resource "aws_elasticache_cluster" "cache" {
  security_group_ids = [aws_security_group.cache.id]
}
\`\`\``,
  check: () => ({ message: "An ElastiCache security group is an EC2-Classic resource; use a VPC security group" }),
  examples: {
    good: [
      `resource "aws_security_group" "cache" {
  name   = "cache"
  vpc_id = "vpc-0123"
}`
    ],
    bad: [
      `resource "aws_elasticache_security_group" "cache" {
  name                 = "cache"
  security_group_names = ["legacy"]
}`
    ]
  }
});
function servesPlainHttp(listener) {
  const protocol = read(listener, "protocol");
  if (protocol === void 0) return void 0;
  const p = typeof protocol === "symbol" ? "HTTP" : str(protocol)?.toUpperCase();
  if (p !== "HTTP") return false;
  const actions = blocks(listener.attributes.default_action);
  if (actions === void 0) return void 0;
  for (const a of actions) {
    const type = read(a, "type");
    if (type === void 0) return void 0;
    if (type !== "redirect") continue;
    const r = blocks(a.redirect);
    if (r === void 0) return void 0;
    for (const x of r) {
      const proto = read(x, "protocol");
      const port = read(x, "port");
      if (proto === void 0 || port === void 0) return void 0;
      if (str(proto)?.toUpperCase() === "HTTPS" && num(port) === 443) return false;
    }
  }
  return true;
}
var r134 = defineRule({
  id: "aws-alb-http-redirect",
  title: "Application load balancers redirect HTTP to HTTPS",
  severity: "medium",
  aliases: ["CKV2_AWS_20"],
  // aws_alb / aws_alb_listener are the older names of aws_lb / aws_lb_listener.
  resourceTypes: ["aws_lb", "aws_alb"],
  description: "A plain-HTTP listener on an application load balancer should only redirect to HTTPS (port 443); serving content on it exposes sessions and data to anyone on the network path.",
  remediation: `\`\`\`hcl
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
\`\`\``,
  check: (lb, ctx) => {
    const type = read(lb, "load_balancer_type");
    if (type === void 0 || typeof type === "string" && type !== "application") return;
    for (const listenerType of ["aws_lb_listener", "aws_alb_listener"]) {
      for (const l of ctx.linked(lb, listenerType, "load_balancer_arn").found) {
        if (servesPlainHttp(l) === true) return { message: `The listener ${l.address} serves plain HTTP instead of redirecting to HTTPS` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_lb" "l" {
  subnets = ["subnet-1", "subnet-2"]
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.l.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`
    ],
    bad: [
      `resource "aws_lb" "l" {
  subnets = ["subnet-1", "subnet-2"]
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.l.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}`,
      `resource "aws_alb" "l" {
  subnets = ["subnet-1", "subnet-2"]
}
resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_alb.l.arn
  port              = 80
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}`
    ]
  }
});
var r135 = defineRule({
  id: "aws-elb-access-logs",
  title: "Load balancer has access logs enabled",
  severity: "low",
  aliases: ["CKV_AWS_91"],
  resourceTypes: ["aws_lb", "aws_alb"],
  description: "Access logs record every request (client, path, status, latency), needed for investigations.",
  remediation: `\`\`\`hcl
access_logs {
  bucket  = aws_s3_bucket.lb_logs.id
  enabled = true
}
\`\`\``,
  check: when(
    (r) => r.attributes.load_balancer_type !== "gateway",
    expectAt("access_logs.enabled", isTrue, "Access logging is not enabled", "fail")
  ),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}`
    ],
    bad: [
      `resource "aws_lb" "lb" {
  name = "web"
}`,
      `resource "aws_lb" "lb" {
  access_logs {
    bucket  = "logs"
    enabled = false
  }
}`
    ]
  }
});
const enabledCheck = expectAt("access_logs.enabled", isTrue, "Access logging is disabled", "pass");
var r136 = defineRule({
  id: "aws-elb-classic-access-logs",
  title: "Classic load balancer has access logs enabled",
  severity: "low",
  aliases: ["CKV_AWS_92"],
  resourceTypes: ["aws_elb"],
  description: "Access logs record every request (client, path, status, latency), needed for investigations.",
  remediation: `\`\`\`hcl
access_logs {
  bucket   = aws_s3_bucket.lb_logs.id
  interval = 60
}
\`\`\``,
  // enabled defaults to true inside an access_logs block; no block means no logs.
  check: (res, ctx) => blocks(res.attributes.access_logs)?.length === 0 ? { message: "Access logging is not enabled" } : enabledCheck(res),
  examples: {
    good: [
      `resource "aws_elb" "lb" {
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}`,
      `resource "aws_elb" "lb" {
  access_logs { bucket = "logs" }
}`
    ],
    bad: [
      `resource "aws_elb" "lb" {
  name = "web"
}`
    ]
  }
});
var r137 = defineRule({
  id: "aws-elb-classic-cross-zone",
  title: "Classic load balancers balance across availability zones",
  severity: "low",
  aliases: ["CKV_AWS_138"],
  resourceTypes: ["aws_elb"],
  description: "With cross_zone_load_balancing = false each zone\u2019s nodes only reach that zone\u2019s instances: losing instances in one zone overloads the rest of that zone while others idle.",
  remediation: `\`\`\`hcl
resource "aws_elb" "web" {
  cross_zone_load_balancing = true # the default
  # \u2026
}
\`\`\``,
  check: expectAt("cross_zone_load_balancing", isTrue, "Cross-zone load balancing is disabled", "pass"),
  examples: {
    good: [
      `resource "aws_elb" "e" {
  availability_zones = ["eu-west-1a", "eu-west-1b"]
  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}`
    ],
    bad: [
      `resource "aws_elb" "e" {
  availability_zones        = ["eu-west-1a", "eu-west-1b"]
  cross_zone_load_balancing = false
  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}`
    ]
  }
});
var r138 = defineRule({
  id: "aws-elb-classic-https-listener",
  title: "Classic Load Balancer listeners terminate TLS with a certificate",
  severity: "high",
  aliases: ["CKV_AWS_127"],
  resourceTypes: ["aws_elb"],
  description: "A listener without ssl_certificate_id is plain HTTP or TCP: traffic from clients crosses the network unencrypted. Use an ACM certificate on every listener.",
  remediation: `\`\`\`hcl
listener {
  lb_port            = 443
  lb_protocol        = "https"
  instance_port      = 8080
  instance_protocol  = "http"
  ssl_certificate_id = aws_acm_certificate.site.arn
}
\`\`\``,
  check: (res) => {
    const listeners = blocks(res.attributes.listener);
    if (listeners === void 0) return;
    for (const l of listeners) {
      const cert = l.ssl_certificate_id;
      if (cert === void 0 || cert === null || typeof cert === "string" && cert.trim() === "")
        return { attribute: "listener", message: `The listener on port ${String(l.lb_port ?? "?")} has no TLS certificate` };
    }
  },
  examples: {
    good: [
      `resource "aws_elb" "e" {
  name = "web"
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
  }
}`
    ],
    bad: [
      `resource "aws_elb" "e" {
  name = "web"
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}`
    ]
  }
});
var r139 = defineRule({
  id: "aws-elb-deletion-protection",
  title: "Load balancer has deletion protection",
  severity: "low",
  aliases: ["CKV_AWS_150"],
  resourceTypes: ["aws_lb", "aws_alb"],
  description: "Deletion protection keeps a production entry point from being removed by an API call or terraform destroy.",
  remediation: `\`\`\`hcl
enable_deletion_protection = true
\`\`\``,
  check: expectAt("enable_deletion_protection", isTrue, "Deletion protection is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  enable_deletion_protection = true
}`
    ],
    bad: [
      `resource "aws_lb" "lb" {
  name = "web"
}`
    ]
  }
});
var r140 = defineRule({
  id: "aws-elb-desync-mitigation",
  title: "Load balancer uses a defensive or strictest desync mitigation mode",
  severity: "low",
  aliases: ["CKV_AWS_328"],
  resourceTypes: ["aws_lb", "aws_alb", "aws_elb"],
  description: 'The "monitor" mode lets ambiguous, possibly smuggled requests through to the targets.',
  remediation: `\`\`\`hcl
desync_mitigation_mode = "defensive"
\`\`\``,
  check: expectAt("desync_mitigation_mode", equals("defensive", "strictest"), 'desync_mitigation_mode is "monitor"', "pass"),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  name = "web"
}`
    ],
    bad: [
      `resource "aws_lb" "lb" {
  desync_mitigation_mode = "monitor"
}`
    ]
  }
});
var r141 = defineRule({
  id: "aws-elb-drop-invalid-headers",
  title: "Application load balancer drops invalid HTTP headers",
  severity: "medium",
  aliases: ["CKV_AWS_131", "AVD-AWS-0052"],
  legacyIds: ["aws-elb-drop-invalid-headers"],
  resourceTypes: ["aws_lb", "aws_alb"],
  description: "Dropping header fields with invalid characters protects backends from HTTP request smuggling and desync attacks.",
  remediation: `\`\`\`hcl
drop_invalid_header_fields = true
\`\`\``,
  check: when(
    (r) => r.attributes.load_balancer_type === void 0 || r.attributes.load_balancer_type === "application",
    expectAt("drop_invalid_header_fields", isTrue, "Invalid HTTP header fields are passed to targets", "fail")
  ),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  load_balancer_type         = "application"
  drop_invalid_header_fields = true
}`,
      `resource "aws_lb" "nlb" {
  load_balancer_type = "network"
}`
    ],
    bad: [
      `resource "aws_lb" "lb" {
  load_balancer_type = "application"
}`,
      `resource "aws_alb" "lb" {
  name = "web"
}`
    ]
  }
});
var r142 = defineRule({
  id: "aws-elb-https-listener",
  title: "Load balancer listener uses HTTPS or redirects to it",
  severity: "high",
  // Checkov's TLS-version check CKV_AWS_103 fails plain-HTTP listeners too: this is the rule that reports them.
  aliases: ["CKV_AWS_2", "CKV_AWS_103", "AVD-AWS-0054"],
  legacyIds: ["aws-elb-http-not-used"],
  resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
  description: "An HTTP listener that forwards traffic (instead of redirecting to HTTPS) serves the application unencrypted.",
  remediation: `Redirect HTTP to HTTPS and serve on 443:
\`\`\`hcl
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
\`\`\``,
  check: (res) => {
    const protocol = str(res.attributes.protocol);
    if (protocol === void 0) return;
    if (protocol.toUpperCase() !== "HTTP") return;
    const actions = blocks(res.attributes.default_action);
    if (!actions) return;
    if (actions.length > 0 && actions.every((a) => a.type === "redirect" && String((blocks(a.redirect) ?? [])[0]?.protocol ?? "").toUpperCase() === "HTTPS"))
      return;
    if (actions.some((a) => typeof a.type !== "string")) return;
    if (actions.length > 0 && actions.every((a) => a.type === "fixed-response")) return;
    return { attribute: "protocol", message: "The listener serves plain HTTP without redirecting to HTTPS" };
  },
  examples: {
    good: [
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`,
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:cert"
  default_action {
    type             = "forward"
    target_group_arn = "arn:tg"
  }
}`
    ],
    bad: [
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:tg"
  }
}`
    ]
  }
});
var r143 = defineRule({
  id: "aws-elb-internal",
  title: "Load balancer is internal unless it must face the internet",
  severity: "low",
  aliases: ["AVD-AWS-0053"],
  legacyIds: ["aws-elb-alb-not-public"],
  resourceTypes: ["aws_lb", "aws_alb"],
  description: "Internet-facing load balancers are reachable by anyone; make internal the default and expose only deliberate entry points.",
  remediation: `\`\`\`hcl
internal = true
\`\`\``,
  // A Gateway Load Balancer has no listeners reachable from the internet (it takes traffic from endpoints).
  check: when(
    (res) => read(res, "load_balancer_type") !== "gateway",
    expectAt("internal", isTrue, "The load balancer is internet-facing", "fail")
  ),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  internal = true
}`
    ],
    bad: [
      `resource "aws_lb" "lb" {
  name = "web"
}`
    ]
  }
});
const WEAK_POLICIES = /* @__PURE__ */ new Set([
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-TLS-1-1-2017-01",
  "ELBSecurityPolicy-2015-05",
  "ELBSecurityPolicy-2015-03",
  "ELBSecurityPolicy-2015-02",
  "ELBSecurityPolicy-TLS-1-0-2015-04",
  "ELBSecurityPolicy-2014-10",
  "ELBSecurityPolicy-Default",
  "ELBSecurityPolicy-2014-01"
]);
const WEAK_PROTOCOLS = /* @__PURE__ */ new Set(["Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"]);
var r144 = defineRule({
  id: "aws-elb-policy-secure-protocols",
  title: "Classic Load Balancer TLS policy allows only TLS 1.2 or later",
  severity: "high",
  aliases: ["CKV_AWS_213"],
  resourceTypes: ["aws_load_balancer_policy"],
  description: "An SSL negotiation policy that enables SSLv3, TLS 1.0 or TLS 1.1 (directly or through an older predefined ELBSecurityPolicy) lets clients negotiate protocols with known weaknesses.",
  remediation: `\`\`\`hcl
policy_attribute {
  name  = "Reference-Security-Policy"
  value = "ELBSecurityPolicy-TLS-1-2-2017-01"
}
\`\`\``,
  check: (res) => {
    const attrs = blocks(res.attributes.policy_attribute);
    if (attrs === void 0) return;
    for (const a of attrs) {
      const name = str(a.name);
      const value = a.value;
      if (name !== void 0 && WEAK_PROTOCOLS.has(name) && bool(value) === true)
        return { attribute: "policy_attribute", message: `The policy enables ${name}` };
      if (name === "Reference-Security-Policy" && WEAK_POLICIES.has(str(value) ?? ""))
        return { attribute: "policy_attribute", message: `${str(value)} allows TLS versions before 1.2` };
    }
  },
  examples: {
    good: [
      `resource "aws_load_balancer_policy" "p" {
  load_balancer_name = "web"
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}`
    ],
    bad: [
      `resource "aws_load_balancer_policy" "p" {
  load_balancer_name = "web"
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true"
  }
}`,
      `resource "aws_load_balancer_policy" "p" {
  load_balancer_name = "web"
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08"
  }
}`
    ]
  }
});
const OUTDATED = /* @__PURE__ */ new Set([
  "ELBSecurityPolicy-2015-05",
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-TLS-1-0-2015-04",
  "ELBSecurityPolicy-TLS-1-1-2017-01",
  "ELBSecurityPolicy-FS-2018-06",
  "ELBSecurityPolicy-FS-1-1-2019-08",
  "ELBSecurityPolicy-TLS13-1-0-2021-06",
  "ELBSecurityPolicy-TLS13-1-1-2021-06",
  "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09",
  "ELBSecurityPolicy-TLS13-1-1-PQ-2025-09"
]);
var r145 = defineRule({
  id: "aws-elb-tls-policy",
  title: "Load balancer listener requires TLS 1.2 or later",
  severity: "high",
  aliases: ["CKV_AWS_103", "AVD-AWS-0047"],
  legacyIds: ["aws-elb-use-secure-tls-policy"],
  resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
  description: "HTTPS and TLS listeners with an outdated ssl_policy (or none: the default still allows TLS 1.0 on older provider versions) accept TLS 1.0/1.1.",
  remediation: `\`\`\`hcl
ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
\`\`\``,
  check: (res) => {
    const protocol = str(res.attributes.protocol)?.toUpperCase();
    if (protocol !== "HTTPS" && protocol !== "TLS") return;
    const policy = res.attributes.ssl_policy;
    if (policy === void 0 || policy === null)
      return { attribute: "protocol", message: "No ssl_policy is set: the default policy accepts TLS versions older than 1.2" };
    const p = str(policy);
    if (p !== void 0 && OUTDATED.has(p))
      return { attribute: "ssl_policy", message: `ssl_policy ${p} accepts TLS versions older than 1.2` };
  },
  examples: {
    good: [
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:cert"
  default_action {
    type             = "forward"
    target_group_arn = "arn:tg"
  }
}`
    ],
    bad: [
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = "arn:cert"
  default_action {
    type             = "forward"
    target_group_arn = "arn:tg"
  }
}`
    ]
  }
});
var r146 = defineRule({
  id: "aws-elb-waf",
  title: "Internet-facing application load balancer is protected by WAF",
  severity: "medium",
  aliases: ["CKV2_AWS_28"],
  resourceTypes: ["aws_lb", "aws_alb"],
  description: "A WAF web ACL associated with a public ALB filters common attacks before they reach the targets. An aws_wafv2_web_acl_association (or aws_wafregional_web_acl_association) pointing at the load balancer counts.",
  remediation: `\`\`\`hcl
resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.web.arn
}
\`\`\``,
  check: (lb, ctx) => {
    const type = str(read(lb, "load_balancer_type"));
    if (read(lb, "load_balancer_type") === void 0 || type !== void 0 && type !== "application") return;
    if (bool(read(lb, "internal"), false) !== false) return;
    for (const assoc of ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"]) {
      const links = ctx.linked(lb, assoc, "resource_arn");
      if (links.found.length > 0 || links.uncertain) return;
    }
    return { message: "The internet-facing load balancer has no WAF web ACL" };
  },
  examples: {
    good: [
      `resource "aws_lb" "web" { name = "web" }
resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/1"
}`,
      `resource "aws_lb" "api" {
  name     = "api"
  internal = true
}`
    ],
    bad: [`resource "aws_lb" "web" { name = "web" }`]
  }
});
var r147 = defineRule({
  id: "aws-lb-cross-zone",
  title: "Network and Gateway load balancers balance across availability zones",
  severity: "low",
  aliases: ["CKV_AWS_152"],
  // aws_alb is the older name of aws_lb.
  resourceTypes: ["aws_lb", "aws_alb"],
  description: "Network and Gateway Load Balancers have cross-zone load balancing off by default: each zone\u2019s node only sends to targets in its own zone, so an uneven spread of targets overloads some. Application Load Balancers always balance across zones and are not judged.",
  remediation: `\`\`\`hcl
resource "aws_lb" "nlb" {
  load_balancer_type               = "network"
  enable_cross_zone_load_balancing = true
  # \u2026
}
\`\`\``,
  check: when(
    (r) => {
      const t = r.attributes.load_balancer_type;
      return t === "network" || t === "gateway";
    },
    expectAt("enable_cross_zone_load_balancing", isTrue, "Cross-zone load balancing is not enabled", "fail")
  ),
  examples: {
    good: [
      `resource "aws_lb" "l" {
  load_balancer_type               = "network"
  subnets                          = ["subnet-1", "subnet-2"]
  enable_cross_zone_load_balancing = true
}`,
      `resource "aws_lb" "l" {
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}`
    ],
    bad: [
      `resource "aws_lb" "l" {
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}`,
      `resource "aws_alb" "l" {
  load_balancer_type               = "gateway"
  subnets                          = ["subnet-1"]
  enable_cross_zone_load_balancing = false
}`
    ]
  }
});
var r148 = defineRule({
  id: "aws-lb-target-group-health-check",
  title: "HTTP(S) target groups define a health check path",
  severity: "low",
  aliases: ["CKV_AWS_261"],
  // aws_alb_target_group is the older name of aws_lb_target_group.
  resourceTypes: ["aws_lb_target_group", "aws_alb_target_group"],
  description: 'Without a health_check path the load balancer probes "/", which many applications answer with a redirect or a page that does not exercise the app: broken targets keep receiving traffic.',
  remediation: `\`\`\`hcl
health_check {
  path    = "/healthz"
  matcher = "200"
}
\`\`\``,
  check: (res) => {
    const protocol = read(res, "protocol");
    if (protocol !== "HTTP" && protocol !== "HTTPS") return;
    const hc = blocks(res.attributes.health_check);
    if (hc === void 0) return;
    const path = hc.length ? isSet(read(hc[0], "path")) : false;
    if (path === false)
      return { attribute: hc.length ? "health_check" : void 0, message: "The target group does not define a health check path" };
  },
  examples: {
    good: [
      `resource "aws_lb_target_group" "t" {
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-1"
  health_check {
    path = "/healthz"
  }
}`,
      `resource "aws_lb_target_group" "t" {
  port     = 443
  protocol = "TCP"
  vpc_id   = "vpc-1"
}`
    ],
    bad: [
      `resource "aws_lb_target_group" "t" {
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-1"
}`,
      `resource "aws_alb_target_group" "t" {
  port     = 443
  protocol = "HTTPS"
  vpc_id   = "vpc-1"
  health_check {
    matcher = "200"
  }
}`
    ]
  }
});
var r149 = defineRule({
  id: "aws-firehose-cmk",
  title: "Kinesis Data Firehose delivery streams encrypt with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_241"],
  resourceTypes: ["aws_kinesis_firehose_delivery_stream"],
  description: 'server_side_encryption with key_type = "AWS_OWNED_CMK" (the default) uses a key the account cannot audit nor restrict. Streams fed by a Kinesis data stream are not judged.',
  remediation: `\`\`\`hcl
server_side_encryption {
  enabled  = true
  key_type = "CUSTOMER_MANAGED_CMK"
  key_arn  = aws_kms_key.firehose.arn
}
\`\`\``,
  check: (res) => {
    const source = blocks(res.attributes.kinesis_source_configuration);
    const sse = blocks(res.attributes.server_side_encryption);
    if (source === void 0 || sse === void 0 || source.length > 0) return;
    const msg = "The delivery stream is not encrypted with a customer-managed KMS key";
    if (sse.length === 0) return { message: msg };
    const s = sse[0];
    const enabled = bool(read(s, "enabled"), false);
    const type = read(s, "key_type");
    const arn = isSet(read(s, "key_arn"));
    if (enabled === void 0 || type === void 0) return;
    if (enabled === false || type !== "CUSTOMER_MANAGED_CMK" || arn === false) return { attribute: "server_side_encryption", message: msg };
  },
  examples: {
    good: [
      `resource "aws_kinesis_firehose_delivery_stream" "f" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events"
  }
}`
    ],
    bad: [
      `resource "aws_kinesis_firehose_delivery_stream" "f" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled = true
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events"
  }
}`
    ]
  }
});
var r150 = defineRule({
  id: "aws-firehose-encryption",
  title: "Kinesis Data Firehose delivery streams encrypt data at rest",
  severity: "medium",
  aliases: ["CKV_AWS_240"],
  resourceTypes: ["aws_kinesis_firehose_delivery_stream"],
  description: "Records buffered by a delivery stream are unencrypted unless server_side_encryption is enabled. Streams fed by a Kinesis data stream cannot use it (the source stream\u2019s encryption applies) and are not judged.",
  remediation: `\`\`\`hcl
server_side_encryption {
  enabled  = true
  key_type = "CUSTOMER_MANAGED_CMK"
  key_arn  = aws_kms_key.firehose.arn
}
\`\`\``,
  check: (res) => {
    const source = blocks(res.attributes.kinesis_source_configuration);
    const sse = blocks(res.attributes.server_side_encryption);
    if (source === void 0 || sse === void 0 || source.length > 0) return;
    const enabled = sse.length ? bool(read(sse[0], "enabled"), false) : false;
    if (enabled === false)
      return { attribute: sse.length ? "server_side_encryption" : void 0, message: "The delivery stream does not encrypt data at rest" };
  },
  examples: {
    good: [
      `resource "aws_kinesis_firehose_delivery_stream" "f" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled = true
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events"
  }
}`
    ],
    bad: [
      `resource "aws_kinesis_firehose_delivery_stream" "f" {
  name        = "events"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events"
  }
}`
    ]
  }
});
const AT_REST = "data_catalog_encryption_settings.encryption_at_rest";
const PASSWORDS = "data_catalog_encryption_settings.connection_password_encryption";
var r151 = defineRule({
  id: "aws-glue-data-catalog-encryption",
  title: "Glue Data Catalog encrypts metadata and connection passwords with KMS",
  severity: "medium",
  aliases: ["CKV_AWS_94"],
  resourceTypes: ["aws_glue_data_catalog_encryption_settings"],
  description: "The Data Catalog should encrypt its metadata at rest (SSE-KMS with a key) and return connection passwords encrypted with a KMS key, so neither is readable by anyone who can read the catalog.",
  remediation: `\`\`\`hcl
data_catalog_encryption_settings {
  encryption_at_rest {
    catalog_encryption_mode = "SSE-KMS"
    sse_aws_kms_key_id      = aws_kms_key.glue.arn
  }
  connection_password_encryption {
    return_connection_password_encrypted = true
    aws_kms_key_id                       = aws_kms_key.glue.arn
  }
}
\`\`\``,
  check: (res) => {
    const mode = read(res, `${AT_REST}.catalog_encryption_mode`);
    const restKey = isSet(read(res, `${AT_REST}.sse_aws_kms_key_id`));
    const returned = bool(read(res, `${PASSWORDS}.return_connection_password_encrypted`), false);
    const passwordKey = isSet(read(res, `${PASSWORDS}.aws_kms_key_id`));
    if (mode === void 0 || returned === void 0) return;
    const restOk = str(mode) === "SSE-KMS" && restKey;
    const passwordsOk = returned && passwordKey;
    if (restOk && passwordsOk) return;
    return {
      attribute: "data_catalog_encryption_settings",
      message: !restOk ? "The Data Catalog metadata is not encrypted at rest with a KMS key" : "Connection passwords are not returned encrypted with a KMS key"
    };
  },
  examples: {
    good: [
      `resource "aws_glue_data_catalog_encryption_settings" "c" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
  }
}`
    ],
    bad: [
      `resource "aws_glue_data_catalog_encryption_settings" "c" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "DISABLED"
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
  }
}`,
      `resource "aws_glue_data_catalog_encryption_settings" "c" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    connection_password_encryption {
      return_connection_password_encrypted = false
    }
  }
}`
    ]
  }
});
var r152 = defineRule({
  id: "aws-glue-security-configuration-attached",
  title: "Glue job, crawler or development endpoint uses a security configuration",
  severity: "low",
  aliases: ["CKV_AWS_195"],
  resourceTypes: ["aws_glue_job", "aws_glue_crawler", "aws_glue_dev_endpoint"],
  description: "Without a security configuration Glue writes its logs, job bookmarks and S3 output without the encryption you chose for them.",
  remediation: `\`\`\`hcl
security_configuration = aws_glue_security_configuration.glue.name
\`\`\``,
  check: expectAt("security_configuration", nonEmpty, "No security configuration is attached", "fail"),
  examples: {
    good: [
      `resource "aws_glue_job" "j" {
  name                   = "etl"
  role_arn               = "arn:aws:iam::123456789012:role/glue"
  security_configuration = "glue-encrypted"
  command {
    script_location = "s3://scripts/etl.py"
  }
}`
    ],
    bad: [
      `resource "aws_glue_job" "j" {
  name     = "etl"
  role_arn = "arn:aws:iam::123456789012:role/glue"
  command {
    script_location = "s3://scripts/etl.py"
  }
}`
    ]
  }
});
const ENC = "encryption_configuration";
var r153 = defineRule({
  id: "aws-glue-security-configuration-encryption",
  title: "Glue security configuration encrypts logs, job bookmarks and S3 data",
  severity: "medium",
  aliases: ["CKV_AWS_99"],
  resourceTypes: ["aws_glue_security_configuration"],
  description: "A security configuration should encrypt all three things Glue writes: CloudWatch logs (SSE-KMS with a key), job bookmarks (CSE-KMS with a key) and data written to S3 (any mode but DISABLED).",
  remediation: `\`\`\`hcl
encryption_configuration {
  cloudwatch_encryption {
    cloudwatch_encryption_mode = "SSE-KMS"
    kms_key_arn                = aws_kms_key.glue.arn
  }
  job_bookmarks_encryption {
    job_bookmarks_encryption_mode = "CSE-KMS"
    kms_key_arn                   = aws_kms_key.glue.arn
  }
  s3_encryption {
    s3_encryption_mode = "SSE-KMS"
    kms_key_arn        = aws_kms_key.glue.arn
  }
}
\`\`\``,
  check: (res) => {
    const cwMode = read(res, `${ENC}.cloudwatch_encryption.cloudwatch_encryption_mode`);
    const jbMode = read(res, `${ENC}.job_bookmarks_encryption.job_bookmarks_encryption_mode`);
    const s3Mode = read(res, `${ENC}.s3_encryption.s3_encryption_mode`);
    if (cwMode === void 0 || jbMode === void 0 || s3Mode === void 0) return;
    const missing = [];
    if (!(str(cwMode) === "SSE-KMS" && isSet(read(res, `${ENC}.cloudwatch_encryption.kms_key_arn`)))) missing.push("CloudWatch logs");
    if (!(str(jbMode) === "CSE-KMS" && isSet(read(res, `${ENC}.job_bookmarks_encryption.kms_key_arn`)))) missing.push("job bookmarks");
    const s3 = str(s3Mode);
    if (s3 === void 0 || s3 === "DISABLED") missing.push("S3 data");
    if (missing.length === 0) return;
    return { attribute: ENC, message: `The security configuration does not encrypt: ${missing.join(", ")}` };
  },
  examples: {
    good: [
      `resource "aws_glue_security_configuration" "s" {
  name = "glue"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
  }
}`
    ],
    bad: [
      `resource "aws_glue_security_configuration" "s" {
  name = "glue"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "DISABLED"
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "DISABLED"
    }
    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
  }
}`
    ]
  }
});
var r154 = defineRule({
  id: "aws-guardduty-enabled",
  title: "GuardDuty detectors are enabled",
  severity: "medium",
  aliases: ["CKV_AWS_238"],
  resourceTypes: ["aws_guardduty_detector"],
  description: "A detector with enable = false looks like threat detection is on while it analyses nothing.",
  remediation: `\`\`\`hcl
resource "aws_guardduty_detector" "main" {
  enable = true
}
\`\`\``,
  check: expectAt("enable", isTrue, "The GuardDuty detector is disabled (enable = false)", "pass"),
  examples: {
    good: [
      `resource "aws_guardduty_detector" "g" {
  enable = true
}`
    ],
    bad: [
      `resource "aws_guardduty_detector" "g" {
  enable = false
}`
    ]
  }
});
const GITHUB_PROVIDER = "token.actions.githubusercontent.com";
const SUB_KEY = /^token\.actions\.githubusercontent\.com(?:\/[A-Za-z0-9_-]+)?:sub$/i;
const ABUSABLE_CLAIMS = ["workflow", "environment", "ref", "context", "head_ref", "base_ref"];
const REPO = /^(\$\{)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*(\})?\/[^/]+/;
function unsafeSubject(value) {
  if (value === "*") return 'any repository ("*")';
  const parts = value.split(":");
  if (parts.length === 1) return `"${value}" names no claim`;
  if (parts[1] === "*") return `"${value}" matches any ${parts[0]}`;
  if (ABUSABLE_CLAIMS.some((c) => parts[0].startsWith(c)))
    return `"${value}" starts with the "${parts[0]}" claim, which any repository can match`;
  if (parts[0] === "repo" && !REPO.test(parts[1])) return `"${value}" names no owner/repository`;
  return void 0;
}
function jsonTrusts(doc) {
  if (!isObject(doc)) return void 0;
  const raw = doc.Statement;
  const list = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  const out = [];
  for (const s of list) {
    if (!isObject(s)) return void 0;
    const st = s;
    if (String(st.Effect ?? "Allow").toLowerCase() === "deny") continue;
    const principal = st.Principal;
    let github = false;
    if (isObject(principal)) {
      const fed = principal.Federated;
      const ids = Array.isArray(fed) ? fed : fed === void 0 ? [] : [fed];
      if (ids.some((i) => typeof i === "string" && i.includes(GITHUB_PROVIDER))) github = true;
      else if (ids.some((i) => typeof i !== "string")) github = void 0;
    }
    const cond = st.Condition;
    const subValues = [];
    let hasSub = false;
    let unknown = false;
    let mentionsGithub = false;
    if (isObject(cond)) {
      for (const body of Object.values(cond)) {
        if (!isObject(body)) continue;
        for (const [key, values] of Object.entries(body)) {
          if (key.toLowerCase().startsWith(GITHUB_PROVIDER)) mentionsGithub = true;
          if (!SUB_KEY.test(key)) continue;
          hasSub = true;
          const vs = Array.isArray(values) ? values : [values];
          for (const v of vs) {
            if (typeof v === "string") subValues.push(v);
            else unknown = true;
          }
        }
      }
    } else if (cond !== void 0 && cond !== null) unknown = true;
    if (github === false && mentionsGithub) github = true;
    out.push({ github, subValues: unknown ? void 0 : subValues, hasSub: hasSub || unknown });
  }
  return out;
}
function documentTrusts(doc) {
  const list = blocks(doc.attributes.statement);
  if (!list) return void 0;
  const out = [];
  for (const s of list) {
    if (typeof s.effect === "string" && s.effect.toLowerCase() === "deny") continue;
    let github = false;
    for (const p of blocks(s.principals) ?? []) {
      const ids = strings(p.identifiers ?? null);
      if (ids === void 0) github = github || void 0;
      else if (ids.some((i) => i.includes(GITHUB_PROVIDER))) github = true;
    }
    const conds = blocks(s.condition);
    if (conds === void 0) {
      out.push({ github, subValues: void 0, hasSub: true });
      continue;
    }
    const subValues = [];
    let hasSub = false;
    let unknown = false;
    for (const c of conds) {
      const variable = typeof c.variable === "string" ? c.variable : void 0;
      if (variable === void 0) {
        unknown = true;
        continue;
      }
      if (variable.toLowerCase().startsWith(GITHUB_PROVIDER) && github === false) github = true;
      if (!SUB_KEY.test(variable)) continue;
      hasSub = true;
      const vs = strings(c.values ?? null);
      if (vs === void 0) unknown = true;
      else subValues.push(...vs);
    }
    out.push({ github, subValues: unknown ? void 0 : subValues, hasSub: hasSub || unknown });
  }
  return out;
}
function roleTrusts(res) {
  const v = res.attributes.assume_role_policy;
  let doc;
  if (typeof v === "string") {
    try {
      doc = parsePolicyJson(v);
    } catch {
      return void 0;
    }
  } else if (v !== void 0 && v !== null && !isUnknown(v)) doc = v;
  else {
    const expr = res.expressions?.assume_role_policy;
    const literal = staticJsonencode(expr) ?? staticJsonTemplate(expr);
    if (literal === void 0) return void 0;
    if (typeof literal === "string") {
      try {
        doc = parsePolicyJson(literal);
      } catch {
        return void 0;
      }
    } else doc = literal;
  }
  return jsonTrusts(doc);
}
var r155 = defineRule({
  id: "aws-iam-github-oidc-subject",
  title: "Roles trusted by GitHub Actions OIDC are limited to named repositories",
  severity: "critical",
  aliases: ["CKV_AWS_393", "CKV_AWS_358"],
  resourceTypes: ["aws_iam_role", "data.aws_iam_policy_document"],
  description: 'A trust policy for token.actions.githubusercontent.com must constrain the "sub" claim to your repositories ("repo:owner/name:\u2026"). Without it, or with "*", "repo:*" or a claim any repository can choose (workflow, environment, ref\u2026), a workflow in anyone\u2019s GitHub repository can assume the role.',
  remediation: `\`\`\`hcl
condition {
  test     = "StringLike"
  variable = "token.actions.githubusercontent.com:sub"
  values   = ["repo:my-org/my-repo:ref:refs/heads/main"]
}
condition {
  test     = "StringEquals"
  variable = "token.actions.githubusercontent.com:aud"
  values   = ["sts.amazonaws.com"]
}
\`\`\``,
  check: (res) => {
    const trusts = res.kind === "data" ? documentTrusts(res) : roleTrusts(res);
    const attribute = res.kind === "data" ? "statement" : "assume_role_policy";
    for (const t of trusts ?? []) {
      if (t.github !== true) continue;
      if (!t.hasSub)
        return { attribute, message: 'Any GitHub repository can assume the role: the trust policy does not constrain the "sub" claim' };
      if (t.subValues === void 0) continue;
      for (const v of t.subValues) {
        const why = unsafeSubject(v);
        if (why) return { attribute, message: `GitHub workflows outside your repositories can assume the role: sub condition ${why}` };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "gh" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/app:ref:refs/heads/main"]
    }
  }
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/*" } }
    }]
  })
}`
    ],
    bad: [
      `data "aws_iam_policy_document" "gh" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:*" } }
    }]
  })
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "environment:production" } }
    }]
  })
}`
    ]
  }
});
const IDENTITY_POLICY_TYPES = [
  "aws_iam_policy",
  "aws_iam_role_policy",
  "aws_iam_user_policy",
  "aws_iam_group_policy",
  "aws_iam_role",
  "aws_ssoadmin_permission_set_inline_policy",
  "data.aws_iam_policy_document"
];
const IDENTITY_POLICY_ARGUMENTS = [
  ["aws_iam_policy", "policy"],
  ["aws_iam_role_policy", "policy"],
  ["aws_iam_user_policy", "policy"],
  ["aws_iam_group_policy", "policy"],
  ["aws_ssoadmin_permission_set_inline_policy", "inline_policy"]
];
const DOCUMENT_REF = /(?:^|[^\w.])(data\.aws_iam_policy_document\.[A-Za-z_][\w-]*)/g;
function usedAsIdentityPolicy(doc, ctx) {
  const named2 = ctx.memo("iam:identity-policy-documents", () => {
    const set = /* @__PURE__ */ new Set();
    for (const [type, arg] of IDENTITY_POLICY_ARGUMENTS)
      for (const r of ctx.ofType(type))
        for (const m of (r.expressions?.[arg] ?? "").matchAll(DOCUMENT_REF)) set.add(`${r.rootDir ?? ""}|${r.modulePath}|${m[1]}`);
    return set;
  });
  return named2.has(`${doc.rootDir ?? ""}|${doc.modulePath}|data.${doc.type}.${doc.name}`);
}
function identityPolicies(res, ctx) {
  const out = [];
  const identityOnly = (list) => list.filter((s2) => s2.principals !== void 0 && s2.principals.length === 0);
  if (res.kind === "data") {
    if (res.type !== "aws_iam_policy_document") return out;
    const s2 = statementsOfDocument(res);
    if (s2) out.push({ attribute: "statement", statements: ctx && usedAsIdentityPolicy(res, ctx) ? s2 : identityOnly(s2) });
    return out;
  }
  if (res.type === "aws_iam_role") {
    for (const b of blocks(res.attributes.inline_policy) ?? []) {
      const s2 = statementsOfJson(b.policy);
      if (s2) out.push({ attribute: "inline_policy", statements: identityOnly(s2) });
    }
    return out;
  }
  const attribute = res.type === "aws_ssoadmin_permission_set_inline_policy" ? "inline_policy" : "policy";
  const s = policyStatements(res, attribute);
  if (s) out.push({ attribute, statements: identityOnly(s) });
  return out;
}
function allowedOnAnyResource(statements2, wanted) {
  const hit = /* @__PURE__ */ new Set();
  for (const s of statements2) {
    if (s.effect !== "Allow" || onAnyResource(s) !== true) continue;
    for (const a of wanted) if (allowsAction(s, a) === true) hit.add(a);
  }
  return wanted.filter((a) => hit.has(a));
}
var r156 = defineRule({
  id: "aws-iam-no-admin-policy",
  title: 'IAM policy does not grant full administrative privileges ("*" on "*")',
  severity: "critical",
  aliases: ["CKV_AWS_62", "CKV_AWS_1"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'A statement allowing Action "*" on Resource "*" makes its holder an administrator of the account.',
  remediation: `Grant only the actions and resources the principal needs:
\`\`\`hcl
data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["\${aws_s3_bucket.data.arn}/*"]
  }
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== "Allow" || s.hasCondition) continue;
        if (s.actions?.some((a) => a === "*" || a === "*:*") && s.resources?.includes("*")) {
          return { attribute: p.attribute, message: "The policy allows every action on every resource" };
        }
      }
    }
  },
  examples: {
    good: [
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::data/*" }]
  })
}`
    ],
    bad: [
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}`,
      `data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}`,
      `resource "aws_iam_role_policy" "p" {
  role   = "app"
  policy = <<JSON
{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
JSON
}`
    ]
  }
});
const ADMIN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;
var r157 = defineRule({
  id: "aws-iam-no-administrator-access-attachment",
  title: "The AWS AdministratorAccess policy is not attached",
  severity: "high",
  aliases: ["CKV_AWS_274"],
  resourceTypes: [
    "aws_iam_role_policy_attachment",
    "aws_iam_user_policy_attachment",
    "aws_iam_group_policy_attachment",
    "aws_iam_policy_attachment",
    "aws_iam_role",
    "aws_ssoadmin_managed_policy_attachment"
  ],
  description: "AdministratorAccess grants every action on every resource; workloads and people should get scoped policies.",
  remediation: `Attach a policy scoped to the job instead:
\`\`\`hcl
resource "aws_iam_role_policy_attachment" "app" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.app.arn
}
\`\`\``,
  check: (res) => {
    const attr = res.type === "aws_iam_role" ? "managed_policy_arns" : res.type === "aws_ssoadmin_managed_policy_attachment" ? "managed_policy_arn" : "policy_arn";
    const arns = strings(res.attributes[attr] ?? null);
    if (arns?.some((a) => ADMIN.test(a))) return { attribute: attr, message: "The AdministratorAccess managed policy is attached" };
  },
  examples: {
    good: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`
    ],
    bad: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}`
    ]
  }
});
const PRIVILEGE_ESCALATION_PATHS = [
  ["iam:CreatePolicyVersion"],
  ["iam:SetDefaultPolicyVersion"],
  ["iam:CreateAccessKey"],
  ["iam:CreateLoginProfile"],
  ["iam:UpdateLoginProfile"],
  ["iam:AttachUserPolicy"],
  ["iam:AttachGroupPolicy"],
  ["iam:AttachRolePolicy"],
  ["iam:PutUserPolicy"],
  ["iam:PutGroupPolicy"],
  ["iam:PutRolePolicy"],
  ["iam:AddUserToGroup"],
  ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"],
  ["iam:PassRole", "ec2:RunInstances"],
  ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
  ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"],
  ["lambda:UpdateFunctionCode"],
  ["iam:PassRole", "glue:CreateDevEndpoint"],
  ["glue:UpdateDevEndpoint"],
  ["iam:PassRole", "cloudformation:CreateStack"],
  ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"],
  ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:RunTask"],
  ["iam:PassRole", "sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl"],
  ["iam:PassRole", "codebuild:CreateProject", "codebuild:StartBuild"]
];
const CREDENTIALS_EXPOSURE_ACTIONS = [
  "chime:CreateApiKey",
  "codepipeline:PollForJobs",
  "cognito-identity:GetOpenIdToken",
  "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
  "cognito-identity:GetCredentialsForIdentity",
  "connect:GetFederationToken",
  "connect:GetFederationTokens",
  "ec2:GetPasswordData",
  "gamelift:RequestUploadCredentials",
  "iam:CreateAccessKey",
  "iam:CreateLoginProfile",
  "iam:CreateServiceSpecificCredential",
  "iam:ResetServiceSpecificCredential",
  "iam:UpdateAccessKey",
  "lightsail:GetInstanceAccessDetails",
  "lightsail:GetRelationalDatabaseMasterUserPassword",
  "rds-db:connect",
  "redshift:GetClusterCredentials",
  "sso:GetRoleCredentials",
  "mediapackage:RotateChannelCredentials",
  "mediapackage:RotateIngestEndpointCredentials",
  "sts:AssumeRole",
  "sts:AssumeRoleWithSaml",
  "sts:AssumeRoleWithWebIdentity",
  "sts:GetFederationToken"
];
const DATA_EXFILTRATION_ACTIONS = [
  "s3:GetObject",
  "ssm:GetParameter",
  "ssm:GetParameters",
  "ssm:GetParametersByPath",
  "secretsmanager:GetSecretValue",
  "rds:CopyDBSnapshot",
  "rds:CreateDBSnapshot"
];
const PERMISSIONS_MANAGEMENT_ACTIONS = [
  "iam:AttachGroupPolicy",
  "iam:AttachRolePolicy",
  "iam:AttachUserPolicy",
  "iam:CreatePolicy",
  "iam:CreatePolicyVersion",
  "iam:DeleteGroupPolicy",
  "iam:DeleteRolePolicy",
  "iam:DeleteUserPolicy",
  "iam:DetachGroupPolicy",
  "iam:DetachRolePolicy",
  "iam:DetachUserPolicy",
  "iam:PutGroupPolicy",
  "iam:PutRolePolicy",
  "iam:PutUserPolicy",
  "iam:PutRolePermissionsBoundary",
  "iam:PutUserPermissionsBoundary",
  "iam:SetDefaultPolicyVersion",
  "iam:UpdateAssumeRolePolicy",
  "kms:CreateGrant",
  "kms:PutKeyPolicy",
  "s3:PutBucketPolicy",
  "s3:PutBucketAcl",
  "s3:PutObjectAcl",
  "lambda:AddPermission",
  "sqs:AddPermission",
  "sns:AddPermission",
  "ecr:SetRepositoryPolicy",
  "secretsmanager:PutResourcePolicy"
];
function actionsOnAnyResourceCheck(actions) {
  return (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      const hit = allowedOnAnyResource(p.statements, actions);
      if (hit.length > 0)
        return {
          attribute: p.attribute,
          message: `The policy allows ${hit.slice(0, 5).join(", ")}${hit.length > 5 ? ", \u2026" : ""} on every resource`
        };
    }
  };
}
function scopedActionRemediation(action) {
  return `Limit the actions to named resources (or remove them):
\`\`\`hcl
statement {
  actions   = ["${action}"]
  resources = [aws_iam_policy.app.arn]
}
\`\`\``;
}
function policyDocumentExample(action, resource) {
  return `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["${action}"]
    resources = ["${resource}"]
  }
}`;
}
const SERVICE_WILDCARDS_POLICY = `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:*", "sts:*", "s3:*", "secretsmanager:*"], Resource = "*" }]
  })
}`;
var r158 = defineRule({
  id: "aws-iam-no-credentials-exposure",
  title: "IAM policy does not allow credentials exposure",
  severity: "high",
  aliases: ["CKV_AWS_287", "CKV_AWS_107"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: "Actions that return credentials, tokens or passwords (iam:CreateAccessKey, sts:GetFederationToken, redshift:GetClusterCredentials, \u2026) on every resource let the holder mint access for itself or others.",
  remediation: scopedActionRemediation("iam:CreateAccessKey"),
  check: actionsOnAnyResourceCheck(CREDENTIALS_EXPOSURE_ACTIONS),
  examples: {
    good: [policyDocumentExample("iam:CreateAccessKey", "arn:aws:iam::123456789012:policy/app")],
    bad: [policyDocumentExample("iam:CreateAccessKey", "*"), SERVICE_WILDCARDS_POLICY]
  }
});
var r159 = defineRule({
  id: "aws-iam-no-data-exfiltration",
  title: "IAM policy does not allow data exfiltration on every resource",
  severity: "medium",
  aliases: ["CKV_AWS_288", "CKV_AWS_108"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: "Reading every object, parameter or secret in the account (s3:GetObject, ssm:GetParameter*, secretsmanager:GetSecretValue, snapshot copies) should be limited to the resources the workload owns.",
  remediation: scopedActionRemediation("secretsmanager:GetSecretValue"),
  check: actionsOnAnyResourceCheck(DATA_EXFILTRATION_ACTIONS),
  examples: {
    good: [policyDocumentExample("secretsmanager:GetSecretValue", "arn:aws:iam::123456789012:policy/app")],
    bad: [policyDocumentExample("secretsmanager:GetSecretValue", "*"), SERVICE_WILDCARDS_POLICY]
  }
});
const FULL_IAM = /* @__PURE__ */ new Set(["*", "*:*", "iam:*"]);
var r160 = defineRule({
  id: "aws-iam-no-full-iam-access",
  title: 'IAM policy does not allow every IAM action ("iam:*")',
  severity: "high",
  aliases: ["CKV2_AWS_40"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'Allowing "iam:*" (or "*") lets the holder create users, attach any policy and edit trust policies \u2014 a path to full control of the account, whatever the rest of the policy says.',
  remediation: `List only the IAM actions the principal needs, on named resources:
\`\`\`hcl
statement {
  actions   = ["iam:GetRole", "iam:PassRole"]
  resources = [aws_iam_role.app.arn]
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== "Allow") continue;
        const hit = s.actions?.find((a) => FULL_IAM.has(a.toLowerCase()));
        if (hit) return { attribute: p.attribute, message: `The policy allows every IAM action ("${hit}")` };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["iam:GetRole"]
    resources = ["arn:aws:iam::123456789012:role/app"]
  }
}`
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["iam:*"]
    resources = ["arn:aws:iam::123456789012:role/app"]
  }
}`,
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::data" }]
  })
}`
    ]
  }
});
const IAM_FULL_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/IAMFullAccess$/;
var r161 = defineRule({
  id: "aws-iam-no-iamfullaccess-attachment",
  title: "The AWS IAMFullAccess policy is not attached",
  severity: "high",
  aliases: ["CKV2_AWS_56"],
  resourceTypes: [
    "aws_iam_role_policy_attachment",
    "aws_iam_user_policy_attachment",
    "aws_iam_group_policy_attachment",
    "aws_iam_policy_attachment",
    "aws_iam_role",
    "aws_ssoadmin_managed_policy_attachment",
    "data.aws_iam_policy"
  ],
  description: "IAMFullAccess allows every IAM action: whoever holds it can grant themselves (or anyone) AdministratorAccess.",
  remediation: `Attach a policy with only the IAM actions needed, on named resources:
\`\`\`hcl
resource "aws_iam_role_policy_attachment" "app" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.iam_read.arn
}
\`\`\``,
  check: (res) => {
    if (res.kind === "data") {
      const name = res.attributes.name;
      const arn = res.attributes.arn;
      if (name === "IAMFullAccess" || typeof arn === "string" && IAM_FULL_ACCESS.test(arn))
        return {
          attribute: name === "IAMFullAccess" ? "name" : "arn",
          message: "The configuration looks up the IAMFullAccess managed policy"
        };
      return;
    }
    const attr = res.type === "aws_iam_role" ? "managed_policy_arns" : res.type === "aws_ssoadmin_managed_policy_attachment" ? "managed_policy_arn" : "policy_arn";
    const arns = strings(res.attributes[attr] ?? null);
    if (arns?.some((a) => IAM_FULL_ACCESS.test(a))) return { attribute: attr, message: "The IAMFullAccess managed policy is attached" };
  },
  examples: {
    good: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
}`
    ],
    bad: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/IAMFullAccess"
}`,
      `data "aws_iam_policy" "iam" {
  name = "IAMFullAccess"
}`
    ]
  }
});
var r162 = defineRule({
  id: "aws-iam-no-permissions-management",
  title: "IAM policy does not allow unconstrained permissions management",
  severity: "high",
  aliases: ["CKV_AWS_289", "CKV_AWS_109"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: "Changing policies, roles, users, grants or resource policies on every resource lets the holder rewrite who may do what.",
  remediation: scopedActionRemediation("iam:PutRolePolicy"),
  check: actionsOnAnyResourceCheck(PERMISSIONS_MANAGEMENT_ACTIONS),
  examples: {
    good: [policyDocumentExample("iam:PutRolePolicy", "arn:aws:iam::123456789012:policy/app")],
    bad: [policyDocumentExample("iam:PutRolePolicy", "*"), SERVICE_WILDCARDS_POLICY]
  }
});
const ALL_ESCALATION_ACTIONS = [...new Set(PRIVILEGE_ESCALATION_PATHS.flat())];
var r163 = defineRule({
  id: "aws-iam-no-privilege-escalation",
  title: "IAM policy does not allow privilege escalation",
  severity: "high",
  aliases: ["CKV_AWS_286", "CKV_AWS_110"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: "Some permission sets let a principal grant itself more rights: creating policy versions, attaching or writing policies, creating access keys or login profiles for others, or passing a role to a compute service it controls. They are reported when allowed on every resource.",
  remediation: scopedActionRemediation("iam:CreatePolicyVersion"),
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      const allowed = new Set(allowedOnAnyResource(p.statements, ALL_ESCALATION_ACTIONS));
      const path = PRIVILEGE_ESCALATION_PATHS.find((combo) => combo.every((a) => allowed.has(a)));
      if (path)
        return { attribute: p.attribute, message: `The policy allows privilege escalation on every resource through ${path.join(" + ")}` };
    }
  },
  examples: {
    good: [policyDocumentExample("iam:CreatePolicyVersion", "arn:aws:iam::123456789012:policy/app")],
    bad: [policyDocumentExample("iam:CreatePolicyVersion", "*"), SERVICE_WILDCARDS_POLICY]
  }
});
function userName(res, ctx) {
  const v = res.attributes.user;
  if (typeof v === "string") return v;
  const m = /^\s*aws_iam_user\.([\w-]+)\.(name|id)\s*$/.exec(res.expressions?.user ?? "");
  if (!m) return void 0;
  const users = ctx.inModuleOf(res, `aws_iam_user.${m[1]}`);
  const names = new Set(users.map((u) => u.attributes.name));
  if (names.size !== 1) return void 0;
  const name = [...names][0];
  return typeof name === "string" ? name : void 0;
}
var r164 = defineRule({
  id: "aws-iam-no-root-access-keys",
  title: 'No access keys are created for a user named "root"',
  severity: "critical",
  aliases: ["CKV_AWS_348", "AVD-AWS-0141"],
  legacyIds: ["aws-iam-no-root-access-keys"],
  resourceTypes: ["aws_iam_access_key"],
  description: 'Long-lived access keys for the root identity give unrestricted, unrevocable-by-policy access to the whole account. An aws_iam_access_key whose user is "root" (by value or through the referenced aws_iam_user) is reported.',
  remediation: `Create keys only for least-privilege users (better: use roles and short-lived credentials):
\`\`\`hcl
resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
\`\`\``,
  check: (res, ctx) => {
    if (userName(res, ctx)?.toLowerCase() === "root") return { attribute: "user", message: "An access key is created for the root user" };
  },
  examples: {
    good: [
      `resource "aws_iam_user" "u" {
  name = "deployer"
}
resource "aws_iam_access_key" "k" {
  user = aws_iam_user.u.name
}`
    ],
    bad: [
      `resource "aws_iam_access_key" "k" {
  user = "root"
}`,
      `resource "aws_iam_user" "u" {
  name = "root"
}
resource "aws_iam_access_key" "k" {
  user = aws_iam_user.u.name
}`
    ]
  }
});
var r165 = defineRule({
  id: "aws-iam-no-service-wildcard-actions",
  title: "IAM policy does not allow every action of a service on every resource",
  severity: "medium",
  aliases: ["AVD-AWS-0057"],
  legacyIds: ["aws-iam-no-policy-wildcards"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'Actions like "s3:*" on Resource "*" grant far more than an application needs, including deletes and policy changes.',
  remediation: `Name the actions and the resources:
\`\`\`hcl
statement {
  actions   = ["s3:GetObject", "s3:PutObject"]
  resources = ["\${aws_s3_bucket.data.arn}/*"]
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== "Allow" || !s.resources?.includes("*")) continue;
        const wild = s.actions?.filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
        if (wild && wild.length > 0) return { attribute: p.attribute, message: `A statement allows ${wild.join(", ")} on every resource` };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::data/*"]
  }
}`,
      // A document naming principals that is a bucket policy, not an identity policy: another rule's concern.
      `data "aws_iam_policy_document" "d" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = "data"
  policy = data.aws_iam_policy_document.d.json
}`
    ],
    bad: [
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = ["*"] }]
  })
}`,
      // The same document as a role's policy: IAM refuses its principals, but what it means to grant is plain.
      `data "aws_iam_policy_document" "d" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
resource "aws_iam_role_policy" "p" {
  role   = "app"
  policy = data.aws_iam_policy_document.d.json
}`
    ]
  }
});
var r166 = defineRule({
  id: "aws-iam-no-user-policies",
  title: "IAM policies are attached to groups or roles, not users",
  severity: "low",
  aliases: ["CKV_AWS_40", "AVD-AWS-0143"],
  legacyIds: ["aws-iam-no-user-attached-policies"],
  resourceTypes: ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"],
  description: "Permissions attached user by user drift apart and are hard to review; grant them through groups or roles.",
  remediation: `\`\`\`hcl
resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.app.arn
}
\`\`\``,
  check: (res) => {
    if (res.type !== "aws_iam_policy_attachment") return { message: "A policy is attached directly to an IAM user" };
    const users = res.attributes.users;
    if (Array.isArray(users) && users.length > 0) return { attribute: "users", message: "The policy attachment includes IAM users" };
  },
  examples: {
    good: [
      `resource "aws_iam_group_policy_attachment" "a" {
  group      = "devs"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`
    ],
    bad: [
      `resource "aws_iam_user_policy_attachment" "a" {
  user       = "alice"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
      `resource "aws_iam_policy_attachment" "a" {
  name       = "x"
  users      = ["alice"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
      `resource "aws_iam_policy_attachment" "a" {
  name       = "x"
  users      = [aws_iam_user.alice.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`
    ]
  }
});
var r167 = defineRule({
  id: "aws-iam-no-users",
  title: "People sign in through IAM Identity Center (SSO), not IAM users",
  severity: "low",
  aliases: ["CKV_AWS_273"],
  resourceTypes: ["aws_iam_user"],
  description: "IAM users carry long-lived passwords and access keys that must be rotated and revoked by hand. Identity Center (or a federated role) gives short-lived credentials tied to your identity provider. A machine user that truly needs keys can keep its finding suppressed with that reason.",
  remediation: `Grant access through IAM Identity Center permission sets, or a role assumed with OIDC for CI:

\`\`\`hcl
resource "aws_ssoadmin_permission_set" "developers" {
  name         = "Developers"
  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]
}
\`\`\``,
  check: () => ({ message: "An IAM user is declared; use IAM Identity Center or a federated role" }),
  examples: {
    good: [
      `resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = "{}"
}`
    ],
    bad: [
      `resource "aws_iam_user" "u" {
  name = "alice"
}`
    ]
  }
});
var r168 = defineRule({
  id: "aws-iam-no-wildcard-actions",
  title: 'IAM policy does not allow "*" as an action',
  severity: "high",
  aliases: ["CKV_AWS_63", "CKV_AWS_49", "AVD-AWS-0057"],
  legacyIds: ["aws-iam-no-policy-wildcards"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: `Action "*" allows every current and future API call of every service on the statement's resources.`,
  remediation: `List the actions explicitly:
\`\`\`hcl
actions = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"]
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect === "Allow" && s.actions?.some((a) => a === "*" || a === "*:*"))
          return { attribute: p.attribute, message: 'A statement allows every action ("*")' };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
}`
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["*"]
    resources = ["arn:aws:s3:::data"]
  }
}`
    ]
  }
});
const services = { dynamodb: ["AssociateTableReplica", "BatchGetItem", "BatchWriteItem", "ConditionCheckItem", "CreateBackup", "CreateGlobalTable", "CreateGlobalTableWitness", "CreateTable", "CreateTableReplica", "DeleteBackup", "DeleteGlobalTableWitness", "DeleteItem", "DeleteResourcePolicy", "DeleteTable", "DeleteTableReplica", "DescribeBackup", "DescribeContinuousBackups", "DescribeContributorInsights", "DescribeExport", "DescribeGlobalTable", "DescribeGlobalTableSettings", "DescribeImport", "DescribeKinesisStreamingDestination", "DescribeStream", "DescribeTable", "DescribeTableReplicaAutoScaling", "DescribeTimeToLive", "DisableKinesisStreamingDestination", "EnableKinesisStreamingDestination", "ExportTableToPointInTime", "GetItem", "GetRecords", "GetResourcePolicy", "GetShardIterator", "ImportTable", "ListExports", "ListImports", "ListTagsOfResource", "PartiQLDelete", "PartiQLInsert", "PartiQLSelect", "PartiQLUpdate", "PutItem", "PutResourcePolicy", "Query", "ReadDataForReplication", "ReplicateSettings", "RestoreTableFromAwsBackup", "RestoreTableFromBackup", "RestoreTableToPointInTime", "Scan", "SearchVectors", "StartAwsBackupJob", "TagResource", "UntagResource", "UpdateContinuousBackups", "UpdateContributorInsights", "UpdateGlobalTable", "UpdateGlobalTableSettings", "UpdateGlobalTableVersion", "UpdateItem", "UpdateKinesisStreamingDestination", "UpdateTable", "UpdateTableReplicaAutoScaling", "UpdateTimeToLive", "WriteDataForReplication"], ec2: ["AcceptAddressTransfer", "AcceptCapacityReservationBillingOwnership", "AcceptReservedInstancesExchangeQuote", "AcceptTransitGatewayClientVpnAttachment", "AcceptTransitGatewayMulticastDomainAssociations", "AcceptTransitGatewayPeeringAttachment", "AcceptTransitGatewayVpcAttachment", "AcceptVpcEndpointConnections", "AcceptVpcPeeringConnection", "AllocateAddress", "AllocateHosts", "AllocateIpamPoolCidr", "ApplySecurityGroupsToClientVpnTargetNetwork", "AssignIpv6Addresses", "AssignPrivateIpAddresses", "AssignPrivateNatGatewayAddress", "AssociateAddress", "AssociateApplicationStatusCheck", "AssociateCapacityReservationBillingOwner", "AssociateClientVpnTargetNetwork", "AssociateDhcpOptions", "AssociateEnclaveCertificateIamRole", "AssociateIamInstanceProfile", "AssociateInstanceEventWindow", "AssociateIpamResourceDiscovery", "AssociateNatGatewayAddress", "AssociateRouteServer", "AssociateRouteTable", "AssociateSecurityGroupVpc", "AssociateSubnetCidrBlock", "AssociateTransitGatewayMulticastDomain", "AssociateTransitGatewayPolicyTable", "AssociateTransitGatewayRouteTable", "AssociateVerifiedAccessInstanceWebAcl", "AssociateVpcCidrBlock", "AttachApplianceToNatGateway", "AttachClassicLinkVpc", "AttachImageWatermark", "AttachInternetGateway", "AttachNetworkInterface", "AttachResourcesToPlacementGroup", "AttachVerifiedAccessTrustProvider", "AttachVolume", "AttachVpnGateway", "AuthorizeClientVpnIngress", "AuthorizeSecurityGroupEgress", "AuthorizeSecurityGroupIngress", "BatchModifyIpamRoutingPolicyRegistrations", "CancelCapacityReservation", "CancelCapacityReservationFleets", "CancelDeclarativePoliciesReport", "CancelExportTask", "CancelImageLaunchPermission", "CancelImportTask", "CancelSpotFleetRequests", "CancelSpotInstanceRequests", "CopyFpgaImage", "CopyImage", "CopySnapshot", "CopyVolumes", "CreateApplicationStatusCheck", "CreateCapacityManagerDataExport", "CreateCapacityReservation", "CreateCapacityReservationBySplitting", "CreateCapacityReservationCancellationQuote", "CreateCapacityReservationFleet", "CreateCarrierGateway", "CreateClientVpnEndpoint", "CreateClientVpnRoute", "CreateCoipCidr", "CreateCoipPool", "CreateCoipPoolPermission", "CreateCustomerGateway", "CreateDelegateMacVolumeOwnershipTask", "CreateDhcpOptions", "CreateEgressOnlyInternetGateway", "CreateFleet", "CreateFlowLogs", "CreateFpgaImage", "CreateImage", "CreateImageUsageReport", "CreateInstanceConnectEndpoint", "CreateInstanceEventWindow", "CreateInstanceExportTask", "CreateInternetGateway", "CreateInterruptibleCapacityReservationAllocation", "CreateIpam", "CreateIpamExternalResourceVerificationToken", "CreateIpamInternetRegistryAssociation", "CreateIpamPolicy", "CreateIpamPool", "CreateIpamPrefixListResolver", "CreateIpamPrefixListResolverTarget", "CreateIpamResourceDiscovery", "CreateIpamRoutingPolicyRegistration", "CreateIpamScope", "CreateKeyPair", "CreateLaunchTemplate", "CreateLaunchTemplateVersion", "CreateLocalGatewayRoute", "CreateLocalGatewayRouteTable", "CreateLocalGatewayRouteTablePermission", "CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation", "CreateLocalGatewayRouteTableVpcAssociation", "CreateLocalGatewayVirtualInterface", "CreateLocalGatewayVirtualInterfaceGroup", "CreateMacSystemIntegrityProtectionModificationTask", "CreateManagedPrefixList", "CreateNatGateway", "CreateNetworkAcl", "CreateNetworkAclEntry", "CreateNetworkInsightsAccessScope", "CreateNetworkInsightsPath", "CreateNetworkInterface", "CreateNetworkInterfacePermission", "CreateOdbNetworkPeering", "CreatePlacementGroup", "CreatePublicIpv4Pool", "CreateReplaceRootVolumeTask", "CreateRestoreImageTask", "CreateRoute", "CreateRouteServer", "CreateRouteServerEndpoint", "CreateRouteServerPeer", "CreateRouteTable", "CreateSecondaryNetwork", "CreateSecondarySubnet", "CreateSecurityGroup", "CreateSnapshot", "CreateSnapshots", "CreateStoreImageTask", "CreateSubnet", "CreateSubnetCidrReservation", "CreateTags", "CreateTrafficMirrorFilter", "CreateTrafficMirrorFilterRule", "CreateTrafficMirrorSession", "CreateTrafficMirrorTarget", "CreateTransitGateway", "CreateTransitGatewayConnect", "CreateTransitGatewayConnectPeer", "CreateTransitGatewayMeteringPolicy", "CreateTransitGatewayMeteringPolicyEntry", "CreateTransitGatewayMulticastDomain", "CreateTransitGatewayPeeringAttachment", "CreateTransitGatewayPolicyTable", "CreateTransitGatewayPolicyTableEntry", "CreateTransitGatewayPrefixListReference", "CreateTransitGatewayRoute", "CreateTransitGatewayRouteTable", "CreateTransitGatewayRouteTableAnnouncement", "CreateTransitGatewayVpcAttachment", "CreateVerifiedAccessEndpoint", "CreateVerifiedAccessGroup", "CreateVerifiedAccessInstance", "CreateVerifiedAccessTrustProvider", "CreateVolume", "CreateVpc", "CreateVpcBlockPublicAccessExclusion", "CreateVpcEncryptionControl", "CreateVpcEndpoint", "CreateVpcEndpointConnectionNotification", "CreateVpcEndpointServiceConfiguration", "CreateVpcPeeringConnection", "CreateVpnConcentrator", "CreateVpnConnection", "CreateVpnConnectionRoute", "CreateVpnGateway", "DeleteApplicationStatusCheck", "DeleteCapacityManagerDataExport", "DeleteCarrierGateway", "DeleteClientVpnEndpoint", "DeleteClientVpnRoute", "DeleteCoipCidr", "DeleteCoipPool", "DeleteCoipPoolPermission", "DeleteCustomerGateway", "DeleteDhcpOptions", "DeleteEgressOnlyInternetGateway", "DeleteFleets", "DeleteFlowLogs", "DeleteFpgaImage", "DeleteImageUsageReport", "DeleteInstanceConnectEndpoint", "DeleteInstanceEventWindow", "DeleteInternetGateway", "DeleteIpam", "DeleteIpamExternalResourceVerificationToken", "DeleteIpamInternetRegistryAssociation", "DeleteIpamPolicy", "DeleteIpamPool", "DeleteIpamPrefixListResolver", "DeleteIpamPrefixListResolverTarget", "DeleteIpamResourceDiscovery", "DeleteIpamRoutingPolicyRegistration", "DeleteIpamScope", "DeleteKeyPair", "DeleteLaunchTemplate", "DeleteLaunchTemplateVersions", "DeleteLocalGatewayRoute", "DeleteLocalGatewayRouteTable", "DeleteLocalGatewayRouteTablePermission", "DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation", "DeleteLocalGatewayRouteTableVpcAssociation", "DeleteLocalGatewayVirtualInterface", "DeleteLocalGatewayVirtualInterfaceGroup", "DeleteManagedPrefixList", "DeleteNatGateway", "DeleteNetworkAcl", "DeleteNetworkAclEntry", "DeleteNetworkInsightsAccessScope", "DeleteNetworkInsightsAccessScopeAnalysis", "DeleteNetworkInsightsAnalysis", "DeleteNetworkInsightsPath", "DeleteNetworkInterface", "DeleteNetworkInterfacePermission", "DeleteOdbNetworkPeering", "DeletePlacementGroup", "DeletePublicIpv4Pool", "DeleteQueuedReservedInstances", "DeleteResourcePolicy", "DeleteRoute", "DeleteRouteServer", "DeleteRouteServerEndpoint", "DeleteRouteServerPeer", "DeleteRouteTable", "DeleteSecondaryNetwork", "DeleteSecondarySubnet", "DeleteSecurityGroup", "DeleteSnapshot", "DeleteSubnet", "DeleteTags", "DeleteTrafficMirrorFilter", "DeleteTrafficMirrorFilterRule", "DeleteTrafficMirrorSession", "DeleteTrafficMirrorTarget", "DeleteTransitGateway", "DeleteTransitGatewayClientVpnAttachment", "DeleteTransitGatewayConnect", "DeleteTransitGatewayConnectPeer", "DeleteTransitGatewayMeteringPolicy", "DeleteTransitGatewayMeteringPolicyEntry", "DeleteTransitGatewayMulticastDomain", "DeleteTransitGatewayPeeringAttachment", "DeleteTransitGatewayPolicyTable", "DeleteTransitGatewayPolicyTableEntry", "DeleteTransitGatewayPrefixListReference", "DeleteTransitGatewayRoute", "DeleteTransitGatewayRouteTable", "DeleteTransitGatewayRouteTableAnnouncement", "DeleteTransitGatewayVpcAttachment", "DeleteVerifiedAccessEndpoint", "DeleteVerifiedAccessGroup", "DeleteVerifiedAccessInstance", "DeleteVerifiedAccessTrustProvider", "DeleteVolume", "DeleteVpc", "DeleteVpcBlockPublicAccessExclusion", "DeleteVpcEncryptionControl", "DeleteVpcEndpointConnectionNotifications", "DeleteVpcEndpointServiceConfigurations", "DeleteVpcEndpoints", "DeleteVpcPeeringConnection", "DeleteVpnConcentrator", "DeleteVpnConnection", "DeleteVpnConnectionRoute", "DeleteVpnGateway", "DeprovisionIpamByoasn", "DeprovisionIpamPoolCidr", "DeprovisionPublicIpv4PoolCidr", "DeregisterImage", "DeregisterTransitGatewayMulticastGroupMembers", "DeregisterTransitGatewayMulticastGroupSources", "DescribeCapacityBlockExtensionOfferings", "DescribeClientVpnAuthorizationRules", "DescribeClientVpnConnections", "DescribeClientVpnRoutes", "DescribeClientVpnTargetNetworks", "DescribeFleetHistory", "DescribeFleetInstances", "DescribeFpgaImageAttribute", "DescribeImageAttribute", "DescribeInstanceAttribute", "DescribeSecurityGroupReferences", "DescribeSnapshotAttribute", "DescribeSpotFleetInstances", "DescribeSpotFleetRequestHistory", "DescribeVolumeAttribute", "DescribeVpcAttribute", "DescribeVpcEndpointServicePermissions", "DetachApplianceFromNatGateway", "DetachClassicLinkVpc", "DetachImageWatermark", "DetachInternetGateway", "DetachNetworkInterface", "DetachResourcesFromPlacementGroup", "DetachVerifiedAccessTrustProvider", "DetachVolume", "DetachVpnGateway", "DisableAddressTransfer", "DisableApplicationStatusCheckSuppression", "DisableFastLaunch", "DisableFastSnapshotRestores", "DisableImage", "DisableImageDeprecation", "DisableImageDeregistrationProtection", "DisableInstanceSqlHaStandbyDetections", "DisableIpamPolicy", "DisableRouteServerPropagation", "DisableTransitGatewayRouteTablePropagation", "DisableVgwRoutePropagation", "DisableVpcClassicLink", "DisableVpcClassicLinkDnsSupport", "DisassociateAddress", "DisassociateApplicationStatusCheck", "DisassociateCapacityReservationBillingOwner", "DisassociateClientVpnTargetNetwork", "DisassociateEnclaveCertificateIamRole", "DisassociateIamInstanceProfile", "DisassociateInstanceEventWindow", "DisassociateIpamResourceDiscovery", "DisassociateNatGatewayAddress", "DisassociateRouteServer", "DisassociateRouteTable", "DisassociateSecurityGroupVpc", "DisassociateSubnetCidrBlock", "DisassociateTransitGatewayMulticastDomain", "DisassociateTransitGatewayPolicyTable", "DisassociateTransitGatewayRouteTable", "DisassociateVerifiedAccessInstanceWebAcl", "DisassociateVpcCidrBlock", "EnableAddressTransfer", "EnableApplicationStatusCheckSuppression", "EnableFastLaunch", "EnableFastSnapshotRestores", "EnableImage", "EnableImageDeprecation", "EnableImageDeregistrationProtection", "EnableInstanceSqlHaStandbyDetections", "EnableIpamInternetRegistryAssociation", "EnableIpamPolicy", "EnableRouteServerPropagation", "EnableTransitGatewayRouteTablePropagation", "EnableVgwRoutePropagation", "EnableVolumeIO", "EnableVpcClassicLink", "EnableVpcClassicLinkDnsSupport", "ExportClientVpnClientCertificateRevocationList", "ExportClientVpnClientConfiguration", "ExportImage", "ExportVerifiedAccessInstanceClientConfiguration", "GetActiveVpnTunnelStatus", "GetAssociatedEnclaveCertificateIamRoles", "GetAssociatedIpv6PoolCidrs", "GetCapacityReservationUsage", "GetCoipPoolUsage", "GetConsoleOutput", "GetConsoleScreenshot", "GetDeclarativePoliciesReportSummary", "GetFlowLogsIntegrationTemplate", "GetGroupsForCapacityReservation", "GetImageAncestry", "GetInstanceTpmEkPub", "GetInstanceUefiData", "GetIpamAddressHistory", "GetIpamDiscoveredAccounts", "GetIpamDiscoveredPublicAddresses", "GetIpamDiscoveredResourceCidrs", "GetIpamDiscoveredRoutes", "GetIpamInternetRegistryAssociationAsns", "GetIpamInternetRegistryAssociationCidrs", "GetIpamPolicyAllocationRules", "GetIpamPolicyOrganizationTargets", "GetIpamPoolAllocations", "GetIpamPoolCidrs", "GetIpamPrefixListResolverRules", "GetIpamPrefixListResolverVersionEntries", "GetIpamPrefixListResolverVersions", "GetIpamResourceCidrs", "GetIpamRouteOriginAuthorizations", "GetIpamRouteProtectionFindings", "GetIpamRoutingPolicyRegistrationDeltas", "GetIpamRoutingPolicyRegistrations", "GetLaunchTemplateData", "GetManagedPrefixListAssociations", "GetManagedPrefixListEntries", "GetNetworkInsightsAccessScopeAnalysisFindings", "GetNetworkInsightsAccessScopeContent", "GetPasswordData", "GetReservedInstancesExchangeQuote", "GetResourcePolicy", "GetRouteServerAssociations", "GetRouteServerPropagations", "GetRouteServerRoutingDatabase", "GetSecurityGroupsForVpc", "GetTransitGatewayMeteringPolicyEntries", "GetTransitGatewayMulticastDomainAssociations", "GetTransitGatewayPolicyTableAssociations", "GetTransitGatewayPolicyTableEntries", "GetVerifiedAccessEndpointPolicy", "GetVerifiedAccessEndpointTargets", "GetVerifiedAccessGroupPolicy", "GetVerifiedAccessInstanceWebAcl", "GetVpcResourcesBlockingEncryptionEnforcement", "GetVpnConnectionDeviceSampleConfiguration", "GetVpnTunnelReplacementStatus", "ImportByoipCidrToIpam", "ImportClientVpnClientCertificateRevocationList", "ImportImage", "ImportInstance", "ImportKeyPair", "ImportSnapshot", "ImportVolume", "InjectVolumeIOLatency", "LockSnapshot", "ModifyAddressAttribute", "ModifyApplicationStatusCheck", "ModifyCapacityReservation", "ModifyCapacityReservationFleet", "ModifyClientVpnEndpoint", "ModifyFleet", "ModifyFpgaImageAttribute", "ModifyHosts", "ModifyImageAttribute", "ModifyInstanceAttribute", "ModifyInstanceCapacityReservationAttributes", "ModifyInstanceConnectEndpoint", "ModifyInstanceCpuOptions", "ModifyInstanceCreditSpecification", "ModifyInstanceEventStartTime", "ModifyInstanceEventWindow", "ModifyInstanceMaintenanceOptions", "ModifyInstanceMetadataOptions", "ModifyInstanceNetworkPerformanceOptions", "ModifyInstancePlacement", "ModifyIpam", "ModifyIpamPolicyAllocationRules", "ModifyIpamPool", "ModifyIpamPoolAllocation", "ModifyIpamPrefixListResolver", "ModifyIpamPrefixListResolverTarget", "ModifyIpamResourceCidr", "ModifyIpamResourceDiscovery", "ModifyIpamRoutingPolicyRegistration", "ModifyIpamScope", "ModifyLaunchTemplate", "ModifyLocalGatewayRoute", "ModifyManagedPrefixList", "ModifyNetworkInterfaceAttribute", "ModifyOdbNetworkPeering", "ModifyPrivateDnsNameOptions", "ModifyPublicIpDnsNameOptions", "ModifyReservedInstances", "ModifyRouteServer", "ModifySecurityGroupRules", "ModifySnapshotAttribute", "ModifySnapshotTier", "ModifySpotFleetRequest", "ModifySubnetAttribute", "ModifyTrafficMirrorFilterNetworkServices", "ModifyTrafficMirrorFilterRule", "ModifyTrafficMirrorSession", "ModifyTransitGateway", "ModifyTransitGatewayMeteringPolicy", "ModifyTransitGatewayPolicyTableEntry", "ModifyTransitGatewayPrefixListReference", "ModifyTransitGatewayVpcAttachment", "ModifyVerifiedAccessEndpoint", "ModifyVerifiedAccessEndpointPolicy", "ModifyVerifiedAccessGroup", "ModifyVerifiedAccessGroupPolicy", "ModifyVerifiedAccessInstance", "ModifyVerifiedAccessInstanceLoggingConfiguration", "ModifyVerifiedAccessTrustProvider", "ModifyVolume", "ModifyVolumeAttribute", "ModifyVpcAttribute", "ModifyVpcBlockPublicAccessExclusion", "ModifyVpcEncryptionControl", "ModifyVpcEndpoint", "ModifyVpcEndpointConnectionNotification", "ModifyVpcEndpointPayerResponsibility", "ModifyVpcEndpointServiceConfiguration", "ModifyVpcEndpointServicePayerResponsibility", "ModifyVpcEndpointServicePermissions", "ModifyVpcPeeringConnectionOptions", "ModifyVpcTenancy", "ModifyVpnConnection", "ModifyVpnConnectionOptions", "ModifyVpnTunnelCertificate", "ModifyVpnTunnelOptions", "MonitorInstances", "MoveByoipCidrToIpam", "MoveCapacityReservationInstances", "PauseVolumeIO", "ProvisionIpamByoasn", "ProvisionIpamPoolCidr", "ProvisionPublicIpv4PoolCidr", "PurchaseCapacityBlock", "PurchaseCapacityBlockExtension", "PurchaseHostReservation", "PutResourcePolicy", "RebootInstances", "RegisterImage", "RegisterTransitGatewayMulticastGroupMembers", "RegisterTransitGatewayMulticastGroupSources", "RejectCapacityReservationBillingOwnership", "RejectTransitGatewayClientVpnAttachment", "RejectTransitGatewayMulticastDomainAssociations", "RejectTransitGatewayPeeringAttachment", "RejectTransitGatewayVpcAttachment", "RejectVpcEndpointConnections", "RejectVpcPeeringConnection", "ReleaseAddress", "ReleaseHosts", "ReleaseIpamPoolAllocation", "ReplaceIamInstanceProfileAssociation", "ReplaceImageInstanceTypeSpecification", "ReplaceNetworkAclAssociation", "ReplaceNetworkAclEntry", "ReplaceRoute", "ReplaceRouteTableAssociation", "ReplaceTransitGatewayRoute", "ReplaceVpnTunnel", "ReportInstanceStatus", "RequestSpotFleet", "RequestSpotInstances", "ResetAddressAttribute", "ResetFpgaImageAttribute", "ResetImageAttribute", "ResetInstanceAttribute", "ResetNetworkInterfaceAttribute", "ResetSnapshotAttribute", "RestoreImageFromRecycleBin", "RestoreManagedPrefixListVersion", "RestoreSnapshotFromRecycleBin", "RestoreSnapshotTier", "RestoreVolumeFromRecycleBin", "RevokeClientVpnIngress", "RevokeSecurityGroupEgress", "RevokeSecurityGroupIngress", "RunInstances", "SearchLocalGatewayRoutes", "SearchTransitGatewayMulticastGroups", "SearchTransitGatewayRoutes", "SendDiagnosticInterrupt", "SendSpotInstanceInterruptions", "StartInstances", "StartNetworkInsightsAccessScopeAnalysis", "StartNetworkInsightsAnalysis", "StartVpcEndpointServicePrivateDnsVerification", "StopInstances", "TerminateClientVpnConnections", "TerminateInstances", "UnassignIpv6Addresses", "UnassignPrivateIpAddresses", "UnassignPrivateNatGatewayAddress", "UnlockSnapshot", "UnmonitorInstances", "UpdateInterruptibleCapacityReservationAllocation", "UpdateSecurityGroupRuleDescriptionsEgress", "UpdateSecurityGroupRuleDescriptionsIngress", "ValidateSecurityGroupQuotasForInterface"], ecr: ["BatchCheckLayerAvailability", "BatchDeleteImage", "BatchGetImage", "BatchGetRepositoryScanningConfiguration", "BatchImportUpstreamImage", "CompleteLayerUpload", "CreateRepository", "DeleteLifecyclePolicy", "DeleteRepository", "DeleteRepositoryPolicy", "DescribeImageReplicationStatus", "DescribeImageScanFindings", "DescribeImageSigningStatus", "DescribeImages", "DescribeRepositories", "GetDownloadUrlForLayer", "GetImageCopyStatus", "GetLifecyclePolicy", "GetLifecyclePolicyPreview", "GetRepositoryPolicy", "InitiateLayerUpload", "ListImages", "ListTagsForResource", "PutImage", "PutImageScanningConfiguration", "PutImageTagMutability", "PutLifecyclePolicy", "ReplicateImage", "SetRepositoryPolicy", "StartImageScan", "StartLifecyclePolicyPreview", "TagResource", "UntagResource", "UpdateImageStorageClass", "UploadLayerPart"], events: ["ActivateEventSource", "AllowVendedLogDeliveryForResource", "CancelReplay", "CreateApiDestination", "CreateArchive", "CreateConnection", "CreateEndpoint", "CreateEventBus", "CreateEventSource", "CreatePartnerEventSource", "CreateSubscriber", "DeactivateEventSource", "DeauthorizeConnection", "DeleteApiDestination", "DeleteArchive", "DeleteConnection", "DeleteEndpoint", "DeleteEventBus", "DeleteEventSource", "DeletePartnerEventSource", "DeleteResourcePolicy", "DeleteRule", "DeleteSubscriber", "DescribeApiDestination", "DescribeArchive", "DescribeConnection", "DescribeEndpoint", "DescribeEventBus", "DescribeEventSource", "DescribePartnerEventSource", "DescribeReplay", "DescribeRule", "DescribeSubscriber", "DisableRule", "EnableRule", "GetResourcePolicy", "InvokeApiDestination", "ListPartnerEventSourceAccounts", "ListResourcePolicies", "ListTagsForResource", "ListTargetsByRule", "PutEvents", "PutRawEvents", "PutResourcePolicy", "PutRule", "PutTargets", "RemoveTargets", "RetrieveConnectionCredentials", "RevokeResource", "StartReplay", "TagResource", "UntagResource", "UpdateApiDestination", "UpdateArchive", "UpdateConnection", "UpdateEndpoint", "UpdateEventBus", "UpdateEventSource", "UpdateSubscriber"], kinesis: ["AddTagsToStream", "AssociateStreamsWithChannel", "CreateChannel", "CreateStream", "DecreaseStreamRetentionPeriod", "DeleteChannel", "DeleteResourcePolicy", "DeleteStream", "DeregisterStreamConsumer", "DescribeChannel", "DescribeStream", "DescribeStreamConsumer", "DescribeStreamSummary", "GetRecords", "GetResourcePolicy", "GetShardIterator", "IncreaseStreamRetentionPeriod", "ListShards", "ListStreamConsumers", "ListTagsForResource", "ListTagsForStream", "MergeShards", "PutRecord", "PutRecords", "PutResourcePolicy", "RegisterStreamConsumer", "RemoveTagsFromStream", "SplitShard", "StartStreamEncryption", "StopStreamEncryption", "SubscribeToShard", "TagResource", "UntagResource", "UpdateChannel", "UpdateMaxRecordSize", "UpdateStreamRecordDistributionStrategy", "UpdateStreamWarmThroughput"], kms: ["CancelKeyDeletion", "CreateAlias", "CreateGrant", "Decrypt", "DeleteAlias", "DeleteImportedKeyMaterial", "DeriveSharedSecret", "DescribeKey", "DisableKey", "DisableKeyRotation", "EnableKey", "EnableKeyRotation", "Encrypt", "GenerateDataKey", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext", "GenerateMac", "GetKeyLastUsage", "GetKeyPolicy", "GetKeyRotationStatus", "GetParametersForImport", "GetPublicKey", "ImportKeyMaterial", "ListGrants", "ListKeyPolicies", "ListKeyRotations", "ListResourceTags", "PutKeyPolicy", "ReEncryptFrom", "ReEncryptTo", "ReplicateKey", "RetireGrant", "RevokeGrant", "RotateKeyOnDemand", "ScheduleKeyDeletion", "Sign", "SynchronizeMultiRegionKey", "TagResource", "UntagResource", "UpdateAlias", "UpdateKeyDescription", "UpdatePrimaryRegion", "Verify", "VerifyMac"], lambda: ["AddLayerVersionPermission", "AddPermission", "CheckpointDurableExecution", "CreateAlias", "CreateCapacityProvider", "CreateFunction", "CreateFunctionUrlConfig", "CreateMicrovmAuthToken", "CreateMicrovmShellAuthToken", "CreateNetworkConnector", "DeleteAlias", "DeleteCapacityProvider", "DeleteCodeSigningConfig", "DeleteEventSourceMapping", "DeleteFunction", "DeleteFunctionCodeSigningConfig", "DeleteFunctionConcurrency", "DeleteFunctionEventInvokeConfig", "DeleteFunctionUrlConfig", "DeleteLayerVersion", "DeleteMicrovmImage", "DeleteMicrovmImageVersion", "DeleteNetworkConnector", "DeleteProvisionedConcurrencyConfig", "DeleteResourcePolicy", "DisableReplication", "EnableReplication", "GetAlias", "GetCapacityProvider", "GetCodeSigningConfig", "GetDurableExecution", "GetDurableExecutionHistory", "GetDurableExecutionState", "GetEventSourceMapping", "GetFunction", "GetFunctionCodeSigningConfig", "GetFunctionConcurrency", "GetFunctionConfiguration", "GetFunctionEventInvokeConfig", "GetFunctionRecursionConfig", "GetFunctionScalingConfig", "GetFunctionUrlConfig", "GetLayerVersion", "GetLayerVersionPolicy", "GetMicrovm", "GetMicrovmImage", "GetMicrovmImageBuild", "GetMicrovmImageVersion", "GetNetworkConnector", "GetPolicy", "GetProvisionedConcurrencyConfig", "GetResourcePolicy", "GetRuntimeManagementConfig", "InvokeAsync", "InvokeFunction", "InvokeFunctionUrl", "ListAliases", "ListDurableExecutionsByFunction", "ListFunctionEventInvokeConfigs", "ListFunctionUrlConfigs", "ListFunctionVersionsByCapacityProvider", "ListFunctionsByCodeSigningConfig", "ListManagedMicrovmImageVersions", "ListMicrovmImageBuilds", "ListMicrovmImageVersions", "ListProvisionedConcurrencyConfigs", "ListTags", "ListVersionsByFunction", "PassCapacityProvider", "PublishLayerVersion", "PublishVersion", "PutFunctionCodeSigningConfig", "PutFunctionConcurrency", "PutFunctionEventInvokeConfig", "PutFunctionRecursionConfig", "PutFunctionScalingConfig", "PutProvisionedConcurrencyConfig", "PutResourcePolicy", "PutRuntimeManagementConfig", "RemoveLayerVersionPermission", "RemovePermission", "ResumeMicrovm", "RunMicrovm", "SendDurableExecutionCallbackFailure", "SendDurableExecutionCallbackHeartbeat", "SendDurableExecutionCallbackSuccess", "StopDurableExecution", "SuspendMicrovm", "TagResource", "TerminateMicrovm", "UntagResource", "UpdateAlias", "UpdateCapacityProvider", "UpdateCodeSigningConfig", "UpdateEventSourceMapping", "UpdateFunctionCode", "UpdateFunctionCodeSigningConfig", "UpdateFunctionConfiguration", "UpdateFunctionEventInvokeConfig", "UpdateFunctionUrlConfig", "UpdateMicrovmImage", "UpdateMicrovmImageVersion", "UpdateNetworkConnector"], logs: ["AssociateKmsKey", "CreateDelivery", "CreateExportTask", "CreateLogAnomalyDetector", "CreateLogGroup", "CreateLogStream", "CreateLookupTable", "CreateScheduledQuery", "DeleteDataProtectionPolicy", "DeleteDelivery", "DeleteDeliveryDestination", "DeleteDeliveryDestinationPolicy", "DeleteDeliverySource", "DeleteDestination", "DeleteLogAnomalyDetector", "DeleteLogGroup", "DeleteLogStream", "DeleteLookupTable", "DeleteMetricFilter", "DeleteRetentionPolicy", "DeleteScheduledQuery", "DeleteSubscriptionFilter", "DeleteSyslogConfiguration", "DeleteTransformer", "DescribeLogStreams", "DescribeMetricFilters", "DescribeSubscriptionFilters", "DisassociateKmsKey", "FilterLogEvents", "GetDataProtectionPolicy", "GetDelivery", "GetDeliveryDestination", "GetDeliveryDestinationPolicy", "GetDeliverySource", "GetLogAnomalyDetector", "GetLogEvents", "GetLogGroupFields", "GetLogRecord", "GetLookupTable", "GetQueryResults", "GetScheduledQuery", "GetScheduledQueryHistory", "GetTransformer", "IntegrateWithDataset", "IntegrateWithS3Table", "ListAnomalies", "ListLogAnomalyDetectors", "ListTagsForResource", "ListTagsLogGroup", "ProcessWithPipeline", "PutBearerTokenAuthentication", "PutDataProtectionPolicy", "PutDeliveryDestination", "PutDeliveryDestinationPolicy", "PutDeliverySource", "PutDestination", "PutDestinationPolicy", "PutLogEvents", "PutLogGroupDeletionProtection", "PutMetricFilter", "PutRetentionPolicy", "PutSubscriptionFilter", "PutSyslogConfiguration", "PutTransformer", "StartLiveTail", "StartQuery", "TagLogGroup", "TagResource", "Unmask", "UntagLogGroup", "UntagResource", "UpdateAnomaly", "UpdateDeliveryConfiguration", "UpdateLogAnomalyDetector", "UpdateLookupTable", "UpdateScheduledQuery"], s3: ["AbortMultipartUpload", "AllowVendedLogDeliveryForResource", "AssociateAccessGrantsIdentityCenter", "BypassGovernanceRetention", "CreateAccessGrant", "CreateAccessGrantsInstance", "CreateAccessGrantsLocation", "CreateAccessPoint", "CreateAccessPointForObjectLambda", "CreateBucket", "CreateBucketMetadataTableConfiguration", "CreateMultiRegionAccessPoint", "DeleteAccessGrant", "DeleteAccessGrantsInstance", "DeleteAccessGrantsInstanceResourcePolicy", "DeleteAccessGrantsLocation", "DeleteAccessPoint", "DeleteAccessPointForObjectLambda", "DeleteAccessPointPolicy", "DeleteAccessPointPolicyForObjectLambda", "DeleteBucket", "DeleteBucketMetadataTableConfiguration", "DeleteBucketPolicy", "DeleteBucketWebsite", "DeleteJobTagging", "DeleteMultiRegionAccessPoint", "DeleteObject", "DeleteObjectAnnotation", "DeleteObjectTagging", "DeleteObjectVersion", "DeleteObjectVersionAnnotation", "DeleteObjectVersionTagging", "DeleteStorageLensConfiguration", "DeleteStorageLensConfigurationTagging", "DeleteStorageLensGroup", "DescribeJob", "DescribeMultiRegionAccessPointOperation", "DissociateAccessGrantsIdentityCenter", "GetAccelerateConfiguration", "GetAccessGrant", "GetAccessGrantsInstance", "GetAccessGrantsInstanceForPrefix", "GetAccessGrantsInstanceResourcePolicy", "GetAccessGrantsLocation", "GetAccessPointConfigurationForObjectLambda", "GetAccessPointForObjectLambda", "GetAccessPointPolicy", "GetAccessPointPolicyForObjectLambda", "GetAccessPointPolicyStatus", "GetAccessPointPolicyStatusForObjectLambda", "GetAnalyticsConfiguration", "GetBucketAbac", "GetBucketAcl", "GetBucketCORS", "GetBucketLocation", "GetBucketLogging", "GetBucketMetadataTableConfiguration", "GetBucketNotification", "GetBucketObjectLockConfiguration", "GetBucketOwnershipControls", "GetBucketPolicy", "GetBucketPolicyStatus", "GetBucketPublicAccessBlock", "GetBucketRequestPayment", "GetBucketTagging", "GetBucketVersioning", "GetBucketWebsite", "GetDataAccess", "GetEncryptionConfiguration", "GetIntelligentTieringConfiguration", "GetInventoryConfiguration", "GetJobTagging", "GetLifecycleConfiguration", "GetMetricsConfiguration", "GetMultiRegionAccessPoint", "GetMultiRegionAccessPointPolicy", "GetMultiRegionAccessPointPolicyStatus", "GetMultiRegionAccessPointRoutes", "GetObject", "GetObjectAcl", "GetObjectAnnotation", "GetObjectAttributes", "GetObjectLegalHold", "GetObjectRetention", "GetObjectTagging", "GetObjectTorrent", "GetObjectVersion", "GetObjectVersionAcl", "GetObjectVersionAnnotation", "GetObjectVersionAnnotationForReplication", "GetObjectVersionAttributes", "GetObjectVersionForReplication", "GetObjectVersionTagging", "GetObjectVersionTorrent", "GetReplicationConfiguration", "GetStorageLensConfiguration", "GetStorageLensConfigurationTagging", "GetStorageLensDashboard", "GetStorageLensGroup", "InitiateReplication", "ListAccessGrants", "ListAccessGrantsLocations", "ListBucket", "ListBucketMultipartUploads", "ListBucketVersions", "ListCallerAccessGrants", "ListMultipartUploadParts", "ListObjectAnnotations", "ListObjectVersionAnnotations", "ListTagsForResource", "ObjectOwnerOverrideToBucketOwner", "PauseReplication", "PutAccelerateConfiguration", "PutAccessGrantsInstanceResourcePolicy", "PutAccessPointConfigurationForObjectLambda", "PutAccessPointPolicy", "PutAccessPointPolicyForObjectLambda", "PutAnalyticsConfiguration", "PutBucketAbac", "PutBucketAcl", "PutBucketCORS", "PutBucketLogging", "PutBucketNotification", "PutBucketObjectLockConfiguration", "PutBucketOwnershipControls", "PutBucketPolicy", "PutBucketPublicAccessBlock", "PutBucketRequestPayment", "PutBucketTagging", "PutBucketVersioning", "PutBucketWebsite", "PutEncryptionConfiguration", "PutIntelligentTieringConfiguration", "PutInventoryConfiguration", "PutJobTagging", "PutLifecycleConfiguration", "PutMetricsConfiguration", "PutMultiRegionAccessPointPolicy", "PutObject", "PutObjectAcl", "PutObjectAnnotation", "PutObjectLegalHold", "PutObjectRetention", "PutObjectTagging", "PutObjectVersionAcl", "PutObjectVersionAnnotation", "PutObjectVersionTagging", "PutReplicationConfiguration", "PutStorageLensConfigurationTagging", "ReplicateDelete", "ReplicateObject", "ReplicateObjectAnnotation", "ReplicateTags", "RestoreObject", "SubmitMultiRegionAccessPointRoutes", "TagResource", "UntagResource", "UpdateAccessGrantsLocation", "UpdateBucketMetadataAnnotationTableConfiguration", "UpdateBucketMetadataInventoryTableConfiguration", "UpdateBucketMetadataJournalTableConfiguration", "UpdateJobPriority", "UpdateJobStatus", "UpdateObjectEncryption", "UpdateStorageLensGroup"], secretsmanager: ["CancelRotateSecret", "CreateSecret", "DeleteResourcePolicy", "DeleteSecret", "DescribeSecret", "GetResourcePolicy", "GetSecretValue", "ListSecretVersionIds", "PutResourcePolicy", "PutSecretValue", "RemoveRegionsFromReplication", "ReplicateSecretToRegions", "RestoreSecret", "RotateSecret", "StopReplicationToReplica", "TagResource", "UntagResource", "UpdateSecret", "UpdateSecretVersionStage", "ValidateResourcePolicy"], sns: ["AddPermission", "ConfirmSubscription", "CreateTopic", "DeleteTopic", "GetDataProtectionPolicy", "GetSubscriptionAttributes", "GetTopicAttributes", "ListSubscriptionsByTopic", "ListTagsForResource", "Publish", "PutDataProtectionPolicy", "RemovePermission", "SetSubscriptionAttributes", "SetTopicAttributes", "Subscribe", "TagResource", "Unsubscribe", "UntagResource"], sqs: ["AddPermission", "CancelMessageMoveTask", "ChangeMessageVisibility", "CreateQueue", "DeleteMessage", "DeleteQueue", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues", "ListMessageMoveTasks", "ListQueueTags", "PurgeQueue", "ReceiveMessage", "RemovePermission", "SendMessage", "SetQueueAttributes", "StartMessageMoveTask", "TagQueue", "UntagQueue"], ssm: ["AddTagsToResource", "AssociateOpsItemRelatedItem", "CancelMaintenanceWindowExecution", "CreateAssociation", "CreateAssociationBatch", "CreateCloudConnector", "CreateDocument", "CreateResourceDataSync", "DeleteAssociation", "DeleteCloudConnector", "DeleteDocument", "DeleteMaintenanceWindow", "DeleteOpsItem", "DeleteOpsMetadata", "DeleteParameter", "DeleteParameters", "DeletePatchBaseline", "DeleteResourceDataSync", "DeleteResourcePolicy", "DeregisterManagedInstance", "DeregisterPatchBaselineForPatchGroup", "DeregisterTargetFromMaintenanceWindow", "DeregisterTaskFromMaintenanceWindow", "DescribeAssociation", "DescribeAssociationExecutionTargets", "DescribeAssociationExecutions", "DescribeAutomationStepExecutions", "DescribeDocument", "DescribeDocumentParameters", "DescribeDocumentPermission", "DescribeEffectiveInstanceAssociations", "DescribeEffectivePatchesForPatchBaseline", "DescribeInstanceAssociationsStatus", "DescribeInstancePatchStates", "DescribeInstancePatches", "DescribeMaintenanceWindowExecutions", "DescribeMaintenanceWindowTargets", "DescribeMaintenanceWindowTasks", "DisassociateOpsItemRelatedItem", "GetAccessToken", "GetAutomationExecution", "GetCalendar", "GetCalendarState", "GetCloudConnector", "GetConnectionStatus", "GetDefaultPatchBaseline", "GetDocument", "GetMaintenanceWindow", "GetMaintenanceWindowTask", "GetOpsItem", "GetOpsMetadata", "GetOpsSummary", "GetParameter", "GetParameterHistory", "GetParameters", "GetParametersByPath", "GetPatchBaseline", "GetResourcePolicies", "GetServiceSetting", "LabelParameterVersion", "ListAssociationVersions", "ListDocumentMetadataHistory", "ListDocumentVersions", "ListInstanceAssociations", "ListNodes", "ListNodesSummary", "ListTagsForResource", "ModifyDocumentPermission", "PutCalendar", "PutComplianceItems", "PutParameter", "PutResourcePolicy", "RegisterDefaultPatchBaseline", "RegisterPatchBaselineForPatchGroup", "RegisterTargetWithMaintenanceWindow", "RegisterTaskWithMaintenanceWindow", "RemoveTagsFromResource", "RequestManagedInstanceRoleToken", "ResetServiceSetting", "ResumeSession", "SendAutomationSignal", "SendCommand", "StartAccessRequest", "StartAssociationsOnce", "StartAutomationExecution", "StartChangeRequestExecution", "StartSession", "StopAutomationExecution", "TerminateSession", "UnlabelParameterVersion", "UpdateAssociation", "UpdateAssociationStatus", "UpdateCloudConnector", "UpdateDocument", "UpdateDocumentDefaultVersion", "UpdateDocumentMetadata", "UpdateInstanceAssociationStatus", "UpdateInstanceInformation", "UpdateMaintenanceWindow", "UpdateMaintenanceWindowTarget", "UpdateMaintenanceWindowTask", "UpdateManagedInstancePublicKey", "UpdateManagedInstanceRole", "UpdateOpsItem", "UpdateOpsMetadata", "UpdatePatchBaseline", "UpdateResourceDataSync", "UpdateServiceSetting", "ValidateCloudConnector"], states: ["CreateActivity", "CreateStateMachine", "CreateStateMachineAlias", "DeleteActivity", "DeleteStateMachine", "DeleteStateMachineAlias", "DeleteStateMachineVersion", "DescribeActivity", "DescribeExecution", "DescribeMapRun", "DescribeStateMachine", "DescribeStateMachineAlias", "DescribeStateMachineForExecution", "GetActivityTask", "GetExecutionHistory", "ListExecutions", "ListMapRuns", "ListStateMachineAliases", "ListStateMachineVersions", "ListTagsForResource", "PublishStateMachineVersion", "RedriveExecution", "StartExecution", "StartSyncExecution", "StopExecution", "TagResource", "UntagResource", "UpdateMapRun", "UpdateStateMachine", "UpdateStateMachineAlias"] };
var SCOPED = { services };
const SCOPED_ACTIONS = new Map(
  Object.entries(SCOPED.services).map(([service, actions]) => [service, actions.map((a) => a.toLowerCase())])
);
function scopedMatches(action) {
  const [service, name] = action.toLowerCase().split(":", 2);
  const scoped = SCOPED_ACTIONS.get(service);
  if (!scoped || name === void 0 || name === "*") return [];
  if (!/[*?]/.test(name)) return scoped.includes(name) ? [name] : [];
  const re = actionGlob(name);
  return scoped.filter((a) => re.test(a));
}
const restrictable = (action) => scopedMatches(action).length > 0;
var r169 = defineRule({
  id: "aws-iam-no-wildcard-resource",
  title: "IAM policy does not grant resource-scoped actions on every resource",
  severity: "medium",
  aliases: ["CKV_AWS_355", "CKV_AWS_356"],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: `Actions such as s3:GetObject, dynamodb:PutItem, sqs:SendMessage, kms:Decrypt or secretsmanager:GetSecretValue accept resource ARNs; granting them on "*" reaches every bucket, table, queue, key and secret of the account. (Full service wildcards like s3:* are reported by aws-iam-no-service-wildcard-actions.) A pattern such as ec2:Describe* is reported when it grants one such action (ec2:DescribeInstanceAttribute takes an instance ARN); actions that accept no resource ARN (ec2:DescribeInstances, s3:ListAllMyBuckets) can only be granted on "*" and are not. Services judged: ${Object.keys(SCOPED.services).join(", ")}.`,
  remediation: `\`\`\`hcl
statement {
  actions   = ["s3:GetObject"]
  resources = ["\${aws_s3_bucket.assets.arn}/*"]
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== "Allow" || !s.resources?.includes("*") || !s.actions) continue;
        if (s.hasCondition) continue;
        const scoped = s.actions.filter(restrictable);
        if (scoped.length > 0) {
          const shown = scoped.slice(0, 4).map((a) => /[*?]/.test(a) ? `${a} (${a.split(":")[0]}:${scopedMatches(a)[0]}, \u2026)` : a);
          return {
            attribute: p.attribute,
            message: `${shown.join(", ")}${scoped.length > 4 ? ", \u2026" : ""} allowed on every resource ("*")`
          };
        }
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::assets/*"]
  }
  statement {
    actions   = ["s3:ListAllMyBuckets", "ecr:GetAuthorizationToken", "logs:DescribeLogGroups", "ec2:DescribeInstances"]
    resources = ["*"]
  }
}`,
      // Every action the pattern grants takes no resource ARN.
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["ec2:DescribeRegion?", "ec2:DescribeAvailabilityZones"]
    resources = ["*"]
  }
}`
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["dynamodb:PutItem", "dynamodb:GetItem"]
    resources = ["*"]
  }
}`,
      `resource "aws_iam_role_policy" "p" {
  role = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["secretsmanager:GetSecretValue"], Resource = "*" }]
  })
}`,
      // ec2:Describe* includes Describe actions that take resource ARNs (DescribeInstanceAttribute, DescribeSnapshotAttribute ?).
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ec2:Describe*", Resource = "*" }]
  })
}`
    ]
  }
});
function check(argument, judge, message) {
  return expectAt(argument, judge, message, "fail");
}
const CIS_SETTINGS = [
  ["minimum_password_length", "14"],
  ["require_lowercase_characters", "true"],
  ["require_uppercase_characters", "true"],
  ["require_numbers", "true"],
  ["require_symbols", "true"],
  ["password_reuse_prevention", "24"],
  ["max_password_age", "90"]
];
function passwordPolicyHcl(name, settings) {
  const width = Math.max(...settings.map(([k]) => k.length));
  const lines = settings.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`);
  return [`resource "aws_iam_account_password_policy" "${name}" {`, ...lines, "}"].join("\n");
}
const REMEDIATION = `\`\`\`hcl
${passwordPolicyHcl("strict", [...CIS_SETTINGS, ["allow_users_to_change_password", "true"]])}
\`\`\``;
const STRICT = passwordPolicyHcl("p", CIS_SETTINGS);
const EMPTY$1 = 'resource "aws_iam_account_password_policy" "p" {}';
function withSetting(argument, value) {
  return `resource "aws_iam_account_password_policy" "p" {
  ${argument} = ${value}
}`;
}
var r170 = defineRule({
  id: "aws-iam-password-policy-lowercase",
  title: "IAM password policy requires a lowercase letter",
  severity: "medium",
  aliases: ["CKV_AWS_11", "AVD-AWS-0058"],
  legacyIds: ["aws-iam-require-lowercase-in-passwords"],
  resourceTypes: ["aws_iam_account_password_policy"],
  description: "The account password policy should follow the CIS AWS Foundations benchmark: it requires a lowercase letter.",
  remediation: REMEDIATION,
  check: check("require_lowercase_characters", isTrue, "Passwords need not contain a lowercase letter"),
  examples: {
    good: [STRICT],
    bad: [withSetting("require_lowercase_characters", "false"), EMPTY$1]
  }
});
const expiresWithin90Days = (v) => {
  const min = atLeast(1)(v);
  const max = atMost(90)(v);
  return min === void 0 || max === void 0 ? void 0 : min && max;
};
var r171 = defineRule({
  id: "aws-iam-password-policy-max-age",
  title: "IAM password policy passwords expire within 90 days",
  severity: "medium",
  aliases: ["CKV_AWS_9", "AVD-AWS-0062"],
  legacyIds: ["aws-iam-set-max-password-age"],
  resourceTypes: ["aws_iam_account_password_policy"],
  description: "The account password policy should follow the CIS AWS Foundations benchmark: passwords expire within 90 days.",
  remediation: REMEDIATION,
  check: check("max_password_age", expiresWithin90Days, "Passwords never expire or live longer than 90 days"),
  examples: {
    good: [STRICT],
    bad: [withSetting("max_password_age", "365"), EMPTY$1]
  }
});
var r172 = defineRule({
  id: "aws-iam-password-policy-min-length",
  title: "IAM password policy requires passwords of at least 14 characters",
  severity: "medium",
  aliases: ["CKV_AWS_10", "AVD-AWS-0063"],
  legacyIds: ["aws-iam-set-minimum-password-length"],
  resourceTypes: ["aws_iam_account_password_policy"],
  description: "The account password policy should follow the CIS AWS Foundations benchmark: it requires passwords of at least 14 characters.",
  remediation: REMEDIATION,
  check: check("minimum_password_length", atLeast(14), "The minimum password length is below 14"),
  examples: {
    good: [STRICT],
    bad: [withSetting("minimum_password_length", "8"), EMPTY$1]
  }
});
var r173 = defineRule({
  id: "aws-iam-password-policy-numbers",
  title: "IAM password policy requires a number",
  severity: "medium",
  aliases: ["CKV_AWS_12", "AVD-AWS-0059"],
  legacyIds: ["aws-iam-require-numbers-in-passwords"],
  resourceTypes: ["aws_iam_account_password_policy"],
  description: "The account password policy should follow the CIS AWS Foundations benchmark: it requires a number.",
  remediation: REMEDIATION,
  check: check("require_numbers", isTrue, "Passwords need not contain a number"),
  examples: {
    good: [STRICT],
    bad: [withSetting("require_numbers", "false"), EMPTY$1]
  }
});
var r174 = defineRule({
  id: "aws-iam-password-policy-reuse",
  title: "IAM password policy prevents password reuse (24 remembered)",
  severity: "medium",
  aliases: ["CKV_AWS_13", "AVD-AWS-0056"],
  legacyIds: ["aws-iam-no-password-reuse"],
  resourceTypes: ["aws_iam_account_password_policy"],
  description: "The account password policy should follow the CIS AWS Foundations benchmark: it prevents password reuse (24 remembered).",
  remediation: REMEDIATION,
  check: check("password_reuse_prevention", atLeast(24), "Password reuse is not prevented (fewer than 24 remembered)"),
  examples: {
    good: [STRICT],
    bad: [withSetting("password_reuse_prevention", "3"), EMPTY$1]
  }
});
var r175 = defineRule({
  id: "aws-iam-password-policy-symbols",
  title: "IAM password policy requires a symbol",
  severity: "medium",
  aliases: ["CKV_AWS_14", "AVD-AWS-0060"],
  legacyIds: ["aws-iam-require-symbols-in-passwords"],
  resourceTypes: ["aws_iam_account_password_policy"],
  description: "The account password policy should follow the CIS AWS Foundations benchmark: it requires a symbol.",
  remediation: REMEDIATION,
  check: check("require_symbols", isTrue, "Passwords need not contain a symbol"),
  examples: {
    good: [STRICT],
    bad: [withSetting("require_symbols", "false"), EMPTY$1]
  }
});
var r176 = defineRule({
  id: "aws-iam-password-policy-uppercase",
  title: "IAM password policy requires an uppercase letter",
  severity: "medium",
  aliases: ["CKV_AWS_15", "AVD-AWS-0061"],
  legacyIds: ["aws-iam-require-uppercase-in-passwords"],
  resourceTypes: ["aws_iam_account_password_policy"],
  description: "The account password policy should follow the CIS AWS Foundations benchmark: it requires an uppercase letter.",
  remediation: REMEDIATION,
  check: check("require_uppercase_characters", isTrue, "Passwords need not contain an uppercase letter"),
  examples: {
    good: [STRICT],
    bad: [withSetting("require_uppercase_characters", "false"), EMPTY$1]
  }
});
var r177 = defineRule({
  id: "aws-iam-policy-document-no-public-principal",
  title: "Policy document does not grant permissions to any principal",
  severity: "high",
  aliases: ["CKV_AWS_283"],
  resourceTypes: ["data.aws_iam_policy_document"],
  description: 'A statement allowing principals "*" (or AWS "*") without a narrowing condition makes the resource it is attached to public.',
  remediation: `\`\`\`hcl
principals {
  type        = "AWS"
  identifiers = ["arn:aws:iam::123456789012:root"]
}
\`\`\``,
  check: (doc) => {
    for (const s of statementsOfDocument(doc) ?? []) {
      if (s.effect === "Allow" && !isNarrowedByCondition(s) && hasPublicPrincipal(s) === true)
        return { attribute: "statement", message: 'A statement grants permissions to any principal ("*")' };
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::site/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
  }
}`
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::site/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}`
    ]
  }
});
const ACCOUNT = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:root)$/;
var r178 = defineRule({
  id: "aws-iam-role-trust-no-account-root",
  title: "IAM role trust policy names roles or users, not a whole account",
  severity: "medium",
  aliases: ["CKV_AWS_61"],
  resourceTypes: ["aws_iam_role"],
  description: 'Trusting an account (its id or ":root") lets every user and role in that account that has sts:AssumeRole permission assume the role. Name the roles that need it, or narrow the statement with a condition on aws:PrincipalArn.',
  remediation: `\`\`\`hcl
assume_role_policy = jsonencode({
  Version = "2012-10-17"
  Statement = [{
    Effect    = "Allow"
    Action    = "sts:AssumeRole"
    Principal = { AWS = "arn:aws:iam::123456789012:role/deployer" }
  }]
})
\`\`\``,
  check: (res, ctx) => {
    for (const s of policyStatements(res, "assume_role_policy", ctx) ?? []) {
      if (s.effect !== "Allow" || isNarrowedByCondition(s)) continue;
      const hit = s.principals?.find((p) => p.type.toLowerCase() === "aws" && p.ids.some((id) => ACCOUNT.test(id.trim())));
      if (hit) {
        const id = hit.ids.find((i) => ACCOUNT.test(i.trim()));
        return {
          attribute: "assume_role_policy",
          message: `The role can be assumed by any principal of account ${id.replace(/^arn:[^:]+:iam::(\d+):root$/, "$1")}`
        };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:role/deployer" } }]
  })
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}`
    ],
    bad: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = <<JSON
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": ["123456789012"]}}]}
JSON
}`
    ]
  }
});
var r179 = defineRule({
  id: "aws-iam-role-trust-no-public-principal",
  title: "IAM role cannot be assumed by any principal",
  severity: "critical",
  aliases: ["CKV_AWS_60"],
  resourceTypes: ["aws_iam_role"],
  description: 'A trust policy allowing sts:AssumeRole to Principal "*" (or AWS "*") without a narrowing condition lets any AWS account assume the role.',
  remediation: `Trust only the service or account that needs the role:
\`\`\`hcl
assume_role_policy = jsonencode({
  Version = "2012-10-17"
  Statement = [{
    Effect    = "Allow"
    Action    = "sts:AssumeRole"
    Principal = { Service = "ecs-tasks.amazonaws.com" }
  }]
})
\`\`\``,
  check: (res, ctx) => {
    const stmts = policyStatements(res, "assume_role_policy", ctx);
    for (const s of stmts ?? []) {
      if (s.effect === "Allow" && !isNarrowedByCondition(s) && hasPublicPrincipal(s) === true) {
        return { attribute: "assume_role_policy", message: "Any AWS principal can assume this role" };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}`
    ],
    bad: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }]
  })
}`
    ]
  }
});
var r180 = defineRule({
  id: "aws-iam-user-no-console-login",
  title: "IAM users managed by Terraform have no console password",
  severity: "medium",
  aliases: ["CKV2_AWS_22"],
  resourceTypes: ["aws_iam_user"],
  description: "An aws_iam_user_login_profile gives the user a console password: a long-lived secret outside single sign-on, often without enforced MFA. People should sign in through IAM Identity Center (or a federated role); IAM users, if any, should be for programs.",
  remediation: `Remove the aws_iam_user_login_profile and give people access through IAM Identity Center:
\`\`\`hcl
resource "aws_ssoadmin_account_assignment" "dev" {
  # \u2026
}
\`\`\``,
  check: (user, ctx) => {
    const { found } = ctx.linked(user, "aws_iam_user_login_profile", "user", ["name"]);
    if (found.length > 0) return { message: `The IAM user has a console password (${found[0].address})` };
  },
  examples: {
    good: [
      `resource "aws_iam_user" "u" {
  name = "ci"
}
resource "aws_iam_access_key" "k" {
  user = aws_iam_user.u.name
}`
    ],
    bad: [
      `resource "aws_iam_user" "u" {
  name = "alice"
}
resource "aws_iam_user_login_profile" "p" {
  user = aws_iam_user.u.name
}`
    ]
  }
});
var r181 = defineRule(
  cmkRule({
    id: "aws-kinesis-cmk",
    title: "Kinesis stream is encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_185"],
    type: "aws_kinesis_stream",
    path: "kms_key_id",
    what: "The Kinesis stream",
    severity: "low",
    description: "A stream encrypted with the AWS-managed alias/aws/kinesis key (or not encrypted) cannot restrict who decrypts its records with a key policy.",
    body: `  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"`
  })
);
var r182 = defineRule({
  id: "aws-kinesis-encryption",
  title: "Kinesis stream is encrypted with KMS",
  severity: "high",
  aliases: ["CKV_AWS_43", "AVD-AWS-0064"],
  legacyIds: ["aws-kinesis-enable-in-transit-encryption"],
  resourceTypes: ["aws_kinesis_stream"],
  description: 'Records are stored unencrypted unless encryption_type = "KMS".',
  remediation: `\`\`\`hcl
encryption_type = "KMS"
kms_key_id      = aws_kms_key.stream.arn
\`\`\``,
  check: expectAt("encryption_type", equals("KMS"), "The stream is not encrypted", "fail"),
  examples: {
    good: [
      `resource "aws_kinesis_stream" "s" {
  name            = "events"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}`
    ],
    bad: [
      `resource "aws_kinesis_stream" "s" {
  name = "events"
}`
    ]
  }
});
var r183 = defineRule({
  id: "aws-kms-key-enabled",
  title: "KMS key is enabled",
  severity: "low",
  aliases: ["CKV_AWS_227"],
  resourceTypes: ["aws_kms_key"],
  description: "A disabled key makes everything encrypted with it unreadable; disabling should be a deliberate, temporary state.",
  remediation: `\`\`\`hcl
is_enabled = true
\`\`\``,
  check: expectAt("is_enabled", isTrue, "The KMS key is disabled", "pass"),
  examples: {
    good: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
}`
    ],
    bad: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  is_enabled          = false
}`
    ]
  }
});
var r184 = defineRule({
  id: "aws-kms-key-policy-defined",
  title: "KMS key has an explicit key policy",
  severity: "low",
  aliases: ["CKV2_AWS_64"],
  resourceTypes: ["aws_kms_key"],
  description: "Without a policy the key gets the default one, which lets any IAM principal of the account with kms:* permissions use and manage it.",
  remediation: `\`\`\`hcl
policy = data.aws_iam_policy_document.key.json
\`\`\``,
  check: expectAt("policy", nonEmpty, "The key uses the default key policy"),
  examples: {
    good: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" }]
  })
}`
    ],
    bad: [`resource "aws_kms_key" "k" { enable_key_rotation = true }`]
  }
});
var r185 = defineRule({
  id: "aws-kms-key-rotation",
  title: "KMS key rotation is enabled",
  severity: "medium",
  aliases: ["CKV_AWS_7", "AVD-AWS-0065"],
  legacyIds: ["aws-kms-auto-rotate-keys"],
  resourceTypes: ["aws_kms_key"],
  description: "Automatic rotation creates new key material every year, limiting what one compromised key version exposes. Only symmetric encryption keys support it; other keys are not reported.",
  remediation: `\`\`\`hcl
enable_key_rotation = true
\`\`\``,
  check: when(
    (r) => (r.attributes.key_usage === void 0 || r.attributes.key_usage === "ENCRYPT_DECRYPT") && (r.attributes.customer_master_key_spec === void 0 || r.attributes.customer_master_key_spec === "SYMMETRIC_DEFAULT"),
    expectAt("enable_key_rotation", isTrue, "Key rotation is not enabled", "fail")
  ),
  examples: {
    good: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
}`,
      `resource "aws_kms_key" "sign" {
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "RSA_2048"
}`
    ],
    bad: [
      `resource "aws_kms_key" "k" {
  description = "data"
}`
    ]
  }
});
const statements$3 = exampleStatements("kms:Decrypt");
const example$5 = exampleOf("aws_kms_key", { description: '"data"' });
var r186 = defineRule({
  id: "aws-kms-policy-no-public-principal",
  title: "KMS key policy does not allow any principal",
  severity: "critical",
  aliases: ["CKV_AWS_33"],
  resourceTypes: ["aws_kms_key"],
  description: 'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the key.',
  remediation: namedPrincipalRemediation("kms:Decrypt"),
  check: publicCheck("key"),
  examples: {
    good: [example$5(statements$3.named), example$5(statements$3.narrowed)],
    bad: [example$5(statements$3.open)]
  }
});
var r187 = defineRule({
  id: "aws-lambda-code-signing",
  title: "Lambda function enforces code signing",
  severity: "low",
  aliases: ["CKV_AWS_272"],
  resourceTypes: ["aws_lambda_function"],
  description: "A code-signing configuration ensures only code signed by trusted publishers is deployed.",
  remediation: `\`\`\`hcl
code_signing_config_arn = aws_lambda_code_signing_config.this.arn
\`\`\``,
  check: expectAt("code_signing_config_arn", nonEmpty, "The function has no code-signing configuration", "fail"),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name           = "f"
  code_signing_config_arn = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-1"
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`
    ]
  }
});
var r188 = defineRule({
  id: "aws-lambda-concurrency-limit",
  title: "Lambda function has a concurrency limit",
  severity: "low",
  aliases: ["CKV_AWS_115"],
  resourceTypes: ["aws_lambda_function"],
  description: "Reserved concurrency caps how many copies run at once, so a traffic spike or loop cannot exhaust the account limit or a downstream database.",
  remediation: `\`\`\`hcl
reserved_concurrent_executions = 50
\`\`\``,
  check: expectAt("reserved_concurrent_executions", atLeast(0), "The function has no reserved concurrency limit", "fail"),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name                  = "f"
  reserved_concurrent_executions = 10
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`,
      `resource "aws_lambda_function" "f" {
  function_name                  = "f"
  reserved_concurrent_executions = -1
}`
    ]
  }
});
var r189 = defineRule({
  id: "aws-lambda-dead-letter-queue",
  title: "Lambda function has a dead-letter queue",
  severity: "low",
  aliases: ["CKV_AWS_116"],
  resourceTypes: ["aws_lambda_function"],
  description: "Failed asynchronous invocations are dropped unless a dead-letter queue (or destination) keeps them.",
  remediation: `\`\`\`hcl
dead_letter_config {
  target_arn = aws_sqs_queue.dlq.arn
}
\`\`\``,
  check: expectAt("dead_letter_config.target_arn", nonEmpty, "The function has no dead-letter queue", "fail"),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  dead_letter_config { target_arn = "arn:aws:sqs:us-east-1:123456789012:dlq" }
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`
    ]
  }
});
var r190 = defineRule({
  id: "aws-lambda-environment-cmk",
  title: "Lambda environment variables are encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_173"],
  resourceTypes: ["aws_lambda_function"],
  description: "Environment variables are encrypted at rest with the AWS-managed key aws/lambda unless kms_key_arn names a customer-managed key, which lets you restrict and audit who can read them.",
  remediation: `\`\`\`hcl
resource "aws_lambda_function" "api" {
  # \u2026
  kms_key_arn = aws_kms_key.lambda.arn
  environment {
    variables = { TABLE = aws_dynamodb_table.orders.name }
  }
}
\`\`\``,
  check: (res) => {
    const envs = blocks(res.attributes.environment);
    if (envs === void 0 || envs.length === 0) return;
    const key = read(res, "kms_key_arn");
    if (key === void 0) return;
    if (!str(key))
      return { attribute: "environment", message: "Environment variables are encrypted with the AWS-managed key (no kms_key_arn)" };
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  kms_key_arn   = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  environment {
    variables = { STAGE = "prod" }
  }
}`,
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  environment {
    variables = { STAGE = "prod" }
  }
}`
    ]
  }
});
var r191 = defineRule({
  id: "aws-lambda-in-vpc",
  title: "Lambda function runs inside a VPC",
  severity: "low",
  aliases: ["CKV_AWS_117"],
  resourceTypes: ["aws_lambda_function"],
  description: "Functions in a VPC reach private resources without public endpoints, and their egress can be controlled.",
  remediation: `\`\`\`hcl
vpc_config {
  subnet_ids         = aws_subnet.private[*].id
  security_group_ids = [aws_security_group.fn.id]
}
\`\`\``,
  check: expectAt("vpc_config", nonEmpty, "The function does not run inside a VPC", "fail"),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  vpc_config {
    subnet_ids         = ["subnet-1"]
    security_group_ids = ["sg-1"]
  }
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`
    ]
  }
});
var r192 = defineRule({
  id: "aws-lambda-no-secrets-in-environment",
  title: "Lambda environment variables contain no hard-coded secrets",
  severity: "high",
  aliases: ["CKV_AWS_45"],
  resourceTypes: ["aws_lambda_function"],
  description: "Environment variables are visible to anyone who can read the function configuration and end up in state files. Keep secrets in Secrets Manager or SSM and pass their ARN.",
  remediation: `\`\`\`hcl
environment {
  variables = {
    DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
  }
}
\`\`\``,
  check: (res) => {
    for (const env of blocks(res.attributes.environment) ?? []) {
      const vars = env.variables;
      if (!isObject(vars)) continue;
      for (const [name, value] of Object.entries(vars)) {
        if (typeof value === "string" && secretEnvVar(name, value))
          return { attribute: "environment", message: `Environment variable ${name} holds a hard-coded secret` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  environment {
    variables = {
      DB_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"
      LOG_LEVEL     = "info"
    }
  }
}`,
      `variable "db_password" { sensitive = true }
resource "aws_lambda_function" "f" {
  function_name = "f"
  environment {
    variables = { DB_PASSWORD = var.db_password }
  }
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  environment {
    variables = {
      DB_PASSWORD = "hunter2-prod-2024"
    }
  }
}`
    ]
  }
});
var r193 = defineRule({
  id: "aws-lambda-permission-not-public",
  title: "Lambda function is not invokable by any principal",
  severity: "critical",
  aliases: ["CKV_AWS_301"],
  resourceTypes: ["aws_lambda_permission"],
  description: 'A permission with principal "*" lets any AWS account invoke the function, unless narrowed by source_account or principal_org_id.',
  remediation: `\`\`\`hcl
resource "aws_lambda_permission" "s3" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.f.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}
\`\`\``,
  check: (res) => {
    if (str(read(res, "principal")) !== "*") return;
    if (typeof res.attributes.source_account === "string" || typeof res.attributes.principal_org_id === "string" || typeof res.attributes.source_arn === "string")
      return;
    if (typeof res.attributes.source_account === "symbol" || typeof res.attributes.principal_org_id === "symbol" || typeof res.attributes.source_arn === "symbol")
      return;
    return { attribute: "principal", message: "Any principal may invoke the function" };
  },
  examples: {
    good: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "123456789012"
}`
    ],
    bad: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "*"
}`
    ]
  }
});
var r194 = defineRule({
  id: "aws-lambda-permission-source-arn",
  title: "Lambda permissions for AWS services are limited by source ARN or account",
  severity: "medium",
  aliases: ["CKV_AWS_364", "AVD-AWS-0067"],
  legacyIds: ["aws-lambda-restrict-source-arn"],
  resourceTypes: ["aws_lambda_permission"],
  description: "A service principal (s3.amazonaws.com, sns.amazonaws.com, \u2026) without source_arn or source_account lets that service invoke the function on behalf of any account (confused deputy).",
  remediation: `\`\`\`hcl
principal  = "sns.amazonaws.com"
source_arn = aws_sns_topic.events.arn
\`\`\``,
  check: (res) => {
    const principal = str(read(res, "principal"));
    if (principal === void 0 || !principal.endsWith(".amazonaws.com")) return;
    const a = res.attributes;
    if (a.source_arn !== void 0 || a.source_account !== void 0 || a.principal_org_id !== void 0) return;
    return { attribute: "principal", message: `${principal} may invoke the function for any source` };
  },
  examples: {
    good: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::uploads"
}`
    ],
    bad: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "sns.amazonaws.com"
}`
    ]
  }
});
const DEPRECATED = /* @__PURE__ */ new Set([
  "nodejs",
  "nodejs4.3",
  "nodejs4.3-edge",
  "nodejs6.10",
  "nodejs8.10",
  "nodejs10.x",
  "nodejs12.x",
  "nodejs14.x",
  "nodejs16.x",
  "nodejs18.x",
  "python2.7",
  "python3.6",
  "python3.7",
  "python3.8",
  "ruby2.5",
  "ruby2.7",
  "ruby3.2",
  "java8",
  "dotnetcore1.0",
  "dotnetcore2.0",
  "dotnetcore2.1",
  "dotnetcore3.1",
  "dotnet5.0",
  "dotnet6",
  "dotnet7",
  "go1.x",
  "provided"
]);
var r195 = defineRule({
  id: "aws-lambda-supported-runtime",
  title: "Lambda function uses a supported runtime",
  severity: "medium",
  aliases: ["CKV_AWS_363"],
  resourceTypes: ["aws_lambda_function"],
  description: "Deprecated runtimes no longer receive security patches, and AWS eventually blocks updates to functions that use them.",
  remediation: `\`\`\`hcl
runtime = "nodejs22.x"
\`\`\``,
  check: (res) => {
    const r = str(res.attributes.runtime);
    if (r !== void 0 && DEPRECATED.has(r)) return { attribute: "runtime", message: `Runtime ${r} is deprecated` };
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  runtime       = "python3.13"
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  runtime       = "python3.7"
}`
    ]
  }
});
var r196 = defineRule({
  id: "aws-lambda-url-auth",
  title: "Lambda function URL requires IAM authentication",
  severity: "high",
  aliases: ["CKV_AWS_258"],
  resourceTypes: ["aws_lambda_function_url"],
  description: 'authorization_type = "NONE" makes the function invokable by anyone on the internet.',
  remediation: `\`\`\`hcl
authorization_type = "AWS_IAM"
\`\`\``,
  check: expectAt("authorization_type", equals("AWS_IAM"), 'The function URL is public (authorization_type = "NONE")', "fail"),
  examples: {
    good: [
      `resource "aws_lambda_function_url" "u" {
  function_name      = "f"
  authorization_type = "AWS_IAM"
}`
    ],
    bad: [
      `resource "aws_lambda_function_url" "u" {
  function_name      = "f"
  authorization_type = "NONE"
}`
    ]
  }
});
var r197 = defineRule({
  id: "aws-lambda-url-cors",
  title: "Lambda function URLs do not allow every origin with every method",
  severity: "medium",
  aliases: ["CKV2_AWS_75"],
  resourceTypes: ["aws_lambda_function"],
  description: 'A function URL whose CORS configuration allows origin "*" and method "*" can be called from scripts on any web site, with any verb. List the origins (and methods) that need it.',
  remediation: `\`\`\`hcl
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["GET", "POST"]
  }
}
\`\`\``,
  check: (fn, ctx) => {
    const { found } = ctx.linked(fn, "aws_lambda_function_url", "function_name", ["function_name"]);
    for (const url of found) {
      const named2 = /aws_lambda_function\.([\w-]+)/.exec(url.expressions?.function_name ?? "");
      if (named2 && named2[1] !== fn.name) continue;
      for (const c of blocks(url.attributes.cors) ?? []) {
        const origins = strings(read(c, "allow_origins"));
        const methods = strings(read(c, "allow_methods"));
        if (origins?.includes("*") && methods?.includes("*"))
          return { message: `The function URL ${url.address} allows every origin with every method (CORS "*")` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "app.zip"
}
resource "aws_lambda_function_url" "u" {
  function_name      = aws_lambda_function.f.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["*"]
  }
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "app.zip"
}
resource "aws_lambda_function_url" "u" {
  function_name      = aws_lambda_function.f.function_name
  authorization_type = "NONE"
  cors {
    allow_origins = ["*"]
    allow_methods = ["*"]
  }
}`
    ]
  }
});
var r198 = defineRule({
  id: "aws-lambda-xray-tracing",
  title: "Lambda function has X-Ray tracing",
  severity: "low",
  aliases: ["CKV_AWS_50", "AVD-AWS-0066"],
  legacyIds: ["aws-lambda-enable-tracing"],
  resourceTypes: ["aws_lambda_function"],
  description: "Active tracing records each invocation and its downstream calls, to find errors and latency.",
  remediation: `\`\`\`hcl
tracing_config {
  mode = "Active"
}
\`\`\``,
  check: expectAt("tracing_config.mode", equals("Active", "PassThrough"), "X-Ray tracing is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "arn:aws:iam::123456789012:role/f"
  tracing_config { mode = "Active" }
}`
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "arn:aws:iam::123456789012:role/f"
}`
    ]
  }
});
var r199 = defineRule({
  id: "aws-memorydb-cmk",
  title: "MemoryDB cluster is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_201"],
  resourceTypes: ["aws_memorydb_cluster"],
  description: "Without kms_key_arn the cluster is encrypted with an AWS-owned key, which your key policy cannot restrict or audit.",
  remediation: `\`\`\`hcl
kms_key_arn = aws_kms_key.memorydb.arn
\`\`\``,
  check: expectAt("kms_key_arn", nonEmpty, "The cluster does not name a KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_memorydb_cluster" "c" {
  name        = "cache"
  acl_name    = "open-access"
  node_type   = "db.t4g.small"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_memorydb_cluster" "c" {
  name      = "cache"
  acl_name  = "open-access"
  node_type = "db.t4g.small"
}`
    ]
  }
});
var r200 = defineRule({
  id: "aws-memorydb-tls",
  title: "MemoryDB cluster encrypts data in transit",
  severity: "high",
  aliases: ["CKV_AWS_202"],
  resourceTypes: ["aws_memorydb_cluster"],
  description: "Without TLS, commands, data and ACL passwords cross the network in clear text. TLS is on unless turned off.",
  remediation: `\`\`\`hcl
tls_enabled = true
\`\`\``,
  check: expectAt("tls_enabled", isTrue, "TLS is disabled", "pass"),
  examples: {
    good: [
      `resource "aws_memorydb_cluster" "c" {
  name      = "cache"
  acl_name  = "open-access"
  node_type = "db.t4g.small"
}`
    ],
    bad: [
      `resource "aws_memorydb_cluster" "c" {
  name        = "cache"
  acl_name    = "open-access"
  node_type   = "db.t4g.small"
  tls_enabled = false
}`
    ]
  }
});
var r201 = defineRule({
  id: "aws-mq-audit-logging",
  title: "Amazon MQ ActiveMQ brokers send audit logs to CloudWatch Logs",
  severity: "medium",
  aliases: ["CKV_AWS_197", "AVD-AWS-0070"],
  resourceTypes: ["aws_mq_broker"],
  description: "Audit logs record management actions taken through JMX and the ActiveMQ web console. RabbitMQ brokers have no audit log and are not judged.",
  remediation: `\`\`\`hcl
logs {
  general = true
  audit   = true # ActiveMQ only
}
\`\`\``,
  check: when(
    (r) => typeof r.attributes.engine_type === "string" && r.attributes.engine_type.toLowerCase() !== "rabbitmq",
    expectAt("logs.audit", isTrue, "The broker does not send audit logs to CloudWatch Logs (logs.audit is not true)", "fail")
  ),
  examples: {
    good: [
      `resource "aws_mq_broker" "b" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    general = true
  }
}`,
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    general = true
    audit   = true
  }
}`
    ],
    bad: [
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
}`,
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    audit = false
  }
}`
    ]
  }
});
var r202 = defineRule(
  cmkRule({
    id: "aws-mq-cmk",
    title: "Amazon MQ broker is encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_209"],
    type: "aws_mq_broker",
    path: "encryption_options.kms_key_id",
    what: "The broker",
    severity: "low",
    description: "Brokers are encrypted at rest with an AWS-owned key unless encryption_options names a customer-managed key; an AWS-owned key cannot be audited nor restricted.",
    body: `  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }`
  })
);
var r203 = defineRule({
  id: "aws-mq-general-logging",
  title: "Amazon MQ brokers send general logs to CloudWatch Logs",
  severity: "medium",
  aliases: ["CKV_AWS_48", "AVD-AWS-0071"],
  resourceTypes: ["aws_mq_broker"],
  description: "General logs record broker activity (connections, errors, configuration changes); without them a broker problem or intrusion leaves no trace.",
  remediation: `\`\`\`hcl
logs {
  general = true
  audit   = true # ActiveMQ only
}
\`\`\``,
  check: expectAt("logs.general", isTrue, "The broker does not send general logs to CloudWatch Logs (logs.general is not true)", "fail"),
  examples: {
    good: [
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    general = true
    audit   = true
  }
}`
    ],
    bad: [
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
}`,
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    general = false
  }
}`
    ]
  }
});
var r204 = defineRule({
  id: "aws-mq-no-public-access",
  title: "Amazon MQ broker is not publicly accessible",
  severity: "high",
  aliases: ["CKV_AWS_69", "AVD-AWS-0072"],
  legacyIds: ["aws-mq-no-public-access"],
  resourceTypes: ["aws_mq_broker"],
  description: "A publicly accessible broker exposes its endpoints and console to the internet.",
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt("publicly_accessible", isFalse, "The broker is publicly accessible", "pass"),
  examples: {
    good: [
      `resource "aws_mq_broker" "b" {
  broker_name = "jobs"
}`
    ],
    bad: [
      `resource "aws_mq_broker" "b" {
  broker_name         = "jobs"
  publicly_accessible = true
}`
    ]
  }
});
var r205 = defineRule({
  id: "aws-msk-encryption-in-transit",
  title: "MSK cluster encrypts client traffic in transit",
  severity: "high",
  aliases: ["CKV_AWS_81", "AVD-AWS-0073"],
  legacyIds: ["aws-msk-enable-in-transit-encryption"],
  resourceTypes: ["aws_msk_cluster"],
  description: 'client_broker = "PLAINTEXT" or "TLS_PLAINTEXT" lets clients talk to the brokers without TLS; in_cluster = false sends broker-to-broker traffic in clear.',
  remediation: `\`\`\`hcl
encryption_info {
  encryption_in_transit {
    client_broker = "TLS"
    in_cluster    = true
  }
}
\`\`\``,
  check: allOf(
    expectAt(
      "encryption_info.encryption_in_transit.client_broker",
      equals("TLS"),
      "Client traffic to the brokers may be unencrypted",
      "pass"
    ),
    expectAt(
      "encryption_info.encryption_in_transit.in_cluster",
      isTrue,
      "Traffic between brokers is not encrypted (in_cluster = false)",
      "pass"
    )
  ),
  examples: {
    good: [
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
}`
    ],
    bad: [
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
  encryption_info {
    encryption_in_transit { client_broker = "TLS_PLAINTEXT" }
  }
}`,
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = false
    }
  }
}`
    ]
  }
});
var r206 = defineRule({
  id: "aws-msk-logging",
  title: "MSK cluster sends broker logs somewhere",
  severity: "medium",
  aliases: ["CKV_AWS_80", "AVD-AWS-0074"],
  legacyIds: ["aws-msk-enable-logging"],
  resourceTypes: ["aws_msk_cluster"],
  description: "Broker logs (to CloudWatch Logs, Firehose or S3) record connection failures and authorization errors.",
  remediation: `\`\`\`hcl
logging_info {
  broker_logs {
    cloudwatch_logs {
      enabled   = true
      log_group = aws_cloudwatch_log_group.msk.name
    }
  }
}
\`\`\``,
  check: (res) => {
    const info = blocks(res.attributes.logging_info);
    if (!info) return;
    for (const li of info) {
      for (const bl of blocks(li.broker_logs) ?? []) {
        for (const dest of ["cloudwatch_logs", "s3", "firehose"]) {
          for (const d of blocks(bl[dest]) ?? []) {
            const on = bool(read(d, "enabled"), false);
            if (on !== false) return;
          }
        }
      }
    }
    return { attribute: info.length ? "logging_info" : void 0, message: "Broker logs are not sent anywhere" };
  },
  examples: {
    good: [
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "msk"
      }
    }
  }
}`
    ],
    bad: [`resource "aws_msk_cluster" "k" { cluster_name = "events" }`]
  }
});
var r207 = defineRule({
  id: "aws-msk-private-nodes",
  title: "MSK brokers are not reachable from the internet",
  severity: "high",
  aliases: ["CKV_AWS_291"],
  resourceTypes: ["aws_msk_cluster"],
  description: 'public_access type = "SERVICE_PROVIDED_EIPS" gives every broker a public address; only authentication then stands between the internet and the topics.',
  remediation: `\`\`\`hcl
broker_node_group_info {
  connectivity_info {
    public_access {
      type = "DISABLED"
    }
  }
}
\`\`\``,
  check: expectAt(
    "broker_node_group_info.connectivity_info.public_access.type",
    notEquals("SERVICE_PROVIDED_EIPS"),
    "The brokers have public IP addresses (public_access type SERVICE_PROVIDED_EIPS)",
    "pass"
  ),
  examples: {
    good: [
      `resource "aws_msk_cluster" "m" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}`
    ],
    bad: [
      `resource "aws_msk_cluster" "m" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS"
      }
    }
  }
}`
    ]
  }
});
var r208 = defineRule({
  id: "aws-neptune-audit-logs",
  title: "Neptune cluster exports audit logs",
  severity: "medium",
  aliases: ["CKV_AWS_101", "AVD-AWS-0075"],
  legacyIds: ["aws-neptune-enable-log-export"],
  resourceTypes: ["aws_neptune_cluster"],
  description: "Audit logs record the queries run against the graph and who ran them.",
  remediation: `\`\`\`hcl
enable_cloudwatch_logs_exports = ["audit"]
\`\`\``,
  check: expectAt(
    "enable_cloudwatch_logs_exports",
    (v) => Array.isArray(v) ? v.includes("audit") : void 0,
    "Audit logs are not exported",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier             = "graph"
  enable_cloudwatch_logs_exports = ["audit"]
}`
    ],
    bad: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier = "graph"
}`
    ]
  }
});
var r209 = defineRule({
  id: "aws-neptune-backup-retention",
  title: "Neptune clusters keep automated backups for at least 7 days",
  severity: "low",
  aliases: ["CKV_AWS_361"],
  resourceTypes: ["aws_neptune_cluster"],
  description: "backup_retention_period defaults to 1 day: a problem noticed after a weekend can no longer be undone by a point-in-time restore.",
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: expectAt("backup_retention_period", atLeast(7), "Automated backups are kept for less than 7 days", "fail"),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  backup_retention_period = 7
}`
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`
    ]
  }
});
var r210 = defineRule(
  cmkRule({
    id: "aws-neptune-cmk",
    title: "Neptune cluster is encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_347", "AVD-AWS-0128"],
    type: "aws_neptune_cluster",
    path: "kms_key_arn",
    what: "The Neptune cluster",
    severity: "low",
    description: "Without kms_key_arn an encrypted Neptune cluster uses the AWS-managed aws/rds key: its use cannot be restricted by a key policy, and snapshots cannot be shared across accounts.",
    body: `  cluster_identifier = "graph"
  storage_encrypted  = true`
  })
);
var r211 = defineRule({
  id: "aws-neptune-copy-tags-to-snapshot",
  title: "Neptune clusters copy tags to snapshots",
  severity: "low",
  aliases: ["CKV_AWS_362"],
  resourceTypes: ["aws_neptune_cluster"],
  description: "Snapshots without the cluster tags escape tag-based access control, cost allocation and retention policies.",
  remediation: `\`\`\`hcl
copy_tags_to_snapshot = true
\`\`\``,
  check: expectAt("copy_tags_to_snapshot", isTrue, "Tags are not copied to snapshots", "fail"),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  copy_tags_to_snapshot = true
}`
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`
    ]
  }
});
var r212 = defineRule({
  id: "aws-neptune-deletion-protection",
  title: "Neptune clusters have deletion protection",
  severity: "low",
  aliases: ["CKV2_AWS_58"],
  resourceTypes: ["aws_neptune_cluster"],
  description: "Without deletion_protection a mistaken destroy (or a replacement forced by a changed argument) deletes the database.",
  remediation: `\`\`\`hcl
deletion_protection = true
\`\`\``,
  check: expectAt("deletion_protection", isTrue, "Deletion protection is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  deletion_protection = true
}`
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`
    ]
  }
});
var r213 = defineRule({
  id: "aws-neptune-encryption",
  title: "Neptune cluster storage is encrypted",
  severity: "high",
  aliases: ["CKV_AWS_44", "AVD-AWS-0076"],
  legacyIds: ["aws-neptune-enable-storage-encryption"],
  resourceTypes: ["aws_neptune_cluster"],
  description: "Neptune clusters are unencrypted unless storage_encrypted = true.",
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_arn       = aws_kms_key.neptune.arn
\`\`\``,
  check: expectAt("storage_encrypted", isTrue, "The cluster storage is not encrypted", "fail"),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}`
    ],
    bad: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier = "graph"
}`
    ]
  }
});
var r214 = defineRule({
  id: "aws-neptune-iam-authentication",
  title: "Neptune clusters use IAM database authentication",
  severity: "medium",
  aliases: ["CKV_AWS_359"],
  resourceTypes: ["aws_neptune_cluster"],
  description: "Without IAM authentication any client that reaches the endpoint can query the graph; with it, requests must be signed by a principal allowed neptune-db:* actions.",
  remediation: `\`\`\`hcl
iam_database_authentication_enabled = true
\`\`\``,
  check: expectAt("iam_database_authentication_enabled", isTrue, "IAM database authentication is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  iam_database_authentication_enabled = true
}`
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`
    ]
  }
});
var r215 = defineRule({
  id: "aws-neptune-instance-not-public",
  title: "Neptune cluster instance is not publicly accessible",
  severity: "critical",
  aliases: ["CKV_AWS_102"],
  resourceTypes: ["aws_neptune_cluster_instance"],
  description: "A publicly accessible instance gets a public DNS name and address: the graph database becomes reachable from the internet, guarded only by its security groups.",
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt("publicly_accessible", isFalse, "The Neptune instance is publicly accessible", "pass"),
  examples: {
    good: [
      `resource "aws_neptune_cluster_instance" "i" {
  cluster_identifier = "graph"
  instance_class     = "db.r5.large"
}`
    ],
    bad: [
      `resource "aws_neptune_cluster_instance" "i" {
  cluster_identifier  = "graph"
  instance_class      = "db.r5.large"
  publicly_accessible = true
}`
    ]
  }
});
var r216 = defineRule({
  id: "aws-networkfirewall-deletion-protection",
  title: "Network Firewall has deletion protection",
  severity: "low",
  aliases: ["CKV_AWS_344"],
  resourceTypes: ["aws_networkfirewall_firewall"],
  description: "Deleting the firewall removes the inspection from every route through it at once. Deletion protection is off by default.",
  remediation: `\`\`\`hcl
delete_protection = true
\`\`\``,
  check: expectAt("delete_protection", isTrue, "The firewall can be deleted without first turning protection off", "fail"),
  examples: {
    good: [
      `resource "aws_networkfirewall_firewall" "f" {
  name                = "edge"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/edge"
  vpc_id              = "vpc-0123"
  delete_protection   = true
  subnet_mapping {
    subnet_id = "subnet-0123"
  }
}`
    ],
    bad: [
      `resource "aws_networkfirewall_firewall" "f" {
  name                = "edge"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/edge"
  vpc_id              = "vpc-0123"
  subnet_mapping {
    subnet_id = "subnet-0123"
  }
}`
    ]
  }
});
var r217 = defineRule({
  id: "aws-opensearch-audit-logging",
  title: "OpenSearch/Elasticsearch domains publish audit logs",
  severity: "medium",
  aliases: ["CKV_AWS_317"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: 'Audit logs record who authenticated and which indices and documents they read or changed; they need a log_publishing_options block with log_type = "AUDIT_LOGS" (and fine-grained access control on).',
  remediation: `\`\`\`hcl
log_publishing_options {
  log_type                 = "AUDIT_LOGS"
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.log_publishing_options);
    if (list === void 0) return;
    for (const o of list) {
      const type = read(o, "log_type");
      if (type === void 0) return;
      if (type !== "AUDIT_LOGS") continue;
      const enabled = bool(read(o, "enabled"), true);
      if (enabled !== false) return;
    }
    return {
      attribute: list.length ? "log_publishing_options" : void 0,
      message: 'The domain does not publish audit logs (no enabled log_publishing_options with log_type = "AUDIT_LOGS")'
    };
  },
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:audit"
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:slow"
  }
}`,
      `resource "aws_elasticsearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:audit"
    enabled                  = false
  }
}`
    ]
  }
});
var r218 = defineRule({
  id: "aws-opensearch-cmk",
  title: "OpenSearch domain is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_247"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "A customer-managed key controls who can decrypt the domain storage and snapshots.",
  remediation: `\`\`\`hcl
encrypt_at_rest {
  enabled    = true
  kms_key_id = aws_kms_key.search.arn
}
\`\`\``,
  check: expectAt("encrypt_at_rest.kms_key_id", nonEmpty, "The domain is not encrypted with a customer-managed KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest { enabled = true }
}`
    ]
  }
});
var r219 = defineRule({
  id: "aws-opensearch-dedicated-master",
  title: "OpenSearch/Elasticsearch domains use dedicated master nodes",
  severity: "low",
  aliases: ["CKV2_AWS_59"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "Without dedicated master nodes the data nodes also manage the cluster state; under heavy indexing or queries the cluster can lose its master and stop accepting writes.",
  remediation: `\`\`\`hcl
cluster_config {
  dedicated_master_enabled = true
  dedicated_master_type    = "m6g.large.search"
  dedicated_master_count   = 3
}
\`\`\``,
  check: expectAt("cluster_config.dedicated_master_enabled", isTrue, "The domain has no dedicated master nodes", "fail"),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = 3
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    instance_count = 2
  }
}`
    ]
  }
});
var r220 = defineRule({
  id: "aws-opensearch-encryption-at-rest",
  title: "OpenSearch domain is encrypted at rest",
  severity: "high",
  aliases: ["CKV_AWS_5", "AVD-AWS-0048"],
  legacyIds: ["aws-elastic-search-enable-domain-encryption", "aws-elasticsearch-enable-domain-encryption"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "Indices, logs and snapshots of the domain are unencrypted on disk unless encryption at rest is enabled.",
  remediation: `\`\`\`hcl
encrypt_at_rest {
  enabled = true
}
\`\`\``,
  check: expectAt("encrypt_at_rest.enabled", isTrue, "The domain is not encrypted at rest", "fail"),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest { enabled = true }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
      `resource "aws_elasticsearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest { enabled = false }
}`
    ]
  }
});
var r221 = defineRule({
  id: "aws-opensearch-enforce-https",
  title: "OpenSearch domain enforces HTTPS",
  severity: "high",
  aliases: ["CKV_AWS_83", "AVD-AWS-0046"],
  legacyIds: ["aws-elastic-search-enforce-https", "aws-elasticsearch-enforce-https"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "Without enforce_https the domain endpoint also accepts plain HTTP, exposing queries and credentials.",
  remediation: `\`\`\`hcl
domain_endpoint_options {
  enforce_https       = true
  tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
}
\`\`\``,
  check: expectAt("domain_endpoint_options.enforce_https", isTrue, "HTTPS is not enforced on the domain endpoint", "fail"),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options { enforce_https = true }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options { enforce_https = false }
}`
    ]
  }
});
var r222 = defineRule({
  id: "aws-opensearch-fine-grained-access",
  title: "OpenSearch domain has fine-grained access control",
  severity: "medium",
  aliases: ["CKV2_AWS_52"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "Fine-grained access control adds users, roles and index/document-level permissions inside the domain.",
  remediation: `\`\`\`hcl
advanced_security_options {
  enabled                        = true
  internal_user_database_enabled = false
  master_user_options {
    master_user_arn = aws_iam_role.search_admin.arn
  }
}
\`\`\``,
  check: expectAt("advanced_security_options.enabled", isTrue, "Fine-grained access control is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  advanced_security_options { enabled = true }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`
    ]
  }
});
var r223 = defineRule({
  id: "aws-opensearch-high-availability",
  title: "OpenSearch/Elasticsearch domains have three dedicated masters and zone awareness",
  severity: "low",
  aliases: ["CKV_AWS_318"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "A domain survives the loss of a node or an availability zone only with at least three dedicated master nodes (a quorum) and zone awareness spreading nodes across zones.",
  remediation: `\`\`\`hcl
cluster_config {
  dedicated_master_enabled = true
  dedicated_master_count   = 3
  zone_awareness_enabled   = true
  zone_awareness_config {
    availability_zone_count = 3
  }
}
\`\`\``,
  check: (res) => {
    const cfg = blocks(res.attributes.cluster_config);
    if (cfg === void 0) return;
    const c = cfg[0];
    const countRead = c ? read(c, "dedicated_master_count") : void 0;
    const zoneRead = c ? read(c, "zone_awareness_enabled") : void 0;
    if (c && (countRead === void 0 || zoneRead === void 0)) return;
    const count = c ? num(countRead) ?? 0 : 0;
    const zones = c ? bool(zoneRead, false) : false;
    if (count >= 3 && zones === true) return;
    return {
      attribute: c ? "cluster_config" : void 0,
      message: count < 3 ? "The domain has fewer than three dedicated master nodes" : "Zone awareness is not enabled"
    };
  },
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = 3
    zone_awareness_enabled   = true
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = 3
  }
}`,
      `resource "aws_elasticsearch_domain" "d" {
  domain_name = "search"
}`
    ]
  }
});
var r224 = defineRule({
  id: "aws-opensearch-in-vpc",
  title: "OpenSearch domain is deployed inside a VPC",
  severity: "medium",
  aliases: ["CKV_AWS_137"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "A domain outside a VPC has a public endpoint, protected only by its access policy.",
  remediation: `\`\`\`hcl
vpc_options {
  subnet_ids         = var.private_subnet_ids
  security_group_ids = [aws_security_group.search.id]
}
\`\`\``,
  check: expectAt("vpc_options", nonEmpty, "The domain is not deployed inside a VPC", "fail"),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`
    ]
  }
});
var r225 = defineRule({
  id: "aws-opensearch-logging",
  title: "OpenSearch domain publishes logs to CloudWatch",
  severity: "medium",
  aliases: ["CKV_AWS_84", "AVD-AWS-0042"],
  legacyIds: ["aws-elastic-search-enable-domain-logging", "aws-elasticsearch-enable-domain-logging"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "Published logs (audit, error, slow logs) record who accessed the domain and what failed.",
  remediation: `\`\`\`hcl
log_publishing_options {
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  log_type                 = "AUDIT_LOGS"
}
\`\`\``,
  // Blocks with enabled = false publish nothing (enabled defaults to true).
  check: (res) => {
    const all = blocks(res.attributes.log_publishing_options);
    if (all === void 0) return;
    const states = all.map((b) => bool(read(b, "enabled"), true));
    if (states.some((s) => s !== false)) return;
    return all.length === 0 ? { message: "The domain publishes no logs" } : { attribute: "log_publishing_options", message: "Every log_publishing_options block is disabled" };
  },
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:search"
    log_type                 = "AUDIT_LOGS"
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`
    ]
  }
});
var r226 = defineRule({
  id: "aws-opensearch-node-to-node-encryption",
  title: "OpenSearch domain encrypts node-to-node traffic",
  severity: "high",
  aliases: ["CKV_AWS_6", "AVD-AWS-0043"],
  legacyIds: ["aws-elastic-search-enable-in-transit-encryption", "aws-elasticsearch-enable-in-transit-encryption"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "Without node-to-node encryption, data moves between cluster nodes in clear text. A single-node domain (instance_count = 1, no dedicated masters) has no such traffic.",
  remediation: `\`\`\`hcl
node_to_node_encryption {
  enabled = true
}
\`\`\``,
  check: when(hasSeveralNodes, expectAt("node_to_node_encryption.enabled", isTrue, "Node-to-node encryption is not enabled", "fail")),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  node_to_node_encryption { enabled = true }
}`,
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config { instance_count = 1 }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config { instance_count = 3 }
  node_to_node_encryption { enabled = false }
}`
    ]
  }
});
function hasSeveralNodes(res) {
  const count = read(res, "cluster_config.instance_count");
  if (count === MISSING) return true;
  const n = num(count);
  if (n === void 0) return void 0;
  if (n > 1) return true;
  const masters = bool(read(res, "cluster_config.dedicated_master_enabled"), false);
  return masters === void 0 ? void 0 : masters;
}
var r227 = defineRule({
  id: "aws-opensearch-tls-policy",
  title: "OpenSearch domain requires TLS 1.2 or later",
  severity: "high",
  aliases: ["CKV_AWS_228", "AVD-AWS-0126"],
  legacyIds: ["aws-elastic-search-use-secure-tls-policy", "aws-elasticsearch-use-secure-tls-policy"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "The Policy-Min-TLS-1-0-2019-07 policy still accepts TLS 1.0 and 1.1.",
  remediation: `\`\`\`hcl
domain_endpoint_options {
  enforce_https       = true
  tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
}
\`\`\``,
  check: expectAt(
    "domain_endpoint_options.tls_security_policy",
    (v) => typeof v === "string" ? !v.includes("TLS-1-0") : void 0,
    "The domain accepts TLS versions older than 1.2",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}`
    ]
  }
});
var r228 = defineRule({
  id: "aws-opensearch-vpc-security-groups",
  title: "OpenSearch domain in a VPC names its security groups",
  severity: "medium",
  aliases: ["CKV_AWS_248"],
  resourceTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
  description: "A domain placed in a VPC without security_group_ids gets the VPC's default security group, which usually admits every other member of that group. A domain with no vpc_options has a public endpoint and no security groups at all (other rules judge that).",
  remediation: `\`\`\`hcl
vpc_options {
  subnet_ids         = [aws_subnet.private.id]
  security_group_ids = [aws_security_group.search.id]
}
\`\`\``,
  check: when(
    (res) => {
      const list = blocks(res.attributes.vpc_options);
      return list === void 0 ? void 0 : list.length > 0;
    },
    expectAt("vpc_options.security_group_ids", nonEmpty, "The domain uses the VPC default security group", "fail")
  ),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids         = ["subnet-0123"]
    security_group_ids = ["sg-0123"]
  }
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-0123"]
  }
}`
    ]
  }
});
const ACCESS_KEY = /^[A-Z0-9]{20}$/;
const SECRET_KEY = /^[A-Za-z0-9/+=]{40}$/;
var r229 = defineRule({
  id: "aws-provider-no-hardcoded-credentials",
  title: "The aws provider block holds no hard-coded access key or secret key",
  severity: "critical",
  aliases: ["CKV_AWS_41"],
  resourceTypes: ["provider.aws"],
  description: "Keys written in a provider block are committed with the code and read by everyone who can read the repository. Use the standard credential chain (environment, shared config, SSO, an instance or OIDC role) instead.",
  remediation: `Remove \`access_key\` and \`secret_key\` and let the provider use the credential chain:
\`\`\`hcl
provider "aws" {
  region = "eu-west-1"
  # credentials from AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO or an assumed role
}
\`\`\``,
  check: (res) => {
    const issues = [];
    const access = res.attributes.access_key;
    const secret = res.attributes.secret_key;
    if (typeof access === "string" && ACCESS_KEY.test(access.trim())) {
      issues.push({ attribute: "access_key", message: `provider "${res.name}" has a hard-coded access key` });
    }
    if (typeof secret === "string" && SECRET_KEY.test(secret.trim())) {
      issues.push({ attribute: "secret_key", message: `provider "${res.name}" has a hard-coded secret key` });
    }
    return issues;
  },
  examples: {
    good: [
      `provider "aws" {
  region = "us-east-1"
}`,
      `variable "access_key" {}
variable "secret_key" {}
provider "aws" {
  region     = "us-east-1"
  access_key = var.access_key
  secret_key = var.secret_key
}`
    ],
    bad: [
      `provider "aws" {
  region     = "us-west-2"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}`,
      `provider "aws" {
  alias      = "plain"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}`
    ]
  }
});
var r230 = defineRule({
  id: "aws-rds-auto-minor-version-upgrade",
  title: "RDS instance applies minor engine upgrades automatically",
  severity: "low",
  aliases: ["CKV_AWS_226"],
  resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
  description: "Minor engine versions carry security fixes; turning automatic minor upgrades off leaves them unapplied.",
  remediation: `\`\`\`hcl
auto_minor_version_upgrade = true
\`\`\``,
  check: expectAt("auto_minor_version_upgrade", isTrue, "Automatic minor version upgrades are disabled", "pass"),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class             = "db.t3.micro"
  auto_minor_version_upgrade = false
}`
    ]
  }
});
var r231 = defineRule(
  cmkRule({
    id: "aws-rds-backup-replication-cmk",
    title: "Replicated RDS automated backups are encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_245"],
    type: "aws_db_instance_automated_backups_replication",
    path: "kms_key_id",
    what: "The replicated backup",
    severity: "low",
    description: "Automated backups replicated to another region are encrypted with the key named by kms_key_id; without it they use the AWS-managed key of the destination region.",
    body: `  source_db_instance_arn = "arn:aws:rds:eu-west-1:123456789012:db:app"`
  })
);
var r232 = defineRule({
  id: "aws-rds-backup-retention",
  title: "RDS instance or cluster keeps automated backups",
  severity: "medium",
  aliases: ["CKV_AWS_133", "AVD-AWS-0077"],
  legacyIds: ["aws-rds-specify-backup-retention"],
  resourceTypes: ["aws_db_instance", "aws_rds_cluster"],
  description: "backup_retention_period = 0 disables automated backups and point-in-time recovery; AWS accepts 1 to 35 days, so a larger value fails at apply time and leaves the database without the intended backups.",
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: allOf(
    expectAt("backup_retention_period", atLeast(1), "Automated backups are disabled (backup_retention_period = 0)", "pass"),
    // Checkov (CKV_AWS_133) fails values above the AWS maximum too: the plan cannot be applied as written.
    expectAt(
      "backup_retention_period",
      atMost(35),
      (v) => `backup_retention_period = ${String(v)} exceeds the AWS maximum of 35 days`,
      "pass"
    )
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class          = "db.t3.micro"
  backup_retention_period = 7
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class          = "db.t3.micro"
  backup_retention_period = 0
}`,
      `resource "aws_rds_cluster" "c" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 36
}`
    ]
  }
});
const RETIRED = /* @__PURE__ */ new Set(["rds-ca-2015", "rds-ca-2019"]);
var r233 = defineRule({
  id: "aws-rds-ca-certificate",
  title: "RDS instance uses a current certificate authority",
  severity: "low",
  aliases: ["CKV_AWS_211"],
  resourceTypes: ["aws_db_instance"],
  description: "Clients verifying TLS against a retired RDS CA fail, or are pushed to turn verification off.",
  remediation: `\`\`\`hcl
ca_cert_identifier = "rds-ca-rsa2048-g1"
\`\`\``,
  check: (res) => {
    const ca = str(res.attributes.ca_cert_identifier);
    if (ca !== void 0 && RETIRED.has(ca))
      return { attribute: "ca_cert_identifier", message: `The certificate authority ${ca} is retired` };
  },
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class     = "db.t3.micro"
  ca_cert_identifier = "rds-ca-rsa2048-g1"
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class     = "db.t3.micro"
  ca_cert_identifier = "rds-ca-2019"
}`
    ]
  }
});
const AUDIT_ENGINES = /* @__PURE__ */ new Set(["aurora", "aurora-mysql", "mysql"]);
var r234 = defineRule({
  id: "aws-rds-cluster-audit-logging",
  title: "Aurora MySQL and Multi-AZ MySQL clusters export audit logs",
  severity: "medium",
  aliases: ["CKV_AWS_325"],
  resourceTypes: ["aws_rds_cluster"],
  description: "The audit log records connections and queries (with server_audit_logging on in the parameter group); exporting it to CloudWatch Logs keeps it after the instance is gone and lets it be searched and alarmed on. PostgreSQL clusters have no audit log export and are not judged.",
  remediation: `\`\`\`hcl
resource "aws_rds_cluster" "db" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
  # \u2026
}
\`\`\``,
  check: (res) => {
    const engine = read(res, "engine");
    if (engine === void 0) return;
    if (engine !== MISSING && !(typeof engine === "string" && AUDIT_ENGINES.has(engine))) return;
    const exports = strings(read(res, "enabled_cloudwatch_logs_exports"));
    if (exports === void 0 || exports.includes("audit")) return;
    return {
      attribute: exports.length ? "enabled_cloudwatch_logs_exports" : void 0,
      message: 'The cluster does not export its audit log (enabled_cloudwatch_logs_exports lacks "audit")'
    };
  },
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}`,
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-postgresql"
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
      `resource "aws_rds_cluster" "c" {
  engine                          = "mysql"
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}`
    ]
  }
});
const BACKTRACK_ENGINES = /* @__PURE__ */ new Set(["aurora", "aurora-mysql"]);
var r235 = defineRule({
  id: "aws-rds-cluster-backtrack",
  title: "Aurora MySQL clusters have Backtrack enabled",
  severity: "low",
  aliases: ["CKV_AWS_326"],
  resourceTypes: ["aws_rds_cluster"],
  description: "Backtrack rewinds an Aurora MySQL cluster to a point in time within seconds, without restoring a snapshot into a new cluster \u2014 the quickest undo for a bad migration or a mistaken DELETE. Other engines do not support it and are not judged.",
  remediation: `\`\`\`hcl
resource "aws_rds_cluster" "db" {
  engine           = "aurora-mysql"
  backtrack_window = 86400 # seconds (up to 72 hours)
  # \u2026
}
\`\`\``,
  check: (res) => {
    const engine = read(res, "engine");
    if (engine === void 0) return;
    if (engine !== MISSING && !(typeof engine === "string" && BACKTRACK_ENGINES.has(engine))) return;
    const w = read(res, "backtrack_window");
    if (w === void 0) return;
    if (w === MISSING) return { message: "Backtrack is not enabled (backtrack_window is not set)" };
    const n = num(w);
    if (n !== void 0 && n <= 0) return { attribute: "backtrack_window", message: "Backtrack is not enabled (backtrack_window = 0)" };
  },
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine           = "aurora-mysql"
  backtrack_window = 86400
}`,
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-postgresql"
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
      `resource "aws_rds_cluster" "c" {
  engine           = "aurora-mysql"
  backtrack_window = 0
}`
    ]
  }
});
const retention = expectAt("backup_retention_period", atLeast(2), "Backups are kept for less than two days", "fail");
var r236 = defineRule({
  id: "aws-rds-cluster-backup-retention",
  title: "RDS cluster or instance keeps backups for more than one day",
  severity: "low",
  aliases: ["AVD-AWS-0077"],
  legacyIds: ["aws-rds-specify-backup-retention"],
  resourceTypes: ["aws_rds_cluster", "aws_db_instance"],
  description: "Clusters and instances created through the API keep one day of backups by default; a longer retention allows recovery from problems noticed late (AWS Security Hub RDS.11 asks for 7 days). Read replicas (replicate_source_db) are not judged: their source keeps the backups.",
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: (res, ctx) => {
    const replica = read(res, "replicate_source_db");
    if (replica === void 0 || isSet(replica)) return;
    return retention(res);
  },
  examples: {
    good: [
      `resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "main-db"
}`,
      `resource "aws_rds_cluster" "c" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 7
  storage_encrypted       = true
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}`,
      `resource "aws_db_instance" "db" {
  instance_class          = "db.t3.micro"
  engine                  = "postgres"
  backup_retention_period = 1
}`
    ]
  }
});
var r237 = defineRule({
  id: "aws-rds-cluster-cmk",
  title: "RDS cluster is encrypted with a customer-managed KMS key",
  severity: "low",
  // Trivy's AVD-AWS-0079 fails a cluster not encrypted (aws-rds-cluster-encryption) and one encrypted without a customer-managed key (this rule).
  aliases: ["CKV_AWS_327", "AVD-AWS-0079"],
  resourceTypes: ["aws_rds_cluster"],
  description: "A customer-managed key controls who can decrypt the cluster storage, snapshots and cross-account copies.",
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.rds.arn
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The cluster is not encrypted with a customer-managed KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-mysql"
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-mysql"
  storage_encrypted = true
}`
    ]
  }
});
var r238 = defineRule({
  id: "aws-rds-cluster-copy-tags-to-snapshot",
  title: "RDS cluster copies tags to snapshots",
  severity: "low",
  aliases: ["CKV_AWS_313"],
  resourceTypes: ["aws_rds_cluster"],
  description: "Snapshots without the cluster tags lose ownership and data-classification information.",
  remediation: `\`\`\`hcl
copy_tags_to_snapshot = true
\`\`\``,
  check: expectAt("copy_tags_to_snapshot", isTrue, "Tags are not copied to cluster snapshots", "fail"),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                = "aurora-mysql"
  copy_tags_to_snapshot = true
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`
    ]
  }
});
var r239 = defineRule({
  id: "aws-rds-cluster-deletion-protection",
  title: "RDS cluster has deletion protection",
  severity: "low",
  aliases: ["CKV_AWS_139"],
  resourceTypes: ["aws_rds_cluster"],
  description: "Deletion protection stops the cluster from being deleted until it is turned off.",
  remediation: `\`\`\`hcl
deletion_protection = true
\`\`\``,
  check: expectAt("deletion_protection", isTrue, "Deletion protection is not enabled on the cluster", "fail"),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine              = "aurora-mysql"
  deletion_protection = true
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`
    ]
  }
});
var r240 = defineRule({
  id: "aws-rds-cluster-encryption",
  title: "Aurora/RDS cluster storage is encrypted",
  severity: "high",
  aliases: ["CKV_AWS_96", "AVD-AWS-0079"],
  legacyIds: ["aws-rds-encrypt-cluster-storage-data"],
  resourceTypes: ["aws_rds_cluster"],
  description: "Unencrypted cluster storage exposes data, backups and snapshots at rest. Serverless v1 clusters are always encrypted and are not reported.",
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.rds.arn
\`\`\``,
  check: when(
    (r) => r.attributes.engine_mode !== "serverless" && r.attributes.replication_source_identifier === void 0,
    expectAt("storage_encrypted", isTrue, "The cluster storage is not encrypted", "fail")
  ),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-mysql"
  storage_encrypted = true
}`,
      `resource "aws_rds_cluster" "c" {
  engine      = "aurora-mysql"
  engine_mode = "serverless"
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`
    ]
  }
});
var r241 = defineRule({
  id: "aws-rds-cluster-iam-authentication",
  title: "RDS cluster uses IAM database authentication",
  severity: "medium",
  aliases: ["CKV_AWS_162"],
  resourceTypes: ["aws_rds_cluster"],
  description: "IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities.",
  remediation: `\`\`\`hcl
iam_database_authentication_enabled = true
\`\`\``,
  check: expectAt("iam_database_authentication_enabled", isTrue, "IAM database authentication is not enabled on the cluster", "fail"),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                              = "aurora-postgresql"
  iam_database_authentication_enabled = true
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-postgresql"
}`
    ]
  }
});
var r242 = defineRule({
  id: "aws-rds-cluster-log-exports",
  title: "RDS cluster exports its logs to CloudWatch",
  severity: "low",
  aliases: ["CKV_AWS_324"],
  resourceTypes: ["aws_rds_cluster"],
  description: "Exported cluster logs (audit, error, slow query, postgresql) survive the cluster and can be searched and alarmed on.",
  remediation: `\`\`\`hcl
enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
\`\`\``,
  check: expectAt("enabled_cloudwatch_logs_exports", nonEmpty, "No cluster logs are exported to CloudWatch", "fail"),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit"]
}`
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`
    ]
  }
});
var r243 = defineRule({
  id: "aws-rds-copy-tags-to-snapshot",
  title: "RDS instance copies tags to snapshots",
  severity: "low",
  aliases: ["CKV2_AWS_60"],
  resourceTypes: ["aws_db_instance"],
  description: "Snapshots without the instance tags lose ownership and data-classification information.",
  remediation: `\`\`\`hcl
copy_tags_to_snapshot = true
\`\`\``,
  check: expectAt("copy_tags_to_snapshot", isTrue, "Tags are not copied to snapshots", "fail"),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class        = "db.t3.micro"
  copy_tags_to_snapshot = true
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`
    ]
  }
});
var r244 = defineRule({
  id: "aws-rds-deletion-protection",
  title: "RDS instance has deletion protection",
  severity: "low",
  aliases: ["CKV_AWS_293", "AVD-AWS-0177"],
  legacyIds: ["aws-rds-enable-deletion-protection"],
  resourceTypes: ["aws_db_instance"],
  description: "Deletion protection stops the database from being deleted by an API call or a terraform destroy until it is turned off.",
  remediation: `\`\`\`hcl
deletion_protection = true
\`\`\``,
  check: expectAt("deletion_protection", isTrue, "Deletion protection is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class      = "db.t3.micro"
  deletion_protection = true
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`
    ]
  }
});
var r245 = defineRule({
  id: "aws-rds-encryption",
  title: "RDS instance storage is encrypted",
  severity: "high",
  aliases: ["CKV_AWS_16", "AVD-AWS-0080"],
  legacyIds: ["aws-rds-encrypt-instance-storage-data"],
  resourceTypes: ["aws_db_instance"],
  description: "Unencrypted database storage exposes data, logs, backups and snapshots at rest. Read replicas inherit the source encryption and are not reported.",
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.rds.arn
\`\`\``,
  check: when(
    (r) => r.attributes.replicate_source_db === void 0,
    expectAt("storage_encrypted", isTrue, "The database storage is not encrypted", "fail")
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = true
}`,
      `resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "primary-db"
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
}`
    ]
  }
});
function familyOf(engineOrFamily) {
  if (engineOrFamily.startsWith("postgres")) return "postgres";
  if (engineOrFamily.startsWith("mysql") || engineOrFamily.startsWith("mariadb")) return "mysql";
  if (engineOrFamily.startsWith("sqlserver")) return "sqlserver";
  if (/(^|[^a-z])db2-/.test(engineOrFamily)) return "db2";
  return void 0;
}
const PARAM = {
  postgres: { name: "rds.force_ssl", on: ["1", "true", "on"] },
  mysql: { name: "require_secure_transport", on: ["1", "true", "on"] },
  sqlserver: { name: "rds.force_ssl", on: ["1", "true", "on"] },
  db2: { name: "db2comm", on: ["ssl"] }
};
function defaultForcesTls(family, version) {
  if (family !== "postgres") return false;
  if (version === void 0) return true;
  const major = Number(/^(\d+)/.exec(version)?.[1]);
  return Number.isNaN(major) ? void 0 : major >= 15;
}
function groupsByName(ctx) {
  return ctx.memo("rds-encryption-in-transit:groups", () => {
    const m = /* @__PURE__ */ new Map();
    for (const g of ctx.ofType("aws_db_parameter_group")) {
      const name = g.attributes.name;
      if (typeof name !== "string") continue;
      let list = m.get(name);
      if (!list) m.set(name, list = []);
      list.push(g);
    }
    return m;
  });
}
function parameterGroup(db, ctx) {
  const ref = /aws_db_parameter_group\.([\w-]+)/.exec(db.expressions?.parameter_group_name ?? "");
  if (ref) {
    const found2 = ctx.inModuleOf(db, `aws_db_parameter_group.${ref[1]}`);
    return found2.length === 1 ? found2[0] : void 0;
  }
  const name = db.attributes.parameter_group_name;
  if (typeof name !== "string") return void 0;
  const found = groupsByName(ctx).get(name) ?? [];
  return found.length === 1 ? found[0] : void 0;
}
var r246 = defineRule({
  id: "aws-rds-encryption-in-transit",
  title: "RDS instances require TLS from clients",
  severity: "medium",
  aliases: ["CKV2_AWS_69"],
  resourceTypes: ["aws_db_instance"],
  description: "RDS offers TLS but accepts plain connections unless the parameter group requires it: rds.force_ssl = 1 (PostgreSQL, SQL Server), require_secure_transport = 1 (MySQL, MariaDB) or db2comm = SSL (Db2). PostgreSQL 15 and later force TLS in their default parameter group; earlier versions and the other engines do not. Oracle (native network encryption, an option group setting) is not judged.",
  remediation: `\`\`\`hcl
resource "aws_db_parameter_group" "app" {
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_db_instance" "app" {
  # \u2026
  parameter_group_name = aws_db_parameter_group.app.name
}
\`\`\``,
  check: (db, ctx) => {
    const engine = read(db, "engine");
    if (engine === void 0) return;
    let family = typeof engine === "string" ? familyOf(engine) : void 0;
    if (typeof engine === "string" && !family) return;
    const pgName = read(db, "parameter_group_name");
    const hasGroup = typeof pgName !== "symbol" || db.expressions?.parameter_group_name !== void 0;
    if (!hasGroup || typeof pgName === "string" && pgName.startsWith("default.")) {
      if (!family) return;
      const versionRead = read(db, "engine_version");
      if (versionRead === void 0) return;
      const forced2 = defaultForcesTls(family, str(versionRead));
      return forced2 === false ? { message: `Clients may connect without TLS (${PARAM[family].name} is not set): the default parameter group does not require it` } : void 0;
    }
    const group = parameterGroup(db, ctx);
    if (!group) return;
    const familyName = str(read(group, "family"));
    family ??= familyName === void 0 ? void 0 : familyOf(familyName);
    if (!family) return;
    const { name: param, on } = PARAM[family];
    const msg = `Clients may connect without TLS (${param} is not ${on[0]})`;
    const params = blocks(group.attributes.parameter);
    if (params === void 0) return;
    for (const p of params) {
      const name = read(p, "name");
      if (name === void 0) return;
      if (name !== param) continue;
      const value = read(p, "value");
      if (value === void 0) return;
      return on.includes((str(value) ?? "").toLowerCase()) ? void 0 : { attribute: "parameter_group_name", message: msg };
    }
    if (familyName === void 0) return;
    const version = /^postgres(\d+)/.exec(familyName)?.[1];
    const forced = family === "postgres" ? version === void 0 ? void 0 : Number(version) >= 15 : false;
    if (forced === false) return { attribute: "parameter_group_name", message: msg };
  },
  examples: {
    good: [
      `resource "aws_db_parameter_group" "p" {
  name   = "app"
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}
resource "aws_db_instance" "db" {
  engine               = "mysql"
  instance_class       = "db.t3.micro"
  parameter_group_name = aws_db_parameter_group.p.name
}`,
      `resource "aws_db_instance" "db" {
  engine         = "postgres"
  engine_version = "16.3"
  instance_class = "db.t3.micro"
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine         = "mysql"
  instance_class = "db.t3.micro"
}`,
      `resource "aws_db_parameter_group" "p" {
  name   = "app"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}
resource "aws_db_instance" "db" {
  engine               = "postgres"
  engine_version       = "14.10"
  instance_class       = "db.t3.micro"
  parameter_group_name = aws_db_parameter_group.p.name
}`
    ]
  }
});
var r247 = defineRule({
  id: "aws-rds-enhanced-monitoring",
  title: "RDS instance has enhanced monitoring",
  severity: "low",
  aliases: ["CKV_AWS_118"],
  resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
  description: "Enhanced monitoring reports OS-level metrics (CPU steal, memory, processes) every few seconds.",
  remediation: `\`\`\`hcl
monitoring_interval = 30
monitoring_role_arn = aws_iam_role.rds_monitoring.arn
\`\`\``,
  check: expectAt("monitoring_interval", atLeast(1), "Enhanced monitoring is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class      = "db.t3.micro"
  monitoring_interval = 60
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`
    ]
  }
});
var r248 = defineRule({
  id: "aws-rds-global-cluster-encryption",
  title: "RDS global cluster storage is encrypted",
  severity: "high",
  aliases: ["CKV_AWS_140"],
  resourceTypes: ["aws_rds_global_cluster"],
  description: "An Aurora global database created from scratch is unencrypted unless storage_encrypted = true; every regional cluster inherits it and it cannot be changed later. A global cluster built from an existing cluster (source_db_cluster_identifier) takes that cluster\u2019s encryption and is not judged here.",
  remediation: `\`\`\`hcl
resource "aws_rds_global_cluster" "db" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}
\`\`\``,
  check: when(
    (r) => r.attributes.source_db_cluster_identifier === void 0 || r.attributes.source_db_cluster_identifier === null,
    expectAt("storage_encrypted", isTrue, "The global cluster does not encrypt its storage (storage_encrypted is not true)", "fail")
  ),
  examples: {
    good: [
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}`,
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier    = "app"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:app"
}`
    ],
    bad: [
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
}`,
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app"
  storage_encrypted         = false
}`
    ]
  }
});
var r249 = defineRule({
  id: "aws-rds-iam-authentication",
  title: "RDS instance uses IAM database authentication",
  severity: "medium",
  aliases: ["CKV_AWS_161", "AVD-AWS-0176"],
  legacyIds: ["aws-rds-enable-iam-auth"],
  resourceTypes: ["aws_db_instance"],
  description: "IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities (MySQL and PostgreSQL engines).",
  remediation: `\`\`\`hcl
iam_database_authentication_enabled = true
\`\`\``,
  check: when(
    (r) => typeof r.attributes.engine === "string" ? /^(mysql|postgres|mariadb)/.test(r.attributes.engine) : void 0,
    expectAt("iam_database_authentication_enabled", isTrue, "IAM database authentication is not enabled", "fail")
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  iam_database_authentication_enabled = true
}`,
      `resource "aws_db_instance" "db" {
  engine         = "sqlserver-ex"
  instance_class = "db.t3.micro"
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine         = "mysql"
  instance_class = "db.t3.micro"
}`
    ]
  }
});
var r250 = defineRule({
  id: "aws-rds-log-exports",
  title: "RDS instance exports its logs to CloudWatch",
  severity: "low",
  aliases: ["CKV_AWS_129"],
  resourceTypes: ["aws_db_instance"],
  description: "Exported database logs (error, general, slow query, audit, postgresql) survive the instance and can be searched and alarmed on.",
  remediation: `\`\`\`hcl
enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
\`\`\``,
  check: expectAt("enabled_cloudwatch_logs_exports", nonEmpty, "No database logs are exported to CloudWatch", "fail"),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class                  = "db.t3.micro"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`
    ]
  }
});
var r251 = defineRule({
  id: "aws-rds-multi-az",
  title: "RDS instance is Multi-AZ",
  severity: "low",
  aliases: ["CKV_AWS_157"],
  resourceTypes: ["aws_db_instance"],
  description: "A Multi-AZ deployment keeps a standby in another availability zone and fails over automatically.",
  remediation: `\`\`\`hcl
multi_az = true
\`\`\``,
  check: when(
    (r) => r.attributes.replicate_source_db === void 0,
    expectAt("multi_az", isTrue, "The database is not deployed across availability zones", "fail")
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
  multi_az       = true
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`
    ]
  }
});
var r252 = defineRule({
  id: "aws-rds-no-classic-security-group",
  title: "No DB security group (EC2-Classic) is declared",
  severity: "low",
  aliases: ["CKV_AWS_198"],
  resourceTypes: ["aws_db_security_group"],
  description: "DB security groups only apply to databases outside a VPC (EC2-Classic, retired in 2022). Databases in a VPC are protected by VPC security groups (vpc_security_group_ids).",
  remediation: `Remove the \`aws_db_security_group\` and attach a VPC security group:

\`\`\`hcl
resource "aws_db_instance" "db" {
  vpc_security_group_ids = [aws_security_group.db.id]
}
\`\`\``,
  check: () => ({ message: "A DB security group is an EC2-Classic resource; use a VPC security group" }),
  examples: {
    good: [
      `resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123"
}`
    ],
    bad: [
      `resource "aws_db_security_group" "db" {
  name = "db"
  ingress {
    cidr = "10.0.0.0/24"
  }
}`
    ]
  }
});
var r253 = defineRule({
  id: "aws-rds-no-public-access",
  title: "RDS instance is not publicly accessible",
  severity: "critical",
  aliases: ["CKV_AWS_17", "AVD-AWS-0082"],
  legacyIds: ["aws-rds-no-public-db-access"],
  resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
  description: "A publicly accessible database gets a public DNS name and IP; only the security group stands between it and the internet.",
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt("publicly_accessible", isFalse, "The database is publicly accessible", "pass"),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  publicly_accessible = false
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  publicly_accessible = true
}`,
      `variable "public" { default = true }
resource "aws_rds_cluster_instance" "i" {
  cluster_identifier  = "c"
  instance_class      = "db.r6g.large"
  publicly_accessible = var.public
}`
    ]
  }
});
var r254 = defineRule({
  id: "aws-rds-performance-insights",
  title: "RDS instance has Performance Insights enabled",
  severity: "low",
  aliases: ["CKV_AWS_353", "AVD-AWS-0133"],
  legacyIds: ["aws-rds-enable-performance-insights"],
  resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
  description: "Performance Insights records database load by query and wait event, the first thing needed to diagnose a slow database.",
  remediation: `\`\`\`hcl
performance_insights_enabled    = true
performance_insights_kms_key_id = aws_kms_key.rds.arn
\`\`\``,
  check: expectAt("performance_insights_enabled", isTrue, "Performance Insights is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class               = "db.t3.medium"
  performance_insights_enabled = true
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.medium"
}`
    ]
  }
});
var r255 = defineRule({
  id: "aws-rds-performance-insights-cmk",
  title: "RDS Performance Insights data is encrypted with a customer-managed key",
  severity: "low",
  aliases: ["CKV_AWS_354", "AVD-AWS-0078"],
  legacyIds: ["aws-rds-encrypt-performance-insights"],
  resourceTypes: ["aws_db_instance", "aws_rds_cluster_instance"],
  description: "Performance Insights data includes query text; encrypt it with a key you control.",
  remediation: `\`\`\`hcl
performance_insights_kms_key_id = aws_kms_key.rds.arn
\`\`\``,
  check: when(
    (r) => r.attributes.performance_insights_enabled === true,
    expectAt("performance_insights_kms_key_id", nonEmpty, "Performance Insights is enabled without a customer-managed KMS key", "fail")
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class                  = "db.t3.medium"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.medium"
}`
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class               = "db.t3.medium"
  performance_insights_enabled = true
}`
    ]
  }
});
var r256 = defineRule(
  cmkRule({
    id: "aws-rds-snapshot-copy-cmk",
    title: "RDS snapshot copies are encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_266"],
    type: "aws_db_snapshot_copy",
    path: "kms_key_id",
    what: "The snapshot copy",
    severity: "low",
    description: "A snapshot copy without kms_key_id keeps the source key or the AWS-managed aws/rds key, which cannot be shared across accounts nor restricted by a key policy.",
    body: `  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:snapshot:db-snap"
  target_db_snapshot_identifier = "db-snap-copy"`
  })
);
var r257 = defineRule({
  id: "aws-rds-snapshot-not-public",
  title: "RDS snapshots are not shared publicly",
  severity: "critical",
  aliases: ["CKV_AWS_302"],
  resourceTypes: ["aws_db_snapshot", "aws_db_cluster_snapshot"],
  description: 'shared_accounts = ["all"] makes a manual snapshot restorable by every AWS account: anyone can copy the whole database. Share with named account ids instead.',
  remediation: `\`\`\`hcl
resource "aws_db_snapshot" "s" {
  db_instance_identifier = aws_db_instance.db.identifier
  db_snapshot_identifier = "before-migration"
  shared_accounts        = ["123456789012"]
}
\`\`\``,
  check: (res) => {
    const accounts = strings(res.attributes.shared_accounts ?? null);
    if (accounts?.some((a) => a.toLowerCase() === "all"))
      return { attribute: "shared_accounts", message: 'The snapshot is shared with every AWS account (shared_accounts contains "all")' };
  },
  examples: {
    good: [
      `resource "aws_db_snapshot" "s" {
  db_instance_identifier = "db"
  db_snapshot_identifier = "snap"
  shared_accounts        = ["123456789012"]
}`,
      `resource "aws_db_snapshot" "s" {
  db_instance_identifier = "db"
  db_snapshot_identifier = "snap"
}`
    ],
    bad: [
      `resource "aws_db_snapshot" "s" {
  db_instance_identifier = "db"
  db_snapshot_identifier = "snap"
  shared_accounts        = ["all"]
}`,
      `resource "aws_db_cluster_snapshot" "s" {
  db_cluster_identifier          = "app"
  db_cluster_snapshot_identifier = "snap"
  shared_accounts                = ["all"]
}`
    ]
  }
});
var r258 = defineRule({
  id: "aws-redshift-automatic-snapshots",
  title: "Redshift cluster keeps automatic snapshots",
  severity: "low",
  aliases: ["CKV_AWS_343"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "automated_snapshot_retention_period = 0 disables automatic snapshots.",
  remediation: `\`\`\`hcl
automated_snapshot_retention_period = 7
\`\`\``,
  check: expectAt("automated_snapshot_retention_period", atLeast(1), "Automatic snapshots are disabled", "pass"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  automated_snapshot_retention_period = 0
}`
    ]
  }
});
var r259 = defineRule({
  id: "aws-redshift-cmk",
  title: "Redshift cluster is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_142", "AVD-AWS-0084"],
  legacyIds: ["aws-redshift-encryption-customer-key"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "A customer-managed key controls who can decrypt the warehouse storage and snapshots.",
  remediation: `\`\`\`hcl
encrypted  = true
kms_key_id = aws_kms_key.redshift.arn
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The cluster is not encrypted with a customer-managed KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted  = true
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted = true
}`
    ]
  }
});
var r260 = defineRule({
  id: "aws-redshift-encryption",
  title: "Redshift cluster is encrypted at rest",
  severity: "high",
  aliases: ["CKV_AWS_64"],
  legacyIds: ["aws-redshift-encryption-customer-key"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "Unencrypted warehouse storage exposes data, backups and snapshots at rest.",
  remediation: `\`\`\`hcl
encrypted  = true
kms_key_id = aws_kms_key.redshift.arn
\`\`\``,
  check: expectAt("encrypted", isTrue, "The cluster is not encrypted", "fail"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted = true
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`
    ]
  }
});
var r261 = defineRule({
  id: "aws-redshift-enhanced-vpc-routing",
  title: "Redshift cluster uses enhanced VPC routing",
  severity: "low",
  aliases: ["CKV_AWS_321"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "Enhanced VPC routing forces COPY and UNLOAD traffic through the VPC, where endpoints, flow logs and security groups apply.",
  remediation: `\`\`\`hcl
enhanced_vpc_routing = true
\`\`\``,
  check: expectAt("enhanced_vpc_routing", isTrue, "Enhanced VPC routing is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  enhanced_vpc_routing = true
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`
    ]
  }
});
var r262 = defineRule({
  id: "aws-redshift-in-vpc",
  title: "Redshift cluster is deployed in a VPC subnet group",
  severity: "medium",
  aliases: ["CKV_AWS_154"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "A cluster subnet group places the cluster in your VPC subnets, behind your routing and security groups.",
  remediation: `\`\`\`hcl
cluster_subnet_group_name = aws_redshift_subnet_group.dw.name
\`\`\``,
  check: expectAt("cluster_subnet_group_name", nonEmpty, "The cluster is not deployed in a VPC subnet group", "fail"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  cluster_subnet_group_name = "private"
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`
    ]
  }
});
var r263 = defineRule({
  id: "aws-redshift-logging",
  title: "Redshift cluster has audit logging enabled",
  severity: "low",
  aliases: ["CKV_AWS_71"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "Audit logs record connections, users and queries. Enabled by the cluster logging block (provider v4) or an aws_redshift_logging resource (v5+).",
  remediation: `\`\`\`hcl
resource "aws_redshift_logging" "dw" {
  cluster_identifier   = aws_redshift_cluster.dw.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}
\`\`\``,
  check: (res, ctx) => {
    const links = ctx.linked(res, "aws_redshift_logging", "cluster_identifier", ["cluster_identifier"]);
    if (links.found.length > 0 || links.uncertain) return;
    const list = blocks(res.attributes.logging);
    if (!list) return;
    if (list.length === 0) return { message: "Audit logging is not enabled" };
    for (const l of list)
      if (bool(read(l, "enable"), false) === false) return { attribute: "logging", message: "Audit logging is disabled" };
  },
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  logging {
    enable      = "True"
    bucket_name = "audit-logs"
  }
}`,
      `resource "aws_redshift_cluster" "r" { cluster_identifier = "dw" }
resource "aws_redshift_logging" "l" {
  cluster_identifier   = aws_redshift_cluster.r.id
  log_destination_type = "cloudwatch"
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" { cluster_identifier = "dw" }`,
      // enable = 0 is not a Terraform bool, but its intent (off) is plain.
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  logging {
    enable = 0
  }
}`
    ]
  }
});
var r264 = defineRule({
  id: "aws-redshift-no-default-database-name",
  title: "Redshift clusters do not use the default database name",
  severity: "low",
  aliases: ["CKV_AWS_320"],
  resourceTypes: ["aws_redshift_cluster"],
  description: 'Without database_name the cluster\u2019s database is called "dev", a name every scanner and password-spraying script tries first.',
  remediation: `\`\`\`hcl
database_name = "analytics"
\`\`\``,
  check: expectAt("database_name", notEquals("dev"), 'The cluster uses the default database name "dev"', "fail"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  database_name      = "analytics"
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}`
    ]
  }
});
var r265 = defineRule({
  id: "aws-redshift-no-public-access",
  title: "Redshift cluster is not publicly accessible",
  severity: "critical",
  aliases: ["CKV_AWS_87"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "A publicly accessible cluster gets a public endpoint; only its security group stands between it and the internet.",
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt("publicly_accessible", isFalse, "The cluster is publicly accessible", "pass"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  publicly_accessible = false
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  publicly_accessible = true
}`
    ]
  }
});
var r266 = defineRule({
  id: "aws-redshift-require-ssl",
  title: "Redshift parameter group requires SSL",
  severity: "medium",
  aliases: ["CKV_AWS_105"],
  resourceTypes: ["aws_redshift_parameter_group"],
  description: "Without require_ssl = true, clients may connect to the warehouse without TLS.",
  remediation: `\`\`\`hcl
parameter {
  name  = "require_ssl"
  value = "true"
}
\`\`\``,
  check: (res) => {
    const params = blocks(res.attributes.parameter);
    if (!params) return;
    const ssl = params.find((p) => p.name === "require_ssl");
    if (!ssl) return { message: "The parameter group does not set require_ssl" };
    const v = ssl.value;
    if (v === "false" || v === false) return { attribute: "parameter", message: "require_ssl is false" };
  },
  examples: {
    good: [
      `resource "aws_redshift_parameter_group" "p" {
  name   = "dw"
  family = "redshift-1.0"
  parameter {
    name  = "require_ssl"
    value = "true"
  }
}`
    ],
    bad: [
      `resource "aws_redshift_parameter_group" "p" {
  name   = "dw"
  family = "redshift-1.0"
}`
    ]
  }
});
var r267 = defineRule({
  id: "aws-redshift-version-upgrade",
  title: "Redshift cluster allows version upgrades",
  severity: "low",
  aliases: ["CKV_AWS_141"],
  resourceTypes: ["aws_redshift_cluster"],
  description: "Major version upgrades during the maintenance window carry security fixes; disabling them leaves the engine behind.",
  remediation: `\`\`\`hcl
allow_version_upgrade = true
\`\`\``,
  check: expectAt("allow_version_upgrade", isTrue, "Version upgrades are disabled", "pass"),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  allow_version_upgrade = false
}`
    ]
  }
});
function narrowed(rule) {
  const filters = blocks(rule.filter);
  if (filters === void 0) return void 0;
  let unknown = false;
  for (const f of filters) {
    const parts = [f, ...blocks(f.and) ?? []];
    for (const p of parts) {
      for (const key of ["prefix", "object_size_greater_than", "object_size_less_than", "tag", "tags"]) {
        const v = isSet(read(p, key));
        if (v === void 0) unknown = true;
        else if (v && !(key.startsWith("object_size") && num(read(p, key)) === 0)) return true;
      }
    }
  }
  if (unknown) return void 0;
  const prefix = isSet(read(rule, "prefix"));
  return prefix;
}
var r268 = defineRule({
  id: "aws-s3-abort-incomplete-uploads",
  title: "S3 lifecycle configuration aborts incomplete multipart uploads",
  severity: "low",
  aliases: ["CKV_AWS_300"],
  resourceTypes: ["aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket"],
  description: "Parts of multipart uploads that never complete are stored (and billed) forever, invisible in object listings. A lifecycle configuration should have an enabled rule for the whole bucket with abort_incomplete_multipart_upload. Buckets with no lifecycle configuration at all are reported by aws-s3-lifecycle.",
  remediation: `\`\`\`hcl
rule {
  id     = "abort-incomplete-uploads"
  status = "Enabled"
  filter {}
  abort_incomplete_multipart_upload {
    days_after_initiation = 7
  }
}
\`\`\``,
  check: (res) => {
    if (res.type === "aws_s3_bucket") {
      const rules2 = blocks(res.attributes.lifecycle_rule);
      if (!rules2 || rules2.length === 0) return;
      let unknown2 = false;
      for (const r of rules2) {
        const enabled = read(r, "enabled");
        const days = read(r, "abort_incomplete_multipart_upload_days");
        const prefix = isSet(read(r, "prefix"));
        if (enabled === void 0 || days === void 0 || prefix === void 0) unknown2 = true;
        else if ((enabled === true || enabled === "true") && typeof days !== "symbol" && !prefix) return;
      }
      if (!unknown2)
        return {
          attribute: "lifecycle_rule",
          message: "No enabled lifecycle rule aborts incomplete multipart uploads for the whole bucket"
        };
      return;
    }
    const rules = blocks(res.attributes.rule);
    if (!rules) return;
    let unknown = false;
    for (const r of rules) {
      const status2 = str(read(r, "status"));
      const abort = blocks(r.abort_incomplete_multipart_upload);
      if (status2 === void 0 || abort === void 0) {
        unknown = true;
        continue;
      }
      if (status2 !== "Enabled" || abort.length === 0) continue;
      const n = narrowed(r);
      if (n === void 0) unknown = true;
      else if (!n) return;
    }
    if (!unknown)
      return { attribute: "rule", message: "No enabled lifecycle rule aborts incomplete multipart uploads for the whole bucket" };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "data"
  rule {
    id     = "abort"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  lifecycle_rule {
    enabled                                = true
    abort_incomplete_multipart_upload_days = 7
  }
}`
    ],
    bad: [
      `resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "data"
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 90
    }
  }
}`,
      `resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "data"
  rule {
    id     = "abort-tmp"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}`
    ]
  }
});
function grantUris(res) {
  return grants(res).map((g) => g.uri);
}
function aclGrants(res) {
  return grants(res).flatMap(
    (g) => g.permissions === void 0 ? [] : [{ ...g, permissions: g.permissions.map((p) => p.toUpperCase()) }]
  );
}
function grants(res) {
  const out = [];
  for (const g of blocks(res.attributes.grant) ?? [])
    out.push({ attribute: "grant", uri: str(read(g, "uri")), permissions: strings(read(g, "permissions")) });
  for (const p of blocks(res.attributes.access_control_policy) ?? []) {
    for (const g of blocks(p.grant) ?? [])
      out.push({ attribute: "access_control_policy", uri: str(read(g, "grantee.uri")), permissions: strings(read(g, "permission")) });
  }
  return out;
}
function bucketResources(ctx, bucket, type) {
  return ctx.linked(bucket, type, "bucket", ["bucket"]);
}
function bucketSetting(ctx, bucket, inlineBlock, type) {
  const links = bucketResources(ctx, bucket, type);
  if (links.found.length > 0) return { presence: "resource", resources: links.found };
  if (inlineBlock) {
    const inline = blocks(bucket.attributes[inlineBlock]);
    if (inline === void 0) return { presence: "unknown", resources: [] };
    if (inline.length > 0) return { presence: "inline", resources: [] };
  }
  return { presence: links.uncertain ? "unknown" : "absent", resources: [] };
}
const ALL_USERS_URI = "http://acs.amazonaws.com/groups/global/AllUsers";
const AUTH_USERS_URI = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
function bucketLabel(bucket) {
  const name = bucket.attributes.bucket;
  return typeof name === "string" ? `"${name}"` : bucket.address;
}
const LOG_DELIVERY_URI = "http://acs.amazonaws.com/groups/s3/LogDelivery";
function isLogTargetBucket(ctx, bucket) {
  const aclResources = bucketResources(ctx, bucket, "aws_s3_bucket_acl").found;
  for (const res of [bucket, ...aclResources]) {
    if (res.attributes.acl === "log-delivery-write") return true;
    if (grantUris(res).includes(LOG_DELIVERY_URI)) return true;
  }
  for (const res of [bucket, ...bucketResources(ctx, bucket, "aws_s3_bucket_policy").found]) {
    if (res.attributes.policy === void 0) continue;
    const stmts = policyStatements(res, "policy", ctx) ?? [];
    if (stmts.some(
      (s) => s.effect === "Allow" && s.principals?.some((p) => p.type === "Service" && p.ids.includes("logging.s3.amazonaws.com"))
    ))
      return true;
  }
  return false;
}
var r269 = defineRule({
  id: "aws-s3-access-logging",
  title: "S3 bucket has server access logging enabled",
  severity: "low",
  aliases: ["CKV_AWS_18", "AVD-AWS-0089"],
  legacyIds: ["aws-s3-enable-bucket-logging"],
  resourceTypes: ["aws_s3_bucket"],
  description: "Server access logs record every request to the bucket, for audits and incident response. Buckets that are themselves the target of access logs (or use the log-delivery-write ACL) are not reported.",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "s3/data/"
}
\`\`\``,
  check: (bucket, ctx) => {
    if (isLogTargetBucket(ctx, bucket)) return;
    if (ctx.linked(bucket, "aws_s3_bucket_logging", "target_bucket", ["bucket"]).found.length > 0) return;
    const targets = ctx.memo("aws_s3_bucket.inline-logging-targets", () => {
      const byName = /* @__PURE__ */ new Map();
      for (const other of ctx.ofType("aws_s3_bucket")) {
        for (const m of (other.expressions?.logging ?? "").matchAll(/aws_s3_bucket\.([A-Za-z_][\w-]*)\./g)) {
          const list = byName.get(m[1]) ?? [];
          if (list[list.length - 1] !== other) list.push(other);
          byName.set(m[1], list);
        }
      }
      return byName;
    });
    if ((targets.get(bucket.name) ?? []).some((other) => other !== bucket)) return;
    const s = bucketSetting(ctx, bucket, "logging", "aws_s3_bucket_logging");
    if (s.presence === "absent") return { message: `S3 bucket ${bucketLabel(bucket)} has no server access logging` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket" "logs" { bucket = "logs" }
resource "aws_s3_bucket_logging" "b" {
  bucket        = aws_s3_bucket.b.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  logging {
    target_bucket = "central-logs"
  }
}`,
      // A log target need not log itself: a legacy inline grant to the LogDelivery group?
      `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/s3/LogDelivery"
    permissions = ["WRITE", "READ_ACP"]
  }
}`,
      // ?or an aws_s3_bucket_acl grant to it.
      `resource "aws_s3_bucket" "logs" { bucket = "logs" }
resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  access_control_policy {
    owner { id = "owner" }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }
  }
}`
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`]
  }
});
var r270 = defineRule({
  id: "aws-s3-access-point-block-public",
  title: "S3 access points keep Block Public Access on",
  severity: "high",
  aliases: ["CKV_AWS_392"],
  resourceTypes: ["aws_s3_access_point"],
  description: "An access point\u2019s public_access_block_configuration defaults to blocking everything. Turning off block_public_acls, block_public_policy and restrict_public_buckets lets its policy make data public.",
  remediation: `\`\`\`hcl
public_access_block_configuration {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
\`\`\``,
  check: (res) => {
    for (const c of blocks(res.attributes.public_access_block_configuration) ?? []) {
      const off = ["block_public_acls", "block_public_policy", "restrict_public_buckets"].map((k) => bool(read(c, k), true));
      if (off.every((v) => v === false))
        return { attribute: "public_access_block_configuration", message: "Block Public Access is turned off for the access point" };
    }
  },
  examples: {
    good: [
      `resource "aws_s3_access_point" "a" {
  bucket = "data"
  name   = "reports"
}`
    ],
    bad: [
      `resource "aws_s3_access_point" "a" {
  bucket = "data"
  name   = "reports"
  public_access_block_configuration {
    block_public_acls       = false
    block_public_policy     = false
    ignore_public_acls      = false
    restrict_public_buckets = false
  }
}`
    ]
  }
});
var r271 = defineRule({
  id: "aws-s3-acls-disabled",
  title: "S3 bucket disables ACLs (object ownership BucketOwnerEnforced)",
  severity: "low",
  aliases: ["CKV2_AWS_65"],
  resourceTypes: ["aws_s3_bucket"],
  description: "With object ownership BucketOwnerEnforced, ACLs no longer grant access: only policies do, which are easier to review.",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const links = bucketResources(ctx, bucket, "aws_s3_bucket_ownership_controls");
    if (links.found.length === 0)
      return links.uncertain ? void 0 : { message: `S3 bucket ${bucketLabel(bucket)} does not disable ACLs` };
    for (const oc of links.found) {
      for (const rule of blocks(oc.attributes.rule) ?? []) {
        const o = read(rule, "object_ownership");
        if (o === void 0 || o === "BucketOwnerEnforced") return;
      }
    }
    return {
      resource: links.found[0],
      attribute: "rule",
      message: `S3 bucket ${bucketLabel(bucket)} still honours ACLs (object ownership is not BucketOwnerEnforced)`
    };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule { object_ownership = "BucketOwnerEnforced" }
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule { object_ownership = "ObjectWriter" }
}`
    ]
  }
});
const PUBLIC_ACCESS_BLOCK_FLAGS = [
  "block_public_acls",
  "block_public_policy",
  "ignore_public_acls",
  "restrict_public_buckets"
];
function flagCheck(flag) {
  return expectAt(flag, isTrue, (v) => typeof v === "symbol" ? `${flag} is not set (defaults to false)` : `${flag} is false`);
}
const HCL = `\`\`\`hcl
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
\`\`\``;
function example$4(value, overrides = {}) {
  const lines = PUBLIC_ACCESS_BLOCK_FLAGS.map((f) => `  ${f.padEnd(23)} = ${overrides[f] ?? value}`);
  return ['resource "aws_s3_bucket_public_access_block" "p" {', '  bucket                  = "data"', ...lines, "}"].join("\n");
}
const EMPTY = `resource "aws_s3_bucket_public_access_block" "p" {
  bucket = "data"
}`;
var r272 = defineRule({
  id: "aws-s3-block-public-acls",
  title: "S3 public access block sets block_public_acls",
  severity: "high",
  aliases: ["CKV_AWS_53", "AVD-AWS-0086"],
  legacyIds: ["aws-s3-block-public-acls"],
  resourceTypes: ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"],
  description: "Public ACLs can still be set on the bucket and its objects unless block_public_acls is true. The argument defaults to false when omitted.",
  remediation: `Set \`block_public_acls = true\`:
${HCL}`,
  check: flagCheck("block_public_acls"),
  examples: {
    good: [
      example$4("true"),
      `variable "strict" { default = true }
${example$4("true", { block_public_acls: "var.strict" })}`
    ],
    bad: [EMPTY, `locals { open = false }
${example$4("true", { block_public_acls: "local.open" })}`]
  }
});
var r273 = defineRule({
  id: "aws-s3-block-public-policy",
  title: "S3 public access block sets block_public_policy",
  severity: "high",
  aliases: ["CKV_AWS_54", "AVD-AWS-0087"],
  legacyIds: ["aws-s3-block-public-policy"],
  resourceTypes: ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"],
  description: "A bucket policy granting public access can still be attached unless block_public_policy is true. The argument defaults to false when omitted.",
  remediation: `Set \`block_public_policy = true\`:
${HCL}`,
  check: flagCheck("block_public_policy"),
  examples: {
    good: [
      example$4("true"),
      `variable "strict" { default = true }
${example$4("true", { block_public_policy: "var.strict" })}`
    ],
    bad: [EMPTY, `locals { open = false }
${example$4("true", { block_public_policy: "local.open" })}`]
  }
});
var r274 = defineRule({
  id: "aws-s3-encryption",
  title: "S3 bucket has server-side encryption configured",
  severity: "low",
  aliases: ["CKV_AWS_19", "AVD-AWS-0088"],
  legacyIds: ["aws-s3-enable-bucket-encryption"],
  resourceTypes: ["aws_s3_bucket"],
  description: "Objects should be encrypted at rest under a configuration you control. The setting is read from the inline server_side_encryption_configuration block or from an aws_s3_bucket_server_side_encryption_configuration resource pointing at the bucket (by reference or by name).",
  remediation: `Add an encryption configuration for the bucket:
\`\`\`hcl
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, "server_side_encryption_configuration", "aws_s3_bucket_server_side_encryption_configuration");
    if (s.presence === "absent") return { message: `S3 bucket ${bucketLabel(bucket)} has no server-side encryption configuration` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
    }
  }
}`,
      `variable "name" { default = "data-bucket" }
resource "aws_s3_bucket" "b" { bucket = var.name }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = "data-bucket"
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}`
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`]
  }
});
function ruleProblem(rule, label) {
  const alg = read(rule, "apply_server_side_encryption_by_default.sse_algorithm");
  if (alg === void 0) return void 0;
  if (alg === MISSING) return `S3 bucket ${label} names no sse_algorithm: it is not encrypted with a customer-managed KMS key`;
  if (typeof alg !== "string") return void 0;
  if (!alg.startsWith("aws:kms"))
    return alg === "AES256" ? `S3 bucket ${label} uses SSE-S3 (AES256) instead of a customer-managed KMS key` : `S3 bucket ${label} names sse_algorithm "${alg}", not a KMS algorithm`;
  if (read(rule, "apply_server_side_encryption_by_default.kms_master_key_id") === MISSING)
    return `S3 bucket ${label} uses the AWS-managed KMS key instead of a customer-managed one`;
  return null;
}
function configProblem(config, label) {
  const rules = blocks(config.rule);
  if (!rules) {
    const problem = badInEveryTemplate(config, "rule", (t) => ruleProblem(t, label));
    return problem && `${problem} (whatever its dynamic rule's for_each gives)`;
  }
  for (const rule of rules) {
    const problem = ruleProblem(rule, label);
    if (problem !== null) return problem;
  }
  return null;
}
var r275 = defineRule({
  id: "aws-s3-encryption-cmk",
  title: "S3 bucket is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_145", "AVD-AWS-0132"],
  legacyIds: ["aws-s3-encryption-customer-key"],
  resourceTypes: ["aws_s3_bucket"],
  description: "A customer-managed KMS key gives control over key policy, rotation and audit of every decryption. Buckets using SSE-S3 (AES256) or no configuration at all are reported.",
  remediation: `Use SSE-KMS with your own key:
\`\`\`hcl
rule {
  apply_server_side_encryption_by_default {
    sse_algorithm     = "aws:kms"
    kms_master_key_id = aws_kms_key.s3.arn
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    if (isLogTargetBucket(ctx, bucket)) return;
    const type = "aws_s3_bucket_server_side_encryption_configuration";
    const s = bucketSetting(ctx, bucket, "server_side_encryption_configuration", type);
    const label = bucketLabel(bucket);
    if (s.presence === "unknown") {
      const problem = badInEveryTemplate(bucket.attributes, "server_side_encryption_configuration", (t) => configProblem(t, label));
      if (!problem || bucketResources(ctx, bucket, type).uncertain) return;
      return { attribute: "server_side_encryption_configuration", message: `${problem} (whatever its dynamic block's for_each gives)` };
    }
    if (s.presence === "absent") return { message: `S3 bucket ${label} is not encrypted with a customer-managed KMS key` };
    const configs = s.presence === "inline" ? (blocks(bucket.attributes.server_side_encryption_configuration) ?? []).map((c) => ({ c, resource: void 0 })) : s.resources.map((r) => ({ c: r.attributes, resource: r }));
    for (const { c, resource } of configs) {
      const problem = configProblem(c, label);
      if (problem === void 0) return;
      if (problem)
        return { resource, attribute: s.presence === "inline" ? "server_side_encryption_configuration" : "rule", message: problem };
    }
  },
  examples: {
    good: [
      `resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}`,
      // A dynamic rule over unknown input that would use a customer-managed key: unknown, not reported.
      `variable "rules" {}
resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  dynamic "rule" {
    for_each = var.rules
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.k.arn
      }
    }
  }
}`,
      // A server-access-log target: log delivery supports SSE-S3 only.
      `resource "aws_s3_bucket" "logs" { bucket = "access-logs" }
resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }`,
      // A dynamic rule over unknown input: SSE-S3 in every rule it could make, and SSE-S3 when it makes none.
      `variable "rules" {}
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  dynamic "rule" {
    for_each = var.rules
    content {
      apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
    }
  }
}`,
      // A key but no algorithm: not SSE-KMS (the finding sits on the configuration, its subject is the bucket).
      `resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { kms_master_key_id = aws_kms_key.k.arn }
  }
}`
    ]
  }
});
var r276 = defineRule({
  id: "aws-s3-event-notifications",
  title: "S3 bucket has event notifications",
  severity: "low",
  aliases: ["CKV2_AWS_62"],
  resourceTypes: ["aws_s3_bucket"],
  description: "Event notifications let you react to object creation and deletion (for example to detect unexpected writes).",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_notification" "data" {
  bucket      = aws_s3_bucket.data.id
  eventbridge = true
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, void 0, "aws_s3_bucket_notification");
    if (s.presence === "absent") return { message: `S3 bucket ${bucketLabel(bucket)} has no event notifications` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_notification" "b" {
  bucket = aws_s3_bucket.b.id
}`
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`]
  }
});
var r277 = defineRule({
  id: "aws-s3-ignore-public-acls",
  title: "S3 public access block sets ignore_public_acls",
  severity: "high",
  aliases: ["CKV_AWS_55", "AVD-AWS-0091"],
  legacyIds: ["aws-s3-ignore-public-acls"],
  resourceTypes: ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"],
  description: "Existing public ACLs on the bucket and its objects are still honoured unless ignore_public_acls is true. The argument defaults to false when omitted.",
  remediation: `Set \`ignore_public_acls = true\`:
${HCL}`,
  check: flagCheck("ignore_public_acls"),
  examples: {
    good: [
      example$4("true"),
      `variable "strict" { default = true }
${example$4("true", { ignore_public_acls: "var.strict" })}`
    ],
    bad: [EMPTY, `locals { open = false }
${example$4("true", { ignore_public_acls: "local.open" })}`]
  }
});
var r278 = defineRule({
  id: "aws-s3-lifecycle",
  title: "S3 bucket has a lifecycle configuration",
  severity: "low",
  aliases: ["CKV2_AWS_61"],
  resourceTypes: ["aws_s3_bucket"],
  description: "Lifecycle rules expire or transition old objects and abort incomplete multipart uploads, limiting both cost and the data kept beyond its use.",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "expire-old"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration { noncurrent_days = 90 }
    abort_incomplete_multipart_upload { days_after_initiation = 7 }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, "lifecycle_rule", "aws_s3_bucket_lifecycle_configuration");
    if (s.presence === "absent") return { message: `S3 bucket ${bucketLabel(bucket)} has no lifecycle configuration` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_lifecycle_configuration" "b" {
  bucket = aws_s3_bucket.b.id
}`
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`]
  }
});
var r279 = defineRule({
  id: "aws-s3-mfa-delete",
  title: "S3 bucket requires MFA to delete object versions",
  severity: "low",
  aliases: ["CKV_AWS_52", "AVD-AWS-0170"],
  legacyIds: ["aws-s3-require-mfa-delete"],
  resourceTypes: ["aws_s3_bucket"],
  description: "With MFA delete, permanently deleting a version or changing the versioning state needs the root MFA device.",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  mfa    = "\${var.mfa_serial} \${var.mfa_code}"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, "versioning", "aws_s3_bucket_versioning");
    const msg = `S3 bucket ${bucketLabel(bucket)} does not require MFA delete`;
    if (s.presence === "absent") return { message: msg };
    if (s.presence === "inline") {
      for (const v of blocks(bucket.attributes.versioning) ?? [])
        if (bool(read(v, "mfa_delete"), false) === false) return { attribute: "versioning", message: msg };
      return;
    }
    if (s.presence === "resource") {
      for (const r of s.resources) {
        const m = read(r, "versioning_configuration.mfa_delete");
        if (m === void 0 || str(m) === "Enabled") return;
      }
      return { resource: s.resources[0], attribute: "versioning_configuration", message: msg };
    }
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  versioning { enabled = true }
}`
    ]
  }
});
var r280 = defineRule({
  id: "aws-s3-no-authenticated-users-grant",
  title: "S3 bucket ACL grants nothing to all authenticated AWS users",
  severity: "high",
  aliases: ["CKV2_AWS_43"],
  resourceTypes: ["aws_s3_bucket_acl", "aws_s3_bucket"],
  description: "The AuthenticatedUsers group is every AWS account in the world, not the users of yours: a grant to it is as public as a grant to AllUsers.",
  remediation: `Remove the grant; disable ACLs altogether with object ownership:
\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule { object_ownership = "BucketOwnerEnforced" }
}
\`\`\``,
  check: (res) => aclGrants(res).filter((g) => g.uri === AUTH_USERS_URI).map((g) => ({
    attribute: g.attribute,
    message: `The ACL grants ${g.permissions.join(", ") || "access"} to every authenticated AWS user`
  })),
  examples: {
    good: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        id   = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
        type = "CanonicalUser"
      }
      permission = "READ"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}`
    ],
    bad: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "READ"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
    permissions = ["READ_ACP"]
  }
}`
    ]
  }
});
var r281 = defineRule({
  id: "aws-s3-no-public-acl-read",
  title: "S3 bucket ACL does not let everyone read or control the ACL itself",
  severity: "high",
  aliases: ["CKV_AWS_375"],
  resourceTypes: ["aws_s3_bucket_acl", "aws_s3_bucket"],
  description: "READ_ACP or FULL_CONTROL granted to AllUsers lets anyone list who has access to the bucket (and, with FULL_CONTROL, change it). Public READ/WRITE grants are reported by aws-s3-no-public-read-acl and aws-s3-no-public-write-acl.",
  remediation: `Remove the grant; disable ACLs altogether with object ownership:
\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule { object_ownership = "BucketOwnerEnforced" }
}
\`\`\``,
  check: (res) => aclGrants(res).filter((g) => g.uri === ALL_USERS_URI && g.permissions.some((p) => p === "READ_ACP" || p === "FULL_CONTROL")).map((g) => ({
    attribute: g.attribute,
    message: `The ACL grants ${g.permissions.filter((p) => p === "READ_ACP" || p === "FULL_CONTROL").join(", ")} to everyone`
  })),
  examples: {
    good: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = "private"
}`
    ],
    bad: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ_ACP"
    }
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
  }
}`
    ]
  }
});
function publicAclGrants(res) {
  const out = [];
  const canned = str(res.attributes.acl);
  if (canned === "public-read") out.push({ permissions: ["READ"], attribute: "acl", what: "the public-read ACL" });
  if (canned === "public-read-write") out.push({ permissions: ["READ", "WRITE"], attribute: "acl", what: "the public-read-write ACL" });
  if (canned === "authenticated-read") out.push({ permissions: ["READ"], attribute: "acl", what: "the authenticated-read ACL" });
  const grantLists = [
    { list: blocks(res.attributes.grant), attribute: "grant" },
    {
      list: (blocks(res.attributes.access_control_policy) ?? []).flatMap((p) => blocks(p.grant) ?? []),
      attribute: "access_control_policy"
    }
  ];
  for (const { list, attribute } of grantLists) {
    for (const g of list ?? []) {
      const uri = str(read(g, "uri")) ?? str(read(g, "grantee.uri"));
      if (uri !== ALL_USERS_URI && uri !== AUTH_USERS_URI) continue;
      const perms = g.permissions ?? g.permission;
      const list2 = Array.isArray(perms) ? perms.filter((p) => typeof p === "string") : typeof perms === "string" ? [perms] : [];
      const expanded = list2.flatMap((p) => p === "FULL_CONTROL" ? ["READ", "WRITE"] : [p]);
      out.push({ permissions: expanded, attribute, what: `a grant to ${uri === ALL_USERS_URI ? "AllUsers" : "AuthenticatedUsers"}` });
    }
  }
  return out;
}
function publicAclIssues(res, permission, label) {
  return publicAclGrants(res).filter((g) => g.permissions.includes(permission)).map((g) => ({ attribute: g.attribute, message: `${label} through ${g.what}` }));
}
var r282 = defineRule({
  id: "aws-s3-no-public-read-acl",
  title: "S3 bucket ACL does not allow public read access",
  severity: "critical",
  aliases: ["CKV_AWS_20", "AVD-AWS-0092"],
  legacyIds: ["aws-s3-no-public-access-with-acl"],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl"],
  description: "A public-read, public-read-write or authenticated-read ACL (or a grant to AllUsers) lets anyone list and read the bucket.",
  remediation: `Use a private ACL, or better disable ACLs with object ownership:
\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule { object_ownership = "BucketOwnerEnforced" }
}
\`\`\``,
  check: (res) => publicAclIssues(res, "READ", "The bucket is publicly readable"),
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  acl    = "private"
}`,
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = "private"
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "site"
  acl    = "public-read"
}`,
      `variable "acl" { default = "public-read" }
resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = var.acl
}`
    ]
  }
});
var r283 = defineRule({
  id: "aws-s3-no-public-write-acl",
  title: "S3 bucket ACL does not allow public write access",
  severity: "critical",
  aliases: ["CKV_AWS_57"],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl"],
  description: "A public-read-write ACL (or a WRITE grant to AllUsers) lets anyone upload, overwrite and delete objects.",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  acl    = "private"
}
\`\`\``,
  check: (res) => publicAclIssues(res, "WRITE", "Anyone can write to the bucket"),
  examples: {
    good: [
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  acl    = "public-read"
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "drop"
  acl    = "public-read-write"
}`,
      `resource "aws_s3_bucket_acl" "a" {
  bucket = "data"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "WRITE"
    }
    owner { id = "abc" }
  }
}`
    ]
  }
});
var r284 = defineRule({
  id: "aws-s3-object-cmk",
  title: "S3 objects uploaded by Terraform are encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_186"],
  // aws_s3_bucket_object is the provider v3 name of aws_s3_object.
  resourceTypes: ["aws_s3_object", "aws_s3_bucket_object"],
  description: "An object written without kms_key_id gets the bucket default encryption (SSE-S3 unless the bucket says otherwise), so reading it cannot be governed by a key policy.",
  remediation: cmkRemediation("aws_s3_object", "kms_key_id"),
  check: cmkCheck("kms_key_id", "The object"),
  examples: {
    good: [
      `resource "aws_s3_object" "o" {
  bucket     = "artifacts"
  key        = "app.zip"
  source     = "app.zip"
  kms_key_id = "${EXAMPLE_KEY_ARN}"
}`
    ],
    bad: [
      `resource "aws_s3_object" "o" {
  bucket = "artifacts"
  key    = "app.zip"
  source = "app.zip"
}`,
      `resource "aws_s3_bucket_object" "o" {
  bucket = "artifacts"
  key    = "app.zip"
  source = "app.zip"
}`
    ]
  }
});
var r285 = defineRule(
  cmkRule({
    id: "aws-s3-object-copy-cmk",
    title: "S3 object copies are encrypted with a customer-managed KMS key",
    aliases: ["CKV_AWS_181"],
    type: "aws_s3_object_copy",
    path: "kms_key_id",
    what: "The object copy",
    severity: "low",
    description: "An object copied without kms_key_id is encrypted with the bucket default (often SSE-S3), so access to it cannot be governed by a key policy.",
    body: `  bucket = "destination"
  key    = "report.csv"
  source = "source/report.csv"`
  })
);
const example$3 = (statement) => policyResourceExample("aws_s3_bucket_policy", { bucket: '"data"' }, { Resource: '"arn:aws:s3:::data/*"', ...statement });
var r286 = defineRule({
  id: "aws-s3-policy-no-public-principal",
  title: "S3 bucket policy does not allow actions to any principal",
  severity: "high",
  aliases: ["CKV_AWS_70"],
  resourceTypes: ["aws_s3_bucket_policy", "aws_s3_bucket"],
  description: 'An Allow statement with Principal "*" and no condition narrowing it to an account, organisation, VPC endpoint or source makes the bucket readable or writable by anyone on the internet.',
  remediation: `Name the principals that need access, or narrow the statement with a condition:
\`\`\`hcl
statement {
  actions   = ["s3:GetObject"]
  resources = ["\${aws_s3_bucket.site.arn}/*"]
  principals {
    type        = "Service"
    identifiers = ["cloudfront.amazonaws.com"]
  }
  condition {
    test     = "StringEquals"
    variable = "AWS:SourceArn"
    values   = [aws_cloudfront_distribution.site.arn]
  }
}
\`\`\``,
  check: (res, ctx) => {
    const stmts = policyStatements(res, "policy", ctx);
    if (!stmts) return;
    for (const s of stmts) {
      if (s.effect !== "Allow" || isNarrowedByCondition(s)) continue;
      if (hasPublicPrincipal(s) === true)
        return {
          attribute: "policy",
          message: `The bucket policy allows ${(s.actions ?? []).join(", ") || "actions"} to any principal ("*")`
        };
    }
  },
  examples: {
    good: [
      example$3({ Principal: ACCOUNT_PRINCIPAL, Action: '"s3:GetObject"' }),
      example$3({
        Effect: '"Deny"',
        Principal: ANY_PRINCIPAL,
        Action: '"s3:*"',
        Condition: '{ Bool = { "aws:SecureTransport" = "false" } }'
      })
    ],
    bad: [
      example$3({ Principal: ANY_PRINCIPAL, Action: '"s3:GetObject"' }),
      `data "aws_iam_policy_document" "public" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::data/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = "data"
  policy = data.aws_iam_policy_document.public.json
}`
    ]
  }
});
var r287 = defineRule({
  id: "aws-s3-public-access-block",
  title: "S3 bucket has a public access block",
  severity: "low",
  aliases: ["CKV2_AWS_6", "AVD-AWS-0094"],
  legacyIds: ["aws-s3-specify-public-access-block"],
  resourceTypes: ["aws_s3_bucket"],
  description: "A bucket-level aws_s3_bucket_public_access_block stops public ACLs and policies from being applied by mistake, whatever the account-level setting.",
  remediation: HCL,
  check: (bucket, ctx) => {
    const links = bucketResources(ctx, bucket, "aws_s3_bucket_public_access_block");
    const own = links.found.map(blocksAclsAndPolicy);
    if (own.includes(true) || own.includes(void 0) || links.uncertain) return;
    if (ctx.ofType("aws_s3_account_public_access_block").some((b) => blocksAclsAndPolicy(b) !== false)) return;
    if (links.found.length > 0)
      return { message: `The public access block of S3 bucket ${bucketLabel(bucket)} does not block public ACLs and policies` };
    return { message: `S3 bucket ${bucketLabel(bucket)} has no public access block` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_public_access_block" "b" {
  bucket            = aws_s3_bucket.b.id
  block_public_acls = true
}`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket" "c" { bucket = "other" }
resource "aws_s3_bucket_public_access_block" "c" {
  bucket            = aws_s3_bucket.c.id
  block_public_acls = true
}`
    ]
  }
});
function blocksAclsAndPolicy(block) {
  const flags = [bool(read(block, "block_public_acls"), false), bool(read(block, "block_public_policy"), false)];
  if (flags.includes(false)) return false;
  return flags.includes(void 0) ? void 0 : true;
}
var r288 = defineRule({
  id: "aws-s3-replication",
  title: "S3 bucket has cross-region replication",
  severity: "low",
  aliases: ["CKV_AWS_144"],
  resourceTypes: ["aws_s3_bucket"],
  description: "Replication to a bucket in another region keeps a copy of the data through a regional outage or an account compromise limited to one region.",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_replication_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  role   = aws_iam_role.replication.arn
  rule {
    id     = "all"
    status = "Enabled"
    destination { bucket = aws_s3_bucket.replica.arn }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, "replication_configuration", "aws_s3_bucket_replication_configuration");
    if (s.presence === "absent") return { message: `S3 bucket ${bucketLabel(bucket)} has no cross-region replication` };
    const rules = s.presence === "inline" ? blocks(bucket.attributes.replication_configuration)?.flatMap((c) => blocks(c.rules) ?? [void 0]) : s.resources.flatMap((r) => blocks(r.attributes.rule) ?? [void 0]);
    if (rules && rules.length > 0 && rules.every((r) => r !== void 0 && str(read(r, "status"))?.toLowerCase() === "disabled"))
      return { message: `Every replication rule of S3 bucket ${bucketLabel(bucket)} is disabled` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_replication_configuration" "b" {
  bucket = aws_s3_bucket.b.id
}`
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`]
  }
});
var r289 = defineRule({
  id: "aws-s3-restrict-public-buckets",
  title: "S3 public access block sets restrict_public_buckets",
  severity: "high",
  aliases: ["CKV_AWS_56", "AVD-AWS-0093"],
  legacyIds: ["aws-s3-no-public-buckets"],
  resourceTypes: ["aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"],
  description: "Public and cross-account access through a public policy is not restricted unless restrict_public_buckets is true. The argument defaults to false when omitted.",
  remediation: `Set \`restrict_public_buckets = true\`:
${HCL}`,
  check: flagCheck("restrict_public_buckets"),
  examples: {
    good: [
      example$4("true"),
      `variable "strict" { default = true }
${example$4("true", { restrict_public_buckets: "var.strict" })}`
    ],
    bad: [
      EMPTY,
      `locals { open = false }
${example$4("true", { restrict_public_buckets: "local.open" })}`
    ]
  }
});
var r290 = defineRule({
  id: "aws-s3-secure-transport",
  title: "S3 bucket policy denies requests without TLS",
  severity: "medium",
  aliases: ["CKV_AWS_379"],
  resourceTypes: ["aws_s3_bucket"],
  description: "S3 accepts plain HTTP requests unless the bucket policy denies them with the aws:SecureTransport condition. The bucket policy is read from aws_s3_bucket_policy (JSON, jsonencode or a policy document) or the legacy inline policy.",
  remediation: `\`\`\`hcl
data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const links = bucketResources(ctx, bucket, "aws_s3_bucket_policy");
    const sources = [...links.found.map((p) => ({ res: p })), ...bucket.attributes.policy !== void 0 ? [{ res: bucket }] : []];
    if (sources.length === 0) {
      if (links.uncertain) return;
      return { message: `S3 bucket ${bucketLabel(bucket)} has no policy denying requests without TLS` };
    }
    for (const { res } of sources) {
      const stmts = policyStatements(res, "policy", ctx);
      if (!stmts) return;
      if (stmts.some((s) => s.effect === "Deny" && s.conditionKeys.some((k) => k.endsWith(":aws:securetransport")))) return;
    }
    return {
      resource: links.found[0],
      attribute: links.found[0] ? "policy" : void 0,
      message: `The policy of S3 bucket ${bucketLabel(bucket)} does not deny requests without TLS`
    };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::data/*" }]
  })
}`
    ]
  }
});
var r291 = defineRule({
  id: "aws-s3-versioning",
  title: "S3 bucket versioning is enabled",
  severity: "medium",
  aliases: ["CKV_AWS_21", "AVD-AWS-0090"],
  legacyIds: ["aws-s3-enable-versioning"],
  resourceTypes: ["aws_s3_bucket"],
  description: "Versioning keeps every version of an object, so overwrites and deletions (accidental or malicious) can be undone. Read from the inline versioning block or an aws_s3_bucket_versioning resource.",
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration { status = "Enabled" }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, "versioning", "aws_s3_bucket_versioning");
    const msg = `S3 bucket ${bucketLabel(bucket)} does not have versioning enabled`;
    if (s.presence === "absent") return { message: msg };
    if (s.presence === "inline") {
      const list = blocks(bucket.attributes.versioning) ?? [];
      for (const v of list) if (bool(read(v, "enabled"), false) === false) return { attribute: "versioning", message: msg };
      return;
    }
    if (s.presence === "resource") {
      let unknown = false;
      for (const r of s.resources) {
        const status2 = read(r, "versioning_configuration.status");
        if (status2 === void 0) unknown = true;
        else if (str(status2) === "Enabled") return;
      }
      if (!unknown) return { resource: s.resources[0], attribute: "versioning_configuration", message: msg };
    }
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Enabled" }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  versioning { enabled = true }
}`,
      `variable "bucket_id" {}
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "other" {
  bucket = var.bucket_id
  versioning_configuration { status = "Enabled" }
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  versioning { enabled = false }
}`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Suspended" }
}`
    ]
  }
});
var r292 = defineRule({
  id: "aws-sagemaker-endpoint-config-cmk",
  title: "SageMaker endpoint configuration encrypts its storage with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_98"],
  resourceTypes: ["aws_sagemaker_endpoint_configuration"],
  description: "kms_key_arn encrypts the ML storage volumes attached to the endpoint instances with a key whose policy you control; without it an AWS-managed key is used.",
  remediation: `\`\`\`hcl
kms_key_arn = aws_kms_key.sagemaker.arn
\`\`\``,
  check: expectAt("kms_key_arn", nonEmpty, "The endpoint configuration does not name a KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_sagemaker_endpoint_configuration" "e" {
  name        = "ep"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    variant_name           = "v1"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.t2.medium"
  }
}`
    ],
    bad: [
      `resource "aws_sagemaker_endpoint_configuration" "e" {
  name = "ep"
  production_variants {
    variant_name           = "v1"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.t2.medium"
  }
}`
    ]
  }
});
var r293 = defineRule({
  id: "aws-sagemaker-model-network-isolation",
  title: "SageMaker model runs with network isolation",
  severity: "medium",
  aliases: ["CKV_AWS_370"],
  resourceTypes: ["aws_sagemaker_model"],
  description: "With network isolation the model container makes no outbound network calls, so third-party model code cannot send data out. Off by default.",
  remediation: `\`\`\`hcl
enable_network_isolation = true
\`\`\``,
  check: expectAt("enable_network_isolation", isTrue, "The model container is not network-isolated", "fail"),
  examples: {
    good: [
      `resource "aws_sagemaker_model" "m" {
  name                     = "model"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = true
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1"
  }
}`
    ],
    bad: [
      `resource "aws_sagemaker_model" "m" {
  name               = "model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sm"
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1"
  }
}`
    ]
  }
});
var r294 = defineRule({
  id: "aws-sagemaker-notebook-cmk",
  title: "SageMaker notebook instance storage uses a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_22"],
  resourceTypes: ["aws_sagemaker_notebook_instance"],
  description: "Without kms_key_id the notebook volume is encrypted with an AWS-managed key, which your key policy cannot restrict or audit separately.",
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.sagemaker.arn
\`\`\``,
  check: expectAt("kms_key_id", nonEmpty, "The notebook instance does not name a KMS key", "fail"),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  kms_key_id    = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`
    ]
  }
});
var r295 = defineRule({
  id: "aws-sagemaker-notebook-imdsv2",
  title: "SageMaker notebook instance requires IMDSv2",
  severity: "high",
  aliases: ["CKV_AWS_371"],
  resourceTypes: ["aws_sagemaker_notebook_instance"],
  description: 'IMDSv1 answers plain GET requests, so a server-side request forgery in notebook code can read the instance role credentials. Minimum version "2" requires session tokens.',
  remediation: `\`\`\`hcl
instance_metadata_service_configuration {
  minimum_instance_metadata_service_version = "2"
}
\`\`\``,
  check: expectAt(
    "instance_metadata_service_configuration.minimum_instance_metadata_service_version",
    equals("2"),
    "The notebook instance allows IMDSv1",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}`
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "1"
  }
}`,
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`
    ]
  }
});
var r296 = defineRule({
  id: "aws-sagemaker-notebook-in-vpc",
  title: "SageMaker notebook instance is launched into your VPC",
  severity: "medium",
  aliases: ["CKV_AWS_306"],
  resourceTypes: ["aws_sagemaker_notebook_instance"],
  description: "Without subnet_id the notebook runs in a SageMaker-managed network, outside your security groups, flow logs and VPC endpoints.",
  remediation: `\`\`\`hcl
subnet_id       = aws_subnet.private.id
security_groups = [aws_security_group.notebook.id]
\`\`\``,
  check: expectAt("subnet_id", nonEmpty, "The notebook instance is not in a subnet of your VPC", "fail"),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name            = "nb"
  role_arn        = "arn:aws:iam::123456789012:role/sm"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123"
  security_groups = ["sg-0123"]
}`
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`
    ]
  }
});
var r297 = defineRule({
  id: "aws-sagemaker-notebook-no-direct-internet",
  title: "SageMaker notebook instance has direct internet access disabled",
  severity: "medium",
  aliases: ["CKV_AWS_122"],
  resourceTypes: ["aws_sagemaker_notebook_instance"],
  description: 'With direct internet access the notebook reaches (and is reachable from) the internet outside your VPC controls. The provider default is "Enabled", so an unset value is reported too.',
  remediation: `\`\`\`hcl
subnet_id              = aws_subnet.private.id
security_groups        = [aws_security_group.notebook.id]
direct_internet_access = "Disabled"
\`\`\``,
  check: expectAt("direct_internet_access", equals("Disabled"), "The notebook instance has direct internet access", "fail"),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name                   = "nb"
  role_arn               = "arn:aws:iam::123456789012:role/sm"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0123"
  security_groups        = ["sg-0123"]
  direct_internet_access = "Disabled"
}`
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name                   = "nb"
  role_arn               = "arn:aws:iam::123456789012:role/sm"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}`,
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`
    ]
  }
});
var r298 = defineRule({
  id: "aws-sagemaker-notebook-no-root-access",
  title: "SageMaker notebook instance users do not have root access",
  severity: "medium",
  aliases: ["CKV_AWS_307"],
  resourceTypes: ["aws_sagemaker_notebook_instance"],
  description: `Root access lets every notebook user change the instance, install anything and read other users' files. The provider default is "Enabled", so an unset value is reported too.`,
  remediation: `\`\`\`hcl
root_access = "Disabled"
\`\`\``,
  check: expectAt("root_access", equals("Disabled"), "Notebook users have root access", "fail"),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}`
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`,
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  root_access   = "Enabled"
}`
    ]
  }
});
var r299 = defineRule({
  id: "aws-secretsmanager-cmk",
  title: "Secrets Manager secret is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_149", "AVD-AWS-0098"],
  legacyIds: ["aws-ssm-secret-use-customer-key"],
  resourceTypes: ["aws_secretsmanager_secret"],
  description: "A customer-managed key lets the key policy (not only IAM) decide who may decrypt the secret, and allows cross-account use.",
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.secrets.arn
\`\`\``,
  // Naming the AWS-managed key explicitly (alias/aws/secretsmanager) is the same as leaving it out.
  check: expectAt(
    "kms_key_id",
    (v) => typeof v === "string" && /^(arn:[^:]+:kms:[^:]*:[^:]*:)?alias\/aws\//.test(v) ? false : nonEmpty(v),
    "The secret uses the AWS-managed key",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_secretsmanager_secret" "s" {
  name       = "db"
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_secretsmanager_secret" "s" {
  name = "db"
}`
    ]
  }
});
const statements$2 = exampleStatements("secretsmanager:GetSecretValue");
const example$2 = exampleOf("aws_secretsmanager_secret_policy", {
  secret_arn: '"arn:aws:secretsmanager:us-east-1:123456789012:secret:db"'
});
var r300 = defineRule({
  id: "aws-secretsmanager-policy-no-public-access",
  title: "Secrets Manager secret policy does not allow public access",
  severity: "critical",
  aliases: [],
  resourceTypes: ["aws_secretsmanager_secret_policy"],
  description: 'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the secret.',
  remediation: namedPrincipalRemediation("secretsmanager:GetSecretValue"),
  check: publicCheck("secret"),
  examples: {
    good: [example$2(statements$2.named), example$2(statements$2.narrowed)],
    bad: [example$2(statements$2.open)]
  }
});
var r301 = defineRule({
  id: "aws-secretsmanager-rotation",
  title: "Secrets Manager secret has automatic rotation",
  severity: "low",
  aliases: ["CKV2_AWS_57"],
  resourceTypes: ["aws_secretsmanager_secret"],
  description: "Rotating secrets automatically limits how long a leaked value stays usable. An aws_secretsmanager_secret_rotation pointing at the secret counts.",
  remediation: `\`\`\`hcl
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules { automatically_after_days = 30 }
}
\`\`\``,
  check: (secret, ctx) => {
    const links = ctx.linked(secret, "aws_secretsmanager_secret_rotation", "secret_id", ["name", "arn"]);
    if (links.found.length > 0 || links.uncertain) return;
    return { message: "The secret is not rotated automatically" };
  },
  examples: {
    good: [
      `resource "aws_secretsmanager_secret" "s" { name = "db" }
resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = aws_secretsmanager_secret.s.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { automatically_after_days = 30 }
}`
    ],
    bad: [`resource "aws_secretsmanager_secret" "s" { name = "db" }`]
  }
});
var r302 = defineRule({
  id: "aws-secretsmanager-rotation-90-days",
  title: "Secrets Manager rotation happens within 90 days",
  severity: "low",
  aliases: ["CKV_AWS_304"],
  resourceTypes: ["aws_secretsmanager_secret_rotation"],
  description: "A rotation interval above 90 days leaves a leaked secret usable for months.",
  remediation: `\`\`\`hcl
rotation_rules {
  automatically_after_days = 30
}
\`\`\``,
  check: allOf(
    expectAt("rotation_rules.automatically_after_days", atMost(90), "Rotation happens less often than every 90 days", "pass"),
    // The same interval written as a schedule: rate(N days) (cron schedules are not judged).
    expectAt(
      "rotation_rules.schedule_expression",
      (v) => {
        const m = typeof v === "string" ? /^rate\(\s*(\d+)\s+days?\s*\)$/i.exec(v.trim()) : null;
        return m ? Number(m[1]) <= 90 : typeof v === "string" ? true : void 0;
      },
      "Rotation happens less often than every 90 days",
      "pass"
    )
  ),
  examples: {
    good: [
      `resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = "s"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { automatically_after_days = 30 }
}`
    ],
    bad: [
      `resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = "s"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { automatically_after_days = 180 }
}`,
      `resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = "s"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { schedule_expression = "rate(180 days)" }
}`
    ]
  }
});
var r303 = defineRule({
  id: "aws-sns-cmk",
  title: "SNS topic uses a customer-managed KMS key",
  severity: "low",
  aliases: ["AVD-AWS-0136"],
  legacyIds: ["aws-sns-topic-encryption-use-cmk"],
  resourceTypes: ["aws_sns_topic"],
  description: "The AWS-managed alias/aws/sns key cannot be shared with other accounts or restricted by your key policy.",
  remediation: `\`\`\`hcl
kms_master_key_id = aws_kms_key.sns.id
\`\`\``,
  check: expectAt("kms_master_key_id", notEquals("alias/aws/sns"), "The topic uses the AWS-managed key alias/aws/sns", "pass"),
  examples: {
    good: [
      `resource "aws_sns_topic" "t" {
  name              = "events"
  kms_master_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_sns_topic" "t" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}`
    ]
  }
});
var r304 = defineRule({
  id: "aws-sns-encryption",
  title: "SNS topic is encrypted",
  severity: "medium",
  aliases: ["CKV_AWS_26", "AVD-AWS-0095"],
  legacyIds: ["aws-sns-enable-topic-encryption"],
  resourceTypes: ["aws_sns_topic"],
  description: "Server-side encryption protects messages stored by SNS until they are delivered.",
  remediation: `\`\`\`hcl
kms_master_key_id = aws_kms_key.sns.id
\`\`\``,
  check: expectAt("kms_master_key_id", nonEmpty, "The topic is not encrypted", "fail"),
  examples: {
    good: [
      `resource "aws_sns_topic" "t" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}`
    ],
    bad: [
      `resource "aws_sns_topic" "t" {
  name = "events"
}`
    ]
  }
});
const statements$1 = exampleStatements("sns:Publish");
const example$1 = exampleOf("aws_sns_topic_policy", { arn: '"arn:aws:sns:us-east-1:123456789012:events"' });
var r305 = defineRule({
  id: "aws-sns-policy-no-public-access",
  title: "SNS topic policy does not allow public access",
  severity: "critical",
  aliases: ["CKV_AWS_169"],
  resourceTypes: ["aws_sns_topic_policy", "aws_sns_topic"],
  description: 'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the topic.',
  remediation: namedPrincipalRemediation("sns:Publish"),
  check: publicCheck("topic"),
  examples: {
    good: [example$1(statements$1.named), example$1(statements$1.narrowed)],
    bad: [example$1(statements$1.open)]
  }
});
var r306 = defineRule({
  id: "aws-sqs-cmk",
  title: "SQS queue uses a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV2_AWS_73", "AVD-AWS-0135"],
  legacyIds: ["aws-sqs-queue-encryption-use-cmk"],
  resourceTypes: ["aws_sqs_queue"],
  description: "The AWS-managed alias/aws/sqs key cannot be restricted by your key policy or used across accounts.",
  remediation: `\`\`\`hcl
kms_master_key_id = aws_kms_key.sqs.id
\`\`\``,
  check: expectAt("kms_master_key_id", notEquals("alias/aws/sqs"), "The queue uses the AWS-managed key alias/aws/sqs", "pass"),
  examples: {
    good: [
      `resource "aws_sqs_queue" "q" {
  name              = "jobs"
  kms_master_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`
    ],
    bad: [
      `resource "aws_sqs_queue" "q" {
  name              = "jobs"
  kms_master_key_id = "alias/aws/sqs"
}`
    ]
  }
});
var r307 = defineRule({
  id: "aws-sqs-encryption",
  title: "SQS queue is encrypted",
  severity: "low",
  aliases: ["CKV_AWS_27", "AVD-AWS-0096"],
  legacyIds: ["aws-sqs-enable-queue-encryption"],
  resourceTypes: ["aws_sqs_queue"],
  description: "Messages at rest should be encrypted with SSE-SQS (sqs_managed_sse_enabled) or a KMS key (kms_master_key_id).",
  remediation: `\`\`\`hcl
kms_master_key_id                 = aws_kms_key.sqs.id
kms_data_key_reuse_period_seconds = 300
\`\`\``,
  check: (res) => {
    const kms = read(res, "kms_master_key_id");
    const sse = bool(read(res, "sqs_managed_sse_enabled"), false);
    if (kms === void 0 || sse === void 0) return;
    if (typeof kms === "string" && kms !== "") return;
    if (sse) return;
    return {
      attribute: res.attributes.sqs_managed_sse_enabled !== void 0 ? "sqs_managed_sse_enabled" : void 0,
      message: "The queue is not encrypted"
    };
  },
  examples: {
    good: [
      `resource "aws_sqs_queue" "q" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
}`,
      `resource "aws_sqs_queue" "q" {
  name              = "jobs"
  kms_master_key_id = "alias/app"
}`
    ],
    bad: [
      `resource "aws_sqs_queue" "q" {
  name = "jobs"
}`,
      `resource "aws_sqs_queue" "q" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}`
    ]
  }
});
const statements = exampleStatements("sqs:SendMessage");
const example = exampleOf("aws_sqs_queue_policy", { queue_url: '"https://sqs.us-east-1.amazonaws.com/123456789012/jobs"' });
var r308 = defineRule({
  id: "aws-sqs-policy-no-public-access",
  title: "SQS queue policy does not allow public access",
  severity: "critical",
  aliases: ["CKV_AWS_168", "CKV_AWS_387"],
  resourceTypes: ["aws_sqs_queue_policy", "aws_sqs_queue"],
  description: 'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the queue.',
  remediation: namedPrincipalRemediation("sqs:SendMessage"),
  check: publicCheck("queue"),
  examples: {
    good: [example(statements.named), example(statements.narrowed)],
    bad: [example(statements.open)]
  }
});
var r309 = defineRule({
  id: "aws-sqs-policy-no-wildcard-actions",
  title: "SQS queue policy does not allow all actions",
  severity: "high",
  aliases: ["CKV_AWS_72", "AVD-AWS-0097"],
  legacyIds: ["aws-sqs-no-wildcards-in-policy-documents"],
  resourceTypes: ["aws_sqs_queue_policy", "aws_sqs_queue"],
  description: 'An Allow statement with "*" or "sqs:*" lets its principals also purge, delete and re-permission the queue.',
  remediation: `\`\`\`hcl
actions = ["sqs:SendMessage"]
\`\`\``,
  check: (res, ctx) => {
    for (const s of policyStatements(res, "policy", ctx) ?? []) {
      if (s.effect === "Allow" && s.actions?.some((a) => a === "*" || a.toLowerCase() === "sqs:*"))
        return { attribute: "policy", message: "The queue policy allows every SQS action" };
    }
  },
  examples: {
    good: [
      `resource "aws_sqs_queue_policy" "p" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = "*" }]
  })
}`
    ],
    bad: [
      `resource "aws_sqs_queue_policy" "p" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sqs:*", Resource = "*" }]
  })
}`
    ]
  }
});
var r310 = defineRule({
  id: "aws-ssm-document-not-public",
  title: "SSM documents are not shared publicly",
  severity: "high",
  aliases: ["CKV_AWS_303"],
  resourceTypes: ["aws_ssm_document"],
  description: 'permissions with account_ids = "All" publishes the document to every AWS account: its content (scripts, parameter names, internal hostnames) becomes public and anyone can run it in their account.',
  remediation: `\`\`\`hcl
permissions = {
  type        = "Share"
  account_ids = "123456789012"
}
\`\`\``,
  check: (res) => {
    for (const p of blocks(res.attributes.permissions) ?? []) {
      const ids = strings(read(p, "account_ids"));
      if (ids?.some((i) => i.split(",").some((x) => x.trim().toLowerCase() === "all")))
        return { attribute: "permissions", message: 'The document is shared with every AWS account (account_ids = "All")' };
    }
  },
  examples: {
    good: [
      `resource "aws_ssm_document" "d" {
  name          = "setup"
  document_type = "Command"
  content       = "{}"
  permissions = {
    type        = "Share"
    account_ids = "123456789012"
  }
}`
    ],
    bad: [
      `resource "aws_ssm_document" "d" {
  name          = "setup"
  document_type = "Command"
  content       = "{}"
  permissions = {
    type        = "Share"
    account_ids = "All"
  }
}`
    ]
  }
});
var r311 = defineRule({
  id: "aws-ssm-parameter-cmk",
  title: "SSM SecureString parameter is encrypted with a customer-managed KMS key",
  severity: "low",
  aliases: ["CKV_AWS_337"],
  resourceTypes: ["aws_ssm_parameter"],
  description: "SecureString parameters are encrypted with the AWS-managed key alias/aws/ssm unless key_id names another; a customer-managed key lets you decide who may decrypt them and audit each use.",
  remediation: `\`\`\`hcl
resource "aws_ssm_parameter" "db_password" {
  name   = "/app/db/password"
  type   = "SecureString"
  value  = var.db_password
  key_id = aws_kms_key.app.arn
}
\`\`\``,
  check: (res) => {
    const type = read(res, "type");
    if (typeof type !== "string" || type !== "SecureString") return;
    const key = read(res, "key_id");
    if (key === void 0) return;
    const k = str(key);
    if (!k) return { attribute: "type", message: "The SecureString parameter uses the AWS-managed key (no key_id)" };
    if (/(^|:)alias\/aws\/ssm$/.test(k))
      return { attribute: "key_id", message: "The SecureString parameter uses the AWS-managed key alias/aws/ssm" };
  },
  examples: {
    good: [
      `resource "aws_ssm_parameter" "p" {
  name   = "/app/secret"
  type   = "SecureString"
  value  = "x"
  key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`,
      `resource "aws_ssm_parameter" "p" {
  name  = "/app/flag"
  type  = "String"
  value = "on"
}`
    ],
    bad: [
      `resource "aws_ssm_parameter" "p" {
  name  = "/app/secret"
  type  = "SecureString"
  value = "x"
}`,
      `resource "aws_ssm_parameter" "p" {
  name   = "/app/secret"
  type   = "SecureString"
  value  = "x"
  key_id = "alias/aws/ssm"
}`
    ]
  }
});
var r312 = defineRule({
  id: "aws-sfn-execution-logging",
  title: "Step Functions state machines log their execution history",
  severity: "low",
  aliases: ["CKV_AWS_285"],
  resourceTypes: ["aws_sfn_state_machine"],
  description: "A logging_configuration with include_execution_data = true sends each execution\u2019s events, inputs and outputs to CloudWatch Logs, which is what is needed to investigate a failed or abused workflow. Mind that inputs and outputs may carry personal data.",
  remediation: `\`\`\`hcl
logging_configuration {
  log_destination        = "\${aws_cloudwatch_log_group.sfn.arn}:*"
  include_execution_data = true
  level                  = "ERROR"
}
\`\`\``,
  check: expectAt(
    "logging_configuration.include_execution_data",
    isTrue,
    "The state machine does not log execution data (include_execution_data is not true)",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_sfn_state_machine" "s" {
  name       = "flow"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:sfn:*"
    include_execution_data = true
    level                  = "ERROR"
  }
}`
    ],
    bad: [
      `resource "aws_sfn_state_machine" "s" {
  name       = "flow"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}`
    ]
  }
});
var r313 = defineRule({
  id: "aws-sfn-xray-tracing",
  title: "Step Functions state machine has X-Ray tracing enabled",
  severity: "low",
  aliases: ["CKV_AWS_284"],
  resourceTypes: ["aws_sfn_state_machine"],
  description: "X-Ray traces show each state transition and the services it called, which is how slow or failing steps are found.",
  remediation: `\`\`\`hcl
tracing_configuration {
  enabled = true
}
\`\`\``,
  check: expectAt("tracing_configuration.enabled", isTrue, "X-Ray tracing is not enabled", "fail"),
  examples: {
    good: [
      `resource "aws_sfn_state_machine" "m" {
  name       = "orders"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = "{}"
  tracing_configuration {
    enabled = true
  }
}`
    ],
    bad: [
      `resource "aws_sfn_state_machine" "m" {
  name       = "orders"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = "{}"
}`
    ]
  }
});
const ATTACHED_RULE_TYPES = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"];
var r314 = defineRule({
  id: "aws-vpc-default-sg-restricts-all",
  title: "The default security group restricts all traffic",
  severity: "medium",
  aliases: ["CKV2_AWS_12"],
  resourceTypes: ["aws_vpc", "aws_default_security_group"],
  description: "Resources launched without a security group land in the default one; it should allow nothing, so that mistake fails closed. AWS creates it allowing all traffic between its members and all outbound traffic, so a VPC must manage it (aws_default_security_group with no rules) to close it.",
  remediation: `Manage the default group with no rules:
\`\`\`hcl
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}
\`\`\``,
  check: (res, ctx) => res.type === "aws_vpc" ? checkVpc(res, ctx) : checkOrphanGroup(res, ctx),
  examples: {
    good: [
      `resource "aws_default_security_group" "d" { vpc_id = "vpc-1" }`,
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_default_security_group" "d" { vpc_id = aws_vpc.main.id }`
    ],
    bad: [
      `resource "aws_default_security_group" "d" {
  vpc_id = "vpc-1"
  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}`,
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }`,
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_default_security_group" "d" { vpc_id = aws_vpc.main.id }
resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_default_security_group.d.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}`
    ]
  }
});
function checkVpc(vpc, ctx) {
  const groups = ctx.linked(vpc, "aws_default_security_group", "vpc_id");
  if (groups.found.length === 0) {
    if (groups.uncertain) return void 0;
    return {
      message: `VPC "${vpc.name}" leaves its default security group open as AWS creates it (all traffic between members, all egress)`
    };
  }
  for (const sg of groups.found) {
    const opening = openingOf(sg, ctx);
    if (opening) return { message: `VPC "${vpc.name}": the default security group ${sg.address} has ${opening}` };
  }
  return void 0;
}
function checkOrphanGroup(sg, ctx) {
  const owned = ctx.memo("aws_vpc.default-security-groups", () => {
    const out2 = /* @__PURE__ */ new Set();
    for (const vpc of ctx.ofType("aws_vpc")) for (const g of ctx.linked(vpc, "aws_default_security_group", "vpc_id").found) out2.add(g);
    return out2;
  });
  if (owned.has(sg)) return void 0;
  const out = [];
  for (const dir of ["ingress", "egress"]) {
    const list = blocks(sg.attributes[dir]);
    if (list && list.length > 0) out.push({ attribute: dir, message: `The default security group has ${dir} rules` });
  }
  return out;
}
function openingOf(sg, ctx) {
  for (const dir of ["ingress", "egress"]) {
    const list = blocks(sg.attributes[dir]);
    if (list && list.length > 0) return `${dir} rules`;
  }
  for (const type of ATTACHED_RULE_TYPES) {
    const attached = ctx.linked(sg, type, "security_group_id").found;
    if (attached.length > 0) return `a rule ${attached[0].address}`;
  }
  return void 0;
}
var r315 = defineRule({
  id: "aws-vpc-endpoint-service-acceptance",
  title: "VPC endpoint services require manual acceptance of connections",
  severity: "medium",
  aliases: ["CKV_AWS_123"],
  resourceTypes: ["aws_vpc_endpoint_service"],
  description: "With acceptance_required = false every principal allowed to create an endpoint connects to the service at once; requiring acceptance lets the owner review each consumer.",
  remediation: `\`\`\`hcl
resource "aws_vpc_endpoint_service" "svc" {
  acceptance_required        = true
  network_load_balancer_arns = [aws_lb.svc.arn]
}
\`\`\``,
  check: expectAt(
    "acceptance_required",
    isTrue,
    "The endpoint service accepts connections without review (acceptance_required is not true)",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_vpc_endpoint_service" "s" {
  acceptance_required        = true
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/svc/1"]
}`
    ],
    bad: [
      `resource "aws_vpc_endpoint_service" "s" {
  acceptance_required        = false
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/svc/1"]
}`
    ]
  }
});
var r316 = defineRule({
  id: "aws-vpc-flow-logs",
  title: "VPC has flow logs enabled",
  severity: "medium",
  aliases: ["CKV2_AWS_11", "AVD-AWS-0178"],
  legacyIds: ["aws-ec2-require-vpc-flow-logs-for-all-vpcs", "aws-vpc-require-vpc-flow-logs-for-all-vpcs"],
  resourceTypes: ["aws_vpc"],
  description: "Flow logs record accepted and rejected traffic, needed to investigate incidents and spot unexpected connections. An aws_flow_log pointing at the VPC (vpc_id) counts.",
  remediation: `\`\`\`hcl
resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = aws_iam_role.flow.arn
}
\`\`\``,
  check: (vpc, ctx) => {
    const links = ctx.linked(vpc, "aws_flow_log", "vpc_id");
    if (links.found.length > 0 || links.uncertain) return;
    return { message: `VPC "${vpc.name}" has no flow log` };
  },
  examples: {
    good: [
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_flow_log" "f" {
  vpc_id       = aws_vpc.main.id
  traffic_type = "ALL"
}`
    ],
    bad: [`resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }`]
  }
});
function naclIngress(res) {
  if (res.type === "aws_network_acl_rule") {
    const egress = bool(read(res, "egress"), false);
    if (egress !== false) return egress === void 0 ? void 0 : [];
    const cidr = str(read(res, "cidr_block")) ?? str(read(res, "ipv6_cidr_block"));
    return [
      {
        protocol: protocolOf(read(res, "protocol")),
        from: num(read(res, "from_port")),
        to: num(read(res, "to_port")),
        cidr,
        allow: actionAllows(read(res, "rule_action")),
        ruleNo: num(read(res, "rule_number")),
        attribute: res.attributes.cidr_block !== void 0 ? "cidr_block" : "ipv6_cidr_block"
      }
    ];
  }
  const list = blocks(res.attributes.ingress);
  if (!list) return void 0;
  return list.map((b, i) => ({
    protocol: protocolOf(b.protocol),
    from: num(b.from_port),
    to: num(b.to_port),
    cidr: str(b.cidr_block) ?? str(b.ipv6_cidr_block),
    allow: actionAllows(b.action),
    ruleNo: num(b.rule_no),
    attribute: `ingress[${i}]`
  }));
}
function actionAllows(v) {
  return typeof v === "string" ? v.toLowerCase() === "allow" : void 0;
}
function protocolOf(v) {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return void 0;
  return v.toLowerCase() === "all" ? "-1" : v.toLowerCase();
}
const isWorld = (c) => c === void 0 ? void 0 : c === "0.0.0.0/0" || c === "::/0";
function naclCoversPort(e, port) {
  if (e.protocol === void 0) return void 0;
  if (e.protocol === "-1") return true;
  if (!["tcp", "6", "udp", "17"].includes(e.protocol)) return false;
  if (e.from === void 0 || e.to === void 0) return void 0;
  return e.from <= port && port <= e.to;
}
const NACL_TYPES = ["aws_network_acl", "aws_network_acl_rule"];
var r317 = defineRule({
  id: "aws-vpc-nacl-no-all-ports",
  title: "Network ACL does not allow every protocol from the internet",
  severity: "high",
  aliases: ["CKV_AWS_352", "AVD-AWS-0102"],
  legacyIds: ["aws-ec2-no-excessive-port-access", "aws-vpc-no-excessive-port-access"],
  resourceTypes: [...NACL_TYPES],
  description: "An allow entry with protocol -1 (all) from 0.0.0.0/0 removes the network ACL as a layer of defence.",
  remediation: `Allow only the protocols and ports the subnet serves:
\`\`\`hcl
protocol  = "tcp"
from_port = 443
to_port   = 443
\`\`\``,
  check: (res) => (naclIngress(res) ?? []).filter((e) => e.allow === true && e.protocol === "-1" && isWorld(e.cidr) === true).map((e) => ({ attribute: e.attribute, message: "The network ACL allows all protocols and ports from the internet" })),
  examples: {
    good: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
}`
    ],
    bad: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}`
    ]
  }
});
function naclPublicPortCheck(port, service) {
  return (res) => {
    const entries = naclIngress(res) ?? [];
    const shadowed = (e) => entries.some(
      (d) => d.allow === false && d.cidr === e.cidr && d.ruleNo !== void 0 && e.ruleNo !== void 0 && d.ruleNo < e.ruleNo && ["-1", "tcp", "6"].includes(d.protocol ?? "") && naclCoversPort(d, port) === true
    );
    return entries.filter((e) => e.allow === true && isWorld(e.cidr) === true && naclCoversPort(e, port) === true && !shadowed(e)).map((e) => ({ attribute: e.attribute, message: `The network ACL allows ${service} (port ${port}) from the internet` }));
  };
}
function naclAdminCidrRemediation(name, port) {
  return `\`\`\`hcl
resource "aws_network_acl_rule" "${name}" {
  network_acl_id = aws_network_acl.main.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = var.admin_cidr
  from_port      = ${port}
  to_port        = ${port}
}
\`\`\``;
}
function naclRuleExample(cidr, port) {
  return `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "${cidr}"
  from_port      = ${port}
  to_port        = ${port}
}`;
}
const NACL_ALL_TCP_FROM_ANYWHERE = `resource "aws_network_acl" "a" {
  vpc_id = "vpc-1"
  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
}`;
var r318 = defineRule({
  id: "aws-vpc-nacl-no-public-ftp",
  title: "Network ACL does not allow FTP (21) from the internet",
  severity: "high",
  aliases: ["CKV_AWS_229"],
  resourceTypes: [...NACL_TYPES],
  description: "An allow entry from 0.0.0.0/0 or ::/0 covering port 21 exposes FTP to the whole internet; FTP sends credentials and data in clear text.",
  remediation: naclAdminCidrRemediation("ftp", 21),
  check: naclPublicPortCheck(21, "FTP"),
  examples: {
    good: [naclRuleExample("10.0.0.0/8", 21)],
    bad: [naclRuleExample("0.0.0.0/0", 21)]
  }
});
var r319 = defineRule({
  id: "aws-vpc-nacl-no-public-ftp-data",
  title: "Network ACL does not allow FTP data (20) from the internet",
  severity: "high",
  aliases: ["CKV_AWS_230"],
  resourceTypes: [...NACL_TYPES],
  description: "An allow entry from 0.0.0.0/0 or ::/0 covering port 20 exposes FTP data to the whole internet; FTP sends credentials and data in clear text.",
  remediation: naclAdminCidrRemediation("ftp-data", 20),
  check: naclPublicPortCheck(20, "FTP data"),
  examples: {
    good: [naclRuleExample("10.0.0.0/8", 20)],
    bad: [naclRuleExample("0.0.0.0/0", 20)]
  }
});
var r320 = defineRule({
  id: "aws-vpc-nacl-no-public-rdp",
  title: "Network ACL does not allow RDP (3389) from the internet",
  severity: "critical",
  aliases: ["CKV_AWS_231"],
  // Trivy/tfsec report these under their generic public-ingress check for network ACLs.
  legacyIds: ["AVD-AWS-0105", "aws-ec2-no-public-ingress-acl", "aws-vpc-no-public-ingress-acl"],
  resourceTypes: [...NACL_TYPES],
  description: "An allow entry from 0.0.0.0/0 or ::/0 covering port 3389 lets the whole internet reach RDP in the subnets.",
  remediation: naclAdminCidrRemediation("rdp", 3389),
  check: naclPublicPortCheck(3389, "RDP"),
  examples: {
    good: [
      naclRuleExample("10.0.0.0/8", 3389),
      // A lower-numbered deny wins over the later allow-all.
      `resource "aws_network_acl" "public" {
  vpc_id = "vpc-123"
  ingress {
    rule_no    = 10
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
}`
    ],
    bad: [naclRuleExample("0.0.0.0/0", 3389), NACL_ALL_TCP_FROM_ANYWHERE]
  }
});
var r321 = defineRule({
  id: "aws-vpc-nacl-no-public-ssh",
  title: "Network ACL does not allow SSH (22) from the internet",
  severity: "critical",
  aliases: ["CKV_AWS_232"],
  // Trivy/tfsec report these under their generic public-ingress check for network ACLs.
  legacyIds: ["AVD-AWS-0105", "aws-ec2-no-public-ingress-acl", "aws-vpc-no-public-ingress-acl"],
  resourceTypes: [...NACL_TYPES],
  description: "An allow entry from 0.0.0.0/0 or ::/0 covering port 22 lets the whole internet reach SSH in the subnets.",
  remediation: naclAdminCidrRemediation("ssh", 22),
  check: naclPublicPortCheck(22, "SSH"),
  examples: {
    good: [naclRuleExample("10.0.0.0/8", 22)],
    bad: [naclRuleExample("0.0.0.0/0", 22), NACL_ALL_TCP_FROM_ANYWHERE]
  }
});
var r322 = defineRule({
  id: "aws-vpc-subnet-no-public-ip",
  title: "Subnet does not assign public IPs on launch",
  severity: "medium",
  aliases: ["CKV_AWS_130", "AVD-AWS-0164"],
  legacyIds: ["aws-ec2-no-public-ip-subnet", "aws-vpc-no-public-ip-subnet"],
  resourceTypes: ["aws_subnet"],
  description: "With map_public_ip_on_launch every instance in the subnet becomes reachable from the internet by default.",
  remediation: `\`\`\`hcl
map_public_ip_on_launch = false
\`\`\``,
  check: expectAt("map_public_ip_on_launch", isFalse, "Instances launched in this subnet get a public IP address", "pass"),
  examples: {
    good: [
      `resource "aws_subnet" "s" {
  vpc_id     = "vpc-1"
  cidr_block = "10.0.1.0/24"
}`
    ],
    bad: [
      `resource "aws_subnet" "s" {
  vpc_id                  = "vpc-1"
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}`
    ]
  }
});
var r323 = defineRule({
  id: "aws-waf-acl-has-rules",
  title: "WAF web ACL has rules",
  severity: "medium",
  aliases: ["CKV_AWS_175"],
  resourceTypes: ["aws_wafv2_web_acl", "aws_waf_web_acl", "aws_wafregional_web_acl"],
  description: "A web ACL without rules applies only its default action to every request: it is attached but filters nothing.",
  remediation: `\`\`\`hcl
rule {
  name     = "common"
  priority = 1
  override_action {
    none {}
  }
  statement {
    managed_rule_group_statement {
      vendor_name = "AWS"
      name        = "AWSManagedRulesCommonRuleSet"
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "common"
    sampled_requests_enabled   = true
  }
}
\`\`\``,
  // aws_wafv2_web_acl and aws_wafregional_web_acl take `rule` blocks, aws_waf_web_acl `rules` blocks.
  check: (res) => {
    let unknown = false;
    for (const key of ["rule", "rules"]) {
      const list = blocks(res.attributes[key]);
      if (list === void 0) unknown = true;
      else if (list.some((b) => Object.keys(b).length > 0)) return;
    }
    if (unknown) return;
    return { message: "The web ACL has no rules" };
  },
  examples: {
    good: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "web"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "web"
    sampled_requests_enabled   = true
  }
}`
    ],
    bad: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "web"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "web"
    sampled_requests_enabled   = true
  }
}`
    ]
  }
});
var r324 = defineRule({
  id: "aws-waf-classic-logging",
  title: "WAF Classic web ACLs log requests",
  severity: "low",
  aliases: ["CKV_AWS_176"],
  resourceTypes: ["aws_waf_web_acl", "aws_wafregional_web_acl"],
  description: "Without a logging_configuration the web ACL keeps no record of the requests it allowed or blocked, so attacks and false positives cannot be investigated. (WAF Classic is retired; migrate to aws_wafv2_web_acl.)",
  remediation: `\`\`\`hcl
logging_configuration {
  log_destination = aws_kinesis_firehose_delivery_stream.waf.arn
}
\`\`\``,
  check: expectAt(
    "logging_configuration.log_destination",
    nonEmpty,
    "The web ACL does not log requests (no logging_configuration)",
    "fail"
  ),
  examples: {
    good: [
      `resource "aws_waf_web_acl" "w" {
  name        = "acl"
  metric_name = "acl"
  default_action {
    type = "ALLOW"
  }
  logging_configuration {
    log_destination = "arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-acl"
  }
}`
    ],
    bad: [
      `resource "aws_wafregional_web_acl" "w" {
  name        = "acl"
  metric_name = "acl"
  default_action {
    type = "ALLOW"
  }
}`
    ]
  }
});
var r325 = defineRule({
  id: "aws-wafv2-logging",
  title: "WAFv2 web ACLs log requests",
  severity: "low",
  aliases: ["CKV2_AWS_31"],
  resourceTypes: ["aws_wafv2_web_acl"],
  description: "Without an aws_wafv2_web_acl_logging_configuration the web ACL keeps no record of the requests it allowed or blocked: attacks and false positives cannot be investigated (sampled requests keep only three hours).",
  remediation: `\`\`\`hcl
resource "aws_wafv2_web_acl_logging_configuration" "acl" {
  resource_arn            = aws_wafv2_web_acl.acl.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn] # name must start with aws-waf-logs-
}
\`\`\``,
  check: (acl, ctx) => {
    const { found, uncertain } = ctx.linked(acl, "aws_wafv2_web_acl_logging_configuration", "resource_arn");
    if (found.length === 0 && !uncertain) return { message: "The web ACL has no logging configuration" };
  },
  examples: {
    good: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "acl"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acl"
    sampled_requests_enabled   = true
  }
}
resource "aws_wafv2_web_acl_logging_configuration" "l" {
  resource_arn            = aws_wafv2_web_acl.w.arn
  log_destination_configs = ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-acl"]
}`
    ],
    bad: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "acl"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acl"
    sampled_requests_enabled   = true
  }
}`
    ]
  }
});
const ALL_RULES = [
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r7,
  r8,
  r9,
  r10,
  r11,
  r12,
  r13,
  r14,
  r15,
  r16,
  r17,
  r18,
  r19,
  r20,
  r21,
  r22,
  r23,
  r24,
  r25,
  r26,
  r27,
  r28,
  r29,
  r30,
  r31,
  r32,
  r33,
  r34,
  r35,
  r36,
  r37,
  r38,
  r39,
  r40,
  r41,
  r42,
  r43,
  r44,
  r45,
  r46,
  r47,
  r48,
  r49,
  r50,
  r51,
  r52,
  r53,
  r54,
  r55,
  r56,
  r57,
  r58,
  r59,
  r60,
  r61,
  r62,
  r63,
  r64,
  r65,
  r66,
  r67,
  r68,
  r69,
  r70,
  r71,
  r72,
  r73,
  r74,
  r75,
  r76,
  r77,
  r78,
  r79,
  r80,
  r81,
  r82,
  r83,
  r84,
  r85,
  r86,
  r87,
  r88,
  r89,
  r90,
  r91,
  r92,
  r93,
  r94,
  r95,
  r96,
  r97,
  r98,
  r99,
  r100,
  r101,
  r102,
  r103,
  r104,
  r105,
  r106,
  r107,
  r108,
  r109,
  r110,
  r111,
  r112,
  r113,
  r114,
  r115,
  r116,
  r117,
  r118,
  r119,
  r120,
  r121,
  r122,
  r123,
  r124,
  r125,
  r126,
  r127,
  r128,
  r129,
  r130,
  r131,
  r132,
  r133,
  r134,
  r135,
  r136,
  r137,
  r138,
  r139,
  r140,
  r141,
  r142,
  r143,
  r144,
  r145,
  r146,
  r147,
  r148,
  r149,
  r150,
  r151,
  r152,
  r153,
  r154,
  r155,
  r156,
  r157,
  r158,
  r159,
  r160,
  r161,
  r162,
  r163,
  r164,
  r165,
  r166,
  r167,
  r168,
  r169,
  r170,
  r171,
  r172,
  r173,
  r174,
  r175,
  r176,
  r177,
  r178,
  r179,
  r180,
  r181,
  r182,
  r183,
  r184,
  r185,
  r186,
  r187,
  r188,
  r189,
  r190,
  r191,
  r192,
  r193,
  r194,
  r195,
  r196,
  r197,
  r198,
  r199,
  r200,
  r201,
  r202,
  r203,
  r204,
  r205,
  r206,
  r207,
  r208,
  r209,
  r210,
  r211,
  r212,
  r213,
  r214,
  r215,
  r216,
  r217,
  r218,
  r219,
  r220,
  r221,
  r222,
  r223,
  r224,
  r225,
  r226,
  r227,
  r228,
  r229,
  r230,
  r231,
  r232,
  r233,
  r234,
  r235,
  r236,
  r237,
  r238,
  r239,
  r240,
  r241,
  r242,
  r243,
  r244,
  r245,
  r246,
  r247,
  r248,
  r249,
  r250,
  r251,
  r252,
  r253,
  r254,
  r255,
  r256,
  r257,
  r258,
  r259,
  r260,
  r261,
  r262,
  r263,
  r264,
  r265,
  r266,
  r267,
  r268,
  r269,
  r270,
  r271,
  r272,
  r273,
  r274,
  r275,
  r276,
  r277,
  r278,
  r279,
  r280,
  r281,
  r282,
  r283,
  r284,
  r285,
  r286,
  r287,
  r288,
  r289,
  r290,
  r291,
  r292,
  r293,
  r294,
  r295,
  r296,
  r297,
  r298,
  r299,
  r300,
  r301,
  r302,
  r303,
  r304,
  r305,
  r306,
  r307,
  r308,
  r309,
  r310,
  r311,
  r312,
  r313,
  r314,
  r315,
  r316,
  r317,
  r318,
  r319,
  r320,
  r321,
  r322,
  r323,
  r324,
  r325
];
const OURS = /inframate:ignore:([A-Za-z0-9_,*-]+)((?::[a-z]+:[^\s:]+)*)\s*(.*)$/i;
const CHECKOV = /checkov:skip=([A-Za-z0-9_]+)(?::\s*(.*))?$/i;
const TRIVY = /\b(trivy|tfsec):ignore:([A-Za-z0-9_,*-]+)((?::[a-z]+:[^\s:]+)*)\s*(.*)$/i;
function parseSuppressions(comment) {
  const text = comment.text.replace(/^\s*(#|\/\/|\/\*)\s*/, "").replace(/\*\/\s*$/, "").trim();
  const out = [];
  const base = { file: comment.file, line: comment.line };
  let m = OURS.exec(text);
  if (m) {
    const expires = option(m[2] ?? "", "exp");
    for (const id of m[1].split(","))
      if (id) out.push({ ...base, source: "inframate", id: id.toLowerCase(), reason: clean(m[3]), expires });
    return out;
  }
  m = CHECKOV.exec(text);
  if (m) return [{ ...base, source: "checkov", id: m[1].toLowerCase(), reason: clean(m[2]) }];
  m = TRIVY.exec(text);
  if (m) {
    const expires = option(m[3] ?? "", "exp");
    const source = m[1].toLowerCase();
    for (const id of m[2].split(",")) if (id) out.push({ ...base, source, id: id.toLowerCase(), reason: clean(m[4]), expires });
  }
  return out;
}
function option(opts, name) {
  const m = new RegExp(`:${name}:([^:\\s]+)`, "i").exec(opts);
  return m?.[1];
}
function clean(s) {
  const t = s?.replace(/^[-:\s]+/, "").trim();
  return t ? t : void 0;
}
function isActive(s, today) {
  if (!s.expires) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.expires)) return false;
  return s.expires >= today;
}
class SuppressionIndex {
  constructor(comments, resources, modules = []) {
    this.modules = modules;
    for (const c of comments) {
      if (!/(inframate|checkov|trivy|tfsec):/i.test(c.text)) continue;
      for (const s of parseSuppressions(c)) {
        let list = this.byFile.get(s.file);
        if (!list) this.byFile.set(s.file, list = []);
        list.push(s);
      }
    }
    for (const list of this.byFile.values()) list.sort((a, b) => a.line - b.line);
    for (const p of [...resources.map((r) => r.pos), ...modules.map((m) => m.pos)]) {
      if (!this.byFile.has(p.file)) continue;
      let list = this.starts.get(p.file);
      if (!list) this.starts.set(p.file, list = []);
      list.push(p.line);
    }
    for (const list of this.starts.values()) list.sort((a, b) => a - b);
    modules.forEach((call, i) => {
      this.callOrder.set(call, i);
      for (const [map, key] of [
        [this.callsByAddress, call.address],
        [this.callsByBase, baseAddress(call.address)]
      ]) {
        const list = map.get(key) ?? [];
        if (!list.some((c) => c.pos.file === call.pos.file && c.pos.line === call.pos.line)) list.push(call);
        map.set(key, list);
      }
    });
  }
  modules;
  byFile = /* @__PURE__ */ new Map();
  /** Block start lines per file, to bound "inside the block". */
  starts = /* @__PURE__ */ new Map();
  /** Module calls by address and by address without index, and the answer per module path (10,000 calls ? 60,000 findings was minutes). */
  callsByAddress = /* @__PURE__ */ new Map();
  callsByBase = /* @__PURE__ */ new Map();
  callOrder = /* @__PURE__ */ new Map();
  callsOfPath = /* @__PURE__ */ new Map();
  /** Suppressions that apply to a finding of `resource` at `line` (and, for module resources, those on the module calls above it). */
  candidates(resource, line) {
    const out = this.around(resource.pos.file, resource.pos.line, this.blockEnd(resource.pos.file, resource.pos.line, resource.pos), line);
    for (const call of this.moduleCallsOf(resource))
      out.push(...this.around(call.pos.file, call.pos.line, this.blockEnd(call.pos.file, call.pos.line), -1));
    return out;
  }
  /**
   * The module calls a resource sits under: a call whose address (or address without index) is the
   * resource's module path or a prefix of it ending before "." (or before "[" for the unindexed form).
   */
  moduleCallsOf(resource) {
    const path = resource.modulePath;
    if (!path) return [];
    const hit = this.callsOfPath.get(path);
    if (hit) return hit;
    const found = /* @__PURE__ */ new Set();
    const add = (list) => list?.forEach((c) => found.add(c));
    for (let i = 1; i <= path.length; i++) {
      const c = path[i];
      if (i === path.length || c === ".") {
        add(this.callsByAddress.get(path.slice(0, i)));
        add(this.callsByBase.get(path.slice(0, i)));
      } else if (c === "[") add(this.callsByBase.get(path.slice(0, i)));
    }
    const places = /* @__PURE__ */ new Set();
    const out = [...found].sort((a, b) => this.callOrder.get(a) - this.callOrder.get(b)).filter((c) => !places.has(`${c.pos.file}:${c.pos.line}`) && places.add(`${c.pos.file}:${c.pos.line}`));
    this.callsOfPath.set(path, out);
    return out;
  }
  around(file, start, end, line) {
    const list = this.byFile.get(file);
    if (!list) return [];
    return list.filter(
      (s) => (
        // the comment run right above the block header, or on the header line itself
        s.line < start && s.line >= start - 3 && this.onlyCommentsBetween(s, start, list) || s.line === start || // inside the block
        s.line > start && s.line <= end || // right above, or trailing, the offending attribute
        line > 0 && (s.line === line || s.line === line - 1)
      )
    );
  }
  /** Last line of the block starting at `start`: the loader's end line when given, else up to the next block. */
  blockEnd(file, start, pos) {
    const explicit = pos?.endLine;
    if (typeof explicit === "number") return explicit;
    const starts = this.starts.get(file) ?? [];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (starts[mid] > start) hi = mid;
      else lo = mid + 1;
    }
    const next = starts[lo];
    if (next === void 0) return Number.MAX_SAFE_INTEGER;
    const list = this.byFile.get(file) ?? [];
    let end = next - 1;
    while (list.some((s) => s.line === end)) end--;
    return end;
  }
  /** Between a suppression above a block and the block, only other suppression comments (a contiguous run). */
  onlyCommentsBetween(s, start, list) {
    for (let l = s.line + 1; l < start; l++) if (!list.some((x) => x.line === l)) return false;
    return true;
  }
}
const named = (r, ids) => ids.has(r.id) || r.aliases.some((a) => ids.has(a.toLowerCase())) || (r.legacyIds ?? []).some((a) => ids.has(a.toLowerCase()));
function selectRules(ruleIds, rules = ALL_RULES, skipRuleIds = []) {
  const skipped = new Set(skipRuleIds.map((id) => id.toLowerCase()));
  const kept = rules.filter((r) => !named(r, skipped));
  if (!ruleIds || ruleIds.length === 0) return kept;
  const wanted = new Set(ruleIds.map((id) => id.toLowerCase()));
  return kept.filter((r) => named(r, wanted));
}
function unknownRuleIds(ids, rules = ALL_RULES) {
  return ids.filter((id) => !rules.some((r) => named(r, /* @__PURE__ */ new Set([id.toLowerCase()]))));
}
function matchSkip(rule, address, skips, today) {
  return skips.find(
    (s) => named(rule, /* @__PURE__ */ new Set([s.id])) && (!s.expires || today <= s.expires) && (!s.resource || (s.resource.endsWith("*") ? address.startsWith(s.resource.slice(0, -1)) : address === s.resource))
  );
}
function scanTerraform(loaded, opts = {}) {
  const rules = selectRules(opts.ruleIds, opts.rules ?? ALL_RULES, opts.skipRuleIds);
  const ctx = new RuleContext(loaded);
  const suppressions = new SuppressionIndex(loaded.comments ?? [], loaded.resources, loaded.modules ?? []);
  const today = (opts.now ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const findings = [];
  const ruleErrors = [];
  const seen = /* @__PURE__ */ new Set();
  const rootOf = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    opts.checkpoint?.(`rule ${rule.id}`);
    for (const type of rule.resourceTypes) {
      for (const res of ctx.ofType(type)) {
        let issues;
        try {
          const r = rule.check(res, ctx);
          issues = !r ? [] : Array.isArray(r) ? r : [r];
        } catch (error) {
          ruleErrors.push(`${rule.id} on ${res.address}: ${error?.message ?? String(error)}`);
          continue;
        }
        for (const issue of issues) {
          const target = issue.resource ?? res;
          const line = lineOf(target, issue.attribute);
          const key = `${rule.id}|${target.address}|${line}|${issue.message}|${target === res ? "" : res.address}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const place = `${rule.id}|${target.address}|${target.pos.file}|${line}`;
          const root = target.rootDir ?? "";
          if ((rootOf.get(place) ?? root) !== root) continue;
          rootOf.set(place, root);
          const finding = {
            ruleId: rule.id,
            aliases: rule.aliases,
            title: rule.title,
            severity: rule.severity,
            resource: target.address,
            resourceType: target.type,
            file: target.pos.file,
            line,
            message: issue.message,
            remediation: rule.remediation,
            suppressed: false
          };
          if (target !== res) finding.subject = { resource: res.address, file: res.pos.file, line: Math.max(1, res.pos.line) };
          const candidates = suppressions.candidates(target, line);
          if (target !== res) candidates.push(...suppressions.candidates(res, res.pos.line));
          const by = matchSuppression(rule, candidates, today);
          if (by) {
            finding.suppressed = true;
            finding.suppressedBy = by.source;
            if (by.reason) finding.suppressionReason = by.reason;
          } else {
            const skip = matchSkip(rule, target.address, opts.skips ?? [], today);
            if (skip) {
              finding.suppressed = true;
              finding.suppressedBy = skip.from;
              finding.suppressionReason = skip.reason ?? `skipped in ${skip.source}`;
            }
          }
          findings.push(finding);
        }
      }
    }
  }
  findings.sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareText(a.file, b.file) || a.line - b.line || compareText(a.ruleId, b.ruleId) || compareText(a.resource, b.resource)
  );
  return {
    findings,
    rulesEvaluated: rules.length,
    resourcesScanned: loaded.resources.filter((r) => r.kind === "resource").length,
    ruleErrors
  };
}
function lineOf(res, attribute) {
  if (attribute && res.attributePos) {
    const segs = attribute.split(".");
    for (let n = segs.length; n > 0; n--) {
      const path = segs.slice(0, n).join(".");
      for (const key of [path, path.replace(/\[\d+\]$/, "")]) {
        const p = res.attributePos[key];
        if (p && p.file === res.pos.file) return p.line;
      }
    }
  }
  return res.pos.line;
}
function matchSuppression(rule, candidates, today) {
  for (const s of candidates) {
    if (!isActive(s, today)) continue;
    if (namesRule(rule, s)) return s;
  }
  return void 0;
}
function namesRule(rule, s) {
  const aliases = rule.aliases.map((a) => a.toLowerCase());
  const legacy = (rule.legacyIds ?? []).map((a) => a.toLowerCase());
  switch (s.source) {
    case "inframate":
      return s.id === "*" || s.id === rule.id || aliases.includes(s.id);
    case "checkov":
      return aliases.includes(s.id) && s.id.startsWith("ckv");
    case "trivy":
    case "tfsec":
      return aliases.includes(s.id) && s.id.startsWith("avd-") || legacy.includes(s.id) || s.id === "*";
  }
}
export { ALL_RULES as A, containerDefinitions as c, scanTerraform as s, unknownRuleIds as u };
