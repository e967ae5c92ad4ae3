import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { t as tableCell } from './markdown-Xcqzlf9y.js';
import { r as renderSarifLog } from './sarif-BXmOeiQs.js';
import { d as driftFiles } from './pull-request-D62mwMlM.js';
import { readFile, stat } from 'node:fs/promises';
import { join as join$1, relative } from 'node:path';
import { f as forModel, A as AwsReader } from './client-CMzOGWPg.js';
import { I as InputError, S as SEVERITIES, a as InframateError } from './errors-D-4Njnnn.js';
import { c as createLlm } from './index-C6oWUUQP.js';
import { e as emptyErrorReport } from './report-Dz-f4dSo.js';
import { l as loadTerraform } from './load-CM2Ct550.js';
import { f as fenceUntrusted, U as UNTRUSTED_DATA_RULES } from './untrusted-4Ho-zrfl.js';
import { o as object, a as array, s as string } from './schemas-CUcVUsYh.js';
import { createHash } from 'node:crypto';
import './version-hdNxK8dq.js';
import 'node:fs';
import './index-CZcDDwPZ.js';
import 'process';
import 'buffer';

const show$1 = (v) => tableCell(typeof v === "string" ? v : JSON.stringify(v ?? null), { max: 80 });
const ICON = { critical: "\u{1F534}", high: "\u{1F7E0}", medium: "\u{1F7E1}", low: "\u26AA" };
function renderDriftMarkdown(r) {
  const out = ["# Inframate drift", ""];
  const s = r.summary;
  const sources = [
    r.inputs.plan && `plan \`${r.inputs.plan}\``,
    r.inputs.state && `state \`${r.inputs.state}\``,
    r.inputs.live && `live scan of ${r.inputs.live.region}`
  ].filter(Boolean).join(", ");
  out.push(sources ? `Compared: ${sources}.` : "", "");
  if (s.total === 0) {
    out.push("**No drift**: the cloud matches what Terraform recorded.");
    if (s.pendingChanges) out.push("", `${s.pendingChanges} planned change(s) are code not yet applied, not drift.`);
  } else {
    out.push(
      `**${s.total} drifted resource(s)**: ${s.modified} modified, ${s.missing} missing, ${s.unmanaged} unmanaged, ${s.replaced} to be replaced` + (s.pendingChanges ? `; ${s.pendingChanges} planned change(s) are code not yet applied.` : "."),
      "",
      "| severity | resource | drift | why |",
      "|---|---|---|---|",
      ...r.driftItems.map(
        (i) => `| ${ICON[i.severity]} ${i.severity} | \`${tableCell(i.address)}\`${i.previousAddress ? ` (was \`${tableCell(i.previousAddress)}\`)` : ""} | ${i.driftType} | ${tableCell(i.severityReason)} |`
      ),
      ""
    );
    for (const i of r.driftItems.filter((x) => x.differences.length)) {
      out.push(`### \`${i.address}\``, "", "| path | expected (Terraform) | actual (cloud) |", "|---|---|---|");
      for (const d of i.differences.slice(0, 50)) out.push(`| \`${tableCell(d.path)}\` | ${show$1(d.expected)} | ${show$1(d.actual)} |`);
      if (i.differences.length > 50) out.push(`| \u2026 | ${i.differences.length - 50} more | |`);
      out.push("");
    }
  }
  if (r.ai) out.push("## Explanation (AI)", "", r.ai.explanation, "", ...r.ai.priorities.map((p) => `- ${p}`), "");
  if (r.recoveryPlan.steps.length) {
    out.push("## Recovery plan", "", "_Every step needs a person to approve it: Inframate never changes the cloud._", "");
    for (const st of r.recoveryPlan.steps) {
      out.push(
        `${st.order}. **${st.action}** ${st.addresses.length <= 3 ? st.addresses.map((a) => `\`${a}\``).join(", ") : `${st.addresses.length} resources`} (risk: ${st.risk})`
      );
      out.push(`   - ${st.rationale}`);
      out.push("   - command:", "", "     ```sh", `     ${st.command}`, "     ```", "");
      if (st.changes?.length)
        out.push(
          `   - changes: ${st.changes.slice(0, 10).map((c) => `\`${c}\``).join(", ")}${st.changes.length > 10 ? ", \u2026" : ""}`
        );
      if (st.patch)
        out.push(
          `   - code: \`${st.patch.file}${st.patch.line ? `:${st.patch.line}` : ""}\``,
          "",
          "     ```diff",
          ...st.patch.diff.split("\n").map((l) => `     ${l}`),
          "     ```",
          ""
        );
      out.push(`   - rollback: ${st.rollback}`);
    }
    out.push("");
  }
  const denied = (r.awsCalls ?? []).filter((c) => c.status === "denied");
  if (r.awsCalls?.length) out.push(`AWS calls: ${r.awsCalls.length} (${denied.length} refused by the read-only allow-list).`, "");
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
const RULES = {
  modified: {
    id: "drift-modified",
    title: "Resource changed outside Terraform",
    description: "The resource in the cloud no longer matches the Terraform state.",
    remediation: "Revert it with terraform apply, or accept the change into the code (see the recovery plan).",
    severity: "medium",
    aliases: ["drift"]
  },
  missing: {
    id: "drift-missing",
    title: "Resource missing from the cloud",
    description: "The resource is in the Terraform state but no longer exists.",
    remediation: "Re-create it with terraform apply, or remove it from the code and the state.",
    severity: "high",
    aliases: ["drift"]
  },
  unmanaged: {
    id: "drift-unmanaged",
    title: "Unmanaged resource tagged for the project",
    description: "The resource carries the project tags but no Terraform state describes it.",
    remediation: "Adopt it with an import block, or delete it.",
    severity: "low",
    aliases: ["drift"]
  },
  replaced: {
    id: "drift-replaced",
    title: "Resource will be replaced",
    description: "The next apply destroys and re-creates this resource.",
    remediation: "Review the replacement and take a backup first.",
    severity: "high",
    aliases: ["drift"]
  }
};
function renderDriftSarif(r, fallbackFile) {
  return renderSarifLog(
    Object.values(RULES),
    r.driftItems.map((i) => ({
      ruleId: RULES[i.driftType].id,
      severity: i.severity,
      message: `${i.driftType}: ${i.differences.length ? i.differences.slice(0, 5).map((d) => `${d.path} ${show$1(d.expected)} \u2192 ${show$1(d.actual)}`).join("; ") : i.severityReason}`,
      file: i.location?.file ?? fallbackFile,
      line: i.location?.line ?? 1,
      resource: i.address
    }))
  );
}

const ExplanationSchema = object({
  explanation: string().max(4e3),
  priorities: array(string().max(400)).max(10)
});
const SYSTEM = [
  "You explain infrastructure drift found by a deterministic scanner: resources changed outside Terraform, missing, unmanaged, or about to be replaced.",
  "Explain in plain words what probably happened and what to do first. Do not invent resources or changes; refer only to the addresses given.",
  "Never suggest disabling security controls. Values shown as (sensitive) or [REDACTED:\u2026] are hidden on purpose: do not guess them.",
  UNTRUSTED_DATA_RULES
].join("\n");
async function explainDrift(llm, items) {
  const data = items.slice(0, 30).map((i) => ({
    address: i.address,
    driftType: i.driftType,
    severity: i.severity,
    why: i.severityReason,
    differences: i.differences.slice(0, 10)
  }));
  const fenced = fenceUntrusted("drift", forModel(data, { maxChars: 1e4 }));
  const reply = await llm.generateStructured({
    task: "drift-explain",
    system: SYSTEM,
    user: `The drift found (between the tags ${fenced.tag}):
${fenced.text}

Reply with an explanation and up to 10 priorities.`,
    schema: ExplanationSchema,
    maxOutputTokens: 2048
  });
  if (!reply) return void 0;
  return { explanation: reply.value.explanation.trim(), priorities: reply.value.priorities.map((p) => p.trim()).filter(Boolean) };
}

const isObject$1 = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function jsonErrorAt(text, error) {
  const message = String(error?.message ?? error);
  const short = message.replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, "").replace(/ in JSON at position \d+.*$/, "");
  let offset;
  const pos = /position (\d+)/.exec(message);
  if (pos) offset = Number(pos[1]);
  else if (/Unexpected end of JSON input/.test(message)) offset = text.length;
  else {
    const m = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
    if (m) {
      const snippet = m[3];
      const at = text.indexOf(snippet);
      if (at >= 0) {
        const rel = snippet.indexOf(m[1], m[2] ? Math.min(10, snippet.length - 1) : 0);
        offset = at + Math.max(0, rel);
      }
    }
  }
  if (offset === void 0) return short;
  const upTo = text.slice(0, offset);
  const line = upTo.split("\n").length;
  return `line ${line}, column ${offset - upTo.lastIndexOf("\n")}: ${short}`;
}
function parseDriftInput(file, text) {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") throw new InputError(`the file is empty`, { file });
  if (text.startsWith("PK")) {
    throw new InputError(`this is a binary plan file; convert it first: terraform show -json ${file} > plan.json (then --plan plan.json)`, {
      file
    });
  }
  if (trimmed.startsWith('{"@level"') || /^\{[^\n]*"@message"[^\n]*\}\s*\n\s*\{/.test(trimmed)) return parsePlanLog(file, trimmed);
  let doc;
  try {
    doc = JSON.parse(trimmed);
  } catch (error) {
    throw new InputError(`not valid JSON (${jsonErrorAt(trimmed, error)})`, { file });
  }
  if (!isObject$1(doc)) throw new InputError(`expected a JSON object (a plan, a state or a plan log)`, { file });
  if ("plan_format_version" in doc) {
    throw new InputError(
      `this is a Terraform Cloud / HCP Terraform redacted plan (plan_format_version ${String(doc.plan_format_version)}), the API form whose values may be redacted. Run \`terraform show -json PLANFILE\` where the plan was made (or download the JSON execution plan, /plans/:id/json-output) and pass that file.`,
      { file }
    );
  }
  if ("format_version" in doc && ("resource_changes" in doc || "resource_drift" in doc || "planned_values" in doc || "prior_state" in doc)) {
    const version = String(doc.format_version);
    if (!/^1\.\d+$/.test(version)) {
      throw new InputError(`unsupported plan format_version "${version}" (inframate reads format 1.x from terraform show -json)`, { file });
    }
    for (const key of ["resource_drift", "resource_changes"]) {
      const list = doc[key];
      if (list !== void 0 && !Array.isArray(list)) throw new InputError(`"${key}" must be a list`, { file });
      list?.forEach((c, i) => {
        if (!isObject$1(c) || typeof c.address !== "string" || typeof c.type !== "string" || !isObject$1(c.change) || !Array.isArray(c.change.actions)) {
          throw new InputError(`${key}[${i}] is not a resource change (address, type, change.actions)`, { file });
        }
      });
    }
    const plan = doc;
    return { kind: "plan", file, plan, refreshOnly: !("resource_changes" in doc) };
  }
  if ("format_version" in doc && isObject$1(doc.values)) {
    return { kind: "state-json", file, values: doc.values.root_module ?? {} };
  }
  if ("version" in doc && ("resources" in doc || "modules" in doc || "lineage" in doc)) {
    if (doc.version !== 4) {
      throw new InputError(
        `state version ${String(doc.version)} is not supported (inframate reads version 4, written by Terraform 0.12 and later; run terraform state pull with a current Terraform to upgrade it)`,
        { file }
      );
    }
    const resources = doc.resources ?? [];
    if (!Array.isArray(resources)) throw new InputError(`"resources" must be a list`, { file });
    resources.forEach((r, i) => {
      if (!isObject$1(r) || typeof r.type !== "string" || typeof r.name !== "string" || !Array.isArray(r.instances)) {
        throw new InputError(`resources[${i}] is not a state resource (type, name, instances)`, { file });
      }
    });
    return { kind: "state", file, state: { ...doc, resources } };
  }
  throw new InputError(
    `not a Terraform plan, state or plan log (expected terraform show -json output with format_version, a v4 state, or terraform plan -json lines)`,
    { file }
  );
}
function parsePlanLog(file, text) {
  const events = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let ev;
    try {
      ev = JSON.parse(line);
    } catch (error) {
      throw new InputError(`line ${i + 1} is not a JSON log line (${error.message})`, { file, line: i + 1 });
    }
    if (!isObject$1(ev) || typeof ev.type !== "string")
      throw new InputError(`line ${i + 1} has no "type" (not a terraform -json log)`, { file, line: i + 1 });
    events.push(ev);
  });
  return { kind: "plan-log", file, events };
}

const SENSITIVE_MASK = "(sensitive)";
const UNKNOWN_VALUE = "(known after apply)";

const MAX_DIFFERENCES = 200;
const isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function child(tree, key) {
  if (tree === true) return true;
  if (Array.isArray(tree) && typeof key === "number") return tree[key];
  if (isObject(tree)) return tree[String(key)];
  return void 0;
}
const join = (path, key) => typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
function diffValues(expected, actual, opts = {}) {
  const out = [];
  const walk = (e, a, path, es, as, au) => {
    if (out.length >= MAX_DIFFERENCES) return;
    const sensitive = es === true || as === true;
    if (au === true) {
      out.push({ path, expected: sensitive ? SENSITIVE_MASK : e, actual: UNKNOWN_VALUE, ...sensitive ? { sensitive } : {} });
      return;
    }
    if (isObject(e) && isObject(a)) {
      for (const key of /* @__PURE__ */ new Set([...Object.keys(e), ...Object.keys(a)])) {
        if (!path && opts.ignore?.has(key)) continue;
        walk(e[key], a[key], join(path, key), child(es, key), child(as, key), child(au, key));
      }
      return;
    }
    if (Array.isArray(e) && Array.isArray(a) && e.length === a.length && e.some((x) => isObject(x) || Array.isArray(x))) {
      e.forEach((x, i) => walk(x, a[i], join(path, i), child(es, i), child(as, i), child(au, i)));
      return;
    }
    if (same(e, a)) return;
    if (sensitive || containsSensitive(es) || containsSensitive(as)) {
      out.push({ path: path || "(value)", expected: SENSITIVE_MASK, actual: SENSITIVE_MASK, sensitive: true });
      return;
    }
    out.push({ path: path || "(value)", expected: e ?? null, actual: a ?? null });
  };
  walk(expected, actual, "", opts.expectedSensitive, opts.actualSensitive, opts.actualUnknown);
  return out;
}
function same(a, b) {
  const empty = (v) => v === null || v === void 0 || v === "" || Array.isArray(v) && v.length === 0 || isObject(v) && Object.keys(v).length === 0;
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
function containsSensitive(tree) {
  if (tree === true) return true;
  if (Array.isArray(tree)) return tree.some(containsSensitive);
  if (isObject(tree)) return Object.values(tree).some(containsSensitive);
  return false;
}
function maskValue(value, sensitive) {
  if (sensitive === true) return SENSITIVE_MASK;
  if (Array.isArray(value)) return value.map((v, i) => maskValue(v, child(sensitive, i)));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v, child(sensitive, k))]));
  return value;
}
function sensitiveTreeFromPaths(paths) {
  if (!Array.isArray(paths) || paths.length === 0) return void 0;
  const root = {};
  for (const p of paths) {
    const steps = Array.isArray(p) ? p : [];
    if (steps.length === 0) return true;
    let node = root;
    steps.forEach((s, i) => {
      const key = s.type === "index" && isObject(s.value) ? String(s.value.value) : String(s.value);
      if (i === steps.length - 1) node[key] = true;
      else {
        if (node[key] === true) return;
        node[key] = isObject(node[key]) ? node[key] : {};
        node = node[key];
      }
    });
  }
  return toArrays(root);
}
function toArrays(tree) {
  return tree;
}

const ABSENT_OK = { allowNotFound: true };
const tagsOf = (list, k = "Key", v = "Value") => Object.fromEntries((list ?? []).map((t) => [t[k], t[v]]));
const afterSlash = (arn) => arn.slice(arn.indexOf("/") + 1);
const afterColon = (arn) => arn.split(":").slice(6).join(":") || arn.split(":").pop();
const str = (v) => v === void 0 || v === null ? void 0 : String(v);
const LIVE_READERS = [
  {
    tfType: "aws_vpc",
    arnType: "ec2:vpc",
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call({ service: "ec2", operation: "DescribeVpcs", params: { VpcIds: [s.id] } }, ABSENT_OK);
      const v = out?.Vpcs?.[0];
      return v && { cidr_block: v.CidrBlock, instance_tenancy: v.InstanceTenancy, tags: tagsOf(v.Tags) };
    }
  },
  {
    tfType: "aws_subnet",
    arnType: "ec2:subnet",
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call(
        { service: "ec2", operation: "DescribeSubnets", params: { SubnetIds: [s.id] } },
        ABSENT_OK
      );
      const v = out?.Subnets?.[0];
      return v && {
        cidr_block: v.CidrBlock,
        availability_zone: v.AvailabilityZone,
        vpc_id: v.VpcId,
        map_public_ip_on_launch: v.MapPublicIpOnLaunch,
        tags: tagsOf(v.Tags)
      };
    }
  },
  {
    tfType: "aws_security_group",
    arnType: "ec2:security-group",
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call(
        { service: "ec2", operation: "DescribeSecurityGroups", params: { GroupIds: [s.id] } },
        ABSENT_OK
      );
      const v = out?.SecurityGroups?.[0];
      if (!v) return void 0;
      const rules = (perms) => (perms ?? []).map((p) => ({
        from_port: p.FromPort ?? 0,
        to_port: p.ToPort ?? 0,
        protocol: p.IpProtocol,
        cidr_blocks: (p.IpRanges ?? []).map((r) => r.CidrIp).sort()
      })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      return {
        name: v.GroupName,
        description: v.Description,
        vpc_id: v.VpcId,
        ingress: rules(v.IpPermissions),
        egress: rules(v.IpPermissionsEgress),
        tags: tagsOf(v.Tags)
      };
    }
  },
  {
    tfType: "aws_instance",
    arnType: "ec2:instance",
    importId: afterSlash,
    async read(aws, s) {
      const out = await aws.call(
        { service: "ec2", operation: "DescribeInstances", params: { InstanceIds: [s.id] } },
        ABSENT_OK
      );
      const v = out?.Reservations?.[0]?.Instances?.[0];
      if (!v || v.State?.Name === "terminated") return void 0;
      return {
        ami: v.ImageId,
        instance_type: v.InstanceType,
        subnet_id: v.SubnetId,
        vpc_security_group_ids: (v.SecurityGroups ?? []).map((g) => g.GroupId).sort(),
        tags: tagsOf(v.Tags)
      };
    }
  },
  {
    tfType: "aws_ecs_service",
    arnType: "ecs:service",
    importId: (arn) => afterSlash(arn),
    async read(aws, s) {
      const cluster = str(s.cluster) ?? "default";
      const out = await aws.call({
        service: "ecs",
        operation: "DescribeServices",
        params: { cluster, services: [s.name ?? s.id] }
      });
      const v = out.services?.[0];
      if (!v || v.status === "INACTIVE") return void 0;
      return { desired_count: v.desiredCount, task_definition: v.taskDefinition, launch_type: v.launchType };
    }
  },
  {
    tfType: "aws_db_instance",
    arnType: "rds:db",
    importId: afterColon,
    async read(aws, s) {
      const out = await aws.call(
        { service: "rds", operation: "DescribeDBInstances", params: { DBInstanceIdentifier: s.identifier ?? s.id } },
        ABSENT_OK
      );
      const v = out?.DBInstances?.[0];
      return v && {
        instance_class: v.DBInstanceClass,
        engine: v.Engine,
        engine_version: v.EngineVersion,
        multi_az: v.MultiAZ,
        publicly_accessible: v.PubliclyAccessible,
        storage_encrypted: v.StorageEncrypted,
        deletion_protection: v.DeletionProtection,
        allocated_storage: v.AllocatedStorage
      };
    }
  },
  {
    tfType: "aws_elasticache_replication_group",
    arnType: "elasticache:replicationgroup",
    importId: afterColon,
    async read(aws, s) {
      const out = await aws.call(
        { service: "elasticache", operation: "DescribeReplicationGroups", params: { ReplicationGroupId: s.id } },
        ABSENT_OK
      );
      const v = out?.ReplicationGroups?.[0];
      return v && {
        node_type: v.CacheNodeType,
        automatic_failover_enabled: v.AutomaticFailover === "enabled",
        transit_encryption_enabled: v.TransitEncryptionEnabled,
        at_rest_encryption_enabled: v.AtRestEncryptionEnabled
      };
    }
  },
  {
    tfType: "aws_s3_bucket",
    arnType: "s3",
    importId: (arn) => arn.split(":::")[1] ?? arn,
    async read(aws, s) {
      const bucket = str(s.bucket) ?? str(s.id);
      const exists = await aws.call({ service: "s3", operation: "HeadBucket", params: { Bucket: bucket } }, ABSENT_OK);
      if (exists === void 0) return void 0;
      const tagging = await aws.call(
        { service: "s3", operation: "GetBucketTagging", params: { Bucket: bucket } },
        ABSENT_OK
      );
      return { tags: tagsOf(tagging?.TagSet ?? []) };
    }
  },
  {
    tfType: "aws_iam_role",
    arnType: "iam:role",
    importId: (arn) => arn.split("/").pop(),
    async read(aws, s) {
      const out = await aws.call(
        { service: "iam", operation: "GetRole", params: { RoleName: s.name ?? s.id } },
        ABSENT_OK
      );
      const v = out?.Role;
      if (!v) return void 0;
      const policy = typeof v.AssumeRolePolicyDocument === "string" ? normalizePolicy(decodeURIComponent(v.AssumeRolePolicyDocument)) : void 0;
      return { assume_role_policy: policy, max_session_duration: v.MaxSessionDuration, description: v.Description, tags: tagsOf(v.Tags) };
    }
  },
  {
    tfType: "aws_lambda_function",
    arnType: "lambda:function",
    importId: (arn) => arn.split(":")[6] ?? arn,
    async read(aws, s) {
      const v = await aws.call(
        { service: "lambda", operation: "GetFunctionConfiguration", params: { FunctionName: s.function_name ?? s.id } },
        ABSENT_OK
      );
      return v && { runtime: v.Runtime, handler: v.Handler, memory_size: v.MemorySize, timeout: v.Timeout, role: v.Role };
    }
  },
  {
    tfType: "aws_sqs_queue",
    arnType: "sqs",
    importId: (arn, region, account) => `https://sqs.${region}.amazonaws.com/${account}/${arn.split(":").pop()}`,
    async read(aws, s) {
      const out = await aws.call(
        { service: "sqs", operation: "GetQueueAttributes", params: { QueueUrl: s.url ?? s.id, AttributeNames: ["All"] } },
        ABSENT_OK
      );
      const a = out?.Attributes;
      return a && {
        visibility_timeout_seconds: num(a.VisibilityTimeout),
        message_retention_seconds: num(a.MessageRetentionPeriod),
        delay_seconds: num(a.DelaySeconds),
        max_message_size: num(a.MaximumMessageSize)
      };
    }
  },
  {
    tfType: "aws_sns_topic",
    arnType: "sns",
    importId: (arn) => arn,
    async read(aws, s) {
      const out = await aws.call(
        { service: "sns", operation: "GetTopicAttributes", params: { TopicArn: s.arn ?? s.id } },
        ABSENT_OK
      );
      return out?.Attributes && { display_name: out.Attributes.DisplayName ?? "" };
    }
  },
  {
    tfType: "aws_dynamodb_table",
    arnType: "dynamodb:table",
    importId: (arn) => arn.split("/").pop(),
    async read(aws, s) {
      const out = await aws.call(
        { service: "dynamodb", operation: "DescribeTable", params: { TableName: s.name ?? s.id } },
        ABSENT_OK
      );
      const t = out?.Table;
      if (!t) return void 0;
      const billing = t.BillingModeSummary?.BillingMode ?? "PROVISIONED";
      const throughput = t.ProvisionedThroughput ?? {};
      return {
        billing_mode: billing,
        ...billing === "PROVISIONED" ? { read_capacity: throughput.ReadCapacityUnits, write_capacity: throughput.WriteCapacityUnits } : {}
      };
    }
  }
];
const num = (v) => v === void 0 ? void 0 : Number(v);
function normalizePolicy(doc) {
  try {
    const parsed = typeof doc === "string" ? JSON.parse(doc) : doc;
    return JSON.stringify(sortKeys(parsed));
  } catch {
    return typeof doc === "string" ? doc : void 0;
  }
}
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])
    );
  return v;
}
function readerForArn(arn) {
  const [, , service, , , ...rest] = arn.split(":");
  const resource = rest.join(":");
  const kind = /^([a-z-]+)[/:]/.exec(resource)?.[1];
  return LIVE_READERS.find(
    (r) => r.arnType === (kind && service !== "s3" && service !== "sqs" && service !== "sns" ? `${service}:${kind}` : service)
  );
}

const CONCURRENCY = 4;
async function liveScan(aws, state, tags) {
  const items = [];
  const byType = new Map(LIVE_READERS.map((r) => [r.tfType, r]));
  const readable = state.filter((s) => byType.has(s.type) && typeof s.attributes.id === "string");
  await pool(readable, CONCURRENCY, async (s) => {
    const reader = byType.get(s.type);
    const live = await reader.read(aws, s.attributes);
    if (live === void 0) {
      items.push({
        address: s.address,
        type: s.type,
        driftType: "missing",
        differences: [],
        source: "live",
        id: String(s.attributes.id),
        arn: arnOf(s)
      });
      return;
    }
    const differences = compare(reader, s, live);
    if (differences.length)
      items.push({
        address: s.address,
        type: s.type,
        driftType: "modified",
        differences,
        source: "live",
        id: String(s.attributes.id),
        arn: arnOf(s)
      });
  });
  let resourcesSeen = 0;
  if (Object.keys(tags).length) {
    const pages = await aws.pages({
      service: "resource-groups-tagging-api",
      operation: "GetResources",
      params: { TagFilters: Object.entries(tags).map(([Key, Value]) => ({ Key, Values: [Value] })), ResourcesPerPage: 100 }
    });
    const known = new Set(state.flatMap((s) => [s.attributes.arn, s.attributes.id].filter((v) => typeof v === "string")));
    const used = new Set(state.map((s) => s.address));
    for (const arn of pages.flatMap((p) => p.ResourceTagMappingList ?? []).map((m) => m.ResourceARN ?? "")) {
      if (!arn) continue;
      resourcesSeen++;
      const reader = readerForArn(arn);
      const [, , , region, account] = arn.split(":");
      const id = reader ? reader.importId(arn, region || aws.region, account) : arn;
      if (known.has(arn) || known.has(id)) continue;
      const type = reader?.tfType ?? `aws_${arn.split(":")[2]}`;
      items.push({
        address: unusedAddress(type, id, used),
        type,
        driftType: "unmanaged",
        differences: [],
        source: "live",
        id: reader ? id : void 0,
        arn
      });
    }
  }
  items.sort((a, b) => a.address.localeCompare(b.address));
  return { items, resourcesSeen, notRead: state.filter((s) => !byType.has(s.type)).length };
}
function arnOf(s) {
  return typeof s.attributes.arn === "string" ? s.attributes.arn : void 0;
}
function compare(reader, s, live) {
  const expected = {};
  const actual = {};
  for (const [key, value] of Object.entries(live)) {
    if (value === void 0) continue;
    let want = s.attributes[key];
    if (key === "tags") {
      const all = s.attributes.tags_all;
      want = all && Object.keys(all).length ? all : s.attributes.tags ?? {};
    } else if (key === "assume_role_policy") want = normalizePolicy(want);
    else if (key === "vpc_security_group_ids" && Array.isArray(want)) want = [...want].sort();
    else if ((key === "ingress" || key === "egress") && Array.isArray(want)) {
      want = want.map((r) => ({
        from_port: r.from_port ?? 0,
        to_port: r.to_port ?? 0,
        protocol: r.protocol,
        cidr_blocks: [...r.cidr_blocks ?? []].sort()
      })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
    if (want === void 0) continue;
    expected[key] = want;
    actual[key] = value;
  }
  return diffValues(expected, actual, { expectedSensitive: s.sensitive, actualSensitive: s.sensitive });
}
function unusedAddress(type, id, used) {
  const base = `${type}.${id.replace(/^.*[/:]/, "").replace(/[^A-Za-z0-9_-]/g, "_").replace(/^([^A-Za-z_])/, "_$1") || "unmanaged"}`;
  let address = base;
  for (let n = 2; used.has(address); n++) address = `${base}_${n}`;
  used.add(address);
  return address;
}
async function pool(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const IGNORED_ATTRIBUTES = /* @__PURE__ */ new Set(["last_modified", "last_updated", "etag", "version", "latest_revision", "revision"]);
const isReplace = (actions) => actions.includes("delete") && actions.includes("create");
function driftFromPlan(plan) {
  const items = [];
  const drifted = /* @__PURE__ */ new Set();
  for (const c of plan.resource_drift ?? []) {
    if (c.mode && c.mode !== "managed") continue;
    const item = fromDrift(c);
    if (item) {
      items.push(item);
      drifted.add(c.address);
    }
  }
  let pendingChanges = 0;
  for (const c of plan.resource_changes ?? []) {
    if (c.mode && c.mode !== "managed") continue;
    const actions = c.change.actions;
    if (actions.length === 1 && (actions[0] === "no-op" || actions[0] === "read")) continue;
    if (isReplace(actions)) {
      items.push({
        address: c.address,
        type: c.type,
        driftType: "replaced",
        differences: diffValues(c.change.before, c.change.after, {
          expectedSensitive: c.change.before_sensitive,
          actualSensitive: c.change.after_sensitive,
          actualUnknown: c.change.after_unknown,
          ignore: IGNORED_ATTRIBUTES
        }).filter((d) => d.path !== "id"),
        source: "plan",
        reason: [c.action_reason, replacePaths(c)].filter(Boolean).join("; ") || void 0,
        previousAddress: c.previous_address
      });
      continue;
    }
    if (!drifted.has(c.address)) pendingChanges++;
  }
  return { items, pendingChanges };
}
function replacePaths(c) {
  const paths = (c.change.replace_paths ?? []).map((p) => Array.isArray(p) ? p.join(".") : String(p));
  return paths.length ? `forced by ${paths.join(", ")}` : void 0;
}
function fromDrift(c) {
  const actions = c.change.actions;
  const base = { address: c.address, type: c.type, source: "plan", previousAddress: c.previous_address };
  if (actions.includes("delete") && c.change.after == null) {
    const remembered = maskValue(c.change.before, c.change.before_sensitive);
    return { ...base, driftType: "missing", differences: [], id: typeof remembered?.id === "string" ? remembered.id : void 0 };
  }
  if (actions.includes("update") || isReplace(actions)) {
    const differences = diffValues(c.change.before, c.change.after, {
      expectedSensitive: c.change.before_sensitive,
      actualSensitive: c.change.after_sensitive,
      actualUnknown: c.change.after_unknown,
      ignore: IGNORED_ATTRIBUTES
    });
    const id = c.change.after?.id;
    return { ...base, driftType: "modified", differences, id: typeof id === "string" ? id : void 0 };
  }
  return void 0;
}
function driftFromPlanLog(events) {
  const items = [];
  let pendingChanges = 0;
  for (const ev of events) {
    const addr = ev.change?.resource?.addr;
    const type = ev.change?.resource?.resource_type ?? addr?.split(".").slice(-2, -1)[0] ?? "";
    if (!addr) continue;
    const action = ev.change?.action;
    const base = { address: addr, type, source: "plan-log", differences: [], previousAddress: ev.change?.previous_resource?.addr };
    if (ev.type === "resource_drift") {
      items.push({ ...base, driftType: action === "delete" ? "missing" : "modified" });
    } else if (ev.type === "planned_change") {
      if (action === "replace") items.push({ ...base, driftType: "replaced", reason: ev.change?.reason });
      else if (action && action !== "noop" && action !== "read") pendingChanges++;
    }
  }
  return { items, pendingChanges };
}

const q = (address) => `'${address.replace(/'/g, `'\\''`)}'`;
const show = (v) => v === SENSITIVE_MASK ? SENSITIVE_MASK : JSON.stringify(v);
const TAGS_ONLY = (item) => item.differences.length > 0 && item.differences.every((d) => /^(tags|tags_all)(\.|$)/.test(d.path));
const ORDER = { missing: 0, replaced: 1, modified: 2, unmanaged: 3 };
const SEV = { critical: 0, high: 1, medium: 2, low: 3 };
function buildRecoveryPlan(input) {
  const files = /* @__PURE__ */ new Map();
  const steps = [];
  const items = orderItems(input.items);
  if (items.length === 0) return { steps: [], files };
  const tf = input.root && input.root !== "." ? `terraform -chdir=${input.root}` : "terraform";
  steps.push({
    action: "confirm",
    addresses: items.map((i) => i.address),
    command: `${tf} plan -refresh-only`,
    risk: "low",
    rationale: "Confirm the drift is still there before changing anything (read-only: a refresh-only plan changes nothing).",
    rollback: "Nothing to roll back."
  });
  const imports = [];
  for (const item of items) {
    const target = `-target=${q(item.address)}`;
    switch (item.driftType) {
      case "missing": {
        const data = /^aws_(db_|rds_|elasticache_|dynamodb_|s3_bucket$|efs_|ebs_)/.test(item.type);
        steps.push({
          action: "recreate",
          addresses: [item.address],
          command: `${tf} plan ${target} -out=drift-recreate.tfplan && ${tf} apply drift-recreate.tfplan`,
          risk: data || item.dependants.length > 0 ? "high" : "medium",
          rationale: `${item.address} is in the state but gone from the cloud; re-create it from the code` + (item.dependants.length ? ` before its ${item.dependants.length} dependant(s) (${item.dependants.slice(0, 5).join(", ")})` : "") + (data ? ". A re-created data store starts empty: restore it from its latest snapshot or backup instead if its data matters." : ".") + ` If it was removed on purpose, drop it from the code and run: ${tf} state rm ${q(item.address)}.`,
          rollback: `${tf} plan -destroy ${target} -out=drift-undo.tfplan && ${tf} apply drift-undo.tfplan (removes the re-created resource only)`,
          changes: [`create ${item.address}`]
        });
        break;
      }
      case "replaced":
        steps.push({
          action: "review-replacement",
          addresses: [item.address],
          command: `${tf} plan ${target}`,
          risk: "high",
          rationale: `The next apply destroys and re-creates ${item.address}${item.reason ? ` (${item.reason})` : ""}. Review it; take a snapshot or backup first.`,
          rollback: "A replacement cannot be undone by Terraform: restore from the snapshot or backup taken before the apply.",
          changes: [`replace ${item.address}`, ...item.differences.map((d) => `${d.path}: ${show(d.expected)} \u2192 ${show(d.actual)}`)]
        });
        break;
      case "modified": {
        const revert = {
          command: `${tf} plan ${target} -out=drift-revert.tfplan && ${tf} apply drift-revert.tfplan`,
          changes: item.differences.map((d) => `${d.path}: ${show(d.actual)} \u2192 ${show(d.expected)}`)
        };
        const patch = acceptPatch(item, input);
        if (TAGS_ONLY(item) && patch) {
          files.set(patch.file, patch.newText);
          steps.push({
            action: "accept",
            addresses: [item.address],
            command: `git apply drift-accept.patch && ${tf} plan -refresh-only -out=drift-accept.tfplan && ${tf} apply drift-accept.tfplan`,
            risk: "low",
            rationale: `Only tags changed on ${item.address}: keep the cloud's values and write them into the code (${patch.file}:${patch.line}). To undo the change instead: ${revert.command}`,
            rollback: "Revert the pull request, then re-apply the previous code.",
            patch: { file: patch.file, line: patch.line, diff: patch.diff }
          });
        } else {
          steps.push({
            action: "revert",
            addresses: [item.address],
            command: revert.command,
            risk: item.severity === "critical" || item.severity === "high" ? "medium" : "low",
            rationale: `Put ${item.address} back as the code says${item.differences.some((d) => d.sensitive) ? " (sensitive values are not shown)" : ""}.` + (patch ? ` If the change was intended, accept it into the code instead (${patch.file}:${patch.line}).` : ""),
            rollback: `Make the same change again by hand, or accept it into the code: ${tf} plan -refresh-only then apply.`,
            changes: revert.changes,
            ...patch ? { patch: { file: patch.file, line: patch.line, diff: patch.diff } } : {}
          });
        }
        break;
      }
      case "unmanaged": {
        if (!item.id) break;
        const block = `import {
  to = ${item.address}
  id = ${JSON.stringify(item.id)}
}
`;
        imports.push(block);
        steps.push({
          action: "import",
          addresses: [item.address],
          command: `${tf} plan -generate-config-out=generated-${item.address.replace(/[^A-Za-z0-9_.-]/g, "_")}.tf && ${tf} apply`,
          risk: "low",
          rationale: `${item.arn ?? item.id} carries the project's tags but no state entry: adopt it with an import block (the plan writes its configuration for review). If it should not exist, delete it by hand instead.`,
          rollback: `${tf} state rm ${q(item.address)} and remove the import block (the resource itself is left untouched).`,
          patch: { file: importsFile(input.root), diff: addedFileDiff(importsFile(input.root), block) }
        });
        break;
      }
    }
  }
  if (imports.length)
    files.set(
      importsFile(input.root),
      `# Resources adopted by inframate drift: review, then terraform plan / apply.

${imports.join("\n")}`
    );
  return { steps: steps.map((s, i) => ({ order: i + 1, ...s })), files };
}
function importsFile(root) {
  return `${root && root !== "." ? `${root}/` : ""}inframate-drift-imports.tf`;
}
function orderItems(items) {
  return [...items].sort(
    (a, b) => ORDER[a.driftType] - ORDER[b.driftType] || // Missing: what others depend on is re-created first; otherwise the most severe first.
    (a.driftType === "missing" ? b.dependants.length - a.dependants.length : SEV[a.severity] - SEV[b.severity]) || b.dependants.length - a.dependants.length || a.address.localeCompare(b.address)
  );
}
function acceptPatch(item, input) {
  const res = input.code?.resources.find((r) => r.address === item.address || r.address === item.address.replace(/\[[^\]]*\]$/, ""));
  if (!res || item.differences.some((d) => d.sensitive)) return void 0;
  const text = input.sources?.get(res.pos.file);
  if (text === void 0) return void 0;
  const lines = text.split("\n");
  const edits = /* @__PURE__ */ new Map();
  for (const [attr, value] of Object.entries(topLevelActual(item, res))) {
    const pos = res.attributePos?.[attr];
    if (!pos) {
      if (res.expressions?.[attr] !== void 0 || attr in res.attributes) continue;
      const indent = `${/^\s*/.exec(lines[res.pos.line - 1] ?? "")[0]}  `;
      const at = res.pos.line + 1;
      if (!edits.has(at)) edits.set(at, { end: res.pos.line, text: `${indent}${attr} = ${hclLiteral(value)}` });
      continue;
    }
    if (pos.file !== res.pos.file) continue;
    const m = /^(\s*[A-Za-z_][\w-]*\s*=\s*)(.*)$/.exec(lines[pos.line - 1] ?? "");
    if (!m) continue;
    const rhs = m[2].trim();
    let end = pos.line;
    if (rhs === "{") {
      while (end < lines.length && !/^\s*\}\s*$/.test(lines[end])) end++;
      const body = lines.slice(pos.line, end);
      if (end >= lines.length || body.some((l) => l.includes("$") || l.includes("(") || l.includes("{"))) continue;
      end++;
      const indent = /^\s*/.exec(m[1])[0];
      const entries = Object.entries(value ?? {}).map(
        ([k, x]) => `${indent}  ${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)} = ${hclLiteral(x)}`
      );
      edits.set(pos.line, { end, text: [`${m[1]}{`, ...entries, `${indent}}`].join("\n") });
      continue;
    }
    if (!/^("[^"$]*"|-?\d+(\.\d+)?|true|false|\{[^{}$]*\})\s*(#.*)?$/.test(rhs)) continue;
    edits.set(pos.line, { end, text: `${m[1]}${hclLiteral(value)}` });
  }
  if (edits.size === 0) return void 0;
  const starts = [...edits.keys()].sort((a, b) => a - b);
  const out = [];
  const hunks = [`--- a/${res.pos.file}`, `+++ b/${res.pos.file}`];
  let i = 1;
  for (const start of starts) {
    const { end, text: replacement } = edits.get(start);
    while (i < start) out.push(lines[i++ - 1]);
    const removed = lines.slice(start - 1, end);
    const added = replacement.split("\n");
    const at = out.length + 1;
    hunks.push(`@@ -${start},${removed.length} +${at},${added.length} @@`, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`));
    out.push(...added);
    i = end + 1;
  }
  while (i <= lines.length) out.push(lines[i++ - 1]);
  return { file: res.pos.file, line: starts[0], newText: out.join("\n"), diff: hunks.join("\n") };
}
function topLevelActual(item, res) {
  const out = {};
  for (const d of item.differences) {
    const m = /^([A-Za-z_][\w-]*)(?:\.([^.[]+))?$/.exec(d.path);
    if (!m) continue;
    const [, attr, key] = m;
    if (attr === "tags_all") continue;
    if (key === void 0) out[attr] = d.actual;
    else {
      const current = out[attr] ?? { ...res.attributes[attr] ?? {} };
      if (d.actual === null) delete current[key];
      else current[key] = d.actual;
      out[attr] = current;
    }
  }
  return out;
}
function hclLiteral(v) {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    return `{ ${Object.entries(v).map(([k, x]) => `${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)} = ${hclLiteral(x)}`).join(", ")} }`;
  }
  if (Array.isArray(v)) return `[${v.map(hclLiteral).join(", ")}]`;
  return typeof v === "string" ? JSON.stringify(v).replace(/\$\{/g, "$${") : String(v);
}
function addedFileDiff(file, text) {
  const lines = text.trimEnd().split("\n");
  return [`--- /dev/null`, `+++ b/${file}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join("\n");
}

const ROLES = [
  [
    /^aws_(vpc|subnet|internet_gateway|nat_gateway|route_table|route|route_table_association|vpc_endpoint|network_acl|eip|vpc_peering_connection|transit_gateway.*)$/,
    "foundation"
  ],
  [
    /^aws_(security_group|security_group_rule|vpc_security_group_(ingress|egress)_rule|iam_.*|kms_.*|acm_certificate|secretsmanager_secret.*|wafv2_.*)$/,
    "identity"
  ],
  [
    /^aws_(db_instance|rds_cluster.*|db_.*|elasticache_.*|dynamodb_table|s3_bucket.*|efs_.*|ebs_volume|opensearch_.*|docdb_.*|backup_.*)$/,
    "data"
  ],
  [/^aws_(lb|alb|lb_listener.*|lb_target_group.*|cloudfront_.*|route53_.*|api_gateway.*|apigatewayv2_.*)$/, "edge"],
  [/^aws_(instance|ecs_.*|lambda_.*|autoscaling_.*|launch_template|eks_.*|apprunner_.*)$/, "compute"],
  [/^aws_(sqs_.*|sns_.*|cloudwatch_.*|kinesis_.*|mq_.*)$/, "messaging"]
];
function roleOf(type) {
  return ROLES.find(([re]) => re.test(type))?.[1] ?? "other";
}
const SECURITY_PATH = /(^|\.)(ingress|egress|cidr_blocks|ipv6_cidr_blocks|policy|assume_role_policy|inline_policy|managed_policy_arns|publicly_accessible|block_public_.*|restrict_public_buckets|ignore_public_acls|acl|server_side_encryption.*|kms_key_id|encrypted|storage_encrypted|deletion_protection|iam_instance_profile|map_public_ip_on_launch|associate_public_ip_address|security_groups|vpc_security_group_ids|http_tokens)(\.|\[|$)/;
const TAG_PATH = /^(tags|tags_all)(\.|$)/;
const BASE = {
  missing: {
    foundation: "critical",
    identity: "high",
    data: "critical",
    edge: "high",
    compute: "high",
    messaging: "medium",
    other: "medium"
  },
  replaced: {
    foundation: "high",
    identity: "high",
    data: "critical",
    edge: "high",
    compute: "medium",
    messaging: "medium",
    other: "medium"
  },
  modified: { foundation: "medium", identity: "medium", data: "medium", edge: "medium", compute: "medium", messaging: "low", other: "low" },
  unmanaged: { foundation: "medium", identity: "medium", data: "medium", edge: "low", compute: "low", messaging: "low", other: "low" }
};
const rank = (s) => SEVERITIES.indexOf(s);
const raise = (s) => SEVERITIES[Math.max(0, rank(s) - 1)];
function scoreDrift(item, dependants) {
  const role = roleOf(item.type);
  let severity = BASE[item.driftType][role];
  const why = [`${item.driftType} ${role === "other" ? "resource" : `${role} resource`}`];
  if (item.driftType === "modified" && item.differences.length > 0) {
    if (item.differences.every((d) => TAG_PATH.test(d.path))) {
      severity = "low";
      why.push("only tags changed");
    } else if (item.differences.some((d) => SECURITY_PATH.test(d.path))) {
      severity = rank(severity) > rank("high") ? "high" : raise(severity);
      why.push("a security-relevant setting changed");
    }
  }
  if (dependants.length >= 3 && (item.driftType === "missing" || item.driftType === "replaced")) {
    severity = raise(severity);
    why.push(`${dependants.length} resources depend on it`);
  } else if (dependants.length > 0) why.push(`${dependants.length} dependant${dependants.length > 1 ? "s" : ""}`);
  return { severity, severityReason: why.join("; ") };
}
function driftFingerprint(item) {
  const paths = [...new Set(item.differences.map((d) => d.path.replace(/\[\d+\]/g, "[]")))].sort();
  return createHash("sha256").update(JSON.stringify([item.address, item.driftType, paths])).digest("hex").slice(0, 12);
}

function indexSuffix(key) {
  if (key === void 0 || key === null) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(String(key))}]`;
}
function resourcesFromStateV4(state) {
  const out = [];
  for (const r of state.resources) {
    if (r.mode !== "managed") continue;
    for (const inst of r.instances ?? []) {
      const base = `${r.module ? `${r.module}.` : ""}${r.type}.${r.name}`;
      out.push({
        address: `${base}${indexSuffix(inst.index_key)}`,
        type: r.type,
        name: r.name,
        module: r.module,
        attributes: inst.attributes ?? unflatten(inst.attributes_flat ?? {}),
        sensitive: sensitiveTreeFromPaths(inst.sensitive_attributes),
        dependencies: inst.dependencies ?? []
      });
    }
  }
  return out;
}
function resourcesFromValues(root) {
  const out = [];
  const visit = (m) => {
    if (!m) return;
    for (const r of m.resources ?? []) {
      if (r.mode && r.mode !== "managed") continue;
      const module = /^(.*)\.[^.[]+\.[^.[]+(\[.*\])?$/.exec(r.address)?.[1];
      out.push({
        address: r.address,
        type: r.type,
        name: r.name,
        module: module?.startsWith("module.") ? module : void 0,
        attributes: r.values ?? {},
        sensitive: r.sensitive_values,
        dependencies: []
      });
    }
    for (const c of m.child_modules ?? []) visit(c);
  };
  visit(root);
  return out;
}
function unflatten(flat) {
  const out = {};
  for (const [k, v] of Object.entries(flat)) {
    if (k.endsWith(".%") || k.endsWith(".#")) continue;
    const parts = k.split(".");
    let node = out;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) node[p] = v;
      else node = node[p] ??= {};
    });
  }
  return out;
}
const baseAddress = (address) => address.replace(/\[[^\]]*\]$/, "");

const MAX_INPUT_BYTES = 256 * 1024 * 1024;
async function runDrift(ctx) {
  const { settings, step, log, supervisor } = ctx;
  if (!settings.plan && !settings.state && !settings.live) {
    throw new InputError("drift needs --plan FILE (terraform show -json or plan -json output), --state FILE, or --live with a state");
  }
  let aws;
  const awsReader = () => aws ??= new AwsReader({
    config: settings.aws,
    step,
    onCall: (c) => c.status === "denied" && log.warn(`AWS call refused: ${c.reason}`)
  });
  try {
    const plan = settings.plan ? await readInput(ctx, settings.plan, awsReader) : void 0;
    const stateInput = settings.state ? await readInput(ctx, settings.state, awsReader) : void 0;
    if (plan && plan.kind !== "plan" && plan.kind !== "plan-log" && !stateInput) {
      log.info(`drift: ${plan.file} is a state file; using it as --state`);
    }
    const stateSource = stateInput ?? (plan && (plan.kind === "state" || plan.kind === "state-json") ? plan : void 0);
    let state = [];
    if (stateSource?.kind === "state") state = resourcesFromStateV4(stateSource.state);
    else if (stateSource?.kind === "state-json") state = resourcesFromValues(stateSource.values);
    else if (stateSource)
      throw new InputError(`${stateSource.file}: --state expects a state file, got a ${stateSource.kind === "plan" ? "plan" : "plan log"}`);
    else if (plan?.kind === "plan") state = resourcesFromValues(plan.plan.prior_state?.values?.root_module);
    const raw = [];
    let pendingChanges = 0;
    if (plan?.kind === "plan") {
      const d = driftFromPlan(plan.plan);
      raw.push(...d.items);
      pendingChanges = d.pendingChanges;
    } else if (plan?.kind === "plan-log") {
      const d = driftFromPlanLog(plan.events);
      raw.push(...d.items);
      pendingChanges = d.pendingChanges;
    }
    let live;
    if (settings.live) {
      if (state.length === 0)
        throw new InputError("--live compares the cloud with a state: give --state FILE (or a plan with prior_state)");
      log.info(`drift: live scan of ${state.length} state resources in ${settings.aws.region}`);
      const scan = await liveScan(awsReader(), state, settings.tags);
      live = { region: settings.aws.region, tags: settings.tags, resourcesSeen: scan.resourcesSeen };
      const seen = new Set(raw.map((r) => `${r.address}\0${r.driftType}`));
      for (const item of scan.items) if (!seen.has(`${item.address}\0${item.driftType}`)) raw.push(item);
      if (scan.notRead) log.info(`drift: ${scan.notRead} state resources are of types the live scan does not read`);
    }
    const dependants = /* @__PURE__ */ new Map();
    for (const s of state) {
      for (const dep of s.dependencies) {
        const list = dependants.get(dep) ?? [];
        list.push(s.address);
        dependants.set(dep, list);
      }
    }
    const code = await loadCode(ctx);
    const items = raw.map((r) => {
      const deps = [...new Set(dependants.get(baseAddress(r.address)) ?? [])];
      const located = code?.resources.find((c) => c.address === r.address || c.address === baseAddress(r.address));
      return {
        ...r,
        ...scoreDrift(r, deps),
        fingerprint: driftFingerprint(r),
        dependants: deps,
        ...located ? { location: { file: located.pos.file, line: located.pos.line } } : {}
      };
    });
    items.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.address.localeCompare(b.address));
    const sources = /* @__PURE__ */ new Map();
    if (code) {
      for (const file of new Set(items.map((i) => i.location?.file).filter((f) => !!f))) {
        const text = await step("drift.read-source", () => readFile(join$1(settings.dir, file), "utf8"), {
          dependency: "fs",
          fallback: () => ""
        });
        if (text) sources.set(file, text);
      }
    }
    const recovery = buildRecoveryPlan({ items, code, sources });
    const report = {
      schemaVersion: 1,
      command: "drift",
      driftItems: items,
      recoveryPlan: { requiresApproval: true, steps: recovery.steps },
      summary: {
        total: items.length,
        modified: items.filter((i) => i.driftType === "modified").length,
        missing: items.filter((i) => i.driftType === "missing").length,
        unmanaged: items.filter((i) => i.driftType === "unmanaged").length,
        replaced: items.filter((i) => i.driftType === "replaced").length,
        pendingChanges,
        bySeverity: Object.fromEntries(
          SEVERITIES.map((s) => [s, items.filter((i) => i.severity === s).length])
        )
      },
      inputs: {
        plan: plan && displayName(settings.plan, settings.dir),
        planKind: plan ? plan.kind === "plan" && plan.refreshOnly ? "refresh-only-plan" : plan.kind : void 0,
        state: stateInput && displayName(settings.state, settings.dir),
        live
      },
      ...aws ? { awsCalls: aws.calls } : {},
      errors: emptyErrorReport()
    };
    if (settings.ai.enabled && items.length) {
      const llm = createLlm(settings.ai, { step, log });
      const ai = await explainDrift(llm, items).catch((error) => {
        supervisor.record({
          step: "drift.explain",
          error: error instanceof InframateError ? error : new InframateError("internal", String(error)),
          attempts: 1,
          recovered: true,
          strategy: "no-ai"
        });
        return void 0;
      });
      if (ai) report.ai = { provider: settings.ai.provider, model: settings.ai.model, ...ai };
    }
    log.info(`drift: ${items.length} drifted resources, ${recovery.steps.length} recovery steps`);
    return { report, files: recovery.files };
  } finally {
    aws?.destroy();
  }
}
function displayName(file, dir) {
  if (/^s3:\/\//.test(file)) return file;
  const rel = relative(dir, file);
  return rel && !rel.startsWith("..") ? rel : file;
}
async function readInput(ctx, file, aws) {
  const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(file);
  if (s3) {
    const text2 = await aws().readTerraformState(s3[1], s3[2]);
    return parseDriftInput(`s3://${s3[1]}/${s3[2]}`, text2);
  }
  const info = await ctx.step("drift.stat-input", () => stat(file).catch(() => void 0), { dependency: "fs" });
  if (!info) throw new InputError(`file not found: ${file}`, { file });
  if (!info.isFile()) throw new InputError(`not a file: ${file}`, { file });
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`${file}: larger than ${MAX_INPUT_BYTES} bytes`, { file });
  const text = await ctx.step("drift.read-input", () => readFile(file, "utf8"), { dependency: "fs" });
  return parseDriftInput(file, text);
}
async function loadCode(ctx) {
  const { settings, step, log } = ctx;
  const info = await step("drift.stat-dir", () => stat(settings.dir).catch(() => void 0), { dependency: "fs" });
  if (!info?.isDirectory()) return void 0;
  const loaded = await step(
    "drift.load-code",
    () => loadTerraform(settings.dir, { varFiles: settings.varFiles, vars: settings.vars, step }),
    {
      dependency: "fs",
      fallback: () => void 0
    }
  );
  if (!loaded || loaded.files.length === 0) return void 0;
  for (const e of loaded.errors) log.warn(e.message, { file: e.file, line: e.line });
  return loaded;
}

const drift = {
  name: "drift",
  usage: "drift --plan FILE [--state FILE|s3://BUCKET/KEY] [--live] [--tags KEY=VALUE]",
  summary: "drift, missing and unmanaged resources, recovery plan",
  available: true,
  formats: ["markdown", "json", "sarif"],
  run: async (ctx) => {
    const { report, files } = await runDrift(ctx);
    driftFiles.set(report, files);
    return report;
  },
  renderMarkdown: renderDriftMarkdown,
  renderSarif: (r) => renderDriftSarif(r, r.inputs.plan ?? r.inputs.state ?? "terraform.tfstate"),
  findings: (r) => r.driftItems
};

export { drift as default };
