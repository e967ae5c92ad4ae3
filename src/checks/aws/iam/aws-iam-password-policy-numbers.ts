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
  id: 'aws-iam-password-policy-numbers',
  title: 'IAM password policy requires a number',
  severity: 'medium',
  aliases: ['CKV_AWS_12', 'AVD-AWS-0059'],
  legacyIds: ['aws-iam-require-numbers-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires a number.',
  remediation: STRICT_PASSWORD_POLICY_REMEDIATION,
  check: passwordPolicyCheck('require_numbers', isTrue, 'Passwords need not contain a number'),
  examples: {
    good: [STRICT_PASSWORD_POLICY],
    bad: [passwordPolicyWith('require_numbers', 'false'), EMPTY_PASSWORD_POLICY],
  },
});
