// The generation stages of analyze after the recommendation: render the templates, run the
// validation gate, price the module per component, and write it (only when it passed the gate).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CommandContext } from '../commands/types';
import { estimateCosts } from '../cost/engine';
import type { CostEstimate } from '../cost/types';
import type { Requirements } from '../spec/types';
import type { RunContract } from '../runcontract/types';
import { awsName } from '../terraform/hcl-escape';
import { renderModule } from '../terraform/render';
import { readProviderSchemaFile } from '../terraform/schema/from-terraform';
import { loadProviderSchema, schemaLabel, validateModule, type ModuleValidation } from '../terraform/validate';
import { checkOutDir, readManifest, writeModule } from '../terraform/write';
import { CATALOG } from './catalog';
import { mermaidDiagram } from './diagram';
import type { Recommendation } from './index';
import type { Profile } from '../profile/types';
import { deployWorkflow } from './workflow';

export interface TerraformReport {
  /** Output directory, relative to the analyzed directory when inside it. */
  dir: string;
  /** Files of the module (written, or that would be written with --dry-run). */
  files: string[];
  written: boolean;
  dryRun: boolean;
  overwritten: string[];
  /** Terraform files generated before that the module no longer has (removed with --force). */
  removed: string[];
  /** Why nothing was written, when nothing was. */
  notWrittenReason?: string;
  validation: Omit<ModuleValidation, 'passed'> & { passed: boolean };
  mermaid: string;
  cost: { currency: 'USD'; priceDate: string | null; region: string; source: string; unpriced: string[]; usageBased: string[] };
}

/**
 * The module a --dry-run generated and did not write (path → text, outDir its would-be root), kept beside
 * the report object it belongs to so `auto --dry-run` can scan it in memory; never serialised.
 */
export const unwrittenModules = new WeakMap<TerraformReport, { outDir: string; files: Map<string, string> }>();

export async function generateTerraform(
  ctx: CommandContext,
  input: { requirements: Requirements; recommendation: Recommendation; profile?: Profile; runContract?: RunContract },
): Promise<TerraformReport> {
  const { settings } = ctx;
  const { requirements: req, recommendation: rec } = input;
  const project = awsName(req.appName ?? (settings.dir.split(/[\\/]/).pop() || 'app'), 20);
  const schema = await ctx.step(
    'terraform.schema',
    () => (settings.providerSchema ? readProviderSchemaFile(settings.providerSchema) : loadProviderSchema()),
    { dependency: 'fs' },
  );
  const mermaid = mermaidDiagram(rec.components, rec.serviceDatastores);
  // A module Inframate generated before in the one-file-per-component layout (api-service.tf):
  // the new root moves its state (moved.tf) and --force removes the old files.
  // Only from an output directory the write would accept (no symbolic link out of the repository).
  const previous = outDirAccepted(settings.out, settings.dir) ? readManifest(settings.out) : new Set<string>();
  // moved.tf stays while it is there (every environment may not have applied it yet).
  const movedFromFileLayout =
    [...previous].some((f) => /^[^/]+-(service|ecr)\.tf$/.test(f)) ||
    (previous.has('moved.tf') && existsSync(join(settings.out, 'moved.tf')));
  const base = {
    movedFromFileLayout,
    project,
    environment: req.environment,
    region: req.region,
    tags: req.tags,
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
    notes: rec.notes,
    mermaid,
    schemaLabel: schemaLabel(schema),
  };

  // First render to price the resources, then render again so the README carries the costs.
  const first = await ctx.step('terraform.render', () => renderModule(base), { dependency: 'local' });
  const outDir = settings.out;
  const validated = await ctx.step(
    'terraform.validate',
    () => validateModule(outDir, first.files, { schema, contract: input.runContract, enforceContract: true }),
    { dependency: 'local' },
  );
  const { loaded, ...validation } = validated;

  const costs = await ctx.step(
    'cost.estimate',
    () => {
      const estimate = estimateCosts(loaded, { region: req.region });
      // Per component: its module instance, its entry of a for_each map, else its own file.
      const byComponent = new Map<number, number | null>();
      for (const r of estimate.resources) {
        const i = componentOf(first.componentFiles, r);
        if (i < 0) continue;
        const prev = byComponent.get(i);
        byComponent.set(i, r.monthlyCost === null ? (prev ?? null) : (prev ?? 0) + r.monthlyCost);
      }
      return { estimate, byComponent };
    },
    { dependency: 'local', fallback: () => null, strategy: 'report costs as unknown' },
  );
  rec.costs = first.componentFiles.map((p, i) => ({
    kind: p.component.kind,
    service: p.component.service,
    monthlyCost: costs ? round(costs.byComponent.get(i) ?? 0) : null,
  }));
  rec.components.forEach((c, i) => (c.monthlyCost = rec.costs![i]!.monthlyCost));
  rec.estimatedMonthlyCost = costs ? round([...costs.byComponent.values()].reduce<number>((s, v) => s + (v ?? 0), 0)) : null;

  if (rec.estimatedMonthlyCost !== null && req.budgetMonthly !== undefined && rec.estimatedMonthlyCost > req.budgetMonthly) {
    rec.notes.push(
      `The estimate ($${rec.estimatedMonthlyCost.toFixed(2)}/month before usage charges) exceeds the budget of $${req.budgetMonthly}/month in inframate.md: ` +
        'consider a single NAT gateway, smaller instance classes, or Lambda for low-traffic services.',
    );
  }

  let deployFiles = new Map<string, string>();
  const dirLabel =
    relative(settings.dir, outDir) && !relative(settings.dir, outDir).startsWith('..') ? relative(settings.dir, outDir) : outDir;
  // The deploy path: a GitHub Actions workflow (and Dockerfiles for units without one).
  const deploy = rec.components.find((c) => c.kind === 'github-deploy');
  if (deploy?.kind === 'github-deploy') {
    const workflow = deployWorkflow({
      namePrefix: `${project}-${req.environment}`,
      region: req.region,
      branch: deploy.parameters.branch,
      components: rec.components,
      profile: input.profile ?? NO_PROFILE,
      outDir: dirLabel.split('\\').join('/').startsWith('/') ? '.' : dirLabel.split('\\').join('/'),
    });
    deployFiles = workflow.files;
    rec.notes.push(...workflow.notes);
  }

  const final = await ctx.step(
    'terraform.render-readme',
    () =>
      renderModule(
        {
          ...base,
          notes: rec.notes,
          costs: first.componentFiles.map((p, i) => ({
            label: `${CATALOG[p.component.kind].label}${p.component.service ? ` (${p.component.service})` : ''}`,
            monthly: rec.costs![i]!.monthlyCost,
          })),
          costNote: costs
            ? `On-demand prices for ${req.region} dated ${costs.estimate.priceDate}; usage-based charges (requests, data transfer, storage growth) are not included unless a usage file is given to inframate optimize.` +
              unknownCharges(costs.estimate)
            : 'Costs could not be estimated in this run.',
        },
        undefined,
        (f) => f === 'README.md',
      ),
    { dependency: 'local' },
  );
  // Write the .tf files the gate validated; only the README changes in the second render.
  const files = new Map(first.files).set('README.md', final.files.get('README.md') ?? '');
  for (const [f, text] of deployFiles) files.set(f, text);

  let write: { files: string[]; overwritten: string[]; removed: string[]; dryRun: boolean } = {
    files: [...files.keys()],
    overwritten: [],
    removed: [],
    dryRun: settings.dryRun,
  };
  let notWrittenReason: string | undefined;
  if (!validation.passed) {
    notWrittenReason = 'the module failed the validation gate';
  } else if (settings.dryRun) {
    checkOutDir(outDir, settings.dir);
    notWrittenReason = '--dry-run';
  } else {
    write = await ctx.step(
      'terraform.write',
      () => writeModule(outDir, files, { force: settings.force, dryRun: false, root: settings.dir }),
      {
        dependency: 'fs',
      },
    );
  }
  const report: TerraformReport = {
    dir: dirLabel.split('\\').join('/'),
    files: write.files,
    written: notWrittenReason === undefined,
    dryRun: settings.dryRun,
    overwritten: write.overwritten,
    removed: write.removed,
    notWrittenReason,
    validation,
    mermaid,
    cost: {
      currency: 'USD',
      priceDate: costs?.estimate.priceDate ?? null,
      region: req.region,
      source: 'bundled price table (src/cost/prices)',
      unpriced: costs?.estimate.unpriced ?? [],
      usageBased: costs?.estimate.usageMissing ?? [],
    },
  };
  if (settings.dryRun && validation.passed) unwrittenModules.set(report, { outDir, files });
  return report;
}

/**
 * The component a priced resource belongs to: the one whose module instance holds it
 * (module.ecs_service["api"]), whose for_each key it has in that component's file (the ECR map),
 * else the first component of its file. -1: none (a file no component wrote).
 */
function componentOf(
  components: { file: string; module?: string; key?: string }[],
  r: { file: string; modulePath: string; address: string },
): number {
  if (r.modulePath) {
    const i = components.findIndex(
      (c) =>
        c.module !== undefined &&
        (r.modulePath === c.module || r.modulePath.startsWith(`${c.module}.`) || r.modulePath.startsWith(`${c.module}[`)),
    );
    if (i >= 0) return i;
  }
  const keyed = components.findIndex((c) => c.key !== undefined && c.file === r.file && r.address.endsWith(`[${JSON.stringify(c.key)}]`));
  if (keyed >= 0) return keyed;
  return components.findIndex((c) => c.file === r.file && c.module === undefined && c.key === undefined);
}

/**
 * Always-on charges the price table has no figure for (licence-included SQL Server instance hours):
 * their component's figure above is only what could be priced, so the README says which are missing.
 */
function unknownCharges(estimate: CostEstimate): string {
  const missing = estimate.resources.flatMap((r) =>
    r.components
      .filter((c) => c.monthlyCost === null && !c.usageBased)
      .map((c) => `${r.address} (${c.name}${c.note ? `: ${c.note}` : ''})`),
  );
  return missing.length ? ` Not included, no price in the bundled table: ${missing.join('; ')}.` : '';
}

const round = (n: number) => Math.round(n * 100) / 100;

/** When generation runs without a profile (tests, refinement): image recipes come from the wiring alone. */
const NO_PROFILE: Profile = {
  languages: [],
  frameworks: [],
  datastores: [],
  packageManagers: [],
  services: [],
  docker: { dockerfiles: [], compose: [] },
  iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
  warnings: [],
};

function outDirAccepted(outDir: string, root: string): boolean {
  try {
    checkOutDir(outDir, root);
    return true;
  } catch {
    return false;
  }
}
