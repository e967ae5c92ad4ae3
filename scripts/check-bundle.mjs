// Fails the build when the bundle cannot find its hcl2json asset or does not start.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

for (const f of ['dist/index.js', 'dist/cli.js', 'dist/hcl2json/main.wasm.gz']) {
  if (!existsSync(f)) {
    console.error(`bundle check: ${f} is missing`);
    process.exit(1);
  }
}
const out = execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
if (!/^\d+\.\d+\.\d+/.test(out.trim())) {
  console.error(`bundle check: dist/cli.js --version printed ${JSON.stringify(out)}`);
  process.exit(1);
}
