import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { V as VERSION } from './version-hdNxK8dq.js';

const SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
const LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
function renderSarifLog(rules, findings, opts = {}) {
  const shown = findings.filter((f) => !f.suppressed);
  const used = new Set(shown.map((f) => f.ruleId));
  const ruleList = rules.filter((r) => used.has(r.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const prefix = (opts.uriPrefix ?? "").replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/$/, "");
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: opts.toolName ?? "inframate",
            version: VERSION,
            ...opts.informationUri ? { informationUri: opts.informationUri } : {},
            rules: ruleList.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: `${r.description}

${r.remediation}`, markdown: `${r.description}

${r.remediation}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                tags: ["security", "terraform", ...r.aliases],
                precision: "high",
                "security-severity": SECURITY_SEVERITY[r.severity]
              }
            }))
          }
        },
        results: shown.map((f) => {
          const uri = prefix ? posix.join(prefix, f.file) : f.file;
          return {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: `${f.message} (${f.resource})` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
                  region: { startLine: Math.max(1, f.line) }
                },
                logicalLocations: [{ fullyQualifiedName: f.resource, kind: "resource" }]
              }
            ],
            // The resource the rule judged, when the finding sits on another one.
            ...f.subject ? {
              relatedLocations: [
                {
                  id: 1,
                  message: { text: `judged: ${f.subject.resource}` },
                  physicalLocation: {
                    artifactLocation: { uri: prefix ? posix.join(prefix, f.subject.file) : f.subject.file, uriBaseId: "%SRCROOT%" },
                    region: { startLine: Math.max(1, f.subject.line) }
                  },
                  logicalLocations: [{ fullyQualifiedName: f.subject.resource, kind: "resource" }]
                }
              ]
            } : {},
            partialFingerprints: { "inframate/v1": fingerprint(f.ruleId, f.resource, uri) },
            properties: { "security-severity": SECURITY_SEVERITY[f.severity] }
          };
        }),
        invocations: [
          {
            executionSuccessful: !opts.notScanned?.length,
            toolExecutionNotifications: (opts.notScanned ?? []).map((n) => ({
              level: "error",
              descriptor: { id: "file-not-scanned" },
              message: { text: `not scanned: ${n.message}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: prefix ? posix.join(prefix, n.file) : n.file, uriBaseId: "%SRCROOT%" },
                    region: { startLine: Math.max(1, n.line ?? 1) }
                  }
                }
              ]
            }))
          }
        ]
      }
    ]
  };
}
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function pascal(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

export { renderSarifLog as r };
