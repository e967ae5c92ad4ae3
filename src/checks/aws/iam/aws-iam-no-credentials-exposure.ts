import { defineRule } from '../../types';
import { CREDENTIALS_EXPOSURE_ACTIONS } from '../../iam-actions';
import { actionsOnAnyResourceCheck, policyDocumentExample, scopedActionRemediation, SERVICE_WILDCARDS_POLICY } from './risky-actions-rule';
import { IDENTITY_POLICY_TYPES } from './sources';

export default defineRule({
  id: 'aws-iam-no-credentials-exposure',
  title: 'IAM policy does not allow credentials exposure',
  severity: 'high',
  aliases: ['CKV_AWS_287', 'CKV_AWS_107'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Actions that return credentials, tokens or passwords (iam:CreateAccessKey, sts:GetFederationToken, redshift:GetClusterCredentials, …) on every resource let the holder mint access for itself or others.',
  remediation: scopedActionRemediation('iam:CreateAccessKey'),
  check: actionsOnAnyResourceCheck(CREDENTIALS_EXPOSURE_ACTIONS),
  examples: {
    good: [policyDocumentExample('iam:CreateAccessKey', 'arn:aws:iam::123456789012:policy/app')],
    bad: [policyDocumentExample('iam:CreateAccessKey', '*'), SERVICE_WILDCARDS_POLICY],
  },
});
