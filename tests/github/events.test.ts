import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planEvent, pushIsRelevant } from '../../src/action/events';
import type { ActionInputs } from '../../src/action/inputs';
import { buildGitHubContext } from '../../src/github/context';
import { parseSlashCommand } from '../../src/github/slash-command';
import { InputError } from '../../src/supervisor/errors';

const inputs: ActionInputs = {
  command: 'analyze',
  dir: '.',
  args: [],
  raw: {},
  token: 't',
  createPr: true,
  prLabels: [],
  comment: true,
  annotations: true,
  issues: true,
};

function ctx(event: string, payload: object, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-ctx-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  return buildGitHubContext({
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REF: 'refs/heads/main',
    ...extra,
  });
}

describe('parseSlashCommand', () => {
  it('accepts allowlisted commands, a safe directory and allowlisted options', () => {
    expect(parseSlashCommand('/inframate secure services/api --fail-on medium --no-ai')).toEqual({
      kind: 'command',
      command: 'secure',
      dir: 'services/api',
      raw: { 'fail-on': 'medium', 'no-ai': true },
    });
    expect(parseSlashCommand('thanks!\n/inframate optimize --region=eu-west-1')).toMatchObject({
      kind: 'command',
      command: 'optimize',
      raw: { region: 'eu-west-1' },
    });
    expect(parseSlashCommand('/inframate')).toEqual({ kind: 'help' });
    expect(parseSlashCommand('please run /inframate analyze')).toEqual({ kind: 'none' });
  });

  it('rejects anything outside the allowlist', () => {
    const bad = [
      '/inframate deploy',
      '/inframate drift --plan /etc/passwd',
      '/inframate analyze ../../etc',
      '/inframate analyze /abs/path',
      '/inframate analyze --out /tmp/x',
      '/inframate analyze --fail-on severe',
      '/inframate analyze --region "us-east-1;id"',
      '/inframate analyze --no-ai=false',
      '/inframate analyze a b',
      '/inframate analyze $(id)',
      '/inframate analyze --model',
    ];
    for (const b of bad) expect(parseSlashCommand(b).kind, b).toBe('invalid');
  });

  it('echoes only inert characters of rejected text', () => {
    const r = parseSlashCommand('/inframate `rm -rf /`');
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.reason).not.toContain('`');
  });
});

describe('buildGitHubContext', () => {
  it('reads a pull_request payload and spots forks', () => {
    const c = ctx('pull_request', {
      action: 'opened',
      pull_request: {
        number: 3,
        head: { sha: 'abc', ref: 'f', repo: { full_name: 'eve/shop' } },
        base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      },
    });
    expect(c.pullRequest).toMatchObject({ number: 3, headSha: 'abc', fromFork: true });
    expect(c.branch).toBe('main');
  });

  it('collects the paths a push changed', () => {
    const c = ctx('push', { commits: [{ added: ['a'], modified: ['b'], removed: ['c'] }, { added: ['a'] }] });
    expect(c.changedPaths).toEqual(['a', 'b', 'c']);
  });

  it('reports a malformed payload or repository as an input error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-ctx-'));
    writeFileSync(join(dir, 'e.json'), '{nope');
    expect(() => buildGitHubContext({ GITHUB_EVENT_PATH: join(dir, 'e.json'), GITHUB_REPOSITORY: 'a/b' })).toThrow(InputError);
    expect(() => buildGitHubContext({ GITHUB_REPOSITORY: 'not-a-repo' })).toThrow(/OWNER\/REPO/);
  });
});

describe('planEvent', () => {
  it('push: PR on relevant changes, skip on generated-only changes and on our own branch', () => {
    expect(planEvent(ctx('push', { commits: [{ modified: ['src/app.ts'] }] }), inputs, 'infra')).toMatchObject({
      kind: 'run',
      pullRequest: true,
      base: 'main',
    });
    expect(planEvent(ctx('push', { commits: [{ modified: ['infra/main.tf'] }] }), inputs, 'infra')).toMatchObject({ kind: 'skip' });
    expect(planEvent(ctx('push', {}, { GITHUB_REF: 'refs/heads/inframate/analyze' }), inputs, 'infra')).toMatchObject({ kind: 'skip' });
    expect(planEvent(ctx('push', {}, { GITHUB_REF: 'refs/tags/v1' }), inputs, 'infra')).toMatchObject({ kind: 'skip' });
    expect(pushIsRelevant(undefined, 'infra')).toBe(true);
    expect(pushIsRelevant(['.github/workflows/x.yml'], 'infra')).toBe(false);
    expect(pushIsRelevant(['README.md', 'docs/setup.md'], 'infra')).toBe(false);
    expect(pushIsRelevant(['README.md', 'inframate.md'], 'infra')).toBe(true);
    expect(pushIsRelevant(['services/api/inframate.md'], 'infra')).toBe(true);
    expect(pushIsRelevant(['src/app.ts'], '.')).toBe(true);
  });

  it('only file-producing commands open PRs', () => {
    expect(planEvent(ctx('schedule', {}), { ...inputs, command: 'secure' }, 'infra')).toMatchObject({ kind: 'run', pullRequest: false });
    expect(planEvent(ctx('workflow_dispatch', {}), { ...inputs, createPr: false }, 'infra')).toMatchObject({
      kind: 'run',
      pullRequest: false,
    });
  });

  it('pull_request: a comment, never a PR; closed PRs and our own PRs are skipped', () => {
    const pr = (action: string, head = 'feature') => ({
      action,
      pull_request: {
        number: 9,
        head: { sha: 's', ref: head, repo: { full_name: 'acme/shop' } },
        base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      },
    });
    expect(planEvent(ctx('pull_request', pr('synchronize')), inputs, 'infra')).toMatchObject({
      kind: 'run',
      pullRequest: false,
      comment: { issueNumber: 9 },
    });
    expect(planEvent(ctx('pull_request', pr('closed')), inputs, 'infra')).toMatchObject({ kind: 'skip' });
    expect(planEvent(ctx('pull_request', pr('opened', 'inframate/analyze')), inputs, 'infra')).toMatchObject({ kind: 'skip' });
  });

  it('issue_comment: commands on issues open PRs, on PRs answer in a comment; bots and edits are ignored', () => {
    const comment = (body: string, onPr: boolean, extra: object = {}) => ({
      action: 'created',
      issue: { number: 4, ...(onPr ? { pull_request: {} } : {}) },
      comment: { id: 77, body, user: { login: 'ada' } },
      sender: { login: 'ada', type: 'User' },
      ...extra,
    });
    expect(planEvent(ctx('issue_comment', comment('/inframate analyze', false)), inputs, 'infra')).toMatchObject({
      kind: 'run',
      pullRequest: true,
      trigger: { commentId: 77 },
    });
    expect(planEvent(ctx('issue_comment', comment('/inframate analyze', true)), inputs, 'infra')).toMatchObject({
      kind: 'run',
      pullRequest: false,
      comment: { issueNumber: 4 },
    });
    expect(planEvent(ctx('issue_comment', comment('/inframate analyze', true, { action: 'edited' })), inputs, 'infra')).toMatchObject({
      kind: 'skip',
    });
    expect(
      planEvent(ctx('issue_comment', comment('/inframate analyze', true, { sender: { type: 'Bot' } })), inputs, 'infra'),
    ).toMatchObject({ kind: 'skip' });
    expect(planEvent(ctx('issue_comment', comment('/inframate nope', true)), inputs, 'infra')).toMatchObject({ kind: 'invalid' });
  });

  it('repository_dispatch: validated client_payload', () => {
    const d = (client_payload: unknown) => ctx('repository_dispatch', { action: 'inframate', client_payload });
    expect(planEvent(d({ command: 'secure', 'working-directory': 'svc', options: { 'fail-on': 'low' } }), inputs, 'infra')).toMatchObject({
      kind: 'run',
      command: 'secure',
      dir: 'svc',
      raw: { 'fail-on': 'low' },
    });
    expect(planEvent(d({ command: 'secure', extra: 1 }), inputs, 'infra')).toMatchObject({ kind: 'skip' });
    expect(planEvent(d({ command: 'secure', options: { out: '/etc' } }), inputs, 'infra')).toMatchObject({ kind: 'skip' });
    expect(planEvent(d('analyze'), inputs, 'infra')).toMatchObject({ kind: 'skip' });
  });
});
