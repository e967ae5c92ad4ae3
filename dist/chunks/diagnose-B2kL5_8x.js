import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { stat, open, readdir } from "node:fs/promises";
import { f as fenceUntrusted, U as UNTRUSTED_DATA_RULES } from "./untrusted-4Ho-zrfl.js";
import { C as CATEGORIES, a as CATEGORY_ORDER } from "./types-Q2yeeXcS.js";
import { o as object, a as array, s as string, _ as _enum, n as number } from "./schemas-CUcVUsYh.js";
import { createHash } from "node:crypto";
import { I as InputError } from "./errors-D-4Njnnn.js";
import { posix } from "node:path";
import { r as renderDiagnoseSarif, a as renderDiagnoseMarkdown } from "./render-D0Xxi5r7.js";
import { c as createLlm, r as redact, f as redactionTotal } from "./index-C6oWUUQP.js";
import { e as emptyErrorReport } from "./report-Dz-f4dSo.js";
import { l as loadTerraform } from "./load-CM2Ct550.js";
import { V as VERSION } from "./version-hdNxK8dq.js";
import "node:fs";
import "./index-CZcDDwPZ.js";
import "process";
import "buffer";
const MAX_AI_DIAGNOSES = 20;
const DiagnoseReplySchema = object({
  diagnoses: array(
    object({
      index: number().int().min(0).max(MAX_AI_DIAGNOSES - 1),
      explanation: string().min(1).max(1500),
      extraFixes: array(string().min(1).max(400)).max(5),
      guess: object({ category: _enum(CATEGORIES), summary: string().min(1).max(400) }).optional()
    })
  ).max(MAX_AI_DIAGNOSES)
});
const UNSAFE_FIX = [
  /-lock=false/i,
  /AdministratorAccess/i,
  /"Action"\s*:\s*"\*"/,
  /\b(?:Action|actions?)\s*[:=]\s*\[?\s*"\*"/i,
  /"[a-z0-9-]+:\*"/i,
  /\b0\.0\.0\.0\/0\b/,
  /::\/0/,
  /public-read/i,
  /disable (?:the )?(?:encryption|scp|service control|mfa|permissions boundary)/i,
  /(?:remove|delete|detach) the (?:scp|service control policy|permissions boundary)/i,
  /--no-verify-ssl|insecure_skip_verify|skip_tls_verify/i
];
function isUnsafeFix(text) {
  return UNSAFE_FIX.some((re) => re.test(text));
}
const SYSTEM = [
  "You explain failed Terraform / AWS runs to the engineer who has to fix them.",
  "Each diagnosis below was produced by a deterministic rule; its category, error code and fixes are fixed and you must not contradict them.",
  'For each diagnosis give: "index" (as given), "explanation" (2-4 plain sentences: what happened and why, for this log), "extraFixes" (0-3 concrete extra steps not already listed; never suggest disabling locks, granting "*" permissions, AdministratorAccess, opening 0.0.0.0/0 or weakening encryption).',
  'Only for diagnoses with category "unknown", you may add "guess": your best guess of the category (from the closed list) and a one-line summary; it will be shown as an unverified guess.',
  UNTRUSTED_DATA_RULES
].join("\n");
async function explainDiagnoses(llm, diagnoses) {
  const outcome = { explained: 0, rejectedFixes: 0, guesses: 0 };
  const subject = diagnoses.slice(0, MAX_AI_DIAGNOSES);
  if (!subject.length) return outcome;
  const payload = subject.map((d, index) => ({
    index,
    category: d.category,
    errorCode: d.errorCode,
    service: d.service,
    resource: d.resource,
    summary: d.summary,
    rootCause: d.rootCause,
    fixes: d.fixes,
    errorText: d.excerpt
  }));
  const fenced = fenceUntrusted("failed-run-log", JSON.stringify(payload, null, 1));
  const result = await llm.generateStructured({
    task: "diagnose-explain",
    system: SYSTEM,
    user: `Diagnoses (JSON) of the failed run, with the error text from its log:
${fenced.text}`,
    schema: DiagnoseReplySchema,
    maxOutputTokens: 4096
  });
  if (!result) return outcome;
  const seen = /* @__PURE__ */ new Set();
  for (const item of result.value.diagnoses) {
    const d = subject[item.index];
    if (!d || seen.has(item.index)) continue;
    seen.add(item.index);
    const extraFixes = item.extraFixes.filter((f) => {
      const unsafe = isUnsafeFix(f);
      if (unsafe) outcome.rejectedFixes++;
      return !unsafe && !d.fixes.includes(f);
    });
    d.ai = { explanation: item.explanation, extraFixes };
    outcome.explained++;
    if (d.category === "unknown" && item.guess && item.guess.category !== "unknown") {
      d.ai.guess = { category: item.guess.category, summary: item.guess.summary, note: "model best guess, not verified by a rule" };
      d.source = "ai";
      outcome.guesses++;
    }
  }
  return outcome;
}
const MODULE = String.raw`module\.[A-Za-z0-9_-]+(?:\[[^\]\s]+\])?\.`;
const TYPE = String.raw`[a-z][a-z0-9]*_[a-z0-9_]+`;
const NAME = String.raw`[A-Za-z_][A-Za-z0-9_-]*`;
const INDEX = String.raw`(?:\[[^\]\s]+\]|\.\d+)?`;
const ADDRESS = String.raw`(?:${MODULE})*(?:data\.)?${TYPE}\.${NAME}${INDEX}`;
const WITH_RE = new RegExp(String.raw`\bwith (${ADDRESS}),`);
const VERTEX_RE = new RegExp(String.raw`\bvertex "(${ADDRESS})"`);
const IN_BLOCK_RE = /\bin (resource|data|module) "([^"]+)"(?: "([^"]+)")?/;
const DIAG_ADDRESS_RE = new RegExp(String.raw`"address":\s*"(${ADDRESS})"`);
function normalizeAddress(address) {
  return address.replace(/\.(\d+)$/, "[$1]");
}
function addressWithoutIndex(address) {
  return address.replace(/\[[^\]]*\]/g, "");
}
function typeAndName(address) {
  const plain = addressWithoutIndex(normalizeAddress(address));
  const parts = plain.split(".");
  const dataAt = parts.lastIndexOf("data");
  return dataAt >= 0 && dataAt === parts.length - 3 ? parts.slice(-3).join(".") : parts.slice(-2).join(".");
}
function resourceTypeOf(address) {
  if (!address) return null;
  const tn = typeAndName(address).split(".");
  return tn[0] === "data" ? tn[1] ?? null : tn[0] ?? null;
}
function explicitAddress(lines) {
  for (const re of [WITH_RE, VERTEX_RE, DIAG_ADDRESS_RE]) {
    for (const line of lines) {
      const m = re.exec(line);
      if (m) return { address: normalizeAddress(m[1]), how: re === WITH_RE ? "with" : re === VERTEX_RE ? "vertex" : "json" };
    }
  }
  return null;
}
function blockAddress(lines) {
  for (const line of lines) {
    const m = IN_BLOCK_RE.exec(line);
    if (!m) continue;
    if (m[1] === "module") return { address: `module.${m[2]}`, how: "block" };
    if (!m[3]) continue;
    return { address: m[1] === "data" ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`, how: "block" };
  }
  return null;
}
const CODE = String.raw`[A-Z][A-Za-z0-9]+(?:\.[A-Z][A-Za-z0-9]+)*`;
const CODE_FORMS = [
  new RegExp(String.raw`An error occurred \((${CODE})\)`),
  new RegExp(String.raw`\bapi error (${CODE}):`),
  new RegExp(String.raw`<Code>(${CODE})</Code>`),
  new RegExp(String.raw`\bError Code: (${CODE})\b`),
  new RegExp(String.raw`"__type"\s*:\s*"(?:[\w.]+#)?(${CODE})"`),
  new RegExp(String.raw`"errorCode"\s*:\s*"(${CODE})"`),
  new RegExp(String.raw`\bcode: '(${CODE})'`),
  new RegExp(String.raw`\bcode: Some\("(${CODE})"\)`),
  new RegExp(String.raw`"code"\s*:\s*"(${CODE})"`),
  new RegExp(String.raw`\bCode: (${CODE}),`),
  new RegExp(String.raw`(?:Errors|Error)::(${CODE})\b`),
  new RegExp(String.raw`(?:RequestID|HostID): [^,\s]*, (${CODE}):`),
  new RegExp(String.raw`StatusCode: \d{3}, (${CODE}):`)
];
const NOT_CODES = /* @__PURE__ */ new Set([
  "ClientError",
  "ResponseError",
  "EC2ResponseError",
  "BotoServerError",
  "ServerError",
  "ActionFailed",
  "RpkException",
  "AnsibleEC2Error",
  "StatusCode",
  "RequestID",
  "HostID",
  "RespMetadata",
  "ClusterName",
  "ErrorCode",
  "ErrorMetadata",
  "RequestToken",
  "HandlerErrorCode",
  "TypeError",
  "ValueError",
  "KeyError",
  "RuntimeError",
  "NoneType"
]);
const GENERIC_CODE = new RegExp(String.raw`(?<![\w.])([A-Z][A-Z0-9]*[a-z0-9]+[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]+)*):\s`, "g");
const GENERIC_WINDOW = 2e4;
function extractCode(text, ruleCodes = []) {
  for (const re of CODE_FORMS) {
    const m = re.exec(text);
    if (m && !NOT_CODES.has(m[1])) return m[1];
  }
  let best = null;
  for (const code of ruleCodes) {
    const re = new RegExp(String.raw`(?<![A-Za-z0-9])${code.replace(/\./g, "\\.")}`);
    const m = re.exec(text);
    if (m && (!best || m.index < best.at || m.index === best.at && code.length > best.code.length)) best = { at: m.index, code };
  }
  if (best) return best.code;
  for (const m of text.slice(0, GENERIC_WINDOW).matchAll(GENERIC_CODE)) {
    if (!NOT_CODES.has(m[1])) return m[1];
  }
  return null;
}
const PERFORM = /not authorized to perform:?\s*([a-z0-9-]+:[A-Za-z0-9*]+)(?:\s+on resource:?\s*"?([^\s"]+?)"?(?=[\s,]|$))?/i;
const PRINCIPAL = /User:\s*(arn:[^\s]+)\s+is not authorized/i;
const CALLING = /when calling the (\w+) operation/;
const SDK_V2_OP = /operation error ([A-Za-z0-9 ]+?): (\w+)/;
const IAM_PREFIX = {
  "elastic load balancing v2": "elasticloadbalancing",
  "elastic load balancing": "elasticloadbalancing",
  "cloudwatch logs": "logs",
  "cognito identity provider": "cognito-idp",
  "api gateway": "apigateway",
  "auto scaling": "autoscaling",
  "secrets manager": "secretsmanager",
  "step functions": "states"
};
function iamPrefixOf(service) {
  const s = service.trim().toLowerCase();
  return IAM_PREFIX[s] ?? s.replace(/\s+/g, "");
}
function extractDenial(text, service) {
  const m = PERFORM.exec(text);
  const principal = PRINCIPAL.exec(text)?.[1] ?? null;
  if (m) return { action: m[1], arn: m[2] ?? null, principal };
  const v2 = SDK_V2_OP.exec(text);
  if (v2) return { action: `${iamPrefixOf(v2[1])}:${v2[2]}`, arn: null, principal };
  const op = CALLING.exec(text);
  if (op && service) return { action: `${service}:${op[1]}`, arn: null, principal };
  return { action: null, arn: null, principal };
}
const TYPE_SERVICE = [
  ["aws_s3", "s3"],
  ["aws_iam", "iam"],
  ["aws_instance", "ec2"],
  ["aws_spot", "ec2"],
  ["aws_eip", "ec2"],
  ["aws_security_group", "ec2"],
  ["aws_vpc", "ec2"],
  ["aws_subnet", "ec2"],
  ["aws_route_table", "ec2"],
  ["aws_route", "ec2"],
  ["aws_route53", "route53"],
  ["aws_nat_gateway", "ec2"],
  ["aws_internet_gateway", "ec2"],
  ["aws_launch", "ec2"],
  ["aws_ami", "ec2"],
  ["aws_key_pair", "ec2"],
  ["aws_network", "ec2"],
  ["aws_ebs", "ec2"],
  ["aws_ec2", "ec2"],
  ["aws_db", "rds"],
  ["aws_rds", "rds"],
  ["aws_lambda", "lambda"],
  ["aws_eks", "eks"],
  ["aws_ecs", "ecs"],
  ["aws_ecr", "ecr"],
  ["aws_kms", "kms"],
  ["aws_dynamodb", "dynamodb"],
  ["aws_sqs", "sqs"],
  ["aws_sns", "sns"],
  ["aws_lb", "elasticloadbalancing"],
  ["aws_alb", "elasticloadbalancing"],
  ["aws_elb", "elasticloadbalancing"],
  ["aws_cloudwatch_log", "logs"],
  ["aws_cloudwatch", "cloudwatch"],
  ["aws_kinesis_firehose", "firehose"],
  ["aws_kinesis", "kinesis"],
  ["aws_secretsmanager", "secretsmanager"],
  ["aws_ssm", "ssm"],
  ["aws_autoscaling", "autoscaling"],
  ["aws_elasticache", "elasticache"],
  ["aws_cognito", "cognito-idp"],
  ["aws_cloudfront", "cloudfront"],
  ["aws_api_gateway", "apigateway"],
  ["aws_apigatewayv2", "apigateway"],
  ["aws_sfn", "states"],
  ["aws_batch", "batch"],
  ["aws_acm", "acm"],
  ["aws_efs", "elasticfilesystem"],
  ["aws_service_discovery", "servicediscovery"],
  ["aws_config", "config"],
  ["aws_simpledb", "sdb"]
];
function serviceOfType(type) {
  if (!type) return null;
  let best;
  for (const entry of TYPE_SERVICE) if (type.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1] ?? null;
}
const ENDPOINT = /\b([a-z0-9-]+)\.(?:[a-z]{2}(?:-gov)?-[a-z]+-\d\.)?amazonaws\.com/;
function extractService(text, ruleService, resourceType) {
  const v2 = SDK_V2_OP.exec(text);
  if (v2) return iamPrefixOf(v2[1]);
  const perform = PERFORM.exec(text);
  if (perform) return perform[1].split(":")[0].toLowerCase();
  if (ruleService) return ruleService;
  const fromType = serviceOfType(resourceType);
  if (fromType) return fromType;
  const endpoint = ENDPOINT.exec(text);
  return endpoint ? endpoint[1] : null;
}
const FILE_LINE = /\b[oO]n ([^\s:]+?\.tf(?:\.json)?) line (\d+)/;
function extractFileLine(lines) {
  for (const line of lines) {
    const m = FILE_LINE.exec(line);
    if (m) return { file: m[1].replace(/\\/g, "/"), line: Number(m[2]) };
  }
  return null;
}
function extractDetails(text) {
  return {
    lockId: /\bID:\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{6,})\b/i.exec(text)?.[1] ?? null,
    lockWho: /\bWho:\s+(\S+)/.exec(text)?.[1] ?? null,
    instanceType: /instance type \(?([a-z][a-z0-9-]*\.[a-z0-9]+)\)?/i.exec(text)?.[1] ?? /sufficient ([a-z][a-z0-9-]*\.[a-z0-9]+) capacity/i.exec(text)?.[1] ?? null,
    az: /Availability Zone (?:you requested )?\(([a-z]{2}(?:-gov)?-[a-z]+-\d[a-z])\)/i.exec(text)?.[1] ?? null,
    otherAzs: /choosing ((?:[a-z]{2}(?:-gov)?-[a-z]+-\d[a-z](?:, | or |,)?)+)/i.exec(text)?.[1]?.replace(/[,\s]+$/, "") ?? null,
    argument: /An argument named "([^"]+)"/.exec(text)?.[1] ?? /Blocks of type "([^"]+)"/.exec(text)?.[1] ?? null
  };
}
const PROVIDER_ARGUMENT_CHANGES = [
  { type: "aws_eip", argument: "vpc", version: 6, replacement: 'replace `vpc = true` with `domain = "vpc"`' },
  { type: "aws_instance", argument: "cpu_core_count", version: 6, replacement: "move it into a `cpu_options { core_count = \u2026 }` block" },
  {
    type: "aws_instance",
    argument: "cpu_threads_per_core",
    version: 6,
    replacement: "move it into a `cpu_options { threads_per_core = \u2026 }` block"
  },
  {
    type: "aws_spot_instance_request",
    argument: "block_duration_minutes",
    version: 6,
    replacement: "remove it (Spot blocks are no longer offered)"
  },
  {
    type: "aws_spot_instance_request",
    argument: "cpu_core_count",
    version: 6,
    replacement: "move it into a `cpu_options { core_count = \u2026 }` block"
  },
  {
    type: "aws_spot_instance_request",
    argument: "cpu_threads_per_core",
    version: 6,
    replacement: "move it into a `cpu_options { threads_per_core = \u2026 }` block"
  },
  {
    type: "aws_launch_template",
    argument: "elastic_inference_accelerator",
    version: 6,
    replacement: "remove it (Elastic Inference was retired)"
  },
  {
    type: "aws_launch_template",
    argument: "elastic_gpu_specifications",
    version: 6,
    replacement: "remove it (Elastic Graphics was retired)"
  },
  { type: "aws_batch_compute_environment", argument: "compute_environment_name", version: 6, replacement: "rename it to `name`" },
  {
    type: "aws_batch_compute_environment",
    argument: "compute_environment_name_prefix",
    version: 6,
    replacement: "rename it to `name_prefix`"
  },
  {
    type: "aws_batch_job_queue",
    argument: "compute_environments",
    version: 6,
    replacement: "use `compute_environment_order { order = \u2026 compute_environment = \u2026 }` blocks"
  },
  {
    type: "aws_cognito_user_pool",
    argument: "advanced_security_additional_flows",
    version: 6,
    replacement: "set it inside `user_pool_add_ons` only with a provider version that supports it, or remove it"
  },
  {
    type: "aws_opsworks_stack",
    argument: "*",
    version: 6,
    replacement: "remove the OpsWorks resources (the service and its resources were removed in v6)"
  },
  { type: "aws_redshift_cluster", argument: "snapshot_copy", version: 6, replacement: "use the `aws_redshift_snapshot_copy` resource" },
  { type: "aws_redshift_cluster", argument: "logging", version: 6, replacement: "use the `aws_redshift_logging` resource" },
  { type: "aws_ssm_association", argument: "instance_id", version: 6, replacement: 'use `targets { key = "InstanceIds" values = [ \u2026 ] }`' },
  {
    type: "aws_api_gateway_deployment",
    argument: "stage_name",
    version: 6,
    replacement: "create the stage with an `aws_api_gateway_stage` resource"
  },
  { type: "aws_api_gateway_deployment", argument: "stage_description", version: 6, replacement: "use an `aws_api_gateway_stage` resource" },
  { type: "aws_api_gateway_deployment", argument: "canary_settings", version: 6, replacement: "use an `aws_api_gateway_stage` resource" },
  { type: "aws_globalaccelerator_accelerator", argument: "region", version: 6, replacement: "remove it (it is a global service)" },
  {
    type: "*",
    argument: "region",
    version: 6,
    replacement: 'the per-resource `region` argument exists only in provider v6 and later: upgrade the provider (`version = ">= 6.0"`), or remove it and use an aliased provider'
  },
  { type: "aws_vpc", argument: "enable_classiclink", version: 5, replacement: "remove it (EC2-Classic was retired)" },
  { type: "aws_vpc", argument: "enable_classiclink_dns_support", version: 5, replacement: "remove it (EC2-Classic was retired)" },
  { type: "aws_db_instance", argument: "name", version: 5, replacement: "rename it to `db_name`" },
  {
    type: "aws_db_instance",
    argument: "security_group_names",
    version: 5,
    replacement: "remove it (DB security groups were EC2-Classic); use `vpc_security_group_ids`"
  },
  {
    type: "aws_elasticache_replication_group",
    argument: "number_cache_clusters",
    version: 5,
    replacement: "rename it to `num_cache_clusters`"
  },
  {
    type: "aws_elasticache_replication_group",
    argument: "replication_group_description",
    version: 5,
    replacement: "rename it to `description`"
  },
  {
    type: "aws_elasticache_replication_group",
    argument: "cluster_mode",
    version: 5,
    replacement: "use `num_node_groups` and `replicas_per_node_group`"
  },
  { type: "aws_launch_configuration", argument: "vpc_classic_link_id", version: 5, replacement: "remove it (EC2-Classic was retired)" },
  { type: "aws_redshift_cluster", argument: "cluster_security_groups", version: 5, replacement: "remove it; use `vpc_security_group_ids`" },
  {
    type: "aws_s3_bucket",
    argument: "acceleration_status",
    version: 4,
    replacement: "use the `aws_s3_bucket_accelerate_configuration` resource"
  },
  {
    type: "aws_alb_listener_rule",
    argument: "field",
    version: 3,
    replacement: "write conditions as typed blocks, e.g. `condition { path_pattern { values = [ \u2026 ] } }`"
  },
  {
    type: "aws_lb_listener_rule",
    argument: "field",
    version: 3,
    replacement: "write conditions as typed blocks, e.g. `condition { path_pattern { values = [ \u2026 ] } }`"
  },
  {
    type: "aws_alb_listener_rule",
    argument: "values",
    version: 3,
    replacement: "write conditions as typed blocks, e.g. `condition { host_header { values = [ \u2026 ] } }`"
  },
  {
    type: "aws_lb_listener_rule",
    argument: "values",
    version: 3,
    replacement: "write conditions as typed blocks, e.g. `condition { host_header { values = [ \u2026 ] } }`"
  }
];
function providerChangeFor(type, argument) {
  if (!argument) return void 0;
  const byType = PROVIDER_ARGUMENT_CHANGES.find((c) => c.type === type && (c.argument === argument || c.argument === "*"));
  return byType ?? PROVIDER_ARGUMENT_CHANGES.find((c) => c.type === "*" && c.argument === argument);
}
const DOCS = {
  accessDenied: "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html",
  policyEvaluation: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html",
  scp: "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html",
  boundary: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html",
  kmsKeyPolicy: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
  decodeMessage: "https://docs.aws.amazon.com/cli/latest/reference/sts/decode-authorization-message.html",
  passRole: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
  providerAuth: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration",
  tempCredentials: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html",
  githubOidc: "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
  ec2Errors: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html",
  retries: "https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html",
  ec2Throttling: "https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html",
  quotas: "https://docs.aws.amazon.com/servicequotas/latest/userguide/request-quota-increase.html",
  eipLimit: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html",
  vpcQuotas: "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html",
  stateLocking: "https://developer.hashicorp.com/terraform/language/state/locking",
  forceUnlock: "https://developer.hashicorp.com/terraform/cli/commands/force-unlock",
  importBlock: "https://developer.hashicorp.com/terraform/language/import",
  bucketNaming: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html",
  forceDestroy: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket#force_destroy",
  vpcDependencies: "https://repost.aws/knowledge-center/troubleshoot-dependency-error-delete-vpc",
  instanceTypeAz: "https://repost.aws/knowledge-center/ec2-instance-type-not-supported-az-error",
  capacity: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/troubleshooting-launch.html",
  findAmi: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/finding-an-ami.html",
  v6Upgrade: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-6-upgrade",
  syntax: "https://developer.hashicorp.com/terraform/language/syntax/configuration",
  references: "https://developer.hashicorp.com/terraform/language/expressions/references",
  functions: "https://developer.hashicorp.com/terraform/language/functions",
  backendInit: "https://developer.hashicorp.com/terraform/cli/commands/init",
  lockFile: "https://developer.hashicorp.com/terraform/language/files/dependency-lock",
  debugging: "https://developer.hashicorp.com/terraform/internals/debugging",
  timeouts: "https://developer.hashicorp.com/terraform/language/resources/syntax#operation-timeouts",
  providerConfig: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs",
  iamEntities: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html",
  rdsErrors: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/CommonErrors.html",
  networkTroubleshooting: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-proxy.html"
};
const DENIED = ["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "Forbidden", "AuthorizationError", "Unauthorized"];
const GRANT = "Grant the principal that runs Terraform the missing permission: {iamStatement}";
const DECODE = "Decode the encoded authorization message from the log with `aws sts decode-authorization-message --encoded-message <message>` (needs sts:DecodeAuthorizationMessage) to see which policy denied the call.";
const WHO = "Check which identity Terraform runs as: `aws sts get-caller-identity`.";
const ACCESS_RULES = [
  {
    id: "iam.explicit-deny-scp",
    category: "access-denied",
    match: /explicit deny in an? service control polic/i,
    codes: DENIED,
    priority: 90,
    summary: "A service control policy of your AWS Organization denies {action}",
    rootCause: "An SCP attached to the account or its organizational unit explicitly denies the call. An explicit deny wins over every allow, so changing the IAM role alone cannot fix it.",
    fixes: [
      "Ask the organization administrators to exempt this principal or action from the SCP (e.g. a condition on aws:PrincipalArn), or run in an account/region the SCP allows.",
      "If the SCP restricts regions, set the provider region to an allowed one.",
      WHO
    ],
    docs: DOCS.scp,
    confidence: 0.95
  },
  {
    id: "iam.explicit-deny-rcp",
    category: "access-denied",
    match: /explicit deny in an? resource control polic/i,
    codes: DENIED,
    priority: 90,
    summary: "A resource control policy of your AWS Organization denies {action}",
    rootCause: "An organization resource control policy explicitly denies access to the resource; IAM allows cannot override it.",
    fixes: ["Ask the organization administrators to adjust the RCP for this principal or resource.", WHO],
    docs: DOCS.policyEvaluation,
    confidence: 0.95
  },
  {
    id: "iam.explicit-deny-boundary",
    category: "access-denied",
    match: [/explicit deny in an? permissions boundary/i, /no permissions boundary allows/i],
    codes: DENIED,
    priority: 88,
    summary: "The permissions boundary of the Terraform principal does not allow {action}",
    rootCause: "The role or user has a permissions boundary; an action is allowed only when both its policies and the boundary allow it, and the boundary does not.",
    fixes: [
      "Add {action} to the permissions boundary policy (boundaries are usually owned by the account administrators), or use a principal whose boundary allows it.",
      "When Terraform creates IAM roles, the boundary may also require `permissions_boundary` to be set on them."
    ],
    docs: DOCS.boundary,
    confidence: 0.92
  },
  {
    id: "iam.explicit-deny-session",
    category: "access-denied",
    match: [/explicit deny in a session policy/i, /no session policy allows/i],
    codes: DENIED,
    priority: 86,
    summary: "The session policy of the assumed role does not allow {action}",
    rootCause: "The role was assumed with a session policy (e.g. by a CI integration) that narrows its permissions.",
    fixes: ["Widen the session policy given when assuming the role, or assume the role without one.", WHO],
    docs: DOCS.policyEvaluation,
    confidence: 0.9
  },
  {
    id: "iam.explicit-deny-resource-policy",
    category: "access-denied",
    match: /explicit deny in a resource-based policy/i,
    codes: DENIED,
    priority: 87,
    summary: "A resource policy (bucket, key, queue, \u2026) explicitly denies {action}",
    rootCause: "The policy attached to the resource itself has a Deny statement that matches this principal; identity policies cannot override it.",
    fixes: [
      "Change the Deny statement of the resource policy on {arn} to exclude the Terraform principal (e.g. a condition on aws:PrincipalArn).",
      "If Terraform manages that policy, fix it in the repository and apply with a principal the policy does not deny."
    ],
    docs: DOCS.policyEvaluation,
    confidence: 0.92
  },
  {
    id: "iam.explicit-deny-identity",
    category: "access-denied",
    match: [/explicit deny in an identity-based policy/i, /with an explicit deny\b(?! in)/i],
    codes: DENIED,
    priority: 84,
    summary: "An IAM policy explicitly denies {action}",
    rootCause: "A Deny statement in a policy attached to the user, group or role matches the call. Deny statements often require MFA or a source IP/VPC.",
    fixes: [
      "Find the Deny statement (IAM policy simulator or the decoded message) and exempt this call, or meet its condition (MFA session, allowed network).",
      "If MFA is required, use temporary credentials from `aws sts get-session-token --serial-number \u2026 --token-code \u2026`."
    ],
    docs: DOCS.policyEvaluation,
    confidence: 0.88
  },
  {
    id: "kms.key-policy",
    category: "access-denied",
    match: [
      /not authorized to perform:?\s*kms:[A-Za-z*]+/i,
      /ciphertext refers to a customer master key that does not exist[\s\S]{0,80}not allowed to access/i,
      /KMS access was denied/i,
      /KMS\.AccessDeniedException/,
      /kms key policy/i
    ],
    codes: DENIED,
    service: "kms",
    priority: 80,
    summary: "The KMS key does not let the principal use it{actionNote}",
    rootCause: "Using an encrypted resource needs permission on its KMS key: the key policy must allow the principal (or delegate to IAM), and its IAM policy must allow the kms action.",
    fixes: [
      GRANT,
      'Check the key policy of the key: it must allow the principal or contain the default "Enable IAM User Permissions" statement for the account root.',
      "For AWS-managed keys (aws/\u2026) the service must be called from the same account and region."
    ],
    docs: DOCS.kmsKeyPolicy,
    confidence: 0.9
  },
  {
    id: "iam.pass-role",
    category: "access-denied",
    match: /not authorized to perform:?\s*iam:PassRole/i,
    codes: DENIED,
    service: "iam",
    priority: 82,
    summary: "Terraform may not pass the IAM role to the service (iam:PassRole)",
    rootCause: "Attaching a role to an instance, function or task requires iam:PassRole on that role for the caller.",
    fixes: [GRANT, "Restrict the statement with the iam:PassedToService condition to the service that receives the role."],
    docs: DOCS.passRole,
    confidence: 0.92
  },
  {
    id: "iam.service-linked-role",
    category: "access-denied",
    match: /not authorized to perform:?\s*iam:CreateServiceLinkedRole/i,
    codes: DENIED,
    service: "iam",
    priority: 82,
    summary: "The service needs a service-linked role that Terraform may not create",
    rootCause: "The first use of some services (ELB, ECS, Auto Scaling, \u2026) creates a service-linked role, which needs iam:CreateServiceLinkedRole.",
    fixes: [
      GRANT,
      "Or create the service-linked role once by hand: `aws iam create-service-linked-role --aws-service-name <service>.amazonaws.com`."
    ],
    docs: DOCS.accessDenied,
    confidence: 0.9
  },
  {
    id: "iam.assume-role-denied",
    category: "access-denied",
    match: /not authorized to perform:?\s*sts:AssumeRole(?!WithWebIdentity)/i,
    codes: DENIED,
    service: "sts",
    priority: 82,
    summary: "The caller may not assume the role given to the provider",
    rootCause: "Assuming a role needs sts:AssumeRole for the caller and a trust policy on the role that names the caller.",
    fixes: [
      "Add the caller to the trust policy of the role (Principal) and allow sts:AssumeRole on the role ARN in the caller\u2019s policy.",
      WHO
    ],
    docs: DOCS.accessDenied,
    confidence: 0.9
  },
  {
    id: "iam.no-identity-policy",
    category: "access-denied",
    match: [/because no identity-based policy allows/i, /because no resource-based policy allows/i],
    codes: DENIED,
    priority: 75,
    summary: "No policy allows {action}",
    rootCause: "The call is implicitly denied: no identity policy of the principal (or resource policy of the target) allows the action.",
    fixes: [GRANT, WHO],
    docs: DOCS.accessDenied,
    confidence: 0.9
  },
  {
    id: "iam.vpc-endpoint-policy",
    category: "access-denied",
    match: /no VPC endpoint policy allows|explicit deny in a VPC endpoint policy/i,
    codes: DENIED,
    priority: 85,
    summary: "The VPC endpoint policy blocks {action}",
    rootCause: "The call went through a VPC endpoint whose policy does not allow it.",
    fixes: ["Allow the action in the VPC endpoint policy, or route the call outside the endpoint."],
    docs: DOCS.policyEvaluation,
    confidence: 0.9
  },
  {
    id: "iam.not-authorized",
    category: "access-denied",
    match: /is not authorized to perform:?\s*[a-z0-9-]+:[A-Za-z*]+/i,
    codes: DENIED,
    priority: 70,
    summary: "The principal is not allowed {action}",
    rootCause: "The IAM identity that runs Terraform lacks a permission the provider needs for this resource.",
    fixes: [GRANT, WHO],
    docs: DOCS.accessDenied,
    confidence: 0.88
  },
  {
    id: "iam.encoded-authorization-failure",
    category: "access-denied",
    match: /Encoded authorization failure message/i,
    codes: DENIED,
    service: "ec2",
    priority: 65,
    summary: "EC2 refused the call; the reason is in the encoded authorization message",
    rootCause: "The principal lacks an EC2 permission (or a condition such as a required tag or region failed). EC2 hides the details in an encoded message.",
    fixes: [DECODE, GRANT],
    docs: DOCS.decodeMessage,
    confidence: 0.85
  },
  {
    id: "ec2.unauthorized-operation",
    category: "access-denied",
    match: [/\bUnauthorizedOperation\b/, /You are not authorized to perform this operation/i],
    codes: ["UnauthorizedOperation"],
    service: "ec2",
    priority: 60,
    summary: "EC2 refused the call{actionNote}: not authorized",
    rootCause: "The IAM identity lacks an EC2 permission the provider needs (creating instances also reads instance types, images, subnets and may pass a role).",
    fixes: [GRANT, DECODE, WHO],
    docs: DOCS.ec2Errors,
    confidence: 0.85
  },
  {
    id: "s3.access-denied",
    category: "access-denied",
    match: [/\bAccessDenied\b:?\s*Access Denied/i, /operation error S3:[\s\S]{0,200}\bAccessDenied\b/],
    codes: ["AccessDenied"],
    service: "s3",
    priority: 55,
    summary: "S3 denied the request{actionNote}",
    rootCause: 'S3 answers a bare "Access Denied" when an IAM policy, the bucket policy, Block Public Access, object ownership (ACLs disabled) or a KMS key refuses the request. When it happens before any resource (during refresh), the state backend bucket is a likely cause.',
    fixes: [
      GRANT,
      'Check the bucket policy and Block Public Access settings of the bucket; with "bucket owner enforced" object ownership, remove `acl` arguments.',
      "If this happened while loading state, check the backend bucket permissions (s3:ListBucket, s3:GetObject, s3:PutObject on the state key)."
    ],
    docs: DOCS.accessDenied,
    confidence: 0.75
  },
  {
    id: "aws.access-denied-exception",
    category: "access-denied",
    match: [/\bAccessDeniedException\b/, /\bAccessDenied\b/, /\bInsufficientPrivilegesException\b/],
    codes: ["AccessDeniedException", "AccessDenied", "InsufficientPrivilegesException"],
    priority: 40,
    summary: "AWS denied the request{actionNote}",
    rootCause: "The principal that runs Terraform lacks a permission, or a policy denies it.",
    fixes: [GRANT, WHO],
    docs: DOCS.accessDenied,
    confidence: 0.75
  },
  {
    id: "aws.authorization-error",
    category: "access-denied",
    match: [/\bAuthorizationError(?:Exception)?\b/, /\bAuthorizationException\b/],
    codes: ["AuthorizationError", "AuthorizationErrorException", "AuthorizationException"],
    priority: 45,
    summary: "The service refused the request: not authorized",
    rootCause: "SNS and some other services report missing IAM permissions as AuthorizationError.",
    fixes: [GRANT, WHO],
    docs: DOCS.accessDenied,
    confidence: 0.8
  },
  {
    id: "aws.opt-in-required",
    category: "access-denied",
    match: /\bOptInRequired\b|not subscribed to this service/i,
    codes: ["OptInRequired"],
    priority: 60,
    summary: "The account is not subscribed to the service or region",
    rootCause: "The region is opt-in (not enabled for the account) or the AWS Marketplace product needs a subscription.",
    fixes: ["Enable the region in the account settings, or accept the Marketplace terms of the image, then retry."],
    docs: DOCS.ec2Errors,
    confidence: 0.85
  },
  {
    id: "http.403",
    category: "access-denied",
    match: /\b403 Forbidden\b|StatusCode: 403\b(?![\s\S]{0,200}(?:InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken))/,
    priority: 20,
    summary: "The request was refused with HTTP 403",
    rootCause: "A 403 answer means the caller was authenticated but not allowed.",
    fixes: [WHO, "Check the IAM and resource policies for the call named in the error."],
    docs: DOCS.accessDenied,
    confidence: 0.55
  }
];
const CREDS = "Refresh the credentials (e.g. `aws sso login`, re-run the assume-role step) and re-run.";
const AUTH_RULES = [
  {
    id: "auth.expired-token",
    category: "authentication",
    match: [
      /\bExpiredToken(?:Exception)?\b/,
      /security token included in the request is expired/i,
      /\bRequestExpired\b/,
      /token has expired/i
    ],
    codes: ["ExpiredToken", "ExpiredTokenException", "RequestExpired"],
    priority: 85,
    summary: "The AWS credentials have expired",
    rootCause: "Temporary credentials (assumed role, SSO, OIDC) expired before or during the run. Long applies (RDS, EKS) can outlive a one-hour session.",
    fixes: [
      CREDS,
      "In GitHub Actions, raise `role-duration-seconds` of aws-actions/configure-aws-credentials (and the role\u2019s MaxSessionDuration) above the apply time.",
      "Let the provider assume the role itself (`assume_role` block) so it can refresh the session."
    ],
    docs: DOCS.tempCredentials,
    confidence: 0.95
  },
  {
    id: "auth.invalid-client-token",
    category: "authentication",
    match: [/\bInvalidClientTokenId\b/, /security token included in the request is invalid/i],
    codes: ["InvalidClientTokenId"],
    priority: 85,
    summary: "AWS does not recognise the access key or session token",
    rootCause: "The access key id is wrong or deleted, a session token is missing or belongs to other keys, or the region is not enabled for the account.",
    fixes: [
      "Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (all three from the same session) or the profile used.",
      "If the key was rotated, update the CI secret.",
      "For opt-in regions, enable the region or use a regional STS endpoint."
    ],
    docs: DOCS.providerAuth,
    confidence: 0.92
  },
  {
    id: "auth.signature-mismatch",
    category: "authentication",
    match: [/\bSignatureDoesNotMatch\b/, /request signature we calculated does not match/i],
    codes: ["SignatureDoesNotMatch"],
    priority: 85,
    summary: "The secret access key does not match the access key id",
    rootCause: "The secret key is wrong (copy/paste, trailing whitespace or newline) or the system clock is skewed.",
    fixes: ["Re-enter the secret access key without whitespace; check the clock of the runner."],
    docs: DOCS.providerAuth,
    confidence: 0.92
  },
  {
    id: "auth.invalid-access-key",
    category: "authentication",
    match: [/\bInvalidAccessKeyId\b/, /AWS Access Key Id you provided does not exist/i],
    codes: ["InvalidAccessKeyId"],
    priority: 85,
    summary: "The access key id does not exist",
    rootCause: "The key was deleted or deactivated, or it belongs to another partition (e.g. GovCloud, China).",
    fixes: ["Create a new access key or use role-based credentials, and update the CI secret."],
    docs: DOCS.providerAuth,
    confidence: 0.92
  },
  {
    id: "auth.unrecognized-client",
    category: "authentication",
    match: /\bUnrecognizedClientException\b/,
    codes: ["UnrecognizedClientException"],
    priority: 85,
    summary: "The service does not recognise the credentials",
    rootCause: "Invalid or expired credentials, or credentials for another region/partition.",
    fixes: [CREDS],
    docs: DOCS.providerAuth,
    confidence: 0.9
  },
  {
    id: "auth.auth-failure",
    category: "authentication",
    match: /\bAuthFailure\b(?!:?\s*Not authorized for images)/,
    codes: ["AuthFailure"],
    service: "ec2",
    priority: 80,
    summary: "EC2 could not validate the credentials",
    rootCause: "The credentials are invalid, or the request was signed with a skewed clock.",
    fixes: [CREDS, "Check the clock of the runner (NTP)."],
    docs: DOCS.ec2Errors,
    confidence: 0.85
  },
  {
    id: "auth.no-credentials",
    category: "authentication",
    match: [
      /no valid credential sources/i,
      /\bNoCredentialProviders\b/,
      /failed to refresh cached credentials/i,
      /Unable to locate credentials/i,
      /Could not load credentials from any providers/i,
      /CredentialsProviderError/
    ],
    codes: ["NoCredentialProviders", "CredentialsProviderError"],
    priority: 88,
    summary: "Terraform found no AWS credentials",
    rootCause: "None of the credential sources (environment variables, shared config/profile, SSO, web identity, container or instance metadata) gave credentials.",
    fixes: [
      "In GitHub Actions, add aws-actions/configure-aws-credentials (OIDC role) before Terraform, with `permissions: id-token: write`.",
      "Locally, export AWS_PROFILE or run `aws sso login`; check `aws sts get-caller-identity` works in the same shell.",
      "Do not put keys in the provider block; use the environment or a profile."
    ],
    docs: DOCS.providerAuth,
    confidence: 0.93
  },
  {
    id: "auth.web-identity",
    category: "authentication",
    match: [/\bInvalidIdentityToken\b/, /Not authorized to perform sts:AssumeRoleWithWebIdentity/i, /\bIDPCommunicationError\b/],
    codes: ["InvalidIdentityToken", "AccessDenied", "IDPCommunicationError"],
    service: "sts",
    priority: 89,
    summary: "The OIDC web identity could not assume the role",
    rootCause: "The role trust policy does not match the GitHub OIDC token (audience sts.amazonaws.com, subject repo:OWNER/REPO:ref/environment), or the OIDC provider is missing.",
    fixes: [
      "Check the trust policy condition `token.actions.githubusercontent.com:sub` matches this repository, branch or environment.",
      "Make sure the workflow has `permissions: id-token: write` and the account has the token.actions.githubusercontent.com identity provider."
    ],
    docs: DOCS.githubOidc,
    confidence: 0.92
  },
  {
    id: "auth.sso-expired",
    category: "authentication",
    match: [/SSO session[\s\S]{0,60}(?:expired|invalid)/i, /\bSSOProviderInvalidToken\b/, /refresh cached SSO token failed/i],
    codes: ["SSOProviderInvalidToken"],
    priority: 88,
    summary: "The AWS SSO session has expired",
    rootCause: "The cached IAM Identity Center token is expired or was revoked.",
    fixes: ["Run `aws sso login --profile <profile>` and re-run."],
    docs: DOCS.providerAuth,
    confidence: 0.92
  },
  {
    id: "auth.missing-token",
    category: "authentication",
    match: /\bMissingAuthenticationToken\b|Missing Authentication Token/i,
    codes: ["MissingAuthenticationToken"],
    priority: 70,
    summary: "The request was not signed",
    rootCause: "The call reached an endpoint without credentials, or the endpoint URL is wrong.",
    fixes: ["Check custom endpoints (AWS_ENDPOINT_URL*) and that credentials are configured."],
    docs: DOCS.providerAuth,
    confidence: 0.75
  },
  {
    id: "auth.ecr-login",
    category: "authentication",
    match: /no basic auth credentials|authorization token has expired/i,
    priority: 60,
    service: "ecr",
    summary: "Docker is not logged in to ECR",
    rootCause: "The ECR authorization token is missing or older than 12 hours.",
    fixes: ["`aws ecr get-login-password | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com`"],
    docs: DOCS.providerAuth,
    confidence: 0.85
  }
];
const IMPORT = 'If it should be managed by this configuration, import it: add `import { to = {resource} id = "<id>" }` (or `terraform import {resource} <id>`), then plan again.';
const RENAME = "If it belongs to something else, give this resource another name (or use `name_prefix`).";
const STATE_LOCK_RULES = [
  {
    id: "state.lock-held",
    category: "state-lock",
    match: [
      /Error acquiring the state lock/i,
      /Error locking state/i,
      /state blob is already locked/i,
      /\bWorkspace is (?:currently )?locked\b/i
    ],
    codes: ["ConditionalCheckFailedException", "PreconditionFailed"],
    priority: 95,
    summary: "The Terraform state is locked by another run{lockWho}",
    rootCause: "Another plan/apply holds the lock, or an earlier run was killed (cancelled job, Ctrl+C, runner lost) before releasing it.",
    fixes: [
      "Wait for the other run to finish. In CI, add a `concurrency:` group per state so runs queue instead of colliding.",
      "If no run is active, release the stale lock: `terraform force-unlock {lockId}`.",
      "Never use `-lock=false` for apply."
    ],
    docs: DOCS.stateLocking,
    confidence: 0.95
  },
  {
    id: "state.lock-release",
    category: "state-lock",
    match: [/Error releasing the state lock/i, /Failed to unlock state/i, /lock was lost/i],
    priority: 94,
    summary: "Terraform could not release (or find) the state lock",
    rootCause: "The lock record changed or disappeared during the run, or the lock id given to force-unlock is wrong.",
    fixes: [
      "Check the lock table/object of the backend for a stale lock; release it with `terraform force-unlock {lockId}` only when no run is active."
    ],
    docs: DOCS.forceUnlock,
    confidence: 0.9
  },
  {
    id: "state.lock-conditional-check",
    category: "state-lock",
    match: /\bConditionalCheckFailedException\b[\s\S]{0,400}Lock Info|Lock Info:[\s\S]{0,400}\bID:/,
    codes: ["ConditionalCheckFailedException"],
    service: "dynamodb",
    priority: 93,
    summary: "The DynamoDB state lock is held{lockWho}",
    rootCause: "The lock item for this state already exists in the DynamoDB lock table.",
    fixes: ["Wait for the other run; if none is active, `terraform force-unlock {lockId}`."],
    docs: DOCS.stateLocking,
    confidence: 0.93
  }
];
const ALREADY_EXISTS_RULES = [
  {
    id: "exists.bucket-owned",
    category: "already-exists",
    match: /\bBucketAlreadyOwnedByYou\b/,
    codes: ["BucketAlreadyOwnedByYou"],
    service: "s3",
    priority: 90,
    summary: "The S3 bucket already exists in your account",
    rootCause: "The bucket was created outside this state (by hand, another configuration, or a run whose state was lost), so Terraform tries to create it again.",
    fixes: [IMPORT, 'If another configuration manages it, read it with a `data "aws_s3_bucket"` block instead.'],
    docs: DOCS.importBlock,
    confidence: 0.95
  },
  {
    id: "exists.bucket-global",
    category: "already-exists",
    match: [/\bBucketAlreadyExists\b/, /requested bucket name is not available/i],
    codes: ["BucketAlreadyExists"],
    service: "s3",
    priority: 90,
    summary: "The S3 bucket name is taken by another AWS account",
    rootCause: "Bucket names are global across all AWS accounts; this name is used elsewhere.",
    fixes: ["Choose a unique name, e.g. add the account id and region, or use `bucket_prefix`."],
    docs: DOCS.bucketNaming,
    confidence: 0.95
  },
  {
    id: "exists.iam-entity",
    category: "already-exists",
    match: /\bEntityAlreadyExists\b/,
    codes: ["EntityAlreadyExists"],
    service: "iam",
    priority: 88,
    summary: "An IAM entity with this name already exists",
    rootCause: "IAM names are unique per account (not per region); another stack, module instance or region created the same name.",
    fixes: [IMPORT, RENAME, "When the same module is used per region, include the region in IAM names."],
    docs: DOCS.importBlock,
    confidence: 0.93
  },
  {
    id: "exists.sg-rule-duplicate",
    category: "already-exists",
    match: [/\bInvalidPermission\.Duplicate\b/, /duplicate Security Group rule was found/i, /the specified rule "[^"]*" already exists/i],
    codes: ["InvalidPermission.Duplicate"],
    service: "ec2",
    priority: 88,
    summary: "The security group rule already exists",
    rootCause: "The same rule is defined twice (inline `ingress`/`egress` blocks and separate rule resources on one group, overlapping module rules, or a rule added outside Terraform).",
    fixes: [
      "Manage the rules of one group in one way only: either inline blocks or `aws_vpc_security_group_ingress_rule`/`aws_security_group_rule` resources.",
      "Remove the duplicate from the repository, or import the existing rule."
    ],
    docs: DOCS.importBlock,
    confidence: 0.92
  },
  {
    id: "exists.ec2-duplicate",
    category: "already-exists",
    match: /\bInvalid(?:Group|KeyPair|LaunchTemplateName\.AlreadyExistsException|Placement\.Group|Subnet|Vpc)[A-Za-z]*\.Duplicate\b|\bInvalid[A-Za-z]+\.Duplicate\b/,
    codes: ["InvalidGroup.Duplicate", "InvalidKeyPair.Duplicate", "InvalidPlacementGroup.Duplicate"],
    service: "ec2",
    priority: 85,
    summary: "An EC2 object with this name already exists ({code})",
    rootCause: "EC2 names (security groups per VPC, key pairs, launch templates) must be unique.",
    fixes: [IMPORT, RENAME],
    docs: DOCS.importBlock,
    confidence: 0.9
  },
  {
    id: "exists.rds",
    category: "already-exists",
    match: /\bDB(?:Instance|Cluster|SubnetGroup|ParameterGroup|ClusterParameterGroup|Snapshot|ClusterSnapshot|ProxyTarget|Proxy)AlreadyExists(?:Fault)?\b|\bOptionGroupAlreadyExistsFault\b/,
    codes: [
      "DBInstanceAlreadyExists",
      "DBClusterAlreadyExistsFault",
      "DBSubnetGroupAlreadyExists",
      "DBParameterGroupAlreadyExists",
      "DBSnapshotAlreadyExists",
      "DBClusterSnapshotAlreadyExistsFault"
    ],
    service: "rds",
    priority: 88,
    summary: "An RDS object with this identifier already exists ({code})",
    rootCause: "RDS identifiers are unique per account and region. A final snapshot name reused across destroys, or an instance created outside this state, collides.",
    fixes: [
      IMPORT,
      "For final snapshots, make `final_snapshot_identifier` unique (e.g. add a timestamp or random suffix) or delete the old snapshot."
    ],
    docs: DOCS.rdsErrors,
    confidence: 0.92
  },
  {
    id: "exists.resource-exists",
    category: "already-exists",
    match: [
      /\bResourceAlreadyExists(?:Exception)?\b/,
      /\bResourceExistsException\b/,
      /\b[A-Z][A-Za-z]*AlreadyExists(?:Exception|Fault)?\b/,
      /\bAlreadyExistsException\b/
    ],
    codes: ["ResourceAlreadyExistsException", "ResourceExistsException", "AlreadyExistsException", "RepositoryAlreadyExistsException"],
    priority: 75,
    summary: "The resource already exists ({code})",
    rootCause: "Something with this name exists but is not in this Terraform state.",
    fixes: [IMPORT, RENAME],
    docs: DOCS.importBlock,
    confidence: 0.88
  },
  {
    id: "exists.in-use-already-exists",
    category: "already-exists",
    match: /\bResourceInUseException\b[\s\S]{0,200}already exists|already exists with name/i,
    codes: ["ResourceInUseException"],
    priority: 86,
    summary: "The resource already exists (a previous run may have created it)",
    rootCause: "A previous apply created it but failed or timed out before recording it in the state, or another configuration owns it.",
    fixes: [IMPORT, "If a previous apply timed out, wait until the resource is ready, import it, and raise the resource `timeouts`."],
    docs: DOCS.importBlock,
    confidence: 0.9
  },
  {
    id: "exists.conflict",
    category: "already-exists",
    match: [/\bResourceConflictException\b/, /\bConflictException\b/, /scheduled for deletion/i, /\balready exists\b/i],
    codes: ["ResourceConflictException", "ConflictException", "InvalidRequestException"],
    priority: 35,
    summary: "The resource already exists or conflicts with an existing one",
    rootCause: "An object with the same name exists (possibly pending deletion, like Secrets Manager secrets in their recovery window).",
    fixes: [
      IMPORT,
      RENAME,
      "For secrets pending deletion: `aws secretsmanager restore-secret` or delete with `--force-delete-without-recovery`."
    ],
    docs: DOCS.importBlock,
    confidence: 0.7
  }
];
const NOT_FOUND_RULES = [
  {
    id: "notfound.ami",
    category: "not-found",
    match: [
      /\bInvalidAMIID\.(?:NotFound|Malformed|Unavailable)\b/,
      /The image id '?\[?ami-[0-9a-f]+\]?'? does not exist/i,
      /Not authorized for images/i
    ],
    codes: ["InvalidAMIID.NotFound", "InvalidAMIID.Malformed", "InvalidAMIID.Unavailable", "AuthFailure"],
    service: "ec2",
    priority: 88,
    summary: "The AMI does not exist in this region (or is not shared with you)",
    rootCause: "AMI ids are regional: an id copied from a tutorial or another region does not exist here; old AMIs are also deprecated or deleted.",
    fixes: [
      'Look the image up instead of hard-coding it: `data "aws_ami" "\u2026" { most_recent = true owners = ["amazon"] filter { name = "name" values = ["al2023-ami-*-x86_64"] } }`, or an SSM public parameter.',
      "Check the provider region matches the AMI\u2019s region: `aws ec2 describe-images --image-ids <ami> --region <region>`."
    ],
    docs: DOCS.findAmi,
    confidence: 0.95
  },
  {
    id: "notfound.ec2-id",
    category: "not-found",
    match: /\bInvalid(?:Subnet|Vpc|Group|Instance|KeyPair|RouteTable|Allocation|NetworkInterface|InternetGateway|NatGateway|Snapshot|Volume|LaunchTemplate|SecurityGroup|PrefixList|VpcEndpoint|VpcPeeringConnection)[A-Za-z]*\.NotFound\b/,
    codes: [],
    service: "ec2",
    priority: 85,
    summary: "An EC2 object referenced by the configuration does not exist ({code})",
    rootCause: "A hard-coded id is wrong, belongs to another region/account, or the object was deleted outside Terraform.",
    fixes: [
      "Reference the object from Terraform (resource attribute or data source) instead of hard-coding its id.",
      "If it was deleted outside Terraform, run `terraform plan -refresh-only` and let Terraform recreate it."
    ],
    docs: DOCS.ec2Errors,
    confidence: 0.9
  },
  {
    id: "notfound.iam-entity",
    category: "not-found",
    match: /\bNoSuchEntity(?:Exception)?\b/,
    codes: ["NoSuchEntity", "NoSuchEntityException"],
    service: "iam",
    priority: 85,
    summary: "The IAM role, policy or user does not exist",
    rootCause: "The name or ARN is wrong, the entity was deleted, or it is created later in the same apply (IAM is eventually consistent).",
    fixes: [
      "Reference the entity through its resource (e.g. `aws_iam_role.x.name`) so Terraform orders the calls, instead of a literal name.",
      "For AWS service-linked roles, create them first: `aws iam create-service-linked-role --aws-service-name <service>.amazonaws.com`."
    ],
    docs: DOCS.iamEntities,
    confidence: 0.9
  },
  {
    id: "notfound.s3",
    category: "not-found",
    match: /\bNoSuch(?:Bucket|Key|BucketPolicy|LifecycleConfiguration|Upload)\b|specified bucket does not exist/i,
    codes: ["NoSuchBucket", "NoSuchKey", "NoSuchBucketPolicy", "NoSuchLifecycleConfiguration"],
    service: "s3",
    priority: 85,
    summary: "The S3 bucket or object does not exist ({code})",
    rootCause: "The bucket or key is wrong, in another region/account, or was deleted. For state backends, the backend bucket must exist before `terraform init`.",
    fixes: [
      "Create the bucket (for backends: bootstrap it separately) or fix the name.",
      "If it was deleted outside Terraform, refresh the state."
    ],
    docs: DOCS.providerConfig,
    confidence: 0.9
  },
  {
    id: "notfound.rds",
    category: "not-found",
    match: /\bDB(?:Instance|Cluster|SubnetGroup|ParameterGroup|ClusterParameterGroup|Snapshot|ClusterSnapshot|Proxy)NotFound(?:Fault)?\b/,
    codes: ["DBInstanceNotFound", "DBClusterNotFoundFault", "DBSubnetGroupNotFoundFault", "DBSnapshotNotFound"],
    service: "rds",
    priority: 85,
    summary: "The RDS object does not exist ({code})",
    rootCause: "A referenced instance, cluster, subnet group or snapshot is missing or in another region.",
    fixes: ["Reference it through Terraform, or fix the identifier."],
    docs: DOCS.rdsErrors,
    confidence: 0.9
  },
  {
    id: "notfound.route53",
    category: "not-found",
    match: /\bNoSuchHostedZone\b|\bNoSuchDelegationSet\b|\bNoSuchHealthCheck\b/,
    codes: ["NoSuchHostedZone", "NoSuchDelegationSet", "NoSuchHealthCheck"],
    service: "route53",
    priority: 85,
    summary: "The Route 53 object does not exist ({code})",
    rootCause: "The hosted zone id is wrong or the zone was deleted.",
    fixes: ['Look the zone up with `data "aws_route53_zone"` by name.'],
    docs: DOCS.providerConfig,
    confidence: 0.9
  },
  {
    id: "notfound.data-source-empty",
    category: "not-found",
    match: [/no matching [\w\s]+ found/i, /Your query returned no results/i, /query returned no results/i],
    priority: 80,
    summary: "A data source found nothing",
    rootCause: "The filters of a data source match no object in this account and region.",
    fixes: ["Check the data source filters (names, tags, owners) and the provider region."],
    docs: DOCS.providerConfig,
    confidence: 0.88
  },
  {
    id: "notfound.resource-not-found",
    category: "not-found",
    match: [
      /\bResourceNotFound(?:Exception|Fault)?\b/,
      /\bNotFoundException\b/,
      /\b[A-Z][A-Za-z]*NotFound(?:Exception|Fault)\b/,
      /\b[A-Z][A-Za-z]+DoesNot?Exist\b/,
      /\bRoleDoesnotExist\b/
    ],
    codes: ["ResourceNotFoundException", "NotFoundException", "ResourceNotFoundFault"],
    priority: 70,
    summary: "A referenced resource does not exist ({code})",
    rootCause: "A name, id or ARN in the configuration points to something that does not exist (wrong value, other region/account, or deleted).",
    fixes: [
      "Reference the object from Terraform instead of a literal, or fix the name/region.",
      "If it was deleted outside Terraform, `terraform plan -refresh-only`."
    ],
    docs: DOCS.providerConfig,
    confidence: 0.82
  },
  {
    id: "notfound.generic",
    category: "not-found",
    match: [/couldn't find resource/i, /\b[A-Za-z]+\.NotFound\b/, /\bdoes not exist\b/i, /\bcannot be found\b/i, /\bnot found\b/i],
    priority: 25,
    summary: "Something the configuration refers to does not exist",
    rootCause: "An id, name, AMI or related object could not be found in this account and region.",
    fixes: [
      "Check ids and names referenced by the resource (AMI, subnet, security group, key pair, role) and the provider region.",
      "Run with `TF_LOG=debug` to see which lookup failed."
    ],
    docs: DOCS.providerConfig,
    confidence: 0.6
  }
];
const DEPENDENCY_RULES = [
  {
    id: "dependency.sg-in-use",
    category: "dependency-violation",
    match: [/\bDependencyViolation\b[\s\S]{0,120}\bsg-[0-9a-f]+/, /resource sg-[0-9a-f]+ has a dependent object/i],
    codes: ["DependencyViolation"],
    service: "ec2",
    priority: 88,
    summary: "The security group is still used and cannot be deleted",
    rootCause: "Network interfaces (instances, load balancers, Lambda/EKS ENIs, VPC endpoints) or rules of other groups still reference the group.",
    fixes: [
      "Find what uses it: `aws ec2 describe-network-interfaces --filters Name=group-id,Values=<sg-id>`.",
      "Set `revoke_rules_on_delete = true` and use `create_before_destroy` on groups that are replaced; Lambda ENIs can take up to 45 minutes to be released."
    ],
    docs: DOCS.vpcDependencies,
    confidence: 0.93
  },
  {
    id: "dependency.violation",
    category: "dependency-violation",
    match: [/\bDependencyViolation\b/, /has (?:a )?dependen(?:t object|cies)/i, /\bcannot be deleted\b[\s\S]{0,60}\b(?:in use|dependen)/i],
    codes: ["DependencyViolation"],
    service: "ec2",
    priority: 80,
    summary: "The resource is still in use by something else and cannot be deleted",
    rootCause: "Deleting a VPC, subnet, internet gateway or group fails while other objects (ENIs, EIPs, NAT gateways, endpoints) still depend on it \u2014 often objects created outside Terraform.",
    fixes: [
      "List the dependents (`aws ec2 describe-network-interfaces --filters Name=vpc-id,Values=<vpc>`), delete or detach them, then re-run.",
      "Make dependencies explicit in the configuration (`depends_on`) so Terraform deletes in the right order."
    ],
    docs: DOCS.vpcDependencies,
    confidence: 0.9
  },
  {
    id: "dependency.bucket-not-empty",
    category: "dependency-violation",
    match: [/\bBucketNotEmpty\b/, /bucket you tried to delete is not empty/i],
    codes: ["BucketNotEmpty"],
    service: "s3",
    priority: 88,
    summary: "The S3 bucket is not empty and cannot be deleted",
    rootCause: "S3 deletes only empty buckets; objects (and, when versioned, all object versions and delete markers) remain.",
    fixes: [
      "If the data may go: set `force_destroy = true` on the bucket, apply, then destroy.",
      "Or empty it first: `aws s3 rm s3://<bucket> --recursive` (plus the versions when versioning is on).",
      "If the data must stay, remove the bucket from the configuration with a `removed { from = {resource} lifecycle { destroy = false } }` block."
    ],
    docs: DOCS.forceDestroy,
    confidence: 0.95
  },
  {
    id: "dependency.ecr-not-empty",
    category: "dependency-violation",
    match: /\bRepositoryNotEmptyException\b|still contains images/i,
    codes: ["RepositoryNotEmptyException"],
    service: "ecr",
    priority: 88,
    summary: "The ECR repository still contains images",
    rootCause: "ECR deletes only empty repositories unless forced.",
    fixes: ["Set `force_delete = true` on the repository, or delete the images first."],
    docs: DOCS.providerConfig,
    confidence: 0.93
  },
  {
    id: "dependency.delete-conflict",
    category: "dependency-violation",
    match: [
      /\bDeleteConflict\b/,
      /must (?:detach all policies|remove roles from instance profile|delete policies) first/i,
      /currently in use by/i
    ],
    codes: ["DeleteConflict"],
    priority: 85,
    summary: "The resource is still attached to something and cannot be deleted",
    rootCause: "An IAM entity still has attached policies or instance profiles, or a certificate is still used by a load balancer listener.",
    fixes: [
      "Detach it first (policies from roles, roles from instance profiles, certificates from listeners), or let Terraform manage both sides.",
      "For certificates and launch configurations that are replaced, use `lifecycle { create_before_destroy = true }`."
    ],
    docs: DOCS.iamEntities,
    confidence: 0.9
  },
  {
    id: "dependency.resource-in-use",
    category: "dependency-violation",
    match: [
      /\bResourceInUse\b(?!Exception[\s\S]{0,200}already exists)/,
      /\bResourceInUseException\b(?![\s\S]{0,200}already exists)/,
      /attached to AutoScalingGroup/i,
      /\b[A-Za-z]+\.InUse\b/,
      /\bVolumeInUse\b/,
      /is currently in use/i,
      /\bcontains registered instances\b/i
    ],
    codes: ["ResourceInUse", "ResourceInUseException", "InvalidNetworkInterface.InUse", "InvalidIPAddress.InUse", "VolumeInUse"],
    priority: 78,
    summary: "The resource is in use and cannot be changed or deleted",
    rootCause: "Another object still uses it (a launch configuration attached to an Auto Scaling group, an ENI attached to an instance, a volume attached, a service with registered instances).",
    fixes: [
      "Replace without downtime with `lifecycle { create_before_destroy = true }` (launch configurations, target groups), or detach/stop the user first.",
      "For network interfaces left by Lambda or EKS, wait until AWS releases them and re-run."
    ],
    docs: DOCS.vpcDependencies,
    confidence: 0.85
  }
];
const EDIT = "Edit {where}.";
const VALIDATE = "Run `terraform validate` locally to see every such error at once.";
const INVALID_PARAMETER_RULES = [
  {
    id: "param.unsupported-argument",
    category: "invalid-parameter",
    match: [/Unsupported argument/, /An argument named "[^"]+" is not expected here/],
    priority: 85,
    summary: "The argument {argument} is not valid here",
    rootCause: "The argument does not exist in the schema of this provider version: it was removed or renamed in a major provider upgrade (v5, v6), misspelled, or belongs to a newer version than the one installed.",
    fixes: [
      "{providerChange}",
      EDIT,
      'Pin the provider to the version the code was written for (`required_providers { aws = { version = "~> 5.0" } }`) until the code is migrated.',
      VALIDATE
    ],
    docs: DOCS.v6Upgrade,
    confidence: 0.93
  },
  {
    id: "param.unsupported-block",
    category: "invalid-parameter",
    match: [/Unsupported block type/, /Blocks of type "[^"]+" are not expected here/],
    priority: 84,
    summary: "The block {argument} is not valid here",
    rootCause: "The nested block is not part of this resource\u2019s schema in the installed provider version (removed, renamed, or it is an argument, not a block).",
    fixes: ["{providerChange}", "If the message suggests an argument, write `name = { \u2026 }` instead of `name { \u2026 }`.", EDIT],
    docs: DOCS.v6Upgrade,
    confidence: 0.9
  },
  {
    id: "param.missing-required",
    category: "invalid-parameter",
    match: [/Missing required argument/, /The argument "[^"]+" is required, but no definition was found/, /Insufficient [\w-]+ blocks/],
    priority: 84,
    summary: "A required argument is missing",
    rootCause: "The resource needs an argument (or block) that the configuration does not set; provider upgrades sometimes make arguments required.",
    fixes: ["Add the missing argument to {where}.", VALIDATE],
    docs: DOCS.providerConfig,
    confidence: 0.92
  },
  {
    id: "param.conflicting-arguments",
    category: "invalid-parameter",
    match: [
      /Conflicting configuration arguments/,
      /conflicts with [\w.]+/i,
      /"[^"]+": only one of `[^`]+` can be specified/,
      /ExactlyOneOf|AtLeastOneOf/
    ],
    priority: 82,
    summary: "Two arguments that exclude each other are both set",
    rootCause: "The resource schema allows only one of the arguments.",
    fixes: ["Remove one of the conflicting arguments in {where}."],
    docs: DOCS.providerConfig,
    confidence: 0.9
  },
  {
    id: "param.invalid-value",
    category: "invalid-parameter",
    match: [
      /expected [\w.[\]"]+ to be one of/i,
      /Invalid value for (?:variable|input variable|"[^"]+" parameter)/i,
      /\bdoesn't match regexp\b|must match the pattern/i,
      /expected length of [\w.]+ to be in the range/i,
      /Incorrect attribute value type/
    ],
    priority: 80,
    summary: "An argument has a value the provider does not accept",
    rootCause: "The value fails the provider\u2019s validation (allowed values, pattern, length or type).",
    fixes: ["Fix the value in {where} to one the message allows.", VALIDATE],
    docs: DOCS.providerConfig,
    confidence: 0.9
  },
  {
    id: "param.instance-type-az",
    category: "invalid-parameter",
    match: [
      /instance type \(?[\w.-]+\)? is not supported in your requested Availability Zone/i,
      /requested configuration is currently not supported/i
    ],
    codes: ["Unsupported", "InvalidFleetConfiguration"],
    service: "ec2",
    priority: 88,
    summary: "The instance type {instanceType} is not offered in {az}",
    rootCause: "Not every instance type exists in every Availability Zone (or region); the subnet places the instance in a zone without it.",
    fixes: [
      "Use a subnet in a zone that offers the type ({otherAzs}), or pick another instance type.",
      "Check the offerings: `aws ec2 describe-instance-type-offerings --location-type availability-zone --filters Name=instance-type,Values={instanceType}`.",
      "Choose subnets with the `aws_ec2_instance_type_offerings` data source so the zone always offers the type."
    ],
    docs: DOCS.instanceTypeAz,
    confidence: 0.95
  },
  {
    id: "param.invalid-instance-type",
    category: "invalid-parameter",
    match: [
      /\bInvalidInstanceType\b/,
      /Value \([\w.-]+\) for parameter instanceType is invalid/i,
      /instance type [\w.-]+ (?:is not supported|does not exist)/i
    ],
    codes: ["InvalidInstanceType", "InvalidParameterValue"],
    service: "ec2",
    priority: 86,
    summary: "The instance type is invalid in this region or for this image",
    rootCause: "The type does not exist in the region, or its architecture (arm64/x86_64) or virtualization does not match the AMI.",
    fixes: ["Pick a type offered in the region (`aws ec2 describe-instance-type-offerings`) and matching the AMI architecture."],
    docs: DOCS.instanceTypeAz,
    confidence: 0.9
  },
  {
    id: "param.subnet-cidr",
    category: "invalid-parameter",
    match: /\bInvalidSubnet\.(?:Range|Conflict)\b|\bInvalidVpc\.Range\b|CIDR [\w./]+ conflicts with another subnet/i,
    codes: ["InvalidSubnet.Range", "InvalidSubnet.Conflict", "InvalidVpc.Range"],
    service: "ec2",
    priority: 86,
    summary: "The subnet CIDR is outside the VPC or overlaps another subnet ({code})",
    rootCause: "Subnet ranges must lie inside the VPC CIDR and must not overlap.",
    fixes: ["Compute subnets with `cidrsubnet(var.vpc_cidr, \u2026)` so they cannot overlap; check existing subnets of the VPC."],
    docs: DOCS.ec2Errors,
    confidence: 0.92
  },
  {
    id: "param.malformed-policy",
    category: "invalid-parameter",
    match: /\bMalformedPolicyDocument(?:Exception)?\b|Invalid principal in policy|\bInvalidPolicyDocument\b/,
    codes: ["MalformedPolicyDocument", "MalformedPolicyDocumentException", "InvalidPolicyDocument"],
    priority: 86,
    summary: "The policy document is invalid",
    rootCause: "A policy has a syntax error, an unknown action or condition key, or a principal that does not exist yet (a role created in the same apply, a deleted role).",
    fixes: ['Build policies with `data "aws_iam_policy_document"` and reference principals through their resources.', EDIT],
    docs: DOCS.policyEvaluation,
    confidence: 0.9
  },
  {
    id: "param.invalid-parameter-value",
    category: "invalid-parameter",
    match: [
      /\bInvalidParameter(?:Value|Combination)?(?:Exception)?\b/,
      /\bInvalidInput(?:Exception)?\b/,
      /\bValidationError\b/,
      /\bValidationException\b/,
      /\bInvalidRequest(?:Exception)?\b/,
      /\bBadRequestException\b/,
      /\bInvalidArgument(?:Exception)?\b/,
      /\bInvalid[A-Z][A-Za-z]*(?:Value|Parameter|Format|Configuration)\b/
    ],
    codes: [
      "InvalidParameterValue",
      "InvalidParameterValueException",
      "InvalidParameterCombination",
      "InvalidParameterException",
      "InvalidParameter",
      "InvalidInput",
      "ValidationError",
      "ValidationException",
      "InvalidRequest",
      "BadRequestException",
      "InvalidArgument"
    ],
    priority: 60,
    summary: "AWS rejected a parameter value ({code})",
    rootCause: "A value passed to the API is invalid for this resource, region or combination of settings (the message names it).",
    fixes: ["Fix the value the message names in {where}; check the resource documentation for allowed values."],
    docs: DOCS.providerConfig,
    confidence: 0.82
  },
  {
    id: "param.unsupported-operation",
    category: "invalid-parameter",
    match: [
      /\bUnsupported(?:Operation)?(?:Exception)?\b:/,
      /\bUnsupported -/,
      /\bUnsupportedOperation\b/,
      /\bOperationNotPermitted\b/,
      /\bInvalid(?:DBInstance|DBCluster|CacheCluster)State(?:Fault)?\b/
    ],
    codes: ["Unsupported", "UnsupportedOperation", "OperationNotPermitted", "InvalidDBInstanceState", "InvalidDBClusterStateFault"],
    priority: 55,
    summary: "The request is not supported in this configuration or state ({code})",
    rootCause: "The combination of settings, the region, or the current state of the resource does not allow the operation.",
    fixes: ["Check the values the message names; wait until the resource is available if it is being modified."],
    docs: DOCS.ec2Errors,
    confidence: 0.75
  }
];
const PROVIDER_CONFIG_RULES = [
  {
    id: "provider.plugin-crash",
    category: "provider-config",
    match: [/Plugin did not respond/, /plugin crashed!/i, /Stack trace from the terraform-provider-[\w-]+ plugin/, /\bpanic: /],
    priority: 80,
    summary: "The provider plugin crashed",
    rootCause: 'A bug in the provider (a panic), usually triggered by an unusual state or configuration; it is not caused by AWS. Other resources in the same run fail with "Plugin did not respond" as a consequence.',
    fixes: [
      "Upgrade the provider to the latest patch release (`terraform init -upgrade`) \u2014 many panics are fixed quickly \u2014 or pin the last version that worked.",
      "Search the provider issues for the first lines of the panic and report it with the stack trace if it is new.",
      "Run with `TF_LOG=debug` to find the resource that triggers it."
    ],
    docs: DOCS.debugging,
    confidence: 0.9
  },
  {
    id: "provider.inconsistent-result",
    category: "provider-config",
    match: [/Provider produced inconsistent (?:final plan|result after apply)/, /produced an unexpected new value/],
    priority: 78,
    summary: "The provider returned an inconsistent result (provider bug)",
    rootCause: "The provider\u2019s answer after apply did not match the plan \u2014 a provider bug, often with eventual consistency or computed values.",
    fixes: ["Re-run the apply (the resource usually exists now); upgrade the provider; report it if it persists."],
    docs: DOCS.debugging,
    confidence: 0.85
  },
  {
    id: "provider.backend-init",
    category: "provider-config",
    match: [
      /Backend (?:re)?initialization required/i,
      /Failed to load backend: Initialization required/i,
      /Backend configuration changed/i,
      /Initialization required\. Please see the error message above/i
    ],
    priority: 90,
    summary: "The backend must be (re)initialised with terraform init",
    rootCause: "The working directory was not initialised for the configured backend, or the backend settings changed since `terraform init`.",
    fixes: [
      "Run `terraform init` before plan/apply in the same job (a fresh CI checkout has no .terraform directory).",
      "After changing backend settings: `terraform init -reconfigure` (start fresh) or `terraform init -migrate-state` (copy the state)."
    ],
    docs: DOCS.backendInit,
    confidence: 0.95
  },
  {
    id: "provider.backend-config",
    category: "provider-config",
    match: [
      /error configuring S3 Backend/i,
      /Failed to get existing workspaces/i,
      /Error loading state:/i,
      /Error refreshing state: state data in S3 does not have the expected content/i,
      /Error inspecting states in the "\w+" backend/i
    ],
    priority: 85,
    summary: "Terraform could not use the state backend",
    rootCause: "The backend bucket/table/key, region or credentials are wrong, or the state object is missing or corrupted.",
    fixes: [
      "Check the backend block (bucket, key, region, dynamodb_table/use_lockfile) and that the credentials can read it.",
      "Run `terraform init -reconfigure`."
    ],
    docs: DOCS.backendInit,
    confidence: 0.85
  },
  {
    id: "provider.install",
    category: "provider-config",
    match: [
      /Failed to query available provider packages/,
      /Failed to install provider/,
      /Could not retrieve the list of available versions for provider/,
      /does not have a package available for your current platform/,
      /Incompatible provider version/,
      /no available releases match the given constraints/
    ],
    priority: 88,
    summary: "Terraform could not install the provider",
    rootCause: "The version constraints match no release (or conflict between modules), the platform has no build, or the registry is unreachable.",
    fixes: [
      "Check `required_providers` constraints of the root and all modules; `terraform providers` lists them.",
      "Run `terraform init -upgrade` after changing constraints; check network access to registry.terraform.io."
    ],
    docs: DOCS.lockFile,
    confidence: 0.9
  },
  {
    id: "provider.lock-file",
    category: "provider-config",
    match: [
      /Inconsistent dependency lock file/,
      /the locked version .* does not match/i,
      /Required plugins are not installed/,
      /provider registry\.terraform\.io\/[\w-]+\/[\w-]+: there is no package for/i,
      /checksums? (?:do|does) not match/i
    ],
    priority: 88,
    summary: "The dependency lock file does not match the installed providers",
    rootCause: ".terraform.lock.hcl lists other versions or platforms than those installed, or init was not run after a change.",
    fixes: [
      "Run `terraform init` (or `terraform init -upgrade` to move to newer versions) and commit .terraform.lock.hcl.",
      "For several platforms: `terraform providers lock -platform=linux_amd64 -platform=darwin_arm64`."
    ],
    docs: DOCS.lockFile,
    confidence: 0.9
  },
  {
    id: "provider.module-not-installed",
    category: "provider-config",
    match: [/Module not installed/, /Module source has changed/, /Failed to download module/, /module .* is not yet installed/i],
    priority: 86,
    summary: "A module is not installed",
    rootCause: "Modules are installed by `terraform init`; the source changed or init did not run.",
    fixes: ["Run `terraform init` (or `terraform get -update`)."],
    docs: DOCS.backendInit,
    confidence: 0.9
  },
  {
    id: "provider.invalid-config",
    category: "provider-config",
    match: [/Invalid provider configuration/, /requires explicit configuration/, /Provider configuration not present/],
    priority: 84,
    summary: "The provider is not configured",
    rootCause: "A provider block is missing or lacks required settings (e.g. region), or a module expects a provider alias that is not passed in.",
    fixes: [
      'Add a `provider "aws" { region = "\u2026" }` block to the root module, and pass aliased providers to modules with `providers = { \u2026 }`.'
    ],
    docs: DOCS.providerConfig,
    confidence: 0.9
  },
  {
    id: "provider.region",
    category: "provider-config",
    match: [
      /invalid AWS Region/i,
      /Invalid region/,
      /\bMissingRegion\b/,
      /could not find region configuration/i,
      /You must specify a region/i
    ],
    codes: ["MissingRegion"],
    priority: 86,
    summary: "The AWS region is missing or invalid",
    rootCause: "No region is set (provider block, AWS_REGION, profile), or the value is not a region name.",
    fixes: ["Set `region` in the provider block or AWS_REGION in the environment (e.g. us-east-1)."],
    docs: DOCS.providerConfig,
    confidence: 0.9
  },
  {
    id: "provider.profile",
    category: "provider-config",
    match: [
      /failed to get shared config profile/i,
      /config profile \([^)]+\) could not be found/i,
      /\bSharedConfigProfileNotExist\b/,
      /profile "[^"]+" not found/i
    ],
    priority: 86,
    summary: "The AWS profile does not exist on this machine",
    rootCause: "The provider or backend names a profile that is not in ~/.aws/config or ~/.aws/credentials (typical in CI).",
    fixes: ["Remove `profile` from the configuration for CI and provide credentials through the environment, or create the profile."],
    docs: DOCS.providerAuth,
    confidence: 0.9
  },
  {
    id: "provider.core-version",
    category: "provider-config",
    match: [/Unsupported Terraform Core version/, /required_version/],
    priority: 84,
    summary: "The Terraform version does not satisfy required_version",
    rootCause: "The configuration requires another Terraform CLI version than the one that ran.",
    fixes: ["Install the required version (e.g. `hashicorp/setup-terraform` with `terraform_version`), or relax `required_version`."],
    docs: DOCS.backendInit,
    confidence: 0.9
  }
];
const SYNTAX_RULES = [
  {
    id: "syntax.block-definition",
    category: "syntax",
    match: [
      /Argument or block definition required/,
      /Attribute or block definition required/,
      /Invalid block definition/,
      /Invalid single-argument block definition/,
      /A block definition must have block content/
    ],
    priority: 90,
    summary: "HCL syntax error: an argument or block is malformed",
    rootCause: "A stray character, a missing `=`, a brace on the wrong line or a multi-line expression broken in the wrong place.",
    fixes: ["Fix the syntax at {where}.", "Run `terraform fmt` \u2014 it fails on syntax errors and shows the line \u2014 and `terraform validate`."],
    docs: DOCS.syntax,
    confidence: 0.93
  },
  {
    id: "syntax.argument-name",
    category: "syntax",
    match: [
      /Invalid argument name/,
      /Argument names must not be quoted/,
      /Missing newline after argument/,
      /Missing item separator/,
      /Missing key\/value separator/,
      /Invalid multi-line string/
    ],
    priority: 90,
    summary: "HCL syntax error in an argument",
    rootCause: "Argument names are written unquoted, one per line, and list items need commas; configurations from Terraform 0.11 need `terraform 0.12upgrade`-style rewrites.",
    fixes: ["Fix the syntax at {where}; `terraform fmt` shows the first problem."],
    docs: DOCS.syntax,
    confidence: 0.93
  },
  {
    id: "syntax.unclosed",
    category: "syntax",
    match: [
      /Unclosed configuration block/,
      /Invalid character/,
      /Invalid expression/,
      /Unterminated template string/,
      /Invalid template interpolation value/,
      /Extra characters after/
    ],
    priority: 88,
    summary: "HCL syntax error: unclosed block or invalid expression",
    rootCause: "A brace, bracket or quote is not closed, or an expression contains an invalid character.",
    fixes: ["Fix the syntax at {where}; `terraform fmt` shows the first problem."],
    docs: DOCS.syntax,
    confidence: 0.9
  },
  {
    id: "syntax.reference",
    category: "syntax",
    match: [
      /Reference to undeclared (?:resource|input variable|local value|module)/,
      /Invalid reference/,
      /Unsupported attribute/,
      /This object does not have an attribute named/,
      /A managed resource "[^"]+" "[^"]+" has not been declared/
    ],
    priority: 86,
    summary: "The configuration refers to something that is not declared",
    rootCause: "A reference names a resource, variable, local, module output or attribute that does not exist (typo, removed, or renamed by a provider/module upgrade).",
    fixes: ["Fix the reference at {where}, or declare what it refers to.", VALIDATE],
    docs: DOCS.references,
    confidence: 0.9
  },
  {
    id: "syntax.function",
    category: "syntax",
    match: [
      /Call to unknown function/,
      /Invalid function argument/,
      /Error in function call/,
      /Not enough function arguments/,
      /Too many function arguments/
    ],
    priority: 85,
    summary: "A function call is invalid",
    rootCause: "The function does not exist in this Terraform version, or an argument has the wrong type or value.",
    fixes: ["Fix the call at {where}; check the function reference for this Terraform version."],
    docs: DOCS.functions,
    confidence: 0.9
  },
  {
    id: "syntax.duplicate",
    category: "syntax",
    match: [
      /Duplicate (?:resource|data|module call|variable declaration|output definition|local value definition|provider configuration)/,
      /Duplicate argument/,
      /Attribute redefined/
    ],
    priority: 86,
    summary: "Something is declared twice",
    rootCause: "Two blocks (often in different files) declare the same name.",
    fixes: ["Remove or rename one of the declarations (the message names both places)."],
    docs: DOCS.syntax,
    confidence: 0.92
  },
  {
    id: "syntax.count-for-each",
    category: "syntax",
    match: [
      /Invalid count argument/,
      /Invalid for_each argument/,
      /The "count" value depends on resource attributes that cannot be determined/,
      /Cycle: /
    ],
    priority: 84,
    summary: "count/for_each cannot be evaluated, or the dependencies form a cycle",
    rootCause: "count and for_each must be known at plan time; values computed during apply cannot drive them. A cycle means resources depend on each other.",
    fixes: [
      "Derive count/for_each from variables or known values (not resource ids), or apply the dependency first with `-target`.",
      "Break cycles by moving one of the references into a separate resource (e.g. a security group rule)."
    ],
    docs: DOCS.references,
    confidence: 0.88
  },
  {
    id: "syntax.variables",
    category: "syntax",
    match: [/No value for required variable/, /Value for undeclared variable/, /Invalid value for input variable/],
    priority: 82,
    summary: "An input variable is missing or invalid",
    rootCause: "A required variable has no value in this run (tfvars, -var, TF_VAR_\u2026), or a value is given for a variable that does not exist.",
    fixes: ["Pass the variable (`-var-file`, `-var`, or `TF_VAR_<name>` in CI), or give it a default."],
    docs: DOCS.references,
    confidence: 0.9
  }
];
const RETRY_PROVIDER = "Raise the provider\u2019s `max_retries` (aws provider) and lower Terraform\u2019s concurrency: `terraform apply -parallelism=4`.";
const QUOTA_REQUEST = "Request a quota increase: `aws service-quotas request-service-quota-increase --service-code {serviceCode} --quota-code <code> --desired-value <n>` (or the Service Quotas console).";
const THROTTLING_RULES = [
  {
    id: "throttle.request-limit-exceeded",
    category: "throttling",
    match: /\bRequestLimitExceeded\b|Request limit exceeded/i,
    codes: ["RequestLimitExceeded"],
    service: "ec2",
    priority: 80,
    summary: "EC2 throttled the API calls (RequestLimitExceeded)",
    rootCause: "Too many EC2 API calls in a short time from this account and region (all tools share the bucket).",
    fixes: [RETRY_PROVIDER, "Find other heavy API callers in CloudTrail (scanners, controllers) and spread them out."],
    docs: DOCS.ec2Throttling,
    confidence: 0.93
  },
  {
    id: "throttle.throttling",
    category: "throttling",
    match: [/\bThrottling(?:Exception)?\b/, /\bRate exceeded\b/i, /\bRequestThrottled(?:Exception)?\b/],
    codes: ["Throttling", "ThrottlingException", "RequestThrottled", "RequestThrottledException"],
    priority: 75,
    summary: "AWS throttled the API calls (rate exceeded)",
    rootCause: "The per-account API rate of the service was exceeded; the SDK retries, but gave up here.",
    fixes: [RETRY_PROVIDER, "Re-run: throttling is transient."],
    docs: DOCS.retries,
    confidence: 0.9
  },
  {
    id: "throttle.too-many-requests",
    category: "throttling",
    match: [/\bTooManyRequestsException\b/, /\b429 Too Many Requests\b/, /StatusCode: 429\b/],
    codes: ["TooManyRequestsException"],
    priority: 70,
    summary: 'The service answered "too many requests"',
    rootCause: "A per-account or per-resource request rate was exceeded (Lambda, API Gateway and others answer 429).",
    fixes: [RETRY_PROVIDER, "Re-run later; check the service quota for request rates."],
    docs: DOCS.retries,
    confidence: 0.85
  },
  {
    id: "throttle.s3-slow-down",
    category: "throttling",
    match: /\bSlowDown\b[:\s]|Please reduce your request rate/i,
    codes: ["SlowDown"],
    service: "s3",
    priority: 75,
    summary: "S3 asked to slow down",
    rootCause: "Too many requests to one S3 prefix in a short time.",
    fixes: ["Re-run; spread requests over prefixes; lower parallelism."],
    docs: DOCS.retries,
    confidence: 0.88
  },
  {
    id: "throttle.dynamodb-throughput",
    category: "throttling",
    match: /\bProvisionedThroughputExceededException\b/,
    codes: ["ProvisionedThroughputExceededException"],
    service: "dynamodb",
    priority: 75,
    summary: "The DynamoDB table ran out of provisioned throughput",
    rootCause: "Reads or writes exceeded the table\u2019s capacity (the state lock table included, if it is provisioned).",
    fixes: ['Use on-demand billing (`billing_mode = "PAY_PER_REQUEST"`) or raise the capacity.'],
    docs: DOCS.retries,
    confidence: 0.9
  },
  {
    id: "throttle.route53-prior-request",
    category: "throttling",
    match: /\bPriorRequestNotComplete\b/,
    codes: ["PriorRequestNotComplete"],
    service: "route53",
    priority: 75,
    summary: "Route 53 is still processing an earlier change",
    rootCause: "Route 53 accepts one change batch per hosted zone at a time; concurrent record changes collide.",
    fixes: ["Re-run; lower parallelism for many records in one zone."],
    docs: DOCS.retries,
    confidence: 0.88
  },
  {
    id: "throttle.retries-exhausted",
    category: "throttling",
    match: /max retry attempts exhausted|exceeded maximum number of attempts/i,
    priority: 30,
    summary: "The SDK gave up after its retries",
    rootCause: "A call kept failing with a retryable error (often throttling or network) until the retry budget ran out.",
    fixes: ["Look at the error the retries ended with (in the same message); raise `max_retries` and re-run."],
    docs: DOCS.retries,
    confidence: 0.6
  }
];
const QUOTA_RULES = [
  {
    id: "quota.vcpu",
    category: "quota-exceeded",
    match: [/\bVcpuLimitExceeded\b/, /more vCPU capacity than your current vCPU limit/i],
    codes: ["VcpuLimitExceeded"],
    service: "ec2",
    priority: 85,
    summary: "The On-Demand vCPU quota of the instance family is reached",
    rootCause: "EC2 limits running vCPUs per instance family and region; new accounts start low.",
    fixes: [
      'Request a higher "Running On-Demand \u2026 instances" quota (service code ec2) in Service Quotas.',
      "Use a smaller instance type, fewer instances, or another region."
    ],
    docs: DOCS.quotas,
    confidence: 0.95
  },
  {
    id: "quota.instance-limit",
    category: "quota-exceeded",
    match: [/\bInstanceLimitExceeded\b/, /\bMaxSpotInstanceCountExceeded\b/],
    codes: ["InstanceLimitExceeded", "MaxSpotInstanceCountExceeded"],
    service: "ec2",
    priority: 85,
    summary: "The instance quota is reached",
    rootCause: "The account may not run more instances of this kind in the region.",
    fixes: [QUOTA_REQUEST, "Terminate unused instances."],
    docs: DOCS.quotas,
    confidence: 0.93
  },
  {
    id: "quota.eip",
    category: "quota-exceeded",
    match: [/\bAddressLimitExceeded\b/, /maximum number of addresses has been reached/i],
    codes: ["AddressLimitExceeded"],
    service: "ec2",
    priority: 85,
    summary: "The Elastic IP quota of the region is reached (default 5)",
    rootCause: "Each NAT gateway and public-facing instance with an EIP takes an address; unused EIPs still count.",
    fixes: [
      'Release unused addresses: `aws ec2 describe-addresses --query "Addresses[?AssociationId==null]"` then `aws ec2 release-address --allocation-id \u2026`.',
      'Request a higher "EC2-VPC Elastic IPs" quota, or use one NAT gateway instead of one per AZ (`single_nat_gateway = true` in the VPC module).'
    ],
    docs: DOCS.eipLimit,
    confidence: 0.95
  },
  {
    id: "quota.vpc",
    category: "quota-exceeded",
    match: /\bVpcLimitExceeded\b|maximum number of VPCs has been reached/i,
    codes: ["VpcLimitExceeded"],
    service: "ec2",
    priority: 85,
    summary: "The VPC quota of the region is reached (default 5)",
    rootCause: "The region already has the maximum number of VPCs.",
    fixes: ['Delete unused VPCs or request a higher "VPCs per Region" quota.'],
    docs: DOCS.vpcQuotas,
    confidence: 0.95
  },
  {
    id: "quota.gateways",
    category: "quota-exceeded",
    match: /\b(?:NatGateway|InternetGateway|VpnGateway|CustomerGateway)LimitExceeded\b/,
    codes: ["NatGatewayLimitExceeded", "InternetGatewayLimitExceeded", "VpnGatewayLimitExceeded", "CustomerGatewayLimitExceeded"],
    service: "ec2",
    priority: 85,
    summary: "The gateway quota is reached ({code})",
    rootCause: "The region already has the maximum number of gateways of this kind.",
    fixes: ["Delete unused gateways or request a quota increase (service code vpc)."],
    docs: DOCS.vpcQuotas,
    confidence: 0.93
  },
  {
    id: "quota.security-groups",
    category: "quota-exceeded",
    match: /\b(?:RulesPerSecurityGroupLimitExceeded|SecurityGroupLimitExceeded|SecurityGroupsPerInstanceLimitExceeded|SecurityGroupsPerInterfaceLimitExceeded)\b/,
    codes: [
      "RulesPerSecurityGroupLimitExceeded",
      "SecurityGroupLimitExceeded",
      "SecurityGroupsPerInstanceLimitExceeded",
      "SecurityGroupsPerInterfaceLimitExceeded"
    ],
    service: "ec2",
    priority: 85,
    summary: "A security group quota is reached ({code})",
    rootCause: "Security groups have quotas on rules per group (60 per direction) and groups per interface (5).",
    fixes: ["Merge CIDRs into prefix lists, split rules over groups, or request a quota increase (service code vpc)."],
    docs: DOCS.vpcQuotas,
    confidence: 0.93
  },
  {
    id: "quota.network-interfaces",
    category: "quota-exceeded",
    match: /\bNetworkInterfaceLimitExceeded\b|\bRouteLimitExceeded\b|\bRouteTableLimitExceeded\b|\bSubnetLimitExceeded\b/,
    codes: ["NetworkInterfaceLimitExceeded", "RouteLimitExceeded", "RouteTableLimitExceeded", "SubnetLimitExceeded"],
    service: "ec2",
    priority: 85,
    summary: "A VPC quota is reached ({code})",
    rootCause: "The VPC or region reached a quota on interfaces, routes, route tables or subnets.",
    fixes: ["Clean up unused network objects or request a quota increase (service code vpc)."],
    docs: DOCS.vpcQuotas,
    confidence: 0.9
  },
  {
    id: "quota.volumes",
    category: "quota-exceeded",
    match: /\bVolumeLimitExceeded\b|\bMaxIOPSLimitExceeded\b|\bSnapshotLimitExceeded\b/,
    codes: ["VolumeLimitExceeded", "MaxIOPSLimitExceeded", "SnapshotLimitExceeded"],
    service: "ec2",
    priority: 85,
    summary: "An EBS quota is reached ({code})",
    rootCause: "Total EBS storage, IOPS or snapshots reached the account quota for the region.",
    fixes: ["Delete unused volumes/snapshots or request a quota increase (service code ebs)."],
    docs: DOCS.quotas,
    confidence: 0.9
  },
  {
    id: "quota.s3-buckets",
    category: "quota-exceeded",
    match: /\bTooManyBuckets\b/,
    codes: ["TooManyBuckets"],
    service: "s3",
    priority: 85,
    summary: "The account has reached its bucket quota",
    rootCause: "S3 limits the number of buckets per account.",
    fixes: ["Delete unused buckets or request a higher quota (service code s3)."],
    docs: DOCS.quotas,
    confidence: 0.93
  },
  {
    id: "quota.rds",
    category: "quota-exceeded",
    match: /\b(?:InstanceQuotaExceeded|StorageQuotaExceeded|DBClusterQuotaExceeded|SnapshotQuotaExceeded|DBSubnetGroupQuotaExceeded|DBParameterGroupQuotaExceeded)(?:Fault)?\b/,
    codes: [
      "InstanceQuotaExceeded",
      "StorageQuotaExceeded",
      "DBClusterQuotaExceededFault",
      "SnapshotQuotaExceeded",
      "DBSubnetGroupQuotaExceeded"
    ],
    service: "rds",
    priority: 85,
    summary: "An RDS quota is reached ({code})",
    rootCause: "RDS limits instances, clusters, storage and snapshots per account and region.",
    fixes: ["Delete unused databases/snapshots or request a quota increase (service code rds)."],
    docs: DOCS.quotas,
    confidence: 0.92
  },
  {
    id: "quota.service-quota-exceeded",
    category: "quota-exceeded",
    match: /\bServiceQuotaExceededException\b/,
    codes: ["ServiceQuotaExceededException"],
    priority: 80,
    summary: "A service quota is reached",
    rootCause: "The account reached a Service Quotas limit for this resource type.",
    fixes: [QUOTA_REQUEST, "Delete unused resources of this type."],
    docs: DOCS.quotas,
    confidence: 0.9
  },
  {
    id: "quota.limit-exceeded",
    category: "quota-exceeded",
    match: [/\bLimitExceeded(?:Exception)?\b/, /already consumed your [\w\s-]*quota/i, /\bQuotaExceeded\b/i],
    codes: ["LimitExceededException", "LimitExceeded", "QuotaExceeded"],
    priority: 65,
    summary: "A service limit is reached ({code})",
    rootCause: "The service refused to create more of this resource (or accept more requests) in the account and region.",
    fixes: [QUOTA_REQUEST, "Delete unused resources of this type, or deploy to another region."],
    docs: DOCS.quotas,
    confidence: 0.85
  },
  {
    id: "quota.maximum-reached",
    category: "quota-exceeded",
    match: /maximum number of [\w\s-]+ (?:has been|have been|is) reached|exceeds? the (?:maximum|limit) (?:number )?of/i,
    priority: 45,
    summary: "A maximum number of resources is reached",
    rootCause: "The account or resource reached a fixed or adjustable quota.",
    fixes: [QUOTA_REQUEST],
    docs: DOCS.quotas,
    confidence: 0.7
  }
];
const CAPACITY_RULES = [
  {
    id: "capacity.insufficient-instance",
    category: "capacity",
    match: [/\bInsufficientInstanceCapacity\b/, /do not have sufficient [\w.-]+ capacity/i, /\bInsufficientCapacity\b/],
    codes: ["InsufficientInstanceCapacity", "InsufficientCapacity"],
    service: "ec2",
    priority: 88,
    summary: "AWS has no {instanceType} capacity in {az} right now",
    rootCause: "The Availability Zone temporarily has no free capacity for this instance type. It is not a quota and not your configuration.",
    fixes: [
      "Retry later, or let AWS pick the AZ: use a subnet in one of the AZs the message suggests ({otherAzs}).",
      "Allow several instance types (Auto Scaling mixed instances policy / Karpenter / node group instance_types) so another type can be used.",
      "For steady needs, reserve capacity with an On-Demand Capacity Reservation."
    ],
    docs: DOCS.capacity,
    confidence: 0.95
  },
  {
    id: "capacity.insufficient-host",
    category: "capacity",
    match: /\bInsufficient(?:Host|ReservedInstance|Address|Cluster|DBInstance|StorageCluster|CacheCluster)Capacity(?:Fault)?\b/,
    codes: [
      "InsufficientHostCapacity",
      "InsufficientReservedInstanceCapacity",
      "InsufficientAddressCapacity",
      "InsufficientDBInstanceCapacity",
      "InsufficientCacheClusterCapacity"
    ],
    priority: 88,
    summary: "AWS has no capacity for this request ({code})",
    rootCause: "The region or AZ temporarily lacks capacity for the requested class or host.",
    fixes: ["Retry later, use another Availability Zone or another instance class."],
    docs: DOCS.capacity,
    confidence: 0.92
  },
  {
    id: "capacity.spot",
    category: "capacity",
    match: /capacity-not-available|\bUnfulfillableCapacity\b|no Spot capacity available|\bSpotMaxPriceTooLow\b/i,
    codes: ["UnfulfillableCapacity", "SpotMaxPriceTooLow"],
    service: "ec2",
    priority: 85,
    summary: "The Spot request could not be fulfilled",
    rootCause: "No Spot capacity (or not at the maximum price) for the chosen types and AZs.",
    fixes: ["Diversify instance types and AZs, use the capacity-optimized allocation strategy, or fall back to On-Demand."],
    docs: DOCS.capacity,
    confidence: 0.9
  },
  {
    id: "capacity.eks-az",
    category: "capacity",
    match: /\bUnsupportedAvailabilityZoneException\b/,
    codes: ["UnsupportedAvailabilityZoneException"],
    service: "eks",
    priority: 85,
    summary: "EKS cannot use one of the chosen Availability Zones",
    rootCause: "EKS has insufficient capacity (or no support) in one of the subnets\u2019 Availability Zones.",
    fixes: ["Use subnets in the Availability Zones the message lists."],
    docs: DOCS.capacity,
    confidence: 0.9
  }
];
const TIMEOUT_RULES = [
  {
    id: "timeout.waiting-for-state",
    category: "timeout",
    match: [
      /timeout while waiting for state to become/i,
      /timeout while waiting for resource to be gone/i,
      /exceeded max wait time for \w+ waiter/i,
      /waiting for [\w\s()-]+: timeout/i
    ],
    priority: 60,
    summary: "Timed out waiting for the resource to become ready (or to be deleted)",
    rootCause: "The resource did not reach the expected state within the provider\u2019s timeout. Slow services (EKS, RDS, CloudFront) can take longer; a deletion may be blocked by dependents (ENIs, attachments).",
    fixes: [
      'Raise the resource timeouts: `timeouts { create = "60m" delete = "60m" }` in {where}.',
      "Check the resource in the console for an error state (e.g. a failed health check or a dependency that blocks deletion), then re-run; import it if it was created."
    ],
    docs: DOCS.timeouts,
    confidence: 0.85
  },
  {
    id: "timeout.context-deadline",
    category: "timeout",
    match: [/context deadline exceeded/i, /timed out waiting for/i, /\bRequestTimeout(?:Exception)?\b/, /operation timed out/i],
    codes: ["RequestTimeout", "RequestTimeoutException"],
    priority: 50,
    summary: "An operation timed out",
    rootCause: "A wait or request exceeded its deadline \u2014 the resource was slow or stuck, or the network was slow.",
    fixes: ["Raise the timeout of the operation, check the resource\u2019s state, and re-run."],
    docs: DOCS.timeouts,
    confidence: 0.75
  },
  {
    id: "timeout.unexpected-state",
    category: "timeout",
    match: /unexpected state '[^']+', wanted target '[^']+'/i,
    priority: 45,
    summary: "The resource ended in an unexpected state while Terraform waited",
    rootCause: "The resource reached a failure state (e.g. FAILED) instead of the expected one; the cause is in the service\u2019s events.",
    fixes: ["Look at the resource\u2019s events/status reason in the console or CLI, fix that cause, and re-run."],
    docs: DOCS.timeouts,
    confidence: 0.6
  }
];
const NETWORK_RULES = [
  {
    id: "network.dns",
    category: "network",
    match: [
      /dial tcp: lookup [^\s]+(?: on [^\s]+)?:? (?:no such host|[\s\S]{0,80}i\/o timeout|server misbehaving)/i,
      /\bno such host\b/i,
      /\bENOTFOUND\b/,
      /getaddrinfo/i,
      /Temporary failure in name resolution/i
    ],
    priority: 75,
    summary: "The AWS endpoint name could not be resolved (DNS)",
    rootCause: "The runner\u2019s DNS resolver did not answer or does not know the endpoint (offline runner, broken resolver, VPN, wrong custom endpoint or region).",
    fixes: ["Check DNS on the runner (`nslookup sts.amazonaws.com`), custom endpoints (AWS_ENDPOINT_URL*) and the region name."],
    docs: DOCS.networkTroubleshooting,
    confidence: 0.88
  },
  {
    id: "network.dial",
    category: "network",
    match: [
      /dial tcp [^\s]*:? ?(?:i\/o timeout|connect: connection refused|connect: network is unreachable|connectex)/i,
      /dial tcp: i\/o timeout/i,
      /connection refused/i,
      /\bECONNREFUSED\b|\bETIMEDOUT\b|\bEHOSTUNREACH\b/,
      /A connection attempt failed because the connected party did not properly respond/i
    ],
    priority: 72,
    summary: "Terraform could not connect to the endpoint",
    rootCause: "The network path to the endpoint is blocked or down: no internet/NAT route from the runner, a proxy or firewall, a VPC endpoint missing, or a wrong custom endpoint.",
    fixes: [
      "Check outbound access from the runner to the endpoint (proxy settings HTTPS_PROXY/NO_PROXY, firewall, NAT).",
      "Self-hosted runners in private subnets need a NAT gateway or VPC endpoints for the AWS services used."
    ],
    docs: DOCS.networkTroubleshooting,
    confidence: 0.85
  },
  {
    id: "network.reset",
    category: "network",
    match: [/connection reset by peer/i, /\bECONNRESET\b/, /broken pipe/i, /unexpected EOF/i, /http2: server sent GOAWAY/i],
    priority: 70,
    summary: "The connection was cut during the request",
    rootCause: "A proxy, NAT or the remote end closed the connection mid-request; usually transient.",
    fixes: ["Re-run; if frequent, check proxies/NAT idle timeouts and raise `max_retries`."],
    docs: DOCS.retries,
    confidence: 0.82
  },
  {
    id: "network.tls",
    category: "network",
    match: [
      /x509: certificate/i,
      /TLS handshake timeout/i,
      /certificate signed by unknown authority/i,
      /SSL: CERTIFICATE_VERIFY_FAILED/i,
      /tls: failed to verify/i
    ],
    priority: 74,
    summary: "The TLS connection to the endpoint failed",
    rootCause: "A TLS-inspecting proxy uses a certificate the runner does not trust, or the connection is too slow to finish the handshake.",
    fixes: ["Add the proxy\u2019s CA to the system trust store (or AWS_CA_BUNDLE); check proxy settings."],
    docs: DOCS.networkTroubleshooting,
    confidence: 0.85
  },
  {
    id: "network.endpoint",
    category: "network",
    match: [/Could not connect to the endpoint URL/i, /EndpointConnectionError/, /\bUnknownEndpoint\b/, /Inaccessible host/i],
    codes: ["EndpointConnectionError", "UnknownEndpoint"],
    priority: 74,
    summary: "The AWS endpoint could not be reached",
    rootCause: "The service is not available in the region, the region name is wrong, or the network blocks the endpoint.",
    fixes: ["Check the region supports the service and the network path from the runner."],
    docs: DOCS.networkTroubleshooting,
    confidence: 0.85
  },
  {
    id: "network.request-error",
    category: "network",
    match: [
      /\bRequestError: send request failed/,
      /request send failed/i,
      /\bRequestCanceled\b/,
      /net\/http: request canceled/i,
      /Client\.Timeout exceeded/i
    ],
    codes: ["RequestError", "RequestCanceled"],
    priority: 68,
    summary: "The request to AWS did not go through",
    rootCause: 'The SDK could not send the request (DNS, connection, proxy or timeout); the "caused by" part names the network error.',
    fixes: ["Check network access from the runner to AWS (DNS, proxy, firewall, NAT) and re-run."],
    docs: DOCS.networkTroubleshooting,
    confidence: 0.85
  },
  {
    id: "network.provisioner",
    category: "network",
    match: /timeout - last error: [\s\S]{0,200}(?:dial tcp|i\/o timeout|connection refused|ssh: handshake failed)/i,
    priority: 76,
    summary: "The provisioner could not connect to the new machine",
    rootCause: "SSH/WinRM to the instance failed: security group, no public IP/route, wrong user or key, or the service is not up yet.",
    fixes: [
      "Open the port from the runner in the security group, give the instance a reachable address, or replace the provisioner with user_data / SSM."
    ],
    docs: DOCS.networkTroubleshooting,
    confidence: 0.85
  }
];
const DIAGNOSE_RULES = [
  ...ACCESS_RULES,
  ...AUTH_RULES,
  ...THROTTLING_RULES,
  ...QUOTA_RULES,
  ...CAPACITY_RULES,
  ...STATE_LOCK_RULES,
  ...ALREADY_EXISTS_RULES,
  ...NOT_FOUND_RULES,
  ...DEPENDENCY_RULES,
  ...INVALID_PARAMETER_RULES,
  ...PROVIDER_CONFIG_RULES,
  ...SYNTAX_RULES,
  ...TIMEOUT_RULES,
  ...NETWORK_RULES
];
function patternsOf(rule) {
  return Array.isArray(rule.match) ? rule.match : [rule.match];
}
const WRAPPER = /^(?:Error applying plan:?|Error running plan:?|Error refreshing state:?|Error: \d+ errors? occurred:?|\d+ errors?(?:\(s\))? occurred:?|Process completed with exit code \d+\.?|exit status \d+|Terraform exited with code \d+\.?|Script failed|Error 1|Terraform does not automatically rollback.*|)$/i;
const WRAPPER_WITH_COUNT = /^(?:Error: )?\d+ errors?(?:\(s\))? occurred:?$/i;
const MIN_PREAMBLE_PRIORITY = 40;
function bestRule(text, isPreamble) {
  let best = null;
  for (const rule of DIAGNOSE_RULES) {
    const priority = rule.priority ?? 50;
    if (isPreamble && priority < MIN_PREAMBLE_PRIORITY) continue;
    if (best && priority <= (best.priority ?? 50)) continue;
    if (patternsOf(rule).some((re) => re.test(text))) best = rule;
  }
  return best;
}
function iamStatementFor(denial) {
  if (!denial.action) return null;
  return { Effect: "Allow", Action: denial.action, Resource: denial.arn && denial.arn.startsWith("arn:") ? denial.arn : "*" };
}
function fill(template, f) {
  const statement = iamStatementFor(f.denial);
  const where = f.file ? `${f.file}:${f.line ?? 1}${f.resource ? ` (${f.resource})` : ""}` : f.resource ? `the configuration of ${f.resource}` : "the configuration";
  const change = providerChangeFor(resourceTypeOf(f.resource), f.details.argument);
  const values = {
    action: f.denial.action ?? "the call",
    actionNote: f.denial.action ? ` (${f.denial.action})` : "",
    arn: f.denial.arn ?? "the resource",
    resource: f.resource ?? "<address>",
    where,
    code: f.code ?? "error",
    lockId: f.details.lockId ?? "LOCK_ID",
    lockWho: f.details.lockWho ? ` (held by ${f.details.lockWho})` : "",
    instanceType: f.details.instanceType ?? "this instance type",
    az: f.details.az ?? "this Availability Zone",
    otherAzs: f.details.otherAzs ?? "the zones the message lists",
    argument: f.details.argument ? `"${f.details.argument}"` : "",
    serviceCode: f.service ?? "<service>",
    iamStatement: statement ? "`" + JSON.stringify(statement) + "`" : "an IAM statement allowing the action named in the error on the resource it names",
    providerChange: change ? `AWS provider v${change.version} changed "${change.argument === "*" ? f.details.argument : change.argument}" on ${change.type === "*" ? "resources" : change.type}: ${change.replacement}.` : ""
  };
  return template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? `{${k}}`).replace(/ +\.(\s|$)/g, ".$1");
}
function fingerprintOf(parts, message) {
  const msg = message.toLowerCase().replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, "<id>").replace(/\b(?=[a-z0-9]*\d)[a-z0-9]{12,}\b/g, "<id>").replace(/\d+/g, "<n>").replace(/\s+/g, " ").trim().slice(0, 300);
  return createHash("sha256").update([...parts.map((p) => p ?? ""), msg].join("\0")).digest("hex").slice(0, 16);
}
const oneLine = (s) => s.replace(/\s+/g, " ").trim();
function excerptOf(block) {
  const kept = block.lines.map((l) => l.trimEnd()).filter((l) => l.trim()).slice(0, 8);
  const indent = Math.min(...kept.map((l) => l.length - l.trimStart().length));
  const text = kept.map((l) => l.slice(indent)).join("\n");
  return text.length > 600 ? `${text.slice(0, 600)}\u2026` : text;
}
function messageOf(block, rule) {
  if (block.header && !WRAPPER.test(block.header.trim()) && !WRAPPER_WITH_COUNT.test(block.header.trim())) return oneLine(block.header);
  if (rule) {
    for (const line of block.lines) if (patternsOf(rule).some((re) => re.test(line))) return oneLine(line);
  }
  return oneLine(block.lines.find((l) => l.trim()) ?? "");
}
function classifyBlock(block, ctx) {
  if (block.kind === "warning") return null;
  const joined = block.lines.join(" ").replace(/\s+/g, " ");
  const isPreamble = block.kind === "preamble";
  const rule = bestRule(joined, isPreamble);
  if (!rule) {
    const header = (block.header ?? "").trim();
    if (isPreamble || WRAPPER.test(header) || WRAPPER_WITH_COUNT.test(header) || /^\d+ errors?(?:\(s\))? occurred/i.test(header))
      return null;
  }
  let resource = explicitAddress(block.lines)?.address ?? null;
  if (!resource && block.headerAddress) {
    resource = ctx.wrapperAddress && typeAndName(ctx.wrapperAddress) === typeAndName(block.headerAddress) && ctx.wrapperAddress.endsWith(block.headerAddress.replace(/^.*?((?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.)/, "$1")) ? ctx.wrapperAddress : block.headerAddress;
  }
  if (!resource) resource = blockAddress(block.lines)?.address ?? null;
  const fileLine = extractFileLine(block.lines);
  const code = extractCode(joined, rule?.codes ?? []);
  const service = extractService(joined, rule?.service, resourceTypeOf(resource));
  const denial = rule?.category === "access-denied" ? extractDenial(joined, service) : { action: null, arn: null, principal: null };
  const facts = {
    code,
    resource,
    file: fileLine?.file ?? null,
    line: fileLine?.line ?? null,
    service,
    denial,
    details: extractDetails(joined)
  };
  const message = messageOf(block, rule);
  if (!rule) {
    return {
      category: "unknown",
      errorCode: code,
      service,
      resource,
      file: facts.file,
      line: facts.line,
      summary: message.slice(0, 300),
      rootCause: "No rule in the catalogue recognises this error.",
      fixes: ["Read the full error text below; re-run with `TF_LOG=debug` for the provider\u2019s request and response."],
      confidence: 0.2,
      source: "rules",
      rule: null,
      docs: null,
      excerpt: excerptOf(block),
      fingerprint: fingerprintOf(["unknown", code, resource], message),
      occurrences: 1
    };
  }
  const fixes = rule.fixes.map((f) => fill(f, facts)).filter((f) => f.trim() !== "" && f.trim() !== ".");
  return {
    category: rule.category,
    errorCode: code,
    service,
    resource,
    file: facts.file,
    line: facts.line,
    summary: `${fill(rule.summary, facts).replace(/\s*\(\)/g, "")}: ${message}`.slice(0, 500),
    rootCause: fill(rule.rootCause, facts),
    fixes,
    confidence: rule.confidence,
    source: "rules",
    rule: rule.id,
    docs: rule.docs,
    excerpt: excerptOf(block),
    // The same rule on the same resource, place and action is the same error, whatever its wording.
    fingerprint: fingerprintOf([rule.id, resource, facts.file, String(facts.line ?? ""), denial.action], ""),
    occurrences: 1,
    ...rule.category === "access-denied" ? { iamStatement: iamStatementFor(denial) } : {}
  };
}
function wrapperAddressOf(block) {
  if (!block.headerAddress || !block.header) return null;
  const rest = block.lines.slice(1).join(" ").trim();
  return WRAPPER_WITH_COUNT.test(block.header.replace(/^Error:?\s*/, "")) && rest === "" ? block.headerAddress : null;
}
const MAX_LOG_CHARS = 2e6;
const HEAD_CHARS = 2e5;
const MAX_LINE_CHARS = 8e3;
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\uFFFD\[[0-9;]*m/g;
const GITHUB_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
const GITHUB_MARKER = /^##\[(?:error|warning|notice|debug|group|endgroup|command|section)\]/i;
const WORKFLOW_COMMAND = /^::(?:error|warning|notice|debug)(?: [^:]*)?::/;
const GITLAB_SECTION = /section_(?:start|end):\d+:[\w.-]+\r?/g;
function stripAnsi(text) {
  return text.replace(ANSI, "");
}
function expandEscapedNewlines(line) {
  const escapes = line.match(/\\n/g)?.length ?? 0;
  if (escapes < 2 || !/error/i.test(line)) return line;
  const SLASH = "\uF8FF";
  return line.split("\\\\").join(SLASH).replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/\\"/g, '"').split(SLASH).join("\\");
}
function cleanLog(raw) {
  const originalChars = raw.length;
  let text = raw;
  let truncated = false;
  if (text.length > MAX_LOG_CHARS) {
    text = `${text.slice(0, HEAD_CHARS)}
[\u2026 ${text.length - MAX_LOG_CHARS} characters left out \u2026]
${text.slice(text.length - (MAX_LOG_CHARS - HEAD_CHARS))}`;
    truncated = true;
  }
  text = stripAnsi(text).replace(GITLAB_SECTION, "");
  const out = [];
  for (let line of text.split("\n")) {
    line = line.replace(/\r$/, "");
    if (line.includes("\r")) line = line.slice(line.lastIndexOf("\r") + 1);
    line = line.replace(GITHUB_TIMESTAMP, "").replace(GITHUB_MARKER, "").replace(WORKFLOW_COMMAND, "");
    if (line.length > MAX_LINE_CHARS) line = `${line.slice(0, MAX_LINE_CHARS)} [\u2026]`;
    out.push(...expandEscapedNewlines(line).split("\n"));
  }
  return { text: out.join("\n"), truncated, originalChars };
}
function humanBlock(d) {
  const lines = [`Error: ${d.summary ?? ""}`.trimEnd(), ""];
  if (d.address) lines.push(`  with ${d.address},`);
  if (d.range?.filename) {
    const ctx = d.snippet?.context ? `, in ${d.snippet.context}` : "";
    lines.push(`  on ${d.range.filename} line ${d.range.start?.line ?? 0}${ctx}:`);
  }
  if (d.snippet?.code) lines.push(`  ${d.snippet.code.trim()}`);
  if (d.detail) lines.push("", d.detail);
  return lines.join("\n");
}
const isError = (d) => Boolean(d) && (d.severity ?? "error") === "error";
function jsonDiagnosticsToText(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
    try {
      const doc = JSON.parse(trimmed);
      if (Array.isArray(doc.diagnostics)) return doc.diagnostics.filter(isError).map(humanBlock).join("\n\n");
    } catch {
    }
  }
  let converted = 0;
  const out = [];
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t.startsWith("{") || !t.includes('"@level"')) {
      out.push(line);
      continue;
    }
    let entry;
    try {
      entry = JSON.parse(t);
    } catch {
      out.push(line);
      continue;
    }
    converted++;
    if (entry.diagnostic) {
      if (isError(entry.diagnostic)) out.push(humanBlock(entry.diagnostic), "");
    } else if (entry["@level"] === "error" && entry["@message"]) {
      out.push(entry["@message"], "");
    }
  }
  return converted ? out.join("\n") : null;
}
const ERROR_HEADER = /^(?:Error|ERROR)(?::\s*|\s+(?=[a-z])(?!message:))(.*)$/;
const WARNING_HEADER = /^Warning:\s/;
const PROGRESS = /^(?:Creating|Still |Refreshing state|Destroying|Destruction complete|Creation complete|Modifying|Modifications complete|Reading|Read complete|Provisioning with|Preparing import|Importing|Import complete|Drift detected)/;
const ADDRESS_BULLET = new RegExp(String.raw`^\*\s+(${ADDRESS})(?:\s*\((?:destroy|deposed[^)]*)\))?:\s*(.*)$`);
const ADDRESS_LINE = new RegExp(String.raw`^(${ADDRESS})(?:\s*\((?:destroy|deposed[^)]*)\))?:\s+(.*)$`);
function normalizeLine(raw) {
  let line = raw;
  const box = line.indexOf("\u2502");
  if (box >= 0) line = line.slice(box + 1);
  line = line.replace(/^[\s\u2577\u2575]+$/, "");
  line = line.replace(/^\s*(?:>\s?)+/, "");
  for (let i = 0; i < 3; i++) {
    const before = line;
    line = line.replace(/^\s*\[?\d{4}[-/]\d{2}[-/]\d{2}[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?\]?\s*/, "").replace(/^\s*\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\s+/, "").replace(/^.*?\blevel=(?:error|fatal|warn(?:ing)?|info|debug) msg="?/i, "").replace(/^\s*(?:ERROR|FATAL|WARN(?:ING)?|INFO|DEBUG)\b(?!:)\s+/, "").replace(/^\s*\[(?:ERROR|WARN|INFO|DEBUG|TRACE)\]\s*/, "").replace(/^[A-Za-z][\w .-]{0,40} \| /, "");
    if (line === before) break;
  }
  return line.replace(/\s+$/, "");
}
const isBoxOpen = (raw) => raw.trimEnd().endsWith("\u2577") && !raw.includes("\u2502");
function segment(text) {
  const blocks = [];
  let current = { kind: "preamble", header: null, headerAddress: null, lines: [], startLine: 1 };
  const start = (b, first) => {
    if (current.lines.some((l) => l.trim())) blocks.push(current);
    current = { ...b, lines: [first] };
  };
  const rawLines = text.split("\n");
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    if (isBoxOpen(raw)) {
      if (current.lines.some((l) => l.trim())) blocks.push(current);
      current = { kind: "preamble", header: null, headerAddress: null, lines: [], startLine: i + 2 };
      continue;
    }
    const line = normalizeLine(raw);
    const content = line.trimStart();
    let m;
    if (WARNING_HEADER.test(content)) {
      start({ kind: "warning", header: content, headerAddress: null, startLine: i + 1 }, line);
    } else if (m = ERROR_HEADER.exec(content.replace(/^\*\s+(?=Error\b)/, ""))) {
      const header = /^(?:Error|ERROR):/.test(m[0]) ? m[1] : m[0];
      start({ kind: "error", header: header.trim(), headerAddress: null, startLine: i + 1 }, line);
    } else if (m = ADDRESS_BULLET.exec(content)) {
      start({ kind: "error", header: m[2].trim(), headerAddress: normalizeAddress(m[1]), startLine: i + 1 }, line);
    } else if ((m = ADDRESS_LINE.exec(content)) && !PROGRESS.test(m[2])) {
      start(
        { kind: "error", header: m[2].replace(/^Error:?\s*/, "").trim(), headerAddress: normalizeAddress(m[1]), startLine: i + 1 },
        line
      );
    } else {
      if (!current.lines.length && current.kind === "preamble") current.startLine = i + 1;
      current.lines.push(line);
    }
  }
  if (current.lines.some((l) => l.trim())) blocks.push(current);
  return blocks;
}
const MAX_DIAGNOSES = 50;
function diagnoseText(raw, redactText = (t) => t) {
  const cleaned = cleanLog(raw);
  const text = redactText(jsonDiagnosticsToText(cleaned.text) ?? cleaned.text);
  const blocks = segment(text);
  const found = [];
  const byPrint = /* @__PURE__ */ new Map();
  let wrapperAddress = null;
  for (const block of blocks) {
    const wrapper = wrapperAddressOf(block);
    if (wrapper) {
      wrapperAddress = wrapper;
      continue;
    }
    const d = classifyBlock(block, { wrapperAddress });
    wrapperAddress = null;
    if (!d) continue;
    const seen = byPrint.get(d.fingerprint);
    if (seen) {
      seen.occurrences++;
      seen.errorCode ??= d.errorCode;
      seen.service ??= d.service;
      continue;
    }
    byPrint.set(d.fingerprint, d);
    found.push(d);
  }
  const rank = (d) => CATEGORY_ORDER.indexOf(d.category);
  const ordered = found.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i);
  return {
    diagnoses: ordered.slice(0, MAX_DIAGNOSES).map((x) => x.d),
    truncated: cleaned.truncated,
    chars: cleaned.originalChars,
    blocks: blocks.length
  };
}
const MAX_LOG_BYTES = 8 * 1024 * 1024;
async function readLogFile(path, maxBytes = MAX_LOG_BYTES) {
  const info = await stat(path).catch((e) => {
    throw new InputError(`cannot read the log ${path}: ${e.code === "ENOENT" ? "no such file" : e.message}`, { file: path });
  });
  if (!info.isFile()) throw new InputError(`the log ${path} is not a file`, { file: path });
  const length = Math.min(info.size, maxBytes);
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, info.size - length);
    return { text: buf.toString("utf8"), source: path, bytes: info.size, clipped: info.size > maxBytes };
  } finally {
    await handle.close();
  }
}
async function readLogStream(stream, maxBytes = MAX_LOG_BYTES) {
  const chunks = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(b);
    kept += b.length;
    total += b.length;
    while (kept - chunks[0].length >= maxBytes) kept -= chunks.shift().length;
  }
  let buf = Buffer.concat(chunks);
  if (buf.length > maxBytes) buf = buf.subarray(buf.length - maxBytes);
  return { text: buf.toString("utf8"), source: "stdin", bytes: total, clipped: total > maxBytes };
}
function findResource(loaded, address) {
  const wanted = addressWithoutIndex(address);
  const exact = loaded.resources.find((r) => addressWithoutIndex(r.address) === wanted);
  if (exact) return exact;
  const tn = typeAndName(address);
  const candidates = loaded.resources.filter((r) => typeAndName(r.address) === tn);
  const declared = new Set(candidates.map((r) => `${r.pos.file}:${r.pos.line}`));
  return declared.size === 1 ? candidates[0] : void 0;
}
function argumentName(d) {
  return /An argument named "([^"]+)"/.exec(d.excerpt)?.[1] ?? null;
}
function locateInRepository(diagnoses, loaded) {
  let located = 0;
  const files = new Set(loaded.files.map((f) => posix.normalize(f)));
  for (const d of diagnoses) {
    let where = null;
    let what = "";
    const resource = d.resource && !d.resource.startsWith("module.") ? findResource(loaded, d.resource) : void 0;
    if (resource) {
      const arg = argumentName(d);
      where = arg && resource.attributePos?.[arg] || resource.pos;
      what = `\`${resource.address.replace(/\[[^\]]*\]$/, "")}\``;
    } else if (d.file && files.has(posix.normalize(d.file)) && d.line) {
      where = { file: posix.normalize(d.file), line: d.line };
      what = "the code";
    }
    if (!where) {
      d.location = null;
      continue;
    }
    d.location = { file: where.file, line: where.line };
    located++;
    d.fixes.unshift(`In this repository: ${what} is declared at ${where.file}:${where.line} \u2014 apply the fix there.`);
  }
  return located;
}
async function readInput(ctx, deps) {
  const { settings, step } = ctx;
  if (settings.logFile) return step("diagnose.read-log", () => readLogFile(settings.logFile), { dependency: "fs", attempts: 1 });
  const stdin = deps.stdin ?? process.stdin;
  if (stdin.isTTY) throw new InputError("no log to diagnose: give --log FILE or pipe the log on stdin");
  return step("diagnose.read-stdin", () => readLogStream(stdin), { dependency: "fs", attempts: 1 });
}
async function hasTerraform(dir) {
  const names = await readdir(dir).catch(() => []);
  return names.some((n) => /\.tf(\.json)?$/.test(n));
}
async function runDiagnose(ctx, deps = {}) {
  const { settings, step, log } = ctx;
  const input = await readInput(ctx, deps);
  if (!input.text.trim())
    throw new InputError(`the log ${input.source === "stdin" ? "on stdin" : input.source} is empty`, { file: input.source });
  const known = Object.values(settings.ai.keys).filter((k) => Boolean(k));
  let redactions = 0;
  const redactText = (t) => {
    const r = redact(t, { known });
    redactions += redactionTotal(r.counts);
    return r.text;
  };
  const result = await step("diagnose.classify", () => diagnoseText(input.text, redactText));
  const diagnoses = result.diagnoses;
  log.info(`diagnose: ${diagnoses.length} distinct error(s) in ${input.bytes} bytes of log`);
  let located = 0;
  if (diagnoses.length && await hasTerraform(settings.dir)) {
    const loaded = await step(
      "diagnose.load-terraform",
      () => loadTerraform(settings.dir, { varFiles: settings.varFiles, vars: settings.vars }),
      {
        dependency: "fs",
        attempts: 1,
        fallback: () => void 0,
        strategy: "diagnose-without-code"
      }
    );
    if (loaded) located = locateInRepository(diagnoses, loaded);
  }
  let llm;
  if (settings.ai.enabled && diagnoses.length) {
    const ai = createLlm(settings.ai, { step, log });
    if (ai.enabled) {
      const outcome = await explainDiagnoses(ai, diagnoses);
      if (outcome.rejectedFixes) ai.note(`diagnose: ${outcome.rejectedFixes} AI fix suggestion(s) rejected as unsafe`);
      llm = ai.metrics();
    }
  }
  const byCategory = {};
  for (const d of diagnoses) byCategory[d.category] = (byCategory[d.category] ?? 0) + 1;
  return {
    schemaVersion: 1,
    command: "diagnose",
    diagnoses,
    log: {
      source: input.source,
      bytes: input.bytes,
      lines: input.text.split("\n").length,
      truncated: input.clipped || result.truncated,
      redactions
    },
    summary: { total: diagnoses.length, byCategory, located },
    ...llm ? { llm } : {},
    errors: emptyErrorReport()
  };
}
const diagnose = {
  name: "diagnose",
  usage: "diagnose [DIR] [--log FILE]",
  summary: "root cause and fixes for a failed Terraform / AWS run",
  available: true,
  formats: ["markdown", "json", "sarif"],
  run: (ctx) => runDiagnose(ctx),
  renderMarkdown: (r) => renderDiagnoseMarkdown(r),
  renderSarif: (r) => renderDiagnoseSarif(r, VERSION)
};
export { diagnose as default, runDiagnose };
