// Drift as markdown and SARIF. Values arrive already masked (diff.ts): nothing here can print a
// sensitive value, and values are cut short so a large attribute cannot flood the report.
import { tableCell } from '../core/markdown';
import { renderSarifLog, type SarifRuleInput } from '../render/sarif';
import type { DriftItem, DriftReport } from './types';

const show = (v: unknown) => tableCell(typeof v === 'string' ? v : JSON.stringify(v ?? null), { max: 80 });
const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '⚪' } as const;

export function renderDriftMarkdown(r: DriftReport): string {
  const out: string[] = ['# Inframate drift', ''];
  const s = r.summary;
  const sources = [
    r.inputs.plan && `plan \`${r.inputs.plan}\``,
    r.inputs.state && `state \`${r.inputs.state}\``,
    r.inputs.live && `live scan of ${r.inputs.live.region}`,
  ]
    .filter(Boolean)
    .join(', ');
  out.push(sources ? `Compared: ${sources}.` : '', '');
  if (s.total === 0) {
    out.push('**No drift**: the cloud matches what Terraform recorded.');
    if (s.pendingChanges) out.push('', `${s.pendingChanges} planned change(s) are code not yet applied, not drift.`);
  } else {
    out.push(
      `**${s.total} drifted resource(s)**: ${s.modified} modified, ${s.missing} missing, ${s.unmanaged} unmanaged, ${s.replaced} to be replaced` +
        (s.pendingChanges ? `; ${s.pendingChanges} planned change(s) are code not yet applied.` : '.'),
      '',
      '| severity | resource | drift | why |',
      '|---|---|---|---|',
      ...r.driftItems.map(
        (i) =>
          `| ${ICON[i.severity]} ${i.severity} | \`${tableCell(i.address)}\`${i.previousAddress ? ` (was \`${tableCell(i.previousAddress)}\`)` : ''} | ${i.driftType} | ${tableCell(i.severityReason)} |`,
      ),
      '',
    );
    for (const i of r.driftItems.filter((x) => x.differences.length)) {
      out.push(`### \`${i.address}\``, '', '| path | expected (Terraform) | actual (cloud) |', '|---|---|---|');
      for (const d of i.differences.slice(0, 50)) out.push(`| \`${tableCell(d.path)}\` | ${show(d.expected)} | ${show(d.actual)} |`);
      if (i.differences.length > 50) out.push(`| … | ${i.differences.length - 50} more | |`);
      out.push('');
    }
  }
  if (r.ai) out.push('## Explanation (AI)', '', r.ai.explanation, '', ...r.ai.priorities.map((p) => `- ${p}`), '');
  if (r.recoveryPlan.steps.length) {
    out.push('## Recovery plan', '', '_Every step needs a person to approve it: Inframate never changes the cloud._', '');
    for (const st of r.recoveryPlan.steps) {
      out.push(
        `${st.order}. **${st.action}** ${st.addresses.length <= 3 ? st.addresses.map((a) => `\`${a}\``).join(', ') : `${st.addresses.length} resources`} (risk: ${st.risk})`,
      );
      out.push(`   - ${st.rationale}`);
      out.push('   - command:', '', '     ```sh', `     ${st.command}`, '     ```', '');
      if (st.changes?.length)
        out.push(
          `   - changes: ${st.changes
            .slice(0, 10)
            .map((c) => `\`${c}\``)
            .join(', ')}${st.changes.length > 10 ? ', …' : ''}`,
        );
      if (st.patch)
        out.push(
          `   - code: \`${st.patch.file}${st.patch.line ? `:${st.patch.line}` : ''}\``,
          '',
          '     ```diff',
          ...st.patch.diff.split('\n').map((l) => `     ${l}`),
          '     ```',
          '',
        );
      out.push(`   - rollback: ${st.rollback}`);
    }
    out.push('');
  }
  const denied = (r.awsCalls ?? []).filter((c) => c.status === 'denied');
  if (r.awsCalls?.length) out.push(`AWS calls: ${r.awsCalls.length} (${denied.length} refused by the read-only allow-list).`, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

const RULES: Record<DriftItem['driftType'], SarifRuleInput> = {
  modified: {
    id: 'drift-modified',
    title: 'Resource changed outside Terraform',
    description: 'The resource in the cloud no longer matches the Terraform state.',
    remediation: 'Revert it with terraform apply, or accept the change into the code (see the recovery plan).',
    severity: 'medium',
    aliases: ['drift'],
  },
  missing: {
    id: 'drift-missing',
    title: 'Resource missing from the cloud',
    description: 'The resource is in the Terraform state but no longer exists.',
    remediation: 'Re-create it with terraform apply, or remove it from the code and the state.',
    severity: 'high',
    aliases: ['drift'],
  },
  unmanaged: {
    id: 'drift-unmanaged',
    title: 'Unmanaged resource tagged for the project',
    description: 'The resource carries the project tags but no Terraform state describes it.',
    remediation: 'Adopt it with an import block, or delete it.',
    severity: 'low',
    aliases: ['drift'],
  },
  replaced: {
    id: 'drift-replaced',
    title: 'Resource will be replaced',
    description: 'The next apply destroys and re-creates this resource.',
    remediation: 'Review the replacement and take a backup first.',
    severity: 'high',
    aliases: ['drift'],
  },
};

export function renderDriftSarif(r: DriftReport, fallbackFile: string) {
  return renderSarifLog(
    Object.values(RULES),
    r.driftItems.map((i) => ({
      ruleId: RULES[i.driftType].id,
      severity: i.severity,
      message: `${i.driftType}: ${
        i.differences.length
          ? i.differences
              .slice(0, 5)
              .map((d) => `${d.path} ${show(d.expected)} → ${show(d.actual)}`)
              .join('; ')
          : i.severityReason
      }`,
      file: i.location?.file ?? fallbackFile,
      line: i.location?.line ?? 1,
      resource: i.address,
    })),
  );
}
