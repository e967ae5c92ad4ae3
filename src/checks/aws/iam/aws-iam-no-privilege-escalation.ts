import { defineRule } from '../../types';
import { PRIVILEGE_ESCALATION_PATHS } from '../../iam-actions';
import { policyDocumentExample, scopedActionRemediation, SERVICE_WILDCARDS_POLICY } from './risky-actions-rule';
import { IDENTITY_POLICY_TYPES, allowedOnAnyResource, identityPolicies } from './sources';

const ALL_ESCALATION_ACTIONS = [...new Set(PRIVILEGE_ESCALATION_PATHS.flat())];

export default defineRule({
  id: 'aws-iam-no-privilege-escalation',
  title: 'IAM policy does not allow privilege escalation',
  severity: 'high',
  aliases: ['CKV_AWS_286', 'CKV_AWS_110'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Some permission sets let a principal grant itself more rights: creating policy versions, attaching or writing policies, creating access keys or login profiles for others, or passing a role to a compute service it controls. They are reported when allowed on every resource.',
  remediation: scopedActionRemediation('iam:CreatePolicyVersion'),
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      const allowed = new Set(allowedOnAnyResource(p.statements, ALL_ESCALATION_ACTIONS));
      const path = PRIVILEGE_ESCALATION_PATHS.find((combo) => combo.every((a) => allowed.has(a)));
      if (path)
        return { attribute: p.attribute, message: `The policy allows privilege escalation on every resource through ${path.join(' + ')}` };
    }
  },
  examples: {
    good: [policyDocumentExample('iam:CreatePolicyVersion', 'arn:aws:iam::123456789012:policy/app')],
    bad: [policyDocumentExample('iam:CreatePolicyVersion', '*'), SERVICE_WILDCARDS_POLICY],
  },
});
