import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeModule } from '../../src/terraform/write';

const tmp = () => mkdtempSync(join(tmpdir(), 'inframate-write-'));

describe('writeModule', () => {
  it('rejects paths that escape the output directory', async () => {
    for (const rel of ['../evil.tf', '/etc/passwd', 'a/../../b.tf']) {
      await expect(writeModule(tmp(), new Map([[rel, 'x']]), { force: true, dryRun: false })).rejects.toThrow(
        /outside the output directory/,
      );
    }
  });

  it('does not overwrite changed files without --force, and writes nothing then', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'main.tf'), 'mine');
    const files = new Map([
      ['versions.tf', 'v'],
      ['main.tf', 'generated'],
    ]);
    await expect(writeModule(dir, files, { force: false, dryRun: false })).rejects.toThrow(/--force/);
    expect(existsSync(join(dir, 'versions.tf'))).toBe(false);
    const r = await writeModule(dir, files, { force: true, dryRun: false });
    expect(r.overwritten).toEqual(['main.tf']);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe('generated');
    // Re-running with identical output is not a conflict.
    await expect(writeModule(dir, files, { force: false, dryRun: false })).resolves.toMatchObject({ overwritten: [] });
  });

  it('refuses to write through a symbolic link committed in the repository', async () => {
    const dir = tmp();
    const outside = join(tmp(), 'victim.txt');
    writeFileSync(outside, 'precious');
    mkdirSync(join(dir, 'infra'));
    symlinkSync(outside, join(dir, 'infra', 'main.tf'));
    await expect(writeModule(join(dir, 'infra'), new Map([['main.tf', 'x']]), { force: true, dryRun: false })).rejects.toThrow(
      /symbolic link/,
    );
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    symlinkSync(tmp(), join(dir, 'linked'));
    await expect(writeModule(join(dir, 'linked'), new Map([['a.tf', 'x']]), { force: true, dryRun: false })).rejects.toThrow(
      /symbolic link/,
    );
    writeFileSync(join(dir, 'file'), '');
    await expect(writeModule(join(dir, 'file'), new Map([['a.tf', 'x']]), { force: true, dryRun: false })).rejects.toThrow(
      /not a directory/,
    );
  });

  it('--dry-run lists the files and writes nothing', async () => {
    const dir = tmp();
    const r = await writeModule(join(dir, 'infra'), new Map([['a.tf', 'x']]), { force: false, dryRun: true });
    expect(r.files).toEqual(['a.tf']);
    expect(existsSync(join(dir, 'infra'))).toBe(false);
  });
});
