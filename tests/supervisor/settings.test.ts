import { describe, expect, it } from 'vitest';
import { buildSettings } from '../../src/settings';
import { InputError } from '../../src/supervisor/errors';
import { supervisorForSettings } from '../../src/supervisor/finalize';

const settings = (raw: Record<string, string>, env: Record<string, string> = {}) =>
  buildSettings({ command: 'secure', raw, env, cwd: '/tmp', runtime: 'cli' });

describe('supervisor settings', () => {
  it('defaults: 30 min run deadline, 4 attempts for remote calls, 1 s backoff base', () => {
    const sv = supervisorForSettings(settings({}));
    expect(sv.config).toMatchObject({ runDeadlineMs: 1_800_000, remoteAttempts: 4, backoff: { baseMs: 1_000, maxMs: 30_000 } });
  });

  it('--timeout, --max-attempts and INFRAMATE_BACKOFF_MS reach the supervisor; overrides win', () => {
    const s = settings({ timeout: '5', 'max-attempts': '2' }, { INFRAMATE_BACKOFF_MS: '3' });
    expect(supervisorForSettings(s).config).toMatchObject({ runDeadlineMs: 5_000, remoteAttempts: 2, backoff: { baseMs: 3, maxMs: 90 } });
    expect(supervisorForSettings(s, { remoteAttempts: 7 }).config.remoteAttempts).toBe(7);
  });

  it('invalid values are input errors naming the option', () => {
    expect(() => settings({ timeout: 'soon' })).toThrow(InputError);
    expect(() => settings({ 'max-attempts': '0' })).toThrow(/--max-attempts must be a positive whole number/);
  });
});
