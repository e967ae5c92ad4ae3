// Security-group rules about one port facing the internet (SSH, RDP, HTTP, databases) share their
// check shape, remediation snippet and examples; each rule keeps its own metadata and message.
import type { CheckFn } from '../../types';
import { coversPort, portText, worldOpenIngress } from './ingress';

/** Ingress from anywhere covering `port`; the message names `service` and the open range. */
export function sgPublicPortCheck(port: number, service: string): CheckFn {
  return (res) =>
    worldOpenIngress(
      res,
      (r) => coversPort(r, port),
      (r) => `${service} is open to the internet (${portText(r)})`,
    );
}

/** An inline ingress block for tcp `port`; `source` is the full source argument (`cidr_blocks = [...]`). */
export function sgIngressSnippet(port: number, source: string): string {
  const [name, value] = source.split(/\s*=\s*/, 2) as [string, string];
  const width = Math.max(name.length, 'from_port'.length);
  const arg = (k: string, v: string) => `  ${k.padEnd(width)} = ${v}`;
  return ['ingress {', arg('from_port', String(port)), arg('to_port', String(port)), arg('protocol', '"tcp"'), arg(name, value), '}'].join(
    '\n',
  );
}

/** Remediation text: `lead` (may be empty) then an ingress block limited to `source`. */
export function sgIngressRemediation(lead: string, port: number, source: string): string {
  return `${lead ? `${lead}\n` : ''}\`\`\`hcl\n${sgIngressSnippet(port, source)}\n\`\`\``;
}

/** An aws_security_group named `name` with one tcp ingress block for `port` from `cidr`. */
export function sgWithIngressExample(name: string, port: number, cidr: string): string {
  const block = sgIngressSnippet(port, `cidr_blocks = ["${cidr}"]`)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  return `resource "aws_security_group" "${name}" {\n${block}\n}`;
}
