// One dispatcher for both entry points: Settings in, rendered output and an exit code out.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createLogger, type Logger } from '../core/log';
import { EXIT, severityRank, type Severity } from '../core/types';
import type { Settings } from '../settings';
import { GaveUpError, InframateError } from '../supervisor/errors';
import { Supervisor, toInframateError } from '../supervisor/step';
import { COMMANDS } from './registry';
import type { AnyCommand, BaseReport } from './types';

export interface DispatchResult {
  exitCode: number;
  report?: BaseReport;
  /** The rendered result in the requested format ('' when the command did not run). */
  output: string;
  /** Markdown rendering, for job summaries, comments and PR bodies. */
  markdown: string;
  command: AnyCommand;
  supervisor: Supervisor;
}

export interface DispatchOptions {
  log?: Logger;
  /** Write the rendered output (default: --output FILE or stdout). */
  writeOutput?: boolean;
  stdout?: (text: string) => void;
}

export function exitCodeFor(settings: Settings, command: AnyCommand, report: BaseReport): number {
  if (report.errors.unrecovered > 0 && report.errors.errors.some((e) => !e.recovered && e.severity === 'critical')) {
    return EXIT.gaveUp;
  }
  if (settings.failOn === 'none' || !command.findings) return EXIT.ok;
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
      return command.renderMarkdown(report);
  }
}

export async function dispatch(settings: Settings, opts: DispatchOptions = {}): Promise<DispatchResult> {
  const log = opts.log ?? createLogger({ quiet: settings.quiet, verbose: settings.verbose });
  for (const key of Object.values(settings.ai.keys)) if (key) log.addSecret(key);
  const command = COMMANDS[settings.command];
  const supervisor = new Supervisor();
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
  try {
    report = await command.run({ settings, step: supervisor.run, supervisor, log });
    report.errors = supervisor.report();
    exitCode = exitCodeFor(settings, command, report);
  } catch (error) {
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
    // Exit 3 still writes the error report.
    report = { schemaVersion: 1, command: command.name, errors: supervisor.report() };
    exitCode = EXIT.gaveUp;
  }

  const isPartial = exitCode === EXIT.gaveUp && Object.keys(report).length <= 3;
  const markdown = isPartial ? renderErrorOnly(report) : command.renderMarkdown(report);
  const output =
    isPartial && settings.format !== 'json'
      ? settings.format === 'sarif'
        ? JSON.stringify(emptySarif(), null, 2) + '\n'
        : markdown
      : render(settings, command, report);

  if (opts.writeOutput !== false) {
    if (settings.output) {
      await mkdir(dirname(settings.output), { recursive: true });
      await writeFile(settings.output, output);
      log.info(`wrote ${settings.output}`);
    } else {
      (opts.stdout ?? ((t: string) => process.stdout.write(t)))(output);
    }
  }
  return { ...base, exitCode, report, output, markdown };
}

function renderErrorOnly(report: BaseReport): string {
  const lines = [`# inframate ${report.command}: failed`, '', '| step | type | message |', '|---|---|---|'];
  for (const e of report.errors.errors) lines.push(`| ${e.step} | ${e.type} | ${e.message.replace(/\|/g, '\\|')} |`);
  return lines.join('\n') + '\n';
}

function emptySarif() {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'inframate', rules: [] } }, results: [] }],
  };
}
