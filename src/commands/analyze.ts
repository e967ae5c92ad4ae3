// analyze: inframate.md + repository profile → recommendation → Terraform → validation gate.
import { profileRepository } from '../profile';
import type { Profile } from '../profile/types';
import { loadRequirements } from '../spec';
import type { Requirements } from '../spec/types';
import type { BaseReport, CommandModule } from './types';

export interface AnalyzeReport extends BaseReport {
  command: 'analyze';
  requirements: Requirements;
  profile: Profile;
}

const analyze: CommandModule<AnalyzeReport> = {
  name: 'analyze',
  usage: 'analyze [DIR] [--spec FILE] [--out DIR] [--force] [--dry-run]',
  summary: 'read inframate.md, profile the repository, recommend an AWS architecture, generate and validate Terraform',
  available: true,
  formats: ['markdown', 'json'],
  async run(ctx) {
    const requirements = await loadRequirements(ctx);
    const profile = await profileRepository(ctx);
    return {
      schemaVersion: 1,
      command: 'analyze',
      requirements,
      profile,
      errors: ctx.supervisor.report(),
    };
  },
  renderMarkdown(r) {
    const lines = [`# Inframate analysis`, '', `Languages: ${r.profile.languages.map((l) => l.name).join(', ') || 'none detected'}`];
    return lines.join('\n') + '\n';
  },
};

export default analyze;
