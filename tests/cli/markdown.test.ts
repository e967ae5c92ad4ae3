import { describe, expect, it } from 'vitest';
import { tableCell } from '../../src/core/markdown';

describe('tableCell', () => {
  it('escapes pipes and folds line breaks so a value stays in its cell', () => {
    expect(tableCell('a|b\r\nc\nd')).toBe('a\\|b c d');
    expect(tableCell(undefined)).toBe('');
    expect(tableCell(42)).toBe('42');
  });

  it('trims and cuts to max characters', () => {
    expect(tableCell('  short  ', { max: 10 })).toBe('short');
    expect(tableCell('abcdefghij', { max: 5 })).toBe('abcd…');
  });
});
