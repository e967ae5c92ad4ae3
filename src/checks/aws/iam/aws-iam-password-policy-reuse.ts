import { atLeast } from '../../dsl';
import { defineRule } from '../../types';
import * as passwordPolicy from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-reuse',
  title: 'IAM password policy prevents password reuse (24 remembered)',
  severity: 'medium',
  aliases: ['CKV_AWS_13', 'AVD-AWS-0056'],
  legacyIds: ['aws-iam-no-password-reuse'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it prevents password reuse (24 remembered).',
  remediation: passwordPolicy.REMEDIATION,
  check: passwordPolicy.check('password_reuse_prevention', atLeast(24), 'Password reuse is not prevented (fewer than 24 remembered)'),
  examples: {
    good: [passwordPolicy.STRICT],
    bad: [passwordPolicy.withSetting('password_reuse_prevention', '3'), passwordPolicy.EMPTY],
  },
});
