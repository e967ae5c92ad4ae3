// The first stage of analyze / auto: what the team states (inframate.md) and what the repository
// shows (profile), merged in one place so that stated values win.
import type { CommandContext } from '../commands/types';
import { notADirectory } from '../core/tree';
import { InputError } from '../supervisor/errors';
import { applyRequirements, loadRequirements } from '../spec';
import { renderRequirementsMarkdown } from '../spec/render';
import type { Requirements } from '../spec/types';
import { profileRepository } from './index';
import { renderProfileMarkdown } from './render';
import type { Profile } from './types';

export async function understandRepository(ctx: CommandContext): Promise<{ requirements: Requirements; profile: Profile }> {
  // A missing path or a file is the user's input error (exit 2), not a permission problem.
  const bad = notADirectory(ctx.settings.dir);
  if (bad) throw new InputError(bad, { file: ctx.settings.dir });
  const requirements = await loadRequirements(ctx);
  const detected = await profileRepository(ctx);
  const profile = await ctx.step('profile.apply-requirements', () => applyRequirements(detected, requirements));
  return { requirements, profile };
}

export function renderUnderstandingMarkdown(r: { requirements: Requirements; profile: Profile }): string[] {
  return [...renderRequirementsMarkdown(r.requirements), ...renderProfileMarkdown(r.profile)];
}
