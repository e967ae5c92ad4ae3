// Loading the Terraform a cost or graph report is about, through the step seam, with per-file
// load errors recorded in the error report (recovered: the other files still count).
import { relative } from 'node:path';
import type { CommandContext } from '../commands/types';
import { loadRequirements } from '../spec';
import type { Requirements } from '../spec/types';
import { InframateError, InputError } from '../supervisor/errors';
import { loadTerraform } from '../terraform/load';
import { recordLoadLimits } from '../terraform/load-limits';
import type { LoadedTerraform } from '../terraform/model';

export async function loadTerraformInput(ctx: CommandContext, dir: string, label = 'terraform'): Promise<LoadedTerraform> {
  const loaded = await loadTerraform(dir, {
    varFiles: ctx.settings.varFiles,
    vars: ctx.settings.vars,
    step: ctx.step,
    maxInstances: ctx.settings.maxInstances,
    checkpoint: ctx.supervisor.checkDeadline,
  });
  for (const e of loaded.errors) {
    ctx.supervisor.record({
      step: `${label}.load`,
      error: new InframateError('terraform', e.message, { file: e.file, line: e.line, code: e.code }),
      attempts: 1,
      recovered: true,
      strategy: 'skip-file',
    });
  }
  recordLoadLimits(ctx.supervisor, `${label}.load`, loaded);
  const tfFiles = loaded.files.filter((f) => /\.tf(\.json)?$/.test(f));
  if (tfFiles.length === 0) {
    const shown = relative(ctx.settings.dir, dir) || dir;
    throw new InputError(`no Terraform files (.tf, .tf.json) found in ${shown}`, { file: shown });
  }
  // A report over zero loaded files would read as "$0 / nothing to draw": say why instead.
  const failed = new Set(loaded.errors.map((e) => e.file));
  if (tfFiles.every((f) => failed.has(f))) {
    const first = loaded.errors[0];
    throw new InputError(`no Terraform file could be loaded (${loaded.errors.length} errors; first: ${first.message})`, {
      file: first.file,
      line: first.line,
    });
  }
  return loaded;
}

/** inframate.md when present (region, environment); null when there is none or it cannot be read. */
export async function requirementsIfAny(ctx: CommandContext): Promise<Requirements | null> {
  try {
    const req = await loadRequirements(ctx);
    return req.source === 'defaults' ? null : req;
  } catch (error) {
    ctx.log.warn(`ignoring the spec for this report: ${(error as InframateError).message}`);
    return null;
  }
}
