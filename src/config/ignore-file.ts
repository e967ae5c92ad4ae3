// DIR/.inframateignore, in the manner of .trivyignore: one rule id or Checkov/Trivy alias per line,
// an optional `exp:YYYY-MM-DD` after it, `#` comments. A comment on the line (or the comment lines
// just above it) is the reason shown in the report. A malformed line is an input error naming it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../supervisor/errors';
import type { SkipEntry } from './file';

export const IGNORE_FILE = '.inframateignore';

export function parseIgnoreFile(text: string, file: string): SkipEntry[] {
  const out: SkipEntry[] = [];
  let pending: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : '';
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (body === '') {
      pending = comment ? [...pending, comment] : [];
      return;
    }
    const [id, ...rest] = body.split(/\s+/);
    let expires: string | undefined;
    for (const word of rest) {
      const m = /^exp:(\d{4}-\d{2}-\d{2})$/.exec(word);
      if (!m || Number.isNaN(Date.parse(m[1]!))) {
        throw new InputError(`ignore file: expected "ID [exp:YYYY-MM-DD]", got "${body}"`, { file, line });
      }
      expires = m[1];
    }
    const reason = comment || pending.join(' ');
    out.push({
      id: id!.toLowerCase(),
      ...(reason ? { reason } : {}),
      ...(expires ? { expires } : {}),
      source: `${file}:${line}`,
      from: 'ignore-file',
    });
    pending = [];
  });
  return out;
}

export function loadIgnoreFile(dir: string, display: (path: string) => string = (p) => p): SkipEntry[] {
  const path = resolve(dir, IGNORE_FILE);
  if (!existsSync(path)) return [];
  return parseIgnoreFile(readFileSync(path, 'utf8'), display(path));
}
