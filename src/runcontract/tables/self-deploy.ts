// Repositories that deploy themselves: their own infrastructure-as-code tool creates the cloud
// resources, so Inframate reports it and generates nothing that would conflict.
export const SELF_DEPLOY: readonly { tool: string; file: RegExp; contains?: RegExp }[] = [
  { tool: 'SST', file: /(^|\/)sst\.config\.[cm]?[jt]s$|(^|\/)sst\.json$/ },
  { tool: 'Serverless Framework', file: /(^|\/)serverless\.(ya?ml|json|[jt]s)$/ },
  { tool: 'AWS SAM', file: /(^|\/)(template|sam)\.ya?ml$/, contains: /AWS::Serverless/ },
  { tool: 'AWS CDK', file: /(^|\/)cdk\.json$/ },
  { tool: 'AWS Amplify', file: /(^|\/)amplify\.ya?ml$|(^|\/)amplify\/backend\/backend-config\.json$|(^|\/)amplify\/backend\.ts$/ },
];
