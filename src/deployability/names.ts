// AWS naming rules, as data: which argument of which resource, its length and its pattern.
import type { DeployabilityRule } from './types';
import { str } from './containers';

export interface NameConstraint {
  type: string;
  attribute: string;
  max: number;
  min?: number;
  pattern: RegExp;
  /** What the pattern says, for the message. */
  rule: string;
}

export function nameRule(
  id: string,
  title: string,
  description: string,
  constraints: readonly NameConstraint[],
  examples: DeployabilityRule['examples'],
): DeployabilityRule {
  return {
    id,
    title,
    description,
    check: ({ byType }) =>
      constraints.flatMap((c) =>
        byType(c.type).flatMap((at) => {
          const v = str(at.attributes[c.attribute]);
          if (v === undefined) return [];
          const problems: string[] = [];
          if (v.length > c.max) problems.push(`${v.length} characters (at most ${c.max})`);
          if (c.min !== undefined && v.length < c.min) problems.push(`${v.length} characters (at least ${c.min})`);
          if (!c.pattern.test(v)) problems.push(c.rule);
          return problems.length ? [{ at, resource: at.address, message: `${c.attribute} "${v}": ${problems.join('; ')}` }] : [];
        }),
      ),
    examples,
  };
}
