import { defineRule } from '../../types';
import { str } from '../../values';

/** Runtimes AWS has deprecated (no more security patches). Data, updated as AWS retires runtimes. */
const DEPRECATED = new Set([
  'nodejs',
  'nodejs4.3',
  'nodejs4.3-edge',
  'nodejs6.10',
  'nodejs8.10',
  'nodejs10.x',
  'nodejs12.x',
  'nodejs14.x',
  'nodejs16.x',
  'nodejs18.x',
  'python2.7',
  'python3.6',
  'python3.7',
  'python3.8',
  'ruby2.5',
  'ruby2.7',
  'ruby3.2',
  'java8',
  'dotnetcore1.0',
  'dotnetcore2.0',
  'dotnetcore2.1',
  'dotnetcore3.1',
  'dotnet5.0',
  'dotnet6',
  'dotnet7',
  'go1.x',
  'provided',
]);

export default defineRule({
  id: 'aws-lambda-supported-runtime',
  title: 'Lambda function uses a supported runtime',
  severity: 'medium',
  aliases: ['CKV_AWS_363'],
  resourceTypes: ['aws_lambda_function'],
  description: 'Deprecated runtimes no longer receive security patches, and AWS eventually blocks updates to functions that use them.',
  remediation: `\`\`\`hcl
runtime = "nodejs22.x"
\`\`\``,
  check: (res) => {
    const r = str(res.attributes.runtime);
    if (r !== undefined && DEPRECATED.has(r)) return { attribute: 'runtime', message: `Runtime ${r} is deprecated` };
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  runtime       = "python3.13"
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  runtime       = "python3.7"
}`,
    ],
  },
});
