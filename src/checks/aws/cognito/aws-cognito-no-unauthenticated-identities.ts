import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cognito-no-unauthenticated-identities',
  title: 'Cognito identity pools do not hand out credentials to unauthenticated guests',
  severity: 'medium',
  aliases: ['CKV_AWS_366'],
  resourceTypes: ['aws_cognito_identity_pool'],
  description:
    'With allow_unauthenticated_identities anyone who knows the pool id gets temporary AWS credentials for the unauthenticated role; whatever that role allows is public.',
  remediation: `\`\`\`hcl
allow_unauthenticated_identities = false
\`\`\``,
  check: expectAt('allow_unauthenticated_identities', isFalse, 'The identity pool gives AWS credentials to unauthenticated guests', 'pass'),
  examples: {
    good: [
      `resource "aws_cognito_identity_pool" "p" {
  identity_pool_name = "app"
}`,
    ],
    bad: [
      `resource "aws_cognito_identity_pool" "p" {
  identity_pool_name               = "app"
  allow_unauthenticated_identities = true
}`,
    ],
  },
});
