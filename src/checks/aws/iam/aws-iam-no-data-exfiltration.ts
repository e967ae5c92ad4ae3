import { defineRule } from '../../types';
import { DATA_EXFILTRATION_ACTIONS } from '../../iam-actions';
import { actionsOnAnyResourceCheck, policyDocumentExample, scopedActionRemediation, SERVICE_WILDCARDS_POLICY } from './risky-actions-rule';
import { IDENTITY_POLICY_TYPES } from './sources';

export default defineRule({
  id: 'aws-iam-no-data-exfiltration',
  title: 'IAM policy does not allow data exfiltration on every resource',
  severity: 'medium',
  aliases: ['CKV_AWS_288', 'CKV_AWS_108'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Reading every object, parameter or secret in the account (s3:GetObject, ssm:GetParameter*, secretsmanager:GetSecretValue, snapshot copies) should be limited to the resources the workload owns.',
  remediation: scopedActionRemediation('secretsmanager:GetSecretValue'),
  check: actionsOnAnyResourceCheck(DATA_EXFILTRATION_ACTIONS),
  examples: {
    good: [policyDocumentExample('secretsmanager:GetSecretValue', 'arn:aws:iam::123456789012:policy/app')],
    bad: [policyDocumentExample('secretsmanager:GetSecretValue', '*'), SERVICE_WILDCARDS_POLICY],
  },
});
