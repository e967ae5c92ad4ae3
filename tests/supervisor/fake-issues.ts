// A tiny stateful GitHub issues API on the faulty server: list (open, by label), create, update.
// Enough for the error-issue upsert; failures can still be scripted on other routes.
import type { FaultyServer } from '../fakes/faulty-http';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
}

export function installIssues(server: FaultyServer, owner = 'o', repo = 'r'): { issues: FakeIssue[] } {
  const issues: FakeIssue[] = [];
  const base = `/repos/${owner}/${repo}/issues`;
  const toApi = (i: FakeIssue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
    labels: i.labels.map((name) => ({ name })),
  });
  server.on('GET', new RegExp(`^${base}$`), (req) => {
    const url = new URL(`http://x${req.url}`);
    const label = url.searchParams.get('labels');
    const list = issues.filter((i) => i.state === 'open' && (!label || i.labels.includes(label)));
    return { status: 200, body: list.map(toApi) };
  });
  server.on('POST', new RegExp(`^${base}$`), (req) => {
    const b = req.body as { title?: string; body?: string; labels?: string[] };
    if (!b?.title)
      return {
        status: 422,
        body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] },
      };
    const issue: FakeIssue = { number: issues.length + 1, title: b.title, body: b.body ?? '', labels: b.labels ?? [], state: 'open' };
    issues.push(issue);
    return { status: 201, body: toApi(issue) };
  });
  server.on('PATCH', new RegExp(`^${base}/\\d+$`), (req) => {
    const n = Number(req.path.split('/').pop());
    const issue = issues.find((i) => i.number === n);
    if (!issue) return { status: 404, body: { message: 'Not Found' } };
    const b = req.body as Partial<FakeIssue>;
    if (b.title !== undefined) issue.title = b.title;
    if (b.body !== undefined) issue.body = b.body;
    if (b.state !== undefined) issue.state = b.state;
    return { status: 200, body: toApi(issue) };
  });
  return { issues };
}
