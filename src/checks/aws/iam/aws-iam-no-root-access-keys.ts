import type { TfResource } from '../../../terraform/model';
import type { RuleContext } from '../../context';
import { defineRule } from '../../types';

/** The user name of an access key: its known value, or the name of the aws_iam_user it references. */
function userName(res: TfResource, ctx: RuleContext): string | undefined {
  const v = res.attributes.user;
  if (typeof v === 'string') return v;
  const m = /^\s*aws_iam_user\.([\w-]+)\.(name|id)\s*$/.exec(res.expressions?.user ?? '');
  if (!m) return undefined;
  const users = ctx.inModuleOf(res, `aws_iam_user.${m[1]}`);
  const names = new Set(users.map((u) => u.attributes.name));
  if (names.size !== 1) return undefined;
  const name = [...names][0];
  return typeof name === 'string' ? name : undefined;
}

export default defineRule({
  id: 'aws-iam-no-root-access-keys',
  title: 'No access keys are created for a user named "root"',
  severity: 'critical',
  aliases: ['CKV_AWS_348', 'AVD-AWS-0141'],
  legacyIds: ['aws-iam-no-root-access-keys'],
  resourceTypes: ['aws_iam_access_key'],
  description:
    'Long-lived access keys for the root identity give unrestricted, unrevocable-by-policy access to the whole account. ' +
    'An aws_iam_access_key whose user is "root" (by value or through the referenced aws_iam_user) is reported.',
  remediation: `Create keys only for least-privilege users (better: use roles and short-lived credentials):
\`\`\`hcl
resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
\`\`\``,
  check: (res, ctx) => {
    if (userName(res, ctx)?.toLowerCase() === 'root') return { attribute: 'user', message: 'An access key is created for the root user' };
  },
  examples: {
    good: [
      `resource "aws_iam_user" "u" {
  name = "deployer"
}
resource "aws_iam_access_key" "k" {
  user = aws_iam_user.u.name
}`,
    ],
    bad: [
      `resource "aws_iam_access_key" "k" {
  user = "root"
}`,
      `resource "aws_iam_user" "u" {
  name = "root"
}
resource "aws_iam_access_key" "k" {
  user = aws_iam_user.u.name
}`,
    ],
  },
});
