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

const ACTION = '"sns:Publish"';
const example = (statement: ExampleStatement) =>
  policyResourceExample('aws_sns_topic_policy', { arn: '"arn:aws:sns:us-east-1:123456789012:events"' }, statement);

export default defineRule({
  id: 'aws-sns-policy-no-public-access',
  title: 'SNS topic policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_169'],
  resourceTypes: ['aws_sns_topic_policy', 'aws_sns_topic'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the topic.',
  remediation: namedPrincipalRemediation('sns:Publish'),
  check: resourcePolicyPublicCheck('topic'),
  examples: {
    good: [
      example({ Principal: ACCOUNT_PRINCIPAL, Action: ACTION }),
      example({ Principal: ANY_PRINCIPAL, Action: ACTION, Condition: SOURCE_ACCOUNT_CONDITION }),
    ],
    bad: [example({ Principal: ANY_PRINCIPAL, Action: ACTION })],
  },
});
