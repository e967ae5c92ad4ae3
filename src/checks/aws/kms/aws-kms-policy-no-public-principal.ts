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

const ACTION = '"kms:Decrypt"';
const example = (statement: ExampleStatement) => policyResourceExample('aws_kms_key', { description: '"data"' }, statement);

export default defineRule({
  id: 'aws-kms-policy-no-public-principal',
  title: 'KMS key policy does not allow any principal',
  severity: 'critical',
  aliases: ['CKV_AWS_33'],
  resourceTypes: ['aws_kms_key'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the key.',
  remediation: namedPrincipalRemediation('kms:Decrypt'),
  check: resourcePolicyPublicCheck('key'),
  examples: {
    good: [
      example({ Principal: ACCOUNT_PRINCIPAL, Action: ACTION }),
      example({ Principal: ANY_PRINCIPAL, Action: ACTION, Condition: SOURCE_ACCOUNT_CONDITION }),
    ],
    bad: [example({ Principal: ANY_PRINCIPAL, Action: ACTION })],
  },
});
