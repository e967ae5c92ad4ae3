// Account-level EBS encryption by default (aws_ebs_encryption_by_default) encrypts every new
// volume, whatever the volume's own arguments say.
import type { RuleContext } from '../../context';
import { bool, read } from '../../values';

export function ebsEncryptedByDefault(ctx: RuleContext): boolean {
  return ctx.ofType('aws_ebs_encryption_by_default').some((r) => bool(read(r, 'enabled'), true) === true);
}
