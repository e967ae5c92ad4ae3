// Terraform expressions Inframate builds itself (references to generated resources and module
// instances), checked before they are written: anything else is refused, so no repository text can
// become an expression.
import type { EnvVar } from '../recommend/catalog';
import { escapeHclStringBody, hclString } from './hcl-escape';

/**
 * A reference we generate: identifiers, dots, [n], [*], and module instance keys ["name"] made of
 * letters, digits, `_`, `-`, `.` and `>` (a caller>callee pair). Anything else is refused.
 */
const REFERENCE = /^[a-z_][a-z0-9_-]*(?:\.[a-z_][a-z0-9_-]*|\[\d+\]|\[\*\]|\["[a-z0-9_.>-]+"\])*$/i;
/** Quoted interpolations we generate (outputs): "https://${aws_lb.x.dns_name}". */
const QUOTED_REFERENCE = /^"[a-z:/.-]*\$\{[a-z_][a-z0-9_.\-[\]*]*\}"$/i;

export function expr(value: unknown): string {
  const s = String(value);
  if (REFERENCE.test(s) || QUOTED_REFERENCE.test(s)) return s;
  throw new Error(`refusing to insert ${JSON.stringify(s)} as a Terraform expression`);
}

/** The value of a container variable: a literal, a reference, or a quoted mix of text and references. */
export function envValue(e: EnvVar): string {
  if (e.parts) return `"${e.parts.map((x) => ('ref' in x ? `\${${expr(x.ref)}}` : escapeHclStringBody(x.text))).join('')}"`;
  return e.ref ? expr(e.ref) : hclString(e.value ?? '');
}

/** An IAM resource: a reference, or a reference followed by a literal suffix ("/*"). */
export function resourceArn(r: { ref: string; suffix?: string }): string {
  return r.suffix ? `"\${${expr(r.ref)}}${escapeHclStringBody(r.suffix)}"` : expr(r.ref);
}

/** The address of one instance of the ECS service module (for_each key: the unit's name). */
export const ecsServiceModule = (key: string) => `module.ecs_service[${hclString(key)}]`;
/** One image repository of the ECR map (for_each key: the unit that builds the image). */
export const ecrRepository = (key: string) => `aws_ecr_repository.unit[${hclString(key)}]`;
