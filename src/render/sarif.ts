// SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that has a result, one result per
// unsuppressed finding, a security-severity so alerts sort like the scanner's own severities, and
// partial fingerprints that survive line moves (rule + resource + file, not the line).
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Severity } from '../core/types';
import { VERSION } from '../version';

export interface SarifRuleInput {
  id: string;
  title: string;
  description: string;
  remediation: string;
  severity: Severity;
  aliases: string[];
}

export interface SarifFindingInput {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  resource: string;
  suppressed?: boolean;
  /** The resource the rule judged, when the finding sits on another one: a related location. */
  subject?: { resource: string; file: string; line: number };
}

export interface SarifOptions {
  /** Prefix for file paths (the scanned directory relative to the repository root). */
  uriPrefix?: string;
  toolName?: string;
  informationUri?: string;
  /** Files the tool could not scan: tool execution notifications, and the invocation did not succeed. */
  notScanned?: readonly { file: string; line?: number; message: string }[];
}

/** GitHub maps security-severity > 9 to critical, 7-8.9 high, 4-6.9 medium, below low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

export function renderSarifLog(rules: readonly SarifRuleInput[], findings: readonly SarifFindingInput[], opts: SarifOptions = {}) {
  const shown = findings.filter((f) => !f.suppressed);
  const used = new Set(shown.map((f) => f.ruleId));
  const ruleList = rules.filter((r) => used.has(r.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const prefix = (opts.uriPrefix ?? '')
    .replace(/\\/g, '/')
    .replace(/^\.\/?/, '')
    .replace(/\/$/, '');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: opts.toolName ?? 'inframate',
            version: VERSION,
            ...(opts.informationUri ? { informationUri: opts.informationUri } : {}),
            rules: ruleList.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: `${r.description}\n\n${r.remediation}`, markdown: `${r.description}\n\n${r.remediation}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                tags: ['security', 'terraform', ...r.aliases],
                precision: 'high',
                'security-severity': SECURITY_SEVERITY[r.severity],
              },
            })),
          },
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
                  artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                  region: { startLine: Math.max(1, f.line) },
                },
                logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }],
              },
            ],
            // The resource the rule judged, when the finding sits on another one.
            ...(f.subject
              ? {
                  relatedLocations: [
                    {
                      id: 1,
                      message: { text: `judged: ${f.subject.resource}` },
                      physicalLocation: {
                        artifactLocation: { uri: prefix ? posix.join(prefix, f.subject.file) : f.subject.file, uriBaseId: '%SRCROOT%' },
                        region: { startLine: Math.max(1, f.subject.line) },
                      },
                      logicalLocations: [{ fullyQualifiedName: f.subject.resource, kind: 'resource' }],
                    },
                  ],
                }
              : {}),
            partialFingerprints: { 'inframate/v1': fingerprint(f.ruleId, f.resource, uri) },
            properties: { 'security-severity': SECURITY_SEVERITY[f.severity] },
          };
        }),
        invocations: [
          {
            executionSuccessful: !opts.notScanned?.length,
            toolExecutionNotifications: (opts.notScanned ?? []).map((n) => ({
              level: 'error',
              descriptor: { id: 'file-not-scanned' },
              message: { text: `not scanned: ${n.message}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: prefix ? posix.join(prefix, n.file) : n.file, uriBaseId: '%SRCROOT%' },
                    region: { startLine: Math.max(1, n.line ?? 1) },
                  },
                },
              ],
            })),
          },
        ],
      },
    ],
  };
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
