import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-autoscaling-launch-template',
  title: 'Auto Scaling groups use launch templates, not launch configurations',
  severity: 'low',
  aliases: ['CKV_AWS_315'],
  resourceTypes: ['aws_autoscaling_group'],
  description:
    'Launch configurations are deprecated: AWS no longer adds instance types or features to them (IMDSv2 defaults, mixed instances, new volume types) and new accounts cannot create them. ' +
    'Use a launch_template block, or one inside mixed_instances_policy.',
  remediation: `\`\`\`hcl
resource "aws_autoscaling_group" "app" {
  # …
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}
\`\`\``,
  check: (res) => {
    const lt = blocks(res.attributes.launch_template);
    const mip = blocks(res.attributes.mixed_instances_policy);
    if (lt === undefined || mip === undefined) return;
    if (lt.length > 0) return;
    for (const m of mip) {
      const inner = blocks(m.launch_template);
      if (inner === undefined || inner.length > 0) return;
    }
    const lc = res.attributes.launch_configuration;
    return {
      attribute: lc !== undefined && lc !== null ? 'launch_configuration' : undefined,
      message: 'The Auto Scaling group does not use a launch template',
    };
  },
  examples: {
    good: [
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}`,
      `resource "aws_autoscaling_group" "g" {
  max_size = 2
  min_size = 1
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = "lt-0123456789abcdef0"
      }
    }
  }
}`,
    ],
    bad: [
      `resource "aws_autoscaling_group" "g" {
  max_size             = 2
  min_size             = 1
  launch_configuration = "app-lc"
}`,
    ],
  },
});
