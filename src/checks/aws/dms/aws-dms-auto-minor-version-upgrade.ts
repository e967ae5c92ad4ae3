import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-dms-auto-minor-version-upgrade',
  title: 'DMS replication instance gets minor engine upgrades automatically',
  severity: 'low',
  aliases: ['CKV_AWS_222'],
  resourceTypes: ['aws_dms_replication_instance'],
  description:
    'Minor DMS engine versions carry security and bug fixes; without automatic upgrades the instance keeps running old ones. Off by default.',
  remediation: `\`\`\`hcl
auto_minor_version_upgrade = true
\`\`\``,
  check: expectAt('auto_minor_version_upgrade', isTrue, 'Automatic minor version upgrades are off', 'fail'),
  examples: {
    good: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
  auto_minor_version_upgrade = true
}`,
    ],
    bad: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
}`,
    ],
  },
});
