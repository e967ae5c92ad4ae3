import { atLeast } from '../../dsl';
import { defineRule } from '../../types';
import {
  EMPTY_PASSWORD_POLICY,
  STRICT_PASSWORD_POLICY,
  STRICT_PASSWORD_POLICY_REMEDIATION,
  passwordPolicyCheck,
  passwordPolicyWith,
} from './password-policy-rule';

export default defineRule({
  id: 'aws-iam-password-policy-min-length',
  title: 'IAM password policy requires passwords of at least 14 characters',
  severity: 'medium',
  aliases: ['CKV_AWS_10', 'AVD-AWS-0063'],
  legacyIds: ['aws-iam-set-minimum-password-length'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description:
    'The account password policy should follow the CIS AWS Foundations benchmark: it requires passwords of at least 14 characters.',
  remediation: STRICT_PASSWORD_POLICY_REMEDIATION,
  check: passwordPolicyCheck('minimum_password_length', atLeast(14), 'The minimum password length is below 14'),
  examples: {
    good: [STRICT_PASSWORD_POLICY],
    bad: [passwordPolicyWith('minimum_password_length', '8'), EMPTY_PASSWORD_POLICY],
  },
});
