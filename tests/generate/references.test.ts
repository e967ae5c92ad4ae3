import { describe, expect, it } from 'vitest';
import { alignHcl } from '../../src/terraform/hcl-align';
import { collectReferences, templateExpressions } from '../../src/terraform/references';

const targets = (v: unknown) => collectReferences(v).map((r) => r.target);

describe('reference extraction from hcl2json values', () => {
  it('finds references in interpolations and nested templates, not in literal text', () => {
    expect(targets('${aws_vpc.main.id}')).toEqual(['aws_vpc.main']);
    expect(targets('hello var.name and aws_x.y')).toEqual([]);
    expect(targets('${jsonencode({ a = "${var.inner}", b = local.tags })}')).toEqual(['local.tags', 'var.inner']);
    expect(targets('${data.aws_caller_identity.current.account_id}-${module.net.vpc_id}')).toEqual([
      'data.aws_caller_identity.current',
      'module.net',
    ]);
  });

  it('treats $${…} and %%{…} as escaped text', () => {
    expect(targets('$${var.not_a_reference} %%{ if x }')).toEqual([]);
    expect(templateExpressions('a $${b} ${c}')).toEqual(['c']);
  });

  it('ignores for-expression variables and function names', () => {
    expect(targets('${[for s in aws_subnet.private : s.id]}')).toEqual(['aws_subnet.private']);
    expect(targets('${cidrsubnet(var.vpc_cidr, 8, count.index)}')).toEqual(['var.vpc_cidr']);
  });
});

describe('terraform fmt alignment', () => {
  it('aligns consecutive single-line attributes and leaves multi-line ones alone', () => {
    const src = [
      'resource "x" "y" {',
      '  a = 1',
      '  long_name = 2',
      '  policy = jsonencode({',
      '    k = 1',
      '    kk = 2',
      '  })',
      '',
      '  b = 3',
      '}',
    ].join('\n');
    expect(alignHcl(src)).toBe(
      [
        'resource "x" "y" {',
        '  a         = 1',
        '  long_name = 2',
        '  policy = jsonencode({',
        '    k  = 1',
        '    kk = 2',
        '  })',
        '',
        '  b = 3',
        '}',
      ].join('\n'),
    );
  });
});
