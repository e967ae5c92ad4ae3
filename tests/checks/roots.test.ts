import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTerraform } from '../../src/checks/engine';
import { loadTerraform } from '../../src/terraform/load';

function moduleRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-roots-'));
  mkdirSync(join(dir, 'modules/bucket'), { recursive: true });
  mkdirSync(join(dir, 'examples/basic'), { recursive: true });
  writeFileSync(
    join(dir, 'modules/bucket/main.tf'),
    'variable "name" {\n  type = string\n}\nresource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\n',
  );
  writeFileSync(join(dir, 'examples/basic/main.tf'), 'module "b" {\n  source = "../../modules/bucket"\n  name   = "demo"\n}\n');
  writeFileSync(join(dir, 'main.tf'), 'module "b" {\n  source = "./modules/bucket"\n  name   = "root"\n}\n');
  return dir;
}

describe('a module called from several roots', () => {
  it('reports each finding on its code once, not once per root', async () => {
    const loaded = await loadTerraform(moduleRepo());
    const { findings } = scanTerraform(loaded);
    const encryption = findings.filter((f) => f.ruleId === 'aws-s3-encryption');
    expect(encryption).toHaveLength(1);
    expect(encryption[0]).toMatchObject({ resource: 'module.b.aws_s3_bucket.this', file: 'modules/bucket/main.tf', line: 4 });
    const places = findings.map((f) => `${f.ruleId}|${f.resource}|${f.file}|${f.line}`);
    expect(new Set(places).size).toBe(places.length);
  });
});
