import { isTrue } from '../../dsl';
import { defineRule } from '../../types';
import * as passwordPolicy from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-numbers',
  title: 'IAM password policy requires a number',
  severity: 'medium',
  aliases: ['CKV_AWS_12', 'AVD-AWS-0059'],
  legacyIds: ['aws-iam-require-numbers-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires a number.',
  remediation: passwordPolicy.REMEDIATION,
  check: passwordPolicy.check('require_numbers', isTrue, 'Passwords need not contain a number'),
  examples: {
    good: [passwordPolicy.STRICT],
    bad: [passwordPolicy.withSetting('require_numbers', 'false'), passwordPolicy.EMPTY],
  },
});
