// Nothing outside the repository is read by the Terraform loader: file functions, module sources
// and .tf files are judged by their real path (symlinks resolved). Each case is the hostile input
// from issue 12 itself.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTerraform } from '../../src/terraform/load';
import { UNKNOWN } from '../../src/terraform/model';

/** A repository (with .git) holding `repo/`, and a secret file next to it, outside. */
function layout(files: Record<string, string>): { outer: string; repo: string; secret: string } {
  const outer = mkdtempSync(join(tmpdir(), 'inframate-boundary-'));
  const repo = join(outer, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  const secret = join(outer, 'secret.txt');
  writeFileSync(secret, 'TOP_SECRET_VALUE=hunter2\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(repo, name, '..'), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
  return { outer, repo, secret };
}

const outputOf = async (repo: string, name: string) => (await loadTerraform(repo)).outputs[name]?.value;

describe('file functions stay inside the repository', () => {
  it('a symlink to a file outside is an unknown value and a warning naming file and line', async () => {
    const { repo, secret } = layout({ 'main.tf': 'output "x" {\n  value = file("envlink")\n}\n' });
    symlinkSync(secret, join(repo, 'envlink'));
    const t = await loadTerraform(repo);
    expect(t.outputs.x?.value).toBe(UNKNOWN);
    expect(JSON.stringify(t)).not.toContain('hunter2');
    expect(t.warnings).toContainEqual(expect.objectContaining({ file: 'main.tf', line: 2, message: expect.stringContaining('outside') }));
  });

  it.each([
    ['file', 'file("envlink")'],
    ['filebase64', 'filebase64("envlink")'],
    ['filesha256', 'filesha256("envlink")'],
    ['filesha1', 'filesha1("envlink")'],
    ['filemd5', 'filemd5("envlink")'],
    ['fileexists', 'fileexists("envlink")'],
    ['templatefile', 'templatefile("envlink", {})'],
    ['fileset', 'fileset(".", "envlink")'],
  ])('%s through a symlink to /proc/self/environ reads nothing', async (_, call) => {
    const { repo } = layout({ 'main.tf': `output "x" {\n  value = ${call}\n}\n` });
    symlinkSync('/proc/self/environ', join(repo, 'envlink'));
    expect(await outputOf(repo, 'x')).toBe(UNKNOWN);
  });

  it('a symlinked directory leading out is refused as well', async () => {
    const { repo, outer } = layout({ 'main.tf': 'output "x" {\n  value = file("up/secret.txt")\n}\n' });
    symlinkSync(outer, join(repo, 'up'));
    expect(await outputOf(repo, 'x')).toBe(UNKNOWN);
  });

  it('absolute paths (/etc/shadow) are refused with a warning', async () => {
    const { repo } = layout({ 'main.tf': 'output "x" {\n  value = file("/etc/shadow")\n}\n' });
    const t = await loadTerraform(repo);
    expect(t.outputs.x?.value).toBe(UNKNOWN);
    expect((t.warnings ?? []).some((w) => w.file === 'main.tf' && w.line === 2)).toBe(true);
  });

  it('a parent module (source = "../") cannot reach ../../../etc/passwd, and is itself not loaded', async () => {
    const { repo } = layout({
      'main.tf': 'module "up" {\n  source = "../"\n}\noutput "p" {\n  value = file("${path.module}/../../../etc/passwd")\n}\n',
    });
    // The secret sits in the parent directory: loading it as a module would read it.
    writeFileSync(join(repo, '..', 'leak.tf'), 'output "leak" {\n  value = "LEAKED"\n}\n');
    const t = await loadTerraform(repo);
    expect(t.outputs.p?.value).toBe(UNKNOWN);
    expect(t.files.some((f) => f.startsWith('..'))).toBe(false);
    expect(JSON.stringify(t)).not.toContain('LEAKED');
    expect(t.warnings).toContainEqual(
      expect.objectContaining({ file: 'main.tf', line: 1, message: expect.stringContaining('module source') }),
    );
  });

  it('files inside the repository are still read (good example)', async () => {
    const { repo } = layout({ 'main.tf': 'output "x" {\n  value = file("in/a.txt")\n}\n', 'in/a.txt': 'hello' });
    symlinkSync(join(repo, 'in', 'a.txt'), join(repo, 'inlink'));
    writeFileSync(join(repo, 'main.tf'), 'output "x" {\n  value = [file("in/a.txt"), file("inlink"), fileexists("nope")]\n}\n');
    expect(await outputOf(repo, 'x')).toEqual(['hello', 'hello', false]);
  });
});

describe('.tf files that are symlinks out of the tree', () => {
  it('are not read, with a warning', async () => {
    const { repo, outer } = layout({ 'main.tf': 'resource "aws_sqs_queue" "q" {}\n' });
    writeFileSync(join(outer, 'evil.tf'), 'output "leak" {\n  value = "LEAKED"\n}\n');
    symlinkSync(join(outer, 'evil.tf'), join(repo, 'linked.tf'));
    const t = await loadTerraform(repo);
    expect(t.outputs.leak).toBeUndefined();
    expect(t.warnings).toContainEqual(expect.objectContaining({ file: 'linked.tf', message: expect.stringContaining('outside') }));
    expect(t.resources.map((r) => r.address)).toEqual(['aws_sqs_queue.q']);
  });
});

describe('the boundary helpers', () => {
  it('a path not yet created inside the repository is "missing", not outside; a dangling link is outside', async () => {
    const { checkInside, repositoryRoot } = await import('../../src/core/tree');
    const { repo } = layout({});
    const root = repositoryRoot(join(repo, 'not', 'yet'));
    expect(root).toBe(repositoryRoot(repo));
    expect(checkInside(root, join(repo, 'infra', 'main.tf'))).toEqual({ ok: false, missing: true });
    symlinkSync('/nonexistent-inframate-target', join(repo, 'dangling'));
    expect(checkInside(root, join(repo, 'dangling', 'x'))).toMatchObject({ ok: false, missing: false });
    // A repository directory that does not exist yet is its own root.
    const ghost = join(repo, '..', 'ghost');
    expect(checkInside(repositoryRoot(ghost), join(ghost, 'infra'))).toEqual({ ok: false, missing: true });
  });
});
