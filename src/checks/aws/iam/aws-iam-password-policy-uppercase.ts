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
  id: 'aws-iam-password-policy-uppercase',
  title: 'IAM password policy requires an uppercase letter',
  severity: 'medium',
  aliases: ['CKV_AWS_15', 'AVD-AWS-0061'],
  legacyIds: ['aws-iam-require-uppercase-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires an uppercase letter.',
  remediation: STRICT_PASSWORD_POLICY_REMEDIATION,
  check: passwordPolicyCheck('require_uppercase_characters', isTrue, 'Passwords need not contain an uppercase letter'),
  examples: {
    good: [STRICT_PASSWORD_POLICY],
    bad: [passwordPolicyWith('require_uppercase_characters', 'false'), EMPTY_PASSWORD_POLICY],
  },
});
