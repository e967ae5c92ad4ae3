import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';

let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('CLI', () => {
  it('prints help with exit 0', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(stdout).toContain('Usage: inframate');
    expect(stdout).toContain('analyze');
  });

  it('prints the version with exit 0', async () => {
    expect(await main(['--version'])).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on an unknown option, naming it', async () => {
    expect(await main(['analyze', '--bogus'])).toBe(2);
    expect(stderr).toContain("unknown option '--bogus'");
  });

  it('exits 2 on an invalid choice', async () => {
    expect(await main(['analyze', '.', '--format', 'xml'])).toBe(2);
    expect(stderr).toMatch(/format/);
  });

  it('exits 2 naming --models when eval is given no model', async () => {
    expect(await main(['eval'])).toBe(2);
    expect(stderr).toContain('--models');
    expect(stdout).toBe('');
  });
});
