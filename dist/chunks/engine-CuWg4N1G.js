import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { b as isUnknown, U as UNKNOWN } from "./load-CM2Ct550.js";
import { I as InputError } from "./errors-D-4Njnnn.js";
import { d as distExports } from "./index-CZcDDwPZ.js";
function escapeHclStringBody(value) {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const next = value[i + 1];
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if ((ch === "$" || ch === "%") && next === "{") out += `${ch}${ch}`;
    else if (ch < " " || ch === "\u2028" || ch === "\u2029") out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out;
}
function hclString(value) {
  return `"${escapeHclStringBody(value === void 0 || value === null ? "" : String(value))}"`;
}
const IDENT_START = /^[A-Za-z_]/;
function tfIdent(value) {
  let s = String(value ?? "").toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/_+/g, "_").replace(/^_+|_+$/g, "");
  if (s === "") s = "main";
  if (!IDENT_START.test(s)) s = `_${s}`;
  return s.slice(0, 64);
}
function awsName(value, max = 32) {
  const s = String(value ?? "").toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/, "");
  return /^[a-z]/.test(s) ? s : `app-${s}`.replace(/-+$/, "").slice(0, max);
}
function hclLiteral(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null) return "null";
  if (typeof value === "string") return hclString(value);
  if (Array.isArray(value)) return `[${value.map(hclLiteral).join(", ")}]`;
  throw new Error(`cannot render ${typeof value} as an HCL literal`);
}
function hclMap(map, indent = "  ") {
  const entries = Object.entries(map ?? {});
  if (entries.length === 0) return "{}";
  const width = Math.max(...entries.map(([k]) => hclString(k).length));
  const body = entries.map(([k, v]) => `${indent}  ${hclString(k).padEnd(width)} = ${hclLiteral(v)}`).join("\n");
  return `{
${body}
${indent}}`;
}
function markdownText(value) {
  return String(value ?? "").replace(/[\r\n]+/g, " ").replace(/[<>`|]/g, (c) => `\\${c}`);
}
const HOURS_PER_MONTH = 730;
function attr(r, path) {
  let cur = r.attributes;
  for (const key of path.split(".")) {
    if (Array.isArray(cur)) cur = cur[0];
    if (cur === void 0 || cur === null) return void 0;
    if (isUnknown(cur)) return UNKNOWN;
    if (typeof cur !== "object") return void 0;
    cur = cur[key];
  }
  return cur === null ? void 0 : cur;
}
function str(v) {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function num(v) {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return void 0;
}
function bool(v) {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return void 0;
}
function list(v) {
  if (isUnknown(v)) return UNKNOWN;
  if (Array.isArray(v)) return v;
  if (v === void 0 || v === null) return [];
  return [v];
}
const round = (n, digits = 8) => Math.round(n * 10 ** digits) / 10 ** digits;
function component(name, unit, quantity, price, extra = {}) {
  const p = price ?? null;
  const cost = quantity === null || p === null ? null : round(quantity * p);
  const note = extra.note ?? (p === null ? "no price in the table for this variant" : void 0);
  return {
    name,
    unit,
    monthlyQuantity: quantity === null ? null : round(quantity),
    price: p,
    monthlyCost: cost,
    ...extra.usageBased ? { usageBased: true } : {},
    ...note ? { note } : {},
    ...extra.assumption ? { assumption: extra.assumption } : {}
  };
}
function unknownComponent(name, unit, price, note) {
  return component(name, unit, null, price, { note });
}
function hourly(name, price, count = 1, unit = "hours") {
  return component(name, unit, HOURS_PER_MONTH * count, price);
}
function monthly(name, price, count = 1, unit = "months") {
  return component(name, unit, count, price);
}
function fromUsage(ctx, name, unit, key, priceKey, per = 1, fallback) {
  const q = ctx.usage[key];
  const price = ctx.prices.get(priceKey);
  if (q === void 0 && fallback)
    return component(name, unit, fallback.quantity, price, { usageBased: true, assumption: fallback.assumption });
  if (q === void 0) return component(name, unit, null, price, { usageBased: true, note: `set ${key} in the usage file` });
  return component(name, unit, q / per, price, { usageBased: true });
}
function instanceHours(ctx, name, service, type, count = 1, attributeName = "instance_type") {
  if (type === void 0 || isUnknown(type)) {
    return unknownComponent(name, "hours", void 0, `${attributeName} is not known statically`);
  }
  const price = ctx.prices.instance(service, type);
  const label = `${name} (${type})`;
  if (count === void 0 || isUnknown(count)) return unknownComponent(label, "hours", price, "instance count is not known statically");
  if (price === void 0)
    return component(label, "hours", HOURS_PER_MONTH * count, void 0, { note: `no price for ${type} in the table` });
  return hourly(label, price, count);
}
const FREE_TYPES = /* @__PURE__ */ new Set([
  "aws_vpc",
  "aws_subnet",
  "aws_default_vpc",
  "aws_default_subnet",
  "aws_default_security_group",
  "aws_default_route_table",
  "aws_default_network_acl",
  "aws_security_group",
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule",
  "aws_network_acl",
  "aws_network_acl_rule",
  "aws_network_acl_association",
  "aws_route_table",
  "aws_customer_gateway",
  "aws_vpn_gateway",
  "aws_vpn_gateway_attachment",
  "aws_route",
  "aws_route_table_association",
  "aws_main_route_table_association",
  "aws_internet_gateway",
  "aws_internet_gateway_attachment",
  "aws_egress_only_internet_gateway",
  "aws_vpc_dhcp_options",
  "aws_vpc_dhcp_options_association",
  "aws_vpc_ipv4_cidr_block_association",
  "aws_vpc_endpoint_route_table_association",
  "aws_vpc_endpoint_subnet_association",
  "aws_vpc_peering_connection",
  "aws_vpc_peering_connection_accepter",
  "aws_flow_log",
  "aws_network_interface",
  "aws_network_interface_attachment",
  "aws_eip_association",
  "aws_volume_attachment",
  "aws_key_pair",
  "aws_placement_group",
  "aws_launch_template",
  "aws_launch_configuration",
  "aws_autoscaling_policy",
  "aws_autoscaling_schedule",
  "aws_autoscaling_attachment",
  "aws_appautoscaling_target",
  "aws_appautoscaling_policy",
  "aws_appautoscaling_scheduled_action",
  "aws_lb_listener",
  "aws_lb_listener_rule",
  "aws_lb_listener_certificate",
  "aws_lb_target_group",
  "aws_lb_target_group_attachment",
  "aws_alb_listener",
  "aws_alb_listener_rule",
  "aws_alb_target_group",
  "aws_alb_target_group_attachment",
  "aws_ecs_cluster",
  "aws_ecs_cluster_capacity_providers",
  "aws_ecs_capacity_provider",
  "aws_ecs_task_definition",
  "aws_eks_addon",
  "aws_eks_access_entry",
  "aws_eks_access_policy_association",
  "aws_eks_identity_provider_config",
  "aws_eks_pod_identity_association",
  "aws_db_subnet_group",
  "aws_db_parameter_group",
  "aws_db_option_group",
  "aws_rds_cluster_parameter_group",
  "aws_db_instance_role_association",
  "aws_rds_cluster_role_association",
  "aws_elasticache_subnet_group",
  "aws_elasticache_parameter_group",
  "aws_elasticache_user",
  "aws_elasticache_user_group",
  "aws_docdb_subnet_group",
  "aws_docdb_cluster_parameter_group",
  "aws_redshift_subnet_group",
  "aws_redshift_parameter_group",
  "aws_opensearch_domain_policy",
  "aws_elasticsearch_domain_policy",
  "aws_msk_configuration",
  "aws_kms_alias",
  "aws_kms_grant",
  "aws_kms_key_policy",
  "aws_acm_certificate",
  "aws_acm_certificate_validation",
  "aws_route53_record",
  "aws_route53_zone_association",
  "aws_cloudwatch_log_resource_policy",
  "aws_cloudwatch_log_subscription_filter",
  "aws_cloudwatch_log_metric_filter",
  "aws_cloudwatch_event_rule",
  "aws_cloudwatch_event_target",
  "aws_lambda_permission",
  "aws_lambda_alias",
  "aws_lambda_event_source_mapping",
  "aws_lambda_layer_version",
  "aws_lambda_function_url",
  "aws_lambda_function_event_invoke_config",
  "aws_sqs_queue_policy",
  "aws_sqs_queue_redrive_policy",
  "aws_sqs_queue_redrive_allow_policy",
  "aws_sns_topic_policy",
  "aws_ecr_lifecycle_policy",
  "aws_ecr_repository_policy",
  "aws_secretsmanager_secret_version",
  "aws_secretsmanager_secret_policy",
  "aws_secretsmanager_secret_rotation",
  "aws_ssm_document",
  "aws_cloudfront_origin_access_identity",
  "aws_cloudfront_origin_access_control",
  "aws_cloudfront_cache_policy",
  "aws_cloudfront_origin_request_policy",
  "aws_cloudfront_response_headers_policy",
  "aws_cloudfront_function",
  "aws_wafv2_web_acl_association",
  "aws_wafv2_web_acl_logging_configuration",
  "aws_wafv2_ip_set",
  "aws_wafv2_regex_pattern_set",
  "aws_s3_object",
  "aws_s3_bucket_object",
  "aws_api_gateway_deployment",
  "aws_api_gateway_resource",
  "aws_api_gateway_method",
  "aws_api_gateway_method_settings",
  "aws_api_gateway_method_response",
  "aws_api_gateway_integration",
  "aws_api_gateway_integration_response",
  "aws_api_gateway_account",
  "aws_api_gateway_authorizer",
  "aws_api_gateway_base_path_mapping",
  "aws_api_gateway_domain_name",
  "aws_api_gateway_rest_api_policy",
  "aws_apigatewayv2_stage",
  "aws_apigatewayv2_route",
  "aws_apigatewayv2_integration",
  "aws_apigatewayv2_authorizer",
  "aws_apigatewayv2_deployment",
  "aws_apigatewayv2_domain_name",
  "aws_apigatewayv2_api_mapping",
  "aws_apigatewayv2_vpc_link",
  "aws_service_discovery_service",
  "aws_cognito_user_pool_client",
  "aws_cognito_user_pool_domain",
  "aws_guardduty_detector_feature",
  "aws_ebs_encryption_by_default",
  "aws_ebs_default_kms_key",
  "aws_s3_account_public_access_block",
  "aws_accessanalyzer_analyzer",
  "aws_resourcegroups_group",
  "aws_budgets_budget"
]);
const FREE_PREFIXES = [
  "aws_iam_",
  "aws_s3_bucket_",
  "random_",
  "tls_",
  "null_",
  "local_",
  "time_",
  "archive_",
  "terraform_",
  "external_",
  "http_",
  "cloudinit_"
];
function isFreeType(type) {
  return FREE_TYPES.has(type) || FREE_PREFIXES.some((p) => type.startsWith(p));
}
const SIZE_RATIO = {
  nano: 1 / 16,
  micro: 1 / 8,
  small: 1 / 4,
  medium: 1 / 2,
  large: 1,
  xlarge: 2,
  "2xlarge": 4,
  "3xlarge": 6,
  "4xlarge": 8,
  "6xlarge": 12,
  "8xlarge": 16,
  "9xlarge": 18,
  "10xlarge": 20,
  "12xlarge": 24,
  "16xlarge": 32,
  "18xlarge": 36,
  "24xlarge": 48,
  "32xlarge": 64,
  "48xlarge": 96
};
const EC2_FAMILIES = {
  t1: { large: 0.16, sizes: { micro: 0.02 }, previousGeneration: true, successor: "t3" },
  t2: {
    large: 0.0928,
    sizes: { nano: 58e-4, micro: 0.0116, small: 0.023 },
    previousGeneration: true,
    successor: "t3",
    gravitonEquivalent: "t4g"
  },
  t3: { large: 0.0832, gravitonEquivalent: "t4g" },
  t3a: { large: 0.0752, gravitonEquivalent: "t4g" },
  t4g: { large: 0.0672, graviton: true },
  m1: { large: 0.175, sizes: { small: 0.044, medium: 0.087 }, previousGeneration: true, successor: "m5" },
  m3: { large: 0.133, sizes: { medium: 0.067 }, previousGeneration: true, successor: "m5" },
  m4: { large: 0.1, previousGeneration: true, successor: "m5", gravitonEquivalent: "m6g" },
  m5: { large: 0.096, gravitonEquivalent: "m6g" },
  m5a: { large: 0.086, gravitonEquivalent: "m6g" },
  m5n: { large: 0.119, gravitonEquivalent: "m6g" },
  m6i: { large: 0.096, gravitonEquivalent: "m7g" },
  m6a: { large: 0.0864, gravitonEquivalent: "m7g" },
  m6g: { large: 0.077, graviton: true },
  m7i: { large: 0.1008, gravitonEquivalent: "m7g" },
  m7a: { large: 0.11592, gravitonEquivalent: "m7g" },
  m7g: { large: 0.0816, graviton: true },
  m8g: { large: 0.08976, graviton: true },
  c1: { large: 0.52, sizes: { medium: 0.13 }, previousGeneration: true, successor: "c5" },
  c3: { large: 0.105, previousGeneration: true, successor: "c5" },
  c4: { large: 0.1, previousGeneration: true, successor: "c5", gravitonEquivalent: "c6g" },
  c5: { large: 0.085, gravitonEquivalent: "c6g" },
  c5a: { large: 0.077, gravitonEquivalent: "c6g" },
  c5n: { large: 0.108, gravitonEquivalent: "c6gn" },
  c6i: { large: 0.085, gravitonEquivalent: "c7g" },
  c6a: { large: 0.0765, gravitonEquivalent: "c7g" },
  c6g: { large: 0.068, graviton: true },
  c6gn: { large: 0.0864, graviton: true },
  c7i: { large: 0.08925, gravitonEquivalent: "c7g" },
  c7g: { large: 0.0725, graviton: true },
  // r3.xlarge lists at $0.333, not 2 ? $0.166 (Infracost instance_test golden: $486.18 for 1,460 h)
  r3: { large: 0.166, sizes: { xlarge: 0.333 }, previousGeneration: true, successor: "r5" },
  r4: { large: 0.133, previousGeneration: true, successor: "r5", gravitonEquivalent: "r6g" },
  r5: { large: 0.126, gravitonEquivalent: "r6g" },
  r5a: { large: 0.113, gravitonEquivalent: "r6g" },
  r6i: { large: 0.126, gravitonEquivalent: "r7g" },
  r6a: { large: 0.1134, gravitonEquivalent: "r7g" },
  r6g: { large: 0.1008, graviton: true },
  r7i: { large: 0.1323, gravitonEquivalent: "r7g" },
  r7g: { large: 0.1071, graviton: true },
  i3: { large: 0.156 },
  i4i: { large: 0.172 },
  x1: { large: 0, sizes: { "16xlarge": 6.669, "32xlarge": 13.338 }, previousGeneration: true },
  g4dn: { large: 0, sizes: { xlarge: 0.526, "2xlarge": 0.752, "4xlarge": 1.204, "8xlarge": 2.176, "12xlarge": 3.912, "16xlarge": 4.352 } },
  g5: { large: 0, sizes: { xlarge: 1.006, "2xlarge": 1.212, "4xlarge": 1.624, "8xlarge": 2.448, "12xlarge": 5.672 } },
  p3: { large: 0, sizes: { "2xlarge": 3.06, "8xlarge": 12.24, "16xlarge": 24.48 } }
};
const RDS_FAMILIES = {
  "db.t2": { large: 0.136, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, previousGeneration: true, successor: "db.t3" },
  "db.t3": { large: 0.136, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, gravitonEquivalent: "db.t4g" },
  "db.t4g": { large: 0.129, sizes: { micro: 0.016, small: 0.032, medium: 0.065 }, graviton: true },
  "db.m4": { large: 0.175, previousGeneration: true, successor: "db.m5" },
  "db.m5": { large: 0.171, gravitonEquivalent: "db.m6g" },
  "db.m6i": { large: 0.171, gravitonEquivalent: "db.m7g" },
  "db.m6g": { large: 0.152, graviton: true },
  "db.m7g": { large: 0.168, graviton: true },
  "db.r4": { large: 0.24, previousGeneration: true, successor: "db.r5" },
  "db.r5": { large: 0.24, gravitonEquivalent: "db.r6g" },
  "db.r6i": { large: 0.24, gravitonEquivalent: "db.r7g" },
  "db.r6g": { large: 0.215, graviton: true },
  "db.r7g": { large: 0.239, graviton: true }
};
const RDS_POSTGRES_FAMILIES = {
  "db.t2": { large: 0.145, sizes: { micro: 0.018, small: 0.036, medium: 0.072 }, previousGeneration: true, successor: "db.t3" },
  "db.t3": { large: 0.145, sizes: { micro: 0.018, small: 0.036, medium: 0.072 }, gravitonEquivalent: "db.t4g" },
  "db.m4": { large: 0.182, previousGeneration: true, successor: "db.m5" },
  "db.m5": { large: 0.178, gravitonEquivalent: "db.m6g" },
  "db.m6i": { large: 0.178, gravitonEquivalent: "db.m7g" },
  "db.m6g": { large: 0.159, graviton: true },
  "db.m7g": { large: 0.176, graviton: true },
  "db.r4": { large: 0.25, previousGeneration: true, successor: "db.r5" },
  "db.r5": { large: 0.25, gravitonEquivalent: "db.r6g" },
  "db.r6i": { large: 0.25, gravitonEquivalent: "db.r7g" },
  "db.r6g": { large: 0.225, graviton: true },
  "db.r7g": { large: 0.251, graviton: true }
};
const AURORA_FAMILIES = {
  "db.t3": { large: 0.164, sizes: { small: 0.041, medium: 0.082 }, gravitonEquivalent: "db.t4g" },
  "db.t4g": { large: 0.146, sizes: { medium: 0.073 }, graviton: true },
  "db.r5": { large: 0.29, gravitonEquivalent: "db.r6g" },
  "db.r6i": { large: 0.29, gravitonEquivalent: "db.r7g" },
  "db.r6g": { large: 0.26, graviton: true },
  "db.r7g": { large: 0.277, graviton: true },
  "db.r4": { large: 0.29, previousGeneration: true, successor: "db.r5" }
};
const ELASTICACHE_FAMILIES = {
  "cache.t2": { large: 0, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, previousGeneration: true, successor: "cache.t3" },
  "cache.t3": { large: 0, sizes: { micro: 0.017, small: 0.034, medium: 0.068 }, gravitonEquivalent: "cache.t4g" },
  "cache.t4g": { large: 0, sizes: { micro: 0.016, small: 0.032, medium: 0.065 }, graviton: true },
  "cache.m4": { large: 0.156, previousGeneration: true, successor: "cache.m5" },
  "cache.m5": { large: 0.156, gravitonEquivalent: "cache.m6g" },
  "cache.m6g": { large: 0.149, graviton: true },
  "cache.m7g": { large: 0.158, graviton: true },
  "cache.r4": { large: 0.228, previousGeneration: true, successor: "cache.r5" },
  "cache.r5": { large: 0.216, gravitonEquivalent: "cache.r6g" },
  "cache.r6g": { large: 0.206, graviton: true },
  "cache.r7g": { large: 0.219, graviton: true }
};
const OPENSEARCH_FAMILIES = {
  t2: { large: 0, sizes: { micro: 0.018, small: 0.036, medium: 0.073 }, previousGeneration: true, successor: "t3" },
  t3: { large: 0, sizes: { small: 0.036, medium: 0.073 } },
  m5: { large: 0.142, gravitonEquivalent: "m6g" },
  m6g: { large: 0.128, graviton: true },
  m7g: { large: 0.136, graviton: true },
  c5: { large: 0.125, gravitonEquivalent: "c6g" },
  c6g: { large: 0.113, graviton: true },
  r5: { large: 0.186, gravitonEquivalent: "r6g" },
  r6g: { large: 0.167, graviton: true },
  r7g: { large: 0.178, graviton: true },
  m4: { large: 0.151, previousGeneration: true, successor: "m5" },
  r4: { large: 0.213, previousGeneration: true, successor: "r5" },
  // Sizes checked against Infracost's elasticsearch_domain_test golden (2,190 h $1,285.53; 730 h $1,713.31)
  c4: { large: 0, sizes: { "2xlarge": 0.587, "8xlarge": 2.347 }, previousGeneration: true, successor: "c5" },
  // UltraWarm nodes (warm_type), same golden: 1,460 h $347.48
  ultrawarm1: { large: 0, sizes: { medium: 0.238 } }
};
const DOCDB_FAMILIES = {
  "db.t3": { large: 0, sizes: { medium: 0.078 } },
  "db.t4g": { large: 0, sizes: { medium: 0.076 }, graviton: true },
  "db.r5": { large: 0.277, gravitonEquivalent: "db.r6g" },
  "db.r6g": { large: 0.256, graviton: true },
  "db.r4": { large: 0.277, previousGeneration: true, successor: "db.r5" }
};
const NEPTUNE_FAMILIES = {
  "db.t3": { large: 0, sizes: { medium: 0.098 } },
  "db.t4g": { large: 0, sizes: { medium: 0.095 }, graviton: true },
  "db.r5": { large: 0.348, gravitonEquivalent: "db.r6g" },
  "db.r6g": { large: 0.313, graviton: true },
  // db.r4.large: $0.408 (Infracost golden neptune_cluster_instance_test, AWS Price List via Infracost)
  "db.r4": { large: 0.408, previousGeneration: true, successor: "db.r5" }
};
const REDSHIFT_NODES = {
  "dc2.large": 0.25,
  "dc2.8xlarge": 4.8,
  "ra3.large": 0.543,
  "ra3.xlplus": 1.086,
  "ra3.4xlarge": 3.26,
  "ra3.16xlarge": 13.04,
  "ds2.xlarge": 0.85,
  "ds2.8xlarge": 6.8
};
const MSK_BROKERS = {
  "kafka.t3.small": 0.0456,
  "kafka.m5.large": 0.21,
  "kafka.m5.xlarge": 0.42,
  "kafka.m5.2xlarge": 0.84,
  "kafka.m5.4xlarge": 1.68,
  "kafka.m7g.large": 0.204,
  "kafka.m7g.xlarge": 0.408,
  "kafka.m7g.2xlarge": 0.816
};
function splitInstanceType(type) {
  const i = type.lastIndexOf(".");
  if (i <= 0) return null;
  return { family: type.slice(0, i), size: type.slice(i + 1) };
}
function familyHourly(table, type) {
  const parts = splitInstanceType(type);
  if (!parts) return void 0;
  const fam = table[parts.family];
  if (!fam) return void 0;
  const explicit = fam.sizes?.[parts.size];
  if (explicit !== void 0) return explicit;
  const ratio = SIZE_RATIO[parts.size];
  if (ratio === void 0 || fam.large === 0) return void 0;
  return Math.round(fam.large * ratio * 1e6) / 1e6;
}
const BURSTABLE_VCPUS = {
  t2: { nano: 1, micro: 1, small: 1, medium: 2, large: 2, xlarge: 4, "2xlarge": 8 },
  t3: { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, "2xlarge": 8 },
  t3a: { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, "2xlarge": 8 },
  t4g: { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, "2xlarge": 8 }
};
function burstableVcpus(type) {
  const parts = splitInstanceType(type);
  return parts ? BURSTABLE_VCPUS[parts.family]?.[parts.size] : void 0;
}
const same = { ratios: {}, overrides: {} };
const REGIONS = {
  "us-east-1": same,
  // us-east-2 and us-west-2 publish us-east-1's prices for every service priced here.
  "us-east-2": same,
  "us-west-2": same,
  "us-west-1": {
    ratios: { ec2: 1.166, rds: 1.17, ebs: 1.2, elasticache: 1.17, opensearch: 1.17, fargate: 1.16, s3: 1.13, eks: 1 },
    overrides: { "nat.hour": 0.048, "nat.gb": 0.048, "alb.hour": 0.0252, "nlb.hour": 0.0252, "s3.standard.gb": 0.026 }
  },
  "ca-central-1": {
    ratios: { ec2: 1.115, rds: 1.11, ebs: 1.1, elasticache: 1.1, opensearch: 1.1, fargate: 1.1, s3: 1.09 },
    overrides: { "nat.hour": 0.05, "nat.gb": 0.05, "alb.hour": 0.02475, "nlb.hour": 0.02475, "s3.standard.gb": 0.025 }
  },
  "eu-west-1": {
    ratios: {
      ec2: 1.115,
      rds: 1.058,
      ebs: 1.1,
      elasticache: 1.09,
      opensearch: 1.1,
      fargate: 1.1,
      docdb: 1.1,
      redshift: 1,
      msk: 1.1,
      aurora: 1.1
    },
    overrides: {
      "nat.hour": 0.048,
      "nat.gb": 0.048,
      "alb.hour": 0.0252,
      "nlb.hour": 0.0252,
      "ebs.gp3.gb": 0.088,
      "ebs.gp2.gb": 0.11,
      "fargate.vcpu.hour": 0.04456,
      "fargate.gb.hour": 4865e-6,
      "vpce.interface.hour": 0.011,
      "s3.standard.gb": 0.023
    }
  },
  "eu-west-2": {
    ratios: { ec2: 1.156, rds: 1.164, ebs: 1.16, elasticache: 1.15, opensearch: 1.16, fargate: 1.16, s3: 1.04, aurora: 1.16 },
    overrides: { "nat.hour": 0.05, "nat.gb": 0.05, "alb.hour": 0.0264, "nlb.hour": 0.0264, "s3.standard.gb": 0.024 }
  },
  "eu-central-1": {
    ratios: {
      ec2: 1.198,
      rds: 1.164,
      ebs: 1.19,
      elasticache: 1.2,
      opensearch: 1.2,
      fargate: 1.2,
      docdb: 1.1,
      redshift: 1.16,
      msk: 1.2,
      aurora: 1.16
    },
    overrides: {
      "nat.hour": 0.052,
      "nat.gb": 0.052,
      "alb.hour": 0.027,
      "nlb.hour": 0.027,
      "ebs.gp3.gb": 0.0952,
      "ebs.gp2.gb": 0.119,
      "fargate.vcpu.hour": 0.04656,
      "fargate.gb.hour": 511e-5,
      "vpce.interface.hour": 0.012,
      "s3.standard.gb": 0.0245,
      "eks.cluster.hour": 0.1
    }
  },
  "ap-southeast-1": {
    ratios: {
      ec2: 1.25,
      rds: 1.228,
      ebs: 1.2,
      elasticache: 1.26,
      opensearch: 1.25,
      fargate: 1.24,
      docdb: 1.2,
      redshift: 1.2,
      msk: 1.2,
      aurora: 1.2
    },
    overrides: {
      "nat.hour": 0.059,
      "nat.gb": 0.059,
      "alb.hour": 0.0252,
      "nlb.hour": 0.0252,
      "ebs.gp3.gb": 0.096,
      "ebs.gp2.gb": 0.12,
      "fargate.vcpu.hour": 0.05056,
      "fargate.gb.hour": 553e-5,
      "vpce.interface.hour": 0.013,
      "s3.standard.gb": 0.025
    }
  },
  "ap-southeast-2": {
    ratios: { ec2: 1.25, rds: 1.228, ebs: 1.2, elasticache: 1.26, opensearch: 1.25, fargate: 1.24, s3: 1.09, aurora: 1.2 },
    overrides: { "nat.hour": 0.059, "nat.gb": 0.059, "alb.hour": 0.0252, "nlb.hour": 0.0252, "s3.standard.gb": 0.025 }
  },
  "ap-northeast-1": {
    ratios: { ec2: 1.292, rds: 1.228, ebs: 1.2, elasticache: 1.26, opensearch: 1.25, fargate: 1.27, s3: 1.09, aurora: 1.2 },
    overrides: { "nat.hour": 0.062, "nat.gb": 0.062, "alb.hour": 0.0243, "nlb.hour": 0.0243, "s3.standard.gb": 0.025 }
  },
  "ap-south-1": {
    ratios: { ec2: 1.052, rds: 1, ebs: 1.14, elasticache: 1, opensearch: 1, fargate: 1, s3: 1.09 },
    overrides: { "nat.hour": 0.056, "nat.gb": 0.056, "alb.hour": 0.0239, "nlb.hour": 0.0239, "s3.standard.gb": 0.025 }
  },
  "sa-east-1": {
    ratios: { ec2: 1.594, rds: 1.62, ebs: 1.9, elasticache: 1.6, opensearch: 1.6, fargate: 1.6, s3: 1.74, aurora: 1.6 },
    overrides: { "nat.hour": 0.093, "nat.gb": 0.093, "alb.hour": 0.034, "nlb.hour": 0.034, "s3.standard.gb": 0.0405 }
  }
};
const RESERVED_TERMS = ["1_year", "3_year"];
const RESERVED_PAYMENTS = ["no_upfront", "partial_upfront", "all_upfront"];
const RESERVED_LEGACY_PAYMENTS = ["heavy_utilization", "medium_utilization", "light_utilization"];
const RESERVED_CLASSES = ["standard", "convertible"];
const TERM_MONTHS = { "1_year": 12, "3_year": 36 };
const RATES = {
  // EC2 t3.medium, Linux (instance_test: std_*, cnvr_*)
  "ec2:t3.medium|standard|1_year|no_upfront": 0.0261,
  "ec2:t3.medium|standard|1_year|partial_upfront": 0.0124,
  "ec2:t3.medium|standard|3_year|no_upfront": 0.018,
  "ec2:t3.medium|standard|3_year|partial_upfront": 83e-4,
  "ec2:t3.medium|convertible|1_year|no_upfront": 0.03,
  "ec2:t3.medium|convertible|1_year|partial_upfront": 0.0143,
  "ec2:t3.medium|convertible|3_year|no_upfront": 0.0206,
  "ec2:t3.medium|convertible|3_year|partial_upfront": 96e-4,
  // EC2 Dedicated Hosts per host-hour (ec2_host_test)
  "ec2-host:m5|-|1_year|no_upfront": 3.193,
  "ec2-host:m5|-|3_year|no_upfront": 2.19,
  "ec2-host:c5|-|1_year|partial_upfront": 1.01,
  "ec2-host:c5|-|3_year|partial_upfront": 0.653,
  // RDS db.t3.large (db_instance_test: mysql-1yr-*, postgres-3yr-*)
  "rds-mysql:db.t3.large:single|-|1_year|no_upfront": 0.0957,
  "rds-mysql:db.t3.large:single|-|1_year|partial_upfront": 0.0456,
  "rds-mysql:db.t3.large:multi|-|1_year|no_upfront": 0.1914,
  "rds-mysql:db.t3.large:multi|-|1_year|partial_upfront": 0.0911,
  "rds-postgres:db.t3.large:single|-|3_year|partial_upfront": 0.0348,
  "rds-postgres:db.t3.large:multi|-|3_year|partial_upfront": 0.0695,
  // Aurora MySQL db.r4.large (rds_cluster_instance_test)
  "aurora-mysql:db.r4.large|-|1_year|no_upfront": 0.19,
  "aurora-mysql:db.r4.large|-|1_year|partial_upfront": 0.09,
  "aurora-mysql:db.r4.large|-|3_year|partial_upfront": 0.06,
  // ElastiCache Redis cache.m6g.12xlarge (elasticache_cluster_test)
  "elasticache-redis:cache.m6g.12xlarge|-|1_year|no_upfront": 2.428,
  "elasticache-redis:cache.m6g.12xlarge|-|1_year|partial_upfront": 1.156
};
const UPFRONT = {};
function reservedRate(service, variant, offeringClass, term, payment) {
  const key = `${service}:${variant}|${offeringClass}|${term}|${payment}`;
  const upfront = UPFRONT[key] ?? null;
  if (payment === "all_upfront") return { hourly: 0, upfront };
  const hourly2 = RATES[key];
  if (hourly2 === void 0) return void 0;
  return { hourly: hourly2, upfront: payment === "no_upfront" ? 0 : upfront };
}
const PRICE_DATE = "2025-06-01";
const BASE_PRICES = {
  // EBS, per GB-month / IOPS-month / MBps-month
  "ebs.gp2.gb": 0.1,
  "ebs.gp3.gb": 0.08,
  "ebs.gp3.iops": 5e-3,
  // above 3,000 included IOPS
  "ebs.gp3.throughput": 0.04,
  // per MBps above 125 included
  "ebs.io1.gb": 0.125,
  "ebs.io1.iops": 0.065,
  "ebs.io2.gb": 0.125,
  "ebs.io2.iops": 0.065,
  // first 32,000 IOPS tier
  "ebs.st1.gb": 0.045,
  "ebs.sc1.gb": 0.015,
  "ebs.standard.gb": 0.05,
  "ebs.snapshot.gb": 0.05,
  // EBS-optimized surcharge per instance-hour, previous-generation types that charge it
  // (aws.amazon.com/ec2/previous-generation, checked against Infracost instance_test: r3.xlarge $0.02).
  // Current generations are EBS-optimized by default at no charge.
  "ec2.ebsoptimized:r3.xlarge": 0.02,
  // Dedicated-tenancy instance-hours (Linux), only the types checked against a source
  // (Infracost autoscaling_group_test: m3.medium $108.04 for 1,460 h); others stay null.
  "ec2.dedicated:m3.medium": 0.074,
  // (Infracost instance_test, instance_withLaunchTemplateByName: t3.medium dedicated $32.19 for 730 h)
  "ec2.dedicated:t3.medium": 0.0441,
  // Burstable instances in unlimited mode: surplus CPU credits per vCPU-hour, Linux
  // (aws.amazon.com/ec2/pricing/on-demand, "T2/T3/T4g Unlimited Mode Pricing"; Infracost instance_test:
  // t3.medium, 730 credit-hours ? 2 vCPUs = $73.00)
  "ec2.cpucredit.vcpu.hour": 0.05,
  // Networking
  "ipv4.hour": 5e-3,
  // every public IPv4 address, attached or idle, since 2024-02-01
  "nat.hour": 0.045,
  "nat.gb": 0.045,
  "alb.hour": 0.0225,
  "alb.lcu": 8e-3,
  "nlb.hour": 0.0225,
  "nlb.lcu": 6e-3,
  "gwlb.hour": 0.0125,
  "gwlb.lcu": 4e-3,
  "elb.hour": 0.025,
  "elb.gb": 8e-3,
  "vpce.interface.hour": 0.01,
  // per AZ
  "vpce.interface.gb": 0.01,
  "vpce.gwlb.hour": 35e-4,
  "vpce.gwlb.gb": 35e-4,
  "vpn.hour": 0.05,
  "tgw.attachment.hour": 0.05,
  "tgw.gb": 0.02,
  "globalaccelerator.hour": 0.025,
  "networkfirewall.endpoint.hour": 0.395,
  "networkfirewall.gb": 0.065,
  "cloudfront.gb": 0.085,
  // US/Europe, first 10 TB
  "cloudfront.https.10k": 0.01,
  // Databases
  "rds.gp2.gb": 0.115,
  "rds.gp3.gb": 0.115,
  "rds.gp3.iops": 0.02,
  // above the included baseline
  "rds.io1.gb": 0.125,
  "rds.io1.iops": 0.1,
  "rds.io2.gb": 0.125,
  "rds.io2.iops": 0.1,
  "rds.standard.gb": 0.1,
  "rds.backup.gb": 0.095,
  // License-dependent engines, per instance-hour, Single-AZ (aws.amazon.com/rds/sqlserver/pricing,
  // /rds/oracle/pricing); only the classes checked against Infracost's db_instance_test golden.
  // Oracle Enterprise Edition runs only with your own license on RDS (BYOL).
  "rds.sqlserver-ex:db.t3.large": 0.162,
  "rds.sqlserver-web:db.t3.large": 0.232,
  "rds.sqlserver-se:db.m5.xlarge": 1.224,
  "rds.sqlserver-ee:db.m5.xlarge": 2.336,
  "rds.oracle-byol:db.t3.large": 0.136,
  // Extended support per vCPU-hour, by year past the end of standard support (extended-support.ts)
  "rds.extended.y1.vcpu.hour": 0.1,
  "rds.extended.y2.vcpu.hour": 0.1,
  "rds.extended.y3.vcpu.hour": 0.2,
  "aurora.storage.gb": 0.1,
  "aurora.iopt.storage.gb": 0.225,
  "aurora.io.million": 0.2,
  "aurora.acu.hour": 0.12,
  // Serverless v2
  "aurora.v1.acu.hour": 0.06,
  "dynamodb.rcu.hour": 13e-5,
  "dynamodb.wcu.hour": 65e-5,
  "dynamodb.read.million": 0.125,
  // on-demand read request units (price cut of 2024-11-01)
  "dynamodb.write.million": 0.625,
  "dynamodb.storage.gb": 0.25,
  "docdb.storage.gb": 0.1,
  "docdb.io.million": 0.2,
  "elasticache.serverless.gb.hour": 0.125,
  "elasticache.serverless.ecpu.million": 34e-4,
  "opensearch.gp3.gb": 0.122,
  "opensearch.gp2.gb": 0.135,
  // aws.amazon.com/opensearch-service/pricing (EBS, per GB-month per node), checked against
  // Infracost's elasticsearch_domain_test golden: io1 $0.169/GB and $0.088/IOPS, magnetic $0.067/GB,
  // gp3 throughput $0.064 per MiB/s-month above the included baseline
  "opensearch.io1.gb": 0.169,
  "opensearch.io1.iops": 0.088,
  "opensearch.standard.gb": 0.067,
  "opensearch.gp3.throughput": 0.064,
  "redshift.managed.gb": 0.024,
  "msk.storage.gb": 0.1,
  "msk.serverless.cluster.hour": 0.75,
  // Containers and compute
  "eks.cluster.hour": 0.1,
  "eks.cluster.extended.hour": 0.6,
  // Kubernetes versions past standard support (see extended-support.ts)
  "fargate.vcpu.hour": 0.04048,
  "fargate.gb.hour": 4445e-6,
  "fargate.arm.vcpu.hour": 0.03238,
  "fargate.arm.gb.hour": 356e-5,
  "fargate.storage.gb.hour": 111e-6,
  // ephemeral storage above 20 GB
  "lambda.requests.million": 0.2,
  "lambda.gbsecond": 166667e-10,
  "lambda.arm.gbsecond": 133334e-10,
  "apprunner.vcpu.hour": 0.064,
  "apprunner.gb.hour": 7e-3,
  "ecr.storage.gb": 0.1,
  // Application integration
  "apigateway.rest.million": 3.5,
  "apigateway.http.million": 1,
  "apigateway.cache.0.5": 0.02,
  "apigateway.cache.1.6": 0.038,
  "apigateway.cache.6.1": 0.2,
  "apigateway.cache.13.5": 0.25,
  "apigateway.cache.28.4": 0.5,
  "apigateway.cache.58.2": 1,
  "apigateway.cache.118": 1.9,
  "apigateway.cache.237": 3.8,
  "apigateway.websocket.million": 1,
  "apigateway.websocket.minutes.million": 0.25,
  "sqs.standard.million": 0.4,
  "sqs.fifo.million": 0.5,
  "sns.requests.million": 0.5,
  "sns.http.million": 0.6,
  "sns.email.100k": 2,
  "sfn.standard.1k": 0.025,
  "sfn.express.million": 1,
  "kinesis.shard.hour": 0.015,
  "kinesis.put.million": 0.014,
  "kinesis.ondemand.stream.hour": 0.04,
  "kinesis.ondemand.gb": 0.08,
  "firehose.gb": 0.029,
  "eventbridge.events.million": 1,
  "transfer.protocol.hour": 0.3,
  "transfer.gb": 0.04,
  // Storage
  "s3.standard.gb": 0.023,
  "s3.standard_ia.gb": 0.0125,
  "s3.put.1k": 5e-3,
  "s3.get.1k": 4e-4,
  "efs.standard.gb": 0.3,
  "efs.ia.gb": 0.016,
  // price of 2023-11 (IA), Archive not priced
  // Management, security, DNS
  "logs.ingest.gb": 0.5,
  "logs.storage.gb": 0.03,
  "cloudwatch.alarm.standard": 0.1,
  // EC2 detailed monitoring: 7 metrics per instance at the custom-metric rate, first 10,000 metrics
  // (aws.amazon.com/cloudwatch/pricing; Infracost autoscaling_group_test: 7 metrics, $2.10)
  "cloudwatch.metric": 0.3,
  "cloudwatch.alarm.highres": 0.3,
  // Anomaly-detection alarms are billed as 3 alarm metrics (the metric and its two band bounds)
  "cloudwatch.dashboard": 3,
  "cloudwatch.alarm.composite": 0.5,
  "secretsmanager.secret": 0.4,
  "secretsmanager.api.10k": 0.05,
  "kms.key": 1,
  "kms.requests.10k": 0.03,
  "route53.zone": 0.5,
  "route53.queries.million": 0.4,
  "route53.healthcheck.aws": 0.5,
  "route53.healthcheck.other": 0.75,
  "route53.healthcheck.option.aws": 1,
  // per optional feature (aws.amazon.com/route53/pricing)
  "route53.healthcheck.option.other": 2,
  "waf.acl": 5,
  "waf.rule": 1,
  "waf.requests.million": 0.6,
  "ssm.parameter.advanced": 0.05,
  "acmpca.ca": 400,
  "acmpca.ca.shortlived": 50,
  "cloudtrail.data.100k": 0.1,
  "backup.storage.gb": 0.05,
  "codebuild.small.minute": 5e-3,
  "codebuild.medium.minute": 0.01,
  "codebuild.large.minute": 0.02,
  "config.item": 3e-3,
  "config.evaluation": 1e-3,
  // first 100,000 evaluations tier
  "sagemaker.notebook.ml.t3.medium": 0.05,
  "sagemaker.notebook.ml.t3.large": 0.1,
  "sagemaker.notebook.ml.t2.medium": 0.0464,
  "sagemaker.notebook.ml.m5.xlarge": 0.23,
  "clientvpn.association.hour": 0.1,
  "clientvpn.connection.hour": 0.05,
  "dx.port.1Gbps": 0.3,
  "dx.port.10Gbps": 2.25,
  "dx.out.gb": 0.02,
  // Added 2026-12-07 for Infracost parity; figures checked against Infracost's golden outputs
  // (tests/fixtures/infracost-aws) and the AWS pricing pages named beside them.
  "tgw.peering.hour": 0.05,
  // aws.amazon.com/transit-gateway/pricing: per attachment-hour, peering included
  "trafficmirror.session.hour": 0.015,
  // aws.amazon.com/vpc/pricing: per session-hour
  // aws.amazon.com/directoryservice/pricing: per domain-controller-hour, two controllers per directory
  "directory.MicrosoftAD.Standard.hour": 0.06,
  "directory.MicrosoftAD.Enterprise.hour": 0.2,
  "directory.SimpleAD.Small.hour": 0.05,
  "directory.SimpleAD.Large.hour": 0.15,
  "directory.ADConnector.Small.hour": 0.05,
  "directory.ADConnector.Large.hour": 0.15,
  // aws.amazon.com/dms/pricing: single-AZ instance-hour (Multi-AZ twice), gp2 storage above the
  // included 50 GB (T classes) / 100 GB (C, R classes)
  "dms.dms.t2.micro.hour": 0.018,
  "dms.gp2.gb": 0.115,
  // EC2 Dedicated Hosts per host-hour by family (aws.amazon.com/ec2/dedicated-hosts/pricing;
  // Infracost ec2_host_test golden: c5 $2,457.18, mac1 $790.59 for 730 h)
  "ec2.host:c5": 3.366,
  "ec2.host:mac1": 1.083,
  // Lightsail bundles, USD per month; billed per hour at monthly / 744 (aws.amazon.com/lightsail/pricing;
  // Infracost lightsail_instance_test golden: xlarge_2_0 $82.42, small_win_2_0 $21.58 for 730 h)
  "lightsail.bundle.xlarge_2_0": 84,
  "lightsail.bundle.small_win_2_0": 22
};
const SUPPORTED_REGIONS = Object.keys(REGIONS);
const FAMILY_TABLES = {
  ec2: EC2_FAMILIES,
  "rds-mysql": RDS_FAMILIES,
  "rds-postgres": { ...RDS_FAMILIES, ...RDS_POSTGRES_FAMILIES },
  aurora: AURORA_FAMILIES,
  elasticache: ELASTICACHE_FAMILIES,
  opensearch: OPENSEARCH_FAMILIES,
  docdb: DOCDB_FAMILIES,
  neptune: NEPTUNE_FAMILIES
};
const FLAT_TABLES = { redshift: REDSHIFT_NODES, msk: MSK_BROKERS };
function usEast1(service, type) {
  const family = FAMILY_TABLES[service];
  if (family) return familyHourly(family, type);
  return FLAT_TABLES[service]?.[type];
}
const roundPrice = (n) => Math.round(n * 1e10) / 1e10;
function priceBook(region) {
  const r = REGIONS[region];
  if (!r) {
    throw new InputError(`no price table for region "${region}" (priced regions: ${SUPPORTED_REGIONS.join(", ")})`);
  }
  const ratioFor = (key) => {
    const prefix = key.split(/[.:-]/)[0];
    return r.ratios[prefix] ?? 1;
  };
  const get = (key) => {
    if (key in r.overrides) return r.overrides[key];
    const base = BASE_PRICES[key];
    return base === void 0 ? void 0 : roundPrice(base * ratioFor(key));
  };
  return {
    region,
    date: PRICE_DATE,
    get,
    instance(service, type) {
      const override = r.overrides[`${service}:${type}`];
      if (override !== void 0) return override;
      const base = usEast1(service, type);
      return base === void 0 ? void 0 : roundPrice(base * ratioFor(service));
    },
    reserved(service, variant, offeringClass, term, payment) {
      const rate = reservedRate(service, variant, offeringClass, term, payment);
      if (!rate) return void 0;
      const ratio = ratioFor(service);
      return { hourly: roundPrice(rate.hourly * ratio), upfront: rate.upfront === null ? null : roundPrice(rate.upfront * ratio) };
    }
  };
}
const RDS_EXTENDED_SUPPORT_START = {
  mysql: { "5.7": "2024-03-01", "8.0": "2026-08-01" },
  postgres: { "11": "2024-03-01", "12": "2025-03-01", "13": "2026-03-01", "14": "2027-03-01" },
  "aurora-mysql": { "5.7": "2024-11-01" },
  "aurora-postgresql": { "11": "2024-03-01", "12": "2025-03-01", "13": "2026-03-01" }
};
const EKS_EXTENDED_SUPPORT_START = {
  "1.23": "2023-10-12",
  "1.24": "2024-02-01",
  "1.25": "2024-05-02",
  "1.26": "2024-06-12",
  "1.27": "2024-07-25",
  "1.28": "2024-11-27",
  "1.29": "2025-03-24",
  "1.30": "2025-07-24",
  "1.31": "2025-11-27"
};
const OLDEST_EKS = 23;
function majorVersion(engine, version) {
  const parts = version.split(".");
  if (engine.endsWith("mysql")) return parts.slice(0, 2).join(".");
  return parts[0];
}
function rdsExtendedSupportYear(engine, version, date) {
  const calendarEngine = engine === "aurora" ? "aurora-mysql" : engine;
  const start = RDS_EXTENDED_SUPPORT_START[calendarEngine]?.[majorVersion(calendarEngine, version)];
  if (!start || start > date) return void 0;
  const months = (Number(date.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + (Number(date.slice(5, 7)) - Number(start.slice(5, 7)));
  return Math.min(3, Math.floor(months / 12) + 1);
}
function eksInExtendedSupport(version, date) {
  const start = EKS_EXTENDED_SUPPORT_START[version];
  if (start) return start <= date;
  const m = /^1\.(\d+)$/.exec(version);
  return m !== null && Number(m[1]) < OLDEST_EKS;
}
function rdsVcpus(instanceClass, sizeRatio) {
  const size = instanceClass.slice(instanceClass.lastIndexOf(".") + 1);
  const ratio = sizeRatio[size];
  if (ratio === void 0) return void 0;
  return ratio >= 1 ? 2 * ratio : 2;
}
const RESERVED_SETTING_VALUES = {
  reserved_instance_term: RESERVED_TERMS,
  reserved_instance_payment_option: [...RESERVED_PAYMENTS, ...RESERVED_LEGACY_PAYMENTS],
  reserved_instance_type: RESERVED_CLASSES
};
const WITH_CLASS = /* @__PURE__ */ new Set(["aws_instance", "aws_autoscaling_group", "aws_eks_node_group"]);
const LEGACY_OFFERINGS = /* @__PURE__ */ new Set(["aws_elasticache_cluster", "aws_elasticache_replication_group"]);
const NO_3YR_NO_UPFRONT = /* @__PURE__ */ new Set(["aws_db_instance", "aws_rds_cluster_instance"]);
function unsoldCombination(type, term, payment) {
  if (NO_3YR_NO_UPFRONT.has(type) && term === "3_year" && payment === "no_upfront")
    return "RDS sells no 3-year No Upfront reservation (1_year, or partial_upfront / all_upfront)";
  if (payment && RESERVED_LEGACY_PAYMENTS.includes(payment) && !LEGACY_OFFERINGS.has(type))
    return `${payment} is an ElastiCache legacy offering only (no_upfront, partial_upfront or all_upfront)`;
  return void 0;
}
function reservationOf(settings, type) {
  const term = settings.reserved_instance_term;
  const payment = settings.reserved_instance_payment_option;
  const cls = settings.reserved_instance_type;
  const withClass = WITH_CLASS.has(type);
  if (term === void 0 && payment === void 0 && (cls === void 0 || !withClass)) return void 0;
  const needed = withClass ? "reserved_instance_type, reserved_instance_term and reserved_instance_payment_option" : "reserved_instance_term and reserved_instance_payment_option";
  if (!term || !payment || withClass && !cls) return { note: `a reservation needs ${needed}: priced on-demand` };
  const unsold = unsoldCombination(type, term, payment);
  if (unsold) return { note: `${unsold}: priced on-demand` };
  return { reservation: { term, payment, offeringClass: withClass ? cls : "-" } };
}
const describe = (r) => [r.term.replace("_", " "), r.offeringClass === "-" ? void 0 : r.offeringClass, r.payment.replace(/_/g, " ")].filter(Boolean).join(", ");
function reservedComponents(ctx, label, service, variant, count, reservation, display = variant) {
  const { term, payment, offeringClass } = reservation;
  const name = `${label} (reserved ${describe(reservation)}, ${display})`;
  const rate = ctx.prices.reserved(service, variant, offeringClass, term, payment);
  if (!rate)
    return [unknownComponent(name, "hours", void 0, `no reserved rate for ${display} (${describe(reservation)}) in the price table`)];
  const out = [component(name, "hours", HOURS_PER_MONTH * count, rate.hourly)];
  if (payment === "no_upfront") return out;
  const months = TERM_MONTHS[term];
  const fee = `Reserved upfront fee (${display}, amortised over ${months} months)`;
  out.push(
    rate.upfront === null ? unknownComponent(fee, "instances", void 0, "the upfront fee of this reservation is not in the price table") : component(fee, "instances", count, rate.upfront / months, {
      note: `$${rate.upfront} per instance, paid once, spread over ${months} months`
    })
  );
  return out;
}
function reservedOr(ctx, onDemand, spec) {
  const asked = reservationOf(ctx.settings, ctx.resource.type);
  if (!asked) return onDemand();
  if ("note" in asked) return onDemand().map((c, i) => i === 0 ? { ...c, note: c.note ? `${c.note}; ${asked.note}` : asked.note } : c);
  if (typeof spec.variant !== "string" || typeof spec.count !== "number") return onDemand();
  return reservedComponents(ctx, spec.label, spec.service, spec.variant, spec.count, asked.reservation, spec.display);
}
function instanceHoursOrReserved(ctx, label, service, type, count, attributeName, reservedService = service) {
  return reservedOr(ctx, () => [instanceHours(ctx, label, service, type, count, attributeName)], {
    label,
    service: reservedService,
    variant: type,
    count
  });
}
function volumeComponents(ctx, label, v) {
  const count = v.count ?? 1;
  if (v.type === void 0 || isUnknown(v.type)) {
    return [unknownComponent(`${label} storage`, "GB", void 0, "volume type is not known statically")];
  }
  const type = v.type;
  const gbPrice = ctx.prices.get(`ebs.${type}.gb`);
  const name = `${label} storage (${type})`;
  if (v.size === void 0 || isUnknown(v.size)) return [unknownComponent(name, "GB", gbPrice, "volume size is not known statically")];
  const out = [component(name, "GB", v.size * count, gbPrice, v.assumption ? { assumption: v.assumption } : {})];
  const iops = v.iops;
  if (type === "gp3") {
    if (isUnknown(iops))
      out.push(unknownComponent(`${label} IOPS above 3,000`, "IOPS", ctx.prices.get("ebs.gp3.iops"), "iops is not known statically"));
    else if (iops !== void 0 && iops > 3e3)
      out.push(component(`${label} IOPS above 3,000`, "IOPS", (iops - 3e3) * count, ctx.prices.get("ebs.gp3.iops")));
    const tp = v.throughput;
    if (isUnknown(tp))
      out.push(
        unknownComponent(
          `${label} throughput above 125 MBps`,
          "MBps",
          ctx.prices.get("ebs.gp3.throughput"),
          "throughput is not known statically"
        )
      );
    else if (tp !== void 0 && tp > 125)
      out.push(component(`${label} throughput above 125 MBps`, "MBps", (tp - 125) * count, ctx.prices.get("ebs.gp3.throughput")));
  } else if (type === "io1" || type === "io2") {
    const p = ctx.prices.get(`ebs.${type}.iops`);
    if (iops === void 0 || isUnknown(iops))
      out.push(unknownComponent(`${label} provisioned IOPS`, "IOPS", p, "iops is not known statically"));
    else out.push(component(`${label} provisioned IOPS`, "IOPS", iops * count, p));
  }
  return out;
}
function blockDevices(ctx, blocks, label, requireSize) {
  const items = list(blocks);
  if (isUnknown(items)) return [unknownComponent(`${label} storage`, "GB", void 0, "block devices are not known statically")];
  return items.flatMap((b) => {
    const block = { attributes: b ?? {} };
    const size = num(attr(block, "volume_size"));
    const type = str(attr(block, "volume_type"));
    if (size === void 0) {
      return [
        unknownComponent(`${label} storage`, "GB", void 0, "volume size and type come from the AMI; set them in the block to price it")
      ];
    }
    return volumeComponents(ctx, label, {
      type: type ?? "gp2",
      size,
      iops: num(attr(block, "iops")),
      throughput: num(attr(block, "throughput"))
    });
  });
}
function publicIpv4(ctx, count = 1) {
  return hourly("Public IPv4 address", ctx.prices.get("ipv4.hour"), count);
}
function runningShare(ctx) {
  const h = ctx.usage.monthly_hrs;
  return h === void 0 ? 1 : h / HOURS_PER_MONTH;
}
function cpuCredits(ctx, type, credits, instances) {
  const hours = ctx.usage.monthly_cpu_credit_hrs;
  if (hours === void 0 || typeof type !== "string") return [];
  const family = splitInstanceType(type)?.family;
  if (!family || !/^t\d/.test(family)) return [];
  const unlimited = credits === "unlimited" || credits === void 0 && family !== "t2";
  if (!unlimited) return [];
  const price = ctx.prices.get("ec2.cpucredit.vcpu.hour");
  const vcpus = ctx.usage.vcpu_count ?? burstableVcpus(type);
  if (vcpus === void 0)
    return [unknownComponent("CPU credits", "vCPU-hours", price, `the vCPU count of ${type} is not in the table; set vcpu_count`)];
  return [component("CPU credits", "vCPU-hours", hours * vcpus * instances, price, { usageBased: true })];
}
function linuxOnly(ctx, comps) {
  const os = ctx.settings.operating_system;
  if (os === void 0 || os.toLowerCase() === "linux") return comps;
  return comps.map(
    (c, i) => i === 0 ? unknownComponent(c.name, c.unit, void 0, `${os} instance prices are not in the table (Linux only)`) : c
  );
}
function detailedMonitoring(ctx, instances) {
  return component("EC2 detailed monitoring", "metrics", 7 * instances, ctx.prices.get("cloudwatch.metric"));
}
function ebsOptimized(ctx, type, instances) {
  if (typeof type !== "string") return [];
  const family = splitInstanceType(type)?.family;
  const fam = family ? EC2_FAMILIES[family] : void 0;
  if (fam && !fam.previousGeneration) return [];
  const price = ctx.prices.get(`ec2.ebsoptimized:${type}`);
  if (price === void 0)
    return [unknownComponent("EBS-optimized usage", "hours", void 0, `the EBS-optimized surcharge of ${type} is not in the table`)];
  return [hourly("EBS-optimized usage", price, instances)];
}
function dedicatedHours(ctx, tenancy, type, count) {
  const price = tenancy === "dedicated" && typeof type === "string" ? ctx.prices.get(`ec2.dedicated:${type}`) : void 0;
  if (price === void 0)
    return unknownComponent(
      `Instance usage (${tenancy} tenancy)`,
      "hours",
      void 0,
      `${tenancy} tenancy prices of this type are not in the table`
    );
  return hourly(`Instance usage (dedicated, ${String(type)})`, price, count);
}
const instance = (ctx) => {
  const r = ctx.resource;
  const lt = attr(r, "launch_template") !== void 0 ? ctx.referenced("aws_launch_template") : void 0;
  const tenancy = str(attr(r, "tenancy")) ?? (lt ? str(attr(lt, "placement.tenancy")) : void 0);
  const spot = str(attr(r, "instance_market_options.market_type")) === "spot";
  const type = instanceTypeOf(r, lt);
  const share = runningShare(ctx);
  const out = tenancy === "dedicated" || tenancy === "host" ? [dedicatedHours(ctx, tenancy, type, share)] : spot ? [unknownComponent("Instance usage (Spot)", "hours", void 0, "Spot prices change hourly and are not in the table")] : linuxOnly(ctx, instanceHoursOrReserved(ctx, "Instance usage", "ec2", type, share));
  const credits = str(attr(r, "credit_specification.cpu_credits")) ?? (lt ? str(attr(lt, "credit_specification.cpu_credits")) : void 0);
  out.push(...cpuCredits(ctx, type, credits, 1));
  const ownRoot = attr(r, "root_block_device") !== void 0;
  if (ownRoot || !(lt && templateMapsRoot(lt))) out.push(...rootVolume(ctx, r.attributes.root_block_device, 1, "no root_block_device"));
  const overridden = new Set(ownRoot ? ROOT_DEVICE_NAMES : []);
  const ownDevices = list(r.attributes.ebs_block_device);
  const merged = lt && !isUnknown(ownDevices) ? ownDevices.map((d) => {
    const own = d ?? {};
    const name = str(own.device_name);
    const base = typeof name === "string" ? templateDevice(lt, name) : void 0;
    if (!base) return d;
    overridden.add(name);
    const out2 = { ...base };
    for (const [k, v] of Object.entries(own)) if (v !== null && v !== void 0) out2[k] = v;
    return out2;
  }) : r.attributes.ebs_block_device;
  out.push(...blockDevices(ctx, merged, "EBS block device"));
  if (lt) out.push(...launchBlockDevices(ctx, 1, false, overridden));
  if (bool(attr(r, "associate_public_ip_address")) === true) out.push(publicIpv4(ctx));
  const monitoring = bool(attr(r, "monitoring")) ?? (lt ? bool(attr(lt, "monitoring.enabled")) : void 0);
  if (monitoring === true) out.push(detailedMonitoring(ctx, 1));
  const optimized = bool(attr(r, "ebs_optimized")) ?? (lt ? bool(attr(lt, "ebs_optimized")) : void 0);
  if (optimized === true) out.push(...ebsOptimized(ctx, type, share));
  return out;
};
function instanceTypeOf(r, lt) {
  const own = str(attr(r, "instance_type"));
  if (own !== void 0) return own;
  return lt ? str(attr(lt, "instance_type")) : void 0;
}
const ebsVolume = (ctx) => {
  const r = ctx.resource;
  return volumeComponents(ctx, "Volume", {
    type: str(attr(r, "type")) ?? "gp2",
    size: num(attr(r, "size")),
    iops: num(attr(r, "iops")),
    throughput: num(attr(r, "throughput"))
  });
};
const ebsSnapshot = (ctx) => [fromUsage(ctx, "Snapshot storage", "GB", "monthly_storage_gb", "ebs.snapshot.gb")];
function launchInstanceType(ctx) {
  const lt = ctx.referenced("aws_launch_template") ?? ctx.referenced("aws_launch_configuration");
  if (!lt) return void 0;
  return str(attr(lt, "instance_type"));
}
const ROOT_DEVICE_NAMES = /* @__PURE__ */ new Set(["/dev/xvda", "/dev/sda1", "xvda", "sda1"]);
function templateMapsRoot(lt) {
  const maps = list(lt.attributes.block_device_mappings);
  if (isUnknown(maps)) return true;
  return maps.some((m) => {
    const name = str(attr({ attributes: m ?? {} }, "device_name"));
    return typeof name === "string" && ROOT_DEVICE_NAMES.has(name);
  });
}
const DEFAULT_ROOT_VOLUME = {
  sizeGb: 8,
  type: "gp2",
  source: "the Amazon Linux and Ubuntu AMI size; Infracost assumes the same"
};
const EKS_ROOT_VOLUME = { sizeGb: 20, type: "gp2", source: "the EKS default node disk" };
function rootVolume(ctx, blocks, count, missing, defaults = DEFAULT_ROOT_VOLUME) {
  const items = list(blocks);
  if (isUnknown(items)) return [unknownComponent("Root volume storage", "GB", void 0, "root_block_device is not known statically")];
  const block = { attributes: items[0] ?? {} };
  const ownSize = num(attr(block, "volume_size"));
  const ownType = str(attr(block, "volume_type"));
  const usedSize = ctx.usage.root_volume_size_gb;
  const usedType = ctx.settings.root_volume_type;
  const assumed = [];
  let size = ownSize;
  if (size === void 0) {
    size = usedSize ?? defaults.sizeGb;
    if (usedSize === void 0) assumed.push(`${defaults.sizeGb} GB`);
  }
  let type = ownType;
  if (type === void 0) {
    type = usedType ?? defaults.type;
    if (usedType === void 0 && items.length === 0) assumed.push(defaults.type);
  }
  let assumption;
  if (assumed.length > 0)
    assumption = items.length === 0 ? `${missing}: the AMI's root volume is assumed to be ${assumed.join(" ")} (${defaults.source}); set root_block_device, or root_volume_size_gb / root_volume_type in the usage file` : `root_block_device sets no volume_size: the AMI's, assumed to be ${assumed.join(" ")} (${defaults.source}); set volume_size, or root_volume_size_gb in the usage file`;
  return volumeComponents(ctx, "Root volume", {
    type,
    size,
    iops: num(attr(block, "iops")),
    throughput: num(attr(block, "throughput")),
    count,
    ...assumption ? { assumption } : {}
  });
}
function templateDevice(lt, deviceName) {
  const maps = list(lt.attributes.block_device_mappings);
  if (isUnknown(maps)) return void 0;
  for (const m of maps) {
    const dev = m ?? {};
    if (str(dev.device_name) !== deviceName) continue;
    const ebs = list(dev.ebs);
    return isUnknown(ebs) ? {} : ebs[0] ?? {};
  }
  return void 0;
}
function launchBlockDevices(ctx, count, withRoot = false, skip = /* @__PURE__ */ new Set(), rootDefault = DEFAULT_ROOT_VOLUME) {
  const lt = ctx.referenced("aws_launch_template");
  const lc = lt ? void 0 : ctx.referenced("aws_launch_configuration");
  if (!lt && !lc) return [];
  const blocks = lt ? [lt.attributes.block_device_mappings] : withRoot ? [lc.attributes.ebs_block_device] : [lc.attributes.root_block_device, lc.attributes.ebs_block_device];
  const devices = blocks.flatMap((v) => {
    const l = list(v);
    return isUnknown(l) ? [] : l;
  });
  const comps = devices.flatMap((d) => {
    const dev = { attributes: d ?? {} };
    const deviceName = str(attr(dev, "device_name"));
    if (typeof deviceName === "string" && skip.has(deviceName)) return [];
    const ebs = attr(dev, "ebs") !== void 0 ? { attributes: list(dev.attributes.ebs)[0] ?? {} } : dev;
    const size = num(attr(ebs, "volume_size"));
    if (size === void 0) return [];
    return volumeComponents(ctx, "Instance volume", {
      type: str(attr(ebs, "volume_type")) ?? "gp2",
      size,
      iops: num(attr(ebs, "iops")),
      throughput: num(attr(ebs, "throughput")),
      count
    });
  });
  if (withRoot && lc)
    return [...rootVolume(ctx, lc.attributes.root_block_device, count, "the launch configuration has no root_block_device"), ...comps];
  if (withRoot && lt && !templateMapsRoot(lt))
    return [...rootVolume(ctx, void 0, count, "the launch template maps no root device (/dev/xvda, /dev/sda1)", rootDefault), ...comps];
  return comps;
}
function launchOptions(ctx, type, count) {
  const out = [];
  const lc = ctx.referenced("aws_launch_configuration");
  const lt = ctx.referenced("aws_launch_template");
  const monitored = lt ? bool(attr(lt, "monitoring.enabled")) === true : lc ? bool(attr(lc, "enable_monitoring")) !== false : false;
  if (monitored && count > 0) out.push(detailedMonitoring(ctx, count));
  const source = lt ?? lc;
  if (source && bool(attr(source, "ebs_optimized")) === true && count > 0) out.push(...ebsOptimized(ctx, type, count));
  return out;
}
const autoscalingGroup = (ctx) => {
  const r = ctx.resource;
  let desired = num(attr(r, "desired_capacity")) ?? num(attr(r, "min_size"));
  let type = str(attr(r, "mixed_instances_policy.launch_template.override.instance_type"));
  const weight = num(attr(r, "mixed_instances_policy.launch_template.override.weighted_capacity"));
  if (typeof type === "string" && typeof weight === "number" && weight > 0 && typeof desired === "number")
    desired = Math.ceil(desired / weight);
  if (type === void 0) type = launchInstanceType(ctx);
  if (ctx.usage.instances !== void 0) desired = ctx.usage.instances;
  const lt = ctx.referenced("aws_launch_template");
  const lc = ctx.referenced("aws_launch_configuration");
  const tenancy = lt ? str(attr(lt, "placement.tenancy")) : lc ? str(attr(lc, "placement_tenancy")) : void 0;
  const out = (tenancy === "dedicated" || tenancy === "host") && typeof desired === "number" ? [dedicatedHours(ctx, tenancy, type, desired)] : linuxOnly(ctx, instanceHoursOrReserved(ctx, "Instance usage", "ec2", type, desired));
  if (typeof desired === "number") {
    out.push(...launchBlockDevices(ctx, desired, true), ...launchOptions(ctx, type, desired));
    const source = lt ?? lc;
    out.push(...cpuCredits(ctx, type, source ? str(attr(source, "credit_specification.cpu_credits")) : void 0, desired));
  }
  return out;
};
const eksCluster = (ctx) => {
  const version = str(attr(ctx.resource, "version"));
  if (typeof version === "string" && eksInExtendedSupport(version, PRICE_DATE))
    return [hourly("EKS cluster (extended support)", ctx.prices.get("eks.cluster.extended.hour"))];
  return [hourly("EKS cluster", ctx.prices.get("eks.cluster.hour"))];
};
const eksNodeGroup = (ctx) => {
  const r = ctx.resource;
  const desired = ctx.usage.instances ?? num(attr(r, "scaling_config.desired_size"));
  if (str(attr(r, "capacity_type")) === "SPOT") {
    return [unknownComponent("Instance usage (Spot)", "hours", void 0, "Spot prices change hourly and are not in the table")];
  }
  const types = list(r.attributes.instance_types);
  let type;
  if (isUnknown(types)) type = UNKNOWN;
  else if (types.length > 0) type = str(types[0]);
  else type = launchInstanceType(ctx) ?? "t3.medium";
  const out = linuxOnly(ctx, instanceHoursOrReserved(ctx, "Instance usage", "ec2", type, desired, "instance_types"));
  const lt = ctx.referenced("aws_launch_template");
  if (typeof desired === "number")
    out.push(...cpuCredits(ctx, type, lt ? str(attr(lt, "credit_specification.cpu_credits")) : void 0, desired));
  if (!lt && typeof desired === "number") {
    const disk = num(attr(r, "disk_size")) ?? 20;
    out.push(...volumeComponents(ctx, "Node root volume", { type: "gp2", size: disk, count: desired }));
  } else if (typeof desired === "number") out.push(...launchBlockDevices(ctx, desired, true, /* @__PURE__ */ new Set(), EKS_ROOT_VOLUME));
  return out;
};
function fargateUnits(raw, perUnit) {
  const s = str(raw);
  if (s === void 0 || isUnknown(s)) return s;
  const m = /^\s*([\d.]+)\s*(vcpu|gb)?\s*$/i.exec(s);
  if (!m) return void 0;
  const n = Number(m[1]);
  return m[2] ? n : n / perUnit;
}
const ecsService = (ctx) => {
  const r = ctx.resource;
  const launch = str(attr(r, "launch_type"));
  const strategy = list(r.attributes.capacity_provider_strategy);
  const providers = isUnknown(strategy) ? [] : strategy.map((s) => str(attr({ attributes: s ?? {} }, "capacity_provider")));
  const td = ctx.referenced("aws_ecs_task_definition") ?? (ctx.referencedBy?.("aws_ecs_task_set") ?? []).map((s) => ctx.referencedFrom?.(s, "aws_ecs_task_definition")).find(Boolean);
  const compat = td ? list(td.attributes.requires_compatibilities) : [];
  const fargateOnly = !isUnknown(compat) && compat.length > 0 && compat.every((c) => c === "FARGATE");
  const fargate = launch === "FARGATE" || providers.includes("FARGATE") || launch === void 0 && providers.length === 0 && fargateOnly;
  if (providers.includes("FARGATE_SPOT") && !fargate) {
    return [unknownComponent("Fargate Spot tasks", "hours", void 0, "Fargate Spot prices change and are not in the table")];
  }
  if (isUnknown(launch)) return [unknownComponent("Tasks", "hours", void 0, "launch_type is not known statically")];
  if (!fargate) return "free";
  const desired = num(attr(r, "desired_count")) ?? 0;
  const floor = (ctx.referencedBy?.("aws_appautoscaling_target") ?? []).filter((t) => str(attr(t, "scalable_dimension")) === "ecs:service:DesiredCount").map((t) => num(attr(t, "min_capacity"))).find((v) => typeof v === "number");
  const count = typeof desired === "number" && floor !== void 0 ? Math.max(desired, floor) : desired;
  if (!td)
    return [
      unknownComponent(
        "Fargate tasks",
        "vCPU-hours",
        ctx.prices.get("fargate.vcpu.hour"),
        "task definition is not declared in this configuration"
      )
    ];
  const arm = str(attr(td, "runtime_platform.cpu_architecture")) === "ARM64";
  const vcpu = fargateUnits(attr(td, "cpu"), 1024);
  const gb = fargateUnits(attr(td, "memory"), 1024);
  const pv = ctx.prices.get(arm ? "fargate.arm.vcpu.hour" : "fargate.vcpu.hour");
  const pg = ctx.prices.get(arm ? "fargate.arm.gb.hour" : "fargate.gb.hour");
  const arch = arm ? " (ARM64)" : "";
  if (isUnknown(count)) return [unknownComponent(`Fargate vCPU${arch}`, "vCPU-hours", pv, "desired_count is not known statically")];
  const out = [];
  out.push(
    typeof vcpu === "number" ? component(`Fargate vCPU${arch}`, "vCPU-hours", vcpu * count * HOURS_PER_MONTH, pv) : unknownComponent(`Fargate vCPU${arch}`, "vCPU-hours", pv, "task cpu is not known statically")
  );
  out.push(
    typeof gb === "number" ? component(`Fargate memory${arch}`, "GB-hours", gb * count * HOURS_PER_MONTH, pg) : unknownComponent(`Fargate memory${arch}`, "GB-hours", pg, "task memory is not known statically")
  );
  const storage = num(attr(td, "ephemeral_storage.size_in_gib"));
  if (typeof storage === "number" && storage > 20) {
    out.push(
      component(
        "Fargate ephemeral storage above 20 GB",
        "GB-hours",
        (storage - 20) * count * HOURS_PER_MONTH,
        ctx.prices.get("fargate.storage.gb.hour")
      )
    );
  }
  return out;
};
const lambda = (ctx) => {
  const r = ctx.resource;
  const archs = list(r.attributes.architectures);
  const arm = !isUnknown(archs) && archs.includes("arm64");
  const memory = num(attr(r, "memory_size")) ?? 128;
  const requests = ctx.usage.monthly_requests;
  const duration = ctx.usage.request_duration_ms;
  const out = [fromUsage(ctx, "Requests", "1M requests", "monthly_requests", "lambda.requests.million", 1e6)];
  const price = ctx.prices.get(arm ? "lambda.arm.gbsecond" : "lambda.gbsecond");
  const name = `Duration${arm ? " (arm64)" : ""}`;
  if (isUnknown(archs)) out.push(unknownComponent("Duration", "GB-seconds", void 0, "architectures are not known statically"));
  else if (isUnknown(memory)) out.push(unknownComponent(name, "GB-seconds", price, "memory_size is not known statically"));
  else if (requests === void 0 || duration === void 0) {
    out.push(
      component(name, "GB-seconds", null, price, {
        usageBased: true,
        note: "set monthly_requests and request_duration_ms in the usage file"
      })
    );
  } else out.push(component(name, "GB-seconds", requests * (duration / 1e3) * (memory / 1024), price, { usageBased: true }));
  return out;
};
const appRunner = (ctx) => {
  const r = ctx.resource;
  const vcpu = fargateUnits(attr(r, "instance_configuration.cpu"), 1024) ?? 1;
  const gb = fargateUnits(attr(r, "instance_configuration.memory"), 1024) ?? 2;
  const out = [];
  const pg = ctx.prices.get("apprunner.gb.hour");
  out.push(
    isUnknown(gb) ? unknownComponent("Provisioned memory", "GB-hours", pg, "memory is not known statically") : component("Provisioned memory", "GB-hours", gb * HOURS_PER_MONTH, pg)
  );
  const active = ctx.usage.monthly_active_hours;
  const pv = ctx.prices.get("apprunner.vcpu.hour");
  if (active === void 0 || isUnknown(vcpu))
    out.push(component("Active vCPU", "vCPU-hours", null, pv, { usageBased: true, note: "set monthly_active_hours in the usage file" }));
  else out.push(component("Active vCPU", "vCPU-hours", active * vcpu, pv, { usageBased: true }));
  return out;
};
const COMPUTE_PRICERS = {
  aws_instance: instance,
  aws_ebs_volume: ebsVolume,
  aws_ebs_snapshot: ebsSnapshot,
  aws_autoscaling_group: autoscalingGroup,
  aws_eks_cluster: eksCluster,
  aws_eks_node_group: eksNodeGroup,
  aws_ecs_service: ecsService,
  aws_lambda_function: lambda,
  aws_apprunner_service: appRunner
};
const auroraService = (engine) => typeof engine === "string" ? engine === "aurora" ? "aurora-mysql" : engine : void 0;
function extendedSupport(ctx, engine, instances, version = str(attr(ctx.resource, "engine_version"))) {
  const cls = str(attr(ctx.resource, "instance_class"));
  if (typeof engine !== "string" || typeof version !== "string") return [];
  const year = rdsExtendedSupportYear(engine, version, PRICE_DATE);
  if (year === void 0) return [];
  const price = ctx.prices.get(`rds.extended.y${year}.vcpu.hour`);
  const vcpus = typeof cls === "string" ? rdsVcpus(cls, SIZE_RATIO) : void 0;
  if (vcpus === void 0)
    return [unknownComponent(`Extended support (year ${year})`, "vCPU-hours", price, "the vCPU count of instance_class is not known")];
  return [component(`Extended support (year ${year})`, "vCPU-hours", vcpus * instances * HOURS_PER_MONTH, price)];
}
function licensedEngine(engine, licenseModel) {
  if (engine.startsWith("sqlserver-")) return engine;
  if (engine.startsWith("oracle-")) {
    if (engine.startsWith("oracle-ee") || licenseModel === "bring-your-own-license") return "oracle-byol";
  }
  return void 0;
}
function rdsService(engine) {
  if (engine === "mysql" || engine === "mariadb") return "rds-mysql";
  if (engine === "postgres") return "rds-postgres";
  return void 0;
}
const dbInstance = (ctx) => {
  const r = ctx.resource;
  const engine = str(attr(r, "engine"));
  const multiAz = bool(attr(r, "multi_az")) === true;
  const factor = multiAz ? 2 : 1;
  const az = multiAz ? " Multi-AZ" : "";
  const out = [];
  const cls = str(attr(r, "instance_class"));
  if (typeof engine === "string" && engine.startsWith("aurora")) {
    out.push(...instanceHoursOrReserved(ctx, "Aurora instance", "aurora", cls, 1, "instance_class", auroraService(engine)));
    out.push(...extendedSupport(ctx, engine, 1));
    return out;
  }
  const service = typeof engine === "string" ? rdsService(engine) : void 0;
  if (engine === void 0 && attr(r, "replicate_source_db") === void 0) {
    out.push(unknownComponent("Database instance", "hours", void 0, "engine is not set"));
  } else if (isUnknown(engine)) out.push(unknownComponent("Database instance", "hours", void 0, "engine is not known statically"));
  else if (!service && engine !== void 0) {
    const licensed = licensedEngine(engine, str(attr(r, "license_model")));
    const price = licensed && typeof cls === "string" ? ctx.prices.get(`rds.${licensed}:${cls}`) : void 0;
    const onDemand = () => [
      price !== void 0 ? hourly(`Database instance${az} (${engine}, ${String(cls)})`, price, factor) : unknownComponent(
        `Database instance (${engine})`,
        "hours",
        void 0,
        `${engine} prices depend on the license and are not in the table`
      )
    ];
    out.push(
      ...reservedOr(ctx, onDemand, {
        label: `Database instance${az}`,
        service: `rds-${licensed ?? engine}`,
        variant: typeof cls === "string" ? `${cls}:${multiAz ? "multi" : "single"}` : cls,
        count: 1,
        display: typeof cls === "string" ? cls : void 0
      })
    );
  } else
    out.push(
      ...reservedOr(ctx, () => [instanceHours(ctx, `Database instance${az}`, service ?? "rds-mysql", cls, factor, "instance_class")], {
        label: `Database instance${az}`,
        service: service ?? "rds-mysql",
        variant: typeof cls === "string" ? `${cls}:${multiAz ? "multi" : "single"}` : cls,
        count: 1,
        display: typeof cls === "string" ? cls : void 0
      })
    );
  out.push(...extendedSupport(ctx, engine, factor));
  let size = num(attr(r, "allocated_storage"));
  let iops = num(attr(r, "iops"));
  const type = str(attr(r, "storage_type")) ?? (iops !== void 0 ? "io1" : "gp2");
  if (type === "io1" || type === "io2") {
    if (typeof size === "number" && size < 100) size = 100;
    if (iops === void 0 || typeof iops === "number" && iops < 1e3) iops = 1e3;
  }
  if (isUnknown(type)) out.push(unknownComponent("Storage", "GB", void 0, "storage_type is not known statically"));
  else {
    const gbPrice = ctx.prices.get(`rds.${type}.gb`);
    if (size === void 0 && !isUnknown(engine)) {
      const source = ctx.referenced("aws_db_instance");
      const sourceSize = attr(r, "replicate_source_db") !== void 0 && source ? num(attr(source, "allocated_storage")) : void 0;
      out.push(
        typeof sourceSize === "number" ? component(`Storage (${type})${az}`, "GB", sourceSize * factor, gbPrice, { note: "the source instance allocated_storage" }) : component(`Storage (${type})${az}`, "GB", 20 * factor, gbPrice, {
          note: "allocated_storage is not set: billed at the 20 GB minimum"
        })
      );
    } else if (size === void 0 || isUnknown(size))
      out.push(unknownComponent(`Storage (${type})${az}`, "GB", gbPrice, "allocated_storage is not known statically"));
    else out.push(component(`Storage (${type})${az}`, "GB", size * factor, gbPrice));
    if ((type === "io1" || type === "io2") && typeof iops === "number")
      out.push(component(`Provisioned IOPS${az}`, "IOPS", iops * factor, ctx.prices.get(`rds.${type}.iops`)));
    if (type === "gp3" && typeof iops === "number" && typeof size === "number") {
      const included = size >= 400 ? 12e3 : 3e3;
      if (iops > included)
        out.push(component(`IOPS above ${included}${az}`, "IOPS", (iops - included) * factor, ctx.prices.get("rds.gp3.iops")));
    }
  }
  out.push(fromUsage(ctx, "Backup storage beyond the free allowance", "GB", "additional_backup_storage_gb", "rds.backup.gb"));
  return out;
};
const rdsCluster = (ctx) => {
  const r = ctx.resource;
  const engine = str(attr(r, "engine")) ?? "aurora";
  if (typeof engine === "string" && !engine.startsWith("aurora")) {
    return [unknownComponent("Multi-AZ DB cluster", "hours", void 0, `Multi-AZ DB cluster prices for ${engine} are not in the table`)];
  }
  const out = [];
  if (str(attr(r, "engine_mode")) === "serverless") {
    const acu = ctx.usage.average_capacity_units;
    const p = ctx.prices.get("aurora.v1.acu.hour");
    out.push(
      acu === void 0 ? component("Aurora Serverless v1 capacity", "ACU-hours", null, p, {
        usageBased: true,
        note: "set average_capacity_units in the usage file"
      }) : component("Aurora Serverless v1 capacity", "ACU-hours", acu * HOURS_PER_MONTH, p, { usageBased: true })
    );
  }
  const iopt = str(attr(r, "storage_type")) === "aurora-iopt1";
  out.push(
    fromUsage(ctx, `Storage${iopt ? " (I/O-Optimized)" : ""}`, "GB", "storage_gb", iopt ? "aurora.iopt.storage.gb" : "aurora.storage.gb")
  );
  if (!iopt) out.push(fromUsage(ctx, "I/O requests", "1M requests", "monthly_io_requests", "aurora.io.million", 1e6));
  out.push(fromUsage(ctx, "Backup storage beyond the free allowance", "GB", "additional_backup_storage_gb", "rds.backup.gb"));
  return out;
};
const rdsClusterInstance = (ctx) => {
  const cls = str(attr(ctx.resource, "instance_class"));
  if (cls === "db.serverless") {
    const acu = ctx.usage.average_capacity_units;
    const p = ctx.prices.get("aurora.acu.hour");
    return [
      acu === void 0 ? component("Aurora Serverless v2 capacity", "ACU-hours", null, p, {
        usageBased: true,
        note: "set average_capacity_units in the usage file"
      }) : component("Aurora Serverless v2 capacity", "ACU-hours", acu * HOURS_PER_MONTH, p, { usageBased: true })
    ];
  }
  const cluster = ctx.referenced("aws_rds_cluster");
  const engine = str(attr(ctx.resource, "engine")) ?? (cluster ? str(attr(cluster, "engine")) : void 0);
  const version = str(attr(ctx.resource, "engine_version")) ?? (cluster ? str(attr(cluster, "engine_version")) : void 0);
  return [
    ...instanceHoursOrReserved(ctx, "Aurora instance", "aurora", cls, 1, "instance_class", auroraService(engine) ?? "aurora-mysql"),
    ...extendedSupport(ctx, engine, 1, version)
  ];
};
const dynamodb = (ctx) => {
  const r = ctx.resource;
  const mode = str(attr(r, "billing_mode")) ?? "PROVISIONED";
  const out = [];
  if (mode === "PAY_PER_REQUEST") {
    out.push(fromUsage(ctx, "Read request units (on-demand)", "1M RRU", "monthly_read_request_units", "dynamodb.read.million", 1e6));
    out.push(fromUsage(ctx, "Write request units (on-demand)", "1M WRU", "monthly_write_request_units", "dynamodb.write.million", 1e6));
  } else if (isUnknown(mode)) {
    out.push(unknownComponent("Capacity", "hours", void 0, "billing_mode is not known statically"));
  } else {
    const capacity = (label, owner) => {
      for (const [key, unit, price] of [
        ["read_capacity", "RCU", "dynamodb.rcu.hour"],
        ["write_capacity", "WCU", "dynamodb.wcu.hour"]
      ]) {
        const n = num(attr(owner, key));
        const p = ctx.prices.get(price);
        if (isUnknown(n)) out.push(unknownComponent(`${label} provisioned ${unit}`, `${unit}-hours`, p, `${key} is not known statically`));
        else if (n !== void 0 && n > 0) out.push(hourly(`${label} provisioned ${unit}`, p, n, `${unit}-hours`));
      }
    };
    capacity("Table", r);
    const gsis = list(r.attributes.global_secondary_index);
    if (!isUnknown(gsis))
      for (const g of gsis)
        capacity(`Index ${String(g?.name ?? "")}`.trim(), {
          attributes: g ?? {}
        });
  }
  out.push(fromUsage(ctx, "Storage", "GB", "storage_gb", "dynamodb.storage.gb"));
  return out;
};
const elasticacheCluster = (ctx) => {
  const r = ctx.resource;
  if (attr(r, "replication_group_id") !== void 0 && attr(r, "node_type") === void 0) return "free";
  return cacheNodes(ctx, str(attr(r, "node_type")), num(attr(r, "num_cache_nodes")) ?? 1);
};
const elasticacheReplicationGroup = (ctx) => {
  const r = ctx.resource;
  let nodes = num(attr(r, "num_cache_clusters")) ?? num(attr(r, "number_cache_clusters"));
  if (nodes === void 0) {
    const groups = num(attr(r, "num_node_groups"));
    const replicas = num(attr(r, "replicas_per_node_group"));
    if (isUnknown(groups) || isUnknown(replicas)) nodes = groups;
    else nodes = (groups ?? 1) * ((replicas ?? 0) + 1);
  }
  return cacheNodes(ctx, str(attr(r, "node_type")), nodes);
};
function cacheNodes(ctx, type, nodes) {
  const engine = str(attr(ctx.resource, "engine")) ?? "redis";
  return instanceHoursOrReserved(
    ctx,
    "Cache nodes",
    "elasticache",
    type,
    nodes,
    "node_type",
    `elasticache-${typeof engine === "string" ? engine : "unknown"}`
  );
}
const elasticacheServerless = (ctx) => {
  const gb = ctx.usage.average_data_stored_gb;
  const p = ctx.prices.get("elasticache.serverless.gb.hour");
  return [
    gb === void 0 ? component("Data stored", "GB-hours", null, p, { usageBased: true, note: "set average_data_stored_gb in the usage file" }) : component("Data stored", "GB-hours", gb * HOURS_PER_MONTH, p, { usageBased: true }),
    fromUsage(ctx, "ElastiCache processing units", "1M ECPUs", "monthly_ecpus", "elasticache.serverless.ecpu.million", 1e6)
  ];
};
const searchType = (t) => typeof t === "string" ? t.replace(/\.(search|elasticsearch)$/, "") : t;
const opensearch = (ctx) => {
  const r = ctx.resource;
  const count = num(attr(r, "cluster_config.instance_count")) ?? 1;
  const type = searchType(str(attr(r, "cluster_config.instance_type")));
  const out = instanceHoursOrReserved(ctx, "Data nodes", "opensearch", type, count);
  if (bool(attr(r, "cluster_config.dedicated_master_enabled")) === true) {
    const mcount = num(attr(r, "cluster_config.dedicated_master_count")) ?? 3;
    out.push(
      instanceHours(
        ctx,
        "Dedicated master nodes",
        "opensearch",
        searchType(str(attr(r, "cluster_config.dedicated_master_type"))),
        mcount,
        "dedicated_master_type"
      )
    );
  }
  if (bool(attr(r, "cluster_config.warm_enabled")) === true) {
    const wcount = num(attr(r, "cluster_config.warm_count")) ?? 0;
    out.push(
      instanceHours(
        ctx,
        "UltraWarm nodes",
        "opensearch",
        searchType(str(attr(r, "cluster_config.warm_type"))),
        wcount,
        "warm_type"
      )
    );
  }
  if (bool(attr(r, "ebs_options.ebs_enabled")) === true) out.push(...searchStorage(ctx, count));
  return out;
};
const includedThroughput = (gb) => gb >= 3072 ? 500 : 125;
function searchStorage(ctx, count) {
  const r = ctx.resource;
  const vtype = str(attr(r, "ebs_options.volume_type")) ?? "gp2";
  const size = num(attr(r, "ebs_options.volume_size"));
  const p = typeof vtype === "string" ? ctx.prices.get(`opensearch.${vtype}.gb`) : void 0;
  if (typeof size !== "number" || typeof count !== "number" || typeof vtype !== "string")
    return [unknownComponent("Storage", "GB", p, "volume_type, volume_size or instance_count is not known statically")];
  const out = [component(`Storage (${vtype})`, "GB", size * count, p)];
  const iops = num(attr(r, "ebs_options.iops"));
  if (vtype === "io1" && typeof iops === "number")
    out.push(component("Provisioned IOPS (io1)", "IOPS", iops * count, ctx.prices.get("opensearch.io1.iops")));
  const throughput = num(attr(r, "ebs_options.throughput"));
  if (vtype === "gp3" && typeof throughput === "number" && throughput > includedThroughput(size))
    out.push(
      component(
        `Throughput above ${includedThroughput(size)} MiB/s (gp3)`,
        "MiB/s",
        (throughput - includedThroughput(size)) * count,
        ctx.prices.get("opensearch.gp3.throughput")
      )
    );
  return out;
}
const docdbCluster = (ctx) => [
  fromUsage(ctx, "Storage", "GB", "storage_gb", "docdb.storage.gb"),
  fromUsage(ctx, "I/O requests", "1M requests", "monthly_io_requests", "docdb.io.million", 1e6)
];
const docdbInstance = (ctx) => [
  instanceHours(ctx, "DocumentDB instance", "docdb", str(attr(ctx.resource, "instance_class")), 1, "instance_class")
];
const redshift = (ctx) => {
  const r = ctx.resource;
  const type = str(attr(r, "node_type"));
  const nodes = num(attr(r, "number_of_nodes")) ?? 1;
  const out = instanceHoursOrReserved(ctx, "Nodes", "redshift", type, nodes, "node_type");
  if (typeof type === "string" && type.startsWith("ra3"))
    out.push(fromUsage(ctx, "Managed storage", "GB", "managed_storage_gb", "redshift.managed.gb"));
  return out;
};
const backupVault = (ctx) => [fromUsage(ctx, "Backup storage (warm)", "GB", "storage_gb", "backup.storage.gb")];
const DATABASE_PRICERS = {
  aws_db_instance: dbInstance,
  aws_rds_cluster: rdsCluster,
  aws_rds_cluster_instance: rdsClusterInstance,
  aws_dynamodb_table: dynamodb,
  aws_elasticache_cluster: elasticacheCluster,
  aws_elasticache_replication_group: elasticacheReplicationGroup,
  aws_elasticache_serverless_cache: elasticacheServerless,
  aws_opensearch_domain: opensearch,
  aws_elasticsearch_domain: opensearch,
  aws_docdb_cluster: docdbCluster,
  aws_docdb_cluster_instance: docdbInstance,
  aws_redshift_cluster: redshift,
  aws_backup_vault: backupVault
};
const CODEBUILD_TYPES = {
  BUILD_GENERAL1_SMALL: "codebuild.small.minute",
  BUILD_GENERAL1_MEDIUM: "codebuild.medium.minute",
  BUILD_GENERAL1_LARGE: "codebuild.large.minute"
};
const codebuild = (ctx) => {
  const type = str(attr(ctx.resource, "environment.compute_type"));
  const key = typeof type === "string" ? CODEBUILD_TYPES[type] : void 0;
  if (!key) {
    const shown = typeof type === "string" ? type : type === void 0 ? "unset" : "not known statically";
    return [unknownComponent("Build minutes", "minutes", void 0, `compute type ${shown} is not in the table`)];
  }
  return [fromUsage(ctx, `Build minutes (${String(type)})`, "minutes", "monthly_build_minutes", key)];
};
const configRecorder = (ctx) => [fromUsage(ctx, "Configuration items recorded", "items", "monthly_config_items", "config.item")];
const configRule = (ctx) => [fromUsage(ctx, "Rule evaluations", "evaluations", "monthly_rule_evaluations", "config.evaluation")];
const neptuneInstance = (ctx) => [
  instanceHours(ctx, "Neptune instance", "neptune", str(attr(ctx.resource, "instance_class")), 1, "instance_class")
];
const sagemakerNotebook = (ctx) => {
  const type = str(attr(ctx.resource, "instance_type"));
  const price = typeof type === "string" ? ctx.prices.get(`sagemaker.notebook.${type}`) : void 0;
  if (typeof type !== "string") return [unknownComponent("Notebook instance", "hours", void 0, "instance_type is not known statically")];
  return [hourly(`Notebook instance (${type})`, price)];
};
const clientVpnAssociation = (ctx) => [hourly("Client VPN subnet association", ctx.prices.get("clientvpn.association.hour"))];
const clientVpnEndpoint = (ctx) => [
  fromUsage(ctx, "Client VPN connections", "connection-hours", "monthly_connection_hours", "clientvpn.connection.hour", 1, {
    quantity: HOURS_PER_MONTH,
    assumption: "one connection all month (730 connection-hours); set monthly_connection_hours in the usage file"
  })
];
const eksFargateProfile = (ctx) => {
  const pods = ctx.usage.pods;
  const vcpu = ctx.usage.vcpu_per_pod;
  const gb = ctx.usage.memory_gb_per_pod;
  const pv = ctx.prices.get("fargate.vcpu.hour");
  const pg = ctx.prices.get("fargate.gb.hour");
  if (pods === void 0 || vcpu === void 0 || gb === void 0) {
    const note = "set pods, vcpu_per_pod and memory_gb_per_pod in the usage file";
    return [
      component("Fargate pods vCPU", "vCPU-hours", null, pv, { usageBased: true, note }),
      component("Fargate pods memory", "GB-hours", null, pg, { usageBased: true, note })
    ];
  }
  return [
    component("Fargate pods vCPU", "vCPU-hours", pods * vcpu * HOURS_PER_MONTH, pv, { usageBased: true }),
    component("Fargate pods memory", "GB-hours", pods * gb * HOURS_PER_MONTH, pg, { usageBased: true })
  ];
};
const dxConnection = (ctx) => {
  const bw = str(attr(ctx.resource, "bandwidth"));
  const price = typeof bw === "string" ? ctx.prices.get(`dx.port.${bw}`) : void 0;
  if (typeof bw !== "string") return [unknownComponent("Port hours", "hours", void 0, "bandwidth is not known statically")];
  return [hourly(`Port hours (${bw})`, price), fromUsage(ctx, "Data transfer out", "GB", "monthly_outbound_gb", "dx.out.gb")];
};
const tgwPeering = (ctx) => [hourly("Transit gateway peering attachment", ctx.prices.get("tgw.peering.hour"))];
const trafficMirror = (ctx) => [hourly("Traffic mirror session", ctx.prices.get("trafficmirror.session.hour"))];
const kmsExternalKey = (ctx) => [monthly("Customer managed key (imported material)", ctx.prices.get("kms.key"), 1, "keys")];
const directory = (ctx) => {
  const r = ctx.resource;
  const type = str(attr(r, "type")) ?? "SimpleAD";
  const variant = type === "MicrosoftAD" ? str(attr(r, "edition")) ?? "Enterprise" : str(attr(r, "size"));
  if (typeof type !== "string" || typeof variant !== "string")
    return [unknownComponent("Domain controllers", "controller-hours", void 0, "type, edition or size is not known statically")];
  const price = ctx.prices.get(`directory.${type}.${variant}.hour`);
  return [hourly(`Directory service (${type}, ${variant})`, price, 2, "controller-hours")];
};
const DMS_INCLUDED_GB = [
  [/^dms\.t/, 50],
  [/^dms\.[cr]/, 100]
];
const dmsInstance = (ctx) => {
  const r = ctx.resource;
  const cls = str(attr(r, "replication_instance_class"));
  const factor = bool(attr(r, "multi_az")) === true ? 2 : 1;
  const az = factor === 2 ? ", Multi-AZ" : "";
  if (typeof cls !== "string")
    return [unknownComponent("Replication instance", "hours", void 0, "replication_instance_class is not known statically")];
  const out = [hourly(`Replication instance (${cls}${az})`, ctx.prices.get(`dms.${cls}.hour`), factor)];
  const size = num(attr(r, "allocated_storage")) ?? 50;
  const included = DMS_INCLUDED_GB.find(([re]) => re.test(cls))?.[1];
  if (typeof size !== "number" || included === void 0)
    out.push(
      unknownComponent("Storage (gp2)", "GB", ctx.prices.get("dms.gp2.gb"), "allocated storage or the included allowance is not known")
    );
  else if (size > included)
    out.push(component(`Storage above ${included} GB (gp2${az})`, "GB", (size - included) * factor, ctx.prices.get("dms.gp2.gb")));
  return out;
};
const ec2Host = (ctx) => {
  const r = ctx.resource;
  const type = str(attr(r, "instance_type"));
  const family = str(attr(r, "instance_family")) ?? (typeof type === "string" ? type.split(".")[0] : type);
  if (typeof family !== "string")
    return [unknownComponent("Dedicated Host", "hours", void 0, "instance family is not known statically")];
  return reservedOr(ctx, () => [hourly(`Dedicated Host (${family})`, ctx.prices.get(`ec2.host:${family}`))], {
    label: "Dedicated Host",
    service: "ec2-host",
    variant: family,
    count: 1
  });
};
const lightsailInstance = (ctx) => {
  const bundle = str(attr(ctx.resource, "bundle_id"));
  if (typeof bundle !== "string") return [unknownComponent("Virtual server", "hours", void 0, "bundle_id is not known statically")];
  const monthlyPrice = ctx.prices.get(`lightsail.bundle.${bundle}`);
  return [hourly(`Virtual server (${bundle})`, monthlyPrice === void 0 ? void 0 : monthlyPrice / 744)];
};
const EXTRA_PRICERS = {
  aws_codebuild_project: codebuild,
  aws_config_configuration_recorder: configRecorder,
  aws_config_config_rule: configRule,
  aws_neptune_cluster_instance: neptuneInstance,
  aws_sagemaker_notebook_instance: sagemakerNotebook,
  aws_ec2_client_vpn_network_association: clientVpnAssociation,
  aws_ec2_client_vpn_endpoint: clientVpnEndpoint,
  aws_eks_fargate_profile: eksFargateProfile,
  aws_dx_connection: dxConnection,
  aws_ec2_transit_gateway_peering_attachment: tgwPeering,
  aws_ec2_traffic_mirror_session: trafficMirror,
  aws_kms_external_key: kmsExternalKey,
  aws_directory_service_directory: directory,
  aws_dms_replication_instance: dmsInstance,
  aws_ec2_host: ec2Host,
  aws_lightsail_instance: lightsailInstance
};
const eip = (ctx) => [hourly("Public IPv4 address", ctx.prices.get("ipv4.hour"))];
const natGateway = (ctx) => {
  const out = [
    hourly("NAT gateway", ctx.prices.get("nat.hour")),
    fromUsage(ctx, "Data processed", "GB", "monthly_data_processed_gb", "nat.gb")
  ];
  return out;
};
function subnetCount(ctx, ...keys) {
  for (const key of keys) {
    const v = list(ctx.resource.attributes[key]);
    if (isUnknown(v)) return "unknown";
    if (v.length > 0) return v.length;
  }
  return void 0;
}
const LB_KINDS = {
  application: { prefix: "alb", label: "Application load balancer", lcu: "LCU-hours" },
  network: { prefix: "nlb", label: "Network load balancer", lcu: "NLCU-hours" },
  gateway: { prefix: "gwlb", label: "Gateway load balancer", lcu: "GLCU-hours" }
};
const loadBalancer = (ctx) => {
  const r = ctx.resource;
  const t = str(attr(r, "load_balancer_type")) ?? "application";
  if (isUnknown(t)) return [unknownComponent("Load balancer", "hours", void 0, "load_balancer_type is not known statically")];
  const kind = LB_KINDS[t];
  if (!kind) return [unknownComponent("Load balancer", "hours", void 0, `unknown load_balancer_type "${t}"`)];
  const out = [hourly(kind.label, ctx.prices.get(`${kind.prefix}.hour`))];
  const lcu = ctx.usage.capacity_units;
  const lcuPrice = ctx.prices.get(`${kind.prefix}.lcu`);
  out.push(
    lcu === void 0 ? {
      ...unknownComponent("Capacity units", kind.lcu, lcuPrice, "set capacity_units (average per hour) in the usage file"),
      usageBased: true
    } : { ...hourly("Capacity units", lcuPrice, lcu, kind.lcu), usageBased: true }
  );
  if (t !== "gateway" && bool(attr(r, "internal")) !== true) {
    const n = subnetCount(ctx, "subnet_mapping", "subnets");
    if (n === "unknown")
      out.push(unknownComponent("Public IPv4 addresses", "hours", ctx.prices.get("ipv4.hour"), "subnets are not known statically"));
    else if (n !== void 0) out.push(hourly("Public IPv4 addresses", ctx.prices.get("ipv4.hour"), n));
  }
  return out;
};
const classicElb = (ctx) => [
  hourly("Classic load balancer", ctx.prices.get("elb.hour")),
  fromUsage(ctx, "Data processed", "GB", "monthly_data_processed_gb", "elb.gb")
];
const vpcEndpoint = (ctx) => {
  const t = str(attr(ctx.resource, "vpc_endpoint_type")) ?? "Gateway";
  if (t === "Gateway") return "free";
  if (isUnknown(t)) return [unknownComponent("Endpoint", "hours", void 0, "vpc_endpoint_type is not known statically")];
  const prefix = t === "GatewayLoadBalancer" ? "vpce.gwlb" : "vpce.interface";
  const azs = t === "GatewayLoadBalancer" ? 1 : subnetCount(ctx, "subnet_ids", "subnet_configuration");
  const price = ctx.prices.get(`${prefix}.hour`);
  const out = [];
  if (azs === "unknown" || azs === void 0)
    out.push(unknownComponent(`${t} endpoint (per AZ)`, "hours", price, "subnet_ids are not known statically"));
  else out.push(hourly(`${t} endpoint (${azs} AZ)`, price, azs));
  out.push(fromUsage(ctx, "Data processed", "GB", "monthly_data_processed_gb", `${prefix}.gb`));
  return out;
};
const vpn = (ctx) => [hourly("VPN connection", ctx.prices.get("vpn.hour"))];
const tgwAttachment = (ctx) => [
  hourly("Transit Gateway attachment", ctx.prices.get("tgw.attachment.hour")),
  fromUsage(ctx, "Data processed", "GB", "monthly_data_processed_gb", "tgw.gb")
];
const globalAccelerator = (ctx) => [hourly("Accelerator", ctx.prices.get("globalaccelerator.hour"))];
const networkFirewall = (ctx) => {
  const n = subnetCount(ctx, "subnet_mapping");
  const price = ctx.prices.get("networkfirewall.endpoint.hour");
  return [
    typeof n === "number" ? hourly(`Firewall endpoints (${n})`, price, n) : unknownComponent("Firewall endpoints", "hours", price, "subnet_mapping is not known statically"),
    fromUsage(ctx, "Data processed", "GB", "monthly_data_processed_gb", "networkfirewall.gb")
  ];
};
const cloudfront = (ctx) => [
  fromUsage(ctx, "Data transfer out to the internet (US/EU)", "GB", "monthly_data_transfer_to_internet_gb", "cloudfront.gb"),
  fromUsage(ctx, "HTTPS requests (US/EU)", "10k requests", "monthly_https_requests", "cloudfront.https.10k", 1e4)
];
const NETWORK_PRICERS = {
  aws_eip: eip,
  aws_nat_gateway: natGateway,
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_elb: classicElb,
  aws_vpc_endpoint: vpcEndpoint,
  aws_vpn_connection: vpn,
  aws_ec2_transit_gateway_vpc_attachment: tgwAttachment,
  aws_globalaccelerator_accelerator: globalAccelerator,
  aws_networkfirewall_firewall: networkFirewall,
  aws_cloudfront_distribution: cloudfront
};
const restApi = (ctx) => [fromUsage(ctx, "REST API requests", "1M requests", "monthly_requests", "apigateway.rest.million", 1e6)];
const CACHE_SIZES = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"];
const apiStage = (ctx) => {
  const r = ctx.resource;
  if (bool(attr(r, "cache_cluster_enabled")) !== true) return "free";
  const size = str(attr(r, "cache_cluster_size")) ?? "0.5";
  if (isUnknown(size)) return [unknownComponent("Cache", "hours", void 0, "cache_cluster_size is not known statically")];
  const key = CACHE_SIZES.includes(size) ? `apigateway.cache.${size}` : "apigateway.cache.unknown";
  return [hourly(`Cache (${size} GB)`, ctx.prices.get(key))];
};
const apiV2 = (ctx) => {
  const proto = str(attr(ctx.resource, "protocol_type"));
  if (proto === "WEBSOCKET") {
    return [
      fromUsage(ctx, "WebSocket messages", "1M messages", "monthly_messages", "apigateway.websocket.million", 1e6),
      fromUsage(
        ctx,
        "WebSocket connection minutes",
        "1M minutes",
        "monthly_connection_minutes",
        "apigateway.websocket.minutes.million",
        1e6
      )
    ];
  }
  return [fromUsage(ctx, "HTTP API requests", "1M requests", "monthly_requests", "apigateway.http.million", 1e6)];
};
const sqs = (ctx) => {
  const fifo = bool(attr(ctx.resource, "fifo_queue")) === true;
  return [
    fromUsage(
      ctx,
      fifo ? "FIFO requests" : "Standard requests",
      "1M requests",
      "monthly_requests",
      fifo ? "sqs.fifo.million" : "sqs.standard.million",
      1e6
    )
  ];
};
const snsTopic = (ctx) => [fromUsage(ctx, "API requests", "1M requests", "monthly_requests", "sns.requests.million", 1e6)];
const snsSubscription = (ctx) => {
  const proto = str(attr(ctx.resource, "protocol"));
  if (proto === "http" || proto === "https")
    return [fromUsage(ctx, "HTTP/S notifications", "1M notifications", "monthly_notifications", "sns.http.million", 1e6)];
  if (proto === "email" || proto === "email-json")
    return [fromUsage(ctx, "Email notifications", "100k notifications", "monthly_notifications", "sns.email.100k", 1e5)];
  if (proto === "sms")
    return [unknownComponent("SMS notifications", "messages", void 0, "SMS prices depend on the destination country")];
  return "free";
};
const stepFunctions = (ctx) => {
  const type = str(attr(ctx.resource, "type")) ?? "STANDARD";
  if (type === "EXPRESS") return [fromUsage(ctx, "Express requests", "1M requests", "monthly_requests", "sfn.express.million", 1e6)];
  return [fromUsage(ctx, "State transitions", "1k transitions", "monthly_transitions", "sfn.standard.1k", 1e3)];
};
const kinesisStream = (ctx) => {
  const r = ctx.resource;
  if (str(attr(r, "stream_mode_details.stream_mode")) === "ON_DEMAND") {
    return [
      hourly("On-demand stream", ctx.prices.get("kinesis.ondemand.stream.hour")),
      fromUsage(ctx, "Data ingested", "GB", "monthly_data_ingested_gb", "kinesis.ondemand.gb")
    ];
  }
  const shards = num(attr(r, "shard_count"));
  const p = ctx.prices.get("kinesis.shard.hour");
  return [
    typeof shards === "number" ? hourly("Shards", p, shards, "shard-hours") : unknownComponent("Shards", "shard-hours", p, "shard_count is not known statically"),
    fromUsage(ctx, "PUT payload units", "1M units", "monthly_put_units", "kinesis.put.million", 1e6)
  ];
};
const firehose = (ctx) => [fromUsage(ctx, "Data ingested", "GB", "monthly_data_ingested_gb", "firehose.gb")];
const eventBus = (ctx) => [
  fromUsage(ctx, "Custom events", "1M events", "monthly_custom_events", "eventbridge.events.million", 1e6)
];
const transfer = (ctx) => {
  const protocols = list(ctx.resource.attributes.protocols);
  const n = isUnknown(protocols) ? void 0 : Math.max(1, protocols.length);
  const p = ctx.prices.get("transfer.protocol.hour");
  return [
    n === void 0 ? unknownComponent("Protocol endpoints", "hours", p, "protocols are not known statically") : hourly(`Protocol endpoints (${n})`, p, n),
    fromUsage(ctx, "Data transferred", "GB", "monthly_data_transferred_gb", "transfer.gb")
  ];
};
const s3 = (ctx) => [
  fromUsage(ctx, "Standard storage", "GB", "storage_gb", "s3.standard.gb"),
  fromUsage(ctx, "PUT, COPY, POST, LIST requests", "1k requests", "monthly_tier_1_requests", "s3.put.1k", 1e3),
  fromUsage(ctx, "GET and other requests", "1k requests", "monthly_tier_2_requests", "s3.get.1k", 1e3)
];
const efs = (ctx) => [
  fromUsage(ctx, "Standard storage", "GB", "storage_gb", "efs.standard.gb"),
  fromUsage(ctx, "Infrequent Access storage", "GB", "infrequent_access_storage_gb", "efs.ia.gb")
];
const ecr = (ctx) => [fromUsage(ctx, "Image storage", "GB", "storage_gb", "ecr.storage.gb")];
const logGroup = (ctx) => [
  fromUsage(ctx, "Data ingested", "GB", "monthly_data_ingested_gb", "logs.ingest.gb"),
  fromUsage(ctx, "Archival storage", "GB", "storage_gb", "logs.storage.gb")
];
const metricAlarm = (ctx) => {
  const r = ctx.resource;
  const queries = list(r.attributes.metric_query);
  const queryList = isUnknown(queries) ? [] : queries;
  const periods = [num(attr(r, "period")), ...queryList.map((q) => num(attr({ attributes: q ?? {} }, "metric.period")))];
  const highRes = periods.some((p) => typeof p === "number" && p < 60);
  const price = ctx.prices.get(highRes ? "cloudwatch.alarm.highres" : "cloudwatch.alarm.standard");
  const label = highRes ? "High-resolution alarm metrics" : "Standard alarm metrics";
  if (isUnknown(queries)) return [unknownComponent(label, "alarm metrics", price, "metric_query is not known statically")];
  if (queryList.some((q) => typeof q?.expression === "string" && /ANOMALY_DETECTION_BAND/i.test(q.expression)))
    return [monthly(`${highRes ? "High-resolution" : "Standard"} anomaly-detection alarm`, price, 3, "alarm metrics")];
  const metrics = queryList.length === 0 ? 1 : queryList.filter((q) => q?.metric !== void 0).length;
  return [monthly(label, price, Math.max(1, metrics), "alarm metrics")];
};
const compositeAlarm = (ctx) => [monthly("Composite alarm", ctx.prices.get("cloudwatch.alarm.composite"), 1, "alarms")];
const dashboard = (ctx) => [monthly("Dashboard", ctx.prices.get("cloudwatch.dashboard"), 1, "dashboards")];
const secret = (ctx) => {
  const replicas = list(ctx.resource.attributes.replica);
  const n = 1 + (isUnknown(replicas) ? 0 : replicas.length);
  return [
    monthly(n > 1 ? `Secret (${n} regions)` : "Secret", ctx.prices.get("secretsmanager.secret"), n, "secrets"),
    fromUsage(ctx, "API requests", "10k requests", "monthly_requests", "secretsmanager.api.10k", 1e4)
  ];
};
const kmsKey = (ctx) => [
  monthly("Customer managed key", ctx.prices.get("kms.key"), 1, "keys"),
  fromUsage(ctx, "API requests", "10k requests", "monthly_requests", "kms.requests.10k", 1e4)
];
const route53Zone = (ctx) => [
  monthly("Hosted zone", ctx.prices.get("route53.zone"), 1, "zones"),
  fromUsage(ctx, "Standard queries", "1M queries", "monthly_standard_queries", "route53.queries.million", 1e6)
];
const HEALTH_CHECK_OPTIONS = [
  ["type", (v) => typeof v === "string" && /HTTPS/.test(v)],
  ["type", (v) => typeof v === "string" && /STR_MATCH/.test(v)],
  ["request_interval", (v) => Number(v) === 10],
  ["measure_latency", (v) => v === true || v === "true"]
];
const healthCheck = (ctx) => {
  const r = ctx.resource;
  const nonAws = /^non_aws$/i.test(ctx.settings.endpoint_type ?? "");
  const tier = nonAws ? "other" : "aws";
  const note = nonAws ? void 0 : "AWS endpoint assumed; set endpoint_type: non_aws in the usage file otherwise";
  const base = monthly(
    nonAws ? "Health check (non-AWS endpoint)" : "Health check (AWS endpoint)",
    ctx.prices.get(`route53.healthcheck.${tier}`),
    1,
    "health checks"
  );
  const out = [note ? { ...base, note } : base];
  const options = HEALTH_CHECK_OPTIONS.filter(([k, test]) => test(attr(r, k))).length;
  if (options > 0)
    out.push(
      monthly(
        "Optional features (HTTPS, string matching, fast interval, latency)",
        ctx.prices.get(`route53.healthcheck.option.${tier}`),
        options,
        "options"
      )
    );
  return out;
};
const wafAcl = (ctx) => {
  const rules = list(ctx.resource.attributes.rule ?? ctx.resource.attributes.rules);
  const out = [monthly("Web ACL", ctx.prices.get("waf.acl"), 1, "web ACLs")];
  out.push(
    isUnknown(rules) ? unknownComponent("Rules", "rules", ctx.prices.get("waf.rule"), "rules are not known statically") : monthly("Rules", ctx.prices.get("waf.rule"), rules.length, "rules")
  );
  out.push(fromUsage(ctx, "Requests", "1M requests", "monthly_requests", "waf.requests.million", 1e6));
  return out;
};
const ssmParameter = (ctx) => {
  const tier = str(attr(ctx.resource, "tier"));
  if (tier === "Advanced") return [monthly("Advanced parameter", ctx.prices.get("ssm.parameter.advanced"), 1, "parameters")];
  if (isUnknown(tier)) return [unknownComponent("Parameter", "parameters", void 0, "tier is not known statically")];
  return "free";
};
const privateCa = (ctx) => {
  const shortLived = str(attr(ctx.resource, "usage_mode")) === "SHORT_LIVED_CERTIFICATE";
  return [
    monthly(
      shortLived ? "Private CA (short-lived certificates)" : "Private CA",
      ctx.prices.get(shortLived ? "acmpca.ca.shortlived" : "acmpca.ca"),
      1,
      "CAs"
    )
  ];
};
const cloudtrail = (ctx) => [
  fromUsage(ctx, "Data events recorded", "100k events", "monthly_data_events", "cloudtrail.data.100k", 1e5)
];
const mskCluster = (ctx) => {
  const r = ctx.resource;
  const brokers = num(attr(r, "number_of_broker_nodes"));
  const type = str(attr(r, "broker_node_group_info.instance_type"));
  const out = [];
  const p = typeof type === "string" ? ctx.prices.instance("msk", type) : void 0;
  if (typeof type !== "string") out.push(unknownComponent("Brokers", "hours", void 0, "instance_type is not known statically"));
  else if (typeof brokers !== "number")
    out.push(unknownComponent(`Brokers (${type})`, "hours", p, "number_of_broker_nodes is not known statically"));
  else out.push(hourly(`Brokers (${type})`, p, brokers));
  const size = num(attr(r, "broker_node_group_info.storage_info.ebs_storage_info.volume_size")) ?? num(attr(r, "broker_node_group_info.ebs_volume_size"));
  if (typeof size === "number" && typeof brokers === "number")
    out.push(component("Broker storage", "GB", size * brokers, ctx.prices.get("msk.storage.gb")));
  return out;
};
const mskServerless = (ctx) => [hourly("Serverless cluster", ctx.prices.get("msk.serverless.cluster.hour"))];
const SERVICE_PRICERS = {
  aws_api_gateway_rest_api: restApi,
  aws_api_gateway_stage: apiStage,
  aws_apigatewayv2_api: apiV2,
  aws_sqs_queue: sqs,
  aws_sns_topic: snsTopic,
  aws_sns_topic_subscription: snsSubscription,
  aws_sfn_state_machine: stepFunctions,
  aws_kinesis_stream: kinesisStream,
  aws_kinesis_firehose_delivery_stream: firehose,
  aws_cloudwatch_event_bus: eventBus,
  aws_transfer_server: transfer,
  aws_s3_bucket: s3,
  aws_efs_file_system: efs,
  aws_ecr_repository: ecr,
  aws_cloudwatch_log_group: logGroup,
  aws_cloudwatch_metric_alarm: metricAlarm,
  aws_cloudwatch_composite_alarm: compositeAlarm,
  aws_cloudwatch_dashboard: dashboard,
  aws_secretsmanager_secret: secret,
  aws_kms_key: kmsKey,
  aws_kms_replica_key: kmsKey,
  aws_route53_zone: route53Zone,
  aws_route53_health_check: healthCheck,
  aws_wafv2_web_acl: wafAcl,
  aws_waf_web_acl: wafAcl,
  aws_wafregional_web_acl: wafAcl,
  aws_ssm_parameter: ssmParameter,
  aws_acmpca_certificate_authority: privateCa,
  aws_cloudtrail: cloudtrail,
  aws_msk_cluster: mskCluster,
  aws_msk_serverless_cluster: mskServerless
};
const PRICERS = {
  ...COMPUTE_PRICERS,
  ...NETWORK_PRICERS,
  ...DATABASE_PRICERS,
  ...SERVICE_PRICERS,
  ...EXTRA_PRICERS
};
Object.keys(PRICERS).sort();
const aws_acmpca_certificate_authority = { monthly_requests: "number" };
const aws_alb = { active_connections: "number", new_connections: "number", processed_bytes_gb: "number", rule_evaluations: "number" };
const aws_api_gateway_rest_api = { monthly_requests: "number" };
const aws_apigatewayv2_api = { message_size_kb: "number", monthly_connection_mins: "number", monthly_messages: "number", monthly_requests: "number", request_size_kb: "number" };
const aws_autoscaling_group = { instances: "number", monthly_cpu_credit_hrs: "number", operating_system: "string", reserved_instance_payment_option: "string", reserved_instance_term: "string", reserved_instance_type: "string", vcpu_count: "number" };
const aws_backup_vault = { monthly_aurora_snapshot_gb: "number", monthly_dynamodb_backup_gb: "number", monthly_dynamodb_restore_gb: "number", monthly_ebs_snapshot_gb: "number", monthly_efs_cold_backup_gb: "number", monthly_efs_cold_restore_gb: "number", monthly_efs_item_restore_requests: "number", monthly_efs_warm_backup_gb: "number", monthly_efs_warm_restore_gb: "number", monthly_fsx_lustre_backup_gb: "number", monthly_fsx_windows_backup_gb: "number", monthly_rds_snapshot_gb: "number" };
const aws_cloudformation_stack = { monthly_duration_secs: "number", monthly_handler_operations: "number" };
const aws_cloudformation_stack_set = { monthly_duration_secs: "number", monthly_handler_operations: "number" };
const aws_cloudfront_distribution = { custom_ssl_certificates: "number", monthly_data_transfer_to_internet_gb: "object", "monthly_data_transfer_to_internet_gb.asia_pacific": "number", "monthly_data_transfer_to_internet_gb.australia": "number", "monthly_data_transfer_to_internet_gb.europe": "number", "monthly_data_transfer_to_internet_gb.india": "number", "monthly_data_transfer_to_internet_gb.japan": "number", "monthly_data_transfer_to_internet_gb.south_africa": "number", "monthly_data_transfer_to_internet_gb.south_america": "number", "monthly_data_transfer_to_internet_gb.us": "number", monthly_data_transfer_to_origin_gb: "object", "monthly_data_transfer_to_origin_gb.asia_pacific": "number", "monthly_data_transfer_to_origin_gb.australia": "number", "monthly_data_transfer_to_origin_gb.europe": "number", "monthly_data_transfer_to_origin_gb.india": "number", "monthly_data_transfer_to_origin_gb.japan": "number", "monthly_data_transfer_to_origin_gb.south_africa": "number", "monthly_data_transfer_to_origin_gb.south_america": "number", "monthly_data_transfer_to_origin_gb.us": "number", monthly_encryption_requests: "number", monthly_http_requests: "object", "monthly_http_requests.asia_pacific": "number", "monthly_http_requests.australia": "number", "monthly_http_requests.europe": "number", "monthly_http_requests.india": "number", "monthly_http_requests.japan": "number", "monthly_http_requests.south_africa": "number", "monthly_http_requests.south_america": "number", "monthly_http_requests.us": "number", monthly_https_requests: "object", "monthly_https_requests.asia_pacific": "number", "monthly_https_requests.australia": "number", "monthly_https_requests.europe": "number", "monthly_https_requests.india": "number", "monthly_https_requests.japan": "number", "monthly_https_requests.south_africa": "number", "monthly_https_requests.south_america": "number", "monthly_https_requests.us": "number", monthly_invalidation_requests: "number", monthly_log_lines: "number", monthly_shield_requests: "object", "monthly_shield_requests.australia": "number", "monthly_shield_requests.europe": "number", "monthly_shield_requests.india": "number", "monthly_shield_requests.japan": "number", "monthly_shield_requests.singapore": "number", "monthly_shield_requests.south_america": "number", "monthly_shield_requests.south_korea": "number", "monthly_shield_requests.us": "number" };
const aws_cloudhsm_v2_hsm = { monthly_hrs: "number" };
const aws_cloudtrail = { monthly_additional_management_events: "number", monthly_data_events: "number", monthly_insight_events: "number" };
const aws_cloudwatch_event_bus = { archive_storage_gb: "number", monthly_archive_processing_gb: "number", monthly_custom_events: "number", monthly_schema_discovery_events: "number", monthly_third_party_events: "number" };
const aws_cloudwatch_log_group = { monthly_data_ingested_gb: "number", monthly_data_scanned_gb: "number", storage_gb: "number" };
const aws_codebuild_project = { monthly_build_mins: "number" };
const aws_config_config_rule = { monthly_rule_evaluations: "number" };
const aws_config_configuration_recorder = { monthly_config_items: "number", monthly_custom_config_items: "number" };
const aws_config_organization_custom_rule = { monthly_rule_evaluations: "number" };
const aws_config_organization_managed_rule = { monthly_rule_evaluations: "number" };
const aws_data_transfer = { monthly_intra_region_gb: "number", monthly_outbound_internet_gb: "number", monthly_outbound_other_regions_gb: "number", monthly_outbound_us_east_to_us_east_gb: "number", region: "string" };
const aws_db_instance = { additional_backup_storage_gb: "number", monthly_additional_performance_insights_requests: "number", monthly_cpu_credit_hrs: "number", monthly_standard_io_requests: "number", reserved_instance_payment_option: "string", reserved_instance_term: "string" };
const aws_directory_service_directory = { additional_domain_controllers: "number", shared_accounts: "number" };
const aws_docdb_cluster = { backup_storage_gb: "number" };
const aws_docdb_cluster_instance = { data_storage_gb: "number", monthly_cpu_credit_hrs: "number", monthly_io_requests: "number" };
const aws_docdb_cluster_snapshot = { backup_storage_gb: "number" };
const aws_dx_connection = { dx_connection_type: "string", dx_virtual_interface_type: "string", monthly_outbound_from_region_to_dx_connection_location: "object", "monthly_outbound_from_region_to_dx_connection_location.eu_west_2": "number", "monthly_outbound_from_region_to_dx_connection_location.us_east_1": "number", monthly_outbound_region_to_dx_location_gb: "number" };
const aws_dx_gateway_association = { monthly_data_processed_gb: "number" };
const aws_dynamodb_table = { monthly_data_restored_gb: "number", monthly_read_request_units: "number", monthly_streams_read_request_units: "number", monthly_write_request_units: "number", on_demand_backup_storage_gb: "number", pitr_backup_storage_gb: "number", storage_gb: "number" };
const aws_ebs_snapshot = { fast_snapshot_restore_hours: "number", monthly_get_block_requests: "number", monthly_list_block_requests: "number", monthly_put_block_requests: "number" };
const aws_ebs_volume = { monthly_standard_io_requests: "number" };
const aws_ec2_host = { reserved_instance_payment_option: "string", reserved_instance_term: "string" };
const aws_ec2_transit_gateway_vpc_attachment = { monthly_data_processed_gb: "number" };
const aws_ecr_repository = { storage_gb: "number" };
const aws_efs_file_system = { infrequent_access_storage_gb: "number", monthly_infrequent_access_read_gb: "number", monthly_infrequent_access_write_gb: "number", storage_gb: "number" };
const aws_eks_node_group = { instances: "number", monthly_cpu_credit_hrs: "number", operating_system: "string", reserved_instance_payment_option: "string", reserved_instance_term: "string", reserved_instance_type: "string", vcpu_count: "number" };
const aws_elastic_beanstalk_environment = { cloudwatch: "object", "cloudwatch.monthly_data_ingested_gb": "number", "cloudwatch.monthly_data_scanned_gb": "number", "cloudwatch.storage_gb": "number", db: "object", "db.additional_backup_storage_gb": "number", "db.monthly_additional_performance_insights_requests": "number", "db.monthly_standard_io_requests": "number", ec2: "object", "ec2.monthly_cpu_credit_hrs": "number", elb: "object", "elb.monthly_data_processed_gb": "number", lb: "object", "lb.active_connections": "number", "lb.new_connections": "number", "lb.processed_bytes_gb": "number", "lb.rule_evaluations": "number" };
const aws_elasticache_cluster = { reserved_instance_payment_option: "string", reserved_instance_term: "string", snapshot_storage_size_gb: "number" };
const aws_elasticache_replication_group = { reserved_instance_payment_option: "string", reserved_instance_term: "string", snapshot_storage_size_gb: "number" };
const aws_elb = { monthly_data_processed_gb: "number" };
const aws_fsx_windows_file_system = { backup_storage_gb: "number" };
const aws_globalaccelerator_endpoint_group = { monthly_inbound_data_transfer_gb: "object", "monthly_inbound_data_transfer_gb.asia_pacific": "number", "monthly_inbound_data_transfer_gb.australia": "number", "monthly_inbound_data_transfer_gb.europe": "number", "monthly_inbound_data_transfer_gb.india": "number", "monthly_inbound_data_transfer_gb.south_africa": "number", "monthly_inbound_data_transfer_gb.south_america": "number", "monthly_inbound_data_transfer_gb.south_korea": "number", "monthly_inbound_data_transfer_gb.us": "number", monthly_outbound_data_transfer_gb: "object", "monthly_outbound_data_transfer_gb.asia_pacific": "number", "monthly_outbound_data_transfer_gb.australia": "number", "monthly_outbound_data_transfer_gb.europe": "number", "monthly_outbound_data_transfer_gb.india": "number", "monthly_outbound_data_transfer_gb.south_africa": "number", "monthly_outbound_data_transfer_gb.south_america": "number", "monthly_outbound_data_transfer_gb.south_korea": "number", "monthly_outbound_data_transfer_gb.us": "number" };
const aws_glue_catalog_database = { monthly_objects: "number", monthly_requests: "number" };
const aws_glue_crawler = { monthly_hours: "number" };
const aws_glue_job = { monthly_hours: "number" };
const aws_grafana_workspace = { editors_administrator_licenses: "number", viewer_licenses: "number" };
const aws_instance = { monthly_cpu_credit_hrs: "number", monthly_hrs: "number", operating_system: "string", reserved_instance_payment_option: "string", reserved_instance_term: "string", reserved_instance_type: "string", vcpu_count: "number" };
const aws_kinesis_analytics_application = { durable_application_backup_gb: "number", kinesis_processing_units: "number" };
const aws_kinesis_firehose_delivery_stream = { monthly_data_ingested_gb: "number" };
const aws_kinesis_stream = { monthly_on_demand_data_in_gb: "number", monthly_on_demand_data_out_gb: "number", monthly_on_demand_efo_data_out_gb: "number", monthly_on_demand_extended_retention_gb: "number", monthly_on_demand_long_term_retention_gb: "number", monthly_provisioned_efo_consumer_hours: "number", monthly_provisioned_efo_data_out_gb: "number", monthly_provisioned_extended_retention_gb: "number", monthly_provisioned_long_term_retention_gb: "number", monthly_provisioned_long_term_retrieval_gb: "number", monthly_provisioned_put_units: "number" };
const aws_kinesisanalyticsv2_application = { durable_application_backup_gb: "number", kinesis_processing_units: "number" };
const aws_kinesisanalyticsv2_application_snapshot = { durable_application_backup_gb: "number" };
const aws_lambda_function = { monthly_requests: "number", request_duration_ms: "number" };
const aws_lambda_provisioned_concurrency_config = { architecture: "string", memory_mb: "number", monthly_duration_hrs: "number", monthly_requests: "number", request_duration_ms: "number" };
const aws_lb = { active_connections: "number", new_connections: "number", processed_bytes_gb: "number", rule_evaluations: "number" };
const aws_mq_broker = { storage_size_gb: "number" };
const aws_mwaa_environment = { additional_schedulers: "number", additional_workers: "number", meta_database_gb: "number" };
const aws_nat_gateway = { monthly_data_processed_gb: "number" };
const aws_neptune_cluster = { backup_storage_gb: "number", monthly_io_requests: "number", storage_gb: "number" };
const aws_neptune_cluster_instance = { monthly_cpu_credit_hrs: "number" };
const aws_neptune_cluster_snapshot = { backup_storage_gb: "number" };
const aws_networkfirewall_firewall = { monthly_data_processed_gb: "number" };
const aws_rds_cluster = { average_statements_per_hr: "number", backtrack_window_hrs: "number", backup_snapshot_size_gb: "number", capacity_units_per_hr: "number", change_records_per_statement: "number", read_requests_per_sec: "number", snapshot_export_size_gb: "number", storage_gb: "number", write_requests_per_sec: "number" };
const aws_rds_cluster_instance = { capacity_units_per_hr: "number", monthly_additional_performance_insights_requests: "number", monthly_cpu_credit_hrs: "number", reserved_instance_payment_option: "string", reserved_instance_term: "string", vcpu_count: "number" };
const aws_redshift_cluster = { backup_storage_gb: "number", excess_concurrency_scaling_secs: "number", managed_storage_gb: "number", spectrum_data_scanned_tb: "number" };
const aws_route53_health_check = { endpoint_type: "string" };
const aws_route53_record = { monthly_geo_queries: "number", monthly_latency_based_queries: "number", monthly_standard_queries: "number" };
const aws_route53_resolver_endpoint = { monthly_queries: "number" };
const aws_s3_bucket = { glacier_deep_archive: "object", "glacier_deep_archive.early_delete_gb": "number", "glacier_deep_archive.monthly_bulk_data_retrieval_gb": "number", "glacier_deep_archive.monthly_bulk_data_retrieval_requests": "number", "glacier_deep_archive.monthly_lifecycle_transition_requests": "number", "glacier_deep_archive.monthly_standard_data_retrieval_gb": "number", "glacier_deep_archive.monthly_standard_data_retrieval_requests": "number", "glacier_deep_archive.monthly_tier_1_requests": "number", "glacier_deep_archive.monthly_tier_2_requests": "number", "glacier_deep_archive.storage_gb": "number", glacier_flexible_retrieval: "object", "glacier_flexible_retrieval.early_delete_gb": "number", "glacier_flexible_retrieval.monthly_bulk_select_data_returned_gb": "number", "glacier_flexible_retrieval.monthly_bulk_select_data_scanned_gb": "number", "glacier_flexible_retrieval.monthly_expedited_data_retrieval_gb": "number", "glacier_flexible_retrieval.monthly_expedited_data_retrieval_requests": "number", "glacier_flexible_retrieval.monthly_expedited_select_data_returned_gb": "number", "glacier_flexible_retrieval.monthly_expedited_select_data_scanned_gb": "number", "glacier_flexible_retrieval.monthly_lifecycle_transition_requests": "number", "glacier_flexible_retrieval.monthly_standard_data_retrieval_gb": "number", "glacier_flexible_retrieval.monthly_standard_data_retrieval_requests": "number", "glacier_flexible_retrieval.monthly_standard_select_data_returned_gb": "number", "glacier_flexible_retrieval.monthly_standard_select_data_scanned_gb": "number", "glacier_flexible_retrieval.monthly_tier_1_requests": "number", "glacier_flexible_retrieval.monthly_tier_2_requests": "number", "glacier_flexible_retrieval.storage_gb": "number", intelligent_tiering: "object", "intelligent_tiering.early_delete_gb": "number", "intelligent_tiering.frequent_access_storage_gb": "number", "intelligent_tiering.infrequent_access_storage_gb": "number", "intelligent_tiering.monitored_objects": "number", "intelligent_tiering.monthly_lifecycle_transition_requests": "number", "intelligent_tiering.monthly_select_data_returned_gb": "number", "intelligent_tiering.monthly_select_data_scanned_gb": "number", "intelligent_tiering.monthly_tier_1_requests": "number", "intelligent_tiering.monthly_tier_2_requests": "number", object_tags: "number", one_zone_infrequent_access: "object", "one_zone_infrequent_access.monthly_data_retrieval_gb": "number", "one_zone_infrequent_access.monthly_lifecycle_transition_requests": "number", "one_zone_infrequent_access.monthly_select_data_returned_gb": "number", "one_zone_infrequent_access.monthly_select_data_scanned_gb": "number", "one_zone_infrequent_access.monthly_tier_1_requests": "number", "one_zone_infrequent_access.monthly_tier_2_requests": "number", "one_zone_infrequent_access.storage_gb": "number", standard: "object", "standard.monthly_select_data_returned_gb": "number", "standard.monthly_select_data_scanned_gb": "number", "standard.monthly_tier_1_requests": "number", "standard.monthly_tier_2_requests": "number", "standard.storage_gb": "number", standard_infrequent_access: "object", "standard_infrequent_access.monthly_data_retrieval_gb": "number", "standard_infrequent_access.monthly_lifecycle_transition_requests": "number", "standard_infrequent_access.monthly_select_data_returned_gb": "number", "standard_infrequent_access.monthly_select_data_scanned_gb": "number", "standard_infrequent_access.monthly_tier_1_requests": "number", "standard_infrequent_access.monthly_tier_2_requests": "number", "standard_infrequent_access.storage_gb": "number" };
const aws_s3_bucket_analytics_configuration = { monthly_monitored_objects: "number" };
const aws_s3_bucket_inventory = { monthly_listed_objects: "number" };
const aws_secretsmanager_secret = { monthly_requests: "number" };
const aws_sfn_state_machine = { memory_mb: "number", monthly_requests: "number", monthly_transitions: "number", workflow_duration_ms: "number" };
const aws_sns_topic = { email_subscriptions: "number", http_subscriptions: "number", kinesis_subscriptions: "number", macos_subscriptions: "number", mobile_push_subscriptions: "number", monthly_requests: "number", request_size_kb: "number", sms_notification_price: "number", sms_subscriptions: "number" };
const aws_sns_topic_subscription = { monthly_requests: "number", request_size_kb: "number" };
const aws_sqs_queue = { monthly_requests: "number", request_size_kb: "number" };
const aws_ssm_activation = { instance_tier: "string", instances: "number" };
const aws_ssm_parameter = { api_throughput_limit: "string", monthly_api_interactions: "number", parameter_storage_hrs: "number" };
const aws_transfer_server = { monthly_data_downloaded_gb: "number", monthly_data_uploaded_gb: "number" };
const aws_vpc_endpoint = { monthly_data_processed_gb: "number" };
const aws_vpn_connection = { monthly_data_processed_gb: "number" };
const aws_waf_web_acl = { monthly_requests: "number", rule_group_rules: "number" };
const aws_wafv2_web_acl = { managed_rule_group_rules: "number", monthly_requests: "number", rule_group_rules: "number" };
var usageKeys = { aws_acmpca_certificate_authority, aws_alb, aws_api_gateway_rest_api, aws_apigatewayv2_api, aws_autoscaling_group, aws_backup_vault, aws_cloudformation_stack, aws_cloudformation_stack_set, aws_cloudfront_distribution, aws_cloudhsm_v2_hsm, aws_cloudtrail, aws_cloudwatch_event_bus, aws_cloudwatch_log_group, aws_codebuild_project, aws_config_config_rule, aws_config_configuration_recorder, aws_config_organization_custom_rule, aws_config_organization_managed_rule, aws_data_transfer, aws_db_instance, aws_directory_service_directory, aws_docdb_cluster, aws_docdb_cluster_instance, aws_docdb_cluster_snapshot, aws_dx_connection, aws_dx_gateway_association, aws_dynamodb_table, aws_ebs_snapshot, aws_ebs_volume, aws_ec2_host, aws_ec2_transit_gateway_vpc_attachment, aws_ecr_repository, aws_efs_file_system, aws_eks_node_group, aws_elastic_beanstalk_environment, aws_elasticache_cluster, aws_elasticache_replication_group, aws_elb, aws_fsx_windows_file_system, aws_globalaccelerator_endpoint_group, aws_glue_catalog_database, aws_glue_crawler, aws_glue_job, aws_grafana_workspace, aws_instance, aws_kinesis_analytics_application, aws_kinesis_firehose_delivery_stream, aws_kinesis_stream, aws_kinesisanalyticsv2_application, aws_kinesisanalyticsv2_application_snapshot, aws_lambda_function, aws_lambda_provisioned_concurrency_config, aws_lb, aws_mq_broker, aws_mwaa_environment, aws_nat_gateway, aws_neptune_cluster, aws_neptune_cluster_instance, aws_neptune_cluster_snapshot, aws_networkfirewall_firewall, aws_rds_cluster, aws_rds_cluster_instance, aws_redshift_cluster, aws_route53_health_check, aws_route53_record, aws_route53_resolver_endpoint, aws_s3_bucket, aws_s3_bucket_analytics_configuration, aws_s3_bucket_inventory, aws_secretsmanager_secret, aws_sfn_state_machine, aws_sns_topic, aws_sns_topic_subscription, aws_sqs_queue, aws_ssm_activation, aws_ssm_parameter, aws_transfer_server, aws_vpc_endpoint, aws_vpn_connection, aws_waf_web_acl, aws_wafv2_web_acl };
const EMPTY_USAGE = { resources: {}, typeDefaults: {} };
const INFRAMATE_KEYS = {
  aws_instance: { root_volume_size_gb: "number", root_volume_type: "string" },
  aws_autoscaling_group: { root_volume_size_gb: "number", root_volume_type: "string" },
  aws_eks_node_group: { root_volume_size_gb: "number", root_volume_type: "string" },
  aws_ec2_client_vpn_endpoint: { monthly_connection_hours: "number" },
  aws_eks_fargate_profile: { pods: "number", vcpu_per_pod: "number", memory_gb_per_pod: "number" }
};
const KNOWN = { ...usageKeys };
for (const [type, keys] of Object.entries(INFRAMATE_KEYS)) KNOWN[type] = { ...KNOWN[type] ?? {}, ...keys };
const KNOWN_BY_TYPE = new Map(Object.entries(KNOWN).map(([t, keys]) => [t, new Map(Object.entries(keys))]));
const ALL_KNOWN = new Map(Object.values(KNOWN).flatMap((keys) => Object.entries(keys)));
function kindOf(type, dotted) {
  return KNOWN_BY_TYPE.get(type)?.get(dotted) ?? ALL_KNOWN.get(dotted);
}
function usageResourceType(key) {
  const parts = key.replace(/\[[^\]]*\]/g, "").split(".");
  const i = parts.findIndex((p) => /^aws_|^google_|^azurerm_/.test(p));
  return i >= 0 ? parts[i] : parts[0];
}
function isKnownKey(type, name) {
  return Boolean(KNOWN_BY_TYPE.get(type)?.has(name) || ALL_KNOWN.has(name));
}
function toValues(sink, key, raw) {
  const values = {};
  const settings = {};
  if (raw === null || raw === void 0) return { values, settings };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new InputError(`usage for "${key}" must be a mapping of names to values`, { file: sink.file, line: sink.line([key]) });
  }
  const type = usageResourceType(key);
  const walk = (path, obj) => {
    for (const [name, value] of Object.entries(obj)) {
      const full = [...path, name];
      const dotted = full.join(".");
      if (path.length === 0 && !isKnownKey(type, name)) {
        sink.warnings.push({ file: sink.file, line: sink.line([key, name]), message: `unknown usage key "${name}" for ${type} (ignored)` });
      }
      if (value === null || value === void 0) continue;
      if (typeof value === "object" && !Array.isArray(value)) {
        walk(full, value);
        continue;
      }
      if (Array.isArray(value)) {
        sink.warnings.push({
          file: sink.file,
          line: sink.line([key, ...full]),
          message: `usage "${key}.${dotted}" is a list; lists are not used (ignored)`
        });
        continue;
      }
      const n = typeof value === "number" ? value : typeof value === "string" && /^\s*-?[0-9][0-9_]*(\.[0-9]+)?([eE][+-]?[0-9]+)?\s*$/.test(value) && !value.includes("_") ? Number(value) : NaN;
      if (typeof value === "number" || Number.isFinite(n) || kindOf(type, dotted) === "number") {
        if (!Number.isFinite(n) || n < 0) {
          throw new InputError(`usage "${key}.${dotted}" must be a non-negative number (got ${JSON.stringify(value)})`, {
            file: sink.file,
            line: sink.line([key, ...full])
          });
        }
        values[dotted] = n;
        continue;
      }
      const allowed = RESERVED_SETTING_VALUES[dotted];
      if (allowed && !allowed.includes(String(value))) {
        sink.warnings.push({
          file: sink.file,
          line: sink.line([key, ...full]),
          message: `invalid ${dotted} "${String(value)}" for ${key} (expected ${allowed.join(", ")}): the reservation is ignored, priced on-demand`
        });
        continue;
      }
      settings[dotted] = String(value);
    }
  };
  walk([], raw);
  const unsold = unsoldCombination(type, settings.reserved_instance_term, settings.reserved_instance_payment_option);
  if (unsold) {
    sink.warnings.push({
      file: sink.file,
      line: sink.line([key, "reserved_instance_payment_option"]),
      message: `${unsold}, asked for ${key}: priced on-demand`
    });
  }
  return { values, settings };
}
function parseUsage(file, text) {
  const doc = distExports.parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new InputError(`invalid YAML: ${e.message.split("\n")[0]}`, { file, line: e.linePos?.[0]?.line });
  }
  const lineCounter = (section) => (path) => {
    const node = doc.getIn([section, ...path], true);
    if (!node?.range) return void 0;
    return text.slice(0, node.range[0]).split("\n").length;
  };
  const data = doc.toJS();
  if (data === null || data === void 0) return EMPTY_USAGE;
  if (typeof data !== "object" || Array.isArray(data)) throw new InputError("usage file must be a YAML mapping", { file, line: 1 });
  const map = { resources: {}, typeDefaults: {}, settings: { resources: {}, typeDefaults: {} }, warnings: [] };
  const sections = [
    ["resource_usage", "resources"],
    ["resource_type_default_usage", "typeDefaults"]
  ];
  for (const [section, field] of sections) {
    const raw = data[section];
    if (raw === void 0 || raw === null) continue;
    if (typeof raw !== "object" || Array.isArray(raw))
      throw new InputError(`"${section}" must be a mapping`, { file, line: lineCounter(section)([]) });
    const sink = { file, line: lineCounter(section), warnings: map.warnings };
    for (const [key, values] of Object.entries(raw)) {
      const parsed = toValues(sink, key, values);
      map[field][key] = parsed.values;
      if (Object.keys(parsed.settings).length) map.settings[field][key] = parsed.settings;
    }
  }
  for (const key of Object.keys(data)) {
    if (key !== "version" && !sections.some(([s]) => s === key)) {
      map.warnings.push({ file, line: lineCounter(key)([]) ?? void 0, message: `unknown top-level key "${key}" (ignored)` });
    }
  }
  return map;
}
function addressVariants(address) {
  const out = [address];
  const m = /^(.*)\[[^\]]*\]$/.exec(address);
  if (m) out.push(`${m[1]}[*]`, m[1]);
  return out;
}
function usageFor(usage, address, type) {
  if (!usage) return {};
  const merged = { ...usage.typeDefaults[type] ?? {} };
  const variants = addressVariants(address).reverse();
  for (const v of variants) Object.assign(merged, usage.resources[v] ?? {});
  return merged;
}
function usageSettingsFor(usage, address, type) {
  if (!usage?.settings) return {};
  const merged = { ...usage.settings.typeDefaults[type] ?? {} };
  for (const v of addressVariants(address).reverse()) Object.assign(merged, usage.settings.resources[v] ?? {});
  return merged;
}
const baseAddress = (address) => address.replace(/\[[^\]]*\]$/, "");
function resourceIndex(resources) {
  const byAddress = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const key = baseAddress(r.address);
    if (!byAddress.has(key)) byAddress.set(key, r);
    if (key !== r.address) byAddress.set(r.address, r);
  }
  return byAddress;
}
function resolveReference(index, from, ref) {
  return index.get(ref) ?? (from.modulePath ? index.get(`${from.modulePath}.${ref}`) : void 0);
}
const reverseIndexes = /* @__PURE__ */ new WeakMap();
function referencingResources(index, target) {
  let reverse = reverseIndexes.get(index);
  if (!reverse) {
    reverse = /* @__PURE__ */ new Map();
    for (const from of index.values()) {
      for (const ref of from.references) {
        const to = resolveReference(index, from, ref);
        if (!to || to === from) continue;
        const list2 = reverse.get(to);
        if (list2) {
          if (!list2.includes(from)) list2.push(from);
        } else reverse.set(to, [from]);
      }
    }
    reverseIndexes.set(index, reverse);
  }
  return reverse.get(index.get(baseAddress(target.address)) ?? target) ?? [];
}
function priceResource(r, prices, usage, index) {
  const pricer = PRICERS[r.type];
  if (!pricer) return isFreeType(r.type) ? "free" : "unpriced";
  const ctx = {
    resource: r,
    prices,
    usage: usageFor(usage, r.address, r.type),
    settings: usageSettingsFor(usage, r.address, r.type),
    referenced: (type) => {
      const own = /\[[^\]]+\]$/.exec(r.address)?.[0];
      for (const ref of r.references) {
        const target = (own ? resolveReference(index, r, ref + own) : void 0) ?? resolveReference(index, r, ref);
        if (target?.type === type && target.kind === "resource") return target;
      }
      return void 0;
    },
    referencedBy: (type) => referencingResources(index, r).filter((x) => x.type === type && x.kind === "resource"),
    referencedFrom: (from, type) => {
      for (const ref of from.references) {
        const target = resolveReference(index, from, ref);
        if (target?.type === type && target.kind === "resource") return target;
      }
      return void 0;
    }
  };
  const priced = pricer(ctx);
  if (priced === "free") return "free";
  const n = r.instanceCount ?? 1;
  const result = n === 1 ? priced : priced.map((c) => scaleComponent(c, n));
  const known = result.filter((c) => c.monthlyCost !== null);
  const monthlyCost = known.length === 0 ? null : round(
    known.reduce((s, c) => s + (c.monthlyCost ?? 0), 0),
    2
  );
  return {
    address: r.address,
    type: r.type,
    name: r.name,
    modulePath: r.modulePath,
    file: r.pos.file,
    line: r.pos.line,
    monthlyCost,
    components: result,
    ...n !== 1 ? { instances: n } : {}
  };
}
function scaleComponent(c, n) {
  const times = (v) => v === null ? null : round(v * n, 2);
  const note = `\xD7 ${n.toLocaleString("en-US")} instances`;
  return { ...c, monthlyQuantity: times(c.monthlyQuantity), monthlyCost: times(c.monthlyCost), note: c.note ? `${c.note}; ${note}` : note };
}
function estimateCosts(loaded, opts) {
  const prices = priceBook(opts.region);
  const managed = loaded.resources.filter((r) => r.kind === "resource");
  const index = resourceIndex(managed);
  const resources = [];
  const unpriced = [];
  const free = [];
  for (const r of managed) {
    const priced = priceResource(r, prices, opts.usage, index);
    if (priced === "free") free.push(r.address);
    else if (priced === "unpriced") unpriced.push(r.address);
    else resources.push(priced);
  }
  const usageMissing = resources.flatMap(
    (r) => r.components.filter((c) => c.usageBased && c.monthlyCost === null).map((c) => `${r.address}: ${c.name}`)
  );
  const assumptions = resources.flatMap(
    (r) => r.components.filter((c) => c.assumption).map((c) => `${r.address}: ${c.name} \u2014 ${c.assumption}`)
  );
  const total = round(
    resources.reduce((s, r) => s + (r.monthlyCost ?? 0), 0),
    2
  );
  return {
    currency: "USD",
    priceDate: prices.date,
    region: opts.region,
    totalMonthlyCost: total,
    resources,
    unpriced,
    free,
    usageMissing,
    assumptions
  };
}
export { AURORA_FAMILIES as A, DOCDB_FAMILIES as D, ELASTICACHE_FAMILIES as E, OPENSEARCH_FAMILIES as O, RDS_FAMILIES as R, resolveReference as a, baseAddress as b, round as c, attr as d, estimateCosts as e, EC2_FAMILIES as f, splitInstanceType as g, hclString as h, bool as i, priceResource as j, parseUsage as k, list as l, awsName as m, num as n, escapeHclStringBody as o, priceBook as p, hclLiteral as q, resourceIndex as r, str as s, tfIdent as t, markdownText as u, hclMap as v };
