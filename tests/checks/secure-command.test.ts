// The secure command end to end through the dispatcher: formats, exit codes, rule listing, errors.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/commands/dispatch';
import { buildSettings } from '../../src/settings';
import { createLogger } from '../../src/core/log';
import type { RawOptions } from '../../src/options';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-secure-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

async function run(dir: string, raw: RawOptions) {
  const settings = buildSettings({ command: 'secure', dir, raw, env: {}, cwd: dir, runtime: 'cli' });
  let out = '';
  const lines: string[] = [];
  const result = await dispatch(settings, { stdout: (t) => (out += t), log: createLogger({ write: (l) => lines.push(l) }) });
  return { ...result, out, log: lines };
}

const INSECURE = {
  'main.tf': `resource "aws_security_group" "ssh" {
  description = "ssh"
  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
};

describe('inframate secure', () => {
  it('prints the JSON report of contracts §3.2 and exits 1 on findings at or above --fail-on', async () => {
    const r = await run(tree(INSECURE), { format: 'json', 'fail-on': 'critical' });
    expect(r.exitCode).toBe(1);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ schemaVersion: 1, command: 'secure', rulesEvaluated: expect.any(Number), resourcesScanned: 1 });
    expect(json.errors).toEqual({ errors: [], total: 0, recovered: 0, unrecovered: 0 });
    const ssh = json.findings.find((f: { ruleId: string }) => f.ruleId === 'aws-sg-no-public-ssh');
    expect(ssh).toMatchObject({
      aliases: ['CKV_AWS_24'],
      severity: 'critical',
      resource: 'aws_security_group.ssh',
      file: 'main.tf',
      line: 3,
      suppressed: false,
    });
    expect(json.summary.critical).toBeGreaterThan(0);
  });

  it('exits 0 with --fail-on none, and when findings are suppressed', async () => {
    expect((await run(tree(INSECURE), { 'fail-on': 'none' })).exitCode).toBe(0);
    const suppressed = {
      'main.tf': INSECURE['main.tf'].replace('resource', '#checkov:skip=CKV_AWS_24:bastion\n#trivy:ignore:AVD-AWS-0107\nresource'),
    };
    expect((await run(tree(suppressed), { 'fail-on': 'critical' })).exitCode).toBe(0);
  });

  it('renders SARIF 2.1.0 with one result per unsuppressed finding', async () => {
    const r = await run(tree(INSECURE), { format: 'sarif', 'fail-on': 'none' });
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    const report = (await run(tree(INSECURE), { format: 'json', 'fail-on': 'none' })).report as unknown as {
      findings: { suppressed: boolean }[];
    };
    expect(results).toHaveLength(report.findings.filter((f) => !f.suppressed).length);
    const ssh = results.find((x: { ruleId: string }) => x.ruleId === 'aws-sg-no-public-ssh');
    expect(ssh.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'main.tf' }, region: { startLine: 3 } });
    expect(ssh.partialFingerprints['inframate/v1']).toMatch(/^[0-9a-f]{32}$/);
    const rule = sarif.runs[0].tool.driver.rules[ssh.ruleIndex];
    expect(rule.id).toBe('aws-sg-no-public-ssh');
    expect(rule.properties['security-severity']).toBe('9.5');
    expect(rule.help.markdown).toContain('```hcl');
  });

  it('renders markdown grouped by severity with file:line and remediation', async () => {
    const r = await run(tree(INSECURE), { 'fail-on': 'none' });
    expect(r.out).toContain('# inframate secure');
    expect(r.out).toContain('## Critical');
    expect(r.out).toContain('`aws_security_group.ssh` at `main.tf:3`');
    expect(r.out).toContain('Remediation');
  });

  it('names the resource judged beside a finding placed on another one, in JSON and markdown', async () => {
    const dir = tree({
      'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "data"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}
`,
    });
    const json = await run(dir, { 'fail-on': 'none', format: 'json', check: 'aws-s3-encryption-cmk' });
    const [finding] = (JSON.parse(json.out) as { findings: { resource: string; subject?: unknown }[] }).findings;
    expect(finding).toMatchObject({
      resource: 'aws_s3_bucket_server_side_encryption_configuration.b',
      subject: { resource: 'aws_s3_bucket.b', file: 'main.tf', line: 1 },
    });
    const md = await run(dir, { 'fail-on': 'none', check: 'aws-s3-encryption-cmk' });
    expect(md.out).toContain(
      '`aws_s3_bucket_server_side_encryption_configuration.b` at `main.tf:6` (judged: `aws_s3_bucket.b` at `main.tf:1`)',
    );
  });

  it('lists the rules with --list-rules --format json', async () => {
    const r = await run(tree({}), { 'list-rules': true, format: 'json' });
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.rules.length).toBeGreaterThanOrEqual(120);
    expect(Object.keys(json.rules[0]).sort()).toEqual(['aliases', 'id', 'resourceTypes', 'severity', 'title']);
  });

  it('an unparsable file is never "no findings": exit 2, the file listed, the others still scanned', async () => {
    const dir = tree({ ...INSECURE, 'broken.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  acl = \n}\n' });
    const r = await run(dir, { format: 'json', 'fail-on': 'none' });
    expect(r.exitCode).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.errors.total).toBeGreaterThan(0);
    expect(json.errors.errors[0].message).toMatch(/^broken\.tf:\d+/);
    expect(json.filesNotScanned).toEqual([expect.objectContaining({ file: 'broken.tf', line: expect.any(Number) })]);
    expect(json.findings.some((f: { ruleId: string }) => f.ruleId === 'aws-sg-no-public-ssh')).toBe(true);
    const md = (await run(dir, { 'fail-on': 'none' })).out;
    expect(md).toContain('## Files not scanned (1)');
    expect(md).toMatch(/\| `broken\.tf` \| \d+ \|/);
    expect(md).toContain('## Errors');
    // SARIF: a tool execution notification, and the invocation did not succeed.
    const sarif = JSON.parse((await run(dir, { format: 'sarif', 'fail-on': 'none' })).out);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.tf' } } }],
    });
    // The explicit option accepts the partial scan.
    expect((await run(dir, { format: 'json', 'fail-on': 'none', 'allow-skipped-files': true })).exitCode).toBe(0);
  });

  it('a scan where every file loads reports a successful invocation', async () => {
    const sarif = JSON.parse((await run(tree(INSECURE), { format: 'sarif', 'fail-on': 'none' })).out);
    expect(sarif.runs[0].invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('exits 2 with a clear message for a missing directory or var file', async () => {
    const missing = await run(join(tmpdir(), 'inframate-no-such-dir-xyz'), {});
    expect(missing.exitCode).toBe(2);
    expect(missing.log.join('\n')).toContain('directory not found');
    const badVarFile = await run(tree(INSECURE), { 'var-file': 'nope.tfvars' });
    expect(badVarFile.exitCode).toBe(2);
    expect(badVarFile.log.join('\n')).toContain('--var-file not found');
  });
});
