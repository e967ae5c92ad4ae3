import { isTrue } from '../../dsl';
import { defineRule } from '../../types';
import * as passwordPolicy from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-symbols',
  title: 'IAM password policy requires a symbol',
  severity: 'medium',
  aliases: ['CKV_AWS_14', 'AVD-AWS-0060'],
  legacyIds: ['aws-iam-require-symbols-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires a symbol.',
  remediation: passwordPolicy.REMEDIATION,
  check: passwordPolicy.check('require_symbols', isTrue, 'Passwords need not contain a symbol'),
  examples: {
    good: [passwordPolicy.STRICT],
    bad: [passwordPolicy.withSetting('require_symbols', 'false'), passwordPolicy.EMPTY],
  },
});
