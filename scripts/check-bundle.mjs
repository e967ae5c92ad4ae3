// Fails the build when the bundle does not start or cannot parse and load a Terraform module.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function fail(message) {
  console.error(`bundle check: ${message}`);
  process.exit(1);
}

for (const f of ['dist/index.js', 'dist/cli.js']) {
  if (!existsSync(f)) fail(`${f} is missing`);
}
const version = execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
if (!/^\d+\.\d+\.\d+/.test(version.trim())) fail(`dist/cli.js --version printed ${JSON.stringify(version)}`);

const dir = mkdtempSync(join(tmpdir(), 'inframate-bundle-check-'));
try {
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n');
  let out;
  try {
    out = execFileSync(process.execPath, ['dist/cli.js', 'visualize', dir, '--format', 'json', '--quiet'], { encoding: 'utf8' });
  } catch (error) {
    fail(`dist/cli.js could not load Terraform: ${error.stderr || error.message}`);
  }
  const graph = JSON.parse(out);
  if (!graph.nodes?.some((n) => n.id === 'aws_sqs_queue.q')) fail(`the bundle did not parse a module: ${out.slice(0, 300)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
