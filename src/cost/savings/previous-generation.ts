// Previous-generation families cost more than their current-generation successor of the same size.
import { familyMove } from './instance-families';

export const previousGeneration = familyMove(
  'cost-previous-generation',
  'Move previous-generation instances to the current generation',
  (f) => (f.previousGeneration ? f.successor : undefined),
  (from, to) => `${from} is a previous-generation type; ${to} is current generation and costs less`,
);
