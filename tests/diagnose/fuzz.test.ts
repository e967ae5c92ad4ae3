// The log parser never throws and stays fast on hostile input: random bytes, mutated real logs,
// pathological lines (long runs that could make a regular expression backtrack).
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../../src/diagnose/diagnose';
import { CATEGORIES } from '../../src/diagnose/types';
import { loadCorpus } from './corpus';

// A small deterministic PRNG: the same inputs on every run.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = 'abcXYZ09 :.-_*"\'│╷╵\n\t[](){}<>\\/=,;@#$%^&|~`\u001b\r';

describe('fuzzing the log parser', () => {
  it('mutated real logs and random text never throw and give valid diagnoses', () => {
    const cases = loadCorpus();
    const rand = rng(42);
    for (let i = 0; i < 400; i++) {
      const base = cases[Math.floor(rand() * cases.length)].log;
      let text = base;
      const edits = 1 + Math.floor(rand() * 8);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * (text.length + 1));
        const len = Math.floor(rand() * 20);
        const junk = Array.from({ length: Math.floor(rand() * 30) }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('');
        text = text.slice(0, at) + junk + text.slice(at + len);
      }
      const r = diagnoseText(text);
      for (const d of r.diagnoses) {
        expect(CATEGORIES).toContain(d.category);
        expect(d.confidence).toBeGreaterThan(0);
        expect(d.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      }
    }
  });

  it('pathological lines finish quickly', () => {
    const inputs = [
      'Error: ' + 'a'.repeat(200_000),
      '│ '.repeat(50_000),
      '* ' + 'module.x.'.repeat(5_000) + 'aws_s3_bucket.b: 1 error(s) occurred:',
      'with ' + 'aws_x_y.'.repeat(20_000),
      'not authorized to perform: ' + 'a:'.repeat(30_000),
      '\\n'.repeat(100_000) + 'error',
      'Error: ' + 'Invalid'.repeat(30_000) + ':',
      'Error: x\n'.repeat(5_000),
    ];
    for (const text of inputs) {
      const started = Date.now();
      const r = diagnoseText(text);
      expect(Date.now() - started, text.slice(0, 40)).toBeLessThan(5_000);
      expect(r.diagnoses.length).toBeLessThanOrEqual(50);
    }
  });
});
