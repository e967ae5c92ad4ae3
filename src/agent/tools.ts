// The model's two tools, exactly as contracts §3.10 names them. The zod schemas validate what the
// model sends back; the JSON schemas are what each provider is offered.
import { z } from 'zod';
import type { ToolSpec } from '../llm/types';

export const awsCallArgs = z.object({
  service: z.string().min(1).max(64),
  operation: z.string().min(1).max(128),
  params: z.record(z.string(), z.unknown()).default({}),
  /** Optional: why the model wants this call (kept in the trace). */
  purpose: z.string().max(500).optional(),
});

export const finishArgs = z.object({
  rootCause: z.string().min(1).max(2000),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string().max(40)).max(50),
  recommendations: z.array(z.string().max(1000)).max(20),
});

export type AwsCallArgs = z.infer<typeof awsCallArgs>;
export type FinishArgs = z.infer<typeof finishArgs>;

export const AGENT_TOOLS: ToolSpec[] = [
  {
    name: 'aws_call',
    description:
      'Run one read-only AWS API call (List/Describe/Get) through the AWS SDK for JavaScript v3 and see its result. Anything that changes resources or reads secrets or data is refused.',
    parameters: {
      type: 'object',
      properties: {
        service: {
          type: 'string',
          description:
            'SDK v3 client name, e.g. "ecs", "cloudwatch-logs", "elastic-load-balancing-v2", "rds", "lambda", "ec2", "cloudwatch"',
        },
        operation: { type: 'string', description: 'API operation name, e.g. "DescribeServices"' },
        params: { type: 'object', description: 'The operation input, as in the SDK (e.g. {"cluster": "prod", "services": ["orders"]})' },
      },
      required: ['service', 'operation', 'params'],
    },
  },
  {
    name: 'finish',
    description: 'Give the answer when the evidence supports it (or when nothing more can be learned).',
    parameters: {
      type: 'object',
      properties: {
        rootCause: { type: 'string', description: 'The root cause, one or two sentences' },
        confidence: { type: 'number', description: 'From 0 to 1' },
        evidence: {
          type: 'array',
          items: { type: 'string' },
          description: 'Ids of the discoveries (d1, d2…) or actions (a1…) that support the answer',
        },
        recommendations: { type: 'array', items: { type: 'string' }, description: 'What a person should do, in order' },
      },
      required: ['rootCause', 'confidence', 'evidence', 'recommendations'],
    },
  },
];
