import type { DeployabilityRule } from '../types';
import { str } from '../containers';

export default {
  id: 'unique-security-group-names',
  title: 'Security group names are unique in their VPC',
  description: 'Two security groups with the same name in one VPC: the second fails with InvalidGroup.Duplicate.',
  check: ({ byType }) => {
    const seen = new Map<string, string>();
    return byType('aws_security_group').flatMap((at) => {
      const name = str(at.attributes.name);
      if (name === undefined) return [];
      const key = `${str(at.attributes.vpc_id) ?? '(vpc unknown)'}/${name}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, at.address);
        return [];
      }
      return [{ at, resource: at.address, message: `security group name "${name}" is also used by ${first}` }];
    });
  },
  examples: {
    good: [
      `resource "aws_security_group" "web" {
  name   = "shop-web"
  vpc_id = "vpc-1"
}
resource "aws_security_group" "api" {
  name   = "shop-api"
  vpc_id = "vpc-1"
}`,
    ],
    bad: [
      `locals {
  services = ["web", "api"]
}
resource "aws_security_group" "svc" {
  for_each = toset(local.services)
  name     = "shop-service"
  vpc_id   = "vpc-1"
}`,
    ],
  },
} satisfies DeployabilityRule;
