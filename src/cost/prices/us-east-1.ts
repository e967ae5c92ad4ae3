// us-east-1 on-demand list prices (USD) for everything that is not an instance family.
// Source: AWS Price List API / the public pricing pages of each service, on-demand, first
// pricing tier (volume discounts above the first tier are not applied). Free tiers are not
// deducted: the estimate is the list price of what the Terraform declares.
export const PRICE_DATE = '2025-06-01';
export const PRICE_SOURCE = 'AWS Price List API (pricing.us-east-1.amazonaws.com/offers/v1.0/aws), on-demand, first tier';

export const BASE_PRICES: Record<string, number> = {
  // EBS, per GB-month / IOPS-month / MBps-month
  'ebs.gp2.gb': 0.1,
  'ebs.gp3.gb': 0.08,
  'ebs.gp3.iops': 0.005, // above 3,000 included IOPS
  'ebs.gp3.throughput': 0.04, // per MBps above 125 included
  'ebs.io1.gb': 0.125,
  'ebs.io1.iops': 0.065,
  'ebs.io2.gb': 0.125,
  'ebs.io2.iops': 0.065, // first 32,000 IOPS tier
  'ebs.st1.gb': 0.045,
  'ebs.sc1.gb': 0.015,
  'ebs.standard.gb': 0.05,
  'ebs.snapshot.gb': 0.05,
  // EBS-optimized surcharge per instance-hour, previous-generation types that charge it
  // (aws.amazon.com/ec2/previous-generation, checked against Infracost instance_test: r3.xlarge $0.02).
  // Current generations are EBS-optimized by default at no charge.
  'ec2.ebsoptimized:r3.xlarge': 0.02,
  // Dedicated-tenancy instance-hours (Linux), only the types checked against a source
  // (Infracost autoscaling_group_test: m3.medium $108.04 for 1,460 h); others stay null.
  'ec2.dedicated:m3.medium': 0.074,
  // (Infracost instance_test, instance_withLaunchTemplateByName: t3.medium dedicated $32.19 for 730 h)
  'ec2.dedicated:t3.medium': 0.0441,
  // Burstable instances in unlimited mode: surplus CPU credits per vCPU-hour, Linux
  // (aws.amazon.com/ec2/pricing/on-demand, "T2/T3/T4g Unlimited Mode Pricing"; Infracost instance_test:
  // t3.medium, 730 credit-hours × 2 vCPUs = $73.00)
  'ec2.cpucredit.vcpu.hour': 0.05,
  // Networking
  'ipv4.hour': 0.005, // every public IPv4 address, attached or idle, since 2024-02-01
  'nat.hour': 0.045,
  'nat.gb': 0.045,
  'alb.hour': 0.0225,
  'alb.lcu': 0.008,
  'nlb.hour': 0.0225,
  'nlb.lcu': 0.006,
  'gwlb.hour': 0.0125,
  'gwlb.lcu': 0.004,
  'elb.hour': 0.025,
  'elb.gb': 0.008,
  'vpce.interface.hour': 0.01, // per AZ
  'vpce.interface.gb': 0.01,
  'vpce.gwlb.hour': 0.0035,
  'vpce.gwlb.gb': 0.0035,
  'vpn.hour': 0.05,
  'tgw.attachment.hour': 0.05,
  'tgw.gb': 0.02,
  'globalaccelerator.hour': 0.025,
  'networkfirewall.endpoint.hour': 0.395,
  'networkfirewall.gb': 0.065,
  'cloudfront.gb': 0.085, // US/Europe, first 10 TB
  'cloudfront.https.10k': 0.01,
  // Databases
  'rds.gp2.gb': 0.115,
  'rds.gp3.gb': 0.115,
  'rds.gp3.iops': 0.02, // above the included baseline
  'rds.io1.gb': 0.125,
  'rds.io1.iops': 0.1,
  'rds.io2.gb': 0.125,
  'rds.io2.iops': 0.1,
  'rds.standard.gb': 0.1,
  'rds.backup.gb': 0.095,
  // License-dependent engines, per instance-hour, Single-AZ (aws.amazon.com/rds/sqlserver/pricing,
  // /rds/oracle/pricing); only the classes checked against Infracost's db_instance_test golden.
  // Oracle Enterprise Edition runs only with your own license on RDS (BYOL).
  'rds.sqlserver-ex:db.t3.large': 0.162,
  'rds.sqlserver-web:db.t3.large': 0.232,
  'rds.sqlserver-se:db.m5.xlarge': 1.224,
  'rds.sqlserver-ee:db.m5.xlarge': 2.336,
  'rds.oracle-byol:db.t3.large': 0.136,
  // Extended support per vCPU-hour, by year past the end of standard support (extended-support.ts)
  'rds.extended.y1.vcpu.hour': 0.1,
  'rds.extended.y2.vcpu.hour': 0.1,
  'rds.extended.y3.vcpu.hour': 0.2,
  'aurora.storage.gb': 0.1,
  'aurora.iopt.storage.gb': 0.225,
  'aurora.io.million': 0.2,
  'aurora.acu.hour': 0.12, // Serverless v2
  'aurora.v1.acu.hour': 0.06,
  'dynamodb.rcu.hour': 0.00013,
  'dynamodb.wcu.hour': 0.00065,
  'dynamodb.read.million': 0.125, // on-demand read request units (price cut of 2024-11-01)
  'dynamodb.write.million': 0.625,
  'dynamodb.storage.gb': 0.25,
  'docdb.storage.gb': 0.1,
  'docdb.io.million': 0.2,
  'elasticache.serverless.gb.hour': 0.125,
  'elasticache.serverless.ecpu.million': 0.0034,
  'opensearch.gp3.gb': 0.122,
  'opensearch.gp2.gb': 0.135,
  // aws.amazon.com/opensearch-service/pricing (EBS, per GB-month per node), checked against
  // Infracost's elasticsearch_domain_test golden: io1 $0.169/GB and $0.088/IOPS, magnetic $0.067/GB,
  // gp3 throughput $0.064 per MiB/s-month above the included baseline
  'opensearch.io1.gb': 0.169,
  'opensearch.io1.iops': 0.088,
  'opensearch.standard.gb': 0.067,
  'opensearch.gp3.throughput': 0.064,
  'redshift.managed.gb': 0.024,
  'msk.storage.gb': 0.1,
  'msk.serverless.cluster.hour': 0.75,
  // Containers and compute
  'eks.cluster.hour': 0.1,
  'eks.cluster.extended.hour': 0.6, // Kubernetes versions past standard support (see extended-support.ts)
  'fargate.vcpu.hour': 0.04048,
  'fargate.gb.hour': 0.004445,
  'fargate.arm.vcpu.hour': 0.03238,
  'fargate.arm.gb.hour': 0.00356,
  'fargate.storage.gb.hour': 0.000111, // ephemeral storage above 20 GB
  'lambda.requests.million': 0.2,
  'lambda.gbsecond': 0.0000166667,
  'lambda.arm.gbsecond': 0.0000133334,
  'apprunner.vcpu.hour': 0.064,
  'apprunner.gb.hour': 0.007,
  'ecr.storage.gb': 0.1,
  // Application integration
  'apigateway.rest.million': 3.5,
  'apigateway.http.million': 1.0,
  'apigateway.cache.0.5': 0.02,
  'apigateway.cache.1.6': 0.038,
  'apigateway.cache.6.1': 0.2,
  'apigateway.cache.13.5': 0.25,
  'apigateway.cache.28.4': 0.5,
  'apigateway.cache.58.2': 1.0,
  'apigateway.cache.118': 1.9,
  'apigateway.cache.237': 3.8,
  'apigateway.websocket.million': 1.0,
  'apigateway.websocket.minutes.million': 0.25,
  'sqs.standard.million': 0.4,
  'sqs.fifo.million': 0.5,
  'sns.requests.million': 0.5,
  'sns.http.million': 0.6,
  'sns.email.100k': 2.0,
  'sfn.standard.1k': 0.025,
  'sfn.express.million': 1.0,
  'kinesis.shard.hour': 0.015,
  'kinesis.put.million': 0.014,
  'kinesis.ondemand.stream.hour': 0.04,
  'kinesis.ondemand.gb': 0.08,
  'firehose.gb': 0.029,
  'eventbridge.events.million': 1.0,
  'transfer.protocol.hour': 0.3,
  'transfer.gb': 0.04,
  // Storage
  's3.standard.gb': 0.023,
  's3.standard_ia.gb': 0.0125,
  's3.put.1k': 0.005,
  's3.get.1k': 0.0004,
  'efs.standard.gb': 0.3,
  'efs.ia.gb': 0.016, // price of 2023-11 (IA), Archive not priced
  // Management, security, DNS
  'logs.ingest.gb': 0.5,
  'logs.storage.gb': 0.03,
  'cloudwatch.alarm.standard': 0.1,
  // EC2 detailed monitoring: 7 metrics per instance at the custom-metric rate, first 10,000 metrics
  // (aws.amazon.com/cloudwatch/pricing; Infracost autoscaling_group_test: 7 metrics, $2.10)
  'cloudwatch.metric': 0.3,
  'cloudwatch.alarm.highres': 0.3,
  // Anomaly-detection alarms are billed as 3 alarm metrics (the metric and its two band bounds)
  'cloudwatch.dashboard': 3.0,
  'cloudwatch.alarm.composite': 0.5,
  'secretsmanager.secret': 0.4,
  'secretsmanager.api.10k': 0.05,
  'kms.key': 1.0,
  'kms.requests.10k': 0.03,
  'route53.zone': 0.5,
  'route53.queries.million': 0.4,
  'route53.healthcheck.aws': 0.5,
  'route53.healthcheck.other': 0.75,
  'route53.healthcheck.option.aws': 1.0, // per optional feature (aws.amazon.com/route53/pricing)
  'route53.healthcheck.option.other': 2.0,
  'waf.acl': 5.0,
  'waf.rule': 1.0,
  'waf.requests.million': 0.6,
  'ssm.parameter.advanced': 0.05,
  'acmpca.ca': 400.0,
  'acmpca.ca.shortlived': 50.0,
  'cloudtrail.data.100k': 0.1,
  'backup.storage.gb': 0.05,
  'codebuild.small.minute': 0.005,
  'codebuild.medium.minute': 0.01,
  'codebuild.large.minute': 0.02,
  'config.item': 0.003,
  'config.evaluation': 0.001, // first 100,000 evaluations tier
  'sagemaker.notebook.ml.t3.medium': 0.05,
  'sagemaker.notebook.ml.t3.large': 0.1,
  'sagemaker.notebook.ml.t2.medium': 0.0464,
  'sagemaker.notebook.ml.m5.xlarge': 0.23,
  'clientvpn.association.hour': 0.1,
  'clientvpn.connection.hour': 0.05,
  'dx.port.1Gbps': 0.3,
  'dx.port.10Gbps': 2.25,
  'dx.out.gb': 0.02,
  // Added 2026-12-07 for Infracost parity; figures checked against Infracost's golden outputs
  // (tests/fixtures/infracost-aws) and the AWS pricing pages named beside them.
  'tgw.peering.hour': 0.05, // aws.amazon.com/transit-gateway/pricing: per attachment-hour, peering included
  'trafficmirror.session.hour': 0.015, // aws.amazon.com/vpc/pricing: per session-hour
  // aws.amazon.com/directoryservice/pricing: per domain-controller-hour, two controllers per directory
  'directory.MicrosoftAD.Standard.hour': 0.06,
  'directory.MicrosoftAD.Enterprise.hour': 0.2,
  'directory.SimpleAD.Small.hour': 0.05,
  'directory.SimpleAD.Large.hour': 0.15,
  'directory.ADConnector.Small.hour': 0.05,
  'directory.ADConnector.Large.hour': 0.15,
  // aws.amazon.com/dms/pricing: single-AZ instance-hour (Multi-AZ twice), gp2 storage above the
  // included 50 GB (T classes) / 100 GB (C, R classes)
  'dms.dms.t2.micro.hour': 0.018,
  'dms.gp2.gb': 0.115,
  // EC2 Dedicated Hosts per host-hour by family (aws.amazon.com/ec2/dedicated-hosts/pricing;
  // Infracost ec2_host_test golden: c5 $2,457.18, mac1 $790.59 for 730 h)
  'ec2.host:c5': 3.366,
  'ec2.host:mac1': 1.083,
  // Lightsail bundles, USD per month; billed per hour at monthly / 744 (aws.amazon.com/lightsail/pricing;
  // Infracost lightsail_instance_test golden: xlarge_2_0 $82.42, small_win_2_0 $21.58 for 730 h)
  'lightsail.bundle.xlarge_2_0': 84,
  'lightsail.bundle.small_win_2_0': 22,
};
