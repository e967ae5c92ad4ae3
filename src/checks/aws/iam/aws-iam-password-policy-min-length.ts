import { atLeast } from '../../dsl';
import { defineRule } from '../../types';
import * as passwordPolicy from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-min-length',
  title: 'IAM password policy requires passwords of at least 14 characters',
  severity: 'medium',
  aliases: ['CKV_AWS_10', 'AVD-AWS-0063'],
  legacyIds: ['aws-iam-set-minimum-password-length'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description:
    'The account password policy should follow the CIS AWS Foundations benchmark: it requires passwords of at least 14 characters.',
  remediation: passwordPolicy.REMEDIATION,
  check: passwordPolicy.check('minimum_password_length', atLeast(14), 'The minimum password length is below 14'),
  examples: {
    good: [passwordPolicy.STRICT],
    bad: [passwordPolicy.withSetting('minimum_password_length', '8'), passwordPolicy.EMPTY],
  },
});
