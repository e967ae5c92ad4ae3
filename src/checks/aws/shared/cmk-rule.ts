// Rules of the shape "this resource names a customer-managed KMS key": the key argument (possibly in a
// nested block) must be set; AWS otherwise uses its own managed key, which the account can neither
// restrict with a key policy nor audit per use. Unknown key values count as set.
import { expectAt, nonEmpty, type Judge } from '../../dsl';
import type { CheckFn, Rule } from '../../types';
import { MISSING } from '../../values';

export const EXAMPLE_KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** A key that is set and is not an AWS-managed alias ("alias/aws/…"). */
export const customerKey: Judge = (v) => {
  if (v === MISSING) return false;
  if (typeof v !== 'string') return nonEmpty(v);
  const t = v.trim();
  return t !== '' && !/^(arn:[^:]+:kms:[^:]*:[^:]*:)?alias\/aws\//.test(t);
};

/** Check: `path` (dotted) holds a customer-managed key. */
export function cmkCheck(path: string, what: string): CheckFn {
  return expectAt(
    path,
    customerKey,
    `${what} is not encrypted with a customer-managed KMS key (${path.split('.').pop()} is not set)`,
    'fail',
  );
}

/** Remediation snippet: `resource "type" "x" { <arg> = aws_kms_key.x.arn }`, nested in `blocks` when given. */
export function cmkRemediation(type: string, path: string): string {
  const segs = path.split('.');
  const leaf = segs.pop()!;
  let body = `${leaf} = aws_kms_key.this.arn`;
  for (const b of segs.reverse()) body = `${b} {\n  ${body.split('\n').join('\n  ')}\n}`;
  return `\`\`\`hcl
resource "${type}" "this" {
  # …
  ${body.split('\n').join('\n  ')}
}
\`\`\``;
}

/** A whole CMK rule from its resource type, key path and a minimal resource body (without the key). */
export function cmkRule(spec: {
  id: string;
  title: string;
  aliases: string[];
  type: string;
  path: string;
  what: string;
  description: string;
  body: string;
  severity?: Rule['severity'];
}): Rule {
  const segs = spec.path.split('.');
  const leaf = segs[segs.length - 1]!;
  const withKey = (value: string) => {
    let inner = `${leaf} = ${value}`;
    for (const b of segs.slice(0, -1).reverse()) inner = `${b} {\n ${inner}\n}`;
    return `resource "${spec.type}" "x" {\n${spec.body}\n${inner}\n}`;
  };
  return {
    id: spec.id,
    title: spec.title,
    severity: spec.severity ?? 'low',
    aliases: spec.aliases,
    resourceTypes: [spec.type],
    description: spec.description,
    remediation: cmkRemediation(spec.type, spec.path),
    check: cmkCheck(spec.path, spec.what),
    examples: {
      good: [withKey(`"${EXAMPLE_KEY_ARN}"`)],
      bad: [`resource "${spec.type}" "x" {\n${spec.body}\n}`],
    },
  };
}
