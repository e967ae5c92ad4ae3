import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-athena-enforce-workgroup-configuration',
  title: 'Athena workgroup settings cannot be overridden by clients',
  severity: 'medium',
  aliases: ['CKV_AWS_82'],
  resourceTypes: ['aws_athena_workgroup'],
  description:
    'With enforce_workgroup_configuration = false each client may choose its own result location and encryption, so the encryption the workgroup sets is optional. The provider default is true.',
  remediation: `\`\`\`hcl
configuration {
  enforce_workgroup_configuration = true
}
\`\`\``,
  check: expectAt('configuration.enforce_workgroup_configuration', isTrue, 'Clients can override the workgroup configuration', 'pass'),
  examples: {
    good: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = true
  }
}`,
    ],
    bad: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    enforce_workgroup_configuration = false
  }
}`,
    ],
  },
});
