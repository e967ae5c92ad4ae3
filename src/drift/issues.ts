// One GitHub issue per drift fingerprint (contracts §5): upserted by its hidden marker, updated
// while the drift persists, closed with a note once a run no longer finds it. Keys carry the
// working directory so monorepo roots never close each other's issues.
import type { GitHubClient } from '../github/client';
import { upsertIssue } from '../github/issues';
import { normalizeKey } from '../github/markers';
import { tableCell } from '../core/markdown';
import type { DriftItem, DriftReport } from './types';

export interface DriftIssuesResult {
  opened: number;
  updated: number;
  unchanged: number;
  closed: number[];
  urls: string[];
}

const KIND = 'drift';
/** Key prefix of one working directory's drift issues. */
const prefixFor = (dir: string) => `${normalizeKey(dir === '' ? '.' : dir)}/fp-`;

export function driftIssueKey(dir: string, item: DriftItem): string {
  return `${prefixFor(dir)}${item.fingerprint}`;
}

export function driftIssueBody(report: DriftReport, item: DriftItem, runUrl?: string): string {
  const lines = [
    `**${item.driftType}** \`${item.address}\` (severity **${item.severity}**: ${item.severityReason}).`,
    '',
    item.previousAddress ? `Moved from \`${item.previousAddress}\`.\n` : '',
  ];
  if (item.differences.length) {
    lines.push('| path | expected (Terraform) | actual (cloud) |', '|---|---|---|');
    for (const d of item.differences.slice(0, 30)) {
      lines.push(
        `| \`${tableCell(d.path)}\` | ${tableCell(JSON.stringify(d.expected), { max: 80 })} | ${tableCell(JSON.stringify(d.actual), { max: 80 })} |`,
      );
    }
    lines.push('');
  }
  const steps = report.recoveryPlan.steps.filter((s) => s.addresses.includes(item.address) && s.action !== 'confirm');
  if (steps.length) {
    lines.push('### Recovery (needs your approval)', '');
    for (const s of steps)
      lines.push(
        `- **${s.action}** (risk ${s.risk}): ${s.rationale}`,
        '',
        '  ```sh',
        `  ${s.command}`,
        '  ```',
        `  Rollback: ${s.rollback}`,
        '',
      );
  }
  lines.push(
    `<sub>fingerprint \`${item.fingerprint}\`${runUrl ? ` · [last seen in this run](${runUrl})` : ''}; closed automatically once the drift is gone.</sub>`,
  );
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
}

/** Upsert one issue per drift item and close this directory's drift issues whose drift is gone. */
export async function syncDriftIssues(
  octokit: GitHubClient,
  q: { owner: string; repo: string; dir: string; report: DriftReport; runUrl?: string; labels?: string[] },
): Promise<DriftIssuesResult> {
  const result: DriftIssuesResult = { opened: 0, updated: 0, unchanged: 0, closed: [], urls: [] };
  const labels = q.labels?.length ? q.labels : ['inframate', 'drift'];
  const live = new Set<string>();
  for (const item of q.report.driftItems) {
    const key = driftIssueKey(q.dir, item);
    live.add(normalizeKey(key));
    const issue = await upsertIssue(octokit, {
      owner: q.owner,
      repo: q.repo,
      kind: KIND,
      key,
      title: `Drift: ${item.address} ${item.driftType} (${item.severity})`,
      body: driftIssueBody(q.report, item, q.runUrl),
      labels,
    });
    if (issue.created) result.opened++;
    else if (issue.updated) result.updated++;
    else result.unchanged++;
    result.urls.push(issue.url);
  }
  // Close what this directory reported before and no longer finds.
  const prefix = prefixFor(q.dir);
  const markerRe = /<!-- inframate:drift:([A-Za-z0-9._/@+=-]+) -->/;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: q.owner,
    repo: q.repo,
    state: 'open',
    labels: labels[0],
    per_page: 100,
  });
  const stale: number[] = [];
  for await (const page of pages) {
    for (const issue of page.data as Array<{ number: number; body?: string | null; pull_request?: unknown }>) {
      const key = markerRe.exec(issue.body ?? '')?.[1];
      if (!issue.pull_request && key?.startsWith(prefix) && !live.has(key)) stale.push(issue.number);
    }
  }
  for (const number of stale) {
    await octokit.rest.issues.createComment({
      owner: q.owner,
      repo: q.repo,
      issue_number: number,
      body: 'Inframate no longer finds this drift: closing.',
    });
    await octokit.rest.issues.update({ owner: q.owner, repo: q.repo, issue_number: number, state: 'closed', state_reason: 'completed' });
    result.closed.push(number);
  }
  return result;
}
