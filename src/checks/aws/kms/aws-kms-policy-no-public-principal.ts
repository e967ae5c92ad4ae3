import { defineRule } from '../../types';
import * as resourcePolicy from '../shared/resource-policy-public';

const statements = resourcePolicy.exampleStatements('kms:Decrypt');
const example = resourcePolicy.exampleOf('aws_kms_key', { description: '"data"' });

export default defineRule({
  id: 'aws-kms-policy-no-public-principal',
  title: 'KMS key policy does not allow any principal',
  severity: 'critical',
  aliases: ['CKV_AWS_33'],
  resourceTypes: ['aws_kms_key'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the key.',
  remediation: resourcePolicy.namedPrincipalRemediation('kms:Decrypt'),
  check: resourcePolicy.publicCheck('key'),
  examples: {
    good: [example(statements.named), example(statements.narrowed)],
    bad: [example(statements.open)],
  },
});
