import { isTrue } from '../../dsl';
import { defineRule } from '../../types';
import {
  EMPTY_PASSWORD_POLICY,
  STRICT_PASSWORD_POLICY,
  STRICT_PASSWORD_POLICY_REMEDIATION,
  passwordPolicyCheck,
  passwordPolicyWith,
} from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-symbols',
  title: 'IAM password policy requires a symbol',
  severity: 'medium',
  aliases: ['CKV_AWS_14', 'AVD-AWS-0060'],
  legacyIds: ['aws-iam-require-symbols-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires a symbol.',
  remediation: STRICT_PASSWORD_POLICY_REMEDIATION,
  check: passwordPolicyCheck('require_symbols', isTrue, 'Passwords need not contain a symbol'),
  examples: {
    good: [STRICT_PASSWORD_POLICY],
    bad: [passwordPolicyWith('require_symbols', 'false'), EMPTY_PASSWORD_POLICY],
  },
});
