// The run contract in the analyze report: per deployed unit, its role, port, start command, health
// check and one-off commands, then every variable (what it carries, whether required, where it was
// found); then what was left out and why. Values are never shown (examples of secrets are redacted
// at the source); evidence is file:line.
import { tableCell } from '../core/markdown';
import type { DeployabilityReport } from '../deployability/types';
import type { Evidence, RunContract } from './types';
import type { ServerlessLayout } from './functions/types';

const at = (e: Evidence | undefined) => (e ? `${e.file}${e.line ? `:${e.line}` : ''}` : '');

export function renderRunContractMarkdown(c: RunContract): string[] {
  const lines = ['## Run contract', ''];
  if (c.selfDeployed)
    lines.push(
      `The repository deploys itself with **${c.selfDeployed.tool}** (${c.selfDeployed.evidence.map(at).join(', ')}): nothing conflicting should be generated.`,
      '',
    );
  if (c.functions) lines.push(...functionsMarkdown(c.functions));
  for (const u of c.units.filter((x) => x.deployed)) {
    lines.push(`### ${u.name} (${u.role})`, '');
    lines.push(`- Why: ${u.roleReason}`);
    lines.push(
      `- Folder: \`${u.path}\`; image: ${u.image.dockerfile ? `\`${u.image.dockerfile}\`` : 'generated'}${u.sharesImageOf ? ` (the image of ${u.sharesImageOf})` : ''}`,
    );
    if (u.listenPort !== null)
      lines.push(`- Listens on ${u.listenPort}${u.bindAddress ? ` (bound to ${u.bindAddress})` : ''}, ${u.protocol}`);
    if (u.start) lines.push(`- Start: \`${u.start.replace(/`/g, "'")}\``);
    if (u.role === 'web' || u.role === 'internal')
      lines.push(
        `- Health: ${u.health.protocol === 'grpc' ? 'gRPC health service' : (u.health.path ?? 'none')} (${u.health.source}${u.health.evidence[0] ? `, ${at(u.health.evidence[0])}` : ''}); grace ${u.health.gracePeriodSeconds}s`,
      );
    for (const o of u.oneOff)
      lines.push(`- One-off (${o.kind}, ${o.when}): \`${o.command}\` — ${o.tool}${o.evidence[0] ? `, ${at(o.evidence[0])}` : ''}`);
    if (u.dependsOn.length) lines.push(`- Calls: ${u.dependsOn.join(', ')}`);
    if (u.datastores.length) lines.push(`- Datastores: ${u.datastores.join(', ')}`);
    const env = u.env.filter((e) => e.required || e.source !== 'env-example');
    if (env.length) {
      lines.push('', '| Variable | Carries | Required | Default | Found in | Evidence |', '|---|---|---|---|---|---|');
      for (const e of env)
        lines.push(
          `| ${tableCell(e.name)} | ${tableCell(e.carries + (e.target ? ` → ${e.target}` : ''))} | ${e.required ? 'yes' : 'no'} | ${e.hasDefault ? 'yes' : 'no'} | ${e.source ?? ''} | ${tableCell(e.evidence.slice(0, 2).map(at).join(', '))} |`,
        );
    }
    for (const w of u.warnings) lines.push(`- ⚠ ${w.message}${w.evidence ? ` (${at(w.evidence)})` : ''}`);
    lines.push('');
  }
  if (c.excluded.length) {
    lines.push('### Left out', '', '| Name | Role | Why |', '|---|---|---|');
    for (const x of c.excluded) lines.push(`| ${tableCell(x.name)} | ${x.role} | ${tableCell(x.reason)} |`);
    lines.push('');
  }
  for (const w of c.warnings) lines.push(`- ⚠ ${w.message}${w.evidence ? ` (${at(w.evidence)})` : ''}`);
  return lines;
}

const TOOL: Record<ServerlessLayout['tool'], string> = {
  sst: 'SST',
  serverless: 'Serverless Framework',
  sam: 'AWS SAM',
  cdk: 'AWS CDK',
  folder: 'handler folders',
};

/** The Lambda handlers found (whether generated or deployed by the repository itself), with evidence. */
function functionsMarkdown(f: ServerlessLayout): string[] {
  const lines = [
    `### Lambda handlers (${TOOL[f.tool]}${f.configs.length ? `: ${f.configs.slice(0, 3).join(', ')}` : ''})`,
    '',
    '| Function | Handler | Runtime | Routes | Evidence |',
    '|---|---|---|---|---|',
  ];
  for (const fn of f.functions.slice(0, 50))
    lines.push(
      `| ${tableCell(fn.name)} | ${tableCell(fn.handler)}${fn.source ? '' : ' (file not found)'} | ${tableCell(fn.runtime ?? '?')} | ${tableCell(fn.routes.map((r) => `${r.method} ${r.path}`).join(', ') || '—')} | ${at(fn.evidence)} |`,
    );
  if (f.functions.length > 50) lines.push(`| … ${f.functions.length - 50} more | | | | |`);
  if (f.stores.length)
    lines.push('', `Datastores declared: ${f.stores.map((s) => `${s.kind} ${tableCell(s.name)} (${at(s.evidence)})`).join(', ')}`);
  for (const w of f.warnings) lines.push(`- ⚠ ${w.message}${w.evidence ? ` (${at(w.evidence)})` : ''}`);
  return [...lines, ''];
}

export function renderDeployabilityMarkdown(d: DeployabilityReport | undefined): string[] {
  if (!d) return [];
  const lines = ['## Deployability gate', ''];
  if (d.passed)
    lines.push(
      `Passed: ${d.rulesEvaluated} rules${d.skipped.length ? ` (${d.skipped.join(', ')} need a run contract and were skipped)` : ''}.`,
    );
  else {
    lines.push(`**Failed**: nothing was written.`, '', '| Rule | Resource | Where | Problem |', '|---|---|---|---|');
    for (const f of d.failures) lines.push(`| ${f.rule} | ${tableCell(f.resource)} | ${f.file}:${f.line} | ${tableCell(f.message)} |`);
  }
  if (d.advisories?.length) {
    lines.push(
      '',
      'Against the run contract (not yet blocking: the generator does not wire the contract):',
      '',
      '| Rule | Resource | Where | Problem |',
      '|---|---|---|---|',
    );
    for (const f of d.advisories) lines.push(`| ${f.rule} | ${tableCell(f.resource)} | ${f.file}:${f.line} | ${tableCell(f.message)} |`);
  }
  return [...lines, ''];
}
