// Log shapes: several errors, colours and CI prefixes, -json output, duplicates, unknown errors,
// bounded input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLog, MAX_LOG_CHARS } from '../../src/diagnose/clean';
import { diagnoseText } from '../../src/diagnose/diagnose';
import { CORPUS_DIR, loadCorpus } from './corpus';

const corpus = new Map(loadCorpus().map((c) => [c.id, c]));
const log = (id: string) => corpus.get(id)!.log;
const json = (name: string) => readFileSync(join(CORPUS_DIR, 'json', name), 'utf8');

/** Colour a log the way Terraform does in a terminal: red boxes, bold red "Error: ", bold summary. */
function colourLikeTerraform(text: string): string {
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/^(\s*)([│╷╵])/, '$1\u001b[31m$2\u001b[0m\u001b[0m')
        .replace(/Error: (.*)$/, '\u001b[1m\u001b[31mError: \u001b[0m\u001b[0m\u001b[1m$1\u001b[0m'),
    )
    .join('\n');
}

/** Prefix every line the way GitHub Actions stores job logs, and mark the failing line. */
function asGithubActionsLog(text: string): string {
  return text
    .split('\n')
    .map((l, i) => `2024-01-0${1 + (i % 9)}T12:34:56.${String(1000000 + i).slice(1)}Z ${/Error:/.test(l) ? '##[error]' : ''}${l}`)
    .join('\n');
}

describe('several errors in one log', () => {
  it('gives one diagnosis per distinct error, most important first', () => {
    const text = [log('sg-module-190'), log('magento-22'), log('localstack-7801'), log('tf-27046')].join('\n\n');
    const r = diagnoseText(text);
    expect(r.diagnoses.map((d) => d.category)).toEqual(['authentication', 'state-lock', 'not-found', 'dependency-violation']);
    expect(r.diagnoses.find((d) => d.category === 'not-found')?.resource).toBe('aws_instance.web_server');
  });

  it('merges the same error repeated (occurrences), keeps different resources apart', () => {
    const r = diagnoseText(log('tf-2398'));
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0].occurrences).toBe(3);
    const two = diagnoseText(log('nextjs-326'));
    expect(two.diagnoses.map((d) => d.resource)).toEqual([
      'module.dev_internal_admin_app.aws_iam_role.beanstalk_service',
      'module.dev_internal_admin_app.aws_iam_role.beanstalk_ec2',
    ]);
  });

  it('a wrapper such as "Error applying plan:" or "Process completed with exit code 1" is not a diagnosis', () => {
    const r = diagnoseText(log('delivery-aws-iac-193'));
    expect(r.diagnoses[0].category).toBe('dependency-violation');
    expect(r.diagnoses.some((d) => /Process completed/.test(d.summary))).toBe(false);
  });

  it('an error no rule knows is reported as unknown, not dropped', () => {
    const r = diagnoseText('Error: Frobnicator exploded while reticulating splines\n\n  with aws_foo_bar.baz,\n  on main.tf line 4:');
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]).toMatchObject({ category: 'unknown', resource: 'aws_foo_bar.baz', file: 'main.tf', line: 4, rule: null });
  });
});

describe('coloured and CI-prefixed logs', () => {
  it('strips ANSI colours, GitHub Actions timestamps and ##[error] markers: same diagnoses as the plain log', () => {
    for (const id of ['pa-43891', 'n8n-benchmarking-5', 'benefits-960', 'nextjs-326', 'sftp-78']) {
      const plain = diagnoseText(log(id)).diagnoses.map((d) => [d.category, d.errorCode, d.resource]);
      const dressed = diagnoseText(asGithubActionsLog(colourLikeTerraform(log(id)))).diagnoses.map((d) => [
        d.category,
        d.errorCode,
        d.resource,
      ]);
      expect(dressed, id).toEqual(plain);
    }
  });

  it('no escape character survives into any text of the report', () => {
    const r = diagnoseText(asGithubActionsLog(colourLikeTerraform(log('pa-43891'))));
    const text = JSON.stringify(r);
    expect(text.includes('\u001b') || text.includes('\\u001b')).toBe(false);
    expect(text).not.toMatch(/##\[error\]|2024-01-0\dT/);
  });
});

describe('-json logs (machine-readable UI)', () => {
  it('reads -json diagnostic lines: code, service and file from the diagnostic', () => {
    const r = diagnoseText(json('upjet-invalid-client-token.jsonl'));
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]).toMatchObject({
      category: 'authentication',
      errorCode: 'InvalidClientTokenId',
      service: 'sts',
      file: 'main.tf.json',
      line: 1,
    });
  });

  it('reads a syntax error with its range and snippet', () => {
    const r = diagnoseText(json('terraform-json-unclosed-block.jsonl'));
    expect(r.diagnoses[0]).toMatchObject({ category: 'syntax', resource: 'random_pet.name', file: 'main.tf', line: 11 });
  });

  it('reads `terraform validate -json` documents and mixed -json logs with several errors', () => {
    const validate = diagnoseText(log('cloudwan-31'));
    expect(validate.diagnoses[0]).toMatchObject({
      category: 'invalid-parameter',
      resource: 'aws_ram_resource_share.resource_share',
      line: 48,
    });
    const mixed = diagnoseText(`${json('terraform-json-unclosed-block.jsonl')}\n${json('upjet-invalid-client-token.jsonl')}`);
    expect(mixed.diagnoses.map((d) => d.category)).toEqual(['syntax', 'authentication']);
  });

  it('ignores -json warnings and info lines', () => {
    const warn =
      '{"@level":"warn","@message":"Warning: Argument is deprecated","type":"diagnostic","diagnostic":{"severity":"warning","summary":"Argument is deprecated","detail":"Use the aws_s3_bucket_acl resource instead"}}';
    expect(diagnoseText(warn).diagnoses).toEqual([]);
  });
});

describe('bounded input', () => {
  it('keeps the head and tail of a huge log and says it was truncated', () => {
    const filler = 'aws_instance.web: Still creating... [10s elapsed]\n'.repeat(Math.ceil((MAX_LOG_CHARS * 1.5) / 50));
    const cleaned = cleanLog(filler + log('pa-15618'));
    expect(cleaned.truncated).toBe(true);
    expect(cleaned.text.length).toBeLessThan(MAX_LOG_CHARS + 200);
    const r = diagnoseText(filler + log('pa-15618'));
    expect(r.truncated).toBe(true);
    expect(r.diagnoses[0].category).toBe('authentication');
  });

  it('cuts very long lines instead of running patterns over them', () => {
    const r = diagnoseText(`Error: ${'x'.repeat(100_000)} AccessDenied`);
    expect(r.diagnoses[0].excerpt.length).toBeLessThanOrEqual(601);
  });
});
