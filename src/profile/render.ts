// Markdown for the repository profile (used by analyze and auto reports).
import type { Profile } from './types';
import { markdownCode, tableCell } from '../core/markdown';

const cell = (s: string) => tableCell(s);
const list = (xs: readonly string[] | undefined) => (xs && xs.length ? xs.map((x) => `\`${x}\``).join(', ') : '—');

export function renderProfileMarkdown(p: Profile): string[] {
  const out: string[] = ['## Repository profile', ''];
  const langs = p.languages.filter((l) => l.files > 0);
  out.push(`- **Languages:** ${langs.length ? langs.map((l) => `${l.name} ${(l.share * 100).toFixed(1)}%`).join(', ') : 'none detected'}`);
  out.push(`- **Frameworks:** ${list(p.frameworks)}`);
  out.push(`- **Datastores:** ${list(p.datastores)}`);
  if (p.messaging?.length) out.push(`- **Messaging:** ${list(p.messaging)}`);
  out.push(`- **Package managers:** ${list(p.packageManagers)}`);
  out.push(
    `- **Docker:** ${p.docker.dockerfiles.length} Dockerfile(s)${p.docker.compose.length ? `, compose: ${list(p.docker.compose)}` : ''}`,
  );
  const iac = Object.entries(p.iac).filter(([, files]) => files.length);
  out.push(
    `- **Existing IaC:** ${iac.length ? iac.map(([kind, files]) => `${kind} (${files.length} file${files.length === 1 ? '' : 's'})`).join(', ') : 'none'}`,
  );
  out.push('');
  if (p.services.length) {
    out.push(
      '### Services',
      '',
      '| service | path | languages | frameworks | datastores | port | build | start |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const s of p.services) {
      out.push(
        `| ${cell(s.name)} | ${markdownCode(s.path)} | ${s.languages.join(', ') || '—'} | ${s.frameworks.join(', ') || '—'} | ${s.datastores.join(', ') || '—'} | ${s.port ?? '—'} | ${s.build ? `${markdownCode(s.build)}` : '—'} | ${s.start ? `${markdownCode(s.start)}` : '—'} |`,
      );
    }
    out.push('');
  } else {
    out.push('No deployable service found (no Dockerfile, web framework, start command or executable).', '');
  }
  if (p.overrides?.length) {
    out.push('### Stated in inframate.md (overrides detection)', '');
    for (const o of p.overrides) out.push(`- **${cell(o.field)}:** ${list(o.stated)} (detected: ${list(o.detected)})`);
    out.push('');
  }
  if (p.warnings.length) {
    out.push('<details><summary>Profile warnings (' + p.warnings.length + ')</summary>', '');
    for (const w of p.warnings.slice(0, 50)) out.push(`- ${markdownCode(`${w.file}${w.line ? `:${w.line}` : ''}`)}: ${cell(w.message)}`);
    if (p.warnings.length > 50) out.push(`- … ${p.warnings.length - 50} more`);
    out.push('', '</details>', '');
  }
  return out;
}
