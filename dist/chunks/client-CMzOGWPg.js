import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { r as redact, b as redactionMark, a as classify } from './index-C6oWUUQP.js';
import { a as InframateError } from './errors-D-4Njnnn.js';

const services={autoscaling:{List:["DescribeAccountLimits","DescribeAccountSettings","DescribeAdjustmentTypes","DescribeAutoScalingGroups","DescribeAutoScalingInstances","DescribeAutoScalingNotificationTypes","DescribeInstanceRefreshes","DescribeLaunchConfigurations","DescribeLifecycleHookTypes","DescribeLifecycleHooks","DescribeLoadBalancerTargetGroups","DescribeLoadBalancers","DescribeMetricCollectionTypes","DescribeNotificationConfigurations","DescribePolicies","DescribeScalingActivities","DescribeScalingProcessTypes","DescribeScheduledActions","DescribeTerminationPolicyTypes","DescribeTrafficSources","DescribeWarmPool","GetPredictiveScalingForecast"],Read:["DescribeTags"]},cloudwatch:{List:["ListAccessGrants","ListAccessProfiles","ListAlarmMuteRules","ListAlertContributors","ListAlerts","ListDashboards","ListDomainAccessGrantsForOrganization","ListDomains","ListEntitiesForMetric","ListIngestionEndpoints","ListIntegrations","ListMetricStreams","ListMetrics","ListOmniDashboards","ListOmniThreads","ListServiceLevelObjectives","ListServices","ListSpaceAccess","ListSpaces","ListSpacesForOrganization","ListTagsForResource","ListTelemetryFields","ListTelemetryQuerySessions","ListViews"],Read:["BatchGetServiceLevelIndicatorReport","BatchGetServiceLevelObjectiveBudgetReport","DescribeAlarmHistory","DescribeAlarms","DescribeAlarmsForMetric","DescribeAnomalyDetectors","DescribeInsightRules","GenerateQuery","GenerateQueryResultsSummary","GetAccessGrant","GetAccessProfile","GetAgentGraph","GetAlarmMuteRule","GetAlert","GetContextGraph","GetDashboard","GetDataset","GetDomain","GetDomainAccessGrantForOrganization","GetDomainForOrganization","GetIngestionEndpoint","GetInsightRuleReport","GetIntegration","GetIntelligenceConfiguration","GetMetricData","GetMetricStatistics","GetMetricStream","GetMetricWidgetImage","GetOTelEnrichment","GetOmniDashboard","GetOmniThread","GetPreferences","GetRecords","GetService","GetServiceData","GetServiceLevelObjective","GetSpace","GetSpaceCredentials","GetSpaceCredentialsForOrganization","GetTelemetryQueryResults","GetTopologyDiscoveryStatus","GetTopologyMap","GetView","ListManagedInsightRules"]},dynamodb:{List:["ListBackups","ListContributorInsights","ListExports","ListGlobalTables","ListImports","ListTables"],Read:["BatchGetItem","ConditionCheckItem","DescribeBackup","DescribeContinuousBackups","DescribeContributorInsights","DescribeEndpoints","DescribeExport","DescribeGlobalTable","DescribeGlobalTableSettings","DescribeImport","DescribeKinesisStreamingDestination","DescribeLimits","DescribeReservedCapacity","DescribeReservedCapacityOfferings","DescribeStream","DescribeTable","DescribeTableReplicaAutoScaling","DescribeTimeToLive","GetAbacStatus","GetItem","GetRecords","GetResourcePolicy","GetShardIterator","ListStreams","ListTagsOfResource","PartiQLSelect","Query","ReadDataForReplication","Scan","SearchVectors"]},ec2:{List:["DescribeAccountAttributes","DescribeAccountVpcEncryptionControl","DescribeAddressTransfers","DescribeAddresses","DescribeAddressesAttribute","DescribeAggregateIdFormat","DescribeApplicationStatus","DescribeApplicationStatusCheckAssociations","DescribeApplicationStatusChecks","DescribeAvailabilityZones","DescribeAwsNetworkPerformanceMetricSubscriptions","DescribeBundleTasks","DescribeByoipCidrs","DescribeCapacityBlockExtensionHistory","DescribeCapacityBlockExtensionOfferings","DescribeCapacityBlockOfferings","DescribeCapacityBlockStatus","DescribeCapacityBlocks","DescribeCapacityManagerDataExports","DescribeCapacityReservationBillingRequests","DescribeCapacityReservationCancellationQuotes","DescribeCapacityReservationFleets","DescribeCapacityReservationTopology","DescribeCapacityReservations","DescribeCarrierGateways","DescribeClassicLinkInstances","DescribeClientVpnAuthorizationRules","DescribeClientVpnConnections","DescribeClientVpnEndpoints","DescribeClientVpnRoutes","DescribeClientVpnTargetNetworks","DescribeCoipPools","DescribeConversionTasks","DescribeCustomerGateways","DescribeDeclarativePoliciesReports","DescribeDhcpOptions","DescribeEgressOnlyInternetGateways","DescribeElasticGpus","DescribeExportImageTasks","DescribeExportTasks","DescribeFastLaunchImages","DescribeFastSnapshotRestores","DescribeFleetHistory","DescribeFleetInstances","DescribeFleets","DescribeFlowLogs","DescribeFpgaImageAttribute","DescribeFpgaImages","DescribeHostReservationOfferings","DescribeHostReservations","DescribeHosts","DescribeIamInstanceProfileAssociations","DescribeIdFormat","DescribeIdentityIdFormat","DescribeImageAttribute","DescribeImageReferences","DescribeImageUsageReportEntries","DescribeImageUsageReports","DescribeImages","DescribeImportImageTasks","DescribeImportSnapshotTasks","DescribeInstanceAttribute","DescribeInstanceConnectEndpoints","DescribeInstanceCreditSpecifications","DescribeInstanceEventNotificationAttributes","DescribeInstanceEventWindows","DescribeInstanceImageMetadata","DescribeInstanceSqlHaHistoryStates","DescribeInstanceSqlHaStates","DescribeInstanceStatus","DescribeInstanceTopology","DescribeInstanceTypeOfferings","DescribeInstanceTypes","DescribeInstances","DescribeInternetGateways","DescribeIpamByoasn","DescribeIpamExternalResourceVerificationTokens","DescribeIpamInternetRegistryAssociations","DescribeIpamPolicies","DescribeIpamPoolAllocations","DescribeIpamPools","DescribeIpamPrefixListResolverTargets","DescribeIpamPrefixListResolvers","DescribeIpamResourceDiscoveries","DescribeIpamResourceDiscoveryAssociations","DescribeIpamScopes","DescribeIpams","DescribeIpv6Pools","DescribeKeyPairs","DescribeLaunchTemplateVersions","DescribeLaunchTemplates","DescribeLocalGatewayRouteTablePermissions","DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations","DescribeLocalGatewayRouteTableVpcAssociations","DescribeLocalGatewayRouteTables","DescribeLocalGatewayVirtualInterfaceGroups","DescribeLocalGatewayVirtualInterfaces","DescribeLocalGateways","DescribeLockedSnapshots","DescribeMacHosts","DescribeMacModificationTasks","DescribeManagedPrefixLists","DescribeMovingAddresses","DescribeNatGateways","DescribeNetworkAcls","DescribeNetworkInsightsAccessScopeAnalyses","DescribeNetworkInsightsAccessScopes","DescribeNetworkInsightsAnalyses","DescribeNetworkInsightsPaths","DescribeNetworkInterfaceAttribute","DescribeNetworkInterfacePermissions","DescribeNetworkInterfaces","DescribeOutpostLags","DescribePlacementGroups","DescribePrefixLists","DescribePrincipalIdFormat","DescribePublicIpv4Pools","DescribeRegions","DescribeReplaceRootVolumeTasks","DescribeReservedInstances","DescribeReservedInstancesListings","DescribeReservedInstancesModifications","DescribeReservedInstancesOfferings","DescribeRouteServerEndpoints","DescribeRouteServerPeers","DescribeRouteServers","DescribeRouteTables","DescribeScheduledInstanceAvailability","DescribeScheduledInstances","DescribeSecondaryInterfaces","DescribeSecondaryNetworks","DescribeSecondarySubnets","DescribeSecurityGroupReferences","DescribeSecurityGroupRules","DescribeSecurityGroupVpcAssociations","DescribeSecurityGroups","DescribeServiceLinkVirtualInterfaces","DescribeSnapshotAttribute","DescribeSnapshotTierStatus","DescribeSnapshots","DescribeSpotDatafeedSubscription","DescribeSpotFleetInstances","DescribeSpotFleetRequestHistory","DescribeSpotFleetRequests","DescribeSpotInstanceRequests","DescribeSpotPriceHistory","DescribeStaleSecurityGroups","DescribeStoreImageTasks","DescribeSubnets","DescribeTags","DescribeTrafficMirrorFilterRules","DescribeTrafficMirrorFilters","DescribeTrafficMirrorSessions","DescribeTrafficMirrorTargets","DescribeTransitGatewayAttachments","DescribeTransitGatewayConnectPeers","DescribeTransitGatewayConnects","DescribeTransitGatewayMeteringPolicies","DescribeTransitGatewayMulticastDomains","DescribeTransitGatewayPeeringAttachments","DescribeTransitGatewayPolicyTables","DescribeTransitGatewayRouteTableAnnouncements","DescribeTransitGatewayRouteTables","DescribeTransitGatewayVpcAttachments","DescribeTransitGateways","DescribeTrunkInterfaceAssociations","DescribeVerifiedAccessEndpoints","DescribeVerifiedAccessGroups","DescribeVerifiedAccessInstanceLoggingConfigurations","DescribeVerifiedAccessInstanceWebAclAssociations","DescribeVerifiedAccessInstances","DescribeVerifiedAccessTrustProviders","DescribeVolumeAttribute","DescribeVolumeStatus","DescribeVolumes","DescribeVolumesModifications","DescribeVpcAttribute","DescribeVpcBlockPublicAccessExclusions","DescribeVpcBlockPublicAccessOptions","DescribeVpcClassicLink","DescribeVpcClassicLinkDnsSupport","DescribeVpcEncryptionControls","DescribeVpcEndpointAssociations","DescribeVpcEndpointConnectionNotifications","DescribeVpcEndpointConnections","DescribeVpcEndpointServiceConfigurations","DescribeVpcEndpointServicePermissions","DescribeVpcEndpointServices","DescribeVpcEndpoints","DescribeVpcPeeringConnections","DescribeVpcs","DescribeVpnConcentrators","DescribeVpnConnections","DescribeVpnGateways","GetCapacityManagerMonitoredTagKeys","GetGroupsForCapacityReservation","GetInstanceMetadataDefaults","GetInstanceTypesFromInstanceRequirements","GetIpamPolicyAllocationRules","GetIpamPolicyOrganizationTargets","GetIpamPoolAllocations","GetManagedResourceVisibility","GetTransitGatewayAttachmentPropagations","GetTransitGatewayMeteringPolicyEntries","GetTransitGatewayMulticastDomainAssociations","GetTransitGatewayPolicyTableAssociations","GetTransitGatewayPolicyTableEntries","GetTransitGatewayPrefixListReferences","GetTransitGatewayRouteTableAssociations","GetTransitGatewayRouteTablePropagations","GetVerifiedAccessEndpointPolicy","GetVerifiedAccessEndpointTargets","GetVerifiedAccessGroupPolicy","GetVerifiedAccessInstanceWebAcl","GetVpcResourcesBlockingEncryptionEnforcement","GetVpnConnectionDeviceSampleConfiguration","GetVpnConnectionDeviceTypes","GetVpnTunnelReplacementStatus","ListImagesInRecycleBin","ListSnapshotsInRecycleBin","ListVolumesInRecycleBin","SearchLocalGatewayRoutes","SearchTransitGatewayMulticastGroups","SearchTransitGatewayRoutes"],Read:["ExportClientVpnClientCertificateRevocationList","ExportClientVpnClientConfiguration","ExportVerifiedAccessInstanceClientConfiguration","GetActiveVpnTunnelStatus","GetAllowedImagesSettings","GetAssociatedEnclaveCertificateIamRoles","GetAssociatedIpv6PoolCidrs","GetAwsNetworkPerformanceData","GetCapacityManagerAttributes","GetCapacityManagerMetricData","GetCapacityManagerMetricDimensions","GetCapacityReservationUsage","GetCoipPoolUsage","GetConsoleOutput","GetConsoleScreenshot","GetDeclarativePoliciesReportSummary","GetDefaultCreditSpecification","GetEbsDefaultKmsKeyId","GetEbsEncryptionByDefault","GetEnabledIpamPolicy","GetFlowLogsIntegrationTemplate","GetHostReservationPurchasePreview","GetImageAncestry","GetImageBlockPublicAccessState","GetInstanceTpmEkPub","GetInstanceUefiData","GetIpamAddressHistory","GetIpamDiscoveredAccounts","GetIpamDiscoveredPublicAddresses","GetIpamDiscoveredResourceCidrs","GetIpamDiscoveredRoutes","GetIpamInternetRegistryAssociationAsns","GetIpamInternetRegistryAssociationCidrs","GetIpamPoolCidrs","GetIpamPrefixListResolverRules","GetIpamPrefixListResolverVersionEntries","GetIpamPrefixListResolverVersions","GetIpamResourceCidrs","GetIpamRouteOriginAuthorizations","GetIpamRouteProtectionFindings","GetIpamRoutingPolicyRegistrationDeltas","GetIpamRoutingPolicyRegistrations","GetLaunchTemplateData","GetManagedPrefixListAssociations","GetManagedPrefixListEntries","GetNetworkInsightsAccessScopeAnalysisFindings","GetNetworkInsightsAccessScopeContent","GetPasswordData","GetReservedInstancesExchangeQuote","GetResourcePolicy","GetRouteServerAssociations","GetRouteServerPropagations","GetRouteServerRoutingDatabase","GetSecurityGroupsForVpc","GetSerialConsoleAccessStatus","GetSnapshotBlockPublicAccessState","GetSpotPlacementScores","GetSubnetCidrReservations","StartDeclarativePoliciesReport","ValidateSecurityGroupQuotasForInterface"]},ecs:{List:["ListAttributes","ListClusters","ListContainerInstances","ListDaemonDeployments","ListDaemonTaskDefinitions","ListDaemons","ListServiceDeployments","ListServices","ListServicesByNamespace","ListTaskDefinitionFamilies","ListTaskDefinitions","ListTasks"],Read:["DescribeCapacityProviders","DescribeClusters","DescribeContainerInstances","DescribeDaemon","DescribeDaemonDeployments","DescribeDaemonRevisions","DescribeDaemonTaskDefinition","DescribeExpressGatewayService","DescribeServiceDeployments","DescribeServiceRevisions","DescribeServices","DescribeTaskDefinition","DescribeTaskSets","DescribeTasks","GetTaskProtection","ListAccountSettings","ListTagsForResource"]},elasticache:{List:["DescribeCacheClusters","DescribeCacheEngineVersions","DescribeCacheParameterGroups","DescribeCacheParameters","DescribeCacheSecurityGroups","DescribeCacheSubnetGroups","DescribeEngineDefaultParameters","DescribeEvents","DescribeGlobalReplicationGroups","DescribeReplicationGroups","DescribeReservedCacheNodes","DescribeReservedCacheNodesOfferings","DescribeServerlessCacheSnapshots","DescribeServerlessCaches","DescribeServiceUpdates","DescribeSnapshots","DescribeUpdateActions","DescribeUserGroups","DescribeUsers","ListAllowedNodeTypeModifications"],Read:["ListTagsForResource"]},elasticloadbalancing:{List:["DescribeLoadBalancers","DescribeWebACLAssociation"],Read:["DescribeAccountLimits","DescribeCapacityReservation","DescribeInstanceHealth","DescribeListenerAttributes","DescribeListenerCertificates","DescribeListeners","DescribeLoadBalancerAttributes","DescribeLoadBalancerPolicies","DescribeLoadBalancerPolicyTypes","DescribeRules","DescribeSSLPolicies","DescribeTags","DescribeTargetGroupAttributes","DescribeTargetGroups","DescribeTargetHealth","DescribeTrustStoreAssociations","DescribeTrustStoreRevocations","DescribeTrustStores","GetLoadBalancerWebACL","GetResourcePolicy","GetTrustStoreCaCertificatesBundle","GetTrustStoreRevocationContent"]},iam:{List:["GetAccountSummary","GetLoginProfile","ListAccessKeys","ListAccountAliases","ListAttachedGroupPolicies","ListAttachedRolePolicies","ListAttachedUserPolicies","ListCloudFrontPublicKeys","ListDelegationRequests","ListEntitiesForPolicy","ListGroupPolicies","ListGroups","ListGroupsForUser","ListInstanceProfileTags","ListInstanceProfiles","ListInstanceProfilesForRole","ListMFADeviceTags","ListMFADevices","ListOpenIDConnectProviderTags","ListOpenIDConnectProviders","ListOrganizationsFeatures","ListPolicies","ListPoliciesGrantingServiceAccess","ListPolicyTags","ListPolicyVersions","ListRolePolicies","ListRoleTags","ListRoles","ListSAMLProviderTags","ListSAMLProviders","ListSSHPublicKeys","ListSTSRegionalEndpointsStatus","ListServerCertificateTags","ListServerCertificates","ListServiceSpecificCredentials","ListSigningCertificates","ListUserPolicies","ListUserTags","ListUsers","ListVirtualMFADevices"],Read:["GenerateCredentialReport","GenerateOrganizationsAccessReport","GenerateServiceLastAccessedDetails","GetAccessKeyLastUsed","GetAccountAuthorizationDetails","GetAccountEmailAddress","GetAccountName","GetAccountPasswordPolicy","GetAccountProperties","GetCloudFrontPublicKey","GetContextKeysForCustomPolicy","GetContextKeysForPrincipalPolicy","GetCredentialReport","GetDelegationRequest","GetGroup","GetGroupPolicy","GetHumanReadableSummary","GetInstanceProfile","GetMFADevice","GetOpenIDConnectProvider","GetOrganizationsAccessReport","GetOutboundWebIdentityFederationInfo","GetPolicy","GetPolicyVersion","GetRole","GetRolePolicy","GetRoleTemplateVersion","GetSAMLProvider","GetSSHPublicKey","GetServerCertificate","GetServiceLastAccessedDetails","GetServiceLastAccessedDetailsWithEntities","GetServiceLinkedRoleDeletionStatus","GetUser","GetUserPolicy","SimulateCustomPolicy","SimulatePrincipalPolicy"]},lambda:{List:["ListAliases","ListCapacityProviders","ListCodeSigningConfigs","ListDurableExecutionsByFunction","ListEventSourceMappings","ListFunctionEventInvokeConfigs","ListFunctionUrlConfigs","ListFunctionVersionsByCapacityProvider","ListFunctions","ListFunctionsByCodeSigningConfig","ListLayerVersions","ListLayers","ListManagedMicrovmImageVersions","ListManagedMicrovmImages","ListMicrovmImageBuilds","ListMicrovmImageVersions","ListMicrovmImages","ListMicrovms","ListNetworkConnectors","ListProvisionedConcurrencyConfigs","ListVersionsByFunction"],Read:["GetAccountSettings","GetAlias","GetCapacityProvider","GetCodeSigningConfig","GetDurableExecution","GetDurableExecutionHistory","GetDurableExecutionState","GetEventSourceMapping","GetFunction","GetFunctionCodeSigningConfig","GetFunctionConcurrency","GetFunctionConfiguration","GetFunctionEventInvokeConfig","GetFunctionRecursionConfig","GetFunctionScalingConfig","GetFunctionUrlConfig","GetLayerVersion","GetLayerVersionPolicy","GetMicrovm","GetMicrovmImage","GetMicrovmImageBuild","GetMicrovmImageVersion","GetNetworkConnector","GetPolicy","GetProvisionedConcurrencyConfig","GetResourcePolicy","GetRuntimeManagementConfig","ListTags"]},logs:{List:["DescribeAccountPolicies","DescribeConfigurationTemplates","DescribeDeliveries","DescribeDeliveryDestinations","DescribeDeliverySources","DescribeDestinations","DescribeExportTasks","DescribeFieldIndexes","DescribeImportTaskBatches","DescribeImportTasks","DescribeIndexPolicies","DescribeLogGroups","DescribeLogStreams","DescribeLookupTables","DescribeMetricFilters","DescribeQueries","DescribeQueryDefinitions","DescribeResourcePolicies","DescribeSubscriptionFilters","ListAggregateLogGroupSummaries","ListAnomalies","ListEntitiesForLogGroup","ListIntegrations","ListLogAnomalyDetectors","ListLogDeliveries","ListLogGroups","ListLogGroupsForEntity","ListLogGroupsForQuery","ListScheduledQueries","ListSourcesForS3TableIntegration","ListSyslogConfigurations","ListTagsForResource","ListTagsLogGroup"],Read:["FilterLogEvents","GetDataProtectionPolicy","GetDelivery","GetDeliveryDestination","GetDeliveryDestinationPolicy","GetDeliverySource","GetIntegration","GetLogAnomalyDetector","GetLogDelivery","GetLogEvents","GetLogFields","GetLogGroupFields","GetLogRecord","GetLookupTable","GetQueryResults","GetScheduledQuery","GetScheduledQueryHistory","GetStorageTierPolicy","GetTransformer","StartLiveTail","StartQuery","StopLiveTail","StopQuery","TestMetricFilter","TestTransformer","Unmask"]},rds:{List:["DescribeAccountAttributes","DescribeBlueGreenDeployments","DescribeCertificates","DescribeDBClusterAutomatedBackups","DescribeDBClusterBacktracks","DescribeDBClusterEndpoints","DescribeDBClusterParameterGroups","DescribeDBClusterParameters","DescribeDBClusterSnapshotAttributes","DescribeDBClusterSnapshots","DescribeDBClusters","DescribeDBEngineVersions","DescribeDBInstanceAutomatedBackups","DescribeDBInstances","DescribeDBLogFiles","DescribeDBMajorEngineVersions","DescribeDBParameterGroups","DescribeDBParameters","DescribeDBProxies","DescribeDBProxyEndpoints","DescribeDBProxyTargetGroups","DescribeDBProxyTargets","DescribeDBRecommendations","DescribeDBSecurityGroups","DescribeDBShardGroups","DescribeDBSnapshotAttributes","DescribeDBSnapshotTenantDatabases","DescribeDBSnapshots","DescribeDBSubnetGroups","DescribeEngineDefaultClusterParameters","DescribeEngineDefaultParameters","DescribeEventCategories","DescribeEventSubscriptions","DescribeEvents","DescribeExportTasks","DescribeGlobalClusters","DescribeIntegrations","DescribeOptionGroupOptions","DescribeOptionGroups","DescribeOrderableDBInstanceOptions","DescribePendingMaintenanceActions","DescribeReservedDBInstances","DescribeReservedDBInstancesOfferings","DescribeSourceRegions","DescribeTenantDatabases","DescribeValidDBInstanceModifications"],Read:["DescribeRecommendationGroups","DescribeRecommendations","DownloadCompleteDBLogFile","DownloadDBLogFilePortion","ListTagsForResource"]},s3:{List:["ListAccessGrants","ListAccessGrantsInstances","ListAccessGrantsLocations","ListAccessPoints","ListAccessPointsForObjectLambda","ListAllMyBuckets","ListBucket","ListBucketMultipartUploads","ListBucketVersions","ListCallerAccessGrants","ListJobs","ListMultiRegionAccessPoints","ListMultipartUploadParts","ListObjectAnnotations","ListObjectVersionAnnotations","ListStorageLensConfigurations","ListStorageLensGroups","ListTagsForResource"],Read:["AllowVendedLogDeliveryForResource","DescribeJob","DescribeMultiRegionAccessPointOperation","GetAccelerateConfiguration","GetAccessGrant","GetAccessGrantsInstance","GetAccessGrantsInstanceForPrefix","GetAccessGrantsInstanceResourcePolicy","GetAccessGrantsLocation","GetAccessPoint","GetAccessPointConfigurationForObjectLambda","GetAccessPointForObjectLambda","GetAccessPointPolicy","GetAccessPointPolicyForObjectLambda","GetAccessPointPolicyStatus","GetAccessPointPolicyStatusForObjectLambda","GetAccountPublicAccessBlock","GetAnalyticsConfiguration","GetBucketAbac","GetBucketAcl","GetBucketCORS","GetBucketLocation","GetBucketLogging","GetBucketMetadataTableConfiguration","GetBucketNotification","GetBucketObjectLockConfiguration","GetBucketOwnershipControls","GetBucketPolicy","GetBucketPolicyStatus","GetBucketPublicAccessBlock","GetBucketRequestPayment","GetBucketTagging","GetBucketVersioning","GetBucketWebsite","GetDataAccess","GetEncryptionConfiguration","GetIntelligentTieringConfiguration","GetInventoryConfiguration","GetJobTagging","GetLifecycleConfiguration","GetMetricsConfiguration","GetMultiRegionAccessPoint","GetMultiRegionAccessPointPolicy","GetMultiRegionAccessPointPolicyStatus","GetMultiRegionAccessPointRoutes","GetObject","GetObjectAcl","GetObjectAnnotation","GetObjectAttributes","GetObjectLegalHold","GetObjectRetention","GetObjectTagging","GetObjectTorrent","GetObjectVersion","GetObjectVersionAcl","GetObjectVersionAnnotation","GetObjectVersionAnnotationForReplication","GetObjectVersionAttributes","GetObjectVersionForReplication","GetObjectVersionTagging","GetObjectVersionTorrent","GetReplicationConfiguration","GetStorageLensConfiguration","GetStorageLensConfigurationTagging","GetStorageLensDashboard","GetStorageLensGroup"]},sns:{List:["ListEndpointsByPlatformApplication","ListOriginationNumbers","ListPlatformApplications","ListSMSSandboxPhoneNumbers","ListSubscriptions","ListSubscriptionsByTopic","ListTopics"],Read:["CheckIfPhoneNumberIsOptedOut","GetDataProtectionPolicy","GetEndpointAttributes","GetPlatformApplicationAttributes","GetSMSAttributes","GetSMSSandboxAccountStatus","GetSubscriptionAttributes","GetTopicAttributes","ListPhoneNumbersOptedOut","ListTagsForResource"]},sqs:{List:[],Read:["GetQueueAttributes","GetQueueUrl","ListDeadLetterSourceQueues","ListMessageMoveTasks","ListQueueTags","ListQueues","ReceiveMessage"]},sts:{List:[],Read:["GetAccessKeyInfo","GetCallerIdentity","GetServiceBearerToken","GetSessionToken"]},tag:{List:["ListRequiredTags"],Read:["DescribeReportCreation","GetComplianceSummary","GetResources","GetTagKeys","GetTagValues"]}};var generated = {services:services};

const data = "returns stored data, not configuration";
const secret = "returns a secret or a credential";
const DENY_RULES = [
  { action: "secretsmanager:GetSecretValue", reason: secret },
  { action: "secretsmanager:BatchGetSecretValue", reason: secret },
  { action: "ssm:GetParameter*", reason: "decrypts a SecureString parameter", when: (p) => p.WithDecryption === true },
  { action: "kms:Decrypt", reason: secret },
  { action: "kms:GenerateDataKey*", reason: secret },
  { action: "ec2:GetPasswordData", reason: secret },
  { action: "ec2:GetConsoleOutput", reason: "console output often holds bootstrap secrets" },
  { action: "ec2:GetConsoleScreenshot", reason: "console output often holds bootstrap secrets" },
  {
    action: "ec2:DescribeInstanceAttribute",
    reason: "user data often holds bootstrap secrets",
    when: (p) => String(p.Attribute ?? "").toLowerCase() === "userdata"
  },
  { action: "ecr:GetAuthorizationToken", reason: secret },
  { action: "sts:GetSessionToken", reason: secret },
  { action: "sts:GetFederationToken", reason: secret },
  { action: "sts:GetServiceBearerToken", reason: secret },
  { action: "s3:GetObject*", reason: data },
  { action: "dynamodb:GetItem", reason: data },
  { action: "dynamodb:BatchGetItem", reason: data },
  { action: "dynamodb:Query", reason: data },
  { action: "dynamodb:Scan", reason: data },
  { action: "dynamodb:PartiQLSelect", reason: data },
  { action: "dynamodb:GetRecords", reason: data },
  { action: "dynamodb:ConditionCheckItem", reason: data },
  { action: "dynamodb:ReadDataForReplication", reason: data },
  { action: "dynamodb:SearchVectors", reason: data },
  { action: "sqs:ReceiveMessage", reason: "reads (and hides) queue messages" },
  { action: "rds:DownloadDBLogFilePortion", reason: data },
  { action: "rds:DownloadCompleteDBLogFile", reason: data },
  { action: "logs:Unmask", reason: "reveals values masked by a data protection policy" },
  { action: "logs:StartLiveTail", reason: "opens a stream, not a bounded read" },
  { action: "lambda:InvokeFunction", reason: "runs code" }
];
function deniedBy(iamAction, params) {
  return DENY_RULES.find((r) => {
    const hit = r.action.endsWith("*") ? iamAction.startsWith(r.action.slice(0, -1)) : iamAction === r.action;
    return hit && (!r.when || r.when(params));
  });
}

const spec = (id, iamPrefix, endpointEnv, clientClass, load) => ({
  id,
  iamPrefix,
  endpointEnv,
  clientClass,
  load
});
const AWS_SERVICES = [
  spec("auto-scaling", "autoscaling", "AUTO_SCALING", "AutoScalingClient", () => import('./dist-es-B-zhbz1t.js')),
  spec("cloudwatch", "cloudwatch", "CLOUDWATCH", "CloudWatchClient", () => import('./dist-es-BLeWcYBr.js')),
  spec("cloudwatch-logs", "logs", "CLOUDWATCH_LOGS", "CloudWatchLogsClient", () => import('./dist-es-CbDp55tD.js')),
  spec("dynamodb", "dynamodb", "DYNAMODB", "DynamoDBClient", () => import('./dist-es-CwjOUeTx.js')),
  spec("ec2", "ec2", "EC2", "EC2Client", () => import('./dist-es-3X3IWsXb.js')),
  spec("ecs", "ecs", "ECS", "ECSClient", () => import('./dist-es-BMnmPITj.js')),
  spec("elasticache", "elasticache", "ELASTICACHE", "ElastiCacheClient", () => import('./dist-es-Diy68zVK.js')),
  spec(
    "elastic-load-balancing-v2",
    "elasticloadbalancing",
    "ELASTIC_LOAD_BALANCING_V2",
    "ElasticLoadBalancingV2Client",
    () => import('./dist-es-meSgFTzD.js')
  ),
  spec("iam", "iam", "IAM", "IAMClient", () => import('./dist-es-6X43vflU.js')),
  spec("lambda", "lambda", "LAMBDA", "LambdaClient", () => import('./dist-es-D5G8qWfw.js')),
  spec("rds", "rds", "RDS", "RDSClient", () => import('./dist-es-DE3BwsjI.js')),
  spec(
    "resource-groups-tagging-api",
    "tag",
    "RESOURCE_GROUPS_TAGGING_API",
    "ResourceGroupsTaggingAPIClient",
    () => import('./dist-es-B1v9u3Bu.js')
  ),
  spec("s3", "s3", "S3", "S3Client", () => import('./dist-es-DojSMSK2.js')),
  spec("sns", "sns", "SNS", "SNSClient", () => import('./dist-es-xhqzbtzC.js')),
  spec("sqs", "sqs", "SQS", "SQSClient", () => import('./dist-es-4-a6ZnP_.js')),
  spec("sts", "sts", "STS", "STSClient", () => import('./dist-es-DYAcXgCZ.js'))
];
const ALIASES = {
  logs: "cloudwatch-logs",
  elbv2: "elastic-load-balancing-v2",
  elasticloadbalancingv2: "elastic-load-balancing-v2",
  elasticloadbalancing: "elastic-load-balancing-v2",
  autoscaling: "auto-scaling",
  tag: "resource-groups-tagging-api",
  tagging: "resource-groups-tagging-api",
  resourcegroupstaggingapi: "resource-groups-tagging-api"
};
function awsService(name) {
  const key = name.trim().toLowerCase().replace(/^@aws-sdk\/client-/, "");
  const id = ALIASES[key] ?? key;
  return AWS_SERVICES.find((s) => s.id === id);
}

const OPERATION_TO_ACTION = {
  s3: {
    ListObjectsV2: "ListBucket",
    ListObjects: "ListBucket",
    HeadBucket: "ListBucket",
    HeadObject: "GetObject",
    ListBuckets: "ListAllMyBuckets",
    ListObjectVersions: "ListBucketVersions",
    ListMultipartUploads: "ListBucketMultipartUploads",
    ListParts: "ListMultipartUploadParts",
    GetBucketEncryption: "GetEncryptionConfiguration",
    GetBucketLifecycleConfiguration: "GetLifecycleConfiguration",
    GetPublicAccessBlock: "GetBucketPublicAccessBlock",
    GetBucketReplication: "GetReplicationConfiguration",
    GetBucketCors: "GetBucketCORS",
    GetBucketNotificationConfiguration: "GetBucketNotification",
    GetObjectLockConfiguration: "GetBucketObjectLockConfiguration",
    GetBucketAccelerateConfiguration: "GetAccelerateConfiguration",
    GetBucketAnalyticsConfiguration: "GetAnalyticsConfiguration",
    GetBucketInventoryConfiguration: "GetInventoryConfiguration",
    GetBucketMetricsConfiguration: "GetMetricsConfiguration",
    GetBucketIntelligentTieringConfiguration: "GetIntelligentTieringConfiguration"
  },
  lambda: {
    // The SDK's dated operation names (e.g. ListFunctions20150331) are not used by v3; GetFunction's
    // code URL is dropped from its result (sanitize.ts).
  }
};
const SERVICES = generated.services;
const LEVEL = /* @__PURE__ */ new Map();
for (const [prefix, levels] of Object.entries(SERVICES)) {
  for (const a of levels.List) LEVEL.set(`${prefix}:${a}`, "List");
  for (const a of levels.Read) LEVEL.set(`${prefix}:${a}`, "Read");
}
function iamActionFor(service, operation) {
  const spec = awsService(service);
  if (!spec) return void 0;
  const op = operation.replace(/Command$/, "");
  return `${spec.iamPrefix}:${OPERATION_TO_ACTION[spec.id]?.[op] ?? op}`;
}
function decideCall(service, operation, params = {}) {
  const spec = awsService(service);
  const iamAction = iamActionFor(service, operation);
  if (!spec || !iamAction) return { allowed: false, reason: `unknown AWS service "${service}"` };
  if (!/^[A-Z][A-Za-z0-9]+$/.test(operation.replace(/Command$/, ""))) {
    return { allowed: false, iamAction, reason: `"${operation}" is not an operation name` };
  }
  const deny = deniedBy(iamAction, params);
  if (deny) return { allowed: false, iamAction, reason: `${iamAction} is refused: it ${deny.reason}` };
  const level = LEVEL.get(iamAction);
  if (!level) return { allowed: false, iamAction, reason: `${iamAction} is not a List or Read action (inframate is read-only)` };
  return { allowed: true, service: spec.id, iamAction, accessLevel: level };
}

const SECRET_KEY = /^(password|masterUserPassword|authToken|secretAccessKey|sessionToken|privateKey|userData|secretString|token)$/i;
const MASK_ENV = redactionMark("env-value");
const MASK_SECRET = redactionMark("secret-field");
function sanitizeResult(value) {
  return walk(value, []);
}
function walk(value, path) {
  if (Array.isArray(value)) {
    const parent = path[path.length - 1] ?? "";
    if (/^environment$/i.test(parent)) {
      return value.map(
        (v) => v && typeof v === "object" && "value" in v ? { ...v, value: MASK_ENV } : walk(v, [...path, "[]"])
      );
    }
    return value.map((v) => walk(v, [...path, "[]"]));
  }
  if (!value || typeof value !== "object") return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "$metadata" || k === "$response") continue;
    const parent = path[path.length - 1] ?? "";
    if (k === "Location" && /^(Code|Content)$/.test(parent)) continue;
    if (k === "Variables" && parent === "Environment" && v && typeof v === "object") {
      out[k] = Object.fromEntries(Object.keys(v).map((name) => [name, MASK_ENV]));
      continue;
    }
    if (SECRET_KEY.test(k) && (typeof v === "string" || typeof v === "number")) {
      out[k] = MASK_SECRET;
      continue;
    }
    out[k] = walk(v, [...path, k]);
  }
  return out;
}
function forModel(value, opts = {}) {
  const maxChars = opts.maxChars ?? 12e3;
  const maxItems = opts.maxItems ?? 50;
  const bounded = boundLists(sanitizeResult(value), maxItems);
  const text = redact(JSON.stringify(bounded, null, 1)).text;
  return text.length > maxChars ? `${text.slice(0, maxChars)}
\u2026 [truncated ${text.length - maxChars} characters]` : text;
}
function boundLists(value, maxItems) {
  if (Array.isArray(value)) {
    const kept = value.slice(0, maxItems).map((v) => boundLists(v, maxItems));
    return value.length > maxItems ? [...kept, `\u2026 ${value.length - maxItems} more`] : kept;
  }
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, boundLists(v, maxItems)]));
}

class AwsDeniedError extends InframateError {
  constructor(reason) {
    super("permission", reason, { code: "denied" });
  }
}
class AwsReader {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  calls = [];
  /** Commands whose not-found answer means "absent" (call's allowNotFound). */
  absentOk = /* @__PURE__ */ new WeakSet();
  /** Commands built by readTerraformState: the only data read let through the guard. */
  permitted = /* @__PURE__ */ new WeakSet();
  clients = /* @__PURE__ */ new Map();
  get region() {
    return this.opts.config.region;
  }
  async call(req, opts = {}) {
    const { spec, operation, params } = this.admit(req);
    const { client, module } = await this.clientFor(spec);
    const Command = module[`${operation}Command`];
    if (typeof Command !== "function") throw this.refuse(req, `${spec.id} has no operation "${operation}"`);
    const command = new Command(params);
    if (opts.allowNotFound) this.absentOk.add(command);
    const out = await client.send(command);
    return out === ABSENT ? void 0 : out;
  }
  /** Every page of a paginated call (the SDK's paginator when the operation has one), at most maxPages. */
  async pages(req) {
    const { spec, operation, params } = this.admit(req);
    const { client, module } = await this.clientFor(spec);
    const paginate = module[`paginate${operation}`];
    if (typeof paginate !== "function") return [await this.call(req)];
    const out = [];
    for await (const page of paginate({ client }, params)) {
      out.push(page);
      if (out.length >= (this.opts.maxPages ?? 20)) break;
    }
    return out;
  }
  /** For the agent's `aws_call` tool: never throws; results sanitized (env values, secrets, code URLs). */
  async tryCall(req) {
    try {
      const data = await this.call(req);
      return { status: "ok", data: sanitizeResult(data) };
    } catch (error) {
      if (error instanceof AwsDeniedError) return { status: "denied", reason: error.message };
      return { status: "error", error: error instanceof InframateError ? error : new InframateError("internal", String(error)) };
    }
  }
  /**
   * The one object read Inframate makes: a Terraform state file the user named (`--state
   * s3://bucket/key.tfstate`), for drift. Any other s3:GetObject stays refused. State holds
   * sensitive values: drift masks them before anything is reported or sent to a model.
   */
  async readTerraformState(bucket, key, maxBytes = 64 * 1024 * 1024) {
    const req = { service: "s3", operation: "GetObject" };
    if (!/\.tfstate$/.test(key))
      throw this.refuse(req, `s3:GetObject is refused: only a Terraform state object (*.tfstate) may be read, not "${key}"`);
    const spec = awsService("s3");
    const { client, module } = await this.clientFor(spec);
    const Command = module.GetObjectCommand;
    const command = new Command({ Bucket: bucket, Key: key });
    this.permitted.add(command);
    const out = await client.send(command);
    if ((out.ContentLength ?? 0) > maxBytes) throw new InframateError("input", `s3://${bucket}/${key} is larger than ${maxBytes} bytes`);
    return await out.Body?.transformToString() ?? "";
  }
  destroy() {
    for (const c of this.clients.values()) void c.then(({ client }) => client.destroy?.()).catch(() => void 0);
    this.clients.clear();
  }
  admit(req) {
    const params = req.params && typeof req.params === "object" && !Array.isArray(req.params) ? req.params : {};
    const operation = String(req.operation ?? "").replace(/Command$/, "");
    const decision = decideCall(String(req.service ?? ""), operation, params);
    if (!decision.allowed) throw this.refuse(req, decision.reason, decision.iamAction);
    return { spec: awsService(decision.service), operation, params };
  }
  refuse(req, reason, iamAction) {
    this.note({ service: String(req.service), operation: String(req.operation), iamAction, status: "denied", reason });
    return new AwsDeniedError(reason);
  }
  note(record) {
    this.calls.push(record);
    this.opts.onCall?.(record);
  }
  clientFor(spec) {
    let entry = this.clients.get(spec.id);
    if (!entry) {
      entry = this.opts.step(`aws.${spec.id}.load-sdk`, () => spec.load(), { dependency: "local" }).then((module) => {
        const Client = module[spec.clientClass];
        const { config } = this.opts;
        const endpoint = config.serviceEndpoints[spec.endpointEnv] ?? config.endpoint;
        const raw = new Client({
          region: config.region,
          // The supervisor owns retries: one attempt per SDK call, each one a step.
          maxAttempts: 1,
          ...endpoint ? { endpoint } : {},
          // A custom endpoint (a proxy, LocalStack, the tests' fake) has no per-bucket host names.
          ...endpoint && spec.id === "s3" ? { forcePathStyle: true } : {}
        });
        this.guard(spec, raw);
        return { client: raw, module };
      });
      this.clients.set(spec.id, entry);
    }
    return entry;
  }
  /** Every send (ours and the SDK paginators') is checked again and runs as a supervisor step. */
  guard(spec, client) {
    const send = client.send.bind(client);
    client.send = async (command, options) => {
      const operation = operationOf(command);
      const params = command?.input ?? {};
      const decision = this.permitted.has(command) ? { allowed: true, service: spec.id, iamAction: "s3:GetObject", accessLevel: "Read" } : decideCall(spec.id, operation, params);
      if (!decision.allowed) throw this.refuse({ service: spec.id, operation }, decision.reason, decision.iamAction);
      try {
        const out = await this.opts.step(
          `aws.${spec.id}.${operation}`,
          ({ signal }) => send(command, { ...options, abortSignal: signal }).catch((e) => {
            if (this.absentOk.has(command) && isNotFound(e)) return ABSENT;
            return Promise.reject(throttlingAware(e));
          }),
          { dependency: `aws:${spec.id}`, timeoutMs: this.opts.timeoutMs ?? 3e4 }
        );
        this.note({ service: spec.id, operation, iamAction: decision.iamAction, status: "ok" });
        return out;
      } catch (error) {
        this.note({ service: spec.id, operation, iamAction: decision.iamAction, status: "error", reason: error.message });
        throw error;
      }
    };
  }
}
const ABSENT = /* @__PURE__ */ Symbol("absent");
function isNotFound(error) {
  const name = String(error?.name ?? "");
  return /NotFound|NoSuch|NonExistent/.test(name) || classify(error).type === "not-found";
}
function operationOf(command) {
  const name = command?.constructor?.name ?? "";
  return name.replace(/\$\d+$/, "").replace(/Command$/, "");
}
function throttlingAware(error) {
  const e = error;
  if (e?.$retryable?.throttling && !/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(e.name ?? "")) {
    return new InframateError("rate-limit", e.message || "throttled by AWS", {
      cause: error,
      code: e.name,
      status: e.$metadata?.httpStatusCode
    });
  }
  return error;
}

export { AwsReader as A, forModel as f };
