import { isTrue } from '../../dsl';
import { defineRule } from '../../types';
import * as passwordPolicy from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-lowercase',
  title: 'IAM password policy requires a lowercase letter',
  severity: 'medium',
  aliases: ['CKV_AWS_11', 'AVD-AWS-0058'],
  legacyIds: ['aws-iam-require-lowercase-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires a lowercase letter.',
  remediation: passwordPolicy.REMEDIATION,
  check: passwordPolicy.check('require_lowercase_characters', isTrue, 'Passwords need not contain a lowercase letter'),
  examples: {
    good: [passwordPolicy.STRICT],
    bad: [passwordPolicy.withSetting('require_lowercase_characters', 'false'), passwordPolicy.EMPTY],
  },
});
