// Markdown injection (issue 12 item 6): text from a repository or a model placed into a report must
// not add lines, HTML, links or close a code span / fence.
import { describe, expect, it } from 'vitest';
import { fencedBlock, markdownCode, markdownText, tableCell, trustedCell } from '../../src/core/markdown';

describe('one escaping point for text placed into markdown', () => {
  it('tableCell folds newlines and escapes pipes, HTML and link syntax', () => {
    const hostile = 'x\n# Heading\n| a | b |\n<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://x)';
    const out = tableCell(hostile);
    expect(out).not.toMatch(/\n/);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('](javascript:');
    expect(out).not.toContain('![i](');
    expect(out).toContain('\\| a \\| b \\|');
    expect(out).toContain('&lt;img');
  });

  it('markdownCode cannot be closed by the value', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('x\n# y')).toBe('`x # y`');
    expect(markdownCode('`edge`')).toBe('`` `edge` ``');
    expect(markdownCode('a|b')).toBe('`a\\|b`');
  });

  it('fencedBlock uses a fence longer than any backtick run inside', () => {
    const lines = fencedBlock('before\n```\n# escaped?\n```', 'hcl');
    expect(lines[0]).toBe('````hcl');
    expect(lines.at(-1)).toBe('````');
  });

  it('markdownText escapes emphasis, links and HTML', () => {
    expect(markdownText('*a* [b](c) <d>')).toBe('\\*a\\* \\[b\\]\\(c\\) &lt;d&gt;');
  });

  it('trustedCell keeps our own links (good example)', () => {
    expect(trustedCell('unchanged [#1](http://x/pull/1)')).toBe('unchanged [#1](http://x/pull/1)');
  });
});
