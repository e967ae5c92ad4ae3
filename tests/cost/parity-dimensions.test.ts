// Pricing dimensions added for Infracost parity (issue 13), each against a hand-computed figure.
// Prices: us-east-1, table of 2025-06-01 (src/cost/prices/us-east-1.ts, extended-support.ts).
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { eksInExtendedSupport, rdsExtendedSupportYear } from '../../src/cost/prices/extended-support';
import type { TfResource } from '../../src/terraform/model';
import { loaded, res } from './helpers';

const H = 730;
const cost = (address: string, ...resources: TfResource[]) =>
  estimateCosts(loaded(...resources), { region: 'us-east-1' }).resources.find((r) => r.address === address)?.monthlyCost ?? null;
const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 2);

describe('extended support (decided at the price date, not the wall clock)', () => {
  it('calendar: MySQL 5.7 / PostgreSQL 11 and 12 / Aurora MySQL 5.7 in, PostgreSQL 13 and MySQL 8.0 not yet', () => {
    expect(rdsExtendedSupportYear('mysql', '5.7.44', '2025-06-01')).toBe(2);
    expect(rdsExtendedSupportYear('postgres', '12', '2025-06-01')).toBe(1);
    expect(rdsExtendedSupportYear('postgres', '11.22', '2027-06-01')).toBe(3);
    expect(rdsExtendedSupportYear('aurora', '5.7', '2025-06-01')).toBe(1);
    expect(rdsExtendedSupportYear('postgres', '13', '2025-06-01')).toBeUndefined();
    expect(rdsExtendedSupportYear('mysql', '8.0.36', '2025-06-01')).toBeUndefined();
    expect(eksInExtendedSupport('1.29', '2025-06-01')).toBe(true);
    expect(eksInExtendedSupport('1.30', '2025-06-01')).toBe(false);
    expect(eksInExtendedSupport('1.21', '2025-06-01')).toBe(true);
  });

  it('RDS PostgreSQL 12 db.t3.large 20 GB: instance + storage + 2 vCPU × $0.10', () => {
    const r = res('aws_db_instance.a', { engine: 'postgres', engine_version: '12', instance_class: 'db.t3.large', allocated_storage: 20 });
    close(cost('aws_db_instance.a', r), H * 0.145 + 20 * 0.115 + 2 * H * 0.1);
  });

  it('Multi-AZ doubles the extended-support vCPU-hours (standbys are charged)', () => {
    const r = res('aws_db_instance.a', {
      engine: 'mysql',
      engine_version: '5.7',
      instance_class: 'db.m5.xlarge',
      allocated_storage: 100,
      multi_az: true,
    });
    close(cost('aws_db_instance.a', r), 2 * H * 0.342 + 2 * 100 * 0.115 + 2 * 4 * H * 0.1);
  });

  it('PostgreSQL 16 has no extended support line', () => {
    const r = res('aws_db_instance.a', { engine: 'postgres', engine_version: '16', instance_class: 'db.t3.large', allocated_storage: 20 });
    close(cost('aws_db_instance.a', r), H * 0.145 + 20 * 0.115);
  });

  it('Aurora cluster instance takes engine and version from its cluster', () => {
    const cluster = res('aws_rds_cluster.c', { engine: 'aurora-postgresql', engine_version: '11.22' });
    const inst = res('aws_rds_cluster_instance.i', { instance_class: 'db.r5.large', cluster_identifier: 'x' }, ['aws_rds_cluster.c']);
    close(cost('aws_rds_cluster_instance.i', cluster, inst), H * 0.29 + 2 * H * 0.1);
  });

  it('EKS 1.27 costs $0.60 an hour, 1.31 $0.10', () => {
    close(cost('aws_eks_cluster.a', res('aws_eks_cluster.a', { version: '1.27' })), H * 0.6);
    close(cost('aws_eks_cluster.a', res('aws_eks_cluster.a', { version: '1.31' })), H * 0.1);
  });
});

describe('Route 53 health checks', () => {
  const hc = (attrs: Record<string, string | number | boolean>) => res('aws_route53_health_check.h', attrs);
  const withSettings = (endpoint: string, r: TfResource) =>
    estimateCosts(loaded(r), {
      region: 'us-east-1',
      usage: {
        resources: {},
        typeDefaults: {},
        settings: { resources: { 'aws_route53_health_check.h': { endpoint_type: endpoint } }, typeDefaults: {} },
      },
    }).resources[0]!.monthlyCost;

  it('AWS endpoint (default): $0.50 + $1.00 per option; HTTPS_STR_MATCH + latency + 10 s = 4 options', () => {
    close(cost('aws_route53_health_check.h', hc({ type: 'HTTP' })), 0.5);
    close(cost('aws_route53_health_check.h', hc({ type: 'HTTPS_STR_MATCH', measure_latency: true, request_interval: 10 })), 0.5 + 4 * 1);
  });

  it('endpoint_type: non_aws in the usage file: $0.75 + $2.00 per option', () => {
    expect(withSettings('non_aws', hc({ type: 'HTTPS' }))).toBeCloseTo(0.75 + 2, 6);
    expect(withSettings('Non_AWS', hc({ type: 'HTTP' }))).toBeCloseTo(0.75, 6);
  });
});

describe('types priced for Infracost parity', () => {
  it('Directory Service: two controllers; Microsoft AD defaults to Enterprise', () => {
    const d = (a: Record<string, string>) => cost('aws_directory_service_directory.d', res('aws_directory_service_directory.d', a));
    close(d({ type: 'MicrosoftAD', edition: 'Standard' }), 2 * H * 0.06);
    close(d({ type: 'MicrosoftAD' }), 2 * H * 0.2);
    close(d({ type: 'SimpleAD', size: 'Large' }), 2 * H * 0.15);
    close(d({ type: 'ADConnector', size: 'Small' }), 2 * H * 0.05);
    expect(d({ type: 'SimpleAD' })).toBeNull(); // size unset: unknown, not guessed
  });

  it('DMS: instance hours (twice for Multi-AZ) and gp2 above the included 50 GB', () => {
    const d = (a: Record<string, string | number | boolean>) =>
      cost('aws_dms_replication_instance.d', res('aws_dms_replication_instance.d', { replication_instance_class: 'dms.t2.micro', ...a }));
    close(d({ allocated_storage: 20 }), H * 0.018);
    close(d({ allocated_storage: 70, multi_az: true }), 2 * H * 0.018 + 2 * 20 * 0.115);
    expect(d({ replication_instance_class: 'dms.r5.large' })).toBeNull();
  });

  it('transit gateway peering, traffic mirror session, KMS external key, Neptune db.r4.large', () => {
    close(cost('aws_ec2_transit_gateway_peering_attachment.p', res('aws_ec2_transit_gateway_peering_attachment.p')), H * 0.05);
    close(cost('aws_ec2_traffic_mirror_session.s', res('aws_ec2_traffic_mirror_session.s')), H * 0.015);
    close(cost('aws_kms_external_key.k', res('aws_kms_external_key.k')), 1);
    close(cost('aws_neptune_cluster_instance.n', res('aws_neptune_cluster_instance.n', { instance_class: 'db.r4.large' })), H * 0.408);
  });
});

/** The assumed 8 GB gp2 root volume of `n` instances whose AMI nobody sized. */
const ROOT = (n: number) => n * 8 * 0.1;

describe('Auto Scaling groups from launch templates and configurations', () => {
  const asg = (attrs: Record<string, unknown>, ref: string) => res('aws_autoscaling_group.g', attrs as never, [ref]);

  it('launch configuration: root and EBS blocks per instance, detailed monitoring on by default (7 metrics × $0.30)', () => {
    const lc = res('aws_launch_configuration.lc', {
      instance_type: 't2.medium',
      root_block_device: [{ volume_size: 10 }],
      ebs_block_device: [{ volume_size: 10 }, { volume_size: 10, volume_type: 'gp3' }],
    });
    close(
      cost('aws_autoscaling_group.g', lc, asg({ desired_capacity: 2 }, 'aws_launch_configuration.lc')),
      2 * H * 0.0464 + 2 * 7 * 0.3 + 2 * 10 * 0.1 + 2 * 10 * 0.1 + 2 * 10 * 0.08,
    );
  });

  it('launch template: monitoring only when enabled; EBS-optimized r3.xlarge adds $0.02 an hour', () => {
    const lt = res('aws_launch_template.lt', { instance_type: 'r3.xlarge', ebs_optimized: true, monitoring: [{ enabled: true }] });
    close(
      cost('aws_autoscaling_group.g', lt, asg({ desired_capacity: 2 }, 'aws_launch_template.lt')),
      2 * H * 0.333 + 2 * H * 0.02 + 14 * 0.3 + ROOT(2),
    );
    const plain = res('aws_launch_template.lt', { instance_type: 'm5.large', ebs_optimized: true });
    close(cost('aws_autoscaling_group.g', plain, asg({ desired_capacity: 1 }, 'aws_launch_template.lt')), H * 0.096 + ROOT(1));
  });

  it('dedicated tenancy: listed types priced, others null with a note', () => {
    const lc = res('aws_launch_configuration.lc', { instance_type: 'm3.medium', placement_tenancy: 'dedicated', enable_monitoring: false });
    close(cost('aws_autoscaling_group.g', lc, asg({ desired_capacity: 2 }, 'aws_launch_configuration.lc')), 2 * H * 0.074 + ROOT(2));
    const other = res('aws_launch_configuration.lc', {
      instance_type: 'm5.large',
      placement_tenancy: 'dedicated',
      enable_monitoring: false,
    });
    // Only the assumed root volumes are priced: the dedicated instance-hours are null.
    close(cost('aws_autoscaling_group.g', other, asg({ desired_capacity: 2 }, 'aws_launch_configuration.lc')), ROOT(2));
  });

  it('mixed instances: the first override type, desired capacity divided by its weight', () => {
    const lt = res('aws_launch_template.lt', { instance_type: 't2.medium' });
    const g = asg(
      {
        desired_capacity: 6,
        mixed_instances_policy: [{ launch_template: [{ override: [{ instance_type: 't2.large', weighted_capacity: '2' }] }] }],
      },
      'aws_launch_template.lt',
    );
    close(cost('aws_autoscaling_group.g', lt, g), 3 * H * 0.0928 + ROOT(3));
  });

  it('a counted group takes the launch configuration with its own index', () => {
    const lc0 = res('aws_launch_configuration.lc[0]', { instance_type: 't2.micro', enable_monitoring: false });
    const lc1 = res('aws_launch_configuration.lc[1]', { instance_type: 't2.medium', enable_monitoring: false });
    const g1 = res('aws_autoscaling_group.g[1]', { desired_capacity: 1 }, ['aws_launch_configuration.lc']);
    close(cost('aws_autoscaling_group.g[1]', lc0, lc1, g1), H * 0.0464 + ROOT(1));
  });

  it('aws_instance: detailed monitoring adds 7 metrics', () => {
    const i = res('aws_instance.i', { instance_type: 'm5.large', monitoring: true, root_block_device: [{ volume_size: 8 }] });
    close(cost('aws_instance.i', i), H * 0.096 + 8 * 0.1 + 7 * 0.3);
  });
});

describe('OpenSearch / Elasticsearch storage and UltraWarm', () => {
  const domain = (ebs: Record<string, unknown>, cluster: Record<string, unknown> = {}) =>
    res('aws_opensearch_domain.d', {
      cluster_config: [{ instance_type: 'c4.2xlarge.search', instance_count: 2, ...cluster }],
      ebs_options: [{ ebs_enabled: true, ...ebs }],
    } as never);
  const d = (ebs: Record<string, unknown>, cluster?: Record<string, unknown>) => cost('aws_opensearch_domain.d', domain(ebs, cluster));

  it('volume_size is per data node; io1 GB and IOPS; magnetic', () => {
    close(d({ volume_type: 'io1', volume_size: 100, iops: 1000 }), 2 * H * 0.587 + 2 * 100 * 0.169 + 2 * 1000 * 0.088);
    close(d({ volume_type: 'standard', volume_size: 100 }), 2 * H * 0.587 + 2 * 100 * 0.067);
  });

  it('gp3 throughput above 125 MiB/s per node (500 from 3 TiB) at $0.064', () => {
    close(d({ volume_type: 'gp3', volume_size: 150, throughput: 200 }), 2 * H * 0.587 + 2 * 150 * 0.122 + 2 * 75 * 0.064);
    close(d({ volume_type: 'gp3', volume_size: 3500, throughput: 500 }), 2 * H * 0.587 + 2 * 3500 * 0.122);
  });

  it('UltraWarm nodes', () => {
    close(
      d({ volume_type: 'gp2', volume_size: 10 }, { warm_enabled: true, warm_count: 2, warm_type: 'ultrawarm1.medium.search' }),
      2 * H * 0.587 + 2 * 10 * 0.135 + 2 * H * 0.238,
    );
  });
});

describe('RDS storage defaults and license-dependent engines', () => {
  const db = (a: Record<string, string | number | boolean>, ...more: TfResource[]) =>
    cost(
      'aws_db_instance.a',
      res(
        'aws_db_instance.a',
        { instance_class: 'db.t3.large', ...a },
        more.map((m) => m.address),
      ),
      ...more,
    );

  it('io1 is billed at its 100 GB / 1,000 IOPS minimums', () => {
    close(db({ engine: 'mysql', storage_type: 'io1', allocated_storage: 50 }), H * 0.136 + 100 * 0.125 + 1000 * 0.1);
    close(db({ engine: 'mysql', storage_type: 'io1', allocated_storage: 200, iops: 3000 }), H * 0.136 + 200 * 0.125 + 3000 * 0.1);
  });

  it('allocated_storage unset: the 20 GB minimum; a replica takes its source size', () => {
    close(db({ engine: 'mysql' }), H * 0.136 + 20 * 0.115);
    const source = res('aws_db_instance.src', { engine: 'mysql', instance_class: 'db.t3.large', allocated_storage: 100 });
    close(db({ engine: 'mysql', replicate_source_db: 'x' }, source), H * 0.136 + 100 * 0.115);
  });

  it('SQL Server and Oracle BYOL classes from the table; others null with a note', () => {
    close(db({ engine: 'sqlserver-ex', allocated_storage: 20 }), H * 0.162 + 20 * 0.115);
    close(db({ engine: 'oracle-ee', allocated_storage: 20 }), H * 0.136 + 20 * 0.115);
    close(db({ engine: 'oracle-se2', license_model: 'bring-your-own-license', allocated_storage: 20 }), H * 0.136 + 20 * 0.115);
    // Oracle SE2 license-included is not in the table: only storage is priced.
    close(db({ engine: 'oracle-se2', allocated_storage: 20 }), 20 * 0.115);
  });
});

describe('CloudWatch anomaly-detection alarms', () => {
  it('3 alarm metrics, high resolution when the metric period is under 60 s', () => {
    const alarm = (period: number) =>
      res('aws_cloudwatch_metric_alarm.a', {
        metric_query: [
          { id: 'e1', expression: 'ANOMALY_DETECTION_BAND(m1)' },
          { id: 'm1', metric: [{ metric_name: 'CPUUtilization', period }] },
        ],
      } as never);
    close(cost('aws_cloudwatch_metric_alarm.a', alarm(30)), 3 * 0.3);
    close(cost('aws_cloudwatch_metric_alarm.a', alarm(300)), 3 * 0.1);
  });
});

describe('Dedicated Hosts and Lightsail', () => {
  it('host by instance_family or the family of instance_type; unknown family null', () => {
    close(cost('aws_ec2_host.h', res('aws_ec2_host.h', { instance_family: 'c5' })), H * 3.366);
    close(cost('aws_ec2_host.h', res('aws_ec2_host.h', { instance_type: 'c5.18xlarge' })), H * 3.366);
    expect(cost('aws_ec2_host.h', res('aws_ec2_host.h', { instance_family: 'x2gd' }))).toBeNull();
  });

  it('Lightsail small_win_2_0: $22 a month, 730 of 744 hours', () => {
    close(cost('aws_lightsail_instance.l', res('aws_lightsail_instance.l', { bundle_id: 'small_win_2_0' })), (22 * H) / 744);
  });
});

describe('EKS node groups', () => {
  it('a launch template without an instance type gives the EKS default t3.medium', () => {
    const lt = res('aws_launch_template.lt', { block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ volume_size: 20 }] }] });
    const ng = res('aws_eks_node_group.n', { scaling_config: [{ desired_size: 3 }] }, ['aws_launch_template.lt']);
    close(cost('aws_eks_node_group.n', lt, ng), 3 * H * 0.0416 + 3 * 20 * 0.1);
  });
});
