// Which AWS service a resource type belongs to (for grouping and the cost chart), as a table
// of type prefixes; the longest matching prefix wins.
const SERVICE_PREFIXES: Record<string, string> = {
  aws_vpc: 'VPC',
  aws_subnet: 'VPC',
  aws_route: 'VPC',
  aws_internet_gateway: 'VPC',
  aws_egress_only_internet_gateway: 'VPC',
  aws_nat_gateway: 'VPC',
  aws_eip: 'EC2',
  aws_network_acl: 'VPC',
  aws_default_: 'VPC',
  aws_flow_log: 'VPC',
  aws_vpc_endpoint: 'VPC',
  aws_security_group: 'VPC',
  aws_vpc_security_group: 'VPC',
  aws_instance: 'EC2',
  aws_launch_: 'EC2',
  aws_ebs_: 'EC2',
  aws_ami: 'EC2',
  aws_key_pair: 'EC2',
  aws_network_interface: 'EC2',
  aws_autoscaling_: 'EC2',
  aws_lb: 'ELB',
  aws_alb: 'ELB',
  aws_elb: 'ELB',
  aws_ecs_: 'ECS',
  aws_ecr_: 'ECR',
  aws_eks_: 'EKS',
  aws_lambda_: 'Lambda',
  aws_api_gateway_: 'API Gateway',
  aws_apigatewayv2_: 'API Gateway',
  aws_db_: 'RDS',
  aws_rds_: 'RDS',
  aws_dynamodb_: 'DynamoDB',
  aws_elasticache_: 'ElastiCache',
  aws_opensearch_: 'OpenSearch',
  aws_elasticsearch_: 'OpenSearch',
  aws_docdb_: 'DocumentDB',
  aws_redshift_: 'Redshift',
  aws_msk_: 'MSK',
  aws_kinesis_: 'Kinesis',
  aws_s3_: 'S3',
  aws_efs_: 'EFS',
  aws_cloudfront_: 'CloudFront',
  aws_route53_: 'Route 53',
  aws_acm_: 'ACM',
  aws_acmpca_: 'ACM',
  aws_cloudwatch_log_: 'CloudWatch Logs',
  aws_cloudwatch_: 'CloudWatch',
  aws_sns_: 'SNS',
  aws_sqs_: 'SQS',
  aws_sfn_: 'Step Functions',
  aws_secretsmanager_: 'Secrets Manager',
  aws_ssm_: 'Systems Manager',
  aws_kms_: 'KMS',
  aws_iam_: 'IAM',
  aws_wafv2_: 'WAF',
  aws_waf_: 'WAF',
  aws_wafregional_: 'WAF',
  aws_cognito_: 'Cognito',
  aws_transfer_: 'Transfer Family',
  aws_apprunner_: 'App Runner',
  aws_cloudtrail: 'CloudTrail',
  aws_backup_: 'Backup',
  aws_ec2_transit_gateway: 'Transit Gateway',
  aws_vpn_: 'VPN',
  aws_globalaccelerator_: 'Global Accelerator',
  aws_networkfirewall_: 'Network Firewall',
  aws_appautoscaling_: 'Application Auto Scaling',
  aws_neptune_: 'Neptune',
  aws_codebuild_: 'CodeBuild',
  aws_config_: 'Config',
  aws_sagemaker_: 'SageMaker',
  aws_ec2_client_vpn: 'Client VPN',
  aws_dx_: 'Direct Connect',
  aws_mq_: 'Amazon MQ',
};

const PREFIXES = Object.keys(SERVICE_PREFIXES).sort((a, b) => b.length - a.length);

export function serviceOf(type: string): string {
  const hit = PREFIXES.find((p) => type === p || type.startsWith(p.endsWith('_') ? p : `${p}_`) || type === p);
  if (hit) return SERVICE_PREFIXES[hit];
  const parts = type.split('_');
  return parts.length > 1 ? parts.slice(0, 2).join('_') : type;
}

/** Types that place a resource inside a network boundary when referenced. */
export const VPC_TYPES = new Set(['aws_vpc', 'aws_default_vpc']);
export const SUBNET_TYPES = new Set(['aws_subnet', 'aws_default_subnet']);
/**
 * Types whose VPC membership passes on to what references them: placing something in a subnet,
 * a security group or a subnet group puts it in the VPC. Referencing a load balancer or a NAT
 * gateway (alarms, DNS records) does not.
 */
export const NETWORK_CARRIERS = new Set([
  'aws_subnet',
  'aws_default_subnet',
  'aws_security_group',
  'aws_db_subnet_group',
  'aws_elasticache_subnet_group',
  'aws_docdb_subnet_group',
  'aws_redshift_subnet_group',
  'aws_route_table',
  'aws_internet_gateway',
]);
