// Every built-in rule, one import per rule file (tests/checks/registry.test.ts keeps this list complete).
import type { Rule } from './types';
import r1 from './aws/apigateway/aws-apigateway-cache-encryption';
import r2 from './aws/apigateway/aws-apigateway-domain-tls';
import r3 from './aws/apigateway/aws-apigateway-xray-tracing';
import r4 from './aws/cloudfront/aws-cloudfront-default-root-object';
import r5 from './aws/cloudfront/aws-cloudfront-logging';
import r6 from './aws/cloudfront/aws-cloudfront-waf';
import r7 from './aws/cloudtrail/aws-cloudtrail-cloudwatch-logs';
import r8 from './aws/cloudtrail/aws-cloudtrail-kms-encryption';
import r9 from './aws/cloudtrail/aws-cloudtrail-log-validation';
import r10 from './aws/cloudtrail/aws-cloudtrail-multi-region';
import r11 from './aws/cloudtrail/aws-cloudtrail-sns-topic';
import r12 from './aws/cloudwatch/aws-cloudwatch-log-group-cmk';
import r13 from './aws/cloudwatch/aws-cloudwatch-log-retention-one-year';
import r14 from './aws/cloudwatch/aws-cloudwatch-log-retention';
import r15 from './aws/dynamodb/aws-dax-encryption';
import r16 from './aws/dynamodb/aws-dynamodb-cmk';
import r17 from './aws/dynamodb/aws-dynamodb-point-in-time-recovery';
import r18 from './aws/ec2/aws-autoscaling-imdsv2';
import r19 from './aws/ec2/aws-autoscaling-no-public-ip';
import r20 from './aws/ec2/aws-autoscaling-volume-encryption';
import r21 from './aws/ec2/aws-ebs-default-encryption';
import r22 from './aws/ec2/aws-ebs-encryption-cmk';
import r23 from './aws/ec2/aws-ebs-encryption';
import r24 from './aws/ec2/aws-ec2-detailed-monitoring';
import r25 from './aws/ec2/aws-ec2-ebs-optimized';
import r26 from './aws/ec2/aws-ec2-imdsv2';
import r27 from './aws/ec2/aws-ec2-launch-template-hop-limit';
import r28 from './aws/ec2/aws-ec2-no-default-vpc';
import r29 from './aws/ec2/aws-ec2-no-public-ip';
import r30 from './aws/ec2/aws-ec2-no-secrets-in-user-data';
import r31 from './aws/ec2/aws-ec2-volume-encryption';
import r32 from './aws/ec2/aws-sg-description';
import r33 from './aws/ec2/aws-sg-no-public-all-ports';
import r34 from './aws/ec2/aws-sg-no-public-database-ports';
import r35 from './aws/ec2/aws-sg-no-public-http';
import r36 from './aws/ec2/aws-sg-no-public-ingress';
import r37 from './aws/ec2/aws-sg-no-public-rdp';
import r38 from './aws/ec2/aws-sg-no-public-ssh';
import r39 from './aws/ec2/aws-sg-no-unrestricted-egress';
import r40 from './aws/ec2/aws-sg-rule-description';
import r41 from './aws/ecr/aws-ecr-immutable-tags';
import r42 from './aws/ecr/aws-ecr-kms-encryption';
import r43 from './aws/ecr/aws-ecr-scan-on-push';
import r44 from './aws/ecs/aws-ecs-container-insights';
import r45 from './aws/eks/aws-eks-no-public-endpoint';
import r46 from './aws/eks/aws-eks-secrets-encryption';
import r47 from './aws/elasticache/aws-elasticache-auth-token';
import r48 from './aws/elasticache/aws-elasticache-backup-retention';
import r49 from './aws/elasticache/aws-elasticache-cmk';
import r50 from './aws/elasticache/aws-elasticache-encryption-at-rest';
import r51 from './aws/elasticache/aws-elasticache-encryption-in-transit';
import r52 from './aws/elb/aws-elb-access-logs';
import r53 from './aws/elb/aws-elb-classic-access-logs';
import r54 from './aws/elb/aws-elb-deletion-protection';
import r55 from './aws/elb/aws-elb-desync-mitigation';
import r56 from './aws/elb/aws-elb-drop-invalid-headers';
import r57 from './aws/elb/aws-elb-internal';
import r58 from './aws/iam/aws-iam-no-admin-policy';
import r59 from './aws/iam/aws-iam-no-administrator-access-attachment';
import r60 from './aws/iam/aws-iam-no-credentials-exposure';
import r61 from './aws/iam/aws-iam-no-data-exfiltration';
import r62 from './aws/iam/aws-iam-no-permissions-management';
import r63 from './aws/iam/aws-iam-no-privilege-escalation';
import r64 from './aws/iam/aws-iam-no-service-wildcard-actions';
import r65 from './aws/iam/aws-iam-no-user-policies';
import r66 from './aws/iam/aws-iam-no-wildcard-actions';
import r67 from './aws/iam/aws-iam-password-policy-lowercase';
import r68 from './aws/iam/aws-iam-password-policy-max-age';
import r69 from './aws/iam/aws-iam-password-policy-min-length';
import r70 from './aws/iam/aws-iam-password-policy-numbers';
import r71 from './aws/iam/aws-iam-password-policy-reuse';
import r72 from './aws/iam/aws-iam-password-policy-symbols';
import r73 from './aws/iam/aws-iam-password-policy-uppercase';
import r74 from './aws/iam/aws-iam-role-trust-no-public-principal';
import r75 from './aws/kms/aws-kms-key-enabled';
import r76 from './aws/kms/aws-kms-key-rotation';
import r77 from './aws/lambda/aws-lambda-code-signing';
import r78 from './aws/lambda/aws-lambda-concurrency-limit';
import r79 from './aws/lambda/aws-lambda-dead-letter-queue';
import r80 from './aws/lambda/aws-lambda-in-vpc';
import r81 from './aws/lambda/aws-lambda-url-auth';
import r82 from './aws/lambda/aws-lambda-xray-tracing';
import r83 from './aws/opensearch/aws-opensearch-cmk';
import r84 from './aws/opensearch/aws-opensearch-encryption-at-rest';
import r85 from './aws/opensearch/aws-opensearch-enforce-https';
import r86 from './aws/opensearch/aws-opensearch-fine-grained-access';
import r87 from './aws/opensearch/aws-opensearch-in-vpc';
import r88 from './aws/opensearch/aws-opensearch-logging';
import r89 from './aws/opensearch/aws-opensearch-node-to-node-encryption';
import r90 from './aws/opensearch/aws-opensearch-tls-policy';
import r91 from './aws/rds/aws-rds-auto-minor-version-upgrade';
import r92 from './aws/rds/aws-rds-backup-retention';
import r93 from './aws/rds/aws-rds-cluster-backup-retention';
import r94 from './aws/rds/aws-rds-cluster-cmk';
import r95 from './aws/rds/aws-rds-cluster-copy-tags-to-snapshot';
import r96 from './aws/rds/aws-rds-cluster-deletion-protection';
import r97 from './aws/rds/aws-rds-cluster-encryption';
import r98 from './aws/rds/aws-rds-cluster-iam-authentication';
import r99 from './aws/rds/aws-rds-cluster-log-exports';
import r100 from './aws/rds/aws-rds-copy-tags-to-snapshot';
import r101 from './aws/rds/aws-rds-deletion-protection';
import r102 from './aws/rds/aws-rds-encryption';
import r103 from './aws/rds/aws-rds-enhanced-monitoring';
import r104 from './aws/rds/aws-rds-iam-authentication';
import r105 from './aws/rds/aws-rds-log-exports';
import r106 from './aws/rds/aws-rds-multi-az';
import r107 from './aws/rds/aws-rds-no-public-access';
import r108 from './aws/rds/aws-rds-performance-insights-cmk';
import r109 from './aws/rds/aws-rds-performance-insights';
import r110 from './aws/redshift/aws-redshift-automatic-snapshots';
import r111 from './aws/redshift/aws-redshift-cmk';
import r112 from './aws/redshift/aws-redshift-encryption';
import r113 from './aws/redshift/aws-redshift-enhanced-vpc-routing';
import r114 from './aws/redshift/aws-redshift-in-vpc';
import r115 from './aws/redshift/aws-redshift-logging';
import r116 from './aws/redshift/aws-redshift-no-public-access';
import r117 from './aws/redshift/aws-redshift-require-ssl';
import r118 from './aws/redshift/aws-redshift-version-upgrade';
import r119 from './aws/s3/aws-s3-access-logging';
import r120 from './aws/s3/aws-s3-block-public-acls';
import r121 from './aws/s3/aws-s3-block-public-policy';
import r122 from './aws/s3/aws-s3-encryption-cmk';
import r123 from './aws/s3/aws-s3-encryption';
import r124 from './aws/s3/aws-s3-event-notifications';
import r125 from './aws/s3/aws-s3-ignore-public-acls';
import r126 from './aws/s3/aws-s3-lifecycle';
import r127 from './aws/s3/aws-s3-mfa-delete';
import r128 from './aws/s3/aws-s3-no-public-read-acl';
import r129 from './aws/s3/aws-s3-no-public-write-acl';
import r130 from './aws/s3/aws-s3-policy-no-public-principal';
import r131 from './aws/s3/aws-s3-public-access-block';
import r132 from './aws/s3/aws-s3-replication';
import r133 from './aws/s3/aws-s3-restrict-public-buckets';
import r134 from './aws/s3/aws-s3-versioning';
import r135 from './aws/secretsmanager/aws-secretsmanager-cmk';
import r136 from './aws/secretsmanager/aws-secretsmanager-rotation-90-days';
import r137 from './aws/sns/aws-sns-cmk';
import r138 from './aws/sns/aws-sns-encryption';
import r139 from './aws/sqs/aws-sqs-cmk';
import r140 from './aws/vpc/aws-vpc-default-sg-restricts-all';
import r141 from './aws/vpc/aws-vpc-flow-logs';
import r142 from './aws/vpc/aws-vpc-nacl-no-all-ports';
import r143 from './aws/vpc/aws-vpc-nacl-no-public-rdp';
import r144 from './aws/vpc/aws-vpc-nacl-no-public-ssh';
import r145 from './aws/vpc/aws-vpc-subnet-no-public-ip';

export const ALL_RULES: readonly Rule[] = [
  r1,
  r2,
  r3,
  r4,
  r5,
  r6,
  r7,
  r8,
  r9,
  r10,
  r11,
  r12,
  r13,
  r14,
  r15,
  r16,
  r17,
  r18,
  r19,
  r20,
  r21,
  r22,
  r23,
  r24,
  r25,
  r26,
  r27,
  r28,
  r29,
  r30,
  r31,
  r32,
  r33,
  r34,
  r35,
  r36,
  r37,
  r38,
  r39,
  r40,
  r41,
  r42,
  r43,
  r44,
  r45,
  r46,
  r47,
  r48,
  r49,
  r50,
  r51,
  r52,
  r53,
  r54,
  r55,
  r56,
  r57,
  r58,
  r59,
  r60,
  r61,
  r62,
  r63,
  r64,
  r65,
  r66,
  r67,
  r68,
  r69,
  r70,
  r71,
  r72,
  r73,
  r74,
  r75,
  r76,
  r77,
  r78,
  r79,
  r80,
  r81,
  r82,
  r83,
  r84,
  r85,
  r86,
  r87,
  r88,
  r89,
  r90,
  r91,
  r92,
  r93,
  r94,
  r95,
  r96,
  r97,
  r98,
  r99,
  r100,
  r101,
  r102,
  r103,
  r104,
  r105,
  r106,
  r107,
  r108,
  r109,
  r110,
  r111,
  r112,
  r113,
  r114,
  r115,
  r116,
  r117,
  r118,
  r119,
  r120,
  r121,
  r122,
  r123,
  r124,
  r125,
  r126,
  r127,
  r128,
  r129,
  r130,
  r131,
  r132,
  r133,
  r134,
  r135,
  r136,
  r137,
  r138,
  r139,
  r140,
  r141,
  r142,
  r143,
  r144,
  r145,
];
