// The diagnose command end to end through the dispatcher: --log / stdin, formats, exit codes,
// code locations from the repository, secrets redacted in every output format.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/commands/dispatch';
import { runDiagnose } from '../../src/commands/diagnose';
import { createLogger } from '../../src/core/log';
import type { RawOptions } from '../../src/options';
import { buildSettings } from '../../src/settings';
import { Supervisor } from '../../src/supervisor/step';
import { loadCorpus } from './corpus';

const corpus = new Map(loadCorpus().map((c) => [c.id, c.log]));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-diagnose-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

async function run(dir: string, raw: RawOptions, env: Record<string, string> = {}) {
  const settings = buildSettings({ command: 'diagnose', dir, raw: { ai: false, ...raw }, env, cwd: dir, runtime: 'cli' });
  let out = '';
  const lines: string[] = [];
  const result = await dispatch(settings, { stdout: (t) => (out += t), log: createLogger({ write: (l) => lines.push(l) }) });
  return { ...result, out, log: lines };
}

describe('inframate diagnose', () => {
  it('prints the JSON of contracts §3.6 for --log FILE, ties the error to the file and line in DIR, exits 0', async () => {
    const dir = tree({
      'main.tf': 'resource "aws_instance" "web_server" {\n  ami           = "ami-12c6146b"\n  instance_type = "t3.micro"\n}\n',
      'logs/apply.log': corpus.get('localstack-7801')!,
    });
    const r = await run(dir, { log: join(dir, 'logs/apply.log'), format: 'json' });
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ schemaVersion: 1, command: 'diagnose', summary: { total: 1, located: 1 } });
    expect(json.diagnoses[0]).toMatchObject({
      category: 'not-found',
      errorCode: 'InvalidAMIID.NotFound',
      service: 'ec2',
      resource: 'aws_instance.web_server',
      file: 'main.tf',
      line: 167,
      location: { file: 'main.tf', line: 1 },
      source: 'rules',
      confidence: expect.any(Number),
    });
    expect(json.diagnoses[0].fixes[0]).toMatch(/declared at main\.tf:1/);
    expect(json.errors).toEqual({ errors: [], total: 0, recovered: 0, unrecovered: 0 });
  });

  it('--log-file (the Action input name) works like --log; markdown and SARIF render', async () => {
    const dir = tree({ 'x.log': corpus.get('pa-43891')! });
    const md = await run(dir, { 'log-file': join(dir, 'x.log') });
    expect(md.exitCode).toBe(0);
    expect(md.out).toMatch(/# inframate diagnose/);
    expect(md.out).toMatch(/"Action": "s3:GetLifecycleConfiguration"/);
    const sarif = await run(dir, { 'log-file': join(dir, 'x.log'), format: 'sarif' });
    const doc = JSON.parse(sarif.out);
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0].results[0]).toMatchObject({ ruleId: 'iam.explicit-deny-resource-policy', level: 'error' });
  });

  it('reads the log from stdin', async () => {
    const dir = tree({});
    const settings = buildSettings({ command: 'diagnose', dir, raw: { ai: false }, env: {}, cwd: dir, runtime: 'cli' });
    const supervisor = new Supervisor();
    const report = await runDiagnose(
      { settings, supervisor, step: supervisor.run, log: createLogger({ write: () => {} }) },
      { stdin: Readable.from([Buffer.from(corpus.get('benefits-960')!)]) },
    );
    expect(report.log.source).toBe('stdin');
    expect(report.diagnoses[0].category).toBe('state-lock');
  });

  it('bad input is exit 2 with a message naming the file: missing file, empty log, no log on a terminal', async () => {
    const dir = tree({ 'empty.log': '  \n' });
    const missing = await run(dir, { log: join(dir, 'nope.log') });
    expect(missing.exitCode).toBe(2);
    expect(missing.log.join('\n')).toMatch(/nope\.log.*no such file/);
    const empty = await run(dir, { log: join(dir, 'empty.log') });
    expect(empty.exitCode).toBe(2);
    expect(empty.log.join('\n')).toMatch(/empty\.log is empty/);
    const settings = buildSettings({ command: 'diagnose', dir, raw: { ai: false }, env: {}, cwd: dir, runtime: 'cli' });
    const supervisor = new Supervisor();
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    await expect(
      runDiagnose({ settings, supervisor, step: supervisor.run, log: createLogger({ write: () => {} }) }, { stdin: tty }),
    ).rejects.toThrow(/give --log FILE or pipe the log on stdin/);
  });

  it('a log without errors says so (never a silent empty report)', async () => {
    const dir = tree({ 'ok.log': 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.\n' });
    const r = await run(dir, { log: join(dir, 'ok.log') });
    expect(r.exitCode).toBe(0);
    expect(r.out).toMatch(/No error recognised in the log/);
  });
});

describe('secrets in logs', () => {
  const SECRETS = {
    accessKey: 'AKIAQ75ZE6ZR7DMO43FN',
    secretKey: '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',
    githubToken: 'ghp_1234567890abcdefghijklmnopqrstuvwxyzAB',
    openaiKey: 'sk-proj-testkey-abcdefghijklmnopqrstuvwxyz0123456789',
  };
  // A real error (terraform issue #781, whose URL carried the access key) plus secrets printed by a careless step.
  const LOG = [
    corpus.get('tf-781')!.replace('AKIAINZEJ22TOQBJ5B6Q', SECRETS.accessKey),
    '+ export AWS_SECRET_ACCESS_KEY=' + SECRETS.secretKey,
    `Error: AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::state-bucket/key" token=${SECRETS.githubToken}`,
    `debug: using key ${SECRETS.openaiKey}`,
  ].join('\n');

  it('no secret reaches the markdown, JSON or SARIF output', async () => {
    const dir = tree({ 'secret.log': LOG });
    for (const format of ['markdown', 'json', 'sarif'] as const) {
      const r = await run(dir, { log: join(dir, 'secret.log'), format }, { OPENAI_API_KEY: SECRETS.openaiKey });
      expect(r.exitCode, format).toBe(0);
      for (const [name, value] of Object.entries(SECRETS)) expect(r.out, `${format}: ${name}`).not.toContain(value);
      expect(r.out, format).toMatch(/REDACTED/);
    }
    const json = JSON.parse((await run(dir, { log: join(dir, 'secret.log'), format: 'json' })).out);
    expect(json.log.redactions).toBeGreaterThanOrEqual(3);
    expect(json.diagnoses.map((d: { category: string }) => d.category)).toEqual(['access-denied', 'network']);
  });
});
