// Every deployability rule, one per file.
import type { DeployabilityRule } from '../types';
import arm64FargateSpot from './arm64-fargate-spot';
import containerPort from './container-port';
import duplicateContainerEnv from './duplicate-container-env';
import elasticacheIds from './elasticache-ids';
import healthCheckPath from './health-check-path';
import loadBalancerNames from './load-balancer-names';
import opensearchServiceLinkedRole from './opensearch-service-linked-role';
import rdsIdentifiers from './rds-identifiers';
import requiredVariables from './required-variables';
import s3BucketNames from './s3-bucket-names';
import uniqueSecurityGroupNames from './unique-security-group-names';

export const DEPLOYABILITY_RULES: readonly DeployabilityRule[] = [
  duplicateContainerEnv,
  containerPort,
  requiredVariables,
  healthCheckPath,
  arm64FargateSpot,
  elasticacheIds,
  rdsIdentifiers,
  loadBalancerNames,
  s3BucketNames,
  uniqueSecurityGroupNames,
  opensearchServiceLinkedRole,
];

/** Rules that compare the module with the run contract (nothing to check without one). */
export const CONTRACT_RULES: ReadonlySet<string> = new Set(['container-port', 'required-variables', 'health-check-path']);
