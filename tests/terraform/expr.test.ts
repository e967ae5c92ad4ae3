import { describe, expect, it } from 'vitest';
import { parseExpression, parseTemplateString } from '../../src/terraform/expr/parser';
import { ExprSyntaxError } from '../../src/terraform/expr/ast';
import { BindingScope, evaluate, evaluateSafe, type Scope } from '../../src/terraform/evaluate';
import { UNKNOWN, type TfValue } from '../../src/terraform/model';

const vars: Record<string, TfValue> = {
  env: 'prod',
  n: 3,
  list: ['a', 'b', 'c'],
  map: { x: 1, y: 2 },
  objs: [
    { id: 'i-1', tags: { Name: 'one' } },
    { id: 'i-2', tags: { Name: 'two' } },
  ],
  nothing: null,
  secret: UNKNOWN,
  flag: true,
};
const scope: Scope = {
  ref: (path) => {
    if (path[0] === 'var' && path[1] !== undefined && path[1] in vars) return { value: vars[path[1]]!, used: 2 };
    return undefined;
  },
};
/** Evaluate a hcl2json string (a template; "${…}" alone is a pure expression). */
const ev = (s: string): TfValue => evaluateSafe(parseTemplateString(s), scope);
const ex = (s: string): TfValue => evaluateSafe(parseExpression(s), scope);

describe('expression parser and evaluator', () => {
  it('evaluates operators with HCL precedence', () => {
    expect(ex('1 + 2 * 3')).toBe(7);
    expect(ex('(1 + 2) * 3')).toBe(9);
    expect(ex('10 - 4 - 3')).toBe(3);
    expect(ex('7 % 4 + 1')).toBe(4);
    expect(ex('1 + 2 == 3 && !false')).toBe(true);
    expect(ex('2 > 1 || 1 / 0 == 0')).toBe(true);
    expect(ex('-var.n + 1')).toBe(-2);
    expect(ex('"5" + 1')).toBe(6);
  });

  it('evaluates conditionals, including nested ones', () => {
    expect(ev('${var.env == "prod" ? "big" : "small"}')).toBe('big');
    expect(ev('${var.n > 5 ? "many" : var.n > 1 ? "some" : "one"}')).toBe('some');
  });

  it('keeps a conditional on an unknown condition unknown unless both branches agree', () => {
    expect(ev('${var.secret ? "a" : "b"}')).toBe(UNKNOWN);
    expect(ev('${var.secret ? "same" : "same"}')).toBe('same');
  });

  it('short-circuits logic only on a known deciding operand', () => {
    expect(ex('false && var.secret')).toBe(false);
    expect(ex('true || var.secret')).toBe(true);
    expect(ex('true && var.secret')).toBe(UNKNOWN);
  });

  it('renders templates and propagates unknowns through them', () => {
    expect(ev('app-${var.env}-${var.n}')).toBe('app-prod-3');
    expect(ev('x-${var.secret}')).toBe(UNKNOWN);
    expect(ev('$${literal} and %%{also}')).toBe('${literal} and %{also}');
  });

  it('supports template directives with strip markers', () => {
    expect(ev('%{ if var.flag }on%{ else }off%{ endif }')).toBe('on');
    expect(ev('%{ for x in var.list }${x},%{ endfor }')).toBe('a,b,c,');
    expect(ev('a  ${~ "b" ~}  c')).toBe('abc');
  });

  it('indexes, reads attributes and splats', () => {
    expect(ev('${var.list[1]}')).toBe('b');
    expect(ev('${var.map["y"]}')).toBe(2);
    expect(ev('${var.map.x}')).toBe(1);
    expect(ev('${var.objs[*].id}')).toEqual(['i-1', 'i-2']);
    expect(ev('${var.objs[*].tags.Name}')).toEqual(['one', 'two']);
    expect(ev('${var.objs.*.id}')).toEqual(['i-1', 'i-2']);
    // A legacy splat's result is indexed afterwards (Infracost's test data: aws_launch_configuration.x.*.id[count.index]).
    expect(ev('${var.objs.*.id[1]}')).toBe('i-2');
    expect(ev('${var.nothing[*]}')).toEqual([]);
    expect(ev('${var.objs[0].tags["Name"]}')).toBe('one');
    expect(ev('${[{ b = [{ c = 1 }, { c = 2 }] }, { b = [] }][*].b[*].c}')).toEqual([[1, 2], []]);
  });

  it('evaluates for expressions over lists and maps, with filters and grouping', () => {
    expect(ev('${[for s in var.list : upper(s)]}')).toEqual(['A', 'B', 'C']);
    expect(ev('${[for i, s in var.list : "${i}=${s}" if s != "b"]}')).toEqual(['0=a', '2=c']);
    expect(ev('${{ for k, v in var.map : k => v * 10 }}')).toEqual({ x: 10, y: 20 });
    expect(ev('${{ for o in var.objs : o.tags.Name => o.id }}')).toEqual({ one: 'i-1', two: 'i-2' });
    expect(ev('${{ for s in ["a", "b", "a"] : s => s... }}')).toEqual({ a: ['a', 'a'], b: ['b'] });
    expect(ev('${[for s in var.secret : s]}')).toBe(UNKNOWN);
  });

  it('evaluates object and tuple constructors, with expression keys', () => {
    expect(ev('${{ a = 1, "b c" = [1, 2], (var.env) = true }}')).toEqual({ a: 1, 'b c': [1, 2], prod: true });
    expect(ev('${{\n  a = 1\n  b = 2\n}}')).toEqual({ a: 1, b: 2 });
  });

  it('handles heredocs inside expressions', () => {
    expect(ev('${merge({}, { b = <<EOT\nhello ${var.env}\nEOT\n})}')).toEqual({ b: 'hello prod\n' });
    expect(ev('${trimspace(<<-EOT\n    indented\n      more\n    EOT\n)}')).toBe('indented\n  more');
  });

  it('decodes escapes in quoted strings inside expressions', () => {
    expect(ev('${"a\\"b\\n\\u00e9"}')).toBe('a"b\né');
  });

  it('try() and can() catch evaluation errors but not unknowns', () => {
    expect(ev('${try(var.map.missing, "fallback")}')).toBe('fallback');
    expect(ev('${try(var.map.x, "fallback")}')).toBe(1);
    expect(ev('${can(var.list[10])}')).toBe(false);
    expect(ev('${can(var.list[0])}')).toBe(true);
    expect(ev('${try(var.secret, "fallback")}')).toBe(UNKNOWN);
  });

  it('turns errors Terraform would report into UNKNOWN, never a guess', () => {
    expect(ev('${var.map.missing}')).toBe(UNKNOWN);
    expect(ev('${var.undeclared}')).toBe(UNKNOWN);
    expect(ev('${var.list[7]}')).toBe(UNKNOWN);
    expect(() => evaluate(parseTemplateString('${var.map.missing}'), scope)).toThrow(/no attribute/);
  });

  it('compares deeply and refuses to compare unknowns', () => {
    expect(ex('[1, {a = 2}] == [1, {a = 2}]')).toBe(true);
    expect(ex('1 == "1"')).toBe(false);
    expect(ex('var.secret == 1')).toBe(UNKNOWN);
  });

  it('binds local names in nested scopes', () => {
    const inner = new BindingScope(scope, { each: { key: 'k', value: { size: 5 } } });
    expect(evaluate(parseTemplateString('${each.key}-${each.value.size}'), inner)).toBe('k-5');
  });

  it('resolves provider-namespaced function names to the function', () => {
    expect(ev('${provider::terraform::upper("x")}')).toBe('X');
  });

  it('rejects malformed expressions with a syntax error', () => {
    for (const bad of ['${1 +}', '${foo(}', '${[1, 2}', '${a ? b}', '${"unterminated}', '%{ if x }no end', '${{ for x in y }}', '${a.}']) {
      expect(() => parseTemplateString(bad), bad).toThrow(ExprSyntaxError);
    }
  });

  it('caches parsed templates by source text', () => {
    expect(parseTemplateString('${var.env}-cached')).toBe(parseTemplateString('${var.env}-cached'));
  });
});
