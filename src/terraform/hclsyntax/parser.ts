// The HCL native-syntax parser: tokens → bodies, blocks, attributes and expressions, following
// hclsyntax (parser.go, parser_template.go, HCL v2.17) rule for rule where the result or the
// validity of the file depends on it. The first error ends the parse (hcl2json reports a file with
// any error as unparsable, so the outcome is the same). Nesting is bounded: an expression deeper
// than MAX_DEPTH is an error of its own, never a stack overflow.
import { HclSyntaxError, type Attribute, type Block, type Body, type Expr, type LiteralValue } from './ast';
import { scanTokens, type Token, type TokenType } from './scanner';

export const MAX_DEPTH = 200;

const BINARY_LEVELS: ReadonlyArray<ReadonlySet<TokenType>> = [
  new Set(['or']),
  new Set(['and']),
  new Set(['equalOp', 'notEqual']),
  new Set(['gt', 'gtEq', 'lt', 'ltEq']),
  new Set(['plus', 'minus']),
  new Set(['star', 'slash', 'percent']),
];
/** Operator → its level in BINARY_LEVELS (higher binds tighter). */
const BINARY_LEVEL = new Map<TokenType, number>(BINARY_LEVELS.flatMap((ops, level) => [...ops].map((op) => [op, level] as const)));

const INVALID_DETAIL: Record<string, [string, string]> = {
  '&': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
  '|': ['Unsupported operator', 'Bitwise operators are not supported. Did you mean boolean OR ("||")?'],
  '~': ['Unsupported operator', 'Bitwise operators are not supported.'],
  '^': ['Unsupported operator', 'Bitwise operators are not supported.'],
  '`': ['Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".'],
  "'": ['Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.'],
  ';': [
    'Invalid character',
    'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
  ],
};

const WHITE_SPACE = /\p{White_Space}/u;
const trimLeftSpace = (s: string) => {
  let i = 0;
  while (i < s.length && WHITE_SPACE.test(s[i]!)) i++;
  return s.slice(i);
};
const trimRightSpace = (s: string) => {
  let i = s.length;
  while (i > 0 && WHITE_SPACE.test(s[i - 1]!)) i--;
  return s.slice(0, i);
};

type TemplatePart =
  | { kind: 'lit'; val: string; s: number; e: number }
  | { kind: 'interp'; expr: Expr; s: number; e: number }
  | { kind: 'if'; cond: Expr; s: number; e: number }
  | { kind: 'for'; keyVar: string; valVar: string; coll: Expr; s: number; e: number }
  | { kind: 'else' | 'endif' | 'endfor'; s: number; e: number }
  | { kind: 'end'; s: number; e: number };

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private readonly newlines: boolean[] = [true];
  private depth = 0;

  constructor(private readonly src: string) {
    this.tokens = scanTokens(src);
    for (const t of this.tokens) {
      if (t.type === 'invalid') this.invalidToken(t);
      if (t.type === 'quotedNewline')
        this.fail(
          t,
          'Invalid multi-line string',
          'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
        );
    }
  }

  private text(t: Token): string {
    return this.src.slice(t.start, t.end);
  }

  private fail(t: Token | number, summary: string, detail: string): never {
    throw new HclSyntaxError(summary, detail, typeof t === 'number' ? t : t.start);
  }

  private invalidToken(t: Token): never {
    const ch = this.text(t);
    const known = INVALID_DETAIL[ch];
    if (known) this.fail(t, known[0], known[1]);
    if (ch === '“' || ch === '”')
      this.fail(
        t,
        'Invalid character',
        '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".',
      );
    this.fail(t, 'Invalid character', 'This character is not used within the language.');
  }

  // --- the peeker: comments are skipped (a line comment stands for its newline where newlines count)

  private next(): { tok: Token; at: number } {
    const including = this.newlines[this.newlines.length - 1]!;
    for (let i = this.pos; i < this.tokens.length; i++) {
      const tok = this.tokens[i]!;
      if (tok.type === 'comment') {
        if (including && this.src[tok.end - 1] === '\n') return { tok: { type: 'newline', start: tok.end - 1, end: tok.end }, at: i + 1 };
        continue;
      }
      if (tok.type === 'newline' && !including) continue;
      return { tok, at: i + 1 };
    }
    return { tok: this.tokens[this.tokens.length - 1]!, at: this.tokens.length };
  }

  private peek(): Token {
    return this.next().tok;
  }

  private read(): Token {
    const { tok, at } = this.next();
    this.pos = at;
    return tok;
  }

  private withNewlines<T>(include: boolean, fn: () => T): T {
    this.newlines.push(include);
    try {
      return fn();
    } finally {
      this.newlines.pop();
    }
  }

  private nested<T>(at: Token, fn: () => T): T {
    if (++this.depth > MAX_DEPTH) {
      this.fail(at, 'Expression nested too deeply', `Expressions may be nested at most ${MAX_DEPTH} levels deep.`);
    }
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  private isKeyword(t: Token, word: string): boolean {
    return t.type === 'ident' && this.text(t) === word;
  }

  // --- bodies

  parseBody(end: 'eof' | 'cbrace', open: Token | null): Body {
    const body: Body = { attributes: [], blocks: [] };
    const seen = new Set<string>();
    for (;;) {
      const next = this.peek();
      if (next.type === end) {
        this.read();
        return body;
      }
      if (next.type === 'newline') {
        this.read();
        continue;
      }
      if (next.type === 'ident') {
        const item = this.parseBodyItem();
        if ('expr' in item) {
          if (seen.has(item.name)) {
            this.fail(
              item.nameStart,
              'Attribute redefined',
              `The argument "${item.name}" was already set. Each argument may be set only once.`,
            );
          }
          seen.add(item.name);
          body.attributes.push(item);
        } else body.blocks.push(item);
        continue;
      }
      if (next.type === 'oquote') this.fail(next, 'Invalid argument name', 'Argument names must not be quoted.');
      if (next.type === 'eof') {
        this.fail(
          open ?? next,
          'Unclosed configuration block',
          'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
        );
      }
      this.fail(next, 'Argument or block definition required', 'An argument or block definition is required here.');
    }
  }

  private parseBodyItem(): Attribute | Block {
    const ident = this.read();
    const next = this.peek();
    if (next.type === 'equal') return this.finishAttribute(ident, false);
    if (next.type === 'oquote' || next.type === 'obrace' || next.type === 'ident') return this.finishBlock(ident);
    this.fail(
      ident,
      'Argument or block definition required',
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
    );
  }

  private finishAttribute(ident: Token, singleLine: boolean): Attribute {
    this.read(); // =
    const expr = this.parseExpression();
    if (!singleLine) {
      const end = this.peek();
      if (end.type !== 'newline' && end.type !== 'eof') {
        if (end.type === 'comma')
          this.fail(
            end,
            'Unexpected comma after argument',
            'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
          );
        this.fail(end, 'Missing newline after argument', 'An argument definition must end with a newline.');
      }
      this.read();
    }
    return { name: this.text(ident), expr, nameStart: ident.start };
  }

  private finishBlock(ident: Token): Block {
    const labels: string[] = [];
    let open: Token;
    for (;;) {
      const tok = this.peek();
      if (tok.type === 'obrace') {
        open = this.read();
        break;
      }
      if (tok.type === 'oquote') {
        labels.push(this.parseQuotedStringLiteral());
        continue;
      }
      if (tok.type === 'ident') {
        labels.push(this.text(this.read()));
        continue;
      }
      if (tok.type === 'equal')
        this.fail(
          tok,
          'Invalid block definition',
          'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
        );
      if (tok.type === 'newline')
        this.fail(
          tok,
          'Invalid block definition',
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
        );
      this.fail(tok, 'Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.');
    }
    let body: Body;
    const first = this.peek();
    if (first.type === 'newline' || first.type === 'eof' || first.type === 'cbrace') {
      body = this.parseBody('cbrace', open);
    } else {
      const name = this.read();
      if (name.type !== 'ident')
        this.fail(name, 'Argument or block definition required', 'An argument or block definition is required here.');
      const after = this.peek();
      if (after.type !== 'equal') {
        if (after.type === 'oquote' || after.type === 'obrace' || after.type === 'ident')
          this.fail(
            name,
            'Argument definition required',
            'A single-line block definition can contain only a single argument. To define a nested block, place it on a line of its own within its parent block.',
          );
        this.fail(
          name,
          'Argument or block definition required',
          'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
        );
      }
      const attr = this.finishAttribute(name, true);
      body = { attributes: [attr], blocks: [] };
      const close = this.peek();
      if (close.type !== 'cbrace') {
        if (close.type === 'eof')
          this.fail(
            open,
            'Unclosed configuration block',
            'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
          );
        this.fail(
          close,
          'Invalid single-argument block definition',
          'A single-line block definition must end with a closing brace immediately after its single argument definition.',
        );
      }
      this.read();
    }
    const eol = this.peek();
    if (eol.type !== 'newline' && eol.type !== 'eof')
      this.fail(eol, 'Missing newline after block definition', 'A block definition must end with a newline.');
    this.read();
    return { type: this.text(ident), labels, body, typeStart: ident.start };
  }

  /** A block label: a quoted string without interpolation. */
  private parseQuotedStringLiteral(): string {
    const open = this.read();
    let value = '';
    for (;;) {
      const tok = this.read();
      if (tok.type === 'cquote') return value;
      if (tok.type === 'quotedLit') {
        value += decodeStringLiteral(this.src, tok, true, (at, s, d) => this.fail(at, s, d));
        continue;
      }
      if (tok.type === 'templateInterp' || tok.type === 'templateControl')
        this.fail(
          tok,
          'Invalid string literal',
          'Template sequences are not allowed in this string. To include a literal "$", double it (as "$$") to escape it.',
        );
      this.fail(open, 'Unterminated string literal', 'Unable to find the closing quote mark before the end of the file.');
    }
  }

  // --- expressions

  parseExpression(): Expr {
    const start = this.peek();
    const cond = this.parseBinary(0);
    if (this.peek().type !== 'question') return cond;
    this.read();
    const whenTrue = this.parseExpression();
    const colon = this.peek();
    if (colon.type !== 'colon')
      this.fail(
        colon,
        'Missing false expression in conditional',
        'The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
      );
    this.read();
    const whenFalse = this.parseExpression();
    return { k: 'conditional', cond, whenTrue, whenFalse, s: start.start, e: whenFalse.e };
  }

  /**
   * Binary operators of `level` and tighter, left-associative: precedence climbing, the same tree (and
   * the same tokens read) as one function per level, with one look at the next token per operand
   * instead of one per level.
   */
  private parseBinary(level: number): Expr {
    let lhs = this.parseWithTraversals();
    for (;;) {
      const opLevel = BINARY_LEVEL.get(this.peek().type);
      if (opLevel === undefined || opLevel < level) return lhs;
      this.read();
      const rhs = this.parseBinary(opLevel + 1);
      lhs = { k: 'other', s: lhs.s, e: rhs.e };
    }
  }

  private parseWithTraversals(): Expr {
    return this.parseTraversals(this.parseTerm());
  }

  private parseTraversals(from: Expr): Expr {
    let ret = from;
    const relative = (end: number): Expr =>
      ret.k === 'traversal' ? { k: 'traversal', s: ret.s, e: end } : { k: 'other', s: ret.s, e: end };
    for (;;) {
      const next = this.peek();
      if (next.type === 'dot') {
        this.read();
        const attr = this.peek();
        if (attr.type === 'ident') {
          ret = relative(this.read().end);
        } else if (attr.type === 'number') {
          const num = this.read();
          if (this.text(num).includes('.'))
            this.fail(
              num,
              'Invalid legacy index syntax',
              'When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead.',
            );
          numberText(this.text(num), num, (at, s, d) => this.fail(at, s, d));
          ret = relative(num.end);
        } else if (attr.type === 'star') {
          let last = this.read().end;
          while (this.peek().type === 'dot') {
            this.read();
            const step = this.peek();
            if (step.type === 'number') {
              const num = this.read();
              if (this.text(num).includes('.'))
                this.fail(
                  num,
                  'Invalid legacy index syntax',
                  'When using the legacy index syntax, chaining two indexes together is not permitted.',
                );
              last = num.end;
              continue;
            }
            if (step.type !== 'ident') {
              if (step.type === 'star')
                this.fail(
                  step,
                  'Nested splat expression not allowed',
                  'A splat expression (*) cannot be used inside another attribute-only splat expression.',
                );
              this.fail(step, 'Invalid attribute name', 'An attribute name is required after a dot.');
            }
            last = this.read().end;
          }
          ret = { k: 'other', s: ret.s, e: last };
        } else {
          this.fail(attr, 'Invalid attribute name', 'An attribute name is required after a dot.');
        }
        continue;
      }
      if (next.type === 'obrack') {
        const open = this.read();
        if (this.peek().type === 'star') {
          this.read();
          const close = this.read();
          if (close.type !== 'cbrack')
            this.fail(
              close,
              'Missing close bracket on splat index',
              'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
            );
          const each = this.parseTraversals({ k: 'other', s: open.start, e: close.end });
          ret = { k: 'other', s: ret.s, e: each.e };
          continue;
        }
        const key = this.nested(open, () => this.withNewlines(false, () => this.parseExpression()));
        const close = this.withNewlines(false, () => this.read());
        if (close.type !== 'cbrack')
          this.fail(close, 'Missing close bracket on index', 'The index operator must end with a closing bracket ("]").');
        const literalKey = key.k === 'literal' || (key.k === 'template' && isStringLiteral(key));
        ret = literalKey ? relative(close.end) : { k: 'other', s: ret.s, e: close.end };
        continue;
      }
      return ret;
    }
  }

  private parseTerm(): Expr {
    const start = this.peek();
    switch (start.type) {
      case 'oparen': {
        this.read();
        return this.nested(start, () =>
          this.withNewlines(false, () => {
            this.parseExpression();
            const close = this.peek();
            if (close.type !== 'cparen')
              this.fail(close, 'Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.');
            this.read();
            return { k: 'other', s: start.start, e: close.end } as Expr;
          }),
        );
      }
      case 'number': {
        this.read();
        const text = numberText(this.text(start), start, (at, s, d) => this.fail(at, s, d));
        return { k: 'literal', value: { type: 'number', text }, s: start.start, e: start.end };
      }
      case 'ident': {
        this.read();
        if (this.peek().type === 'oparen') return this.finishFunctionCall(start);
        const name = this.text(start);
        const literal: LiteralValue | null =
          name === 'true'
            ? { type: 'bool', value: true }
            : name === 'false'
              ? { type: 'bool', value: false }
              : name === 'null'
                ? { type: 'null' }
                : null;
        if (literal) return { k: 'literal', value: literal, s: start.start, e: start.end };
        return { k: 'traversal', s: start.start, e: start.end };
      }
      case 'oquote':
      case 'oheredoc': {
        this.read();
        const flush = start.type === 'oheredoc' && this.src[start.start + 2] === '-';
        return this.nested(start, () => this.parseTemplate(start, start.type === 'oquote' ? 'cquote' : 'cheredoc', flush));
      }
      case 'minus':
      case 'bang': {
        this.read();
        const operand = this.nested(start, () => this.parseWithTraversals());
        return { k: 'unary', op: start.type === 'minus' ? 'negate' : 'not', operand, s: start.start, e: operand.e };
      }
      case 'obrack':
        return this.nested(start, () => this.parseTuple());
      case 'obrace':
        return this.nested(start, () => this.parseObject());
      case 'eof':
        this.fail(start, 'Missing expression', 'Expected the start of an expression, but found the end of the file.');
      // eslint-disable-next-line no-fallthrough
      default:
        this.fail(start, 'Invalid expression', 'Expected the start of an expression, but found an invalid expression token.');
    }
  }

  private finishFunctionCall(name: Token): Expr {
    const open = this.read();
    return this.nested(open, () =>
      this.withNewlines(false, () => {
        for (;;) {
          if (this.peek().type === 'cparen') return { k: 'other', s: name.start, e: this.read().end } as Expr;
          this.parseExpression();
          const sep = this.read();
          if (sep.type === 'cparen') return { k: 'other', s: name.start, e: sep.end } as Expr;
          if (sep.type === 'ellipsis') {
            const close = this.read();
            if (close.type !== 'cparen')
              this.fail(
                sep,
                'Missing closing parenthesis',
                'An expanded function argument (with ...) must be immediately followed by closing parentheses.',
              );
            return { k: 'other', s: name.start, e: close.end } as Expr;
          }
          if (sep.type !== 'comma') {
            if (sep.type === 'eof')
              this.fail(
                name,
                'Unterminated function call',
                'There is no closing parenthesis for this function call before the end of the file.',
              );
            this.fail(sep, 'Missing argument separator', 'A comma is required to separate each function argument from the next.');
          }
        }
      }),
    );
  }

  private parseTuple(): Expr {
    const open = this.read();
    return this.withNewlines(false, () => {
      if (this.isKeyword(this.peek(), 'for')) return this.finishFor(open, 'cbrack');
      const items: Expr[] = [];
      for (;;) {
        if (this.peek().type === 'cbrack') return { k: 'tuple', items, s: open.start, e: this.read().end } as Expr;
        items.push(this.parseExpression());
        const next = this.peek();
        if (next.type === 'cbrack') return { k: 'tuple', items, s: open.start, e: this.read().end } as Expr;
        if (next.type !== 'comma') {
          if (next.type === 'eof')
            this.fail(
              open,
              'Unterminated tuple constructor expression',
              'There is no corresponding closing bracket before the end of the file.',
            );
          this.fail(next, 'Missing item separator', 'Expected a comma to mark the beginning of the next item.');
        }
        this.read();
      }
    });
  }

  private parseObject(): Expr {
    const open = this.read();
    const isFor = this.withNewlines(false, () => this.isKeyword(this.peek(), 'for'));
    if (isFor) return this.withNewlines(false, () => this.finishFor(open, 'cbrace'));
    return this.withNewlines(true, () => {
      const items: Array<{ key: Expr; value: Expr }> = [];
      for (;;) {
        const next = this.peek();
        if (next.type === 'newline') {
          this.read();
          continue;
        }
        if (next.type === 'cbrace') return { k: 'object', items, s: open.start, e: this.read().end } as Expr;
        const key = this.parseExpression();
        const sep = this.peek();
        if (sep.type !== 'equal' && sep.type !== 'colon') {
          if (sep.type === 'newline' || sep.type === 'comma')
            this.fail(sep, 'Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").');
          if (sep.type === 'eof')
            this.fail(
              open,
              'Unterminated object constructor expression',
              'There is no corresponding closing brace before the end of the file.',
            );
          this.fail(sep, 'Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
        }
        this.read();
        const value = this.parseExpression();
        items.push({ key, value });
        const after = this.peek();
        if (after.type === 'cbrace') return { k: 'object', items, s: open.start, e: this.read().end } as Expr;
        if (after.type !== 'comma' && after.type !== 'newline') {
          if (after.type === 'eof')
            this.fail(
              open,
              'Unterminated object constructor expression',
              'There is no corresponding closing brace before the end of the file.',
            );
          this.fail(after, 'Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.');
        }
        this.read();
      }
    });
  }

  private finishFor(open: Token, close: 'cbrack' | 'cbrace'): Expr {
    return this.withNewlines(false, () => {
      this.read(); // for
      const bad = (detail: string): never => this.fail(this.peek(), "Invalid 'for' expression", detail);
      if (this.peek().type !== 'ident') bad("For expression requires variable name after 'for'.");
      this.read();
      if (this.peek().type === 'comma') {
        this.read();
        if (this.peek().type !== 'ident') bad('For expression requires value variable name after comma.');
        this.read();
      }
      if (!this.isKeyword(this.peek(), 'in')) bad("For expression requires the 'in' keyword after its name declarations.");
      this.read();
      this.parseExpression();
      if (this.peek().type !== 'colon') bad('For expression requires a colon after the collection expression.');
      this.read();
      this.parseExpression();
      if (this.peek().type === 'fatArrow') {
        if (close === 'cbrack') this.fail(this.peek(), "Invalid 'for' expression", 'Key expression is not valid when building a tuple.');
        this.read();
        this.parseExpression();
      } else if (close === 'cbrace') {
        this.fail(this.peek(), "Invalid 'for' expression", 'Key expression is required when building an object.');
      }
      if (this.peek().type === 'ellipsis') {
        if (close === 'cbrack')
          this.fail(this.peek(), "Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.');
        this.read();
      }
      if (this.isKeyword(this.peek(), 'if')) {
        this.read();
        this.parseExpression();
      }
      const end = this.peek();
      if (end.type !== close) this.fail(end, "Invalid 'for' expression", "Extra characters after the end of the 'for' expression.");
      this.read();
      return { k: 'other', s: open.start, e: end.end } as Expr;
    });
  }

  // --- templates

  private parseTemplate(open: Token, end: 'cquote' | 'cheredoc', flush: boolean): Expr {
    const parts = this.parseTemplateParts(open, end);
    if (flush) flushHeredoc(parts);
    meldLiterals(parts);
    const closeEnd = parts[parts.length - 1]!.e;
    const exprs = new TemplateTree(parts, (at, s, d) => this.fail(at, s, d)).root();
    if (parts.length === 2 && parts[0]!.kind === 'interp') return { k: 'wrap', inner: exprs[0]!, s: open.start, e: closeEnd };
    return { k: 'template', parts: exprs, s: open.start, e: closeEnd };
  }

  private parseTemplateParts(open: Token, end: 'cquote' | 'cheredoc'): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    const trimPrev = (seq: Token, canTrimPrev: boolean) => {
      const prev = parts[parts.length - 1];
      if (canTrimPrev && seq.end - seq.start === 3 && prev?.kind === 'lit') prev.val = trimRightSpace(prev.val);
    };
    for (;;) {
      const next = this.read();
      if (next.type === end) {
        if (parts.length === 0) parts.push({ kind: 'lit', val: '', s: open.end, e: open.end });
        parts.push({ kind: 'end', s: next.start, e: next.end });
        return parts;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;
      if (next.type === 'stringLit' || next.type === 'quotedLit') {
        let val = decodeStringLiteral(this.src, next, next.type === 'quotedLit', (at, s, d) => this.fail(at, s, d));
        if (ltrim) val = trimLeftSpace(val);
        parts.push({ kind: 'lit', val, s: next.start, e: next.end });
        nextCanTrimPrev = true;
        continue;
      }
      if (next.type === 'templateInterp') {
        trimPrev(next, canTrimPrev);
        const expr = this.nested(next, () => this.withNewlines(false, () => this.parseExpression()));
        const close = this.withNewlines(false, () => this.peek());
        if (close.type !== 'templateSeqEnd') {
          if (close.type === 'eof' || ((close.type === 'cquote' || close.type === 'oquote') && end === 'cquote'))
            this.fail(next, 'Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence.');
          this.fail(
            close,
            'Extra characters after interpolation expression',
            'Expected a closing brace to end the interpolation expression, but found extra characters.',
          );
        }
        this.withNewlines(false, () => this.read());
        if (close.end - close.start === 2) ltrimNext = true;
        parts.push({ kind: 'interp', expr, s: next.start, e: close.end });
        continue;
      }
      if (next.type === 'templateControl') {
        trimPrev(next, canTrimPrev);
        this.withNewlines(false, () => this.parseDirective(next, parts));
        const close = this.withNewlines(false, () => this.peek());
        if (close.type !== 'templateSeqEnd')
          this.fail(
            close,
            'Extra characters in template directive',
            'Expected a closing brace to end the sequence, but found extra characters.',
          );
        this.withNewlines(false, () => this.read());
        if (close.end - close.start === 2) ltrimNext = true;
        const directive = parts[parts.length - 1]!;
        directive.e = close.start;
        continue;
      }
      this.fail(next.type === 'eof' ? open : next, 'Unterminated template string', 'No closing marker was found for the string.');
    }
  }

  private parseDirective(seq: Token, parts: TemplatePart[]): void {
    const kw = this.peek();
    if (kw.type !== 'ident')
      this.fail(
        kw,
        'Invalid template directive',
        'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
      );
    this.read();
    const word = this.text(kw);
    const span = { s: seq.start, e: seq.end };
    switch (word) {
      case 'if':
        parts.push({ kind: 'if', cond: this.nested(seq, () => this.parseExpression()), ...span });
        return;
      case 'else':
      case 'endif':
      case 'endfor':
        parts.push({ kind: word, ...span });
        return;
      case 'for': {
        const bad = (detail: string): never => this.fail(this.peek(), "Invalid 'for' directive", detail);
        if (this.peek().type !== 'ident') bad("For directive requires variable name after 'for'.");
        let valVar = this.text(this.read());
        let keyVar = '';
        if (this.peek().type === 'comma') {
          this.read();
          keyVar = valVar;
          if (this.peek().type !== 'ident') bad('For directive requires value variable name after comma.');
          valVar = this.text(this.read());
        }
        if (!this.isKeyword(this.peek(), 'in')) bad("For directive requires 'in' keyword after names.");
        this.read();
        const coll = this.nested(seq, () => this.parseExpression());
        parts.push({ kind: 'for', keyVar, valVar, coll, ...span });
        return;
      }
      default:
        this.fail(kw, 'Invalid template control keyword', `"${word}" is not a valid template control keyword.`);
    }
  }
}

/** Template parts → expressions: literals, interpolations, if/for directives as nested templates. */
class TemplateTree {
  private pos = 0;
  constructor(
    private readonly parts: TemplatePart[],
    private readonly fail: (at: number, summary: string, detail: string) => never,
  ) {}

  root(): Expr[] {
    const out: Expr[] = [];
    while (this.parts[this.pos]!.kind !== 'end') out.push(this.expr());
    return out;
  }

  private expr(): Expr {
    const part = this.parts[this.pos]!;
    switch (part.kind) {
      case 'lit':
        this.pos++;
        return { k: 'literal', value: { type: 'string', value: part.val }, s: part.s, e: part.e };
      case 'interp':
        this.pos++;
        return part.expr;
      case 'if':
        return this.ifDirective();
      case 'for':
        return this.forDirective();
      case 'end':
        return this.fail(part.s, 'Unexpected end of template', 'The control directives within this template are unbalanced.');
      default:
        return this.fail(part.s, `Unexpected ${part.kind} directive`, 'The control directives within this template are unbalanced.');
    }
  }

  private collect(stop: ReadonlySet<string>, opener: { s: number }): { exprs: Expr[]; closer: TemplatePart } {
    const exprs: Expr[] = [];
    for (;;) {
      const part = this.parts[this.pos]!;
      if (part.kind === 'end') this.fail(part.s, 'Unexpected end of template', 'A directive is missing its corresponding end directive.');
      if (part.kind === 'else' || part.kind === 'endif' || part.kind === 'endfor') {
        this.pos++;
        if (!stop.has(part.kind))
          this.fail(part.s, `Unexpected ${part.kind} directive`, `Not expected for the directive at offset ${opener.s}.`);
        return { exprs, closer: part };
      }
      exprs.push(this.expr());
    }
  }

  private static template(exprs: Expr[], at: number): Expr {
    const parts: Expr[] = exprs.length ? exprs : [{ k: 'literal', value: { type: 'string', value: '' }, s: at, e: at }];
    return { k: 'template', parts, s: parts[0]!.s, e: parts[parts.length - 1]!.e };
  }

  private ifDirective(): Expr {
    const open = this.parts[this.pos++] as Extract<TemplatePart, { kind: 'if' }>;
    const first = this.collect(new Set(['else', 'endif']), open);
    const whenTrue = first.exprs;
    let closer = first.closer;
    let whenFalse: Expr[] = [];
    if (closer.kind === 'else') ({ exprs: whenFalse, closer } = this.collect(new Set(['endif']), open));
    return {
      k: 'conditional',
      cond: open.cond,
      whenTrue: TemplateTree.template(whenTrue, open.e),
      whenFalse: TemplateTree.template(whenFalse, closer.s),
      s: open.s,
      e: closer.e,
    };
  }

  private forDirective(): Expr {
    const open = this.parts[this.pos++] as Extract<TemplatePart, { kind: 'for' }>;
    const { exprs, closer } = this.collect(new Set(['endfor']), open);
    return {
      k: 'join',
      keyVar: open.keyVar,
      valVar: open.valVar,
      coll: open.coll,
      body: TemplateTree.template(exprs, open.e),
      s: open.s,
      e: closer.e,
    };
  }
}

export function isStringLiteral(t: Extract<Expr, { k: 'template' }>): boolean {
  return t.parts.length === 1 && t.parts[0]!.k === 'literal';
}

/** `<<-` heredocs: remove the smallest indentation of any non-blank line from every line. */
function flushHeredoc(parts: TemplatePart[]): void {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: Array<Extract<TemplatePart, { kind: 'lit' }>> = [];
  for (const part of parts) {
    if (newline) {
      newline = false;
      let spaces: number;
      if (part.kind === 'lit') {
        const trimmed = trimLeftSpace(part.val);
        if (trimmed.length === 0 && part.val.endsWith('\n')) spaces = Number.MAX_SAFE_INTEGER;
        else {
          spaces = [...part.val.slice(0, part.val.length - trimmed.length)].length;
          adjust.push(part);
        }
      } else if (part.kind === 'end') break;
      else spaces = 0;
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === 'lit' && part.val.endsWith('\n')) newline = true;
  }
  for (const lit of adjust) lit.val = [...lit.val].slice(minSpaces).join('');
}

function meldLiterals(parts: TemplatePart[]): void {
  let w = 0;
  for (let r = 0; r < parts.length; r++) {
    const cur = parts[r]!;
    const prev = w > 0 ? parts[w - 1]! : undefined;
    if (prev?.kind === 'lit' && cur.kind === 'lit') {
      prev.val += cur.val;
      prev.e = cur.e;
      continue;
    }
    parts[w++] = cur;
  }
  parts.length = w;
}

const HEX = /^[0-9A-Fa-f]+$/;

/** A quoted or heredoc literal token's value: escapes (quoted only), `$${` → `${`, `%%{` → `%{`. */
function decodeStringLiteral(src: string, tok: Token, quoted: boolean, fail: (at: number, s: string, d: string) => never): string {
  let out = '';
  let i = tok.start;
  while (i < tok.end) {
    const c = src[i]!;
    if (quoted && c === '\\') {
      const sel = src[i + 1];
      if (sel === undefined || i + 1 >= tok.end)
        fail(i, 'Invalid escape sequence', 'Backslash must be followed by an escape sequence selector character.');
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
      if (sel in simple) {
        out += simple[sel]!;
        i += 2;
        continue;
      }
      if (sel === 'u' || sel === 'U') {
        const len = sel === 'u' ? 4 : 8;
        const hex = src.slice(i + 2, Math.min(i + 2 + len, tok.end));
        if (hex.length !== len || !HEX.test(hex))
          fail(
            i,
            'Invalid escape sequence',
            `The \\${sel} escape sequence must be followed by ${sel === 'u' ? 'four' : 'eight'} hexadecimal digits.`,
          );
        const code = parseInt(hex, 16);
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
          fail(i, 'Invalid escape sequence', `Cannot encode character U+${hex.toLowerCase()} in UTF-8.`);
        out += String.fromCodePoint(code);
        i += 2 + len;
        continue;
      }
      fail(i, 'Invalid escape sequence', `The symbol "${sel}" is not a valid escape sequence selector.`);
    }
    // hcl2json's parser decodes `$${` (the converter writes it back as `$${`) and keeps `%%{` as written.
    if (c === '$' && src[i + 1] === '$' && src[i + 2] === '{' && i + 3 <= tok.end) {
      out += '${';
      i += 3;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const NUMBER = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/** A number literal's text, refused when it is not a number (e.g. "1.2.3"). */
function numberText(text: string, tok: Token, fail: (at: number, s: string, d: string) => never): string {
  if (!NUMBER.test(text)) fail(tok.start, 'Invalid number literal', 'Failed to recognize the value of this number literal.');
  return text;
}

/** Parse a whole configuration file. Throws HclSyntaxError (with a source offset) on the first error. */
export function parseConfig(src: string): Body {
  const parser = new Parser(src);
  return parser.parseBody('eof', null);
}
