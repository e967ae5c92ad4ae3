import { defineRule } from '../../types';
import * as resourcePolicy from '../shared/resource-policy-public';

const statements = resourcePolicy.exampleStatements('ecr:BatchGetImage');
const example = resourcePolicy.exampleOf('aws_ecr_repository_policy', { repository: '"app"' });

export default defineRule({
  id: 'aws-ecr-policy-no-public-access',
  title: 'ECR repository policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_32', 'AVD-AWS-0032'],
  legacyIds: ['aws-ecr-no-public-access'],
  resourceTypes: ['aws_ecr_repository_policy'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the repository.',
  remediation: resourcePolicy.namedPrincipalRemediation('ecr:BatchGetImage'),
  check: resourcePolicy.publicCheck('repository'),
  examples: {
    good: [example(statements.named), example(statements.narrowed)],
    bad: [example(statements.open)],
  },
});
