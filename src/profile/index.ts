import type { CommandContext } from '../commands/types';
import type { Profile } from './types';

// Initial version: an empty profile. The repository profiler replaces this.
export async function profileRepository(_ctx: CommandContext): Promise<Profile> {
  return {
    languages: [],
    frameworks: [],
    datastores: [],
    packageManagers: [],
    services: [],
    docker: { dockerfiles: [], compose: [] },
    iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
    warnings: [],
  };
}
