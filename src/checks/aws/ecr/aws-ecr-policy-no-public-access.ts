import { defineRule } from '../../types';
import {
  ACCOUNT_PRINCIPAL,
  ANY_PRINCIPAL,
  SOURCE_ACCOUNT_CONDITION,
  namedPrincipalRemediation,
  policyResourceExample,
  resourcePolicyPublicCheck,
  type ExampleStatement,
} from '../shared/resource-policy-public';

const ACTION = '"ecr:BatchGetImage"';
const example = (statement: ExampleStatement) => policyResourceExample('aws_ecr_repository_policy', { repository: '"app"' }, statement);

export default defineRule({
  id: 'aws-ecr-policy-no-public-access',
  title: 'ECR repository policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_32', 'AVD-AWS-0032'],
  legacyIds: ['aws-ecr-no-public-access'],
  resourceTypes: ['aws_ecr_repository_policy'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the repository.',
  remediation: namedPrincipalRemediation('ecr:BatchGetImage'),
  check: resourcePolicyPublicCheck('repository'),
  examples: {
    good: [
      example({ Principal: ACCOUNT_PRINCIPAL, Action: ACTION }),
      example({ Principal: ANY_PRINCIPAL, Action: ACTION, Condition: SOURCE_ACCOUNT_CONDITION }),
    ],
    bad: [example({ Principal: ANY_PRINCIPAL, Action: ACTION })],
  },
});
