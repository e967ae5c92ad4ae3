// Stated defaults (issue 13): the root volume every instance has, and one Client VPN connection.
// Each is priced, said on its line (`assumption`) and in the estimate's `assumptions`, and replaced
// by what the code or the usage file says. Prices: us-east-1, table of 2025-06-01 (gp2 $0.10/GB-month,
// gp3 $0.08, Client VPN $0.05 per connection-hour, Fargate $0.04048 per vCPU-hour, $0.004445 per GB-hour).
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { renderEstimateMarkdown } from '../../src/cost/render';
import { parseUsage } from '../../src/cost/usage';
import type { CostComponent, UsageMap } from '../../src/cost/types';
import { UNKNOWN, type TfResource } from '../../src/terraform/model';
import { loaded, res } from './helpers';

const H = 730;
const estimate = (resources: TfResource[], usage?: string) =>
  estimateCosts(loaded(...resources), { region: 'us-east-1', usage: usage ? parseUsage('u.yml', usage) : undefined });
const priced = (address: string, resources: TfResource[], usage?: string) => {
  const r = estimate(resources, usage).resources.find((x) => x.address === address);
  expect(r).toBeDefined();
  return r!;
};
const rootLine = (comps: CostComponent[]) => comps.find((c) => c.name.startsWith('Root volume'));

describe('the root volume of an instance', () => {
  it('without root_block_device: 8 GB gp2 assumed, said on the line and in the estimate', () => {
    const e = estimate([res('aws_instance.web', { instance_type: 't3.medium' })]);
    const root = rootLine(e.resources[0]!.components)!;
    expect(root.name).toBe('Root volume storage (gp2)');
    expect(root.monthlyCost).toBeCloseTo(0.8, 6);
    expect(root.assumption).toMatch(/^no root_block_device: the AMI's root volume is assumed to be 8 GB gp2 .*root_volume_size_gb/);
    expect(e.resources[0]!.monthlyCost).toBeCloseTo(H * 0.0416 + 0.8, 2);
    expect(e.assumptions).toEqual([`aws_instance.web: Root volume storage (gp2) — ${root.assumption}`]);
  });

  it('root_block_device with size and type: priced as declared, no assumption', () => {
    const r = priced('aws_instance.web', [
      res('aws_instance.web', { instance_type: 't3.medium', root_block_device: [{ volume_size: 30, volume_type: 'gp3' }] }),
    ]);
    const root = rootLine(r.components)!;
    expect(root.monthlyCost).toBeCloseTo(30 * 0.08, 6);
    expect(root.assumption).toBeUndefined();
  });

  it('root_block_device with a type but no size: the type is kept, only the size is assumed', () => {
    const r = priced('aws_instance.web', [
      res('aws_instance.web', { instance_type: 't3.medium', root_block_device: [{ volume_type: 'gp3' }] }),
    ]);
    const root = rootLine(r.components)!;
    expect(root.name).toBe('Root volume storage (gp3)');
    expect(root.monthlyCost).toBeCloseTo(8 * 0.08, 6);
    expect(root.assumption).toMatch(/^root_block_device sets no volume_size: the AMI's, assumed to be 8 GB \(/);
  });

  it('the usage file replaces the default (root_volume_size_gb, root_volume_type), never a declared size', () => {
    const usage = 'resource_usage:\n  aws_instance.web:\n    root_volume_size_gb: 30\n    root_volume_type: gp3\n';
    const u = parseUsage('u.yml', usage);
    expect(u.warnings).toEqual([]);
    const r = priced('aws_instance.web', [res('aws_instance.web', { instance_type: 't3.medium' })], usage);
    const root = rootLine(r.components)!;
    expect(root.monthlyCost).toBeCloseTo(30 * 0.08, 6);
    expect(root.assumption).toBeUndefined();
    const declared = priced(
      'aws_instance.web',
      [res('aws_instance.web', { instance_type: 't3.medium', root_block_device: [{ volume_size: 50 }] })],
      usage,
    );
    // The declared 50 GB stays; the type it does not name is the AMI's, which the usage file gave.
    expect(rootLine(declared.components)!.monthlyCost).toBeCloseTo(50 * 0.08, 6);
  });

  it('an unknown root_block_device stays null (never a guess over an expression)', () => {
    const r = priced('aws_instance.web', [
      res('aws_instance.web', { instance_type: 't3.medium', root_block_device: [{ volume_size: UNKNOWN }] }),
    ]);
    // A size Terraform cannot know is not replaced by the default.
    expect(rootLine(r.components)!.monthlyCost).toBeNull();
    expect(rootLine(r.components)!.note).toMatch(/not known statically/);
    const whole = priced('aws_instance.web', [res('aws_instance.web', { instance_type: 't3.medium', root_block_device: UNKNOWN })]);
    expect(rootLine(whole.components)!.monthlyCost).toBeNull();
  });

  it('a launch template mapping the root device (/dev/xvda) is the root volume: no second one', () => {
    const lt = res('aws_launch_template.lt', {
      instance_type: 't3.medium',
      block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ volume_size: 20, volume_type: 'gp3' }] }],
    });
    const r = priced('aws_instance.web', [lt, res('aws_instance.web', { launch_template: [{ id: 'x' }] }, ['aws_launch_template.lt'])]);
    expect(rootLine(r.components)).toBeUndefined();
    expect(r.monthlyCost).toBeCloseTo(H * 0.0416 + 20 * 0.08, 2);
  });

  it('an instance block device overrides the template mapping of the same name, keeping its type', () => {
    const lt = res('aws_launch_template.lt', {
      instance_type: 't3.medium',
      block_device_mappings: [{ device_name: 'xvdc', ebs: [{ volume_size: 10, volume_type: 'io1', iops: 100 }] }],
    });
    const i = res('aws_instance.web', { launch_template: [{ id: 'x' }], ebs_block_device: [{ device_name: 'xvdc', volume_size: 20 }] }, [
      'aws_launch_template.lt',
    ]);
    const r = priced('aws_instance.web', [lt, i]);
    // t3.medium + assumed root + one io1 volume of 20 GB with the template's 100 IOPS (not two volumes)
    expect(r.monthlyCost).toBeCloseTo(H * 0.0416 + 0.8 + 20 * 0.125 + 100 * 0.065, 2);
  });
});

describe('the root volumes of Auto Scaling groups and node groups', () => {
  it('a launch configuration without root_block_device: 8 GB gp2 per instance', () => {
    const lc = res('aws_launch_configuration.lc', { instance_type: 't3.medium', enable_monitoring: false });
    const g = res('aws_autoscaling_group.g', { desired_capacity: 3 }, ['aws_launch_configuration.lc']);
    const r = priced('aws_autoscaling_group.g', [lc, g]);
    expect(rootLine(r.components)!.monthlyCost).toBeCloseTo(3 * 0.8, 6);
    expect(rootLine(r.components)!.assumption).toMatch(/^the launch configuration has no root_block_device/);
  });

  it("a launch template mapping only a data device: the AMI's root volume is still there", () => {
    const lt = res('aws_launch_template.lt', {
      instance_type: 't3.medium',
      block_device_mappings: [{ device_name: 'xvdf', ebs: [{ volume_size: 10 }] }],
    });
    const g = res('aws_autoscaling_group.g', { desired_capacity: 2 }, ['aws_launch_template.lt']);
    const r = priced('aws_autoscaling_group.g', [lt, g]);
    expect(r.monthlyCost).toBeCloseTo(2 * H * 0.0416 + 2 * 0.8 + 2 * 10 * 0.1, 2);
    expect(rootLine(r.components)!.assumption).toMatch(/^the launch template maps no root device \(\/dev\/xvda, \/dev\/sda1\)/);
  });

  it('a launch template mapping /dev/sda1: that mapping is the root volume', () => {
    const lt = res('aws_launch_template.lt', {
      instance_type: 't3.medium',
      block_device_mappings: [{ device_name: '/dev/sda1', ebs: [{ volume_size: 30, volume_type: 'gp3' }] }],
    });
    const g = res('aws_autoscaling_group.g', { desired_capacity: 2 }, ['aws_launch_template.lt']);
    const r = priced('aws_autoscaling_group.g', [lt, g]);
    expect(rootLine(r.components)).toBeUndefined();
    expect(r.monthlyCost).toBeCloseTo(2 * H * 0.0416 + 2 * 30 * 0.08, 2);
  });

  it("an instance's root_block_device replaces its launch template's root mapping (one root volume, not two)", () => {
    const lt = res('aws_launch_template.lt', { block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ volume_size: 20 }] }] });
    const i = res(
      'aws_instance.web',
      { instance_type: 't3.medium', launch_template: [{ id: 'lt-1' }], root_block_device: [{ volume_size: 30, volume_type: 'gp3' }] },
      ['aws_launch_template.lt'],
    );
    const r = priced('aws_instance.web', [lt, i]);
    expect(r.components.filter((c) => c.unit === 'GB').map((c) => c.monthlyCost)).toEqual([30 * 0.08]);
    expect(r.monthlyCost).toBeCloseTo(H * 0.0416 + 30 * 0.08, 2);
  });

  it('no instances, no root volumes (min_size = 0)', () => {
    const lc = res('aws_launch_configuration.lc', { instance_type: 't3.medium' });
    const g = res('aws_autoscaling_group.g', { min_size: 0, max_size: 3 }, ['aws_launch_configuration.lc']);
    expect(priced('aws_autoscaling_group.g', [lc, g]).monthlyCost).toBe(0);
  });

  it('an EKS node group whose template maps no root device: the EKS default 20 GB gp2 per node', () => {
    const lt = res('aws_launch_template.lt', { block_device_mappings: [{ device_name: 'xvdf', ebs: [{ volume_size: 10 }] }] });
    const ng = res('aws_eks_node_group.n', { instance_types: ['t3.medium'], scaling_config: [{ desired_size: 2 }] }, [
      'aws_launch_template.lt',
    ]);
    const r = priced('aws_eks_node_group.n', [lt, ng]);
    expect(rootLine(r.components)!.monthlyCost).toBeCloseTo(2 * 20 * 0.1, 6);
    expect(rootLine(r.components)!.assumption).toMatch(/20 GB gp2 \(the EKS default node disk\)/);
    expect(r.monthlyCost).toBeCloseTo(2 * H * 0.0416 + 2 * 20 * 0.1 + 2 * 10 * 0.1, 2);
  });
});

describe('Client VPN connections and Fargate profile pods', () => {
  it('a Client VPN endpoint without usage: one connection all month, stated', () => {
    const r = priced('aws_ec2_client_vpn_endpoint.vpn', [res('aws_ec2_client_vpn_endpoint.vpn')]);
    expect(r.monthlyCost).toBeCloseTo(H * 0.05, 6);
    expect(r.components[0]!.assumption).toMatch(/one connection.*monthly_connection_hours/);
  });

  it('monthly_connection_hours replaces it (no warning, no assumption)', () => {
    const usage = 'resource_usage:\n  aws_ec2_client_vpn_endpoint.vpn:\n    monthly_connection_hours: 100\n';
    expect(parseUsage('u.yml', usage).warnings).toEqual([]);
    const r = priced('aws_ec2_client_vpn_endpoint.vpn', [res('aws_ec2_client_vpn_endpoint.vpn')], usage);
    expect(r.monthlyCost).toBeCloseTo(100 * 0.05, 6);
    expect(r.components[0]!.assumption).toBeUndefined();
  });

  it('a Fargate profile without usage: null and listed as usage missing (no made-up pod)', () => {
    const e = estimate([res('aws_eks_fargate_profile.p')]);
    expect(e.resources[0]!.monthlyCost).toBeNull();
    expect(e.usageMissing).toEqual(['aws_eks_fargate_profile.p: Fargate pods vCPU', 'aws_eks_fargate_profile.p: Fargate pods memory']);
    expect(e.assumptions).toEqual([]);
  });

  it('a Fargate profile with pods, vcpu_per_pod and memory_gb_per_pod', () => {
    const usage = 'resource_usage:\n  aws_eks_fargate_profile.p:\n    pods: 2\n    vcpu_per_pod: 1\n    memory_gb_per_pod: 2\n';
    expect(parseUsage('u.yml', usage).warnings).toEqual([]);
    expect(priced('aws_eks_fargate_profile.p', [res('aws_eks_fargate_profile.p')], usage).monthlyCost).toBeCloseTo(
      2 * H * 0.04048 + 4 * H * 0.004445,
      2,
    );
  });
});

describe('assumptions in the report', () => {
  it('the markdown says each assumed line and how to replace it', () => {
    const md = renderEstimateMarkdown(estimate([res('aws_instance.web', { instance_type: 't3.medium' })]));
    expect(md).toMatch(/Root volume storage \(gp2\): \$0\.80 \(assumed: no root_block_device: .*8 GB gp2/);
    expect(md).toMatch(/1 charge rests on a stated default/);
  });

  it('an estimate with nothing assumed has no assumption section', () => {
    const md = renderEstimateMarkdown(
      estimate([res('aws_instance.web', { instance_type: 't3.medium', root_block_device: [{ volume_size: 8, volume_type: 'gp2' }] })]),
    );
    expect(md).not.toMatch(/assumed/);
  });

  it('a usage map without the key keeps the default (typeDefaults apply too)', () => {
    const usage: UsageMap = { resources: {}, typeDefaults: { aws_instance: { root_volume_size_gb: 20 } } };
    const e = estimateCosts(loaded(res('aws_instance.web', { instance_type: 't3.medium' })), { region: 'us-east-1', usage });
    expect(rootLine(e.resources[0]!.components)!.monthlyCost).toBeCloseTo(20 * 0.1, 6);
  });
});
