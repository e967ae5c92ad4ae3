import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-wip-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'web', dependencies: { express: '^4.19.0' } }));
  writeFileSync(join(dir, 'index.js'), "require('express')().listen(3000);\n");
  git('add', '.');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
  // Work in progress: a new service nobody has `git add`-ed yet.
  mkdirSync(join(dir, 'worker'));
  writeFileSync(join(dir, 'worker', 'requirements.txt'), 'flask==3.0.0\npsycopg2-binary==2.9.9\n');
  writeFileSync(join(dir, 'worker', 'app.py'), 'from flask import Flask\napp = Flask(__name__)\n');
  return dir;
}

describe('profiling a git work tree', () => {
  it('sees files not yet added to git in a small repository', async () => {
    const profile = await profileDirectory(gitRepo());
    expect(profile.frameworks).toEqual(expect.arrayContaining(['express', 'flask']));
    expect(profile.datastores).toContain('postgresql');
    expect(profile.languages.map((l) => l.name)).toEqual(expect.arrayContaining(['javascript', 'python']));
  });

  it('reads only the git index when asked to', async () => {
    const profile = await profileDirectory(gitRepo(), { source: 'git' });
    expect(profile.frameworks).toContain('express');
    expect(profile.frameworks).not.toContain('flask');
  });
});

describe("Inframate's own output folder", () => {
  it('is left out of languages and existing IaC when excluded', async () => {
    const dir = gitRepo();
    mkdirSync(join(dir, 'infra'));
    writeFileSync(join(dir, 'infra', 'main.tf'), 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n'.repeat(50));
    const withOutput = await profileDirectory(dir);
    expect(withOutput.iac.terraform).toEqual(['infra/main.tf']);
    const profile = await profileDirectory(dir, { exclude: ['infra'] });
    expect(profile.iac.terraform).toEqual([]);
    expect(profile.languages.map((l) => l.name)).not.toContain('hcl');
  });
});
