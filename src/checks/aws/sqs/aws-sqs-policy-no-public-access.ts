import { defineRule } from '../../types';
import * as resourcePolicy from '../shared/resource-policy-public';

const statements = resourcePolicy.exampleStatements('sqs:SendMessage');
const example = resourcePolicy.exampleOf('aws_sqs_queue_policy', { queue_url: '"https://sqs.us-east-1.amazonaws.com/123456789012/jobs"' });

export default defineRule({
  id: 'aws-sqs-policy-no-public-access',
  title: 'SQS queue policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_168', 'CKV_AWS_387'],
  resourceTypes: ['aws_sqs_queue_policy', 'aws_sqs_queue'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the queue.',
  remediation: resourcePolicy.namedPrincipalRemediation('sqs:SendMessage'),
  check: resourcePolicy.publicCheck('queue'),
  examples: {
    good: [example(statements.named), example(statements.narrowed)],
    bad: [example(statements.open)],
  },
});
