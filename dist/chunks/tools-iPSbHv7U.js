import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { o as object, a as array, s as string, n as number, r as record, u as unknown } from './schemas-CUcVUsYh.js';

const awsCallArgs = object({
  service: string().min(1).max(64),
  operation: string().min(1).max(128),
  params: record(string(), unknown()).default({}),
  /** Optional: why the model wants this call (kept in the trace). */
  purpose: string().max(500).optional()
});
const finishArgs = object({
  rootCause: string().min(1).max(2e3),
  confidence: number().min(0).max(1),
  evidence: array(string().max(40)).max(50),
  recommendations: array(string().max(1e3)).max(20)
});
const AGENT_TOOLS = [
  {
    name: "aws_call",
    description: "Run one read-only AWS API call (List/Describe/Get) through the AWS SDK for JavaScript v3 and see its result. Anything that changes resources or reads secrets or data is refused.",
    parameters: {
      type: "object",
      properties: {
        service: {
          type: "string",
          description: 'SDK v3 client name, e.g. "ecs", "cloudwatch-logs", "elastic-load-balancing-v2", "rds", "lambda", "ec2", "cloudwatch"'
        },
        operation: { type: "string", description: 'API operation name, e.g. "DescribeServices"' },
        params: { type: "object", description: 'The operation input, as in the SDK (e.g. {"cluster": "prod", "services": ["orders"]})' }
      },
      required: ["service", "operation", "params"]
    }
  },
  {
    name: "finish",
    description: "Give the answer when the evidence supports it (or when nothing more can be learned).",
    parameters: {
      type: "object",
      properties: {
        rootCause: { type: "string", description: "The root cause, one or two sentences" },
        confidence: { type: "number", description: "From 0 to 1" },
        evidence: {
          type: "array",
          items: { type: "string" },
          description: "Ids of the discoveries (d1, d2\u2026) or actions (a1\u2026) that support the answer"
        },
        recommendations: { type: "array", items: { type: "string" }, description: "What a person should do, in order" }
      },
      required: ["rootCause", "confidence", "evidence", "recommendations"]
    }
  }
];

export { AGENT_TOOLS as A, awsCallArgs as a, finishArgs as f };
