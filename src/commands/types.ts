// The contract between the dispatcher and each command module. Commands are thin: they
// orchestrate services through ctx.step and return a typed report; they never format text
// for a sink and never talk to GitHub.
import type { Logger } from '../core/log';
import type { CommandName, OutputFormat, Severity } from '../core/types';
import type { Settings } from '../settings';
import type { ErrorReport } from '../supervisor/report';
import type { RunStep, Supervisor } from '../supervisor/step';
import type { LoadError } from '../terraform/model';

export interface BaseReport {
  schemaVersion: 1;
  command: CommandName;
  errors: ErrorReport;
  /**
   * Files that could not be read, parsed, decoded or evaluated (file, line, problem): nothing in them was
   * checked. Non-empty makes the run an input error (exit 2) unless --allow-skipped-files.
   */
  filesNotScanned?: LoadError[];
  /** The user's input errors a command recorded and went on without (auto's parts): the run exits 2. */
  inputErrors?: { file?: string; line?: number; message: string }[];
}

export interface CommandContext {
  settings: Settings;
  step: RunStep;
  supervisor: Supervisor;
  log: Logger;
}

export interface FindingLike {
  severity: Severity;
  suppressed?: boolean;
}

export interface CommandModule<R extends BaseReport = BaseReport> {
  name: CommandName;
  summary: string;
  /** e.g. "analyze [DIR]" */
  usage: string;
  /** false: answers "not available yet" and exits 2, never a fake result. */
  available: boolean;
  /** Formats beyond json (always supported). */
  formats: readonly OutputFormat[];
  run(ctx: CommandContext): Promise<R>;
  renderMarkdown(report: R): string;
  renderSarif?(report: R): unknown;
  /** Findings considered by --fail-on. */
  findings?(report: R): FindingLike[];
}

// Command modules are stored heterogeneously in the registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandModule<any>;
