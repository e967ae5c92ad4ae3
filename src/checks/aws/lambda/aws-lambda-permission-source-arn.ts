import { defineRule } from '../../types';
import { read, str } from '../../values';

export default defineRule({
  id: 'aws-lambda-permission-source-arn',
  title: 'Lambda permissions for AWS services are limited by source ARN or account',
  severity: 'medium',
  aliases: ['CKV_AWS_364', 'AVD-AWS-0067'],
  legacyIds: ['aws-lambda-restrict-source-arn'],
  resourceTypes: ['aws_lambda_permission'],
  description:
    'A service principal (s3.amazonaws.com, sns.amazonaws.com, …) without source_arn or source_account lets that service invoke the function on behalf of any account (confused deputy).',
  remediation: `\`\`\`hcl
principal  = "sns.amazonaws.com"
source_arn = aws_sns_topic.events.arn
\`\`\``,
  check: (res) => {
    const principal = str(read(res, 'principal'));
    if (principal === undefined || !principal.endsWith('.amazonaws.com')) return;
    const a = res.attributes;
    if (a.source_arn !== undefined || a.source_account !== undefined || a.principal_org_id !== undefined) return;
    return { attribute: 'principal', message: `${principal} may invoke the function for any source` };
  },
  examples: {
    good: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::uploads"
}`,
    ],
    bad: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "sns.amazonaws.com"
}`,
    ],
  },
});
