import { isTrue } from '../../dsl';
import { defineRule } from '../../types';
import * as passwordPolicy from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-uppercase',
  title: 'IAM password policy requires an uppercase letter',
  severity: 'medium',
  aliases: ['CKV_AWS_15', 'AVD-AWS-0061'],
  legacyIds: ['aws-iam-require-uppercase-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires an uppercase letter.',
  remediation: passwordPolicy.REMEDIATION,
  check: passwordPolicy.check('require_uppercase_characters', isTrue, 'Passwords need not contain an uppercase letter'),
  examples: {
    good: [passwordPolicy.STRICT],
    bad: [passwordPolicy.withSetting('require_uppercase_characters', 'false'), passwordPolicy.EMPTY],
  },
});
