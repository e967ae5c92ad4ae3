// Markdown for the requirements read from inframate.md.
import { markdownCode, tableCell } from '../core/markdown';
import type { Requirements } from './types';

// Everything here is quoted from inframate.md: escaped so it cannot change the report's structure.
const t = (v: unknown): string => tableCell(v);

export function renderRequirementsMarkdown(r: Requirements): string[] {
  const out: string[] = ['## Requirements', ''];
  out.push(
    r.source === 'defaults' ? '_No inframate.md found: defaults, everything else detected._' : `_From ${markdownCode(r.source)}._`,
    '',
  );
  if (r.appName) out.push(`- **App:** ${t(r.appName)}`);
  out.push(`- **Environment:** ${t(r.environment)}${r.environments.length > 1 ? ` (of ${t(r.environments.join(', '))})` : ''}`);
  out.push(`- **Region:** ${t(r.region)}`);
  out.push(`- **Availability:** ${r.availability}`);
  if (r.budgetMonthly !== undefined) out.push(`- **Budget:** $${r.budgetMonthly}/month`);
  if (r.expectedTraffic) out.push(`- **Expected traffic:** ${t(r.expectedTraffic)}`);
  if (r.compliance.length) out.push(`- **Compliance:** ${t(r.compliance.join(', '))}`);
  if (r.compute) out.push(`- **Compute:** ${t(r.compute)}`);
  if (r.database) out.push(`- **Database:** ${t(r.database)}`);
  if (r.datastores?.length) out.push(`- **Datastores:** ${t(r.datastores.join(', '))}`);
  if (r.frameworks?.length) out.push(`- **Frameworks:** ${t(r.frameworks.join(', '))}`);
  if (r.languages?.length) out.push(`- **Languages:** ${t(r.languages.join(', '))}`);
  if (Object.keys(r.tags).length)
    out.push(
      `- **Tags:** ${t(
        Object.entries(r.tags)
          .map(([k, v]) => `${k}=${v}`)
          .join(', '),
      )}`,
    );
  if (r.notes.length) out.push('', '**Notes:**', ...r.notes.map((n) => `- ${t(n)}`));
  if (r.warnings.length)
    out.push('', '**Warnings:**', ...r.warnings.map((w) => `- ${markdownCode(`${w.file}${w.line ? `:${w.line}` : ''}`)}: ${t(w.message)}`));
  out.push('');
  return out;
}
