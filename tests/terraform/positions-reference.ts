// The HCL position scanner as it was before its blank and identifier runs were matched by sticky
// patterns (src/terraform/positions.ts): kept as the oracle of tests/terraform/positions-differential.test.ts.
// Source positions for HCL: hcl2json returns no line numbers, so this scans the raw text once to find every
// block header, the line of each attribute and nested block inside it, and every comment (for suppressions).
// It is tolerant: malformed input never throws, it just yields what could be located.
import type { TfComment } from '../../src/terraform/model';

export interface BlockPos {
  type: string;
  labels: string[];
  line: number;
  /** Line of each attribute, keyed by name. */
  attributes: Record<string, number>;
  /** Nested blocks in source order. */
  blocks: BlockPos[];
}

export interface HclScan {
  blocks: BlockPos[];
  comments: TfComment[];
}

type TokKind = 'ident' | 'string' | 'heredoc' | 'punct' | 'newline' | 'other';
interface Tok {
  kind: TokKind;
  text: string;
  line: number;
}

const isIdentStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isIdentPart = (c: number): boolean => isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;

/** Tokenize just enough of HCL to see structure: identifiers, strings, brackets, `=`, newlines. */
function tokenize(file: string, text: string, comments: TfComment[]): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  // Skip a quoted string starting at i (on the opening quote); nested ${ } may hold further strings.
  const skipString = (): void => {
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n') return; // unterminated: stop at the line end so later lines keep their structure
      if ((c === '$' || c === '%') && text[i + 1] === '{') {
        if (text[i - 1] === c && text[i - 2] !== c) {
          i += 2; // $${ and %%{ are escapes
          continue;
        }
        i += 2;
        skipInterpolation();
        continue;
      }
      i++;
    }
  };

  const skipInterpolation = (): void => {
    let depth = 1;
    while (i < n && depth > 0) {
      const c = text[i]!;
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '\n') line++;
      i++;
    }
  };

  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      toks.push({ kind: 'newline', text: '\n', line });
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
      i++;
      continue;
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      comments.push({ file, line, text: text.slice(i, stop).replace(/\r$/, '') });
      i = stop;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      const body = text.slice(i, stop);
      comments.push({ file, line, text: body });
      for (const ch of body) if (ch === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"') {
      const start = line;
      const from = i;
      skipString();
      toks.push({ kind: 'string', text: text.slice(from + 1, Math.max(from + 1, i - 1)), line: start });
      continue;
    }
    if (c === '<' && text[i + 1] === '<') {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m) {
        const start = line;
        const marker = m[2]!;
        i += m[0].length;
        line++;
        // The heredoc ends at the first line consisting of the marker (leading spaces allowed).
        while (i < n) {
          const end = text.indexOf('\n', i);
          const stop = end < 0 ? n : end;
          const content = text.slice(i, stop).trim();
          i = stop;
          if (content === marker) break;
          if (end < 0) break;
          i++;
          line++;
        }
        toks.push({ kind: 'heredoc', text: marker, line: start });
        continue;
      }
    }
    if (isIdentStart(text.charCodeAt(i))) {
      const from = i;
      i++;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      toks.push({ kind: 'ident', text: text.slice(from, i), line });
      continue;
    }
    if ('{}[]()='.includes(c)) {
      // `==` and `=>` are operators, not attribute assignments.
      if (c === '=' && (text[i + 1] === '=' || text[i + 1] === '>')) {
        toks.push({ kind: 'other', text: c + text[i + 1]!, line });
        i += 2;
        continue;
      }
      toks.push({ kind: 'punct', text: c, line });
      i++;
      continue;
    }
    if ((c === '!' || c === '<' || c === '>') && text[i + 1] === '=') {
      toks.push({ kind: 'other', text: c + '=', line });
      i += 2;
      continue;
    }
    toks.push({ kind: 'other', text: c, line });
    i++;
  }
  return toks;
}

const OPEN: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** Scan one HCL file for block and attribute positions and comments. Never throws. */
export function scanHcl(file: string, text: string): HclScan {
  const comments: TfComment[] = [];
  const toks = tokenize(file, text, comments);
  const root: BlockPos = { type: '', labels: [], line: 0, attributes: {}, blocks: [] };
  const stack: BlockPos[] = [root];
  let i = 0;
  const n = toks.length;

  // Skip an expression: up to a newline (or the enclosing block's `}`) outside brackets.
  const skipExpression = (): void => {
    const brackets: string[] = [];
    while (i < n) {
      const t = toks[i]!;
      if (t.kind === 'punct') {
        if (OPEN[t.text]) brackets.push(OPEN[t.text]!);
        else if (t.text === '}' || t.text === ']' || t.text === ')') {
          if (brackets.length === 0) return; // closes the enclosing block
          // Pop to the matching opener; a stray closer is dropped.
          const at = brackets.lastIndexOf(t.text);
          if (at >= 0) brackets.length = at;
        }
      } else if (t.kind === 'newline' && brackets.length === 0) return;
      i++;
    }
  };

  const skipLine = (): void => {
    while (i < n && toks[i]!.kind !== 'newline') i++;
  };

  while (i < n) {
    const t = toks[i]!;
    if (t.kind === 'newline') {
      i++;
      continue;
    }
    const current = stack[stack.length - 1]!;
    if (t.kind === 'punct' && t.text === '}') {
      if (stack.length > 1) stack.pop();
      i++;
      continue;
    }
    if (t.kind !== 'ident') {
      skipLine();
      continue;
    }
    const next = toks[i + 1];
    if (next?.kind === 'punct' && next.text === '=') {
      if (!(t.text in current.attributes)) current.attributes[t.text] = t.line;
      i += 2;
      skipExpression();
      continue;
    }
    // Block header: ident (string|ident)* {
    let j = i + 1;
    const labels: string[] = [];
    while (j < n && (toks[j]!.kind === 'string' || toks[j]!.kind === 'ident')) {
      labels.push(toks[j]!.text);
      j++;
    }
    if (j < n && toks[j]!.kind === 'punct' && toks[j]!.text === '{') {
      const block: BlockPos = { type: t.text, labels, line: t.line, attributes: {}, blocks: [] };
      current.blocks.push(block);
      stack.push(block);
      i = j + 1;
      continue;
    }
    skipLine();
  }
  return { blocks: root.blocks, comments };
}

/**
 * Positions in a .tf.json file: JSON keys are located by a small scanner that records the line of every
 * object key by its path, so `resource.aws_s3_bucket.b.bucket` finds the line of "bucket".
 */
export function scanJsonPositions(text: string, maxDepth = 6): Map<string, number> {
  const lines = new Map<string, number>();
  const n = text.length;
  let i = 0;
  let line = 1;
  const ws = (): void => {
    while (i < n) {
      const c = text[i]!;
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') return;
      i++;
    }
  };
  const str = (): string => {
    const from = ++i;
    while (i < n && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') line++;
      i++;
    }
    const raw = text.slice(from, i);
    i++;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  };
  const value = (path: string, depth: number): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      for (;;) {
        ws();
        if (i >= n) return;
        if (text[i] === '}') {
          i++;
          return;
        }
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] !== '"') {
          i++;
          continue;
        }
        const keyLine = line;
        const key = str();
        const keyPath = path ? `${path}.${key}` : key;
        if (depth < maxDepth && !lines.has(keyPath)) lines.set(keyPath, keyLine);
        ws();
        if (text[i] === ':') i++;
        value(keyPath, depth + 1);
      }
    } else if (c === '[') {
      i++;
      let index = 0;
      for (;;) {
        ws();
        if (i >= n) return;
        if (text[i] === ']') {
          i++;
          return;
        }
        if (text[i] === ',') {
          i++;
          index++;
          continue;
        }
        const before = i;
        // Arrays of blocks (`"b": [{…}]`) keep the same path so their keys resolve like object form.
        value(index === 0 ? path : `${path}[${index}]`, depth);
        if (i === before) i++;
      }
    } else if (c === '"') {
      str();
    } else {
      while (i < n && !',}]\n'.includes(text[i]!)) i++;
    }
  };
  while (i < n) {
    const before = i;
    value('', 0);
    if (i === before) i++;
  }
  return lines;
}
