import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { b as baseAddress, r as resourceIndex, a as resolveReference, e as estimateCosts } from './engine-CuWg4N1G.js';
import { a as loadTerraformInput, b as requirementsIfAny, c as costRegion } from './optimize-BLBrABvV.js';
import { r as renderNotScannedMarkdown, f as filesNotScanned } from './load-limits-K4c5MSY1.js';
import './load-CM2Ct550.js';
import 'node:fs';
import 'node:path';
import './errors-D-4Njnnn.js';
import 'node:fs/promises';
import 'node:crypto';
import './index-CZcDDwPZ.js';
import 'process';
import 'buffer';
import './compare-Bhms5km9.js';
import './index-C6oWUUQP.js';
import './schemas-CUcVUsYh.js';
import './markdown-Xcqzlf9y.js';
import './index-C9vkGXKI.js';
import './values-D2OdWLFp.js';

const SERVICE_PREFIXES = {
  aws_vpc: "VPC",
  aws_subnet: "VPC",
  aws_route: "VPC",
  aws_internet_gateway: "VPC",
  aws_egress_only_internet_gateway: "VPC",
  aws_nat_gateway: "VPC",
  aws_eip: "EC2",
  aws_network_acl: "VPC",
  aws_default_: "VPC",
  aws_flow_log: "VPC",
  aws_vpc_endpoint: "VPC",
  aws_security_group: "VPC",
  aws_vpc_security_group: "VPC",
  aws_instance: "EC2",
  aws_launch_: "EC2",
  aws_ebs_: "EC2",
  aws_ami: "EC2",
  aws_key_pair: "EC2",
  aws_network_interface: "EC2",
  aws_autoscaling_: "EC2",
  aws_lb: "ELB",
  aws_alb: "ELB",
  aws_elb: "ELB",
  aws_ecs_: "ECS",
  aws_ecr_: "ECR",
  aws_eks_: "EKS",
  aws_lambda_: "Lambda",
  aws_api_gateway_: "API Gateway",
  aws_apigatewayv2_: "API Gateway",
  aws_db_: "RDS",
  aws_rds_: "RDS",
  aws_dynamodb_: "DynamoDB",
  aws_elasticache_: "ElastiCache",
  aws_opensearch_: "OpenSearch",
  aws_elasticsearch_: "OpenSearch",
  aws_docdb_: "DocumentDB",
  aws_redshift_: "Redshift",
  aws_msk_: "MSK",
  aws_kinesis_: "Kinesis",
  aws_s3_: "S3",
  aws_efs_: "EFS",
  aws_cloudfront_: "CloudFront",
  aws_route53_: "Route 53",
  aws_acm_: "ACM",
  aws_acmpca_: "ACM",
  aws_cloudwatch_log_: "CloudWatch Logs",
  aws_cloudwatch_: "CloudWatch",
  aws_sns_: "SNS",
  aws_sqs_: "SQS",
  aws_sfn_: "Step Functions",
  aws_secretsmanager_: "Secrets Manager",
  aws_ssm_: "Systems Manager",
  aws_kms_: "KMS",
  aws_iam_: "IAM",
  aws_wafv2_: "WAF",
  aws_waf_: "WAF",
  aws_wafregional_: "WAF",
  aws_cognito_: "Cognito",
  aws_transfer_: "Transfer Family",
  aws_apprunner_: "App Runner",
  aws_cloudtrail: "CloudTrail",
  aws_backup_: "Backup",
  aws_ec2_transit_gateway: "Transit Gateway",
  aws_vpn_: "VPN",
  aws_globalaccelerator_: "Global Accelerator",
  aws_networkfirewall_: "Network Firewall",
  aws_appautoscaling_: "Application Auto Scaling",
  aws_neptune_: "Neptune",
  aws_codebuild_: "CodeBuild",
  aws_config_: "Config",
  aws_sagemaker_: "SageMaker",
  aws_ec2_client_vpn: "Client VPN",
  aws_dx_: "Direct Connect",
  aws_mq_: "Amazon MQ"
};
const PREFIXES = Object.keys(SERVICE_PREFIXES).sort((a, b) => b.length - a.length);
function serviceOf(type) {
  const hit = PREFIXES.find((p) => type === p || type.startsWith(p.endsWith("_") ? p : `${p}_`) || type === p);
  if (hit) return SERVICE_PREFIXES[hit];
  const parts = type.split("_");
  return parts.length > 1 ? parts.slice(0, 2).join("_") : type;
}
const VPC_TYPES = /* @__PURE__ */ new Set(["aws_vpc", "aws_default_vpc"]);
const SUBNET_TYPES = /* @__PURE__ */ new Set(["aws_subnet", "aws_default_subnet"]);
const NETWORK_CARRIERS = /* @__PURE__ */ new Set([
  "aws_subnet",
  "aws_default_subnet",
  "aws_security_group",
  "aws_db_subnet_group",
  "aws_elasticache_subnet_group",
  "aws_docdb_subnet_group",
  "aws_redshift_subnet_group",
  "aws_route_table",
  "aws_internet_gateway"
]);

function buildGraph(loaded, opts = {}) {
  const resources = loaded.resources.filter((r) => r.kind === "resource" || opts.includeData);
  const nodes = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const id = baseAddress(r.address);
    const existing = nodes.get(id);
    if (existing) {
      existing.instances++;
      continue;
    }
    nodes.set(id, { id, type: r.type, module: r.modulePath, instances: 1, service: serviceOf(r.type), file: r.pos.file, line: r.pos.line });
  }
  const index = resourceIndex(resources);
  const edgeKeys = /* @__PURE__ */ new Set();
  const edges = [];
  for (const r of resources) {
    const from = baseAddress(r.address);
    for (const ref of r.references) {
      const target = resolveReference(index, r, ref);
      if (!target) continue;
      const to = baseAddress(target.address);
      const key = `${from}\0${to}`;
      if (to === from || edgeKeys.has(key) || !nodes.has(to)) continue;
      edgeKeys.add(key);
      edges.push({ from, to });
    }
  }
  placeInNetwork(nodes, edges);
  for (const r of opts.estimate?.resources ?? []) {
    const n = nodes.get(baseAddress(r.address));
    if (n && r.monthlyCost !== null) n.monthlyCost = Math.round(((n.monthlyCost ?? 0) + r.monthlyCost) * 100) / 100;
  }
  return { nodes: [...nodes.values()], edges };
}
function placeInNetwork(nodes, edges) {
  const out = /* @__PURE__ */ new Map();
  for (const e of edges) out.set(e.from, [...out.get(e.from) ?? [], e.to]);
  for (const n of nodes.values()) if (VPC_TYPES.has(n.type)) n.vpc = n.id;
  for (let changed = true, rounds = 0; changed && rounds < 10; rounds++) {
    changed = false;
    for (const n of nodes.values()) {
      if (n.vpc) continue;
      for (const to of out.get(n.id) ?? []) {
        const t = nodes.get(to);
        if (t.vpc && (VPC_TYPES.has(t.type) || NETWORK_CARRIERS.has(t.type))) {
          n.vpc = t.vpc;
          changed = true;
          break;
        }
      }
    }
  }
  for (const n of nodes.values()) {
    if (SUBNET_TYPES.has(n.type)) {
      n.subnet = n.id;
      continue;
    }
    const subnets = (out.get(n.id) ?? []).filter((to) => SUBNET_TYPES.has(nodes.get(to).type));
    if (subnets.length === 1 && nodes.get(subnets[0]).vpc === n.vpc) n.subnet = subnets[0];
  }
}

function collapseGraph(graph, level) {
  const keyOf = (n) => `${n.module}|${level === "type" ? n.type : n.service}`;
  const groups = /* @__PURE__ */ new Map();
  const mapping = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) {
    const key = keyOf(n);
    mapping.set(n.id, key);
    const g = groups.get(key);
    if (!g) {
      const what = level === "type" ? n.type : n.service;
      groups.set(key, { ...n, id: `${n.module ? `${n.module}.` : ""}${what}`, members: 1, label: what });
      continue;
    }
    g.members++;
    g.instances += n.instances;
    if (n.monthlyCost !== void 0) g.monthlyCost = Math.round(((g.monthlyCost ?? 0) + n.monthlyCost) * 100) / 100;
    if (g.vpc !== n.vpc) g.vpc = void 0;
    if (g.subnet !== n.subnet) g.subnet = void 0;
  }
  const edgeKeys = /* @__PURE__ */ new Set();
  const edges = [];
  for (const e of graph.edges) {
    const from = groups.get(mapping.get(e.from)).id;
    const to = groups.get(mapping.get(e.to)).id;
    const key = `${from}\0${to}`;
    if (from === to || edgeKeys.has(key)) continue;
    edgeKeys.add(key);
    edges.push({ from, to });
  }
  const nodes = [...groups.values()];
  for (const n of nodes) {
    if (n.vpc) n.vpc = groups.get(mapping.get(n.vpc))?.id;
    if (n.subnet) n.subnet = groups.get(mapping.get(n.subnet))?.id;
  }
  return { nodes, edges };
}

const MERMAID_LIMITS = { maxNodes: 100, maxChars: 5e4, maxEdges: 500 };
function escapeLabel(text) {
  return text.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/`/g, "#96;").replace(/[\r\n]+/g, " ");
}
const DATA_TYPES = /* @__PURE__ */ new Set([
  "aws_db_instance",
  "aws_rds_cluster",
  "aws_rds_cluster_instance",
  "aws_dynamodb_table",
  "aws_elasticache_cluster",
  "aws_elasticache_replication_group",
  "aws_elasticache_serverless_cache",
  "aws_docdb_cluster",
  "aws_docdb_cluster_instance",
  "aws_redshift_cluster",
  "aws_s3_bucket",
  "aws_efs_file_system",
  "aws_opensearch_domain",
  "aws_elasticsearch_domain"
]);
function nodeLine(id, n) {
  const name = n.label ?? n.id.slice(n.module ? n.module.length + 1 : 0);
  const count = n.members > 1 ? ` \xD7${n.members}` : n.instances > 1 ? ` \xD7${n.instances}` : "";
  const module = n.module ? `<br/>${escapeLabel(n.module)}` : "";
  const cost = n.monthlyCost ? `<br/>$${n.monthlyCost.toFixed(2)}/mo` : "";
  const label = `${escapeLabel(name)}${count}${module}${cost}`;
  return DATA_TYPES.has(n.type) && n.members === 1 ? `${id}[("${label}")]` : `${id}["${label}"]`;
}
function renderLayout(layout, direction) {
  const ids = /* @__PURE__ */ new Map();
  layout.nodes.forEach((n, i) => ids.set(n.id, `n${i}`));
  const lines = [`flowchart ${direction}`];
  let sg = 0;
  const emit = (n, indent) => lines.push(`${indent}${nodeLine(ids.get(n.id), n)}`);
  const vpcs = [...new Set(layout.nodes.map((n) => n.vpc).filter((v) => !!v))].sort();
  for (const vpc of vpcs) {
    const inside = layout.nodes.filter((n) => n.vpc === vpc);
    lines.push(`  subgraph sg${sg++}["VPC ${escapeLabel(vpc)}"]`);
    const subnets = [...new Set(inside.map((n) => n.subnet).filter((s) => !!s))].sort();
    for (const subnet of subnets) {
      lines.push(`    subgraph sg${sg++}["Subnet ${escapeLabel(subnet)}"]`);
      for (const n of inside.filter((m) => m.subnet === subnet)) emit(n, "      ");
      lines.push("    end");
    }
    for (const n of inside.filter((m) => !m.subnet)) emit(n, "    ");
    lines.push("  end");
  }
  const outside = layout.nodes.filter((n) => !n.vpc);
  const services = [...new Set(outside.map((n) => n.service))].sort();
  for (const service of services) {
    lines.push(`  subgraph sg${sg++}["${escapeLabel(service)}"]`);
    for (const n of outside.filter((m) => m.service === service)) emit(n, "    ");
    lines.push("  end");
  }
  for (const e of layout.edges) lines.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  return lines.join("\n") + "\n";
}
function renderFlowchart(graph, limits = MERMAID_LIMITS, direction = "LR") {
  const fitting = (l) => {
    if (l.nodes.length > limits.maxNodes || l.edges.length > limits.maxEdges) return void 0;
    const text2 = renderLayout(l, direction);
    return text2.length <= limits.maxChars ? text2 : void 0;
  };
  const plain = { nodes: graph.nodes.map((n) => ({ ...n, members: 1 })), edges: graph.edges };
  const whole = fitting(plain);
  if (whole !== void 0) return { mermaid: whole, collapsed: "none", droppedEdges: 0 };
  let layout = plain;
  let level = "none";
  for (const next of ["type", "service"]) {
    layout = collapseGraph(graph, next);
    level = next;
    const folded = fitting(layout);
    if (folded !== void 0) return { mermaid: folded, collapsed: level, droppedEdges: 0 };
  }
  const total = layout.edges.length;
  let edges = layout.edges.slice(0, limits.maxEdges);
  let text = renderLayout({ nodes: layout.nodes, edges }, direction);
  while (text.length > limits.maxChars && edges.length > 0) {
    edges = edges.slice(0, Math.floor(edges.length / 2));
    text = renderLayout({ nodes: layout.nodes, edges }, direction);
  }
  return { mermaid: text, collapsed: level, droppedEdges: total - edges.length };
}
function renderCostPie(slices, title = "Monthly cost by service (USD)") {
  const positive = slices.filter((s) => s.monthlyCost > 0).sort((a, b) => b.monthlyCost - a.monthlyCost);
  if (positive.length === 0) return null;
  const lines = [`pie showData`, `  title ${title.replace(/[\r\n]+/g, " ")}`];
  for (const s of positive) lines.push(`  "${s.label.replace(/"/g, "'").replace(/[\r\n]+/g, " ")}" : ${s.monthlyCost.toFixed(2)}`);
  return lines.join("\n") + "\n";
}

function costByService(estimate) {
  const sums = /* @__PURE__ */ new Map();
  for (const r of estimate.resources) {
    if (r.monthlyCost === null) continue;
    const s = serviceOf(r.type);
    sums.set(s, (sums.get(s) ?? 0) + r.monthlyCost);
  }
  return [...sums.entries()].map(([service, c]) => ({ service, monthlyCost: Math.round(c * 100) / 100 })).sort((a, b) => b.monthlyCost - a.monthlyCost);
}
async function visualizeDirectory(ctx, dir, estimate, preloaded) {
  const loaded = preloaded ?? await loadTerraformInput(ctx, dir, "visualize");
  let costs = estimate;
  if (!costs) {
    const req = await requirementsIfAny(ctx);
    const region = costRegion(ctx, req, loaded);
    costs = await ctx.step("cost.estimate", () => estimateCosts(loaded, { region }), {
      fallback: () => void 0,
      strategy: "skip-cost-chart"
    });
  }
  const graph = await ctx.step("graph.build", () => buildGraph(loaded, { estimate: costs }));
  const chart = await ctx.step("graph.render-mermaid", () => renderFlowchart(graph));
  const byService = costs ? costByService(costs) : [];
  return {
    schemaVersion: 1,
    command: "visualize",
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      module: n.module,
      service: n.service,
      instances: n.instances,
      vpc: n.vpc ?? null,
      subnet: n.subnet ?? null,
      file: n.file,
      line: n.line,
      monthlyCost: n.monthlyCost ?? null
    })),
    edges: graph.edges,
    mermaid: chart.mermaid,
    collapsed: chart.collapsed,
    droppedEdges: chart.droppedEdges,
    costChart: renderCostPie(byService.map((s) => ({ label: s.service, monthlyCost: s.monthlyCost }))),
    costByService: byService,
    filesNotScanned: filesNotScanned(loaded),
    errors: ctx.supervisor.report()
  };
}
function renderVisualizeMarkdown(r, heading = "#") {
  const lines = [`${heading} inframate visualize`, "", `${r.nodes.length} resources, ${r.edges.length} references.`];
  if (r.collapsed !== "none")
    lines.push(
      `The diagram groups resources by ${r.collapsed} to stay within GitHub's Mermaid limits${r.droppedEdges ? ` (${r.droppedEdges} edges left out)` : ""}.`
    );
  lines.push("", "```mermaid", r.mermaid.trimEnd(), "```", "");
  if (r.costChart) lines.push(`${heading}# Monthly cost by service`, "", "```mermaid", r.costChart.trimEnd(), "```", "");
  lines.push(...renderNotScannedMarkdown(r.filesNotScanned, `${heading}#`));
  return lines.join("\n");
}
const visualize = {
  name: "visualize",
  usage: "visualize [DIR]",
  summary: "resource graph and cost breakdown",
  available: true,
  formats: ["markdown", "json"],
  run: (ctx) => visualizeDirectory(ctx, ctx.settings.dir),
  renderMarkdown: (r) => renderVisualizeMarkdown(r)
};

export { costByService, visualize as default, renderVisualizeMarkdown, visualizeDirectory };
