// loadRequirements(ctx): read inframate.md (or --spec FILE) through the step seam. A missing file
// means defaults (detection decides everything); a malformed one is an input error naming file:line.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { checkInside, isWithin, repositoryRoot } from '../core/tree';
import type { CommandContext } from '../commands/types';
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
  const outside = !(await specInsideRepository(ctx, path));
  const text = await ctx.step(
    'spec.read',
    async () => {
      if (outside) return null;
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && !explicitSpec(ctx)) return null;
        if (code === 'ENOENT') throw new InputError('spec file not found', { file: display });
        if (code === 'EISDIR') throw new InputError('spec path is a directory, expected a markdown file', { file: display });
        if (code === 'ENOTDIR') throw new InputError('spec path is not inside a directory', { file: display });
        throw new InframateError('permission', `cannot read spec file (${code ?? 'error'})`, { file: display, cause: error });
      }
    },
    { dependency: 'fs' },
  );
  if (outside) {
    const warning = { file: display, line: 1, message: 'not read: a symbolic link to a file outside the repository' };
    ctx.log.warn(`${warning.message}; using defaults and detection`, warning);
    const req = defaultRequirements('defaults', settings.region);
    req.warnings.push(warning);
    return req;
  }
  if (text === null) {
    ctx.log.debug(`no ${display}: using defaults and detection`);
    return defaultRequirements('defaults', settings.region);
  }
  if (Buffer.byteLength(text) > MAX_SPEC_BYTES) throw new InputError('spec file is larger than 1 MB', { file: display });
  const req = await ctx.step('spec.parse', () => parseRequirements(text, { file: display, defaultRegion: settings.region }));
  // An explicit --region beats the file: the operator's flag is the most specific statement.
  if (settings.region) req.region = settings.region;
  for (const w of req.warnings) ctx.log.warn(w.message, w);
  return req;
}

/** A spec inside the repository must really be there (a symlink in the tree cannot lead out of it). */
async function specInsideRepository(ctx: CommandContext, file: string): Promise<boolean> {
  const root = repositoryRoot(ctx.settings.dir);
  const lexical = resolve(file);
  if (!isWithin(root, lexical) && explicitSpec(ctx)) return true; // the operator named a file elsewhere
  const where = checkInside(root, lexical);
  return where.ok || where.missing; // a missing spec is not outside: it means defaults
}

/** --spec given explicitly (not the DIR/inframate.md default): a missing file is then an error. */
function explicitSpec(ctx: CommandContext): boolean {
  const raw = ctx.settings.raw?.spec;
  return typeof raw === 'string' && raw.trim() !== '';
}
