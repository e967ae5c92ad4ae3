import { allOf, atMost, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-secretsmanager-rotation-90-days',
  title: 'Secrets Manager rotation happens within 90 days',
  severity: 'low',
  aliases: ['CKV_AWS_304'],
  resourceTypes: ['aws_secretsmanager_secret_rotation'],
  description: 'A rotation interval above 90 days leaves a leaked secret usable for months.',
  remediation: `\`\`\`hcl
rotation_rules {
  automatically_after_days = 30
}
\`\`\``,
  check: allOf(
    expectAt('rotation_rules.automatically_after_days', atMost(90), 'Rotation happens less often than every 90 days', 'pass'),
    // The same interval written as a schedule: rate(N days) (cron schedules are not judged).
    expectAt(
      'rotation_rules.schedule_expression',
      (v) => {
        const m = typeof v === 'string' ? /^rate\(\s*(\d+)\s+days?\s*\)$/i.exec(v.trim()) : null;
        return m ? Number(m[1]) <= 90 : typeof v === 'string' ? true : undefined;
      },
      'Rotation happens less often than every 90 days',
      'pass',
    ),
  ),
  examples: {
    good: [
      `resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = "s"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { automatically_after_days = 30 }
}`,
    ],
    bad: [
      `resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = "s"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { automatically_after_days = 180 }
}`,
      `resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = "s"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { schedule_expression = "rate(180 days)" }
}`,
    ],
  },
});
