// analyze: inframate.md + repository profile → recommendation → Terraform → validation gate.
import { renderUnderstandingMarkdown, understandRepository } from '../profile/stage';
import type { Profile } from '../profile/types';
import type { Requirements } from '../spec/types';
import type { BaseReport, CommandContext, CommandModule } from './types';
import { recommend, type Recommendation } from '../recommend';
import { generateTerraform, type TerraformReport } from '../recommend/generate';
import { renderRecommendationMarkdown } from '../recommend/markdown';
import { gateFindings } from '../recommend/gate';
import { createLlm, type LlmMetrics } from '../llm';
import { renderAdjustmentsMarkdown, renderLlmMarkdown } from '../llm/markdown';
import { refineStage, type RefinedFields } from '../recommend/refine';
import { buildRunContract } from '../runcontract';
import { shareWalks } from '../profile/walk';
import type { RunContract } from '../runcontract/types';
import { renderDeployabilityMarkdown, renderRunContractMarkdown } from '../runcontract/markdown';

export interface AnalyzeReport extends BaseReport {
  command: 'analyze';
  requirements: Requirements;
  profile: Profile;
  recommendation: Recommendation & RefinedFields;
  terraform: TerraformReport;
  /** What each unit needs to start and serve (docs/run-contract.md). */
  runContract: RunContract;
  llm: LlmMetrics;
}

const analyze: CommandModule<AnalyzeReport> = {
  name: 'analyze',
  usage: 'analyze [DIR] [--spec FILE] [--out DIR] [--force] [--dry-run]',
  summary: 'read inframate.md, profile the repository, recommend an AWS architecture, generate and validate Terraform',
  available: true,
  formats: ['markdown', 'json'],
  run: (ctx) => runAnalyze(ctx),
  renderMarkdown(r) {
    const lines = [`# Inframate analysis`, '', ...renderUnderstandingMarkdown(r)];
    lines.push('', ...renderRunContractMarkdown(r.runContract));
    lines.push('', ...renderRecommendationMarkdown(r.recommendation, r.terraform));
    lines.push('', ...renderDeployabilityMarkdown(r.terraform.validation.deployability));
    lines.push(...renderAdjustmentsMarkdown(r.recommendation.adjustments, r.recommendation.aiSummary), ...renderLlmMarkdown(r.llm));
    return lines.join('\n') + '\n';
  },
  // A module failing the gate exits 1 (gate failures count as critical findings; see docs/analyze.md).
  findings: (r) => gateFindings(r.terraform),
};

/** `detected`: the repository profile when the caller already made it (auto). */
export async function runAnalyze(ctx: CommandContext, detected?: Profile): Promise<AnalyzeReport> {
  const { log, settings } = ctx;
  log.info(`analyze: reading ${settings.dir} (requirements, repository profile)`);
  // The profile and the run contract read the same tree: it is walked once (shareWalks).
  const { requirements, profile, runContract } = await shareWalks(async () => {
    const understood = await understandRepository(ctx, detected);
    log.info(
      `analyze: ${understood.profile.services.length} service(s) found; requirements from ${understood.requirements.source === 'defaults' ? 'defaults (no inframate.md)' : understood.requirements.source}`,
    );
    const contract = await ctx.step('runcontract.build', () => buildRunContract(ctx.settings.dir, understood.profile), {
      dependency: 'fs',
    });
    return { ...understood, runContract: contract };
  });
  log.info(
    `analyze: run contract: ${runContract.units.filter((u) => u.deployed).length} deployable unit(s), ${runContract.excluded.length} left out`,
  );
  const recommendation: Recommendation & RefinedFields = await ctx.step(
    'recommend.rules',
    () => recommend(profile, requirements, runContract),
    { dependency: 'local' },
  );
  // AI refinement (never gates): adjusts the rules' components within the vocabulary, or leaves them.
  const llm = createLlm(ctx.settings.ai, { step: ctx.step, log: ctx.log });
  log.info(`analyze: recommended ${recommendation.components.length} component(s)${llm.enabled ? '; asking the LLM to refine' : ''}`);
  await refineStage(ctx, llm, { profile, requirements, recommendation, runContract });
  log.info(`analyze: generating and validating Terraform${settings.dryRun ? ' (dry run: nothing written)' : ` in ${settings.out}`}`);
  const terraform = await generateTerraform(ctx, { requirements, recommendation, profile, runContract });
  log.info(`analyze: ${terraform.files?.length ?? 0} Terraform file(s)${terraform.dir ? ` in ${terraform.dir}` : ''}`);
  return {
    schemaVersion: 1,
    command: 'analyze',
    requirements,
    profile,
    recommendation,
    terraform,
    runContract,
    llm: llm.metrics(),
    errors: ctx.supervisor.report(),
  };
}

export default analyze;
