// `/inframate <command> [DIR] [--option value]` in an issue or PR comment. Comment text is
// untrusted: it is tokenised here (never by a shell), checked against an allowlist of commands
// and options, and every value against the option's choices or a strict pattern.
import { OPTIONS, type RawOptions } from '../options';

/** Commands a comment may start: they read the repository and report, nothing else. */
export const SLASH_COMMANDS = ['analyze', 'secure', 'optimize', 'visualize', 'auto'] as const;
export type SlashCommandName = (typeof SLASH_COMMANDS)[number];

/** Options a comment may set, with the pattern a free-form value must match. */
const SLASH_OPTIONS: Record<string, RegExp | null> = {
  'fail-on': null, // choices from the option table
  provider: null,
  region: /^[a-z]{2}(-gov)?-[a-z]+-\d$/,
  model: /^[A-Za-z0-9._:/-]{1,80}$/,
  'no-ai': null,
  'no-cache': null,
  force: null,
};

const SAFE_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9._/-]{1,200}$/;

export type SlashParse =
  | { kind: 'none' }
  | { kind: 'help' }
  | { kind: 'command'; command: SlashCommandName; dir?: string; raw: RawOptions }
  | { kind: 'invalid'; reason: string };

/** The first line of the comment that starts with `/inframate`, if any. */
function findInvocation(body: string): string | undefined {
  for (const line of body.split(/\r?\n/)) {
    const t = line.trim();
    if (/^\/inframate(\s|$)/.test(t)) return t;
  }
  return undefined;
}

export function parseSlashCommand(body: string): SlashParse {
  const line = findInvocation(body);
  if (line === undefined) return { kind: 'none' };
  const tokens = line.split(/\s+/).slice(1);
  if (tokens.length > 12) return { kind: 'invalid', reason: 'too many arguments' };
  const [name, ...rest] = tokens;
  if (!name || name === 'help' || name === '--help') return { kind: 'help' };
  if (!(SLASH_COMMANDS as readonly string[]).includes(name)) {
    return { kind: 'invalid', reason: `unknown command "${clip(name)}" (allowed: ${SLASH_COMMANDS.join(', ')})` };
  }
  const raw: RawOptions = {};
  let dir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (!token.startsWith('--')) {
      if (dir !== undefined) return { kind: 'invalid', reason: `unexpected argument "${clip(token)}"` };
      if (!SAFE_PATH.test(token)) return { kind: 'invalid', reason: `"${clip(token)}" is not a relative directory inside the repository` };
      dir = token;
      continue;
    }
    const eq = token.indexOf('=');
    const optName = (eq > 0 ? token.slice(2, eq) : token.slice(2)).toLowerCase();
    if (!(optName in SLASH_OPTIONS)) return { kind: 'invalid', reason: `option "--${clip(optName)}" is not allowed in comments` };
    const spec = OPTIONS.find((o) => o.name === optName || (o.kind === 'negatable' && `no-${o.name}` === optName));
    const isFlag = optName.startsWith('no-') || spec?.kind === 'boolean';
    if (isFlag) {
      if (eq > 0) return { kind: 'invalid', reason: `--${optName} takes no value` };
      raw[optName] = true;
      continue;
    }
    const value = eq > 0 ? token.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') return { kind: 'invalid', reason: `--${optName} needs a value` };
    const pattern = SLASH_OPTIONS[optName];
    const ok = pattern ? pattern.test(value) : (spec?.choices ?? []).includes(value);
    if (!ok) {
      const expected = spec?.choices ? ` (one of ${spec.choices.join(', ')})` : '';
      return { kind: 'invalid', reason: `invalid value for --${optName}${expected}` };
    }
    raw[optName] = value;
  }
  return { kind: 'command', command: name as SlashCommandName, dir, raw };
}

/** Echo only a short, inert piece of untrusted text back to users. */
function clip(text: string): string {
  return text.replace(/[^A-Za-z0-9._/=-]/g, '?').slice(0, 40);
}

export function slashHelp(): string {
  const opts = Object.keys(SLASH_OPTIONS).map((o) => `\`--${o}\``);
  return [
    'Usage: `/inframate <command> [DIR] [options]`',
    '',
    `Commands: ${SLASH_COMMANDS.map((c) => `\`${c}\``).join(', ')}.`,
    `Options: ${opts.join(', ')}.`,
  ].join('\n');
}
