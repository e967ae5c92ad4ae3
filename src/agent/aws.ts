// The agent's view of the shared read-only AWS layer (src/aws): its tryCall mapped onto AwsCaller.
import type { Settings } from '../settings';
import type { RunStep } from '../supervisor/step';
import type { AwsCaller } from './types';

export function createAwsCaller(_settings: Settings, _step: RunStep): AwsCaller {
  // Placeholder until the shared AWS layer lands (branch drift): every call is refused, nothing is sent.
  return { call: async () => ({ status: 'denied', reason: 'the read-only AWS layer is not available in this build' }) };
}
