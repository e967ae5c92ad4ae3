// auto [DIR]: analyze (inframate.md or an application present) → secure → optimize → visualize, one report.
// Each part runs through its own step with a fallback, so one part failing is recorded in the
// error report and never loses the others' results. secure/optimize/visualize run on the
// Terraform analyze generated when it wrote some, else on DIR.
import { access, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { runAnalyze } from './analyze';
import { profileRepository } from '../profile';
import type { FindingLike } from './types';
import { optimizeDirectory, renderOptimizeMarkdown, type OptimizeReport } from './optimize';
import analyzeModule from './analyze';
import secureModule from './secure';
import type { AnyCommand, BaseReport, CommandContext, CommandModule, RenderOptions } from './types';
import { runSecure } from './secure';
import { renderVisualizeMarkdown, visualizeDirectory, type VisualizeReport } from './visualize';
import { InframateError, InputError } from '../supervisor/errors';
import { notADirectory } from '../core/tree';
import { markdownCode, tableCell } from '../core/markdown';
import { filesNotScanned } from '../terraform/not-scanned';
import { loadTerraformFilesInput, loadTerraformInput } from '../cost/terraform-input';
import { unwrittenModules, type TerraformReport } from '../recommend/generate';
import type { CommandName } from '../core/types';

type PartReport = (BaseReport & Record<string, unknown>) | null;

// Parts are held loosely typed (each may be the error report's fallback); their renderers take any report.
const analyzeCommand: AnyCommand = analyzeModule;
const secureCommand: AnyCommand = secureModule;

export interface AutoReport extends BaseReport {
  command: 'auto';
  /** Parts that did not complete (their section says so; the error report says why). */
  failedParts: string[];
  /** The directory secure, optimize and visualize looked at. */
  target: string;
  /**
   * With --dry-run: secure, optimize and visualize looked at the module analyze generated, in memory
   * (paths as it would be written, under DIR), since nothing was written.
   */
  targetNotWritten?: boolean;
  analyze?: PartReport;
  /** Why analyze did not run (no inframate.md and no application). */
  analyzeSkipped?: string;
  secure: PartReport;
  optimize: OptimizeReport | null;
  visualize: VisualizeReport | null;
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

function subContext(ctx: CommandContext, command: CommandName, dir: string): CommandContext {
  return { ...ctx, settings: { ...ctx.settings, command, dir } };
}

/** Run another command's module, failing clearly when it is not built in this version. */
async function runModule(module: AnyCommand, ctx: CommandContext): Promise<BaseReport> {
  if (!module.available) throw new InframateError('not-found', `"${module.name}" is not available in this version of inframate`);
  return module.run(ctx);
}

/** Where analyze wrote Terraform, when it did (not in --dry-run, and only when files exist there). */
async function generatedDir(ctx: CommandContext, report: PartReport): Promise<string | undefined> {
  if (!report || ctx.settings.dryRun) return undefined;
  const tf = (report as { terraform?: { dir?: string; files?: string[] } }).terraform;
  if (!tf?.files?.length) return undefined;
  const dir = tf.dir ? (isAbsolute(tf.dir) ? tf.dir : join(ctx.settings.dir, tf.dir)) : ctx.settings.out;
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return isDir ? dir : undefined;
}

/** The files a --dry-run analyze generated, keyed by their path under `dir`; undefined when it wrote or generated none. */
function unwrittenFiles(dir: string, report: PartReport): Map<string, string> | undefined {
  const tf = (report as { terraform?: TerraformReport } | null)?.terraform;
  const module = tf ? unwrittenModules.get(tf) : undefined;
  if (!module) return undefined;
  const prefix = relative(dir, module.outDir);
  if (prefix.startsWith('..') || isAbsolute(prefix)) return undefined;
  const files = new Map<string, string>();
  for (const [f, text] of module.files) files.set(prefix ? join(prefix, f) : f, text);
  return files;
}

export async function runAuto(ctx: CommandContext): Promise<AutoReport> {
  const { settings } = ctx;
  const bad = notADirectory(settings.dir);
  if (bad) throw new InputError(bad, { file: settings.dir });
  const inputErrors: NonNullable<BaseReport['inputErrors']> = [];
  // Each finished part is kept by the supervisor, so a run stopped later still reports it.
  const part = <T>(name: string, fn: () => Promise<T>, inputErrorsFail = true) =>
    ctx.step(
      `auto.${name}`,
      async () => {
        let value: T;
        try {
          value = await fn();
        } catch (error) {
          // The other parts still run, but a bad input (a malformed inframate.md) makes the run exit 2.
          if (inputErrorsFail && error instanceof InframateError && error.type === 'input') {
            inputErrors.push({ ...error.location, message: error.message });
          }
          throw error;
        }
        ctx.supervisor.keep(name, value);
        return value;
      },
      { fallback: () => null as T | null, strategy: `continue-without-${name}` },
    ) as Promise<T | null>;

  // analyze runs when there is an inframate.md, and also without one when the repository holds an
  // application (defaults for what the file would say, shown in the report). A tree of Terraform
  // only has nothing to generate: analyze is skipped and the report says why.
  let analyze: PartReport | undefined;
  let analyzeSkipped: string | undefined;
  const analyzeCtx = subContext(ctx, 'analyze', settings.dir);
  if (await ctx.step('auto.find-spec', () => exists(settings.spec), { dependency: 'fs' })) {
    analyze = (await part('analyze', () => runModule(analyzeCommand, analyzeCtx))) as PartReport;
  } else {
    const detected = await ctx.step('auto.profile', () => profileRepository(analyzeCtx), {
      fallback: () => null,
      strategy: 'continue-without-analyze',
    });
    if (detected && detected.services.length > 0) {
      ctx.log.info(`auto: no ${relative(settings.dir, settings.spec) || 'inframate.md'}: analyze runs with the default requirements`);
      analyze = (await part('analyze', () => runAnalyze(analyzeCtx, detected))) as PartReport;
    } else if (detected) {
      analyzeSkipped = 'no inframate.md and no application found (nothing to generate)';
    }
  }
  // A dry run wrote nothing: the parts look at the module analyze generated (and validated) in memory,
  // its paths under DIR as it would be written.
  const unwritten = unwrittenFiles(settings.dir, analyze ?? null);
  const target = unwritten ? settings.dir : ((await generatedDir(ctx, analyze ?? null)) ?? settings.dir);
  // secure, optimize and visualize read the same tree: load it once (its file errors recorded once).
  // A failed load fails optimize and visualize; secure then loads on its own and reports what it can.
  // After a dry-run analyze that generated nothing there may be no Terraform to look at: the parts
  // then fail, but that is no input error.
  const loaded = await part(
    'load-terraform',
    () =>
      unwritten
        ? loadTerraformFilesInput(subContext(ctx, 'optimize', target), target, unwritten, 'auto')
        : loadTerraformInput(subContext(ctx, 'optimize', target), target, 'auto'),
    !(analyze !== undefined && settings.dryRun),
  );
  const secure = (await part('secure', () => runSecure(subContext(ctx, 'secure', target), loaded ?? undefined))) as PartReport;
  const optimize = loaded ? await part('optimize', () => optimizeDirectory(subContext(ctx, 'optimize', target), target, loaded)) : null;
  const visualize = loaded
    ? await part('visualize', () => visualizeDirectory(subContext(ctx, 'visualize', target), target, optimize ?? undefined, loaded))
    : null;
  const failedParts = [
    ...(analyze === null ? ['analyze'] : []),
    ...(secure ? [] : ['secure']),
    ...(optimize ? [] : ['optimize']),
    ...(visualize ? [] : ['visualize']),
  ];
  const notScanned = loaded ? filesNotScanned(loaded) : ((secure?.filesNotScanned as BaseReport['filesNotScanned']) ?? []);
  return {
    schemaVersion: 1,
    command: 'auto',
    target,
    ...(unwritten ? { targetNotWritten: true } : {}),
    failedParts,
    filesNotScanned: notScanned,
    ...(inputErrors.length ? { inputErrors } : {}),
    ...(analyze !== undefined ? { analyze } : {}),
    ...(analyzeSkipped ? { analyzeSkipped } : {}),
    secure,
    optimize,
    visualize,
    errors: ctx.supervisor.report(),
  };
}

/** Each part's markdown one heading level down, under the auto report's title. */
const demote = (md: string) => md.replace(/^(#{1,5}) /gm, '#$1 ');

const usd = (n: number) => `$${n.toFixed(2)}`;

/** One line per part, so the top of a PR comment says everything at a glance. */
function summaryRows(r: AutoReport): string[] {
  const rows: string[] = [];
  if (r.analyzeSkipped) rows.push(`| analyze | skipped: ${r.analyzeSkipped} |`);
  if (r.analyze !== undefined) {
    const a = r.analyze as {
      terraform?: { dir?: string; files?: string[] };
      requirements?: { source?: string; environment?: string; region?: string };
    } | null;
    const tf = a?.terraform;
    const req = a?.requirements;
    const defaults =
      req?.source === 'defaults' ? ` (no inframate.md: default requirements, environment ${req.environment}, region ${req.region})` : '';
    rows.push(
      `| analyze | ${a ? (tf?.files ? `${tf.files.length} Terraform files${tf.dir ? ` in \`${tf.dir}\`` : ''}` : 'done') + defaults : 'failed'} |`,
    );
  }
  const sec = (r.secure as { findings?: unknown[]; summary?: Record<string, number> } | null) ?? null;
  rows.push(
    `| secure | ${sec ? `${sec.findings?.length ?? 0} findings${sec.summary ? ` (${['critical', 'high', 'medium', 'low'].map((k) => `${sec.summary![k] ?? 0} ${k}`).join(', ')})` : ''}` : 'failed'} |`,
  );
  rows.push(
    `| optimize | ${r.optimize ? `${usd(r.optimize.totalMonthlyCost)} / month; ${r.optimize.savings.length} savings worth ${usd(r.optimize.totalMonthlySavings)} / month` : 'failed'} |`,
  );
  rows.push(`| visualize | ${r.visualize ? `${r.visualize.nodes.length} resources, ${r.visualize.edges.length} references` : 'failed'} |`);
  return rows;
}

export function renderAutoMarkdown(r: AutoReport, opts: RenderOptions = {}): string {
  const out = ['# inframate auto', '', '| part | result |', '|---|---|', ...summaryRows(r), ''];
  if (r.targetNotWritten)
    out.push('_Dry run: nothing was written; secure, optimize and visualize looked at the generated module in memory._', '');
  if (r.failedParts?.length) out.push(`**Incomplete:** ${r.failedParts.join(', ')} did not complete; see the errors below.`, '');
  for (const e of r.inputErrors ?? [])
    out.push(`**Input error** ${e.file ? `${markdownCode(`${e.file}${e.line ? `:${e.line}` : ''}`)}: ` : ''}${tableCell(e.message)}`, '');
  const failed = (name: string) => `## ${name}\n\n_${name} did not complete; see the errors below._\n`;
  if (r.analyze !== undefined) out.push(r.analyze ? demote(analyzeCommand.renderMarkdown(r.analyze)) : failed('analyze'));
  out.push(r.secure ? demote(secureCommand.renderMarkdown(r.secure, opts)) : failed('secure'));
  out.push(
    r.optimize
      ? renderOptimizeMarkdown({ ...r.optimize, errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 } }, '##')
      : failed('optimize'),
  );
  out.push(r.visualize ? renderVisualizeMarkdown(r.visualize, '##') : failed('visualize'));
  return out.join('\n');
}

const auto: CommandModule<AutoReport> = {
  name: 'auto',
  usage: 'auto [DIR]',
  summary: 'analyze → secure → optimize → visualize, one report',
  available: true,
  formats: ['markdown', 'json'],
  run: runAuto,
  renderMarkdown: renderAutoMarkdown,
  findings(r): FindingLike[] {
    const secure = r.secure as { findings?: FindingLike[] } | null;
    return secure?.findings ?? [];
  },
};

export default auto;
