import { defineRule } from '../../types';
import { blocks, read, strings } from '../../values';

export default defineRule({
  id: 'aws-ssm-document-not-public',
  title: 'SSM documents are not shared publicly',
  severity: 'high',
  aliases: ['CKV_AWS_303'],
  resourceTypes: ['aws_ssm_document'],
  description:
    'permissions with account_ids = "All" publishes the document to every AWS account: its content (scripts, parameter names, internal hostnames) becomes public and anyone can run it in their account.',
  remediation: `\`\`\`hcl
permissions = {
  type        = "Share"
  account_ids = "123456789012"
}
\`\`\``,
  check: (res) => {
    for (const p of blocks(res.attributes.permissions) ?? []) {
      const ids = strings(read(p, 'account_ids'));
      if (ids?.some((i) => i.split(',').some((x) => x.trim().toLowerCase() === 'all')))
        return { attribute: 'permissions', message: 'The document is shared with every AWS account (account_ids = "All")' };
    }
  },
  examples: {
    good: [
      `resource "aws_ssm_document" "d" {
  name          = "setup"
  document_type = "Command"
  content       = "{}"
  permissions = {
    type        = "Share"
    account_ids = "123456789012"
  }
}`,
    ],
    bad: [
      `resource "aws_ssm_document" "d" {
  name          = "setup"
  document_type = "Command"
  content       = "{}"
  permissions = {
    type        = "Share"
    account_ids = "All"
  }
}`,
    ],
  },
});
