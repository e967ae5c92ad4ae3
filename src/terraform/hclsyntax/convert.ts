// The parsed file → the JSON shape of @cdktf/hcl2json (tmccombs/hcl2json's converter as forked by
// cdktf, without simplification): blocks nested by type and labels, each body in an array;
// literals as JSON values; templates as strings with `${…}` kept; every other expression as
// "${<its source text>}". Keys are ordered as Go's encoding/json orders them (byte order), so the
// result is the same object hcl2json returns, key order included.
import type { Body, Expr, LiteralValue } from './ast';
import { HclSyntaxError } from './ast';
import { isStringLiteral } from './parser';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const escapeLiteral = (s: string) => s.split('${').join('$${');

/** Go's encoding/json sorts map keys by their UTF-8 bytes. */
function byteOrder(a: string, b: string): number {
  // UTF-16 order equals UTF-8 byte order except around surrogates (characters beyond U+FFFF).
  if (!/[\ud800-\udfff]/.test(a + b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function sorted(obj: Map<string, Json>): JsonObject {
  const out: JsonObject = {};
  for (const key of [...obj.keys()].sort(byteOrder)) out[key] = obj.get(key)!;
  return out;
}

/** A cty number as Go's big.Float Text('f', -1) writes it: plain decimal, no exponent, no trailing zeros. */
export function numberToString(text: string): string {
  const m = /^([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (!m) return text;
  const [, int = '', frac = '', exp = '0'] = m;
  let digits = int + frac;
  let point = int.length + Number(exp); // where the decimal point falls in `digits`
  while (digits.startsWith('0')) {
    digits = digits.slice(1);
    point--;
  }
  if (!digits) return '0';
  digits = digits.replace(/0+$/, '');
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return digits.slice(0, point) + '.' + digits.slice(point);
}

class Converter {
  constructor(private readonly src: string) {}

  /** hcl2json's rangeSource: the source of the span, plus a closing parenthesis right after it. */
  private rangeSource(e: { s: number; e: number }): string {
    const end = this.src[e.e] === ')' ? e.e + 1 : e.e;
    return this.src.slice(e.s, end);
  }

  private wrap(e: Expr): string {
    return '${' + this.rangeSource(e) + '}';
  }

  body(body: Body): JsonObject {
    const out = new Map<string, Json>();
    for (const block of body.blocks) {
      let target = out;
      let key = block.type;
      const chain: Array<Map<string, Json>> = [];
      for (const label of block.labels) {
        const existing = target.get(key);
        if (existing !== undefined) {
          if (!(existing instanceof Map)) {
            throw new HclSyntaxError(
              'Unable to convert Block to JSON',
              `${block.type}.${block.labels.join('.')}: blocks of this type appear with and without labels`,
              block.typeStart,
            );
          }
          target = existing as Map<string, Json>;
        } else {
          const created = new Map<string, Json>();
          target.set(key, created as unknown as Json);
          target = created;
        }
        chain.push(target);
        key = label;
      }
      const value = this.body(block.body);
      const current = target.get(key);
      if (current === undefined) target.set(key, [value]);
      else if (Array.isArray(current)) current.push(value);
      else {
        throw new HclSyntaxError(
          'Unable to convert Block to JSON',
          `invalid HCL detected for "${key}" block, cannot have blocks with and without labels`,
          block.typeStart,
        );
      }
    }
    for (const attr of body.attributes) out.set(attr.name, this.expression(attr.expr));
    return finish(out);
  }

  expression(e: Expr): Json {
    switch (e.k) {
      case 'literal':
        return literalJson(e.value, e);
      case 'unary':
        return this.unary(e);
      case 'template':
        return this.template(e);
      case 'wrap':
        return this.expression(e.inner);
      case 'tuple':
        return e.items.map((item) => this.expression(item));
      case 'object': {
        const m = new Map<string, Json>();
        for (const item of e.items) m.set(this.key(item.key), this.expression(item.value));
        return sorted(m);
      }
      default:
        return this.wrap(e);
    }
  }

  private unary(e: Extract<Expr, { k: 'unary' }>): Json {
    const operand = e.operand;
    if (operand.k !== 'literal') return this.wrap(e);
    const v = operand.value;
    if (e.op === 'negate' && v.type === 'number') return -Number(v.text);
    if (e.op === 'not' && v.type === 'bool') return !v.value;
    throw new HclSyntaxError('Invalid operand', `Unsuitable value for the ${e.op === 'negate' ? '"-"' : '"!"'} operator.`, e.s);
  }

  private template(t: Extract<Expr, { k: 'template' }>): string {
    if (isStringLiteral(t)) return this.stringPart(t.parts[0]!);
    return t.parts.map((p) => this.stringPart(p)).join('');
  }

  private stringPart(e: Expr): string {
    switch (e.k) {
      case 'literal':
        return escapeLiteral(literalString(e.value));
      case 'template':
        return this.template(e);
      case 'wrap':
        return this.stringPart(e.inner);
      case 'conditional': {
        const whenTrue = this.stringPart(e.whenTrue);
        const whenFalse = this.stringPart(e.whenFalse);
        return `%{if ${this.rangeSource(e.cond)}}${whenTrue}${whenFalse ? `%{else}${whenFalse}` : ''}%{endif}`;
      }
      case 'join':
        return `%{for ${e.keyVar ? `${e.keyVar}, ` : ''}${e.valVar} in ${this.rangeSource(e.coll)}}${this.stringPart(e.body)}%{endfor}`;
      default:
        return this.wrap(e);
    }
  }

  private key(e: Expr): string {
    if (e.k === 'traversal') return this.rangeSource(e);
    return this.stringPart(e);
  }
}

function literalJson(v: LiteralValue, at: { s: number }): Json {
  switch (v.type) {
    case 'string':
      return v.value;
    case 'number': {
      const n = Number(v.text);
      if (!Number.isFinite(n)) throw new HclSyntaxError('Invalid number literal', 'The number is too large to represent.', at.s);
      return n;
    }
    case 'bool':
      return v.value;
    default:
      return null;
  }
}

function literalString(v: LiteralValue): string {
  switch (v.type) {
    case 'string':
      return v.value;
    case 'number':
      return numberToString(v.text);
    case 'bool':
      return String(v.value);
    default:
      return 'null';
  }
}

/** Maps nested by labels become objects, recursively, in Go's key order. */
function finish(m: Map<string, Json>): JsonObject {
  const out = new Map<string, Json>();
  for (const [k, v] of m) out.set(k, v instanceof Map ? finish(v as Map<string, Json>) : v);
  return sorted(out);
}

export function convertBody(src: string, body: Body): JsonObject {
  return new Converter(src).body(body);
}
