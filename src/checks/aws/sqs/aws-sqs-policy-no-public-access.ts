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

const ACTION = '"sqs:SendMessage"';
const example = (statement: ExampleStatement) =>
  policyResourceExample('aws_sqs_queue_policy', { queue_url: '"https://sqs.us-east-1.amazonaws.com/123456789012/jobs"' }, statement);

export default defineRule({
  id: 'aws-sqs-policy-no-public-access',
  title: 'SQS queue policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_168', 'CKV_AWS_387'],
  resourceTypes: ['aws_sqs_queue_policy', 'aws_sqs_queue'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the queue.',
  remediation: namedPrincipalRemediation('sqs:SendMessage'),
  check: resourcePolicyPublicCheck('queue'),
  examples: {
    good: [
      example({ Principal: ACCOUNT_PRINCIPAL, Action: ACTION }),
      example({ Principal: ANY_PRINCIPAL, Action: ACTION, Condition: SOURCE_ACCOUNT_CONDITION }),
    ],
    bad: [example({ Principal: ANY_PRINCIPAL, Action: ACTION })],
  },
});
