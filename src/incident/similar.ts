// Similar past incidents: earlier Inframate incident issues (open or closed) scored against this one
// by shared alert fingerprints, alert names, resources and the root-cause rule. Each issue carries
// a hidden meta line so the comparison never parses prose.
import type { GitHubClient } from '../github/client';

export const INCIDENT_LABEL = 'inframate-incident';
const META_RE = /<!-- inframate:incident-meta (\{[^\n]*?\}) -->/;

export interface IncidentMeta {
  incidentId: string;
  fingerprints: string[];
  alertnames: string[];
  targets: string[];
  rule: string | null;
  /** The first recovery step proposed then. */
  firstStep: string | null;
}

export interface SimilarIncident {
  url: string;
  title: string;
  score: number;
  state: string;
  /** What was proposed then (the first recovery step) and the rule that explained it. */
  whatWasDone: string | null;
  rule: string | null;
}

export function metaLine(meta: IncidentMeta): string {
  // "--" cannot appear inside an HTML comment: ids and names are plain, but be safe.
  return `<!-- inframate:incident-meta ${JSON.stringify(meta).replace(/--/g, '\\u002d\\u002d')} -->`;
}

export function readMeta(body: string | null | undefined): IncidentMeta | null {
  const m = META_RE.exec(body ?? '');
  if (!m) return null;
  try {
    const v = JSON.parse(m[1]) as IncidentMeta;
    return Array.isArray(v.fingerprints) && Array.isArray(v.alertnames) ? v : null;
  } catch {
    return null;
  }
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size && !B.size) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

export function similarity(a: IncidentMeta, b: IncidentMeta): number {
  const fp = a.fingerprints.some((f) => b.fingerprints.includes(f)) ? 0.5 : 0;
  const symptoms = jaccard([...a.alertnames, ...a.targets], [...b.alertnames, ...b.targets]) * 0.3;
  const rule = a.rule && a.rule === b.rule ? 0.2 : 0;
  return Math.round((fp + symptoms + rule) * 100) / 100;
}

/** Earlier incident issues similar to `meta` (at most `limit`, score ≥ 0.3), best first. */
export async function findSimilarIncidents(
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  meta: IncidentMeta,
  limit = 5,
): Promise<SimilarIncident[]> {
  const out: SimilarIncident[] = [];
  let seen = 0;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repo,
    state: 'all',
    labels: INCIDENT_LABEL,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const issue of page.data as { html_url: string; title: string; body?: string | null; state: string; pull_request?: unknown }[]) {
      if (issue.pull_request) continue;
      const other = readMeta(issue.body);
      if (!other || other.incidentId === meta.incidentId) continue;
      const score = similarity(meta, other);
      if (score >= 0.3)
        out.push({ url: issue.html_url, title: issue.title, score, state: issue.state, whatWasDone: other.firstStep, rule: other.rule });
    }
    // Bounded: the newest 500 incident issues are enough to find a precedent.
    if ((seen += page.data.length) >= 500) break;
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
