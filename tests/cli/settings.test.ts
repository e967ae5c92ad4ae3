import { describe, expect, it } from 'vitest';
import { buildSettings } from '../../src/settings';
import { InputError } from '../../src/supervisor/errors';

const base = { env: {} as NodeJS.ProcessEnv, cwd: '/repo', runtime: 'cli' as const };

describe('buildSettings', () => {
  it('fills defaults from the contracts', () => {
    const s = buildSettings({ ...base, command: 'analyze', raw: {} });
    expect(s.dir).toBe('/repo');
    expect(s.format).toBe('markdown');
    expect(s.failOn).toBe('high');
    expect(s.spec).toBe('/repo/inframate.md');
    expect(s.out).toBe('/repo/infra');
    expect(s.ai).toMatchObject({ enabled: false, provider: 'none', cache: true });
    expect(s.ai.cacheDir).toMatch(/\.cache\/inframate$/);
  });

  it('resolves paths against the working directory and DIR', () => {
    const s = buildSettings({ ...base, command: 'analyze', dir: 'app', raw: { out: 'tf', spec: '/abs/spec.md' } });
    expect(s.dir).toBe('/repo/app');
    expect(s.out).toBe('/repo/tf');
    expect(s.spec).toBe('/abs/spec.md');
  });

  it('picks the provider from the first API key found, and --no-ai wins', () => {
    const env = { OPENAI_API_KEY: 'sk-test' } as NodeJS.ProcessEnv;
    expect(buildSettings({ ...base, env, command: 'analyze', raw: {} }).ai).toMatchObject({ enabled: true, provider: 'openai' });
    expect(buildSettings({ ...base, env, command: 'analyze', raw: { ai: false } }).ai).toMatchObject({ enabled: false, provider: 'none' });
    expect(buildSettings({ ...base, env, command: 'analyze', raw: { 'no-ai': 'true' } }).ai.enabled).toBe(false);
  });

  it('reads the cache directory and base URL from the environment', () => {
    const env = { XDG_CACHE_HOME: '/xdg', INFRAMATE_BASE_URL: 'http://127.0.0.1:9' } as NodeJS.ProcessEnv;
    const s = buildSettings({ ...base, env, command: 'analyze', raw: {} });
    expect(s.ai.cacheDir).toBe('/xdg/inframate');
    expect(s.ai.baseUrl).toBe('http://127.0.0.1:9');
    const s2 = buildSettings({ ...base, env: { ...env, INFRAMATE_CACHE_DIR: '/c' }, command: 'analyze', raw: {} });
    expect(s2.ai.cacheDir).toBe('/c');
  });

  it('parses repeatable --var NAME=VALUE', () => {
    const s = buildSettings({ ...base, command: 'secure', raw: { var: ['env=prod', 'x=a=b'] } });
    expect(s.vars).toEqual({ env: 'prod', x: 'a=b' });
  });

  it.each([
    [{ format: 'xml' }, /--format must be one of/],
    [{ 'fail-on': 'severe' }, /--fail-on must be one of/],
    [{ var: ['novalue'] }, /--var expects NAME=VALUE/],
    [{ port: '70000' }, /--port must be a number/],
    [{ force: 'maybe' }, /expected true or false/],
  ])('rejects bad input %o with an InputError', (raw, message) => {
    expect(() => buildSettings({ ...base, command: 'secure', raw })).toThrow(InputError);
    expect(() => buildSettings({ ...base, command: 'secure', raw })).toThrow(message);
  });

  it('rejects an unknown command', () => {
    expect(() => buildSettings({ ...base, command: 'deploy', raw: {} })).toThrow(/unknown command "deploy"/);
  });
});
