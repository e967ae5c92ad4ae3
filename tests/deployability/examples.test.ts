// Every deployability rule's own examples are its tests: each bad example fails that rule, each
// good example passes it. They go through the real loader (hcl2json, evaluation of for_each and
// jsonencode), like generated modules do.
import { describe, expect, it } from 'vitest';
import { checkDeployability, DEPLOYABILITY_RULES } from '../../src/deployability';
import { loadTerraformFiles } from '../../src/terraform/load';

async function failuresOf(ruleId: string, hcl: string, contract: Parameters<typeof checkDeployability>[1]) {
  const loaded = await loadTerraformFiles('/virtual', new Map([['main.tf', hcl]]));
  expect(loaded.errors, `example does not load: ${JSON.stringify(loaded.errors)}`).toEqual([]);
  return checkDeployability(loaded, contract, [ruleId]).failures;
}

describe.each(DEPLOYABILITY_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('has at least one good and one bad example', () => {
    expect(rule.examples.good.length).toBeGreaterThan(0);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
  });
  rule.examples.bad.forEach((hcl, i) => {
    it(`bad example ${i + 1} fails, naming the rule and the resource`, async () => {
      const found = await failuresOf(rule.id, hcl, rule.examples.contract);
      expect(found.length, hcl).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.rule).toBe(rule.id);
        expect(f.resource).toMatch(/^aws_\w+\.\w+/);
        expect(f.file).toBe('main.tf');
      }
    });
  });
  rule.examples.good.forEach((hcl, i) => {
    it(`good example ${i + 1} passes`, async () => {
      expect(await failuresOf(rule.id, hcl, rule.examples.contract), hcl).toEqual([]);
    });
  });
});

describe('deployability gate', () => {
  it('skips the contract rules when there is no run contract, and says so', async () => {
    const loaded = await loadTerraformFiles(
      '/virtual',
      new Map([['main.tf', 'resource "aws_s3_bucket" "b" {\n  bucket = "ok-bucket"\n}\n']]),
    );
    const r = checkDeployability(loaded);
    expect(r.passed).toBe(true);
    expect(r.skipped).toEqual(['container-port', 'required-variables', 'health-check-path']);
  });

  it('reports contract-rule failures as advisories when the generator does not wire the contract', async () => {
    const rule = DEPLOYABILITY_RULES.find((r) => r.id === 'required-variables')!;
    const loaded = await loadTerraformFiles('/virtual', new Map([['main.tf', rule.examples.bad[0]]]));
    const r = checkDeployability(loaded, rule.examples.contract, undefined, false);
    expect(r.passed).toBe(true);
    expect(r.failures).toEqual([]);
    expect(r.advisories.map((a) => a.rule)).toEqual(['required-variables']);
  });

  it('sees through for_each and modules: one failure per evaluated instance', async () => {
    const files = new Map([
      ['main.tf', 'module "svc" {\n  source = "./modules/svc"\n  names  = ["a-very-long-service-name-that-breaks", "ok"]\n}\n'],
      [
        'modules/svc/main.tf',
        'variable "names" {}\nresource "aws_lb_target_group" "t" {\n  for_each    = toset(var.names)\n  name        = each.key\n  port        = 80\n  protocol    = "HTTP"\n  target_type = "ip"\n  vpc_id      = "vpc-1"\n}\n',
      ],
    ]);
    const loaded = await loadTerraformFiles('/virtual', files);
    const r = checkDeployability(loaded, undefined, ['load-balancer-names']);
    expect(r.failures.map((f) => f.resource)).toEqual(['module.svc.aws_lb_target_group.t["a-very-long-service-name-that-breaks"]']);
    expect(r.failures[0].file).toBe('modules/svc/main.tf');
  });
});
