// loadRequirements(ctx): read inframate.md (or --spec FILE) through the step seam. A missing file
// means defaults (detection decides everything); a malformed one is an input error naming file:line.
import { relative } from 'node:path';
import type { CommandContext } from '../commands/types';
import { FileTooLargeError, readTextBounded } from '../core/read-bounded';
import { InframateError, InputError } from '../supervisor/errors';
import { defaultRequirements, parseRequirements } from './parse';
import type { Requirements } from './types';

export { applyRequirements } from './apply';
export { defaultRequirements, parseRequirements } from './parse';

const MAX_SPEC_BYTES = 1024 * 1024;

export async function loadRequirements(ctx: CommandContext): Promise<Requirements> {
  const { settings } = ctx;
  const path = settings.spec;
  const rel = relative(settings.dir, path);
  const display = rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
  const text = await ctx.step(
    'spec.read',
    async () => {
      try {
        return await readTextBounded(path, { limit: MAX_SPEC_BYTES, display });
      } catch (error) {
        if (error instanceof FileTooLargeError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && !explicitSpec(ctx)) return null;
        if (code === 'ENOENT') throw new InputError('spec file not found', { file: display });
        if (code === 'EISDIR') throw new InputError('spec path is a directory, expected a markdown file', { file: display });
        throw new InframateError('permission', `cannot read spec file (${code ?? 'error'})`, { file: display, cause: error });
      }
    },
    { dependency: 'fs' },
  );
  if (text === null) {
    ctx.log.debug(`no ${display}: using defaults and detection`);
    return defaultRequirements('defaults', settings.region);
  }
  const req = await ctx.step('spec.parse', () => parseRequirements(text, { file: display, defaultRegion: settings.region }));
  // An explicit --region beats the file: the operator's flag is the most specific statement.
  if (settings.region) req.region = settings.region;
  for (const w of req.warnings) ctx.log.warn(w.message, w);
  return req;
}

/** --spec given explicitly (not the DIR/inframate.md default): a missing file is then an error. */
function explicitSpec(ctx: CommandContext): boolean {
  const raw = ctx.settings.raw?.spec;
  return typeof raw === 'string' && raw.trim() !== '';
}
