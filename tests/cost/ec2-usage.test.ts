// Infracost's EC2 usage keys: monthly_hrs, monthly_cpu_credit_hrs / vcpu_count, instances and
// operating_system, each with an example that uses it and one where it must not apply.
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { parseUsage } from '../../src/cost/usage';
import type { TfResource } from '../../src/terraform/model';
import { loaded, res } from './helpers';

function price(resources: TfResource[], usageBody: string) {
  const usage = parseUsage('u.yml', `resource_usage:\n${usageBody}`);
  return estimateCosts(loaded(...resources), { region: 'us-east-1', usage }).resources;
}
const find = (r: { components: { name: string; monthlyCost: number | null }[] }, name: string) =>
  r.components.find((c) => c.name.startsWith(name));

describe('EC2 usage keys', () => {
  it('monthly_hrs scales the instance-hours and the EBS-optimized surcharge, not the monitoring metrics', () => {
    const [r] = price(
      [
        res('aws_instance.a', {
          instance_type: 'r3.xlarge',
          ebs_optimized: true,
          monitoring: true,
          root_block_device: [{ volume_size: 8 }],
        }),
      ],
      '  aws_instance.a:\n    monthly_hrs: 100\n',
    );
    expect(find(r!, 'Instance usage')!.monthlyCost).toBeCloseTo(33.3, 2); // Infracost: $33.30
    expect(find(r!, 'EBS-optimized')!.monthlyCost).toBeCloseTo(2, 2);
    expect(find(r!, 'EC2 detailed monitoring')!.monthlyCost).toBeCloseTo(2.1, 2);
  });

  it('prices surplus CPU credits of unlimited burstable instances from monthly_cpu_credit_hrs', () => {
    const [t3, t2std, t2unl] = price(
      [
        res('aws_instance.t3', { instance_type: 't3.medium' }),
        res('aws_instance.t2std', { instance_type: 't2.medium' }),
        res('aws_instance.t2unl', { instance_type: 't2.medium', credit_specification: [{ cpu_credits: 'unlimited' }] }),
      ],
      '  aws_instance.t3:\n    monthly_cpu_credit_hrs: 730\n  aws_instance.t2std:\n    monthly_cpu_credit_hrs: 300\n  aws_instance.t2unl:\n    monthly_cpu_credit_hrs: 300\n',
    );
    expect(find(t3!, 'CPU credits')!.monthlyCost).toBeCloseTo(73, 2); // 730 h × 2 vCPU × $0.05
    expect(find(t2std!, 'CPU credits')).toBeUndefined(); // T2 is standard unless it says unlimited
    expect(find(t2unl!, 'CPU credits')!.monthlyCost).toBeCloseTo(30, 2);
  });

  it('adds no CPU credit line without usage, nor for a non-burstable type', () => {
    const [a, b] = price(
      [res('aws_instance.a', { instance_type: 't3.medium' }), res('aws_instance.b', { instance_type: 'm5.large' })],
      '  aws_instance.b:\n    monthly_cpu_credit_hrs: 100\n',
    );
    expect(find(a!, 'CPU credits')).toBeUndefined();
    expect(find(b!, 'CPU credits')).toBeUndefined();
  });

  it('instances overrides the group size of an Auto Scaling group and an EKS node group', () => {
    const lt = res('aws_launch_template.lt', { instance_type: 't3.medium' });
    const [asg, ng] = price(
      [
        lt,
        res('aws_autoscaling_group.g', { desired_capacity: 1, launch_template: [{ id: 'x' }] }, ['aws_launch_template.lt']),
        res('aws_eks_node_group.n', { instance_types: ['t3.medium'], scaling_config: [{ desired_size: 1 }] }),
      ],
      '  aws_autoscaling_group.g:\n    instances: 3\n  aws_eks_node_group.n:\n    instances: 4\n',
    );
    expect(find(asg!, 'Instance usage')!.monthlyCost).toBeCloseTo(3 * 30.368, 2);
    expect(find(ng!, 'Instance usage')!.monthlyCost).toBeCloseTo(4 * 30.368, 2);
  });

  it('leaves the instance charge null for an operating system other than Linux, and keeps Linux priced', () => {
    const [win, lin] = price(
      [res('aws_instance.w', { instance_type: 't3.medium' }), res('aws_instance.l', { instance_type: 't3.medium' })],
      '  aws_instance.w:\n    operating_system: windows\n  aws_instance.l:\n    operating_system: linux\n',
    );
    const c = find(win!, 'Instance usage')!;
    expect(c.monthlyCost).toBeNull();
    expect((c as { note?: string }).note).toBe('windows instance prices are not in the table (Linux only)');
    expect(find(lin!, 'Instance usage')!.monthlyCost).toBeCloseTo(30.37, 2);
  });
});
