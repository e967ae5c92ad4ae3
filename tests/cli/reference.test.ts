// docs/reference.md is the project's own reference: it must name every option, every command and
// link every JSON Schema, and the README must point at it (not at files users do not have).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/core/types';
import { OPTIONS } from '../../src/options';

const ROOT = join(import.meta.dirname, '..', '..');
const reference = readFileSync(join(ROOT, 'docs', 'reference.md'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('docs/reference.md', () => {
  it('documents every option of the option table', () => {
    for (const o of OPTIONS) expect(reference, o.name).toContain(o.kind === 'negatable' ? `\`--no-${o.name}\`` : `\`--${o.name}`);
  });

  it('documents every command and exit code', () => {
    for (const c of COMMAND_NAMES) expect(reference, c).toMatch(new RegExp(`\\| \`${c}\\b`));
    for (const code of ['0', '1', '2', '3']) expect(reference).toContain(`| \`${code}\` |`);
  });

  it('links every JSON Schema in schemas/', () => {
    for (const f of readdirSync(join(ROOT, 'schemas'))) expect(reference, f).toContain(`(../schemas/${f})`);
  });

  it('is what the README links to; nothing links outside the repository', () => {
    expect(readme).toContain('(docs/reference.md)');
    expect(readme).not.toContain('../shared');
    expect(reference).not.toContain('../shared');
  });
});
