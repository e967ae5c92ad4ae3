// Redaction gaps from issue 12, each with the input that leaked (to the model and the audit log),
// and look-alikes that must stay (a redactor that eats everything is no redactor).
import { describe, expect, it } from 'vitest';
import { countRedactionMarks, redact, redactionTotal } from '../../src/llm/redact';

describe('secrets that used to pass the redactor', () => {
  it.each([
    ['YAML *_PASS key', 'environment:\n  DB_PASS: s3cretvalue\n', 's3cretvalue'],
    ['env *_PASS assignment', 'ADMIN_PASS=Tr0ub4dor', 'Tr0ub4dor'],
    ['Dockerfile ENV with a space', 'FROM node:22\nENV DB_PASSWORD hunter2horse\n', 'hunter2horse'],
    ['Dockerfile ARG with a space', 'ARG API_TOKEN abcdef123\n', 'abcdef123'],
    ['--db-password flag', 'CMD ["app", "--db-password", "flagpass1"]'.replace(/", "/g, ' '), 'flagpass1'],
    ['--pass flag', 'mysql --user root --pass rootpw99 db', 'rootpw99'],
    ['--requirepass flag', 'command: redis-server --requirepass redispw77', 'redispw77'],
    ['--password= flag', 'psql --password=eqpass55', 'eqpass55'],
    ['URL password with /', 'DATABASE_URL=postgres://app:pa/ss0rd@db.internal:5432/app', 'pa/ss0rd'],
    ['URL password with @', 'redis://default:p@ssw0rd@cache:6379/0', 'p@ssw0rd'],
    ['prose', 'Note for ops: the password is Xylophone42 until Friday.', 'Xylophone42'],
  ])('%s', (_, text, secret) => {
    const r = redact(text);
    expect(r.text).not.toContain(secret);
    expect(r.text).toContain('[REDACTED:');
  });

  it('keeps the host of a URL whose password holds @ and /', () => {
    expect(redact('postgres://u:a@b/c@db.example.com:5432/app').text).toBe(
      'postgres://u:[REDACTED:url-credentials]@db.example.com:5432/app',
    );
  });

  it.each([
    ['passenger count', 'passenger_count: 4'],
    ['bypass flag', 'run --bypass-cache now'],
    ['compass', 'COMPASS=north'],
    ['passive flag', 'ftp --passive host'],
    ['a reference', 'DB_PASS: ${DB_PASS}'],
    ['prose without a value', 'The password must be rotated.'],
    ['a secret id flag', 'aws secretsmanager get-secret-value --secret-id prod/db --query SecretString'],
    ['a token file flag', 'vault login --token-file /run/token'],
  ])('leaves look-alikes: %s', (_, text) => {
    expect(redact(text).text).toBe(text);
  });
});

describe('the redaction count is true', () => {
  it('counts every marker in the text, each replacement once', () => {
    const text = [
      'DB_PASS: one1',
      'ADMIN_PASS=two2',
      'ENV DB_PASSWORD three3',
      'x --db-password four4',
      'y --pass five5',
      'z --requirepass six6',
      'postgres://a:se/ven7@h/db',
      'redis://a:ei@ght8@h/0',
      'the password is nine9999',
      'token: ghp_' + 'a'.repeat(36),
      'api_key = eleven11',
      'secret: twelve12',
      'password: thirteen13',
    ].join('\n');
    const r = redact(text);
    expect(countRedactionMarks(r.text)).toBe(13);
    expect(redactionTotal(r.counts)).toBe(13);
    // Markers already in the text are not counted again by a second pass, but are still counted as marks.
    const again = redact(r.text);
    expect(redactionTotal(again.counts)).toBe(0);
    expect(countRedactionMarks(again.text)).toBe(13);
  });
});

describe('reports are redacted string by string', () => {
  it('redacts repository text, keeps keys, numbers and the rules own remediation text', async () => {
    const { redactReport } = await import('../../src/llm/redact-report');
    const report = {
      schemaVersion: 1,
      requirements: { notes: [`deploy with ghp_${'x1Y2'.repeat(9)}`], budgetMonthly: 100 },
      findings: [{ remediation: 'metadata_options {\n  http_tokens = "required"\n}', message: 'password = hunter2horse in user_data' }],
      llm: { inputTokens: 1234 },
    };
    const out = redactReport(report);
    expect(out.requirements.notes[0]).toBe('deploy with [REDACTED:github-token]');
    expect(out.requirements.budgetMonthly).toBe(100);
    expect(out.llm.inputTokens).toBe(1234);
    expect(out.findings[0]!.remediation).toContain('http_tokens = "required"');
    expect(out.findings[0]!.message).not.toContain('hunter2horse');
    expect(report.requirements.notes[0]).toContain('ghp_'); // a copy: the command's own report is untouched
  });
});
