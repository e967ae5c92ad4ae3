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

const ACTION = '"secretsmanager:GetSecretValue"';
const example = (statement: ExampleStatement) =>
  policyResourceExample(
    'aws_secretsmanager_secret_policy',
    { secret_arn: '"arn:aws:secretsmanager:us-east-1:123456789012:secret:db"' },
    statement,
  );

export default defineRule({
  id: 'aws-secretsmanager-policy-no-public-access',
  title: 'Secrets Manager secret policy does not allow public access',
  severity: 'critical',
  aliases: [],
  resourceTypes: ['aws_secretsmanager_secret_policy'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the secret.',
  remediation: namedPrincipalRemediation('secretsmanager:GetSecretValue'),
  check: resourcePolicyPublicCheck('secret'),
  examples: {
    good: [
      example({ Principal: ACCOUNT_PRINCIPAL, Action: ACTION }),
      example({ Principal: ANY_PRINCIPAL, Action: ACTION, Condition: SOURCE_ACCOUNT_CONDITION }),
    ],
    bad: [example({ Principal: ANY_PRINCIPAL, Action: ACTION })],
  },
});
