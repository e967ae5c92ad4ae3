// Shared helpers: render a recommendation into a module, in memory.
import { recommend } from '../../src/recommend';
import type { Profile } from '../../src/profile/types';
import type { Requirements } from '../../src/spec/types';
import { renderModule } from '../../src/terraform/render';

export function renderFor(profile: Profile, req: Requirements, root?: string) {
  const rec = recommend(profile, req);
  return renderModule(
    {
      project: 'shop',
      environment: req.environment,
      region: req.region,
      tags: req.tags,
      components: rec.components,
      serviceDatastores: rec.serviceDatastores,
      notes: rec.notes,
    },
    root,
  );
}
