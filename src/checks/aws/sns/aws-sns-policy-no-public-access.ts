import { defineRule } from '../../types';
import * as resourcePolicy from '../shared/resource-policy-public';

const statements = resourcePolicy.exampleStatements('sns:Publish');
const example = resourcePolicy.exampleOf('aws_sns_topic_policy', { arn: '"arn:aws:sns:us-east-1:123456789012:events"' });

export default defineRule({
  id: 'aws-sns-policy-no-public-access',
  title: 'SNS topic policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_169'],
  resourceTypes: ['aws_sns_topic_policy', 'aws_sns_topic'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the topic.',
  remediation: resourcePolicy.namedPrincipalRemediation('sns:Publish'),
  check: resourcePolicy.publicCheck('topic'),
  examples: {
    good: [example(statements.named), example(statements.narrowed)],
    bad: [example(statements.open)],
  },
});
