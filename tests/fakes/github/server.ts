// A fake GitHub (REST + the GraphQL query Inframate sends) on 127.0.0.1. It keeps state — refs,
// commits, trees, blobs, pull requests, issues, comments, labels, reactions, permissions — and
// validates every request against GitHub's OpenAPI description: a request the real API would reject
// is recorded in `violations` (tests assert there are none) and answered with GitHub's error status.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitStore } from './git-store';
import { checkQuery } from './graphql';
import { OpenApiValidator, type Violation } from './openapi';

export interface FakeUser {
  login: string;
  permission: 'admin' | 'write' | 'read' | 'none';
  role?: string;
}

interface Labelled {
  labels: string[];
}

export interface FakeIssue extends Labelled {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  user: string;
  isPull: boolean;
}

export interface FakePull extends FakeIssue {
  head: string;
  base: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeReaction {
  id: number;
  commentId: number;
  content: string;
  user: string;
}

export interface RequestRecord {
  method: string;
  path: string;
  route?: string;
  status: number;
  body?: unknown;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Files of the initial commit on the default branch. */
  files?: Record<string, string>;
  /** token → the user it authenticates and whether it may write. */
  tokens?: Record<string, { login: string; write: boolean }>;
  users?: FakeUser[];
  /** Largest page size served (GitHub's is 100). */
  maxPerPage?: number;
  /** Truncate recursive tree listings longer than this (GitHub does at 100,000 entries). */
  truncateTreesOver?: number;
  /** The repository setting "Allow GitHub Actions to create and approve pull requests" (default true). */
  actionsMayCreatePullRequests?: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class FakeGitHub {
  readonly git = new GitStore();
  readonly refs = new Map<string, string>();
  readonly issues = new Map<number, FakeIssue | FakePull>();
  readonly comments = new Map<number, FakeComment>();
  readonly reactions: FakeReaction[] = [];
  readonly labels = new Set<string>();
  /** repository_dispatch events received (POST /repos/{owner}/{repo}/dispatches). */
  readonly dispatches: { event_type: string; client_payload?: Record<string, unknown> }[] = [];
  readonly requests: RequestRecord[] = [];
  readonly violations: Violation[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  private readonly tokens: Record<string, { login: string; write: boolean }>;
  private readonly validator = new OpenApiValidator();
  private readonly maxPerPage: number;
  private readonly actionsMayCreatePullRequests: boolean;
  private readonly truncateTreesOver: number;
  private readonly faults: { route: string; status: number; times: number; headers?: Record<string, string> }[] = [];
  private server?: Server;
  private nextIssue = 1;
  private nextId = 1000;
  url = '';

  constructor(opts: FakeGitHubOptions = {}) {
    this.owner = opts.owner ?? 'acme';
    this.repo = opts.repo ?? 'shop';
    this.defaultBranch = opts.defaultBranch ?? 'main';
    this.tokens = opts.tokens ?? {
      'write-token': { login: 'github-actions[bot]', write: true },
      'read-token': { login: 'github-actions[bot]', write: false },
    };
    this.maxPerPage = opts.maxPerPage ?? 100;
    this.actionsMayCreatePullRequests = opts.actionsMayCreatePullRequests ?? true;
    this.truncateTreesOver = opts.truncateTreesOver ?? 100_000;
    for (const u of opts.users ?? []) this.users.set(u.login.toLowerCase(), u);
    const flat = new Map(
      Object.entries(opts.files ?? { 'README.md': '# shop\n' }).map(([p, c]) => [
        p,
        { mode: '100644', type: 'blob' as const, sha: this.git.putBlob(Buffer.from(c)) },
      ]),
    );
    const commit = this.git.putCommit({
      tree: this.git.buildTree(flat),
      parents: [],
      message: 'initial commit',
      author: { name: 'Ada', email: 'ada@example.com' },
    });
    this.refs.set(`refs/heads/${this.defaultBranch}`, commit.sha);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Make the next `times` requests to `route` ("POST /repos/{owner}/{repo}/git/blobs") fail with `status`. */
  failNext(route: string, status: number, times = 1, headers?: Record<string, string>): void {
    this.faults.push({ route, status, times, headers });
  }

  // ---- inspection helpers for tests ----
  pulls(): FakePull[] {
    return [...this.issues.values()].filter((i): i is FakePull => i.isPull);
  }
  commentsOn(issue: number): FakeComment[] {
    return [...this.comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
  }
  fileAt(branch: string, path: string): string | undefined {
    const sha = this.refs.get(`refs/heads/${branch}`);
    if (!sha) return undefined;
    const entry = this.git.flatten(this.git.commits.get(sha)!.tree).get(path);
    return entry ? this.git.blobs.get(entry.sha)?.toString('utf8') : undefined;
  }
  commitCount(): number {
    return this.git.commits.size;
  }
  writes(): RequestRecord[] {
    return this.requests.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql'));
  }
  addIssue(title: string, body: string, opts: { pull?: boolean; head?: string; base?: string; user?: string } = {}): FakeIssue {
    const number = this.nextIssue++;
    const issue: FakeIssue | FakePull = opts.pull
      ? {
          number,
          title,
          body,
          state: 'open',
          user: opts.user ?? 'ada',
          labels: [],
          isPull: true,
          head: opts.head ?? 'feature',
          base: opts.base ?? this.defaultBranch,
        }
      : { number, title, body, state: 'open', user: opts.user ?? 'ada', labels: [], isPull: false };
    this.issues.set(number, issue);
    return issue;
  }
  addComment(issue: number, body: string, user = 'ada'): FakeComment {
    const now = new Date().toISOString();
    const c = { id: this.nextId++, issue, body, user, createdAt: now, updatedAt: now };
    this.comments.set(c.id, c);
    return c;
  }

  // ---- HTTP ----
  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RequestRecord = { method, path: url.pathname, status: 0 };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(status === 204 ? undefined : JSON.stringify(data));
    };
    try {
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          this.violations.push({ method, path: url.pathname, message: 'body is not JSON' });
          return send(400, { message: 'Problems parsing JSON' });
        }
      }
      record.body = body;
      const auth = req.headers.authorization ?? '';
      const token = /^(token|bearer) (.+)$/i.exec(auth)?.[2];
      const who = token ? this.tokens[token] : undefined;
      if (!who) return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });

      if (method === 'POST' && url.pathname === '/graphql') return send(200, this.graphql(body));
      const v = this.validator.validate(method, url.pathname, url.searchParams, body);
      if (v.violation || !v.match) {
        this.violations.push({ method, path: url.pathname, message: v.violation ?? 'no match' });
        return send(v.status ?? 422, { message: v.violation, documentation_url: 'https://docs.github.com/rest' });
      }
      record.route = v.match.template;
      const fault = this.faults.find((f) => f.route === v.match!.template && f.times > 0);
      if (fault) {
        fault.times--;
        return send(fault.status, { message: `injected ${fault.status}` }, fault.headers);
      }
      const { owner, repo } = v.match.params;
      if (owner !== this.owner || repo !== this.repo) return send(404, { message: 'Not Found' });
      if (method !== 'GET' && !who.write) return send(403, { message: 'Resource not accessible by integration' });
      const out = this.route(v.match.template, v.match.params, url.searchParams, body as Record<string, unknown>, who.login);
      send(out.status ?? 200, out.data, out.headers);
    } catch (error) {
      if (error instanceof HttpError) return send(error.status, { message: error.message, ...error.extra });
      send(500, { message: String((error as Error)?.stack ?? error) });
    }
  }

  private html(kind: string, n: number | string): string {
    return `${this.url}/${this.owner}/${this.repo}/${kind}/${n}`;
  }

  private repoJson() {
    return {
      id: 1,
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: { login: this.owner },
      default_branch: this.defaultBranch,
      private: false,
    };
  }

  private issueJson(i: FakeIssue | FakePull) {
    const base = {
      id: i.number + 500,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      user: { login: i.user },
      labels: i.labels.map((name) => ({ name })),
      html_url: this.html(i.isPull ? 'pull' : 'issues', i.number),
    };
    return i.isPull ? { ...base, pull_request: { url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${i.number}` } } : base;
  }

  private pullJson(p: FakePull) {
    const repo = this.repoJson();
    return {
      ...this.issueJson(p),
      pull_request: undefined,
      head: { ref: p.head, sha: this.refs.get(`refs/heads/${p.head}`) ?? '', repo, label: `${this.owner}:${p.head}` },
      base: { ref: p.base, sha: this.refs.get(`refs/heads/${p.base}`) ?? '', repo, label: `${this.owner}:${p.base}` },
    };
  }

  private commentJson(c: FakeComment) {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user },
      html_url: `${this.html('issues', c.issue)}#issuecomment-${c.id}`,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    };
  }

  private page<T>(items: T[], q: URLSearchParams, path: string): { data: T[]; headers: Record<string, string> } {
    const per = Math.min(Number(q.get('per_page') ?? 30), this.maxPerPage);
    const page = Number(q.get('page') ?? 1);
    const data = items.slice((page - 1) * per, page * per);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URLSearchParams(q);
      next.set('page', String(page + 1));
      headers.link = `<${this.url}${path}?${next}>; rel="next"`;
    }
    return { data, headers };
  }

  private issue(n: string): FakeIssue | FakePull {
    const i = this.issues.get(Number(n));
    if (!i) throw new HttpError(404, 'Not Found');
    return i;
  }

  private route(
    route: string,
    p: Record<string, string>,
    q: URLSearchParams,
    b: Record<string, unknown>,
    login: string,
  ): { status?: number; data?: unknown; headers?: Record<string, string> } {
    const path = `/repos/${this.owner}/${this.repo}`;
    switch (route) {
      case 'GET /repos/{owner}/{repo}':
        return { data: this.repoJson() };
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}': {
        const sha = this.refs.get(`refs/${p.ref}`);
        if (!sha) throw new HttpError(404, 'Not Found');
        return { data: { ref: `refs/${p.ref}`, object: { sha, type: 'commit' } } };
      }
      case 'POST /repos/{owner}/{repo}/git/refs': {
        const ref = String(b.ref);
        if (!/^refs\/[^/]+\/.+/.test(ref)) throw new HttpError(422, 'Reference name must start with refs/ and have at least two slashes');
        if (this.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
        if (!this.git.commits.has(String(b.sha))) throw new HttpError(422, 'Object does not exist');
        this.refs.set(ref, String(b.sha));
        return { status: 201, data: { ref, object: { sha: b.sha, type: 'commit' } } };
      }
      case 'PATCH /repos/{owner}/{repo}/git/refs/{ref}': {
        const ref = `refs/${p.ref}`;
        const current = this.refs.get(ref);
        if (!current) throw new HttpError(422, 'Reference does not exist');
        const sha = String(b.sha);
        if (!this.git.commits.has(sha)) throw new HttpError(422, 'Object does not exist');
        if (!b.force && !this.git.isAncestor(current, sha)) throw new HttpError(422, 'Update is not a fast forward');
        this.refs.set(ref, sha);
        return { data: { ref, object: { sha, type: 'commit' } } };
      }
      case 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': {
        const c = this.git.commits.get(p.commit_sha);
        if (!c) throw new HttpError(404, 'Not Found');
        return {
          data: {
            sha: c.sha,
            tree: { sha: c.tree },
            parents: c.parents.map((sha) => ({ sha })),
            message: c.message,
            author: c.author,
            committer: c.author,
          },
        };
      }
      case 'POST /repos/{owner}/{repo}/git/commits': {
        const tree = String(b.tree);
        if (!this.git.trees.has(tree)) throw new HttpError(422, 'Tree SHA does not exist');
        const parents = (b.parents as string[] | undefined) ?? [];
        for (const parent of parents)
          if (!this.git.commits.has(parent)) throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
        const c = this.git.putCommit({
          tree,
          parents,
          message: String(b.message),
          author: b.author as { name: string; email: string } | undefined,
        });
        return { status: 201, data: { sha: c.sha, tree: { sha: c.tree }, parents: c.parents.map((sha) => ({ sha })), message: c.message } };
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const entries = this.git.trees.get(p.tree_sha);
        if (!entries) throw new HttpError(404, 'Not Found');
        const recursive = q.has('recursive');
        const tree = recursive
          ? this.git.listRecursive(p.tree_sha)
          : entries.map((e) => ({ path: e.name, mode: e.mode, type: e.type, sha: e.sha }));
        const truncated = recursive && tree.length > this.truncateTreesOver;
        return { data: { sha: p.tree_sha, tree: truncated ? tree.slice(0, this.truncateTreesOver) : tree, truncated } };
      }
      case 'POST /repos/{owner}/{repo}/git/trees': {
        const flat = b.base_tree ? this.git.flatten(String(b.base_tree)) : new Map();
        if (b.base_tree && !this.git.trees.has(String(b.base_tree))) throw new HttpError(422, 'base_tree is not a valid tree oid');
        for (const e of b.tree as { path: string; mode: string; type: 'blob'; sha?: string | null; content?: string }[]) {
          if (e.sha !== undefined && e.content !== undefined)
            throw new HttpError(422, 'Must supply either tree.sha or tree.content, not both');
          if (e.sha === null) {
            flat.delete(e.path);
            continue;
          }
          const sha = e.content !== undefined ? this.git.putBlob(Buffer.from(e.content)) : String(e.sha);
          if (!this.git.blobs.has(sha)) throw new HttpError(422, `tree.sha ${sha} is not a valid blob`);
          flat.set(e.path, { mode: e.mode, type: 'blob', sha });
        }
        const sha = this.git.buildTree(flat);
        return { status: 201, data: { sha, tree: this.git.listRecursive(sha), truncated: false } };
      }
      case 'POST /repos/{owner}/{repo}/git/blobs': {
        const content = b.encoding === 'base64' ? Buffer.from(String(b.content), 'base64') : Buffer.from(String(b.content), 'utf8');
        return { status: 201, data: { sha: this.git.putBlob(content), url: `${this.url}${path}/git/blobs/x` } };
      }
      case 'GET /repos/{owner}/{repo}/pulls': {
        const state = q.get('state') ?? 'open';
        const head = q.get('head')?.split(':').pop();
        const list = this.pulls().filter((pr) => (state === 'all' || pr.state === state) && (!head || pr.head === head));
        const page = this.page(
          list.map((pr) => this.pullJson(pr)),
          q,
          `${path}/pulls`,
        );
        return { data: page.data, headers: page.headers };
      }
      case 'POST /repos/{owner}/{repo}/pulls': {
        if (!this.actionsMayCreatePullRequests && login === 'github-actions[bot]') {
          throw new HttpError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
        }
        const head = String(b.head).split(':').pop()!;
        const base = String(b.base);
        const headSha = this.refs.get(`refs/heads/${head}`);
        const baseSha = this.refs.get(`refs/heads/${base}`);
        if (!headSha || !baseSha)
          throw new HttpError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', field: headSha ? 'base' : 'head', code: 'invalid' }],
          });
        if (this.pulls().some((pr) => pr.state === 'open' && pr.head === head && pr.base === base)) {
          throw new HttpError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${this.owner}:${head}.` }],
          });
        }
        if (this.git.isAncestor(headSha, baseSha)) {
          throw new HttpError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }],
          });
        }
        const pr = this.addIssue(String(b.title), (b.body as string) ?? null, { pull: true, head, base, user: login }) as FakePull;
        return { status: 201, data: this.pullJson(pr) };
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pr = this.issue(p.pull_number);
        if (!pr.isPull) throw new HttpError(404, 'Not Found');
        return { data: this.pullJson(pr as FakePull) };
      }
      case 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pr = this.issue(p.pull_number) as FakePull;
        if (!pr.isPull) throw new HttpError(404, 'Not Found');
        if (typeof b.title === 'string') pr.title = b.title;
        if (typeof b.body === 'string') pr.body = b.body;
        if (b.state === 'open' || b.state === 'closed') pr.state = b.state;
        return { data: this.pullJson(pr) };
      }
      case 'GET /repos/{owner}/{repo}/issues': {
        const state = q.get('state') ?? 'open';
        const wanted = (q.get('labels') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const list = [...this.issues.values()]
          .filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)))
          .sort((a, b2) => b2.number - a.number);
        const page = this.page(
          list.map((i) => this.issueJson(i)),
          q,
          `${path}/issues`,
        );
        return { data: page.data, headers: page.headers };
      }
      case 'POST /repos/{owner}/{repo}/issues': {
        const issue = this.addIssue(String(b.title), (b.body as string) ?? null, { user: login });
        issue.labels = this.addLabels((b.labels as (string | { name: string })[]) ?? []);
        return { status: 201, data: this.issueJson(issue) };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}': {
        const issue = this.issue(p.issue_number);
        if (typeof b.title === 'string') issue.title = b.title;
        if (typeof b.body === 'string') issue.body = b.body;
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        if (Array.isArray(b.labels)) issue.labels = this.addLabels(b.labels as string[]);
        return { data: this.issueJson(issue) };
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        this.issue(p.issue_number);
        const page = this.page(
          this.commentsOn(Number(p.issue_number)).map((c) => this.commentJson(c)),
          q,
          `${path}/issues/${p.issue_number}/comments`,
        );
        return { data: page.data, headers: page.headers };
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        this.issue(p.issue_number);
        this.checkBodyLength(b.body);
        return { status: 201, data: this.commentJson(this.addComment(Number(p.issue_number), String(b.body), login)) };
      }
      case 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.comments.get(Number(p.comment_id));
        if (!c) throw new HttpError(404, 'Not Found');
        return { data: this.commentJson(c) };
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.comments.get(Number(p.comment_id));
        if (!c) throw new HttpError(404, 'Not Found');
        this.checkBodyLength(b.body);
        c.body = String(b.body);
        c.updatedAt = new Date().toISOString();
        return { data: this.commentJson(c) };
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        if (!this.comments.delete(Number(p.comment_id))) throw new HttpError(404, 'Not Found');
        return { status: 204 };
      }
      case 'POST /repos/{owner}/{repo}/dispatches': {
        if (JSON.stringify(b.client_payload ?? {}).length >= 65_536) throw new HttpError(422, 'client_payload is larger than 64KB');
        this.dispatches.push({ event_type: String(b.event_type), client_payload: b.client_payload as Record<string, unknown> | undefined });
        return { status: 204, data: null };
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': {
        const issue = this.issue(p.issue_number);
        const names = Array.isArray(b.labels) ? (b.labels as (string | { name: string })[]) : [];
        issue.labels = [...new Set([...issue.labels, ...this.addLabels(names)])];
        return { data: issue.labels.map((name) => ({ name })) };
      }
      case 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': {
        if (!this.comments.has(Number(p.comment_id))) throw new HttpError(404, 'Not Found');
        const existing = this.reactions.find((r) => r.commentId === Number(p.comment_id) && r.content === b.content && r.user === login);
        if (existing) return { status: 200, data: { id: existing.id, content: existing.content, user: { login } } };
        const r = { id: this.nextId++, commentId: Number(p.comment_id), content: String(b.content), user: login };
        this.reactions.push(r);
        return { status: 201, data: { id: r.id, content: r.content, user: { login } } };
      }
      case 'GET /repos/{owner}/{repo}/collaborators/{username}/permission': {
        const u = this.users.get(p.username.toLowerCase());
        if (u?.permission === 'none') throw new HttpError(404, `${p.username} is not a user`);
        const permission = u?.permission ?? 'read';
        return { data: { permission, role_name: u?.role ?? permission, user: { login: p.username } } };
      }
      default:
        throw new HttpError(404, `the fake does not implement ${route}`);
    }
  }

  private addLabels(names: (string | { name: string })[]): string[] {
    const out = names.map((n) => (typeof n === 'string' ? n : n.name));
    for (const n of out) this.labels.add(n);
    return out;
  }

  private checkBodyLength(body: unknown): void {
    if (typeof body === 'string' && body.length > 65536) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      });
    }
  }

  /** GraphQL: documents are checked against a model of GitHub's schema (graphql.ts); unknown operations are violations. */
  private graphql(body: unknown): unknown {
    const b = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof b.query !== 'string') {
      this.violations.push({ method: 'POST', path: '/graphql', message: 'missing query' });
      return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
    }
    const vars = b.variables ?? {};
    let operation: string;
    try {
      operation = checkQuery(b.query, vars);
    } catch (error) {
      this.violations.push({ method: 'POST', path: '/graphql', message: `invalid GraphQL document: ${(error as Error).message}` });
      return { errors: [{ message: (error as Error).message }] };
    }
    if (operation === 'InframateFindPull') {
      if (vars.owner !== this.owner || vars.name !== this.repo) {
        return { data: { repository: null }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a Repository' }] };
      }
      const states = /states:\s*\[([A-Z, ]+)\]/.exec(b.query)?.[1].split(/[ ,]+/).filter(Boolean) ?? ['OPEN'];
      const nodes = this.pulls()
        .filter((pr) => states.includes(pr.state.toUpperCase()) && pr.head === vars.head)
        .map((pr) => ({
          number: pr.number,
          url: this.html('pull', pr.number),
          title: pr.title,
          body: pr.body ?? '',
          baseRefName: pr.base,
          headRepository: { nameWithOwner: `${this.owner}/${this.repo}` },
          labels: { nodes: pr.labels.map((name) => ({ name })) },
        }));
      return { data: { repository: { pullRequests: { nodes } } } };
    }
    this.violations.push({ method: 'POST', path: '/graphql', message: `unsupported GraphQL document: ${b.query.slice(0, 80)}` });
    return { errors: [{ message: 'unsupported query' }] };
  }
}
