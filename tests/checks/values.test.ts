// The value readers rules are written with: loose spellings whose intent is plain are read as
// Checkov reads them (a security check that stays silent on `encrypted = False` helps nobody),
// and what cannot be known stays unknown.
import { describe, expect, it } from 'vitest';
import { isFalse, isTrue } from '../../src/checks/dsl';
import { MISSING, bool } from '../../src/checks/values';
import { dynamicTemplates } from '../../src/terraform/dynamic-templates';
import { loadTerraformFiles } from '../../src/terraform/load';
import { UNKNOWN } from '../../src/terraform/model';

describe('bool', () => {
  it('reads booleans, any case of "true"/"false" and the numbers 1/0', () => {
    for (const v of [true, 'true', 'True', 'TRUE', ' true ', 1]) expect(bool(v), String(v)).toBe(true);
    for (const v of [false, 'false', 'False', 'FALSE', 0]) expect(bool(v), String(v)).toBe(false);
  });

  it('leaves everything else unknown, and MISSING to the default', () => {
    for (const v of ['yes', 'off', '', 2, -1, [], {}, null]) expect(bool(v as never), JSON.stringify(v)).toBeUndefined();
    expect(bool(undefined)).toBeUndefined();
    expect(bool(UNKNOWN as never)).toBeUndefined();
    expect(bool(MISSING)).toBeUndefined();
    expect(bool(MISSING, false)).toBe(false);
  });

  it('is what the isTrue / isFalse judges read', () => {
    expect([isTrue('False'), isFalse('False'), isTrue(1), isFalse(0), isTrue('maybe')]).toEqual([false, true, true, true, undefined]);
  });
});

describe('a bare True / False in Terraform', () => {
  it('evaluates to the word written (Terraform rejects it; its intent is plain), nested or not', async () => {
    const loaded = await loadTerraformFiles(
      '/v',
      new Map([
        [
          'main.tf',
          `resource "aws_dax_cluster" "d" {
  cluster_name = "c"
  server_side_encryption {
    enabled = False
  }
}
resource "aws_ebs_volume" "v" {
  encrypted = TRUE
  tags      = { ref = Falsey }
}`,
        ],
      ]),
    );
    const [dax, vol] = loaded.resources;
    expect(dax!.attributes.server_side_encryption).toEqual([{ enabled: 'False' }]);
    expect(vol!.attributes.encrypted).toBe('TRUE');
    // Any other unknown bare name stays unknown.
    expect(vol!.attributes.tags).toEqual({ ref: UNKNOWN });
  });
});

describe('a dynamic block over a collection that cannot be known', () => {
  const load = (tf: string) => loadTerraformFiles('/v', new Map([['main.tf', tf]]));

  it('stays unknown, and keeps its content (iterator unknown) beside the object it sits in', async () => {
    const { resources } = await load(`variable "rules" {}
resource "aws_network_acl" "n" {
  ingress {
    rule_no = 1
  }
  egress {
    rule_no = 2
  }
  dynamic "egress" {
    for_each = var.rules
    content { rule_no = egress.value.n }
  }
  dynamic "ingress_extra" {
    for_each = var.rules
    content {
      action  = "deny"
      rule_no = ingress_extra.key
    }
  }
}`);
    const acl = resources[0]!;
    expect(acl.attributes.ingress_extra).toBe(UNKNOWN);
    expect(dynamicTemplates(acl.attributes, 'ingress_extra')).toEqual([{ action: 'deny', rule_no: UNKNOWN }]);
    // Mixed with a static block of the same label: the content is not all there is, so nothing is kept.
    expect(acl.attributes.egress).toBe(UNKNOWN);
    expect(dynamicTemplates(acl.attributes, 'egress')).toBeUndefined();
    expect(dynamicTemplates(acl.attributes, 'ingress')).toBeUndefined();
  });

  it('is expanded as before when the collection is known, with no template', async () => {
    const { resources } = await load(`resource "aws_dax_cluster" "d" {
  dynamic "server_side_encryption" {
    for_each = [true, false]
    content { enabled = server_side_encryption.value }
  }
}`);
    expect(resources[0]!.attributes.server_side_encryption).toEqual([{ enabled: true }, { enabled: false }]);
    expect(dynamicTemplates(resources[0]!.attributes, 'server_side_encryption')).toBeUndefined();
  });
});
