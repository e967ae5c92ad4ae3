// Arguments and blocks the AWS provider removed or renamed in major versions, as a table: an
// "Unsupported argument" error on one of them gets the exact replacement as its fix.
// Sources: the provider's version 4, 5 and 6 upgrade guides (registry.terraform.io, hashicorp/aws).

export interface ProviderArgumentChange {
  /** Resource or data source type; "*" for any. */
  type: string;
  argument: string;
  /** The major provider version that removed or renamed it. */
  version: number;
  replacement: string;
}

export const PROVIDER_ARGUMENT_CHANGES: readonly ProviderArgumentChange[] = [
  { type: 'aws_eip', argument: 'vpc', version: 6, replacement: 'replace `vpc = true` with `domain = "vpc"`' },
  { type: 'aws_instance', argument: 'cpu_core_count', version: 6, replacement: 'move it into a `cpu_options { core_count = … }` block' },
  {
    type: 'aws_instance',
    argument: 'cpu_threads_per_core',
    version: 6,
    replacement: 'move it into a `cpu_options { threads_per_core = … }` block',
  },
  {
    type: 'aws_spot_instance_request',
    argument: 'block_duration_minutes',
    version: 6,
    replacement: 'remove it (Spot blocks are no longer offered)',
  },
  {
    type: 'aws_spot_instance_request',
    argument: 'cpu_core_count',
    version: 6,
    replacement: 'move it into a `cpu_options { core_count = … }` block',
  },
  {
    type: 'aws_spot_instance_request',
    argument: 'cpu_threads_per_core',
    version: 6,
    replacement: 'move it into a `cpu_options { threads_per_core = … }` block',
  },
  {
    type: 'aws_launch_template',
    argument: 'elastic_inference_accelerator',
    version: 6,
    replacement: 'remove it (Elastic Inference was retired)',
  },
  {
    type: 'aws_launch_template',
    argument: 'elastic_gpu_specifications',
    version: 6,
    replacement: 'remove it (Elastic Graphics was retired)',
  },
  { type: 'aws_batch_compute_environment', argument: 'compute_environment_name', version: 6, replacement: 'rename it to `name`' },
  {
    type: 'aws_batch_compute_environment',
    argument: 'compute_environment_name_prefix',
    version: 6,
    replacement: 'rename it to `name_prefix`',
  },
  {
    type: 'aws_batch_job_queue',
    argument: 'compute_environments',
    version: 6,
    replacement: 'use `compute_environment_order { order = … compute_environment = … }` blocks',
  },
  {
    type: 'aws_cognito_user_pool',
    argument: 'advanced_security_additional_flows',
    version: 6,
    replacement: 'set it inside `user_pool_add_ons` only with a provider version that supports it, or remove it',
  },
  {
    type: 'aws_opsworks_stack',
    argument: '*',
    version: 6,
    replacement: 'remove the OpsWorks resources (the service and its resources were removed in v6)',
  },
  { type: 'aws_redshift_cluster', argument: 'snapshot_copy', version: 6, replacement: 'use the `aws_redshift_snapshot_copy` resource' },
  { type: 'aws_redshift_cluster', argument: 'logging', version: 6, replacement: 'use the `aws_redshift_logging` resource' },
  { type: 'aws_ssm_association', argument: 'instance_id', version: 6, replacement: 'use `targets { key = "InstanceIds" values = [ … ] }`' },
  {
    type: 'aws_api_gateway_deployment',
    argument: 'stage_name',
    version: 6,
    replacement: 'create the stage with an `aws_api_gateway_stage` resource',
  },
  { type: 'aws_api_gateway_deployment', argument: 'stage_description', version: 6, replacement: 'use an `aws_api_gateway_stage` resource' },
  { type: 'aws_api_gateway_deployment', argument: 'canary_settings', version: 6, replacement: 'use an `aws_api_gateway_stage` resource' },
  { type: 'aws_globalaccelerator_accelerator', argument: 'region', version: 6, replacement: 'remove it (it is a global service)' },
  {
    type: '*',
    argument: 'region',
    version: 6,
    replacement:
      'the per-resource `region` argument exists only in provider v6 and later: upgrade the provider (`version = ">= 6.0"`), or remove it and use an aliased provider',
  },
  { type: 'aws_vpc', argument: 'enable_classiclink', version: 5, replacement: 'remove it (EC2-Classic was retired)' },
  { type: 'aws_vpc', argument: 'enable_classiclink_dns_support', version: 5, replacement: 'remove it (EC2-Classic was retired)' },
  { type: 'aws_db_instance', argument: 'name', version: 5, replacement: 'rename it to `db_name`' },
  {
    type: 'aws_db_instance',
    argument: 'security_group_names',
    version: 5,
    replacement: 'remove it (DB security groups were EC2-Classic); use `vpc_security_group_ids`',
  },
  {
    type: 'aws_elasticache_replication_group',
    argument: 'number_cache_clusters',
    version: 5,
    replacement: 'rename it to `num_cache_clusters`',
  },
  {
    type: 'aws_elasticache_replication_group',
    argument: 'replication_group_description',
    version: 5,
    replacement: 'rename it to `description`',
  },
  {
    type: 'aws_elasticache_replication_group',
    argument: 'cluster_mode',
    version: 5,
    replacement: 'use `num_node_groups` and `replicas_per_node_group`',
  },
  { type: 'aws_launch_configuration', argument: 'vpc_classic_link_id', version: 5, replacement: 'remove it (EC2-Classic was retired)' },
  { type: 'aws_redshift_cluster', argument: 'cluster_security_groups', version: 5, replacement: 'remove it; use `vpc_security_group_ids`' },
  {
    type: 'aws_s3_bucket',
    argument: 'acceleration_status',
    version: 4,
    replacement: 'use the `aws_s3_bucket_accelerate_configuration` resource',
  },
  {
    type: 'aws_alb_listener_rule',
    argument: 'field',
    version: 3,
    replacement: 'write conditions as typed blocks, e.g. `condition { path_pattern { values = [ … ] } }`',
  },
  {
    type: 'aws_lb_listener_rule',
    argument: 'field',
    version: 3,
    replacement: 'write conditions as typed blocks, e.g. `condition { path_pattern { values = [ … ] } }`',
  },
  {
    type: 'aws_alb_listener_rule',
    argument: 'values',
    version: 3,
    replacement: 'write conditions as typed blocks, e.g. `condition { host_header { values = [ … ] } }`',
  },
  {
    type: 'aws_lb_listener_rule',
    argument: 'values',
    version: 3,
    replacement: 'write conditions as typed blocks, e.g. `condition { host_header { values = [ … ] } }`',
  },
];

export function providerChangeFor(type: string | null, argument: string | null): ProviderArgumentChange | undefined {
  if (!argument) return undefined;
  const byType = PROVIDER_ARGUMENT_CHANGES.find((c) => c.type === type && (c.argument === argument || c.argument === '*'));
  return byType ?? PROVIDER_ARGUMENT_CHANGES.find((c) => c.type === '*' && c.argument === argument);
}
