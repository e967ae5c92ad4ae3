// One GitHub issue per unrecovered failure (fingerprint), found again by its hidden marker
// `<!-- inframate:error:<fingerprint> -->` and updated on recurrence with an occurrence count:
// a failure that happens every night is one issue that says "seen 14 times", never 14 issues.
import type { GitHubClient } from '../github/client';
import { findIssueByMarker, upsertIssue } from '../github/issues';
import type { ErrorRecord, ErrorReport } from './report';

export const ERROR_ISSUE_KIND = 'error';
export const ERROR_ISSUE_LABELS = ['inframate', 'inframate-error'];

export interface ErrorIssueSink {
  /** The open issue for this fingerprint, if any (its body carries the occurrence count). */
  find(fingerprint: string): Promise<{ body?: string | null } | undefined>;
  upsert(input: {
    fingerprint: string;
    title: string;
    body: string;
    labels: string[];
  }): Promise<{ number: number; url: string; created: boolean; updated: boolean }>;
}

export interface PublishedIssue {
  fingerprint: string;
  number: number;
  url: string;
  created: boolean;
  occurrences: number;
}

/** Codes of records that only restate another failure. */
const CONSEQUENCES = new Set(['repeated-failure']);

const COUNT = /<!-- inframate:occurrences:(\d+) -->/;

export function occurrencesIn(body: string | null | undefined): number {
  const m = body ? COUNT.exec(body) : null;
  return m ? Number(m[1]) : 0;
}

export function errorIssueTitle(record: ErrorRecord): string {
  return `inframate: ${record.type} error in ${record.step}`.slice(0, 200);
}

const fence = (text: string) => {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((t) => t.length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
};

export function errorIssueBody(record: ErrorRecord, ctx: { command: string; occurrences: number; when: Date; runUrl?: string }): string {
  const lines = [
    `<!-- inframate:occurrences:${ctx.occurrences} -->`,
    `**Seen ${ctx.occurrences} time${ctx.occurrences === 1 ? '' : 's'}**, last on ${ctx.when.toISOString().slice(0, 16).replace('T', ' ')} UTC` +
      ` by \`inframate ${ctx.command}\`${ctx.runUrl ? ` ([run](${ctx.runUrl}))` : ''}.`,
    '',
    '| step | type | severity | attempts | dependency | fingerprint |',
    '|---|---|---|---|---|---|',
    `| \`${record.step}\` | ${record.type} | ${record.severity} | ${record.attempts} | ${record.dependency ?? '-'} | \`${record.fingerprint ?? '-'}\` |`,
    '',
    fence(record.message),
  ];
  if (record.solution) lines.push('', `**What to do:** ${record.solution}`);
  if (record.analysis) {
    lines.push(
      '',
      '### AI analysis',
      '',
      `- **Root cause:** ${record.analysis.rootCause}`,
      `- **Fix:** ${record.analysis.fix}`,
      `- **Prevention:** ${record.analysis.prevention}`,
    );
  }
  lines.push(
    '',
    '<sub>Opened by inframate for an error it could not recover from. It is updated when the error recurs; close it once fixed.</sub>',
  );
  return lines.join('\n') + '\n';
}

/**
 * Upsert one issue per distinct unrecovered fingerprint of the report, and link each record to its
 * issue. A failure to publish is returned in `failed`, never thrown: the report is already written.
 */
export async function publishErrorIssues(
  report: ErrorReport,
  sink: ErrorIssueSink,
  ctx: { command: string; now?: Date; runUrl?: string; mask?: (s: string) => string; limit?: number },
): Promise<{ published: PublishedIssue[]; failed: string[] }> {
  const mask = ctx.mask ?? ((s: string) => s);
  const limit = ctx.limit ?? 5;
  const published = new Map<string, PublishedIssue>();
  const failed: string[] = [];
  for (const record of report.errors) {
    // A give-up on a repeated failure is a consequence: the repeated failure has its own issue.
    if (record.recovered || !record.fingerprint || CONSEQUENCES.has(record.code ?? '')) continue;
    const fp = record.fingerprint;
    if (!published.has(fp) && published.size + failed.length < limit) {
      try {
        const existing = await sink.find(fp);
        const occurrences = occurrencesIn(existing?.body) + 1;
        const body = mask(errorIssueBody(record, { command: ctx.command, occurrences, when: ctx.now ?? new Date(), runUrl: ctx.runUrl }));
        const r = await sink.upsert({ fingerprint: fp, title: mask(errorIssueTitle(record)), body, labels: ERROR_ISSUE_LABELS });
        published.set(fp, { fingerprint: fp, number: r.number, url: r.url, created: r.created, occurrences });
      } catch (error) {
        failed.push(`${fp}: ${(error as Error)?.message ?? String(error)}`);
        continue;
      }
    }
    const issue = published.get(fp);
    if (issue) record.issue = { number: issue.number, url: issue.url, occurrences: issue.occurrences };
  }
  return { published: [...published.values()], failed };
}

/** The sink for a real repository, through the GitHub helper's marker-based upsert. */
export function githubErrorIssueSink(octokit: GitHubClient, repo: { owner: string; repo: string }): ErrorIssueSink {
  return {
    find: (fingerprint) => findIssueByMarker(octokit, { ...repo, kind: ERROR_ISSUE_KIND, key: fingerprint, label: ERROR_ISSUE_LABELS[0] }),
    upsert: (input) =>
      upsertIssue(octokit, {
        ...repo,
        kind: ERROR_ISSUE_KIND,
        key: input.fingerprint,
        title: input.title,
        body: input.body,
        labels: input.labels,
      }),
  };
}
