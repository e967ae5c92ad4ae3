export { ALLOWLIST_SOURCE, allowListedActions, decideCall, iamActionFor, OPERATION_TO_ACTION } from './allowlist';
export { AwsDeniedError, AwsReader, type AwsCall, type AwsCallRecord, type AwsCallResult, type AwsReaderOptions } from './client';
export { awsConfigFrom, type AwsConfig } from './config';
export { DENY_RULES } from './denylist';
export { forModel, sanitizeResult } from './sanitize';
export { AWS_SERVICES, awsService } from './services';
