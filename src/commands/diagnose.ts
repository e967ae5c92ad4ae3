// inframate diagnose [DIR] [--log FILE]: read the log of a failed Terraform / AWS run (file or
// stdin), redact it, classify each error with the rule catalogue, tie what it names to the code in
// DIR, and — when a model is configured — add explanations. Works fully without a model.
import { readdir } from 'node:fs/promises';
import { explainDiagnoses } from '../diagnose/ai';
import { diagnoseText } from '../diagnose/diagnose';
import { readLogFile, readLogStream, type LogInput } from '../diagnose/input';
import { locateInRepository } from '../diagnose/locate';
import { renderDiagnoseMarkdown, renderDiagnoseSarif } from '../diagnose/render';
import type { DiagnoseReport } from '../diagnose/report';
import type { Category } from '../diagnose/types';
import { createLlm } from '../llm';
import { redact, redactionTotal } from '../llm/redact';
import { InputError } from '../supervisor/errors';
import { emptyErrorReport } from '../supervisor/report';
import { loadTerraform } from '../terraform/load';
import type { LoadedTerraform } from '../terraform/model';
import { VERSION } from '../version';
import type { CommandContext, CommandModule } from './types';

export interface DiagnoseDeps {
  /** Where the log comes from without --log (default process.stdin). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

async function readInput(ctx: CommandContext, deps: DiagnoseDeps): Promise<LogInput> {
  const { settings, step } = ctx;
  if (settings.logFile) return step('diagnose.read-log', () => readLogFile(settings.logFile!), { dependency: 'fs', attempts: 1 });
  const stdin = deps.stdin ?? process.stdin;
  if ((stdin as { isTTY?: boolean }).isTTY) throw new InputError('no log to diagnose: give --log FILE or pipe the log on stdin');
  return step('diagnose.read-stdin', () => readLogStream(stdin), { dependency: 'fs', attempts: 1 });
}

async function hasTerraform(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.some((n) => /\.tf(\.json)?$/.test(n));
}

export async function runDiagnose(ctx: CommandContext, deps: DiagnoseDeps = {}): Promise<DiagnoseReport> {
  const { settings, step, log } = ctx;
  const input = await readInput(ctx, deps);
  if (!input.text.trim())
    throw new InputError(`the log ${input.source === 'stdin' ? 'on stdin' : input.source} is empty`, { file: input.source });

  // Redact before anything else sees the text: every output format and the model get redacted text only.
  const known = Object.values(settings.ai.keys).filter((k): k is string => Boolean(k));
  let redactions = 0;
  const redactText = (t: string) => {
    const r = redact(t, { known });
    redactions += redactionTotal(r.counts);
    return r.text;
  };
  const result = await step('diagnose.classify', () => diagnoseText(input.text, redactText));
  const diagnoses = result.diagnoses;
  log.info(`diagnose: ${diagnoses.length} distinct error(s) in ${input.bytes} bytes of log`);

  let located = 0;
  if (diagnoses.length && (await hasTerraform(settings.dir))) {
    const loaded: LoadedTerraform | undefined = await step(
      'diagnose.load-terraform',
      () => loadTerraform(settings.dir, { varFiles: settings.varFiles, vars: settings.vars }),
      {
        dependency: 'fs',
        attempts: 1,
        fallback: () => undefined,
        strategy: 'diagnose-without-code',
      },
    );
    if (loaded) located = locateInRepository(diagnoses, loaded);
  }

  let llm: DiagnoseReport['llm'];
  if (settings.ai.enabled && diagnoses.length) {
    const ai = createLlm(settings.ai, { step, log });
    if (ai.enabled) {
      const outcome = await explainDiagnoses(ai, diagnoses);
      if (outcome.rejectedFixes) ai.note(`diagnose: ${outcome.rejectedFixes} AI fix suggestion(s) rejected as unsafe`);
      llm = ai.metrics();
    }
  }

  const byCategory: Partial<Record<Category, number>> = {};
  for (const d of diagnoses) byCategory[d.category] = (byCategory[d.category] ?? 0) + 1;
  return {
    schemaVersion: 1,
    command: 'diagnose',
    diagnoses,
    log: {
      source: input.source,
      bytes: input.bytes,
      lines: input.text.split('\n').length,
      truncated: input.clipped || result.truncated,
      redactions,
    },
    summary: { total: diagnoses.length, byCategory, located },
    ...(llm ? { llm } : {}),
    errors: emptyErrorReport(),
  };
}

const diagnose: CommandModule<DiagnoseReport> = {
  name: 'diagnose',
  usage: 'diagnose [DIR] [--log FILE]',
  summary: 'root cause and fixes for a failed Terraform / AWS run',
  available: true,
  formats: ['markdown', 'json', 'sarif'],
  run: (ctx) => runDiagnose(ctx),
  renderMarkdown: (r) => renderDiagnoseMarkdown(r),
  renderSarif: (r) => renderDiagnoseSarif(r, VERSION),
};

export default diagnose;
