// Markdown for the requirements read from inframate.md.
import type { Requirements } from './types';

export function renderRequirementsMarkdown(r: Requirements): string[] {
  const out: string[] = ['## Requirements', ''];
  out.push(r.source === 'defaults' ? '_No inframate.md found: defaults, everything else detected._' : `_From \`${r.source}\`._`, '');
  if (r.appName) out.push(`- **App:** ${r.appName}`);
  out.push(`- **Environment:** ${r.environment}${r.environments.length > 1 ? ` (of ${r.environments.join(', ')})` : ''}`);
  out.push(`- **Region:** ${r.region}`);
  out.push(`- **Availability:** ${r.availability}`);
  if (r.budgetMonthly !== undefined) out.push(`- **Budget:** $${r.budgetMonthly}/month`);
  if (r.expectedTraffic) out.push(`- **Expected traffic:** ${r.expectedTraffic}`);
  if (r.compliance.length) out.push(`- **Compliance:** ${r.compliance.join(', ')}`);
  if (r.compute) out.push(`- **Compute:** ${r.compute}`);
  if (r.database) out.push(`- **Database:** ${r.database}`);
  if (r.datastores?.length) out.push(`- **Datastores:** ${r.datastores.join(', ')}`);
  if (r.frameworks?.length) out.push(`- **Frameworks:** ${r.frameworks.join(', ')}`);
  if (r.languages?.length) out.push(`- **Languages:** ${r.languages.join(', ')}`);
  if (Object.keys(r.tags).length)
    out.push(
      `- **Tags:** ${Object.entries(r.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  if (r.notes.length) out.push('', '**Notes:**', ...r.notes.map((n) => `- ${n}`));
  if (r.warnings.length)
    out.push('', '**Warnings:**', ...r.warnings.map((w) => `- \`${w.file}${w.line ? `:${w.line}` : ''}\`: ${w.message}`));
  out.push('');
  return out;
}
