import { defineRule } from '../../types';
import { blocks, isObject } from '../../values';
import { secretEnvVar } from '../secrets';

export default defineRule({
  id: 'aws-lambda-no-secrets-in-environment',
  title: 'Lambda environment variables contain no hard-coded secrets',
  severity: 'high',
  aliases: ['CKV_AWS_45'],
  resourceTypes: ['aws_lambda_function'],
  description:
    'Environment variables are visible to anyone who can read the function configuration and end up in state files. Keep secrets in Secrets Manager or SSM and pass their ARN.',
  remediation: `\`\`\`hcl
environment {
  variables = {
    DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
  }
}
\`\`\``,
  check: (res) => {
    for (const env of blocks(res.attributes.environment) ?? []) {
      const vars = env.variables;
      if (!isObject(vars)) continue;
      for (const [name, value] of Object.entries(vars)) {
        if (typeof value === 'string' && secretEnvVar(name, value))
          return { attribute: 'environment', message: `Environment variable ${name} holds a hard-coded secret` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  environment {
    variables = {
      DB_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"
      LOG_LEVEL     = "info"
    }
  }
}`,
      `variable "db_password" { sensitive = true }
resource "aws_lambda_function" "f" {
  function_name = "f"
  environment {
    variables = { DB_PASSWORD = var.db_password }
  }
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  environment {
    variables = {
      DB_PASSWORD = "hunter2-prod-2024"
    }
  }
}`,
    ],
  },
});
