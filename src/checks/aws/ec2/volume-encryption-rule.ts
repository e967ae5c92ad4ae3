// Instances and launch configurations declare their volumes the same way (root_block_device,
// ebs_block_device), so one check serves both rules.
import type { CheckFn, Issue } from '../../types';
import { blocks, bool, read } from '../../values';
import { ebsEncryptedByDefault } from './ebs-default';

/** Every unencrypted root or EBS block device, unless the account encrypts new volumes by default. */
export const unencryptedBlockDevicesCheck: CheckFn = (res, ctx) => {
  if (ebsEncryptedByDefault(ctx)) return;
  const out: Issue[] = [];
  const root = blocks(res.attributes.root_block_device);
  if (!root) return;
  if (root.length === 0) out.push({ message: 'root_block_device is not set: the root volume is not encrypted' });
  // A volume restored from a snapshot inherits the snapshot's encryption (Checkov reads snapshot_id on both kinds).
  for (const b of root) {
    if (typeof read(b, 'snapshot_id') === 'string') continue;
    if (bool(read(b, 'encrypted'), false) === false)
      out.push({ attribute: 'root_block_device', message: 'The root volume is not encrypted' });
  }
  for (const b of blocks(res.attributes.ebs_block_device) ?? []) {
    if (typeof read(b, 'snapshot_id') === 'string') continue;
    if (bool(read(b, 'encrypted'), false) === false)
      out.push({ attribute: 'ebs_block_device', message: 'An EBS block device is not encrypted' });
  }
  return out;
};
