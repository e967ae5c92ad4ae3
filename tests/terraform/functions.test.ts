import { describe, expect, it } from 'vitest';
import { parseTemplateString } from '../../src/terraform/expr/parser';
import { evaluateSafe, type Scope } from '../../src/terraform/evaluate';
import { UNKNOWN, type TfValue } from '../../src/terraform/model';

const scope: Scope = { ref: (p) => (p[0] === 'var' && p[1] === 'unknown' ? { value: UNKNOWN, used: 2 } : undefined) };
const f = (s: string): TfValue => evaluateSafe(parseTemplateString('${' + s + '}'), scope);

describe('collection functions', () => {
  it.each([
    ['merge({a = 1, b = 1}, {b = 2}, null)', { a: 1, b: 2 }],
    ['concat([1], [2, 3], [])', [1, 2, 3]],
    ['lookup({a = 1}, "a", 0)', 1],
    ['lookup({a = 1}, "z", 0)', 0],
    ['coalesce("", null, "x", "y")', 'x'],
    ['coalescelist([], ["a"])', ['a']],
    ['length("héllo")', 5],
    ['length({a = 1, b = 2})', 2],
    ['keys({b = 1, a = 2})', ['a', 'b']],
    ['values({b = 1, a = 2})', [2, 1]],
    ['element(["a", "b"], 3)', 'b'],
    ['contains(["a", "b"], "b")', true],
    ['index(["a", "b"], "b")', 1],
    ['flatten([[1, [2]], 3])', [1, 2, 3]],
    ['distinct([1, 2, 1])', [1, 2]],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 2)', [1, 3, 5]],
    ['sort(["b", "a"])', ['a', 'b']],
    ['reverse([1, 2])', [2, 1]],
    ['one([])', null],
    ['one(["x"])', 'x'],
    ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['setunion(["a"], ["b", "a"])', ['a', 'b']],
    ['setsubtract(["a", "b"], ["a"])', ['b']],
    ['alltrue([true, true])', true],
    ['anytrue([false, true])', true],
    ['sum([1, 2, 3])', 6],
    ['chunklist([1, 2, 3], 2)', [[1, 2], [3]]],
    ['transpose({a = ["x", "y"], b = ["x"]})', { x: ['a', 'b'], y: ['a'] }],
  ])('%s', (expr, want) => {
    expect(f(expr)).toEqual(want);
  });

  it('fails where Terraform fails (becoming UNKNOWN)', () => {
    expect(f('lookup({a = 1}, "z")')).toBe(UNKNOWN);
    expect(f('one([1, 2])')).toBe(UNKNOWN);
    expect(f('element([], 0)')).toBe(UNKNOWN);
    expect(f('coalesce("", null)')).toBe(UNKNOWN);
  });
});

describe('string functions', () => {
  it.each([
    ['format("%s-%03d-%.2f-%t-%q-%%", "a", 7, 1.5, true, "q")', 'a-007-1.50-true-"q"-%'],
    ['format("%-5s|%5s", "ab", "cd")', 'ab   |   cd'],
    ['format("%[2]s %[1]s", "a", "b")', 'b a'],
    ['formatlist("%s=%s", ["a", "b"], "v")', ['a=v', 'b=v']],
    ['join(",", ["a", "b"])', 'a,b'],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['lower("AbC")', 'abc'],
    ['upper("abc")', 'ABC'],
    ['title("hello world")', 'Hello World'],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("hello 123", "/[0-9]+/", "N")', 'hello N'],
    ['replace("ab", "/(a)(b)/", "$2$1")', 'ba'],
    ['trimspace("  x \\n")', 'x'],
    ['trim("--x--", "-")', 'x'],
    ['trimprefix("prefix-x", "prefix-")', 'x'],
    ['trimsuffix("x.tf", ".tf")', 'x'],
    ['startswith("arn:aws", "arn:")', true],
    ['endswith("file.json", ".json")', true],
    ['strcontains("hello", "ell")', true],
    ['substr("hello", 1, 3)', 'ell'],
    ['substr("hello", -3, -1)', 'llo'],
    ['regex("^arn:aws:s3:::(.*)$", "arn:aws:s3:::bucket")', ['bucket']],
    ['regex("(?P<svc>[a-z0-9]+):(?P<act>.*)", "s3:GetObject")', { svc: 's3', act: 'GetObject' }],
    ['regexall("[0-9]", "a1b2")', ['1', '2']],
    ['chomp("x\\n\\n")', 'x'],
    ['tostring(5)', '5'],
    ['tonumber("5.5")', 5.5],
    ['tobool("true")', true],
    ['base64encode("hi")', 'aGk='],
    ['base64decode("aGk=")', 'hi'],
    ['jsonencode({a = [1, true, null]})', '{"a":[1,true,null]}'],
    ['jsondecode("{\\"a\\": [1, 2]}")', { a: [1, 2] }],
    ['md5("x")', '9dd4e461268c8034f5c8564e155c67a6'],
  ])('%s', (expr, want) => {
    expect(f(expr)).toEqual(want);
  });

  it('rejects what Terraform rejects', () => {
    expect(f('regex("z", "abc")')).toBe(UNKNOWN);
    expect(f('tonumber("abc")')).toBe(UNKNOWN);
    expect(f('format("%d", 1.5)')).toBe(UNKNOWN);
    expect(f('format("%s %s", "one")')).toBe(UNKNOWN);
  });
});

describe('number functions', () => {
  it.each([
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['max([4, 5]...)', 5],
    ['abs(-2)', 2],
    ['ceil(1.2)', 2],
    ['floor(1.8)', 1],
    ['pow(2, 10)', 1024],
    ['parseint("ff", 16)', 255],
  ])('%s', (expr, want) => {
    expect(f(expr)).toEqual(want);
  });
});

describe('network functions', () => {
  it.each([
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['cidrsubnet("10.1.0.0/16", 4, 15)', '10.1.240.0/20'],
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrsubnet("2600:1f14:abc:de00::/56", 8, 1)', '2600:1f14:abc:de01::/64'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("10.0.0.0/24", -1)', '10.0.0.255'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
  ])('%s', (expr, want) => {
    expect(f(expr)).toEqual(want);
  });

  it('rejects impossible subnets', () => {
    expect(f('cidrsubnet("10.0.0.0/30", 4, 0)')).toBe(UNKNOWN);
    expect(f('cidrsubnet("10.0.0.0/16", 2, 4)')).toBe(UNKNOWN);
    expect(f('cidrsubnet("not-a-cidr", 8, 1)')).toBe(UNKNOWN);
    expect(f('cidrhost("10.0.0.0/30", 4)')).toBe(UNKNOWN);
  });
});

describe('unknown handling', () => {
  it('propagates unknown arguments', () => {
    expect(f('upper(var.unknown)')).toBe(UNKNOWN);
    expect(f('merge({a = 1}, var.unknown)')).toBe(UNKNOWN);
    expect(f('join(",", ["a", var.unknown])')).toBe(UNKNOWN);
    expect(f('jsonencode({a = var.unknown})')).toBe(UNKNOWN);
  });

  it('keeps what stays knowable', () => {
    expect(f('length(["a", var.unknown])')).toBe(2);
    expect(f('coalesce("x", var.unknown)')).toBe('x');
    expect(f('coalesce(var.unknown, "x")')).toBe(UNKNOWN);
    expect(f('merge({a = var.unknown}, {b = 1})')).toEqual({ a: UNKNOWN, b: 1 });
  });

  it('treats functions it does not model as unknown', () => {
    expect(f('file("policy.json")')).toBe(UNKNOWN);
    expect(f('timestamp()')).toBe(UNKNOWN);
    expect(f('templatefile("x.tpl", {})')).toBe(UNKNOWN);
  });
});

describe('regular expression safety', () => {
  it('does not run patterns that could backtrack catastrophically', () => {
    const started = Date.now();
    expect(f('regex("^(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")')).toBe(UNKNOWN);
    expect(f('can(regex("(x*)*y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))')).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(f('regex("^(ab)+$", "abab")')).toEqual(['ab']);
  });
});

// Found on terraform-aws-modules/terraform-aws-s3-bucket: `for_each = try(flatten([var.sse["rule"]]), [])` with a
// KMS key ARN (unknown) inside the rule made the whole dynamic block unknown.
describe('functions that only need the structure of their arguments to be known', () => {
  it('flatten keeps objects whose attributes are unknown, and is unknown only when a list element is', () => {
    expect(f('flatten([{ key = var.unknown, alg = "aws:kms" }])')).toEqual([{ key: UNKNOWN, alg: 'aws:kms' }]);
    expect(f('flatten([["a"], [{ b = [var.unknown] }]])')).toEqual(['a', { b: [UNKNOWN] }]);
    // an unknown element might be a list to splice in (UNKNOWN carries no type), at any depth
    expect(f('flatten([var.unknown, ["a"]])')).toBe(UNKNOWN);
    expect(f('flatten([["a"], [var.unknown]])')).toBe(UNKNOWN);
    expect(f('flatten(var.unknown)')).toBe(UNKNOWN);
  });

  it('lookup returns a present key even when the default is unknown', () => {
    expect(f('lookup({kms = "k"}, "kms", var.unknown)')).toBe('k');
    expect(f('lookup({a = 1}, "kms", var.unknown)')).toBe(UNKNOWN);
    expect(f('lookup(var.unknown, "kms", "d")')).toBe(UNKNOWN);
    expect(f('lookup({a = 1}, var.unknown, "d")')).toBe(UNKNOWN);
  });

  it('zipmap needs known keys but carries unknown values over', () => {
    expect(f('zipmap(["a", "b"], [var.unknown, 2])')).toEqual({ a: UNKNOWN, b: 2 });
    expect(f('zipmap(["a", var.unknown], [1, 2])')).toBe(UNKNOWN);
    expect(f('zipmap(["a"], var.unknown)')).toBe(UNKNOWN);
  });
});

// Configuration-driven repositories read settings with yamldecode(file(...)) / csvdecode(file(...)).
describe('decoding and path functions', () => {
  it.each([
    ['yamldecode("a: 1\\nb: [x, true, null]\\nc: {d: \\"e\\"}")', { a: 1, b: ['x', true, null], c: { d: 'e' } }],
    // YAML 1.2 core schema, as Terraform: "yes" and "on" are strings, not booleans
    ['yamldecode("flag: yes\\nother: on\\nn: 0x10")', { flag: 'yes', other: 'on', n: 16 }],
    [
      'yamldecode("- name: a\\n  port: 80\\n- name: b\\n  port: 443")',
      [
        { name: 'a', port: 80 },
        { name: 'b', port: 443 },
      ],
    ],
    ['yamldecode("")', null],
    [
      'csvdecode("name,port\\na,80\\n\\"b,c\\",443\\n")',
      [
        { name: 'a', port: '80' },
        { name: 'b,c', port: '443' },
      ],
    ],
    ['basename("modules/app/main.tf")', 'main.tf'],
    ['basename("modules/app/")', 'app'],
    ['basename(".")', '.'],
    ['dirname("modules/app/main.tf")', 'modules/app'],
    ['dirname("main.tf")', '.'],
  ])('%s', (expr, expected) => {
    expect(f(expr)).toEqual(expected);
  });

  it('rejects what Terraform rejects (the value becomes UNKNOWN, or try() falls back)', () => {
    expect(f('yamldecode("a: [1, 2")')).toBe(UNKNOWN);
    expect(f('yamldecode("a: 1\\n---\\nb: 2")')).toBe(UNKNOWN);
    expect(f('try(csvdecode("a,b\\n1"), "bad")')).toBe('bad');
    expect(f('yamldecode(var.unknown)')).toBe(UNKNOWN);
  });
});
