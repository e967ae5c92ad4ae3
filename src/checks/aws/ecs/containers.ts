// Container definitions of an aws_ecs_task_definition: a JSON string (jsonencode, file, heredoc).
// When jsonencode could not be evaluated as a whole, its literal structure is used instead.
import { isUnknown, type TfResource } from '../../../terraform/model';
import { staticJsonencode } from '../../static-json';

export type Container = Record<string, unknown>;

export function containerDefinitions(res: TfResource): Container[] | undefined {
  let value: unknown = res.attributes.container_definitions;
  if (value === undefined || value === null) return [];
  // Evaluated with its unknown parts in place (also through merge() and for expressions, as in a
  // module), else the literal structure of the expression.
  if (isUnknown(value)) value = res.documents?.container_definitions ?? staticJsonencode(res.expressions?.container_definitions);
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(value)) return undefined;
  return value.filter((c): c is Container => typeof c === 'object' && c !== null && !Array.isArray(c));
}

export const nameOf = (c: Container): string => (typeof c.name === 'string' ? c.name : 'a container');
