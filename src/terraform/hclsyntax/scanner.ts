// The HCL native-syntax scanner: source text → tokens, following the token rules of HashiCorp's
// hclsyntax (scan_tokens.rl, HCL v2.17): the main expression mode, quoted templates and heredocs,
// with `${`/`%{` sequences that return to the main mode until their closing brace. Linear in the
// input, no regular expressions with backtracking, no recursion.

export type TokenType =
  | 'ident'
  | 'number'
  | 'newline'
  | 'comment'
  | 'oquote'
  | 'cquote'
  | 'quotedLit'
  | 'quotedNewline'
  | 'oheredoc'
  | 'cheredoc'
  | 'stringLit'
  | 'templateInterp'
  | 'templateControl'
  | 'templateSeqEnd'
  | 'obrace'
  | 'cbrace'
  | 'obrack'
  | 'cbrack'
  | 'oparen'
  | 'cparen'
  | 'dot'
  | 'comma'
  | 'star'
  | 'slash'
  | 'percent'
  | 'plus'
  | 'minus'
  | 'equal'
  | 'lt'
  | 'gt'
  | 'bang'
  | 'question'
  | 'colon'
  | 'equalOp'
  | 'notEqual'
  | 'gtEq'
  | 'ltEq'
  | 'and'
  | 'or'
  | 'ellipsis'
  | 'fatArrow'
  | 'invalid'
  | 'eof';

export interface Token {
  type: TokenType;
  /** Offsets into the source string: [start, end). */
  start: number;
  end: number;
}

const SELF: Record<string, TokenType> = {
  '[': 'obrack',
  ']': 'cbrack',
  '(': 'oparen',
  ')': 'cparen',
  '.': 'dot',
  ',': 'comma',
  '*': 'star',
  '/': 'slash',
  '%': 'percent',
  '+': 'plus',
  '-': 'minus',
  '=': 'equal',
  '<': 'lt',
  '>': 'gt',
  '!': 'bang',
  '?': 'question',
  ':': 'colon',
  // Scanned as tokens of their own, then refused by the parser (hclsyntax's checkInvalidTokens).
  '&': 'invalid',
  '|': 'invalid',
  '~': 'invalid',
  '^': 'invalid',
  ';': 'invalid',
  '`': 'invalid',
  "'": 'invalid',
};

const PAIRS: Record<string, TokenType> = {
  '==': 'equalOp',
  '!=': 'notEqual',
  '>=': 'gtEq',
  '<=': 'ltEq',
  '&&': 'and',
  '||': 'or',
  '=>': 'fatArrow',
};

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}-]/u;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** ASCII fast paths; other characters go through the Unicode property tests. */
function isIdStart(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const ch = charAt(src, i);
  return ID_START.test(ch) ? ch.length : 0;
}

function isIdContinue(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const ch = charAt(src, i);
  return ID_CONTINUE.test(ch) ? ch.length : 0;
}

/**
 * Sticky patterns for runs the scanner would otherwise take one character at a time (each may match
 * empty): blanks, the ASCII characters isIdContinue accepts, and template text that holds none of the
 * characters scanTemplateLiteral stops or acts at.
 */
const BLANKS = /[ \t]*/y;
const ASCII_ID_CONTINUE = /[A-Za-z0-9_-]*/y;
const QUOTED_RUN = /[^$%\n\r"\\]*/y;
const UNQUOTED_RUN = /[^$%\n\r]*/y;

/** The end of the run of ASCII identifier characters starting at j (j itself when there is none). */
function asciiIdRun(src: string, j: number): number {
  if (j >= src.length) return j;
  ASCII_ID_CONTINUE.lastIndex = j;
  ASCII_ID_CONTINUE.test(src);
  return ASCII_ID_CONTINUE.lastIndex;
}

/** The code point at i as a string (surrogate pairs kept together). */
function charAt(src: string, i: number): string {
  const code = src.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

type Mode = { kind: 'main' } | { kind: 'string' } | { kind: 'heredoc'; marker: string; startOfLine: boolean };

/** Tokens of a whole file; a UTF-8 BOM at the start is skipped (offsets stay those of `src`). */
export function scanTokens(src: string): Token[] {
  const tokens: Token[] = [];
  const emit = (type: TokenType, start: number, end: number) => tokens.push({ type, start, end });
  const modes: Mode[] = [{ kind: 'main' }];
  let braces = 0;
  const retBraces: number[] = [];
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = src.length;

  const beginSequence = (type: TokenType) => {
    const tilde = src[i + 2] === '~' ? 1 : 0;
    emit(type, i, i + 2 + tilde);
    i += 2 + tilde;
    braces++;
    retBraces.push(braces);
    // hclsyntax marks the innermost open heredoc as mid-line.
    for (let k = modes.length - 1; k >= 0; k--) {
      const m = modes[k]!;
      if (m.kind === 'heredoc') {
        m.startOfLine = false;
        break;
      }
    }
    modes.push({ kind: 'main' });
  };

  while (i < n) {
    const mode = modes[modes.length - 1]!;
    const c = src[i]!;
    if (mode.kind === 'main') {
      if (c === ' ' || c === '\t') {
        BLANKS.lastIndex = i + 1;
        BLANKS.test(src);
        i = BLANKS.lastIndex;
        continue;
      }
      if (isDigit(c)) {
        let j = i + 1;
        for (;;) {
          const d = src[j];
          if (isDigit(d) || d === '.') j++;
          else if ((d === 'e' || d === 'E') && (isDigit(src[j + 1]) || ((src[j + 1] === '+' || src[j + 1] === '-') && isDigit(src[j + 2]))))
            j += isDigit(src[j + 1]) ? 2 : 3;
          else break;
        }
        while (src[j - 1] === '.') j--;
        emit('number', i, j);
        i = j;
        continue;
      }
      const idLen = isIdStart(src, i);
      if (idLen) {
        let j = asciiIdRun(src, i + idLen);
        for (let step = isIdContinue(src, j); step; step = isIdContinue(src, j)) j += step;
        emit('ident', i, j);
        i = j;
        continue;
      }
      if (c === '#' || (c === '/' && src[i + 1] === '/')) {
        let j = i;
        while (j < n && src[j] !== '\n') j++;
        if (j < n) j++; // the newline belongs to the comment
        emit('comment', i, j);
        i = j;
        continue;
      }
      if (c === '/' && src[i + 1] === '*') {
        const close = src.indexOf('*/', i + 2);
        if (close < 0) {
          emit('slash', i, i + 1);
          i++;
          continue;
        }
        emit('comment', i, close + 2);
        i = close + 2;
        continue;
      }
      if (c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
        const len = c === '\n' ? 1 : 2;
        emit('newline', i, i + len);
        i += len;
        continue;
      }
      if (c === '.' && src[i + 1] === '.' && src[i + 2] === '.') {
        emit('ellipsis', i, i + 3);
        i += 3;
        continue;
      }
      const pair = PAIRS[src.slice(i, i + 2)];
      if (pair) {
        emit(pair, i, i + 2);
        i += 2;
        continue;
      }
      if (c === '{') {
        emit('obrace', i, i + 1);
        braces++;
        i++;
        continue;
      }
      if (c === '}' || (c === '~' && src[i + 1] === '}')) {
        const len = c === '}' ? 1 : 2;
        if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
          emit('templateSeqEnd', i, i + len);
          braces--;
          retBraces.pop();
          modes.pop();
        } else {
          emit(len === 2 ? 'templateSeqEnd' : 'cbrace', i, i + len);
          braces--;
        }
        i += len;
        continue;
      }
      if (c === '"') {
        emit('oquote', i, i + 1);
        i++;
        modes.push({ kind: 'string' });
        continue;
      }
      if (c === '<' && src[i + 1] === '<') {
        const heredoc = scanHeredocIntro(src, i);
        if (heredoc) {
          emit('oheredoc', i, heredoc.end);
          i = heredoc.end;
          modes.push({ kind: 'heredoc', marker: heredoc.marker, startOfLine: true });
          continue;
        }
      }
      const self = SELF[c];
      const width = self ? 1 : charAt(src, i).length || 1;
      emit(self ?? 'invalid', i, i + width);
      i += width;
      continue;
    }

    // Templates: quoted strings and heredocs.
    if ((c === '$' || c === '%') && src[i + 1] === '{') {
      beginSequence(c === '$' ? 'templateInterp' : 'templateControl');
      continue;
    }
    if (mode.kind === 'string') {
      if (c === '"') {
        emit('cquote', i, i + 1);
        i++;
        modes.pop();
        continue;
      }
      if (c === '\r' || c === '\n') {
        let j = i;
        while (src[j] === '\r' || src[j] === '\n') j++;
        emit('quotedNewline', i, j);
        i = j;
        continue;
      }
      const lit = scanTemplateLiteral(src, i, true);
      if (lit === i) {
        // A backslash at the end of a line: not a valid escape.
        emit('invalid', i, i + 1);
        i++;
        continue;
      }
      emit('quotedLit', i, lit);
      i = lit;
      continue;
    }
    // Heredoc: a literal ends before `${`/`%{`, after `$`/`%`, or with its line's newline.
    const startOfLine = mode.startOfLine;
    let j = scanTemplateLiteral(src, i, false);
    const single = src[i] === '$' || src[i] === '%';
    if (!single && (src[j] === '\n' || (src[j] === '\r' && src[j + 1] === '\n'))) {
      j += src[j] === '\n' ? 1 : 2;
      if (startOfLine && src.slice(i, j).trim() === mode.marker) {
        const nlStart = src[j - 2] === '\r' ? j - 2 : j - 1;
        emit('cheredoc', i, nlStart);
        emit('newline', nlStart, j);
        i = j;
        modes.pop();
        continue;
      }
      mode.startOfLine = true;
      emit('stringLit', i, j);
      i = j;
      continue;
    }
    if (j === i) {
      // A lone \r, or broken input: one invalid character.
      emit('invalid', i, i + 1);
      i++;
      continue;
    }
    mode.startOfLine = false;
    emit('stringLit', i, j);
    i = j;
  }
  emit('eof', n, n);
  return tokens;
}

/** `<<ID\n` or `<<-ID\n` at i: the end of the introducer (after its newline) and the marker. */
function scanHeredocIntro(src: string, i: number): { end: number; marker: string } | null {
  let j = i + 2;
  if (src[j] === '-') j++;
  const first = isIdStart(src, j);
  if (!first) return null;
  const markerStart = j;
  j = asciiIdRun(src, j + first);
  for (let step = isIdContinue(src, j); step; step = isIdContinue(src, j)) j += step;
  const marker = src.slice(markerStart, j);
  if (src[j] === '\n') return { end: j + 1, marker };
  if (src[j] === '\r' && src[j + 1] === '\n') return { end: j + 2, marker };
  return null;
}

/**
 * The end of one template literal token starting at i: `$${`, `%%{` (escapes), a lone `$` or `%`,
 * or a run of other characters (in quoted strings backslash escapes are part of the run; the run
 * stops before a quote, a newline, `$` and `%`).
 */
function scanTemplateLiteral(src: string, i: number, quoted: boolean): number {
  const c = src[i];
  if (c === '$' || c === '%') {
    if (src[i + 1] === c && src[i + 2] === '{') return i + 3 + (src[i + 3] === '~' ? 1 : 0);
    return i + 1;
  }
  // First the run of characters that end nothing (the loop below then looks at the rest one by one).
  let j = i;
  if (j < src.length) {
    const run = quoted ? QUOTED_RUN : UNQUOTED_RUN;
    run.lastIndex = j;
    run.test(src);
    j = run.lastIndex;
  }
  while (j < src.length) {
    const d = src[j]!;
    if (d === '$' || d === '%' || d === '\n' || d === '\r') break;
    if (quoted) {
      if (d === '"') break;
      if (d === '\\') {
        if (j + 1 < src.length && src[j + 1] !== '\n' && src[j + 1] !== '\r') {
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
