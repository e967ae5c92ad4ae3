// One issue per incident, found again by its marker (`<!-- inframate:incident:INCIDENT_ID -->`):
// created when the incident fires, edited as alerts change, closed when every alert is resolved.
import type { GitHubClient } from '../github/client';
import { findIssueByMarker, upsertIssue } from '../github/issues';
import { fitBody } from '../github/body';
import { withMarker } from '../github/markers';
import { INCIDENT_LABEL } from './similar';

export interface IssueDelivery {
  number: number | null;
  url: string | null;
  /** created | updated | unchanged | closed | none (resolved with no open issue) */
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none';
}

export async function deliverIncidentIssue(
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  incident: { incidentId: string; status: 'firing' | 'resolved'; title: string; body: string },
): Promise<IssueDelivery> {
  const labels = ['inframate', INCIDENT_LABEL];
  if (incident.status === 'firing') {
    const r = await upsertIssue(octokit, {
      ...repo,
      kind: 'incident',
      key: incident.incidentId,
      title: incident.title,
      body: incident.body,
      labels,
    });
    return { number: r.number, url: r.url, action: r.created ? 'created' : r.updated ? 'updated' : 'unchanged' };
  }
  const open = await findIssueByMarker(octokit, { ...repo, kind: 'incident', key: incident.incidentId, label: labels[0] });
  if (!open) return { number: null, url: null, action: 'none' };
  const body = fitBody(withMarker(incident.body, 'incident', incident.incidentId)).body;
  const { data } = await octokit.rest.issues.update({
    ...repo,
    issue_number: open.number,
    title: incident.title,
    body,
    state: 'closed',
    state_reason: 'completed',
  });
  return { number: data.number, url: data.html_url, action: 'closed' };
}
