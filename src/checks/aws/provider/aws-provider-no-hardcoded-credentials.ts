import { defineRule } from '../../types';

// Checkov's patterns (checkov/common/models/consts.py): a 20-character key id, a 40-character secret.
const ACCESS_KEY = /^[A-Z0-9]{20}$/;
const SECRET_KEY = /^[A-Za-z0-9/+=]{40}$/;

export default defineRule({
  id: 'aws-provider-no-hardcoded-credentials',
  title: 'The aws provider block holds no hard-coded access key or secret key',
  severity: 'critical',
  aliases: ['CKV_AWS_41'],
  resourceTypes: ['provider.aws'],
  description:
    'Keys written in a provider block are committed with the code and read by everyone who can read the repository. Use the standard credential chain (environment, shared config, SSO, an instance or OIDC role) instead.',
  remediation: `Remove \`access_key\` and \`secret_key\` and let the provider use the credential chain:
\`\`\`hcl
provider "aws" {
  region = "eu-west-1"
  # credentials from AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO or an assumed role
}
\`\`\``,
  check: (res) => {
    const issues = [];
    const access = res.attributes.access_key;
    const secret = res.attributes.secret_key;
    if (typeof access === 'string' && ACCESS_KEY.test(access.trim())) {
      issues.push({ attribute: 'access_key', message: `provider "${res.name}" has a hard-coded access key` });
    }
    if (typeof secret === 'string' && SECRET_KEY.test(secret.trim())) {
      issues.push({ attribute: 'secret_key', message: `provider "${res.name}" has a hard-coded secret key` });
    }
    return issues;
  },
  examples: {
    good: [
      `provider "aws" {
  region = "us-east-1"
}`,
      `variable "access_key" {}
variable "secret_key" {}
provider "aws" {
  region     = "us-east-1"
  access_key = var.access_key
  secret_key = var.secret_key
}`,
    ],
    bad: [
      `provider "aws" {
  region     = "us-west-2"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}`,
      `provider "aws" {
  alias      = "plain"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}`,
    ],
  },
});
