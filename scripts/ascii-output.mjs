// Bundle chunks in ASCII only. Node reads a module's source as UTF-8: one non-ASCII character anywhere
// (an em dash in a message, a comment, a JSON table) makes the whole chunk a two-byte string — slower to
// decode at every start, twice the memory, and slower for V8 to scan each time a function is compiled on
// its first call. esbuild re-prints each chunk with charset "ascii": non-ASCII characters in strings,
// template literals and identifiers become escapes of the same characters, so every value is unchanged.
// esbuild leaves regular expression literals as written: their non-ASCII characters are written here as
// \uXXXX escapes of each UTF-16 unit, which match the same text with or without the u flag (a pair of
// escaped surrogates is one code point under u, two units without it, as the characters were); an
// identity escape (a backslash before the character) becomes the escape of the character itself. Only
// the pattern's `source` text differs. esbuild keeps some comments as written; when a pass without comments shows
// that nothing else is left, the characters still outside ASCII are in comments (or are whitespace) and
// are replaced by ASCII ones (a line separator by a newline, other white space by a space, anything else
// by "?"). A chunk where that cannot be shown (say, a tagged template whose raw text is not ASCII) is kept
// as esbuild printed it: correct, only not faster.
import { transformSync } from 'esbuild';
import { parseAst } from 'rollup/parseAst';

const NON_ASCII = /[\u0080-\u{10ffff}]/u;

/** The chunk's code in ASCII, meaning the same; `ascii` false when some characters had to stay. */
export function asciiCode(code) {
  if (!NON_ASCII.test(code)) return { code, ascii: true };
  let printed = transformSync(code, { loader: 'js', charset: 'ascii', target: 'esnext', legalComments: 'inline' }).code;
  if (!NON_ASCII.test(printed)) return { code: printed, ascii: true };
  printed = escapeRegexLiterals(printed);
  if (!NON_ASCII.test(printed)) return { code: printed, ascii: true };
  const withoutComments = transformSync(printed, {
    loader: 'js',
    charset: 'ascii',
    target: 'esnext',
    legalComments: 'none',
    minifyWhitespace: true,
  }).code;
  if (NON_ASCII.test(withoutComments)) return { code: printed, ascii: false };
  const replaced = printed.replace(/[\u0080-\u{10ffff}]/gu, (ch) =>
    ch === '\u2028' || ch === '\u2029' ? '\n' : /\s/u.test(ch) ? ' ' : '?',
  );
  return { code: replaced, ascii: true };
}

const unitEscape = (unit) => '\\u' + unit.charCodeAt(0).toString(16).padStart(4, '0');

/** A regular expression literal's text with its non-ASCII UTF-16 units escaped (see above). */
export function escapeRegexLiteral(raw) {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1];
      out += NON_ASCII.test(next) ? unitEscape(next) : c + next;
      i++;
    } else out += NON_ASCII.test(c) ? unitEscape(c) : c;
  }
  return out;
}

/** Every regular expression literal of the code that holds a non-ASCII character, escaped. */
function escapeRegexLiterals(code) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal' && node.regex && NON_ASCII.test(code.slice(node.start, node.end))) found.push(node);
    for (const key of Object.keys(node)) if (key !== 'regex' && key !== 'value') visit(node[key]);
  };
  visit(parseAst(code));
  found.sort((a, b) => b.start - a.start);
  for (const n of found) code = code.slice(0, n.start) + escapeRegexLiteral(code.slice(n.start, n.end)) + code.slice(n.end);
  return code;
}

/** Rollup plugin: every chunk in ASCII (see above); a chunk that must keep other characters is named in a warning. */
export function asciiOutput() {
  return {
    name: 'inframate-ascii-output',
    renderChunk(code, chunk) {
      const out = asciiCode(code);
      if (!out.ascii) this.warn(`${chunk.fileName} keeps non-ASCII characters (two-byte source at run time)`);
      return { code: out.code, map: null };
    },
  };
}
