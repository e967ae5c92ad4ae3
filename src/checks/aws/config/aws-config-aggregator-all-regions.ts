import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

const SOURCES = ['account_aggregation_source', 'organization_aggregation_source'] as const;

export default defineRule({
  id: 'aws-config-aggregator-all-regions',
  title: 'AWS Config aggregator collects from all regions',
  severity: 'medium',
  aliases: ['CKV_AWS_121', 'AVD-AWS-0019'],
  resourceTypes: ['aws_config_configuration_aggregator'],
  description:
    'An aggregator limited to a list of regions misses resources created anywhere else, including regions an attacker picks because nobody watches them. all_regions also covers regions AWS adds later.',
  remediation: `\`\`\`hcl
account_aggregation_source {
  account_ids = [data.aws_caller_identity.current.account_id]
  all_regions = true
}
\`\`\``,
  check: (res) => {
    let unknown = false;
    for (const key of SOURCES) {
      const list = blocks(res.attributes[key]);
      if (list === undefined) {
        unknown = true;
        continue;
      }
      const first = list[0];
      if (!first) continue;
      const all = bool(read(first, 'all_regions'), false);
      if (all === undefined) unknown = true;
      else if (all) return;
    }
    if (unknown) return;
    return { message: 'The aggregator does not collect from all regions' };
  },
  examples: {
    good: [
      `resource "aws_config_configuration_aggregator" "a" {
  name = "org"
  organization_aggregation_source {
    role_arn    = "arn:aws:iam::123456789012:role/config"
    all_regions = true
  }
}`,
    ],
    bad: [
      `resource "aws_config_configuration_aggregator" "a" {
  name = "org"
  account_aggregation_source {
    account_ids = ["123456789012"]
    regions     = ["us-east-1"]
  }
}`,
    ],
  },
});
