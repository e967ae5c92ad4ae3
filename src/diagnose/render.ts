// Markdown (job summary, PR comment, issue body) and SARIF renderings of a diagnose report.
import type { DiagnoseReport } from './report';
import type { Diagnosis } from './types';

/** A code fence longer than any backtick run inside the text: log text cannot close it. */
export function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((s) => s.length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text}\n${f}`;
}

/** Inline text from the log: no markdown, HTML or mentions can be injected through it. */
export function inline(text: string, max = 300): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/@(?=\w)/g, '@\u200b');
}

/** A code span for identifiers from the log (codes, addresses); pipes and backticks cannot break out. */
function code(value: string | null): string {
  if (!value) return '';
  return '`' + value.replace(/[`|\r\n]/g, '').slice(0, 120) + '`';
}

function heading(d: Diagnosis, i: number): string {
  const parts = [`${i + 1}. ${d.category}`];
  if (d.errorCode) parts.push(`\`${d.errorCode.replace(/`/g, '')}\``);
  if (d.resource) parts.push(`\`${d.resource.replace(/`/g, '')}\``);
  return parts.join(' · ');
}

export function renderDiagnosisMarkdown(d: Diagnosis, i: number, level = '##'): string {
  const lines = [`${level} ${heading(d, i)}`, '', `**${inline(d.summary, 500)}**`, ''];
  const where = d.location ? `${d.location.file}:${d.location.line}` : d.file ? `${d.file}${d.line ? `:${d.line}` : ''}` : null;
  const facts = [
    d.service ? `service \`${d.service}\`` : null,
    where ? `at \`${where.replace(/`/g, '')}\`` : null,
    d.occurrences > 1 ? `seen ${d.occurrences} times` : null,
    `confidence ${d.confidence.toFixed(2)}`,
    d.rule ? `rule \`${d.rule}\`` : 'no matching rule',
  ].filter(Boolean);
  lines.push(facts.join(' · '), '', `**Root cause:** ${inline(d.rootCause, 800)}`, '');
  if (d.fixes.length) {
    lines.push('**Fix:**', '');
    for (const f of d.fixes) lines.push(`- ${f.replace(/\r?\n/g, ' ')}`);
    lines.push('');
  }
  if (d.iamStatement) {
    lines.push('Minimal IAM statement that allows the denied call:', '', fence(JSON.stringify(d.iamStatement, null, 2), 'json'), '');
  }
  if (d.ai) {
    lines.push(`**AI explanation:** ${inline(d.ai.explanation, 1500)}`, '');
    for (const f of d.ai.extraFixes) lines.push(`- (AI) ${inline(f, 400)}`);
    if (d.ai.extraFixes.length) lines.push('');
    if (d.ai.guess) lines.push(`**AI best guess (unverified):** ${d.ai.guess.category} — ${inline(d.ai.guess.summary, 400)}`, '');
  }
  if (d.docs) lines.push(`Docs: ${d.docs}`, '');
  lines.push('<details><summary>Error text from the log</summary>', '', fence(d.excerpt, 'text'), '', '</details>', '');
  return lines.join('\n');
}

export function renderDiagnoseMarkdown(r: DiagnoseReport, heading1 = '#'): string {
  const lines = [`${heading1} inframate diagnose`, ''];
  const src = r.log.source === 'stdin' ? 'stdin' : `\`${r.log.source.replace(/`/g, '')}\``;
  if (!r.diagnoses.length) {
    lines.push(
      `No error recognised in the log (${src}, ${r.log.lines} lines). If the run failed, the cause may be before the part of the log that was kept, or in another step.`,
      '',
    );
    return lines.join('\n');
  }
  lines.push(
    `${r.diagnoses.length} error${r.diagnoses.length === 1 ? '' : 's'} found in ${src} (${r.log.lines} lines), most important first.` +
      (r.log.truncated ? ' The log was long: only its tail was read.' : '') +
      (r.log.redactions ? ` ${r.log.redactions} secret-looking values were redacted.` : ''),
    '',
  );
  lines.push('| # | category | code | resource | summary |', '|---|---|---|---|---|');
  r.diagnoses.forEach((d, i) =>
    lines.push(`| ${i + 1} | ${d.category} | ${code(d.errorCode)} | ${code(d.resource)} | ${inline(d.summary, 120)} |`),
  );
  lines.push('');
  r.diagnoses.forEach((d, i) => lines.push(renderDiagnosisMarkdown(d, i, `${heading1}#`)));
  return lines.join('\n');
}

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { unknown: 'warning' };

export function renderDiagnoseSarif(r: DiagnoseReport, version: string): unknown {
  const ruleIds = [...new Set(r.diagnoses.map((d) => d.rule ?? 'unknown'))];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'inframate-diagnose',
            version,
            informationUri: 'https://github.com/',
            rules: ruleIds.map((id) => {
              const d = r.diagnoses.find((x) => (x.rule ?? 'unknown') === id)!;
              return { id, shortDescription: { text: d.category }, helpUri: d.docs ?? undefined };
            }),
          },
        },
        results: r.diagnoses.map((d) => ({
          ruleId: d.rule ?? 'unknown',
          level: LEVEL[d.category] ?? 'error',
          message: { text: `${d.summary}\n${d.rootCause}\nFix: ${d.fixes.join(' | ')}` },
          partialFingerprints: { inframateDiagnose: d.fingerprint },
          ...(d.location || d.file
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: (d.location?.file ?? d.file)! },
                      region: { startLine: d.location?.line ?? d.line ?? 1 },
                    },
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}
