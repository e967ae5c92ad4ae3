// Action inputs → RawOptions, by the same option table the CLI uses (like actions/checkout's
// input-helper), plus the inputs that exist only in the Action. Only this module reads inputs.
import * as core from '@actions/core';
import { OPTIONS, type RawOptions } from '../options';
import { InputError } from '../supervisor/errors';

/** Inputs that exist only in the Action (no CLI flag). */
export const ACTION_ONLY_INPUTS = [
  'command',
  'working-directory',
  'args',
  'output-dir',
  'gemini-api-key',
  'openai-api-key',
  'anthropic-api-key',
  'github-token',
  'create-pr',
  'pr-branch',
  'pr-labels',
  'comment',
  'annotations',
  'issues',
  'no-ai',
  'no-cache',
] as const;

export interface ActionInputs {
  command: string;
  /** Working directory, relative to the workspace. */
  dir: string;
  args: string[];
  raw: RawOptions;
  token: string;
  createPr: boolean;
  /** Fixed branch for the PR; default inframate/<command>. */
  prBranch?: string;
  prLabels: string[];
  comment: boolean;
  annotations: boolean;
  /** Upsert issues for runs that gave up and for drift/incident reports. */
  issues: boolean;
}

function flag(name: string, dflt: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return dflt;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new InputError(`input "${name}" must be true or false (got "${v}")`);
}

/** Branch names follow git's rules; a bad one is a clear input error, not a 422 later. */
const BRANCH_RE = /^(?!\/|.*(\.\.|\/\/|@\{|\.lock$|\/$|\.$))[A-Za-z0-9._/-]{1,200}$/;

export function readActionInputs(): ActionInputs {
  const raw: RawOptions = {};
  for (const spec of OPTIONS) {
    if (spec.kind === 'negatable') continue; // expressed as no-ai / no-cache inputs
    const value = spec.kind === 'list' ? core.getMultilineInput(spec.name) : core.getInput(spec.name);
    if (Array.isArray(value) ? value.length > 0 : value !== '') raw[spec.name] = value;
  }
  for (const name of ['gemini-api-key', 'openai-api-key', 'anthropic-api-key', 'no-ai', 'no-cache']) {
    const value = core.getInput(name);
    if (value !== '') raw[name] = value;
  }
  const outputDir = core.getInput('output-dir');
  if (outputDir !== '' && raw.out === undefined) raw.out = outputDir;
  const token = core.getInput('github-token');
  for (const v of [raw['gemini-api-key'], raw['openai-api-key'], raw['anthropic-api-key'], token]) {
    if (typeof v === 'string' && v) core.setSecret(v);
  }
  const prBranch = core.getInput('pr-branch').trim() || undefined;
  if (prBranch && !BRANCH_RE.test(prBranch)) throw new InputError(`input "pr-branch" is not a valid branch name (got "${prBranch}")`);
  const args = core.getInput('args');
  return {
    command: core.getInput('command').trim() || 'analyze',
    dir: core.getInput('working-directory').trim() || '.',
    args: args ? args.split(/\s+/).filter(Boolean) : [],
    raw,
    token,
    createPr: flag('create-pr', true),
    prBranch,
    prLabels: core
      .getInput('pr-labels')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    comment: flag('comment', true),
    annotations: flag('annotations', true),
    issues: flag('issues', true),
  };
}
