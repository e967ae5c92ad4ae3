// inframate drift: read the inputs (plan JSON, state, plan log; optional live scan through the
// read-only AWS layer), turn them into scored drift items, and build the recovery plan.
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { AwsReader } from '../aws/client';
import type { CommandContext } from '../commands/types';
import { SEVERITIES } from '../core/types';
import { createLlm } from '../llm';
import { InframateError, InputError } from '../supervisor/errors';
import { emptyErrorReport } from '../supervisor/report';
import { loadTerraform } from '../terraform/load';
import type { LoadedTerraform } from '../terraform/model';
import { explainDrift } from './explain';
import { parseDriftInput, type DriftInput } from './inputs';
import { liveScan } from './live';
import { driftFromPlan, driftFromPlanLog, type RawDrift } from './plan';
import { buildRecoveryPlan } from './recovery';
import { driftFingerprint, scoreDrift } from './severity';
import { baseAddress, resourcesFromStateV4, resourcesFromValues, type StateResource } from './state';
import type { DriftItem, DriftReport } from './types';

const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface DriftRun {
  report: DriftReport;
  /** Files for the pull request (accepted drift, import blocks), by repository-relative path. */
  files: Map<string, string>;
}

export async function runDrift(ctx: CommandContext): Promise<DriftRun> {
  const { settings, step, log, supervisor } = ctx;
  if (!settings.plan && !settings.state && !settings.live) {
    throw new InputError('drift needs --plan FILE (terraform show -json or plan -json output), --state FILE, or --live with a state');
  }
  let aws: AwsReader | undefined;
  const awsReader = () =>
    (aws ??= new AwsReader({
      config: settings.aws,
      step,
      onCall: (c) => c.status === 'denied' && log.warn(`AWS call refused: ${c.reason}`),
    }));

  try {
    const plan = settings.plan ? await readInput(ctx, settings.plan, awsReader) : undefined;
    const stateInput = settings.state ? await readInput(ctx, settings.state, awsReader) : undefined;
    if (plan && plan.kind !== 'plan' && plan.kind !== 'plan-log' && !stateInput) {
      log.info(`drift: ${plan.file} is a state file; using it as --state`);
    }

    // The state: --state, else a state given as --plan, else the plan's prior_state.
    const stateSource = stateInput ?? (plan && (plan.kind === 'state' || plan.kind === 'state-json') ? plan : undefined);
    let state: StateResource[] = [];
    if (stateSource?.kind === 'state') state = resourcesFromStateV4(stateSource.state);
    else if (stateSource?.kind === 'state-json') state = resourcesFromValues(stateSource.values);
    else if (stateSource)
      throw new InputError(`${stateSource.file}: --state expects a state file, got a ${stateSource.kind === 'plan' ? 'plan' : 'plan log'}`);
    else if (plan?.kind === 'plan') state = resourcesFromValues(plan.plan.prior_state?.values?.root_module);

    const raw: RawDrift[] = [];
    let pendingChanges = 0;
    if (plan?.kind === 'plan') {
      const d = driftFromPlan(plan.plan);
      raw.push(...d.items);
      pendingChanges = d.pendingChanges;
    } else if (plan?.kind === 'plan-log') {
      const d = driftFromPlanLog(plan.events);
      raw.push(...d.items);
      pendingChanges = d.pendingChanges;
    }

    let live: DriftReport['inputs']['live'];
    if (settings.live) {
      if (state.length === 0)
        throw new InputError('--live compares the cloud with a state: give --state FILE (or a plan with prior_state)');
      log.info(`drift: live scan of ${state.length} state resources in ${settings.aws.region}`);
      const scan = await liveScan(awsReader(), state, settings.tags);
      live = { region: settings.aws.region, tags: settings.tags, resourcesSeen: scan.resourcesSeen };
      const seen = new Set(raw.map((r) => `${r.address}\u0000${r.driftType}`));
      for (const item of scan.items) if (!seen.has(`${item.address}\u0000${item.driftType}`)) raw.push(item);
      if (scan.notRead) log.info(`drift: ${scan.notRead} state resources are of types the live scan does not read`);
    }

    // Dependants from the state graph (v4 `dependencies`).
    const dependants = new Map<string, string[]>();
    for (const s of state) {
      for (const dep of s.dependencies) {
        const list = dependants.get(dep) ?? [];
        list.push(s.address);
        dependants.set(dep, list);
      }
    }

    const code = await loadCode(ctx);
    const items: DriftItem[] = raw.map((r) => {
      const deps = [...new Set(dependants.get(baseAddress(r.address)) ?? [])];
      const located = code?.resources.find((c) => c.address === r.address || c.address === baseAddress(r.address));
      return {
        ...r,
        ...scoreDrift(r, deps),
        fingerprint: driftFingerprint(r),
        dependants: deps,
        ...(located ? { location: { file: located.pos.file, line: located.pos.line } } : {}),
      };
    });
    items.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.address.localeCompare(b.address));

    const sources = new Map<string, string>();
    if (code) {
      for (const file of new Set(items.map((i) => i.location?.file).filter((f): f is string => !!f))) {
        const text = await step('drift.read-source', () => readFile(join(settings.dir, file), 'utf8'), {
          dependency: 'fs',
          fallback: () => '',
        });
        if (text) sources.set(file, text);
      }
    }
    const recovery = buildRecoveryPlan({ items, code, sources });

    const report: DriftReport = {
      schemaVersion: 1,
      command: 'drift',
      driftItems: items,
      recoveryPlan: { requiresApproval: true, steps: recovery.steps },
      summary: {
        total: items.length,
        modified: items.filter((i) => i.driftType === 'modified').length,
        missing: items.filter((i) => i.driftType === 'missing').length,
        unmanaged: items.filter((i) => i.driftType === 'unmanaged').length,
        replaced: items.filter((i) => i.driftType === 'replaced').length,
        pendingChanges,
        bySeverity: Object.fromEntries(
          SEVERITIES.map((s) => [s, items.filter((i) => i.severity === s).length]),
        ) as DriftReport['summary']['bySeverity'],
      },
      inputs: {
        plan: plan && displayName(settings.plan!, settings.dir),
        planKind: plan ? (plan.kind === 'plan' && plan.refreshOnly ? 'refresh-only-plan' : plan.kind) : undefined,
        state: stateInput && displayName(settings.state!, settings.dir),
        live,
      },
      ...(aws ? { awsCalls: aws.calls } : {}),
      errors: emptyErrorReport(),
    };

    if (settings.ai.enabled && items.length) {
      const llm = createLlm(settings.ai, { step, log });
      const ai = await explainDrift(llm, items).catch((error: unknown) => {
        supervisor.record({
          step: 'drift.explain',
          error: error instanceof InframateError ? error : new InframateError('internal', String(error)),
          attempts: 1,
          recovered: true,
          strategy: 'no-ai',
        });
        return undefined;
      });
      if (ai) report.ai = { provider: settings.ai.provider, model: settings.ai.model, ...ai };
    }
    log.info(`drift: ${items.length} drifted resources, ${recovery.steps.length} recovery steps`);
    return { report, files: recovery.files };
  } finally {
    aws?.destroy();
  }
}

function displayName(file: string, dir: string): string {
  if (/^s3:\/\//.test(file)) return file;
  const rel = relative(dir, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

async function readInput(ctx: CommandContext, file: string, aws: () => AwsReader): Promise<DriftInput> {
  const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(file);
  if (s3) {
    const text = await aws().readTerraformState(s3[1], s3[2]);
    return parseDriftInput(`s3://${s3[1]}/${s3[2]}`, text);
  }
  const info = await ctx.step('drift.stat-input', () => stat(file).catch(() => undefined), { dependency: 'fs' });
  if (!info) throw new InputError(`file not found: ${file}`, { file });
  if (!info.isFile()) throw new InputError(`not a file: ${file}`, { file });
  if (info.size > MAX_INPUT_BYTES) throw new InputError(`${file}: larger than ${MAX_INPUT_BYTES} bytes`, { file });
  const text = await ctx.step('drift.read-input', () => readFile(file, 'utf8'), { dependency: 'fs' });
  return parseDriftInput(file, text);
}

/** The Terraform code of settings.dir, for locations and code patches; drift works without it. */
async function loadCode(ctx: CommandContext): Promise<LoadedTerraform | undefined> {
  const { settings, step, log } = ctx;
  const info = await step('drift.stat-dir', () => stat(settings.dir).catch(() => undefined), { dependency: 'fs' });
  if (!info?.isDirectory()) return undefined;
  const loaded = await step(
    'drift.load-code',
    () => loadTerraform(settings.dir, { varFiles: settings.varFiles, vars: settings.vars, step }),
    {
      dependency: 'fs',
      fallback: () => undefined as unknown as LoadedTerraform,
    },
  );
  if (!loaded || loaded.files.length === 0) return undefined;
  for (const e of loaded.errors) log.warn(e.message, { file: e.file, line: e.line });
  return loaded;
}
