import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { n as notADirectory, a as repositoryRoot, i as isWithin$1, c as checkInside } from "./load-CM2Ct550.js";
import { I as InputError } from "./errors-D-4Njnnn.js";
import { l as loadRequirements } from "./index-C9vkGXKI.js";
import { m as markdownCode, t as tableCell } from "./markdown-Xcqzlf9y.js";
import { stat, mkdir, writeFile, rm } from "node:fs/promises";
import { posix as posix$1, join, basename, relative, sep, isAbsolute, resolve, dirname } from "node:path";
import { S as Supervisor } from "./step-DxPyN5dH.js";
import { i as isWithin, d as dirOf, j as joinPath, b as isDeployablePath, c as isSkippedDir, n as nameExclusion, l as languageOf, e as dirExclusion, s as streamTrackedFiles, w as walkTree, f as inSkippedDir, S as SHORT_NAME, g as SECRET_NAME, T as THIRD_PARTY_SETTING, O as OWN_SECRET, W as WIRED_STORES, h as appSecretName, H as HTTP_METHODS, k as lambdaFunctionSchema, m as componentSchema, L as LOG_RETENTION_DAYS, C as CATALOG, D as DATASTORE_SERVES, o as loadProviderSchema, q as schemaLabel, r as renderModule, v as validateModule, E as EMBEDDED_STORES, t as requirements, u as exampleEntries, x as envFileEntries, y as shareWalks, z as refineStage } from "./refine-B_8GsqSu.js";
import { d as distExports } from "./index-CZcDDwPZ.js";
import { X as XMLValidator, a as XMLParser } from "./fxp-CRuWyBed.js";
import { readdirSync, statSync, openSync, readSync, fstatSync, closeSync, readFileSync, lstatSync, existsSync } from "node:fs";
import { m as awsName, e as estimateCosts } from "./engine-CuWg4N1G.js";
import { gunzipSync } from "node:zlib";
import { h as looseObject, r as record, s as string, j as lazy, d as boolean, n as number } from "./schemas-CUcVUsYh.js";
import { c as createLlm } from "./index-C6oWUUQP.js";
import { a as renderAdjustmentsMarkdown, r as renderLlmMarkdown } from "./markdown-CdD0O2Rp.js";
const CATEGORY = {
  postgresql: "relational",
  mysql: "relational",
  mariadb: "relational",
  sqlite: "relational",
  sqlserver: "relational",
  h2: "relational",
  mongodb: "document",
  dynamodb: "document",
  cassandra: "document",
  redis: "cache",
  memcached: "cache",
  elasticsearch: "search",
  opensearch: "search",
  rabbitmq: "messaging",
  kafka: "messaging"
};
const categoryOf = (id) => CATEGORY[id] ?? id;
const DATABASE_ROLES = ["relational", "document"];
function statedRoles(stated, primary) {
  const roles = new Set(stated.map(categoryOf));
  if (primary && DATABASE_ROLES.includes(categoryOf(primary))) for (const role of DATABASE_ROLES) roles.add(role);
  return roles;
}
function replaceByCategory(detected, stated, roles) {
  return [.../* @__PURE__ */ new Set([...stated, ...detected.filter((d) => !roles.has(categoryOf(d)))])].sort();
}
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
function applyRequirements(profile, req) {
  const overrides = [...profile.overrides ?? []];
  const stated = (field, detected, result) => {
    if (!same([...detected].sort(), [...result].sort())) overrides.push({ field, stated: result, detected, source: req.source });
  };
  const out = { ...profile, services: profile.services.map((s) => ({ ...s })) };
  const single = out.services.length === 1;
  const storesStated = [.../* @__PURE__ */ new Set([...req.database ? [req.database] : [], ...req.datastores ?? []])];
  if (storesStated.length) {
    const roles = statedRoles(storesStated, req.database);
    const next = replaceByCategory(profile.datastores, storesStated, roles);
    stated("datastores", profile.datastores, next);
    out.datastores = next;
    for (const svc of out.services) {
      if (single || svc.datastores.some((d) => roles.has(categoryOf(d))))
        svc.datastores = replaceByCategory(svc.datastores, storesStated, roles);
    }
  }
  if (req.frameworks?.length) {
    const next = [...new Set(req.frameworks)].sort();
    stated("frameworks", profile.frameworks, next);
    out.frameworks = next;
    if (single) out.services[0].frameworks = next;
  }
  if (req.languages?.length) {
    const known = new Set(out.languages.map((l) => l.name));
    const missing = req.languages.filter((l) => !known.has(l));
    if (missing.length) {
      stated("languages", [...known], [...known, ...missing]);
      out.languages = [...out.languages, ...missing.map((name) => ({ name, files: 0, bytes: 0, share: 0 }))];
    }
  }
  for (const svcReq of req.services) {
    const svc = findService(out.services, svcReq.name, svcReq.path);
    if (!svc) {
      out.warnings = [
        ...out.warnings,
        { file: req.source, message: `service "${svcReq.name}" named in ${req.source} was not found in the repository` }
      ];
      continue;
    }
    if (svcReq.port !== void 0 && svcReq.port !== svc.port) {
      overrides.push({
        field: `services.${svc.name}.port`,
        stated: [String(svcReq.port)],
        detected: svc.port === null ? [] : [String(svc.port)],
        source: req.source
      });
      svc.port = svcReq.port;
    }
    if (svcReq.compute) svc.compute = svcReq.compute;
  }
  if (req.compute) for (const svc of out.services) svc.compute ??= req.compute;
  if (overrides.length) out.overrides = overrides;
  return out;
}
function findService(services, name, path) {
  const norm2 = (p) => p.replace(/^\.\//, "").replace(/\/+$/, "") || ".";
  return services.find((s) => path !== void 0 && norm2(s.path) === norm2(path) || s.name === name);
}
const t = (v) => tableCell(v);
function renderRequirementsMarkdown(r) {
  const out = ["## Requirements", ""];
  out.push(
    r.source === "defaults" ? "_No inframate.md found: defaults, everything else detected._" : `_From ${markdownCode(r.source)}._`,
    ""
  );
  if (r.appName) out.push(`- **App:** ${t(r.appName)}`);
  out.push(`- **Environment:** ${t(r.environment)}${r.environments.length > 1 ? ` (of ${t(r.environments.join(", "))})` : ""}`);
  out.push(`- **Region:** ${t(r.region)}`);
  out.push(`- **Availability:** ${r.availability}`);
  if (r.budgetMonthly !== void 0) out.push(`- **Budget:** $${r.budgetMonthly}/month`);
  if (r.expectedTraffic) out.push(`- **Expected traffic:** ${t(r.expectedTraffic)}`);
  if (r.compliance.length) out.push(`- **Compliance:** ${t(r.compliance.join(", "))}`);
  if (r.compute) out.push(`- **Compute:** ${t(r.compute)}`);
  if (r.database) out.push(`- **Database:** ${t(r.database)}`);
  if (r.datastores?.length) out.push(`- **Datastores:** ${t(r.datastores.join(", "))}`);
  if (r.frameworks?.length) out.push(`- **Frameworks:** ${t(r.frameworks.join(", "))}`);
  if (r.languages?.length) out.push(`- **Languages:** ${t(r.languages.join(", "))}`);
  if (Object.keys(r.tags).length)
    out.push(
      `- **Tags:** ${t(
        Object.entries(r.tags).map(([k, v]) => `${k}=${v}`).join(", ")
      )}`
    );
  if (r.notes.length) out.push("", "**Notes:**", ...r.notes.map((n) => `- ${t(n)}`));
  if (r.warnings.length)
    out.push("", "**Warnings:**", ...r.warnings.map((w) => `- ${markdownCode(`${w.file}${w.line ? `:${w.line}` : ""}`)}: ${t(w.message)}`));
  out.push("");
  return out;
}
function moduleDir(aggregator, entry) {
  const folder = entry.replace(/\\/g, "/").replace(/\/pom\.xml$/, "");
  const n = posix$1.normalize(posix$1.join(aggregator === "." ? "" : aggregator, folder)).replace(/\/+$/, "");
  if (n === "" || n === ".") return null;
  if (n === ".." || n.startsWith("../") || posix$1.isAbsolute(n)) return null;
  return n;
}
function aggregators(units) {
  const out = { maven: /* @__PURE__ */ new Map(), gradle: /* @__PURE__ */ new Map() };
  for (const u of units) {
    for (const m of u.manifests) {
      if (m.ecosystem !== "jvm" || !m.workspaceRoot || m.packageManager !== "maven" && m.packageManager !== "gradle") continue;
      for (const entry of m.workspaces) {
        const dir = moduleDir(u.dir, entry);
        if (dir && dir !== u.dir && !out[m.packageManager].has(dir)) out[m.packageManager].set(dir, u.dir);
      }
    }
  }
  return out;
}
function buildRoots(units) {
  const parents = aggregators(units);
  return (unitDir, tool) => {
    const parent = parents[tool];
    let root = parent.get(unitDir);
    if (root === void 0) return null;
    if (tool === "maven") {
      const seen = /* @__PURE__ */ new Set([unitDir, root]);
      for (let up = parent.get(root); up !== void 0 && !seen.has(up); up = parent.get(up)) {
        seen.add(up);
        root = up;
      }
    }
    if (!isWithin(unitDir, root)) return null;
    const module = root === "." ? unitDir : unitDir.slice(root.length + 1);
    return { tool, dir: root, module, project: ":" + module.split("/").join(":") };
  };
}
const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)(\.[\w.-]+)?$|(^|\/)[\w.-]+\.(Dockerfile|dockerfile)$/;
const COMPOSE_FILE = /(^|\/)(docker-)?compose([.-][\w.-]+)?\.ya?ml$/;
const DEVCONTAINER = /(^|\/)\.devcontainer\//;
const OPS_IMAGES = /^(docker\.io\/)?(grafana\/(grafana|loki|tempo|promtail)|prom\/\w+|openzipkin\/zipkin|jaegertracing\/[\w-]+|otel\/opentelemetry-collector[\w-]*|docker\.elastic\.co\/(kibana|logstash|beats)\/\w+|(library\/)?(nginx|traefik|haproxy|caddy)|envoyproxy\/envoy|nginxinc\/nginx-unprivileged)(:|@|$)/;
const SERVER_IMAGE_PORTS = [
  { image: /^(docker\.io\/)?(library\/)?(nginx|httpd|caddy|openresty\/openresty)(:|@|$)/, port: 80 },
  { image: /^(docker\.io\/)?nginxinc\/nginx-unprivileged(:|@|$)/, port: 8080 },
  { image: /^(docker\.io\/)?(bitnami\/nginx|bitnami\/apache)(:|@|$)/, port: 8080 },
  { image: /^mcr\.microsoft\.com\/dotnet\/(core\/)?aspnet:[1-7]\./, port: 80 },
  { image: /^mcr\.microsoft\.com\/dotnet\/aspnet:([89]|\d\d)\./, port: 8080 }
];
const ENV_PORT = /(?:^|\s)(?:PORT|SERVER_PORT|HTTP_PORT|ASPNETCORE_HTTP_PORTS)[=\s]+["']?(\d{2,5})\b|ASPNETCORE_URLS[=\s]+["']?https?:\/\/[^:;\s]+:(\d{2,5})/;
function commandOf$1(arg) {
  const t2 = arg.trim();
  if (t2.startsWith("[")) {
    try {
      const parts = JSON.parse(t2);
      if (Array.isArray(parts)) return parts.map(String).join(" ");
    } catch {
    }
  }
  return t2;
}
function parseDockerfile(text2) {
  const lines = text2.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  const stages = /* @__PURE__ */ new Map();
  let stage = { expose: [], cmd: null, entrypoint: null };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(\w+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const instr = m[1].toUpperCase();
    if (instr === "FROM") {
      const tokens = m[2].split(/\s+/).filter((t2) => t2 && !t2.startsWith("--"));
      const image = (tokens[0] ?? "").toLowerCase();
      const parent = stages.get(image);
      stage = parent ? { ...parent, expose: [...parent.expose] } : {
        expose: [],
        cmd: null,
        entrypoint: null,
        imagePort: SERVER_IMAGE_PORTS.find((s) => s.image.test(image))?.port,
        baseImage: image
      };
      if (tokens[1]?.toLowerCase() === "as" && tokens[2]) stages.set(tokens[2].toLowerCase(), stage);
    } else if (instr === "EXPOSE") {
      for (const p of m[2].split(/\s+/)) {
        const n = Number(p.replace(/\/(tcp|udp)$/i, ""));
        if (Number.isInteger(n) && n > 0 && n < 65536) stage.expose.push(n);
      }
    } else if (instr === "ENV") {
      const port = ENV_PORT.exec(" " + m[2]);
      const n = port ? Number(port[1] ?? port[2]) : NaN;
      if (Number.isInteger(n) && n > 0 && n < 65536) stage.imagePort = n;
    } else if (instr === "CMD") stage.cmd = commandOf$1(m[2]);
    else if (instr === "ENTRYPOINT") stage.entrypoint = commandOf$1(m[2]);
  }
  const run = [stage.entrypoint, stage.cmd].filter(Boolean).join(" ");
  const info = { expose: stage.expose, cmd: run || null };
  if (stage.imagePort !== void 0) info.imagePort = stage.imagePort;
  if (stage.baseImage) info.baseImage = stage.baseImage;
  return info;
}
function parseCompose(text2) {
  const counter = new distExports.LineCounter();
  const doc = distExports.parseDocument(text2, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { services: [], warnings: [{ line: counter.linePos(e.pos[0]).line, message: `malformed YAML: ${e.message.split("\n")[0]}` }] };
  }
  let root;
  try {
    root = doc.toJS({ maxAliasCount: 1e3 });
  } catch (error) {
    let line = 1;
    distExports.visit(doc, {
      Alias(_, node2) {
        if (node2.range) line = counter.linePos(node2.range[0]).line;
        return distExports.visit.BREAK;
      }
    });
    return { services: [], warnings: [{ line, message: `compose file not read: ${error.message.split("\n")[0]}` }] };
  }
  const services = [];
  const lineOf = (path) => {
    const node2 = doc.getIn(path, true);
    return node2?.range ? counter.linePos(node2.range[0]).line : void 0;
  };
  const keyLine = (name) => {
    const map = doc.get("services", true);
    const item = map?.items?.find((i) => i.key?.value === name);
    return item?.key?.range ? counter.linePos(item.key.range[0]).line : void 0;
  };
  if (!root || typeof root !== "object" || !("services" in root)) return { services, warnings: [] };
  const svcMap = root.services;
  if (!svcMap || typeof svcMap !== "object") return { services, warnings: [] };
  for (const [name, raw] of Object.entries(svcMap)) {
    const s = raw ?? {};
    const svc = { name, ports: [], dependsOn: [], environment: [] };
    const at2 = keyLine(name);
    if (at2 !== void 0) svc.line = at2;
    if (Array.isArray(s.profiles)) svc.profiles = s.profiles.map(String);
    const hc = s.healthcheck;
    if (hc && typeof hc === "object" && hc.test !== void 0)
      svc.healthcheck = Array.isArray(hc.test) ? hc.test.map(String).join(" ") : String(hc.test);
    if (typeof s.env_file === "string") svc.envFile = [s.env_file];
    else if (Array.isArray(s.env_file))
      svc.envFile = s.env_file.map((e) => typeof e === "object" && e ? String(e.path) : String(e));
    if (s.build && typeof s.build === "object" && typeof s.build.target === "string")
      svc.target = s.build.target;
    if (typeof s.image === "string") svc.image = s.image;
    if (typeof s.command === "string") svc.command = s.command.trim();
    else if (Array.isArray(s.command)) svc.command = s.command.map(String).join(" ");
    if (typeof s.build === "string") svc.context = s.build;
    else if (s.build && typeof s.build === "object") {
      const b = s.build;
      svc.context = typeof b.context === "string" ? b.context : ".";
      if (typeof b.dockerfile === "string") svc.dockerfile = b.dockerfile;
    }
    for (const p of Array.isArray(s.ports) ? s.ports : []) {
      const target = typeof p === "object" && p ? Number(p.target) : Number(
        String(p).replace(/\/(tcp|udp)$/, "").split(":").pop()?.split("-")[0]
      );
      if (Number.isInteger(target) && target > 0) {
        svc.ports.push(target);
        (svc.publishedPorts ??= []).push(target);
      }
    }
    for (const p of Array.isArray(s.expose) ? s.expose : []) if (Number.isInteger(Number(p))) svc.ports.push(Number(p));
    for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
      const src = typeof v === "string" ? v.split(":")[0] : v && typeof v === "object" ? String(v.source ?? "") : "";
      if (/^\.{1,2}(\/|$)/.test(src)) svc.mountsSource = true;
    }
    if (Array.isArray(s.depends_on)) svc.dependsOn = s.depends_on.map(String);
    else if (s.depends_on && typeof s.depends_on === "object") svc.dependsOn = Object.keys(s.depends_on);
    if (Array.isArray(s.environment)) {
      svc.environment = s.environment.map(String);
      svc.environmentLines = s.environment.map((_, i) => lineOf(["services", name, "environment", i]) ?? at2 ?? 1);
    } else if (s.environment && typeof s.environment === "object") {
      svc.environment = Object.entries(s.environment).map(([k, v]) => `${k}=${v ?? ""}`);
      svc.environmentLines = Object.keys(s.environment).map((k) => lineOf(["services", name, "environment", k]) ?? at2 ?? 1);
    }
    services.push(svc);
  }
  return { services, warnings: [] };
}
const URL_SCHEMES = {
  postgres: "postgresql",
  postgresql: "postgresql",
  "postgresql+asyncpg": "postgresql",
  "postgresql+psycopg": "postgresql",
  "postgresql+psycopg2": "postgresql",
  mysql: "mysql",
  "mysql+pymysql": "mysql",
  "mysql+aiomysql": "mysql",
  mysql2: "mysql",
  mariadb: "mariadb",
  mongodb: "mongodb",
  "mongodb+srv": "mongodb",
  redis: "redis",
  rediss: "redis",
  amqp: "rabbitmq",
  amqps: "rabbitmq",
  memcached: "memcached",
  memcache: "memcached",
  sqlserver: "sqlserver",
  mssql: "sqlserver",
  "mssql+pyodbc": "sqlserver",
  sqlite: "sqlite",
  "sqlite+aiosqlite": "sqlite",
  kafka: "kafka",
  cassandra: "cassandra"
};
const URL_SCHEME = /\b([a-z][a-z0-9+]*):\/\//g;
const ENV_SELECTORS = [
  {
    key: /^DB_(CONNECTION|ENGINE|DRIVER|DIALECT|TYPE)$|^DATABASE_(ENGINE|DRIVER|DIALECT|TYPE)$|^TYPEORM_CONNECTION$/,
    values: {
      mysql: "mysql",
      pgsql: "postgresql",
      postgres: "postgresql",
      postgresql: "postgresql",
      sqlite: "sqlite",
      sqlsrv: "sqlserver",
      mssql: "sqlserver",
      mariadb: "mariadb",
      mongodb: "mongodb"
    }
  },
  {
    key: /^(CACHE_DRIVER|CACHE_STORE|SESSION_DRIVER|QUEUE_CONNECTION|QUEUE_DRIVER|CACHE_BACKEND|BROADCAST_DRIVER)$/,
    values: { redis: "redis", memcached: "memcached", dynamodb: "dynamodb", sqs: "sqs", rabbitmq: "rabbitmq" }
  }
];
const MESSAGING_VALUES = [
  { pattern: /https:\/\/sqs\.[a-z0-9-]+\.amazonaws\.com\/|arn:aws:sqs:/, id: "sqs" },
  { pattern: /arn:aws:sns:/, id: "sns" },
  { pattern: /arn:aws:kinesis:/, id: "kinesis" },
  { pattern: /^amqps?:\/\//, id: "rabbitmq" }
];
const COMPOSE_IMAGES = [
  { image: /(^|\/)(postgres|postgresql|postgis|timescaledb(-ha)?|pgvector)$/, id: "postgresql" },
  { image: /(^|\/)(mysql|mysql-server|percona(-server)?)$/, id: "mysql" },
  { image: /(^|\/)mariadb$/, id: "mariadb" },
  { image: /(^|\/)(mongo|mongodb|mongodb-community-server)$/, id: "mongodb" },
  { image: /(^|\/)(redis|redis-stack|redis-stack-server|valkey|keydb)$/, id: "redis" },
  { image: /(^|\/)(memcached)$/, id: "memcached" },
  { image: /(^|\/)(rabbitmq)$/, id: "rabbitmq" },
  { image: /(^|\/)(kafka|cp-kafka|cp-server|redpanda)$/, id: "kafka" },
  { image: /(^|\/)(elasticsearch)$/, id: "elasticsearch" },
  { image: /(^|\/)(opensearch)$/, id: "opensearch" },
  { image: /(^|\/)(cassandra|scylla)$/, id: "cassandra" },
  { image: /(^|\/)(mssql\/server|azure-sql-edge)$/, id: "sqlserver" },
  { image: /(^|\/)(dynamodb-local)$/, id: "dynamodb" }
];
function imageDatastore(image) {
  const bare = image.replace(/@.*$/, "").replace(/:[^/]*$/, "").replace(/^[^/]+\.[^/]+\//, "");
  return COMPOSE_IMAGES.find((r) => r.image.test(bare))?.id;
}
const ENV_EXAMPLE = /(^|\/)\.env\.(example|sample|template|dist|defaults|tmpl|local\.example|development)$|(^|\/)(example|sample)\.env$|(^|\/)\.?env[.-](example|sample|template|dist)([.-][\w-]+)?$/;
function scanEnv(lines) {
  const datastores = /* @__PURE__ */ new Set();
  const messaging = /* @__PURE__ */ new Set();
  let port = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const kv = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*[=:]\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key2 = kv[1].toUpperCase();
    const value = kv[2].replace(/^['"]|['"]$/g, "").trim();
    for (const m of value.matchAll(URL_SCHEME)) {
      const id = URL_SCHEMES[m[1].toLowerCase()];
      if (id) datastores.add(id);
    }
    const jdbc = /jdbc:(\w+):/.exec(value);
    if (jdbc && URL_SCHEMES[jdbc[1]]) datastores.add(URL_SCHEMES[jdbc[1]]);
    for (const sel of ENV_SELECTORS) {
      const id = sel.key.test(key2) ? sel.values[value.toLowerCase()] : void 0;
      if (!id) continue;
      if (id === "sqs") messaging.add(id);
      else datastores.add(id);
    }
    for (const m of MESSAGING_VALUES) if (m.pattern.test(value)) messaging.add(m.id);
    if ((key2 === "PORT" || key2 === "APP_PORT" || key2 === "SERVER_PORT" || key2 === "HTTP_PORT") && port === null) {
      const n = Number(value);
      if (Number.isInteger(n) && n > 0 && n < 65536) port = n;
    }
  }
  for (const m of messaging) if (m === "rabbitmq" || m === "kafka") datastores.add(m);
  if (datastores.has("rabbitmq")) messaging.add("rabbitmq");
  if (datastores.has("kafka")) messaging.add("kafka");
  return { datastores: [...datastores].sort(), messaging: [...messaging].sort(), port };
}
const normalize$1 = (p) => {
  const n = posix$1.normalize(p).replace(/\/+$/, "");
  return n === "" || n === "./" ? "." : n.replace(/^\.\//, "");
};
function preferred(candidate, current, dir) {
  const folder = posix$1.basename(dir === "." ? "" : dir);
  const plain = (s) => !s.dockerfile || /(^|\/)Dockerfile$/.test(s.dockerfile);
  const rank2 = (s) => (folder && s.name === folder ? 4 : 0) + (plain(s) ? 2 : 0) + (s.command ? 0 : 1);
  return rank2(candidate) > rank2(current);
}
const WORKER_COMMAND = /\bcelery\b.*\b(worker|beat)\b|\b(rq|rqworker|dramatiq|arq|huey_consumer|sidekiq|good_job|solid_queue|resque|delayed_job)\b|\b(queue:work|queue:listen|horizon)\b|\bjobs:work\b|\bnpm run (worker|jobs|queue)\b|\bnode\s+\S*(worker|queue|jobs)\S*\.[cm]?js\b/;
function isWorker(s) {
  return !!s.command && WORKER_COMMAND.test(s.command) && !/\b(flower|--reload|nodemon)\b/.test(s.command);
}
function mergeComposeFiles(composeFiles) {
  const byDir = /* @__PURE__ */ new Map();
  const ordered = [...composeFiles].sort((a, b) => a.file.length - b.file.length || (a.file < b.file ? -1 : 1));
  for (const { file, services } of ordered) {
    const group = byDir.get(dirOf(file)) ?? { file, services: /* @__PURE__ */ new Map() };
    byDir.set(dirOf(file), group);
    for (const s of services) {
      const prev = group.services.get(s.name);
      if (!prev) {
        group.services.set(s.name, { ...s, ports: [...s.ports], dependsOn: [...s.dependsOn], environment: [...s.environment] });
        continue;
      }
      prev.image ??= s.image;
      prev.context ??= s.context;
      prev.dockerfile ??= s.dockerfile;
      prev.command ||= s.command;
      for (const p of s.ports) if (!prev.ports.includes(p)) prev.ports.push(p);
      for (const d of s.dependsOn) if (!prev.dependsOn.includes(d)) prev.dependsOn.push(d);
      prev.environment.push(...s.environment);
    }
  }
  return [...byDir.values()].map(({ file, services }) => ({ file, services: [...services.values()] })).sort((a, b) => a.file < b.file ? -1 : 1);
}
function applyEnvironment(u, s, imageStores) {
  for (const dep of s.dependsOn) {
    const id = imageStores.get(dep);
    if (id) u.datastores.add(id);
  }
  const env = scanEnv(s.environment);
  for (const id of env.datastores) u.datastores.add(id);
  for (const id of env.messaging) u.messaging.add(id);
}
function applyCompose(composeFiles, unitAt, dockerInfo, paths, dockerfileOwner2 = dirOf, unitForImage2 = () => void 0) {
  const datastores = /* @__PURE__ */ new Set();
  const messaging = /* @__PURE__ */ new Set();
  for (const { file, services } of mergeComposeFiles(composeFiles)) {
    const imageStores = /* @__PURE__ */ new Map();
    for (const s of services) {
      const id = s.image && !s.context ? imageDatastore(s.image) : void 0;
      if (id) {
        imageStores.set(s.name, id);
        datastores.add(id);
        if (id === "rabbitmq" || id === "kafka") messaging.add(id);
      }
    }
    for (const s of services) {
      if (s.context === void 0 && s.image && !imageStores.has(s.name)) {
        const u2 = unitForImage2(s.image);
        if (u2 && !u2.compose) {
          u2.compose = { ...s, file };
          applyEnvironment(u2, s, imageStores);
        }
        continue;
      }
      if (s.context === void 0) continue;
      const context = normalize$1(joinPath(dirOf(file), s.context));
      if (context.startsWith("..")) continue;
      const df = s.dockerfile ? normalize$1(joinPath(context, s.dockerfile)) : null;
      const named = df !== null && paths.has(df) && DOCKERFILE.test(df);
      const dir = named ? dockerfileOwner2(df) : context;
      if (dir.startsWith("..")) continue;
      const u = unitAt(dir);
      if (!u.compose || preferred(s, u.compose, dir)) {
        if (u.compose && isWorker(u.compose)) u.composeWorkers.push(u.compose);
        u.compose = { ...s, file };
      } else if (isWorker(s)) u.composeWorkers.push(s);
      if (named && u.compose.name === s.name) {
        u.dockerfile = df;
        u.docker = dockerInfo.get(df) ?? u.docker;
      }
      applyEnvironment(u, s, imageStores);
    }
  }
  return { datastores, messaging };
}
function emptyManifest(packageManager) {
  return { packageManager, name: null, deps: [], scripts: {}, workspaceRoot: false, workspaces: [] };
}
function lineAt(text2, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text2.length; i++) if (text2.charCodeAt(i) === 10) line++;
  return line;
}
function parseJson(text2) {
  try {
    return { value: JSON.parse(text2.replace(/^\uFEFF/, "")) };
  } catch (error) {
    const msg = error.message;
    const lineCol = /line (\d+)/.exec(msg);
    const pos = /position (\d+)/.exec(msg);
    const line = lineCol ? Number(lineCol[1]) : pos ? lineAt(text2, Number(pos[1])) : /end of JSON/i.test(msg) ? lineAt(text2.trimEnd(), text2.trimEnd().length) : void 0;
    return {
      warning: {
        line,
        message: `malformed JSON: ${msg.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "")}`
      }
    };
  }
}
const isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const stringRecord = (v) => {
  const out = {};
  if (isRecord(v)) {
    for (const [k, val] of Object.entries(v)) if (typeof val === "string") out[k] = val;
  }
  return out;
};
const xml$1 = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["ItemGroup", "PackageReference", "ProjectReference", "PropertyGroup"].includes(name)
});
const TEST_PACKAGES = /^(Microsoft\.NET\.Test\.Sdk|xunit|NUnit|MSTest\.TestFramework)$/i;
const dotnetProject = {
  match: /\.(csproj|fsproj|vbproj)$/,
  parse(source, file) {
    const valid = XMLValidator.validate(source);
    if (valid !== true) return { manifest: null, warnings: [{ line: valid.err.line, message: `malformed XML: ${valid.err.msg}` }] };
    const doc = xml$1.parse(source);
    const project = isRecord(doc.Project) ? doc.Project : void 0;
    if (!project) return { manifest: null, warnings: [{ line: 1, message: "project file has no <Project> element" }] };
    const m = emptyManifest("nuget");
    const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.\w+proj$/, "");
    const props = (Array.isArray(project.PropertyGroup) ? project.PropertyGroup : []).filter(isRecord);
    const prop = (name) => props.map((p) => p[name]).find((v) => typeof v === "string");
    m.name = prop("AssemblyName") ?? base;
    const sdk = typeof project["@Sdk"] === "string" ? project["@Sdk"] : "";
    if (sdk) m.deps.push({ name: `sdk:${sdk}`, scope: "prod" });
    for (const group of (Array.isArray(project.ItemGroup) ? project.ItemGroup : []).filter(isRecord)) {
      for (const ref of (Array.isArray(group.PackageReference) ? group.PackageReference : []).filter(isRecord)) {
        const name = ref["@Include"] ?? ref["@Update"];
        if (typeof name === "string") m.deps.push({ name, scope: "prod" });
      }
    }
    m.testProject = prop("IsTestProject") === "true" || m.deps.some((d) => TEST_PACKAGES.test(d.name));
    if (m.testProject) for (const d of m.deps) d.scope = "test";
    const output = prop("OutputType");
    m.app = /^Microsoft\.NET\.Sdk\.(Web|Worker)$/i.test(sdk) || output === "Exe" || output === "WinExe" ? true : output === "Library" || /^Microsoft\.NET\.Sdk(\.Razor)?$/i.test(sdk) ? false : void 0;
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
    for (const group of (Array.isArray(project.ItemGroup) ? project.ItemGroup : []).filter(isRecord)) {
      for (const ref of (Array.isArray(group.ProjectReference) ? group.ProjectReference : []).filter(isRecord)) {
        const include = ref["@Include"];
        if (typeof include !== "string") continue;
        const target = posix$1.normalize(posix$1.join(dir, posix$1.dirname(include.replace(/\\/g, "/"))));
        if (!target.startsWith("..")) (m.references ??= []).push(target);
      }
    }
    return { manifest: m, warnings: [] };
  }
};
const dotnet = {
  id: "dotnet",
  manifests: [dotnetProject],
  frameworks: [{ id: "aspnetcore", names: ["sdk:Microsoft.NET.Sdk.Web", "Microsoft.AspNetCore.*", "Swashbuckle.AspNetCore"] }],
  datastores: [
    { id: "postgresql", names: ["Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL"] },
    { id: "mysql", names: ["MySql.Data", "MySqlConnector", "Pomelo.EntityFrameworkCore.MySql", "MySql.EntityFrameworkCore"] },
    { id: "mongodb", names: ["MongoDB.Driver", "MongoDB.EntityFrameworkCore"] },
    {
      id: "redis",
      names: ["StackExchange.Redis", "Microsoft.Extensions.Caching.StackExchangeRedis", "Microsoft.Extensions.Caching.Redis"]
    },
    { id: "dynamodb", names: ["AWSSDK.DynamoDBv2"] },
    { id: "sqlite", names: ["Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite", "System.Data.SQLite"] },
    { id: "sqlserver", names: ["Microsoft.Data.SqlClient", "System.Data.SqlClient", "Microsoft.EntityFrameworkCore.SqlServer"] },
    { id: "elasticsearch", names: ["Elastic.Clients.Elasticsearch", "NEST", "Elasticsearch.Net"] },
    { id: "opensearch", names: ["OpenSearch.Client", "OpenSearch.Net"] },
    { id: "rabbitmq", names: ["RabbitMQ.Client", "MassTransit.RabbitMQ", "EasyNetQ"] },
    { id: "kafka", names: ["Confluent.Kafka", "MassTransit.Kafka"] },
    { id: "memcached", names: ["EnyimMemcachedCore"] },
    { id: "cassandra", names: ["CassandraCSharpDriver"] }
  ],
  messaging: [
    { id: "sqs", names: ["AWSSDK.SQS", "MassTransit.AmazonSQS"] },
    { id: "sns", names: ["AWSSDK.SimpleNotificationService"] },
    { id: "rabbitmq", names: ["RabbitMQ.Client", "MassTransit.RabbitMQ", "EasyNetQ"] },
    { id: "kafka", names: ["Confluent.Kafka", "MassTransit.Kafka"] }
  ],
  markers: [],
  content: [],
  implies: {},
  defaultPorts: { aspnetcore: 8080 }
};
const goMod = {
  match: /^go\.mod$/,
  parse(text2) {
    const m = emptyManifest("go");
    let inRequire = false;
    for (const raw of text2.split(/\r?\n/)) {
      const line = raw.trim();
      const mod = /^module\s+(\S+)/.exec(line);
      if (mod) m.name = mod[1].replace(/^"|"$/g, "");
      if (/^require\s*\($/.test(line)) {
        inRequire = true;
        continue;
      }
      if (inRequire && line === ")") {
        inRequire = false;
        continue;
      }
      const req = inRequire ? /^(\S+)\s+\S+/.exec(line) : /^require\s+(\S+)\s+\S+/.exec(line);
      if (req && !req[1].startsWith("//")) m.deps.push({ name: req[1], scope: /\/\/\s*indirect\b/.test(line) ? "indirect" : "prod" });
    }
    return { manifest: m, warnings: [] };
  }
};
const goWork = {
  match: /^go\.work$/,
  parse(text2) {
    const m = emptyManifest("go");
    m.workspaceRoot = true;
    m.workspaces = [...text2.matchAll(/^\s*(?:use\s+)?(\.\/?[^\s()]*)\s*$/gm)].map((x) => x[1].replace(/^\.\//, ""));
    return { manifest: m, warnings: [] };
  }
};
const go = {
  id: "go",
  manifests: [goMod, goWork],
  frameworks: [
    { id: "gin", names: ["github.com/gin-gonic/gin"] },
    { id: "echo", names: ["github.com/labstack/echo", "github.com/labstack/echo/v4", "github.com/labstack/echo/v5"] },
    { id: "fiber", names: ["github.com/gofiber/fiber", "github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3"] },
    { id: "chi", names: ["github.com/go-chi/chi", "github.com/go-chi/chi/v5"] },
    { id: "gorilla-mux", names: ["github.com/gorilla/mux"] }
  ],
  datastores: [
    {
      id: "postgresql",
      names: [
        "github.com/lib/pq",
        "github.com/jackc/pgx",
        "github.com/jackc/pgx/v4",
        "github.com/jackc/pgx/v5",
        "gorm.io/driver/postgres",
        "github.com/go-pg/pg/v10",
        "github.com/uptrace/bun/dialect/pgdialect"
      ]
    },
    { id: "mysql", names: ["github.com/go-sql-driver/mysql", "gorm.io/driver/mysql"] },
    { id: "mongodb", names: ["go.mongodb.org/mongo-driver", "go.mongodb.org/mongo-driver/v2"] },
    {
      id: "redis",
      names: [
        "github.com/redis/go-redis/v9",
        "github.com/go-redis/redis",
        "github.com/go-redis/redis/v7",
        "github.com/go-redis/redis/v8",
        "github.com/gomodule/redigo",
        "github.com/redis/rueidis"
      ]
    },
    {
      id: "dynamodb",
      names: [
        "github.com/aws/aws-sdk-go-v2/service/dynamodb",
        "github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue",
        "github.com/guregu/dynamo"
      ]
    },
    { id: "sqlite", names: ["github.com/mattn/go-sqlite3", "modernc.org/sqlite", "gorm.io/driver/sqlite", "github.com/glebarez/sqlite"] },
    { id: "sqlserver", names: ["github.com/denisenkom/go-mssqldb", "github.com/microsoft/go-mssqldb", "gorm.io/driver/sqlserver"] },
    {
      id: "elasticsearch",
      names: ["github.com/elastic/go-elasticsearch/v7", "github.com/elastic/go-elasticsearch/v8", "github.com/olivere/elastic/v7"]
    },
    {
      id: "opensearch",
      names: [
        "github.com/opensearch-project/opensearch-go",
        "github.com/opensearch-project/opensearch-go/v2",
        "github.com/opensearch-project/opensearch-go/v4"
      ]
    },
    { id: "rabbitmq", names: ["github.com/streadway/amqp", "github.com/rabbitmq/amqp091-go"] },
    {
      id: "kafka",
      names: [
        "github.com/segmentio/kafka-go",
        "github.com/IBM/sarama",
        "github.com/Shopify/sarama",
        "github.com/confluentinc/confluent-kafka-go",
        "github.com/confluentinc/confluent-kafka-go/v2",
        "github.com/twmb/franz-go"
      ]
    },
    { id: "memcached", names: ["github.com/bradfitz/gomemcache"] },
    { id: "cassandra", names: ["github.com/gocql/gocql"] }
  ],
  messaging: [
    { id: "sqs", names: ["github.com/aws/aws-sdk-go-v2/service/sqs"] },
    { id: "sns", names: ["github.com/aws/aws-sdk-go-v2/service/sns"] },
    { id: "rabbitmq", names: ["github.com/streadway/amqp", "github.com/rabbitmq/amqp091-go"] },
    {
      id: "kafka",
      names: [
        "github.com/segmentio/kafka-go",
        "github.com/IBM/sarama",
        "github.com/Shopify/sarama",
        "github.com/confluentinc/confluent-kafka-go/v2",
        "github.com/twmb/franz-go"
      ]
    },
    { id: "kinesis", names: ["github.com/aws/aws-sdk-go-v2/service/kinesis"] },
    { id: "nats", names: ["github.com/nats-io/nats.go"] }
  ],
  // net/http alone has no dependency to see: a main package that serves HTTP is the marker.
  markers: [
    {
      id: "net-http",
      // Routers (chi, gorilla/mux) also serve through net/http: the standard library counts only alone.
      onlyAlone: true,
      files: ["main.go", "server.go", "cmd/server/main.go", "cmd/api/main.go"],
      contains: /http\.ListenAndServe(TLS)?\s*\(|http\.Server\s*\{/
    }
  ],
  content: [],
  usage: [
    {
      deps: ["github.com/aws/aws-sdk-go"],
      files: /\.go$/,
      pattern: /"github\.com\/aws\/aws-sdk-go\/service\/(sqs|sns|dynamodb|kinesis|eventbridge)"/g,
      ids: {
        sqs: { kind: "messaging", id: "sqs" },
        sns: { kind: "messaging", id: "sns" },
        kinesis: { kind: "messaging", id: "kinesis" },
        eventbridge: { kind: "messaging", id: "eventbridge" },
        dynamodb: { kind: "datastore", id: "dynamodb" }
      }
    }
  ],
  implies: {},
  defaultPorts: { gin: 8080 }
};
const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ["dependency", "module", "plugin"].includes(name)
});
const text$1 = (v) => typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : void 0;
const pomXml = {
  match: /^pom\.xml$/,
  parse(source) {
    const valid = XMLValidator.validate(source);
    if (valid !== true) return { manifest: null, warnings: [{ line: valid.err.line, message: `malformed XML: ${valid.err.msg}` }] };
    const doc = xml.parse(source);
    const project = isRecord(doc.project) ? doc.project : void 0;
    if (!project) return { manifest: null, warnings: [{ line: 1, message: "pom.xml has no <project> element" }] };
    const m = emptyManifest("maven");
    m.name = text$1(project.artifactId) ?? null;
    const parent = isRecord(project.parent) ? project.parent : void 0;
    if (parent && text$1(parent.groupId) && text$1(parent.artifactId))
      m.deps.push({ name: `${text$1(parent.groupId)}:${text$1(parent.artifactId)}`, scope: "prod" });
    const deps = isRecord(project.dependencies) && Array.isArray(project.dependencies.dependency) ? project.dependencies.dependency : [];
    for (const d of deps) {
      if (!isRecord(d) || !text$1(d.groupId) || !text$1(d.artifactId)) continue;
      const scope = text$1(d.scope);
      m.deps.push({ name: `${text$1(d.groupId)}:${text$1(d.artifactId)}`, scope: scope === "test" ? "test" : "prod" });
    }
    const build = isRecord(project.build) ? project.build : void 0;
    const version = text$1(project.version) ?? (parent ? text$1(parent.version) : void 0);
    const artifact = (build && text$1(build.finalName)) ?? (m.name && version ? `${m.name}-${version}` : void 0);
    if (artifact && !artifact.includes("${")) m.artifact = artifact;
    const plugins = build && isRecord(build.plugins) && Array.isArray(build.plugins.plugin) ? build.plugins.plugin : [];
    for (const p of plugins)
      if (isRecord(p) && text$1(p.groupId) && text$1(p.artifactId))
        m.deps.push({ name: `plugin:${text$1(p.groupId)}:${text$1(p.artifactId)}`, scope: "prod" });
    const modules = isRecord(project.modules) && Array.isArray(project.modules.module) ? project.modules.module.map(text$1).filter((x) => !!x) : [];
    m.workspaceRoot = text$1(project.packaging) === "pom" || modules.length > 0;
    m.workspaces = modules;
    return { manifest: m, warnings: [] };
  }
};
const GRADLE_DEP = /^\s*(implementation|api|compile|compileOnly|runtimeOnly|runtime|developmentOnly|annotationProcessor|kapt|ksp|testImplementation|testCompile|testRuntimeOnly|testCompileOnly|integrationTestImplementation)\s*\(?\s*(?:platform\s*\(\s*)?["']([^"':\s]+):([^"':\s]+)(?::[^"']*)?["']/gm;
const GRADLE_PLUGIN = /^\s*(?:id\s*\(?\s*["']([^"']+)["']|kotlin\s*\(\s*["']([^"']+)["']\s*\))/gm;
const APPLY_PLUGIN = /apply\s+plugin:\s*["']([^"']+)["']/g;
const buildGradle = {
  match: /^build\.gradle(\.kts)?$/,
  parse(source) {
    const m = emptyManifest("gradle");
    for (const d of source.matchAll(GRADLE_DEP)) {
      const scope = /^(test|integrationTest)/.test(d[1]) ? "test" : "prod";
      m.deps.push({ name: `${d[2]}:${d[3]}`, scope });
    }
    for (const p of source.matchAll(GRADLE_PLUGIN))
      m.deps.push({ name: `plugin:${p[1] ?? `org.jetbrains.kotlin.${p[2]}`}`, scope: "prod" });
    for (const p of source.matchAll(APPLY_PLUGIN)) m.deps.push({ name: `plugin:${p[1]}`, scope: "prod" });
    if (m.deps.some((d) => d.name === "plugin:application")) m.app = true;
    return { manifest: m, warnings: [] };
  }
};
const INCLUDE = /^\s*include\b\s*(?:\(([^)]*)\)|([^\n]*))/gm;
const settingsGradle = {
  match: /^settings\.gradle(\.kts)?$/,
  parse(source) {
    const m = emptyManifest("gradle");
    const includes = [...source.matchAll(INCLUDE)].flatMap(
      (x) => [...(x[1] ?? x[2]).matchAll(/["']:?([^"']+)["']/g)].map((y) => y[1].replace(/:/g, "/"))
    );
    m.workspaceRoot = includes.length > 0;
    m.workspaces = includes;
    const name = /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(source);
    m.name = name ? name[1] : null;
    return { manifest: m, warnings: [] };
  }
};
const jvm = {
  id: "jvm",
  manifests: [pomXml, buildGradle, settingsGradle],
  frameworks: [
    {
      id: "spring-boot",
      names: ["org.springframework.boot:*", "plugin:org.springframework.boot", "plugin:org.springframework.boot:spring-boot-maven-plugin"]
    },
    {
      id: "quarkus",
      names: ["io.quarkus:*", "io.quarkus.platform:*", "plugin:io.quarkus", "plugin:io.quarkus:*", "plugin:io.quarkus.platform:*"]
    },
    { id: "ktor", names: ["io.ktor:ktor-server-*", "plugin:io.ktor.plugin"] },
    { id: "micronaut", names: ["io.micronaut:*", "io.micronaut.*", "plugin:io.micronaut.*", "plugin:io.micronaut.maven:*"] }
  ],
  datastores: [
    {
      id: "postgresql",
      names: [
        "org.postgresql:postgresql",
        "org.postgresql:r2dbc-postgresql",
        "io.r2dbc:r2dbc-postgresql",
        "io.quarkus:quarkus-jdbc-postgresql",
        "io.quarkus:quarkus-reactive-pg-client",
        "io.vertx:vertx-pg-client"
      ]
    },
    {
      id: "mysql",
      names: ["mysql:mysql-connector-java", "com.mysql:mysql-connector-j", "io.quarkus:quarkus-jdbc-mysql", "io.asyncer:r2dbc-mysql"]
    },
    { id: "mariadb", names: ["org.mariadb.jdbc:mariadb-java-client", "io.quarkus:quarkus-jdbc-mariadb"] },
    {
      id: "mongodb",
      names: [
        "org.mongodb:*",
        "org.springframework.boot:spring-boot-starter-data-mongodb",
        "org.springframework.boot:spring-boot-starter-data-mongodb-reactive",
        "io.quarkus:quarkus-mongodb-client",
        "io.quarkus:quarkus-mongodb-panache"
      ]
    },
    {
      id: "redis",
      names: [
        "redis.clients:jedis",
        "io.lettuce:lettuce-core",
        "org.redisson:*",
        "org.springframework.boot:spring-boot-starter-data-redis",
        "org.springframework.boot:spring-boot-starter-data-redis-reactive",
        "io.quarkus:quarkus-redis-client"
      ]
    },
    {
      id: "dynamodb",
      names: [
        "software.amazon.awssdk:dynamodb",
        "software.amazon.awssdk:dynamodb-enhanced",
        "com.amazonaws:aws-java-sdk-dynamodb",
        "io.awspring.cloud:spring-cloud-aws-starter-dynamodb"
      ]
    },
    { id: "sqlite", names: ["org.xerial:sqlite-jdbc"] },
    { id: "sqlserver", names: ["com.microsoft.sqlserver:mssql-jdbc", "io.quarkus:quarkus-jdbc-mssql"] },
    {
      id: "elasticsearch",
      names: [
        "co.elastic.clients:elasticsearch-java",
        "org.elasticsearch.client:*",
        "org.springframework.boot:spring-boot-starter-data-elasticsearch"
      ]
    },
    { id: "opensearch", names: ["org.opensearch.client:*"] },
    {
      id: "rabbitmq",
      names: ["com.rabbitmq:amqp-client", "org.springframework.boot:spring-boot-starter-amqp", "org.springframework.amqp:spring-rabbit"]
    },
    {
      id: "kafka",
      names: [
        "org.apache.kafka:kafka-clients",
        "org.springframework.kafka:spring-kafka",
        "io.quarkus:quarkus-kafka-client",
        "io.quarkus:quarkus-messaging-kafka",
        "io.quarkus:quarkus-smallrye-reactive-messaging-kafka"
      ]
    },
    { id: "memcached", names: ["net.spy:spymemcached", "com.googlecode.xmemcached:xmemcached"] },
    { id: "cassandra", names: ["com.datastax.oss:java-driver-core", "org.springframework.boot:spring-boot-starter-data-cassandra"] },
    { id: "h2", names: ["com.h2database:h2"] }
  ],
  messaging: [
    {
      id: "sqs",
      names: [
        "software.amazon.awssdk:sqs",
        "com.amazonaws:aws-java-sdk-sqs",
        "io.awspring.cloud:spring-cloud-aws-starter-sqs",
        "io.awspring.cloud:spring-cloud-aws-messaging"
      ]
    },
    {
      id: "sns",
      names: ["software.amazon.awssdk:sns", "com.amazonaws:aws-java-sdk-sns", "io.awspring.cloud:spring-cloud-aws-starter-sns"]
    },
    {
      id: "rabbitmq",
      names: ["com.rabbitmq:amqp-client", "org.springframework.boot:spring-boot-starter-amqp", "org.springframework.amqp:spring-rabbit"]
    },
    {
      id: "kafka",
      names: [
        "org.apache.kafka:kafka-clients",
        "org.springframework.kafka:spring-kafka",
        "io.quarkus:quarkus-kafka-client",
        "io.quarkus:quarkus-messaging-kafka"
      ]
    },
    { id: "kinesis", names: ["software.amazon.awssdk:kinesis", "com.amazonaws:amazon-kinesis-client"] }
  ],
  markers: [],
  content: [
    {
      kind: "datastore",
      name: /^application[^/]*\.(properties|ya?ml)$/,
      files: /(^|\/)src\/main\/resources\/application[^/]*\.(properties|ya?ml)$/,
      pattern: /jdbc:(postgresql|mysql|mariadb|sqlserver|h2|sqlite)|db-kind\s*[=:]\s*(postgresql|mysql|mariadb|mssql|h2)/,
      ids: {
        postgresql: "postgresql",
        mysql: "mysql",
        mariadb: "mariadb",
        sqlserver: "sqlserver",
        mssql: "sqlserver",
        h2: "h2",
        sqlite: "sqlite"
      }
    }
  ],
  implies: {},
  defaultPorts: { "spring-boot": 8080, quarkus: 8080, micronaut: 8080, ktor: 8080 }
};
const packageJson = {
  match: /^package\.json$/,
  parse(text2) {
    const parsed = parseJson(text2);
    if ("warning" in parsed) return { manifest: null, warnings: [parsed.warning] };
    if (!isRecord(parsed.value)) return { manifest: null, warnings: [{ line: 1, message: "package.json is not a JSON object" }] };
    const pkg = parsed.value;
    const pmField = typeof pkg.packageManager === "string" ? /^(npm|yarn|pnpm|bun)@/.exec(pkg.packageManager)?.[1] : void 0;
    const m = emptyManifest(pmField ?? null);
    m.name = typeof pkg.name === "string" ? pkg.name : null;
    const add = (field, scope) => {
      for (const name of Object.keys(stringRecord(pkg[field]))) m.deps.push({ name, scope });
    };
    add("dependencies", "prod");
    add("optionalDependencies", "prod");
    add("devDependencies", "dev");
    m.scripts = stringRecord(pkg.scripts);
    if (pkg.private !== true && ["exports", "types", "typings", "files", "module"].some((k) => pkg[k] !== void 0)) m.app = false;
    if (typeof pkg.main === "string" && /\.[cm]?js$/.test(pkg.main)) m.entry = pkg.main.replace(/^\.\//, "");
    const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : isRecord(pkg.workspaces) && Array.isArray(pkg.workspaces.packages) ? pkg.workspaces.packages : [];
    m.workspaces = ws.filter((w) => typeof w === "string");
    m.workspaceRoot = m.workspaces.length > 0;
    return { manifest: m, warnings: [] };
  }
};
const pnpmWorkspace = {
  match: /^pnpm-workspace\.ya?ml$/,
  parse(text2) {
    const m = emptyManifest("pnpm");
    m.workspaceRoot = true;
    m.workspaces = [...text2.matchAll(/^\s*-\s*['"]?([^'"#\n]+?)['"]?\s*$/gm)].map((x) => x[1]);
    return { manifest: m, warnings: [] };
  }
};
const node = {
  id: "node",
  manifests: [packageJson, pnpmWorkspace],
  frameworks: [
    { id: "express", names: ["express"] },
    { id: "fastify", names: ["fastify"] },
    { id: "koa", names: ["koa"] },
    { id: "hapi", names: ["@hapi/hapi", "hapi"] },
    { id: "nestjs", names: ["@nestjs/core"] },
    { id: "nextjs", names: ["next"] },
    { id: "nuxt", names: ["nuxt", "nuxt3"], devToo: true },
    { id: "react", names: ["react"] },
    { id: "vue", names: ["vue"] },
    { id: "angular", names: ["@angular/core"] },
    { id: "svelte", names: ["svelte"], devToo: true },
    { id: "sveltekit", names: ["@sveltejs/kit"], devToo: true },
    { id: "remix", names: ["@remix-run/node", "@remix-run/react", "@remix-run/serve", "@remix-run/dev"], devToo: true },
    { id: "astro", names: ["astro"], devToo: true },
    { id: "gatsby", names: ["gatsby"] },
    { id: "vite", names: ["vite"], devToo: true },
    { id: "create-react-app", names: ["react-scripts"], devToo: true }
  ],
  datastores: [
    {
      id: "postgresql",
      names: ["pg", "postgres", "pg-promise", "pg-pool", "@neondatabase/serverless", "@vercel/postgres", "slonik", "@databases/pg"]
    },
    { id: "mysql", names: ["mysql", "mysql2", "@planetscale/database"] },
    { id: "mariadb", names: ["mariadb"] },
    { id: "mongodb", names: ["mongodb", "mongoose", "@typegoose/typegoose"] },
    {
      id: "redis",
      names: ["redis", "ioredis", "@redis/client", "bull", "bullmq", "connect-redis", "@upstash/redis", "cache-manager-redis-store"]
    },
    { id: "dynamodb", names: ["@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb", "dynamoose", "electrodb", "dynamodb-toolbox"] },
    { id: "sqlite", names: ["sqlite3", "better-sqlite3", "sqlite", "@libsql/client"] },
    { id: "sqlserver", names: ["mssql", "tedious"] },
    { id: "elasticsearch", names: ["@elastic/elasticsearch", "elasticsearch"] },
    { id: "opensearch", names: ["@opensearch-project/opensearch"] },
    { id: "rabbitmq", names: ["amqplib", "amqp-connection-manager", "@golevelup/nestjs-rabbitmq"] },
    { id: "kafka", names: ["kafkajs", "node-rdkafka", "@confluentinc/kafka-javascript"] },
    { id: "memcached", names: ["memcached", "memjs"] },
    { id: "cassandra", names: ["cassandra-driver"] }
  ],
  messaging: [
    { id: "sqs", names: ["@aws-sdk/client-sqs", "sqs-consumer", "sqs-producer"] },
    { id: "sns", names: ["@aws-sdk/client-sns"] },
    { id: "rabbitmq", names: ["amqplib", "amqp-connection-manager", "@golevelup/nestjs-rabbitmq"] },
    { id: "kafka", names: ["kafkajs", "node-rdkafka", "@confluentinc/kafka-javascript"] },
    { id: "kinesis", names: ["@aws-sdk/client-kinesis"] },
    { id: "eventbridge", names: ["@aws-sdk/client-eventbridge"] },
    { id: "nats", names: ["nats"] }
  ],
  markers: [
    { id: "nextjs", files: ["next.config.js", "next.config.mjs", "next.config.cjs", "next.config.ts"] },
    { id: "nuxt", files: ["nuxt.config.js", "nuxt.config.ts", "nuxt.config.mjs"] },
    { id: "angular", files: ["angular.json"] },
    { id: "svelte", files: ["svelte.config.js", "svelte.config.mjs", "svelte.config.ts"] },
    { id: "sveltekit", files: ["svelte.config.js", "svelte.config.mjs", "svelte.config.ts"], contains: /@sveltejs\/(kit|adapter)/ },
    { id: "astro", files: ["astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts"] },
    { id: "gatsby", files: ["gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs"] },
    { id: "remix", files: ["remix.config.js", "remix.config.mjs", "remix.config.ts"] },
    { id: "vite", files: ["vite.config.js", "vite.config.ts", "vite.config.mjs", "vite.config.mts", "vite.config.cjs"] },
    { id: "nestjs", files: ["nest-cli.json"] }
  ],
  content: [
    {
      kind: "datastore",
      name: /^schema\.prisma$/,
      files: /(^|\/)schema\.prisma$/,
      pattern: /provider\s*=\s*"(postgresql|postgres|mysql|sqlite|sqlserver|mongodb|cockroachdb)"/,
      ids: {
        postgresql: "postgresql",
        postgres: "postgresql",
        cockroachdb: "postgresql",
        mysql: "mysql",
        sqlite: "sqlite",
        sqlserver: "sqlserver",
        mongodb: "mongodb"
      }
    },
    {
      kind: "datastore",
      name: /^(knexfile|ormconfig|data-source|drizzle\.config|database\.config)\./,
      files: /(^|\/)(knexfile|ormconfig|data-source|drizzle\.config|database\.config)\.(js|ts|mjs|cjs|json)$/,
      pattern: /(?:client|type|dialect|driver)\s*["']?\s*[:=]\s*["'](pg|postgres|postgresql|mysql|mysql2|mariadb|sqlite|sqlite3|better-sqlite3|mssql|mongodb)["']/,
      ids: {
        pg: "postgresql",
        postgres: "postgresql",
        postgresql: "postgresql",
        mysql: "mysql",
        mysql2: "mysql",
        mariadb: "mariadb",
        sqlite: "sqlite",
        sqlite3: "sqlite",
        "better-sqlite3": "sqlite",
        mssql: "sqlserver",
        mongodb: "mongodb"
      }
    }
  ],
  usage: [
    {
      deps: ["aws-sdk"],
      files: /\.(js|mjs|cjs|ts|mts|cts|jsx|tsx)$/,
      pattern: /new\s+(?:AWS\.)?(SQS|SNS|DynamoDB|Kinesis|EventBridge)(?:\.DocumentClient)?\s*\(/g,
      ids: {
        SQS: { kind: "messaging", id: "sqs" },
        SNS: { kind: "messaging", id: "sns" },
        Kinesis: { kind: "messaging", id: "kinesis" },
        EventBridge: { kind: "messaging", id: "eventbridge" },
        DynamoDB: { kind: "datastore", id: "dynamodb" }
      }
    }
  ],
  implies: { nextjs: ["react"], gatsby: ["react"], remix: ["react"], "create-react-app": ["react"], nuxt: ["vue"], sveltekit: ["svelte"] },
  defaultPorts: {
    express: 3e3,
    fastify: 3e3,
    koa: 3e3,
    hapi: 3e3,
    nestjs: 3e3,
    nextjs: 3e3,
    nuxt: 3e3,
    remix: 3e3,
    sveltekit: 3e3
  }
};
const composerJson = {
  match: /^composer\.json$/,
  parse(text2) {
    const parsed = parseJson(text2);
    if ("warning" in parsed) return { manifest: null, warnings: [parsed.warning] };
    if (!isRecord(parsed.value)) return { manifest: null, warnings: [{ line: 1, message: "composer.json is not a JSON object" }] };
    const doc = parsed.value;
    const m = emptyManifest("composer");
    m.name = typeof doc.name === "string" ? doc.name : null;
    for (const name of Object.keys(stringRecord(doc.require))) if (name !== "php") m.deps.push({ name: name.toLowerCase(), scope: "prod" });
    for (const name of Object.keys(stringRecord(doc["require-dev"]))) m.deps.push({ name: name.toLowerCase(), scope: "dev" });
    m.scripts = stringRecord(doc.scripts);
    return { manifest: m, warnings: [] };
  }
};
const php = {
  id: "php",
  manifests: [composerJson],
  frameworks: [
    { id: "laravel", names: ["laravel/framework", "laravel/lumen-framework"] },
    { id: "symfony", names: ["symfony/framework-bundle", "symfony/symfony"] }
  ],
  datastores: [
    { id: "postgresql", names: ["ext-pgsql", "ext-pdo_pgsql"] },
    { id: "mysql", names: ["ext-mysqli", "ext-pdo_mysql"] },
    { id: "mongodb", names: ["mongodb/mongodb", "ext-mongodb", "jenssegers/mongodb", "mongodb/laravel-mongodb", "doctrine/mongodb-odm"] },
    { id: "redis", names: ["predis/predis", "ext-redis", "snc/redis-bundle"] },
    { id: "dynamodb", names: ["baopham/dynamodb"] },
    { id: "sqlite", names: ["ext-pdo_sqlite", "ext-sqlite3"] },
    { id: "sqlserver", names: ["ext-sqlsrv", "ext-pdo_sqlsrv"] },
    { id: "elasticsearch", names: ["elasticsearch/elasticsearch"] },
    { id: "opensearch", names: ["opensearch-project/opensearch-php"] },
    { id: "rabbitmq", names: ["php-amqplib/php-amqplib", "ext-amqp", "vladimir-yuldashev/laravel-queue-rabbitmq"] },
    { id: "kafka", names: ["ext-rdkafka", "mateusjunges/laravel-kafka"] },
    { id: "memcached", names: ["ext-memcached"] }
  ],
  messaging: [
    { id: "rabbitmq", names: ["php-amqplib/php-amqplib", "ext-amqp", "vladimir-yuldashev/laravel-queue-rabbitmq"] },
    { id: "kafka", names: ["ext-rdkafka", "mateusjunges/laravel-kafka"] },
    { id: "sqs", names: ["aws/aws-sdk-php-laravel-sqs", "bref/symfony-messenger"] }
  ],
  markers: [
    { id: "laravel", files: ["artisan"], contains: /laravel|Illuminate/i },
    { id: "symfony", files: ["symfony.lock", "config/bundles.php"] }
  ],
  content: [
    {
      kind: "datastore",
      name: /^doctrine\.ya?ml$/,
      files: /(^|\/)config\/packages\/doctrine\.ya?ml$/,
      pattern: /driver:\s*["']?pdo_(pgsql|mysql|sqlite|sqlsrv)/,
      ids: { pgsql: "postgresql", mysql: "mysql", sqlite: "sqlite", sqlsrv: "sqlserver" }
    }
  ],
  usage: [
    {
      deps: ["aws/aws-sdk-php", "aws/aws-sdk-php-laravel"],
      files: /\.php$/,
      pattern: /\b(Sqs|Sns|DynamoDb|Kinesis|EventBridge)Client\b/g,
      ids: {
        Sqs: { kind: "messaging", id: "sqs" },
        Sns: { kind: "messaging", id: "sns" },
        Kinesis: { kind: "messaging", id: "kinesis" },
        EventBridge: { kind: "messaging", id: "eventbridge" },
        DynamoDb: { kind: "datastore", id: "dynamodb" }
      }
    }
  ],
  implies: {},
  defaultPorts: { laravel: 8e3, symfony: 8e3 }
};
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string2, ptr) {
  let lines = string2.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string2, line, column) {
  let lines = string2.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
class TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t3 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t3, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t3 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t3, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t3 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t3, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t2 = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t2, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t2 = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t2, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t2 = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key2 = parseKey(ctx);
    for (let i = 0; i < key2.length; i++) {
      if (i)
        t2 = hasOwn ? t2[k] : t2[k] = /* @__PURE__ */ Object.create(null);
      k = key2[i];
      if ((hasOwn = Object.hasOwn(t2, k)) && (typeof t2[k] !== "object" || seen.has(t2[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t2 = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t2, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t2 && typeof (t2[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function peekTable(ctx, key2, table, meta, type) {
  let t2 = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key2.length; i++) {
    if (i) {
      t2 = hasOwn ? t2[k] : t2[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t2.length - 1;
        t2 = t2[l];
        m = m[l].c;
      }
    }
    k = key2[i];
    if ((hasOwn = Object.hasOwn(t2, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t2, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key2.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t2[k] = [];
    }
    t2[k].push(t2 = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t2 = hasOwn ? t2[k] : t2[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t2, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
function pythonName(req) {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req);
  return m ? m[1].toLowerCase().replace(/[._]+/g, "-") : null;
}
const DEV_FILE = /(dev|test|lint|doc|ci|local|tox|check|format|typing|mypy)/i;
const requirementsTxt = {
  match: /^requirements[^/]*\.(txt|in)$/,
  parse(text2, file) {
    const m = emptyManifest("pip");
    const scope = DEV_FILE.test(file.slice(file.lastIndexOf("/") + 1)) ? "dev" : "prod";
    for (const raw of text2.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (!line || line.startsWith("-r") || line.startsWith("-c") || line.startsWith("--")) continue;
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(raw);
      const name = line.startsWith("-e") || line.includes("://") ? egg ? pythonName(egg[1]) : null : pythonName(line);
      if (name) m.deps.push({ name, scope });
    }
    return { manifest: m, warnings: [] };
  }
};
function tomlError(error) {
  const e = error;
  return { line: e.line, message: `malformed TOML: ${(e.message ?? String(error)).split("\n")[0]}` };
}
const pyprojectToml = {
  match: /^pyproject\.toml$/,
  parse(text2) {
    let doc;
    try {
      doc = parse(text2);
    } catch (error) {
      return { manifest: null, warnings: [tomlError(error)] };
    }
    const tool = isRecord(doc.tool) ? doc.tool : {};
    const project = isRecord(doc.project) ? doc.project : {};
    const poetry = isRecord(tool.poetry) ? tool.poetry : void 0;
    const pm = poetry ? "poetry" : isRecord(tool.uv) ? "uv" : isRecord(tool.pdm) ? "pdm" : "pip";
    const m = emptyManifest(pm);
    m.name = typeof project.name === "string" ? project.name : typeof poetry?.name === "string" ? poetry.name : null;
    const addList = (v, scope) => {
      if (Array.isArray(v)) {
        for (const r of v) if (typeof r === "string") addName(pythonName(r), scope);
      }
    };
    const addName = (name, scope) => {
      if (name && name !== "python") m.deps.push({ name, scope });
    };
    const addMap = (v, scope) => {
      if (isRecord(v)) for (const k of Object.keys(v)) addName(pythonName(k), scope);
    };
    addList(project.dependencies, "prod");
    if (isRecord(project["optional-dependencies"])) for (const v of Object.values(project["optional-dependencies"])) addList(v, "dev");
    if (isRecord(doc["dependency-groups"])) for (const v of Object.values(doc["dependency-groups"])) addList(v, "dev");
    if (poetry) {
      addMap(poetry.dependencies, "prod");
      addMap(poetry["dev-dependencies"], "dev");
      if (isRecord(poetry.group)) {
        for (const [group, g] of Object.entries(poetry.group)) if (isRecord(g)) addMap(g.dependencies, group === "main" ? "prod" : "dev");
      }
    }
    if (isRecord(tool.uv)) addList(tool.uv["dev-dependencies"], "dev");
    if (isRecord(tool.pdm) && isRecord(tool.pdm["dev-dependencies"]))
      for (const v of Object.values(tool.pdm["dev-dependencies"])) addList(v, "dev");
    if (isRecord(tool.uv) && isRecord(tool.uv.workspace)) {
      m.workspaceRoot = true;
      m.workspaces = Array.isArray(tool.uv.workspace.members) ? tool.uv.workspace.members.filter((x) => typeof x === "string") : [];
    }
    return { manifest: m, warnings: [] };
  }
};
const pipfile = {
  match: /^Pipfile$/,
  parse(text2) {
    let doc;
    try {
      doc = parse(text2);
    } catch (error) {
      return { manifest: null, warnings: [tomlError(error)] };
    }
    const m = emptyManifest("pipenv");
    for (const [section, scope] of [
      ["packages", "prod"],
      ["dev-packages", "dev"]
    ]) {
      if (isRecord(doc[section])) for (const k of Object.keys(doc[section])) m.deps.push({ name: pythonName(k) ?? k, scope });
    }
    return { manifest: m, warnings: [] };
  }
};
const setupPy = {
  match: /^setup\.py$/,
  parse(text2) {
    const m = emptyManifest("pip");
    const name = /\bname\s*=\s*['"]([^'"]+)['"]/.exec(text2);
    m.name = name ? name[1] : null;
    const list2 = /install_requires\s*=\s*\[([\s\S]*?)\]/.exec(text2);
    for (const q of list2 ? list2[1].matchAll(/['"]([^'"]+)['"]/g) : []) {
      const dep = pythonName(q[1]);
      if (dep) m.deps.push({ name: dep, scope: "prod" });
    }
    return { manifest: m, warnings: [] };
  }
};
const setupCfg = {
  match: /^setup\.cfg$/,
  parse(text2) {
    const m = emptyManifest("pip");
    let section = "";
    let key2 = "";
    for (const raw of text2.split(/\r?\n/)) {
      const header = /^\[([^\]]+)\]/.exec(raw);
      if (header) {
        section = header[1].trim();
        key2 = "";
        continue;
      }
      const kv = /^([\w-]+)\s*=\s*(.*)$/.exec(raw);
      if (kv) {
        key2 = kv[1];
        if (section === "metadata" && key2 === "name") m.name = kv[2].trim();
      }
      const value = kv ? kv[2] : /^\s+\S/.test(raw) ? raw : "";
      if (section === "options" && key2 === "install_requires") {
        const dep = pythonName(value.replace(/#.*$/, ""));
        if (dep) m.deps.push({ name: dep, scope: "prod" });
      }
    }
    return { manifest: m, warnings: [] };
  }
};
const python = {
  id: "python",
  manifests: [requirementsTxt, pyprojectToml, pipfile, setupPy, setupCfg],
  frameworks: [
    { id: "django", names: ["django", "djangorestframework"] },
    { id: "flask", names: ["flask"] },
    { id: "fastapi", names: ["fastapi"] }
  ],
  datastores: [
    { id: "postgresql", names: ["psycopg2", "psycopg2-binary", "psycopg", "psycopg-binary", "asyncpg", "pg8000", "aiopg"] },
    { id: "mysql", names: ["mysqlclient", "pymysql", "mysql-connector-python", "aiomysql", "asyncmy"] },
    { id: "mariadb", names: ["mariadb"] },
    { id: "mongodb", names: ["pymongo", "motor", "mongoengine", "beanie", "djongo", "odmantic"] },
    { id: "redis", names: ["redis", "aioredis", "django-redis", "rq", "hiredis", "flask-caching-redis", "channels-redis"] },
    { id: "dynamodb", names: ["pynamodb", "aioboto3-dynamodb"] },
    { id: "sqlite", names: ["aiosqlite"] },
    { id: "sqlserver", names: ["pymssql", "mssql-django", "aioodbc"] },
    { id: "elasticsearch", names: ["elasticsearch", "elasticsearch-dsl", "django-elasticsearch-dsl"] },
    { id: "opensearch", names: ["opensearch-py"] },
    { id: "rabbitmq", names: ["pika", "aio-pika", "aiormq"] },
    { id: "kafka", names: ["kafka-python", "confluent-kafka", "aiokafka"] },
    { id: "memcached", names: ["pymemcache", "python-memcached", "pylibmc"] },
    { id: "cassandra", names: ["cassandra-driver", "scylla-driver"] }
  ],
  messaging: [
    { id: "rabbitmq", names: ["pika", "aio-pika", "aiormq"] },
    { id: "kafka", names: ["kafka-python", "confluent-kafka", "aiokafka"] },
    { id: "sqs", names: ["django-sqs", "pysqs-extended-client", "aws-sqs-consumer"] },
    { id: "nats", names: ["nats-py"] }
  ],
  markers: [{ id: "django", files: ["manage.py"], contains: /django/i }],
  content: [
    {
      kind: "datastore",
      name: /\.py$/,
      files: /(^|\/)(settings(\/[^/]+)?|settings_\w+)\.py$/,
      pattern: /django\.db\.backends\.(postgresql_psycopg2|postgresql|mysql|sqlite3|oracle)/,
      ids: { postgresql: "postgresql", postgresql_psycopg2: "postgresql", mysql: "mysql", sqlite3: "sqlite" }
    },
    {
      kind: "datastore",
      name: /\.py$/,
      files: /(^|\/)(settings(\/[^/]+)?|settings_\w+)\.py$/,
      pattern: /django_redis\.cache\.(Redis)Cache|django\.core\.cache\.backends\.(redis)/i,
      ids: { Redis: "redis", redis: "redis" }
    },
    {
      kind: "datastore",
      name: /^alembic\.ini$/,
      files: /(^|\/)alembic\.ini$/,
      pattern: /sqlalchemy\.url\s*=\s*(postgresql|postgres|mysql|sqlite|mssql)/,
      ids: { postgresql: "postgresql", postgres: "postgresql", mysql: "mysql", sqlite: "sqlite", mssql: "sqlserver" }
    }
  ],
  usage: [
    {
      deps: ["boto3", "aioboto3", "aiobotocore", "botocore"],
      files: /\.py$/,
      pattern: /\b(?:client|resource)\(\s*(?:service_name\s*=\s*)?['"](sqs|sns|dynamodb|kinesis|events)['"]/g,
      ids: {
        sqs: { kind: "messaging", id: "sqs" },
        sns: { kind: "messaging", id: "sns" },
        kinesis: { kind: "messaging", id: "kinesis" },
        events: { kind: "messaging", id: "eventbridge" },
        dynamodb: { kind: "datastore", id: "dynamodb" }
      }
    }
  ],
  implies: {},
  defaultPorts: { django: 8e3, flask: 5e3, fastapi: 8e3 }
};
const PROD_GROUPS = /* @__PURE__ */ new Set(["default", "production", "prod"]);
const gemfile = {
  match: /^(Gemfile|gems\.rb)$/,
  parse(text2) {
    const m = emptyManifest("bundler");
    const stack = [];
    for (const raw of text2.split(/\r?\n/)) {
      const line = raw.replace(/#.*$/, "").trim();
      if (!line) continue;
      const group = /^group\s+(.+?)\s+do\b/.exec(line);
      if (group) {
        const names = [...group[1].matchAll(/:(\w+)|['"](\w+)['"]/g)].map((g) => g[1] ?? g[2]);
        stack.push(!names.some((n) => PROD_GROUPS.has(n)));
        continue;
      }
      if (/\bdo(\s*\|[^|]*\|)?\s*$/.test(line)) {
        stack.push(stack.at(-1) ?? false);
        continue;
      }
      if (/^end\b/.test(line)) {
        stack.pop();
        continue;
      }
      const gem = /^gem\s+['"]([^'"]+)['"](.*)$/.exec(line);
      if (!gem) continue;
      const inline = /group(?:s)?:\s*\[?([^\]]+)\]?/.exec(gem[2]);
      const inlineDev = inline ? ![...inline[1].matchAll(/:(\w+)/g)].some((g) => PROD_GROUPS.has(g[1])) : false;
      m.deps.push({ name: gem[1], scope: stack.at(-1) || inlineDev ? "dev" : "prod" });
    }
    return { manifest: m, warnings: [] };
  }
};
const ruby = {
  id: "ruby",
  manifests: [gemfile],
  frameworks: [
    { id: "rails", names: ["rails", "railties"] },
    { id: "sinatra", names: ["sinatra"] },
    { id: "jekyll", names: ["jekyll", "github-pages"] }
  ],
  datastores: [
    { id: "postgresql", names: ["pg", "sequel_pg"] },
    { id: "mysql", names: ["mysql2", "trilogy"] },
    { id: "mongodb", names: ["mongoid", "mongo"] },
    { id: "redis", names: ["redis", "sidekiq", "resque", "redis-rails", "hiredis", "kredis"] },
    { id: "dynamodb", names: ["aws-sdk-dynamodb", "dynamoid"] },
    { id: "sqlite", names: ["sqlite3"] },
    { id: "sqlserver", names: ["activerecord-sqlserver-adapter", "tiny_tds"] },
    { id: "elasticsearch", names: ["elasticsearch", "searchkick", "elasticsearch-model", "chewy"] },
    { id: "opensearch", names: ["opensearch-ruby"] },
    { id: "rabbitmq", names: ["bunny", "sneakers"] },
    { id: "kafka", names: ["ruby-kafka", "rdkafka", "karafka", "racecar"] },
    { id: "memcached", names: ["dalli"] },
    { id: "cassandra", names: ["cassandra-driver"] }
  ],
  messaging: [
    { id: "sqs", names: ["aws-sdk-sqs", "shoryuken"] },
    { id: "sns", names: ["aws-sdk-sns"] },
    { id: "rabbitmq", names: ["bunny", "sneakers"] },
    { id: "kafka", names: ["ruby-kafka", "rdkafka", "karafka", "racecar"] }
  ],
  markers: [
    { id: "rails", files: ["bin/rails", "config/application.rb"], contains: /rails/i },
    { id: "jekyll", files: ["_config.yml", "_config.yaml"] }
  ],
  content: [
    {
      kind: "datastore",
      name: /^database\.yml$/,
      files: /(^|\/)config\/database\.yml$/,
      pattern: /adapter:\s*["']?(postgresql|postgis|mysql2|trilogy|sqlite3|sqlserver)/,
      ids: {
        postgresql: "postgresql",
        postgis: "postgresql",
        mysql2: "mysql",
        trilogy: "mysql",
        sqlite3: "sqlite",
        sqlserver: "sqlserver"
      }
    },
    {
      kind: "datastore",
      name: /^cable\.yml$/,
      files: /(^|\/)config\/cable\.yml$/,
      pattern: /production:\s*\n\s*adapter:\s*(redis)/,
      ids: { redis: "redis" },
      // Action Cable's redis adapter loads the redis gem: without it, the generated cable.yml is unused.
      requiresDeps: ["redis"]
    }
  ],
  usage: [
    {
      deps: ["aws-sdk", "aws-sdk-core"],
      files: /\.rb$/,
      pattern: /Aws::(SQS|SNS|DynamoDB|Kinesis|EventBridge)::/g,
      ids: {
        SQS: { kind: "messaging", id: "sqs" },
        SNS: { kind: "messaging", id: "sns" },
        Kinesis: { kind: "messaging", id: "kinesis" },
        EventBridge: { kind: "messaging", id: "eventbridge" },
        DynamoDB: { kind: "datastore", id: "dynamodb" }
      }
    }
  ],
  implies: {},
  defaultPorts: { rails: 3e3, sinatra: 4567 }
};
const cargoToml = {
  match: /^Cargo\.toml$/,
  parse(text2) {
    let doc;
    try {
      doc = parse(text2);
    } catch (error) {
      const e = error;
      return { manifest: null, warnings: [{ line: e.line, message: `malformed TOML: ${(e.message ?? String(error)).split("\n")[0]}` }] };
    }
    const m = emptyManifest("cargo");
    const pkg = isRecord(doc.package) ? doc.package : void 0;
    m.name = typeof pkg?.name === "string" ? pkg.name : null;
    const add = (table, scope) => {
      if (!isRecord(table)) return;
      for (const [name, spec] of Object.entries(table)) {
        const crate = isRecord(spec) && typeof spec.package === "string" ? spec.package : name;
        m.deps.push({ name: crate, scope });
        if (isRecord(spec) && Array.isArray(spec.features)) {
          for (const f of spec.features) if (typeof f === "string") m.deps.push({ name: `${crate}/${f}`, scope });
        }
      }
    };
    add(doc.dependencies, "prod");
    add(doc["dev-dependencies"], "dev");
    add(doc["build-dependencies"], "dev");
    if (isRecord(doc.workspace)) {
      m.workspaceRoot = !pkg;
      m.workspaces = Array.isArray(doc.workspace.members) ? doc.workspace.members.filter((x) => typeof x === "string") : [];
      if (isRecord(doc.workspace.dependencies)) add(doc.workspace.dependencies, "indirect");
    }
    if (Array.isArray(doc.bin) && doc.bin.length) m.app = true;
    return { manifest: m, warnings: [] };
  }
};
const rust = {
  id: "rust",
  manifests: [cargoToml],
  frameworks: [
    { id: "actix-web", names: ["actix-web"] },
    { id: "axum", names: ["axum"] },
    { id: "rocket", names: ["rocket"] }
  ],
  datastores: [
    {
      id: "postgresql",
      names: ["tokio-postgres", "postgres", "deadpool-postgres", "sqlx/postgres", "diesel/postgres", "sea-orm/sqlx-postgres"]
    },
    { id: "mysql", names: ["mysql", "mysql_async", "sqlx/mysql", "diesel/mysql", "sea-orm/sqlx-mysql"] },
    { id: "mongodb", names: ["mongodb"] },
    { id: "redis", names: ["redis", "deadpool-redis", "fred", "bb8-redis"] },
    { id: "dynamodb", names: ["aws-sdk-dynamodb"] },
    { id: "sqlite", names: ["rusqlite", "sqlx/sqlite", "diesel/sqlite", "sea-orm/sqlx-sqlite"] },
    { id: "sqlserver", names: ["tiberius"] },
    { id: "elasticsearch", names: ["elasticsearch"] },
    { id: "opensearch", names: ["opensearch"] },
    { id: "rabbitmq", names: ["lapin", "amiquip"] },
    { id: "kafka", names: ["rdkafka", "kafka"] },
    { id: "memcached", names: ["memcache"] },
    { id: "cassandra", names: ["scylla", "cdrs-tokio"] }
  ],
  messaging: [
    { id: "sqs", names: ["aws-sdk-sqs"] },
    { id: "sns", names: ["aws-sdk-sns"] },
    { id: "rabbitmq", names: ["lapin", "amiquip"] },
    { id: "kafka", names: ["rdkafka", "kafka"] },
    { id: "nats", names: ["async-nats", "nats"] }
  ],
  // Entry points are read for the address they bind (Rust servers have no conventional port);
  // the framework they confirm is already known from Cargo.toml.
  markers: [
    {
      id: "axum",
      files: ["src/main.rs", "src/server.rs", "src/app.rs", "src/http/mod.rs", "src/routes/mod.rs"],
      contains: /\baxum::(serve|Server)\b/
    },
    {
      id: "actix-web",
      files: ["src/main.rs", "src/server.rs", "src/app.rs"],
      contains: /\bHttpServer::new\b/
    }
  ],
  content: [],
  implies: {},
  defaultPorts: { rocket: 8e3 }
};
const staticSites = {
  id: "static",
  manifests: [],
  frameworks: [],
  datastores: [],
  messaging: [],
  markers: [
    { id: "hugo", files: ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"] },
    {
      id: "hugo",
      files: ["config.toml", "config.yaml", "config.yml", "config/_default/hugo.toml", "config/_default/config.toml"],
      contains: /^\s*(baseURL|baseurl)\s*[=:]/m
    }
  ],
  content: [],
  implies: {},
  defaultPorts: {}
};
const ECOSYSTEMS = [node, python, ruby, php, jvm, go, dotnet, rust, staticSites];
const TERRAFORM = /\.tf(\.json)?$/;
const SERVERLESS = /(^|\/)serverless\.(ya?ml|json|js|ts)$/;
const CDK = /(^|\/)(cdk\.json|sst\.config\.(ts|js|mjs))$/;
const HELM_CHART = /(^|\/)Chart\.ya?ml$/;
const TEMPLATE_CANDIDATE = /\.(ya?ml|template|json)$/;
const NOT_TEMPLATES = /(^|\/)(\.github|\.gitlab|\.circleci|\.devcontainer|\.vscode)\/|(^|\/)(package(-lock)?|composer(\.lock)?|tsconfig[\w.-]*|jsconfig|angular|nest-cli|turbo|lerna|\.eslintrc[\w.-]*|\.prettierrc[\w.-]*|renovate|app|manifest|cdk|appsettings[\w.-]*|launchSettings|\.?babelrc|vercel|firebase|deno|biome|project|components|mkdocs|pnpm-lock|pnpm-workspace|\.gitlab-ci|\.pre-commit-config|codecov|\.travis|dependabot|_config)\.(json|ya?ml)$/;
function isTemplateCandidate(path) {
  return TEMPLATE_CANDIDATE.test(path) && !NOT_TEMPLATES.test(path);
}
const CFN = /AWSTemplateFormatVersion|Transform:\s*['"]?AWS::Serverless|"Transform"\s*:\s*"AWS::Serverless|(^|\n)\s*["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+|"Type"\s*:\s*"AWS::[A-Za-z0-9]+::[A-Za-z0-9]+"/;
const K8S_API = /(^|\n)apiVersion:\s*[\w./-]+\s*\n(?:[\s\S]*?\n)?kind:\s*\w+|(^|\n)kind:\s*\w+\s*\n(?:[\s\S]*?\n)?apiVersion:\s*[\w./-]+/;
function classifyTemplate(path, head) {
  if (CFN.test(head)) return "cloudformation";
  if (/\.ya?ml$/.test(path) && K8S_API.test(head)) return "kubernetes";
  return void 0;
}
function emptyIac() {
  return { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] };
}
const LOCKFILES = [
  ["yarn.lock", "yarn"],
  ["pnpm-lock.yaml", "pnpm"],
  ["bun.lockb", "bun"],
  ["bun.lock", "bun"],
  ["package-lock.json", "npm"],
  ["poetry.lock", "poetry"],
  ["uv.lock", "uv"],
  ["pdm.lock", "pdm"],
  ["Pipfile.lock", "pipenv"]
];
const NODE_PMS = ["npm", "yarn", "pnpm", "bun"];
function resolvePackageManagers(units, paths) {
  for (const u of units) {
    const eco = new Set(u.manifests.map((m) => m.ecosystem));
    for (const [lock, pm] of LOCKFILES) {
      const isNode = NODE_PMS.includes(pm);
      if (isNode ? !eco.has("node") : !eco.has("python")) continue;
      for (let d = u.dir; ; d = dirOf(d)) {
        if (paths.has(joinPath(d, lock))) {
          if (isNode && !u.manifests.some((m) => m.ecosystem === "node" && m.packageManager)) {
            u.packageManagers.delete("npm");
            u.packageManagers.add(pm);
          }
          if (!isNode) {
            u.packageManagers.delete("pip");
            u.packageManagers.add(pm);
          }
          break;
        }
        if (d === ".") break;
      }
    }
    if (eco.has("node") && ![...u.packageManagers].some((p) => NODE_PMS.includes(p))) u.packageManagers.add("npm");
  }
}
function inheritWorkspaceSignals(units) {
  const byName = /* @__PURE__ */ new Map();
  for (const u of units) for (const m of u.manifests) if (m.name) byName.set(m.name, u);
  for (const u of units) {
    const seen = /* @__PURE__ */ new Set([u]);
    const queue = u.manifests.flatMap((m) => m.deps.filter((d) => d.scope === "prod").map((d) => byName.get(d.name))).filter((x) => !!x);
    while (queue.length) {
      const dep = queue.shift();
      if (seen.has(dep)) continue;
      seen.add(dep);
      for (const id of dep.datastores) u.datastores.add(id);
      for (const id of dep.messaging) u.messaging.add(id);
      for (const m of dep.manifests) for (const d of m.deps) if (d.scope === "prod" && byName.has(d.name)) queue.push(byName.get(d.name));
    }
  }
}
function languageStatistics(codeByDir, locate) {
  const totals = /* @__PURE__ */ new Map();
  for (const [dirSlash, stats] of codeByDir) {
    const u = locate(dirSlash === "" ? "." : dirSlash.slice(0, -1));
    for (const [language, s] of stats) {
      const t2 = totals.get(language) ?? { files: 0, bytes: 0 };
      t2.files += s.files;
      t2.bytes += s.bytes;
      totals.set(language, t2);
      if (u) {
        const ul = u.languages.get(language) ?? { files: 0, bytes: 0 };
        ul.files += s.files;
        ul.bytes += s.bytes;
        u.languages.set(language, ul);
      }
    }
  }
  const totalBytes = [...totals.values()].reduce((n, t2) => n + t2.bytes, 0);
  const languages = [...totals.entries()].map(([name, t2]) => ({
    name,
    files: t2.files,
    bytes: t2.bytes,
    share: totalBytes ? Math.round(t2.bytes / totalBytes * 1e4) / 1e4 : 0
  })).sort((a, b) => b.bytes - a.bytes || b.files - a.files || (a.name < b.name ? -1 : 1));
  return languages;
}
const MAX_FILES$1 = 400;
const MAX_BYTES = 256 * 1024;
function unitSources(root, dir, files, nested) {
  const out = [];
  const visit = (rel) => {
    let entries2;
    try {
      entries2 = readdirSync(rel === "." ? root : join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    entries2.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries2) {
      if (out.length >= MAX_FILES$1) return;
      const child = joinPath(rel, e.name);
      if (e.isDirectory()) {
        if (!isSkippedDir(e.name) && !e.name.startsWith(".") && !nested.has(child)) visit(child);
      } else if (e.isFile() && files.test(e.name)) out.push(child);
    }
  };
  visit(dir);
  return out;
}
function findUsage(read, paths, rule) {
  const datastores = /* @__PURE__ */ new Set();
  const messaging = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const { text: text2 } = read(path, { headOnly: MAX_BYTES });
    if (!text2) continue;
    for (const m of text2.matchAll(rule.pattern)) {
      const key2 = m.slice(1).find((g) => g !== void 0);
      const hit = key2 === void 0 ? void 0 : rule.ids[key2];
      if (hit) (hit.kind === "datastore" ? datastores : messaging).add(hit.id);
    }
  }
  return { datastores, messaging };
}
function applySdkUsage(units, root, read) {
  const dirs = units.map((u) => u.dir);
  for (const u of units) {
    if (!isDeployablePath(u.dir)) continue;
    for (const eco of u.ecosystems.values()) {
      for (const rule of eco.usage ?? []) {
        const uses = u.manifests.some(
          (m) => m.ecosystem === eco.id && m.deps.some((d) => d.scope === "prod" && rule.deps.includes(d.name))
        );
        if (!uses) continue;
        const nested = new Set(dirs.filter((d) => d !== u.dir && isWithin(d, u.dir)));
        const found = findUsage(read, unitSources(root, u.dir, rule.files, nested), rule);
        for (const id of found.datastores) u.datastores.add(id);
        for (const id of found.messaging) u.messaging.add(id);
      }
    }
  }
}
const SCRIPT_RUNNERS = {
  npm: { run: "npm run", start: "npm start" },
  yarn: { run: "yarn", start: "yarn start" },
  pnpm: { run: "pnpm run", start: "pnpm start" },
  bun: { run: "bun run", start: "bun run start" }
};
const INSTALL_COMMANDS = {
  pip: "pip install -r requirements.txt",
  poetry: "poetry install --only main",
  uv: "uv sync --frozen --no-dev",
  pdm: "pdm install --prod",
  pipenv: "pipenv install --deploy",
  bundler: "bundle install",
  composer: "composer install --no-dev --optimize-autoloader",
  maven: "mvn -B package -DskipTests",
  "maven-wrapper": "./mvnw -B package -DskipTests",
  gradle: "gradle build -x test",
  "gradle-wrapper": "./gradlew build -x test",
  go: "go build -o bin/{name} {main}",
  nuget: "dotnet publish -c Release -o out",
  cargo: "cargo build --release"
};
const MODULE_BUILD_COMMANDS = {
  maven: "mvn -B -pl {modulePath} -am package -DskipTests",
  "maven-wrapper": "./mvnw -B -pl {modulePath} -am package -DskipTests",
  gradle: "gradle {gradleProject}:build -x test",
  "gradle-wrapper": "./gradlew {gradleProject}:build -x test"
};
const FRAMEWORK_COMMANDS = {
  nextjs: { start: "npx next start -p {port}" },
  nuxt: { start: "node .output/server/index.mjs" },
  remix: { start: "npx remix-serve build/index.js" },
  sveltekit: { start: "node build" },
  nestjs: { start: "node dist/main.js" },
  // The first template whose server the project depends on wins; the last one needs nothing extra.
  django: [
    { requires: "gunicorn", start: "gunicorn {module}.wsgi:application --bind 0.0.0.0:{port}" },
    { requires: "uvicorn", start: "uvicorn {module}.asgi:application --host 0.0.0.0 --port {port}" },
    { start: "python manage.py runserver 0.0.0.0:{port}", devServer: true }
  ],
  flask: [
    { requires: "gunicorn", start: "gunicorn --bind 0.0.0.0:{port} {module}:app" },
    { start: "flask --app {module} run --host 0.0.0.0 --port {port}", devServer: true }
  ],
  fastapi: [
    { requires: "gunicorn", start: "gunicorn {module}:app -k uvicorn.workers.UvicornWorker --bind 0.0.0.0:{port}" },
    { start: "uvicorn {module}:app --host 0.0.0.0 --port {port}" }
  ],
  express: { start: "node {entry}" },
  fastify: { start: "node {entry}" },
  koa: { start: "node {entry}" },
  hapi: { start: "node {entry}" },
  rails: { build: "bundle install && bundle exec rails assets:precompile", start: "bundle exec rails server -b 0.0.0.0 -p {port}" },
  sinatra: { start: "bundle exec rackup -o 0.0.0.0 -p {port}" },
  laravel: { start: "php artisan serve --host 0.0.0.0 --port {port}", devServer: true },
  symfony: { start: "php -S 0.0.0.0:{port} -t public", devServer: true },
  "spring-boot": { start: "java -jar {jar}" },
  quarkus: { start: "java -jar {quarkusJar}" },
  micronaut: { start: "java -jar {jar}" },
  aspnetcore: { start: "dotnet out/{name}.dll" },
  hugo: { build: "hugo --minify" },
  jekyll: { build: "bundle exec jekyll build" }
};
const ECOSYSTEM_START = {
  go: "./bin/{name}",
  cargo: "./target/release/{name}",
  nuget: "dotnet out/{name}.dll"
};
function fill(template, vars) {
  return template.replace(/\{(\w+)\}/g, (all, key2) => vars[key2] === void 0 || vars[key2] === null ? all : String(vars[key2]));
}
const cache = /* @__PURE__ */ new WeakMap();
function compile(rules, devToo) {
  const exact = /* @__PURE__ */ new Map();
  const prefixes = [];
  for (const r of rules) {
    if (devToo && !r.devToo) continue;
    for (const n of r.names) {
      const name = n.toLowerCase();
      if (name.endsWith("*")) prefixes.push({ prefix: name.slice(0, -1), id: r.id });
      else exact.set(name, [...exact.get(name) ?? [], r.id]);
    }
  }
  return { exact, prefixes };
}
const devCache = /* @__PURE__ */ new WeakMap();
function compiled(rules, dev) {
  const store = dev ? devCache : cache;
  let c = store.get(rules);
  if (!c) {
    c = compile(rules, dev);
    store.set(rules, c);
  }
  return c;
}
function matchDeps(rules, deps) {
  const out = /* @__PURE__ */ new Set();
  for (const d of deps) {
    if (d.scope === "test" || d.scope === "indirect") continue;
    const c = compiled(rules, d.scope === "dev");
    const name = d.name.toLowerCase();
    for (const id of c.exact.get(name) ?? []) out.add(id);
    for (const p of c.prefixes) if (name.startsWith(p.prefix)) out.add(p.id);
  }
  return out;
}
const UI_LIBRARIES = /* @__PURE__ */ new Set(["react", "vue", "svelte", "angular"]);
const NODE_ENTRIES = ["server.js", "app.js", "index.js", "main.js", "src/server.js", "src/app.js", "src/index.js"];
const NODE_FRAMEWORKS = /* @__PURE__ */ new Set([...node.frameworks.map((r) => r.id), ...node.markers.map((m) => m.id)]);
const STATIC_OUTPUT$1 = /* @__PURE__ */ new Set(["hugo", "jekyll", "gatsby", "vite", "create-react-app", "react", "vue", "svelte", "angular", "astro"]);
function newUnit(dir) {
  return {
    dir,
    manifests: [],
    ecosystems: /* @__PURE__ */ new Map(),
    frameworks: /* @__PURE__ */ new Set(),
    datastores: /* @__PURE__ */ new Set(),
    messaging: /* @__PURE__ */ new Set(),
    markerFrameworks: /* @__PURE__ */ new Set(),
    dockerfile: null,
    docker: null,
    compose: null,
    composeWorkers: [],
    configPort: null,
    procfileWeb: null,
    staticSite: false,
    languages: /* @__PURE__ */ new Map(),
    packageManagers: /* @__PURE__ */ new Set()
  };
}
function detectFromManifests(unit) {
  for (const m of unit.manifests) {
    const eco = unit.ecosystems.get(m.ecosystem);
    for (const id of matchDeps(eco.frameworks, m.deps)) unit.frameworks.add(id);
    for (const id of matchDeps(eco.datastores, m.deps)) unit.datastores.add(id);
    for (const id of matchDeps(eco.messaging, m.deps)) unit.messaging.add(id);
  }
  for (const id of unit.markerFrameworks) unit.frameworks.add(id);
  for (const eco of unit.ecosystems.values()) {
    const own = /* @__PURE__ */ new Set([...eco.frameworks.map((r) => r.id), ...eco.markers.map((m) => m.id)]);
    for (const rule of eco.markers) {
      if (rule.onlyAlone && unit.frameworks.has(rule.id) && [...unit.frameworks].some((f) => f !== rule.id && own.has(f)))
        unit.frameworks.delete(rule.id);
    }
  }
  for (const eco of unit.ecosystems.values()) {
    for (const id of [...unit.frameworks]) for (const implied of eco.implies[id] ?? []) unit.frameworks.add(implied);
  }
}
function unitLocator(units) {
  const byDir = new Map(units.map((u) => [u.dir, u]));
  const memo = /* @__PURE__ */ new Map();
  const find = (dir) => {
    if (memo.has(dir)) return memo.get(dir);
    const hit = byDir.get(dir) ?? (dir === "." ? void 0 : find(dirOf(dir)));
    memo.set(dir, hit);
    return hit;
  };
  return find;
}
function isWorkspaceRoot(unit) {
  return unit.manifests.some((m) => m.workspaceRoot);
}
function nodeScripts(unit) {
  return Object.assign({}, ...unit.manifests.filter((m) => m.ecosystem === "node" || m.ecosystem === "php").map((m) => m.scripts));
}
function isDeployable(unit, inv, referencedProjects = /* @__PURE__ */ new Set()) {
  if (!isDeployablePath(unit.dir)) return false;
  if (unit.manifests.length && unit.manifests.every((m) => m.testProject)) return false;
  if (!unit.dockerfile && !unit.compose && referencedProjects.has(unit.dir)) return false;
  if (!unit.manifests.length && !unit.languages.size && !unit.staticSite && unit.docker?.baseImage && OPS_IMAGES.test(unit.docker.baseImage))
    return false;
  if (unit.dockerfile || unit.compose || unit.procfileWeb || unit.staticSite) return true;
  if (unit.markerFrameworks.size) return true;
  if (unit.manifests.length && unit.manifests.every((m) => m.workspaceRoot && m.ecosystem === "jvm")) return false;
  if (unit.manifests.some((m) => m.app === false) && !unit.manifests.some((m) => m.app === true)) return false;
  const nonUi = [...unit.frameworks].filter((f) => !UI_LIBRARIES.has(f));
  if (nonUi.length) return true;
  if (isWorkspaceRoot(unit)) return false;
  if (unit.manifests.some((m) => m.app === true)) return true;
  if (nodeScripts(unit).start) return true;
  if (unit.ecosystems.has("go") && hasGoMain(unit, inv)) return true;
  if (unit.ecosystems.has("rust") && inv.paths.has(joinPath(unit.dir, "src/main.rs"))) return true;
  return false;
}
function goMain(unit, inv) {
  if (inv.paths.has(joinPath(unit.dir, "main.go"))) return ".";
  const prefix = joinPath(unit.dir, "cmd/");
  const depth = prefix.split("/").length + 1;
  const mains = [...inv.paths].filter((p) => p.startsWith(prefix) && p.endsWith("/main.go") && p.split("/").length === depth).sort();
  if (mains.length) return "./" + mains[0].slice(unit.dir === "." ? 0 : unit.dir.length + 1, -"/main.go".length);
  const base = unit.dir === "." ? "" : unit.dir + "/";
  const nested = [...inv.paths].filter((p) => p.startsWith(base) && p.endsWith("/main.go") && p.split("/").length === base.split("/").length + 1).map((p) => p.slice(base.length, -"/main.go".length)).filter((d) => !/^(test|tests|testdata|examples?|scripts?|tools?|internal|pkg|vendor)$/.test(d) && !inv.paths.has(`${base}${d}/go.mod`)).sort((a, b) => Number(!GO_MAIN_DIRS.includes(a)) - Number(!GO_MAIN_DIRS.includes(b)) || (a < b ? -1 : 1));
  return nested.length ? "./" + nested[0] : null;
}
const GO_MAIN_DIRS = ["app", "server", "api", "src", "web", "service", "main"];
function hasGoMain(unit, inv) {
  return goMain(unit, inv) !== null;
}
function hasForeignServer(unit) {
  return [...unit.frameworks].some((f) => !NODE_FRAMEWORKS.has(f) && !STATIC_OUTPUT$1.has(f));
}
function serviceName(unit, rootName) {
  if (unit.compose) return unit.compose.name;
  const foreign = hasForeignServer(unit);
  const named = unit.manifests.find((m) => m.name && !m.workspaceRoot && !(foreign && m.ecosystem === "node"))?.name;
  if (named) {
    const clean = named.replace(/^@[^/]+\//, "").replace(/^.*\//, "").toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
    if (clean) return clean;
  }
  return (unit.dir === "." ? rootName : basename(unit.dir)).toLowerCase().replace(/[^a-z0-9-]+/g, "-") || "app";
}
function frameworkPort(unit) {
  for (const f of [...unit.frameworks].sort()) {
    for (const eco of unit.ecosystems.values()) if (eco.defaultPorts[f] !== void 0) return eco.defaultPorts[f];
  }
  return null;
}
function isStaticOnly(unit) {
  if (unit.staticSite) return true;
  return unit.frameworks.size > 0 && [...unit.frameworks].every((f) => STATIC_OUTPUT$1.has(f));
}
function pythonModule(unit, inv, framework) {
  const has2 = (rel) => inv.paths.has(joinPath(unit.dir, rel));
  if (framework === "django") {
    const prefix = unit.dir === "." ? "" : unit.dir + "/";
    for (const p of [...inv.paths].sort()) {
      if (p.startsWith(prefix) && p.endsWith("/wsgi.py") && p.slice(prefix.length).split("/").length === 2)
        return p.slice(prefix.length, -"/wsgi.py".length);
    }
    return "config";
  }
  for (const candidate of ["main", "app", "app/main", "src/main", "src/app", "api/main", "server", "wsgi", "asgi"])
    if (has2(`${candidate}.py`)) return candidate.replace(/\//g, ".");
  return "main";
}
function runner(unit) {
  const pm = [...unit.packageManagers].find((p) => SCRIPT_RUNNERS[p]) ?? "npm";
  return SCRIPT_RUNNERS[pm];
}
function commandsFor(unit, inv, name, port, buildRootOf = () => null) {
  const scripts = nodeScripts(unit);
  const has2 = (rel) => inv.paths.has(joinPath(unit.dir, rel));
  const frameworks = [...unit.frameworks].sort();
  const pm = [...unit.packageManagers].sort();
  const usesGradle = pm.includes("gradle") && !pm.includes("maven");
  const jvm2 = unit.manifests.filter((m) => m.ecosystem === "jvm" && m.packageManager === "maven" !== usesGradle);
  const jarName = jvm2.find((m) => m.artifact)?.artifact ?? jvm2.find((m) => m.name)?.name ?? name;
  const root = unit.ecosystems.has("jvm") ? buildRootOf(unit.dir, usesGradle ? "gradle" : "maven") : null;
  const output = (rel) => root ? joinPath(unit.dir, rel) : rel;
  const binary = unit.manifests.find((m) => m.name && !m.workspaceRoot && (m.ecosystem === "dotnet" || m.ecosystem === "rust"))?.name ?? name;
  const vars = {
    port,
    name: binary,
    module: "",
    main: unit.ecosystems.has("go") ? goMain(unit, inv) ?? "." : ".",
    // package.json "main": how a Node server without a start script is started.
    entry: unit.manifests.find((m) => m.ecosystem === "node" && m.entry)?.entry ?? NODE_ENTRIES.find((f) => has2(f)) ?? null,
    jar: output(usesGradle ? `build/libs/${jarName}.jar` : `target/${jarName}.jar`),
    quarkusJar: output(usesGradle ? "build/quarkus-app/quarkus-run.jar" : "target/quarkus-app/quarkus-run.jar")
  };
  let build = null;
  let start = null;
  const r = runner(unit);
  const staticOnly = isStaticOnly(unit);
  const foreign = hasForeignServer(unit);
  let assetBuild = null;
  if (unit.ecosystems.has("node")) {
    if (scripts.build && foreign) assetBuild = `${r.run} build`;
    else if (scripts.build) build = `${r.run} build`;
    const prod = ["start:prod", "start:production"].find((k) => scripts[k]);
    if (prod && !staticOnly && !foreign) start = `${r.run} ${prod}`;
    else if (scripts.start && !staticOnly && !foreign) start = r.start;
  }
  if (unit.procfileWeb) start ??= unit.procfileWeb;
  const depends = (name2) => unit.manifests.some((m) => m.deps.some((d) => d.scope === "prod" && d.name === name2));
  for (const f of frameworks) {
    const entry = FRAMEWORK_COMMANDS[f];
    const t2 = (Array.isArray(entry) ? entry : entry ? [entry] : []).find((c) => !c.requires || depends(c.requires));
    if (!t2) continue;
    const withModule = { ...vars, module: unit.ecosystems.has("python") ? pythonModule(unit, inv, f) : "" };
    const complete = (template) => {
      const filled = template === void 0 ? void 0 : fill(template, withModule);
      return filled && !/\{\w+\}/.test(filled) ? filled : null;
    };
    build ??= complete(t2.build);
    if (!(t2.devServer && unit.docker?.cmd)) start ??= complete(t2.start);
  }
  if (!build && root) build = moduleBuild(root, inv);
  if (!build) {
    for (const p of usesGradle ? pm : pm.filter((x) => x !== "gradle")) {
      const key2 = p === "maven" && has2("mvnw") ? "maven-wrapper" : p === "gradle" && has2("gradlew") ? "gradle-wrapper" : p;
      if (INSTALL_COMMANDS[key2] && !SCRIPT_RUNNERS[p]) {
        build = fill(INSTALL_COMMANDS[key2], vars);
        break;
      }
    }
  }
  if (assetBuild) build = build ? `${build} && ${assetBuild}` : assetBuild;
  if (!start && !staticOnly) {
    for (const p of pm) if (ECOSYSTEM_START[p]) start = fill(ECOSYSTEM_START[p], vars);
  }
  if (!start && unit.docker?.cmd && !staticOnly) start = unit.docker.cmd;
  return { build, start };
}
function moduleBuild(root, inv) {
  const wrapper = root.tool === "maven" ? "mvnw" : "gradlew";
  const key2 = inv.paths.has(joinPath(root.dir, wrapper)) ? `${root.tool}-wrapper` : root.tool;
  const command = fill(MODULE_BUILD_COMMANDS[key2], { modulePath: root.module, gradleProject: root.project });
  return root.dir === "." ? command : `cd ${root.dir} && ${command}`;
}
function portFor(unit) {
  if (unit.docker?.expose.length) return unit.docker.expose[0];
  if (unit.compose?.ports.length) return unit.compose.ports[0];
  if (unit.docker?.imagePort) return unit.docker.imagePort;
  if (unit.configPort !== null) return unit.configPort;
  if (isStaticOnly(unit)) return null;
  return frameworkPort(unit);
}
function toService(unit, inv, name, buildRootOf) {
  const port = portFor(unit);
  const { build, start } = commandsFor(unit, inv, name, port, buildRootOf);
  const languages = [...unit.languages.entries()].filter(([l]) => l !== "hcl").sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  return {
    name,
    path: unit.dir,
    languages,
    frameworks: [...unit.frameworks].sort(),
    datastores: [...unit.datastores].sort(),
    port,
    dockerfile: unit.dockerfile,
    build,
    start
  };
}
const escape$1 = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function mentions(text2, member) {
  let count = 0;
  const names = new Set(member.manifests.map((m) => m.name).filter((n) => !!n));
  for (const name of names) count += text2.match(new RegExp(`(?<![\\w@/.-])${escape$1(name)}(?![\\w/-])`, "g"))?.length ?? 0;
  count += text2.match(new RegExp(`(?<![\\w.-])${escape$1(member.dir)}(?=/|\\s|"|'|$)`, "gm"))?.length ?? 0;
  return count;
}
function isTemplate(text2) {
  const args = [...text2.matchAll(/^\s*ARG\s+(\w+)/gim)].map((m) => m[1]);
  return args.some((a) => new RegExp(`^\\s*(COPY|ADD)\\b[^\\n]*\\$\\{?${a}\\b`, "im").test(text2));
}
function appLike(u) {
  return u.frameworks.size > 0 || u.manifests.some((m) => m.app === true || !!m.scripts.start);
}
function assignWorkspaceDockerfiles(units, texts) {
  const all = [...units];
  for (const root of all) {
    if (!isWorkspaceRoot(root) || !root.dockerfile || root.compose) continue;
    const text2 = texts.get(root.dockerfile);
    if (!text2) continue;
    const members = all.filter((u) => u !== root && u.dir !== root.dir && isWithin(u.dir, root.dir) && u.manifests.length && !u.dockerfile);
    const ranked = members.map((u) => ({ u, n: mentions(text2, u), app: appLike(u) })).filter((r) => r.n > 0).sort((a, b) => Number(b.app) - Number(a.app) || b.n - a.n || (a.u.dir < b.u.dir ? -1 : 1));
    const target = ranked[0]?.u;
    if (!target) {
      if (isTemplate(text2) && root.dockerfile.includes("/")) {
        root.dockerfile = null;
        root.docker = null;
      }
      continue;
    }
    target.dockerfile = root.dockerfile;
    target.docker = root.docker;
    root.dockerfile = null;
    root.docker = null;
  }
}
const PORT_IN_CONFIG = /(?:^|\n)\s*server\.port\s*[=:]\s*(\d{2,5})|(?:^|\n)server:\s*\n(?:\s+#.*\n)*\s+port:\s*(\d{2,5})|quarkus\.http\.port\s*=\s*(\d{2,5})/;
const PORT_IN_CODE = /\b(?:ListenAndServe(?:TLS)?|Listen|Start|Run|bind)\(\s*"[\w.-]*:(\d{2,5})"|SocketAddr::from\(\(\s*(?:\[[\d,\s]+\]|[\w:]+)\s*,\s*(\d{2,5})\s*\)\)|\bbind\(\(\s*"[\w.-]+"\s*,\s*(\d{2,5})\s*\)\)/;
const PORT_IN_COMMAND = /(?:--port[= ]|-p\s+|PORT=|:)(\d{4,5})\b/;
const ASPIRE_HOST_DEP = /^(sdk:Aspire\.AppHost\.Sdk\b|Aspire\.Hosting\.AppHost$)/;
const manifestDir = (path) => /(^|\/)requirements\/[^/]+\.txt$/.test(path) ? dirOf(dirOf(path)) : dirOf(path);
async function detectProfile(inventory, opts) {
  let inv = inventory;
  const { read, step } = opts;
  const byPath = (a, b) => {
    const x = typeof a === "string" ? a : a.path;
    const y = typeof b === "string" ? b : b.path;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const lists = [
    inv.manifests,
    inv.markers,
    inv.content,
    inv.dockerfiles,
    inv.compose,
    inv.envExamples,
    inv.procfiles,
    inv.templates,
    inv.large
  ];
  for (const list2 of lists) list2.sort(byPath);
  const own = (list2) => list2.filter((x) => isDeployablePath(dirOf(typeof x === "string" ? x : x.path)));
  inv = {
    ...inv,
    manifests: own(inv.manifests),
    markers: own(inv.markers),
    content: own(inv.content),
    dockerfiles: own(inv.dockerfiles),
    compose: own(inv.compose),
    envExamples: own(inv.envExamples),
    procfiles: own(inv.procfiles)
  };
  const warnings = inv.large.map((file) => ({
    file,
    message: "source file larger than 1 MB: treated as generated, not counted"
  }));
  const batch = (name, items2, pathOf, fn, headOnly) => step(
    `profile.${name}`,
    () => {
      const out = [];
      for (const item of items2) {
        const r = read(pathOf(item), headOnly ? { headOnly } : void 0);
        if (r.warning) warnings.push(r.warning);
        if (r.text === null) continue;
        const v = fn(item, r.text);
        if (v !== void 0) out.push(v);
      }
      return out;
    },
    { dependency: "fs" }
  );
  const located = (file, w) => ({
    file,
    ...w.line ? { line: w.line } : {},
    message: w.message
  });
  const manifests = await batch(
    "manifests",
    inv.manifests,
    (m) => m.path,
    ({ path, spec, ecosystem }, text2) => {
      const parsed = spec.parse(text2, path);
      for (const w of parsed.warnings) warnings.push(located(path, w));
      return parsed.manifest ? { ...parsed.manifest, file: path, dir: manifestDir(path), ecosystem: ecosystem.id } : void 0;
    }
  );
  const units = /* @__PURE__ */ new Map();
  const unitAt = (dir) => {
    let u = units.get(dir);
    if (!u) units.set(dir, u = newUnit(dir));
    return u;
  };
  const ecoById = new Map(ECOSYSTEMS.map((e) => [e.id, e]));
  for (const m of manifests) {
    const u = unitAt(m.dir);
    u.manifests.push(m);
    u.ecosystems.set(m.ecosystem, ecoById.get(m.ecosystem));
    if (m.packageManager) u.packageManagers.add(m.packageManager);
  }
  const checked = await batch(
    "markers",
    inv.markers.filter((hit) => hit.rule.contains),
    (hit) => hit.path,
    (hit, text2) => {
      const port = PORT_IN_CODE.exec(text2);
      return { hit, confirmed: hit.rule.contains.test(text2), port: port ? Number(port.slice(1).find((g) => g !== void 0)) : null };
    }
  );
  const confirmed = [
    ...inv.markers.filter((hit) => !hit.rule.contains).map((hit) => ({ hit, confirmed: true, port: null })),
    ...checked
  ].sort((a, b) => a.hit.path < b.hit.path ? -1 : a.hit.path > b.hit.path ? 1 : 0);
  for (const { hit, confirmed: isConfirmed, port } of confirmed) {
    let owner;
    for (let d = hit.dir; ; d = dirOf(d)) {
      const u2 = units.get(d);
      if (u2?.ecosystems.has(hit.ecosystem.id)) {
        owner = u2;
        break;
      }
      if (d === ".") break;
    }
    if (!isConfirmed) {
      if (owner && port !== null && owner.configPort === null) owner.configPort = port;
      continue;
    }
    const u = owner ?? unitAt(hit.dir);
    u.markerFrameworks.add(hit.rule.id);
    u.ecosystems.set(hit.ecosystem.id, hit.ecosystem);
    if (port !== null && u.configPort === null) u.configPort = port;
  }
  const dockerTexts = /* @__PURE__ */ new Map();
  const dockerInfo = new Map(
    await batch(
      "dockerfiles",
      inv.dockerfiles,
      (p) => p,
      (path, text2) => {
        dockerTexts.set(path, text2);
        return [path, parseDockerfile(text2)];
      }
    )
  );
  for (const path of inv.dockerfiles) {
    const u = unitAt(dockerfileOwner(path, units));
    if (!u.dockerfile || /(^|\/)Dockerfile$/.test(path) && !/(^|\/)Dockerfile$/.test(u.dockerfile)) {
      u.dockerfile = path;
      u.docker = dockerInfo.get(path) ?? null;
    }
  }
  const composeFiles = await batch(
    "compose",
    inv.compose,
    (f) => f,
    (file, text2) => {
      const parsed = parseCompose(text2);
      for (const w of parsed.warnings) warnings.push(located(file, w));
      return { file, services: parsed.services };
    }
  );
  const composed = applyCompose(
    composeFiles,
    unitAt,
    dockerInfo,
    inv.paths,
    (df) => dockerfileOwner(df, units),
    (image) => unitForImage(image, units)
  );
  for (const u of units.values()) detectFromManifests(u);
  assignWorkspaceDockerfiles(units.values(), dockerTexts);
  const sorted = [...units.values()].sort((a, b) => a.dir < b.dir ? -1 : 1);
  const locate = unitLocator(sorted);
  const configSqlite = /* @__PURE__ */ new Set();
  await batch(
    "framework-config",
    inv.content,
    (c) => c.path,
    ({ path, rule }, text2) => {
      const u = locate(dirOf(path));
      if (!u) return;
      const needs = rule.requiresDeps;
      if (needs && !u.manifests.some((mf) => mf.deps.some((d) => needs.includes(d.name)))) return;
      const m = rule.pattern.exec(text2);
      const key2 = m?.slice(1).find((g) => g !== void 0);
      const id = key2 !== void 0 ? rule.ids[key2] : void 0;
      if (id === "sqlite" && rule.kind === "datastore" && !u.datastores.has(id)) configSqlite.add(u);
      if (id) (rule.kind === "datastore" ? u.datastores : u.messaging).add(id);
      const port = PORT_IN_CONFIG.exec(text2);
      const n = port ? Number(port.slice(1).find((g) => g !== void 0)) : NaN;
      if (Number.isInteger(n) && u.configPort === null) u.configPort = n;
    }
  );
  const rootStores = /* @__PURE__ */ new Set();
  const rootMessaging = /* @__PURE__ */ new Set();
  await batch(
    "env-examples",
    inv.envExamples,
    (p) => p,
    (path, text2) => {
      const env = scanEnv(text2.split(/\r?\n/));
      const u = locate(dirOf(path));
      for (const id of env.datastores) (u ? u.datastores : rootStores).add(id);
      for (const id of env.messaging) (u ? u.messaging : rootMessaging).add(id);
      if (u && env.port !== null && u.configPort === null) u.configPort = env.port;
    }
  );
  await batch(
    "procfiles",
    inv.procfiles,
    (p) => p,
    (path, text2) => {
      const web = /^web:\s*(.+)$/m.exec(text2);
      if (!web) return;
      const u = unitAt(dirOf(path));
      u.procfileWeb = web[1].trim();
      for (const [, type, command] of text2.matchAll(/^([\w-]+):\s*(.+)$/gm)) {
        const proc = { name: type, ports: [], dependsOn: [], environment: [], command: command.trim() };
        if (type !== "web" && type !== "release" && isWorker(proc) && !u.composeWorkers.some((w) => w.name === type))
          u.composeWorkers.push(proc);
      }
      const port = PORT_IN_COMMAND.exec(u.procfileWeb);
      if (port && u.configPort === null) u.configPort = Number(port[1]);
    }
  );
  for (const u of units.values()) {
    const scripts = Object.assign({}, ...u.manifests.filter((m) => m.ecosystem === "node").map((m) => m.scripts));
    const port = scripts.start ? PORT_IN_COMMAND.exec(scripts.start) : null;
    if (port && u.configPort === null) u.configPort = Number(port[1]);
  }
  await step("profile.sdk-usage", () => applySdkUsage([...units.values()], opts.root, read), { dependency: "fs" });
  if (inv.paths.has("index.html") && ![...units.values()].some((u) => isDeployablePath(u.dir) && (u.manifests.length || u.dockerfile))) {
    unitAt(".").staticSite = true;
  }
  const allUnits = [...units.values()].sort((a, b) => a.dir < b.dir ? -1 : 1);
  const locateAll = unitLocator(allUnits);
  for (const u of configSqlite) if ([...u.datastores].some((d) => SERVER_SQL.has(d))) u.datastores.delete("sqlite");
  resolvePackageManagers(allUnits, inv.paths);
  inheritWorkspaceSignals(allUnits);
  const languages = languageStatistics(inv.codeByDir, locateAll);
  const counted = allUnits.filter((u) => isDeployablePath(u.dir));
  const aspireHost = (m) => m.deps.some((d) => ASPIRE_HOST_DEP.test(d.name));
  const referenced = new Set(
    allUnits.flatMap((u) => u.manifests.filter((m) => !m.testProject && !aspireHost(m)).flatMap((m) => m.references ?? []))
  );
  const deployable = counted.filter((u) => isDeployable(u, inv, referenced));
  const names = /* @__PURE__ */ new Map();
  const unique = (wanted) => {
    const n = names.get(wanted) ?? 0;
    names.set(wanted, n + 1);
    return n > 0 ? `${wanted}-${n + 1}` : wanted;
  };
  const buildRootOf = buildRoots(allUnits);
  const services = deployable.flatMap((u) => {
    const main = toService(u, inv, unique(serviceName(u, opts.rootName)), buildRootOf);
    const workers = u.composeWorkers.map((w) => ({
      ...main,
      name: unique(w.name),
      frameworks: [],
      port: w.ports[0] ?? null,
      start: w.command ?? null
    }));
    return [main, ...workers];
  });
  const union = (pick, extra = []) => [.../* @__PURE__ */ new Set([...counted.flatMap((u) => [...pick(u)]), ...extra])].sort();
  const iac = emptyIac();
  iac.terraform = [...inv.terraform].sort();
  iac.serverless = [...inv.serverless].sort();
  iac.cdk = [...inv.cdk].sort();
  iac.helm = [...inv.helmCharts].sort();
  const chartDirs = iac.helm.map(dirOf);
  await batch(
    "templates",
    inv.templates.filter((path) => !chartDirs.some((d) => isWithin(path, d))),
    (p) => p,
    (path, text2) => {
      const kind = classifyTemplate(path, text2);
      if (kind) iac[kind].push(path);
    },
    64 * 1024
  );
  iac.cloudformation.sort();
  iac.kubernetes.sort();
  const messaging = union((u) => u.messaging, [...composed.messaging, ...rootMessaging]);
  const profile = {
    languages,
    frameworks: union((u) => u.frameworks),
    datastores: union((u) => u.datastores, [...composed.datastores, ...rootStores]),
    packageManagers: union((u) => u.packageManagers),
    services,
    docker: { dockerfiles: [...inv.dockerfiles].sort(), compose: [...inv.compose].sort() },
    iac,
    ...messaging.length ? { messaging } : {},
    warnings: warnings.sort(
      (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : 1)
    )
  };
  return profile;
}
const rootNameOf = (root) => basename(root) || "app";
function unitForImage(image, units) {
  const repo = image.replace(/@.*$/, "").replace(/:[^/]*$/, "").split("/").pop()?.toLowerCase();
  if (!repo || repo.includes("$")) return void 0;
  const hits = [...units.values()].filter(
    (u) => u.dir !== "." && (basename(u.dir).toLowerCase() === repo || u.manifests.some((m) => m.name?.toLowerCase() === repo))
  );
  return hits.length === 1 ? hits[0] : void 0;
}
const SERVER_SQL = /* @__PURE__ */ new Set(["postgresql", "mysql", "mariadb", "sqlserver"]);
const DOCKER_FOLDER = /^(\.?docker|\.container|containers?|deploy(ment)?s?|ci|ops|infra(structure)?|dockerfiles)$/i;
function dockerfileOwner(path, units) {
  const dir = dirOf(path);
  if (dir === "." || units.has(dir) || !DOCKER_FOLDER.test(basename(dir))) return dir;
  for (let d = dirOf(dir); ; d = dirOf(d)) {
    if (units.has(d)) return d;
    if (d === ".") return dir;
  }
}
const PRESENCE_NAMES = /* @__PURE__ */ new Set([
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lockb",
  "bun.lock",
  "package-lock.json",
  "poetry.lock",
  "uv.lock",
  "pdm.lock",
  "Pipfile.lock",
  "mvnw",
  "gradlew",
  "main.go",
  "main.rs",
  "main.py",
  "app.py",
  "server.py",
  "wsgi.py",
  "asgi.py",
  "index.html",
  "server.js",
  "app.js",
  "index.js",
  "main.js"
]);
const MAX_CODE_BYTES = 1024 * 1024;
const MARKERS = /* @__PURE__ */ new Map();
for (const eco of ECOSYSTEMS) {
  for (const rule of eco.markers) {
    for (const rel of rule.files) {
      const base = rel.slice(rel.lastIndexOf("/") + 1);
      const list2 = MARKERS.get(base) ?? [];
      list2.push({ rule, ecosystem: eco, rel });
      MARKERS.set(base, list2);
    }
  }
}
const MANIFESTS = ECOSYSTEMS.flatMap((ecosystem) => ecosystem.manifests.map((spec) => ({ spec, ecosystem })));
const CONTENT = ECOSYSTEMS.flatMap((ecosystem) => ecosystem.content.map((rule) => ({ rule, ecosystem })));
const INTEREST_NAME = new RegExp(
  [
    ...MANIFESTS.map((m) => m.spec.match.source),
    ...CONTENT.map((c) => c.rule.name.source),
    "^(Dockerfile|Containerfile)(\\.[\\w.-]+)?$",
    "\\.(Dockerfile|dockerfile)$",
    "^\\.env\\.",
    "^(example|sample)\\.env$",
    "^\\.?env[.-](example|sample|template|dist)([.-][\\w-]+)?$",
    "^Procfile$",
    "\\.txt$",
    "\\.tf(\\.json)?$",
    "^serverless\\.",
    "^(cdk\\.json|sst\\.config\\.)",
    "\\.ya?ml$",
    "(template|cloudformation|cfn|stack)[^/]*\\.json$"
  ].join("|")
);
function createScanner(root) {
  const inv = {
    codeByDir: /* @__PURE__ */ new Map(),
    paths: /* @__PURE__ */ new Set(),
    manifests: [],
    markers: [],
    content: [],
    dockerfiles: [],
    devcontainerDockerfiles: [],
    compose: [],
    envExamples: [],
    procfiles: [],
    terraform: [],
    serverless: [],
    cdk: [],
    helmCharts: [],
    templates: [],
    large: []
  };
  const names = /* @__PURE__ */ new Map();
  let lastDir = "\0";
  let lastDirExcluded = false;
  let lastStats;
  const add = (dirSlash, base, rawSize) => {
    let info = names.get(base);
    if (!info) {
      info = {
        language: languageOf(base),
        excluded: nameExclusion(base) !== void 0,
        interesting: INTEREST_NAME.test(base),
        markers: MARKERS.get(base),
        presence: PRESENCE_NAMES.has(base)
      };
      names.set(base, info);
    }
    if (info.language && !info.excluded) {
      if (dirSlash !== lastDir) {
        lastDir = dirSlash;
        lastDirExcluded = dirExclusion(dirSlash) !== void 0;
        lastStats = inv.codeByDir.get(dirSlash);
        if (!lastStats && !lastDirExcluded) inv.codeByDir.set(dirSlash, lastStats = /* @__PURE__ */ new Map());
      }
      if (!lastDirExcluded) {
        let size = rawSize;
        if (size < 0) {
          try {
            size = statSync(join(root, dirSlash + base)).size;
          } catch {
            size = 0;
          }
        }
        if (size > MAX_CODE_BYTES) inv.large.push(dirSlash + base);
        else {
          const t2 = lastStats.get(info.language);
          if (t2) {
            t2.files++;
            t2.bytes += size;
          } else lastStats.set(info.language, { files: 1, bytes: size });
        }
      }
    }
    if (!info.presence && !info.markers && !info.interesting) return;
    const path = dirSlash + base;
    if (info.presence) inv.paths.add(path);
    if (info.markers) {
      for (const m of info.markers) {
        if (path === m.rel || path.endsWith("/" + m.rel)) {
          const dirLen = path.length - m.rel.length - 1;
          inv.markers.push({ rule: m.rule, ecosystem: m.ecosystem, dir: dirLen <= 0 ? "." : path.slice(0, dirLen), path });
        }
      }
    }
    if (info.interesting) classify$1(inv, path, base);
  };
  return { add, inventory: inv };
}
function classify$1(inv, path, base) {
  for (const m of MANIFESTS)
    if (m.spec.match.test(base) || base.endsWith(".txt") && /(^|\/)requirements\/[^/]+\.txt$/.test(path) && m.spec.match.test("requirements.txt"))
      inv.manifests.push({ path, ...m });
  for (const c of CONTENT) if (c.rule.files.test(path)) inv.content.push({ path, ...c });
  if (DOCKERFILE.test(path)) {
    (DEVCONTAINER.test(path) ? inv.devcontainerDockerfiles : inv.dockerfiles).push(path);
    inv.paths.add(path);
  } else if (COMPOSE_FILE.test(path)) {
    if (!DEVCONTAINER.test(path)) inv.compose.push(path);
  } else if (ENV_EXAMPLE.test(path)) inv.envExamples.push(path);
  else if (base === "Procfile") inv.procfiles.push(path);
  if (TERRAFORM.test(path)) inv.terraform.push(path);
  else if (SERVERLESS.test(path)) inv.serverless.push(path);
  else if (CDK.test(path)) inv.cdk.push(path);
  else if (HELM_CHART.test(path)) inv.helmCharts.push(path);
  else if (isTemplateCandidate(path) && !COMPOSE_FILE.test(path) && !/(^|\/)(pnpm-workspace|Chart|values[\w.-]*)\.ya?ml$/.test(path)) {
    if (/\.ya?ml$/.test(path) || /(template|cloudformation|cfn|stack)/i.test(base)) inv.templates.push(path);
  }
}
const WALK_BELOW_TRACKED_FILES = 2e4;
function scanRepository(root, source = "auto", maxFiles, exclude2 = []) {
  const prefixes = exclude2.map((d) => d.replace(/\/+$/, "") + "/").filter((d) => d !== "/" && !d.startsWith("../"));
  const createScanner$1 = (at2) => {
    const scanner2 = createScanner(at2);
    if (prefixes.length === 0) return scanner2;
    const add = (dirSlash, name, size) => {
      if (!prefixes.some((p) => dirSlash.startsWith(p))) scanner2.add(dirSlash, name, size);
    };
    return { ...scanner2, add };
  };
  if (source !== "walk") {
    const scanner2 = createScanner$1(root);
    let tracked = 0;
    const add = (dirSlash, name, size) => {
      tracked++;
      scanner2.add(dirSlash, name, size);
    };
    if (streamTrackedFiles(root, add, inSkippedDir) && (source === "git" || tracked >= WALK_BELOW_TRACKED_FILES)) {
      return { inventory: scanner2.inventory, source: "git", warnings: [] };
    }
  }
  const scanner = createScanner$1(root);
  const walked = walkTree(root, scanner.add, { maxFiles });
  return { inventory: scanner.inventory, source: "walk", warnings: walked.warnings };
}
const MAX_READ_BYTES = 1024 * 1024;
function looksBinary(buf) {
  const n = Math.min(buf.length, 8e3);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
let shared;
function readBounded(abs, rel, headOnly) {
  let fd;
  try {
    fd = openSync(abs, "r");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { text: null };
    return { text: null, warning: { file: rel, message: `not readable (${code ?? "error"}), skipped` } };
  }
  try {
    shared ??= Buffer.allocUnsafe(MAX_READ_BYTES + 1);
    const limit = headOnly === void 0 ? shared.length : Math.min(headOnly, MAX_READ_BYTES);
    let off = 0;
    while (off < limit) {
      const n = readSync(fd, shared, off, limit - off, off);
      if (n <= 0) break;
      off += n;
    }
    if (headOnly === void 0 && off > MAX_READ_BYTES) {
      const size = fstatSync(fd).size;
      return { text: null, warning: { file: rel, message: `larger than 1 MB (${Math.round(size / 1024 / 1024)} MB), not read` } };
    }
    const data = shared.subarray(0, off);
    if (looksBinary(data)) return { text: null, warning: { file: rel, message: "binary file where text was expected, skipped" } };
    return { text: data.toString("utf8") };
  } catch (error) {
    const code = error.code;
    return { text: null, warning: { file: rel, message: `not readable (${code ?? "error"}), skipped` } };
  } finally {
    closeSync(fd);
  }
}
function createReader(root) {
  return (rel, opts) => readBounded(join(root, rel), rel, opts?.headOnly);
}
async function profileDirectory(dir, opts = {}) {
  const root = resolve(dir);
  await checkDirectory(root, dir);
  const step = opts.step ?? new Supervisor().run;
  const listed = await step("profile.list-files", () => scanRepository(root, opts.source, opts.maxFiles, opts.exclude), {
    dependency: "fs"
  });
  const profile = await step(
    "profile.detect",
    () => detectProfile(listed.inventory, { root, rootName: opts.rootName ?? rootNameOf(root), read: createReader(root), step })
  );
  if (listed.warnings.length) {
    profile.warnings = [...listed.warnings, ...profile.warnings].sort(
      (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)
    );
  }
  return profile;
}
async function profileRepository(ctx) {
  const out = relative(ctx.settings.dir, ctx.settings.out).split(sep).join("/");
  const exclude2 = out && !out.startsWith("..") && !isAbsolute(out) ? [out] : [];
  const profile = await profileDirectory(ctx.settings.dir, { step: ctx.step, exclude: exclude2 });
  for (const w of profile.warnings) ctx.log.debug(`profile: ${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  return profile;
}
async function checkDirectory(root, given) {
  let st;
  try {
    st = await stat(root);
  } catch {
    throw new InputError("directory not found", { file: given });
  }
  if (!st.isDirectory()) throw new InputError("not a directory (analyze expects a repository folder)", { file: given });
}
const cell$1 = (s) => tableCell(s);
const list = (xs) => xs && xs.length ? xs.map((x) => `\`${x}\``).join(", ") : "\u2014";
function renderProfileMarkdown(p) {
  const out = ["## Repository profile", ""];
  const langs = p.languages.filter((l) => l.files > 0);
  out.push(`- **Languages:** ${langs.length ? langs.map((l) => `${l.name} ${(l.share * 100).toFixed(1)}%`).join(", ") : "none detected"}`);
  out.push(`- **Frameworks:** ${list(p.frameworks)}`);
  out.push(`- **Datastores:** ${list(p.datastores)}`);
  if (p.messaging?.length) out.push(`- **Messaging:** ${list(p.messaging)}`);
  out.push(`- **Package managers:** ${list(p.packageManagers)}`);
  out.push(
    `- **Docker:** ${p.docker.dockerfiles.length} Dockerfile(s)${p.docker.compose.length ? `, compose: ${list(p.docker.compose)}` : ""}`
  );
  const iac = Object.entries(p.iac).filter(([, files]) => files.length);
  out.push(
    `- **Existing IaC:** ${iac.length ? iac.map(([kind, files]) => `${kind} (${files.length} file${files.length === 1 ? "" : "s"})`).join(", ") : "none"}`
  );
  out.push("");
  if (p.services.length) {
    out.push(
      "### Services",
      "",
      "| service | path | languages | frameworks | datastores | port | build | start |",
      "|---|---|---|---|---|---|---|---|"
    );
    for (const s of p.services) {
      out.push(
        `| ${cell$1(s.name)} | ${markdownCode(s.path)} | ${s.languages.join(", ") || "\u2014"} | ${s.frameworks.join(", ") || "\u2014"} | ${s.datastores.join(", ") || "\u2014"} | ${s.port ?? "\u2014"} | ${s.build ? `${markdownCode(s.build)}` : "\u2014"} | ${s.start ? `${markdownCode(s.start)}` : "\u2014"} |`
      );
    }
    out.push("");
  } else {
    out.push("No deployable service found (no Dockerfile, web framework, start command or executable).", "");
  }
  if (p.overrides?.length) {
    out.push("### Stated in inframate.md (overrides detection)", "");
    for (const o of p.overrides) out.push(`- **${cell$1(o.field)}:** ${list(o.stated)} (detected: ${list(o.detected)})`);
    out.push("");
  }
  if (p.warnings.length) {
    out.push("<details><summary>Profile warnings (" + p.warnings.length + ")</summary>", "");
    for (const w of p.warnings.slice(0, 50)) out.push(`- ${markdownCode(`${w.file}${w.line ? `:${w.line}` : ""}`)}: ${cell$1(w.message)}`);
    if (p.warnings.length > 50) out.push(`- \u2026 ${p.warnings.length - 50} more`);
    out.push("", "</details>", "");
  }
  return out;
}
async function understandRepository(ctx, detected) {
  const bad = notADirectory(ctx.settings.dir);
  if (bad) throw new InputError(bad, { file: ctx.settings.dir });
  const requirements2 = await loadRequirements(ctx);
  detected ??= await profileRepository(ctx);
  const profile = await ctx.step("profile.apply-requirements", () => applyRequirements(detected, requirements2));
  return { requirements: requirements2, profile };
}
function renderUnderstandingMarkdown(r) {
  return [...renderRequirementsMarkdown(r.requirements), ...renderProfileMarkdown(r.profile)];
}
const BUDGET_TIERS = [
  { below: 75, tier: "minimal" },
  { below: 400, tier: "lean" }
];
const DEFAULT_TIER = { dev: "minimal", staging: "lean", prod: "standard" };
const SIZING = {
  minimal: {
    fargate: { cpu: 256, memory: 512 },
    rdsClass: "db.t4g.micro",
    rdsStorageGb: 20,
    sqlserver: { edition: "sqlserver-ex", instanceClass: "db.t3.small" },
    cacheNode: "cache.t4g.micro",
    docdbClass: "db.t4g.medium",
    opensearchType: "t3.small.search",
    auroraMaxAcu: 2,
    lambdaMemoryMb: 256,
    spot: true
  },
  lean: {
    fargate: { cpu: 512, memory: 1024 },
    rdsClass: "db.t4g.small",
    rdsStorageGb: 20,
    sqlserver: { edition: "sqlserver-ex", instanceClass: "db.t3.medium" },
    cacheNode: "cache.t4g.small",
    docdbClass: "db.t4g.medium",
    opensearchType: "t3.medium.search",
    auroraMaxAcu: 4,
    lambdaMemoryMb: 512,
    spot: false
  },
  standard: {
    fargate: { cpu: 1024, memory: 2048 },
    rdsClass: "db.m7g.large",
    rdsStorageGb: 50,
    sqlserver: { edition: "sqlserver-se", instanceClass: "db.m6i.large" },
    cacheNode: "cache.m7g.large",
    docdbClass: "db.r6g.large",
    opensearchType: "m7g.large.search",
    auroraMaxAcu: 16,
    lambdaMemoryMb: 1024,
    spot: false
  }
};
function resilienceFor(availability, environment, tier) {
  const redundant = availability === "high" || availability === "standard" && environment === "prod";
  return {
    multiAz: redundant,
    minTasks: redundant ? 2 : 1,
    maxTasks: redundant ? availability === "high" ? 10 : 6 : 3,
    azCount: availability === "high" ? 3 : 2,
    // A NAT gateway per AZ keeps egress up when one AZ fails; a tight budget keeps one.
    singleNatGateway: !redundant || tier === "minimal",
    instances: redundant ? 2 : 1
  };
}
function tierFor(req) {
  if (req.budgetMonthly === void 0) return DEFAULT_TIER[req.environment];
  return BUDGET_TIERS.find((b) => req.budgetMonthly < b.below)?.tier ?? "standard";
}
const LOG_RETENTION = { dev: 14, staging: 30, prod: 90 };
const BACKUP_RETENTION = { dev: 1, staging: 7, prod: 14 };
const isStore = (s) => !!s && WIRED_STORES.includes(s);
const JVM_GRACE_SECONDS = 120;
const JVM_LANGUAGES = /* @__PURE__ */ new Set(["java", "kotlin", "scala", "groovy", "clojure"]);
const NODE_LANGUAGES = /* @__PURE__ */ new Set(["javascript", "typescript"]);
const SQL_STORES$1 = ["postgresql", "mysql", "mariadb", "sqlserver"];
function storeOf(e, candidates, unitStores) {
  if (isStore(e.target)) return e.target;
  return candidates.find((s) => unitStores.includes(s));
}
function urlKey(e, store, languages) {
  const scheme = (e.scheme ?? "").toLowerCase();
  if (store === "postgresql") {
    if (scheme.includes("asyncpg")) return "url_asyncpg";
    if (languages.some((l) => NODE_LANGUAGES.has(l))) return "url_no_verify";
    return "url";
  }
  if ((store === "mysql" || store === "mariadb") && scheme.startsWith("mysql2")) return "url_mysql2";
  return "url";
}
const DRIVER_VALUES = [
  {
    name: /ENGINE$/i,
    seen: /django\.db\.backends/,
    values: { postgresql: "django.db.backends.postgresql", mysql: "django.db.backends.mysql", mariadb: "django.db.backends.mysql" }
  },
  { name: /^DB_CONNECTION$/i, seen: /.*/, values: { postgresql: "pgsql", mysql: "mysql", mariadb: "mariadb", sqlserver: "sqlsrv" } },
  { name: /^TYPEORM_CONNECTION$/i, seen: /.*/, values: { postgresql: "postgres", mysql: "mysql", mariadb: "mariadb", sqlserver: "mssql" } }
];
function engineValue(e, stores) {
  const seen = [e.example ?? "", ...e.evidence.map((x) => x.excerpt ?? "")].join(" ");
  for (const d of DRIVER_VALUES) {
    if (!d.name.test(e.name) || !d.seen.test(seen)) continue;
    const store = Object.keys(d.values).find((s) => stores.includes(s));
    if (store) return d.values[store];
  }
  return void 0;
}
const RUNTIME_ENVIRONMENT = {
  NODE_ENV: "production",
  RAILS_ENV: "production",
  RACK_ENV: "production",
  APP_ENV: "production",
  ASPNETCORE_ENVIRONMENT: "Production",
  DOTNET_ENVIRONMENT: "Production",
  GIN_MODE: "release",
  MIX_ENV: "prod",
  SPRING_PROFILES_ACTIVE: "prod"
};
const looksLocal = (v) => !!v && /\b(localhost|127\.0\.0\.1|0\.0\.0\.0)\b/.test(v);
function wireVariable(e, input) {
  const { unit, languages } = input;
  const stores = input.datastores;
  const name = e.name;
  const missing = (what) => ({ note: `${unit.name}: ${name} (${e.carries}) is not set: ${what}.` });
  switch (e.carries) {
    case "database-url": {
      if ((e.scheme ?? "").startsWith("jdbc")) {
        const store2 = storeOf(e, SQL_STORES$1, stores);
        return store2 ? { env: { name, from: "datastore", store: store2, field: "jdbc-url" } } : missing("no SQL database is generated");
      }
      const store = storeOf(e, [...SQL_STORES$1, "mongodb"], stores);
      if (!store) return missing("no database is generated");
      if (store === "sqlserver") return missing("SQL Server has no URL form: read host, user and password separately");
      return { env: { name, from: "datastore-secret", store, key: urlKey(e, store, languages) } };
    }
    case "mongodb-url": {
      return stores.includes("mongodb") ? { env: { name, from: "datastore-secret", store: "mongodb", key: "url" } } : missing("no MongoDB-compatible database is generated");
    }
    case "database-host":
    case "database-port":
    case "database-user":
    case "database-name": {
      const store = storeOf(e, [...SQL_STORES$1, "mongodb"], stores);
      if (!store) return missing("no database is generated");
      const field = { "database-host": "host", "database-port": "port", "database-user": "user", "database-name": "name" }[e.carries];
      return { env: { name, from: "datastore", store, field } };
    }
    case "database-password": {
      const store = storeOf(e, [...SQL_STORES$1, "mongodb"], stores);
      return store ? { env: { name, from: "datastore-secret", store, key: "password" } } : missing("no database is generated");
    }
    case "cache-url":
      return stores.includes("redis") ? { env: { name, from: "datastore", store: "redis", field: "cache-url" } } : missing("no Redis");
    case "cache-host":
      return stores.includes("redis") ? {
        env: { name, from: "datastore", store: "redis", field: /ADDR/i.test(name) ? "address" : "host" },
        note: `${unit.name}: ${name} gives the Redis address only; ElastiCache requires TLS, which the client must enable in code (e.g. go-redis TLSConfig, redis-py ssl=True)${e.evidence[0] ? ` at ${e.evidence[0].file}:${e.evidence[0].line ?? 1}` : ""}.`
      } : missing("no Redis");
    case "cache-port":
      return stores.includes("redis") ? { env: { name, from: "datastore", store: "redis", field: "port" } } : missing("no Redis");
    case "cache-password":
      return { note: `${unit.name}: ${name} is left unset: the generated Redis uses TLS and security groups, no AUTH token.` };
    case "broker-url":
      return (e.target ?? "redis") === "redis" && stores.includes("redis") ? { env: { name, from: "datastore", store: "redis", field: "broker-url" } } : missing(`no managed ${e.target ?? "broker"} is generated (SQS or Amazon MQ are the managed options)`);
    case "search-url": {
      const store = storeOf(e, ["opensearch", "elasticsearch"], stores) ?? (stores.includes("elasticsearch") ? "elasticsearch" : void 0);
      return store ? { env: { name, from: "datastore", store, field: "search-url" } } : missing("no OpenSearch");
    }
    case "service-address": {
      const target = e.target ? input.services.get(e.target) : void 0;
      const port = e.target ? input.ports.get(e.target) : void 0;
      const absent = !target && e.required ? (input.all ?? []).find((u) => u.name === e.target && !u.deployed) : void 0;
      if (absent)
        return {
          env: { name, from: "literal", value: `${awsName(absent.name, 40)}.invalid:${absent.listenPort ?? 80}` },
          note: `${unit.name}: ${name} points at ${absent.name}, which is not deployed (${absent.role}: ${absent.roleReason}); it is set to an unresolvable placeholder so that the start-up check passes \u2014 deploy ${absent.name} and set its address to use that feature.`
        };
      if (!target || !port) return missing(`unit ${e.target ?? "?"} is not deployed`);
      const scheme = /^https?:\/\//i.test(e.example ?? "") ? "http" : /^grpc:\/\//i.test(e.example ?? "") ? "grpc" : "";
      return { env: { name, from: "service", unit: target, port, scheme } };
    }
    case "secret":
      return OWN_SECRET.test(name) ? { env: { name, from: "app-secret", length: /^APP_KEY$/i.test(name) ? 32 : 64 } } : teamSecret(name, e, unit.name);
    case "port":
      return unit.listenPort ? { env: { name, from: "literal", value: String(unit.listenPort) } } : {};
    case "allowed-hosts":
      return { env: { name, from: "literal", value: "*" } };
    case "public-url":
      return { env: { name, from: "public-url" } };
    case "aws-region":
      return { env: { name, from: "region" } };
    case "bucket-name":
    case "queue-url":
      return e.required ? missing(`no ${e.carries === "queue-url" ? "queue" : "bucket"} is generated for it; add it to inframate.md`) : {};
    case "config": {
      const engine = engineValue(e, stores);
      if (engine) return { env: { name, from: "literal", value: engine } };
      const known = RUNTIME_ENVIRONMENT[name];
      if (known !== void 0) return { env: { name, from: "literal", value: known } };
      if (e.example !== void 0 && e.example !== "(redacted)" && !SECRET_NAME.test(name) && !looksLocal(e.example) && (e.required || !e.hasDefault))
        return { env: { name, from: "literal", value: e.example } };
      if (e.required && THIRD_PARTY_SETTING.test(name)) return teamSecret(name, e, unit.name);
      return e.required ? missing("required, with no value to copy (set it in the task definition)") : {};
    }
  }
}
function teamSecret(name, e, unitName) {
  const where = e.evidence[0] ? ` (${e.evidence[0].file}${e.evidence[0].line ? `:${e.evidence[0].line}` : ""})` : "";
  return {
    env: { name, from: "app-secret", length: 32, fill: "team" },
    note: `${unitName}: ${name}${where} is a third-party setting: the secret ${appSecretName(name)} is created with a random placeholder \u2014 fill it in (aws secretsmanager put-secret-value) before the feature that uses it can work.`
  };
}
function wiringFor(input) {
  const { unit, languages } = input;
  const notes = [];
  const env = [];
  for (const e of unit.env) {
    const needed = e.required || !e.hasDefault || e.carries !== "config";
    if (!needed) continue;
    const r = wireVariable(e, input);
    if (r.env && !env.some((x) => x.name === r.env.name)) env.push(r.env);
    if (r.note) notes.push(r.note);
  }
  const jvm2 = languages.some((l) => JVM_LANGUAGES.has(l));
  const grace = Math.min(1800, Math.max(unit.health.gracePeriodSeconds, jvm2 ? JVM_GRACE_SECONDS : 30));
  const role = unit.role === "web" ? "web" : unit.role === "internal" ? "internal" : "worker";
  const aliases = [unit.name, ...hostsNaming(unit.name, input)].map((a) => awsName(a, 32)).filter((a, i, all) => SHORT_NAME.test(a) && all.indexOf(a) === i);
  if (aliases.length === 0) aliases.push(`svc-${awsName(unit.name, 27) || "app"}`.replace(/-+$/, ""));
  const datastoreHosts = [];
  for (const h of unit.hardcodedHosts) {
    const label2 = h.host.split(":")[0].toLowerCase();
    if (h.store && isStore(h.store) && input.datastores.includes(h.store) && /^[a-z][a-z0-9-]{0,62}$/.test(label2)) {
      if (!datastoreHosts.some((d) => d.host === label2)) datastoreHosts.push({ host: label2, store: h.store });
      notes.push(
        `${unit.name}: ${h.evidence.file}:${h.evidence.line ?? 1} names "${label2}": it resolves to the managed ${h.store} through the VPC's private DNS zone (a CNAME on the DHCP search list)${h.store === "redis" ? "; the generated Redis requires TLS, which this client must enable in code" : ""}; reading the address from an environment variable is sturdier.`
      );
      continue;
    }
    if (h.target && !input.services.has(h.target))
      notes.push(
        `${unit.name}: ${h.evidence.file}:${h.evidence.line ?? 1} names "${h.host}", which is not a deployed service` + (h.target ? ` (${h.target}): read its address from an environment variable instead` : "") + "."
      );
  }
  if (unit.bindAddress && /^127\.|^localhost$/.test(unit.bindAddress))
    notes.push(`${unit.name}: it listens on ${unit.bindAddress}, unreachable from the load balancer: bind 0.0.0.0.`);
  return {
    wiring: {
      role,
      protocol: unit.protocol,
      healthGraceSeconds: grace,
      aliases: aliases.slice(0, 10),
      calls: unit.dependsOn.flatMap((d) => input.services.has(d) ? [input.services.get(d)] : []).slice(0, 50),
      env,
      ...datastoreHosts.length ? { datastoreHosts: datastoreHosts.slice(0, 10) } : {},
      oneOff: unit.oneOff.filter((o) => o.when === "every-deploy").map((o) => ({ kind: o.kind.slice(0, 32), command: o.command.slice(0, 1024) })),
      image: {
        dockerfile: unit.image.dockerfile,
        context: unit.image.context,
        ...unit.image.target ? { target: unit.image.target } : {},
        generated: unit.image.generated
      }
    },
    notes
  };
}
function hostsNaming(name, input) {
  return (input.all ?? []).flatMap((u) => u.hardcodedHosts.filter((h) => h.target === name).map((h) => h.host.split(":")[0]));
}
const FALLBACK_ENV = {
  postgresql: [{ name: "DATABASE_URL", carries: "database-url" }],
  mysql: [{ name: "DATABASE_URL", carries: "database-url" }],
  mariadb: [{ name: "DATABASE_URL", carries: "database-url" }],
  mongodb: [{ name: "MONGODB_URI", carries: "mongodb-url" }],
  redis: [{ name: "REDIS_URL", carries: "cache-url" }],
  opensearch: [{ name: "OPENSEARCH_URL", carries: "search-url" }],
  elasticsearch: [{ name: "ELASTICSEARCH_URL", carries: "search-url" }],
  sqlserver: [
    { name: "DATABASE_HOST", carries: "database-host" },
    { name: "DATABASE_USER", carries: "database-user" },
    { name: "DATABASE_PASSWORD", carries: "database-password" }
  ]
};
const HEALTH_PATH$2 = { "spring-boot": "/actuator/health", quarkus: "/q/health", micronaut: "/health" };
function contractFromProfile(profile, services, serves) {
  return {
    units: services.map((s) => {
      const web = serves(s);
      const env = s.datastores.flatMap(
        (d) => (FALLBACK_ENV[d] ?? []).map((v) => ({ ...v, hasDefault: false, required: true, target: d, evidence: [] }))
      );
      if (web) env.push({ name: "PORT", carries: "port", hasDefault: true, required: false, evidence: [] });
      const framework = s.frameworks.find((f) => f in HEALTH_PATH$2);
      return {
        name: s.name,
        path: s.path,
        role: web ? "web" : "worker",
        roleReason: web ? "serves HTTP (profile)" : "no port and no web framework (profile)",
        deployed: true,
        listenPort: s.port,
        protocol: web ? "http" : "none",
        start: s.start,
        image: { dockerfile: s.dockerfile, context: s.path, generated: s.dockerfile === null },
        env,
        health: {
          path: web ? (framework && HEALTH_PATH$2[framework]) ?? "/" : null,
          protocol: web ? "http" : "none",
          gracePeriodSeconds: 60,
          source: framework ? "framework" : "default",
          evidence: []
        },
        oneOff: [],
        hardcodedHosts: [],
        datastores: s.datastores,
        dependsOn: [],
        warnings: []
      };
    }),
    excluded: [],
    warnings: []
  };
}
const TOOL_LABEL = {
  sst: "SST",
  serverless: "the Serverless Framework",
  sam: "AWS SAM",
  cdk: "AWS CDK",
  folder: "plain handler-folder"
};
function lambdaRuntime(configured) {
  const r = (configured ?? "").toLowerCase();
  if (r.startsWith("nodejs")) return r === "nodejs20.x" ? "nodejs20.x" : "nodejs22.x";
  if (r.startsWith("python")) return r === "python3.12" ? "python3.12" : "python3.13";
  if (r.startsWith("ruby")) return "ruby3.3";
  return null;
}
const SERVERLESS_STORES = /* @__PURE__ */ new Set(["dynamodb", "sqs", "sns", "s3"]);
const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2");
function serverlessPlan(contract, ctx) {
  const layout = contract?.functions;
  if (!layout || layout.functions.length === 0) return void 0;
  const notes = [];
  const where = (f) => `${f.evidence.file}${f.evidence.line ? `:${f.evidence.line}` : ""}`;
  for (const w of layout.warnings.slice(0, 10))
    notes.push(`${w.message}${w.evidence ? ` (${w.evidence.file}${w.evidence.line ? `:${w.evidence.line}` : ""})` : ""}.`);
  const asked = ctx.req.compute === "lambda";
  if (contract?.selfDeployed && !asked) {
    notes.push(
      `${layout.functions.length} Lambda handler(s) found (${TOOL_LABEL[layout.tool]}, ${layout.configs[0] ?? where(layout.functions[0])}): the repository deploys them itself with ${contract.selfDeployed.tool}, so Inframate generates no functions, API or datastores that would conflict. Set \`compute: lambda\` in inframate.md to have Inframate generate them instead (e.g. to move off that tool).`
    );
    return { compute: [], data: [], handled: /* @__PURE__ */ new Set(), datastores: [], notes, covers: () => false };
  }
  const declared = layout.stores.filter((s) => s.kind === "dynamodb");
  const usesDynamo = ctx.profile.datastores.includes("dynamodb") || (contract?.units ?? []).some((u) => u.datastores.includes("dynamodb"));
  const tables = declared.length ? declared : usesDynamo ? [{ kind: "dynamodb", name: "main", evidence: layout.functions[0].evidence }] : [];
  const tableNames = /* @__PURE__ */ new Map();
  const data = [];
  for (const t2 of tables.slice(0, 10)) {
    let name = awsName(kebab(t2.name).replace(/-?(table|dynamo-?db-?table)$/i, "") || "main", 24);
    for (let i = 2; [...tableNames.values()].includes(name); i++) name = `${awsName(name, 21)}-${i}`;
    tableNames.set(t2.name, name);
    const attr = (k) => k && /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(k) ? k : void 0;
    const hashKey = attr(t2.hashKey) ?? "pk";
    const rangeKey = attr(t2.rangeKey);
    data.push({
      kind: "dynamodb-table",
      parameters: {
        name,
        hashKey,
        ...rangeKey ? { rangeKey } : {},
        billingMode: "PAY_PER_REQUEST",
        readCapacity: 5,
        writeCapacity: 5,
        pointInTimeRecovery: true,
        deletionProtection: ctx.prod
      },
      rationale: (declared.length ? `DynamoDB table ${t2.name} (${t2.evidence.file}:${t2.evidence.line ?? 1}), keys ${hashKey}${rangeKey ? `/${rangeKey}` : ""} as the repository declares them: ` : "DynamoDB table for the handlers\u2019 code (it uses DynamoDB; no table is declared): generic pk key, rename it to match the code\u2019s table design; ") + "on-demand, point-in-time recovery, no VPC needed."
    });
  }
  for (const b of layout.stores.filter((s) => s.kind === "s3"))
    notes.push(
      `Bucket ${b.name} (${b.evidence.file}:${b.evidence.line ?? 1}) is not generated: create it and pass its name to the functions that use it.`
    );
  const specs = [];
  const used = /* @__PURE__ */ new Set();
  const skipped = [];
  for (const f of layout.functions) {
    const runtime = lambdaRuntime(f.runtime);
    if (!runtime || !f.source) {
      skipped.push(
        `${f.name} (${where(f)}: ${!f.source ? `handler ${f.handler} not found in the repository` : `runtime ${f.runtime ?? "unknown"} has no generated build`})`
      );
      continue;
    }
    let name = awsName(kebab(f.name).replace(/-function$/i, ""), 28);
    if (name.length < 2) name = `fn-${name}`;
    for (let i = 2; used.has(name); i++) name = `${awsName(name, 25)}-${i}`;
    used.add(name);
    const wired = f.env.filter((e) => /TABLE/i.test(e)).flatMap((env) => {
      const match = tables.find(
        (t2) => env.replace(/_?TABLE(_NAME)?$/i, "").replace(/_/g, "").toLowerCase() === t2.name.replace(/(table|dynamodbtable)$/i, "").toLowerCase()
      ) ?? (tables.length === 1 ? tables[0] : void 0);
      return match ? [{ env, table: tableNames.get(match.name) }] : [];
    });
    const routes = f.routes.flatMap(
      (r) => HTTP_METHODS.includes(r.method) ? [{ method: r.method, path: r.path }] : []
    );
    const payloadFormat = f.routes.length > 0 && f.routes.every((r) => r.api === "rest") ? "1.0" : "2.0";
    const spec = {
      name,
      handler: f.handler,
      runtime,
      source: f.source,
      codeDir: f.codeDir,
      routes,
      payloadFormat,
      tables: wired.slice(0, 20)
    };
    const ok = lambdaFunctionSchema.safeParse(spec);
    if (ok.success) specs.push(ok.data);
    else skipped.push(`${f.name} (${where(f)}: ${ok.error.issues[0]?.message ?? "invalid"})`);
  }
  if (skipped.length) notes.push(`Handlers not generated: ${skipped.slice(0, 10).join("; ")}${skipped.length > 10 ? "\u2026" : ""}.`);
  const dirs = specs.map((s) => s.codeDir);
  const inFolders = (u) => u.role === "function" || u.listenPort === null && dirs.some((d) => u.path === "." || d === u.path || d.startsWith(`${u.path}/`));
  const datastores = [.../* @__PURE__ */ new Set([...ctx.profile.datastores, ...(contract?.units ?? []).filter(inFolders).flatMap((u) => u.datastores)])];
  const vpcStores = datastores.filter((d) => !SERVERLESS_STORES.has(d));
  if (!specs.length) return { compute: [], data, handled: /* @__PURE__ */ new Set(["dynamodb"]), datastores, notes, covers: () => false };
  const service = awsName(contract?.units.find((u) => u.role === "function")?.name ?? "api", 20);
  const first = specs[0];
  const routeCount = specs.reduce((n, s) => n + s.routes.length, 0);
  const compute = [
    {
      kind: "lambda-function",
      service,
      parameters: {
        runtime: first.runtime,
        handler: first.handler,
        memoryMb: ctx.size.lambdaMemoryMb,
        timeoutSeconds: 29,
        architecture: "arm64",
        reservedConcurrency: ctx.prod ? 50 : 5,
        functions: specs
      },
      rationale: `${specs.length} Lambda function(s) from the repository's ${TOOL_LABEL[layout.tool]} handlers (arm64, ${ctx.size.lambdaMemoryMb} MB, 29 s \u2014 API Gateway's limit), one IAM role and log group per function; code shipped by the deploy workflow. ` + (vpcStores.length ? `In the VPC's private subnets: their code uses ${vpcStores.join(", ")}.` : "No VPC: nothing they use needs one.")
    }
  ];
  if (routeCount > 0)
    compute.push({
      kind: "api-gateway-http",
      service,
      parameters: { throttlingBurstLimit: ctx.prod ? 500 : 50, throttlingRateLimit: ctx.prod ? 1e3 : 100 },
      rationale: `One API Gateway HTTP API with the ${routeCount} route(s) the repository declares, each integrated with its function; throttling and JSON access logs.`
    });
  if (contract?.selfDeployed)
    notes.push(
      `inframate.md asks for Lambda: the ${specs.length} handler(s) ${contract.selfDeployed.tool} deploys are generated here too. Remove them from ${contract.selfDeployed.tool} (or do not deploy both) so each function exists once.`
    );
  if (vpcStores.some((d) => ["postgresql", "mysql", "mariadb", "sqlserver", "mongodb"].includes(d)))
    notes.push(
      "Functions get each database connection secret as `<STORE>_SECRET_ARN` (Lambda has no per-key secret injection): code that reads a URL or password variable must read it from Secrets Manager at start-up."
    );
  return { compute, data, handled: /* @__PURE__ */ new Set(["dynamodb"]), datastores, notes, covers: inFolders };
}
const STATIC_FRAMEWORKS$1 = /* @__PURE__ */ new Set([
  "react",
  "vue",
  "angular",
  "svelte",
  "vite",
  "create-react-app",
  "gatsby",
  "astro",
  "hugo",
  "jekyll"
]);
const SERVER_FRAMEWORKS$1 = /* @__PURE__ */ new Set([
  "express",
  "fastify",
  "koa",
  "hapi",
  "nestjs",
  "nextjs",
  "nuxt",
  "sveltekit",
  "remix",
  "django",
  "flask",
  "fastapi",
  "rails",
  "sinatra",
  "laravel",
  "symfony",
  "spring-boot",
  "quarkus",
  "micronaut",
  "gin",
  "echo",
  "fiber",
  "chi",
  "gorilla-mux",
  "net-http",
  "aspnetcore",
  "actix-web",
  "axum",
  "rocket"
]);
const COMPUTE_REQUIREMENT = {
  "ecs-fargate": "container",
  "app-runner": "container",
  lambda: "lambda",
  "static-site": "static-site"
};
const COMPUTE_RULES = [
  {
    test: (s) => s.dockerfile !== null,
    choice: "container",
    why: "has a Dockerfile, so it ships as a container image"
  },
  {
    test: (s) => s.frameworks.some((f) => SERVER_FRAMEWORKS$1.has(f)),
    choice: "container",
    why: "runs a long-lived web server"
  },
  {
    test: (s) => s.frameworks.some((f) => STATIC_FRAMEWORKS$1.has(f)) && s.datastores.length === 0,
    choice: "static-site",
    why: "builds to static files with no server-side runtime"
  },
  {
    test: (_s, p) => p.iac.serverless.length > 0,
    choice: "lambda",
    why: "the repository already describes serverless functions"
  },
  {
    test: (s) => s.port === null && s.start === null && s.languages.some((l) => l in LAMBDA_RUNTIME_BY_LANGUAGE),
    choice: "lambda",
    why: "is a small handler with no server process or port"
  },
  {
    test: (s) => s.languages.length === 1 && s.languages[0] === "html",
    choice: "static-site",
    why: "is plain HTML"
  }
];
const LAMBDA_RUNTIME_BY_LANGUAGE = {
  typescript: "nodejs22.x",
  javascript: "nodejs22.x",
  python: "python3.13",
  java: "java21",
  kotlin: "java21",
  ruby: "ruby3.3",
  csharp: "dotnet8",
  go: "provided.al2023",
  rust: "provided.al2023"
};
const LAMBDA_HANDLER_BY_RUNTIME = {
  "nodejs22.x": "index.handler",
  "python3.13": "app.handler",
  java21: "example.Handler::handleRequest",
  "ruby3.3": "app.handler",
  dotnet8: "App::App.Function::FunctionHandler",
  "provided.al2023": "bootstrap"
};
const DEFAULT_PORT = {
  nextjs: 3e3,
  express: 3e3,
  nestjs: 3e3,
  fastify: 3e3,
  remix: 3e3,
  nuxt: 3e3,
  sveltekit: 3e3,
  django: 8e3,
  fastapi: 8e3,
  flask: 5e3,
  rails: 3e3,
  laravel: 8e3,
  "spring-boot": 8080,
  quarkus: 8080,
  micronaut: 8080,
  gin: 8080,
  echo: 8080,
  fiber: 3e3,
  aspnetcore: 8080,
  "actix-web": 8080,
  axum: 3e3
};
const HEALTH_PATH$1 = { "spring-boot": "/actuator/health", quarkus: "/q/health", micronaut: "/health" };
function classify(s, ctx) {
  const wanted = ctx.req.services.find((r) => r.name === s.name)?.compute ?? ctx.req.compute;
  const fromReq = wanted ? COMPUTE_REQUIREMENT[wanted] : void 0;
  if (fromReq) return { choice: fromReq, why: `inframate.md asks for ${wanted}` };
  const rule = COMPUTE_RULES.find((r) => r.test(s, ctx.profile));
  return rule ? { choice: rule.choice, why: rule.why } : { choice: "container", why: "runs as a containerized service by default" };
}
const redundancyNote = (ctx) => ctx.res.multiAz ? `${ctx.req.availability} availability in ${ctx.req.environment}` : `${ctx.req.environment} with ${ctx.req.availability} availability`;
function containerPort(s) {
  const framework = s.frameworks.find((f) => f in DEFAULT_PORT);
  return s.port ?? (framework ? DEFAULT_PORT[framework] : 8080);
}
const HTTP_PATH = /^\/[A-Za-z0-9._~/-]{0,127}$/;
function containerComponents(s, name, why, ctx, imageFrom, wired) {
  const { size, res } = ctx;
  const framework = s.frameworks.find((f) => f in DEFAULT_PORT);
  const port = containerPort(s);
  const spot = size.spot && !ctx.prod;
  const arm = ctx.tier !== "standard" && !spot;
  const serves = wired ? wired.wiring.role === "web" : s.port !== null || s.frameworks.some((f) => SERVER_FRAMEWORKS$1.has(f));
  const contractPath = wired?.unit.health.path;
  const healthCheckPath = contractPath && HTTP_PATH.test(contractPath) ? contractPath : (framework && HEALTH_PATH$1[framework]) ?? "/";
  const build = imageFrom ? ` Runs the image of ${imageFrom} (same ECR repository and tag)` + (s.start ? " with its own command." : "; set its `command`: none was found.") : s.dockerfile === null ? " No Dockerfile was found: add one so CI can build the image." : "";
  const tasks = `${res.minTasks}\u2013${Math.max(res.maxTasks, res.minTasks)} tasks autoscaled on CPU (${redundancyNote(ctx)}, ${ctx.tier} budget)`;
  const registry = imageFrom ? [] : [
    {
      kind: "ecr-repository",
      service: name,
      parameters: { scanOnPush: true, imageTagMutability: "IMMUTABLE", keepImages: ctx.prod ? 50 : 20 },
      rationale: `Private image registry for ${name}: immutable tags and scan on push.`
    }
  ];
  const out = [
    ...registry,
    {
      kind: "ecs-fargate-service",
      service: name,
      // The shared image's default command starts the other service: this one must say its own.
      ...imageFrom ? { imageFrom, ...s.start ? { command: commandOf(s.start) } : {} } : {},
      // A run command declared for deployment (compose `command:`, Procfile, Kubernetes args) is what
      // the image runs there: images built for it often have an ENTRYPOINT and no CMD.
      ...!imageFrom && wired?.unit.start && DECLARED_RUN.has(wired.unit.origin?.kind ?? "") ? { command: commandOf(wired.unit.start) } : {},
      ...wired ? { wiring: wired.wiring } : {},
      parameters: {
        cpu: size.fargate.cpu,
        memory: size.fargate.memory,
        architecture: arm ? "arm64" : "x86_64",
        containerPort: port,
        healthCheckPath,
        minTasks: res.minTasks,
        maxTasks: Math.max(res.maxTasks, res.minTasks),
        cpuTargetPercent: 60,
        spot
      },
      rationale: `${name} ${why}: ECS Fargate (no servers to patch), ${size.fargate.cpu} CPU / ${size.fargate.memory} MiB` + (arm ? " on Graviton (~20% cheaper; build the image for linux/arm64)" : " on x86_64") + `, ${tasks}` + (spot ? ", Fargate Spot for most capacity" : "") + (serves ? `; public behind the shared load balancer, health check ${healthCheckPath}.` : wired?.wiring.role === "internal" ? `; internal, reached by name through ECS Service Connect on port ${port}.` : "; a background worker, so no load balancer.") + build
    }
  ];
  return out;
}
function lambdaComponents(s, name, why, ctx) {
  const language = s.languages.find((l) => l in LAMBDA_RUNTIME_BY_LANGUAGE) ?? "javascript";
  const runtime = LAMBDA_RUNTIME_BY_LANGUAGE[language];
  return [
    {
      kind: "lambda-function",
      service: name,
      parameters: {
        runtime,
        handler: LAMBDA_HANDLER_BY_RUNTIME[runtime] ?? "index.handler",
        memoryMb: ctx.size.lambdaMemoryMb,
        timeoutSeconds: 30,
        architecture: "arm64",
        reservedConcurrency: ctx.prod ? 100 : 10
      },
      rationale: `${name} ${why}: Lambda (${runtime}, arm64, ${ctx.size.lambdaMemoryMb} MB) costs nothing when idle and scales per request.`
    },
    {
      kind: "api-gateway-http",
      service: name,
      parameters: { throttlingBurstLimit: ctx.prod ? 500 : 50, throttlingRateLimit: ctx.prod ? 1e3 : 100 },
      rationale: `API Gateway HTTP API in front of ${name}: cheaper than REST APIs, with throttling and access logs.`
    }
  ];
}
function staticComponents(s, name, why, ctx) {
  const spa = s.frameworks.some((f) => ["react", "vue", "angular", "svelte", "vite", "create-react-app"].includes(f));
  return [
    {
      kind: "s3-static-site",
      service: name,
      parameters: { versioning: true, indexDocument: "index.html", singlePageApp: spa },
      rationale: `${name} ${why}: a private, encrypted S3 bucket holds the build output; only CloudFront can read it.`
    },
    {
      kind: "cloudfront",
      service: name,
      parameters: { priceClass: ctx.tier === "standard" ? "PriceClass_All" : "PriceClass_100", defaultTtlSeconds: 3600, waf: ctx.prod },
      rationale: `CloudFront serves ${name} over HTTPS through origin access control` + (ctx.prod ? ", with AWS WAF managed rules in production." : "; WAF is left out outside production to save its fixed fee.")
    }
  ];
}
const COMPUTE_BUILDERS = {
  container: containerComponents,
  lambda: lambdaComponents,
  "static-site": staticComponents
};
function wantedDatastores(profile, req) {
  const all = /* @__PURE__ */ new Set([...profile.datastores, ...req.datastores ?? [], ...req.database ? [req.database] : []]);
  return [...all].map((d) => d.toLowerCase());
}
function wantsAurora(req) {
  const text2 = [req.database ?? "", ...req.notes, req.description ?? ""].join(" ");
  return /aurora|serverless\s*v2/i.test(text2);
}
const DATASTORE_RULES = {
  postgresql: (ctx) => ({ components: [relational("postgresql", ctx)] }),
  mysql: (ctx) => ({ components: [relational("mysql", ctx)] }),
  mariadb: (ctx) => ({
    components: [relational("mysql", ctx)],
    notes: [
      'MariaDB is served by RDS for MySQL 8 (wire-compatible for common use); switch the engine to "mariadb" if you rely on MariaDB-only features.'
    ]
  }),
  sqlserver: (ctx) => ({
    components: [sqlServer(ctx)],
    notes: [
      "RDS for SQL Server does not create the application database: create the database named in DATABASE_NAME at start-up (EF Core Database.Migrate() or a migration job). Instance hours include the SQL Server licence (license-included), which the bundled price table does not price."
    ]
  }),
  redis: (ctx) => ({
    components: [
      {
        kind: "elasticache-redis",
        parameters: {
          nodeType: ctx.size.cacheNode,
          replicas: ctx.res.multiAz ? 1 : 0,
          automaticFailover: ctx.res.multiAz,
          snapshotRetentionDays: ctx.prod ? 7 : 1
        },
        rationale: `ElastiCache for Redis (${ctx.size.cacheNode}) in private subnets, encrypted at rest and in transit${ctx.res.multiAz ? ", with a replica and automatic failover" : ""}.`
      }
    ]
  }),
  dynamodb: (ctx) => ({
    components: [
      {
        kind: "dynamodb-table",
        parameters: {
          name: "main",
          hashKey: "pk",
          rangeKey: "sk",
          billingMode: "PAY_PER_REQUEST",
          readCapacity: 5,
          writeCapacity: 5,
          pointInTimeRecovery: true,
          deletionProtection: ctx.prod
        },
        rationale: "DynamoDB table (on-demand, point-in-time recovery) with generic pk/sk keys; rename the keys to match the code\u2019s table design."
      }
    ]
  }),
  mongodb: (ctx) => ({
    components: [
      {
        kind: "documentdb",
        parameters: {
          instanceClass: ctx.size.docdbClass,
          instances: ctx.res.instances,
          backupRetentionDays: ctx.backupDays,
          deletionProtection: ctx.prod
        },
        rationale: `Amazon DocumentDB (${ctx.size.docdbClass} \xD7 ${ctx.res.instances}) for the MongoDB workload.`
      }
    ],
    notes: [
      "DocumentDB implements the MongoDB 5.0 API only partially (no $where, limited aggregation stages, no client-side field-level encryption): test the application against it, or use MongoDB Atlas if it relies on missing features."
    ]
  }),
  elasticsearch: (ctx) => ({
    components: [search(ctx)],
    notes: ["Elasticsearch clients must be compatible with OpenSearch 2.x (Elasticsearch 7.10 API)."]
  }),
  opensearch: (ctx) => ({ components: [search(ctx)] })
};
const UNSUPPORTED_DATASTORES = {
  sqlite: "SQLite is a file on local disk: containers lose it on every deployment. Move the data to RDS (set `database: postgresql` in inframate.md).",
  h2: "H2 is an embedded database; use RDS for persistent data.",
  memcached: "Memcached is not generated; the Redis cache (ElastiCache) is a drop-in for most uses.",
  rabbitmq: "RabbitMQ is not generated (Amazon MQ for RabbitMQ is the managed option); SQS replaces it for simple work queues.",
  kafka: "Kafka is not generated (Amazon MSK is the managed option).",
  cassandra: "Cassandra is not generated (Amazon Keyspaces is the managed, CQL-compatible option)."
};
function relational(engine, ctx) {
  const { size, res, req } = ctx;
  const label2 = engine === "postgresql" ? "PostgreSQL" : "MySQL";
  if (wantsAurora(req)) {
    return {
      kind: "aurora-serverless-v2",
      parameters: {
        engine: engine === "postgresql" ? "aurora-postgresql" : "aurora-mysql",
        minCapacity: ctx.prod ? 0.5 : 0,
        maxCapacity: size.auroraMaxAcu,
        instances: res.instances,
        backupRetentionDays: ctx.backupDays,
        deletionProtection: ctx.prod
      },
      rationale: `Aurora Serverless v2 (${label2}) as inframate.md asks: scales between ${ctx.prod ? 0.5 : 0} and ${size.auroraMaxAcu} ACUs, ${res.instances} instance(s).`
    };
  }
  const small = /micro|small/.test(size.rdsClass);
  const common = {
    instanceClass: size.rdsClass,
    allocatedStorageGb: size.rdsStorageGb,
    maxAllocatedStorageGb: size.rdsStorageGb * 5,
    multiAz: res.multiAz,
    backupRetentionDays: ctx.backupDays,
    deletionProtection: ctx.prod,
    performanceInsights: !small
  };
  const rationale = `RDS for ${label2} (${size.rdsClass}, Graviton, gp3 storage autoscaling to ${size.rdsStorageGb * 5} GB), encrypted, private, ${res.multiAz ? "Multi-AZ" : "single-AZ"} for ${redundancyNote(ctx)}; the master password lives in Secrets Manager (managed by RDS).`;
  return engine === "postgresql" ? { kind: "rds-postgresql", parameters: { ...common, engineVersion: "16" }, rationale } : { kind: "rds-mysql", parameters: { ...common, engineVersion: "8.0" }, rationale };
}
function sqlServer(ctx) {
  const { size, res } = ctx;
  const { edition, instanceClass } = size.sqlserver;
  const express = edition === "sqlserver-ex";
  const multiAz = !express && res.multiAz;
  const storage = size.rdsStorageGb;
  return {
    kind: "rds-sqlserver",
    parameters: {
      edition,
      instanceClass,
      engineVersion: "16.00",
      allocatedStorageGb: storage,
      maxAllocatedStorageGb: storage * 5,
      multiAz,
      backupRetentionDays: ctx.backupDays,
      deletionProtection: ctx.prod,
      performanceInsights: !express
    },
    rationale: `RDS for SQL Server 2022 ${express ? "Express" : "Standard"} Edition (${instanceClass}, licence included, ${ctx.tier} budget), encrypted, private, ${multiAz ? "Multi-AZ" : "single-AZ"}` + (express ? " (Express: no licence fee, 10 GB per database, no Multi-AZ)" : ` for ${redundancyNote(ctx)}`) + "; the master password lives in Secrets Manager (managed by RDS). Instance hours are not priced: licence-included SQL Server prices are not in the bundled table."
  };
}
function search(ctx) {
  const count = ctx.res.multiAz ? 2 : 1;
  return {
    kind: "opensearch",
    parameters: { instanceType: ctx.size.opensearchType, instanceCount: count, volumeGb: ctx.prod ? 100 : 20, zoneAwareness: count > 1 },
    rationale: `Amazon OpenSearch Service (${ctx.size.opensearchType} \xD7 ${count}) inside the VPC, encrypted, HTTPS only.`
  };
}
const MESSAGING_RULES = {
  sqs: (ctx) => ({
    kind: "sqs-queue",
    parameters: {
      name: "jobs",
      fifo: false,
      visibilityTimeoutSeconds: 60,
      messageRetentionSeconds: ctx.prod ? 1209600 : 345600,
      maxReceiveCount: 5
    },
    rationale: "The code uses SQS: a queue encrypted with SQS-managed keys, with a dead-letter queue after 5 failed receives."
  }),
  sns: () => ({
    kind: "sns-topic",
    parameters: { name: "events" },
    rationale: "The code publishes to SNS: a topic encrypted with the AWS-managed key."
  })
};
const RETENTION_STATEMENTS = [
  { key: "logDays", pattern: /\blogs?\b[^.\n]*?\b(\d{1,4})\s*days?\b/i },
  { key: "backupDays", pattern: /\b(?:backups?|snapshots?)\b[^.\n]*?\b(\d{1,3})\s*days?\b/i }
];
function statedRetention(req) {
  const out = {};
  for (const line of [...req.notes, req.description ?? ""]) {
    for (const { key: key2, pattern } of RETENTION_STATEMENTS) {
      const m = pattern.exec(line);
      if (m && out[key2] === void 0) out[key2] = Number(m[1]);
    }
  }
  return out;
}
function buildRuleContext(profile, req) {
  const tier = tierFor(req);
  const stated = statedRetention(req);
  const logDays = (stated.logDays !== void 0 ? LOG_RETENTION_DAYS.find((d) => d >= stated.logDays) : void 0) ?? LOG_RETENTION[req.environment];
  const backupDays = stated.backupDays !== void 0 ? Math.min(35, Math.max(1, stated.backupDays)) : BACKUP_RETENTION[req.environment];
  return {
    req,
    profile,
    tier,
    size: SIZING[tier],
    res: resilienceFor(req.availability, req.environment, tier),
    prod: req.environment === "prod",
    logDays,
    backupDays,
    stated
  };
}
const DECLARED_RUN = /* @__PURE__ */ new Set(["compose", "procfile", "kubernetes"]);
const DEPLOYED_ROLES = /* @__PURE__ */ new Set(["web", "internal", "worker", "static", "function"]);
const ROLE_COMPUTE = { static: "static-site", function: "lambda" };
function serviceOfUnit(u, base, profile) {
  const s = base.find((x) => x.name === u.name) ?? base.find((x) => x.path === u.path);
  return {
    name: u.name,
    path: u.path,
    languages: s?.languages ?? profile.languages.map((l) => l.name),
    frameworks: s?.frameworks ?? [],
    datastores: u.datastores,
    port: u.listenPort ?? s?.port ?? null,
    dockerfile: u.image.dockerfile ?? s?.dockerfile ?? null,
    build: s?.build ?? null,
    start: u.start ?? s?.start ?? null,
    ...s?.compute ? { compute: s.compute } : {}
  };
}
function servicesOf(profile, req) {
  if (profile.services.length > 0) return profile.services;
  return req.services.map((r) => ({
    name: r.name,
    path: r.path ?? ".",
    languages: profile.languages.map((l) => l.name),
    frameworks: profile.frameworks,
    datastores: profile.datastores,
    port: r.port ?? null,
    dockerfile: profile.docker.dockerfiles[0] ?? null,
    build: null,
    start: null
  }));
}
const SHELL_SYNTAX = /["'`$&|;<>()\\*?~]/;
function commandOf(start) {
  const line = start.trim();
  return SHELL_SYNTAX.test(line) ? ["sh", "-c", line] : line.split(/\s+/);
}
const imageKey = (s) => `${s.path}\0${s.dockerfile ?? ""}`;
const servesHttp = (s) => s.port !== null || s.frameworks.some((f) => SERVER_FRAMEWORKS$1.has(f));
function applyRules(profile, req, contract) {
  const ctx = buildRuleContext(profile, req);
  const notes = [];
  const compute = [];
  const used = /* @__PURE__ */ new Set();
  const base = servicesOf(profile, req);
  const fnPlan = serverlessPlan(contract, ctx);
  if (contract?.selfDeployed && !fnPlan?.compute.length) {
    const where = contract.selfDeployed.evidence[0];
    notes.push(
      `The repository deploys itself with ${contract.selfDeployed.tool}${where ? ` (${where.file}${where.line ? `:${where.line}` : ""})` : ""}: Inframate generates no compute, network or datastores that would conflict with it, only shared monitoring.`
    );
  }
  const rc = contract ?? contractFromProfile(profile, base, servesHttp);
  if (!contract) {
    notes.push(
      "No run contract was built: services get conventional variable names (DATABASE_URL, REDIS_URL, MONGODB_URI\u2026) for their datastores; check them against what the code reads."
    );
  }
  const units = contract?.selfDeployed ? [] : rc.units.filter((u) => u.deployed && DEPLOYED_ROLES.has(u.role) && !(fnPlan?.compute.length && fnPlan.covers(u)));
  if (fnPlan) notes.push(...fnPlan.notes);
  compute.push(...fnPlan?.compute ?? []);
  for (const x of rc.excluded) notes.push(`Left out: ${x.name} (${x.role}): ${x.reason}.`);
  const services = units.map((u) => ({ unit: u, s: contract ? serviceOfUnit(u, base, profile) : base.find((b) => b.name === u.name) }));
  const names = /* @__PURE__ */ new Map();
  for (const { unit } of services) {
    let name = awsName(unit.name, 20);
    for (let i = 2; used.has(name); i++) name = `${awsName(unit.name, 17)}-${i}`;
    used.add(name);
    names.set(unit.name, name);
  }
  const ports = new Map(services.map(({ unit, s }) => [unit.name, containerPort(s)]));
  for (const { unit, s } of services) {
    const folder = unit.path.split("/").pop() ?? "";
    if (folder && folder !== "." && !names.has(folder)) {
      names.set(folder, names.get(unit.name));
      ports.set(folder, containerPort(s));
    }
  }
  const imageOwners = /* @__PURE__ */ new Map();
  for (const { unit, s } of services) {
    const name = names.get(unit.name);
    const forced = ROLE_COMPUTE[unit.role];
    const { choice, why } = forced && !ctx.req.services.find((r) => r.name === s.name)?.compute ? { choice: forced, why: unit.roleReason } : classify(s, ctx);
    const image = choice === "container" ? imageKey(s) : void 0;
    const owner = image === void 0 ? void 0 : imageOwners.get(image);
    if (image !== void 0 && owner === void 0) imageOwners.set(image, name);
    let wired;
    if (choice === "container") {
      const w = wiringFor({ unit, languages: s.languages, services: names, ports, datastores: unit.datastores, all: rc.units });
      wired = { unit, wiring: w.wiring };
      notes.push(...w.notes);
    }
    compute.push(...COMPUTE_BUILDERS[choice](s, name, why, ctx, owner, wired));
  }
  const publicServices = compute.filter((c) => c.kind === "ecs-fargate-service" && c.wiring?.role === "web");
  if (publicServices.length > 0) {
    compute.push({
      kind: "alb",
      parameters: { idleTimeoutSeconds: 60, deletionProtection: ctx.prod, waf: ctx.prod },
      rationale: `One Application Load Balancer for the environment terminates TLS and routes by host name to ${publicServices.map((c) => c.service).join(", ")}` + (ctx.prod ? "; AWS WAF managed rules filter common attacks in production." : ".")
    });
  }
  if (compute.length === 0 && !contract?.selfDeployed) {
    notes.push(
      "No deployable service was detected (a library, or an empty repository?): only shared monitoring is generated. Name the services in inframate.md to deploy them."
    );
  }
  if (profile.iac.terraform.length > 0) {
    notes.push(
      `The repository already has Terraform (${profile.iac.terraform.slice(0, 3).join(", ")}): review the generated module against it before applying, so nothing is created twice.`
    );
  }
  if (req.compute && !(req.compute in COMPUTE_REQUIREMENT)) {
    notes.push(`inframate.md asks for ${req.compute}, which is not generated; containerized services use ECS Fargate instead.`);
  }
  const data = [...fnPlan?.data ?? []];
  const stores = contract ? [
    .../* @__PURE__ */ new Set([
      ...units.flatMap((u) => u.datastores),
      ...fnPlan?.datastores ?? [],
      ...req.datastores ?? [],
      ...req.database ? [req.database] : []
    ])
  ].map((d) => d.toLowerCase()) : wantedDatastores(profile, req);
  const nothingRuns = contract !== void 0 && compute.length === 0;
  if (nothingRuns && stores.length > 0 && !contract?.selfDeployed)
    notes.push(`No unit is deployed, so the datastores it would use (${stores.join(", ")}) are not generated either.`);
  for (const id of nothingRuns || contract?.selfDeployed ? [] : stores.filter((d) => !fnPlan?.handled.has(d))) {
    const rule = DATASTORE_RULES[id];
    if (rule) {
      const out = rule(ctx);
      for (const c of out.components) if (!data.some((d) => d.kind === c.kind)) data.push(c);
      notes.push(...out.notes ?? []);
    } else if (UNSUPPORTED_DATASTORES[id]) notes.push(UNSUPPORTED_DATASTORES[id]);
    else notes.push(`Datastore "${id}" has no managed equivalent in the generated module.`);
  }
  for (const m of nothingRuns || contract?.selfDeployed ? [] : profile.messaging ?? []) {
    const rule = MESSAGING_RULES[m];
    if (rule) data.push(rule(ctx));
    else if (UNSUPPORTED_DATASTORES[m]) notes.push(UNSUPPORTED_DATASTORES[m]);
  }
  const managedSecretDb = data.some((c) => MANAGED_SECRET_KINDS.has(c.kind));
  if (managedSecretDb && compute.some((c) => c.kind === "ecs-fargate-service" || c.kind === "lambda-function")) {
    notes.push(
      "Database passwords are generated at apply time and written only to the database and to its connection secret (write-only arguments: never in Terraform state). Services get the password, or a URL embedding it, through per-key `valueFrom` of that secret. Automatic rotation is off so a rotation cannot break running tasks: to rotate, increase the `*_password_version` variable, apply, and let the deploy workflow roll the services."
    );
  }
  const needsVpc = [...compute, ...data].some((c) => VPC_KINDS.has(c.kind));
  const shared2 = [];
  if (needsVpc) {
    shared2.push({
      kind: "vpc",
      parameters: { cidr: "10.0.0.0/16", azCount: ctx.res.azCount, singleNatGateway: ctx.res.singleNatGateway, flowLogs: true },
      rationale: `VPC across ${ctx.res.azCount} AZs with public subnets (load balancers, NAT) and private subnets (tasks, databases); ` + (ctx.res.singleNatGateway ? `one NAT gateway to save ~$33/month per AZ (${ctx.tier} budget).` : "one NAT gateway per AZ so egress survives an AZ outage.")
    });
  }
  if (compute.some((c) => c.kind === "ecs-fargate-service")) {
    shared2.push({
      kind: "ecs-cluster",
      parameters: { containerInsights: ctx.prod },
      rationale: `One ECS cluster for all services${ctx.prod ? ", with Container Insights" : ""}.`
    });
  }
  const appSecrets = [
    ...new Set(compute.flatMap((c) => (c.wiring?.env ?? []).flatMap((e) => e.from === "app-secret" ? [appSecretName(e.name)] : [])))
  ];
  if (appSecrets.length > 0) {
    shared2.push({
      kind: "secrets",
      parameters: { names: appSecrets, recoveryWindowDays: ctx.prod ? 30 : 7 },
      rationale: `Secrets Manager holds the application secrets the code reads (${appSecrets.join(", ")}): generated at apply time, injected at run time, never in Terraform state.`
    });
  }
  const deploys = compute.some(
    (c) => c.kind === "ecs-fargate-service" || c.kind === "s3-static-site" || c.kind === "lambda-function" && c.parameters.functions
  );
  if (deploys) {
    shared2.push({
      kind: "github-deploy",
      parameters: { branch: "main" },
      rationale: "GitHub Actions deploys through OIDC (no stored keys): a role only the main branch of the repository can assume, allowed to " + (!compute.some((c) => c.kind === "lambda-function") ? "push these images, run one-off tasks, roll these services and sync these sites." : compute.some((c) => c.kind === "ecs-fargate-service" || c.kind === "s3-static-site") ? "push these images, run one-off tasks, roll these services, sync these sites and update the code of these functions." : "update the code of these functions.")
    });
  }
  shared2.push({
    kind: "observability",
    parameters: { logRetentionDays: ctx.logDays, alarms: true },
    rationale: `CloudWatch log groups kept ${ctx.logDays} days` + (ctx.stated.logDays ? " (as inframate.md asks)" : ` (${req.environment} default)`) + " and basic alarms (CPU, 5xx, storage) notifying an SNS topic."
  });
  const components = [...shared2, ...compute, ...data];
  for (const c of components) if (c.rationale.length > 500) c.rationale = `${c.rationale.slice(0, 497)}\u2026`;
  for (const c of components) componentSchema.parse(c);
  return { components, notes: [...new Set(notes)] };
}
const MANAGED_SECRET_KINDS = /* @__PURE__ */ new Set(["rds-postgresql", "rds-mysql", "rds-sqlserver", "aurora-serverless-v2", "documentdb"]);
const VPC_KINDS = /* @__PURE__ */ new Set([
  "ecs-fargate-service",
  "rds-postgresql",
  "rds-mysql",
  "rds-sqlserver",
  "aurora-serverless-v2",
  "elasticache-redis",
  "documentdb",
  "opensearch"
]);
function recommend(profile, requirements2, contract) {
  const { components, notes } = applyRules(profile, requirements2, contract);
  const serviceDatastores = {};
  for (const c of components) if (c.service && !serviceDatastores[c.service]) serviceDatastores[c.service] = [];
  for (const s of contract ? contract.units : profile.services) {
    const match = components.find((c) => c.service === awsName(s.name, 20));
    if (match?.service) serviceDatastores[match.service] = s.datastores;
  }
  return { source: "rules", components, estimatedMonthlyCost: null, notes, serviceDatastores };
}
const Attribute = looseObject({ required: boolean().optional(), optional: boolean().optional(), computed: boolean().optional() });
const Block = lazy(
  () => looseObject({
    attributes: record(string(), Attribute).optional(),
    block_types: record(string(), looseObject({ nesting_mode: string().optional(), min_items: number().optional(), block: Block })).optional()
  })
);
const Schemas = looseObject({
  format_version: string(),
  provider_schemas: record(
    string(),
    looseObject({
      resource_schemas: record(string(), looseObject({ block: Block })).optional(),
      data_source_schemas: record(string(), looseObject({ block: Block })).optional()
    })
  )
});
function compactBlock(block) {
  const out = {};
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    if (a.required) (out.r ??= []).push(name);
    else if (a.optional) (out.o ??= []).push(name);
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    (out.b ??= {})[name] = compactBlock(nested.block);
    if ((nested.min_items ?? 0) >= 1) (out.rb ??= []).push(name);
  }
  for (const key2 of ["r", "o", "rb"]) out[key2]?.sort();
  return out;
}
const AWS_PROVIDER = /(^|\/)hashicorp\/aws$/;
function providerSchemaFromTerraform(json, label2) {
  const parsed = Schemas.safeParse(json);
  if (!parsed.success) {
    throw new InputError(
      `${label2.file}: not the output of \`terraform providers schema -json\` (${parsed.error.issues[0]?.message ?? "invalid"})`
    );
  }
  if (!parsed.data.format_version.startsWith("1.")) {
    throw new InputError(`${label2.file}: provider schema format ${parsed.data.format_version} is not supported (1.x is)`);
  }
  const key2 = Object.keys(parsed.data.provider_schemas).find((k) => AWS_PROVIDER.test(k));
  if (!key2)
    throw new InputError(
      `${label2.file}: no hashicorp/aws provider in the schema (found ${Object.keys(parsed.data.provider_schemas).join(", ") || "none"})`
    );
  const provider = parsed.data.provider_schemas[key2];
  const map = (schemas = {}) => Object.fromEntries(
    Object.entries(schemas).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([type, s]) => [type, compactBlock(s.block)])
  );
  return {
    source: "terraform providers schema -json",
    packageVersion: label2.file,
    providerVersion: label2.providerVersion ?? "unknown version",
    resources: map(provider.resource_schemas),
    data: map(provider.data_source_schemas)
  };
}
function readProviderSchemaFile(file) {
  let text2;
  try {
    const bytes = readFileSync(file);
    text2 = (bytes[0] === 31 && bytes[1] === 139 ? gunzipSync(bytes) : bytes).toString("utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read the provider schema (${error.message})`);
  }
  let json;
  try {
    json = JSON.parse(text2);
  } catch (error) {
    throw new InputError(`${file}: the provider schema is not valid JSON (${error.message})`);
  }
  return providerSchemaFromTerraform(json, { file });
}
const MANIFEST = ".inframate-generated.json";
function readManifest(outDir) {
  try {
    if (!lstatSync(resolve(outDir, MANIFEST)).isFile()) return /* @__PURE__ */ new Set();
    const doc = JSON.parse(readFileSync(resolve(outDir, MANIFEST), "utf8"));
    if (doc.generator !== "inframate" || !Array.isArray(doc.files)) return /* @__PURE__ */ new Set();
    return new Set(doc.files.filter((f) => typeof f === "string"));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function checkOutDir(outDir, root) {
  const repo = repositoryRoot(root);
  const lexical = resolve(outDir);
  const inGit = (p) => relative(repo, p).split(sep).includes(".git");
  if (isWithin$1(repo, lexical)) {
    if (inGit(lexical)) throw new InputError(`refusing to write into ${outDir}: it is inside .git`, { file: outDir });
    const real = checkInside(repo, lexical);
    if (!real.ok && !real.missing) {
      throw new InputError(`refusing to write into ${outDir}: a symbolic link leads it outside the repository (to ${real.real})`, {
        file: outDir
      });
    }
    if (real.ok && inGit(real.real)) throw new InputError(`refusing to write into ${outDir}: it resolves inside .git`, { file: outDir });
  }
}
function safeTarget(outDir, rel) {
  const target = resolve(outDir, rel);
  const back = relative(resolve(outDir), target);
  if (rel === "" || isAbsolute(rel) || back === "" || back.startsWith("..") || isAbsolute(back) || back.split(sep).includes("..")) {
    throw new InputError(`refusing to write "${rel}": outside the output directory ${outDir}`);
  }
  return target;
}
function refuseSymlinks(outDir, targets) {
  const isLink = (p) => {
    try {
      return lstatSync(p).isSymbolicLink();
    } catch {
      return false;
    }
  };
  if (isLink(outDir)) throw new InputError(`refusing to write into ${outDir}: it is a symbolic link`);
  if (existsSync(outDir) && !lstatSync(outDir).isDirectory()) throw new InputError(`--out ${outDir} exists and is not a directory`);
  for (const t2 of targets) {
    if (existsSync(t2.abs) && !lstatSync(t2.abs).isFile() && !isLink(t2.abs))
      throw new InputError(`refusing to write "${t2.rel}": a directory or special file is in the way`);
    for (let p = t2.abs; p.length > resolve(outDir).length; p = dirname(p)) {
      if (isLink(p)) throw new InputError(`refusing to write "${t2.rel}": ${p} is a symbolic link`);
    }
  }
}
async function writeModule(outDir, files, opts) {
  if (opts.root !== void 0) checkOutDir(outDir, opts.root);
  const targets = [...files.keys()].map((rel) => ({ rel, abs: safeTarget(outDir, rel) }));
  refuseSymlinks(outDir, [...targets, { rel: MANIFEST, abs: safeTarget(outDir, MANIFEST) }]);
  const existing = targets.filter((t2) => existsSync(t2.abs)).map((t2) => t2.rel);
  const changed = (rel) => readFileSync(safeTarget(outDir, rel), "utf8") !== files.get(rel);
  const conflicts = existing.filter(changed);
  if (conflicts.length > 0 && !opts.force && !opts.dryRun) {
    throw new InputError(
      `${conflicts.length} file(s) already exist in ${outDir} with other content (${conflicts.join(", ")}); pass --force to overwrite them`,
      {
        file: relative(process.cwd(), resolve(outDir, conflicts[0])) || conflicts[0]
      }
    );
  }
  const generated = readManifest(outDir);
  const foreign = conflicts.filter((rel) => !generated.has(rel));
  if (foreign.length > 0 && opts.force && !opts.dryRun) {
    throw new InputError(
      `${foreign.length} file(s) in ${outDir} were not generated by Inframate (${foreign.join(", ")}): --force replaces only files listed in ${MANIFEST}; move them or choose another --out`,
      { file: relative(process.cwd(), resolve(outDir, foreign[0])) || foreign[0] }
    );
  }
  const stale = [...generated].filter((rel) => rel.endsWith(".tf") && !files.has(rel)).filter((rel) => {
    const abs = safeTarget(outDir, rel);
    return existsSync(abs) && lstatSync(abs).isFile();
  }).sort();
  if (stale.length > 0 && !opts.force && !opts.dryRun) {
    throw new InputError(
      `${stale.length} Terraform file(s) Inframate generated in ${outDir} are no longer part of the module (${stale.join(", ")}); pass --force to remove them`,
      { file: relative(process.cwd(), resolve(outDir, stale[0])) || stale[0] }
    );
  }
  if (!opts.dryRun) {
    for (const t2 of targets) {
      await mkdir(dirname(t2.abs), { recursive: true });
      await writeFile(t2.abs, files.get(t2.rel), "utf8");
    }
    for (const rel of stale) await rm(safeTarget(outDir, rel));
    const gone = new Set(stale);
    const listed = [.../* @__PURE__ */ new Set([...generated, ...targets.map((t2) => t2.rel)])].filter((f) => !gone.has(f)).sort();
    await writeFile(safeTarget(outDir, MANIFEST), JSON.stringify({ generator: "inframate", files: listed }, null, 2) + "\n", "utf8");
  }
  return {
    files: targets.map((t2) => t2.rel),
    overwritten: opts.force ? conflicts : [],
    removed: opts.force || opts.dryRun ? stale : [],
    dryRun: opts.dryRun
  };
}
const TIER = {
  alb: "edge",
  cloudfront: "edge",
  "api-gateway-http": "edge",
  "ecs-fargate-service": "compute",
  "lambda-function": "compute",
  "s3-static-site": "data",
  "rds-postgresql": "data",
  "rds-mysql": "data",
  "rds-sqlserver": "data",
  "aurora-serverless-v2": "data",
  "elasticache-redis": "data",
  "dynamodb-table": "data",
  documentdb: "data",
  opensearch: "data",
  "sqs-queue": "data",
  "sns-topic": "data",
  secrets: "data",
  "ecr-repository": "shared"
};
const label = (s) => s.replace(/["[\]{}()<>|`#;]/g, " ").replace(/\s+/g, " ").trim();
function mermaidDiagram(components, serviceDatastores = {}) {
  const ids = /* @__PURE__ */ new Map();
  components.forEach((c, i) => ids.set(c, `c${i}`));
  const lines = ["flowchart LR", "  internet((Internet))"];
  const groups = { edge: [], compute: [], data: [] };
  for (const c of components) {
    const tier = TIER[c.kind];
    if (!tier || tier === "shared") continue;
    const text2 = label(`${CATALOG[c.kind].label}${c.service ? `: ${c.service}` : ""}`);
    groups[tier].push(`    ${ids.get(c)}["${text2}"]`);
  }
  if (groups.edge.length) lines.push("  subgraph edge[Edge]", ...groups.edge, "  end");
  if (groups.compute.length) lines.push("  subgraph compute[Compute - private subnets]", ...groups.compute, "  end");
  if (groups.data.length) lines.push("  subgraph data[Data and messaging]", ...groups.data, "  end");
  const bySvc = (kind, service) => components.find((c) => c.kind === kind && c.service === service);
  const perService = Object.values(serviceDatastores).some((d) => d.length > 0);
  for (const c of components) {
    const id = ids.get(c);
    if (c.kind === "alb" || c.kind === "cloudfront" || c.kind === "api-gateway-http") lines.push(`  internet --> ${id}`);
    if (c.kind === "alb") {
      const targets = c.service ? [bySvc("ecs-fargate-service", c.service)] : components.filter((s) => s.kind === "ecs-fargate-service" && s.wiring?.role === "web");
      for (const t2 of targets) pushEdge(lines, id, t2, ids);
    }
    if (c.kind === "api-gateway-http") pushEdge(lines, id, bySvc("lambda-function", c.service), ids);
    if (c.kind === "cloudfront") pushEdge(lines, id, bySvc("s3-static-site", c.service), ids);
    if (c.kind === "ecs-fargate-service" || c.kind === "lambda-function") {
      const uses = new Set(serviceDatastores[c.service ?? ""] ?? []);
      for (const d of components) {
        if (TIER[d.kind] !== "data" || d.kind === "s3-static-site") continue;
        const serves = DATASTORE_SERVES[d.kind];
        if (serves && perService && !serves.some((x) => uses.has(x))) continue;
        pushEdge(lines, id, d, ids);
      }
    }
  }
  return lines.join("\n");
}
function pushEdge(lines, from, to, ids) {
  if (to) lines.push(`  ${from} --> ${ids.get(to)}`);
}
const has = (s, ...langs) => s.languages.some((l) => langs.includes(l));
const cmd = (start) => `CMD ${JSON.stringify(["sh", "-c", `exec ${start}`])}`;
const expose = (port) => port ? [`ENV PORT=${port}`, `EXPOSE ${port}`] : [];
const RECIPES = {
  node: {
    fits: (s) => has(s, "javascript", "typescript"),
    start: () => "npm start",
    lines: (start, port) => [
      "FROM node:22-slim",
      "WORKDIR /app",
      "ENV NODE_ENV=production",
      "COPY package*.json ./",
      "RUN if [ -f package-lock.json ]; then npm ci; else npm install; fi",
      "COPY . .",
      "RUN npm run build --if-present && npm prune --omit=dev",
      "USER node",
      ...expose(port),
      cmd(start)
    ]
  },
  python: {
    fits: (s) => has(s, "python"),
    start: (s) => s.frameworks.includes("django") ? 'gunicorn --bind 0.0.0.0:${PORT:-8000} $(basename $(dirname $(find . -name wsgi.py -not -path "./.venv/*" | head -n 1))).wsgi' : null,
    lines: (start, port) => [
      "FROM python:3.12-slim",
      "WORKDIR /app",
      "ENV PYTHONUNBUFFERED=1",
      "COPY . .",
      "RUN if [ -f requirements.txt ]; then pip install --no-cache-dir -r requirements.txt; elif [ -f pyproject.toml ]; then pip install --no-cache-dir .; fi",
      "RUN useradd --create-home app",
      "USER app",
      ...expose(port),
      cmd(start)
    ]
  },
  go: {
    fits: (s) => has(s, "go"),
    start: () => "/app/server",
    lines: (start, port) => [
      "FROM golang:1.23 AS build",
      "WORKDIR /src",
      "COPY . .",
      "RUN CGO_ENABLED=0 go build -o /out/server .",
      "FROM gcr.io/distroless/static-debian12:nonroot",
      "COPY --from=build /out/server /app/server",
      ...expose(port),
      // distroless has no shell: exec form of the binary itself.
      start === "/app/server" ? 'CMD ["/app/server"]' : cmd(start)
    ]
  },
  ruby: {
    fits: (s) => has(s, "ruby"),
    start: (s) => s.frameworks.includes("rails") ? "bundle exec rails server -b 0.0.0.0 -p ${PORT:-3000}" : null,
    lines: (start, port) => [
      "FROM ruby:3.3-slim",
      "RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*",
      "WORKDIR /app",
      "COPY Gemfile Gemfile.lock* ./",
      'RUN bundle config set without "development test" && bundle install',
      "COPY . .",
      ...expose(port),
      cmd(start)
    ]
  },
  jvm: {
    fits: (s) => has(s, "java", "kotlin"),
    start: () => "java -jar /app/app.jar",
    lines: (start, port) => [
      "FROM eclipse-temurin:21-jdk AS build",
      "WORKDIR /src",
      "COPY . .",
      "RUN if [ -x ./mvnw ]; then ./mvnw -q -DskipTests package; elif [ -x ./gradlew ]; then ./gradlew -q bootJar || ./gradlew -q build -x test; fi",
      'RUN find . -path "*/build/libs/*.jar" -o -path "*/target/*.jar" | grep -v plain | head -n 1 | xargs -I{} cp {} /app.jar',
      "FROM eclipse-temurin:21-jre",
      "COPY --from=build /app.jar /app/app.jar",
      ...expose(port),
      cmd(start)
    ]
  }
};
function generatedDockerfile(s, start, port) {
  for (const [stack, recipe] of Object.entries(RECIPES)) {
    if (!recipe.fits(s)) continue;
    const command = start ?? recipe.start(s);
    if (!command) return null;
    const text2 = [
      `# Generated by Inframate for ${s.name} (${stack}): the repository has no Dockerfile for it.`,
      "# Build context: the service folder. Review it, then move it next to the code if you keep it.",
      ...recipe.lines(command, port),
      ""
    ].join("\n");
    return { stack, text: text2 };
  }
  return null;
}
const ACTIONS = {
  checkout: "actions/checkout@v4",
  credentials: "aws-actions/configure-aws-credentials@v4",
  ecrLogin: "aws-actions/amazon-ecr-login@v2",
  qemu: "docker/setup-qemu-action@v3",
  buildx: "docker/setup-buildx-action@v3",
  buildPush: "docker/build-push-action@v6",
  node: "actions/setup-node@v4",
  hugo: "peaceiris/actions-hugo@v3",
  ruby: "ruby/setup-ruby@v1",
  python: "actions/setup-python@v5"
};
const safe = (v) => !v.includes("${{") && !/[\r\n]/.test(v);
const posix = (...parts) => parts.filter((p) => p && p !== ".").join("/").replace(/\/+/g, "/").replace(/^\.\//, "") || ".";
const STATIC_OUTPUT = [
  ["hugo", "public"],
  ["jekyll", "_site"],
  ["gatsby", "public"],
  ["create-react-app", "build"],
  ["astro", "dist"],
  ["vite", "dist"],
  ["vue", "dist"],
  ["svelte", "dist"],
  ["angular", "dist"],
  ["react", "build"]
];
function deployWorkflow(input) {
  const notes = [];
  const files = /* @__PURE__ */ new Map();
  const services = input.components.filter((c) => c.kind === "ecs-fargate-service");
  const sites = input.components.filter((c) => c.kind === "s3-static-site");
  const profileOf = (name) => input.profile.services.find((s) => s.name === name);
  const auth = [
    {
      name: "Sign in to AWS (OIDC)",
      uses: ACTIONS.credentials,
      with: { "role-to-assume": "${{ secrets.AWS_DEPLOY_ROLE_ARN }}", "aws-region": "${{ env.AWS_REGION }}" }
    }
  ];
  const jobs = {};
  const owners = services.filter((s) => !s.imageFrom);
  const builds = [];
  const arm = owners.some((s) => s.parameters.architecture === "arm64");
  for (const s of owners) {
    const name = s.service ?? "app";
    const image = s.wiring?.image;
    const p = profileOf(name);
    let dockerfile = image?.dockerfile ?? p?.dockerfile ?? null;
    const context = image?.context ?? p?.path ?? ".";
    if (!dockerfile && p) {
      const generated = generatedDockerfile(p, p.start, s.parameters.containerPort);
      if (generated) {
        files.set(`docker/${name}.Dockerfile`, generated.text);
        dockerfile = posix(input.outDir, `docker/${name}.Dockerfile`);
        notes.push(`${name}: no Dockerfile in the repository: a ${generated.stack} Dockerfile was generated (docker/${name}.Dockerfile).`);
      }
    }
    if (!dockerfile || !safe(dockerfile) || !safe(context)) {
      notes.push(
        `${name}: no image recipe (no Dockerfile, and none could be generated for its stack): add a Dockerfile; the workflow skips it.`
      );
      continue;
    }
    const platform = s.parameters.architecture === "arm64" ? "linux/arm64" : "linux/amd64";
    builds.push({
      name: `Build and push ${name} (${platform})`,
      uses: ACTIONS.buildPush,
      with: {
        context,
        file: dockerfile,
        ...image?.target && safe(image.target) ? { target: image.target } : {},
        platforms: platform,
        push: true,
        tags: `\${{ steps.ecr.outputs.registry }}/${input.namePrefix}/${name}:\${{ github.sha }}`,
        provenance: false
      }
    });
  }
  if (builds.length > 0) {
    jobs.images = {
      name: "Build and push images",
      "runs-on": "ubuntu-latest",
      steps: [
        { uses: ACTIONS.checkout },
        ...auth,
        { name: "Sign in to ECR", id: "ecr", uses: ACTIONS.ecrLogin },
        ...arm ? [{ name: "Emulate arm64", uses: ACTIONS.qemu }] : [],
        { uses: ACTIONS.buildx },
        ...builds
      ]
    };
  }
  if (services.length > 0 && builds.length > 0) {
    const steps = [...auth, { name: "Sign in to ECR", id: "ecr", uses: ACTIONS.ecrLogin }];
    for (const s of services) {
      const name = s.service ?? "app";
      steps.push({
        name: `Register ${name} with the new image`,
        env: { SERVICE: name, IMAGE: `\${{ steps.ecr.outputs.registry }}/${input.namePrefix}/${s.imageFrom ?? name}:\${{ github.sha }}` },
        run: [
          "set -euo pipefail",
          'aws ecs describe-task-definition --task-definition "$NAME_PREFIX-$SERVICE" --query taskDefinition > "td-$SERVICE.json"',
          `jq --arg image "$IMAGE" '.containerDefinitions[0].image = $image | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy)' "td-$SERVICE.json" > "td-$SERVICE.new.json"`,
          'arn=$(aws ecs register-task-definition --cli-input-json "file://td-$SERVICE.new.json" --query taskDefinition.taskDefinitionArn --output text)',
          'echo "$SERVICE=$arn" >> task-definitions.env'
        ].join("\n")
      });
    }
    for (const s of services) {
      const name = s.service ?? "app";
      for (const o of s.wiring?.oneOff ?? []) {
        if (!safe(o.command)) {
          notes.push(`${name}: the one-off command "${o.kind}" was left out of the workflow (it contains \${{ or a line break).`);
          continue;
        }
        steps.push({
          name: `${o.kind} (${name}, one-off ECS task)`,
          env: { SERVICE: name, COMMAND: o.command },
          run: [
            "set -euo pipefail",
            'arn=$(grep "^$SERVICE=" task-definitions.env | cut -d= -f2-)',
            'network=$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" --query "services[0].networkConfiguration" --output json)',
            `overrides=$(jq -n --arg name "$SERVICE" --arg cmd "$COMMAND" '{containerOverrides: [{name: $name, command: ["sh", "-c", $cmd]}]}')`,
            'task=$(aws ecs run-task --cluster "$CLUSTER" --task-definition "$arn" --launch-type FARGATE --network-configuration "$network" --overrides "$overrides" --query "tasks[0].taskArn" --output text)',
            'aws ecs wait tasks-stopped --cluster "$CLUSTER" --tasks "$task"',
            'code=$(aws ecs describe-tasks --cluster "$CLUSTER" --tasks "$task" --query "tasks[0].containers[0].exitCode" --output text)',
            'echo "exit code: $code"',
            'test "$code" = "0"'
          ].join("\n")
        });
      }
    }
    for (const s of services) {
      const name = s.service ?? "app";
      steps.push({
        name: `Roll ${name}`,
        env: { SERVICE: name, MIN_TASKS: String(s.parameters.minTasks) },
        run: [
          "set -euo pipefail",
          'arn=$(grep "^$SERVICE=" task-definitions.env | cut -d= -f2-)',
          'desired=$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" --query "services[0].desiredCount" --output text)',
          'if [ "$desired" -lt "$MIN_TASKS" ]; then desired="$MIN_TASKS"; fi',
          'aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$arn" --desired-count "$desired" > /dev/null'
        ].join("\n")
      });
    }
    steps.push({
      name: "Wait until the services are stable",
      env: { SERVICES: services.map((s) => s.service ?? "app").join(" ") },
      run: '# shellcheck disable=SC2086\naws ecs wait services-stable --cluster "$CLUSTER" --services $SERVICES'
    });
    jobs.deploy = { name: "Migrate and roll services", "runs-on": "ubuntu-latest", needs: "images", steps };
  }
  for (const site of sites) {
    const name = site.service ?? "site";
    const p = profileOf(name);
    const path = p?.path ?? ".";
    const framework = STATIC_OUTPUT.find(([f]) => p?.frameworks.includes(f));
    const out = posix(path, framework?.[1] ?? "");
    const build = p?.build ?? (p?.frameworks.includes("hugo") ? "hugo --minify" : p?.frameworks.includes("jekyll") ? "bundle exec jekyll build" : null);
    if (!safe(path) || build && !safe(build)) {
      notes.push(`${name}: its path or build command cannot be placed in the workflow safely; deploy it by hand.`);
      continue;
    }
    const setup = p?.frameworks.includes("hugo") ? [{ uses: ACTIONS.hugo, with: { "hugo-version": "latest", extended: true } }] : p?.frameworks.includes("jekyll") ? [{ uses: ACTIONS.ruby, with: { "ruby-version": "3.3", "bundler-cache": true, "working-directory": path } }] : build ? [
      { uses: ACTIONS.node, with: { "node-version": 22 } },
      {
        name: "Install dependencies",
        "working-directory": path,
        run: "if [ -f package-lock.json ]; then npm ci; else npm install; fi"
      }
    ] : [];
    jobs[`site-${name}`.replace(/[^A-Za-z0-9_-]/g, "-")] = {
      name: `Publish ${name}`,
      "runs-on": "ubuntu-latest",
      steps: [
        { uses: ACTIONS.checkout },
        ...setup,
        ...build ? [{ name: "Build", "working-directory": path, env: { BUILD: build }, run: 'sh -c "$BUILD"' }] : [],
        ...auth,
        {
          name: "Sync to S3 and invalidate CloudFront",
          env: { SITE: name, OUT: out },
          run: [
            "set -euo pipefail",
            "account=$(aws sts get-caller-identity --query Account --output text)",
            'aws s3 sync "$OUT" "s3://$NAME_PREFIX-$SITE-$account" --delete',
            `distribution=$(aws cloudfront list-distributions --query "DistributionList.Items[?Comment=='$NAME_PREFIX-$SITE'].Id | [0]" --output text)`,
            'aws cloudfront create-invalidation --distribution-id "$distribution" --paths "/*" > /dev/null'
          ].join("\n")
        }
      ]
    };
  }
  const fnJob = functionsJob(input, auth, notes);
  if (fnJob) jobs.functions = fnJob;
  if (Object.keys(jobs).length === 0) return { files, notes };
  const workflow = {
    name: `Deploy ${input.namePrefix}`,
    on: { push: { branches: [input.branch] }, workflow_dispatch: {} },
    permissions: { "id-token": "write", contents: "read" },
    concurrency: { group: `deploy-${input.namePrefix}`, "cancel-in-progress": false },
    env: { AWS_REGION: input.region, NAME_PREFIX: input.namePrefix, CLUSTER: input.namePrefix },
    jobs
  };
  files.set(
    ".github/workflows/deploy.yml",
    "# Generated by Inframate: copy to the repository\u2019s .github/workflows/ and set the repository\n# secret AWS_DEPLOY_ROLE_ARN to the github_deploy_role_arn output of the Terraform module.\n" + distExports.stringify(workflow, { lineWidth: 0, aliasDuplicateObjects: false })
  );
  return { files, notes };
}
function functionsJob(input, auth, notes) {
  const sets = input.components.filter((c) => c.kind === "lambda-function");
  const fns = sets.flatMap(
    (c) => (c.parameters.functions ?? []).map((f) => ({
      name: f.name,
      runtime: f.runtime,
      source: f.source,
      module: f.handler.slice(0, f.handler.lastIndexOf(".") > 0 ? f.handler.lastIndexOf(".") : f.handler.length),
      codeDir: f.codeDir,
      arch: c.parameters.architecture
    }))
  );
  for (const c of sets)
    if (!c.parameters.functions)
      notes.push(
        `${c.service ?? "function"}: no handler was detected, so the deploy workflow cannot build it: upload its code with aws lambda update-function-code.`
      );
  const usable = fns.filter((f) => [f.source, f.module, f.codeDir].every(safe));
  if (usable.length < fns.length) notes.push("Functions whose paths cannot be placed in the workflow safely were left out of it.");
  if (usable.length === 0) return void 0;
  const node2 = usable.some((f) => f.runtime.startsWith("nodejs"));
  const python2 = usable.find((f) => f.runtime.startsWith("python"));
  const ruby2 = usable.some((f) => f.runtime.startsWith("ruby"));
  const outDir = input.outDir === "." ? "infra" : input.outDir;
  return {
    name: "Build and deploy functions",
    "runs-on": "ubuntu-latest",
    steps: [
      { uses: ACTIONS.checkout },
      ...node2 ? [{ uses: ACTIONS.node, with: { "node-version": 22 } }] : [],
      ...python2 ? [{ uses: ACTIONS.python, with: { "python-version": python2.runtime.replace("python", "") } }] : [],
      ...ruby2 ? [{ uses: ACTIONS.ruby, with: { "ruby-version": "3.3" } }] : [],
      ...auth,
      {
        name: `Build and upload ${usable.length} function(s)`,
        env: { FUNCTIONS: JSON.stringify(usable), OUT_DIR: outDir },
        run: [
          "set -euo pipefail",
          "mkdir -p .lambda-build",
          `echo "$FUNCTIONS" | jq -c '.[]' | while read -r fn; do`,
          '  name=$(jq -r .name <<<"$fn"); runtime=$(jq -r .runtime <<<"$fn"); source=$(jq -r .source <<<"$fn")',
          '  module=$(jq -r .module <<<"$fn"); code_dir=$(jq -r .codeDir <<<"$fn"); arch=$(jq -r .arch <<<"$fn")',
          '  out=".lambda-build/$name"; rm -rf "$out"; mkdir -p "$out"',
          '  case "$runtime" in',
          "    nodejs*)",
          "      # Dependencies of the nearest package.json (and the root's, for workspaces), once each.",
          '      dir=$(dirname "$source"); while [ "$dir" != "." ] && [ ! -f "$dir/package.json" ]; do dir=$(dirname "$dir"); done',
          '      for d in . "$dir"; do',
          '        if [ -f "$d/package.json" ] && [ ! -d "$d/node_modules" ]; then (cd "$d" && if [ -f package-lock.json ]; then npm ci; else npm install; fi); fi',
          "      done",
          '      npx --yes esbuild@0.25 "$source" --bundle --platform=node --target=node22 --format=cjs --external:@aws-sdk/* --outfile="$out/$module.js"',
          "      ;;",
          "    python*)",
          '      rsync -a --exclude .git --exclude .lambda-build --exclude node_modules --exclude "$OUT_DIR" "$code_dir"/ "$out"/',
          '      req="$code_dir/requirements.txt"; [ -f "$req" ] || req=requirements.txt',
          '      if [ -f "$req" ]; then',
          '        platform=manylinux2014_x86_64; [ "$arch" = arm64 ] && platform=manylinux2014_aarch64',
          '        pip install -r "$req" -t "$out" --platform "$platform" --only-binary=:all: --implementation cp --python-version "${runtime#python}" --quiet',
          "      fi",
          "      ;;",
          "    *)",
          '      rsync -a --exclude .git --exclude .lambda-build --exclude node_modules --exclude "$OUT_DIR" "$code_dir"/ "$out"/',
          "      ;;",
          "  esac",
          '  (cd "$out" && zip -qr "../$name.zip" .)',
          '  aws lambda update-function-code --function-name "$NAME_PREFIX-$name" --zip-file "fileb://.lambda-build/$name.zip" > /dev/null',
          '  aws lambda wait function-updated-v2 --function-name "$NAME_PREFIX-$name"',
          '  echo "deployed $NAME_PREFIX-$name"',
          "done"
        ].join("\n")
      }
    ]
  };
}
const unwrittenModules = /* @__PURE__ */ new WeakMap();
async function generateTerraform(ctx, input) {
  const { settings } = ctx;
  const { requirements: req, recommendation: rec } = input;
  const project = awsName(req.appName ?? (settings.dir.split(/[\\/]/).pop() || "app"), 20);
  const schema = await ctx.step(
    "terraform.schema",
    () => settings.providerSchema ? readProviderSchemaFile(settings.providerSchema) : loadProviderSchema(),
    { dependency: "fs" }
  );
  const mermaid = mermaidDiagram(rec.components, rec.serviceDatastores);
  const previous = outDirAccepted(settings.out, settings.dir) ? readManifest(settings.out) : /* @__PURE__ */ new Set();
  const movedFromFileLayout = [...previous].some((f) => /^[^/]+-(service|ecr)\.tf$/.test(f)) || previous.has("moved.tf") && existsSync(join(settings.out, "moved.tf"));
  const base = {
    movedFromFileLayout,
    project,
    environment: req.environment,
    region: req.region,
    tags: req.tags,
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
    notes: rec.notes,
    mermaid,
    schemaLabel: schemaLabel(schema)
  };
  const first = await ctx.step("terraform.render", () => renderModule(base), { dependency: "local" });
  const outDir = settings.out;
  const validated = await ctx.step(
    "terraform.validate",
    () => validateModule(outDir, first.files, { schema, contract: input.runContract, enforceContract: true }),
    { dependency: "local" }
  );
  const { loaded, ...validation } = validated;
  const costs = await ctx.step(
    "cost.estimate",
    () => {
      const estimate = estimateCosts(loaded, { region: req.region });
      const byComponent = /* @__PURE__ */ new Map();
      for (const r of estimate.resources) {
        const i = componentOf(first.componentFiles, r);
        if (i < 0) continue;
        const prev = byComponent.get(i);
        byComponent.set(i, r.monthlyCost === null ? prev ?? null : (prev ?? 0) + r.monthlyCost);
      }
      return { estimate, byComponent };
    },
    { dependency: "local", fallback: () => null, strategy: "report costs as unknown" }
  );
  rec.costs = first.componentFiles.map((p, i) => ({
    kind: p.component.kind,
    service: p.component.service,
    monthlyCost: costs ? round(costs.byComponent.get(i) ?? 0) : null
  }));
  rec.components.forEach((c, i) => c.monthlyCost = rec.costs[i].monthlyCost);
  rec.estimatedMonthlyCost = costs ? round([...costs.byComponent.values()].reduce((s, v) => s + (v ?? 0), 0)) : null;
  if (rec.estimatedMonthlyCost !== null && req.budgetMonthly !== void 0 && rec.estimatedMonthlyCost > req.budgetMonthly) {
    rec.notes.push(
      `The estimate ($${rec.estimatedMonthlyCost.toFixed(2)}/month before usage charges) exceeds the budget of $${req.budgetMonthly}/month in inframate.md: consider a single NAT gateway, smaller instance classes, or Lambda for low-traffic services.`
    );
  }
  let deployFiles = /* @__PURE__ */ new Map();
  const dirLabel = relative(settings.dir, outDir) && !relative(settings.dir, outDir).startsWith("..") ? relative(settings.dir, outDir) : outDir;
  const deploy = rec.components.find((c) => c.kind === "github-deploy");
  if (deploy?.kind === "github-deploy") {
    const workflow = deployWorkflow({
      namePrefix: `${project}-${req.environment}`,
      region: req.region,
      branch: deploy.parameters.branch,
      components: rec.components,
      profile: input.profile ?? NO_PROFILE,
      outDir: dirLabel.split("\\").join("/").startsWith("/") ? "." : dirLabel.split("\\").join("/")
    });
    deployFiles = workflow.files;
    rec.notes.push(...workflow.notes);
  }
  const final = await ctx.step(
    "terraform.render-readme",
    () => renderModule(
      {
        ...base,
        notes: rec.notes,
        costs: first.componentFiles.map((p, i) => ({
          label: `${CATALOG[p.component.kind].label}${p.component.service ? ` (${p.component.service})` : ""}`,
          monthly: rec.costs[i].monthlyCost
        })),
        costNote: costs ? `On-demand prices for ${req.region} dated ${costs.estimate.priceDate}; usage-based charges (requests, data transfer, storage growth) are not included unless a usage file is given to inframate optimize.` + unknownCharges(costs.estimate) : "Costs could not be estimated in this run."
      },
      void 0,
      (f) => f === "README.md"
    ),
    { dependency: "local" }
  );
  const files = new Map(first.files).set("README.md", final.files.get("README.md") ?? "");
  for (const [f, text2] of deployFiles) files.set(f, text2);
  let write = {
    files: [...files.keys()],
    overwritten: [],
    removed: [],
    dryRun: settings.dryRun
  };
  let notWrittenReason;
  if (!validation.passed) {
    notWrittenReason = "the module failed the validation gate";
  } else if (settings.dryRun) {
    checkOutDir(outDir, settings.dir);
    notWrittenReason = "--dry-run";
  } else {
    write = await ctx.step(
      "terraform.write",
      () => writeModule(outDir, files, { force: settings.force, dryRun: false, root: settings.dir }),
      {
        dependency: "fs"
      }
    );
  }
  const report = {
    dir: dirLabel.split("\\").join("/"),
    files: write.files,
    written: notWrittenReason === void 0,
    dryRun: settings.dryRun,
    overwritten: write.overwritten,
    removed: write.removed,
    notWrittenReason,
    validation,
    mermaid,
    cost: {
      currency: "USD",
      priceDate: costs?.estimate.priceDate ?? null,
      region: req.region,
      source: "bundled price table (src/cost/prices)",
      unpriced: costs?.estimate.unpriced ?? [],
      usageBased: costs?.estimate.usageMissing ?? []
    }
  };
  if (settings.dryRun && validation.passed) unwrittenModules.set(report, { outDir, files });
  return report;
}
function componentOf(components, r) {
  if (r.modulePath) {
    const i = components.findIndex(
      (c) => c.module !== void 0 && (r.modulePath === c.module || r.modulePath.startsWith(`${c.module}.`) || r.modulePath.startsWith(`${c.module}[`))
    );
    if (i >= 0) return i;
  }
  const keyed = components.findIndex((c) => c.key !== void 0 && c.file === r.file && r.address.endsWith(`[${JSON.stringify(c.key)}]`));
  if (keyed >= 0) return keyed;
  return components.findIndex((c) => c.file === r.file && c.module === void 0 && c.key === void 0);
}
function unknownCharges(estimate) {
  const missing = estimate.resources.flatMap(
    (r) => r.components.filter((c) => c.monthlyCost === null && !c.usageBased).map((c) => `${r.address} (${c.name}${c.note ? `: ${c.note}` : ""})`)
  );
  return missing.length ? ` Not included, no price in the bundled table: ${missing.join("; ")}.` : "";
}
const round = (n) => Math.round(n * 100) / 100;
const NO_PROFILE = {
  languages: [],
  frameworks: [],
  datastores: [],
  packageManagers: [],
  services: [],
  docker: { dockerfiles: [], compose: [] },
  iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
  warnings: []
};
function outDirAccepted(outDir, root) {
  try {
    checkOutDir(outDir, root);
    return true;
  } catch {
    return false;
  }
}
const cell = (s) => tableCell(s);
const money = (n) => typeof n === "number" ? `$${n.toFixed(2)}` : "n/a";
function renderRecommendationMarkdown(rec, tf) {
  const out = ["## Architecture", "", `Source: ${rec.source === "ai" ? "rules, refined by AI" : "deterministic rules"}.`, ""];
  out.push("| Component | Service | Monthly | Rationale |", "|---|---|---:|---|");
  rec.components.forEach((c, i) => {
    out.push(
      `| ${cell(CATALOG[c.kind].label)} | ${cell(c.service ?? "shared")} | ${money(rec.costs?.[i]?.monthlyCost)} | ${cell(c.rationale)} |`
    );
  });
  out.push("");
  if (tf?.mermaid) out.push("```mermaid", tf.mermaid, "```", "");
  if (rec.notes.length) out.push("**Notes**", "", ...rec.notes.map((n) => `- ${n}`), "");
  out.push("## Costs", "");
  if (rec.estimatedMonthlyCost === null) out.push("Costs could not be estimated in this run.", "");
  else {
    out.push(
      `Estimated **${money(rec.estimatedMonthlyCost)}/month** (${tf?.cost.region ?? ""}, on-demand, prices of ${tf?.cost.priceDate ?? "n/a"}).`
    );
    if (tf?.cost.usageBased.length)
      out.push(`Usage-based charges not included: ${tf.cost.usageBased.length} item(s) (requests, data transfer\u2026).`);
    out.push("");
  }
  if (!tf) return out;
  const v = tf.validation;
  out.push("## Validation", "");
  out.push(`- Parsed: ${v.parsed ? "yes" : `no \u2014 ${v.parseErrors.map((e) => `${e.file}:${e.line ?? "?"} ${e.message}`).join("; ")}`}`);
  out.push(
    `- Provider schema (${v.schema}): ${v.schemaErrors.length === 0 ? `${v.resourcesChecked} resources and data sources match` : `${v.schemaErrors.length} error(s)`}`
  );
  for (const e of v.schemaErrors.slice(0, 20)) out.push(`  - ${markdownCode(`${e.file}:${e.line}`)} ${cell(e.message)}`);
  out.push(`- References: ${v.unresolvedReferences.length === 0 ? "all resolve" : `${v.unresolvedReferences.length} unresolved`}`);
  for (const u of v.unresolvedReferences.slice(0, 20)) out.push(`  - \`${u.file}:${u.line}\` ${u.address} \u2192 ${u.reference}`);
  out.push(
    `- Security (${v.rulesEvaluated} rules): ${v.findings.length === 0 ? "no high or critical findings" : `${v.findings.length} high/critical finding(s)`}${v.advisories.length ? `, ${v.advisories.length} lower-severity advisory finding(s)` : ""}`
  );
  for (const f of v.findings.slice(0, 20))
    out.push(`  - **${f.severity}** ${f.ruleId} ${markdownCode(f.resource)} (${cell(`${f.file}:${f.line}`)}): ${cell(f.message)}`);
  out.push("", "## Files", "");
  if (tf.written)
    out.push(
      `Written to \`${tf.dir}/\`${tf.overwritten.length ? ` (overwrote ${tf.overwritten.length} existing file(s) with --force)` : ""}${tf.removed?.length ? ` (removed ${tf.removed.length} file(s) of the previous layout: ${tf.removed.join(", ")})` : ""}:`
    );
  else out.push(`**Not written** (${tf.notWrittenReason}). ${tf.dryRun ? "Would write" : "Would have written"} to \`${tf.dir}/\`:`);
  out.push("", ...tf.files.map((f) => `- \`${f}\``), "");
  return out;
}
function gateFindings(tf) {
  if (!tf) return [];
  const v = tf.validation;
  const broken = v.parseErrors.length + v.schemaErrors.length + v.unresolvedReferences.length + (v.deployability?.failures.length ?? 0);
  return [
    ...Array.from({ length: broken }, () => ({ severity: "critical" })),
    ...v.findings.map((f) => ({ severity: f.severity, suppressed: f.suppressed }))
  ];
}
const KEEP = /\.(py|js|mjs|cjs|ts|mts|cts|jsx|tsx|go|rs|java|kt|kts|groovy|scala|cs|fs|rb|erb|ru|php|ex|exs|ya?ml|toml|properties|json|ini|cfg|conf|prisma|sql|xml|gradle|csproj|env|proto|sh)$|(^|\/)(Dockerfile[\w.-]*|[\w.-]+\.Dockerfile|Procfile[\w.-]*|Gemfile|Rakefile|artisan|manage\.py|go\.mod|\.env[\w.-]*|env\.[\w.-]+|[\w.-]*\.env)$/;
const NOT_RUNTIME = /(^|\/)(tests?|spec|specs|__tests__|__mocks__|e2e|cypress|playwright|fixtures|testdata|test-utils|docs?|examples?|samples?|scripts|\.github|\.circleci|\.devcontainer|\.vscode|benchmarks?|perf_scripts|stories|storybook|public|static|assets|dist|build|out|coverage|migrations\/versions)\//i;
const TEST_FILE = /(\.|_|-)(test|spec|tests|e2e)\.[\w]+$|(^|\/)test_[\w]+\.py$|(^|\/)conftest\.py$|_test\.go$|Tests?\.cs$|Test\.(java|kt)$|(^|\/)jest\.config|(^|\/)vitest\.config|(^|\/)playwright\.config/;
const MAX_FILES = 2e4;
const MAX_FILE_BYTES = 512 * 1024;
function listRepoFiles(root) {
  const all = [];
  walkTree(
    root,
    (dirSlash, name) => {
      if (all.length >= MAX_FILES) return;
      const rel = dirSlash + name;
      if (KEEP.test(rel)) all.push(rel);
    },
    { maxFiles: 2e5, sizes: false }
  );
  all.sort();
  const runtime = all.filter((p) => !NOT_RUNTIME.test(p) && !TEST_FILE.test(p));
  const reader = createReader(root);
  const cache2 = /* @__PURE__ */ new Map();
  const read = (rel) => {
    if (!cache2.has(rel)) {
      const r = reader(rel);
      cache2.set(rel, r.text !== null && r.text.length <= MAX_FILE_BYTES ? r.text : null);
    }
    return cache2.get(rel) ?? null;
  };
  const lineCache = /* @__PURE__ */ new Map();
  const lines = (rel) => {
    let l = lineCache.get(rel);
    if (!l) {
      l = (read(rel) ?? "").split(/\r?\n/);
      lineCache.set(rel, l);
    }
    return l;
  };
  return { all, runtime, read, lines };
}
function filesOfUnit(paths, unitPath, otherUnitPaths) {
  const prefix = unitPath === "." || unitPath === "" ? "" : unitPath.replace(/\/+$/, "") + "/";
  const nested = otherUnitPaths.filter((p) => p !== unitPath && p !== "." && (prefix === "" || p.startsWith(prefix))).map((p) => p.replace(/\/+$/, "") + "/");
  const [from, to] = isSorted(paths) ? prefixRange(paths, prefix) : [0, paths.length];
  const out = [];
  for (let i = from; i < to; i++) {
    const p = paths[i];
    if (p.startsWith(prefix) && !nested.some((n) => p.startsWith(n))) out.push(p);
  }
  return out;
}
const sortedLists = /* @__PURE__ */ new WeakMap();
function isSorted(paths) {
  let sorted = sortedLists.get(paths);
  if (sorted === void 0) {
    sorted = true;
    for (let i = 1; i < paths.length && sorted; i++) if (paths[i - 1] > paths[i]) sorted = false;
    sortedLists.set(paths, sorted);
  }
  return sorted;
}
function prefixRange(paths, prefix) {
  const search2 = (lo, before) => {
    let hi = paths.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (before(paths[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = search2(0, (p) => p < prefix);
  return [from, search2(from, (p) => p.startsWith(prefix))];
}
const norm = (p) => {
  const parts = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/") || ".";
};
function declaredCompose(files, composeFiles) {
  const out = /* @__PURE__ */ new Map();
  const ordered = [...composeFiles].sort((a, b) => rank(a) - rank(b) || a.length - b.length || (a < b ? -1 : 1));
  for (const file of ordered) {
    const text2 = files.read(file);
    if (!text2) continue;
    for (const s of parseCompose(text2).services) {
      const d = { ...s, file };
      if (s.context !== void 0) {
        d.contextPath = norm(joinPath(dirOf(file), s.context));
        d.dockerfilePath = norm(joinPath(d.contextPath, s.dockerfile ?? "Dockerfile"));
      }
      const key2 = `${dirOf(file)}#${s.name}`;
      const prev = out.get(key2);
      if (!prev) out.set(key2, d);
      else mergeInto(prev, d);
    }
  }
  return [...out.values()];
}
function rank(file) {
  if (/prod/i.test(file)) return 0;
  if (/(^|\/)(docker-)?compose\.ya?ml$/.test(file)) return 1;
  if (/override/.test(file)) return 2;
  if (/(dev|local|test|ci|debug)/i.test(file)) return 4;
  return 3;
}
function mergeInto(prev, s) {
  prev.image ??= s.image;
  prev.contextPath ??= s.contextPath;
  prev.dockerfilePath ??= s.dockerfilePath;
  prev.command ??= s.command;
  prev.healthcheck ??= s.healthcheck;
  prev.profiles ??= s.profiles;
  for (const p of s.ports) if (!prev.ports.includes(p)) prev.ports.push(p);
  for (const p of s.publishedPorts ?? []) if (!(prev.publishedPorts ??= []).includes(p)) prev.publishedPorts.push(p);
  for (const d of s.dependsOn) if (!prev.dependsOn.includes(d)) prev.dependsOn.push(d);
  const names = new Set(prev.environment.map((e) => e.split("=")[0]));
  s.environment.forEach((e, i) => {
    if (names.has(e.split("=")[0])) return;
    prev.environment.push(e);
    (prev.environmentLines ??= []).push(s.environmentLines?.[i] ?? 1);
  });
}
function declaredProcfiles(files) {
  const out = [];
  for (const file of files.all.filter((p) => /(^|\/)Procfile$/.test(p))) {
    files.lines(file).forEach((line, i) => {
      const m = /^([A-Za-z0-9_-]+):\s*(.+)$/.exec(line.trim());
      if (m) out.push({ file, line: i + 1, type: m[1], command: m[2].trim() });
    });
  }
  return out;
}
const obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
const arr = (v) => Array.isArray(v) ? v : [];
function declaredKubernetes(files, manifests) {
  const workloads = [];
  const services = [];
  const ingressBackends = /* @__PURE__ */ new Set();
  for (const file of manifests) {
    const text2 = files.read(file);
    if (!text2) continue;
    let docs;
    try {
      docs = distExports.parseAllDocuments(text2);
    } catch {
      continue;
    }
    const lineStarts = [0];
    for (let i = 0; i < text2.length; i++) if (text2[i] === "\n") lineStarts.push(i + 1);
    const lineAt2 = (pos) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (lineStarts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
      if (doc.errors.length) continue;
      const d = obj(doc.toJSON());
      const kind = String(d.kind ?? "");
      const name = String(obj(d.metadata).name ?? "");
      const line = lineAt2(doc.range?.[0] ?? 0);
      if (kind === "Service") {
        const spec = obj(d.spec);
        services.push({
          name,
          type: String(spec.type ?? "ClusterIP"),
          selector: obj(spec.selector),
          portName: String(obj(arr(spec.ports)[0]).name ?? "")
        });
      } else if (kind === "Ingress") {
        for (const rule of arr(obj(d.spec).rules))
          for (const p of arr(obj(obj(rule).http).paths)) {
            const b = obj(obj(p).backend);
            const svc = String(obj(b.service).name ?? b.serviceName ?? "");
            if (svc) ingressBackends.add(svc);
          }
      } else if (/^(Deployment|StatefulSet|DaemonSet|Job|CronJob)$/.test(kind)) {
        const podSpec = kind === "CronJob" ? obj(obj(obj(obj(obj(d.spec).jobTemplate).spec).template).spec) : obj(obj(obj(d.spec).template).spec);
        const labels = obj(obj(obj(obj(d.spec).template).metadata).labels);
        const c = obj(arr(podSpec.containers)[0]);
        const w = { file, line, kind, name, image: typeof c.image === "string" ? c.image : void 0, ports: [], env: [] };
        for (const p of arr(c.ports)) if (Number.isInteger(obj(p).containerPort)) w.ports.push(obj(p).containerPort);
        for (const e of arr(c.env)) {
          const eo = obj(e);
          if (typeof eo.name !== "string") continue;
          const at2 = text2.indexOf(`name: ${eo.name}`, doc.range?.[0] ?? 0);
          w.env.push({
            name: eo.name,
            value: eo.value === void 0 ? void 0 : String(eo.value),
            fromSecret: !!obj(eo.valueFrom).secretKeyRef,
            line: at2 >= 0 ? lineAt2(at2) : line
          });
        }
        const probe = obj(c.readinessProbe ?? c.livenessProbe);
        if (probe.httpGet) w.probe = { path: String(obj(probe.httpGet).path ?? "/"), port: Number(obj(probe.httpGet).port) || void 0 };
        else if (probe.grpc || JSON.stringify(probe.exec ?? {}).includes("grpc_health_probe")) w.probe = { grpc: true };
        w.labels = labels;
        workloads.push(w);
      }
    }
  }
  for (const w of workloads) {
    const labels = w.labels ?? {};
    delete w.labels;
    const svc = services.filter((s) => Object.keys(s.selector).length && Object.entries(s.selector).every(([k, v]) => labels[k] === v));
    if (svc.length) {
      w.serviceType = svc.some((s) => s.type === "LoadBalancer") ? "LoadBalancer" : svc.some((s) => s.type === "NodePort") ? "NodePort" : "ClusterIP";
      w.servicePortName = svc[0].portName;
      w.ingress = svc.some((s) => ingressBackends.has(s.name));
    }
  }
  return workloads;
}
const PY = /\.py$/;
const JS = /\.(js|mjs|cjs|ts|mts|cts|jsx|tsx)$/;
const GO = /\.go$/;
const RB = /\.(rb|erb|yml|yaml|ru)$|(^|\/)(Rakefile|Gemfile)$/;
const PHP = /\.php$/;
const RS = /\.rs$/;
const CS = /\.cs$/;
const JVM = /\.(java|kt|kts|groovy|scala)$/;
const EX = /\.(ex|exs)$/;
const SYMFONY_CONFIG = /(^|\/)config\/[\w/.-]*\.(ya?ml|xml|php)$/;
const CONSTANT_PREFIX = "@const:";
const ENV_READS = [
  // Python
  {
    id: "python-environ-index",
    files: PY,
    pattern: /os\.environ\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\]/g,
    name: 1,
    default: 0,
    strict: true
  },
  {
    id: "python-environ-get",
    files: PY,
    pattern: /(?:os\.environ\.get|os\.getenv|environ\.get|getenv)\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*(,\s*[^)\s][^)]*)?\)/g,
    name: 1,
    default: 2
  },
  {
    id: "python-environ-setdefault",
    files: PY,
    pattern: /os\.environ\.setdefault\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']/g,
    name: 1,
    default: 0,
    alwaysDefault: true
  },
  // django-environ (env('X', default=?), env.bool('X')), python-decouple (config('X', default=?)).
  {
    id: "python-environ-lib",
    files: PY,
    pattern: /\b(?:env(?:\.(?:str|bool|int|float|list|json|url|db|db_url|cache|cache_url|email_url|dict|tuple|path))?|config)\(\s*["']([A-Z][A-Z0-9_]*)["']\s*(,\s*(?:default\s*=|cast\s*=[^,)]*,\s*default\s*=)[^)]*)?/g,
    name: 1,
    default: 2,
    strict: true
  },
  // Node
  {
    id: "node-process-env",
    files: JS,
    pattern: /process\.env\.([A-Za-z_][A-Za-z0-9_]*)(\s*(?:\|\||\?\?)\s*[^\s;,)]|\s*\?\s*[^:]+:)?/g,
    name: 1,
    default: 2
  },
  {
    id: "node-process-env-index",
    files: JS,
    pattern: /process\.env\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]\s*\](\s*(?:\|\||\?\?)\s*[^\s;,)])?/g,
    name: 1,
    default: 2
  },
  // Prisma schema: url = env("DATABASE_URL")
  { id: "prisma-env", files: /\.prisma$/, pattern: /\benv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g, name: 1, default: 0, strict: true },
  // Go
  { id: "go-getenv", files: GO, pattern: /os\.Getenv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g, name: 1, default: 0 },
  {
    id: "go-lookupenv",
    files: GO,
    pattern: /os\.LookupEnv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g,
    name: 1,
    default: 0,
    alwaysDefault: true
  },
  // Helpers named after the environment: mustMapEnv(&x, "CART_SERVICE_ADDR"), getEnv("PORT", "8080"), requireEnv("X").
  {
    id: "go-env-helper",
    files: GO,
    pattern: /(?<![.\w])([Mm]ust\w*|[Rr]equire\w*)?\w*[Ee]nv\w*\([^()"]*"([A-Z][A-Z0-9_]+)"\s*(,\s*[^)]+)?\)/g,
    name: 2,
    default: 3,
    strictGroup: 1
  },
  // envconfig / caarlos0/env struct tags: `envconfig:"PORT" default:"8080"`, `env:"PORT" envDefault:"8080"`
  {
    id: "go-env-tag",
    files: GO,
    pattern: /`[^`]*\b(?:envconfig|env):"([A-Za-z_][A-Za-z0-9_]*)(?:,[^"]*)?"[^`]*?((?:default|envDefault):"[^"]*")?[^`]*`/g,
    name: 1,
    default: 2
  },
  // Ruby: ENV["X"], ENV.fetch("X", default), ENV.fetch("X") { ? }
  {
    id: "ruby-env-index",
    files: RB,
    pattern: /ENV\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\](\s*(?:\|\||\|\|=)\s*\S)?/g,
    name: 1,
    default: 2
  },
  {
    id: "ruby-env-fetch",
    files: RB,
    pattern: /ENV\.fetch\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*(,\s*[^)]+|\)\s*\{)?/g,
    name: 1,
    default: 2,
    strict: true
  },
  // PHP / Laravel: env('X', default), getenv('X'), $_ENV['X']
  { id: "php-env", files: PHP, pattern: /\benv\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*(,\s*[^)\s][^)]*)?\)/g, name: 1, default: 2 },
  { id: "php-getenv", files: PHP, pattern: /(?:getenv\(\s*|\$_ENV\[\s*|\$_SERVER\[\s*)["']([A-Z][A-Z0-9_]*)["']/g, name: 1, default: 0 },
  // Rust: std::env::var("X"), env::var("X").unwrap_or(?), dotenvy::var("X")
  {
    id: "rust-env-var",
    files: RS,
    pattern: /\b(?:std::)?(?:env|dotenvy|dotenv)::var(?:_os)?\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)(\s*\.\s*(?:unwrap_or|unwrap_or_else|unwrap_or_default|ok\(\)|map_or|is_ok)\b)?/g,
    name: 1,
    default: 2,
    strict: true
  },
  // .NET: Environment.GetEnvironmentVariable("X"), Configuration["A:B"], GetConnectionString("X")
  {
    id: "dotnet-getenv",
    files: CS,
    pattern: /Environment\.GetEnvironmentVariable\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)(\s*\?\?)?/g,
    name: 1,
    default: 2
  },
  {
    id: "dotnet-connection-string",
    files: CS,
    pattern: /GetConnectionString\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)(\s*\?\?)?/g,
    name: 1,
    default: 2,
    envName: (n) => `ConnectionStrings__${n}`
  },
  // GetConnectionString(Services.Database): a constant, resolved against `const string Database = "?"`
  // in the unit's code (CONSTANT_PREFIX; see resolveConstants in env-reads.ts).
  {
    id: "dotnet-connection-string-constant",
    files: CS,
    pattern: /GetConnectionString\(\s*(?:[A-Z]\w*\.)*([A-Z]\w*)\s*\)(\s*\?\?)?/g,
    name: 1,
    default: 2,
    envName: (n) => `ConnectionStrings__${CONSTANT_PREFIX}${n}`
  },
  {
    id: "dotnet-configuration-index",
    files: CS,
    pattern: /\b(?:[Cc]onfiguration|config|_config|builder\.Configuration)\[\s*"([A-Za-z_][A-Za-z0-9_:]*)"\s*\](\s*\?\?)?/g,
    name: 1,
    default: 2,
    envName: (n) => n.replace(/:/g, "__")
  },
  // JVM: System.getenv("X")
  { id: "jvm-getenv", files: JVM, pattern: /System\.getenv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)/g, name: 1, default: 0 },
  // Spring placeholders in properties / yaml and @Value: ${VAR} / ${VAR:default}
  {
    id: "spring-placeholder",
    files: /(^|\/)(application|bootstrap)[\w-]*\.(properties|ya?ml)$|\.(java|kt)$/,
    pattern: /\$\{([A-Z][A-Z0-9_]*)(:[^}]*)?\}/g,
    name: 1,
    default: 2,
    strict: true
  },
  // Elixir: System.get_env("X") (nil when unset; `|| default` or a second argument gives a default),
  // System.fetch_env!("X") and Map.fetch!(System.get_env(), "X") raise at boot.
  {
    id: "elixir-get-env",
    files: EX,
    pattern: /System\.get_env\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*(,\s*[^)\s][^)]*)?\)(?!\s*\|\|)/g,
    name: 1,
    default: 2
  },
  {
    id: "elixir-get-env-or",
    files: EX,
    pattern: /System\.get_env\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)\s*\|\|\s*(\S[^,\n]*)/g,
    name: 1,
    default: 2
  },
  {
    id: "elixir-fetch-env",
    files: EX,
    pattern: /(?:System\.fetch_env!\(\s*|Map\.fetch!\(\s*System\.get_env\(\)\s*,\s*)"([A-Za-z_][A-Za-z0-9_]*)"/g,
    name: 1,
    default: 0,
    strict: true
  },
  // Symfony environment processors: %env(NAME)%, %env(resolve:NAME)%, %env(int:NAME)%; `default::NAME` or
  // `default:param:NAME` gives a default. Without one (and without a value in the committed .env) the
  // container fails at boot.
  {
    id: "symfony-env",
    files: SYMFONY_CONFIG,
    pattern: /%env\(((?:default:[\w.]*:)?)(?:[a-z_]+:)*([A-Z][A-Z0-9_]*)\)%/g,
    name: 2,
    default: 1,
    strict: true
  }
  // Compose-style / shell-style ${VAR:-default} in YAML settings of other frameworks (e.g. zero-config files).
];
const IGNORED_NAMES = /^(NODE_ENV|PATH|HOME|USER|PWD|SHELL|TERM|LANG|LC_\w+|TZ|CI|DEBUG|HOSTNAME|TMPDIR|PYTHONPATH|VIRTUAL_ENV|GITHUB_\w+|RUNNER_\w+|npm_\w+|VERCEL\w*|NEXT_RUNTIME|NEXT_PHASE|JEST_WORKER_ID|VITEST\w*|FLASK_APP|FLASK_DEBUG|FLASK_ENV|DJANGO_SETTINGS_MODULE|RAILS_ENV|RACK_ENV|APP_ENV|ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT|GO_ENV|RUST_LOG|RUST_BACKTRACE|LOG_LEVEL|BUNDLE_\w+|RAILS_LOG_TO_STDOUT|RAILS_SERVE_STATIC_FILES|RAILS_MAX_THREADS|RAILS_MIN_THREADS|WEB_CONCURRENCY|PIDFILE|PORT_\w+|SKIP_ENV_VALIDATION|ANALYZE|npm_package_\w+)$/;
const PRESENCE_BEFORE = /(!!\s*|\bBoolean\(\s*|\b(if|elif|unless)\s*\(?\s*|&&\s*)$/;
const PRESENCE_AFTER = /^(\s*&&|\s*\?(?![?.])|\.present\?)/;
const SPRING_PROFILE_FILE = /(^|\/)application-([\w-]+)\.(properties|ya?ml)$/;
const BEFORE_AFTER_TEST = /^\W{0,3}?(?=\s*(&&|\?|\.present))/;
const IF_BEFORE = /\b(if|elif|unless)\s*\(?\s*$/;
const IF_CONDITION_ENDS = /^\s*\)?\s*(\{|:|&&|\|\||then|$)/;
const SETTINGS_FILE = /(^|\/)(settings|config|configuration|conf|env|environment|app|main|server|index|program|startup|database|db|application|bootstrap|__init__|wsgi|asgi|core|constants)[\w.-]*\.\w+$|(^|\/)(settings|config|configuration)\/|\.(properties|ya?ml|prisma|erb|toml|json)$/i;
const excerptOf = (line) => line.trim().slice(0, 160);
function pushRead(out, file, lineNo, line, name, hasDefault, defaultText, strict = false) {
  if (IGNORED_NAMES.test(name) && !(strict && !hasDefault)) return;
  out.push({
    name,
    hasDefault,
    defaultText,
    settings: SETTINGS_FILE.test(file),
    strict: strict && !hasDefault,
    evidence: { file, line: lineNo, excerpt: excerptOf(line) }
  });
}
function conditional(file, lines, i) {
  if (!/\.(py|js|mjs|cjs|ts|mts|go|rb|php|rs|cs|java|kt)$/.test(file)) return false;
  let indent = lines[i].length - lines[i].trimStart().length;
  for (let k = i - 1; k >= 0 && k >= i - 300 && indent > 0; k--) {
    const l = lines[k];
    if (!l.trim() || /^\s*(#|\/\/)/.test(l)) continue;
    const ind = l.length - l.trimStart().length;
    if (ind >= indent) continue;
    if (/^\s*[)\]]/.test(l)) continue;
    if (/^\s*(if|elif|else|try|except|catch|unless|\}\s*else|\}\s*catch|with)\b/.test(l)) return true;
    if (/^\s*(def|func|function|fn|class|public|private|protected|static|async)\b/.test(l)) return false;
    indent = ind;
  }
  return false;
}
function outsideProduction(file, lines) {
  if (!/(^|\/)config\/(packages|routes)\//.test(file)) return () => false;
  if (/(^|\/)config\/(packages|routes)\/(dev|test)\//.test(file)) return () => true;
  if (!/\.ya?ml$/.test(file)) return () => false;
  const inBlock = [];
  let current = false;
  lines.forEach((l, k) => {
    const m = /^(\S[^:]*):/.exec(l);
    if (m) current = /^when@(dev|test)$/.test(m[1].trim());
    inBlock[k] = current;
  });
  return (i) => inBlock[i] ?? false;
}
function oneLineReads(file, lines) {
  const patterns = ENV_READS.filter((p) => p.files.test(file));
  if (!patterns.length) return [];
  const out = [];
  const hashComments = !/\.(ya?ml|properties)$/.test(file) || /(^|\/)config\/packages\//.test(file);
  const skipped = outsideProduction(file, lines);
  const profile = SPRING_PROFILE_FILE.exec(file)?.[2];
  lines.forEach((line, i) => {
    if (line.length > 2e3) return;
    const t2 = line.trim();
    if (t2.startsWith("#") && hashComments) return;
    if (skipped(i)) return;
    if (t2.startsWith("//")) return;
    for (const p of patterns) {
      p.pattern.lastIndex = 0;
      for (const m of line.matchAll(p.pattern)) {
        const captured = m[p.name];
        if (!captured) continue;
        const name = p.envName ? p.envName(captured) : captured;
        const def = p.default ? m[p.default] : void 0;
        const cond = conditional(file, lines, i);
        const before = out.length;
        pushRead(
          out,
          file,
          i + 1,
          line,
          name,
          !!p.alwaysDefault || !!def,
          def?.replace(/^[\s,:]+|\s*\)?$/g, "").replace(/^(default\s*=\s*)/, ""),
          (!!p.strict || p.strictGroup !== void 0 && !!m[p.strictGroup]) && !cond
        );
        if (cond && out.length > before) out[out.length - 1].conditional = true;
        if (out.length > before && m.index !== void 0) {
          const pre = line.slice(0, m.index);
          const at2 = m[0].indexOf(captured);
          const post = line.slice(m.index + (at2 >= 0 ? at2 + captured.length : m[0].length)).replace(BEFORE_AFTER_TEST, "");
          const ifOnly = IF_BEFORE.test(pre);
          if (PRESENCE_BEFORE.test(pre) && (!ifOnly || IF_CONDITION_ENDS.test(post))) out[out.length - 1].presenceTested = true;
          else if (PRESENCE_AFTER.test(post)) out[out.length - 1].presenceTested = true;
        }
        if (profile && out.length > before) {
          out[out.length - 1].profile = profile;
          out[out.length - 1].conditional = true;
        }
      }
    }
  });
  const tested = new Set(out.filter((r) => r.presenceTested).map((r) => r.name));
  for (const r of out) if (tested.has(r.name)) r.presenceTested = true;
  return out;
}
function pydanticReads(file, lines) {
  if (!file.endsWith(".py")) return [];
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const cls = /^(\s*)class\s+\w+\(([^)]*\b(\w*Settings)\b[^)]*)\)\s*:/.exec(lines[i]);
    if (!cls) continue;
    const indent = cls[1].length;
    let prefix = "";
    const fields = [];
    let j = i + 1;
    let bodyIndent = -1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (!l.trim() || l.trim().startsWith("#")) continue;
      const ind = l.length - l.trimStart().length;
      if (ind <= indent) break;
      if (bodyIndent < 0) bodyIndent = ind;
      const pfx = /env_prefix\s*[=:]\s*["']([^"']*)["']/.exec(l);
      if (pfx) prefix = pfx[1];
      if (ind !== bodyIndent) continue;
      const f = /^\s*([a-z_][a-z0-9_]*)\s*:\s*([^=]+?)(?:\s*=\s*(.+))?\s*$/.exec(l);
      if (!f || f[1] === "model_config" || f[1].startsWith("_") || /ClassVar/.test(f[2])) continue;
      const alias = /(?:validation_alias|alias|env)\s*=\s*["']([A-Za-z_][A-Za-z0-9_]*)["']/.exec(f[3] ?? "");
      const def = f[3]?.trim();
      const noDefault = def === void 0 || /^Field\(\s*(\.\.\.|\))/.test(def);
      fields.push({ name: alias ? alias[1] : f[1], line: j + 1, text: l, hasDefault: !noDefault, def: noDefault ? void 0 : def });
    }
    for (const f of fields) {
      const name = /[a-z]/.test(f.name) ? (prefix + f.name).toUpperCase() : f.name;
      pushRead(out, file, f.line, f.text, name, f.hasDefault, f.def, true);
    }
    i = j - 1;
  }
  return out;
}
function schemaReads(file, lines) {
  if (!/\.(js|mjs|cjs|ts|mts|cts)$/.test(file)) return [];
  const text2 = lines.join("\n");
  if (!/\b(Joi|joi|z|envalid|cleanEnv|createEnv)\b/.test(text2) || !/process\.env|createEnv|cleanEnv|runtimeEnv/.test(text2)) return [];
  const out = [];
  lines.forEach((line, i) => {
    const m = /^\s*([A-Z][A-Z0-9_]+)\s*:\s*(Joi\.|z\.|str\(|num\(|bool\(|port\(|url\(|host\(|email\(|json\()(.*)$/.exec(line);
    if (!m) return;
    let chain = m[3];
    for (let k = i + 1; k < Math.min(lines.length, i + 6) && !/^\s*[A-Z][A-Z0-9_]+\s*:/.test(lines[k]); k++) chain += lines[k];
    const required = /\.required\(\)/.test(chain);
    const hasDefault = /\.default\(|default\s*:|\.optional\(\)|\.nullish\(\)/.test(chain) || m[2] === "Joi." && !required;
    const def = /\.default\(\s*([^)]*)\)|default\s*:\s*([^,}]+)/.exec(chain);
    pushRead(out, file, i + 1, line, m[1], hasDefault, def ? (def[1] ?? def[2])?.trim() : void 0, m[2] !== "Joi." || required);
  });
  return out;
}
function destructuringReads(file, lines) {
  if (!/\.(js|mjs|cjs|ts|mts|cts|jsx|tsx)$/.test(file)) return [];
  const out = [];
  const text2 = lines.join("\n");
  const re = /(?:const|let|var)\s*\{([^}]*)\}\s*=\s*process\.env\b/g;
  for (const m of text2.matchAll(re)) {
    const startLine = text2.slice(0, m.index).split("\n").length;
    for (const part of m[1].split(",")) {
      const p = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s*:\s*[A-Za-z_]\w*)?\s*(=\s*(.+))?\s*$/.exec(part);
      if (!p) continue;
      const offset = m[0].slice(0, m[0].indexOf(part)).split("\n").length - 1;
      pushRead(out, file, startLine + offset, lines[startLine + offset - 1] ?? "", p[1], !!p[2], p[3]?.trim());
    }
  }
  return out;
}
function readsOfFile(file, lines) {
  return [...oneLineReads(file, lines), ...pydanticReads(file, lines), ...schemaReads(file, lines), ...destructuringReads(file, lines)];
}
function resolveConstants(reads, paths, lines) {
  if (!reads.some((r) => r.name.includes(CONSTANT_PREFIX))) return [...reads];
  const values = /* @__PURE__ */ new Map();
  for (const p of paths)
    for (const l of lines(p)) {
      const m = /\bconst\s+string\s+([A-Za-z_]\w*)\s*=\s*"([A-Za-z_][A-Za-z0-9_]*)"/.exec(l);
      if (m && !values.has(m[1])) values.set(m[1], m[2]);
    }
  return reads.flatMap((r) => {
    const i = r.name.indexOf(CONSTANT_PREFIX);
    if (i < 0) return [r];
    const v = values.get(r.name.slice(i + CONSTANT_PREFIX.length));
    return v ? [{ ...r, name: r.name.slice(0, i) + v }] : [];
  });
}
const SQL_STORES = /* @__PURE__ */ new Set(["postgresql", "mysql", "mariadb", "sqlserver"]);
const JDBC = {
  postgresql: "jdbc:postgresql",
  mysql: "jdbc:mysql",
  mariadb: "jdbc:mariadb",
  sqlserver: "jdbc:sqlserver"
};
const RAILS_SCHEME = { postgresql: "postgres", mysql: "mysql2", mariadb: "mysql2" };
const SPRING_PROPERTIES = [
  { key: /^spring\.datasource\.url$/, env: "SPRING_DATASOURCE_URL", carries: "database-url", when: "sql" },
  { key: /^spring\.datasource\.username$/, env: "SPRING_DATASOURCE_USERNAME", carries: "database-user", when: "sql" },
  { key: /^spring\.datasource\.password$/, env: "SPRING_DATASOURCE_PASSWORD", carries: "database-password", when: "sql" },
  { key: /^spring\.data\.mongodb\.uri$/, env: "SPRING_DATA_MONGODB_URI", carries: "mongodb-url", when: "mongodb" },
  { key: /^spring\.(data\.)?redis\.host$/, env: "SPRING_DATA_REDIS_HOST", carries: "cache-host", when: "redis" }
];
function springProperties(files, paths) {
  const out = [];
  for (const p of paths.filter(
    (x) => /(^|\/)application(-(prod|production|docker|default))?\.(properties|ya?ml)$/.test(x) && !/\/test\//.test(x)
  )) {
    const lines = files.lines(p);
    if (p.endsWith(".properties")) {
      lines.forEach((l, i) => {
        const m = /^\s*([\w.-]+)\s*[=:]\s*(.*)$/.exec(l);
        if (m && !l.trim().startsWith("#")) out.push({ key: m[1], value: m[2].trim(), file: p, line: i + 1 });
      });
    } else {
      const stack = [];
      lines.forEach((l, i) => {
        const m = /^(\s*)([\w.-]+):\s*(.*)$/.exec(l);
        if (!m || l.trim().startsWith("#")) return;
        const indent = m[1].length;
        while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
        stack.push({ indent, key: m[2] });
        if (m[3] && !m[3].startsWith("#")) out.push({ key: stack.map((s) => s.key).join("."), value: m[3].trim(), file: p, line: i + 1 });
      });
    }
  }
  return out;
}
function impliedVariables(files, unitFiles, frameworks, datastores) {
  const out = [];
  const sql = datastores.find((d) => SQL_STORES.has(d));
  if (frameworks.includes("rails")) {
    const creds = unitFiles.find((p) => /config\/credentials(\.yml)?\.enc$|config\/secrets\.yml$/.test(p));
    out.push({
      name: "SECRET_KEY_BASE",
      carries: "secret",
      required: true,
      evidence: creds ? [{ file: creds }] : [],
      reason: "Rails signs sessions with secret_key_base; in production it comes from SECRET_KEY_BASE (or the master key)"
    });
    const dbYml = unitFiles.find((p) => /config\/database[\w.-]*\.yml$/.test(p));
    if (sql && dbYml)
      out.push({
        name: "DATABASE_URL",
        carries: "database-url",
        required: true,
        target: sql,
        scheme: RAILS_SCHEME[sql],
        evidence: [{ file: dbYml }],
        reason: "Rails merges DATABASE_URL into config/database.yml"
      });
  }
  if (frameworks.includes("spring-boot")) {
    const props = springProperties(files, unitFiles);
    const stores = new Set(datastores);
    for (const sp of SPRING_PROPERTIES) {
      const applies = sp.when === "sql" ? !!sql : stores.has(sp.when);
      if (!applies) continue;
      const prop = props.find((p) => sp.key.test(p.key));
      if (prop && /\$\{/.test(prop.value)) continue;
      if (!prop && sp.when === "sql" && sp.carries !== "database-url") continue;
      if (!prop && props.some((p) => /(^|\.)url$/.test(p.key) && /^jdbc:/.test(p.value))) continue;
      out.push({
        name: sp.env,
        carries: sp.carries,
        required: true,
        target: sp.when === "sql" ? sql : sp.when,
        scheme: sp.carries === "database-url" && sql ? JDBC[sql] : void 0,
        evidence: prop ? [{ file: prop.file, line: prop.line, excerpt: `${prop.key}=${/password/i.test(prop.key) ? "\u2026" : prop.value}`.slice(0, 160) }] : [],
        reason: `Spring Boot binds ${sp.env} to ${prop ? prop.key : "spring.datasource.url"} (relaxed binding)`
      });
    }
  }
  if (frameworks.includes("quarkus") && sql) {
    const props = springProperties(files, unitFiles);
    const build = unitFiles.filter((p) => /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/.test(p)).map((p) => files.read(p) ?? "").join("\n");
    const reactive = /quarkus-reactive-\w+-client/.test(build);
    const jdbc = /quarkus-jdbc-/.test(build);
    const vars = [
      ...jdbc || !reactive ? [
        {
          key: "quarkus.datasource.jdbc.url",
          env: "QUARKUS_DATASOURCE_JDBC_URL",
          carries: "database-url",
          scheme: JDBC[sql]
        }
      ] : [],
      ...reactive ? [
        {
          key: "quarkus.datasource.reactive.url",
          env: "QUARKUS_DATASOURCE_REACTIVE_URL",
          carries: "database-url",
          scheme: sql
        }
      ] : [],
      { key: "quarkus.datasource.username", env: "QUARKUS_DATASOURCE_USERNAME", carries: "database-user" },
      { key: "quarkus.datasource.password", env: "QUARKUS_DATASOURCE_PASSWORD", carries: "database-password" }
    ];
    for (const v of vars) {
      const prop = props.find((p) => p.key === v.key || p.key === `%prod.${v.key}`);
      if (prop && /\$\{/.test(prop.value)) continue;
      out.push({
        name: v.env,
        carries: v.carries,
        required: true,
        target: sql,
        ...v.scheme ? { scheme: v.scheme } : {},
        evidence: prop ? [{ file: prop.file, line: prop.line }] : [],
        reason: `Quarkus binds ${v.env} to ${v.key}; dev services do not run in production`
      });
    }
  }
  if (frameworks.includes("spring-boot")) {
    for (const p of springProperties(files, unitFiles)) {
      if (!/(^|\.)(secret|secret-key|secretKey|signing-key|signingKey)$/.test(p.key) || /\$\{/.test(p.value) || /^spring\./.test(p.key))
        continue;
      const name = p.key.replace(/([a-z])([A-Z])/g, "$1_$2").replace(/[.-]/g, "_").toUpperCase();
      if (!out.some((o) => o.name === name))
        out.push({
          name,
          carries: "secret",
          required: true,
          evidence: [{ file: p.file, line: p.line, excerpt: `${p.key}=\u2026` }],
          reason: `Spring Boot binds ${name} to ${p.key}, written in the repository`
        });
    }
  }
  return out;
}
function libraryVariables(files, unitFiles, unitPath) {
  const out = [];
  const pkg = unitFiles.find((p) => p === (unitPath === "." ? "package.json" : `${unitPath}/package.json`));
  const deps = pkg ? files.read(pkg) ?? "" : "";
  if (/"next-auth"\s*:/.test(deps)) {
    const ev = pkg ? [{ file: pkg }] : [];
    out.push({
      name: "NEXTAUTH_URL",
      carries: "public-url",
      required: true,
      evidence: ev,
      reason: "next-auth reads NEXTAUTH_URL (its canonical URL) in production"
    });
    out.push({
      name: "NEXTAUTH_SECRET",
      carries: "secret",
      required: true,
      evidence: ev,
      reason: "next-auth signs sessions with NEXTAUTH_SECRET in production"
    });
  }
  if (/"typeorm"\s*:\s*"[\^~]?0\./.test(deps)) {
    const committed = unitFiles.some((p) => /(^|\/)ormconfig\.(json|js|ts|ya?ml|xml|env)$/.test(p));
    const bare = unitFiles.find(
      (p) => /\.(ts|js)$/.test(p) && /TypeOrmModule\.forRoot\(\s*\)|createConnection\(\s*\)/.test(files.read(p) ?? "")
    );
    if (!committed && bare) {
      const names = [
        ["TYPEORM_CONNECTION", "config"],
        ["TYPEORM_HOST", "database-host"],
        ["TYPEORM_PORT", "database-port"],
        ["TYPEORM_USERNAME", "database-user"],
        ["TYPEORM_PASSWORD", "database-password"],
        ["TYPEORM_DATABASE", "database-name"],
        ["TYPEORM_ENTITIES", "config"]
      ];
      for (const [name, carries] of names)
        out.push({
          name,
          carries,
          required: name !== "TYPEORM_PORT",
          evidence: [{ file: bare }],
          reason: "TypeORM 0.2 reads TYPEORM_* when no ormconfig file is committed"
        });
    }
  }
  return out;
}
function layeredConfigVariables(files, unitFiles) {
  const src = unitFiles.find((p) => p.endsWith(".rs") && /Environment::with_prefix\(\s*"\w+"\s*\)/.test(files.read(p) ?? ""));
  if (!src) return [];
  const text2 = files.read(src) ?? "";
  const prefix = /with_prefix\(\s*"(\w+)"\s*\)/.exec(text2)[1];
  const prefixSep = /prefix_separator\(\s*"([^"]*)"\s*\)/.exec(text2)?.[1] ?? "_";
  const sep2 = /\.separator\(\s*"([^"]*)"\s*\)/.exec(text2)?.[1] ?? "_";
  const confFiles = unitFiles.filter(
    (p) => /(^|\/)configuration\/(base|production|prod)\.ya?ml$|(^|\/)config\/(base|default|production|prod)\.(ya?ml|toml)$/.test(p)
  );
  const leaves = /* @__PURE__ */ new Map();
  for (const f of confFiles.sort((a, b) => Number(/prod/.test(a)) - Number(/prod/.test(b)))) {
    const stack = [];
    files.lines(f).forEach((l, i) => {
      const m = /^(\s*)([\w-]+):\s*(.*?)\s*$/.exec(l);
      if (!m || l.trim().startsWith("#")) return;
      const indent = m[1].length;
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
      stack.push({ indent, key: m[2] });
      if (m[3] !== "") leaves.set(stack.map((s) => s.key).join("."), { value: m[3].replace(/^["']|["']$/g, ""), file: f, line: i + 1 });
    });
  }
  const out = [];
  for (const [key2, v] of leaves) {
    const name = `${prefix}${prefixSep}${key2.split(".").join(sep2)}`.toUpperCase();
    const leaf = key2.split(".").pop().toUpperCase();
    const carries = /(^|_)(HOST)$/.test(leaf) && /database|db/i.test(key2) ? "database-host" : /USERNAME|USER$/.test(leaf) && /database|db/i.test(key2) ? "database-user" : /PASSWORD/.test(leaf) ? "database-password" : /DATABASE_NAME|DB_NAME/.test(leaf) ? "database-name" : /REDIS/.test(leaf) ? "cache-url" : /SECRET|TOKEN|KEY$/.test(leaf) ? "secret" : /BASE_URL/.test(leaf) && /application|app/i.test(key2) ? "public-url" : "config";
    const unusable = /localhost|127\.0\.0\.1|secret|token|password/i.test(v.value);
    const required = carries !== "config" && (unusable || carries.startsWith("database-") || carries === "secret");
    if (!required) continue;
    out.push({
      name,
      carries,
      required,
      target: carries === "cache-url" ? "redis" : void 0,
      evidence: [
        {
          file: v.file,
          line: v.line,
          excerpt: `${key2}: ${carries === "secret" || carries === "database-password" ? "\u2026" : v.value}`.slice(0, 160)
        }
      ],
      reason: `${src} overrides ${key2} from ${name}`
    });
  }
  return out;
}
const HEALTH_PATH = /^\/(?:api\/)?(?:v\d\/)?(health[-_]?check|healthz|health|livez|readyz|ready|readiness|liveness|ping|status|_health|_healthz|heartbeat|up|-\/healthy|-\/ready)\/?$/i;
const ROUTE_LINE = /(@(app|router|api|bp|blueprint|\w+_router|\w+)\.(get|route|api_route|head)\(|\b(app|router|server|r|e|g|mux|api|routes|engine|group|v1)\.(get|GET|Get|route|Handle|HandleFunc|Any|Head|HEAD|add_api_route|add_url_rule)\(|@(Get|GetMapping|RequestMapping)\(|\bpath\(|\bre_path\(|\burl\(|\bget\s+["']|\bRoute::(get|any)\(|Map(Get|HealthChecks)\(|\.route\(|\bhttp\.HandleFunc\(|\bHandleFunc\(|\.Get\(|\bmatch\s+["'])/;
const PATH_LITERAL = /["'`](?:(?:GET|HEAD)\s+)?(\/?[A-Za-z0-9_/.-]*)["'`]/g;
const GRPC_HEALTH = /grpc_health_v1|grpc\.health\.v1|health_pb2_grpc|HealthCheckResponse|health\.NewServer\(|grpc-health-probe|HealthImplBase|AddGrpcHealthChecks|@grpc\/grpc-js.*health|grpc-js-health-check/;
const GRPC_SERVER = /grpc\.NewServer\(|grpc\.server\(|new grpc\.Server\(|ServerBuilder\.forPort|AddGrpc\(|MapGrpcService|tonic::transport::Server|io\.grpc\.Server/;
const DEVELOPMENT_ONLY = /IsDevelopment\(\)|Rails\.env\.development\?|settings\.DEBUG\b|app\.debug\b|NODE_ENV\s*[!=]==?\s*['"](development|production)['"]|APP_ENV\s*[!=]==?\s*['"](dev|local)['"]|gin\.DebugMode/;
const FRAMEWORK_HEALTH = [
  { framework: "spring-boot", dependency: /spring-boot-starter-actuator/, path: "/actuator/health" },
  { framework: "quarkus", dependency: /quarkus-smallrye-health/, path: "/q/health" },
  { framework: "micronaut", dependency: /micronaut-management/, path: "/health" }
];
const GRACE_SECONDS = [
  { when: /^(java|kotlin|scala|groovy)$|spring|quarkus|micronaut|ktor/, seconds: 120 },
  { when: /^(c#|f#)$|aspnetcore|dotnet/, seconds: 60 },
  { when: /rails|django|laravel|nextjs|nestjs/, seconds: 60 }
];
const DEFAULT_GRACE_SECONDS = 30;
const CODE = /\.(py|js|mjs|cjs|ts|mts|go|rs|java|kt|cs|rb|php)$/;
function graceFor(languages, frameworks) {
  const keys = [...languages, ...frameworks].map((s) => s.toLowerCase());
  for (const g of GRACE_SECONDS) if (keys.some((k) => g.when.test(k))) return g.seconds;
  return DEFAULT_GRACE_SECONDS;
}
function grpcIn(files, paths) {
  const out = {};
  for (const p of paths) {
    if (!CODE.test(p) && !/\.proto$/.test(p)) continue;
    const lines = files.lines(p);
    for (let i = 0; i < lines.length && !(out.server && out.health); i++) {
      if (!out.server && CODE.test(p) && GRPC_SERVER.test(lines[i]))
        out.server = { file: p, line: i + 1, excerpt: lines[i].trim().slice(0, 160) };
      if (!out.health && CODE.test(p) && GRPC_HEALTH.test(lines[i]))
        out.health = { file: p, line: i + 1, excerpt: lines[i].trim().slice(0, 160) };
    }
    if (out.server && out.health) break;
  }
  return out;
}
function healthRoute(files, paths) {
  let best = null;
  for (const p of paths) {
    if (!CODE.test(p) && !/routes\.rb$/.test(p)) continue;
    const lines = files.lines(p);
    const prefixes = JVM_SOURCE.test(p) ? classPrefixes(lines) : void 0;
    lines.forEach((line, i) => {
      if (line.length > 400 || !ROUTE_LINE.test(line) || developmentOnly(lines, i)) return;
      PATH_LITERAL.lastIndex = 0;
      for (const m of line.matchAll(PATH_LITERAL)) {
        const raw = m[1].startsWith("/") ? m[1] : `/${m[1]}`;
        if (!HEALTH_PATH.test(raw)) continue;
        const prefix = prefixes?.[i] ?? "";
        const path = `${prefix}${raw}`.replace(/\/{2,}/g, "/") || "/";
        const r = /health|livez|readyz/.test(path) ? 0 : /ping|heartbeat|up$/.test(path) ? 1 : 2;
        if (!best || r < best.rank) best = { path, rank: r, evidence: { file: p, line: i + 1, excerpt: line.trim().slice(0, 160) } };
      }
    });
  }
  return best ? { path: best.path, evidence: best.evidence } : null;
}
function developmentOnly(lines, i) {
  let indent = lines[i].length - lines[i].trimStart().length;
  for (let k = i - 1; k >= 0 && k >= i - 60 && indent > 0; k--) {
    const l = lines[k];
    if (!l.trim() || /^\s*[{(]\s*$/.test(l)) continue;
    const ind = l.length - l.trimStart().length;
    if (ind >= indent) continue;
    if (/^\s*(if|elif|unless)\b/.test(l) && DEVELOPMENT_ONLY.test(l) && !/NODE_ENV\s*!==?\s*['"]development|===?\s*['"]production/.test(l))
      return true;
    indent = ind;
  }
  return false;
}
const JVM_SOURCE = /\.(java|kt|groovy|scala)$/;
const MAPPING = /@(?:RequestMapping|Path|Controller)\(\s*(?:(?:value|path)\s*=\s*)?\{?\s*"([^"]*)"/;
function classPrefixes(lines) {
  const out = [];
  let pending;
  let current = "";
  lines.forEach((l, k) => {
    out[k] = current;
    const m = MAPPING.exec(l);
    if (m) pending = m[1];
    if (/\b(class|object|interface)\s+\w+/.test(l) && !/^\s*(\/\/|\*)/.test(l)) {
      current = pending ? `/${pending}`.replace(/\/+$/, "") : "";
      pending = void 0;
    } else if (/\)\s*\{?\s*$/.test(l) && /\b(public|private|protected|fun|def)\b/.test(l)) pending = void 0;
  });
  return out;
}
function pathOfCheckCommand(cmd2) {
  if (!cmd2) return void 0;
  const m = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d+)?(\/[^\s"'|;)]*)?/.exec(cmd2);
  return m ? m[1] ?? "/" : void 0;
}
function frameworkHealth(manifestText, frameworks) {
  for (const f of FRAMEWORK_HEALTH)
    if (frameworks.includes(f.framework) && f.dependency.test(manifestText)) return { path: f.path, framework: f.framework };
  return null;
}
function noHealth(grace) {
  return { path: null, protocol: "none", gracePeriodSeconds: grace, source: "default", evidence: [] };
}
const ONE_OFF_RULES = [
  {
    tool: "ecto",
    kind: "migrate",
    when: "every-deploy",
    command: "mix ecto.migrate",
    requires: [/(^|\/)mix\.exs$/, /(^|\/)priv\/repo\/migrations\/[^/]+\.exs$/],
    selfRunning: /Ecto\.Migrator\.run/
  },
  {
    tool: "flask-migrate",
    kind: "migrate",
    when: "every-deploy",
    command: "flask db upgrade",
    requires: [/(^|\/)migrations\/alembic\.ini$/],
    contains: /flask_migrate/
  },
  {
    tool: "alembic",
    kind: "migrate",
    when: "every-deploy",
    command: "alembic upgrade head",
    requires: [/(^|\/)alembic\.ini$/],
    selfRunning: /command\.upgrade\(/
  },
  {
    tool: "django",
    kind: "migrate",
    when: "every-deploy",
    command: "python manage.py migrate --noinput",
    requires: [/(^|\/)manage\.py$/],
    framework: "django",
    // Its own migrations, or Django's contrib apps (auth, admin, sessions), which have theirs.
    contains: /django\.contrib\.(auth|admin|sessions|contenttypes)|\/migrations\/\d{4}_/
  },
  {
    tool: "django",
    kind: "collectstatic",
    when: "every-deploy",
    command: "python manage.py collectstatic --noinput",
    requires: [/(^|\/)manage\.py$/],
    framework: "django",
    contains: /^\s*STATIC_ROOT\s*=/m,
    builtBy: /collectstatic/
  },
  {
    tool: "rails",
    kind: "migrate",
    when: "every-deploy",
    command: "bundle exec rails db:migrate",
    requires: [/(^|\/)db\/migrate\/\d+_\w+\.rb$/],
    framework: "rails"
  },
  {
    tool: "prisma",
    kind: "migrate",
    when: "every-deploy",
    command: "npx prisma migrate deploy",
    requires: [/(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/],
    startRuns: /prisma\s+migrate\s+deploy/
  },
  {
    tool: "prisma",
    kind: "migrate",
    when: "every-deploy",
    command: "npx prisma db push --skip-generate",
    requires: [/(^|\/)schema\.prisma$/],
    startRuns: /prisma\s+(migrate\s+deploy|db\s+push)/
  },
  {
    tool: "diesel",
    kind: "migrate",
    when: "every-deploy",
    command: "diesel migration run",
    requires: [/(^|\/)diesel\.toml$/],
    selfRunning: /embed_migrations!|run_pending_migrations/
  },
  {
    tool: "sqlx",
    kind: "migrate",
    when: "every-deploy",
    command: "sqlx migrate run",
    requires: [/(^|\/)migrations\/\d+_[\w-]+\.sql$/],
    contains: /\bsqlx\b/,
    selfRunning: /sqlx::migrate!/
  },
  {
    tool: "artisan",
    kind: "migrate",
    when: "every-deploy",
    command: "php artisan migrate --force",
    requires: [/(^|\/)artisan$/, /(^|\/)database\/migrations\/\w+\.php$/]
  },
  {
    tool: "ef",
    kind: "migrate",
    when: "every-deploy",
    command: "dotnet ef database update",
    requires: [/Migrations\/\w*ModelSnapshot\.cs$/],
    selfRunning: /\.Database\.Migrate(Async)?\(/
  },
  { tool: "goose", kind: "migrate", when: "every-deploy", command: "goose up", requires: [/\.sql$/], contains: /-- \+goose Up/ },
  {
    tool: "rails",
    kind: "seed",
    when: "once",
    command: "bundle exec rails db:seed",
    requires: [/(^|\/)db\/seeds\.rb$/],
    framework: "rails"
  }
];
const PACKAGE_MIGRATE_SCRIPTS = [
  "migrate:deploy",
  "db:migrate",
  "migrate",
  "migration:run",
  "typeorm:migrate",
  "migrate:latest",
  "prisma:migrate"
];
const SCRIPT_CALL = /\b(?:npm\s+run|pnpm(?:\s+run)?|yarn(?:\s+run)?)\s+([\w:.-]+)|\b(?:npm-run-all|run-s|run-p)((?:\s+(?:-[\w-]+|[\w:.-]+))+)/g;
const FILE_CALL = /(?:\b(?:node|tsx|ts-node|sh|bash)\s+|(?:^|\s|["'])\.\/)([\w./-]+\.(?:js|mjs|cjs|ts|sh)|[\w./-]+)/g;
function startChainText(files, unitPath, unitFiles) {
  const rel = (p) => unitPath === "." ? p : p.slice(unitPath.length + 1);
  const dockerfile = unitFiles.find((p) => /^Dockerfile$/.test(rel(p)));
  if (!dockerfile) return "";
  const starts = (files.read(dockerfile) ?? "").split("\n").filter((l) => /^\s*(CMD|ENTRYPOINT)\b/.test(l)).map((l) => l.replace(/["',[\]]+/g, " "));
  let scripts = {};
  const pkg = unitFiles.find((p) => rel(p) === "package.json");
  try {
    if (pkg) scripts = JSON.parse(files.read(pkg) ?? "{}").scripts ?? {};
  } catch {
  }
  const seen = /* @__PURE__ */ new Set();
  const parts = [];
  let queue = starts.slice(-2);
  for (let depth = 0; depth < 5 && queue.length; depth++) {
    const next = [];
    for (const text2 of queue) {
      parts.push(text2);
      for (const m of text2.matchAll(SCRIPT_CALL)) {
        const names = m[1] ? [m[1]] : (m[2] ?? "").split(/\s+/).filter((n) => n && !n.startsWith("-"));
        for (const n of names)
          if (scripts[n] !== void 0 && !seen.has(`s:${n}`)) {
            seen.add(`s:${n}`);
            next.push(scripts[n]);
          }
      }
      for (const m of text2.matchAll(FILE_CALL)) {
        const file = unitFiles.find((p) => rel(p) === m[1].replace(/^\.\//, ""));
        if (file && !seen.has(`f:${file}`) && parts.length < 50) {
          seen.add(`f:${file}`);
          next.push((files.read(file) ?? "").slice(0, 1e5));
        }
      }
    }
    queue = next;
  }
  return parts.join("\n");
}
function oneOffCommands(files, unitPath, unitFiles, frameworks) {
  const out = [];
  const rel = (p) => unitPath === "." ? p : p.slice(unitPath.length + 1);
  const code = unitFiles.filter((p) => /\.(py|js|ts|mjs|go|rs|cs|rb|php|java|kt)$/.test(p));
  let started;
  const startText = () => started ??= startChainText(files, unitPath, unitFiles);
  for (const rule of ONE_OFF_RULES) {
    if (out.some((o) => o.kind === rule.kind && rule.kind !== "seed")) continue;
    if (rule.framework && !frameworks.includes(rule.framework)) continue;
    const found = rule.requires.map((r) => unitFiles.find((p) => typeof r === "string" ? rel(p) === r : r.test(rel(p))));
    if (found.some((f) => !f)) continue;
    if (rule.contains && !unitFiles.some((p) => /\.(py|js|ts|go|rs|cs|rb|php|toml|sql|json)$/.test(p) && rule.contains.test(files.read(p) ?? "")))
      continue;
    if (rule.selfRunning && code.some((p) => rule.selfRunning.test(files.read(p) ?? ""))) continue;
    if (rule.startRuns && rule.startRuns.test(startText())) continue;
    if (rule.builtBy && unitFiles.some(
      (p) => /(^|\/)Dockerfile[\w.-]*$/.test(p) && /^\s*RUN\b/m.test(files.read(p) ?? "") && rule.builtBy.test(files.read(p) ?? "")
    ))
      continue;
    const first = found[found.length - 1];
    out.push({ kind: rule.kind, command: rule.command, tool: rule.tool, when: rule.when, evidence: [{ file: first }] });
  }
  if (!out.some((o) => o.kind === "migrate")) {
    const pkg = unitFiles.find((p) => rel(p) === "package.json");
    if (pkg) {
      try {
        const scripts = JSON.parse(files.read(pkg) ?? "{}").scripts ?? {};
        const name = PACKAGE_MIGRATE_SCRIPTS.find((n) => typeof scripts[n] === "string");
        if (name) {
          const tool = /prisma/.test(scripts[name]) ? "prisma" : /typeorm/.test(scripts[name]) ? "typeorm" : /knex/.test(scripts[name]) ? "knex" : /sequelize/.test(scripts[name]) ? "sequelize" : "npm";
          const line = (files.read(pkg) ?? "").split("\n").findIndex((l) => l.includes(`"${name}"`)) + 1;
          out.push({
            kind: "migrate",
            command: `npm run ${name}`,
            tool,
            when: "every-deploy",
            evidence: [{ file: pkg, line: line || void 0, excerpt: `"${name}": "${scripts[name]}"`.slice(0, 160) }]
          });
        }
      } catch {
      }
    }
  }
  return out;
}
const CODE_OR_CONFIG = /\.(py|js|mjs|cjs|ts|go|rs|java|kt|cs|rb|php|json|ya?ml|properties|toml|ini|conf)$/;
const NOT_HOST_FILES = /(^|\/)((docker-)?compose[\w.-]*\.ya?ml|package(-lock)?\.json|tsconfig[\w.-]*\.json|\.env[\w.-]*|[\w.-]*\.env|launchSettings\.json)$|(^|\/)(kubernetes-manifests|k8s|kubernetes|helm|charts|deploy|\.github)\//;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function hardcodedHosts(files, unitFiles, names) {
  if (!names.size) return [];
  const alt = [...names.keys()].map(escape).join("|");
  const re = new RegExp(
    `(?:://|@)(${alt})(?=[:/"'\`]|$)|["'\`](${alt}):\\d{2,5}["'\`/]|\\b(?:host|hostname|server|addr|address)\\w*["']?\\s*[:=]>?\\s*["'](${alt})["']|Host=(${alt})\\b|Server=(${alt})\\b`,
    "i"
  );
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const p of unitFiles) {
    if (!CODE_OR_CONFIG.test(p) || NOT_HOST_FILES.test(p)) continue;
    const lines = files.lines(p);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.length > 400 || /^\s*(#|\/\/)/.test(line)) continue;
      const m = re.exec(line);
      if (!m) continue;
      const host = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).toLowerCase();
      const key2 = `${host}@${p}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      out.push({ host, target: names.get(host), evidence: { file: p, line: i + 1, excerpt: line.trim().slice(0, 160) } });
    }
  }
  return out;
}
const LOOPBACK_LISTEN = /(listen|ListenAndServe|\.run|bind|Listen|UseUrls|serve|uvicorn|gunicorn|runserver|--host|-b|host\s*[=:])\W[^\n]*?["'\s=](127\.0\.0\.1|localhost)(?::\d+)?["'\s,)]/;
function loopbackBind(files, unitFiles) {
  for (const p of unitFiles) {
    if (!/\.(py|js|mjs|ts|go|rs|cs|rb|php|java|kt)$|(^|\/)(Dockerfile[\w.-]*|Procfile)$/.test(p)) continue;
    const lines = files.lines(p);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.length > 400 || /^\s*(#|\/\/)/.test(line) || /connect|client|redis|mongo|postgres|mysql|amqp|fetch\(|request|url\s*=|proxy/i.test(line))
        continue;
      const m = LOOPBACK_LISTEN.exec(line);
      if (m) return { address: m[2], file: p, line: i + 1, excerpt: line.trim().slice(0, 160) };
    }
  }
  return null;
}
const ROLE_RULES = [
  {
    role: "test",
    name: /^(sut|tests?|e2e|integration[-_]?tests?|playwright|cypress|selenium|test[-_][\w-]+|[\w-]+[-_]tests?)$/i,
    reason: "test runner (name)"
  },
  { role: "test", image: /(^|\/)(cypress\/\w+|mcr\.microsoft\.com\/playwright|selenium\/[\w-]+)(:|$)/, reason: "test runner (image)" },
  {
    role: "test",
    command: /\b(pytest|py\.test|npm (run )?test|yarn test|go test|rspec|phpunit|playwright test|cypress run|mvn\b.*\btest\b|dotnet test|cargo test)\b/,
    reason: "test runner (command)"
  },
  {
    role: "load-generator",
    name: /^(load[-_]?gen(erator)?|loadtest|locust|k6|artillery|jmeter|vegeta|traffic[-_]?gen\w*)$/i,
    reason: "load generator (name)"
  },
  {
    role: "load-generator",
    image: /(^|\/)(locustio\/locust|grafana\/k6|loadimpact\/k6|artilleryio\/artillery|justb4\/jmeter)(:|$)/,
    reason: "load generator (image)"
  },
  { role: "load-generator", command: /\b(locust|k6 run|artillery run|jmeter)\b/, reason: "load generator (command)" },
  {
    role: "optional",
    name: /^(flower|celery[-_]?flower)$/i,
    image: /(^|\/)mher\/flower(:|$)/,
    command: /\bflower\b/,
    reason: "monitoring dashboard (Celery Flower): not needed to serve; deploy it behind authentication if wanted"
  },
  {
    role: "dev-tool",
    name: /(^|[-_])emulators?$/i,
    image: /emulators?(:|$)|(^|\/)(gcr\.io\/google\.com\/cloudsdktool\/[\w-]+|mtlynch\/firestore-emulator[\w-]*)(:|$)/,
    reason: "local emulator of a cloud service"
  },
  {
    role: "dev-tool",
    image: /(^|\/)(adminer|dpage\/pgadmin4|phpmyadmin(\/phpmyadmin)?|mailhog\/mailhog|axllent\/mailpit|maildev\/maildev|schickling\/mailcatcher|localstack\/localstack|rediscommander\/redis-commander|mongo-express|provectuslabs\/kafka-ui|portainer\/portainer(-ce)?|swaggerapi\/swagger-ui|amir20\/dozzle|minio\/minio|mcr\.microsoft\.com\/azure-storage\/azurite|amazon\/dynamodb-local|stripe\/stripe-cli|ngrok\/ngrok|soketi|quay\.io\/soketi)(:|$)/,
    reason: "development tool (image)"
  },
  {
    role: "dev-tool",
    name: /^(adminer|pgadmin|phpmyadmin|mailhog|mailpit|maildev|mailcatcher|mail|smtp|localstack|redis-?commander|mongo-?express|kafka-?ui|portainer|swagger(-ui)?|dozzle|minio|azurite|ngrok|stripe(-cli)?|docs|storybook|devcontainer|dev|watch|webpack|vite|tailwind|assets|js|css)$/i,
    reason: "development tool (name)"
  },
  {
    role: "dev-tool",
    command: /\b(--reload\b|nodemon|npm run dev|yarn dev|pnpm dev|watch|webpack --watch|vite\b(?! build)|bin\/dev|tailwindcss .*--watch)\b/,
    reason: "development server (command)"
  },
  {
    role: "dev-tool",
    name: /^(c4|docs?|tools?|hack|devtools?|generator|codegen|openapi[-_]?gen\w*)$/i,
    reason: "development tooling (name)"
  },
  { role: "seed", name: /^(seed|seeder|seeds|fixtures|db[-_]?seed|populate|loaddata)$/i, reason: "data seeding (name)" },
  { role: "seed", command: /\b(db:seed|loaddata|seed(er)?\b|populate_db|prisma db seed)\b/, reason: "data seeding (command)" },
  {
    role: "one-off",
    command: /\b(migrate|db:migrate|db:prepare|alembic upgrade|prestart|collectstatic|prisma migrate|migration:run|flyway|liquibase|diesel migration|sqlx migrate|knex migrate|sequelize db:migrate|ef database update)\b/,
    reason: "runs to completion (command)"
  },
  {
    role: "one-off",
    name: /^(migrate|migrations?|migrator|prestart|db[-_]?migrate|init|setup|createbuckets|bootstrap)$/i,
    reason: "runs to completion (name)"
  },
  {
    role: "optional",
    image: /(^|\/)(grafana\/[\w-]+|prom\/[\w-]+|openzipkin\/zipkin|jaegertracing\/[\w-]+|otel\/opentelemetry-collector[\w-]*|docker\.elastic\.co\/(kibana|logstash|beats)\/\w+|kibana|fluent\/fluentd|datadog\/agent|cadvisor|gcr\.io\/cadvisor\/cadvisor)(:|$)/,
    reason: "observability tooling: CloudWatch / managed services take its place"
  },
  {
    role: "optional",
    image: /(^|\/)(nginx|traefik|haproxy|caddy|envoyproxy\/envoy|nginxinc\/nginx-unprivileged|jwilder\/nginx-proxy|nginxproxy\/[\w-]+)(:|$)/,
    reason: "reverse proxy: the load balancer takes its place"
  },
  {
    role: "optional",
    name: /^(nginx|proxy|traefik|caddy|haproxy|reverse[-_]?proxy|certbot|letsencrypt)$/i,
    reason: "reverse proxy: the load balancer takes its place"
  },
  {
    role: "worker",
    command: /\bcelery\b.*\b(worker|beat)\b|\b(rq|rqworker|dramatiq|arq|huey_consumer|sidekiq|good_job|solid_queue|resque|delayed_job)\b|\b(queue:work|queue:listen|horizon|schedule:work)\b|\bjobs:work\b/,
    reason: "background worker (command)"
  },
  {
    role: "worker",
    name: /^(worker|workers|celery|celery[-_]?(worker|beat)|beat|scheduler|sidekiq|queue|jobs|cron|consumer)$/i,
    reason: "background worker (name)"
  }
];
function ruleRole(name, image, command, only) {
  for (const r of ROLE_RULES) {
    if (only && !only.has(r.role)) continue;
    if (r.name && r.name.test(name)) return { role: r.role, reason: `${r.reason}: ${name}` };
    if (r.image && image && r.image.test(image)) return { role: r.role, reason: `${r.reason}: ${image}` };
    if (r.command && command && r.command.test(command)) return { role: r.role, reason: `${r.reason}: ${command.slice(0, 80)}` };
  }
  return null;
}
const NOT_DEPLOYED = /* @__PURE__ */ new Set([
  "test",
  "seed",
  "load-generator",
  "dev-tool",
  "optional",
  "datastore"
]);
const FOLDER_ROLES = /* @__PURE__ */ new Set(["test", "load-generator", "seed"]);
const SELF_DEPLOY = [
  { tool: "SST", file: /(^|\/)sst\.config\.[cm]?[jt]s$|(^|\/)sst\.json$/ },
  { tool: "Serverless Framework", file: /(^|\/)serverless\.(ya?ml|json|[jt]s)$/ },
  { tool: "AWS SAM", file: /(^|\/)(template|sam)\.ya?ml$/, contains: /AWS::Serverless/ },
  { tool: "AWS CDK", file: /(^|\/)cdk\.json$/ },
  { tool: "AWS Amplify", file: /(^|\/)amplify\.ya?ml$|(^|\/)amplify\/backend\/backend-config\.json$|(^|\/)amplify\/backend\.ts$/ }
];
const SQL_FAMILY = /* @__PURE__ */ new Set(["postgresql", "mysql", "mariadb", "sqlserver", "oracle", "h2", "sqlite"]);
const USE_MARKERS = {
  memcached: /mem_cache_store|dalli_store|Dalli::Client|pymemcache|pylibmc|memcache\.Client|MemcachedCache|PyMemcacheCache|PyLibMCCache|\bmemjs\b|gomemcache|MEMCACHE\w*|memcached:\/\//i
};
const ADAPTER_MARKERS = [
  { pattern: /Ecto\.Adapters\.Postgres|adapter:\s*['"]?postgres(ql)?\b|django\.db\.backends\.postgresql|UseNpgsql\(/, store: "postgresql" },
  { pattern: /Ecto\.Adapters\.(MyXQL|MySQL)|adapter:\s*['"]?(mysql2?|trilogy)\b|django\.db\.backends\.mysql|UseMySql\(/, store: "mysql" },
  { pattern: /Ecto\.Adapters\.Tds|UseSqlServer\(/, store: "sqlserver" }
];
function variablesOf(store, env) {
  return env.filter((e) => {
    if (e.target) return e.target === store;
    if (SQL_FAMILY.has(store)) return e.carries.startsWith("database-");
    if (store === "elasticsearch" || store === "opensearch") return e.carries === "search-url";
    if (store === "redis") return e.carries.startsWith("cache-");
    if (store === "mongodb") return e.carries === "mongodb-url";
    if (e.carries === "broker-url") return e.name.toLowerCase().includes(store.toLowerCase());
    return false;
  });
}
function usedDatastores(unit, files, runtime, running) {
  const keep = [];
  const dropped = [];
  const evidenced = (s) => running.has(s) || variablesOf(s, unit.env).some((e) => e.required) || s === "mariadb" && variablesOf("mysql", unit.env).some((e) => e.required);
  const stores = unit.datastores.map((s) => s === "mysql" && running.has("mariadb") && !running.has("mysql") ? "mariadb" : s);
  const sqlEvidenced = stores.filter((s) => SQL_FAMILY.has(s) && evidenced(s));
  for (const s of [...new Set(stores)]) {
    if (evidenced(s)) {
      keep.push(s);
      continue;
    }
    if (EMBEDDED_STORES.has(s) && !sqlEvidenced.length) {
      keep.push(s);
      continue;
    }
    if (SQL_FAMILY.has(s) && sqlEvidenced.length) {
      dropped.push({ store: s, reason: `a driver beside ${sqlEvidenced.join(", ")}, which the application is configured to use` });
      continue;
    }
    const vars = variablesOf(s, unit.env);
    if (vars.length) {
      dropped.push({
        store: s,
        reason: `optional: ${vars.slice(0, 3).map((v) => v.name).join(", ")} ${vars.length > 1 ? "are" : "is"} read with a default or only when set (${vars[0].evidence[0]?.file ?? "code"})`
      });
      continue;
    }
    const marker = USE_MARKERS[s];
    if (marker && !runtime.some((p) => files.lines(p).some((l) => marker.test(l) && !/^\s*(#|\/\/|--|\*)/.test(l)))) {
      dropped.push({ store: s, reason: "a client library in the dependencies that nothing configures" });
      continue;
    }
    keep.push(s);
  }
  return { keep, dropped };
}
const MAX_PROJECTS = 50;
function normalize(parts) {
  const out = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (!out.length) return null;
      out.pop();
    } else out.push(p);
  }
  return out.join("/");
}
function referencedFolders(files, own, unitPath) {
  const seen = /* @__PURE__ */ new Set();
  const queue = own.filter((p) => /\.(cs|fs|vb)proj$/.test(p));
  const done = /* @__PURE__ */ new Set();
  while (queue.length && seen.size < MAX_PROJECTS) {
    const proj = queue.shift();
    if (done.has(proj)) continue;
    done.add(proj);
    for (const m of (files.read(proj) ?? "").matchAll(/<ProjectReference\s+Include\s*=\s*"([^"]+)"/g)) {
      const rel = m[1].replace(/\\/g, "/");
      const base = dirOf(proj);
      const target = normalize([...base === "." ? [] : base.split("/"), ...rel.split("/")]);
      if (!target || !files.all.includes(target)) continue;
      const folder = dirOf(target);
      if (folder !== unitPath && !seen.has(folder)) {
        seen.add(folder);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}
function sharedRuntimeFiles(files, folders) {
  if (!folders.length) return [];
  const prefixes = folders.map((f) => f === "." ? "" : `${f}/`);
  return files.runtime.filter((p) => prefixes.some((x) => p.startsWith(x)));
}
function goImportedFolders(files, own, unitPath) {
  const gomod = own.find((p) => p === (unitPath === "." ? "go.mod" : `${unitPath}/go.mod`));
  if (!gomod) return [];
  const local = /* @__PURE__ */ new Map();
  for (const m of (files.read(gomod) ?? "").matchAll(/^\s*(?:replace\s+)?(\S+)(?:\s+v\S+)?\s+=>\s+(\.{1,2}\/\S*)\s*$/gm)) {
    const base = unitPath === "." ? [] : unitPath.split("/");
    const folder = normalize([...base, ...m[2].split("/")]);
    if (folder !== null) local.set(m[1], folder);
  }
  if (!local.size) return [];
  const out = /* @__PURE__ */ new Set();
  for (const p of own.filter((x) => x.endsWith(".go") && !x.endsWith("_test.go")))
    for (const m of (files.read(p) ?? "").matchAll(/"([\w.\-/]+)"/g))
      for (const [mod, folder] of local)
        if (m[1] === mod || m[1].startsWith(`${mod}/`))
          out.add(normalize([...folder ? folder.split("/") : [], ...m[1].slice(mod.length).split("/")]) ?? folder);
  return [...out].sort();
}
function packageRuntimeFiles(files, folders) {
  if (!folders.length) return [];
  const set = new Set(folders);
  return files.runtime.filter((p) => p.endsWith(".go") && set.has(dirOf(p)));
}
function calledFromUnit(files, own, file, line) {
  const lines = files.lines(file);
  let fn;
  for (let k = Math.min(line - 1, lines.length - 1); k >= 0; k--) {
    const m = /^func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)\s*\(/.exec(lines[k]);
    if (m) {
      fn = m[1];
      break;
    }
    if (/^\}/.test(lines[k]) && k < line - 1) return true;
  }
  if (!fn || fn === "init") return true;
  const call = new RegExp(`\\.${fn}\\(`);
  return own.some((p) => p.endsWith(".go") && call.test(files.read(p) ?? ""));
}
const CODE_EXTENSIONS = [".ts", ".js", ".mjs", ".cjs", ".mts", ".py", ".rb", ".tsx"];
const joinRel = (...parts) => {
  const p = posix$1.normalize(parts.filter((x) => x && x !== ".").join("/") || ".");
  return p.replace(/^\.\//, "").replace(/\/$/, "") || ".";
};
const inside = (p) => !p.startsWith("..") && !p.startsWith("/");
function handlerModule(handler) {
  const i = handler.lastIndexOf(".");
  return i > 0 ? handler.slice(0, i) : handler;
}
function handlerSource(all, base, handler) {
  const mod = joinRel(base, handlerModule(handler));
  if (!inside(mod)) return null;
  for (const ext of CODE_EXTENSIONS) if (all.has(mod + ext)) return mod + ext;
  for (const ext of CODE_EXTENSIONS) if (all.has(`${mod}/index${ext}`)) return `${mod}/index${ext}`;
  return null;
}
function runtimeOfFile(file) {
  if (!file) return null;
  if (/\.py$/.test(file)) return "python";
  if (/\.[cm]?[jt]sx?$/.test(file)) return "nodejs";
  if (/\.rb$/.test(file)) return "ruby";
  return null;
}
const METHODS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]);
const PATH = /^\/[A-Za-z0-9._~{}+/-]{0,255}$/;
function normalizeRoute(method, path) {
  const m = method.trim().toUpperCase() === "*" ? "ANY" : method.trim().toUpperCase();
  if (!METHODS.has(m)) return null;
  let p = path.trim();
  if (p === "$default") return { method: "ANY", path: "/{proxy+}" };
  if (!p.startsWith("/")) p = `/${p}`;
  p = p.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, "{$1}").replace(/\/\*$/, "/{proxy+}").replace(/(.)\/$/, "$1");
  return PATH.test(p) ? { method: m, path: p } : null;
}
function parseRouteKey(key2) {
  if (key2.trim() === "$default") return { method: "ANY", path: "/{proxy+}" };
  const m = /^\s*([A-Za-z*]+)\s+(\S+)\s*$/.exec(key2);
  return m ? normalizeRoute(m[1], m[2]) : null;
}
function readConstructStores(file, text2, p, out) {
  for (const m of text2.matchAll(p.table)) {
    const body = m[2] ?? "";
    const hash = p.hashKey.exec(body)?.[1];
    const range = p.rangeKey.exec(body)?.[1];
    out.stores.push({
      kind: "dynamodb",
      name: m[1],
      ...hash ? { hashKey: hash } : {},
      ...range ? { rangeKey: range } : {},
      evidence: { file, line: lineAt(text2, m.index) }
    });
  }
  for (const m of text2.matchAll(p.bucket)) out.stores.push({ kind: "s3", name: m[1], evidence: { file, line: lineAt(text2, m.index) } });
}
const CDK_SOURCE = /\.(ts|js|mjs)$/;
const SKIP$1 = /(^|\/)(node_modules|cdk\.out|test|tests|__tests__|dist)\//;
const S = String.raw`["'\`]([^"'\`\n]+)["'\`]`;
const FN_NEW = new RegExp(
  String.raw`(?:(?:const|let|var)\s+(\w+)\s*=\s*|this\.(\w+)\s*=\s*)?new\s+(?:\w+\.)?(Function|NodejsFunction|PythonFunction|GoFunction)\(\s*this\s*,\s*${S}\s*,\s*\{([^]*?)\}\s*\)`,
  "g"
);
const INTEGRATION = /(?:const|let|var)\s+(\w+)\s*=\s*new\s+(?:\w+\.)?(?:LambdaIntegration\(\s*(?:this\.)?(\w+)|HttpLambdaIntegration\(\s*["'`][^"'`]*["'`]\s*,\s*(?:this\.)?(\w+))/g;
const RESOURCE = /(?:const|let|var)\s+(\w+)\s*=\s*((?:this\.)?\w+(?:\.root)?)\.addResource\(\s*["'`]([^"'`]+)["'`]/g;
const METHOD = /((?:this\.)?\w+(?:\.root)?)\.addMethod\(\s*["'`](\w+)["'`]\s*,\s*(?:new\s+(?:\w+\.)?LambdaIntegration\(\s*(?:this\.)?(\w+)|(\w+))/g;
const ADD_ROUTES = /\.addRoutes\(\s*\{([^]*?)\}\s*\)/g;
const TABLE_NEW$1 = new RegExp(String.raw`new\s+(?:\w+\.)?Table\(\s*this\s*,\s*${S}\s*,\s*\{([^]*?)\}\s*\)`, "g");
const BUCKET_NEW$1 = new RegExp(String.raw`new\s+(?:\w+\.)?Bucket\(\s*this\s*,\s*${S}`, "g");
const STORES$1 = {
  table: TABLE_NEW$1,
  bucket: BUCKET_NEW$1,
  hashKey: /partitionKey\s*:\s*\{\s*name\s*:\s*["'`](\w+)["'`]/,
  rangeKey: /sortKey\s*:\s*\{\s*name\s*:\s*["'`](\w+)["'`]/
};
function pathExpression(expr, fileDir) {
  const e = expr.trim();
  const literal = /^["'`]([^"'`]+)["'`]$/.exec(e);
  if (literal) return joinRel(fileDir, literal[1]);
  const call = /^(?:path\.)?(?:join|resolve)\(\s*__dirname\s*((?:,\s*["'`][^"'`]+["'`]\s*)*)\)$/.exec(e);
  if (!call) return null;
  const parts = [...call[1].matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
  const p = joinRel(fileDir, ...parts);
  return inside(p) ? p : null;
}
function cdkRuntime(body) {
  const m = /Runtime\.(NODEJS|PYTHON|JAVA|RUBY|DOTNET|PROVIDED)_?([\w]*)/.exec(body);
  if (!m) return null;
  const v = m[2].replace(/_X$/, ".x").replace(/_/g, ".").replace(/^\./, "");
  const family = m[1].toLowerCase();
  if (family === "provided") return "provided.al2023";
  return family === "python" ? `python${v}` : `${family}${v}`;
}
function cdkSources(files, cdkJson) {
  const dir = cdkJson.includes("/") ? cdkJson.slice(0, cdkJson.lastIndexOf("/") + 1) : "";
  return files.all.filter((p) => p.startsWith(dir) && CDK_SOURCE.test(p) && !SKIP$1.test(p.slice(dir.length)) && !/\.d\.ts$/.test(p));
}
function readCdk(files, cdkJson, all, out) {
  for (const file of cdkSources(files, cdkJson)) {
    const text2 = files.read(file) ?? "";
    if (!/\bnew\s+(?:\w+\.)?(Function|NodejsFunction|PythonFunction|GoFunction|Table|Bucket)\(/.test(text2)) continue;
    const dir = posix$1.dirname(file);
    const byVar = /* @__PURE__ */ new Map();
    for (const m of text2.matchAll(FN_NEW)) {
      const [, constVar, thisVar, ctor, id, body] = m;
      const line = lineAt(text2, m.index);
      const handlerProp = /\bhandler\s*:\s*["'`]([^"'`]+)["'`]/.exec(body)?.[1];
      const entryExpr = /\bentry\s*:\s*((?:path\.)?(?:join|resolve)\([^)]*\)|["'`][^"'`\n]+["'`])/.exec(body)?.[1];
      const assetExpr = /Code\.fromAsset\(\s*((?:path\.)?(?:join|resolve)\([^)]*\)|["'`][^"'`\n]+["'`])/.exec(body)?.[1];
      let handler;
      let source;
      let codeDir;
      if (ctor === "NodejsFunction" || ctor === "PythonFunction" || ctor === "GoFunction") {
        const entry = entryExpr ? pathExpression(entryExpr.trim(), dir) : null;
        if (!entry) {
          out.warnings.push({ message: `${file}: ${ctor} "${id}": entry not read statically`, evidence: { file, line } });
          continue;
        }
        if (ctor === "PythonFunction") {
          const index = /\bindex\s*:\s*["'`]([^"'`]+)["'`]/.exec(body)?.[1] ?? "index.py";
          codeDir = entry;
          source = all.has(joinRel(entry, index)) ? joinRel(entry, index) : null;
          handler = `${index.replace(/\.py$/, "")}.${handlerProp ?? "handler"}`;
        } else {
          source = all.has(entry) ? entry : null;
          codeDir = posix$1.dirname(entry);
          handler = `${posix$1.basename(entry).replace(/\.[^.]+$/, "")}.${handlerProp ?? "handler"}`;
        }
      } else {
        const asset = assetExpr ? pathExpression(assetExpr.trim(), dir) : null;
        if (!asset || !handlerProp) {
          out.warnings.push({ message: `${file}: Function "${id}": code or handler not read statically`, evidence: { file, line } });
          continue;
        }
        codeDir = asset;
        handler = handlerProp;
        source = handlerSource(all, asset, handlerProp);
      }
      const fn = {
        name: id,
        handler,
        source,
        codeDir,
        runtime: cdkRuntime(body) ?? runtimeOfFile(source),
        routes: [],
        env: [...(/\benvironment\s*:\s*\{([^}]*)\}/.exec(body)?.[1] ?? "").matchAll(/(?:^|[,{\s])["']?([A-Z][A-Z0-9_]*)["']?\s*:/g)].map(
          (x) => x[1]
        ),
        tool: "cdk",
        evidence: { file, line, excerpt: `${ctor} ${id}` }
      };
      out.functions.push(fn);
      const v = constVar ?? thisVar;
      if (v) byVar.set(v, fn);
    }
    const integrations = /* @__PURE__ */ new Map();
    for (const m of text2.matchAll(INTEGRATION)) {
      const fn = byVar.get(m[2] ?? m[3] ?? "");
      if (fn) integrations.set(m[1], fn);
    }
    const paths = /* @__PURE__ */ new Map();
    const pathOf = (v) => /\.root$/.test(v) ? "" : paths.get(v.replace(/^this\./, "")) ?? null;
    for (const m of text2.matchAll(RESOURCE)) {
      const parent = pathOf(m[2]);
      if (parent !== null) paths.set(m[1], `${parent}/${m[3]}`);
    }
    for (const m of text2.matchAll(METHOD)) {
      const path = pathOf(m[1]);
      const fn = m[3] ? byVar.get(m[3]) : integrations.get(m[4] ?? "");
      const route = path !== null ? normalizeRoute(m[2], path || "/") : null;
      if (fn && route) fn.routes.push({ ...route, api: "rest", evidence: { file, line: lineAt(text2, m.index) } });
    }
    for (const m of text2.matchAll(ADD_ROUTES)) {
      const body = m[1];
      const path = /\bpath\s*:\s*["'`]([^"'`]+)["'`]/.exec(body)?.[1];
      const integ = /\bintegration\s*:\s*(?:new\s+(?:\w+\.)?HttpLambdaIntegration\(\s*["'`][^"'`]*["'`]\s*,\s*(?:this\.)?(\w+)|(?:this\.)?(\w+))/.exec(
        body
      );
      const fn = integ ? byVar.get(integ[1] ?? "") ?? integrations.get(integ[2] ?? "") : void 0;
      const methods = [
        ...(/\bmethods\s*:\s*\[([^\]]*)\]/.exec(body)?.[1] ?? "ANY").matchAll(/(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)/g)
      ].map((x) => x[1]);
      for (const method of methods.length ? methods : ["ANY"]) {
        const route = path ? normalizeRoute(method, path) : null;
        if (fn && route) fn.routes.push({ ...route, api: "http", evidence: { file, line: lineAt(text2, m.index) } });
      }
    }
    readConstructStores(file, text2, STORES$1, out);
  }
}
const FOLDER = /(^|\/)(functions|lambdas?|handlers|lambda-functions)\/(?:([\w.-]+)\/(?:src\/)?)?(handler|index|app|main|lambda_function|lambda|[\w-]+)\.(js|mjs|cjs|ts|py)$/;
const SKIP = /(^|\/)(node_modules|tests?|__tests__|dist|build|\.aws-sam|\.serverless|cdk\.out)\//;
const EXPORTS = [
  {
    language: "js",
    pattern: /^\s*(?:export\s+(?:const|let|async\s+function|function)\s+(\w*[hH]andler\w*|main)\b|(?:module\.)?exports\.(\w*[hH]andler\w*|main)\s*=)/m
  },
  { language: "py", pattern: /^def\s+(lambda_handler|handler|\w+_handler)\s*\(\s*event\s*,\s*context\s*\)/m }
];
function readFolders(files, out) {
  for (const file of files.runtime) {
    const m = FOLDER.exec(file);
    if (!m || SKIP.test(file)) continue;
    const text2 = files.read(file) ?? "";
    const py = file.endsWith(".py");
    const hit = EXPORTS.find((e) => e.language === (py ? "py" : "js")).pattern.exec(text2);
    if (!hit) continue;
    const exportName = hit[1] ?? hit[2];
    const line = text2.slice(0, hit.index + (hit[0].length - hit[0].trimStart().length)).split("\n").length;
    const codeDir = posix$1.dirname(file);
    const base = posix$1.basename(file).replace(/\.[^.]+$/, "");
    const name = m[3] ?? base;
    out.functions.push({
      name,
      handler: `${base}.${exportName}`,
      source: file,
      codeDir,
      runtime: runtimeOfFile(file),
      // No configuration says the route: the function's folder name, every method, and below it.
      routes: [
        { method: "ANY", path: `/${name}`, api: "http", evidence: { file, line } },
        { method: "ANY", path: `/${name}/{proxy+}`, api: "http", evidence: { file, line } }
      ].filter((r) => /^\/[A-Za-z0-9._~-]+/.test(r.path)),
      env: [],
      tool: "folder",
      evidence: { file, line, excerpt: hit[0].trim().slice(0, 120) }
    });
  }
}
const INTRINSICS = [
  "Ref",
  "Condition",
  "GetAtt",
  "Sub",
  "Join",
  "Select",
  "Split",
  "If",
  "Equals",
  "Not",
  "And",
  "Or",
  "FindInMap",
  "ImportValue",
  "GetAZs",
  "Base64",
  "Cidr",
  "Transform",
  "ToJsonString",
  "Length"
];
const key = (name) => name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
const CFN_TAGS = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value) => ({ [key(name)]: value }) },
  { tag: `!${name}`, collection: "seq", resolve: (value) => ({ [key(name)]: value }) },
  { tag: `!${name}`, collection: "map", resolve: (value) => ({ [key(name)]: value }) }
]);
function parseYamlConfig(text2) {
  const counter = new distExports.LineCounter();
  const lineOf = (n) => n?.range ? counter.linePos(n.range[0]).line : 1;
  let doc;
  try {
    doc = distExports.parseDocument(text2, { lineCounter: counter, customTags: CFN_TAGS, uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    return { root: null, error: { line: 1, message: error.message.split("\n")[0] }, lineOf };
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? (first.pos ? counter.linePos(first.pos[0]).line : 1);
    return { root: null, error: { line, message: first.message.split("\n")[0] }, lineOf };
  }
  const root = doc.contents ?? null;
  return { root: distExports.isMap(root) ? root : null, lineOf };
}
function get(n, k) {
  if (!distExports.isMap(n)) return void 0;
  const pair = n.items.find((p) => distExports.isScalar(p.key) && String(p.key.value) === k);
  return pair?.value ?? void 0;
}
function entries(n) {
  if (!distExports.isMap(n)) return [];
  return n.items.flatMap(
    (p) => distExports.isScalar(p.key) ? [[String(p.key.value), p.value ?? null, p.key]] : []
  );
}
function items(n) {
  return distExports.isSeq(n) ? n.items : [];
}
function text(n) {
  if (!distExports.isScalar(n)) return null;
  const v = n.value;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : null;
}
const SAM_FILE = /(^|\/)(template|sam)\.ya?ml$/;
const SAM_MARK = /AWS::Serverless/;
function readSam(files, file, all, out) {
  const parsed = parseYamlConfig(files.read(file) ?? "");
  if (parsed.error || !parsed.root) {
    const e = parsed.error ?? { line: 1, message: "not a mapping" };
    out.warnings.push({ message: `cannot read ${file}: ${e.message}`, evidence: { file, line: e.line } });
    return;
  }
  const { root, lineOf } = parsed;
  const dir = posix$1.dirname(file);
  const globals = get(get(root, "Globals"), "Function");
  const resources = get(root, "Resources");
  for (const [name, res, keyNode] of entries(resources)) {
    if (text(get(res, "Type")) !== "AWS::Serverless::Function") continue;
    const props = get(res, "Properties");
    const prop = (k) => get(props, k) ?? get(globals, k);
    const line = lineOf(keyNode);
    if (text(prop("PackageType")) === "Image") {
      out.warnings.push({
        message: `${file}: ${name} is a container-image function: not generated as a zip function`,
        evidence: { file, line }
      });
      continue;
    }
    const handler = text(prop("Handler"));
    if (!handler) {
      out.warnings.push({ message: `${file}: ${name} has no Handler it can read`, evidence: { file, line } });
      continue;
    }
    const codeUri = text(prop("CodeUri"));
    const codeDir = joinRel(dir, codeUri ?? ".");
    const source = handlerSource(all, codeDir, handler);
    const routes = [];
    for (const [evName, ev, evKey] of entries(get(props, "Events"))) {
      const type = text(get(ev, "Type"));
      if (type !== "Api" && type !== "HttpApi") continue;
      const p = get(ev, "Properties");
      const route = normalizeRoute(text(get(p, "Method")) ?? "ANY", text(get(p, "Path")) ?? (type === "HttpApi" ? "$default" : ""));
      if (route) routes.push({ ...route, api: type === "Api" ? "rest" : "http", evidence: { file, line: lineOf(evKey) } });
      else
        out.warnings.push({ message: `${file}: ${name} event ${evName}: route not understood`, evidence: { file, line: lineOf(evKey) } });
    }
    const envNames = [
      ...entries(get(get(globals, "Environment"), "Variables")).map(([k]) => k),
      ...entries(get(get(props, "Environment"), "Variables")).map(([k]) => k)
    ];
    out.functions.push({
      name,
      handler,
      source,
      codeDir,
      runtime: text(prop("Runtime")) ?? runtimeOfFile(source),
      routes,
      env: [...new Set(envNames)],
      tool: "sam",
      evidence: { file, line, excerpt: `${name}: Handler ${handler}` }
    });
  }
  out.stores.push(...cfnStores(resources, file, lineOf));
  for (const [name, res, keyNode] of entries(resources)) {
    const type = text(get(res, "Type"));
    if ((type === "AWS::Serverless::HttpApi" || type === "AWS::Serverless::Api") && get(get(get(res, "Properties"), "Auth"), "Authorizers"))
      out.warnings.push({
        message: `${file}: ${name} declares authorizers; the generated HTTP API has none (add one before exposing the routes)`,
        evidence: { file, line: lineOf(keyNode) }
      });
  }
}
function cfnStores(resources, file, lineOf) {
  const out = [];
  for (const [name, res, keyNode] of entries(resources)) {
    const type = text(get(res, "Type"));
    const props = get(res, "Properties");
    const evidence = { file, line: lineOf(keyNode), excerpt: `${name}: ${type}` };
    if (type === "AWS::DynamoDB::Table") {
      const keys = get(props, "KeySchema")?.items ?? [];
      const keyOf = (t2) => keys.map((k) => text(get(k, "KeyType")) === t2 ? text(get(k, "AttributeName")) : null).find(Boolean) ?? void 0;
      out.push({
        kind: "dynamodb",
        name,
        evidence,
        ...keyOf("HASH") ? { hashKey: keyOf("HASH") } : {},
        ...keyOf("RANGE") ? { rangeKey: keyOf("RANGE") } : {}
      });
    } else if (type === "AWS::Serverless::SimpleTable") {
      const pk = text(get(get(props, "PrimaryKey"), "Name")) ?? "id";
      out.push({ kind: "dynamodb", name, hashKey: pk, evidence });
    } else if (type === "AWS::S3::Bucket") out.push({ kind: "s3", name, evidence });
  }
  return out;
}
const SERVERLESS_FILE = /(^|\/)serverless\.(ya?ml|json|[jt]s)$/;
function readServerlessFramework(files, file, all, out) {
  if (!/\.ya?ml$/.test(file)) {
    out.warnings.push({
      message: `${posix$1.basename(file)} is code, not YAML: its functions are not read statically`,
      evidence: { file, line: 1 }
    });
    return;
  }
  const parsed = parseYamlConfig(files.read(file) ?? "");
  if (parsed.error || !parsed.root) {
    const e = parsed.error ?? { line: 1, message: "not a mapping" };
    out.warnings.push({ message: `cannot read ${file}: ${e.message}`, evidence: { file, line: e.line } });
    return;
  }
  const { root, lineOf } = parsed;
  const dir = posix$1.dirname(file);
  const provider = get(root, "provider");
  const defaultRuntime = text(get(provider, "runtime"));
  const providerEnv = entries(get(provider, "environment")).map(([k]) => k);
  const fns = get(root, "functions");
  if (fns && !entries(fns).length && !items(fns).length) {
    out.warnings.push({
      message: `${file}: "functions" is not a mapping (a \${file()} include?): not read`,
      evidence: { file, line: lineOf(fns) }
    });
  }
  const pairs = [...entries(fns), ...items(fns).flatMap((m) => entries(m))];
  for (const [name, body, keyNode] of pairs) {
    const handler = text(get(body, "handler"));
    if (!handler) {
      if (get(body, "image") === void 0)
        out.warnings.push({ message: `${file}: function "${name}" has no handler`, evidence: { file, line: lineOf(keyNode) } });
      continue;
    }
    const source = handlerSource(all, dir, handler);
    const routes = [];
    for (const ev of items(get(body, "events"))) {
      for (const kind of ["http", "httpApi"]) {
        const e = get(ev, kind);
        if (e === void 0) continue;
        const line = lineOf(e);
        const short = text(e);
        const r = short !== null ? shortRoute(short) : { method: text(get(e, "method")) ?? "ANY", path: text(get(e, "path")) ?? "" };
        const route = r && normalizeRoute(r.method, r.path);
        if (route) routes.push({ ...route, api: kind === "http" ? "rest" : "http", evidence: { file, line } });
        else out.warnings.push({ message: `${file}: function "${name}": ${kind} event not understood`, evidence: { file, line } });
      }
    }
    out.functions.push({
      name,
      handler,
      source,
      codeDir: dir,
      runtime: text(get(body, "runtime")) ?? defaultRuntime ?? runtimeOfFile(source),
      routes,
      env: [.../* @__PURE__ */ new Set([...providerEnv, ...entries(get(body, "environment")).map(([k]) => k)])],
      tool: "serverless",
      evidence: { file, line: lineOf(keyNode), excerpt: `${name}: handler ${handler}` }
    });
  }
  const stores = cfnStores(get(get(root, "resources"), "Resources"), file, lineOf);
  out.stores.push(...stores);
}
function shortRoute(s) {
  if (s.trim() === "*") return { method: "ANY", path: "/{proxy+}" };
  const m = /^\s*([A-Za-z*]+)\s+(\S+)\s*$/.exec(s);
  return m ? { method: m[1], path: m[2] } : null;
}
const SST_CONFIG = /(^|\/)sst\.config\.[cm]?[jt]s$/;
const SST_SOURCE = /\.[cm]?[jt]sx?$/;
const STR = String.raw`["'\`]([^"'\`\n]+)["'\`]`;
const ROUTE_CALL = new RegExp(String.raw`\.route\(\s*${STR}\s*,\s*(?:${STR}|\{[^}]*?\bhandler\s*:\s*${STR})`, "g");
const ROUTE_ENTRY = new RegExp(
  String.raw`["'\`]((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)\s+/[^"'\`\n]*|\$default)["'\`]\s*:\s*(?:${STR}|\{\s*(?:function\s*:\s*(?:${STR}|\{[^}]*?\bhandler\s*:\s*${STR})|[^}]*?\bhandler\s*:\s*${STR}))`,
  "g"
);
const FUNCTION_NEW = new RegExp(
  String.raw`(?:(?:const|let|var)\s+(\w+)\s*=\s*)?new\s+(?:sst\.aws\.)?Function\(\s*(?:\w+\s*,\s*)?${STR}\s*,\s*\{[^]*?\bhandler\s*:\s*${STR}`,
  "g"
);
const ROUTE_VAR = new RegExp(String.raw`\.route\(\s*${STR}\s*,\s*(?:(?:\w+\.)?(\w+)\.arn|(?:\w+\.)?(\w+))\s*[,)]`, "g");
const TABLE_NEW = new RegExp(String.raw`new\s+(?:sst\.aws\.Dynamo|Table)\(\s*(?:\w+\s*,\s*)?${STR}\s*,\s*\{([^]*?)\}\s*\)`, "g");
const BUCKET_NEW = new RegExp(String.raw`new\s+(?:sst\.aws\.Bucket|Bucket)\(\s*(?:\w+\s*,\s*)?${STR}`, "g");
const STORES = {
  table: TABLE_NEW,
  bucket: BUCKET_NEW,
  hashKey: /(?:hashKey|partitionKey)\s*:\s*["'`](\w+)["'`]/,
  rangeKey: /(?:rangeKey|sortKey)\s*:\s*["'`](\w+)["'`]/
};
function sstSources(files, config) {
  const dir = config.includes("/") ? config.slice(0, config.lastIndexOf("/") + 1) : "";
  return files.all.filter(
    (p) => p === config || p.startsWith(dir) && SST_SOURCE.test(p) && /(^|\/)(infra|stacks)\//.test(p.slice(dir.length)) && !p.includes("node_modules/")
  );
}
function readSst(files, config, all, out) {
  const dir = dirOf(config);
  const byHandler = /* @__PURE__ */ new Map();
  const add = (file, line, handler, name, route) => {
    let fn = byHandler.get(handler);
    if (!fn) {
      const source = handlerSource(all, dir, handler);
      fn = {
        name,
        handler,
        source,
        codeDir: dir,
        runtime: runtimeOfFile(source),
        routes: [],
        env: [],
        tool: "sst",
        evidence: { file, line, excerpt: handler }
      };
      byHandler.set(handler, fn);
      out.functions.push(fn);
    }
    if (route) fn.routes.push({ ...route, api: "http", evidence: { file, line } });
  };
  const sources = sstSources(files, config);
  const byVar = /* @__PURE__ */ new Map();
  for (const file of sources) {
    const text2 = files.read(file) ?? "";
    for (const m of text2.matchAll(FUNCTION_NEW)) {
      add(file, lineAt(text2, m.index), m[3], m[2]);
      if (m[1]) byVar.set(m[1], m[3]);
    }
  }
  for (const file of sources) {
    const text2 = files.read(file) ?? "";
    for (const m of text2.matchAll(ROUTE_CALL)) routeFrom(file, text2, m.index, m[1], m[2] ?? m[3]);
    for (const m of text2.matchAll(ROUTE_VAR)) {
      const name = m[2] ?? m[3];
      const handler = byVar.get(name);
      if (handler) routeFrom(file, text2, m.index, m[1], handler);
      else
        out.warnings.push({
          message: `${file}: route "${m[1]}" names ${name}, not a Function it can read`,
          evidence: { file, line: lineAt(text2, m.index) }
        });
    }
    for (const m of text2.matchAll(ROUTE_ENTRY)) routeFrom(file, text2, m.index, m[1], m[2] ?? m[3] ?? m[4] ?? m[5]);
    readConstructStores(file, text2, STORES, out);
  }
  function routeFrom(file, text2, index, key2, handler) {
    const line = lineAt(text2, index);
    const route = parseRouteKey(key2);
    if (!route || !handler) {
      out.warnings.push({ message: `${file}: route "${key2}" not understood`, evidence: { file, line } });
      return;
    }
    add(file, line, handler, nameOf(handler), route);
  }
}
function nameOf(handler) {
  const mod = handler.slice(0, handler.lastIndexOf(".") > 0 ? handler.lastIndexOf(".") : handler.length);
  const parts = mod.split("/");
  const last = parts.pop() ?? mod;
  return last === "index" || last === "handler" ? parts.pop() ?? last : last;
}
const NOT_APP = /(^|\/)(node_modules|\.serverless|\.aws-sam|cdk\.out|\.sst|tests?|__tests__|examples?|fixtures)\//;
const READERS = [
  { tool: "sst", match: (p) => SST_CONFIG.test(p), read: readSst },
  { tool: "serverless", match: (p) => SERVERLESS_FILE.test(p), read: readServerlessFramework },
  { tool: "sam", match: (p, f) => SAM_FILE.test(p) && SAM_MARK.test(f.read(p) ?? ""), read: readSam },
  { tool: "cdk", match: (p) => /(^|\/)cdk\.json$/.test(p), read: readCdk }
];
const MAX_FUNCTIONS = 200;
function detectFunctions(files) {
  const app = files.all.filter((p) => !NOT_APP.test(p));
  for (const r of READERS) {
    const configs = app.filter((p) => r.match(p, files));
    if (!configs.length) continue;
    const all = new Set(files.all);
    const out2 = { tool: r.tool, configs, functions: [], stores: [], warnings: [] };
    for (const c of configs) {
      try {
        r.read(files, c, all, out2);
      } catch (error) {
        out2.warnings.push({ message: `cannot read ${c}: ${error.message}`, evidence: { file: c, line: 1 } });
      }
    }
    return bound(out2);
  }
  const out = { tool: "folder", configs: [], functions: [], stores: [], warnings: [] };
  readFolders(files, out);
  return out.functions.length ? bound(out) : void 0;
}
function bound(out) {
  if (out.functions.length > MAX_FUNCTIONS) {
    out.warnings.push({ message: `${out.functions.length} functions found: only the first ${MAX_FUNCTIONS} are kept` });
    out.functions = out.functions.slice(0, MAX_FUNCTIONS);
  }
  for (const f of out.functions) f.routes = f.routes.slice(0, 100);
  return out;
}
const STATIC_FRAMEWORKS = /^(vite|react|vue|angular|svelte|create-react-app|hugo|jekyll|gatsby|astro|eleventy|docusaurus|static-html)$/;
const SERVER_FRAMEWORKS = /^(nextjs|nuxt|remix|sveltekit|express|fastify|koa|hapi|nestjs|django|flask|fastapi|rails|sinatra|laravel|symfony|spring-boot|quarkus|micronaut|ktor|aspnetcore|gin|echo|fiber|chi|gorilla|axum|actix-web|rocket|warp)$/;
async function buildRunContract(root, profile) {
  return buildRunContractSync(root, profile);
}
function buildRunContractSync(root, profile) {
  const files = listRepoFiles(root);
  const compose = declaredCompose(files, profile.docker.compose);
  const procfiles = declaredProcfiles(files);
  const k8s = declaredKubernetes(files, profile.iac.kubernetes);
  const selfDeployed = detectSelfDeploy(files);
  const contract = { units: [], excluded: [], warnings: [] };
  if (selfDeployed) contract.selfDeployed = selfDeployed;
  const functions = detectFunctions(files);
  if (functions) contract.functions = withCodeEnv(functions, files);
  const unitPaths = profile.services.map((s) => s.path);
  const claimed = /* @__PURE__ */ new Set();
  const claimedK8s = /* @__PURE__ */ new Set();
  const allNames = [...profile.services.map((s) => s.name), ...compose.map((c) => c.name), ...k8s.map((w) => w.name)];
  const running = /* @__PURE__ */ new Set();
  const storeOfUnit = /* @__PURE__ */ new Map();
  for (const c of compose) {
    const store = c.image && !c.contextPath ? imageDatastore(c.image) : void 0;
    if (store) {
      running.add(store);
      claimed.add(c);
      exclude(contract, c.name, "datastore", `runs ${c.image} (${store}): replaced by a managed ${store}`);
    }
  }
  for (const w of k8s) {
    const store = w.image ? imageDatastore(w.image) : void 0;
    if (store) {
      running.add(store);
      claimedK8s.add(w);
      exclude(contract, w.name, "datastore", `runs ${w.image} (${store}): replaced by a managed ${store}`);
    }
  }
  for (const svc of profile.services) {
    const own = filesOfUnit(files.all, svc.path, unitPaths);
    const goShared = packageRuntimeFiles(files, goImportedFolders(files, own, svc.path));
    const runtime = [
      ...filesOfUnit(files.runtime, svc.path, unitPaths),
      ...sharedRuntimeFiles(files, referencedFolders(files, own, svc.path)),
      ...goShared
    ];
    const goSharedSet = new Set(goShared);
    const matching = compose.filter((c) => !claimed.has(c) && composeBuilds(c, svc));
    const workload = k8s.find((w) => !claimedK8s.has(w) && workloadRuns(w, svc));
    if (workload) claimedK8s.add(workload);
    const classified = matching.map((c) => {
      const rule = ruleRole(c.name, c.image, c.command);
      return { c, rule: rule?.role === "dev-tool" && rule.reason.startsWith("development server") ? null : rule };
    });
    const folder = basename(svc.path === "." ? "" : svc.path);
    const named = classified.find((x) => x.c.name === svc.name || x.c.name === folder);
    const mains = classified.filter((x) => !x.rule || x.rule.role === "optional");
    const main = (named && (!named.rule || named.rule.role === "worker" || named.rule.role === "optional") ? named.c : void 0) ?? mains[0]?.c;
    const mainRule = classified.find((x) => x.c === main)?.rule;
    const ownedByOther = (c) => c !== main && profile.services.some((o) => o !== svc && o.name === c.name);
    for (const x of classified) if (!ownedByOther(x.c)) claimed.add(x.c);
    const unit = baseUnit(svc);
    unit.origin = { kind: "profile" };
    const startRule = svc.start ? ruleRole(svc.name, void 0, svc.start, /* @__PURE__ */ new Set(["worker", "one-off"])) : null;
    const library = isLibrary(files, own);
    const folderRule = ruleRole(svc.name, void 0, svc.start ?? void 0, FOLDER_ROLES) ?? ruleRole(basename(svc.path), void 0, void 0, FOLDER_ROLES);
    const procs = procfiles.filter((p) => dirOfPath(p.file) === svc.path);
    const imageOnly = imageOnlyRole(files, own, svc.dockerfile) ?? (main?.mountsSource && !own.some((p) => /\.(py|js|ts|go|rs|java|kt|cs|rb|php)$/.test(p)) ? { role: "dev-tool", reason: `compose service ${main.name} runs code mounted from the host; its folder has none` } : null);
    const toolFolder = /(^|\/)(tools|scripts|hack|devtools|packaging)(\/|$)/.test(svc.path) ? { role: "dev-tool", reason: `development or packaging tooling folder ${svc.path}` } : /(^|\/)[\w-]*emulators?(\/|$)/i.test(svc.path) ? { role: "dev-tool", reason: `local emulator of a cloud service (${svc.path}): the managed service takes its place` } : null;
    const nestedStatic = profile.services.find(
      (o) => o !== svc && o.path !== "." && svc.path.startsWith(`${o.path}/`) && !o.frameworks.some((f) => STATIC_FRAMEWORKS.test(f))
    );
    const orchestrator = own.some((p) => /\.cs$/.test(p) && /DistributedApplication\.CreateBuilder/.test(files.read(p) ?? ""));
    const k8sMissing = !workload && k8s.length >= 3 && !main && !selfDeployed;
    const { role, reason } = folderRule ?? toolFolder ?? (library ? { role: "optional", reason: library } : null) ?? (startRule?.role === "worker" ? startRule : null) ?? imageOnly ?? (orchestrator ? { role: "dev-tool", reason: ".NET Aspire app host: orchestrates the services on a developer machine" } : null) ?? (k8sMissing ? { role: "optional", reason: "not among the Kubernetes workloads the repository deploys" } : null) ?? (mainRule?.role === "worker" && !selfDeployed ? mainRule : roleOfMain(svc, main, workload, procs, compose, selfDeployed?.tool));
    if (nestedStatic && role === "static") {
      unit.role = "static";
      unit.roleReason = `front end inside ${nestedStatic.path}: built into ${nestedStatic.name}'s image`;
      unit.deployed = false;
      contract.units.push(unit);
      continue;
    }
    unit.role = role;
    unit.roleReason = reason;
    if (role === "datastore" && imageOnly && "store" in imageOnly && imageOnly.store) {
      storeOfUnit.set(unit, imageOnly.store);
      if (main || workload) running.add(imageOnly.store);
    }
    unit.deployed = !NOT_DEPLOYED.has(role) && !selfDeployed;
    if (selfDeployed) unit.roleReason = `${reason}; deployed by the repository's own ${selfDeployed.tool} configuration`;
    if (main) {
      if (main.command && (!mainRule || mainRule.role === "worker") && !/\b(nodemon|--reload|runserver|npm run dev)\b/.test(main.command))
        unit.start = main.command;
      if (main.target) unit.image.target = main.target;
      unit.origin = { kind: "compose", file: main.file, name: main.name };
    }
    const web = procs.find((p) => p.type === "web");
    if (web) unit.start = web.command;
    if (workload) {
      unit.origin = { kind: "kubernetes", file: workload.file, name: workload.name };
      if (workload.ports[0] && unit.listenPort === null) unit.listenPort = workload.ports[0];
    }
    const reads = resolveConstants(
      runtime.flatMap(
        (p) => readsOfFile(p, files.lines(p)).filter((r) => !goSharedSet.has(p) || calledFromUnit(files, own, p, r.evidence.line ?? 1))
      ),
      runtime.filter((p) => p.endsWith(".cs")),
      files.lines
    );
    unit.env = requirements(reads, {
      implied: [
        ...impliedVariables(files, runtime, svc.frameworks, svc.datastores),
        ...libraryVariables(files, own, svc.path),
        ...layeredConfigVariables(files, own)
      ],
      compose: main,
      composeEnvFiles: main ? envFileEntries(files, main) : [],
      k8s: workload,
      examples: exampleEntries(
        files,
        own.filter((p) => ENV_EXAMPLE.test(p) || /(^|\/)\.env\.(dev|prod|production|docker)$/.test(p))
      ),
      examplesAreOwn: profile.services.length === 1 || svc.path !== ".",
      unitNames: allNames,
      deployedNames: new Set([...profile.services.map((s) => s.name), ...k8s.map((w) => w.name)].filter((n) => n !== svc.name)),
      stores: new Set(svc.datastores),
      imageEnv: dockerfileEnv(files, svc.dockerfile),
      activeProfiles: springActiveProfiles(files, own, svc.dockerfile),
      defaults: svc.frameworks.includes("symfony") ? exampleEntries(
        files,
        own.filter((p) => p === (svc.path === "." ? ".env" : `${svc.path}/.env`))
      ) : []
    });
    for (const e of unit.env)
      if (!e.target && /^database-/.test(e.carries))
        for (const ev of e.evidence) {
          const hit = ADAPTER_MARKERS.find((a) => a.pattern.test(files.read(ev.file) ?? ""));
          if (hit) {
            e.target = hit.store;
            break;
          }
        }
    for (const e of unit.env)
      if (e.required && e.target && /^(database|cache|mongodb|broker)/.test(e.carries) && !unit.datastores.includes(e.target))
        unit.datastores.push(e.target);
    const grpc = grpcIn(files, runtime);
    if (grpc.server || workload?.servicePortName === "grpc" || workload?.probe?.grpc) unit.protocol = "grpc";
    unit.health = healthOf(files, runtime, own, svc, unit, main, workload, grpc.health);
    if (!unit.deployed || unit.role === "worker" || unit.role === "static" || unit.role === "function") {
      if (unit.role === "worker") {
        unit.protocol = "none";
        unit.health = noHealth(unit.health.gracePeriodSeconds);
      }
    } else if (unit.health.source === "default" && unit.protocol === "http") {
      unit.warnings.push({ message: `no health endpoint found in code or configuration: the load balancer checks "${unit.health.path}"` });
    }
    unit.oneOff = oneOffCommands(files, svc.path, own, svc.frameworks);
    for (const p of procs.filter((x) => x.type === "release"))
      if (!unit.oneOff.some((o) => p.command.includes(o.command.split(" ").slice(-1)[0])))
        unit.oneOff.push({
          kind: /migrat/.test(p.command) ? "migrate" : "other",
          command: p.command,
          tool: "procfile",
          when: "every-deploy",
          evidence: [{ file: p.file, line: p.line }]
        });
    const bind = loopbackBind(files, runtime);
    if (bind) {
      unit.bindAddress = bind.address;
      unit.warnings.push({
        message: `listens on ${bind.address}: unreachable from the load balancer, bind 0.0.0.0`,
        evidence: { file: bind.file, line: bind.line, excerpt: bind.excerpt }
      });
    }
    contract.units.push(unit);
    for (const x of classified) {
      if (x.c === main || ownedByOther(x.c)) continue;
      const r = x.rule ?? { role: "worker", reason: "second service of the same image" };
      if (r.role === "worker" || r.role === "one-off") {
        const extra = sharedUnit(unit, x.c, r.role, r.reason);
        contract.units.push(extra);
        if (r.role === "one-off" && !unit.oneOff.some((o) => o.command === x.c.command))
          unit.oneOff.push({
            kind: /migrat|alembic|prestart/.test(x.c.command ?? "") ? "migrate" : /collectstatic/.test(x.c.command ?? "") ? "collectstatic" : "other",
            command: x.c.command ?? "",
            tool: "compose",
            when: "every-deploy",
            evidence: [{ file: x.c.file, line: x.c.line }]
          });
      } else exclude(contract, x.c.name, r.role, r.reason);
    }
    const servicesHere = new Set(profile.services.filter((o) => o.path === svc.path).map((o) => o.name));
    for (const p of procs.filter((x) => x.type !== "web" && x.type !== "release" && !servicesHere.has(x.type))) {
      const r = ruleRole(p.type, void 0, p.command) ?? { role: "worker", reason: `Procfile process "${p.type}"` };
      if (r.role === "worker" || r.role === "one-off") {
        const extra = sharedUnit(
          unit,
          { name: `${unit.name}-${p.type}`, command: p.command, file: p.file, line: p.line },
          r.role,
          `Procfile ${p.type}: ${r.reason}`
        );
        extra.origin = { kind: "procfile", file: p.file, name: p.type };
        contract.units.push(extra);
      } else exclude(contract, `${p.type} (${p.file})`, r.role, r.reason);
    }
  }
  mergeImageRecipes(contract, profile);
  for (const c of compose) {
    if (claimed.has(c)) continue;
    claimed.add(c);
    const r = c.profiles?.length ? {
      role: "optional",
      reason: `compose profile${c.profiles.length > 1 ? "s" : ""} ${c.profiles.map((p) => `'${p}'`).join(", ")}`
    } : ruleRole(c.name, c.image, c.command) ?? (c.contextPath ? { role: "optional", reason: `built from ${c.contextPath}, which holds no deployable application` } : { role: "optional", reason: `third-party image ${c.image ?? "(none)"} not built from this repository` });
    exclude(contract, c.name, r.role, r.reason);
  }
  for (const w of k8s) {
    if (claimedK8s.has(w)) continue;
    const r = ruleRole(w.name, w.image) ?? {
      role: "optional",
      reason: `Kubernetes ${w.kind} running ${w.image ?? "an image"} not built from this repository`
    };
    exclude(contract, w.name, r.role, r.reason);
  }
  const hostNames = /* @__PURE__ */ new Map();
  for (const u of contract.units) hostNames.set(u.name.toLowerCase(), u.name);
  for (const c of compose) hostNames.set(c.name.toLowerCase(), unitOrStore(contract, c.name));
  for (const w of k8s) hostNames.set(w.name.toLowerCase(), unitOrStore(contract, w.name));
  const storeHosts = /* @__PURE__ */ new Map();
  for (const c of compose) {
    const s = c.image && !c.contextPath ? imageDatastore(c.image) : void 0;
    if (s) storeHosts.set(c.name.toLowerCase(), s);
  }
  for (const w of k8s) {
    const s = w.image ? imageDatastore(w.image) : void 0;
    if (s) storeHosts.set(w.name.toLowerCase(), s);
  }
  for (const u of contract.units) {
    const s = u.role === "datastore" && u.origin?.kind === "compose" ? storeOfUnit.get(u) : void 0;
    if (s && u.origin?.name) storeHosts.set(u.origin.name.toLowerCase(), s);
  }
  for (const u of contract.units) {
    if (!u.deployed || u.sharesImageOf) continue;
    const runtime = filesOfUnit(files.runtime, u.path, unitPaths);
    const others = new Map([...hostNames].filter(([h]) => h !== u.name.toLowerCase() && h.length >= 2));
    u.hardcodedHosts = hardcodedHosts(files, runtime, others);
    for (const h of u.hardcodedHosts) {
      const store = storeHosts.get(h.host.split(":")[0].toLowerCase());
      if (store) h.store = store;
      if (h.target && contract.units.some((x) => x.name === h.target) && !u.dependsOn.includes(h.target)) u.dependsOn.push(h.target);
      const e = h.evidence;
      u.warnings.push({
        message: h.store ? `hard-coded host "${h.host}" (${h.store}): resolves through the private DNS name Inframate generates for the managed ${h.store}, or change this line` : `hard-coded host "${h.host}"${h.target ? ` (${h.target})` : ""}: resolves only through a service alias, or change this line`,
        evidence: e
      });
    }
    for (const e of u.env)
      if (e.carries === "service-address" && e.target && e.target !== u.name && !u.dependsOn.includes(e.target)) u.dependsOn.push(e.target);
  }
  for (const u of contract.units) {
    if (u.sharesImageOf) continue;
    const { keep, dropped } = usedDatastores(u, files, filesOfUnit(files.runtime, u.path, unitPaths), running);
    u.datastores = keep;
    for (const d of dropped) u.warnings.push({ message: `${d.store} is not created: ${d.reason}` });
  }
  for (const u of contract.units)
    if (u.sharesImageOf) {
      const base = contract.units.find((x) => x.name === u.sharesImageOf);
      if (base) {
        u.hardcodedHosts = base.hardcodedHosts;
        u.datastores = u.datastores.filter((d) => base.datastores.includes(d) || u.env.some((e) => e.required && e.target === d));
      }
    }
  for (const u of contract.units) if (!u.deployed) contract.excluded.push({ name: u.name, role: u.role, reason: u.roleReason });
  contract.excluded.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return contract;
}
function exclude(contract, name, role, reason) {
  if (!contract.excluded.some((e) => e.name === name)) contract.excluded.push({ name, role, reason });
}
function unitOrStore(contract, name) {
  return contract.units.find((u) => u.name === name || u.origin?.name === name)?.name ?? name;
}
const dirOfPath = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : ".";
function composeBuilds(c, svc) {
  if (c.contextPath !== void 0)
    return c.dockerfilePath === svc.dockerfile || c.contextPath === svc.path && (!svc.dockerfile || !c.dockerfile || c.dockerfilePath === svc.dockerfile) || c.contextPath === svc.path;
  if (!c.image) return false;
  const img = c.image.replace(/[:@].*$/, "").split("/").pop() ?? "";
  return img === svc.name || img === basename(svc.path);
}
function workloadRuns(w, svc) {
  const img = (w.image ?? "").replace(/[:@].*$/, "").split("/").pop() ?? "";
  const folder = basename(svc.path === "." ? "" : svc.path);
  return w.name === svc.name || w.name === folder || img === svc.name || folder !== "" && img === folder;
}
function baseUnit(svc) {
  return {
    name: svc.name,
    path: svc.path,
    role: "web",
    roleReason: "",
    deployed: true,
    listenPort: svc.port,
    protocol: "http",
    start: svc.start,
    image: { dockerfile: svc.dockerfile, context: svc.dockerfile ? dirOfPath(svc.dockerfile) : svc.path, generated: !svc.dockerfile },
    env: [],
    health: noHealth(30),
    oneOff: [],
    hardcodedHosts: [],
    datastores: [...svc.datastores],
    dependsOn: [],
    warnings: []
  };
}
function sharedUnit(base, c, role, reason) {
  return {
    ...base,
    name: c.name,
    role,
    roleReason: reason,
    deployed: base.deployed,
    listenPort: null,
    protocol: "none",
    start: c.command ?? base.start,
    health: noHealth(base.health.gracePeriodSeconds),
    oneOff: [],
    hardcodedHosts: [],
    warnings: [],
    sharesImageOf: base.name,
    origin: { kind: c.file.endsWith("Procfile") ? "procfile" : "compose", file: c.file, name: c.name }
  };
}
function roleOfMain(svc, main, workload, procs, compose, selfDeployedBy) {
  const isStatic = svc.frameworks.some((f) => STATIC_FRAMEWORKS.test(f)) && !svc.frameworks.some((f) => SERVER_FRAMEWORKS.test(f));
  if (selfDeployedBy)
    return isStatic ? { role: "static", reason: "front end built to static files" } : { role: "function", reason: "handlers of a serverless application" };
  if (main?.profiles?.length) return { role: "optional", reason: `compose profile ${main.profiles.map((p) => `'${p}'`).join(", ")}` };
  if (workload) {
    if (/^(Job|CronJob)$/.test(workload.kind)) return { role: "one-off", reason: `Kubernetes ${workload.kind} ${workload.name}` };
    if (workload.serviceType === "LoadBalancer" || workload.serviceType === "NodePort" || workload.ingress)
      return {
        role: "web",
        reason: `Kubernetes ${workload.serviceType === "ClusterIP" ? "Ingress" : `Service type ${workload.serviceType}`} exposes ${workload.name}`
      };
    if (workload.serviceType) return { role: "internal", reason: `Kubernetes ClusterIP Service only: reached by other workloads` };
    return { role: "worker", reason: `Kubernetes ${workload.kind} ${workload.name} has no Service` };
  }
  if (procs.some((p) => p.type === "web")) return { role: "web", reason: "Procfile web process" };
  if (main) {
    if (main.publishedPorts?.length)
      return { role: "web", reason: `compose service ${main.name} publishes port ${main.publishedPorts.join(", ")}` };
    const proxy = compose.find(
      (c) => ruleRole(c.name, c.image)?.reason.includes("reverse proxy") && (c.dependsOn.includes(main.name) || c.publishedPorts?.length)
    );
    if (proxy) return { role: "web", reason: `compose proxy ${proxy.name} fronts it (the load balancer takes the proxy's place)` };
    const referenced = compose.some((c) => c !== main && c.environment.some((e) => new RegExp(`(^|[=/@])${main.name}(:|/|$)`).test(e)));
    if (main.ports.length && referenced)
      return { role: "internal", reason: `compose service ${main.name} exposes ${main.ports.join(", ")} only to other services` };
    if (!main.ports.length && svc.port === null) return { role: "worker", reason: `compose service ${main.name} listens on no port` };
  }
  if (isStatic) return { role: "static", reason: `front end (${svc.frameworks.join(", ")}) built to static files` };
  if (svc.port === null && !svc.frameworks.some((f) => SERVER_FRAMEWORKS.test(f)))
    return { role: "worker", reason: "no port and no web framework" };
  return {
    role: "web",
    reason: svc.frameworks.length ? `${svc.frameworks.join(", ")} application${svc.port ? ` on port ${svc.port}` : ""}` : `listens on port ${svc.port}`
  };
}
function healthOf(files, runtime, own, svc, unit, main, workload, grpcHealth) {
  const grace = graceFor(svc.languages, svc.frameworks);
  if (unit.protocol === "grpc") {
    if (grpcHealth) return { path: null, protocol: "grpc", gracePeriodSeconds: grace, source: "code", evidence: [grpcHealth] };
    if (workload?.probe?.grpc)
      return {
        path: null,
        protocol: "grpc",
        gracePeriodSeconds: grace,
        source: "kubernetes",
        evidence: [{ file: workload.file, line: workload.line }]
      };
    return { path: null, protocol: "tcp", gracePeriodSeconds: grace, source: "default", evidence: [] };
  }
  const route = healthRoute(files, runtime);
  if (route) return { path: route.path, protocol: "http", gracePeriodSeconds: grace, source: "code", evidence: [route.evidence] };
  const manifests = own.filter((p) => /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/.test(p));
  const fw = frameworkHealth(manifests.map((p) => files.read(p) ?? "").join("\n"), svc.frameworks);
  if (fw)
    return {
      path: fw.path,
      protocol: "http",
      gracePeriodSeconds: grace,
      source: "framework",
      evidence: manifests.slice(0, 1).map((file) => ({ file }))
    };
  if (workload?.probe?.path)
    return {
      path: workload.probe.path,
      protocol: "http",
      gracePeriodSeconds: grace,
      source: "kubernetes",
      evidence: [{ file: workload.file, line: workload.line }]
    };
  const composePath = pathOfCheckCommand(main?.healthcheck);
  if (main && composePath)
    return {
      path: composePath,
      protocol: "http",
      gracePeriodSeconds: grace,
      source: "compose",
      evidence: [{ file: main.file, line: main.line }]
    };
  if (svc.dockerfile) {
    const lines = files.lines(svc.dockerfile);
    const i = lines.findIndex((l) => /^\s*HEALTHCHECK\b/i.test(l));
    const p = i >= 0 ? pathOfCheckCommand(lines.slice(i, i + 3).join(" ")) : void 0;
    if (p)
      return {
        path: p,
        protocol: "http",
        gracePeriodSeconds: grace,
        source: "dockerfile",
        evidence: [{ file: svc.dockerfile, line: i + 1 }]
      };
  }
  return { path: "/", protocol: "http", gracePeriodSeconds: grace, source: "default", evidence: [] };
}
function isLibrary(files, own) {
  const go2 = own.filter((p) => p.endsWith(".go"));
  if (go2.length && !go2.some((p) => /^package main\b/m.test(files.read(p) ?? ""))) return "Go library: no main package";
  return null;
}
function dockerfileEnv(files, dockerfile) {
  const out = /* @__PURE__ */ new Set();
  if (!dockerfile) return out;
  for (const l of files.lines(dockerfile)) {
    const m = /^\s*ENV\s+(.*)$/i.exec(l);
    if (!m) continue;
    if (/^[A-Za-z_]\w*\s+[^=]*$/.test(m[1])) out.add(m[1].split(/\s+/)[0]);
    else for (const kv of m[1].matchAll(/([A-Za-z_]\w*)=/g)) out.add(kv[1]);
  }
  return out;
}
function springActiveProfiles(files, own, dockerfile) {
  const out = [];
  const add = (v) => v && out.push(...v.split(",").map((p) => p.trim().replace(/^["']|["']$/g, "")));
  for (const p of own.filter((f) => /(^|\/)application\.(properties|ya?ml)$/.test(f))) {
    const text2 = files.read(p) ?? "";
    add(/^\s*spring\.profiles\.active\s*[=:]\s*([\w,\s-]+?)\s*$/m.exec(text2)?.[1]);
    add(/^\s*profiles:\s*\n\s+active:\s*([\w,\s"'-]+?)\s*$/m.exec(text2)?.[1]);
  }
  if (dockerfile) add(/(?:--spring\.profiles\.active=|SPRING_PROFILES_ACTIVE[= ])["']?([\w,-]+)/.exec(files.read(dockerfile) ?? "")?.[1]);
  return out;
}
const CODE_OR_MANIFEST = /\.(py|js|mjs|cjs|ts|tsx|go|rs|java|kt|cs|rb|php|sh|csproj|gradle)$|(^|\/)(pom\.xml|package\.json|go\.mod|Cargo\.toml|Gemfile|composer\.json|requirements\.txt|pyproject\.toml)$/;
function imageOnlyRole(files, own, dockerfile) {
  if (!dockerfile) return null;
  if (own.some((p) => CODE_OR_MANIFEST.test(p))) return null;
  const from = [...files.lines(dockerfile)].reverse().find((l) => /^\s*FROM\b/i.test(l));
  const image = from ? from.trim().split(/\s+/).filter((t2) => !t2.startsWith("--"))[1] ?? "" : "";
  const store = imageDatastore(image);
  if (store)
    return { role: "datastore", reason: `builds ${image} with its own configuration (${store}): replaced by a managed ${store}`, store };
  const rule = ruleRole("", image);
  if (rule) return rule;
  return {
    role: "dev-tool",
    reason: `${dockerfile} builds ${image || "an image"} without application code (the code is mounted at run time)`
  };
}
function detectSelfDeploy(files) {
  for (const s of SELF_DEPLOY) {
    const hits = files.all.filter(
      (p) => s.file.test(p) && !/(^|\/)(node_modules|examples?|test|tests)\//.test(p) && (!s.contains || s.contains.test(files.read(p) ?? ""))
    );
    if (hits.length) return { tool: s.tool, evidence: hits.slice(0, 3).map((file) => ({ file })) };
  }
  return void 0;
}
function mergeImageRecipes(contract, profile) {
  const frameworksOf = (u) => profile.services.find((s) => s.name === u.name)?.frameworks ?? [];
  for (const u of contract.units) {
    if (!u.deployed || u.sharesImageOf || !u.image.dockerfile || frameworksOf(u).length) continue;
    const nested = contract.units.filter(
      (n2) => n2 !== u && n2.deployed && !n2.sharesImageOf && n2.image.generated && (u.path === "." || n2.path.startsWith(`${u.path}/`)) && frameworksOf(n2).some((f) => SERVER_FRAMEWORKS.test(f))
    );
    if (nested.length !== 1) continue;
    const n = nested[0];
    n.image = { ...u.image, generated: false };
    if (u.origin?.kind === "compose") n.origin = u.origin;
    n.start ??= u.start;
    n.listenPort ??= u.listenPort;
    u.deployed = false;
    u.role = "optional";
    u.roleReason = `${u.image.dockerfile} is the image recipe of ${n.name} (${n.path}): deployed as ${n.name}`;
  }
}
function withCodeEnv(layout, files) {
  for (const f of layout.functions) {
    if (!f.source) continue;
    const reads = readsOfFile(f.source, files.lines(f.source)).map((r) => r.name);
    f.env = [.../* @__PURE__ */ new Set([...f.env, ...reads])].slice(0, 100);
  }
  return layout;
}
const at = (e) => e ? `${e.file}${e.line ? `:${e.line}` : ""}` : "";
function renderRunContractMarkdown(c) {
  const lines = ["## Run contract", ""];
  if (c.selfDeployed)
    lines.push(
      `The repository deploys itself with **${c.selfDeployed.tool}** (${c.selfDeployed.evidence.map(at).join(", ")}): nothing conflicting should be generated.`,
      ""
    );
  if (c.functions) lines.push(...functionsMarkdown(c.functions));
  for (const u of c.units.filter((x) => x.deployed)) {
    lines.push(`### ${u.name} (${u.role})`, "");
    lines.push(`- Why: ${u.roleReason}`);
    lines.push(
      `- Folder: \`${u.path}\`; image: ${u.image.dockerfile ? `\`${u.image.dockerfile}\`` : "generated"}${u.sharesImageOf ? ` (the image of ${u.sharesImageOf})` : ""}`
    );
    if (u.listenPort !== null)
      lines.push(`- Listens on ${u.listenPort}${u.bindAddress ? ` (bound to ${u.bindAddress})` : ""}, ${u.protocol}`);
    if (u.start) lines.push(`- Start: \`${u.start.replace(/`/g, "'")}\``);
    if (u.role === "web" || u.role === "internal")
      lines.push(
        `- Health: ${u.health.protocol === "grpc" ? "gRPC health service" : u.health.path ?? "none"} (${u.health.source}${u.health.evidence[0] ? `, ${at(u.health.evidence[0])}` : ""}); grace ${u.health.gracePeriodSeconds}s`
      );
    for (const o of u.oneOff)
      lines.push(`- One-off (${o.kind}, ${o.when}): \`${o.command}\` \u2014 ${o.tool}${o.evidence[0] ? `, ${at(o.evidence[0])}` : ""}`);
    if (u.dependsOn.length) lines.push(`- Calls: ${u.dependsOn.join(", ")}`);
    if (u.datastores.length) lines.push(`- Datastores: ${u.datastores.join(", ")}`);
    const env = u.env.filter((e) => e.required || e.source !== "env-example");
    if (env.length) {
      lines.push("", "| Variable | Carries | Required | Default | Found in | Evidence |", "|---|---|---|---|---|---|");
      for (const e of env)
        lines.push(
          `| ${tableCell(e.name)} | ${tableCell(e.carries + (e.target ? ` \u2192 ${e.target}` : ""))} | ${e.required ? "yes" : "no"} | ${e.hasDefault ? "yes" : "no"} | ${e.source ?? ""} | ${tableCell(e.evidence.slice(0, 2).map(at).join(", "))} |`
        );
    }
    for (const w of u.warnings) lines.push(`- \u26A0 ${w.message}${w.evidence ? ` (${at(w.evidence)})` : ""}`);
    lines.push("");
  }
  if (c.excluded.length) {
    lines.push("### Left out", "", "| Name | Role | Why |", "|---|---|---|");
    for (const x of c.excluded) lines.push(`| ${tableCell(x.name)} | ${x.role} | ${tableCell(x.reason)} |`);
    lines.push("");
  }
  for (const w of c.warnings) lines.push(`- \u26A0 ${w.message}${w.evidence ? ` (${at(w.evidence)})` : ""}`);
  return lines;
}
const TOOL = {
  sst: "SST",
  serverless: "Serverless Framework",
  sam: "AWS SAM",
  cdk: "AWS CDK",
  folder: "handler folders"
};
function functionsMarkdown(f) {
  const lines = [
    `### Lambda handlers (${TOOL[f.tool]}${f.configs.length ? `: ${f.configs.slice(0, 3).join(", ")}` : ""})`,
    "",
    "| Function | Handler | Runtime | Routes | Evidence |",
    "|---|---|---|---|---|"
  ];
  for (const fn of f.functions.slice(0, 50))
    lines.push(
      `| ${tableCell(fn.name)} | ${tableCell(fn.handler)}${fn.source ? "" : " (file not found)"} | ${tableCell(fn.runtime ?? "?")} | ${tableCell(fn.routes.map((r) => `${r.method} ${r.path}`).join(", ") || "\u2014")} | ${at(fn.evidence)} |`
    );
  if (f.functions.length > 50) lines.push(`| \u2026 ${f.functions.length - 50} more | | | | |`);
  if (f.stores.length)
    lines.push("", `Datastores declared: ${f.stores.map((s) => `${s.kind} ${tableCell(s.name)} (${at(s.evidence)})`).join(", ")}`);
  for (const w of f.warnings) lines.push(`- \u26A0 ${w.message}${w.evidence ? ` (${at(w.evidence)})` : ""}`);
  return [...lines, ""];
}
function renderDeployabilityMarkdown(d) {
  if (!d) return [];
  const lines = ["## Deployability gate", ""];
  if (d.passed)
    lines.push(
      `Passed: ${d.rulesEvaluated} rules${d.skipped.length ? ` (${d.skipped.join(", ")} need a run contract and were skipped)` : ""}.`
    );
  else {
    lines.push(`**Failed**: nothing was written.`, "", "| Rule | Resource | Where | Problem |", "|---|---|---|---|");
    for (const f of d.failures) lines.push(`| ${f.rule} | ${tableCell(f.resource)} | ${f.file}:${f.line} | ${tableCell(f.message)} |`);
  }
  if (d.advisories?.length) {
    lines.push(
      "",
      "Against the run contract (not yet blocking: the generator does not wire the contract):",
      "",
      "| Rule | Resource | Where | Problem |",
      "|---|---|---|---|"
    );
    for (const f of d.advisories) lines.push(`| ${f.rule} | ${tableCell(f.resource)} | ${f.file}:${f.line} | ${tableCell(f.message)} |`);
  }
  return [...lines, ""];
}
const analyze = {
  name: "analyze",
  usage: "analyze [DIR] [--spec FILE] [--out DIR] [--force] [--dry-run]",
  summary: "read inframate.md, profile the repository, recommend an AWS architecture, generate and validate Terraform",
  available: true,
  formats: ["markdown", "json"],
  run: (ctx) => runAnalyze(ctx),
  renderMarkdown(r) {
    const lines = [`# Inframate analysis`, "", ...renderUnderstandingMarkdown(r)];
    lines.push("", ...renderRunContractMarkdown(r.runContract));
    lines.push("", ...renderRecommendationMarkdown(r.recommendation, r.terraform));
    lines.push("", ...renderDeployabilityMarkdown(r.terraform.validation.deployability));
    lines.push(...renderAdjustmentsMarkdown(r.recommendation.adjustments, r.recommendation.aiSummary), ...renderLlmMarkdown(r.llm));
    return lines.join("\n") + "\n";
  },
  // A module failing the gate exits 1 (gate failures count as critical findings; see docs/analyze.md).
  findings: (r) => gateFindings(r.terraform)
};
async function runAnalyze(ctx, detected) {
  const { log, settings } = ctx;
  log.info(`analyze: reading ${settings.dir} (requirements, repository profile)`);
  const { requirements: requirements2, profile, runContract } = await shareWalks(async () => {
    const understood = await understandRepository(ctx, detected);
    log.info(
      `analyze: ${understood.profile.services.length} service(s) found; requirements from ${understood.requirements.source === "defaults" ? "defaults (no inframate.md)" : understood.requirements.source}`
    );
    const contract = await ctx.step("runcontract.build", () => buildRunContract(ctx.settings.dir, understood.profile), {
      dependency: "fs"
    });
    return { ...understood, runContract: contract };
  });
  log.info(
    `analyze: run contract: ${runContract.units.filter((u) => u.deployed).length} deployable unit(s), ${runContract.excluded.length} left out`
  );
  const recommendation = await ctx.step(
    "recommend.rules",
    () => recommend(profile, requirements2, runContract),
    { dependency: "local" }
  );
  const llm = createLlm(ctx.settings.ai, { step: ctx.step, log: ctx.log });
  log.info(`analyze: recommended ${recommendation.components.length} component(s)${llm.enabled ? "; asking the LLM to refine" : ""}`);
  await refineStage(ctx, llm, { profile, requirements: requirements2, recommendation, runContract });
  log.info(`analyze: generating and validating Terraform${settings.dryRun ? " (dry run: nothing written)" : ` in ${settings.out}`}`);
  const terraform = await generateTerraform(ctx, { requirements: requirements2, recommendation, profile, runContract });
  log.info(`analyze: ${terraform.files?.length ?? 0} Terraform file(s)${terraform.dir ? ` in ${terraform.dir}` : ""}`);
  return {
    schemaVersion: 1,
    command: "analyze",
    requirements: requirements2,
    profile,
    recommendation,
    terraform,
    runContract,
    llm: llm.metrics(),
    errors: ctx.supervisor.report()
  };
}
var analyze$1 = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  default: analyze,
  runAnalyze
});
export { analyze as a, analyze$1 as b, profileRepository as p, runAnalyze as r, unwrittenModules as u };
