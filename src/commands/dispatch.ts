// One dispatcher for both entry points: Settings in, rendered output and an exit code out.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createLogger, type Logger } from '../core/log';
import { EXIT, severityRank, type Severity } from '../core/types';
import type { Settings } from '../settings';
import type { ErrorAnalyzer } from '../supervisor/analysis';
import type { ErrorIssueSink } from '../supervisor/error-issues';
import { GaveUpError, InframateError } from '../supervisor/errors';
import { defaultErrorAnalyzer, explainUnrecovered, publishRunErrors, supervisorForSettings } from '../supervisor/finalize';
import { renderErrorReportMarkdown } from '../supervisor/report-markdown';
import { toInframateError, type Supervisor, type SupervisorOptions } from '../supervisor/step';
import { loadCommand } from './registry';
import { redactReport } from '../llm/redact-report';
import type { AnyCommand, BaseReport, RenderOptions } from './types';

export interface DispatchResult {
  exitCode: number;
  report?: BaseReport;
  /** The rendered result in the requested format ('' when the command did not run). */
  output: string;
  /** Markdown rendering, for job summaries, comments and PR bodies. */
  markdown: string;
  command: AnyCommand;
  supervisor: Supervisor;
  /** The command threw: `report` holds only what it kept and the error report (no SARIF of its own). */
  partial?: boolean;
}

export interface DispatchOptions {
  log?: Logger;
  /** Write the rendered output (default: --output FILE or stdout). */
  writeOutput?: boolean;
  stdout?: (text: string) => void;
  /** Supervisor settings overriding those from Settings (tests: millisecond backoffs and deadlines). */
  supervisor?: SupervisorOptions;
  /** AI analysis of unrecovered errors; default: the configured LLM when there is one; null: none. */
  analyzer?: ErrorAnalyzer | null;
  /** Where unrecovered errors become issues (one per fingerprint), after the report is written locally. */
  errorIssues?: ErrorIssueSink;
  /** Link to this run, quoted in error issues. */
  runUrl?: string;
}

export function exitCodeFor(settings: Settings, command: AnyCommand, report: BaseReport): number {
  if (report.errors.unrecovered > 0 && report.errors.errors.some((e) => !e.recovered && e.severity === 'critical')) {
    return EXIT.gaveUp;
  }
  if (report.inputErrors?.length) return EXIT.usage;
  // A file not scanned is never "no findings": the result is incomplete unless the user said to go on.
  if (report.filesNotScanned?.length && !settings.allowSkippedFiles) return EXIT.usage;
  if (settings.softFail || settings.failOn === 'none' || !command.findings) return EXIT.ok;
  const threshold = severityRank(settings.failOn as Severity);
  const hit = command.findings(report).some((f) => !f.suppressed && severityRank(f.severity) >= threshold);
  return hit ? EXIT.findings : EXIT.ok;
}

export function render(settings: Settings, command: AnyCommand, report: BaseReport): string {
  switch (settings.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'sarif':
      return JSON.stringify(command.renderSarif!(report), null, 2) + '\n';
    default:
      return renderMarkdown(command, report, { compact: settings.compact });
  }
}

/** The command's markdown followed by the error report section. */
export function renderMarkdown(command: AnyCommand, report: BaseReport, opts: RenderOptions = {}): string {
  return `${command.renderMarkdown(report, opts).trimEnd()}\n\n${renderErrorReportMarkdown(report.errors)}`;
}

export async function dispatch(settings: Settings, opts: DispatchOptions = {}): Promise<DispatchResult> {
  const log = opts.log ?? createLogger({ quiet: settings.quiet, verbose: settings.verbose });
  for (const key of Object.values(settings.ai.keys)) if (key) log.addSecret(key);
  const command = await loadCommand(settings.command);
  const supervisor = supervisorForSettings(settings, opts.supervisor);
  const base = { command, supervisor, markdown: '', output: '' };

  if (!command.available) {
    log.error(`"${command.name}" is not available yet in this version of inframate`);
    return { ...base, exitCode: EXIT.usage };
  }
  if (settings.format === 'sarif' && !command.renderSarif) {
    log.error(`--format sarif is not supported by "${command.name}" (use markdown or json)`);
    return { ...base, exitCode: EXIT.usage };
  }

  let report: BaseReport;
  let exitCode: number;
  let threw = false;
  try {
    report = await command.run({ settings, step: supervisor.run, supervisor, log });
    report.errors = supervisor.report();
    // Everything a report quotes from the repository goes through the redactor (reports become comments).
    // Redacted in place (same object): commands keep rendering data beside their report object
    // (drift's PR files, incident outcomes), keyed by its identity.
    Object.assign(report, redactReport(report, knownSecrets(settings)));
    // A command may catch the give-up and return what it has: the result is kept, the exit code says 3.
    exitCode = supervisor.gaveUpError ? EXIT.gaveUp : exitCodeFor(settings, command, report);
  } catch (error) {
    threw = true;
    const err = toInframateError(error);
    if (err.type === 'input' && !(err instanceof GaveUpError)) {
      log.error(err.describe());
      return { ...base, exitCode: EXIT.usage };
    }
    if (!(err instanceof InframateError) || err.type === 'internal') log.debug(String((error as Error)?.stack ?? error));
    log.error(`${command.name} failed: ${err.describe()}`);
    if (!supervisor.report().errors.some((e) => e.message === err.describe())) {
      supervisor.record({ step: `${command.name}.run`, error: err, attempts: 1, recovered: false, strategy: null });
    }
    // Exit 3 still writes the error report, with the parts of the result the command kept.
    report = { schemaVersion: 1, command: command.name, ...supervisor.kept(), errors: supervisor.report() } as BaseReport;
    report = redactReport(report, knownSecrets(settings));
    exitCode = EXIT.gaveUp;
  }
  const renderAll = () => {
    const md = threw ? renderErrorOnly(report) : renderMarkdown(command, report, { compact: settings.compact });
    const out =
      threw && settings.format !== 'json'
        ? settings.format === 'sarif'
          ? JSON.stringify(emptySarif(), null, 2) + '\n'
          : md
        : render(settings, command, report);
    return { md, out };
  };
  const writeFileOutput = async (text: string) => {
    await mkdir(dirname(settings.output!), { recursive: true });
    await writeFile(settings.output!, text);
  };
  const toFile = opts.writeOutput !== false && Boolean(settings.output);
  // Local first: a report file exists before the AI analysis (a remote call) and is rewritten with it.
  let rendered = renderAll();
  if (toFile) await writeFileOutput(rendered.out);
  if (report.errors.unrecovered > 0) {
    const analyzer = opts.analyzer === undefined ? defaultErrorAnalyzer(settings, log) : opts.analyzer;
    const explained = await explainUnrecovered(report.errors, analyzer, { command: command.name, log });
    if (explained > 0) {
      rendered = renderAll();
      if (toFile) await writeFileOutput(rendered.out);
    }
  }
  let { md: markdown, out: output } = rendered;
  if (opts.writeOutput !== false) {
    if (toFile) log.info(`wrote ${settings.output}`);
    else (opts.stdout ?? ((t: string) => process.stdout.write(t)))(output);
  }
  // Remote last: the report above is already written. Issue links then reach the summary/comment markdown.
  if ((await publishRunErrors(report.errors, opts.errorIssues, { command: command.name, log, runUrl: opts.runUrl })).length) {
    ({ md: markdown, out: output } = renderAll());
  }
  return { ...base, exitCode, report, output, markdown, partial: threw };
}

const knownSecrets = (settings: Settings): string[] => Object.values(settings.ai.keys).filter((k): k is string => Boolean(k));

function renderErrorOnly(report: BaseReport): string {
  return `# inframate ${report.command}: failed\n\n${renderErrorReportMarkdown(report.errors)}`;
}

function emptySarif() {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'inframate', rules: [] } }, results: [] }],
  };
}
