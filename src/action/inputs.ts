// Action inputs → RawOptions, by the same option table the CLI uses (like actions/checkout's
// input-helper). Only this module reads action inputs.
import * as core from '@actions/core';
import { OPTIONS, type RawOptions } from '../options';

/** Inputs that exist only in the Action (no CLI flag). */
export const ACTION_ONLY_INPUTS = [
  'command',
  'working-directory',
  'args',
  'gemini-api-key',
  'openai-api-key',
  'anthropic-api-key',
  'github-token',
  'create-pr',
  'pr-branch',
  'comment',
  'no-ai',
] as const;

export function readActionInputs(): { command: string; dir: string; args: string[]; raw: RawOptions } {
  const raw: RawOptions = {};
  for (const spec of OPTIONS) {
    if (spec.kind === 'negatable') continue; // expressed as no-ai / no-cache inputs
    const value = spec.kind === 'list' ? core.getMultilineInput(spec.name) : core.getInput(spec.name);
    if (Array.isArray(value) ? value.length > 0 : value !== '') raw[spec.name] = value;
  }
  for (const name of ACTION_ONLY_INPUTS) {
    const value = core.getInput(name);
    if (value !== '') raw[name] = value;
  }
  const noCache = core.getInput('no-cache');
  if (noCache !== '') raw['no-cache'] = noCache;
  for (const key of ['gemini-api-key', 'openai-api-key', 'anthropic-api-key', 'github-token']) {
    const v = raw[key];
    if (typeof v === 'string') core.setSecret(v);
  }
  const args = core.getInput('args');
  return {
    command: core.getInput('command') || 'analyze',
    dir: core.getInput('working-directory') || '.',
    args: args ? args.split(/\s+/).filter(Boolean) : [],
    raw,
  };
}
