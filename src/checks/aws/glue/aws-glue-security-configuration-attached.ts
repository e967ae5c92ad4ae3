import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-glue-security-configuration-attached',
  title: 'Glue job, crawler or development endpoint uses a security configuration',
  severity: 'low',
  aliases: ['CKV_AWS_195'],
  resourceTypes: ['aws_glue_job', 'aws_glue_crawler', 'aws_glue_dev_endpoint'],
  description:
    'Without a security configuration Glue writes its logs, job bookmarks and S3 output without the encryption you chose for them.',
  remediation: `\`\`\`hcl
security_configuration = aws_glue_security_configuration.glue.name
\`\`\``,
  check: expectAt('security_configuration', nonEmpty, 'No security configuration is attached', 'fail'),
  examples: {
    good: [
      `resource "aws_glue_job" "j" {
  name                   = "etl"
  role_arn               = "arn:aws:iam::123456789012:role/glue"
  security_configuration = "glue-encrypted"
  command {
    script_location = "s3://scripts/etl.py"
  }
}`,
    ],
    bad: [
      `resource "aws_glue_job" "j" {
  name     = "etl"
  role_arn = "arn:aws:iam::123456789012:role/glue"
  command {
    script_location = "s3://scripts/etl.py"
  }
}`,
    ],
  },
});
