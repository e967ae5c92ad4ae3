// The hostile inputs of issue 12 items 7–11 against the bundled CLI (dist/cli.js; `npm run bundle`
// after changing src/): each ends as that file's error or a limit record in the error report, with
// the rest of the tree still scanned, within bounded time and memory; --timeout is honoured during
// synchronous work.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON reports of several commands, read loosely
type Json = Record<string, any>;
import { deepLocal, FAN_OUT, OPEN_SSH } from './limits-inputs';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-limits-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=1024', cli, ...args, '--format', 'json', '--no-ai'], {
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 512 * 1024 * 1024, // the fan-out report lists 50,000 resources (~60 MB of JSON)
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  let json: Json | undefined;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code: r.status, json, stdout: r.stdout, stderr: r.stderr };
}

const records = (json: Json | undefined) => (json?.errors?.errors ?? []) as Json[];
const sshFound = (json: Json | undefined) => (json?.findings ?? []).some((f: Json) => f.resource === 'aws_security_group.ssh');

describe.skipIf(!existsSync(cli))('hostile input, bundled CLI: limits', () => {
  it('secure: 2,000 nested brackets → the open SSH group is still reported, the expression is a nesting-depth record with its line', () => {
    const r = run(['secure', repo({ 'main.tf': deepLocal(2000) + OPEN_SSH })]);
    expect(r.stderr).not.toMatch(/Maximum call stack|at .*\.js:\d+/);
    expect(sshFound(r.json)).toBe(true);
    expect(records(r.json)).toContainEqual(
      expect.objectContaining({ code: 'nesting-depth', message: expect.stringMatching(/^main\.tf:2: /) }),
    );
  });

  it("secure: a 200 MB .tf and a 5 MB heredoc → those files' errors with size and limit, no hang, no Go stack trace", () => {
    const dir = repo({ 'main.tf': OPEN_SSH, 'heredoc.tf': `locals {\n  big = <<EOT\n${('x'.repeat(99) + '\n').repeat(50_000)}EOT\n}\n` });
    writeFileSync(join(dir, 'huge.tf'), '');
    truncateSync(join(dir, 'huge.tf'), 200 * 1024 * 1024);
    const t0 = performance.now();
    const r = run(['secure', dir]);
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(r.stderr).not.toMatch(/goroutine|runtime\.|out of memory/);
    expect(sshFound(r.json)).toBe(true);
    const messages = records(r.json).map((e) => e.message);
    expect(messages).toContainEqual(expect.stringMatching(/^huge\.tf:1: file is 200 MiB, larger than the 4 MiB limit/));
    expect(messages).toContainEqual(expect.stringMatching(/^heredoc\.tf:1: file is 4\.8 MiB, larger than the 4 MiB limit/));
  });

  it('optimize: count = 10000 calling a module with count = 10000 → bounded, an instance-budget record, cost of all 10^8 instances', () => {
    const t0 = performance.now();
    const r = run(['optimize', repo(FAN_OUT), '--region', 'us-east-1']);
    expect(performance.now() - t0).toBeLessThan(120_000);
    expect(r.code, r.stderr).toBe(0);
    expect(records(r.json)).toContainEqual(
      expect.objectContaining({ code: 'instance-budget', strategy: 'instance-budget', message: expect.stringMatching(/--max-instances/) }),
    );
    // t3.micro on demand in us-east-1 is $0.0104/h: 10^8 × 730 h × 0.0104 ≈ $759 million a month.
    expect(r.json!.estimate?.totalMonthlyCost ?? r.json!.totalMonthlyCost).toBeGreaterThan(7e8);
  });

  it('optimize: count = 1e9 is priced as 10^9 instances; --max-instances is accepted', () => {
    const tf = 'resource "aws_instance" "web" {\n  count         = 1e9\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n}\n';
    const r = run(['optimize', repo({ 'main.tf': tf }), '--region', 'us-east-1', '--max-instances', '1000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json!.estimate?.totalMonthlyCost ?? r.json!.totalMonthlyCost).toBeGreaterThan(7e9);
  });

  it('secure --timeout 1 on a tree that takes longer: stopped during the load, exit 3, the report says run deadline', () => {
    const files: Record<string, string> = {};
    for (let f = 0; f < 40; f++) {
      let text = '';
      for (let i = 0; i < 500; i++) text += `resource "aws_s3_bucket" "b${f}_${i}" {\n  bucket = "bucket-${f}-${i}"\n}\n`;
      files[`b${f}.tf`] = text;
    }
    const t0 = performance.now();
    const r = run(['secure', repo(files), '--timeout', '1']);
    const elapsed = performance.now() - t0;
    expect(r.code, r.stderr).toBe(3);
    expect(elapsed).toBeLessThan(30_000);
    expect(JSON.stringify(r.json ?? r.stdout)).toMatch(/run deadline of 1 ?s exceeded during (step "[^"]*"|load|evaluate|rule)/);
  });

  it('an oversized inframate.md and usage file are input errors (exit 2) naming the file and the limit', () => {
    const dir = repo({ 'main.tf': OPEN_SSH, 'usage.yml': '' });
    writeFileSync(join(dir, 'inframate.md'), '');
    truncateSync(join(dir, 'inframate.md'), 50 * 1024 * 1024);
    truncateSync(join(dir, 'usage.yml'), 50 * 1024 * 1024);
    const a = run(['analyze', dir, '--dry-run']);
    expect(a.code).toBe(2);
    expect(a.stdout + a.stderr).toMatch(/inframate\.md.*larger than the 1 MiB limit/);
    const o = run(['optimize', dir, '--usage', join(dir, 'usage.yml')]);
    expect(o.code).toBe(2);
    expect(o.stdout + o.stderr).toMatch(/usage\.yml.*larger than the 4 MiB limit/);
  });
});
