import type { CommandContext } from '../commands/types';
import type { Requirements } from './types';

// Initial version: defaults only. The inframate.md parser replaces this.
export async function loadRequirements(ctx: CommandContext): Promise<Requirements> {
  return {
    source: 'defaults',
    environment: 'dev',
    environments: ['dev'],
    region: ctx.settings.region ?? 'us-east-1',
    availability: 'standard',
    compliance: [],
    tags: {},
    services: [],
    notes: [],
    warnings: [],
  };
}
