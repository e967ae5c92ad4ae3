// diagnose in the Action, outside pull requests: one issue per error fingerprint (contracts §5),
// upserted by its hidden marker, so a failure that repeats updates its issue instead of opening
// another. Only the first few errors of a run get issues: one broken log cannot flood the tracker.
import type { DiagnoseReport } from '../diagnose/report';
import { renderDiagnosisMarkdown } from '../diagnose/render';
import type { GitHubClient } from '../github/client';
import type { GitHubContext } from '../github/context';
import { upsertIssue, type UpsertIssueResult } from '../github/issues';

export const MAX_DIAGNOSE_ISSUES = 5;

export function diagnoseIssueTitle(d: DiagnoseReport['diagnoses'][number]): string {
  const parts = [`Failed run: ${d.category}`];
  if (d.errorCode) parts.push(d.errorCode);
  if (d.resource) parts.push(`on ${d.resource}`);
  return parts
    .join(' ')
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 200);
}

export async function upsertDiagnoseIssues(
  octokit: GitHubClient,
  gh: GitHubContext,
  report: DiagnoseReport,
  opts: { runUrl?: string; labels?: string[] } = {},
): Promise<{ fingerprint: string; issue: UpsertIssueResult }[]> {
  const out: { fingerprint: string; issue: UpsertIssueResult }[] = [];
  for (const d of report.diagnoses.slice(0, MAX_DIAGNOSE_ISSUES)) {
    const footer = opts.runUrl ? `\n<sub>Seen in [this run](${opts.runUrl}).</sub>\n` : '';
    const issue = await upsertIssue(octokit, {
      owner: gh.repo.owner,
      repo: gh.repo.repo,
      kind: 'diagnose',
      key: d.fingerprint,
      title: diagnoseIssueTitle(d),
      body: `${renderDiagnosisMarkdown(d, 0, '###')}${footer}`,
      labels: opts.labels ?? ['inframate'],
    });
    out.push({ fingerprint: d.fingerprint, issue });
  }
  return out;
}
