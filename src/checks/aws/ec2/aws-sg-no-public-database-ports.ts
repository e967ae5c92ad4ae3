import { defineRule } from '../../types';
import { DATA_PORTS, SG_TYPES, coversPort, worldOpenIngress } from './ingress';
import { sgIngressRemediation, sgWithIngressExample } from './sg-public-port-rule';

export default defineRule({
  id: 'aws-sg-no-public-database-ports',
  title: 'Security group does not expose database ports to the internet',
  severity: 'high',
  aliases: [],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ['AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description:
    'Database and cache ports (MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB, …) open to 0.0.0.0/0 or ::/0 invite credential attacks and data theft.',
  remediation: sgIngressRemediation(
    "Allow the database port only from the application's security group:",
    5432,
    'security_groups = [aws_security_group.app.id]',
  ),
  check: (res) =>
    worldOpenIngress(
      res,
      (r) => (r.protocol === '-1' ? false : Object.keys(DATA_PORTS).some((p) => coversPort(r, Number(p)) === true)),
      (r) => {
        const names = Object.entries(DATA_PORTS)
          .filter(([p]) => coversPort(r, Number(p)) === true)
          .map(([p, n]) => `${n} (${p})`);
        return `Database ports are open to the internet: ${names.join(', ')}`;
      },
    ),
  examples: {
    good: [sgWithIngressExample('db', 3306, '10.0.0.0/16')],
    bad: [sgWithIngressExample('db', 3306, '0.0.0.0/0')],
  },
});
