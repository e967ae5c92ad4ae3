import { defineRule } from '../../types';
import { PERMISSIONS_MANAGEMENT_ACTIONS } from '../../iam-actions';
import { actionsOnAnyResourceCheck, policyDocumentExample, scopedActionRemediation, SERVICE_WILDCARDS_POLICY } from './risky-actions-rule';
import { IDENTITY_POLICY_TYPES } from './sources';

export default defineRule({
  id: 'aws-iam-no-permissions-management',
  title: 'IAM policy does not allow unconstrained permissions management',
  severity: 'high',
  aliases: ['CKV_AWS_289', 'CKV_AWS_109'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'Changing policies, roles, users, grants or resource policies on every resource lets the holder rewrite who may do what.',
  remediation: scopedActionRemediation('iam:PutRolePolicy'),
  check: actionsOnAnyResourceCheck(PERMISSIONS_MANAGEMENT_ACTIONS),
  examples: {
    good: [policyDocumentExample('iam:PutRolePolicy', 'arn:aws:iam::123456789012:policy/app')],
    bad: [policyDocumentExample('iam:PutRolePolicy', '*'), SERVICE_WILDCARDS_POLICY],
  },
});
