// How policy documents are read when they are not plain literals: heredoc templates with
// interpolations, hand-written JSON with trailing commas, wildcard ARNs in principals and conditions.
import { describe, expect, it } from 'vitest';
import { isNarrowedByCondition, isPublicPrincipal, statementsOfJson } from '../../src/checks/policy';
import { parsePolicyJson, staticJsonTemplate } from '../../src/checks/static-json';
import { UNKNOWN } from '../../src/terraform/model';
import { scanFiles } from './helpers';

describe('policy templates and lenient JSON', () => {
  it('reads a heredoc policy around interpolations, which become unknown in place', () => {
    const doc = staticJsonTemplate('{"Statement": [{"Effect": "Allow", "Principal": "*", "Resource": "${aws_sqs_queue.q.arn}"}]}');
    expect(doc).toEqual({ Statement: [{ Effect: 'Allow', Principal: '*', Resource: UNKNOWN }] });
    const [s] = statementsOfJson(doc)!;
    expect(s!.principals).toEqual([{ type: '*', ids: ['*'] }]);
    expect(s!.resources).toBeUndefined();
  });

  it('gives up on templates that are not JSON once interpolations are set aside, or use directives', () => {
    expect(staticJsonTemplate('{"Statement": ${jsonencode(var.statements)}}')).toBeUndefined();
    expect(staticJsonTemplate('{"Statement": [%{ for s in var.x }"${s}"%{ endfor }]}')).toBeUndefined();
    expect(staticJsonTemplate('{"Statement": []}')).toBeUndefined();
  });

  it('forgives trailing commas outside strings only', () => {
    expect(parsePolicyJson('{"Action": ["a", "b",], "X": "c,]",}')).toEqual({ Action: ['a', 'b'], X: 'c,]' });
    expect(() => parsePolicyJson('{"Action": ["a" "b"],}')).toThrow();
  });
});

describe('public principals and narrowing conditions', () => {
  it('treats an AWS principal ARN in any account, or a bare list holding "*", as public', () => {
    expect(isPublicPrincipal({ type: 'AWS', ids: ['arn:aws:iam::*:role/sns'] })).toBe(true);
    expect(isPublicPrincipal({ type: 'AWS', ids: ['arn:aws:iam::123456789012:role/sns'] })).toBe(false);
    const [s] = statementsOfJson('{"Statement": {"Effect": "Allow", "Principal": ["foo", "*"], "Action": "kms:*"}}')!;
    expect(s!.principals!.some(isPublicPrincipal)).toBe(true);
  });

  it('does not count a condition whose values are all wildcards as narrowing', () => {
    const cond = (c: string) => statementsOfJson(`{"Statement": {"Effect": "Allow", "Principal": "*", "Condition": ${c}}}`)![0]!;
    expect(isNarrowedByCondition(cond('{"ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::*"}}'))).toBe(false);
    expect(isNarrowedByCondition(cond('{"StringEquals": {"aws:PrincipalOrgID": "*"}}'))).toBe(false);
    expect(isNarrowedByCondition(cond('{"ArnLike": {"aws:SourceArn": "arn:aws:cloudtrail:*:111122223333:trail/*"}}'))).toBe(true);
    expect(isNarrowedByCondition(cond('{"StringEquals": {"aws:PrincipalOrgID": "o-123"}}'))).toBe(true);
  });

  it('flags a public SQS queue policy written as a heredoc with an interpolated ARN', async () => {
    const { findings } = await scanFiles(
      {
        'main.tf': `resource "aws_sqs_queue" "q" { name = "q" }
resource "aws_sqs_queue_policy" "p" {
  queue_url = aws_sqs_queue.q.id
  policy    = <<POLICY
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "\${aws_sqs_queue.q.arn}"}]}
POLICY
}`,
      },
      { ruleIds: ['CKV_AWS_168'] },
    );
    expect(findings.map((f) => f.resource)).toEqual(['aws_sqs_queue_policy.p']);
  });
});
