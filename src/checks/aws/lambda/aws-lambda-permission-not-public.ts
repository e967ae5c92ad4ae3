import { defineRule } from '../../types';
import { read, str } from '../../values';

export default defineRule({
  id: 'aws-lambda-permission-not-public',
  title: 'Lambda function is not invokable by any principal',
  severity: 'critical',
  aliases: ['CKV_AWS_301'],
  resourceTypes: ['aws_lambda_permission'],
  description:
    'A permission with principal "*" lets any AWS account invoke the function, unless narrowed by source_account or principal_org_id.',
  remediation: `\`\`\`hcl
resource "aws_lambda_permission" "s3" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.f.function_name
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}
\`\`\``,
  check: (res) => {
    if (str(read(res, 'principal')) !== '*') return;
    if (
      typeof res.attributes.source_account === 'string' ||
      typeof res.attributes.principal_org_id === 'string' ||
      typeof res.attributes.source_arn === 'string'
    )
      return;
    if (
      typeof res.attributes.source_account === 'symbol' ||
      typeof res.attributes.principal_org_id === 'symbol' ||
      typeof res.attributes.source_arn === 'symbol'
    )
      return;
    return { attribute: 'principal', message: 'Any principal may invoke the function' };
  },
  examples: {
    good: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "123456789012"
}`,
    ],
    bad: [
      `resource "aws_lambda_permission" "p" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "*"
}`,
    ],
  },
});
