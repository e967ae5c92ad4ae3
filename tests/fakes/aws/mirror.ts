// Seed the fake account from a Terraform v4 state: the account as Terraform left it (VPCs, subnets,
// security groups, instances, buckets), so a test can then change things "by hand".
import type { FakeAccount } from './account';

type Attrs = Record<string, unknown>;

export function mirrorTerraformState(
  account: FakeAccount,
  state: { resources: Array<{ type: string; mode?: string; instances: Array<{ attributes: Attrs }> }> },
): void {
  const rules = (list: Attrs[]) =>
    list.map((r) => ({
      ipProtocol: r.protocol,
      fromPort: r.from_port,
      toPort: r.to_port,
      ipRanges: (r.cidr_blocks as string[]).map((cidrIp) => ({ cidrIp })),
    }));
  for (const r of state.resources) {
    if (r.mode && r.mode !== 'managed') continue;
    for (const { attributes: a } of r.instances) {
      const tags = (a.tags_all ?? {}) as Record<string, string>;
      const id = String(a.id);
      switch (r.type) {
        case 'aws_vpc':
          account.add({ type: 'ec2:vpc', id, tags, attrs: { cidrBlock: a.cidr_block, instanceTenancy: a.instance_tenancy } });
          break;
        case 'aws_subnet':
          account.add({
            type: 'ec2:subnet',
            id,
            tags,
            attrs: {
              cidrBlock: a.cidr_block,
              availabilityZone: a.availability_zone,
              vpcId: a.vpc_id,
              mapPublicIpOnLaunch: a.map_public_ip_on_launch,
            },
          });
          break;
        case 'aws_security_group':
          account.add({
            type: 'ec2:security-group',
            id,
            tags,
            attrs: {
              groupName: a.name,
              groupDescription: a.description,
              vpcId: a.vpc_id,
              ipPermissions: rules(a.ingress as Attrs[]),
              ipPermissionsEgress: rules(a.egress as Attrs[]),
            },
          });
          break;
        case 'aws_instance':
          account.add({
            type: 'ec2:instance',
            id,
            tags,
            attrs: {
              imageId: a.ami,
              instanceType: a.instance_type,
              subnetId: a.subnet_id,
              groupSet: ((a.vpc_security_group_ids as string[]) ?? []).map((groupId) => ({ groupId })),
              instanceState: { name: 'running', code: 16 },
            },
          });
          break;
        case 'aws_s3_bucket':
          account.add({ type: 's3:bucket', id, tags });
          break;
      }
    }
  }
}
