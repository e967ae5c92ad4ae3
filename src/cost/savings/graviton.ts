// Graviton (arm64) families are cheaper than their x86 equivalents of the same size.
import { familyMove, MANAGED_ENGINES } from './instance-families';

export const graviton = familyMove(
  'cost-graviton',
  'Use the Graviton (arm64) equivalent',
  (f) => (f.previousGeneration ? undefined : f.gravitonEquivalent),
  (from, to, type) =>
    MANAGED_ENGINES.has(type)
      ? `${from} has a Graviton equivalent ${to} at a lower price (managed engine: no application change)`
      : `${from} has a Graviton equivalent ${to} at a lower price (needs arm64 images/binaries)`,
);
