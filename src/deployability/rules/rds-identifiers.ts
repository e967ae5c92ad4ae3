import { nameRule } from '../names';

const ID = /^[a-zA-Z](?!.*--)[a-zA-Z0-9-]*[a-zA-Z0-9]$|^[a-zA-Z]$/;
const RULE = 'letters, digits and single hyphens, starting with a letter and not ending with a hyphen';

export default nameRule(
  'rds-identifiers',
  'RDS identifiers follow the RDS naming rules',
  'DB instance and cluster identifiers are 1–63 letters, digits and single hyphens starting with a letter; DB subnet group names are lowercase.',
  [
    { type: 'aws_db_instance', attribute: 'identifier', max: 63, pattern: ID, rule: RULE },
    { type: 'aws_rds_cluster', attribute: 'cluster_identifier', max: 63, pattern: ID, rule: RULE },
    { type: 'aws_rds_cluster_instance', attribute: 'identifier', max: 63, pattern: ID, rule: RULE },
    {
      type: 'aws_db_subnet_group',
      attribute: 'name',
      max: 255,
      pattern: /^[a-z0-9 ._-]+$/,
      rule: 'lowercase letters, digits, spaces, periods, underscores and hyphens',
    },
  ],
  {
    good: [
      `resource "aws_db_instance" "d" {
  identifier     = "shop-prod-db"
  instance_class = "db.t4g.micro"
}`,
    ],
    bad: [
      `resource "aws_db_instance" "d" {
  identifier     = "shop--prod_db-"
  instance_class = "db.t4g.micro"
}`,
    ],
  },
);
