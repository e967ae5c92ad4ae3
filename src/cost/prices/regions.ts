// Regions other than us-east-1. Explicit figures (overrides) are the published list prices of
// that region; where a region has no explicit figure, the service's price is us-east-1's times
// the region's published ratio for that service (measured on the service's reference item:
// m5.large for EC2-like services, gp3 for EBS, db.m5.large MySQL for RDS, S3 Standard for S3).
// Services priced globally (Lambda, Route 53, KMS, Secrets Manager, WAF, CloudFront, SQS, SNS,
// API Gateway in the regions below) keep us-east-1's price.

export interface RegionPrices {
  /** Ratio to us-east-1 per price-key prefix ("ec2", "rds", "ebs", …). */
  ratios: Record<string, number>;
  /** Published list prices that differ from the ratio. */
  overrides: Record<string, number>;
}

const same: RegionPrices = { ratios: {}, overrides: {} };

export const REGIONS: Record<string, RegionPrices> = {
  'us-east-1': same,
  // us-east-2 and us-west-2 publish us-east-1's prices for every service priced here.
  'us-east-2': same,
  'us-west-2': same,
  'us-west-1': {
    ratios: { ec2: 1.166, rds: 1.17, ebs: 1.2, elasticache: 1.17, opensearch: 1.17, fargate: 1.16, s3: 1.13, eks: 1 },
    overrides: { 'nat.hour': 0.048, 'nat.gb': 0.048, 'alb.hour': 0.0252, 'nlb.hour': 0.0252, 's3.standard.gb': 0.026 },
  },
  'ca-central-1': {
    ratios: { ec2: 1.115, rds: 1.11, ebs: 1.1, elasticache: 1.1, opensearch: 1.1, fargate: 1.1, s3: 1.09 },
    overrides: { 'nat.hour': 0.05, 'nat.gb': 0.05, 'alb.hour': 0.02475, 'nlb.hour': 0.02475, 's3.standard.gb': 0.025 },
  },
  'eu-west-1': {
    ratios: {
      ec2: 1.115,
      rds: 1.058,
      ebs: 1.1,
      elasticache: 1.09,
      opensearch: 1.1,
      fargate: 1.1,
      docdb: 1.1,
      redshift: 1.0,
      msk: 1.1,
      aurora: 1.1,
    },
    overrides: {
      'nat.hour': 0.048,
      'nat.gb': 0.048,
      'alb.hour': 0.0252,
      'nlb.hour': 0.0252,
      'ebs.gp3.gb': 0.088,
      'ebs.gp2.gb': 0.11,
      'fargate.vcpu.hour': 0.04456,
      'fargate.gb.hour': 0.004865,
      'vpce.interface.hour': 0.011,
      's3.standard.gb': 0.023,
    },
  },
  'eu-west-2': {
    ratios: { ec2: 1.156, rds: 1.164, ebs: 1.16, elasticache: 1.15, opensearch: 1.16, fargate: 1.16, s3: 1.04, aurora: 1.16 },
    overrides: { 'nat.hour': 0.05, 'nat.gb': 0.05, 'alb.hour': 0.0264, 'nlb.hour': 0.0264, 's3.standard.gb': 0.024 },
  },
  'eu-central-1': {
    ratios: {
      ec2: 1.198,
      rds: 1.164,
      ebs: 1.19,
      elasticache: 1.2,
      opensearch: 1.2,
      fargate: 1.2,
      docdb: 1.1,
      redshift: 1.16,
      msk: 1.2,
      aurora: 1.16,
    },
    overrides: {
      'nat.hour': 0.052,
      'nat.gb': 0.052,
      'alb.hour': 0.027,
      'nlb.hour': 0.027,
      'ebs.gp3.gb': 0.0952,
      'ebs.gp2.gb': 0.119,
      'fargate.vcpu.hour': 0.04656,
      'fargate.gb.hour': 0.00511,
      'vpce.interface.hour': 0.012,
      's3.standard.gb': 0.0245,
      'eks.cluster.hour': 0.1,
    },
  },
  'ap-southeast-1': {
    ratios: {
      ec2: 1.25,
      rds: 1.228,
      ebs: 1.2,
      elasticache: 1.26,
      opensearch: 1.25,
      fargate: 1.24,
      docdb: 1.2,
      redshift: 1.2,
      msk: 1.2,
      aurora: 1.2,
    },
    overrides: {
      'nat.hour': 0.059,
      'nat.gb': 0.059,
      'alb.hour': 0.0252,
      'nlb.hour': 0.0252,
      'ebs.gp3.gb': 0.096,
      'ebs.gp2.gb': 0.12,
      'fargate.vcpu.hour': 0.05056,
      'fargate.gb.hour': 0.00553,
      'vpce.interface.hour': 0.013,
      's3.standard.gb': 0.025,
    },
  },
  'ap-southeast-2': {
    ratios: { ec2: 1.25, rds: 1.228, ebs: 1.2, elasticache: 1.26, opensearch: 1.25, fargate: 1.24, s3: 1.09, aurora: 1.2 },
    overrides: { 'nat.hour': 0.059, 'nat.gb': 0.059, 'alb.hour': 0.0252, 'nlb.hour': 0.0252, 's3.standard.gb': 0.025 },
  },
  'ap-northeast-1': {
    ratios: { ec2: 1.292, rds: 1.228, ebs: 1.2, elasticache: 1.26, opensearch: 1.25, fargate: 1.27, s3: 1.09, aurora: 1.2 },
    overrides: { 'nat.hour': 0.062, 'nat.gb': 0.062, 'alb.hour': 0.0243, 'nlb.hour': 0.0243, 's3.standard.gb': 0.025 },
  },
  'ap-south-1': {
    ratios: { ec2: 1.052, rds: 1.0, ebs: 1.14, elasticache: 1.0, opensearch: 1.0, fargate: 1.0, s3: 1.09 },
    overrides: { 'nat.hour': 0.056, 'nat.gb': 0.056, 'alb.hour': 0.0239, 'nlb.hour': 0.0239, 's3.standard.gb': 0.025 },
  },
  'sa-east-1': {
    ratios: { ec2: 1.594, rds: 1.62, ebs: 1.9, elasticache: 1.6, opensearch: 1.6, fargate: 1.6, s3: 1.74, aurora: 1.6 },
    overrides: { 'nat.hour': 0.093, 'nat.gb': 0.093, 'alb.hour': 0.034, 'nlb.hour': 0.034, 's3.standard.gb': 0.0405 },
  },
};
