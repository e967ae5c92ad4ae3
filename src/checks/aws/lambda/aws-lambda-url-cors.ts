import { defineRule } from '../../types';
import { blocks, read, strings } from '../../values';

export default defineRule({
  id: 'aws-lambda-url-cors',
  title: 'Lambda function URLs do not allow every origin with every method',
  severity: 'medium',
  aliases: ['CKV2_AWS_75'],
  resourceTypes: ['aws_lambda_function'],
  description:
    'A function URL whose CORS configuration allows origin "*" and method "*" can be called from scripts on any web site, with any verb. ' +
    'List the origins (and methods) that need it.',
  remediation: `\`\`\`hcl
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["GET", "POST"]
  }
}
\`\`\``,
  check: (fn, ctx) => {
    const { found } = ctx.linked(fn, 'aws_lambda_function_url', 'function_name', ['function_name']);
    for (const url of found) {
      // A URL naming another function by reference is not this one's, even when the names are equal.
      const named = /aws_lambda_function\.([\w-]+)/.exec(url.expressions?.function_name ?? '');
      if (named && named[1] !== fn.name) continue;
      for (const c of blocks(url.attributes.cors) ?? []) {
        const origins = strings(read(c, 'allow_origins'));
        const methods = strings(read(c, 'allow_methods'));
        if (origins?.includes('*') && methods?.includes('*'))
          return { message: `The function URL ${url.address} allows every origin with every method (CORS "*")` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "app.zip"
}
resource "aws_lambda_function_url" "u" {
  function_name      = aws_lambda_function.f.function_name
  authorization_type = "AWS_IAM"
  cors {
    allow_origins = ["https://app.example.com"]
    allow_methods = ["*"]
  }
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "app.zip"
}
resource "aws_lambda_function_url" "u" {
  function_name      = aws_lambda_function.f.function_name
  authorization_type = "NONE"
  cors {
    allow_origins = ["*"]
    allow_methods = ["*"]
  }
}`,
    ],
  },
});
