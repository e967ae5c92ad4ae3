// profileRepository(ctx) / profileDirectory(dir, opts): what a repository is made of (contracts §3.1).
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { CommandContext } from '../commands/types';
import { InputError } from '../supervisor/errors';
import { Supervisor, type RunStep } from '../supervisor/step';
import { detectProfile, rootNameOf } from './detect';
import { scanRepository, type FileSource } from './files';
import { createReader } from './read';
import type { Profile } from './types';

export type { Profile } from './types';

export interface ProfileOptions {
  /** Step seam (default: a private supervisor). */
  step?: RunStep;
  /** Where the file list comes from: the git index when available (auto), or always walking. */
  source?: FileSource;
  /** Name of the root service when its manifest names none (default: the folder name). */
  rootName?: string;
  maxFiles?: number;
  /** Folders (relative to dir) left out of the profile, such as Inframate's own output directory. */
  exclude?: string[];
}

export async function profileDirectory(dir: string, opts: ProfileOptions = {}): Promise<Profile> {
  const root = resolve(dir);
  await checkDirectory(root, dir);
  const step = opts.step ?? new Supervisor().run;
  const listed = await step('profile.list-files', () => scanRepository(root, opts.source, opts.maxFiles, opts.exclude), {
    dependency: 'fs',
  });
  const profile = await step('profile.detect', () =>
    detectProfile(listed.inventory, { root, rootName: opts.rootName ?? rootNameOf(root), read: createReader(root), step }),
  );
  if (listed.warnings.length) {
    profile.warnings = [...listed.warnings, ...profile.warnings].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
    );
  }
  return profile;
}

export async function profileRepository(ctx: CommandContext): Promise<Profile> {
  // What analyze generated last time is not part of the application: leave the output folder out.
  const out = relative(ctx.settings.dir, ctx.settings.out).split(sep).join('/');
  const exclude = out && !out.startsWith('..') && !isAbsolute(out) ? [out] : [];
  const profile = await profileDirectory(ctx.settings.dir, { step: ctx.step, exclude });
  for (const w of profile.warnings) ctx.log.debug(`profile: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  return profile;
}

async function checkDirectory(root: string, given: string): Promise<void> {
  let st;
  try {
    st = await stat(root);
  } catch {
    throw new InputError('directory not found', { file: given });
  }
  if (!st.isDirectory()) throw new InputError('not a directory (analyze expects a repository folder)', { file: given });
}
