import { defineRule } from '../../types';
import * as resourcePolicy from '../shared/resource-policy-public';

const statements = resourcePolicy.exampleStatements('secretsmanager:GetSecretValue');
const example = resourcePolicy.exampleOf('aws_secretsmanager_secret_policy', {
  secret_arn: '"arn:aws:secretsmanager:us-east-1:123456789012:secret:db"',
});

export default defineRule({
  id: 'aws-secretsmanager-policy-no-public-access',
  title: 'Secrets Manager secret policy does not allow public access',
  severity: 'critical',
  aliases: [],
  resourceTypes: ['aws_secretsmanager_secret_policy'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the secret.',
  remediation: resourcePolicy.namedPrincipalRemediation('secretsmanager:GetSecretValue'),
  check: resourcePolicy.publicCheck('secret'),
  examples: {
    good: [example(statements.named), example(statements.narrowed)],
    bad: [example(statements.open)],
  },
});
