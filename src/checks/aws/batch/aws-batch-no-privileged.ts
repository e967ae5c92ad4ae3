import { isUnknown } from '../../../terraform/model';
import { defineRule } from '../../types';
import { isObject } from '../../values';

/** container_properties as an object: a JSON string (heredoc, jsonencode) or an object; undefined when unknown or unreadable. */
function containerProperties(v: unknown): Record<string, unknown> | undefined {
  if (v === undefined || v === null || isUnknown(v)) return undefined;
  if (typeof v === 'string') {
    try {
      const parsed: unknown = JSON.parse(v);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return isObject(v) ? (v as Record<string, unknown>) : undefined;
}

export default defineRule({
  id: 'aws-batch-no-privileged',
  title: 'Batch job definitions do not run privileged containers',
  severity: 'high',
  aliases: ['CKV_AWS_210'],
  resourceTypes: ['aws_batch_job_definition'],
  description:
    'A privileged container has root access to the host: a compromised job can escape to the instance and to every other job on it.',
  remediation: `\`\`\`hcl
container_properties = jsonencode({
  image      = "app:1.0"
  privileged = false
  # …
})
\`\`\``,
  check: (res) => {
    const props = containerProperties(res.attributes.container_properties);
    if (!props) return;
    const p = props.privileged;
    if (p === true || p === 'true')
      return { attribute: 'container_properties', message: 'The job runs a privileged container (privileged = true)' };
  },
  examples: {
    good: [
      `resource "aws_batch_job_definition" "j" {
  name = "job"
  type = "container"
  container_properties = jsonencode({
    image   = "busybox"
    command = ["ls"]
  })
}`,
    ],
    bad: [
      `resource "aws_batch_job_definition" "j" {
  name = "job"
  type = "container"
  container_properties = jsonencode({
    image      = "busybox"
    privileged = true
  })
}`,
      `resource "aws_batch_job_definition" "j" {
  name                 = "job"
  type                 = "container"
  container_properties = <<JSON
{"image": "busybox", "privileged": true}
JSON
}`,
    ],
  },
});
