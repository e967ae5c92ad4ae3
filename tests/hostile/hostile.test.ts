// The hostile-input suite (issue 12): each case is the repository an attacker or an unlucky user
// would give, run through the bundled CLI (dist/cli.js, rebuilt with `npm run bundle`). Items 7–11
// and 15 (limits, GitHub retries) live with their own suites.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGemini, type FakeServer } from '../fakes/gemini';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const CANARY = 'CANARY_d41d8cd98f00b204e980';

function run(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [cli, ...args, '--no-ai'], {
    encoding: 'utf8',
    timeout: 120_000,
    cwd,
    // A secret in the environment: /proc/self/environ of the scanner holds it.
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), INFRAMATE_CANARY: CANARY, GITHUB_TOKEN: `ghp_${'Z'.repeat(36)}` },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A repository (with .git) in a fresh directory, files written as given. */
function repo(files: Record<string, string> = {}): string {
  const outer = mkdtempSync(join(tmpdir(), 'inframate-hostile-'));
  const dir = join(outer, 'repo');
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const OPEN_SSH =
  'resource "aws_security_group" "ssh" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';

/** The CLI with AI on, asynchronously (the fake model server answers from this process). */
function runWithModel(args: string[], fakeUrl: string, cacheDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [cli, ...args, '--provider', 'gemini', '--base-url', fakeUrl, '--no-cache', '--ai-audit-log', join(cacheDir, 'audit.jsonl')],
      {
        env: { PATH: process.env.PATH ?? '', HOME: cacheDir, GEMINI_API_KEY: 'fake-gemini-key-0123456789', INFRAMATE_CACHE_DIR: cacheDir },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe.skipIf(!existsSync(cli))('hostile input, bundled CLI', () => {
  describe('1. file functions and module sources stay inside the repository', () => {
    it('file() through a symlink to /proc/self/environ puts no environment into the SARIF report', () => {
      const dir = repo({
        'main.tf':
          'resource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = file("envlink")\n}\noutput "o" {\n  value = filebase64("envlink")\n}\n',
      });
      symlinkSync('/proc/self/environ', join(dir, 'envlink'));
      const r = run(['secure', dir, '--format', 'sarif', '--fail-on', 'none']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toContain(CANARY);
      // Named by the file and the line of the block that asked for it.
      expect(r.stderr).toMatch(/main\.tf:1: not read: file function path "envlink" resolves outside the repository/);
    });

    it('a symlink to /etc/shadow and an absolute path are refused', () => {
      const dir = repo({
        'main.tf':
          'resource "aws_ssm_parameter" "a" {\n  name  = "a"\n  type  = "String"\n  value = file("shadow")\n}\n' +
          'resource "aws_ssm_parameter" "b" {\n  name  = "b"\n  type  = "String"\n  value = file("/etc/passwd")\n}\n',
      });
      symlinkSync('/etc/shadow', join(dir, 'shadow'));
      const r = run(['secure', dir, '--format', 'json', '--fail-on', 'none']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/root:/);
      const warnings = JSON.parse(r.stdout).warnings as { file: string; line: number; message: string }[];
      expect(warnings.filter((w) => w.file === 'main.tf' && /outside the repository/.test(w.message)).map((w) => w.line)).toEqual([1, 6]);
    });

    it('a parent module (source = "../") cannot read ../../../etc/passwd', () => {
      const dir = repo({
        'main.tf':
          'module "up" {\n  source = "../"\n}\nresource "aws_ssm_parameter" "p" {\n  name  = "p"\n  type  = "String"\n  value = file("${path.module}/../../../etc/passwd")\n}\n',
      });
      writeFileSync(
        join(dir, '..', 'outside.tf'),
        `resource "aws_ssm_parameter" "leak" {\n  name  = "${CANARY}"\n  type  = "String"\n  value = "x"\n}\n`,
      );
      const r = run(['secure', dir, '--format', 'json', '--fail-on', 'none']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain(CANARY);
      expect(r.stdout).not.toMatch(/root:x:0/);
      expect(r.stderr).toMatch(/main\.tf:1: not read: module source "\.\.\/"/);
    });
  });

  describe('2. symlinks out of the tree, --out and --force', () => {
    it('a .tf file symlinked outside is not read', () => {
      const dir = repo({ 'main.tf': OPEN_SSH });
      const outside = join(dir, '..', 'evil.tf');
      writeFileSync(outside, `resource "aws_s3_bucket" "b" {\n  bucket = "${CANARY}"\n}\n`);
      symlinkSync(outside, join(dir, 'linked.tf'));
      const r = run(['secure', dir, '--format', 'json', '--fail-on', 'none']);
      expect(r.stdout).not.toContain(CANARY);
      expect(r.stderr).toMatch(/linked\.tf:1: not read: this file is a symbolic link/);
    });

    it('inframate.md symlinked outside is not read', () => {
      const dir = repo({ 'package.json': '{"name":"x","dependencies":{"express":"^5.0.0"}}' });
      const outside = join(dir, '..', 'spec.md');
      writeFileSync(outside, `# x\n\n- app: ${CANARY.toLowerCase()}\n`);
      symlinkSync(outside, join(dir, 'inframate.md'));
      const r = run(['analyze', dir, '--dry-run', '--format', 'json']);
      expect(r.stdout.toLowerCase()).not.toContain(CANARY.toLowerCase());
      expect(r.stderr).toMatch(/inframate\.md:1: not read: a symbolic link/);
    });

    it('--out through a symlinked parent (deploy -> elsewhere) is refused, and nothing is written there', () => {
      const dir = repo({ 'package.json': '{"name":"x","dependencies":{"express":"^5.0.0"}}' });
      const elsewhere = mkdtempSync(join(tmpdir(), 'inframate-elsewhere-'));
      symlinkSync(elsewhere, join(dir, 'deploy'));
      const r = run(['analyze', dir, '--out', join(dir, 'deploy', 'infra'), '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/outside the repository/);
      expect(readdirSync(elsewhere)).toEqual([]);
    });

    it('--out inside .git is refused', () => {
      const dir = repo({ 'package.json': '{"name":"x","dependencies":{"express":"^5.0.0"}}' });
      const r = run(['analyze', dir, '--out', join(dir, '.git', 'hooks'), '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\.git/);
      expect(existsSync(join(dir, '.git', 'hooks'))).toBe(false);
    });

    it('--force never overwrites the repository README.md', () => {
      const dir = repo({ 'package.json': '{"name":"x","dependencies":{"express":"^5.0.0"}}', 'README.md': '# my project\n' });
      const r = run(['analyze', dir, '--out', dir, '--force', '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not generated by Inframate.*README\.md/);
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# my project\n');
    });
  });

  describe('3. reports carry no secrets from the repository', () => {
    it('a token in inframate.md notes is redacted in the markdown and JSON reports', () => {
      const token = `ghp_${'a1B2'.repeat(9)}`;
      const dir = repo({
        'package.json': '{"name":"x","dependencies":{"express":"^5.0.0"}}',
        'inframate.md': `---\napp: shop\n---\n# Notes\n\nDeploy with ${token} and DB_PASS: hunter2horse\n`,
      });
      for (const format of ['markdown', 'json']) {
        const r = run(['analyze', dir, '--dry-run', '--format', format]);
        expect([0, 1], r.stderr).toContain(r.code);
        expect(r.stdout).not.toContain(token);
        expect(r.stdout).not.toContain('hunter2horse');
        expect(r.stdout).toContain('[REDACTED:');
      }
    });
  });

  describe('4 and 5. what reaches the model, and what the model may change', () => {
    it('secrets in compose, Dockerfile and inframate.md reach neither the model nor the audit log; the count is true; added components are corrected and a budget-busting change rejected', async () => {
      const secrets = ['redispw77', 'hunter2horse', 'Tr0ub4dor', 'pa/ss0rd', 'Xylophone42'];
      const dir = repo({
        'package.json': '{"name":"shop","dependencies":{"express":"^5.0.0","pg":"^8.0.0"}}',
        Dockerfile: 'FROM node:22-alpine\nENV DB_PASSWORD hunter2horse\nEXPOSE 3000\nCMD ["node","server.js"]\n',
        'compose.yaml':
          'services:\n  web:\n    build: .\n    environment:\n      ADMIN_PASS: Tr0ub4dor\n      DATABASE_URL: postgres://app:pa/ss0rd@db:5432/app\n  cache:\n    image: redis:7\n    command: redis-server --requirepass redispw77\n',
        'inframate.md': '---\napp: shop\nbudget: 150\n---\n# Notes\n\nThe password is Xylophone42 for now.\n',
      });
      fake = await startFakeGemini({
        fallback: {
          kind: 'json',
          value: {
            adjustments: [
              {
                action: 'add',
                target: 'dynamodb-table',
                changes: [
                  { parameter: 'name', value: 'sessions' },
                  { parameter: 'hashKey', value: 'id' },
                  { parameter: 'billingMode', value: 'PAY_PER_REQUEST' },
                  { parameter: 'readCapacity', value: 5 },
                  { parameter: 'writeCapacity', value: 5 },
                  { parameter: 'pointInTimeRecovery', value: false },
                  { parameter: 'deletionProtection', value: false },
                ],
                reason: 'sessions',
              },
              {
                action: 'set',
                target: 'ecs-fargate-service:web',
                changes: [
                  { parameter: 'cpu', value: 4096 },
                  { parameter: 'memory', value: 8192 },
                  { parameter: 'minTasks', value: 50 },
                  { parameter: 'maxTasks', value: 200 },
                ],
                reason: 'scale',
              },
            ],
            summary: 'ok',
          },
        },
      });
      const cacheDir = mkdtempSync(join(tmpdir(), 'inframate-hostile-ai-'));
      const r = await runWithModel(['analyze', dir, '--dry-run', '--format', 'json', '--fail-on', 'none'], fake.url, cacheDir);
      expect(r.code, r.stderr).toBe(0);
      const sent = fake.requests.map((q) => q.raw).join('\n');
      expect(fake.requests.length).toBeGreaterThan(0);
      const audit = readFileSync(join(cacheDir, 'audit.jsonl'), 'utf8');
      for (const s of secrets) {
        expect(sent).not.toContain(s);
        expect(audit).not.toContain(s);
        expect(r.stdout).not.toContain(s);
      }
      const report = JSON.parse(r.stdout);
      // The count is every marker in what was sent (the request bodies are JSON: markers appear once each).
      const markers = sent.match(/\[REDACTED:[a-z0-9-]+\]/g)?.length ?? 0;
      expect(markers).toBeGreaterThanOrEqual(secrets.length);
      expect(report.llm.redactions).toBe(markers);
      const adjustments = report.recommendation.adjustments as {
        target: string;
        status: string;
        corrections?: string[];
        rejection?: string;
      }[];
      expect(adjustments.find((a) => a.target === 'dynamodb-table')).toMatchObject({
        corrections: [expect.stringMatching(/^pointInTimeRecovery set to true/)],
      });
      expect(adjustments.find((a) => a.target === 'ecs-fargate-service:web')).toMatchObject({
        status: 'rejected',
        rejection: expect.stringMatching(/\$150\/month budget/),
      });
    }, 120_000);
  });

  describe('6. markdown injection', () => {
    it('a file name with a newline and a heading, and tags with HTML and javascript: links, change no structure', () => {
      const dir = repo({
        'package.json': '{"name":"x","dependencies":{"express":"^5.0.0"}}',
        'inframate.md': '---\napp: shop\ntags:\n  team: "<img src=x onerror=alert(1)>"\n  link: "[click](javascript:alert(1))"\n---\n',
      });
      writeFileSync(join(dir, 'x\n# Injected heading\n.tf'), OPEN_SSH);
      const sec = run(['secure', dir, '--fail-on', 'none']);
      expect(sec.stdout).toContain('aws_security_group.ssh');
      expect(sec.stdout).not.toMatch(/^# Injected heading/m);
      const an = run(['analyze', dir, '--dry-run']);
      expect(an.stdout).not.toContain('<img');
      expect(an.stdout).not.toContain('](javascript:');
    });
  });

  describe('12. a file that could not be scanned is never "no findings"', () => {
    it('secure exits 2 and lists the file (SARIF notifications), unless --allow-skipped-files', () => {
      const dir = repo({
        'ok.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n',
        'broken.tf': OPEN_SSH.replace('protocol    = "tcp"', 'protocol = '),
      });
      const r = run(['secure', dir, '--format', 'sarif']);
      expect(r.code).toBe(2);
      const inv = JSON.parse(r.stdout).runs[0].invocations[0];
      expect(inv.executionSuccessful).toBe(false);
      expect(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/broken\.tf$/);
      expect(run(['secure', dir, '--format', 'sarif', '--allow-skipped-files']).code).toBe(0);
    });

    it.each(['optimize', 'visualize'])('%s exits 2 too', (command) => {
      const dir = repo({ 'ok.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n', 'broken.tf': 'resource "x" {\n  a = \n}\n' });
      const r = run([command, dir, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).filesNotScanned[0]).toMatchObject({ file: 'broken.tf', line: expect.any(Number) });
    });
  });

  describe('13. auto does not say "complete" when it is not', () => {
    it('a missing path and a file are input errors', () => {
      expect(run(['auto', join(tmpdir(), 'inframate-no-such-dir')]).code).toBe(2);
      const dir = repo({ 'f.txt': 'x' });
      expect(run(['auto', join(dir, 'f.txt')]).code).toBe(2);
    });

    it('a broken inframate.md exits 2 with file and line, and the failed part is reported as failed', () => {
      const dir = repo({
        'main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n',
        'inframate.md': '---\napp: x\nbudget: [1,\n---\n',
      });
      const r = run(['auto', dir, '--fail-on', 'none']);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/\*\*Input error\*\* `inframate\.md:\d+`/);
      expect(r.stdout).toMatch(/\| analyze \| failed \|/);
      expect(r.stdout).not.toContain('the results above are complete');
    });

    it('an alias-bomb compose file is a warning with file and line, never a crash or a silent pass', () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (const [i, n] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
        const prev = 'abcdef'[i];
        levels.push(`${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      const dir = repo({
        'package.json': '{"name":"x","dependencies":{"express":"^5.0.0"}}',
        'docker-compose.yml': `${levels.join('\n')}\nservices:\n  web:\n    image: nginx\n    environment: *g\n`,
      });
      const r = run(['analyze', dir, '--dry-run', '--format', 'json']);
      expect([0, 1], r.stderr).toContain(r.code);
      const warning = JSON.parse(r.stdout).profile.warnings.find((w: { file: string }) => w.file === 'docker-compose.yml');
      expect(warning).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/compose file not read/) });
    });
  });

  describe('14. analyze on a file path', () => {
    it('is an input error (exit 2), not a permission error', () => {
      const dir = repo({ 'f.txt': 'x' });
      const r = run(['analyze', join(dir, 'f.txt'), '--dry-run']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not a directory/);
      expect(r.stderr).not.toMatch(/permission/i);
    });
  });
});
