// One hostile-input case of bench/limits.bench.ts, run in its own process so its peak RSS
// (process.resourceUsage().maxRSS) is its own. Prints one JSON line.
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanTerraform } from '../src/checks/engine';
import { estimateCosts } from '../src/cost/engine';
import { loadTerraform } from '../src/terraform/load';

const name = process.argv[2]!;
const work = join(import.meta.dirname, '.work', `limits-${name}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const put = (rel: string, text: string) => {
  mkdirSync(join(work, rel, '..'), { recursive: true });
  writeFileSync(join(work, rel), text);
};
const SSH = `resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const cases: Record<string, () => void> = {
  /** The 200 MB .tf of the report (sparse file), next to a normal one. */
  'size-200mb': () => {
    put('main.tf', SSH);
    put('huge.tf', '');
    truncateSync(join(work, 'huge.tf'), 200 * 1024 * 1024);
  },
  /** A 5 MB heredoc (over the read limit) and a 250 KB one (within the parse budget). */
  'heredoc-5mb': () => {
    put('main.tf', SSH);
    put('big.tf', `locals {\n  big = <<EOT\n${('x'.repeat(99) + '\n').repeat(50_000)}EOT\n}\n`);
    put('ok.tf', `locals {\n  ok = <<EOT\n${('y'.repeat(99) + '\n').repeat(2_500)}EOT\n}\n`);
  },
  /** 2,000 nested brackets next to an open SSH group. */
  'depth-2000': () => put('main.tf', `locals {\n  deep = ${'['.repeat(2000)}1${']'.repeat(2000)}\n}\n${SSH}`),
  /** count = 10000 calling a module with count = 10000. */
  'fan-out': () => {
    put('main.tf', 'module "fleet" {\n  source = "./modules/fleet"\n  count  = 10000\n}\n');
    put(
      'modules/fleet/main.tf',
      'resource "aws_instance" "node" {\n  count         = 10000\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n}\n',
    );
  },
  /** 20,000 S3 buckets in 20 files (the quadratic logging rule). */
  'buckets-20000': () => {
    for (let f = 0; f < 20; f++) {
      let text = '';
      for (let i = 0; i < 1000; i++) text += `resource "aws_s3_bucket" "b${f}_${i}" {\n  bucket = "bucket-${f}-${i}"\n}\n`;
      put(`b${f}.tf`, text);
    }
  },
  /** count = 1e9 priced by optimize. */
  'count-1e9': () =>
    put('main.tf', 'resource "aws_instance" "web" {\n  count         = 1e9\n  ami           = "ami-1"\n  instance_type = "t3.micro"\n}\n'),
};

cases[name]!();
const t0 = performance.now();
const loaded = await loadTerraform(work);
const loadMs = performance.now() - t0;
const t1 = performance.now();
const scan = scanTerraform(loaded);
const scanMs = performance.now() - t1;
const cost = estimateCosts(loaded, { region: 'us-east-1' });
const out = {
  case: name,
  loadMs: Math.round(loadMs),
  scanMs: Math.round(scanMs),
  resources: loaded.resources.length,
  instancesAccounted: loaded.resources.reduce((s, r) => s + (r.instanceCount ?? 1), 0),
  errors: loaded.errors.map((e) => `${e.file}:${e.line} ${e.code ?? ''}`),
  limitWarnings: (loaded.warnings ?? []).filter((w) => w.code).length,
  sshFindings: scan.findings.filter((f) => f.resource === 'aws_security_group.ssh').length,
  monthlyCost: cost.totalMonthlyCost,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};
rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify(out));
