import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-secretsmanager-rotation',
  title: 'Secrets Manager secret has automatic rotation',
  severity: 'low',
  aliases: ['CKV2_AWS_57'],
  resourceTypes: ['aws_secretsmanager_secret'],
  description:
    'Rotating secrets automatically limits how long a leaked value stays usable. An aws_secretsmanager_secret_rotation pointing at the secret counts.',
  remediation: `\`\`\`hcl
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules { automatically_after_days = 30 }
}
\`\`\``,
  check: (secret, ctx) => {
    const links = ctx.linked(secret, 'aws_secretsmanager_secret_rotation', 'secret_id', ['name', 'arn']);
    if (links.found.length > 0 || links.uncertain) return;
    return { message: 'The secret is not rotated automatically' };
  },
  examples: {
    good: [
      `resource "aws_secretsmanager_secret" "s" { name = "db" }
resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id           = aws_secretsmanager_secret.s.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"
  rotation_rules { automatically_after_days = 30 }
}`,
    ],
    bad: [`resource "aws_secretsmanager_secret" "s" { name = "db" }`],
  },
});
