// AST of HCL expressions and string templates (the parts hcl2json leaves as "${…}" text).
import type { TfValue } from '../model';

export type Expr =
  | { k: 'lit'; v: TfValue }
  | { k: 'tpl'; parts: TemplatePart[] }
  /** A root name: var, local, module, data, count, each, a resource type, a for-variable … */
  | { k: 'name'; name: string }
  | { k: 'attr'; obj: Expr; name: string }
  | { k: 'index'; obj: Expr; key: Expr }
  /** `obj[*].rest` / `obj.*.rest`: `each` is applied to every element, with `{k:'item'}` standing for it. */
  | { k: 'splat'; obj: Expr; each: Expr }
  | { k: 'item' }
  | { k: 'call'; name: string; args: Expr[]; expand: boolean }
  | { k: 'unary'; op: '!' | '-'; e: Expr }
  | { k: 'bin'; op: BinaryOp; l: Expr; r: Expr }
  | { k: 'cond'; c: Expr; t: Expr; f: Expr }
  | { k: 'tuple'; items: Expr[] }
  | { k: 'object'; items: { key: Expr; value: Expr }[] }
  | {
      k: 'for';
      keyVar?: string;
      valVar: string;
      coll: Expr;
      keyExpr?: Expr;
      valExpr: Expr;
      cond?: Expr;
      group: boolean;
    };

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export type TemplatePart =
  | string
  | { k: 'interp'; e: Expr }
  | { k: 'if'; cond: Expr; then: TemplatePart[]; else: TemplatePart[] }
  | { k: 'for'; keyVar?: string; valVar: string; coll: Expr; body: TemplatePart[] };

export class ExprSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}
