// Hostile input against the Terraform loader's limits (issue 12, items 7 and 8): the hostile input
// itself, written to a temporary repository, loaded and scanned as `secure` would.
import { mkdtempSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTerraform } from '../../src/checks/engine';
import { loadTerraform } from '../../src/terraform/load';
import { checkParseBudget, PARSE_BUDGET } from '../../src/terraform/parse-budget';
import { deepLocal, OPEN_SSH } from './limits-inputs';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-limits-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const sshFindings = (dir: string) =>
  loadTerraform(dir).then((loaded) => ({
    loaded,
    ssh: scanTerraform(loaded).findings.filter((f) => f.resource === 'aws_security_group.ssh' && /22|ssh/i.test(f.message + f.title)),
  }));

describe('limits: deep nesting (item 8)', () => {
  it('2,000 nested brackets: the file is still scanned (open SSH group reported), the deep expression is a warning with its line', async () => {
    const dir = repo({ 'main.tf': deepLocal(2000) + OPEN_SSH });
    const { loaded, ssh } = await sshFindings(dir);
    expect(loaded.errors).toEqual([]);
    expect(ssh.length).toBeGreaterThan(0);
    expect(loaded.warnings).toContainEqual(expect.objectContaining({ file: 'main.tf', line: 2, code: 'nesting-depth' }));
    expect(loaded.warnings!.find((w) => w.code === 'nesting-depth')!.message).toMatch(/nested 2001 levels deep \(more than 100\)/);
    expect(loaded.locals!.deep!.value).not.toEqual(expect.arrayContaining([1]));
  });

  it('deep nesting inside a string interpolation and in nested blocks is bounded too', async () => {
    const inString = `locals {\n  s = "\${${'('.repeat(3000)}1${')'.repeat(3000)}}"\n}\n`;
    const blocks = `resource "aws_s3_bucket" "b" {\n${'dynamic "x" {\n'.repeat(1)}${'a {\n'.repeat(1500)}${'}\n'.repeat(1500)}}\n}\n`;
    const dir = repo({ 'a.tf': inString, 'b.tf': blocks, 'main.tf': OPEN_SSH });
    const { loaded, ssh } = await sshFindings(dir);
    expect(ssh.length).toBeGreaterThan(0);
    expect(
      loaded
        .warnings!.filter((w) => w.code === 'nesting-depth')
        .map((w) => w.file)
        .sort(),
    ).toEqual(['a.tf', 'b.tf']);
  });

  it('nesting within the budget is parsed as written (no warning)', () => {
    const r = checkParseBudget('x.tf', deepLocal(PARSE_BUDGET.maxDepth - 1));
    expect(r.warnings).toEqual([]);
    expect(r.text).toBe(deepLocal(PARSE_BUDGET.maxDepth - 1));
  });

  it('the rewrite keeps every line where it was', () => {
    const text = `locals {\n  deep = ${'[\n'.repeat(300)}1${']\n'.repeat(300)}\n}\n${OPEN_SSH}`;
    const r = checkParseBudget('x.tf', text);
    expect(r.text.split('\n').length).toBe(text.split('\n').length);
    expect(r.text.split('\n').slice(-12)).toEqual(text.split('\n').slice(-12));
  });
});

describe('limits: file size and parser budget (item 7)', () => {
  it("a 200 MB .tf is that file's error (size and limit named), the other files are scanned", async () => {
    const dir = repo({ 'main.tf': OPEN_SSH, 'huge.tf': '' });
    truncateSync(join(dir, 'huge.tf'), 200 * 1024 * 1024);
    const t0 = performance.now();
    const { loaded, ssh } = await sshFindings(dir);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(ssh.length).toBeGreaterThan(0);
    expect(loaded.errors).toEqual([
      {
        file: 'huge.tf',
        line: 1,
        code: 'file-too-large',
        message: 'file is 200 MiB, larger than the 4 MiB limit for one input file; not read',
      },
    ]);
  });

  it("a 5 MB heredoc is that file's error, not an out-of-memory crash", async () => {
    const heredoc = `locals {\n  big = <<EOT\n${('x'.repeat(99) + '\n').repeat(50_000)}EOT\n}\n`;
    const dir = repo({
      'main.tf': OPEN_SSH,
      'heredoc.tf': heredoc,
      'h2.tf': `locals {\n  big = <<EOT\n${('x'.repeat(99) + '\n').repeat(3_000)}EOT\n}\n`,
    });
    const { loaded, ssh } = await sshFindings(dir);
    expect(ssh.length).toBeGreaterThan(0);
    expect(loaded.errors).toHaveLength(2);
    expect(loaded.errors[0]).toMatchObject({ file: 'h2.tf', line: 2, code: 'parse-budget' });
    expect(loaded.errors[0]!.message).toMatch(/heredocs in this file hold 293\.0 KiB .* more than the 256 KiB/);
    expect(loaded.errors[1]).toMatchObject({ file: 'heredoc.tf', line: 1, code: 'file-too-large' });
    expect(loaded.errors[1]!.message).toMatch(/file is 4\.8 MiB, larger than the 4 MiB limit/);
    const twoMb = checkParseBudget('x.tf', `locals {\n  big = <<EOT\n${('x'.repeat(99) + '\n').repeat(25_000)}EOT\n}\n`);
    expect(twoMb.error?.message).toMatch(/file is 2\.4 MiB, larger than the 2 MiB a \.tf file may have/);
  });

  it('an over-budget terraform.tfvars and --var-file are errors naming the file', async () => {
    const dir = repo({
      'main.tf': 'variable "x" {}\n' + OPEN_SSH,
      'terraform.tfvars': `x = <<EOT\n${'y'.repeat(300_000)}\nEOT\n`,
      'big.tfvars': '',
    });
    truncateSync(join(dir, 'big.tfvars'), 5 * 1024 * 1024);
    const loaded = await loadTerraform(dir, { varFiles: [join(dir, 'big.tfvars')] });
    expect(loaded.errors.map((e) => [e.file, e.code])).toEqual(
      expect.arrayContaining([
        ['terraform.tfvars', 'parse-budget'],
        [expect.stringMatching(/big\.tfvars$/), 'file-too-large'],
      ]),
    );
  });

  it('file() of a file over 1 MiB is unknown, never read whole', async () => {
    const dir = repo({ 'main.tf': 'locals {\n  f = file("blob.txt")\n}\n' + OPEN_SSH, 'blob.txt': '' });
    truncateSync(join(dir, 'blob.txt'), 300 * 1024 * 1024);
    const loaded = await loadTerraform(dir);
    expect(typeof loaded.locals!.f!.value).toBe('symbol');
  });
});
