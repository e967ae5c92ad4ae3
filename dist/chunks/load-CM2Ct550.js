import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { statSync, existsSync, realpathSync, lstatSync, openSync, fstatSync, readSync, closeSync, promises } from "node:fs";
import * as path from "node:path";
import { posix } from "node:path";
import { I as InputError, a as InframateError } from "./errors-D-4Njnnn.js";
import { open } from "node:fs/promises";
import { createHash } from "node:crypto";
import { d as distExports } from "./index-CZcDDwPZ.js";
function repositoryRoot(dir) {
  const start = realOrResolved(dir);
  for (let cur = start; ; ) {
    if (existsSync(path.join(cur, ".git"))) return cur;
    const up = path.dirname(cur);
    if (up === cur) return start;
    cur = up;
  }
}
function realOrResolved(p) {
  const abs = path.resolve(p);
  const rest = [];
  for (let cur = abs; ; ) {
    try {
      return path.join(realpathSync(cur), ...rest.reverse());
    } catch {
      const up = path.dirname(cur);
      if (up === cur) return abs;
      rest.push(path.basename(cur));
      cur = up;
    }
  }
}
function danglingLinkOn(abs) {
  for (let cur = abs; ; ) {
    try {
      realpathSync(cur);
      return false;
    } catch {
      if (isSymlink(cur)) return true;
      const up = path.dirname(cur);
      if (up === cur) return false;
      cur = up;
    }
  }
}
function isWithin(root, child) {
  const rel = path.relative(root, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function checkInside(root, p) {
  const abs = path.resolve(p);
  let real;
  try {
    real = realpathSync(abs);
  } catch {
    const would = realOrResolved(abs);
    if (danglingLinkOn(abs)) return { ok: false, missing: false, real: `${would} (a dangling symbolic link)` };
    return isWithin(root, would) ? { ok: false, missing: true } : { ok: false, missing: false, real: would };
  }
  return isWithin(root, real) ? { ok: true, real } : { ok: false, missing: false, real };
}
function notADirectory(dir) {
  try {
    return statSync(dir).isDirectory() ? void 0 : `not a directory: ${dir} (give the repository's directory, not a file in it)`;
  } catch {
    return `directory not found: ${dir}`;
  }
}
function isSymlink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024;
function formatBytes(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
class FileTooLargeError extends InputError {
  constructor(file, size, limit) {
    super(
      `file is ${size > limit ? `${formatBytes(size)}, ` : ""}larger than the ${formatBytes(limit)} limit for one input file; not read`,
      {
        file
      }
    );
    this.file = file;
    this.size = size;
    this.limit = limit;
    this.name = "FileTooLargeError";
  }
  file;
  size;
  limit;
  code = "file-too-large";
}
async function readTextBounded(path2, opts = {}) {
  const limit = opts.limit ?? MAX_INPUT_FILE_BYTES;
  const handle = await open(path2, "r");
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new FileTooLargeError(opts.display ?? path2, size, limit);
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, 64 * 1024)));
    let off = 0;
    let grown = buf;
    for (; ; ) {
      if (off === grown.length) {
        if (grown.length > limit) break;
        const next = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(next, 0, 0, off);
        grown = next;
      }
      const { bytesRead } = await handle.read(grown, off, grown.length - off, null);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    if (off > limit) throw new FileTooLargeError(opts.display ?? path2, off, limit);
    return grown.toString("utf8", 0, off);
  } finally {
    await handle.close();
  }
}
function readTextBoundedSync(path2, opts = {}) {
  const limit = opts.limit ?? MAX_INPUT_FILE_BYTES;
  const fd = openSync(path2, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > limit) throw new FileTooLargeError(opts.display ?? path2, size, limit);
    let grown = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, 64 * 1024)));
    let off = 0;
    for (; ; ) {
      if (off === grown.length) {
        if (grown.length > limit) break;
        const next = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(next, 0, 0, off);
        grown = next;
      }
      const n = readSync(fd, grown, off, grown.length - off, null);
      if (n === 0) break;
      off += n;
    }
    if (off > limit) throw new FileTooLargeError(opts.display ?? path2, off, limit);
    return grown.toString("utf8", 0, off);
  } finally {
    closeSync(fd);
  }
}
const UNKNOWN = /* @__PURE__ */ Symbol.for("inframate.unknown");
const isUnknown = (v) => v === UNKNOWN;
const templates = /* @__PURE__ */ new WeakMap();
function rememberDynamicTemplate(parent, label, content) {
  let byLabel = templates.get(parent);
  if (!byLabel) templates.set(parent, byLabel = /* @__PURE__ */ new Map());
  const list2 = byLabel.get(label);
  if (!list2) byLabel.set(label, [content]);
  else if (list2.length > 0) list2.push(content);
}
function forgetDynamicTemplates(parent, label) {
  templates.get(parent)?.set(label, []);
}
function dynamicTemplates(parent, label) {
  const list2 = templates.get(parent)?.get(label);
  return list2 && list2.length > 0 ? list2 : void 0;
}
function badInEveryTemplate(parent, label, judge) {
  const list2 = dynamicTemplates(parent, label);
  if (!list2) return void 0;
  let first;
  for (const t of list2) {
    const verdict = judge(t);
    if (verdict === void 0 || verdict === null || verdict === false) return void 0;
    first ??= verdict;
  }
  return first;
}
class ExprSyntaxError extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
}
const BINARY_PRECEDENCE = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "%": 6
};
const TWO_CHAR_OPS = /* @__PURE__ */ new Set(["==", "!=", "<=", ">=", "&&", "||", "=>"]);
const ESCAPES = { n: "\n", t: "	", r: "\r", '"': '"', "\\": "\\" };
const MAX_DEPTH$1 = 200;
let Parser$1 = class Parser {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  depth = 0;
  fail(message, at = this.i) {
    throw new ExprSyntaxError(message, at);
  }
  // ---- lexing (on demand; whitespace, newlines and comments are insignificant inside expressions) ----
  skipSpace() {
    const s = this.src;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\n" || c === "\r") this.i++;
      else if (c === "#" || c === "/" && s[this.i + 1] === "/") {
        const end = s.indexOf("\n", this.i);
        this.i = end < 0 ? s.length : end;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const end = s.indexOf("*/", this.i + 2);
        this.i = end < 0 ? s.length : end + 2;
      } else return;
    }
  }
  lex() {
    this.skipSpace();
    const s = this.src;
    const pos = this.i;
    if (pos >= s.length) return { t: "eof", v: "", pos };
    const c = s[pos];
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*(?:::[A-Za-z_][A-Za-z0-9_-]*)*/.exec(s.slice(pos, pos + 256));
      this.i += m[0].length;
      return { t: "ident", v: m[0], pos };
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(s.slice(pos, pos + 64));
      this.i += m[0].length;
      return { t: "number", v: m[0], pos };
    }
    if (s.startsWith("...", pos)) {
      this.i += 3;
      return { t: "op", v: "...", pos };
    }
    const two = s.slice(pos, pos + 2);
    if (TWO_CHAR_OPS.has(two)) {
      this.i += 2;
      return { t: "op", v: two, pos };
    }
    this.i++;
    return { t: "op", v: c, pos };
  }
  peek(offset = 0) {
    const save = this.i;
    let tok = this.lex();
    for (let k = 0; k < offset; k++) tok = this.lex();
    this.i = save;
    return tok;
  }
  isOp(v, offset = 0) {
    const tok = this.peek(offset);
    return tok.t === "op" && tok.v === v;
  }
  expect(v) {
    const tok = this.lex();
    if (tok.t !== "op" || tok.v !== v) this.fail(`expected "${v}" but found "${tok.v || "end of expression"}"`, tok.pos);
  }
  expectIdent() {
    const tok = this.lex();
    if (tok.t !== "ident") this.fail(`expected a name but found "${tok.v || "end of expression"}"`, tok.pos);
    return tok.v;
  }
  // ---- expressions ----
  expr() {
    if (++this.depth > MAX_DEPTH$1) this.fail("expression nested too deeply");
    const c = this.binary(0);
    let out = c;
    if (this.isOp("?")) {
      this.lex();
      const t = this.expr();
      this.expect(":");
      const f = this.expr();
      out = { k: "cond", c, t, f };
    }
    this.depth--;
    return out;
  }
  binary(minPrec) {
    let left = this.unary();
    for (; ; ) {
      const tok = this.peek();
      const prec = tok.t === "op" ? BINARY_PRECEDENCE[tok.v] : void 0;
      if (prec === void 0 || prec <= minPrec) return left;
      this.lex();
      const right = this.binary(prec);
      left = { k: "bin", op: tok.v, l: left, r: right };
    }
  }
  unary() {
    const tok = this.peek();
    if (tok.t === "op" && (tok.v === "!" || tok.v === "-")) {
      this.lex();
      if (++this.depth > MAX_DEPTH$1) this.fail("expression nested too deeply");
      const e = this.unary();
      this.depth--;
      if (tok.v === "-" && e.k === "lit" && typeof e.v === "number") return { k: "lit", v: -e.v };
      return { k: "unary", op: tok.v, e };
    }
    return this.postfix(this.primary());
  }
  /** Attribute access, index and splats. After a splat, the rest of the traversal applies to each element. */
  postfix(base) {
    let e = base;
    for (; ; ) {
      if (this.isOp(".")) {
        const after = this.peek(1);
        if (after.t === "op" && after.v === "*") {
          this.lex();
          this.lex();
          e = { k: "splat", obj: e, each: this.traversal({ k: "item" }, true) };
          continue;
        }
        this.lex();
        const tok = this.lex();
        if (tok.t === "ident") e = { k: "attr", obj: e, name: tok.v };
        else if (tok.t === "number") e = { k: "index", obj: e, key: { k: "lit", v: Number(tok.v) } };
        else this.fail(`expected an attribute name after "."`, tok.pos);
        continue;
      }
      if (this.isOp("[")) {
        if (this.isOp("*", 1) && this.isOp("]", 2)) {
          this.lex();
          this.lex();
          this.lex();
          return { k: "splat", obj: e, each: this.traversal({ k: "item" }, false) };
        }
        this.lex();
        const key = this.expr();
        this.expect("]");
        e = { k: "index", obj: e, key };
        continue;
      }
      return e;
    }
  }
  /** The traversal after a splat; legacy `.*` splats only take attribute steps. */
  traversal(base, attrOnly) {
    let e = base;
    for (; ; ) {
      if (this.isOp(".") && this.peek(1).t !== "op") {
        this.lex();
        const tok = this.lex();
        e = tok.t === "number" ? { k: "index", obj: e, key: { k: "lit", v: Number(tok.v) } } : { k: "attr", obj: e, name: tok.v };
        continue;
      }
      if (!attrOnly && this.isOp("[")) {
        if (this.isOp("*", 1) && this.isOp("]", 2)) {
          this.lex();
          this.lex();
          this.lex();
          return { k: "splat", obj: e, each: this.traversal({ k: "item" }, false) };
        }
        this.lex();
        const key = this.expr();
        this.expect("]");
        e = { k: "index", obj: e, key };
        continue;
      }
      return e;
    }
  }
  primary() {
    const tok = this.peek();
    if (tok.t === "number") {
      this.lex();
      return { k: "lit", v: Number(tok.v) };
    }
    if (tok.t === "ident") {
      this.lex();
      if (tok.v === "true") return { k: "lit", v: true };
      if (tok.v === "false") return { k: "lit", v: false };
      if (tok.v === "null") return { k: "lit", v: null };
      if (this.isOp("(")) return this.call(tok.v);
      return { k: "name", name: tok.v };
    }
    if (tok.t === "op") {
      if (tok.v === '"') {
        this.i = tok.pos + 1;
        return simplifyTemplate(this.template({ quoted: true, escapes: true }).parts);
      }
      if (tok.v === "<" && this.src.startsWith("<<", tok.pos)) return this.heredoc(tok.pos);
      if (tok.v === "(") {
        this.lex();
        const e = this.expr();
        this.expect(")");
        return e;
      }
      if (tok.v === "[") return this.tuple();
      if (tok.v === "{") return this.object();
    }
    this.fail(tok.t === "eof" ? "unexpected end of expression" : `unexpected "${tok.v}"`, tok.pos);
  }
  call(name) {
    this.expect("(");
    const args = [];
    let expand = false;
    while (!this.isOp(")")) {
      args.push(this.expr());
      if (this.isOp("...")) {
        this.lex();
        expand = true;
      }
      if (this.isOp(",")) this.lex();
      else break;
    }
    this.expect(")");
    return { k: "call", name: name.includes("::") ? name.slice(name.lastIndexOf("::") + 2) : name, args, expand };
  }
  isForStart() {
    const kw = this.peek(1);
    const next = this.peek(2);
    return kw.t === "ident" && kw.v === "for" && next.t === "ident";
  }
  forHeader() {
    this.lex();
    let keyVar;
    let valVar = this.expectIdent();
    if (this.isOp(",")) {
      this.lex();
      keyVar = valVar;
      valVar = this.expectIdent();
    }
    const kw = this.lex();
    if (kw.t !== "ident" || kw.v !== "in") this.fail('expected "in" in for expression', kw.pos);
    const coll = this.expr();
    return { keyVar, valVar, coll };
  }
  tuple() {
    if (this.isForStart()) {
      this.expect("[");
      const head = this.forHeader();
      this.expect(":");
      const valExpr = this.expr();
      const cond = this.forCondition();
      this.expect("]");
      return { k: "for", ...head, valExpr, cond, group: false };
    }
    this.expect("[");
    const items = [];
    while (!this.isOp("]")) {
      items.push(this.expr());
      if (this.isOp(",")) this.lex();
      else break;
    }
    this.expect("]");
    return { k: "tuple", items };
  }
  forCondition() {
    const tok = this.peek();
    if (tok.t === "ident" && tok.v === "if") {
      this.lex();
      return this.expr();
    }
    return void 0;
  }
  object() {
    if (this.isForStart()) {
      this.expect("{");
      const head = this.forHeader();
      this.expect(":");
      const keyExpr = this.expr();
      this.expect("=>");
      const valExpr = this.expr();
      let group = false;
      if (this.isOp("...")) {
        this.lex();
        group = true;
      }
      const cond = this.forCondition();
      this.expect("}");
      return { k: "for", ...head, keyExpr, valExpr, cond, group };
    }
    this.expect("{");
    const items = [];
    while (!this.isOp("}")) {
      const tok = this.peek();
      let key;
      const after = this.peek(1);
      if (tok.t === "ident" && after.t === "op" && (after.v === "=" || after.v === ":")) {
        this.lex();
        key = { k: "lit", v: tok.v };
      } else key = this.expr();
      const sep = this.lex();
      if (sep.t !== "op" || sep.v !== "=" && sep.v !== ":") this.fail('expected "=" in object', sep.pos);
      items.push({ key, value: this.expr() });
      if (this.isOp(",")) this.lex();
    }
    this.expect("}");
    return { k: "object", items };
  }
  heredoc(at) {
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(this.src.slice(at, at + 200));
    if (!m) this.fail("malformed heredoc", at);
    const body = heredocBody(this.src, at + m[0].length, m[2], m[1] === "-");
    if (!body) this.fail(`heredoc not terminated: expected a line "${m[2]}"`, at);
    this.i = body.end;
    return simplifyTemplate(parseTemplateParts(body.content, false));
  }
  // ---- templates ----
  /**
   * Parse template text up to its end, a closing quote or a closing directive. `stripLeading` carries a `~}`
   * strip marker into a directive's body; `stripAfter` hands one back from the closing directive.
   */
  template(opts, stripLeading = false) {
    const s = this.src;
    const parts = [];
    let lit = "";
    let stripNext = stripLeading;
    const flush = () => {
      if (lit) parts.push(lit);
      lit = "";
    };
    const stripPrevious = () => {
      if (lit) lit = lit.replace(/[ \t\r\n]+$/, "");
      else if (typeof parts[parts.length - 1] === "string")
        parts[parts.length - 1] = parts[parts.length - 1].replace(/[ \t\r\n]+$/, "");
    };
    while (this.i < s.length) {
      const c = s[this.i];
      if (stripNext && /[ \t\r\n]/.test(c)) {
        this.i++;
        continue;
      }
      stripNext = false;
      if (opts.quoted && c === '"') {
        this.i++;
        flush();
        return { parts, end: "quote", stripAfter: false };
      }
      if (opts.quoted && c === "\n") this.fail("unterminated string");
      if (opts.escapes && c === "\\") {
        const e = s[this.i + 1];
        if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail("invalid unicode escape");
          lit += String.fromCodePoint(parseInt(hex, 16));
          this.i += 2 + len;
          continue;
        }
        if (e !== void 0 && ESCAPES[e] !== void 0) {
          lit += ESCAPES[e];
          this.i += 2;
          continue;
        }
        this.fail(`invalid escape "\\${e ?? ""}"`);
      }
      if ((c === "$" || c === "%") && s[this.i + 1] === c && s[this.i + 2] === "{") {
        lit += `${c}{`;
        this.i += 3;
        continue;
      }
      if (c === "$" && s[this.i + 1] === "{") {
        this.i += 2;
        if (s[this.i] === "~") {
          this.i++;
          stripPrevious();
        }
        flush();
        const e = this.expr();
        this.skipSpace();
        if (s[this.i] === "~") {
          this.i++;
          stripNext = true;
        }
        this.expect("}");
        parts.push({ k: "interp", e });
        continue;
      }
      if (c === "%" && s[this.i + 1] === "{") {
        this.i += 2;
        if (s[this.i] === "~") {
          this.i++;
          stripPrevious();
        }
        flush();
        const kw = this.expectIdent();
        const closeDirective = () => {
          this.skipSpace();
          if (s[this.i] === "~") {
            this.i++;
            stripNext = true;
          }
          this.expect("}");
        };
        if (kw === "if") {
          const cond = this.expr();
          closeDirective();
          const then = this.template(opts, stripNext);
          let elseParts = [];
          stripNext = then.stripAfter;
          if (then.end === "else") {
            const rest = this.template(opts, stripNext);
            if (rest.end !== "endif") this.fail("expected %{endif}");
            elseParts = rest.parts;
            stripNext = rest.stripAfter;
          } else if (then.end !== "endif") this.fail("expected %{endif}");
          parts.push({ k: "if", cond, then: then.parts, else: elseParts });
          continue;
        }
        if (kw === "for") {
          let keyVar;
          let valVar = this.expectIdent();
          if (this.isOp(",")) {
            this.lex();
            keyVar = valVar;
            valVar = this.expectIdent();
          }
          const inKw = this.expectIdent();
          if (inKw !== "in") this.fail('expected "in" in %{for}');
          const coll = this.expr();
          closeDirective();
          const body = this.template(opts, stripNext);
          if (body.end !== "endfor") this.fail("expected %{endfor}");
          stripNext = body.stripAfter;
          parts.push({ k: "for", keyVar, valVar, coll, body: body.parts });
          continue;
        }
        if (kw === "else" || kw === "endif" || kw === "endfor") {
          closeDirective();
          return { parts, end: kw, stripAfter: stripNext };
        }
        this.fail(`unknown template directive "${kw}"`);
      }
      lit += c;
      this.i++;
    }
    if (opts.quoted) this.fail("unterminated string");
    flush();
    return { parts, end: "eof", stripAfter: false };
  }
};
function heredocBody(src, from, marker, indented) {
  const lines = [];
  let i = from;
  while (i <= src.length) {
    const nl = src.indexOf("\n", i);
    const stop = nl < 0 ? src.length : nl;
    const line = src.slice(i, stop).replace(/\r$/, "");
    if (line.trim() === marker) {
      let body = lines;
      if (indented) {
        const widths = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
        const cut = widths.length ? Math.min(...widths) : 0;
        body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length)));
      }
      return { content: body.length ? body.join("\n") + "\n" : "", end: stop };
    }
    lines.push(line);
    if (nl < 0) return void 0;
    i = nl + 1;
  }
  return void 0;
}
function simplifyTemplate(parts) {
  if (parts.length === 0) return { k: "lit", v: "" };
  if (parts.length === 1) {
    const p = parts[0];
    if (typeof p === "string") return { k: "lit", v: p };
    if (p.k === "interp") return p.e;
  }
  return { k: "tpl", parts };
}
function parseTemplateParts(src, escapes) {
  const p = new Parser$1(src);
  const out = p.template({ quoted: false, escapes });
  if (out.end !== "eof") p.fail(`unexpected %{${out.end}}`);
  return out.parts;
}
const cache = /* @__PURE__ */ new Map();
const CACHE_LIMIT = 5e4;
function parseTemplateString(src) {
  let hit = cache.get(src);
  if (hit === void 0) {
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
function parseFileTemplate(src) {
  return parseTemplateString(src);
}
function parseExpression(src) {
  const p = new Parser$1(src);
  const e = p.expr();
  const rest = p.peek();
  if (rest.t !== "eof") p.fail(`unexpected "${rest.v}" after expression`, rest.pos);
  return e;
}
function isTemplate(s) {
  return s.includes("${") || s.includes("%{");
}
class HclSyntaxError extends Error {
  constructor(summary, detail, offset) {
    super(`${summary}; ${detail}`);
    this.summary = summary;
    this.detail = detail;
    this.offset = offset;
  }
  summary;
  detail;
  offset;
}
const SELF = {
  "[": "obrack",
  "]": "cbrack",
  "(": "oparen",
  ")": "cparen",
  ".": "dot",
  ",": "comma",
  "*": "star",
  "/": "slash",
  "%": "percent",
  "+": "plus",
  "-": "minus",
  "=": "equal",
  "<": "lt",
  ">": "gt",
  "!": "bang",
  "?": "question",
  ":": "colon",
  // Scanned as tokens of their own, then refused by the parser (hclsyntax's checkInvalidTokens).
  "&": "invalid",
  "|": "invalid",
  "~": "invalid",
  "^": "invalid",
  ";": "invalid",
  "`": "invalid",
  "'": "invalid"
};
const PAIRS = {
  "==": "equalOp",
  "!=": "notEqual",
  ">=": "gtEq",
  "<=": "ltEq",
  "&&": "and",
  "||": "or",
  "=>": "fatArrow"
};
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}-]/u;
const isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function isIdStart(src, i) {
  const c = src.charCodeAt(i);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const ch = charAt(src, i);
  return ID_START.test(ch) ? ch.length : 0;
}
function isIdContinue(src, i) {
  const c = src.charCodeAt(i);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const ch = charAt(src, i);
  return ID_CONTINUE.test(ch) ? ch.length : 0;
}
const BLANKS$1 = /[ \t]*/y;
const ASCII_ID_CONTINUE = /[A-Za-z0-9_-]*/y;
const QUOTED_RUN = /[^$%\n\r"\\]*/y;
const UNQUOTED_RUN = /[^$%\n\r]*/y;
function asciiIdRun(src, j) {
  if (j >= src.length) return j;
  ASCII_ID_CONTINUE.lastIndex = j;
  ASCII_ID_CONTINUE.test(src);
  return ASCII_ID_CONTINUE.lastIndex;
}
function charAt(src, i) {
  const code = src.codePointAt(i);
  return code === void 0 ? "" : String.fromCodePoint(code);
}
function scanTokens(src) {
  const tokens = [];
  const emit = (type, start, end) => tokens.push({ type, start, end });
  const modes = [{ kind: "main" }];
  let braces = 0;
  const retBraces = [];
  let i = src.charCodeAt(0) === 65279 ? 1 : 0;
  const n = src.length;
  const beginSequence = (type) => {
    const tilde = src[i + 2] === "~" ? 1 : 0;
    emit(type, i, i + 2 + tilde);
    i += 2 + tilde;
    braces++;
    retBraces.push(braces);
    for (let k = modes.length - 1; k >= 0; k--) {
      const m = modes[k];
      if (m.kind === "heredoc") {
        m.startOfLine = false;
        break;
      }
    }
    modes.push({ kind: "main" });
  };
  while (i < n) {
    const mode = modes[modes.length - 1];
    const c = src[i];
    if (mode.kind === "main") {
      if (c === " " || c === "	") {
        BLANKS$1.lastIndex = i + 1;
        BLANKS$1.test(src);
        i = BLANKS$1.lastIndex;
        continue;
      }
      if (isDigit(c)) {
        let j2 = i + 1;
        for (; ; ) {
          const d = src[j2];
          if (isDigit(d) || d === ".") j2++;
          else if ((d === "e" || d === "E") && (isDigit(src[j2 + 1]) || (src[j2 + 1] === "+" || src[j2 + 1] === "-") && isDigit(src[j2 + 2])))
            j2 += isDigit(src[j2 + 1]) ? 2 : 3;
          else break;
        }
        while (src[j2 - 1] === ".") j2--;
        emit("number", i, j2);
        i = j2;
        continue;
      }
      const idLen = isIdStart(src, i);
      if (idLen) {
        let j2 = asciiIdRun(src, i + idLen);
        for (let step = isIdContinue(src, j2); step; step = isIdContinue(src, j2)) j2 += step;
        emit("ident", i, j2);
        i = j2;
        continue;
      }
      if (c === "#" || c === "/" && src[i + 1] === "/") {
        let j2 = i;
        while (j2 < n && src[j2] !== "\n") j2++;
        if (j2 < n) j2++;
        emit("comment", i, j2);
        i = j2;
        continue;
      }
      if (c === "/" && src[i + 1] === "*") {
        const close = src.indexOf("*/", i + 2);
        if (close < 0) {
          emit("slash", i, i + 1);
          i++;
          continue;
        }
        emit("comment", i, close + 2);
        i = close + 2;
        continue;
      }
      if (c === "\n" || c === "\r" && src[i + 1] === "\n") {
        const len = c === "\n" ? 1 : 2;
        emit("newline", i, i + len);
        i += len;
        continue;
      }
      if (c === "." && src[i + 1] === "." && src[i + 2] === ".") {
        emit("ellipsis", i, i + 3);
        i += 3;
        continue;
      }
      const pair = PAIRS[src.slice(i, i + 2)];
      if (pair) {
        emit(pair, i, i + 2);
        i += 2;
        continue;
      }
      if (c === "{") {
        emit("obrace", i, i + 1);
        braces++;
        i++;
        continue;
      }
      if (c === "}" || c === "~" && src[i + 1] === "}") {
        const len = c === "}" ? 1 : 2;
        if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
          emit("templateSeqEnd", i, i + len);
          braces--;
          retBraces.pop();
          modes.pop();
        } else {
          emit(len === 2 ? "templateSeqEnd" : "cbrace", i, i + len);
          braces--;
        }
        i += len;
        continue;
      }
      if (c === '"') {
        emit("oquote", i, i + 1);
        i++;
        modes.push({ kind: "string" });
        continue;
      }
      if (c === "<" && src[i + 1] === "<") {
        const heredoc = scanHeredocIntro(src, i);
        if (heredoc) {
          emit("oheredoc", i, heredoc.end);
          i = heredoc.end;
          modes.push({ kind: "heredoc", marker: heredoc.marker, startOfLine: true });
          continue;
        }
      }
      const self = SELF[c];
      const width = self ? 1 : charAt(src, i).length || 1;
      emit(self ?? "invalid", i, i + width);
      i += width;
      continue;
    }
    if ((c === "$" || c === "%") && src[i + 1] === "{") {
      beginSequence(c === "$" ? "templateInterp" : "templateControl");
      continue;
    }
    if (mode.kind === "string") {
      if (c === '"') {
        emit("cquote", i, i + 1);
        i++;
        modes.pop();
        continue;
      }
      if (c === "\r" || c === "\n") {
        let j2 = i;
        while (src[j2] === "\r" || src[j2] === "\n") j2++;
        emit("quotedNewline", i, j2);
        i = j2;
        continue;
      }
      const lit = scanTemplateLiteral(src, i, true);
      if (lit === i) {
        emit("invalid", i, i + 1);
        i++;
        continue;
      }
      emit("quotedLit", i, lit);
      i = lit;
      continue;
    }
    const startOfLine = mode.startOfLine;
    let j = scanTemplateLiteral(src, i, false);
    const single2 = src[i] === "$" || src[i] === "%";
    if (!single2 && (src[j] === "\n" || src[j] === "\r" && src[j + 1] === "\n")) {
      j += src[j] === "\n" ? 1 : 2;
      if (startOfLine && src.slice(i, j).trim() === mode.marker) {
        const nlStart = src[j - 2] === "\r" ? j - 2 : j - 1;
        emit("cheredoc", i, nlStart);
        emit("newline", nlStart, j);
        i = j;
        modes.pop();
        continue;
      }
      mode.startOfLine = true;
      emit("stringLit", i, j);
      i = j;
      continue;
    }
    if (j === i) {
      emit("invalid", i, i + 1);
      i++;
      continue;
    }
    mode.startOfLine = false;
    emit("stringLit", i, j);
    i = j;
  }
  emit("eof", n, n);
  return tokens;
}
function scanHeredocIntro(src, i) {
  let j = i + 2;
  if (src[j] === "-") j++;
  const first = isIdStart(src, j);
  if (!first) return null;
  const markerStart = j;
  j = asciiIdRun(src, j + first);
  for (let step = isIdContinue(src, j); step; step = isIdContinue(src, j)) j += step;
  const marker = src.slice(markerStart, j);
  if (src[j] === "\n") return { end: j + 1, marker };
  if (src[j] === "\r" && src[j + 1] === "\n") return { end: j + 2, marker };
  return null;
}
function scanTemplateLiteral(src, i, quoted) {
  const c = src[i];
  if (c === "$" || c === "%") {
    if (src[i + 1] === c && src[i + 2] === "{") return i + 3 + (src[i + 3] === "~" ? 1 : 0);
    return i + 1;
  }
  let j = i;
  if (j < src.length) {
    const run = quoted ? QUOTED_RUN : UNQUOTED_RUN;
    run.lastIndex = j;
    run.test(src);
    j = run.lastIndex;
  }
  while (j < src.length) {
    const d = src[j];
    if (d === "$" || d === "%" || d === "\n" || d === "\r") break;
    if (quoted) {
      if (d === '"') break;
      if (d === "\\") {
        if (j + 1 < src.length && src[j + 1] !== "\n" && src[j + 1] !== "\r") {
          j += 2;
          continue;
        }
        break;
      }
    }
    j++;
  }
  return j;
}
const MAX_DEPTH = 200;
const BINARY_LEVELS = [
  /* @__PURE__ */ new Set(["or"]),
  /* @__PURE__ */ new Set(["and"]),
  /* @__PURE__ */ new Set(["equalOp", "notEqual"]),
  /* @__PURE__ */ new Set(["gt", "gtEq", "lt", "ltEq"]),
  /* @__PURE__ */ new Set(["plus", "minus"]),
  /* @__PURE__ */ new Set(["star", "slash", "percent"])
];
const BINARY_LEVEL = new Map(BINARY_LEVELS.flatMap((ops, level) => [...ops].map((op) => [op, level])));
const INVALID_DETAIL = {
  "&": ["Unsupported operator", 'Bitwise operators are not supported. Did you mean boolean AND ("&&")?'],
  "|": ["Unsupported operator", 'Bitwise operators are not supported. Did you mean boolean OR ("||")?'],
  "~": ["Unsupported operator", "Bitwise operators are not supported."],
  "^": ["Unsupported operator", "Bitwise operators are not supported."],
  "`": ["Invalid character", 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".'],
  "'": ["Invalid character", 'Single quotes are not valid. Use double quotes (") to enclose strings.'],
  ";": [
    "Invalid character",
    'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.'
  ]
};
const WHITE_SPACE = new RegExp("\\p{White_Space}", "u");
const trimLeftSpace = (s) => {
  let i = 0;
  while (i < s.length && WHITE_SPACE.test(s[i])) i++;
  return s.slice(i);
};
const trimRightSpace = (s) => {
  let i = s.length;
  while (i > 0 && WHITE_SPACE.test(s[i - 1])) i--;
  return s.slice(0, i);
};
class Parser2 {
  constructor(src) {
    this.src = src;
    this.tokens = scanTokens(src);
    for (const t of this.tokens) {
      if (t.type === "invalid") this.invalidToken(t);
      if (t.type === "quotedNewline")
        this.fail(
          t,
          "Invalid multi-line string",
          'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.'
        );
    }
  }
  src;
  tokens;
  pos = 0;
  newlines = [true];
  depth = 0;
  text(t) {
    return this.src.slice(t.start, t.end);
  }
  fail(t, summary, detail) {
    throw new HclSyntaxError(summary, detail, typeof t === "number" ? t : t.start);
  }
  invalidToken(t) {
    const ch = this.text(t);
    const known = INVALID_DETAIL[ch];
    if (known) this.fail(t, known[0], known[1]);
    if (ch === "\u201C" || ch === "\u201D")
      this.fail(
        t,
        "Invalid character",
        '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".'
      );
    this.fail(t, "Invalid character", "This character is not used within the language.");
  }
  // --- the peeker: comments are skipped (a line comment stands for its newline where newlines count)
  next() {
    const including = this.newlines[this.newlines.length - 1];
    for (let i = this.pos; i < this.tokens.length; i++) {
      const tok = this.tokens[i];
      if (tok.type === "comment") {
        if (including && this.src[tok.end - 1] === "\n") return { tok: { type: "newline", start: tok.end - 1, end: tok.end }, at: i + 1 };
        continue;
      }
      if (tok.type === "newline" && !including) continue;
      return { tok, at: i + 1 };
    }
    return { tok: this.tokens[this.tokens.length - 1], at: this.tokens.length };
  }
  peek() {
    return this.next().tok;
  }
  read() {
    const { tok, at } = this.next();
    this.pos = at;
    return tok;
  }
  withNewlines(include, fn) {
    this.newlines.push(include);
    try {
      return fn();
    } finally {
      this.newlines.pop();
    }
  }
  nested(at, fn) {
    if (++this.depth > MAX_DEPTH) {
      this.fail(at, "Expression nested too deeply", `Expressions may be nested at most ${MAX_DEPTH} levels deep.`);
    }
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
  isKeyword(t, word) {
    return t.type === "ident" && this.text(t) === word;
  }
  // --- bodies
  parseBody(end, open2) {
    const body = { attributes: [], blocks: [] };
    const seen = /* @__PURE__ */ new Set();
    for (; ; ) {
      const next = this.peek();
      if (next.type === end) {
        this.read();
        return body;
      }
      if (next.type === "newline") {
        this.read();
        continue;
      }
      if (next.type === "ident") {
        const item = this.parseBodyItem();
        if ("expr" in item) {
          if (seen.has(item.name)) {
            this.fail(
              item.nameStart,
              "Attribute redefined",
              `The argument "${item.name}" was already set. Each argument may be set only once.`
            );
          }
          seen.add(item.name);
          body.attributes.push(item);
        } else body.blocks.push(item);
        continue;
      }
      if (next.type === "oquote") this.fail(next, "Invalid argument name", "Argument names must not be quoted.");
      if (next.type === "eof") {
        this.fail(
          open2 ?? next,
          "Unclosed configuration block",
          "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file."
        );
      }
      this.fail(next, "Argument or block definition required", "An argument or block definition is required here.");
    }
  }
  parseBodyItem() {
    const ident = this.read();
    const next = this.peek();
    if (next.type === "equal") return this.finishAttribute(ident, false);
    if (next.type === "oquote" || next.type === "obrace" || next.type === "ident") return this.finishBlock(ident);
    this.fail(
      ident,
      "Argument or block definition required",
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.'
    );
  }
  finishAttribute(ident, singleLine) {
    this.read();
    const expr = this.parseExpression();
    if (!singleLine) {
      const end = this.peek();
      if (end.type !== "newline" && end.type !== "eof") {
        if (end.type === "comma")
          this.fail(
            end,
            "Unexpected comma after argument",
            "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline."
          );
        this.fail(end, "Missing newline after argument", "An argument definition must end with a newline.");
      }
      this.read();
    }
    return { name: this.text(ident), expr, nameStart: ident.start };
  }
  finishBlock(ident) {
    const labels = [];
    let open2;
    for (; ; ) {
      const tok = this.peek();
      if (tok.type === "obrace") {
        open2 = this.read();
        break;
      }
      if (tok.type === "oquote") {
        labels.push(this.parseQuotedStringLiteral());
        continue;
      }
      if (tok.type === "ident") {
        labels.push(this.text(this.read()));
        continue;
      }
      if (tok.type === "equal")
        this.fail(
          tok,
          "Invalid block definition",
          'The equals sign "=" indicates an argument definition, and must not be used when defining a block.'
        );
      if (tok.type === "newline")
        this.fail(
          tok,
          "Invalid block definition",
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.'
        );
      this.fail(tok, "Invalid block definition", 'Either a quoted string block label or an opening brace ("{") is expected here.');
    }
    let body;
    const first = this.peek();
    if (first.type === "newline" || first.type === "eof" || first.type === "cbrace") {
      body = this.parseBody("cbrace", open2);
    } else {
      const name = this.read();
      if (name.type !== "ident")
        this.fail(name, "Argument or block definition required", "An argument or block definition is required here.");
      const after = this.peek();
      if (after.type !== "equal") {
        if (after.type === "oquote" || after.type === "obrace" || after.type === "ident")
          this.fail(
            name,
            "Argument definition required",
            "A single-line block definition can contain only a single argument. To define a nested block, place it on a line of its own within its parent block."
          );
        this.fail(
          name,
          "Argument or block definition required",
          'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.'
        );
      }
      const attr = this.finishAttribute(name, true);
      body = { attributes: [attr], blocks: [] };
      const close = this.peek();
      if (close.type !== "cbrace") {
        if (close.type === "eof")
          this.fail(
            open2,
            "Unclosed configuration block",
            "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file."
          );
        this.fail(
          close,
          "Invalid single-argument block definition",
          "A single-line block definition must end with a closing brace immediately after its single argument definition."
        );
      }
      this.read();
    }
    const eol = this.peek();
    if (eol.type !== "newline" && eol.type !== "eof")
      this.fail(eol, "Missing newline after block definition", "A block definition must end with a newline.");
    this.read();
    return { type: this.text(ident), labels, body, typeStart: ident.start };
  }
  /** A block label: a quoted string without interpolation. */
  parseQuotedStringLiteral() {
    const open2 = this.read();
    let value = "";
    for (; ; ) {
      const tok = this.read();
      if (tok.type === "cquote") return value;
      if (tok.type === "quotedLit") {
        value += decodeStringLiteral(this.src, tok, true, (at, s, d) => this.fail(at, s, d));
        continue;
      }
      if (tok.type === "templateInterp" || tok.type === "templateControl")
        this.fail(
          tok,
          "Invalid string literal",
          'Template sequences are not allowed in this string. To include a literal "$", double it (as "$$") to escape it.'
        );
      this.fail(open2, "Unterminated string literal", "Unable to find the closing quote mark before the end of the file.");
    }
  }
  // --- expressions
  parseExpression() {
    const start = this.peek();
    const cond = this.parseBinary(0);
    if (this.peek().type !== "question") return cond;
    this.read();
    const whenTrue = this.parseExpression();
    const colon = this.peek();
    if (colon.type !== "colon")
      this.fail(
        colon,
        "Missing false expression in conditional",
        "The conditional operator (...?...:...) requires a false expression, delimited by a colon."
      );
    this.read();
    const whenFalse = this.parseExpression();
    return { k: "conditional", cond, whenTrue, whenFalse, s: start.start, e: whenFalse.e };
  }
  /**
   * Binary operators of `level` and tighter, left-associative: precedence climbing, the same tree (and
   * the same tokens read) as one function per level, with one look at the next token per operand
   * instead of one per level.
   */
  parseBinary(level) {
    let lhs = this.parseWithTraversals();
    for (; ; ) {
      const opLevel = BINARY_LEVEL.get(this.peek().type);
      if (opLevel === void 0 || opLevel < level) return lhs;
      this.read();
      const rhs = this.parseBinary(opLevel + 1);
      lhs = { k: "other", s: lhs.s, e: rhs.e };
    }
  }
  parseWithTraversals() {
    return this.parseTraversals(this.parseTerm());
  }
  parseTraversals(from) {
    let ret = from;
    const relative = (end) => ret.k === "traversal" ? { k: "traversal", s: ret.s, e: end } : { k: "other", s: ret.s, e: end };
    for (; ; ) {
      const next = this.peek();
      if (next.type === "dot") {
        this.read();
        const attr = this.peek();
        if (attr.type === "ident") {
          ret = relative(this.read().end);
        } else if (attr.type === "number") {
          const num2 = this.read();
          if (this.text(num2).includes("."))
            this.fail(
              num2,
              "Invalid legacy index syntax",
              "When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead."
            );
          numberText(this.text(num2), num2, (at, s, d) => this.fail(at, s, d));
          ret = relative(num2.end);
        } else if (attr.type === "star") {
          let last = this.read().end;
          while (this.peek().type === "dot") {
            this.read();
            const step = this.peek();
            if (step.type === "number") {
              const num2 = this.read();
              if (this.text(num2).includes("."))
                this.fail(
                  num2,
                  "Invalid legacy index syntax",
                  "When using the legacy index syntax, chaining two indexes together is not permitted."
                );
              last = num2.end;
              continue;
            }
            if (step.type !== "ident") {
              if (step.type === "star")
                this.fail(
                  step,
                  "Nested splat expression not allowed",
                  "A splat expression (*) cannot be used inside another attribute-only splat expression."
                );
              this.fail(step, "Invalid attribute name", "An attribute name is required after a dot.");
            }
            last = this.read().end;
          }
          ret = { k: "other", s: ret.s, e: last };
        } else {
          this.fail(attr, "Invalid attribute name", "An attribute name is required after a dot.");
        }
        continue;
      }
      if (next.type === "obrack") {
        const open2 = this.read();
        if (this.peek().type === "star") {
          this.read();
          const close2 = this.read();
          if (close2.type !== "cbrack")
            this.fail(
              close2,
              "Missing close bracket on splat index",
              'The star for a full splat operator must be immediately followed by a closing bracket ("]").'
            );
          const each = this.parseTraversals({ k: "other", s: open2.start, e: close2.end });
          ret = { k: "other", s: ret.s, e: each.e };
          continue;
        }
        const key = this.nested(open2, () => this.withNewlines(false, () => this.parseExpression()));
        const close = this.withNewlines(false, () => this.read());
        if (close.type !== "cbrack")
          this.fail(close, "Missing close bracket on index", 'The index operator must end with a closing bracket ("]").');
        const literalKey = key.k === "literal" || key.k === "template" && isStringLiteral(key);
        ret = literalKey ? relative(close.end) : { k: "other", s: ret.s, e: close.end };
        continue;
      }
      return ret;
    }
  }
  parseTerm() {
    const start = this.peek();
    switch (start.type) {
      case "oparen": {
        this.read();
        return this.nested(
          start,
          () => this.withNewlines(false, () => {
            this.parseExpression();
            const close = this.peek();
            if (close.type !== "cparen")
              this.fail(close, "Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.");
            this.read();
            return { k: "other", s: start.start, e: close.end };
          })
        );
      }
      case "number": {
        this.read();
        const text2 = numberText(this.text(start), start, (at, s, d) => this.fail(at, s, d));
        return { k: "literal", value: { type: "number", text: text2 }, s: start.start, e: start.end };
      }
      case "ident": {
        this.read();
        if (this.peek().type === "oparen") return this.finishFunctionCall(start);
        const name = this.text(start);
        const literal = name === "true" ? { type: "bool", value: true } : name === "false" ? { type: "bool", value: false } : name === "null" ? { type: "null" } : null;
        if (literal) return { k: "literal", value: literal, s: start.start, e: start.end };
        return { k: "traversal", s: start.start, e: start.end };
      }
      case "oquote":
      case "oheredoc": {
        this.read();
        const flush = start.type === "oheredoc" && this.src[start.start + 2] === "-";
        return this.nested(start, () => this.parseTemplate(start, start.type === "oquote" ? "cquote" : "cheredoc", flush));
      }
      case "minus":
      case "bang": {
        this.read();
        const operand = this.nested(start, () => this.parseWithTraversals());
        return { k: "unary", op: start.type === "minus" ? "negate" : "not", operand, s: start.start, e: operand.e };
      }
      case "obrack":
        return this.nested(start, () => this.parseTuple());
      case "obrace":
        return this.nested(start, () => this.parseObject());
      case "eof":
        this.fail(start, "Missing expression", "Expected the start of an expression, but found the end of the file.");
      // eslint-disable-next-line no-fallthrough
      default:
        this.fail(start, "Invalid expression", "Expected the start of an expression, but found an invalid expression token.");
    }
  }
  finishFunctionCall(name) {
    const open2 = this.read();
    return this.nested(
      open2,
      () => this.withNewlines(false, () => {
        for (; ; ) {
          if (this.peek().type === "cparen") return { k: "other", s: name.start, e: this.read().end };
          this.parseExpression();
          const sep = this.read();
          if (sep.type === "cparen") return { k: "other", s: name.start, e: sep.end };
          if (sep.type === "ellipsis") {
            const close = this.read();
            if (close.type !== "cparen")
              this.fail(
                sep,
                "Missing closing parenthesis",
                "An expanded function argument (with ...) must be immediately followed by closing parentheses."
              );
            return { k: "other", s: name.start, e: close.end };
          }
          if (sep.type !== "comma") {
            if (sep.type === "eof")
              this.fail(
                name,
                "Unterminated function call",
                "There is no closing parenthesis for this function call before the end of the file."
              );
            this.fail(sep, "Missing argument separator", "A comma is required to separate each function argument from the next.");
          }
        }
      })
    );
  }
  parseTuple() {
    const open2 = this.read();
    return this.withNewlines(false, () => {
      if (this.isKeyword(this.peek(), "for")) return this.finishFor(open2, "cbrack");
      const items = [];
      for (; ; ) {
        if (this.peek().type === "cbrack") return { k: "tuple", items, s: open2.start, e: this.read().end };
        items.push(this.parseExpression());
        const next = this.peek();
        if (next.type === "cbrack") return { k: "tuple", items, s: open2.start, e: this.read().end };
        if (next.type !== "comma") {
          if (next.type === "eof")
            this.fail(
              open2,
              "Unterminated tuple constructor expression",
              "There is no corresponding closing bracket before the end of the file."
            );
          this.fail(next, "Missing item separator", "Expected a comma to mark the beginning of the next item.");
        }
        this.read();
      }
    });
  }
  parseObject() {
    const open2 = this.read();
    const isFor = this.withNewlines(false, () => this.isKeyword(this.peek(), "for"));
    if (isFor) return this.withNewlines(false, () => this.finishFor(open2, "cbrace"));
    return this.withNewlines(true, () => {
      const items = [];
      for (; ; ) {
        const next = this.peek();
        if (next.type === "newline") {
          this.read();
          continue;
        }
        if (next.type === "cbrace") return { k: "object", items, s: open2.start, e: this.read().end };
        const key = this.parseExpression();
        const sep = this.peek();
        if (sep.type !== "equal" && sep.type !== "colon") {
          if (sep.type === "newline" || sep.type === "comma")
            this.fail(sep, "Missing attribute value", 'Expected an attribute value, introduced by an equals sign ("=").');
          if (sep.type === "eof")
            this.fail(
              open2,
              "Unterminated object constructor expression",
              "There is no corresponding closing brace before the end of the file."
            );
          this.fail(sep, "Missing key/value separator", 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
        }
        this.read();
        const value = this.parseExpression();
        items.push({ key, value });
        const after = this.peek();
        if (after.type === "cbrace") return { k: "object", items, s: open2.start, e: this.read().end };
        if (after.type !== "comma" && after.type !== "newline") {
          if (after.type === "eof")
            this.fail(
              open2,
              "Unterminated object constructor expression",
              "There is no corresponding closing brace before the end of the file."
            );
          this.fail(after, "Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.");
        }
        this.read();
      }
    });
  }
  finishFor(open2, close) {
    return this.withNewlines(false, () => {
      this.read();
      const bad = (detail) => this.fail(this.peek(), "Invalid 'for' expression", detail);
      if (this.peek().type !== "ident") bad("For expression requires variable name after 'for'.");
      this.read();
      if (this.peek().type === "comma") {
        this.read();
        if (this.peek().type !== "ident") bad("For expression requires value variable name after comma.");
        this.read();
      }
      if (!this.isKeyword(this.peek(), "in")) bad("For expression requires the 'in' keyword after its name declarations.");
      this.read();
      this.parseExpression();
      if (this.peek().type !== "colon") bad("For expression requires a colon after the collection expression.");
      this.read();
      this.parseExpression();
      if (this.peek().type === "fatArrow") {
        if (close === "cbrack") this.fail(this.peek(), "Invalid 'for' expression", "Key expression is not valid when building a tuple.");
        this.read();
        this.parseExpression();
      } else if (close === "cbrace") {
        this.fail(this.peek(), "Invalid 'for' expression", "Key expression is required when building an object.");
      }
      if (this.peek().type === "ellipsis") {
        if (close === "cbrack")
          this.fail(this.peek(), "Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.");
        this.read();
      }
      if (this.isKeyword(this.peek(), "if")) {
        this.read();
        this.parseExpression();
      }
      const end = this.peek();
      if (end.type !== close) this.fail(end, "Invalid 'for' expression", "Extra characters after the end of the 'for' expression.");
      this.read();
      return { k: "other", s: open2.start, e: end.end };
    });
  }
  // --- templates
  parseTemplate(open2, end, flush) {
    const parts = this.parseTemplateParts(open2, end);
    if (flush) flushHeredoc(parts);
    meldLiterals(parts);
    const closeEnd = parts[parts.length - 1].e;
    const exprs = new TemplateTree(parts, (at, s, d) => this.fail(at, s, d)).root();
    if (parts.length === 2 && parts[0].kind === "interp") return { k: "wrap", inner: exprs[0], s: open2.start, e: closeEnd };
    return { k: "template", parts: exprs, s: open2.start, e: closeEnd };
  }
  parseTemplateParts(open2, end) {
    const parts = [];
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    const trimPrev = (seq, canTrimPrev) => {
      const prev = parts[parts.length - 1];
      if (canTrimPrev && seq.end - seq.start === 3 && prev?.kind === "lit") prev.val = trimRightSpace(prev.val);
    };
    for (; ; ) {
      const next = this.read();
      if (next.type === end) {
        if (parts.length === 0) parts.push({ kind: "lit", val: "", s: open2.end, e: open2.end });
        parts.push({ kind: "end", s: next.start, e: next.end });
        return parts;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;
      if (next.type === "stringLit" || next.type === "quotedLit") {
        let val = decodeStringLiteral(this.src, next, next.type === "quotedLit", (at, s, d) => this.fail(at, s, d));
        if (ltrim) val = trimLeftSpace(val);
        parts.push({ kind: "lit", val, s: next.start, e: next.end });
        nextCanTrimPrev = true;
        continue;
      }
      if (next.type === "templateInterp") {
        trimPrev(next, canTrimPrev);
        const expr = this.nested(next, () => this.withNewlines(false, () => this.parseExpression()));
        const close = this.withNewlines(false, () => this.peek());
        if (close.type !== "templateSeqEnd") {
          if (close.type === "eof" || (close.type === "cquote" || close.type === "oquote") && end === "cquote")
            this.fail(next, "Unclosed template interpolation sequence", "There is no closing brace for this interpolation sequence.");
          this.fail(
            close,
            "Extra characters after interpolation expression",
            "Expected a closing brace to end the interpolation expression, but found extra characters."
          );
        }
        this.withNewlines(false, () => this.read());
        if (close.end - close.start === 2) ltrimNext = true;
        parts.push({ kind: "interp", expr, s: next.start, e: close.end });
        continue;
      }
      if (next.type === "templateControl") {
        trimPrev(next, canTrimPrev);
        this.withNewlines(false, () => this.parseDirective(next, parts));
        const close = this.withNewlines(false, () => this.peek());
        if (close.type !== "templateSeqEnd")
          this.fail(
            close,
            "Extra characters in template directive",
            "Expected a closing brace to end the sequence, but found extra characters."
          );
        this.withNewlines(false, () => this.read());
        if (close.end - close.start === 2) ltrimNext = true;
        const directive = parts[parts.length - 1];
        directive.e = close.start;
        continue;
      }
      this.fail(next.type === "eof" ? open2 : next, "Unterminated template string", "No closing marker was found for the string.");
    }
  }
  parseDirective(seq, parts) {
    const kw = this.peek();
    if (kw.type !== "ident")
      this.fail(
        kw,
        "Invalid template directive",
        'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.'
      );
    this.read();
    const word = this.text(kw);
    const span = { s: seq.start, e: seq.end };
    switch (word) {
      case "if":
        parts.push({ kind: "if", cond: this.nested(seq, () => this.parseExpression()), ...span });
        return;
      case "else":
      case "endif":
      case "endfor":
        parts.push({ kind: word, ...span });
        return;
      case "for": {
        const bad = (detail) => this.fail(this.peek(), "Invalid 'for' directive", detail);
        if (this.peek().type !== "ident") bad("For directive requires variable name after 'for'.");
        let valVar = this.text(this.read());
        let keyVar = "";
        if (this.peek().type === "comma") {
          this.read();
          keyVar = valVar;
          if (this.peek().type !== "ident") bad("For directive requires value variable name after comma.");
          valVar = this.text(this.read());
        }
        if (!this.isKeyword(this.peek(), "in")) bad("For directive requires 'in' keyword after names.");
        this.read();
        const coll = this.nested(seq, () => this.parseExpression());
        parts.push({ kind: "for", keyVar, valVar, coll, ...span });
        return;
      }
      default:
        this.fail(kw, "Invalid template control keyword", `"${word}" is not a valid template control keyword.`);
    }
  }
}
class TemplateTree {
  constructor(parts, fail) {
    this.parts = parts;
    this.fail = fail;
  }
  parts;
  fail;
  pos = 0;
  root() {
    const out = [];
    while (this.parts[this.pos].kind !== "end") out.push(this.expr());
    return out;
  }
  expr() {
    const part = this.parts[this.pos];
    switch (part.kind) {
      case "lit":
        this.pos++;
        return { k: "literal", value: { type: "string", value: part.val }, s: part.s, e: part.e };
      case "interp":
        this.pos++;
        return part.expr;
      case "if":
        return this.ifDirective();
      case "for":
        return this.forDirective();
      case "end":
        return this.fail(part.s, "Unexpected end of template", "The control directives within this template are unbalanced.");
      default:
        return this.fail(part.s, `Unexpected ${part.kind} directive`, "The control directives within this template are unbalanced.");
    }
  }
  collect(stop, opener) {
    const exprs = [];
    for (; ; ) {
      const part = this.parts[this.pos];
      if (part.kind === "end") this.fail(part.s, "Unexpected end of template", "A directive is missing its corresponding end directive.");
      if (part.kind === "else" || part.kind === "endif" || part.kind === "endfor") {
        this.pos++;
        if (!stop.has(part.kind))
          this.fail(part.s, `Unexpected ${part.kind} directive`, `Not expected for the directive at offset ${opener.s}.`);
        return { exprs, closer: part };
      }
      exprs.push(this.expr());
    }
  }
  static template(exprs, at) {
    const parts = exprs.length ? exprs : [{ k: "literal", value: { type: "string", value: "" }, s: at, e: at }];
    return { k: "template", parts, s: parts[0].s, e: parts[parts.length - 1].e };
  }
  ifDirective() {
    const open2 = this.parts[this.pos++];
    const first = this.collect(/* @__PURE__ */ new Set(["else", "endif"]), open2);
    const whenTrue = first.exprs;
    let closer = first.closer;
    let whenFalse = [];
    if (closer.kind === "else") ({ exprs: whenFalse, closer } = this.collect(/* @__PURE__ */ new Set(["endif"]), open2));
    return {
      k: "conditional",
      cond: open2.cond,
      whenTrue: TemplateTree.template(whenTrue, open2.e),
      whenFalse: TemplateTree.template(whenFalse, closer.s),
      s: open2.s,
      e: closer.e
    };
  }
  forDirective() {
    const open2 = this.parts[this.pos++];
    const { exprs, closer } = this.collect(/* @__PURE__ */ new Set(["endfor"]), open2);
    return {
      k: "join",
      keyVar: open2.keyVar,
      valVar: open2.valVar,
      coll: open2.coll,
      body: TemplateTree.template(exprs, open2.e),
      s: open2.s,
      e: closer.e
    };
  }
}
function isStringLiteral(t) {
  return t.parts.length === 1 && t.parts[0].k === "literal";
}
function flushHeredoc(parts) {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust = [];
  for (const part of parts) {
    if (newline) {
      newline = false;
      let spaces;
      if (part.kind === "lit") {
        const trimmed = trimLeftSpace(part.val);
        if (trimmed.length === 0 && part.val.endsWith("\n")) spaces = Number.MAX_SAFE_INTEGER;
        else {
          spaces = [...part.val.slice(0, part.val.length - trimmed.length)].length;
          adjust.push(part);
        }
      } else if (part.kind === "end") break;
      else spaces = 0;
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (part.kind === "lit" && part.val.endsWith("\n")) newline = true;
  }
  for (const lit of adjust) lit.val = [...lit.val].slice(minSpaces).join("");
}
function meldLiterals(parts) {
  let w = 0;
  for (let r = 0; r < parts.length; r++) {
    const cur = parts[r];
    const prev = w > 0 ? parts[w - 1] : void 0;
    if (prev?.kind === "lit" && cur.kind === "lit") {
      prev.val += cur.val;
      prev.e = cur.e;
      continue;
    }
    parts[w++] = cur;
  }
  parts.length = w;
}
const HEX = /^[0-9A-Fa-f]+$/;
function decodeStringLiteral(src, tok, quoted, fail) {
  let out = "";
  let i = tok.start;
  while (i < tok.end) {
    const c = src[i];
    if (quoted && c === "\\") {
      const sel = src[i + 1];
      if (sel === void 0 || i + 1 >= tok.end)
        fail(i, "Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.");
      const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
      if (sel in simple) {
        out += simple[sel];
        i += 2;
        continue;
      }
      if (sel === "u" || sel === "U") {
        const len = sel === "u" ? 4 : 8;
        const hex = src.slice(i + 2, Math.min(i + 2 + len, tok.end));
        if (hex.length !== len || !HEX.test(hex))
          fail(
            i,
            "Invalid escape sequence",
            `The \\${sel} escape sequence must be followed by ${sel === "u" ? "four" : "eight"} hexadecimal digits.`
          );
        const code = parseInt(hex, 16);
        if (code > 1114111 || code >= 55296 && code <= 57343)
          fail(i, "Invalid escape sequence", `Cannot encode character U+${hex.toLowerCase()} in UTF-8.`);
        out += String.fromCodePoint(code);
        i += 2 + len;
        continue;
      }
      fail(i, "Invalid escape sequence", `The symbol "${sel}" is not a valid escape sequence selector.`);
    }
    if (c === "$" && src[i + 1] === "$" && src[i + 2] === "{" && i + 3 <= tok.end) {
      out += "${";
      i += 3;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
const NUMBER = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
function numberText(text2, tok, fail) {
  if (!NUMBER.test(text2)) fail(tok.start, "Invalid number literal", "Failed to recognize the value of this number literal.");
  return text2;
}
function parseConfig(src) {
  const parser = new Parser2(src);
  return parser.parseBody("eof", null);
}
const escapeLiteral = (s) => s.split("${").join("$${");
function byteOrder(a, b) {
  if (!/[\ud800-\udfff]/.test(a + b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function sorted(obj2) {
  const out = {};
  for (const key of [...obj2.keys()].sort(byteOrder)) out[key] = obj2.get(key);
  return out;
}
function numberToString(text2) {
  const m = /^([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text2);
  if (!m) return text2;
  const [, int2 = "", frac = "", exp = "0"] = m;
  let digits = int2 + frac;
  let point = int2.length + Number(exp);
  while (digits.startsWith("0")) {
    digits = digits.slice(1);
    point--;
  }
  if (!digits) return "0";
  digits = digits.replace(/0+$/, "");
  if (point <= 0) return "0." + "0".repeat(-point) + digits;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return digits.slice(0, point) + "." + digits.slice(point);
}
class Converter {
  constructor(src) {
    this.src = src;
  }
  src;
  /** hcl2json's rangeSource: the source of the span, plus a closing parenthesis right after it. */
  rangeSource(e) {
    const end = this.src[e.e] === ")" ? e.e + 1 : e.e;
    return this.src.slice(e.s, end);
  }
  wrap(e) {
    return "${" + this.rangeSource(e) + "}";
  }
  body(body) {
    const out = /* @__PURE__ */ new Map();
    for (const block of body.blocks) {
      let target = out;
      let key = block.type;
      for (const label of block.labels) {
        const existing = target.get(key);
        if (existing !== void 0) {
          if (!(existing instanceof Map)) {
            throw new HclSyntaxError(
              "Unable to convert Block to JSON",
              `${block.type}.${block.labels.join(".")}: blocks of this type appear with and without labels`,
              block.typeStart
            );
          }
          target = existing;
        } else {
          const created = /* @__PURE__ */ new Map();
          target.set(key, created);
          target = created;
        }
        key = label;
      }
      const value = this.body(block.body);
      const current = target.get(key);
      if (current === void 0) target.set(key, [value]);
      else if (Array.isArray(current)) current.push(value);
      else {
        throw new HclSyntaxError(
          "Unable to convert Block to JSON",
          `invalid HCL detected for "${key}" block, cannot have blocks with and without labels`,
          block.typeStart
        );
      }
    }
    for (const attr of body.attributes) out.set(attr.name, this.expression(attr.expr));
    return finish(out);
  }
  expression(e) {
    switch (e.k) {
      case "literal":
        return literalJson(e.value, e);
      case "unary":
        return this.unary(e);
      case "template":
        return this.template(e);
      case "wrap":
        return this.expression(e.inner);
      case "tuple":
        return e.items.map((item) => this.expression(item));
      case "object": {
        const m = /* @__PURE__ */ new Map();
        for (const item of e.items) m.set(this.key(item.key), this.expression(item.value));
        return sorted(m);
      }
      default:
        return this.wrap(e);
    }
  }
  unary(e) {
    const operand = e.operand;
    if (operand.k !== "literal") return this.wrap(e);
    const v = operand.value;
    if (e.op === "negate" && v.type === "number") return -Number(v.text);
    if (e.op === "not" && v.type === "bool") return !v.value;
    throw new HclSyntaxError("Invalid operand", `Unsuitable value for the ${e.op === "negate" ? '"-"' : '"!"'} operator.`, e.s);
  }
  template(t) {
    if (isStringLiteral(t)) return this.stringPart(t.parts[0]);
    return t.parts.map((p) => this.stringPart(p)).join("");
  }
  stringPart(e) {
    switch (e.k) {
      case "literal":
        return escapeLiteral(literalString(e.value));
      case "template":
        return this.template(e);
      case "wrap":
        return this.stringPart(e.inner);
      case "conditional": {
        const whenTrue = this.stringPart(e.whenTrue);
        const whenFalse = this.stringPart(e.whenFalse);
        return `%{if ${this.rangeSource(e.cond)}}${whenTrue}${whenFalse ? `%{else}${whenFalse}` : ""}%{endif}`;
      }
      case "join":
        return `%{for ${e.keyVar ? `${e.keyVar}, ` : ""}${e.valVar} in ${this.rangeSource(e.coll)}}${this.stringPart(e.body)}%{endfor}`;
      default:
        return this.wrap(e);
    }
  }
  key(e) {
    if (e.k === "traversal") return this.rangeSource(e);
    return this.stringPart(e);
  }
}
function literalJson(v, at) {
  switch (v.type) {
    case "string":
      return v.value;
    case "number": {
      const n = Number(v.text);
      if (!Number.isFinite(n)) throw new HclSyntaxError("Invalid number literal", "The number is too large to represent.", at.s);
      return n;
    }
    case "bool":
      return v.value;
    default:
      return null;
  }
}
function literalString(v) {
  switch (v.type) {
    case "string":
      return v.value;
    case "number":
      return numberToString(v.text);
    case "bool":
      return String(v.value);
    default:
      return "null";
  }
}
function finish(m) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of m) out.set(k, v instanceof Map ? finish(v) : v);
  return sorted(out);
}
function convertBody(src, body) {
  return new Converter(src).body(body);
}
function positionOf(src, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < src.length; i++) {
    if (src.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function hclToJson(src) {
  return convertBody(src, parseConfig(src));
}
function isHclSyntaxError(e) {
  return e instanceof HclSyntaxError;
}
async function parseHcl(file, content) {
  return parseHclSync(file, content);
}
function parseHclSync(file, content) {
  try {
    return hclToJson(content);
  } catch (error) {
    if (isHclSyntaxError(error)) {
      const { line, column } = positionOf(content, error.offset);
      throw new InframateError("terraform", `${error.summary}; ${error.detail}`, { file, line, column, cause: error });
    }
    throw error;
  }
}
const PARSE_BUDGET = {
  /** Largest .tf file handed to the parser. */
  maxBytes: 2 * 1024 * 1024,
  /** Total heredoc text in one file. */
  maxHeredocBytes: 256 * 1024,
  /** Deepest bracket nesting ([ ( { and ${ ) kept as written. */
  maxDepth: 100
};
const HEREDOC = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
const PLAIN = /[^\n#/"<[\](){}]*/y;
const STRING_PLAIN = /[^\\"\n$%]*/y;
function emptied(kind, original) {
  const breaks = "\n".repeat((original.match(/\n/g) ?? []).length);
  switch (kind) {
    case "[":
      return `[timestamp()${breaks}]`;
    case "(":
      return `(timestamp()${breaks})`;
    case "${":
      return `\${timestamp()${breaks}}`;
    default:
      return `{ inframate_too_deep = timestamp()${breaks} }`;
  }
}
function checkParseBudget(file, text2, budget = PARSE_BUDGET) {
  const bytes = Buffer.byteLength(text2);
  if (bytes > budget.maxBytes) {
    return {
      text: text2,
      warnings: [],
      maxDepth: 0,
      heredocBytes: 0,
      error: {
        file,
        line: 1,
        code: "parse-budget",
        message: `file is ${formatBytes(bytes)}, larger than the ${formatBytes(budget.maxBytes)} a .tf file may have to be parsed; not scanned`
      }
    };
  }
  const n = text2.length;
  const stack = [];
  const spans = [];
  let depth = 0;
  let maxDepth = 0;
  let root;
  let deepest = 0;
  let heredocBytes = 0;
  let largestHeredoc = { line: 0, bytes: 0 };
  let line = 1;
  let i = 0;
  const counts = (k) => k !== '"' && k !== "%{";
  const push = (kind) => {
    const f = { kind, at: i, line };
    stack.push(f);
    if (!counts(kind)) return;
    depth++;
    if (depth > maxDepth) maxDepth = depth;
    if (depth > budget.maxDepth && !root) {
      root = f;
    }
    if (root && depth > deepest) deepest = depth;
  };
  const pop = (end) => {
    const f = stack.pop();
    if (counts(f.kind)) depth--;
    if (f === root) {
      spans.push({ from: f.at, to: end, kind: f.kind, line: f.line, depth: deepest });
      root = void 0;
      deepest = 0;
    }
  };
  while (i < n) {
    const top = stack[stack.length - 1];
    const c = text2[i];
    if (top?.kind === '"') {
      if (c === "\\") i += 2;
      else if (c === '"') {
        pop(i);
        i++;
      } else if (c === "\n")
        pop(i);
      else if ((c === "$" || c === "%") && text2[i + 1] === "{") {
        if (text2[i + 2] !== void 0 && text2[i - 1] === c && text2[i - 2] !== c)
          i += 2;
        else {
          push(c === "$" ? "${" : "%{");
          i += 2;
        }
      } else {
        STRING_PLAIN.lastIndex = i + 1;
        STRING_PLAIN.test(text2);
        i = STRING_PLAIN.lastIndex;
      }
      continue;
    }
    if (c === "\n") {
      line++;
      i++;
    } else if (c === "#" || c === "/" && text2[i + 1] === "/") {
      const end = text2.indexOf("\n", i);
      i = end < 0 ? n : end;
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop; j++) if (text2.charCodeAt(j) === 10) line++;
      i = stop;
    } else if (c === '"') {
      push('"');
      i++;
    } else if (c === "<" && text2[i + 1] === "<") {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text2);
      if (!m) {
        i += 2;
        continue;
      }
      const start = line;
      const from = i;
      i += m[0].length;
      line++;
      while (i < n) {
        const end = text2.indexOf("\n", i);
        const stop = end < 0 ? n : end;
        const content = text2.slice(i, stop).trim();
        i = stop;
        if (content === m[2]) break;
        if (end < 0) break;
        i++;
        line++;
      }
      const size = i - from;
      heredocBytes += size;
      if (size > largestHeredoc.bytes) largestHeredoc = { line: start, bytes: size };
    } else if (c === "[" || c === "(" || c === "{") {
      push(c);
      i++;
    } else if (c === "]" || c === ")" || c === "}") {
      if (top) pop(i);
      i++;
    } else {
      PLAIN.lastIndex = i + 1;
      PLAIN.test(text2);
      i = PLAIN.lastIndex;
    }
  }
  if (heredocBytes > budget.maxHeredocBytes) {
    return {
      text: text2,
      warnings: [],
      maxDepth,
      heredocBytes,
      error: {
        file,
        line: largestHeredoc.line,
        code: "parse-budget",
        message: `heredocs in this file hold ${formatBytes(heredocBytes)} (the largest starts here), more than the ${formatBytes(budget.maxHeredocBytes)} the parser may be given; not scanned`
      }
    };
  }
  if (spans.length === 0) return { text: text2, warnings: [], maxDepth, heredocBytes };
  let out = "";
  let last = 0;
  const warnings = [];
  for (const s of spans) {
    out += text2.slice(last, s.from) + emptied(s.kind, text2.slice(s.from, s.to + 1));
    last = s.to + 1;
    warnings.push({
      file,
      line: s.line,
      code: "nesting-depth",
      message: `expression nested ${s.depth} levels deep (more than ${budget.maxDepth}): the part deeper than level ${budget.maxDepth} is not evaluated: its value is unknown; the rest of the file is scanned`
    });
  }
  out += text2.slice(last);
  return { text: out, warnings, maxDepth, heredocBytes };
}
const isIdentStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
const IDENT_REST = /[A-Za-z0-9_-]*/y;
const BLANKS = /[ \t\r\uFEFF]*/y;
function tokenize(file, text2, comments) {
  const toks = [];
  const n = text2.length;
  let i = 0;
  let line = 1;
  const skipString = () => {
    i++;
    while (i < n) {
      const c = text2[i];
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\n") return;
      if ((c === "$" || c === "%") && text2[i + 1] === "{") {
        if (text2[i - 1] === c && text2[i - 2] !== c) {
          i += 2;
          continue;
        }
        i += 2;
        skipInterpolation();
        continue;
      }
      i++;
    }
  };
  const skipInterpolation = () => {
    let depth = 1;
    while (i < n && depth > 0) {
      const c = text2[i];
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === "\n") line++;
      i++;
    }
  };
  while (i < n) {
    const c = text2[i];
    if (c === "\n") {
      toks.push({ kind: "newline", text: "\n", line });
      line++;
      i++;
      continue;
    }
    if (c === " " || c === "	" || c === "\r" || c === "\uFEFF") {
      BLANKS.lastIndex = i + 1;
      BLANKS.test(text2);
      i = BLANKS.lastIndex;
      continue;
    }
    if (c === "#" || c === "/" && text2[i + 1] === "/") {
      const end = text2.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      comments.push({ file, line, text: text2.slice(i, stop).replace(/\r$/, "") });
      i = stop;
      continue;
    }
    if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      const body = text2.slice(i, stop);
      comments.push({ file, line, text: body });
      for (const ch of body) if (ch === "\n") line++;
      i = stop;
      continue;
    }
    if (c === '"') {
      const start = line;
      const from = i;
      skipString();
      toks.push({ kind: "string", text: text2.slice(from + 1, Math.max(from + 1, i - 1)), line: start });
      continue;
    }
    if (c === "<" && text2[i + 1] === "<") {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text2.slice(i, i + 200));
      if (m) {
        const start = line;
        const marker = m[2];
        i += m[0].length;
        line++;
        while (i < n) {
          const end = text2.indexOf("\n", i);
          const stop = end < 0 ? n : end;
          const content = text2.slice(i, stop).trim();
          i = stop;
          if (content === marker) break;
          if (end < 0) break;
          i++;
          line++;
        }
        toks.push({ kind: "heredoc", text: marker, line: start });
        continue;
      }
    }
    if (isIdentStart(text2.charCodeAt(i))) {
      const from = i;
      IDENT_REST.lastIndex = i + 1;
      IDENT_REST.test(text2);
      i = IDENT_REST.lastIndex;
      toks.push({ kind: "ident", text: text2.slice(from, i), line });
      continue;
    }
    if ("{}[]()=".includes(c)) {
      if (c === "=" && (text2[i + 1] === "=" || text2[i + 1] === ">")) {
        toks.push({ kind: "other", text: c + text2[i + 1], line });
        i += 2;
        continue;
      }
      toks.push({ kind: "punct", text: c, line });
      i++;
      continue;
    }
    if ((c === "!" || c === "<" || c === ">") && text2[i + 1] === "=") {
      toks.push({ kind: "other", text: c + "=", line });
      i += 2;
      continue;
    }
    toks.push({ kind: "other", text: c, line });
    i++;
  }
  return toks;
}
const OPEN = { "{": "}", "[": "]", "(": ")" };
function scanHcl(file, text2) {
  const comments = [];
  const toks = tokenize(file, text2, comments);
  const root = { type: "", labels: [], line: 0, attributes: {}, blocks: [] };
  const stack = [root];
  let i = 0;
  const n = toks.length;
  const skipExpression = () => {
    const brackets = [];
    while (i < n) {
      const t = toks[i];
      if (t.kind === "punct") {
        if (OPEN[t.text]) brackets.push(OPEN[t.text]);
        else if (t.text === "}" || t.text === "]" || t.text === ")") {
          if (brackets.length === 0) return;
          const at = brackets.lastIndexOf(t.text);
          if (at >= 0) brackets.length = at;
        }
      } else if (t.kind === "newline" && brackets.length === 0) return;
      i++;
    }
  };
  const skipLine = () => {
    while (i < n && toks[i].kind !== "newline") i++;
  };
  while (i < n) {
    const t = toks[i];
    if (t.kind === "newline") {
      i++;
      continue;
    }
    const current = stack[stack.length - 1];
    if (t.kind === "punct" && t.text === "}") {
      if (stack.length > 1) stack.pop();
      i++;
      continue;
    }
    if (t.kind !== "ident") {
      skipLine();
      continue;
    }
    const next = toks[i + 1];
    if (next?.kind === "punct" && next.text === "=") {
      if (!(t.text in current.attributes)) current.attributes[t.text] = t.line;
      i += 2;
      skipExpression();
      continue;
    }
    let j = i + 1;
    const labels = [];
    while (j < n && (toks[j].kind === "string" || toks[j].kind === "ident")) {
      labels.push(toks[j].text);
      j++;
    }
    if (j < n && toks[j].kind === "punct" && toks[j].text === "{") {
      const block = { type: t.text, labels, line: t.line, attributes: {}, blocks: [] };
      current.blocks.push(block);
      stack.push(block);
      i = j + 1;
      continue;
    }
    skipLine();
  }
  return { blocks: root.blocks, comments };
}
function scanJsonPositions(text2, maxDepth = 6) {
  const lines = /* @__PURE__ */ new Map();
  const n = text2.length;
  let i = 0;
  let line = 1;
  const ws = () => {
    while (i < n) {
      const c = text2[i];
      if (c === "\n") line++;
      else if (c !== " " && c !== "	" && c !== "\r" && c !== "\uFEFF") return;
      i++;
    }
  };
  const str2 = () => {
    const from = ++i;
    while (i < n && text2[i] !== '"') {
      if (text2[i] === "\\") i++;
      else if (text2[i] === "\n") line++;
      i++;
    }
    const raw = text2.slice(from, i);
    i++;
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      return raw;
    }
  };
  const value = (path2, depth) => {
    ws();
    const c = text2[i];
    if (c === "{") {
      i++;
      for (; ; ) {
        ws();
        if (i >= n) return;
        if (text2[i] === "}") {
          i++;
          return;
        }
        if (text2[i] === ",") {
          i++;
          continue;
        }
        if (text2[i] !== '"') {
          i++;
          continue;
        }
        const keyLine = line;
        const key = str2();
        const keyPath = path2 ? `${path2}.${key}` : key;
        if (depth < maxDepth && !lines.has(keyPath)) lines.set(keyPath, keyLine);
        ws();
        if (text2[i] === ":") i++;
        value(keyPath, depth + 1);
      }
    } else if (c === "[") {
      i++;
      let index = 0;
      for (; ; ) {
        ws();
        if (i >= n) return;
        if (text2[i] === "]") {
          i++;
          return;
        }
        if (text2[i] === ",") {
          i++;
          index++;
          continue;
        }
        const before = i;
        value(index === 0 ? path2 : `${path2}[${index}]`, depth);
        if (i === before) i++;
      }
    } else if (c === '"') {
      str2();
    } else {
      while (i < n && !",}]\n".includes(text2[i])) i++;
    }
  };
  while (i < n) {
    const before = i;
    value("", 0);
    if (i === before) i++;
  }
  return lines;
}
class EvalError extends Error {
}
const openObjects = /* @__PURE__ */ new WeakSet();
function markOpen(obj2) {
  openObjects.add(obj2);
  return obj2;
}
const isOpen = (v) => typeof v === "object" && v !== null && openObjects.has(v);
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function containsUnknown(v) {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isObject(v)) return Object.values(v).some(containsUnknown);
  return false;
}
function typeName(v) {
  if (v === null) return "null";
  if (isUnknown(v)) return "unknown";
  if (Array.isArray(v)) return "list";
  return typeof v === "object" ? "object" : typeof v;
}
function toStr(v) {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v === null) throw new EvalError("cannot use a null value in a string");
  throw new EvalError(`cannot convert ${typeName(v)} to string`);
}
function formatNumber(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}
function toNum(v) {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  throw new EvalError(`cannot convert ${JSON.stringify(v)} to number`);
}
function toBool(v) {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  throw new EvalError(`cannot convert ${typeName(v)} to bool`);
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
function entries(v) {
  if (Array.isArray(v)) return v.map((x, i) => [i, x]);
  if (isObject(v)) {
    return Object.keys(v).sort().map((k) => [k, v[k]]);
  }
  throw new EvalError(`cannot iterate over ${typeName(v)}`);
}
const bits = (c) => c.v6 ? 128 : 32;
function text$1(v) {
  const s = toStr(v);
  if (isUnknown(s)) throw new EvalError("unexpected unknown value");
  return s;
}
function int(v) {
  const n = toNum(v);
  if (isUnknown(n) || !Number.isInteger(n)) throw new EvalError("expected a whole number");
  return n;
}
function parseV4(s) {
  const parts = s.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new EvalError(`invalid IPv4 address "${s}"`);
  return parts.reduce((acc, p) => acc << 8n | BigInt(Number(p)), 0n);
}
function parseV6(s) {
  const join = (groups2) => groups2.reduce((acc, g) => acc << 16n | g, 0n);
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (!v4) return join(expandV6(s));
  const n = parseV4(v4[1]);
  const groups = expandV6(s.slice(0, -v4[1].length) + "0:0");
  groups[6] = n >> 16n;
  groups[7] = n & 0xffffn;
  return join(groups);
}
function expandV6(s) {
  const halves = s.split("::");
  if (halves.length > 2) throw new EvalError(`invalid IPv6 address "${s}"`);
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 && missing !== 0 || missing < 0) throw new EvalError(`invalid IPv6 address "${s}"`);
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  return groups.map((g) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) throw new EvalError(`invalid IPv6 address "${s}"`);
    return BigInt(parseInt(g, 16));
  });
}
const cidrCache = /* @__PURE__ */ new Map();
function parseCidr(s) {
  let hit = cidrCache.get(s);
  if (!hit) {
    hit = parseCidrText(s);
    if (cidrCache.size > 1e4) cidrCache.clear();
    cidrCache.set(s, hit);
  }
  return hit;
}
function parseCidrText(s) {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s.trim());
  if (!m) throw new EvalError(`invalid CIDR address "${s}"`);
  const v6 = m[1].includes(":");
  const prefix = Number(m[2]);
  if (prefix > (v6 ? 128 : 32)) throw new EvalError(`invalid prefix length in "${s}"`);
  const addr = v6 ? parseV6(m[1]) : parseV4(m[1]);
  const width = v6 ? 128 : 32;
  const mask = (1n << BigInt(width)) - 1n ^ (1n << BigInt(width - prefix)) - 1n;
  return { v6, addr: addr & mask, prefix };
}
function formatAddr(addr, v6) {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String(addr >> s & 255n)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => addr >> BigInt(112 - 16 * i) & 0xffffn);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0n) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0n) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
function subnet(c, newbits, netnum) {
  const prefix = c.prefix + newbits;
  if (newbits < 0 || prefix > bits(c)) throw new EvalError(`insufficient address space to extend prefix of ${c.prefix} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    throw new EvalError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  return { v6: c.v6, addr: c.addr | BigInt(netnum) << BigInt(bits(c) - prefix), prefix };
}
const show = (c) => `${formatAddr(c.addr, c.v6)}/${c.prefix}`;
const NETWORK_FUNCTIONS = {
  cidrsubnet: { fn: (a) => show(subnet(parseCidr(text$1(a[0])), int(a[1]), int(a[2]))) },
  cidrsubnets: {
    fn: (a) => {
      const base = parseCidr(text$1(a[0]));
      let next = base.addr;
      return a.slice(1).map((nb) => {
        const prefix = base.prefix + int(nb);
        if (prefix > bits(base)) throw new EvalError("insufficient address space");
        const size = 1n << BigInt(bits(base) - prefix);
        next = (next + size - 1n) / size * size;
        const c = { v6: base.v6, addr: next, prefix };
        next += size;
        if (next > base.addr + (1n << BigInt(bits(base) - base.prefix)))
          throw new EvalError("not enough remaining address space for a subnet");
        return show(c);
      });
    }
  },
  cidrhost: {
    fn: (a) => {
      const c = parseCidr(text$1(a[0]));
      const size = 1n << BigInt(bits(c) - c.prefix);
      let host = BigInt(int(a[1]));
      if (host < 0n) host += size;
      if (host < 0n || host >= size) throw new EvalError(`prefix of ${c.prefix} does not accommodate a host numbered ${a[1]}`);
      return formatAddr(c.addr + host, c.v6);
    }
  },
  cidrnetmask: {
    fn: (a) => {
      const c = parseCidr(text$1(a[0]));
      if (c.v6) throw new EvalError("only IPv4 networks have a netmask");
      return formatAddr(0xffffffffn << BigInt(32 - c.prefix) & 0xffffffffn, false);
    }
  }
};
const text = (v) => {
  const s = toStr(v);
  if (typeof s !== "string") throw new EvalError("unexpected unknown value");
  return s;
};
function fromYaml(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new EvalError("yamldecode: infinity and NaN are not Terraform numbers");
    return v;
  }
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(fromYaml);
  if (v instanceof Map) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), fromYaml(x)]));
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromYaml(x)]));
  throw new EvalError(`yamldecode: unsupported value ${String(v)}`);
}
function csvRows(input) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new EvalError("csvdecode: unterminated quoted field");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
const DECODE_FUNCTIONS = {
  yamldecode: {
    fn: (a) => {
      let doc;
      try {
        doc = distExports.parse(text(a[0]), { schema: "core", mapAsMap: false, maxAliasCount: 100 });
      } catch (error) {
        throw new EvalError(`yamldecode: ${error.message.split("\n")[0]}`);
      }
      return fromYaml(doc);
    }
  },
  csvdecode: {
    fn: (a) => {
      const [header, ...rows] = csvRows(text(a[0]));
      if (!header) throw new EvalError("csvdecode: missing header line");
      return rows.map((r) => {
        if (r.length !== header.length) throw new EvalError(`csvdecode: a row has ${r.length} fields, the header ${header.length}`);
        return Object.fromEntries(header.map((h, i) => [h, r[i]]));
      });
    }
  },
  basename: { fn: (a) => posix.basename(text(a[0]).replace(/\/+$/, "")) || (text(a[0]).startsWith("/") ? "/" : ".") },
  dirname: { fn: (a) => posix.dirname(text(a[0])) }
};
const VERB = /%(?:\[(\d+)\])?([-+ #0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;
function asString$1(v) {
  const s = toStr(v);
  if (isUnknown(s)) throw new EvalError("unexpected unknown value");
  return s;
}
function asNumber(v) {
  const n = toNum(v);
  if (isUnknown(n)) throw new EvalError("unexpected unknown value");
  return n;
}
function pad(s, flags, width) {
  if (width === void 0 || s.length >= width) return s;
  if (flags.includes("-")) return s.padEnd(width);
  if (flags.includes("0") && /^[+-]?\d/.test(s)) {
    const sign = /^[+-]/.test(s) ? s[0] : "";
    return sign + s.slice(sign.length).padStart(width - sign.length, "0");
  }
  return s.padStart(width);
}
function render$1(verb, v, flags, precision) {
  const signed = (n, s) => n >= 0 && flags.includes("+") ? "+" + s : s;
  switch (verb) {
    case "s":
      return precision === void 0 ? asString$1(v) : asString$1(v).slice(0, precision);
    case "v":
      return typeof v === "object" && v !== null ? JSON.stringify(v) : asString$1(v);
    case "q":
      return JSON.stringify(asString$1(v));
    case "t":
      if (typeof v !== "boolean") throw new EvalError(`%t needs a bool, got ${typeName(v)}`);
      return String(v);
    case "d": {
      const n = asNumber(v);
      if (!Number.isInteger(n)) throw new EvalError(`%d needs a whole number, got ${n}`);
      return signed(n, formatNumber(n));
    }
    case "f":
    case "F": {
      const n = asNumber(v);
      return signed(n, n.toFixed(precision ?? 6));
    }
    case "e":
    case "E": {
      const n = asNumber(v);
      const s = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
      return signed(n, verb === "E" ? s.toUpperCase() : s);
    }
    case "g":
      return formatNumber(asNumber(v));
    case "x":
    case "X": {
      const s = typeof v === "number" ? Math.trunc(v).toString(16) : Buffer.from(asString$1(v), "utf8").toString("hex");
      return verb === "X" ? s.toUpperCase() : s;
    }
    case "o":
      return Math.trunc(asNumber(v)).toString(8);
    case "b":
      return Math.trunc(asNumber(v)).toString(2);
    default:
      throw new EvalError(`unsupported format verb %${verb}`);
  }
}
function formatValue(spec, args) {
  let next = 0;
  return spec.replace(
    VERB,
    (_m, index, flags, width, precision, verb) => {
      if (verb === "%") return "%";
      if (index !== void 0) next = Number(index) - 1;
      if (next >= args.length) throw new EvalError(`not enough arguments for format string ${JSON.stringify(spec)}`);
      const v = args[next++];
      return pad(
        render$1(verb, v, flags, precision === void 0 ? void 0 : Number(precision)),
        flags,
        width === void 0 ? void 0 : Number(width)
      );
    }
  );
}
const arity = (args, min, max = min) => {
  if (args.length < min || args.length > max)
    throw new EvalError(`expected ${min === max ? min : `${min}-${max}`} arguments, got ${args.length}`);
};
const str = (v) => {
  const s = toStr(v);
  if (isUnknown(s)) throw new EvalError("unexpected unknown value");
  return s;
};
const num = (v) => {
  const n = toNum(v);
  if (isUnknown(n)) throw new EvalError("unexpected unknown value");
  return n;
};
const list = (v) => {
  if (Array.isArray(v)) return v;
  throw new EvalError(`expected a list, got ${typeName(v)}`);
};
const obj = (v) => {
  if (isObject(v)) return v;
  throw new EvalError(`expected a map, got ${typeName(v)}`);
};
function toSetValue(items) {
  const out = [];
  for (const x of items) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  if (out.every((x) => typeof x === "string")) return out.sort();
  if (out.every((x) => typeof x === "number")) return out.sort((a, b) => a - b);
  return out;
}
function flatten(v) {
  if (isUnknown(v)) return UNKNOWN;
  const out = [];
  for (const x of list(v)) {
    if (isUnknown(x)) return UNKNOWN;
    if (!Array.isArray(x)) {
      out.push(x);
      continue;
    }
    const inner = flatten(x);
    if (isUnknown(inner)) return UNKNOWN;
    out.push(...inner);
  }
  return out;
}
function fromJson(v) {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
  return null;
}
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;
function toRegExp(pattern, flags = "") {
  if (NESTED_QUANTIFIER.test(pattern)) throw new EvalError("regular expression with nested quantifiers is not evaluated");
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), flags);
  } catch {
    throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}`);
  }
}
function regexResult(m) {
  if (m.groups) return { ...m.groups };
  if (m.length > 1) return m.slice(1).map((x) => x ?? null);
  return m[0];
}
function firstKept(args, keep) {
  for (const a of args) {
    if (isUnknown(a)) return UNKNOWN;
    if (keep(a)) return a;
  }
  throw new EvalError("no non-null, non-empty argument");
}
const hash = (alg) => (a) => createHash(alg).update(str(a[0])).digest("hex");
const CORE = {
  // collections
  merge: {
    fn: (a) => {
      const out = {};
      for (const m of a) if (m !== null) Object.assign(out, obj(m));
      return out;
    }
  },
  concat: { fn: (a) => a.flatMap((x) => list(x)) },
  lookup: {
    knownArgs: 2,
    fn: (a) => {
      arity(a, 2, 3);
      const m = obj(a[0]);
      const k = str(a[1]);
      if (Object.prototype.hasOwnProperty.call(m, k)) return m[k];
      if (a.length === 3) return a[2];
      throw new EvalError(`lookup failed to find key "${k}"`);
    }
  },
  coalesce: { fn: (a) => firstKept(a, (v) => v !== null && v !== ""), unknowns: "handles" },
  coalescelist: { fn: (a) => firstKept(a, (v) => Array.isArray(v) && v.length > 0), unknowns: "handles" },
  length: {
    fn: (a) => {
      const v = a[0];
      if (typeof v === "string") return [...v].length;
      if (Array.isArray(v)) return v.length;
      if (isObject(v)) return Object.keys(v).length;
      throw new EvalError(`cannot take the length of ${typeName(v)}`);
    }
  },
  keys: { fn: (a) => Object.keys(obj(a[0])).sort() },
  values: { fn: (a) => entries(obj(a[0])).map(([, v]) => v) },
  element: {
    fn: (a) => {
      const l = list(a[0]);
      if (!l.length) throw new EvalError("cannot use element function with an empty list");
      const i = Math.floor(num(a[1]));
      if (i < 0) throw new EvalError("element index must not be negative");
      return l[i % l.length];
    }
  },
  index: {
    fn: (a) => {
      const i = list(a[0]).findIndex((x) => deepEqual(x, a[1]));
      if (i < 0) throw new EvalError("item not found");
      return i;
    },
    unknowns: "deep"
  },
  contains: { fn: (a) => list(a[0]).some((x) => deepEqual(x, a[1])), unknowns: "deep" },
  flatten: { fn: (a) => flatten(a[0]), unknowns: "handles" },
  distinct: { fn: (a) => list(a[0]).filter((x, i, l) => l.findIndex((y) => deepEqual(x, y)) === i), unknowns: "deep" },
  compact: { fn: (a) => list(a[0]).filter((x) => x !== null && x !== ""), unknowns: "deep" },
  zipmap: {
    fn: (a) => {
      if (isUnknown(a[0]) || isUnknown(a[1]) || containsUnknown(a[0])) return UNKNOWN;
      const ks = list(a[0]);
      const vs = list(a[1]);
      if (ks.length !== vs.length) throw new EvalError("zipmap needs lists of the same length");
      return Object.fromEntries(ks.map((k, i) => [str(k), vs[i]]));
    },
    unknowns: "handles"
  },
  range: {
    fn: (a) => {
      arity(a, 1, 3);
      const [start, stop, step] = a.length === 1 ? [0, num(a[0]), 1] : [num(a[0]), num(a[1]), a.length === 3 ? num(a[2]) : 1];
      if (step === 0) throw new EvalError("range step must not be zero");
      const out = [];
      for (let x = start; step > 0 ? x < stop : x > stop; x += step) {
        out.push(x);
        if (out.length > 1024) throw new EvalError("range too large");
      }
      return out;
    }
  },
  sort: { fn: (a) => list(a[0]).map(str).sort(), unknowns: "deep" },
  reverse: { fn: (a) => [...list(a[0])].reverse() },
  slice: {
    fn: (a) => {
      const l = list(a[0]);
      const from = num(a[1]);
      const to = num(a[2]);
      if (from < 0 || to > l.length || from > to) throw new EvalError("slice indices out of range");
      return l.slice(from, to);
    }
  },
  one: {
    fn: (a) => {
      const l = list(a[0]);
      if (l.length > 1) throw new EvalError("one() needs a list of at most one element");
      return l.length ? l[0] : null;
    }
  },
  chunklist: {
    fn: (a) => {
      const l = list(a[0]);
      const size = num(a[1]);
      if (size <= 0) return [l];
      const out = [];
      for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
      return out;
    }
  },
  setunion: { fn: (a) => toSetValue(a.flatMap((x) => list(x))), unknowns: "deep" },
  setintersection: {
    fn: (a) => toSetValue(list(a[0]).filter((x) => a.slice(1).every((s) => list(s).some((y) => deepEqual(x, y))))),
    unknowns: "deep"
  },
  setsubtract: { fn: (a) => toSetValue(list(a[0]).filter((x) => !list(a[1]).some((y) => deepEqual(x, y)))), unknowns: "deep" },
  setproduct: {
    fn: (a) => a.reduce((acc, s) => acc.flatMap((p) => list(s).map((x) => [...p, x])), [[]]),
    unknowns: "deep"
  },
  matchkeys: {
    fn: (a) => {
      const vals = list(a[0]);
      const ks = list(a[1]);
      const search = list(a[2]);
      return vals.filter((_, i) => search.some((s) => deepEqual(s, ks[i])));
    },
    unknowns: "deep"
  },
  transpose: {
    fn: (a) => {
      const out = {};
      for (const [k, vs] of entries(obj(a[0]))) for (const v of list(vs)) (out[str(v)] ??= []).push(str(k));
      for (const k of Object.keys(out)) out[k].sort();
      return out;
    },
    unknowns: "deep"
  },
  alltrue: { fn: (a) => list(a[0]).every((x) => toBool(x) === true), unknowns: "deep" },
  anytrue: { fn: (a) => list(a[0]).some((x) => toBool(x) === true), unknowns: "deep" },
  sum: { fn: (a) => list(a[0]).reduce((s, x) => s + num(x), 0), unknowns: "deep" },
  // conversions
  tomap: { fn: (a) => obj(a[0]) },
  toset: { fn: (a) => toSetValue(list(a[0])), unknowns: "deep" },
  tolist: { fn: (a) => list(a[0]) },
  tostring: { fn: (a) => a[0] === null ? null : str(a[0]) },
  tonumber: { fn: (a) => a[0] === null ? null : num(a[0]) },
  tobool: {
    fn: (a) => {
      if (a[0] === null) return null;
      const b = toBool(a[0]);
      return isUnknown(b) ? UNKNOWN : b;
    }
  },
  nonsensitive: { fn: (a) => a[0], unknowns: "handles" },
  sensitive: { fn: (a) => a[0], unknowns: "handles" },
  type: { fn: (a) => typeName(a[0]) },
  // strings
  format: { fn: (a) => formatValue(str(a[0]), a.slice(1)), unknowns: "deep" },
  formatlist: {
    fn: (a) => {
      const n = Math.max(0, ...a.slice(1).map((x) => Array.isArray(x) ? x.length : 0));
      return Array.from(
        { length: n },
        (_, i) => formatValue(
          str(a[0]),
          a.slice(1).map((x) => Array.isArray(x) ? x[i] : x)
        )
      );
    },
    unknowns: "deep"
  },
  join: {
    fn: (a) => a.slice(1).flatMap((l) => list(l).map(str)).join(str(a[0])),
    unknowns: "deep"
  },
  split: { fn: (a) => str(a[1]) === "" ? [] : str(a[1]).split(str(a[0])) },
  lower: { fn: (a) => str(a[0]).toLowerCase() },
  upper: { fn: (a) => str(a[0]).toUpperCase() },
  title: { fn: (a) => str(a[0]).replace(/\b\w/g, (c) => c.toUpperCase()) },
  replace: {
    fn: (a) => {
      const s = str(a[0]);
      const search = str(a[1]);
      const repl = str(a[2]);
      if (search.length > 1 && search.startsWith("/") && search.endsWith("/"))
        return s.replace(toRegExp(search.slice(1, -1), "g"), repl.replace(/\$\{?(\w+)\}?/g, "$<$1>").replace(/\$<(\d+)>/g, "$$$1"));
      return s.split(search).join(repl);
    }
  },
  trimspace: { fn: (a) => str(a[0]).trim() },
  trim: {
    fn: (a) => {
      const chars = new Set(str(a[1]));
      let s = str(a[0]);
      while (s && chars.has(s[0])) s = s.slice(1);
      while (s && chars.has(s[s.length - 1])) s = s.slice(0, -1);
      return s;
    }
  },
  trimprefix: { fn: (a) => str(a[0]).startsWith(str(a[1])) ? str(a[0]).slice(str(a[1]).length) : str(a[0]) },
  trimsuffix: { fn: (a) => str(a[1]) && str(a[0]).endsWith(str(a[1])) ? str(a[0]).slice(0, -str(a[1]).length) : str(a[0]) },
  chomp: { fn: (a) => str(a[0]).replace(/(\r?\n)+$/, "") },
  indent: { fn: (a) => str(a[1]).replace(/\n/g, "\n" + " ".repeat(num(a[0]))) },
  startswith: { fn: (a) => str(a[0]).startsWith(str(a[1])) },
  endswith: { fn: (a) => str(a[0]).endsWith(str(a[1])) },
  strcontains: { fn: (a) => str(a[0]).includes(str(a[1])) },
  strrev: { fn: (a) => [...str(a[0])].reverse().join("") },
  substr: {
    fn: (a) => {
      const chars = [...str(a[0])];
      let offset = num(a[1]);
      const length = num(a[2]);
      if (offset < 0) offset = Math.max(0, chars.length + offset);
      return chars.slice(offset, length < 0 ? void 0 : offset + length).join("");
    }
  },
  regex: {
    fn: (a) => {
      const m = toRegExp(str(a[0])).exec(str(a[1]));
      if (!m) throw new EvalError("pattern did not match");
      return regexResult(m);
    }
  },
  regexall: { fn: (a) => [...str(a[1]).matchAll(toRegExp(str(a[0]), "g"))].map(regexResult) },
  // numbers
  min: { fn: (a) => Math.min(...a.map(num)) },
  max: { fn: (a) => Math.max(...a.map(num)) },
  abs: { fn: (a) => Math.abs(num(a[0])) },
  ceil: { fn: (a) => Math.ceil(num(a[0])) },
  floor: { fn: (a) => Math.floor(num(a[0])) },
  pow: { fn: (a) => num(a[0]) ** num(a[1]) },
  signum: { fn: (a) => Math.sign(num(a[0])) },
  log: { fn: (a) => Math.log(num(a[0])) / Math.log(num(a[1])) },
  parseint: {
    fn: (a) => {
      const n = parseInt(str(a[0]), num(a[1]));
      if (Number.isNaN(n)) throw new EvalError("cannot parse integer");
      return n;
    }
  },
  // encoding
  jsonencode: { fn: (a) => JSON.stringify(a[0]), unknowns: "deep" },
  jsondecode: {
    fn: (a) => {
      try {
        return fromJson(JSON.parse(str(a[0])));
      } catch {
        throw new EvalError("invalid JSON");
      }
    }
  },
  base64encode: { fn: (a) => Buffer.from(str(a[0]), "utf8").toString("base64") },
  base64decode: { fn: (a) => Buffer.from(str(a[0]), "base64").toString("utf8") },
  urlencode: { fn: (a) => encodeURIComponent(str(a[0])) },
  md5: { fn: hash("md5") },
  sha1: { fn: hash("sha1") },
  sha256: { fn: hash("sha256") },
  sha512: { fn: hash("sha512") }
};
const FUNCTIONS = { ...CORE, ...NETWORK_FUNCTIONS, ...DECODE_FUNCTIONS };
class BindingScope {
  constructor(parent, bindings) {
    this.parent = parent;
    this.bindings = bindings;
  }
  parent;
  bindings;
  ref(path2) {
    const name = path2[0];
    if (Object.prototype.hasOwnProperty.call(this.bindings, name)) return { value: this.bindings[name], used: 1 };
    return this.parent.ref(path2);
  }
  readFile(path2) {
    return this.parent.readFile ? this.parent.readFile(path2) : UNKNOWN;
  }
}
function getAttr(obj2, name) {
  if (isUnknown(obj2)) return UNKNOWN;
  if (isObject(obj2)) {
    if (Object.prototype.hasOwnProperty.call(obj2, name)) return obj2[name];
    if (openObjects.has(obj2)) return UNKNOWN;
    throw new EvalError(`object has no attribute "${name}"`);
  }
  if (obj2 === null) throw new EvalError(`attempt to get attribute "${name}" from a null value`);
  throw new EvalError(`cannot get attribute "${name}" of a ${typeName(obj2)}`);
}
function getIndex(obj2, key) {
  if (isUnknown(obj2) || isUnknown(key)) return UNKNOWN;
  if (Array.isArray(obj2)) {
    const n = toNum(key);
    if (isUnknown(n)) return UNKNOWN;
    if (!Number.isInteger(n) || n < 0 || n >= obj2.length) throw new EvalError(`index ${n} out of range for list of ${obj2.length}`);
    return obj2[n];
  }
  if (isObject(obj2)) {
    const k = toStr(key);
    if (isUnknown(k)) return UNKNOWN;
    if (Object.prototype.hasOwnProperty.call(obj2, k)) return obj2[k];
    if (openObjects.has(obj2)) return UNKNOWN;
    throw new EvalError(`key "${k}" not found`);
  }
  if (obj2 === null) throw new EvalError("cannot index a null value");
  throw new EvalError(`cannot index a ${typeName(obj2)}`);
}
const pathCache = /* @__PURE__ */ new WeakMap();
function staticPath(e) {
  let hit = pathCache.get(e);
  if (hit !== void 0) return hit;
  const names = [];
  let cur = e;
  while (cur.k === "attr") {
    names.push(cur.name);
    cur = cur.obj;
  }
  hit = cur.k === "name" ? [cur.name, ...names.reverse()] : null;
  pathCache.set(e, hit);
  return hit;
}
function resolve(path2, scope) {
  const hit = scope.ref(path2);
  if (!hit) throw new EvalError(`unknown name "${path2.join(".")}"`);
  let v = hit.value;
  for (let i = hit.used; i < path2.length; i++) v = getAttr(v, path2[i]);
  return v;
}
function arith(op, a, b) {
  const x = toNum(a);
  const y = toNum(b);
  if (isUnknown(x) || isUnknown(y)) return UNKNOWN;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      if (y === 0) throw new EvalError("division by zero");
      return x / y;
    case "%":
      if (y === 0) throw new EvalError("division by zero");
      return x % y;
    case "<":
      return x < y;
    case "<=":
      return x <= y;
    case ">":
      return x > y;
    default:
      return x >= y;
  }
}
function binary(e, scope) {
  if (e.op === "&&" || e.op === "||") {
    const l2 = toBool(evaluate(e.l, scope));
    if (l2 === (e.op === "||")) return l2;
    const r2 = toBool(evaluate(e.r, scope));
    if (r2 === (e.op === "||")) return r2;
    if (isUnknown(l2) || isUnknown(r2)) return UNKNOWN;
    return e.op === "&&" ? l2 && r2 : l2 || r2;
  }
  const l = evaluate(e.l, scope);
  const r = evaluate(e.r, scope);
  if (e.op === "==" || e.op === "!=") {
    if (l === null && !isUnknown(r) || r === null && !isUnknown(l)) return l === r === (e.op === "==");
    if (containsUnknown(l) || containsUnknown(r)) return UNKNOWN;
    const eq = deepEqual(l, r);
    return e.op === "==" ? eq : !eq;
  }
  return arith(e.op, l, r);
}
function template(parts, scope) {
  let out = "";
  let unknown = false;
  for (const p of parts) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    if (p.k === "interp") {
      const s = toStr(evaluate(p.e, scope));
      if (isUnknown(s)) unknown = true;
      else out += s;
    } else if (p.k === "if") {
      const c = toBool(evaluate(p.cond, scope));
      if (isUnknown(c)) unknown = true;
      else {
        const s = template(c ? p.then : p.else, scope);
        if (isUnknown(s)) unknown = true;
        else out += s;
      }
    } else {
      const coll = evaluate(p.coll, scope);
      if (isUnknown(coll)) {
        unknown = true;
        continue;
      }
      for (const [k, v] of entries(coll)) {
        const bound = { [p.valVar]: v };
        if (p.keyVar) bound[p.keyVar] = k;
        const s = template(p.body, new BindingScope(scope, bound));
        if (isUnknown(s)) unknown = true;
        else out += s;
      }
    }
  }
  return unknown ? UNKNOWN : out;
}
function forExpr(e, scope) {
  const coll = evaluate(e.coll, scope);
  if (isUnknown(coll) || openObjects.has(coll)) return UNKNOWN;
  if (coll === null) throw new EvalError("cannot iterate over null");
  const list2 = [];
  const obj2 = {};
  const groups = {};
  for (const [k, v] of entries(coll)) {
    const bound = { [e.valVar]: v };
    if (e.keyVar) bound[e.keyVar] = k;
    const inner = new BindingScope(scope, bound);
    if (e.cond) {
      const keep = toBool(evaluate(e.cond, inner));
      if (isUnknown(keep)) return UNKNOWN;
      if (!keep) continue;
    }
    const value = evaluate(e.valExpr, inner);
    if (!e.keyExpr) {
      list2.push(value);
      continue;
    }
    const key = toStr(evaluate(e.keyExpr, inner));
    if (isUnknown(key)) return UNKNOWN;
    if (e.group) (groups[key] ??= []).push(value);
    else {
      if (Object.prototype.hasOwnProperty.call(obj2, key)) throw new EvalError(`duplicate key "${key}" in for expression`);
      obj2[key] = value;
    }
  }
  if (!e.keyExpr) return list2;
  return e.group ? groups : obj2;
}
function call(e, scope) {
  if (e.name === "try") {
    for (const arg of e.args) {
      try {
        return evaluate(arg, scope);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    throw new EvalError("no argument of try() could be evaluated");
  }
  if (e.name === "can") {
    try {
      const v = evaluate(e.args[0] ?? { k: "lit", v: null }, scope);
      return isUnknown(v) ? UNKNOWN : true;
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return false;
    }
  }
  if (FILE_FUNCTIONS.has(e.name)) return fileCall(e, scope);
  const fn = FUNCTIONS[e.name];
  let args = e.args.map((a) => evaluate(a, scope));
  if (!fn) return UNKNOWN;
  if (e.expand && args.length) {
    const last = args[args.length - 1];
    if (isUnknown(last)) return UNKNOWN;
    if (!Array.isArray(last)) throw new EvalError('the expansion symbol "..." needs a list');
    args = [...args.slice(0, -1), ...last];
  }
  const checked = fn.knownArgs === void 0 ? args : args.slice(0, fn.knownArgs);
  if (fn.unknowns === "deep" ? checked.some(containsUnknown) : fn.unknowns !== "handles" && checked.some(isUnknown)) return UNKNOWN;
  if (fn.unknowns !== "handles" && checked.some((a) => openObjects.has(a))) return UNKNOWN;
  let result;
  try {
    result = fn.fn(args);
  } catch (error) {
    if (error instanceof TypeError) throw new EvalError(`invalid arguments to ${e.name}(): ${error.message}`);
    throw error;
  }
  if (result === void 0) throw new EvalError(`invalid arguments to ${e.name}()`);
  return result;
}
const FILE_FUNCTIONS = /* @__PURE__ */ new Set(["file", "fileexists", "filebase64", "templatefile", "filemd5", "filesha1", "filesha256"]);
const NO_VARIABLES = { ref: () => void 0 };
function fileCall(e, scope) {
  const args = e.args.map((a) => evaluate(a, scope));
  const path2 = toStr(args[0] ?? null);
  if (isUnknown(path2)) return UNKNOWN;
  const text2 = scope.readFile ? scope.readFile(path2) : UNKNOWN;
  if (e.name === "fileexists") return isUnknown(text2) ? UNKNOWN : text2 !== void 0;
  if (isUnknown(text2)) return UNKNOWN;
  if (text2 === void 0) throw new EvalError(`no file exists at ${JSON.stringify(path2)}`);
  switch (e.name) {
    case "file":
      return text2;
    case "filebase64":
      return Buffer.from(text2, "utf8").toString("base64");
    case "filemd5":
    case "filesha1":
    case "filesha256":
      return createHash(e.name.slice(4)).update(text2).digest("hex");
    default: {
      const vars = args[1] ?? {};
      if (isUnknown(vars)) return UNKNOWN;
      if (!isObject(vars)) throw new EvalError("templatefile needs a map of variables");
      return evaluate(parseFileTemplate(text2), new BindingScope(NO_VARIABLES, vars));
    }
  }
}
function evaluate(e, scope) {
  switch (e.k) {
    case "lit":
      return e.v;
    case "tpl":
      return template(e.parts, scope);
    case "name":
    case "attr": {
      const path2 = staticPath(e);
      if (path2) return resolve(path2, scope);
      return getAttr(evaluate(e.obj, scope), e.name);
    }
    case "index":
      return getIndex(evaluate(e.obj, scope), evaluate(e.key, scope));
    case "splat": {
      const src = evaluate(e.obj, scope);
      if (isUnknown(src)) return UNKNOWN;
      if (src === null) return [];
      const items = Array.isArray(src) ? src : [src];
      return items.map((item) => evaluate(e.each, new BindingScope(scope, { [SPLAT_ITEM]: item })));
    }
    case "item": {
      const hit = scope.ref([SPLAT_ITEM]);
      if (!hit) throw new EvalError("splat item outside a splat");
      return hit.value;
    }
    case "call":
      return call(e, scope);
    case "unary": {
      const v = evaluate(e.e, scope);
      if (e.op === "!") {
        const b = toBool(v);
        return isUnknown(b) ? UNKNOWN : !b;
      }
      const n = toNum(v);
      return isUnknown(n) ? UNKNOWN : -n;
    }
    case "bin":
      return binary(e, scope);
    case "cond": {
      const c = toBool(evaluate(e.c, scope));
      if (!isUnknown(c)) return evaluate(c ? e.t : e.f, scope);
      try {
        const t = evaluate(e.t, scope);
        const f = evaluate(e.f, scope);
        return !containsUnknown(t) && deepEqual(t, f) ? t : UNKNOWN;
      } catch (error) {
        if (error instanceof EvalError) return UNKNOWN;
        throw error;
      }
    }
    case "tuple":
      return e.items.map((x) => evaluate(x, scope));
    case "object": {
      const out = {};
      for (const item of e.items) {
        const key = toStr(evaluate(item.key, scope));
        if (isUnknown(key)) return UNKNOWN;
        out[key] = evaluate(item.value, scope);
      }
      return out;
    }
    case "for":
      return forExpr(e, scope);
  }
}
const SPLAT_ITEM = "[*]";
function evaluateSafe(e, scope) {
  try {
    return evaluate(e, scope);
  } catch (error) {
    if (error instanceof EvalError || error instanceof RangeError) return UNKNOWN;
    throw error;
  }
}
const NO_SCOPE = { ref: () => void 0 };
function convert(v, t) {
  if (isUnknown(v) || v === null) return v;
  if (t.k === "name") {
    try {
      if (t.name === "string" && typeof v !== "object") return toStr(v);
      if (t.name === "number" && typeof v === "string") return toNum(v);
      if (t.name === "bool" && typeof v === "string") return toBool(v);
    } catch {
      return v;
    }
    return v;
  }
  if (t.k !== "call") return v;
  const arg = t.args[0];
  switch (t.name) {
    case "list":
    case "set": {
      if (!Array.isArray(v) || !arg) return v;
      const items = v.map((x) => convert(x, arg));
      return t.name === "set" ? toSetValue(items) : items;
    }
    case "map":
      if (!isObject(v) || !arg) return v;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x, arg)]));
    case "tuple":
      if (!Array.isArray(v) || arg?.k !== "tuple") return v;
      return v.map((x, i) => arg.items[i] ? convert(x, arg.items[i]) : x);
    case "object": {
      if (!isObject(v) || arg?.k !== "object") return v;
      const out = {};
      for (const item of arg.items) {
        if (item.key.k !== "lit" || typeof item.key.v !== "string") continue;
        const name = item.key.v;
        const attrType = item.value;
        const optional = attrType.k === "call" && attrType.name === "optional";
        const inner = optional ? attrType.args[0] ?? { k: "name", name: "any" } : attrType;
        if (Object.prototype.hasOwnProperty.call(v, name) && v[name] !== null) out[name] = convert(v[name], inner);
        else if (optional && attrType.args[1]) out[name] = convert(evaluateSafe(attrType.args[1], NO_SCOPE), inner);
        else if (optional || Object.prototype.hasOwnProperty.call(v, name)) out[name] = null;
      }
      return out;
    }
    default:
      return v;
  }
}
function convertToType(v, typeText) {
  let t;
  try {
    t = parseTemplateString(typeText.includes("${") ? typeText : "${" + typeText + "}");
  } catch (error) {
    if (error instanceof ExprSyntaxError) return v;
    throw error;
  }
  return convert(v, t);
}
const POLICY_DOCUMENT_TYPE = "aws_iam_policy_document";
const asString = (v) => typeof v === "number" || typeof v === "boolean" ? String(v) : v;
function single(v) {
  if (v === void 0 || v === null) return void 0;
  if (Array.isArray(v)) return v.length === 1 ? asString(v[0]) : v.length ? v.map(asString) : void 0;
  return asString(v);
}
function blocks(v) {
  if (v === void 0 || v === null) return [];
  if (isUnknown(v) || !Array.isArray(v)) return UNKNOWN;
  return v.filter(isObject);
}
function principals(v) {
  const list2 = blocks(v);
  if (isUnknown(list2)) return UNKNOWN;
  if (!list2.length) return void 0;
  const out = {};
  for (const p of list2) {
    if (isUnknown(p.type) || typeof p.type !== "string") return UNKNOWN;
    if (p.type === "*") return "*";
    const ids = p.identifiers;
    if (isUnknown(ids)) out[p.type] = UNKNOWN;
    else {
      const prev = out[p.type];
      const merged = [...Array.isArray(prev) ? prev : prev === void 0 ? [] : [prev], ...Array.isArray(ids) ? ids : [ids]];
      out[p.type] = single(merged) ?? [];
    }
  }
  return out;
}
function conditions(v) {
  const list2 = blocks(v);
  if (isUnknown(list2)) return UNKNOWN;
  if (!list2.length) return void 0;
  const out = {};
  for (const c of list2) {
    if (typeof c.test !== "string" || typeof c.variable !== "string") return UNKNOWN;
    (out[c.test] ??= {})[c.variable] = isUnknown(c.values) ? UNKNOWN : single(c.values) ?? [];
  }
  return out;
}
function jsonDocuments(...args) {
  const out = [];
  for (const arg of args) {
    if (arg === void 0 || arg === null) continue;
    for (const text2 of Array.isArray(arg) ? arg : [arg]) {
      if (text2 === null) continue;
      if (typeof text2 !== "string") return UNKNOWN;
      try {
        const doc = JSON.parse(text2);
        if (!doc || typeof doc !== "object" || Array.isArray(doc)) return UNKNOWN;
        out.push(doc);
      } catch {
        return UNKNOWN;
      }
    }
  }
  return out;
}
function mergeStatements(into, statements) {
  for (const st of statements) {
    const sid = isObject(st) && typeof st.Sid === "string" && st.Sid !== "" ? st.Sid : void 0;
    const at = sid === void 0 ? -1 : into.findIndex((x) => isObject(x) && x.Sid === sid);
    if (at >= 0) into[at] = st;
    else into.push(st);
  }
}
const statementsOf = (doc) => Array.isArray(doc.Statement) ? doc.Statement : doc.Statement === void 0 || doc.Statement === null ? [] : [doc.Statement];
function renderStatement(s) {
  const out = {};
  if (s.sid !== void 0 && s.sid !== null && s.sid !== "") out.Sid = s.sid;
  out.Effect = s.effect ?? "Allow";
  const fields = [
    ["Action", single(s.actions)],
    ["NotAction", single(s.not_actions)],
    ["Resource", single(s.resources)],
    ["NotResource", single(s.not_resources)],
    ["Principal", principals(s.principals)],
    ["NotPrincipal", principals(s.not_principals)],
    ["Condition", conditions(s.condition)]
  ];
  for (const [k, v] of fields) if (v !== void 0) out[k] = v;
  return out;
}
function policyDocument(attrs) {
  const sources = jsonDocuments(attrs.source_json, attrs.source_policy_documents);
  const overrides = jsonDocuments(attrs.override_policy_documents, attrs.override_json);
  if (isUnknown(sources) || isUnknown(overrides)) return UNKNOWN;
  return mergedPolicyDocument(attrs, sources, overrides);
}
function mergedPolicyDocument(attrs, sources, overrides) {
  const statements = blocks(attrs.statement);
  if (isUnknown(statements)) return UNKNOWN;
  const merged = [];
  let version = "2012-10-17";
  let id;
  for (const doc2 of sources) {
    mergeStatements(merged, statementsOf(doc2));
    if (typeof doc2.Version === "string" && doc2.Version) version = doc2.Version;
    if (typeof doc2.Id === "string" && doc2.Id) id = doc2.Id;
  }
  mergeStatements(merged, statements.map(renderStatement));
  for (const doc2 of overrides) mergeStatements(merged, statementsOf(doc2));
  const doc = { Version: attrs.version ?? version };
  if (attrs.policy_id !== void 0 && attrs.policy_id !== null) doc.Id = attrs.policy_id;
  else if (id !== void 0) doc.Id = id;
  doc.Statement = merged;
  return doc;
}
function policyDocumentAttributes(attrs) {
  const doc = policyDocument(attrs);
  if (containsUnknown(doc)) return { json: UNKNOWN, minified_json: UNKNOWN };
  return { json: JSON.stringify(doc, null, 2), minified_json: JSON.stringify(doc) };
}
const MARK = "\uE000inframate-unknown\uE000";
class GiveUp extends Error {
}
function render(parts, scope) {
  let out = "";
  for (const p of parts) {
    if (typeof p === "string") out += p;
    else if (p.k === "interp") {
      const v = evaluateSafe(p.e, scope);
      if (isUnknown(v)) out += MARK;
      else {
        try {
          const s = toStr(v);
          out += isUnknown(s) ? MARK : s;
        } catch {
          throw new GiveUp();
        }
      }
    } else if (p.k === "if") {
      let c;
      try {
        c = toBool(evaluateSafe(p.cond, scope));
      } catch {
        throw new GiveUp();
      }
      if (isUnknown(c)) throw new GiveUp();
      out += render(c ? p.then : p.else, scope);
    } else {
      const coll = evaluateSafe(p.coll, scope);
      if (isUnknown(coll) || coll === null) throw new GiveUp();
      let items;
      try {
        items = entries(coll);
      } catch {
        throw new GiveUp();
      }
      for (const [k, v] of items)
        out += render(p.body, new BindingScope(scope, p.keyVar ? { [p.valVar]: v, [p.keyVar]: k } : { [p.valVar]: v }));
    }
  }
  return out;
}
function restoreUnknowns(v) {
  if (typeof v === "string") return v.includes(MARK) ? UNKNOWN : v;
  if (Array.isArray(v)) return v.map(restoreUnknowns);
  if (v && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (k.includes(MARK)) return UNKNOWN;
      out[k] = restoreUnknowns(x);
    }
    return out;
  }
  return v;
}
function isPolicyDocumentRef(e) {
  let cur = e;
  while (cur.k === "index") cur = cur.obj;
  return cur.k === "attr" && cur.obj.k === "attr" && cur.obj.name === POLICY_DOCUMENT_TYPE && cur.obj.obj.k === "name" && cur.obj.obj.name === "data";
}
function partialDocument(e, scope) {
  if (e.k === "attr" && (e.name === "json" || e.name === "minified_json") && isPolicyDocumentRef(e.obj)) {
    const source = evaluateSafe(e.obj, scope);
    if (!isObject(source)) return void 0;
    const doc = partialPolicies.get(source) ?? policyDocument(source);
    return isUnknown(doc) ? void 0 : doc;
  }
  if (e.k === "call" && (e.name === "jsonencode" || e.name === "tostring") && e.args.length === 1) {
    if (e.name === "tostring") return partialDocument(e.args[0], scope);
    const v = evaluateSafe(e.args[0], scope);
    return isUnknown(v) || !(isObject(v) || Array.isArray(v)) ? void 0 : v;
  }
  if (e.k !== "tpl") return void 0;
  const first = e.parts.find((p) => typeof p !== "string" || p.trim() !== "");
  if (typeof first !== "string" || !/^\s*[[{]/.test(first)) return void 0;
  try {
    return restoreUnknowns(JSON.parse(render(e.parts, scope)));
  } catch (error) {
    if (error instanceof GiveUp || error instanceof SyntaxError || error instanceof EvalError) return void 0;
    throw error;
  }
}
const partialPolicies = /* @__PURE__ */ new WeakMap();
const DOC_MARK = "\uE001inframate-document-";
const DOC_MARK_RE = /^\uE001inframate-document-(\d+)\uE001$/;
class DocumentMarkingScope {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  docs = [];
  ref(path2) {
    const r = this.parent.ref(path2);
    if (!r || path2[0] !== "data" || path2[1] !== POLICY_DOCUMENT_TYPE) return r;
    return { value: this.mark(r.value), used: r.used };
  }
  readFile(path2) {
    return this.parent.readFile ? this.parent.readFile(path2) : UNKNOWN;
  }
  /** An instance's attributes (open objects), or a count list / for_each map of them. */
  mark(v) {
    if (Array.isArray(v)) return v.map((x) => this.mark(x));
    if (!isObject(v)) return v;
    if (!isOpen(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.mark(x)]));
    const doc = partialPolicies.get(v);
    if (doc === void 0) return v;
    const marker = `${DOC_MARK}${this.docs.push(doc) - 1}\uE001`;
    return markOpen({ ...v, json: marker, minified_json: marker });
  }
}
function listedDocuments(v, docs) {
  if (v === null) return [];
  const out = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    if (x === null) continue;
    if (typeof x !== "string") return void 0;
    const m = DOC_MARK_RE.exec(x);
    let doc;
    try {
      doc = m ? docs[Number(m[1])] : JSON.parse(x);
    } catch {
      return void 0;
    }
    if (!isObject(doc)) return void 0;
    out.push(doc);
  }
  return out;
}
const MERGE_ARGUMENTS = [
  ["source_json", "source_policy_documents"],
  ["override_policy_documents", "override_json"]
];
function rememberPartialPolicy(attributes, expr, scope) {
  const groups = [];
  for (const names of MERGE_ARGUMENTS) {
    const group = [];
    for (const name of names) {
      const value = attributes[name];
      if (value === void 0 || value === null) continue;
      let listed;
      if (!containsUnknown(value)) listed = listedDocuments(value, []);
      else {
        const e = expr(name);
        const marking = new DocumentMarkingScope(scope);
        listed = e ? listedDocuments(evaluateSafe(e, marking), marking.docs) : void 0;
      }
      if (!listed) return;
      group.push(...listed);
    }
    groups.push(group);
  }
  const doc = mergedPolicyDocument(attributes, groups[0], groups[1]);
  if (!isUnknown(doc)) partialPolicies.set(attributes, doc);
}
function normalizeConfig(doc) {
  if (!isBody(doc)) return {};
  return {
    resource: byTypeName(doc.resource),
    data: byTypeName(doc.data),
    module: byName(doc.module),
    variable: byName(doc.variable),
    output: byName(doc.output),
    locals: asList(doc.locals),
    provider: byName(doc.provider),
    terraform: asList(doc.terraform)
  };
}
const isBody = (x) => x !== null && typeof x === "object" && !Array.isArray(x);
function uncommented(b) {
  if (!("//" in b)) return b;
  const { ["//"]: _comment, ...rest } = b;
  return rest;
}
function asList(v) {
  if (Array.isArray(v)) {
    if (v.every((x) => isBody(x) && !("//" in x))) return v;
    return v.filter(isBody).map(uncommented);
  }
  return isBody(v) ? [uncommented(v)] : [];
}
function byName(v) {
  const out = {};
  for (const item of asList(v)) {
    for (const name in item) {
      if (name === "//") continue;
      const bodies = asList(item[name]);
      const prev = out[name];
      out[name] = prev ? [...prev, ...bodies] : bodies;
    }
  }
  return out;
}
function byTypeName(v) {
  const out = {};
  for (const item of asList(v)) {
    for (const type in item) if (type !== "//") out[type] = out[type] ? { ...out[type], ...byName(item[type]) } : byName(item[type]);
  }
  return out;
}
const blockIndex = /* @__PURE__ */ new WeakMap();
const blockKey = (type, labels) => [type, ...labels].join("\0");
function findBlock(blocks2, type, labels, nth = 0) {
  let index = blockIndex.get(blocks2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const b of blocks2) {
      const key = blockKey(b.type, b.labels);
      const list2 = index.get(key);
      if (list2) list2.push(b);
      else index.set(key, [b]);
    }
    blockIndex.set(blocks2, index);
  }
  return index.get(blockKey(type, labels))?.[nth];
}
function bareReference(v) {
  if (typeof v === "string") return v.replace(/^\$\{([\s\S]*)\}$/, "$1").trim();
  if (Array.isArray(v)) return v.map(bareReference);
  return v;
}
const declarationCache = /* @__PURE__ */ new WeakMap();
const OVERRIDE_FILE = /(^|\/)(override|[^/]*_override)\.tf(\.json)?$/;
function declarationsOf(files) {
  let d = declarationCache.get(files);
  if (d) return d;
  d = { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map(), moduleCalls: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), providers: [] };
  for (const f of files) if (!OVERRIDE_FILE.test(f.file)) collectDeclarations(f, d, false);
  for (const f of files) if (OVERRIDE_FILE.test(f.file)) collectDeclarations(f, d, true);
  declarationCache.set(files, d);
  return d;
}
function collectDeclarations(f, d, override) {
  const c = f.config;
  const put = (into, key, decl) => {
    const existing = into.get(key);
    if (!existing) into.set(key, decl());
    else if (override) into.set(key, { ...existing, body: { ...existing.body, ...decl().body } });
  };
  const named = (group, type, into) => {
    for (const [name, bodies] of Object.entries(group ?? {})) {
      bodies.forEach((body, i) => put(into, name, () => ({ body, file: f.file, pos: findBlock(f.blocks, type, [name], i) })));
    }
  };
  named(c.variable, "variable", d.variables);
  named(c.module, "module", d.moduleCalls);
  named(c.output, "output", d.outputs);
  for (const mode of ["resource", "data"]) {
    for (const [type, byName2] of Object.entries(c[mode] ?? {})) {
      for (const [name, bodies] of Object.entries(byName2)) {
        const key = mode === "data" ? `data.${type}.${name}` : `${type}.${name}`;
        const body = bodies[0];
        if (body) put(d.resources, key, () => ({ body, file: f.file, pos: findBlock(f.blocks, mode, [type, name]), mode, type, name }));
      }
    }
  }
  const localsBlocks = f.blocks.filter((b) => b.type === "locals");
  for (const body of c.locals ?? []) {
    for (const [name, value] of Object.entries(body)) {
      const existing = d.locals.get(name);
      if (existing && override) d.locals.set(name, { ...existing, value });
      if (existing) continue;
      const pos = localsBlocks.find((b) => b.attributes[name] !== void 0);
      d.locals.set(name, { body, file: f.file, pos, name, value });
    }
  }
  for (const [name, bodies] of Object.entries(c.provider ?? {})) {
    bodies.forEach((body, i) => d.providers.push({ body, file: f.file, pos: findBlock(f.blocks, "provider", [name], i), name }));
  }
}
const pathsCache = /* @__PURE__ */ new WeakMap();
function referencePaths(e) {
  let hit = pathsCache.get(e);
  if (hit) return hit;
  hit = [];
  collectPaths(e, /* @__PURE__ */ new Set(), hit);
  pathsCache.set(e, hit);
  return hit;
}
function collectPaths(x, names, out) {
  switch (x.k) {
    case "name":
    case "attr": {
      const path2 = [];
      let cur = x;
      while (cur.k === "attr") {
        path2.push(cur.name);
        cur = cur.obj;
      }
      if (cur.k !== "name") return collectPaths(cur, names, out);
      if (!names.has(cur.name)) out.push([cur.name, ...path2.reverse()]);
      return;
    }
    case "index":
      collectPaths(x.obj, names, out);
      return collectPaths(x.key, names, out);
    case "splat":
      collectPaths(x.obj, names, out);
      return collectPaths(x.each, names, out);
    case "call":
      for (const a of x.args) collectPaths(a, names, out);
      return;
    case "unary":
      return collectPaths(x.e, names, out);
    case "bin":
      collectPaths(x.l, names, out);
      return collectPaths(x.r, names, out);
    case "cond":
      collectPaths(x.c, names, out);
      collectPaths(x.t, names, out);
      return collectPaths(x.f, names, out);
    case "tuple":
      for (const a of x.items) collectPaths(a, names, out);
      return;
    case "object":
      for (const a of x.items) {
        collectPaths(a.key, names, out);
        collectPaths(a.value, names, out);
      }
      return;
    case "for": {
      collectPaths(x.coll, names, out);
      const inner = new Set(names).add(x.valVar);
      if (x.keyVar) inner.add(x.keyVar);
      collectPaths(x.valExpr, inner, out);
      if (x.keyExpr) collectPaths(x.keyExpr, inner, out);
      if (x.cond) collectPaths(x.cond, inner, out);
      return;
    }
    case "tpl":
      return collectTemplatePaths(x.parts, names, out);
    default:
      return;
  }
}
function collectTemplatePaths(parts, names, out) {
  for (const p of parts) {
    if (typeof p === "string") continue;
    if (p.k === "interp") collectPaths(p.e, names, out);
    else if (p.k === "if") {
      collectPaths(p.cond, names, out);
      collectTemplatePaths(p.then, names, out);
      collectTemplatePaths(p.else, names, out);
    } else {
      collectPaths(p.coll, names, out);
      const inner = new Set(names).add(p.valVar);
      if (p.keyVar) inner.add(p.keyVar);
      collectTemplatePaths(p.body, inner, out);
    }
  }
}
function boundNames(body) {
  const names = /* @__PURE__ */ new Set(["count", "each", "self"]);
  const visit = (b) => {
    if (!b || typeof b !== "object") return;
    if (Array.isArray(b)) return b.forEach(visit);
    const dyn = b.dynamic;
    if (dyn && typeof dyn === "object") {
      for (const [label, specs] of Object.entries(dyn)) {
        names.add(label);
        for (const s of Array.isArray(specs) ? specs : [specs]) {
          if (s && typeof s === "object" && typeof s.iterator === "string")
            names.add(String(bareReference(s.iterator)));
          visit(s);
        }
      }
    }
    for (const v of Object.values(b)) if (v && typeof v === "object") visit(v);
  };
  visit(body);
  return names;
}
class InstanceBudget {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  used = 0;
  /** Declarations that hit the budget: where ? how many instances were asked for in total, and how often. */
  exceeded = /* @__PURE__ */ new Map();
  /** Take n instances; false (nothing taken) when that would pass the limit. */
  take(n) {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  get total() {
    return this.used;
  }
  refuse(where, what, asked) {
    const key = `${where.file}:${where.line}`;
    const e = this.exceeded.get(key);
    if (e) {
      e.asked += asked;
      e.times++;
    } else this.exceeded.set(key, { where, what, asked, times: 1 });
  }
}
const DEFAULT_MAX_INSTANCES = 5e4;
const META_ARGS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provisioner", "connection", "dynamic"]);
const MODULE_META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
const IN_PROGRESS = /* @__PURE__ */ Symbol("in-progress");
function lineOf(pos, file, attr) {
  const line = attr && pos?.attributes[attr] !== void 0 ? pos.attributes[attr] : pos?.line ?? 1;
  return { file, line: line || 1 };
}
class ModuleInstance {
  constructor(ctx, dir, files, modulePath, inputs, inputRefs, chain) {
    this.ctx = ctx;
    this.dir = dir;
    this.files = files;
    this.modulePath = modulePath;
    this.inputs = inputs;
    this.inputRefs = inputRefs;
    this.chain = chain;
    const d = declarationsOf(files);
    this.variables = d.variables;
    this.locals = d.locals;
    this.resources = d.resources;
    this.moduleCalls = d.moduleCalls;
    this.outputs = d.outputs;
    this.providers = d.providers;
  }
  ctx;
  dir;
  files;
  modulePath;
  inputs;
  inputRefs;
  chain;
  variables;
  locals;
  resources;
  moduleCalls;
  outputs;
  providers;
  children = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  instanceMemo = /* @__PURE__ */ new Map();
  refMemo = /* @__PURE__ */ new Map();
  /** Instances of this module instance stands for (a module call past the instance budget is kept as one). */
  multiplier = 1;
  /** The root module directory this instance was reached from (relative to the scanned root). */
  get rootDir() {
    return this.chain[0] ?? this.dir;
  }
  readFile(p) {
    if (!this.ctx.readFile) return UNKNOWN;
    const where = this.evaluating ?? { file: this.files[0]?.file ?? this.dir, line: 1 };
    const rel = posix.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p) ? p : posix.normalize(posix.join(this.rootDir, p.replace(/\\/g, "/")));
    return this.ctx.readFile(rel, where);
  }
  /** The expression being evaluated (for warnings raised deep inside it, e.g. a file function refused). */
  evaluating;
  get prefix() {
    return this.modulePath ? `${this.modulePath}.` : "";
  }
  // ---- expression helpers ----
  /** Parse a hcl2json string; expression syntax our parser rejects becomes a warning and UNKNOWN. */
  parse(text2, where) {
    try {
      return parseTemplateString(text2);
    } catch (error) {
      if (!(error instanceof ExprSyntaxError)) throw error;
      this.ctx.warn({ file: where.file, line: where.line, message: `cannot evaluate expression: ${error.message}` });
      return void 0;
    }
  }
  /** Evaluate a raw hcl2json value (strings are templates; objects may have expression keys). */
  value(raw, scope, where) {
    if (typeof raw === "string") {
      if (!isTemplate(raw)) return raw;
      const e = this.parse(raw, where);
      if (!e) return UNKNOWN;
      const outer = this.evaluating;
      this.evaluating = where;
      try {
        return evaluateSafe(e, scope);
      } finally {
        this.evaluating = outer;
      }
    }
    if (raw === null || typeof raw === "number" || typeof raw === "boolean") return raw;
    if (Array.isArray(raw)) return raw.map((x) => this.value(x, scope, where));
    if (typeof raw === "object") {
      const out = {};
      for (const [k, v] of Object.entries(raw)) {
        let key = k;
        try {
          if (isTemplate(k)) key = toStr(this.value(k, scope, where));
        } catch {
          key = UNKNOWN;
        }
        if (isUnknown(key)) return UNKNOWN;
        out[key] = this.value(v, scope, where);
      }
      return out;
    }
    return UNKNOWN;
  }
  /** Evaluate a block body: attributes, nested blocks (arrays of objects) and `dynamic` blocks expanded. */
  blockBody(body, scope, where, skip = META_ARGS) {
    const out = {};
    for (const [k, v] of Object.entries(body)) {
      if (skip.has(k)) continue;
      if (k === "lifecycle" && Array.isArray(v)) {
        out[k] = v.map((b) => isObject(b) ? this.lifecycle(b, scope, where) : UNKNOWN);
        continue;
      }
      if (k === "provider") {
        out[k] = bareReference(v);
        continue;
      }
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "object" && x !== null && !Array.isArray(x))) {
        out[k] = v.map((b) => this.blockBody(b, scope, where, NESTED_SKIP));
        continue;
      }
      out[k] = this.value(v, scope, where);
    }
    if (body.dynamic && typeof body.dynamic === "object") this.expandDynamic(body.dynamic, out, scope, where);
    return out;
  }
  lifecycle(body, scope, where) {
    const out = {};
    for (const [k, v] of Object.entries(body)) {
      out[k] = k === "ignore_changes" || k === "replace_triggered_by" ? bareReference(v) : this.value(v, scope, where);
    }
    return out;
  }
  expandDynamic(dynamic, out, scope, where) {
    for (const [label, specs] of Object.entries(dynamic)) {
      for (const spec of Array.isArray(specs) ? specs : [specs]) {
        if (!spec || typeof spec !== "object") continue;
        const s = spec;
        const iterator = typeof s.iterator === "string" ? String(bareReference(s.iterator)) : label;
        const coll = this.value(s.for_each, scope, where);
        const existing = out[label];
        if (isUnknown(coll) || isOpen(coll) || isUnknown(existing)) {
          if (existing === void 0 && (isUnknown(coll) || isOpen(coll))) this.rememberTemplates(s, label, iterator, out, scope, where);
          else forgetDynamicTemplates(out, label);
          out[label] = UNKNOWN;
          continue;
        }
        let items;
        try {
          items = coll === null ? [] : entries(coll);
        } catch {
          out[label] = UNKNOWN;
          continue;
        }
        const blocks2 = Array.isArray(existing) ? [...existing] : [];
        const contents = dynamicContents(s);
        for (const [key, value] of items) {
          const inner = new BindingScope(scope, { [iterator]: { key, value } });
          for (const content of contents) blocks2.push(this.blockBody(content, inner, where, NESTED_SKIP));
        }
        out[label] = blocks2;
      }
    }
  }
  /** The content of a dynamic block over an unknown collection, evaluated with its iterator unknown. */
  rememberTemplates(s, label, iterator, out, scope, where) {
    const contents = dynamicContents(s);
    const inner = new BindingScope(scope, { [iterator]: { key: UNKNOWN, value: UNKNOWN } });
    for (const content of contents) {
      try {
        rememberDynamicTemplate(out, label, this.blockBody(content, inner, where, NESTED_SKIP));
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
  }
  // ---- Scope ----
  ref(path2) {
    const [root, a, b] = path2;
    switch (root) {
      case "var":
        return a === void 0 ? void 0 : { value: this.variable(a), used: 2 };
      case "local":
        return a === void 0 ? void 0 : { value: this.local(a), used: 2 };
      case "path":
        if (a === "module") return { value: posix.relative(this.rootDir, this.dir) || ".", used: 2 };
        return { value: a === void 0 ? UNKNOWN : ".", used: a === void 0 ? 1 : 2 };
      case "terraform":
      case "self":
      case "count":
      case "each":
        return { value: UNKNOWN, used: path2.length };
      case "module":
        return a === void 0 ? void 0 : { value: this.moduleValue(a), used: 2 };
      case "data":
        if (a === void 0 || b === void 0) return void 0;
        return this.resources.has(`data.${a}.${b}`) ? { value: this.resourceValue(`data.${a}.${b}`), used: 3 } : void 0;
      default:
        if (a !== void 0 && this.resources.has(`${root}.${a}`)) return { value: this.resourceValue(`${root}.${a}`), used: 2 };
        if (a === void 0 && /^(true|false)$/i.test(root)) return { value: root, used: 1 };
        return void 0;
    }
  }
  memoized(key, compute) {
    const hit = this.memo.get(key);
    if (hit === IN_PROGRESS) return UNKNOWN;
    if (hit !== void 0) return hit;
    this.memo.set(key, IN_PROGRESS);
    let v = UNKNOWN;
    try {
      v = compute();
    } finally {
      this.memo.set(key, v);
    }
    return v;
  }
  variable(name) {
    return this.memoized(`var.${name}`, () => {
      const decl = this.variables.get(name);
      if (!decl) throw new EvalError(`undeclared variable "${name}"`);
      const given = this.inputs.get(name);
      let v = given ? given() : "default" in decl.body ? this.variableDefault(name) : UNKNOWN;
      if (v === null && decl.body.nullable === false && "default" in decl.body) v = this.variableDefault(name);
      return typeof decl.body.type === "string" ? convertToType(v, decl.body.type) : v;
    });
  }
  variableDefault(name) {
    const decl = this.variables.get(name);
    if (!decl || !("default" in decl.body)) return void 0;
    return this.memoized(`default.${name}`, () => this.value(decl.body.default, EMPTY_SCOPE, lineOf(decl.pos, decl.file)));
  }
  local(name) {
    return this.memoized(`local.${name}`, () => {
      const decl = this.locals.get(name);
      if (!decl) throw new EvalError(`undeclared local "${name}"`);
      return this.value(decl.value, this, { file: decl.file, line: decl.pos?.attributes[name] ?? decl.pos?.line ?? 1 });
    });
  }
  output(name) {
    return this.memoized(`output.${name}`, () => {
      const decl = this.outputs.get(name);
      if (!decl) return UNKNOWN;
      return this.value(decl.body.value, this, lineOf(decl.pos, decl.file, "value"));
    });
  }
  // ---- resources ----
  /** count / for_each expansion of a resource, data source or module call body. */
  expand(body, where, what = "block") {
    const budget = this.ctx.budget;
    if ("count" in body) {
      const raw = this.value(body.count, this, where);
      const n = typeof raw === "string" && /^\d+(\.0*)?$/.test(raw.trim()) ? Number(raw) : raw;
      if (typeof n === "number" && Number.isInteger(n) && n >= 0) {
        if (n === 0 || !budget || budget.take(n)) {
          return Array.from({ length: n }, (_, i) => ({ key: i, expansion: "count", bindings: { count: { index: i } } }));
        }
        budget.refuse(where, what, n * this.multiplier);
        return [{ indexUnknown: true, expansion: "count", bindings: { count: { index: UNKNOWN } }, represents: n }];
      }
      return [{ indexUnknown: true, expansion: "count", bindings: { count: { index: UNKNOWN } } }];
    }
    if ("for_each" in body) {
      const coll = this.value(body.for_each, this, where);
      const unknownEach = { each: { key: UNKNOWN, value: UNKNOWN } };
      const unknownOne = [{ indexUnknown: true, expansion: "for_each", bindings: unknownEach }];
      if (isUnknown(coll) || isOpen(coll)) return unknownOne;
      const size = Array.isArray(coll) ? coll.length : isObject(coll) ? Object.keys(coll).length : 0;
      if (size > 0 && budget && !budget.take(size)) {
        budget.refuse(where, what, size * this.multiplier);
        return [{ ...unknownOne[0], represents: size }];
      }
      if (Array.isArray(coll)) {
        if (!coll.every((x) => typeof x === "string")) return unknownOne;
        return coll.map((k) => ({ key: k, expansion: "for_each", bindings: { each: { key: k, value: k } } }));
      }
      if (isObject(coll)) {
        return Object.keys(coll).sort().map((k) => ({ key: k, expansion: "for_each", bindings: { each: { key: k, value: coll[k] } } }));
      }
      return unknownOne;
    }
    return [{ bindings: {} }];
  }
  instances(key) {
    const hit = this.instanceMemo.get(key);
    if (hit === IN_PROGRESS) return [{ indexUnknown: true, attributes: markOpen({}), scope: this }];
    if (hit) return hit;
    const decl = this.resources.get(key);
    if (!decl) return [];
    this.instanceMemo.set(key, IN_PROGRESS);
    let out = [];
    try {
      const where = lineOf(decl.pos, decl.file);
      out = this.expand(decl.body, where, `${this.prefix}${key}`).map((x) => {
        const scope = new BindingScope(this, x.bindings);
        const attributes = this.blockBody(decl.body, scope, where);
        if (decl.mode === "data" && decl.type === POLICY_DOCUMENT_TYPE) {
          Object.assign(attributes, policyDocumentAttributes(attributes));
          if (isUnknown(attributes.json)) rememberPartialPolicy(attributes, (name) => this.argumentExpr(decl, name), scope);
        }
        const inst = {
          key: x.key,
          indexUnknown: x.indexUnknown,
          expansion: x.expansion,
          attributes: markOpen(attributes),
          scope
        };
        if (x.represents !== void 0) inst.represents = x.represents;
        return inst;
      });
    } finally {
      this.instanceMemo.set(key, out);
    }
    return out;
  }
  /** The parsed expression of a top-level argument of a block (undefined when it is a literal or does not parse). */
  argumentExpr(decl, name) {
    const raw = decl.body[name];
    if (typeof raw !== "string" || !isTemplate(raw)) return void 0;
    return this.parse(raw, lineOf(decl.pos, decl.file, name));
  }
  /** JSON documents in top-level arguments whose value is UNKNOWN, rebuilt with the unknown parts in place. */
  documents(key, instance) {
    const decl = this.resources.get(key);
    if (!decl) return void 0;
    let out;
    for (const [k, raw] of Object.entries(decl.body)) {
      if (typeof raw !== "string" || !isUnknown(instance.attributes[k]) || !isTemplate(raw)) continue;
      const e = this.parse(raw, lineOf(decl.pos, decl.file, k));
      const doc = e ? partialDocument(e, instance.scope) : void 0;
      if (doc !== void 0) (out ??= {})[k] = doc;
    }
    return out;
  }
  /** The value a reference to a resource sees: its known arguments, every other attribute UNKNOWN. */
  resourceValue(key) {
    const decl = this.resources.get(key);
    const list2 = this.instances(key);
    if ("count" in decl.body) return list2.some((i) => i.indexUnknown) ? UNKNOWN : list2.map((i) => i.attributes);
    if ("for_each" in decl.body) {
      if (list2.some((i) => i.indexUnknown)) return UNKNOWN;
      return Object.fromEntries(list2.map((i) => [String(i.key), i.attributes]));
    }
    return list2[0]?.attributes ?? markOpen({});
  }
  // ---- module calls ----
  /** Instantiate child modules for every module call (once). */
  instantiateChildren() {
    if (this.children.size) return;
    for (const [name, decl] of this.moduleCalls) {
      const where = lineOf(decl.pos, decl.file);
      const source = typeof decl.body.source === "string" ? decl.body.source : "";
      const local = source.startsWith("./") || source.startsWith("../");
      const dir = local ? this.ctx.resolveSource(this.dir, source) : void 0;
      const files = dir !== void 0 ? this.ctx.filesIn(dir) : void 0;
      const list2 = [];
      for (const x of this.expand(decl.body, where, `${this.prefix}module.${name}`)) {
        const scope = new BindingScope(this, x.bindings);
        const suffix = x.key === void 0 ? "" : typeof x.key === "number" ? `[${x.key}]` : `[${JSON.stringify(x.key)}]`;
        const path2 = `${this.prefix}module.${name}${suffix}`;
        const inputs = {};
        const thunks = /* @__PURE__ */ new Map();
        const refThunks = /* @__PURE__ */ new Map();
        for (const [arg, raw] of Object.entries(decl.body)) {
          if (MODULE_META.has(arg)) continue;
          let cached;
          const thunk = () => (cached ??= { v: this.value(raw, scope, lineOf(decl.pos, decl.file, arg)) }).v;
          thunks.set(arg, thunk);
          refThunks.set(arg, () => this.refsOfRaw(raw, lineOf(decl.pos, decl.file, arg)));
          Object.defineProperty(inputs, arg, { get: thunk, enumerable: true, configurable: true });
        }
        let instance;
        if (dir !== void 0 && files && !this.chain.includes(dir)) {
          instance = new ModuleInstance(this.ctx, dir, files, path2, thunks, refThunks, [...this.chain, dir]);
          instance.multiplier = this.multiplier * (x.represents ?? 1);
        }
        list2.push({ key: x.key, instance, inputs, remote: !local, dir: files ? dir : void 0, decl, source });
      }
      this.children.set(name, list2);
    }
  }
  moduleValue(name) {
    return this.memoized(`module.${name}`, () => {
      if (!this.moduleCalls.has(name)) throw new EvalError(`undeclared module "${name}"`);
      this.instantiateChildren();
      const list2 = this.children.get(name) ?? [];
      const outputsOf = (i) => {
        if (!i.instance) return markOpen({});
        const o = {};
        for (const out of i.instance.outputs.keys()) o[out] = i.instance.output(out);
        return o;
      };
      const body = this.moduleCalls.get(name).body;
      if ("count" in body) return list2.some((i) => i.key === void 0) ? UNKNOWN : list2.map(outputsOf);
      if ("for_each" in body)
        return list2.some((i) => i.key === void 0) ? UNKNOWN : Object.fromEntries(list2.map((i) => [String(i.key), outputsOf(i)]));
      return list2[0] ? outputsOf(list2[0]) : UNKNOWN;
    });
  }
  // ---- references (for the graph): static traversals, followed through locals, variables and outputs ----
  refsOfRaw(raw, where, bound = /* @__PURE__ */ new Set()) {
    const out = /* @__PURE__ */ new Set();
    const walk = (v) => {
      if (typeof v === "string") {
        if (!isTemplate(v)) return;
        const e = this.parse(v, where);
        if (e) for (const r of this.refsOfExpr(e, bound)) out.add(r);
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          if (isTemplate(k)) walk(k);
          walk(x);
        }
      }
    };
    walk(raw);
    return out;
  }
  memoRefs(key, compute) {
    const hit = this.refMemo.get(key);
    if (hit === IN_PROGRESS) return /* @__PURE__ */ new Set();
    if (hit) return hit;
    this.refMemo.set(key, IN_PROGRESS);
    let v = /* @__PURE__ */ new Set();
    try {
      v = compute();
    } finally {
      this.refMemo.set(key, v);
    }
    return v;
  }
  refsOfExpr(e, bound) {
    const out = /* @__PURE__ */ new Set();
    for (const path2 of referencePaths(e)) {
      if (bound.has(path2[0])) continue;
      for (const r of this.refsOfPath(path2)) out.add(r);
    }
    return out;
  }
  refsOfPath(path2) {
    const [root, a, b] = path2;
    if (a === void 0) return /* @__PURE__ */ new Set();
    switch (root) {
      case "var":
        return this.memoRefs(`var.${a}`, () => this.inputRefs.get(a)?.() ?? /* @__PURE__ */ new Set());
      case "local":
        return this.memoRefs(`local.${a}`, () => {
          const decl = this.locals.get(a);
          return decl ? this.refsOfRaw(decl.value, { file: decl.file, line: decl.pos?.attributes[a] ?? 1 }) : /* @__PURE__ */ new Set();
        });
      case "module":
        return this.memoRefs(`module.${a}${b ? `.${b}` : ""}`, () => {
          this.instantiateChildren();
          const out = /* @__PURE__ */ new Set();
          for (const child of this.children.get(a) ?? []) {
            if (!child.instance) continue;
            const names = b !== void 0 && child.instance.outputs.has(b) ? [b] : [...child.instance.outputs.keys()];
            for (const n of names) for (const r of child.instance.outputRefs(n)) out.add(r);
          }
          return out;
        });
      case "data":
        return b !== void 0 && this.resources.has(`data.${a}.${b}`) ? /* @__PURE__ */ new Set([`${this.prefix}data.${a}.${b}`]) : /* @__PURE__ */ new Set();
      default:
        return this.resources.has(`${root}.${a}`) ? /* @__PURE__ */ new Set([`${this.prefix}${root}.${a}`]) : /* @__PURE__ */ new Set();
    }
  }
  outputRefs(name) {
    return this.memoRefs(`output.${name}`, () => {
      const decl = this.outputs.get(name);
      return decl ? this.refsOfRaw(decl.body.value, lineOf(decl.pos, decl.file, "value")) : /* @__PURE__ */ new Set();
    });
  }
  /** References of a resource: its arguments (and count/for_each, depends_on, dynamic blocks). */
  resourceRefs(key) {
    const decl = this.resources.get(key);
    if (!decl) return [];
    const where = lineOf(decl.pos, decl.file);
    const refs = this.refsOfRaw(decl.body, where, boundNames(decl.body));
    const self = `${this.prefix}${key}`;
    refs.delete(self);
    return [...refs].sort();
  }
}
const NESTED_SKIP = /* @__PURE__ */ new Set(["dynamic"]);
function dynamicContents(s) {
  if (Array.isArray(s.content)) return s.content;
  return s.content && typeof s.content === "object" ? [s.content] : [{}];
}
const EMPTY_SCOPE = { ref: () => void 0 };
function parseVarValue(raw, type) {
  const typeText = typeof type === "string" ? bareReference(type) : void 0;
  if (typeText === void 0 || typeText === "string") return raw;
  try {
    return evaluateSafe(parseExpression(raw), EMPTY_SCOPE);
  } catch {
    return raw;
  }
}
const SKIP_DIRS = /* @__PURE__ */ new Set([".terraform", ".git", "node_modules", ".terragrunt-cache"]);
const TF_FILE = /\.tf(\.json)?$/;
const TFVARS_FILE = /\.tfvars(\.json)?$/;
const MAX_EXTERNAL_MODULE_DIRS = 200;
const OUTSIDE = /* @__PURE__ */ Symbol("outside");
const outsideMessage = (what, real) => `not read: ${what} resolves outside the repository (${real}); Inframate reads nothing outside the scanned tree`;
async function readInput(full, rel) {
  try {
    return await readTextBounded(full, { display: rel });
  } catch (error) {
    if (error instanceof FileTooLargeError) return { error: { file: rel, line: 1, message: error.message, code: error.code } };
    return void 0;
  }
}
const toPosix = (p) => p.split(path.sep).join("/");
const dirOf = (rel) => path.posix.dirname(rel);
async function listFiles(root) {
  const out = [];
  const walk = async (rel) => {
    let entries2;
    try {
      entries2 = await promises.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries2) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) await walk(child);
      } else if (TF_FILE.test(e.name) || TFVARS_FILE.test(e.name)) {
        const isFile = e.isFile() || e.isSymbolicLink() && (await promises.stat(path.join(root, child)).catch(() => void 0))?.isFile();
        if (isFile) out.push(child);
      }
    }
  };
  await walk("");
  return out.sort();
}
function jsonBlocks(config, lines) {
  const nested = (body, at, type, labels) => {
    const block = { type, labels, line: lines.get(at) ?? 1, attributes: {}, blocks: [] };
    for (const [k, v] of Object.entries(body)) {
      const line = lines.get(`${at}.${k}`);
      if (line !== void 0) block.attributes[k] = line;
      const bodies = Array.isArray(v) ? v : v && typeof v === "object" ? [v] : [];
      if (bodies.length && bodies.every((b) => b && typeof b === "object" && !Array.isArray(b))) {
        for (const b of bodies) block.blocks.push(nested(b, `${at}.${k}`, k, []));
      }
    }
    return block;
  };
  const out = [];
  for (const mode of ["resource", "data"]) {
    for (const [type, names] of Object.entries(config[mode] ?? {})) {
      for (const [name, bodies] of Object.entries(names))
        for (const b of bodies) out.push(nested(b, `${mode}.${type}.${name}`, mode, [type, name]));
    }
  }
  for (const kind of ["module", "variable", "output", "provider"]) {
    for (const [name, bodies] of Object.entries(config[kind] ?? {}))
      for (const b of bodies) out.push(nested(b, `${kind}.${name}`, kind, [name]));
  }
  for (const b of config.locals ?? []) out.push(nested(b, "locals", "locals", []));
  return out;
}
function jsonErrorLine(text2, error) {
  const msg = error instanceof Error ? error.message : "";
  const pos = /position (\d+)/.exec(msg);
  if (pos) return text2.slice(0, Number(pos[1])).split("\n").length;
  const line = /line (\d+)/.exec(msg);
  return line ? Number(line[1]) : 1;
}
async function parseTerraformFile(file, text2) {
  if (file.endsWith(".json")) {
    let doc;
    try {
      doc = JSON.parse(text2);
    } catch (error) {
      return { comments: [], error: { file, line: jsonErrorLine(text2, error), message: `invalid JSON: ${error.message}` } };
    }
    const config = normalizeConfig(doc);
    return { comments: [], parsed: { file, dir: dirOf(file), config, blocks: jsonBlocks(config, scanJsonPositions(text2)) } };
  }
  const budget = checkParseBudget(file, text2);
  if (budget.error) return { comments: [], error: budget.error };
  const warnings = budget.warnings.length ? { warnings: budget.warnings } : {};
  const scan = scanHcl(file, budget.text);
  try {
    const config = normalizeConfig(await parseHcl(file, budget.text));
    return { comments: scan.comments, parsed: { file, dir: dirOf(file), config, blocks: scan.blocks }, ...warnings };
  } catch (error) {
    const e = error instanceof InframateError ? error : new InframateError("terraform", String(error?.message ?? error), { file });
    return { comments: scan.comments, error: { file, line: e.location.line ?? 1, message: e.message }, ...warnings };
  }
}
function moduleDir(fromDir, source) {
  return path.posix.normalize(path.posix.join(fromDir, source.replace(/\\/g, "/"))).replace(/(.)\/+$/, "$1");
}
function localSources(f) {
  return localSourceCalls(f).map((c) => c.dir);
}
function localSourceCalls(f) {
  const out = [];
  for (const [name, bodies] of Object.entries(f.config.module ?? {})) {
    bodies.forEach((b, i) => {
      const src = b.source;
      if (typeof src === "string" && (src.startsWith("./") || src.startsWith("../"))) {
        const line = f.blocks.filter((x) => x.type === "module" && x.labels[0] === name)[i]?.line ?? 1;
        out.push({ dir: moduleDir(f.dir, src), source: src, line });
      }
    });
  }
  return out;
}
async function readVarFile(file, text2, errors) {
  const budget = file.endsWith(".json") ? void 0 : checkParseBudget(file, text2);
  if (budget?.error) {
    errors.push(budget.error);
    return {};
  }
  const r = budget ? await parseHcl(file, budget.text).catch((error) => error) : void 0;
  let body;
  if (file.endsWith(".json")) {
    try {
      body = JSON.parse(text2);
    } catch (error) {
      errors.push({ file, line: jsonErrorLine(text2, error), message: `invalid JSON: ${error.message}` });
      return {};
    }
  } else if (r instanceof InframateError) {
    errors.push({ file, line: r.location.line ?? 1, message: r.message });
    return {};
  } else if (r instanceof Error) {
    errors.push({ file, line: 1, message: r.message });
    return {};
  } else body = r;
  if (!body || typeof body !== "object" || Array.isArray(body)) return {};
  const out = {};
  const evaluator = new ModuleInstance(NO_CONTEXT, ".", [], "", /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), []);
  for (const [k, v] of Object.entries(body)) out[k] = evaluator.value(v, EMPTY_SCOPE, { file, line: 1 });
  return out;
}
const NO_CONTEXT = { filesIn: () => void 0, resolveSource: () => void 0, warn: () => void 0 };
const positionsCache = /* @__PURE__ */ new WeakMap();
function flattenPositions(block, file) {
  if (!block) return {};
  let out = positionsCache.get(block);
  if (!out) {
    out = {};
    addPositions(block, "", 0, file, out);
    positionsCache.set(block, out);
  }
  return out;
}
function addPositions(b, prefix, depth, file, out) {
  for (const [k, line] of Object.entries(b.attributes)) out[prefix + k] ??= { file, line };
  const seen = {};
  for (const raw of b.blocks) {
    const dynamic = raw.type === "dynamic" && raw.labels[0] !== void 0;
    const content = dynamic ? raw.blocks.find((c) => c.type === "content") : void 0;
    const nb = dynamic ? { ...raw, attributes: content?.attributes ?? {}, blocks: content?.blocks ?? [] } : raw;
    const name = dynamic ? raw.labels[0] : raw.type;
    const i = seen[name] = (seen[name] ?? -1) + 1;
    out[prefix + name] ??= { file, line: nb.line };
    out[`${prefix}${name}[${i}]`] ??= { file, line: nb.line };
    out[`${prefix}${name}.${i}`] ??= { file, line: nb.line };
    if (depth < 3) {
      addPositions(nb, `${prefix}${name}[${i}].`, depth + 1, file, out);
      addPositions(nb, `${prefix}${name}.${i}.`, depth + 1, file, out);
      if (i === 0) addPositions(nb, `${prefix}${name}.`, depth + 1, file, out);
    }
  }
}
const indexSuffix = (key) => key === void 0 ? "" : typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
const pendingValues = /* @__PURE__ */ new WeakMap();
const lazyDescriptors = /* @__PURE__ */ new Map();
function settle(obj2, key, value) {
  Object.defineProperty(obj2, key, { value, enumerable: true, writable: true, configurable: true });
  pendingValues.get(obj2)?.delete(key);
  return value;
}
function lazyDescriptor(key) {
  let d = lazyDescriptors.get(key);
  if (!d) {
    d = {
      enumerable: true,
      configurable: true,
      get() {
        const compute = pendingValues.get(this)?.get(key);
        return settle(this, key, compute ? compute() : void 0);
      },
      set(value) {
        settle(this, key, value);
      }
    };
    lazyDescriptors.set(key, d);
  }
  return d;
}
function lazy(obj2, key, compute) {
  let pending = pendingValues.get(obj2);
  if (!pending) pendingValues.set(obj2, pending = /* @__PURE__ */ new Map());
  pending.set(key, compute);
  Object.defineProperty(obj2, key, lazyDescriptor(key));
}
function guarded(compute, fallback, where, warnings) {
  return () => {
    try {
      return compute();
    } catch (error) {
      warnings.push({ ...where, message: `could not evaluate: ${error.message}` });
      return fallback;
    }
  };
}
function collectInstance(inst, out, warnings, rootDir) {
  const prefix = inst.modulePath ? `${inst.modulePath}.` : rootDir === "." ? "" : `${rootDir}:`;
  for (const [name, decl] of inst.variables) {
    const pos = { file: decl.file, line: decl.pos?.line ?? 1 };
    const entry = { pos, modulePath: inst.modulePath, name };
    if ("default" in decl.body)
      lazy(
        entry,
        "default",
        guarded(() => inst.variableDefault(name), UNKNOWN, pos, warnings)
      );
    lazy(
      entry,
      "value",
      guarded(() => inst.variable(name), UNKNOWN, pos, warnings)
    );
    out.variables[prefix + name] = entry;
  }
  for (const [name, decl] of inst.locals) {
    const pos = { file: decl.file, line: decl.pos?.attributes[name] ?? decl.pos?.line ?? 1 };
    const entry = { pos, modulePath: inst.modulePath, name, value: UNKNOWN };
    lazy(
      entry,
      "value",
      guarded(() => inst.local(name), UNKNOWN, pos, warnings)
    );
    out.locals[prefix + name] = entry;
  }
  for (const [name, decl] of inst.outputs) {
    const pos = { file: decl.file, line: decl.pos?.line ?? 1 };
    const entry = { pos, modulePath: inst.modulePath, name };
    lazy(
      entry,
      "value",
      guarded(() => inst.output(name), UNKNOWN, pos, warnings)
    );
    out.outputs[prefix + name] = entry;
  }
  for (const p of inst.providers) {
    const where = { file: p.file, line: p.pos?.line ?? 1 };
    const attributes = guarded(() => inst.blockBody(p.body, inst, where), {}, where, warnings)();
    const alias = typeof attributes.alias === "string" ? attributes.alias : void 0;
    out.providers.push({ name: p.name, ...alias ? { alias } : {}, modulePath: inst.modulePath, attributes, pos: where });
  }
  for (const [key, decl] of inst.resources) {
    const pos = { file: decl.file, line: decl.pos?.line ?? 1 };
    try {
      const expressions = {};
      for (const k in decl.body) {
        const v = decl.body[k];
        if (typeof v === "string" && isTemplate(v)) expressions[k] = v;
      }
      let references;
      const referencesOf = guarded(() => references ??= inst.resourceRefs(key), [], pos, warnings);
      const positionsOf = () => flattenPositions(decl.pos, decl.file);
      for (const i of inst.instances(key)) {
        const res = {
          kind: decl.mode,
          type: decl.type,
          name: decl.name,
          address: `${inst.prefix}${key}${indexSuffix(i.key)}`,
          modulePath: inst.modulePath,
          attributes: i.attributes,
          expressions,
          references: [],
          pos,
          moduleDir: inst.dir,
          rootDir
        };
        if (i.key !== void 0) res.index = i.key;
        if (i.indexUnknown) res.indexUnknown = true;
        const stands = (i.represents ?? 1) * inst.multiplier;
        if (stands !== 1) res.instanceCount = stands;
        if (i.expansion) res.expansion = i.expansion;
        lazy(res, "references", referencesOf);
        lazy(
          res,
          "documents",
          guarded(() => inst.documents(key, i), void 0, pos, warnings)
        );
        lazy(res, "attributePos", positionsOf);
        out.resources.push(res);
      }
    } catch (error) {
      out.errors.push({ ...pos, message: `could not evaluate ${inst.prefix}${key}: ${error.message}` });
    }
  }
  inst.instantiateChildren();
  for (const [name, list2] of inst.children) {
    for (const child of list2) {
      const decl = child.decl;
      const call2 = {
        name,
        address: `${inst.prefix}module.${name}${indexSuffix(child.key)}`,
        source: child.source,
        modulePath: inst.modulePath,
        pos: { file: decl.file, line: decl.pos?.line ?? 1 },
        remote: child.remote,
        inputs: {}
      };
      if (child.dir !== void 0) call2.dir = child.dir;
      if (child.key !== void 0) call2.index = child.key;
      lazy(call2, "inputs", () => Object.fromEntries(Object.keys(child.inputs).map((k) => [k, child.inputs[k]])));
      out.modules.push(call2);
      if (child.instance) collectInstance(child.instance, out, warnings, rootDir);
    }
  }
}
async function rootInputs(dir, inst, tfvars, extra, opts, errors) {
  const values = {};
  const inDir = [...tfvars.keys()].filter((f) => dirOf(f) === dir);
  const base = (f) => path.posix.basename(f);
  const ordered = [
    ...inDir.filter((f) => base(f) === "terraform.tfvars"),
    ...inDir.filter((f) => base(f) === "terraform.tfvars.json"),
    ...inDir.filter((f) => /\.auto\.tfvars(\.json)?$/.test(f)).sort()
  ];
  for (const f of ordered) Object.assign(values, await readVarFile(f, tfvars.get(f), errors));
  for (const x of extra) Object.assign(values, await readVarFile(x.file, x.text, errors));
  for (const [k, raw] of Object.entries(opts.vars ?? {})) values[k] = parseVarValue(raw, inst.variables.get(k)?.body.type);
  return new Map(Object.entries(values).map(([k, v]) => [k, () => v]));
}
const MAX_READ_BYTES = 1024 * 1024;
function fileReader(root, boundary, memory, warn) {
  const refuse = (rel, where, real) => {
    warn({ file: where?.file ?? rel, line: where?.line ?? 1, message: outsideMessage(`file function path "${rel}"`, real) });
    return UNKNOWN;
  };
  return (rel, where) => {
    if (path.posix.isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel)) return refuse(rel, where, rel);
    if (memory) {
      if (rel.startsWith("../") || rel === "..") return refuse(rel, where, rel);
      return memory.get(rel);
    }
    const where2 = checkInside(boundary, path.join(root, rel));
    if (!where2.ok) return where2.missing ? void 0 : refuse(rel, where, where2.real);
    try {
      const stat = statSync(where2.real);
      if (!stat.isFile()) return void 0;
      return readTextBoundedSync(where2.real, { limit: MAX_READ_BYTES, display: rel });
    } catch (error) {
      return error instanceof FileTooLargeError ? UNKNOWN : void 0;
    }
  };
}
async function loadFromReader(root, names, read, opts, external, memory, boundary = root) {
  const errors = [];
  const warnings = [];
  const readSync2 = fileReader(root, boundary, memory, (e) => warnings.push(e));
  const comments = [];
  const byDir = /* @__PURE__ */ new Map();
  const tfvars = /* @__PURE__ */ new Map();
  const files = [];
  const loadFile = async (rel) => {
    const text2 = await read(rel);
    if (text2 === OUTSIDE) {
      warnings.push({ file: rel, line: 1, message: "not read: this file is a symbolic link to a file outside the repository" });
      return;
    }
    if (text2 === void 0) {
      errors.push({ file: rel, line: 1, message: "cannot read file" });
      return;
    }
    if (typeof text2 !== "string") {
      errors.push(text2.error);
      return;
    }
    if (TFVARS_FILE.test(rel)) {
      tfvars.set(rel, text2);
      return;
    }
    files.push(rel);
    const r = opts.parsed?.get(rel) ?? await parseTerraformFile(rel, text2);
    comments.push(...r.comments);
    if (r.error) errors.push(r.error);
    if (r.warnings) warnings.push(...r.warnings);
    if (r.parsed) {
      const list2 = byDir.get(r.parsed.dir) ?? [];
      list2.push(r.parsed);
      byDir.set(r.parsed.dir, list2);
    }
  };
  for (const rel of names) {
    opts.checkpoint?.(`load ${rel}`);
    await loadFile(rel);
  }
  if (external) {
    const seen = new Set(byDir.keys());
    let added = 0;
    for (let changed = true; changed && added < MAX_EXTERNAL_MODULE_DIRS; ) {
      changed = false;
      for (const list2 of [...byDir.values()]) {
        for (const f of list2) {
          for (const { dir, source, line } of localSourceCalls(f)) {
            if (seen.has(dir) || !dir.startsWith("..")) continue;
            seen.add(dir);
            const inside = checkInside(boundary, path.join(root, dir));
            if (!inside.ok && !inside.missing) {
              warnings.push({ file: f.file, line, message: outsideMessage(`module source "${source}"`, inside.real) });
              continue;
            }
            added++;
            const entries2 = await promises.readdir(path.join(root, dir)).catch(() => []);
            for (const name of entries2.filter((n) => TF_FILE.test(n)).sort()) await loadFile(`${dir}/${name}`);
            changed = true;
          }
        }
      }
    }
  }
  const extraVarFiles = [];
  for (const vf of opts.varFiles ?? []) {
    const candidates = path.isAbsolute(vf) ? [vf] : [path.resolve(vf), path.join(root, vf)];
    let text2;
    for (const c of candidates) {
      text2 = await readInput(c, toPosix(vf));
      if (text2 !== void 0) break;
    }
    if (text2 === void 0) errors.push({ file: vf, line: 1, message: "cannot read variable file" });
    else if (typeof text2 !== "string") errors.push(text2.error);
    else extraVarFiles.push({ file: toPosix(vf), text: text2 });
  }
  const budget = new InstanceBudget(opts.maxInstances ?? DEFAULT_MAX_INSTANCES);
  const ctx = {
    filesIn: (dir) => byDir.get(dir),
    resolveSource: moduleDir,
    warn: (e) => warnings.push(e),
    readFile: (rel, where) => readSync2(rel, where),
    budget
  };
  const called = /* @__PURE__ */ new Set();
  for (const [dir, list2] of byDir) for (const f of list2) for (const target of localSources(f)) if (target !== dir) called.add(target);
  const out = {
    root,
    files: files.sort(),
    resources: [],
    modules: [],
    variables: {},
    outputs: {},
    locals: {},
    providers: [],
    comments,
    errors,
    warnings
  };
  const visited = /* @__PURE__ */ new Set();
  const markVisited = (inst) => {
    visited.add(inst.dir);
    for (const list2 of inst.children.values()) for (const c of list2) if (c.instance) markVisited(c.instance);
  };
  const evaluateRoot = async (dir) => {
    opts.checkpoint?.(`evaluate ${dir}`);
    const list2 = byDir.get(dir);
    visited.add(dir);
    try {
      const inputs = await rootInputs(dir, declarationsOf(list2), tfvars, extraVarFiles, opts, errors);
      const inst = new ModuleInstance(ctx, dir, list2, "", inputs, /* @__PURE__ */ new Map(), [dir]);
      collectInstance(inst, out, warnings, dir);
      markVisited(inst);
    } catch (error) {
      errors.push({ file: list2[0].file, line: 1, message: `could not evaluate module in ${dir}: ${error.message}` });
    }
  };
  const dirs = [...byDir.keys()].sort();
  for (const dir of dirs) if (!called.has(dir) || dir === ".") await evaluateRoot(dir);
  for (const dir of dirs) if (!visited.has(dir)) await evaluateRoot(dir);
  for (const e of budget.exceeded.values()) {
    const times = e.times > 1 ? ` (in ${e.times.toLocaleString("en-US")} module instances)` : "";
    warnings.push({
      ...e.where,
      code: "instance-budget",
      message: `count/for_each of ${e.what} asks for ${e.asked.toLocaleString("en-US")} instances${times}, past the budget of ${budget.limit.toLocaleString("en-US")} instances for one scan (--max-instances): each expansion over the budget is kept as one instance of unknown index standing for all of them (costs multiply by their number; checks see one)`
    });
  }
  return out;
}
async function loadTerraform(dir, opts = {}) {
  const root = path.resolve(dir);
  const run = async () => {
    const stat = await promises.stat(root).catch(() => void 0);
    if (!stat?.isDirectory()) throw new InputError(`${dir} is not a directory`, { file: dir });
    const boundary = repositoryRoot(root);
    const names = await listFiles(root);
    const read = async (rel) => {
      const inside = checkInside(boundary, path.join(root, rel));
      if (!inside.ok) return inside.missing ? void 0 : OUTSIDE;
      return readInput(inside.real, rel);
    };
    return loadFromReader(root, names, read, opts, true, void 0, boundary);
  };
  return opts.step ? opts.step("load terraform", run, { dependency: "fs" }) : run();
}
async function loadTerraformFiles(root, files, opts = {}) {
  const normalized = /* @__PURE__ */ new Map();
  for (const [k, v] of files) normalized.set(path.posix.normalize(toPosix(k)).replace(/^\.\//, ""), v);
  const names = [...normalized.keys()].filter((n) => TF_FILE.test(n) || TFVARS_FILE.test(n)).sort();
  const run = () => loadFromReader(root, names, async (rel) => normalized.get(rel), opts, false, normalized);
  return opts.step ? opts.step("load terraform (in memory)", run, { dependency: "local" }) : run();
}
export { FileTooLargeError as F, UNKNOWN as U, repositoryRoot as a, isUnknown as b, checkInside as c, loadTerraformFiles as d, parseTerraformFile as e, readTextBoundedSync as f, badInEveryTemplate as g, parseTemplateString as h, isWithin as i, loadTerraform as l, notADirectory as n, parseHcl as p, readTextBounded as r };
