// The bundles end to end: `inframate inspect` (dist/cli.js) and the Action (dist/index.js) on a
// repository_dispatch relayed by `serve` (client_payload.alertmanager), against the fake AWS and
// the fake GitHub.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../agent/scenarios';
import { startFakeAwsForAgent } from '../agent/harness';
import type { FakeAws } from '../fakes/aws/server';
import { FakeGitHub } from '../fakes/github/server';
import { ROOT, runAction, workspaceFrom } from './runner';

/**
 * dist/ is rebuilt by the lead after merging (branches do not commit it): until the bundle carries
 * the agent, these tests wait for it rather than test an older build.
 */
function bundleHasAgent(): boolean {
  const dirs = [join(ROOT, 'dist'), join(ROOT, 'dist', 'chunks')].filter((d) => existsSync(d));
  return dirs.some((d) => readdirSync(d).some((f) => f.endsWith('.js') && readFileSync(join(d, f), 'utf8').includes('inspect-step')));
}
const describeBundle = bundleHasAgent() ? describe : describe.skip;

let aws: FakeAws;
beforeAll(async () => {
  aws = await startFakeAwsForAgent();
  for (const s of SCENARIOS) s.setup(aws.account);
});
afterAll(() => aws.close());

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const home = mkdtempSync(join(tmpdir(), 'inframate-cli-'));
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
    env: { PATH: process.env.PATH, HOME: home, INFRAMATE_CACHE_DIR: join(home, 'cache'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

describeBundle('bundled CLI', () => {
  it('inspect finds the root cause through the real SDKs in the bundle', async () => {
    const r = await cli(['inspect', 'Why are the orders tasks restarting?', '--no-ai', '--format', 'json'], aws.env());
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.command).toBe('inspect');
    expect(report.rootCause.rule).toBe('ecs-oom-killed');
    expect(report.investigation.stopReason).toBe('answered');
  });

  it('incident reads the payload from stdin', async () => {
    const home = mkdtempSync(join(tmpdir(), 'inframate-cli-'));
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'incident', '--no-ai', '--format', 'json'], {
      env: { PATH: process.env.PATH, HOME: home, INFRAMATE_CACHE_DIR: join(home, 'cache'), ...aws.env() },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stdin.end(readFileSync(join(ROOT, 'tests/fixtures/alertmanager/truncated.json')));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rootCause.rule).toBe('rds-storage-full');
  });

  it('serve refuses to start without INFRAMATE_SERVE_TOKEN (exit 2)', async () => {
    const r = await cli(['serve', '--port', '0'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/INFRAMATE_SERVE_TOKEN/);
  });
});

describeBundle('bundled Action on repository_dispatch from serve', () => {
  it('runs incident on client_payload.alertmanager and upserts one issue per incident', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    try {
      const payload = JSON.stringify({
        action: 'inframate-incident',
        client_payload: { alertmanager: JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/alertmanager/firing.json'), 'utf8')) },
        repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' }, default_branch: 'main' },
        sender: { login: 'inframate-serve' },
      });
      const run = () => runAction({ event: 'repository_dispatch', payload, apiUrl: gh.url, workspace: workspaceFrom(), env: aws.env() });
      const first = await run();
      expect(first.outputs['exit-code']).toBe('0');
      expect(first.summary).toContain('ecs-oom-killed');
      await run();
      const issues = [...gh.issues.values()].filter((i) => i.labels.includes('inframate-incident'));
      expect(issues).toHaveLength(1);
      expect(issues[0].body).toContain('OutOfMemoryError');
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.stop();
    }
  });
});
