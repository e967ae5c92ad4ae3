import { atLeast, atMost, type Judge } from '../../dsl';
import { defineRule } from '../../types';
import * as passwordPolicy from './password-policy-rule';

/** 0 means passwords never expire. */
const expiresWithin90Days: Judge = (v) => {
  const min = atLeast(1)(v);
  const max = atMost(90)(v);
  return min === undefined || max === undefined ? undefined : min && max;
};

export default defineRule({
  id: 'aws-iam-password-policy-max-age',
  title: 'IAM password policy passwords expire within 90 days',
  severity: 'medium',
  aliases: ['CKV_AWS_9', 'AVD-AWS-0062'],
  legacyIds: ['aws-iam-set-max-password-age'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: passwords expire within 90 days.',
  remediation: passwordPolicy.REMEDIATION,
  check: passwordPolicy.check('max_password_age', expiresWithin90Days, 'Passwords never expire or live longer than 90 days'),
  examples: {
    good: [passwordPolicy.STRICT],
    bad: [passwordPolicy.withSetting('max_password_age', '365'), passwordPolicy.EMPTY],
  },
});
