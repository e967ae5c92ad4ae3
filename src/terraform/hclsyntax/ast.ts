// The expression tree the parser builds: only the distinctions the JSON conversion needs (see
// convert.ts). Every node keeps its source span [s, e) so unconverted expressions can be quoted
// exactly as written.

export type LiteralValue =
  { type: 'string'; value: string } | { type: 'number'; text: string } | { type: 'bool'; value: boolean } | { type: 'null' };

interface Span {
  s: number;
  e: number;
}

export type Expr =
  | (Span & { k: 'literal'; value: LiteralValue })
  | (Span & { k: 'template'; parts: Expr[] })
  | (Span & { k: 'wrap'; inner: Expr })
  | (Span & { k: 'tuple'; items: Expr[] })
  | (Span & { k: 'object'; items: Array<{ key: Expr; value: Expr }> })
  | (Span & { k: 'unary'; op: 'negate' | 'not'; operand: Expr })
  | (Span & { k: 'conditional'; cond: Expr; whenTrue: Expr; whenFalse: Expr })
  | (Span & { k: 'join'; keyVar: string; valVar: string; coll: Expr; body: Expr })
  | (Span & { k: 'traversal' })
  /** Function calls, operators, index and splat expressions, for expressions, parentheses. */
  | (Span & { k: 'other' });

export interface Attribute {
  name: string;
  expr: Expr;
  nameStart: number;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  typeStart: number;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export class HclSyntaxError extends Error {
  constructor(
    readonly summary: string,
    readonly detail: string,
    readonly offset: number,
  ) {
    super(`${summary}; ${detail}`);
  }
}
