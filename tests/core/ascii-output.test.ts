// The bundle's chunks are printed in ASCII only (scripts/ascii-output.mjs), so Node keeps each chunk's source
// as a one-byte string: the printed code must compute exactly what the original computes.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiCode, escapeRegexLiteral } from '../../scripts/ascii-output.mjs';

const NON_ASCII = /[\u0080-\u{10ffff}]/u;

/** Runs a script whose last expression is the value to compare; regular expressions are compared by what they match. */
const run = (code: string): unknown => JSON.parse(runInNewContext(code) as string);

const SAMPLES: Record<string, string> = {
  strings: `const s = 'a — b'; const t = "≤ 10 × 3"; JSON.stringify([s, t, s.length, t.charCodeAt(2)]);`,
  templates: `const n = 3; JSON.stringify([\`\${n} × — é\`, \`line\n≈\`]);`,
  identifiers: `const café = 1; const ñ = { é: 2 }; JSON.stringify([café, ñ.é, Object.keys(ñ)]);`,
  regexes: `
    const texts = ['a—b', 'a–b', '≈ 5', '≤3', '😀', 'x😀y', '\\\\u2014', 'u2014', '╷ ╵', 'é'];
    const res = [/—/, /[—–-]/, /^(~|≈|<=?|≤)\\s*\\d/, /\\—/, /😀/, /[😀]/u, /^.😀.$/u, /^[\\s╷╵]+$/, /\\\\u2014/, /é/i, /[^\\x00-\\x7f]/];
    JSON.stringify(res.map((r) => [r.flags, texts.map((t) => r.test(t)), 'x—y≈z'.replace(new RegExp(r.source, r.flags + 'g'), '#')]));`,
  comments: `// a comment — with a dash\u2028const hidden = 1;\n/* block ≤ comment */ const a = 2; /** é */\nJSON.stringify([typeof hidden, a]);`,
  whitespace: `const\u00a0b\u00a0= 4;\u2028const c = b + 1;\nJSON.stringify([b, c]);`,
};

describe('ASCII bundle output', () => {
  for (const [name, code] of Object.entries(SAMPLES)) {
    it(`${name}: the printed code is ASCII and computes the same`, () => {
      expect(NON_ASCII.test(code)).toBe(true);
      const out = asciiCode(code);
      expect(out.ascii).toBe(true);
      expect(NON_ASCII.test(out.code)).toBe(false);
      expect(run(out.code)).toEqual(run(code));
    });
  }

  it('keeps a tagged template whose raw text is not ASCII (and says so): the same result, not faster', () => {
    const code = `const n = 3; JSON.stringify([String.raw\`—\\u2014\`, String.raw\`x\${n}≈\`]);`;
    const out = asciiCode(code);
    expect(out.ascii).toBe(false);
    expect(run(out.code)).toEqual(run(code));
    expect(run(code)).toEqual(['—\\u2014', 'x3≈']);
  });

  it('leaves ASCII code as it is', () => {
    const code = 'const x = "plain";\n';
    expect(asciiCode(code)).toEqual({ code, ascii: true });
  });

  it('escapes an identity escape as the character, not as a backslash', () => {
    expect(escapeRegexLiteral('/\\—[\\\\é]/u')).toBe('/\\u2014[\\\\\\u00e9]/u');
    const escaped = escapeRegexLiteral('/\\—/');
    expect(new RegExp(escaped.slice(1, -1)).test('—')).toBe(true);
    expect(new RegExp(escaped.slice(1, -1)).test('\\u2014')).toBe(false);
  });
});
