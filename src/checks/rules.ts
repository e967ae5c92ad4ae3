// Every built-in rule, one import per rule file (tests/checks/registry.test.ts keeps this list complete).
import type { Rule } from './types';
import r1 from './aws/apigateway/aws-apigateway-access-logging';
import r2 from './aws/apigateway/aws-apigateway-cache-encryption';
import r3 from './aws/apigateway/aws-apigateway-domain-tls';
import r4 from './aws/apigateway/aws-apigateway-method-authorization';
import r5 from './aws/apigateway/aws-apigateway-xray-tracing';
import r6 from './aws/apigateway/aws-apigatewayv2-route-authorization';
import r7 from './aws/cloudfront/aws-cloudfront-default-root-object';
import r8 from './aws/cloudfront/aws-cloudfront-https';
import r9 from './aws/cloudfront/aws-cloudfront-logging';
import r10 from './aws/cloudfront/aws-cloudfront-origin-https';
import r11 from './aws/cloudfront/aws-cloudfront-tls';
import r12 from './aws/cloudfront/aws-cloudfront-waf';
import r13 from './aws/cloudtrail/aws-cloudtrail-cloudwatch-logs';
import r14 from './aws/cloudtrail/aws-cloudtrail-kms-encryption';
import r15 from './aws/cloudtrail/aws-cloudtrail-log-validation';
import r16 from './aws/cloudtrail/aws-cloudtrail-multi-region';
import r17 from './aws/cloudtrail/aws-cloudtrail-sns-topic';
import r18 from './aws/cloudwatch/aws-cloudwatch-log-group-cmk';
import r19 from './aws/cloudwatch/aws-cloudwatch-log-retention-one-year';
import r20 from './aws/cloudwatch/aws-cloudwatch-log-retention';
import r21 from './aws/codebuild/aws-codebuild-artifact-encryption';
import r22 from './aws/dms/aws-dms-no-public-access';
import r23 from './aws/documentdb/aws-docdb-encryption';
import r24 from './aws/documentdb/aws-docdb-log-exports';
import r25 from './aws/dynamodb/aws-dax-encryption';
import r26 from './aws/dynamodb/aws-dynamodb-cmk';
import r27 from './aws/dynamodb/aws-dynamodb-point-in-time-recovery';
import r28 from './aws/ec2/aws-autoscaling-imdsv2';
import r29 from './aws/ec2/aws-autoscaling-no-public-ip';
import r30 from './aws/ec2/aws-autoscaling-volume-encryption';
import r31 from './aws/ec2/aws-ebs-default-encryption';
import r32 from './aws/ec2/aws-ebs-encryption-cmk';
import r33 from './aws/ec2/aws-ebs-encryption';
import r34 from './aws/ec2/aws-ec2-detailed-monitoring';
import r35 from './aws/ec2/aws-ec2-ebs-optimized';
import r36 from './aws/ec2/aws-ec2-iam-instance-profile';
import r37 from './aws/ec2/aws-ec2-imdsv2';
import r38 from './aws/ec2/aws-ec2-launch-template-hop-limit';
import r39 from './aws/ec2/aws-ec2-no-default-vpc';
import r40 from './aws/ec2/aws-ec2-no-public-ip';
import r41 from './aws/ec2/aws-ec2-no-secrets-in-user-data';
import r42 from './aws/ec2/aws-ec2-volume-encryption';
import r43 from './aws/ec2/aws-sg-description';
import r44 from './aws/ec2/aws-sg-no-public-all-ports';
import r45 from './aws/ec2/aws-sg-no-public-database-ports';
import r46 from './aws/ec2/aws-sg-no-public-http';
import r47 from './aws/ec2/aws-sg-no-public-ingress';
import r48 from './aws/ec2/aws-sg-no-public-rdp';
import r49 from './aws/ec2/aws-sg-no-public-ssh';
import r50 from './aws/ec2/aws-sg-no-unrestricted-egress';
import r51 from './aws/ec2/aws-sg-rule-description';
import r52 from './aws/ecr/aws-ecr-immutable-tags';
import r53 from './aws/ecr/aws-ecr-kms-encryption';
import r54 from './aws/ecr/aws-ecr-policy-no-public-access';
import r55 from './aws/ecr/aws-ecr-scan-on-push';
import r56 from './aws/ecs/aws-ecs-container-insights';
import r57 from './aws/ecs/aws-ecs-distinct-task-roles';
import r58 from './aws/ecs/aws-ecs-efs-transit-encryption';
import r59 from './aws/ecs/aws-ecs-no-host-pid';
import r60 from './aws/ecs/aws-ecs-no-plaintext-secrets';
import r61 from './aws/ecs/aws-ecs-no-privileged-containers';
import r62 from './aws/ecs/aws-ecs-read-only-root-filesystem';
import r63 from './aws/ecs/aws-ecs-service-no-public-ip';
import r64 from './aws/efs/aws-efs-encryption';
import r65 from './aws/eks/aws-eks-control-plane-logging';
import r66 from './aws/eks/aws-eks-no-public-endpoint';
import r67 from './aws/eks/aws-eks-node-group-ssh';
import r68 from './aws/eks/aws-eks-public-access-cidrs';
import r69 from './aws/eks/aws-eks-secrets-encryption';
import r70 from './aws/elasticache/aws-elasticache-auth-token';
import r71 from './aws/elasticache/aws-elasticache-backup-retention';
import r72 from './aws/elasticache/aws-elasticache-cmk';
import r73 from './aws/elasticache/aws-elasticache-encryption-at-rest';
import r74 from './aws/elasticache/aws-elasticache-encryption-in-transit';
import r75 from './aws/elb/aws-elb-access-logs';
import r76 from './aws/elb/aws-elb-classic-access-logs';
import r77 from './aws/elb/aws-elb-deletion-protection';
import r78 from './aws/elb/aws-elb-desync-mitigation';
import r79 from './aws/elb/aws-elb-drop-invalid-headers';
import r80 from './aws/elb/aws-elb-https-listener';
import r81 from './aws/elb/aws-elb-internal';
import r82 from './aws/elb/aws-elb-tls-policy';
import r83 from './aws/elb/aws-elb-waf';
import r84 from './aws/iam/aws-iam-no-admin-policy';
import r85 from './aws/iam/aws-iam-no-administrator-access-attachment';
import r86 from './aws/iam/aws-iam-no-credentials-exposure';
import r87 from './aws/iam/aws-iam-no-data-exfiltration';
import r88 from './aws/iam/aws-iam-no-permissions-management';
import r89 from './aws/iam/aws-iam-no-privilege-escalation';
import r90 from './aws/iam/aws-iam-no-service-wildcard-actions';
import r91 from './aws/iam/aws-iam-no-user-policies';
import r92 from './aws/iam/aws-iam-no-wildcard-actions';
import r93 from './aws/iam/aws-iam-no-wildcard-resource';
import r94 from './aws/iam/aws-iam-password-policy-lowercase';
import r95 from './aws/iam/aws-iam-password-policy-max-age';
import r96 from './aws/iam/aws-iam-password-policy-min-length';
import r97 from './aws/iam/aws-iam-password-policy-numbers';
import r98 from './aws/iam/aws-iam-password-policy-reuse';
import r99 from './aws/iam/aws-iam-password-policy-symbols';
import r100 from './aws/iam/aws-iam-password-policy-uppercase';
import r101 from './aws/iam/aws-iam-policy-document-no-public-principal';
import r102 from './aws/iam/aws-iam-role-trust-no-public-principal';
import r103 from './aws/kinesis/aws-kinesis-encryption';
import r104 from './aws/kms/aws-kms-key-enabled';
import r105 from './aws/kms/aws-kms-key-policy-defined';
import r106 from './aws/kms/aws-kms-key-rotation';
import r107 from './aws/kms/aws-kms-policy-no-public-principal';
import r108 from './aws/lambda/aws-lambda-code-signing';
import r109 from './aws/lambda/aws-lambda-concurrency-limit';
import r110 from './aws/lambda/aws-lambda-dead-letter-queue';
import r111 from './aws/lambda/aws-lambda-in-vpc';
import r112 from './aws/lambda/aws-lambda-no-secrets-in-environment';
import r113 from './aws/lambda/aws-lambda-permission-not-public';
import r114 from './aws/lambda/aws-lambda-permission-source-arn';
import r115 from './aws/lambda/aws-lambda-supported-runtime';
import r116 from './aws/lambda/aws-lambda-url-auth';
import r117 from './aws/lambda/aws-lambda-xray-tracing';
import r118 from './aws/mq/aws-mq-no-public-access';
import r119 from './aws/msk/aws-msk-encryption-in-transit';
import r120 from './aws/msk/aws-msk-logging';
import r121 from './aws/neptune/aws-neptune-audit-logs';
import r122 from './aws/neptune/aws-neptune-encryption';
import r123 from './aws/opensearch/aws-opensearch-cmk';
import r124 from './aws/opensearch/aws-opensearch-encryption-at-rest';
import r125 from './aws/opensearch/aws-opensearch-enforce-https';
import r126 from './aws/opensearch/aws-opensearch-fine-grained-access';
import r127 from './aws/opensearch/aws-opensearch-in-vpc';
import r128 from './aws/opensearch/aws-opensearch-logging';
import r129 from './aws/opensearch/aws-opensearch-node-to-node-encryption';
import r130 from './aws/opensearch/aws-opensearch-tls-policy';
import r131 from './aws/rds/aws-rds-auto-minor-version-upgrade';
import r132 from './aws/rds/aws-rds-backup-retention';
import r133 from './aws/rds/aws-rds-ca-certificate';
import r134 from './aws/rds/aws-rds-cluster-backup-retention';
import r135 from './aws/rds/aws-rds-cluster-cmk';
import r136 from './aws/rds/aws-rds-cluster-copy-tags-to-snapshot';
import r137 from './aws/rds/aws-rds-cluster-deletion-protection';
import r138 from './aws/rds/aws-rds-cluster-encryption';
import r139 from './aws/rds/aws-rds-cluster-iam-authentication';
import r140 from './aws/rds/aws-rds-cluster-log-exports';
import r141 from './aws/rds/aws-rds-copy-tags-to-snapshot';
import r142 from './aws/rds/aws-rds-deletion-protection';
import r143 from './aws/rds/aws-rds-encryption';
import r144 from './aws/rds/aws-rds-enhanced-monitoring';
import r145 from './aws/rds/aws-rds-iam-authentication';
import r146 from './aws/rds/aws-rds-log-exports';
import r147 from './aws/rds/aws-rds-multi-az';
import r148 from './aws/rds/aws-rds-no-public-access';
import r149 from './aws/rds/aws-rds-performance-insights-cmk';
import r150 from './aws/rds/aws-rds-performance-insights';
import r151 from './aws/redshift/aws-redshift-automatic-snapshots';
import r152 from './aws/redshift/aws-redshift-cmk';
import r153 from './aws/redshift/aws-redshift-encryption';
import r154 from './aws/redshift/aws-redshift-enhanced-vpc-routing';
import r155 from './aws/redshift/aws-redshift-in-vpc';
import r156 from './aws/redshift/aws-redshift-logging';
import r157 from './aws/redshift/aws-redshift-no-public-access';
import r158 from './aws/redshift/aws-redshift-require-ssl';
import r159 from './aws/redshift/aws-redshift-version-upgrade';
import r160 from './aws/s3/aws-s3-access-logging';
import r161 from './aws/s3/aws-s3-acls-disabled';
import r162 from './aws/s3/aws-s3-block-public-acls';
import r163 from './aws/s3/aws-s3-block-public-policy';
import r164 from './aws/s3/aws-s3-encryption-cmk';
import r165 from './aws/s3/aws-s3-encryption';
import r166 from './aws/s3/aws-s3-event-notifications';
import r167 from './aws/s3/aws-s3-ignore-public-acls';
import r168 from './aws/s3/aws-s3-lifecycle';
import r169 from './aws/s3/aws-s3-mfa-delete';
import r170 from './aws/s3/aws-s3-no-public-read-acl';
import r171 from './aws/s3/aws-s3-no-public-write-acl';
import r172 from './aws/s3/aws-s3-policy-no-public-principal';
import r173 from './aws/s3/aws-s3-public-access-block';
import r174 from './aws/s3/aws-s3-replication';
import r175 from './aws/s3/aws-s3-restrict-public-buckets';
import r176 from './aws/s3/aws-s3-secure-transport';
import r177 from './aws/s3/aws-s3-versioning';
import r178 from './aws/secretsmanager/aws-secretsmanager-cmk';
import r179 from './aws/secretsmanager/aws-secretsmanager-policy-no-public-access';
import r180 from './aws/secretsmanager/aws-secretsmanager-rotation-90-days';
import r181 from './aws/secretsmanager/aws-secretsmanager-rotation';
import r182 from './aws/sns/aws-sns-cmk';
import r183 from './aws/sns/aws-sns-encryption';
import r184 from './aws/sns/aws-sns-policy-no-public-access';
import r185 from './aws/sqs/aws-sqs-cmk';
import r186 from './aws/sqs/aws-sqs-encryption';
import r187 from './aws/sqs/aws-sqs-policy-no-public-access';
import r188 from './aws/sqs/aws-sqs-policy-no-wildcard-actions';
import r189 from './aws/vpc/aws-vpc-default-sg-restricts-all';
import r190 from './aws/vpc/aws-vpc-flow-logs';
import r191 from './aws/vpc/aws-vpc-nacl-no-all-ports';
import r192 from './aws/vpc/aws-vpc-nacl-no-public-rdp';
import r193 from './aws/vpc/aws-vpc-nacl-no-public-ssh';
import r194 from './aws/vpc/aws-vpc-subnet-no-public-ip';

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
  r146,
  r147,
  r148,
  r149,
  r150,
  r151,
  r152,
  r153,
  r154,
  r155,
  r156,
  r157,
  r158,
  r159,
  r160,
  r161,
  r162,
  r163,
  r164,
  r165,
  r166,
  r167,
  r168,
  r169,
  r170,
  r171,
  r172,
  r173,
  r174,
  r175,
  r176,
  r177,
  r178,
  r179,
  r180,
  r181,
  r182,
  r183,
  r184,
  r185,
  r186,
  r187,
  r188,
  r189,
  r190,
  r191,
  r192,
  r193,
  r194,
];
