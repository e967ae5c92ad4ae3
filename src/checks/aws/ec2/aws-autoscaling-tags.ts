import { defineRule } from '../../types';
import { blocks, isSet, read } from '../../values';

export default defineRule({
  id: 'aws-autoscaling-tags',
  title: 'Auto Scaling group tags the instances it launches',
  severity: 'low',
  aliases: ['CKV_AWS_153'],
  resourceTypes: ['aws_autoscaling_group'],
  description:
    'Tags on the group (tag blocks with propagate_at_launch) reach its instances, so cost allocation, ownership and tag-based access policies cover them.',
  remediation: `\`\`\`hcl
tag {
  key                 = "Service"
  value               = "api"
  propagate_at_launch = true
}
\`\`\``,
  check: (res) => {
    const tags = blocks(res.attributes.tag);
    if (tags === undefined) return;
    if (tags.length > 0) return;
    const legacy = isSet(read(res, 'tags'));
    if (legacy !== false) return;
    return { message: 'The Auto Scaling group has no tags' };
  },
  examples: {
    good: [
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
  tag {
    key                 = "Service"
    value               = "api"
    propagate_at_launch = true
  }
}`,
    ],
    bad: [
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
}`,
    ],
  },
});
