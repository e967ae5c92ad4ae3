// Every built-in rule, one import per rule file (tests/checks/registry.test.ts keeps this list complete).
import type { Rule } from './types';
import r1 from './aws/ec2/aws-autoscaling-imdsv2';
import r2 from './aws/ec2/aws-autoscaling-no-public-ip';
import r3 from './aws/ec2/aws-autoscaling-volume-encryption';
import r4 from './aws/ec2/aws-ebs-default-encryption';
import r5 from './aws/ec2/aws-ebs-encryption-cmk';
import r6 from './aws/ec2/aws-ebs-encryption';
import r7 from './aws/ec2/aws-ec2-detailed-monitoring';
import r8 from './aws/ec2/aws-ec2-ebs-optimized';
import r9 from './aws/ec2/aws-ec2-imdsv2';
import r10 from './aws/ec2/aws-ec2-no-default-vpc';
import r11 from './aws/ec2/aws-ec2-no-public-ip';
import r12 from './aws/ec2/aws-ec2-no-secrets-in-user-data';
import r13 from './aws/ec2/aws-ec2-volume-encryption';
import r14 from './aws/s3/aws-s3-access-logging';
import r15 from './aws/s3/aws-s3-block-public-acls';
import r16 from './aws/s3/aws-s3-block-public-policy';
import r17 from './aws/s3/aws-s3-encryption-cmk';
import r18 from './aws/s3/aws-s3-encryption';
import r19 from './aws/s3/aws-s3-event-notifications';
import r20 from './aws/s3/aws-s3-ignore-public-acls';
import r21 from './aws/s3/aws-s3-lifecycle';
import r22 from './aws/s3/aws-s3-mfa-delete';
import r23 from './aws/s3/aws-s3-no-public-read-acl';
import r24 from './aws/s3/aws-s3-no-public-write-acl';
import r25 from './aws/s3/aws-s3-policy-no-public-principal';
import r26 from './aws/s3/aws-s3-public-access-block';
import r27 from './aws/s3/aws-s3-replication';
import r28 from './aws/s3/aws-s3-restrict-public-buckets';
import r29 from './aws/s3/aws-s3-versioning';

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
];
