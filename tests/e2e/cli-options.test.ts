// The bundled CLI (dist/cli.js, built by `npm run bundle`) with the options Checkov and Trivy users
// bring: --check / --skip-check with our ids or their aliases, --soft-fail, --compact, the options
// file .inframate.yml (precedence, skips with reason and expiry, file:line errors) and .inframateignore.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './runner';

const CLI = process.env.INFRAMATE_E2E_CLI || join(ROOT, 'dist', 'cli.js');

const TF = `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_security_group" "ssh" {
  description = "bastion"
  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
`;

function repo(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-cli-options-'));
  writeFileSync(join(dir, 'main.tf'), TF);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function cli(args: string[], cwd = tmpdir()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = (dir: string, ...extra: string[]) => {
  const r = cli(['secure', dir, '--no-ai', '--format', 'json', ...extra]);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
};
const open = (report: { findings: { ruleId: string; suppressed: boolean }[] }) =>
  report.findings.filter((f) => !f.suppressed).map((f) => f.ruleId);

describe.skipIf(!existsSync(CLI))('dist/cli.js: Checkov/Trivy-style options', () => {
  it('finds the hard-coded provider keys (CKV_AWS_41) and reports port 22 once, as critical', () => {
    const { code, report } = json(repo());
    expect(code).toBe(1);
    const ids = open(report);
    expect(ids).toContain('aws-provider-no-hardcoded-credentials');
    expect(ids.filter((id) => id.startsWith('aws-sg-no-public'))).toEqual(['aws-sg-no-public-ssh']);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'aws-sg-no-public-ssh').severity).toBe('critical');
  });

  it('--check takes our ids and Checkov/Trivy aliases, comma-separated and repeated', () => {
    const { report } = json(repo(), '--check', 'CKV_AWS_24,ckv_aws_41', '--check', 'aws-s3-versioning');
    expect(report.rulesEvaluated).toBe(3);
    expect(new Set(open(report))).toEqual(new Set(['aws-sg-no-public-ssh', 'aws-provider-no-hardcoded-credentials', 'aws-s3-versioning']));
  });

  it('--check naming no rule at all is a usage error (exit 2); an unknown id among known ones is a warning', () => {
    expect(cli(['secure', repo(), '--check', 'CKV_AWS_99999']).code).toBe(2);
    const r = json(repo(), '--check', 'CKV_AWS_24,CKV_AWS_99999');
    expect(r.stderr).toContain('ckv_aws_99999');
    expect(open(r.report)).toEqual(['aws-sg-no-public-ssh']);
  });

  it('--skip-check removes rules; --soft-fail exits 0 with findings', () => {
    const skipped = json(repo(), '--skip-check', 'CKV_AWS_24,CKV_AWS_41');
    expect(open(skipped.report)).not.toContain('aws-sg-no-public-ssh');
    expect(open(skipped.report)).not.toContain('aws-provider-no-hardcoded-credentials');
    expect(json(repo()).code).toBe(1);
    const soft = json(repo(), '--soft-fail');
    expect(soft.code).toBe(0);
    expect(open(soft.report).length).toBeGreaterThan(0);
  });

  it('--compact prints one table row per finding and no remediation', () => {
    const r = cli(['secure', repo(), '--no-ai', '--compact']);
    expect(r.stdout).toMatch(/\| critical \| aws-sg-no-public-ssh \| `aws_security_group\.ssh` \| main\.tf:\d+ \|/);
    expect(r.stdout).not.toContain('Remediation');
    expect(cli(['secure', repo(), '--no-ai']).stdout).toContain('Remediation');
  });

  it('.inframate.yml sets defaults, the command line wins, skips carry their reason until they expire', () => {
    const dir = repo({
      '.inframate.yml': [
        'fail-on: critical',
        'compact: true',
        'skip-check: [CKV_AWS_41]',
        'skip:',
        '  - id: CKV_AWS_24',
        '    reason: bastion, reviewed in SEC-12',
        '    expires: 2999-01-01',
        '  - id: aws-s3-versioning',
        '    reason: expired long ago',
        '    expires: 2001-01-01',
        '',
      ].join('\n'),
    });
    const { code, report } = json(dir);
    const ssh = report.findings.find((f: { ruleId: string }) => f.ruleId === 'aws-sg-no-public-ssh');
    expect(ssh).toMatchObject({ suppressed: true, suppressedBy: 'config', suppressionReason: 'bastion, reviewed in SEC-12' });
    expect(open(report)).not.toContain('aws-provider-no-hardcoded-credentials');
    expect(open(report)).toContain('aws-s3-versioning');
    expect(code).toBe(0); // fail-on critical from the file; the critical finding is skipped
    expect(json(dir, '--fail-on', 'low').code).toBe(1); // the command line wins
    expect(cli(['secure', dir, '--no-ai']).stdout).toContain('| severity | rule | resource | location | message |');
    expect(json(dir).stderr).toMatch(/expired on 2001-01-01/);
  });

  it('--config FILE is read instead; a bad value is exit 2 naming the file and line', () => {
    const dir = repo();
    const cfg = join(dir, 'custom.yml');
    writeFileSync(cfg, 'quiet: true\nfail-on: severe\n');
    const r = cli(['secure', dir, '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/custom\.yml:2: options file: fail-on/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(cfg, 'fail-on: none\nbase-url: http://attacker.example\n');
    const refused = cli(['secure', dir, '--config', cfg]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/custom\.yml:2: .*"base-url" cannot be set in the options file/);
    writeFileSync(cfg, 'out: ../../elsewhere\n');
    expect(cli(['analyze', dir, '--config', cfg]).stderr).toMatch(/custom\.yml:1: options file: out must be a path inside/);
    writeFileSync(cfg, 'fail-on: none\n');
    expect(cli(['secure', dir, '--config', cfg, '--no-ai']).code).toBe(0);
  });

  it('.inframateignore: ids and aliases, exp: dates, comments as reasons; a malformed line names file:line', () => {
    const dir = repo({
      '.inframateignore': '# bastion host, reviewed\nAVD-AWS-0107\nCKV_AWS_24 exp:2999-12-31\nCKV_AWS_41 exp:2000-01-01\n',
    });
    const { report } = json(dir);
    const ssh = report.findings.find((f: { ruleId: string }) => f.ruleId === 'aws-sg-no-public-ssh');
    expect(ssh).toMatchObject({ suppressed: true, suppressedBy: 'ignore-file' });
    expect(open(report)).toContain('aws-provider-no-hardcoded-credentials'); // expired
    const bad = repo({ '.inframateignore': 'CKV_AWS_24\nCKV_AWS_41 until-tuesday\n' });
    const r = cli(['secure', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.inframateignore:2: ignore file/);
  });

  it('--region is validated the same way by every command that takes it, and secure does not take it', () => {
    const dir = repo();
    for (const command of ['analyze', 'optimize', 'visualize', 'auto']) {
      const r = cli([command, dir, '--region', 'mars-1', '--no-ai']);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toContain('"mars-1" is not an AWS region');
    }
    expect(cli(['secure', dir, '--region', 'eu-west-1']).code).toBe(2);
  });

  it('--help: one Usage line, formats the command supports, examples and exit codes', () => {
    const secure = cli(['secure', '--help']).stdout;
    expect(secure.match(/Usage:/g)).toHaveLength(1);
    expect(secure).not.toContain('(--no-ai)');
    expect(secure).toContain('"sarif"');
    expect(secure).not.toContain('--region');
    expect(secure).toMatch(/Examples:\n {2}inframate secure/);
    expect(secure).toMatch(/Exit codes:\n {2}0 /);
    const optimize = cli(['optimize', '--help']).stdout;
    expect(optimize).not.toContain('"sarif"');
    expect(optimize).toContain('--region');
  });
});
