// analyze: inframate.md + repository profile → recommendation → Terraform → validation gate.
import { renderUnderstandingMarkdown, understandRepository } from '../profile/stage';
import type { Profile } from '../profile/types';
import type { Requirements } from '../spec/types';
import type { BaseReport, CommandModule } from './types';
import { recommend, type Recommendation } from '../recommend';
import { generateTerraform, type TerraformReport } from '../recommend/generate';
import { renderRecommendationMarkdown } from '../recommend/markdown';
import { gateFindings } from '../recommend/gate';
import { createLlm, type LlmMetrics } from '../llm';
import { renderAdjustmentsMarkdown, renderLlmMarkdown } from '../llm/markdown';
import { refineStage, type RefinedFields } from '../recommend/refine';
import { buildRunContract } from '../runcontract';
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
  async run(ctx) {
    const { requirements, profile } = await understandRepository(ctx);
    const runContract = await ctx.step('runcontract.build', () => buildRunContract(ctx.settings.dir, profile), { dependency: 'fs' });
    const recommendation: Recommendation & RefinedFields = await ctx.step(
      'recommend.rules',
      () => recommend(profile, requirements, runContract),
      { dependency: 'local' },
    );
    // AI refinement (never gates): adjusts the rules' components within the vocabulary, or leaves them.
    const llm = createLlm(ctx.settings.ai, { step: ctx.step, log: ctx.log });
    await refineStage(ctx, llm, { profile, requirements, recommendation });
    const terraform = await generateTerraform(ctx, { requirements, recommendation, profile, runContract });
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
  },
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

export default analyze;
