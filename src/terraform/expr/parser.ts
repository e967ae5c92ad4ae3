// A small HCL expression and template parser (Pratt style for operators), used on the expression text that
// hcl2json leaves inside "${…}" strings. Parsed ASTs are cached by their source string: real code repeats the
// same expressions across resources and files, and the evaluator must stay cheap next to parsing.
import { ExprSyntaxError, type BinaryOp, type Expr, type TemplatePart } from './ast';

interface Token {
  t: 'ident' | 'number' | 'op' | 'eof';
  v: string;
  pos: number;
}

const BINARY_PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=', '&&', '||', '=>']);
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
const MAX_DEPTH = 200;

class Parser {
  i = 0;
  depth = 0;
  constructor(readonly src: string) {}

  fail(message: string, at = this.i): never {
    throw new ExprSyntaxError(message, at);
  }

  // ---- lexing (on demand; whitespace, newlines and comments are insignificant inside expressions) ----
  skipSpace(): void {
    const s = this.src;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '#' || (c === '/' && s[this.i + 1] === '/')) {
        const end = s.indexOf('\n', this.i);
        this.i = end < 0 ? s.length : end;
      } else if (c === '/' && s[this.i + 1] === '*') {
        const end = s.indexOf('*/', this.i + 2);
        this.i = end < 0 ? s.length : end + 2;
      } else return;
    }
  }

  lex(): Token {
    this.skipSpace();
    const s = this.src;
    const pos = this.i;
    if (pos >= s.length) return { t: 'eof', v: '', pos };
    const c = s[pos]!;
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*(?:::[A-Za-z_][A-Za-z0-9_-]*)*/.exec(s.slice(pos, pos + 256))!;
      this.i += m[0].length;
      return { t: 'ident', v: m[0], pos };
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(s.slice(pos, pos + 64))!;
      this.i += m[0].length;
      return { t: 'number', v: m[0], pos };
    }
    if (s.startsWith('...', pos)) {
      this.i += 3;
      return { t: 'op', v: '...', pos };
    }
    const two = s.slice(pos, pos + 2);
    if (TWO_CHAR_OPS.has(two)) {
      this.i += 2;
      return { t: 'op', v: two, pos };
    }
    this.i++;
    return { t: 'op', v: c, pos };
  }

  peek(offset = 0): Token {
    const save = this.i;
    let tok = this.lex();
    for (let k = 0; k < offset; k++) tok = this.lex();
    this.i = save;
    return tok;
  }

  isOp(v: string, offset = 0): boolean {
    const tok = this.peek(offset);
    return tok.t === 'op' && tok.v === v;
  }

  expect(v: string): void {
    const tok = this.lex();
    if (tok.t !== 'op' || tok.v !== v) this.fail(`expected "${v}" but found "${tok.v || 'end of expression'}"`, tok.pos);
  }

  expectIdent(): string {
    const tok = this.lex();
    if (tok.t !== 'ident') this.fail(`expected a name but found "${tok.v || 'end of expression'}"`, tok.pos);
    return tok.v;
  }

  // ---- expressions ----
  expr(): Expr {
    if (++this.depth > MAX_DEPTH) this.fail('expression nested too deeply');
    const c = this.binary(0);
    let out = c;
    if (this.isOp('?')) {
      this.lex();
      const t = this.expr();
      this.expect(':');
      const f = this.expr();
      out = { k: 'cond', c, t, f };
    }
    this.depth--;
    return out;
  }

  binary(minPrec: number): Expr {
    let left = this.unary();
    for (;;) {
      const tok = this.peek();
      const prec = tok.t === 'op' ? BINARY_PRECEDENCE[tok.v] : undefined;
      if (prec === undefined || prec <= minPrec) return left;
      this.lex();
      const right = this.binary(prec);
      left = { k: 'bin', op: tok.v as BinaryOp, l: left, r: right };
    }
  }

  unary(): Expr {
    const tok = this.peek();
    if (tok.t === 'op' && (tok.v === '!' || tok.v === '-')) {
      this.lex();
      if (++this.depth > MAX_DEPTH) this.fail('expression nested too deeply');
      const e = this.unary();
      this.depth--;
      if (tok.v === '-' && e.k === 'lit' && typeof e.v === 'number') return { k: 'lit', v: -e.v };
      return { k: 'unary', op: tok.v, e };
    }
    return this.postfix(this.primary());
  }

  /** Attribute access, index and splats. After a splat, the rest of the traversal applies to each element. */
  postfix(base: Expr): Expr {
    let e = base;
    for (;;) {
      if (this.isOp('.')) {
        const after = this.peek(1);
        if (after.t === 'op' && after.v === '*') {
          this.lex();
          this.lex();
          // A legacy `.*` splat takes only attribute steps; what follows (a.*.id[0]) applies to its result.
          e = { k: 'splat', obj: e, each: this.traversal({ k: 'item' }, true) };
          continue;
        }
        this.lex();
        const tok = this.lex();
        if (tok.t === 'ident') e = { k: 'attr', obj: e, name: tok.v };
        else if (tok.t === 'number') e = { k: 'index', obj: e, key: { k: 'lit', v: Number(tok.v) } };
        else this.fail(`expected an attribute name after "."`, tok.pos);
        continue;
      }
      if (this.isOp('[')) {
        if (this.isOp('*', 1) && this.isOp(']', 2)) {
          this.lex();
          this.lex();
          this.lex();
          return { k: 'splat', obj: e, each: this.traversal({ k: 'item' }, false) };
        }
        this.lex();
        const key = this.expr();
        this.expect(']');
        e = { k: 'index', obj: e, key };
        continue;
      }
      return e;
    }
  }

  /** The traversal after a splat; legacy `.*` splats only take attribute steps. */
  traversal(base: Expr, attrOnly: boolean): Expr {
    let e = base;
    for (;;) {
      if (this.isOp('.') && this.peek(1).t !== 'op') {
        this.lex();
        const tok = this.lex();
        e = tok.t === 'number' ? { k: 'index', obj: e, key: { k: 'lit', v: Number(tok.v) } } : { k: 'attr', obj: e, name: tok.v };
        continue;
      }
      if (!attrOnly && this.isOp('[')) {
        if (this.isOp('*', 1) && this.isOp(']', 2)) {
          // A further splat applies within each element: a[*].b[*].c is [for x in a : [for y in x.b : y.c]].
          this.lex();
          this.lex();
          this.lex();
          return { k: 'splat', obj: e, each: this.traversal({ k: 'item' }, false) };
        }
        this.lex();
        const key = this.expr();
        this.expect(']');
        e = { k: 'index', obj: e, key };
        continue;
      }
      return e;
    }
  }

  primary(): Expr {
    const tok = this.peek();
    if (tok.t === 'number') {
      this.lex();
      return { k: 'lit', v: Number(tok.v) };
    }
    if (tok.t === 'ident') {
      this.lex();
      if (tok.v === 'true') return { k: 'lit', v: true };
      if (tok.v === 'false') return { k: 'lit', v: false };
      if (tok.v === 'null') return { k: 'lit', v: null };
      if (this.isOp('(')) return this.call(tok.v);
      return { k: 'name', name: tok.v };
    }
    if (tok.t === 'op') {
      if (tok.v === '"') {
        this.i = tok.pos + 1;
        return simplifyTemplate(this.template({ quoted: true, escapes: true }).parts);
      }
      if (tok.v === '<' && this.src.startsWith('<<', tok.pos)) return this.heredoc(tok.pos);
      if (tok.v === '(') {
        this.lex();
        const e = this.expr();
        this.expect(')');
        return e;
      }
      if (tok.v === '[') return this.tuple();
      if (tok.v === '{') return this.object();
    }
    this.fail(tok.t === 'eof' ? 'unexpected end of expression' : `unexpected "${tok.v}"`, tok.pos);
  }

  call(name: string): Expr {
    this.expect('(');
    const args: Expr[] = [];
    let expand = false;
    while (!this.isOp(')')) {
      args.push(this.expr());
      if (this.isOp('...')) {
        this.lex();
        expand = true;
      }
      if (this.isOp(',')) this.lex();
      else break;
    }
    this.expect(')');
    return { k: 'call', name: name.includes('::') ? name.slice(name.lastIndexOf('::') + 2) : name, args, expand };
  }

  isForStart(): boolean {
    const kw = this.peek(1);
    const next = this.peek(2);
    return kw.t === 'ident' && kw.v === 'for' && next.t === 'ident';
  }

  forHeader(): { keyVar?: string; valVar: string; coll: Expr } {
    this.lex(); // for
    let keyVar: string | undefined;
    let valVar = this.expectIdent();
    if (this.isOp(',')) {
      this.lex();
      keyVar = valVar;
      valVar = this.expectIdent();
    }
    const kw = this.lex();
    if (kw.t !== 'ident' || kw.v !== 'in') this.fail('expected "in" in for expression', kw.pos);
    const coll = this.expr();
    return { keyVar, valVar, coll };
  }

  tuple(): Expr {
    if (this.isForStart()) {
      this.expect('[');
      const head = this.forHeader();
      this.expect(':');
      const valExpr = this.expr();
      const cond = this.forCondition();
      this.expect(']');
      return { k: 'for', ...head, valExpr, cond, group: false };
    }
    this.expect('[');
    const items: Expr[] = [];
    while (!this.isOp(']')) {
      items.push(this.expr());
      if (this.isOp(',')) this.lex();
      else break;
    }
    this.expect(']');
    return { k: 'tuple', items };
  }

  forCondition(): Expr | undefined {
    const tok = this.peek();
    if (tok.t === 'ident' && tok.v === 'if') {
      this.lex();
      return this.expr();
    }
    return undefined;
  }

  object(): Expr {
    if (this.isForStart()) {
      this.expect('{');
      const head = this.forHeader();
      this.expect(':');
      const keyExpr = this.expr();
      this.expect('=>');
      const valExpr = this.expr();
      let group = false;
      if (this.isOp('...')) {
        this.lex();
        group = true;
      }
      const cond = this.forCondition();
      this.expect('}');
      return { k: 'for', ...head, keyExpr, valExpr, cond, group };
    }
    this.expect('{');
    const items: { key: Expr; value: Expr }[] = [];
    while (!this.isOp('}')) {
      const tok = this.peek();
      let key: Expr;
      const after = this.peek(1);
      // A bare name before `=`/`:` is a literal key, as in HCL.
      if (tok.t === 'ident' && after.t === 'op' && (after.v === '=' || after.v === ':')) {
        this.lex();
        key = { k: 'lit', v: tok.v };
      } else key = this.expr();
      const sep = this.lex();
      if (sep.t !== 'op' || (sep.v !== '=' && sep.v !== ':')) this.fail('expected "=" in object', sep.pos);
      items.push({ key, value: this.expr() });
      if (this.isOp(',')) this.lex();
    }
    this.expect('}');
    return { k: 'object', items };
  }

  heredoc(at: number): Expr {
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(this.src.slice(at, at + 200));
    if (!m) this.fail('malformed heredoc', at);
    const body = heredocBody(this.src, at + m[0].length, m[2]!, m[1] === '-');
    if (!body) this.fail(`heredoc not terminated: expected a line "${m[2]}"`, at);
    this.i = body.end;
    return simplifyTemplate(parseTemplateParts(body.content, false));
  }

  // ---- templates ----
  /**
   * Parse template text up to its end, a closing quote or a closing directive. `stripLeading` carries a `~}`
   * strip marker into a directive's body; `stripAfter` hands one back from the closing directive.
   */
  template(
    opts: { quoted: boolean; escapes: boolean },
    stripLeading = false,
  ): { parts: TemplatePart[]; end: 'eof' | 'quote' | 'else' | 'endif' | 'endfor'; stripAfter: boolean } {
    const s = this.src;
    const parts: TemplatePart[] = [];
    let lit = '';
    let stripNext = stripLeading;
    const flush = (): void => {
      if (lit) parts.push(lit);
      lit = '';
    };
    const stripPrevious = (): void => {
      if (lit) lit = lit.replace(/[ \t\r\n]+$/, '');
      else if (typeof parts[parts.length - 1] === 'string')
        parts[parts.length - 1] = (parts[parts.length - 1] as string).replace(/[ \t\r\n]+$/, '');
    };
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (stripNext && /[ \t\r\n]/.test(c)) {
        this.i++;
        continue;
      }
      stripNext = false;
      if (opts.quoted && c === '"') {
        this.i++;
        flush();
        return { parts, end: 'quote', stripAfter: false };
      }
      if (opts.quoted && c === '\n') this.fail('unterminated string');
      if (opts.escapes && c === '\\') {
        const e = s[this.i + 1];
        if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail('invalid unicode escape');
          lit += String.fromCodePoint(parseInt(hex, 16));
          this.i += 2 + len;
          continue;
        }
        if (e !== undefined && ESCAPES[e] !== undefined) {
          lit += ESCAPES[e];
          this.i += 2;
          continue;
        }
        this.fail(`invalid escape "\\${e ?? ''}"`);
      }
      if ((c === '$' || c === '%') && s[this.i + 1] === c && s[this.i + 2] === '{') {
        lit += `${c}{`;
        this.i += 3;
        continue;
      }
      if (c === '$' && s[this.i + 1] === '{') {
        this.i += 2;
        if (s[this.i] === '~') {
          this.i++;
          stripPrevious();
        }
        flush();
        const e = this.expr();
        this.skipSpace();
        if (s[this.i] === '~') {
          this.i++;
          stripNext = true;
        }
        this.expect('}');
        parts.push({ k: 'interp', e });
        continue;
      }
      if (c === '%' && s[this.i + 1] === '{') {
        this.i += 2;
        if (s[this.i] === '~') {
          this.i++;
          stripPrevious();
        }
        flush();
        const kw = this.expectIdent();
        const closeDirective = (): void => {
          this.skipSpace();
          if (s[this.i] === '~') {
            this.i++;
            stripNext = true;
          }
          this.expect('}');
        };
        if (kw === 'if') {
          const cond = this.expr();
          closeDirective();
          const then = this.template(opts, stripNext);
          let elseParts: TemplatePart[] = [];
          stripNext = then.stripAfter;
          if (then.end === 'else') {
            const rest = this.template(opts, stripNext);
            if (rest.end !== 'endif') this.fail('expected %{endif}');
            elseParts = rest.parts;
            stripNext = rest.stripAfter;
          } else if (then.end !== 'endif') this.fail('expected %{endif}');
          parts.push({ k: 'if', cond, then: then.parts, else: elseParts });
          continue;
        }
        if (kw === 'for') {
          let keyVar: string | undefined;
          let valVar = this.expectIdent();
          if (this.isOp(',')) {
            this.lex();
            keyVar = valVar;
            valVar = this.expectIdent();
          }
          const inKw = this.expectIdent();
          if (inKw !== 'in') this.fail('expected "in" in %{for}');
          const coll = this.expr();
          closeDirective();
          const body = this.template(opts, stripNext);
          if (body.end !== 'endfor') this.fail('expected %{endfor}');
          stripNext = body.stripAfter;
          parts.push({ k: 'for', keyVar, valVar, coll, body: body.parts });
          continue;
        }
        if (kw === 'else' || kw === 'endif' || kw === 'endfor') {
          closeDirective();
          return { parts, end: kw, stripAfter: stripNext };
        }
        this.fail(`unknown template directive "${kw}"`);
      }
      lit += c;
      this.i++;
    }
    if (opts.quoted) this.fail('unterminated string');
    flush();
    return { parts, end: 'eof', stripAfter: false };
  }
}

/** Locate a heredoc body starting at `from` (just after the header line). */
export function heredocBody(src: string, from: number, marker: string, indented: boolean): { content: string; end: number } | undefined {
  const lines: string[] = [];
  let i = from;
  while (i <= src.length) {
    const nl = src.indexOf('\n', i);
    const stop = nl < 0 ? src.length : nl;
    const line = src.slice(i, stop).replace(/\r$/, '');
    if (line.trim() === marker) {
      let body = lines;
      if (indented) {
        const widths = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
        const cut = widths.length ? Math.min(...widths) : 0;
        body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)));
      }
      return { content: body.length ? body.join('\n') + '\n' : '', end: stop };
    }
    lines.push(line);
    if (nl < 0) return undefined;
    i = nl + 1;
  }
  return undefined;
}

/** A template that is exactly one interpolation is that expression's value (not a string), as in HCL. */
function simplifyTemplate(parts: TemplatePart[]): Expr {
  if (parts.length === 0) return { k: 'lit', v: '' };
  if (parts.length === 1) {
    const p = parts[0]!;
    if (typeof p === 'string') return { k: 'lit', v: p };
    if (p.k === 'interp') return p.e;
  }
  return { k: 'tpl', parts };
}

function parseTemplateParts(src: string, escapes: boolean): TemplatePart[] {
  const p = new Parser(src);
  const out = p.template({ quoted: false, escapes });
  if (out.end !== 'eof') p.fail(`unexpected %{${out.end}}`);
  return out.parts;
}

const cache = new Map<string, Expr | ExprSyntaxError>();
const CACHE_LIMIT = 50_000;

/**
 * Parse a string as hcl2json gives it (Terraform JSON syntax: a template whose literal text is already
 * unescaped). Results are cached by source text. Throws ExprSyntaxError.
 */
export function parseTemplateString(src: string): Expr {
  let hit = cache.get(src);
  if (hit === undefined) {
    try {
      hit = simplifyTemplate(parseTemplateParts(src, false));
    } catch (error) {
      if (!(error instanceof ExprSyntaxError)) throw error;
      hit = error;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(src, hit);
  }
  if (hit instanceof ExprSyntaxError) throw hit;
  return hit;
}

/** Parse the contents of a template file (templatefile()): a template without string escapes, like a heredoc. */
export function parseFileTemplate(src: string): Expr {
  return parseTemplateString(src);
}

/** Parse a bare HCL expression (e.g. a `--var` value or a variable type). Throws ExprSyntaxError. */
export function parseExpression(src: string): Expr {
  const p = new Parser(src);
  const e = p.expr();
  const rest = p.peek();
  if (rest.t !== 'eof') p.fail(`unexpected "${rest.v}" after expression`, rest.pos);
  return e;
}

/** Whether a hcl2json string holds an interpolation or directive (otherwise it is a plain literal). */
export function isTemplate(s: string): boolean {
  return s.includes('${') || s.includes('%{');
}
