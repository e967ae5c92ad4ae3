// One case per priced resource type, against hand-computed figures. Prices: us-east-1 on-demand
// list prices of 2025-06-01 (src/cost/prices/us-east-1.ts, instances.ts); 730 hours per month.
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { PRICE_DATE } from '../../src/cost/prices';
import { PRICED_TYPES } from '../../src/cost/resources';
import type { UsageMap, UsageValues } from '../../src/cost/types';
import { UNKNOWN, type TfResource } from '../../src/terraform/model';
import { loaded, res } from './helpers';

const H = 730;

interface Case {
  name: string;
  resources: TfResource[];
  usage?: Record<string, UsageValues>;
  /** Address of the priced resource (default: the first). */
  address?: string;
  expected: number | null;
}

const CASES: Case[] = [
  {
    name: 'aws_instance m5.large + 30 GB gp3 root',
    resources: [res('aws_instance.a', { instance_type: 'm5.large', root_block_device: [{ volume_size: 30, volume_type: 'gp3' }] })],
    expected: H * 0.096 + 30 * 0.08,
  },
  {
    name: 'aws_instance t3.micro (size ratio 1/8 of t3.large 0.0832) + public IP',
    resources: [
      res('aws_instance.a', { instance_type: 't3.micro', associate_public_ip_address: true, root_block_device: [{ volume_size: 8 }] }),
    ],
    expected: H * 0.0104 + 8 * 0.1 + H * 0.005,
  },
  {
    name: 'aws_instance m6g.xlarge (Graviton, 2 × 0.077)',
    resources: [res('aws_instance.a', { instance_type: 'm6g.xlarge', root_block_device: [{ volume_size: 20, volume_type: 'gp3' }] })],
    expected: H * 0.154 + 20 * 0.08,
  },
  {
    name: 'aws_ebs_volume gp3 500 GB, 6000 IOPS, 250 MBps',
    resources: [res('aws_ebs_volume.a', { type: 'gp3', size: 500, iops: 6000, throughput: 250 })],
    expected: 500 * 0.08 + 3000 * 0.005 + 125 * 0.04,
  },
  {
    name: 'aws_ebs_volume io2 100 GB, 4000 IOPS',
    resources: [res('aws_ebs_volume.a', { type: 'io2', size: 100, iops: 4000 })],
    expected: 100 * 0.125 + 4000 * 0.065,
  },
  { name: 'aws_ebs_volume default gp2 50 GB', resources: [res('aws_ebs_volume.a', { size: 50 })], expected: 50 * 0.1 },
  { name: 'aws_ebs_volume st1 / sc1', resources: [res('aws_ebs_volume.a', { type: 'st1', size: 1000 })], expected: 1000 * 0.045 },
  {
    name: 'aws_ebs_snapshot with usage',
    resources: [res('aws_ebs_snapshot.a')],
    usage: { 'aws_ebs_snapshot.a': { monthly_storage_gb: 200 } },
    expected: 200 * 0.05,
  },
  {
    name: 'aws_autoscaling_group 3 × t3.medium via launch template',
    resources: [
      res('aws_autoscaling_group.a', { desired_capacity: 3 }, ['aws_launch_template.lt']),
      res('aws_launch_template.lt', { instance_type: 't3.medium' }),
    ],
    // and each instance's root volume: the template maps none, so the AMI's 8 GB gp2 is assumed
    expected: 3 * H * 0.0416 + 3 * 8 * 0.1,
  },
  { name: 'aws_eks_cluster', resources: [res('aws_eks_cluster.a')], expected: H * 0.1 },
  {
    name: 'aws_eks_node_group 2 × m5.large, default 20 GB gp2',
    resources: [
      res('aws_eks_node_group.a', { instance_types: ['m5.large'], scaling_config: [{ desired_size: 2, min_size: 1, max_size: 3 }] }),
    ],
    expected: 2 * H * 0.096 + 2 * 20 * 0.1,
  },
  {
    name: 'aws_ecs_service Fargate 2 × (0.5 vCPU, 1 GB)',
    resources: [
      res('aws_ecs_service.a', { launch_type: 'FARGATE', desired_count: 2 }, ['aws_ecs_task_definition.t']),
      res('aws_ecs_task_definition.t', { cpu: '512', memory: '1024' }),
    ],
    expected: 2 * 0.5 * H * 0.04048 + 2 * 1 * H * 0.004445,
  },
  {
    name: 'aws_ecs_service Fargate ARM64 1 × (1 vCPU, 2 GB)',
    resources: [
      res('aws_ecs_service.a', { launch_type: 'FARGATE', desired_count: 1 }, ['aws_ecs_task_definition.t']),
      res('aws_ecs_task_definition.t', { cpu: '1024', memory: '2048', runtime_platform: [{ cpu_architecture: 'ARM64' }] }),
    ],
    expected: H * 0.03238 + 2 * H * 0.00356,
  },
  {
    name: 'aws_lambda_function 10M requests × 200 ms × 512 MB',
    resources: [res('aws_lambda_function.a', { memory_size: 512 })],
    usage: { 'aws_lambda_function.a': { monthly_requests: 10e6, request_duration_ms: 200 } },
    expected: 10 * 0.2 + 10e6 * 0.2 * 0.5 * 0.0000166667,
  },
  {
    name: 'aws_lambda_function arm64 1M × 1000 ms × 1024 MB',
    resources: [res('aws_lambda_function.a', { memory_size: 1024, architectures: ['arm64'] })],
    usage: { 'aws_lambda_function.a': { monthly_requests: 1e6, request_duration_ms: 1000 } },
    expected: 1 * 0.2 + 1e6 * 1 * 1 * 0.0000133334,
  },
  {
    name: 'aws_apprunner_service 1 vCPU / 2 GB, 100 active hours',
    resources: [res('aws_apprunner_service.a', { instance_configuration: [{ cpu: '1024', memory: '2048' }] })],
    usage: { 'aws_apprunner_service.a': { monthly_active_hours: 100 } },
    expected: 2 * H * 0.007 + 100 * 1 * 0.064,
  },
  { name: 'aws_eip', resources: [res('aws_eip.a')], expected: H * 0.005 },
  {
    name: 'aws_nat_gateway with 100 GB processed',
    resources: [res('aws_nat_gateway.a')],
    usage: { 'aws_nat_gateway.a': { monthly_data_processed_gb: 100 } },
    expected: H * 0.045 + 100 * 0.045,
  },
  {
    name: 'aws_lb application, internet-facing in 2 subnets, 2 LCU',
    resources: [res('aws_lb.a', { subnets: ['s1', 's2'] })],
    usage: { 'aws_lb.a': { capacity_units: 2 } },
    expected: H * 0.0225 + 2 * H * 0.008 + 2 * H * 0.005,
  },
  { name: 'aws_alb internal', resources: [res('aws_alb.a', { internal: true, subnets: ['s1', 's2'] })], expected: H * 0.0225 },
  {
    name: 'aws_lb network',
    resources: [res('aws_lb.a', { load_balancer_type: 'network', internal: true })],
    usage: { 'aws_lb.a': { capacity_units: 1 } },
    expected: H * 0.0225 + H * 0.006,
  },
  {
    name: 'aws_elb classic with 10 GB',
    resources: [res('aws_elb.a')],
    usage: { 'aws_elb.a': { monthly_data_processed_gb: 10 } },
    expected: H * 0.025 + 10 * 0.008,
  },
  {
    name: 'aws_vpc_endpoint Interface in 3 subnets',
    resources: [res('aws_vpc_endpoint.a', { vpc_endpoint_type: 'Interface', subnet_ids: ['a', 'b', 'c'] })],
    usage: { 'aws_vpc_endpoint.a': { monthly_data_processed_gb: 0 } },
    expected: 3 * H * 0.01,
  },
  { name: 'aws_vpn_connection', resources: [res('aws_vpn_connection.a')], expected: H * 0.05 },
  {
    name: 'aws_ec2_transit_gateway_vpc_attachment',
    resources: [res('aws_ec2_transit_gateway_vpc_attachment.a')],
    usage: { 'aws_ec2_transit_gateway_vpc_attachment.a': { monthly_data_processed_gb: 50 } },
    expected: H * 0.05 + 50 * 0.02,
  },
  { name: 'aws_globalaccelerator_accelerator', resources: [res('aws_globalaccelerator_accelerator.a')], expected: H * 0.025 },
  {
    name: 'aws_networkfirewall_firewall 2 endpoints',
    resources: [res('aws_networkfirewall_firewall.a', { subnet_mapping: [{ subnet_id: 'a' }, { subnet_id: 'b' }] })],
    expected: 2 * H * 0.395,
  },
  {
    name: 'aws_cloudfront_distribution 1 TB + 5M HTTPS requests',
    resources: [res('aws_cloudfront_distribution.a')],
    usage: { 'aws_cloudfront_distribution.a': { monthly_data_transfer_to_internet_gb: 1000, monthly_https_requests: 5e6 } },
    expected: 1000 * 0.085 + 500 * 0.01,
  },
  {
    name: 'aws_db_instance postgres db.t3.micro 20 GB gp2',
    resources: [res('aws_db_instance.a', { engine: 'postgres', instance_class: 'db.t3.micro', allocated_storage: 20 })],
    expected: H * 0.018 + 20 * 0.115,
  },
  {
    name: 'aws_db_instance mysql db.m5.large Multi-AZ 100 GB io1 1000 IOPS',
    resources: [
      res('aws_db_instance.a', {
        engine: 'mysql',
        instance_class: 'db.m5.large',
        allocated_storage: 100,
        storage_type: 'io1',
        iops: 1000,
        multi_az: true,
      }),
    ],
    expected: 2 * H * 0.171 + 2 * 100 * 0.125 + 2 * 1000 * 0.1,
  },
  {
    name: 'aws_db_instance sqlserver: license-dependent, storage priced',
    resources: [res('aws_db_instance.a', { engine: 'sqlserver-se', instance_class: 'db.m5.large', allocated_storage: 100 })],
    expected: 100 * 0.115,
  },
  {
    name: 'aws_rds_cluster Aurora storage 100 GB + 50M I/O',
    resources: [res('aws_rds_cluster.a', { engine: 'aurora-postgresql' })],
    usage: { 'aws_rds_cluster.a': { storage_gb: 100, monthly_io_requests: 50e6 } },
    expected: 100 * 0.1 + 50 * 0.2,
  },
  {
    name: 'aws_rds_cluster_instance db.r6g.large',
    resources: [res('aws_rds_cluster_instance.a', { instance_class: 'db.r6g.large', engine: 'aurora-mysql' })],
    expected: H * 0.26,
  },
  {
    name: 'aws_rds_cluster_instance Serverless v2 at 2 ACU',
    resources: [res('aws_rds_cluster_instance.a', { instance_class: 'db.serverless' })],
    usage: { 'aws_rds_cluster_instance.a': { average_capacity_units: 2 } },
    expected: 2 * H * 0.12,
  },
  {
    name: 'aws_dynamodb_table provisioned 5 RCU / 5 WCU + GSI 5/5',
    resources: [
      res('aws_dynamodb_table.a', {
        read_capacity: 5,
        write_capacity: 5,
        global_secondary_index: [{ name: 'g', read_capacity: 5, write_capacity: 5 }],
      }),
    ],
    expected: 2 * (5 * H * 0.00013 + 5 * H * 0.00065),
  },
  {
    name: 'aws_dynamodb_table on-demand 10M reads, 2M writes, 5 GB',
    resources: [res('aws_dynamodb_table.a', { billing_mode: 'PAY_PER_REQUEST' })],
    usage: { 'aws_dynamodb_table.a': { monthly_read_request_units: 10e6, monthly_write_request_units: 2e6, storage_gb: 5 } },
    expected: 10 * 0.125 + 2 * 0.625 + 5 * 0.25,
  },
  {
    name: 'aws_elasticache_cluster 2 × cache.t3.micro',
    resources: [res('aws_elasticache_cluster.a', { node_type: 'cache.t3.micro', num_cache_nodes: 2 })],
    expected: 2 * H * 0.017,
  },
  {
    name: 'aws_elasticache_replication_group 2 shards × (1+1) cache.r6g.large',
    resources: [
      res('aws_elasticache_replication_group.a', { node_type: 'cache.r6g.large', num_node_groups: 2, replicas_per_node_group: 1 }),
    ],
    expected: 4 * H * 0.206,
  },
  {
    name: 'aws_elasticache_serverless_cache 1 GB, 10M ECPU',
    resources: [res('aws_elasticache_serverless_cache.a')],
    usage: { 'aws_elasticache_serverless_cache.a': { average_data_stored_gb: 1, monthly_ecpus: 10e6 } },
    expected: H * 0.125 + 10 * 0.0034,
  },
  {
    name: 'aws_opensearch_domain 2 × m6g.large.search + 3 masters + 2 × 100 GB gp3',
    resources: [
      res('aws_opensearch_domain.a', {
        cluster_config: [
          {
            instance_type: 'm6g.large.search',
            instance_count: 2,
            dedicated_master_enabled: true,
            dedicated_master_type: 'm6g.large.search',
            dedicated_master_count: 3,
          },
        ],
        ebs_options: [{ ebs_enabled: true, volume_size: 100, volume_type: 'gp3' }],
      }),
    ],
    expected: 2 * H * 0.128 + 3 * H * 0.128 + 200 * 0.122,
  },
  {
    name: 'aws_elasticsearch_domain t3.small.elasticsearch',
    resources: [res('aws_elasticsearch_domain.a', { cluster_config: [{ instance_type: 't3.small.elasticsearch' }] })],
    expected: H * 0.036,
  },
  {
    name: 'aws_docdb_cluster 50 GB + 10M I/O',
    resources: [res('aws_docdb_cluster.a')],
    usage: { 'aws_docdb_cluster.a': { storage_gb: 50, monthly_io_requests: 10e6 } },
    expected: 50 * 0.1 + 10 * 0.2,
  },
  {
    name: 'aws_docdb_cluster_instance db.r6g.large',
    resources: [res('aws_docdb_cluster_instance.a', { instance_class: 'db.r6g.large' })],
    expected: H * 0.256,
  },
  {
    name: 'aws_redshift_cluster 2 × dc2.large',
    resources: [res('aws_redshift_cluster.a', { node_type: 'dc2.large', number_of_nodes: 2 })],
    expected: 2 * H * 0.25,
  },
  {
    name: 'aws_backup_vault 100 GB',
    resources: [res('aws_backup_vault.a')],
    usage: { 'aws_backup_vault.a': { storage_gb: 100 } },
    expected: 100 * 0.05,
  },
  {
    name: 'aws_api_gateway_rest_api 5M requests',
    resources: [res('aws_api_gateway_rest_api.a')],
    usage: { 'aws_api_gateway_rest_api.a': { monthly_requests: 5e6 } },
    expected: 5 * 3.5,
  },
  {
    name: 'aws_api_gateway_stage with 1.6 GB cache',
    resources: [res('aws_api_gateway_stage.a', { cache_cluster_enabled: true, cache_cluster_size: '1.6' })],
    expected: H * 0.038,
  },
  {
    name: 'aws_apigatewayv2_api HTTP 3M requests',
    resources: [res('aws_apigatewayv2_api.a', { protocol_type: 'HTTP' })],
    usage: { 'aws_apigatewayv2_api.a': { monthly_requests: 3e6 } },
    expected: 3 * 1.0,
  },
  {
    name: 'aws_sqs_queue FIFO 4M requests',
    resources: [res('aws_sqs_queue.a', { fifo_queue: true })],
    usage: { 'aws_sqs_queue.a': { monthly_requests: 4e6 } },
    expected: 4 * 0.5,
  },
  {
    name: 'aws_sns_topic 2M requests',
    resources: [res('aws_sns_topic.a')],
    usage: { 'aws_sns_topic.a': { monthly_requests: 2e6 } },
    expected: 2 * 0.5,
  },
  {
    name: 'aws_sns_topic_subscription https 1M notifications',
    resources: [res('aws_sns_topic_subscription.a', { protocol: 'https' })],
    usage: { 'aws_sns_topic_subscription.a': { monthly_notifications: 1e6 } },
    expected: 0.6,
  },
  {
    name: 'aws_sfn_state_machine standard 100k transitions',
    resources: [res('aws_sfn_state_machine.a')],
    usage: { 'aws_sfn_state_machine.a': { monthly_transitions: 1e5 } },
    expected: 100 * 0.025,
  },
  {
    name: 'aws_kinesis_stream 2 shards',
    resources: [res('aws_kinesis_stream.a', { shard_count: 2 })],
    usage: { 'aws_kinesis_stream.a': { monthly_put_units: 1e6 } },
    expected: 2 * H * 0.015 + 0.014,
  },
  {
    name: 'aws_kinesis_firehose_delivery_stream 100 GB',
    resources: [res('aws_kinesis_firehose_delivery_stream.a')],
    usage: { 'aws_kinesis_firehose_delivery_stream.a': { monthly_data_ingested_gb: 100 } },
    expected: 100 * 0.029,
  },
  {
    name: 'aws_cloudwatch_event_bus 3M events',
    resources: [res('aws_cloudwatch_event_bus.a')],
    usage: { 'aws_cloudwatch_event_bus.a': { monthly_custom_events: 3e6 } },
    expected: 3 * 1.0,
  },
  {
    name: 'aws_transfer_server SFTP + FTPS',
    resources: [res('aws_transfer_server.a', { protocols: ['SFTP', 'FTPS'] })],
    usage: { 'aws_transfer_server.a': { monthly_data_transferred_gb: 10 } },
    expected: 2 * H * 0.3 + 10 * 0.04,
  },
  {
    name: 'aws_s3_bucket 100 GB, 100k PUT, 1M GET',
    resources: [res('aws_s3_bucket.a')],
    usage: { 'aws_s3_bucket.a': { storage_gb: 100, monthly_tier_1_requests: 1e5, monthly_tier_2_requests: 1e6 } },
    expected: 100 * 0.023 + 100 * 0.005 + 1000 * 0.0004,
  },
  {
    name: 'aws_efs_file_system 10 GB + 100 GB IA',
    resources: [res('aws_efs_file_system.a')],
    usage: { 'aws_efs_file_system.a': { storage_gb: 10, infrequent_access_storage_gb: 100 } },
    expected: 10 * 0.3 + 100 * 0.016,
  },
  {
    name: 'aws_ecr_repository 20 GB',
    resources: [res('aws_ecr_repository.a')],
    usage: { 'aws_ecr_repository.a': { storage_gb: 20 } },
    expected: 20 * 0.1,
  },
  {
    name: 'aws_cloudwatch_log_group 10 GB ingested, 50 GB stored',
    resources: [res('aws_cloudwatch_log_group.a')],
    usage: { 'aws_cloudwatch_log_group.a': { monthly_data_ingested_gb: 10, storage_gb: 50 } },
    expected: 10 * 0.5 + 50 * 0.03,
  },
  { name: 'aws_cloudwatch_metric_alarm standard', resources: [res('aws_cloudwatch_metric_alarm.a', { period: 300 })], expected: 0.1 },
  {
    name: 'aws_cloudwatch_metric_alarm high resolution, metric math over 2 metrics',
    resources: [
      res('aws_cloudwatch_metric_alarm.a', {
        period: 10,
        metric_query: [
          { id: 'e1', expression: 'm1+m2' },
          { id: 'm1', metric: [{}] },
          { id: 'm2', metric: [{}] },
        ],
      }),
    ],
    expected: 2 * 0.3,
  },
  { name: 'aws_cloudwatch_composite_alarm', resources: [res('aws_cloudwatch_composite_alarm.a')], expected: 0.5 },
  { name: 'aws_cloudwatch_dashboard', resources: [res('aws_cloudwatch_dashboard.a')], expected: 3.0 },
  {
    name: 'aws_secretsmanager_secret with 1 replica, 20k calls',
    resources: [res('aws_secretsmanager_secret.a', { replica: [{ region: 'us-west-2' }] })],
    usage: { 'aws_secretsmanager_secret.a': { monthly_requests: 2e4 } },
    expected: 2 * 0.4 + 2 * 0.05,
  },
  {
    name: 'aws_kms_key 100k requests',
    resources: [res('aws_kms_key.a')],
    usage: { 'aws_kms_key.a': { monthly_requests: 1e5 } },
    expected: 1 + 10 * 0.03,
  },
  { name: 'aws_kms_replica_key', resources: [res('aws_kms_replica_key.a')], expected: 1 },
  {
    name: 'aws_route53_zone 2M queries',
    resources: [res('aws_route53_zone.a')],
    usage: { 'aws_route53_zone.a': { monthly_standard_queries: 2e6 } },
    expected: 0.5 + 2 * 0.4,
  },
  {
    // Was 0.75 + 2 × 1.00: the non-AWS base rate with the AWS option rate. Now the AWS-endpoint
    // rate (endpoint unknown statically, Infracost's default) with its $1.00 options.
    name: 'aws_route53_health_check HTTPS with latency (AWS endpoint assumed)',
    resources: [res('aws_route53_health_check.a', { type: 'HTTPS', measure_latency: true })],
    expected: 0.5 + 2 * 1.0,
  },
  {
    name: 'aws_wafv2_web_acl with 3 rules, 10M requests',
    resources: [res('aws_wafv2_web_acl.a', { rule: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] })],
    usage: { 'aws_wafv2_web_acl.a': { monthly_requests: 10e6 } },
    expected: 5 + 3 * 1 + 10 * 0.6,
  },
  { name: 'aws_waf_web_acl with 1 rule', resources: [res('aws_waf_web_acl.a', { rules: [{ priority: 1 }] })], expected: 5 + 1 },
  { name: 'aws_wafregional_web_acl no rules', resources: [res('aws_wafregional_web_acl.a')], expected: 5 },
  { name: 'aws_ssm_parameter Advanced', resources: [res('aws_ssm_parameter.a', { tier: 'Advanced' })], expected: 0.05 },
  { name: 'aws_acmpca_certificate_authority', resources: [res('aws_acmpca_certificate_authority.a')], expected: 400 },
  {
    name: 'aws_cloudtrail 500k data events',
    resources: [res('aws_cloudtrail.a')],
    usage: { 'aws_cloudtrail.a': { monthly_data_events: 5e5 } },
    expected: 5 * 0.1,
  },
  {
    name: 'aws_msk_cluster 3 × kafka.m5.large + 100 GB each',
    resources: [
      res('aws_msk_cluster.a', {
        number_of_broker_nodes: 3,
        broker_node_group_info: [{ instance_type: 'kafka.m5.large', storage_info: [{ ebs_storage_info: [{ volume_size: 100 }] }] }],
      }),
    ],
    expected: 3 * H * 0.21 + 300 * 0.1,
  },
  { name: 'aws_msk_serverless_cluster', resources: [res('aws_msk_serverless_cluster.a')], expected: H * 0.75 },
  {
    name: 'aws_codebuild_project medium, 1000 build minutes',
    resources: [res('aws_codebuild_project.a', { environment: [{ compute_type: 'BUILD_GENERAL1_MEDIUM' }] })],
    usage: { 'aws_codebuild_project.a': { monthly_build_minutes: 1000 } },
    expected: 1000 * 0.01,
  },
  {
    name: 'aws_config_configuration_recorder 10k items',
    resources: [res('aws_config_configuration_recorder.a')],
    usage: { 'aws_config_configuration_recorder.a': { monthly_config_items: 1e4 } },
    expected: 1e4 * 0.003,
  },
  {
    name: 'aws_config_config_rule 20k evaluations',
    resources: [res('aws_config_config_rule.a')],
    usage: { 'aws_config_config_rule.a': { monthly_rule_evaluations: 2e4 } },
    expected: 2e4 * 0.001,
  },
  {
    name: 'aws_neptune_cluster_instance db.r5.large',
    resources: [res('aws_neptune_cluster_instance.a', { instance_class: 'db.r5.large' })],
    expected: H * 0.348,
  },
  {
    name: 'aws_sagemaker_notebook_instance ml.t3.medium',
    resources: [res('aws_sagemaker_notebook_instance.a', { instance_type: 'ml.t3.medium' })],
    expected: H * 0.05,
  },
  { name: 'aws_ec2_client_vpn_network_association', resources: [res('aws_ec2_client_vpn_network_association.a')], expected: H * 0.1 },
  {
    name: 'aws_ec2_client_vpn_endpoint 500 connection-hours',
    resources: [res('aws_ec2_client_vpn_endpoint.a')],
    usage: { 'aws_ec2_client_vpn_endpoint.a': { monthly_connection_hours: 500 } },
    expected: 500 * 0.05,
  },
  {
    name: 'aws_eks_fargate_profile 3 pods × (0.5 vCPU, 1 GB)',
    resources: [res('aws_eks_fargate_profile.a')],
    usage: { 'aws_eks_fargate_profile.a': { pods: 3, vcpu_per_pod: 0.5, memory_gb_per_pod: 1 } },
    expected: 3 * 0.5 * H * 0.04048 + 3 * 1 * H * 0.004445,
  },
  { name: 'aws_dx_connection 1Gbps', resources: [res('aws_dx_connection.a', { bandwidth: '1Gbps' })], expected: H * 0.3 },
  // Added for Infracost parity (more variants in parity-dimensions.test.ts)
  {
    name: 'aws_ec2_transit_gateway_peering_attachment',
    resources: [res('aws_ec2_transit_gateway_peering_attachment.a')],
    expected: H * 0.05,
  },
  { name: 'aws_ec2_traffic_mirror_session', resources: [res('aws_ec2_traffic_mirror_session.a')], expected: H * 0.015 },
  { name: 'aws_kms_external_key', resources: [res('aws_kms_external_key.a')], expected: 1 },
  {
    name: 'aws_directory_service_directory Microsoft AD Standard (2 controllers)',
    resources: [res('aws_directory_service_directory.a', { type: 'MicrosoftAD', edition: 'Standard' })],
    expected: 2 * H * 0.06,
  },
  { name: 'aws_ec2_host mac1.metal', resources: [res('aws_ec2_host.a', { instance_type: 'mac1.metal' })], expected: H * 1.083 },
  {
    name: 'aws_lightsail_instance xlarge_2_0 ($84 / 744 h)',
    resources: [res('aws_lightsail_instance.a', { bundle_id: 'xlarge_2_0' })],
    expected: (H * 84) / 744,
  },
  {
    name: 'aws_dms_replication_instance dms.t2.micro, 60 GB (10 above the included 50)',
    resources: [res('aws_dms_replication_instance.a', { replication_instance_class: 'dms.t2.micro', allocated_storage: 60 })],
    expected: H * 0.018 + 10 * 0.115,
  },
];

const usageMap = (u?: Record<string, UsageValues>): UsageMap | undefined => (u ? { resources: u, typeDefaults: {} } : undefined);

describe(`price table of ${PRICE_DATE} (us-east-1)`, () => {
  it('states its date', () => expect(PRICE_DATE).toBe('2025-06-01'));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const e = estimateCosts(loaded(...c.resources), { region: 'us-east-1', usage: usageMap(c.usage) });
    const r = e.resources.find((x) => x.address === (c.address ?? c.resources[0].address));
    expect(r, JSON.stringify(e)).toBeDefined();
    if (c.expected === null) expect(r!.monthlyCost).toBeNull();
    else expect(r!.monthlyCost).toBeCloseTo(c.expected, 2);
  });

  it('covers every priced resource type with a case (>= 40 types)', () => {
    const covered = new Set(CASES.map((c) => c.resources[0].type));
    expect(PRICED_TYPES.filter((t) => !covered.has(t))).toEqual([]);
    expect(PRICED_TYPES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('unknowns and usage are never guessed', () => {
  it('an UNKNOWN instance type gives a null component with a note', () => {
    const e = estimateCosts(
      loaded(res('aws_instance.a', { instance_type: UNKNOWN, root_block_device: [{ volume_size: 10, volume_type: 'gp3' }] })),
      { region: 'us-east-1' },
    );
    const c = e.resources[0].components[0];
    expect(c.monthlyCost).toBeNull();
    expect(c.note).toMatch(/not known statically/);
    expect(e.resources[0].monthlyCost).toBeCloseTo(10 * 0.08, 6);
  });

  it('usage-based components without usage report null and are listed', () => {
    const e = estimateCosts(loaded(res('aws_lambda_function.a')), { region: 'us-east-1' });
    expect(e.resources[0].monthlyCost).toBeNull();
    expect(e.resources[0].components.every((c) => c.monthlyCost === null && c.usageBased)).toBe(true);
    expect(e.usageMissing).toEqual(['aws_lambda_function.a: Requests', 'aws_lambda_function.a: Duration']);
    expect(e.totalMonthlyCost).toBe(0);
  });

  it('an instance type missing from the table is null, not a neighbour price', () => {
    const e = estimateCosts(
      loaded(res('aws_instance.a', { instance_type: 'zz9.large', root_block_device: [{ volume_size: 8, volume_type: 'gp3' }] })),
      { region: 'us-east-1' },
    );
    expect(e.resources[0].components[0].monthlyCost).toBeNull();
  });

  it('free resources are free, unknown ones are unpriced, data sources are ignored', () => {
    const data = { ...res('aws_ami.x'), kind: 'data' as const, address: 'data.aws_ami.x' };
    const e = estimateCosts(
      loaded(
        res('aws_vpc.a'),
        res('aws_iam_role.r'),
        res('aws_s3_bucket_versioning.v'),
        res('aws_vpc_endpoint.s3'),
        res('aws_quantum_thing.q'),
        data,
      ),
      { region: 'us-east-1' },
    );
    expect(e.free).toEqual(['aws_vpc.a', 'aws_iam_role.r', 'aws_s3_bucket_versioning.v', 'aws_vpc_endpoint.s3']);
    expect(e.unpriced).toEqual(['aws_quantum_thing.q']);
    expect(e.resources).toEqual([]);
  });

  it('count instances are priced one by one', () => {
    const e = estimateCosts(loaded(res('aws_eip.a[0]'), res('aws_eip.a[1]'), res('aws_eip.a[2]')), { region: 'us-east-1' });
    expect(e.resources.map((r) => r.address)).toEqual(['aws_eip.a[0]', 'aws_eip.a[1]', 'aws_eip.a[2]']);
    expect(e.totalMonthlyCost).toBeCloseTo(3 * H * 0.005, 2);
  });
});

describe('regions', () => {
  it('uses published overrides and service ratios', () => {
    const one = (region: string) =>
      estimateCosts(
        loaded(
          res('aws_nat_gateway.a'),
          res('aws_instance.b', { instance_type: 'm5.large', root_block_device: [{ volume_size: 10, volume_type: 'gp3' }] }),
        ),
        { region },
      );
    const eu = one('eu-central-1');
    expect(eu.resources[0].monthlyCost).toBeCloseTo(H * 0.052, 2); // published NAT price
    expect(eu.resources[1].components[0].price).toBeCloseTo(0.096 * 1.198, 5); // EC2 ratio (m5.large 0.115)
    expect(eu.resources[1].components[1].price).toBe(0.0952); // published gp3
    expect(one('us-west-2').totalMonthlyCost).toBe(one('us-east-1').totalMonthlyCost);
  });

  it('rejects a region without a price table, naming the priced ones', () => {
    expect(() => estimateCosts(loaded(), { region: 'mars-north-1' })).toThrow(/no price table for region "mars-north-1".*us-east-1/);
  });
});

describe('ECS launch type', () => {
  const td = res('aws_ecs_task_definition.t', { cpu: '256', memory: '512', requires_compatibilities: ['FARGATE'] });
  it('a Fargate-only task definition makes a service without launch type Fargate', () => {
    const e = estimateCosts(loaded(res('aws_ecs_service.s', { desired_count: 1 }, ['aws_ecs_task_definition.t']), td), {
      region: 'us-east-1',
    });
    // 0.25 vCPU × 730 × 0.04048 + 0.5 GB × 730 × 0.004445
    expect(e.resources[0].monthlyCost).toBeCloseTo(0.25 * H * 0.04048 + 0.5 * H * 0.004445, 2);
  });
  it('EC2 launch type is free here (the instances are priced)', () => {
    const e = estimateCosts(loaded(res('aws_ecs_service.s', { launch_type: 'EC2', desired_count: 3 }, ['aws_ecs_task_definition.t']), td), {
      region: 'us-east-1',
    });
    expect(e.free).toContain('aws_ecs_service.s');
  });
});

describe('EC2 variants without a list price', () => {
  it('Spot and dedicated instances are null with a note, their volumes still priced', () => {
    const spot = res('aws_instance.s', {
      instance_type: 'm5.large',
      instance_market_options: [{ market_type: 'spot' }],
      root_block_device: [{ volume_size: 10, volume_type: 'gp3' }],
    });
    const ded = res('aws_instance.d', {
      instance_type: 'm5.large',
      tenancy: 'dedicated',
      root_block_device: [{ volume_size: 10, volume_type: 'gp3' }],
    });
    const e = estimateCosts(loaded(spot, ded), { region: 'us-east-1' });
    for (const r of e.resources) {
      expect(r.components[0].monthlyCost).toBeNull();
      expect(r.monthlyCost).toBeCloseTo(10 * 0.08, 6);
    }
  });
});
